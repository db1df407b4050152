#include "projectionview.h"

#include "calendar/downtimenotice.h"
#include "changes/changelabels.h"

#include <QKeyEvent>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Ui {

namespace {

// High contrast: white and yellow on black, red and amber for what blocks and warns.
const QString kBackground = u"#000000"_s;
const QString kText = u"#ffffff"_s;
const QString kLabel = u"#ffd700"_s;
const QString kBlocking = u"#ff6b6b"_s;
const QString kWarning = u"#ffb347"_s;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? u"—"_s : esc(text.trimmed()).replace(u'\n', u"<br>"_s);
}

} // namespace

ProjectionView::ProjectionView(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_title(new QLabel(this))
    , m_body(new QTextBrowser(this))
    , m_footer(new QLabel(this))
{
    setObjectName(u"cabProjection"_s);
    setWindowTitle(tr("CAB projection"));
    setAutoFillBackground(true);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, QColor(kBackground));
    palette.setColor(QPalette::Base, QColor(kBackground));
    palette.setColor(QPalette::WindowText, QColor(kText));
    palette.setColor(QPalette::Text, QColor(kText));
    setPalette(palette);
    setFocusPolicy(Qt::StrongFocus);

    QFont big = font();
    big.setPointSizeF(std::max(font().pointSizeF(), 9.0) * 2.0);
    QFont huge = big;
    huge.setPointSizeF(big.pointSizeF() * 1.5);
    huge.setBold(true);
    m_header->setFont(big);
    m_header->setStyleSheet(u"color: %1"_s.arg(kLabel));
    m_title->setFont(huge);
    m_title->setWordWrap(true);
    m_title->setStyleSheet(u"color: %1"_s.arg(kText));
    m_body->setFont(big);
    m_body->setFrameShape(QFrame::NoFrame);
    m_body->setFocusPolicy(Qt::NoFocus);
    m_body->setStyleSheet(u"QTextBrowser { background: %1; color: %2 }"_s.arg(kBackground, kText));
    QFont small = big;
    small.setPointSizeF(big.pointSizeF() * 0.7);
    m_footer->setFont(small);
    m_footer->setStyleSheet(u"color: %1"_s.arg(kLabel));
    m_footer->setText(tr("→ next   ← previous   Home/End first/last   Esc end"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 24);
    layout->addWidget(m_header);
    layout->addWidget(m_title);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_footer);
}

void ProjectionView::setMeeting(const CabMeeting &meeting, const QList<CabSheet> &sheets)
{
    m_meeting = meeting;
    m_sheets = sheets;
    showItem(sheets.isEmpty() ? -1 : 0);
}

void ProjectionView::showItem(int index)
{
    if (m_sheets.isEmpty()) {
        m_index = -1;
        m_header->setText(m_meeting.title);
        m_title->setText(tr("The agenda is empty."));
        m_body->clear();
        return;
    }
    m_index = std::clamp(index, 0, int(m_sheets.size()) - 1);
    const CabSheet &s = m_sheets.at(m_index);
    m_header->setText(tr("%1 · item %2 of %3 · RfC #%4")
                          .arg(m_meeting.title)
                          .arg(m_index + 1)
                          .arg(m_sheets.size())
                          .arg(s.request.id));
    m_title->setText(s.request.title);
    m_body->setHtml(sheetHtml(s));
}

QString ProjectionView::currentText() const
{
    return m_header->text() + u'\n' + m_title->text() + u'\n' + m_body->toPlainText();
}

