#include "cabdocuments.h"

#include "calendar/downtimenotice.h"
#include "changes/changelabels.h"
#include "pdfdocument.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Documents {

namespace {

QString esc(const QString &text)
{
    return PdfDocument::escape(text);
}

// A paragraph of text written by a person: escaped, line breaks kept, "—" when empty.
QString prose(const QString &text)
{
    return text.trimmed().isEmpty() ? u"—"_s : esc(text.trimmed()).replace(u'\n', u"<br>"_s);
}

QString row(const QString &label, const QString &html)
{
    return u"<tr><th align=\"left\" valign=\"top\" width=\"32%\">%1</th><td>%2</td></tr>"_s.arg(esc(label),
                                                                                                html);
}

QString valueOr(const QString &label, const QString &none)
{
    return label.isEmpty() ? none : label;
}

QString itemHeading(const CabItem &item)
{
    return CabDocuments::tr("Item %1: RfC #%2 %3").arg(item.position).arg(item.changeId).arg(item.title);
}

QString votesText(const CabItem &item)
{
    return CabDocuments::tr("%1 for approval, %2 for rejection, %3 abstaining")
        .arg(item.count(CabVote::Choice::Approve))
        .arg(item.count(CabVote::Choice::Reject))
        .arg(item.count(CabVote::Choice::Abstain));
}

QStringList namesOf(const CabMeeting &m, bool present)
{
    QStringList names;
    for (const CabMember &member : m.members) {
        if (member.present == present)
            names << CabDocuments::tr("%1 (%2)").arg(member.name, CabService::roleName(member.role));
    }
    return names;
}

const QString kPage = u"<html><body style=\"font-family: sans-serif; font-size: 10.5pt\">"_s;

} // namespace

QString CabDocuments::when(const CabMeeting &m)
{
    const QLocale locale;
    const QDateTime start = m.start.toLocalTime();
    QString text = locale.toString(start, QLocale::ShortFormat);
    if (m.end.isValid())
        text += u" – "_s + locale.toString(m.end.toLocalTime().time(), QLocale::ShortFormat);
    if (!m.location.isEmpty())
        text += u", "_s + m.location;
    return text;
}

