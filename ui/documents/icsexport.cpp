#include "icsexport.h"

#include <KCalendarCore/Event>
#include <KCalendarCore/ICalFormat>
#include <KCalendarCore/MemoryCalendar>

#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Documents {

QString IcsExport::uid(const DowntimeNotice &notice, const QString &databaseId)
{
    const QString domain = databaseId.isEmpty() ? u"changedesk"_s : u"changedesk-%1"_s.arg(databaseId);
    return notice.wave >= 0 ? u"rfc-%1-wave-%2@%3"_s.arg(notice.changeId).arg(notice.wave + 1).arg(domain)
                            : u"rfc-%1@%2"_s.arg(notice.changeId).arg(domain);
}

QByteArray IcsExport::toIcs(const QList<DowntimeNotice> &notices, const QString &databaseId,
                            const QDateTime &stamp, const QString &calendarName)
{
    const KCalendarCore::MemoryCalendar::Ptr calendar(new KCalendarCore::MemoryCalendar(QTimeZone::UTC));
    calendar->setNonKDECustomProperty("X-WR-CALNAME", calendarName);
    for (const DowntimeNotice &notice : notices) {
        const KCalendarCore::Event::Ptr event(new KCalendarCore::Event);
        event->setUid(uid(notice, databaseId));
        event->setSummary(tr("Change #%1: %2").arg(notice.changeId).arg(notice.title));
        event->setDescription(DowntimeNotices::text(notice));
        event->setLocation(notice.services.isEmpty() ? notice.affected.join(u", "_s)
                                                     : notice.services.join(u", "_s));
        event->setDtStart(notice.span.start.toUTC());
        event->setDtEnd(notice.span.end.toUTC());
        QStringList categories {tr("Change")};
        if (notice.downtimeMinutes != 0)
            categories << tr("Downtime");
        if (!notice.priority.isEmpty())
            categories << notice.priority;
        event->setCategories(categories);
        // Authorized: confirmed; before: tentative.
        event->setStatus(notice.authorized ? KCalendarCore::Incidence::StatusConfirmed
                                           : KCalendarCore::Incidence::StatusTentative);
        // A change without downtime does not make anybody busy.
        event->setTransparency(notice.downtimeMinutes == 0 ? KCalendarCore::Event::Transparent
                                                           : KCalendarCore::Event::Opaque);
        event->setCreated(stamp.toUTC());
        event->setLastModified(stamp.toUTC());
        calendar->addEvent(event);
    }
    KCalendarCore::CalFormat::setApplication(u"ChangeDesk"_s, u"-//ChangeDesk//Change calendar//EN"_s);
    KCalendarCore::ICalFormat format;
    QString text = format.toString(calendar);
    // An export to be imported, not an invitation (RFC 5546 PUBLISH): Outlook files the events
    // into the calendar instead of answering them.
    const qsizetype version = text.indexOf(u"VERSION:2.0"_s);
    if (version >= 0 && !text.contains(u"\nMETHOD:"_s))
        text.insert(text.indexOf(u'\n', version) + 1, u"METHOD:PUBLISH\r\n"_s);
    return text.toUtf8();
}

Status IcsExport::write(const QString &path, const QByteArray &ics)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorKind::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(ics);
    if (!file.commit())
        return fail(ErrorKind::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace ChangeDesk::Documents
