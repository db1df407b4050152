#include "noticeprint.h"

#include "pdfdocument.h"

using namespace Qt::StringLiterals;

namespace ChangeDesk::Documents {

QString NoticePrint::html(const QList<DowntimeNotice> &notices, const QDateTime &printedAt)
{
    const auto esc = &PdfDocument::escape;
    const auto when = &DowntimeNotices::timeText;
    const auto row = [&](const QString &label, const QString &value) {
        return u"<tr><th align=\"left\" valign=\"top\" width=\"30%\">%1</th><td>%2</td></tr>"_s.arg(
            esc(label), value);
    };
    QString html = u"<html><body style=\"font-family: sans-serif; font-size: 11pt\">"_s;
    html += u"<h1>%1</h1>"_s.arg(
        esc(notices.size() == 1 ? tr("Announcement of a change") : tr("Announcement of changes")));
    for (const DowntimeNotice &n : notices) {
        html += u"<h2>%1</h2>"_s.arg(esc(tr("Change #%1: %2").arg(n.changeId).arg(n.title)));
        html += u"<table cellspacing=\"0\" cellpadding=\"4\" border=\"1\" width=\"100%\">"_s;
        html += row(tr("When"), esc(tr("%1 to %2").arg(when(n.span.start), when(n.span.end))));
        QString downtime = n.downtimeMinutes > 0 ? tr("%n minute(s)", nullptr, n.downtimeMinutes)
            : n.downtimeMinutes == 0             ? tr("none")
                                                 : tr("not yet known; plan for the whole period");
        if (n.needsRestart)
            downtime += u"<br>"_s + esc(tr("The systems are restarted."));
        html += row(tr("Expected downtime"), n.downtimeMinutes > 0 ? u"<b>%1</b>"_s.arg(downtime) : downtime);
        if (!n.description.isEmpty())
            html += row(tr("What is changed"), esc(n.description));
        if (!n.impact.isEmpty())
            html += row(tr("Impact"), esc(n.impact));
        html += row(tr("Services affected"),
                    esc(n.services.isEmpty() ? tr("none known") : n.services.join(u", "_s)));
        html += row(tr("Departments affected"),
                    esc(n.departments.isEmpty() ? tr("none known") : n.departments.join(u", "_s)));
        html += row(tr("Configuration items changed"),
                    esc(n.affected.isEmpty() ? tr("none named") : n.affected.join(u", "_s)));
        QStringList contacts;
        for (const NoticeContact &c : n.contacts) {
            QStringList reach;
            for (const QString &part : {c.email, c.phone, c.unit}) {
                if (!part.isEmpty())
                    reach << part;
            }
            contacts << u"<b>%1</b> (%2)%3"_s.arg(esc(c.name), esc(c.roles.join(u", "_s)),
                                                  reach.isEmpty() ? QString()
                                                                  : u": "_s + esc(reach.join(u", "_s)));
        }
        html += row(tr("Contacts"), contacts.isEmpty() ? esc(tr("none known")) : contacts.join(u"<br>"_s));
        html += u"</table>"_s;
    }
    html += u"<p><small>%1</small></p>"_s.arg(esc(tr("Issued on %1 by ChangeDesk.").arg(when(printedAt))));
    return html + u"</body></html>"_s;
}

Status NoticePrint::writePdf(const QList<DowntimeNotice> &notices, const QDateTime &printedAt,
                             const QString &path)
{
    const QString title = notices.size() == 1 ? tr("Announcement of change #%1").arg(notices.first().changeId)
                                              : tr("Announcement of changes");
    return PdfDocument::write(html(notices, printedAt), title, path);
}

} // namespace ChangeDesk::Documents