QString CabDocuments::preReadHtml(const CabMeeting &m, const QList<CabSheet> &sheets,
                                  const QDateTime &printedAt)
{
    QString html = kPage;
    html += u"<h1>%1</h1>"_s.arg(esc(tr("Pre-read: %1").arg(m.title)));
    html += u"<p><b>%1</b></p>"_s.arg(esc(when(m)));
    QStringList members;
    for (const CabMember &member : m.members)
        members << tr("%1 (%2)").arg(member.name, CabService::roleName(member.role));
    html += u"<p>%1</p>"_s.arg(
        esc(tr("Members: %1. Quorum: %n voting member(s).", nullptr, m.quorum).arg(members.join(u", "_s))));
    html += u"<h2>%1</h2>"_s.arg(esc(tr("Agenda")));
    if (m.items.isEmpty())
        html += u"<p>%1</p>"_s.arg(esc(tr("The agenda is empty.")));
    html += u"<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" width=\"100%\">"_s;
    if (!m.items.isEmpty())
        html += u"<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>"_s.arg(
            esc(tr("No.")), esc(tr("Request for change")), esc(tr("Priority")), esc(tr("Category")),
            esc(tr("Planned start")));
    for (const CabItem &item : m.items)
        html += u"<tr><td>%1</td><td>#%2 %3</td><td>%4</td><td>%5</td><td>%6</td></tr>"_s.arg(
            QString::number(item.position), QString::number(item.changeId), esc(item.title),
            esc(item.priority.isEmpty() ? QString() : Ui::ChangeLabels::priority(item.priority)),
            esc(item.category.isEmpty() ? QString() : Ui::ChangeLabels::category(item.category)),
            esc(item.plannedStart.isValid() ? DowntimeNotices::timeText(item.plannedStart)
                                            : tr("not planned")));
    html += u"</table>"_s;

    for (const CabSheet &s : sheets) {
        const ChangeRequest &r = s.request;
        html += u"<h2 style=\"page-break-before: always\">%1</h2>"_s.arg(esc(itemHeading(s.item)));
        html += u"<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" width=\"100%\">"_s;
        html += row(tr("Applicant"), esc(s.applicant));
        html += row(tr("Type, category, priority"),
                    esc(u"%1 · %2 · %3"_s.arg(
                        Ui::ChangeLabels::type(r.type),
                        valueOr(r.category.isEmpty() ? QString() : Ui::ChangeLabels::category(r.category),
                                tr("not classified")),
                        valueOr(r.priority.isEmpty() ? QString() : Ui::ChangeLabels::priority(r.priority),
                                tr("not classified")))));
        html += row(tr("What is changed"), prose(r.description));
        html += row(tr("Why"), prose(r.reason));
        html += row(tr("Impact and risk"), prose(r.impact));
        QString schedule = r.plannedStart.isValid() ? esc(tr("%1 to %2")
                                                              .arg(DowntimeNotices::timeText(r.plannedStart),
                                                                   DowntimeNotices::timeText(r.plannedEnd)))
                                                    : esc(tr("not planned"));
        if (r.expectedDowntimeMinutes)
            schedule += u"<br>"_s
                + esc(tr("Expected downtime: %n minute(s)", nullptr, *r.expectedDowntimeMinutes));
        if (r.needsRestart)
            schedule += u"<br>"_s + esc(tr("The systems are restarted."));
        html += row(tr("Schedule"), schedule);
        QStringList cis;
        for (const CabSheet::Ci &ci : s.cis)
            cis << esc(tr("%1 (%2, protection need %3)")
                           .arg(ci.name, CmdbNames::display(ci.ciClass), CmdbNames::display(ci.highest())));
        if (!s.groups.isEmpty())
            cis << esc(tr("Groups: %1").arg(s.groups.join(u", "_s)));
        html += row(tr("Affected configuration items"),
                    cis.isEmpty() ? esc(tr("none named")) : cis.join(u"<br>"_s));
        html += row(tr("Implementers"),
                    esc(s.implementers.isEmpty() ? tr("none named") : s.implementers.join(u", "_s)));
        QStringList clashes;
        for (const CabSheet::Clash &c : s.conflicts)
            clashes << u"<b>%1</b>: %2"_s.arg(esc(c.severity == u"blocking" ? tr("Blocking") : tr("Warning")),
                                              esc(c.reason));
        html += row(tr("Conflicts"), clashes.isEmpty() ? esc(tr("none")) : clashes.join(u"<br>"_s));
        html += row(tr("Recommendation of the change manager"), prose(r.changeManagerRecommendation));
        html += row(tr("Test plan"), prose(r.testPlan));
        QStringList tests;
        for (const TestCase &t : r.testCases)
            tests << esc(tr("%1: %2").arg(t.description, Ui::ChangeLabels::testResult(t.result)));
        html += row(tr("Test results"), tests.isEmpty() ? esc(tr("none recorded")) : tests.join(u"<br>"_s));
        html += row(tr("Fallback plan"), prose(r.fallbackPlan));
        html += row(tr("When to fall back"), prose(r.fallbackCriteria));
        QStringList objections;
        for (const ChangeObjection &o : s.objections)
            objections << esc(tr("%1 should be '%2': %3 (%4)")
                                  .arg(o.field == u"priority" ? tr("Priority") : tr("Category"),
                                       o.field == u"priority" ? Ui::ChangeLabels::priority(o.proposed)
                                                              : Ui::ChangeLabels::category(o.proposed),
                                       o.reason, Ui::ChangeLabels::objectionStatus(o.status)));
        html += row(tr("Objections of security management"),
                    objections.isEmpty() ? esc(tr("none")) : objections.join(u"<br>"_s));
        html += u"</table>"_s;
    }
    html += u"<p><small>%1</small></p>"_s.arg(
        esc(tr("Prepared on %1 by ChangeDesk.").arg(DowntimeNotices::timeText(printedAt))));
    return html + u"</body></html>"_s;
}

QString CabDocuments::minutesHtml(const CabMeeting &m, const QDateTime &printedAt)
{
    QString html = kPage;
    html += u"<h1>%1</h1>"_s.arg(esc(tr("Minutes: %1").arg(m.title)));
    if (m.status != CabMeeting::Status::Closed)
        html += u"<p><b>%1</b></p>"_s.arg(esc(tr("Draft: the meeting is not closed yet.")));
    html += u"<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" width=\"100%\">"_s;
    html += row(tr("Meeting"), esc(when(m)));
    const QStringList present = namesOf(m, true);
    const QStringList absent = namesOf(m, false);
    html += row(tr("Present"), esc(present.isEmpty() ? tr("nobody recorded") : present.join(u", "_s)));
    html += row(tr("Absent"), esc(absent.isEmpty() ? tr("nobody") : absent.join(u", "_s)));
    html += row(
        tr("Quorum"),
        esc(m.quorate()
                ? tr("reached: %1 of %2 voting members needed").arg(m.presentVoters()).arg(m.quorum)
                : tr("not reached: %1 of %2 voting members needed").arg(m.presentVoters()).arg(m.quorum)));
    if (m.closedAt.isValid())
        html += row(tr("Closed"), esc(DowntimeNotices::timeText(m.closedAt)));
    html += u"</table>"_s;

    for (const CabItem &item : m.items) {
        html += u"<h2>%1</h2>"_s.arg(esc(itemHeading(item)));
        html += itemRecordHtml(item);
    }
    if (m.items.isEmpty())
        html += u"<p>%1</p>"_s.arg(esc(tr("The agenda was empty.")));
    html += u"<p><small>%1</small></p>"_s.arg(
        esc(tr("Generated on %1 by ChangeDesk from the meeting's record.")
                .arg(DowntimeNotices::timeText(printedAt))));
    return html + u"</body></html>"_s;
}

