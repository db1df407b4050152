#pragma once

// The downtime notice of a change (M7: all stakeholders are told of upcoming changes and the
// expected downtime): what is changed when, which services stop, which departments are affected
// and whom to contact. Worked out from the CMDB: the affected CIs, everything that depends on
// them (the impact graph), their owning units and their owners and responsible people.

#include "calendar/maintenancewindow.h"
#include "common/error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ChangeDesk {

class Database;
class WorkflowDefinition;

struct NoticeContact {
    QString name;
    QString email;
    QString phone;
    QString unit; // the person's organizational unit
    QStringList roles; // owner of srv-01, os of srv-01, applicant, implementer, ...
    friend bool operator==(const NoticeContact &, const NoticeContact &) = default;
};

struct DowntimeNotice {
    qint64 changeId = 0;
    int wave = -1; // the wave's position, -1 for the whole change
    QString title;
    QString state;
    bool authorized = false; // the workflow stamped its authorization: the date is firm
    QString priority;
    QString type;
    QString description;
    QString impact;
    TimeSpan span;
    int downtimeMinutes = -1; // -1: not given
    bool needsRestart = false;
    QStringList affected; // names of the changed CIs, sorted
    QStringList services; // services and applications affected (changed or depending), sorted
    QStringList departments; // org units owning what is affected, and the request's department
    QList<NoticeContact> contacts; // sorted by name
};

class DowntimeNotices
{
    Q_DECLARE_TR_FUNCTIONS(DowntimeNotices)

public:
    // The notice of one request (of each of its planned waves, when it is planned by waves; one
    // for the whole request otherwise). NotFound when there is no such request; InvalidInput
    // when it has no planned start and end.
    static Result<QList<DowntimeNotice>> forChange(const Database &db, qint64 changeId);
    // The notices of everything scheduled in [from, to) that is not in a final state, in order.
    static Result<QList<DowntimeNotice>> forward(const Database &db, const QDateTime &from,
                                                 const QDateTime &to, const WorkflowDefinition &definition);

    static QJsonObject toJson(const DowntimeNotice &notice);
    // Plain text in the user's language: the notice for a mail or the terminal.
    static QString text(const DowntimeNotice &notice);
    // "Tuesday, 24 November 2026, 22:00 CET": a time as people read it in a notice (local time).
    static QString timeText(const QDateTime &when);
};

} // namespace ChangeDesk
