#include "changes/changeprint.h"

#include "change/workflow.h"
#include "changes/changelabels.h"

#include <QDir>
#include <QLocale>
#include <QPageSize>
#include "documents/pdfdocument.h"

#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Ui {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

QString when(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString table(const QStringList &heads, const QList<QStringList> &rows)
{
    QString html = u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>"_s;
    for (const QString &head : heads)
        html += u"<th align=\"left\">"_s + esc(head) + u"</th>"_s;
    html += u"</tr>"_s;
    for (const QStringList &row : rows) {
        html += u"<tr>"_s;
        for (const QString &cell : row)
            html += u"<td>"_s + esc(cell) + u"</td>"_s;
        html += u"</tr>"_s;
    }
    return html + u"</table>"_s;
}

} // namespace

QString ChangePrint::html(const ChangeRequest &r, const ChangePrintContext &context)
{
    const auto value = [&](const QString &key) -> QString {
        const QString text = ChangeRecordFields::text(r, key);
        if (key == u"type")
            return ChangeLabels::type(text);
        if (key == u"priority")
            return text.isEmpty() ? QString() : ChangeLabels::priority(text);
        if (key == u"category")
            return text.isEmpty() ? QString() : ChangeLabels::category(text);
        if (key == u"security_relevant")
            return ChangeLabels::yesNo(r.securityRelevant);
        if (key.startsWith(u"planned_") || key.startsWith(u"actual_") || key == u"evaluation_due")
            return text.isEmpty() ? QString() : when(QDateTime::fromString(text, Qt::ISODateWithMs));
        if ((key == u"duplicate_of" || key == u"follow_up") && !text.isEmpty())
            return tr("request #%1").arg(text);
        return text;
    };
    const auto section = [&](const QString &title, const QStringList &keys) {
        QString rows;
        for (const QString &key : keys) {
            const QString text = value(key);
            if (!text.trimmed().isEmpty())
                rows += u"<tr><td width=\"30%\"><b>%1</b></td><td>%2</td></tr>"_s.arg(
                    esc(ChangeFields::label(key).isEmpty() ? key : ChangeFields::label(key)), esc(text));
        }
        return rows.isEmpty()
            ? QString()
            : u"<h3>%1</h3><table cellspacing=\"0\" cellpadding=\"2\" width=\"100%\">%2</table>"_s.arg(
                esc(title), rows);
    };

    QString html = u"<html><body>"_s;
    html += u"<h2>%1</h2>"_s.arg(esc(tr("Request for change #%1: %2").arg(r.id).arg(r.title)));
    QStringList affected;
    for (qint64 ci : r.ciIds)
        affected << context.cis.value(ci, tr("CI %1").arg(ci));
    if (!r.groupIds.isEmpty())
        affected << tr("%n group(s)", nullptr, int(r.groupIds.size()));
    html += u"<p>%1</p>"_s.arg(
        esc(tr("State: %1 · applicant: %2%3 · affected: %4")
                .arg(ChangeLabels::state(r.state), context.people.value(r.applicantId),
                     r.departmentId ? u" (%1)"_s.arg(context.units.value(*r.departmentId)) : QString(),
                     affected.isEmpty() ? tr("none") : affected.join(u", "_s))));
    html += section(tr("General"),
                    {u"description"_s, u"reason"_s, u"problem_reference"_s, u"type"_s, u"template"_s,
                     u"duplicate_of"_s, u"rejection_reason"_s});
    html += section(tr("Classification and authorization"),
                    {u"priority"_s, u"category"_s, u"override_reason"_s, u"security_relevant"_s, u"impact"_s,
                     u"resources"_s, u"cost"_s, u"change_manager_recommendation"_s, u"cab_recommendation"_s,
                     u"security_assessment"_s});
    if (r.authorizedAt.isValid())
        html += u"<p><b>%1</b> %2</p>"_s.arg(esc(tr("Authorized:")), esc(when(r.authorizedAt)));
    html += section(tr("Planning"),
                    {u"planned_start"_s, u"planned_end"_s, u"actual_start"_s, u"actual_end"_s,
                     u"fallback_plan"_s, u"fallback_criteria"_s});
    if (!r.waves.isEmpty()) {
        QList<QStringList> rows;
        for (const RolloutWave &w : r.waves)
            rows << QStringList {w.name, w.goCriteria, w.breakPoint ? tr("yes") : tr("no"),
                                 when(w.plannedStart), ChangeLabels::waveStatus(w.status)};
        html += u"<h3>%1</h3>"_s.arg(esc(tr("Rollout waves")))
            + table({tr("Wave"), tr("Go/no-go criteria"), tr("Break point"), tr("Planned start"),
                     tr("Status")},
                    rows);
    }
    const QString tests = section(tr("Tests"), {u"test_plan"_s});
    html += tests;
    if (!r.testCases.isEmpty()) {
        if (tests.isEmpty())
            html += u"<h3>%1</h3>"_s.arg(esc(tr("Tests")));
        QList<QStringList> rows;
        for (const TestCase &t : r.testCases)
            rows << QStringList {t.description, t.expected, t.actual, ChangeLabels::testResult(t.result)};
        html += table({tr("Test case"), tr("Expected"), tr("Actual"), tr("Result")}, rows);
    }
    if (r.evaluation.done()) {
        html += u"<h3>%1</h3>"_s.arg(esc(tr("Evaluation")));
        html += table(
            {tr("Goal reached"), tr("Users satisfied"), tr("Budget kept"), tr("Schedule kept"),
             tr("Side effects"), tr("Evaluated")},
            {{ChangeLabels::yesNo(r.evaluation.goalReached), ChangeLabels::yesNo(r.evaluation.usersSatisfied),
              ChangeLabels::yesNo(r.evaluation.budgetKept), ChangeLabels::yesNo(r.evaluation.scheduleKept),
              r.evaluation.sideEffects,
              tr("%1 by %2")
                  .arg(when(r.evaluation.evaluatedAt),
                       context.people.value(r.evaluation.evaluatedBy.value_or(0)))}});
    }
    if (!r.attachments.isEmpty()) {
        QList<QStringList> rows;
        for (const ChangeAttachment &a : r.attachments)
            rows << QStringList {a.name, QLocale().formattedDataSize(a.size), a.sha256};
        html += u"<h3>%1</h3>"_s.arg(esc(tr("Attachments")))
            + table({tr("File"), tr("Size"), tr("SHA-256")}, rows);
    }
    if (!context.history.isEmpty()) {
        QList<QStringList> rows;
        for (const QList<QString> &row : context.history)
            rows << QStringList(row.cbegin(), row.cend());
        html += u"<h3>%1</h3>"_s.arg(esc(tr("History")))
            + table({tr("Time"), tr("Who"), tr("What"), tr("Reason")}, rows);
    }
    html += u"<p><small>%1</small></p>"_s.arg(
        esc(tr("Printed by %1 on %2 from ChangeDesk.").arg(context.printedBy, when(context.printedAt))));
    return html + u"</body></html>"_s;
}

std::unique_ptr<QTextDocument> ChangePrint::document(const ChangeRequest &request,
                                                     const ChangePrintContext &context)
{
    auto document = std::make_unique<QTextDocument>();
    document->setHtml(html(request, context));
    return document;
}

Status ChangePrint::writePdf(const ChangeRequest &request, const ChangePrintContext &context,
                             const QString &path)
{
    return Documents::PdfDocument::write(html(request, context),
                                         tr("Request for change #%1: %2").arg(request.id).arg(request.title), path);
}

} // namespace ChangeDesk::Ui
