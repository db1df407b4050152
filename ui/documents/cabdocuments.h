#pragma once

#include "cab/cabservice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ChangeDesk::Documents {

// What the Change Advisory Board reads (M2): the pre-read package sent before a meeting (the
// agenda, then one summary sheet per request on a page of its own) and the minutes made from
// what was recorded (attendance, quorum, per item the decision, recommendation, note and votes).
class CabDocuments
{
    Q_DECLARE_TR_FUNCTIONS(CabDocuments)

public:
    static QString preReadHtml(const CabMeeting &meeting, const QList<CabSheet> &sheets,
                               const QDateTime &printedAt);
    static QString minutesHtml(const CabMeeting &meeting, const QDateTime &printedAt);
    static Status writePreRead(const CabMeeting &meeting, const QList<CabSheet> &sheets,
                               const QDateTime &printedAt, const QString &path);
    static Status writeMinutes(const CabMeeting &meeting, const QDateTime &printedAt, const QString &path);

    // What was recorded on one item: decision, recommendation, note, votes, who recorded it.
    static QString itemRecordHtml(const CabItem &item);
    // The minutes as plain text (changedeskctl cab minutes without --pdf).
    static QString minutesText(const CabMeeting &meeting);
    // One line per agenda item (changedeskctl cab agenda).
    static QString agendaText(const CabMeeting &meeting);
    // "Thu 26 Nov 2026, 10:00 – 11:00, Room 2.14" in local time.
    static QString when(const CabMeeting &meeting);
};

} // namespace ChangeDesk::Documents
