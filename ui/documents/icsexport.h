#pragma once

#include "calendar/downtimenotice.h"
#include "common/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ChangeDesk::Documents {

// Downtime notices as an iCalendar file (RFC 5545, written by KF6 CalendarCore): one event per
// notice, which Outlook and Thunderbird import. Each event has a stable UID (request, wave and
// the database's id), so that importing a newer export updates the events instead of doubling them.
class IcsExport
{
    Q_DECLARE_TR_FUNCTIONS(IcsExport)

public:
    // `databaseId` makes the UIDs unique across databases; `stamp` is the export's time (created
    // and last-modified of the events).
    static QByteArray toIcs(const QList<DowntimeNotice> &notices, const QString &databaseId,
                            const QDateTime &stamp, const QString &calendarName);
    // Written to a temporary file and renamed: never half a file.
    static Status write(const QString &path, const QByteArray &ics);
    static QString uid(const DowntimeNotice &notice, const QString &databaseId);
};

} // namespace ChangeDesk::Documents
