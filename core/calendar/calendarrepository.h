#pragma once

#include "calendar/conflicts.h"
#include "calendar/maintenancewindow.h"
#include "change/changeservice.h"
#include "change/workflow.h"
#include "common/clock.h"
#include "common/error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace ChangeDesk {

class Database;

// The change calendar in the database: maintenance windows and freeze periods (kept by the change
// manager, each change with an audit event), and the schedule that conflict detection reads.
class CalendarRepository
{
    Q_DECLARE_TR_FUNCTIONS(CalendarRepository)

public:
    // `actor` is who acts (ChangeService::actor()): the audit events name them, and only a change
    // manager or an administrator adds, changes or removes windows and freezes.
    explicit CalendarRepository(const Database &db, ChangeActor actor = {},
                                const Clock &clock = Clock::system());

    static bool maySchedule(const ChangeActor &actor);

    Result<QList<MaintenanceWindow>> windows() const;
    Result<MaintenanceWindow> addWindow(MaintenanceWindow window) const;
    Status updateWindow(MaintenanceWindow &window) const;
    Status removeWindow(const MaintenanceWindow &window) const;

    Result<QList<FreezePeriod>> freezes() const;
    Result<FreezePeriod> addFreeze(FreezePeriod freeze) const;
    Status updateFreeze(FreezePeriod &freeze) const;
    Status removeFreeze(const FreezePeriod &freeze) const;

    // The scheduled changes whose planned time overlaps [from, to) (an invalid bound: open), in a
    // state that is not final under `definition`, with their waves, CIs (group members resolved),
    // implementers; every window, freeze and group with its members; the dependency relations; the
    // names for reasons.
    // A change whose waves have planned times is scheduled as its waves, otherwise as a whole.
    Result<CalendarData> load(const QDateTime &from = {}, const QDateTime &to = {},
                              const WorkflowDefinition &definition = WorkflowDefinition::builtIn()) const;

    // The CIs a request changes: its own and its groups' members (`groupMembers` by group id),
    // sorted, without repeats.
    static QList<qint64> cisOf(const ChangeRequest &request,
                               const QHash<qint64, QList<qint64>> &groupMembers);
    // How a request stands on the calendar: each rollout wave with planned times (its group's
    // members, or the request's CIs), or else the request as a whole when it has planned times;
    // nothing when it is not planned. What load() returns per request, and what the RfC form and
    // the notices check.
    static QList<ScheduledItem> itemsOf(const ChangeRequest &request,
                                        const QHash<qint64, QList<qint64>> &groupMembers);

    // The services and applications an item affects: its CIs of those classes and everything of
    // those classes that depends on its CIs (the impact graph); sorted by name. `reach` walks
    // `data`'s graph.
    static QStringList servicesOf(const ScheduledItem &item, const CalendarData &data,
                                  DependencyGraph::Reach &reach);

    static QJsonObject toJson(const MaintenanceWindow &window);
    static QJsonObject toJson(const FreezePeriod &freeze);

private:
    Status audit(const QString &action, const QString &type, qint64 id,
                 const std::optional<QJsonObject> &before, const std::optional<QJsonObject> &after) const;

    Status mayEdit() const;

    const Database &m_db;
    ChangeActor m_actor;
    const Clock &m_clock;
};

} // namespace ChangeDesk