QString ProjectionView::sheetHtml(const CabSheet &s) const
{
    const ChangeRequest &r = s.request;
    const auto row = [](const QString &label, const QString &html) {
        return u"<tr><td valign=\"top\" style=\"color: %1; padding-right: 24px\"><b>%2</b></td>"
               "<td valign=\"top\" style=\"padding-bottom: 10px\">%3</td></tr>"_s.arg(kLabel, esc(label),
                                                                                      html);
    };
    QString html = u"<table cellspacing=\"0\" cellpadding=\"2\">"_s;
    html += row(tr("Summary"), orDash(r.description));
    html += row(tr("Category · priority"),
                esc(u"%1 · %2"_s.arg(
                    r.category.isEmpty() ? tr("not classified") : ChangeLabels::category(r.category),
                    r.priority.isEmpty() ? tr("not classified") : ChangeLabels::priority(r.priority))));
    QStringList cis;
    for (const CabSheet::Ci &ci : s.cis) {
        const ProtectionLevel level = ci.highest();
        const QString need = esc(CmdbNames::display(level));
        cis << tr("%1 — protection need %2")
                   .arg(esc(ci.name),
                        level == ProtectionLevel::Normal
                            ? need
                            : u"<b style=\"color: %1\">%2</b>"_s.arg(kWarning, need));
    }
    html += row(tr("Affected CIs"), cis.isEmpty() ? esc(tr("none named")) : cis.join(u"<br>"_s));
    html += row(tr("Impact and risk"), orDash(r.impact));
    QString schedule = r.plannedStart.isValid()
        ? esc(tr("%1 to %2")
                  .arg(DowntimeNotices::timeText(r.plannedStart), DowntimeNotices::timeText(r.plannedEnd)))
        : esc(tr("not planned"));
    for (const CabSheet::Clash &c : s.conflicts)
        schedule += u"<br><span style=\"color: %1\">%2: %3</span>"_s.arg(
            c.severity == u"blocking" ? kBlocking : kWarning,
            esc(c.severity == u"blocking" ? tr("Blocking") : tr("Warning")), esc(c.reason));
    if (s.conflicts.isEmpty() && r.plannedStart.isValid())
        schedule += u"<br>"_s + esc(tr("no conflicts"));
    html += row(tr("Schedule"), schedule);
    html += row(tr("Fallback plan"), orDash(r.fallbackPlan));
    QStringList tests;
    for (const TestCase &t : r.testCases)
        tests << esc(tr("%1: %2").arg(t.description, ChangeLabels::testResult(t.result)));
    html += row(tr("Test results"), tests.isEmpty() ? esc(tr("none recorded")) : tests.join(u"<br>"_s));
    QStringList objections;
    for (const ChangeObjection &o : s.objections) {
        if (o.isOpen())
            objections << u"<span style=\"color: %1\">%2</span>"_s.arg(
                kBlocking,
                esc(tr("%1 should be '%2': %3")
                        .arg(o.field == u"priority" ? tr("Priority") : tr("Category"),
                             o.field == u"priority" ? ChangeLabels::priority(o.proposed)
                                                    : ChangeLabels::category(o.proposed),
                             o.reason)));
    }
    html += row(tr("Objections"), objections.isEmpty() ? esc(tr("none open")) : objections.join(u"<br>"_s));
    QString decision = esc(tr("%1 for approval, %2 for rejection, %3 abstaining")
                               .arg(s.item.count(CabVote::Choice::Approve))
                               .arg(s.item.count(CabVote::Choice::Reject))
                               .arg(s.item.count(CabVote::Choice::Abstain)));
    if (s.item.decision != CabDecision::None)
        decision += u"<br><b>%1</b>"_s.arg(esc(CabService::decisionName(s.item.decision)));
    html += row(tr("Votes and decision"), decision);
    return html + u"</table>"_s;
}

void ProjectionView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Space:
    case Qt::Key_PageDown:
    case Qt::Key_Down:
        showItem(m_index + 1);
        return;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_Up:
    case Qt::Key_Backspace:
        showItem(m_index - 1);
        return;
    case Qt::Key_Home:
        showItem(0);
        return;
    case Qt::Key_End:
        showItem(int(m_sheets.size()) - 1);
        return;
    case Qt::Key_Escape:
        close();
        Q_EMIT closed();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace ChangeDesk::Ui