QString CabDocuments::itemRecordHtml(const CabItem &item)
{
    QString html = u"<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" width=\"100%\">"_s;
    html += row(tr("Decision"), u"<b>%1</b>"_s.arg(esc(CabService::decisionName(item.decision))));
    if (!item.recommendation.isEmpty())
        html += row(tr("Recommendation"), prose(item.recommendation));
    if (!item.note.isEmpty())
        html += row(tr("Reason and conditions"), prose(item.note));
    QStringList votes;
    for (const CabVote &v : item.votes)
        votes << esc(v.comment.isEmpty()
                         ? tr("%1: %2").arg(v.name, CabService::choiceName(v.choice))
                         : tr("%1: %2 (%3)").arg(v.name, CabService::choiceName(v.choice), v.comment));
    html += row(tr("Votes"),
                votes.isEmpty() ? esc(tr("no votes recorded"))
                                : esc(votesText(item)) + u"<br>"_s + votes.join(u"<br>"_s));
    if (item.decidedAt.isValid()) {
        const QString at = DowntimeNotices::timeText(item.decidedAt);
        html += row(tr("Recorded"),
                    esc(item.decidedByName.isEmpty() ? at : tr("%1 by %2").arg(at, item.decidedByName)));
    }
    return html + u"</table>"_s;
}

Status CabDocuments::writePreRead(const CabMeeting &meeting, const QList<CabSheet> &sheets,
                                  const QDateTime &printedAt, const QString &path)
{
    return PdfDocument::write(preReadHtml(meeting, sheets, printedAt), tr("Pre-read: %1").arg(meeting.title),
                              path);
}

Status CabDocuments::writeMinutes(const CabMeeting &meeting, const QDateTime &printedAt, const QString &path)
{
    return PdfDocument::write(minutesHtml(meeting, printedAt), tr("Minutes: %1").arg(meeting.title), path);
}

QString CabDocuments::agendaText(const CabMeeting &m)
{
    QStringList lines {tr("%1 — %2").arg(m.title, when(m))};
    if (m.items.isEmpty())
        lines << tr("The agenda is empty.");
    for (const CabItem &item : m.items) {
        QString line = tr("%1. RfC #%2 %3 [%4, %5]")
                           .arg(item.position)
                           .arg(item.changeId)
                           .arg(item.title,
                                item.priority.isEmpty() ? tr("not classified")
                                                        : Ui::ChangeLabels::priority(item.priority),
                                item.category.isEmpty() ? tr("not classified")
                                                        : Ui::ChangeLabels::category(item.category));
        if (item.decision != CabDecision::None)
            line += u" — "_s + CabService::decisionName(item.decision);
        lines << line;
    }
    return lines.join(u'\n');
}

QString CabDocuments::minutesText(const CabMeeting &m)
{
    QStringList lines {tr("Minutes: %1").arg(m.title), when(m)};
    const QStringList present = namesOf(m, true);
    lines << tr("Present: %1").arg(present.isEmpty() ? tr("nobody recorded") : present.join(u", "_s));
    lines << (m.quorate() ? tr("Quorum reached: %1 of %2").arg(m.presentVoters()).arg(m.quorum)
                          : tr("Quorum not reached: %1 of %2").arg(m.presentVoters()).arg(m.quorum));
    for (const CabItem &item : m.items) {
        lines << QString() << itemHeading(item)
              << tr("  Decision: %1").arg(CabService::decisionName(item.decision));
        if (!item.recommendation.isEmpty())
            lines << tr("  Recommendation: %1").arg(item.recommendation);
        if (!item.note.isEmpty())
            lines << tr("  Reason and conditions: %1").arg(item.note);
        if (!item.votes.isEmpty())
            lines << tr("  Votes: %1").arg(votesText(item));
    }
    return lines.join(u'\n');
}

} // namespace ChangeDesk::Documents
