#pragma once

#include "change/changeservice.h"
#include "change/workflow.h"
#include "common/clock.h"
#include "common/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ChangeDesk {

class Database;

// Something a person has to do on a request, for their to-do list (M4, M13 resubmission).
struct ChangeToDo {
    enum class Kind {
        Transition, // the person may take one of `actions` now (fields may still need filling in)
        Objection, // an objection waits for the person's decision (objectionId)
    };
    Kind kind = Kind::Transition;
    qint64 changeId = 0;
    QString title;
    QString state;
    QString priority;
    QStringList actions; // the workflow actions (Transition) or decisions (Objection) open to them
    qint64 objectionId = 0;
    QDateTime due; // evaluation due, planned start or planned end, whichever is next; may be invalid
    bool overdue = false; // due has passed
};

// The key figures of one month (M13): what was created, what ended and how.
struct MonthKpi {
    QDate month; // the first day
    int created = 0;
    int emergency = 0; // created as emergency changes
    int ended = 0; // reached a final state
    int succeeded = 0; // ended in "closed" and never rolled back
    int failed = 0; // implemented (started) but not succeeded: rolled back or closed as failed
    int rejected = 0; // ended without ever being started
    int rolledBack = 0; // ended after the fallback plan was used
    int evaluationsDue = 0; // evaluations due this month
    int evaluationsOverdue = 0; // of those, done late or not done though due has passed
    QHash<QString, double> medianLeadDays; // category -> median days from creation to success

    double successRate() const; // succeeded / (succeeded + failed); -1 when nothing was implemented
    double emergencyShare() const; // emergency / created; -1 when nothing was created
    double rollbackRate() const; // rolledBack / (succeeded + failed); -1 when nothing was implemented
};

// To-do lists per person and role, overdue markers, and the key figures per month.
class ChangeAgenda
{
    Q_DECLARE_TR_FUNCTIONS(ChangeAgenda)

public:
    explicit ChangeAgenda(const Database &db,
                          const WorkflowDefinition &definition = WorkflowDefinition::builtIn(),
                          const Clock &clock = Clock::system());
    // It keeps a reference to the definition: not to a temporary one.
    ChangeAgenda(const Database &, WorkflowDefinition &&, const Clock & = Clock::system()) = delete;

    // Every open request on which `actor` can act now, most urgent first (overdue, then by due
    // time, then by priority): the transitions their roles may take where the conditions hold
    // (missing fields are part of the work; the main path before the ways out like reject or
    // halt), and objections waiting for them (change manager: open ones; management: escalated).
    Result<QList<ChangeToDo>> todos(const ChangeActor &actor) const;
    // Requests whose evaluation is due and not recorded (the overdue marker of M13).
    Result<QList<qint64>> overdueEvaluations() const;
    // The key figures of each month from `from`'s month to `to`'s month (UTC).
    Result<QList<MonthKpi>> kpis(const QDate &from, const QDate &to) const;

private:
    const Database &m_db;
    const WorkflowDefinition &m_definition;
    const Clock &m_clock;
};

} // namespace ChangeDesk
