#include "calendarrepository.h"

#include "audit/auditlog.h"
#include "change/changerecord.h"
#include "cmdb/grouprepository.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {

const QString kWindowColumns
    = u"id, name, description, ci_id, group_id, time_zone, frequency, every_n, weekdays, "
      "month_day, week_of_month, start_time, end_time, first_date, last_date, row_version, "
      "created_at, updated_at"_s;
const QString kFreezeColumns
    = u"id, name, reason, group_id, starts_at, ends_at, row_version, created_at, updated_at"_s;

std::optional<qint64> optionalId(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

QString timeText(const QTime &time)
{
    return time.toString(u"HH:mm"_s);
}

QString windowLabel(const MaintenanceWindow &window)
{
    return CalendarRepository::tr("maintenance window '%1'").arg(window.name);
}

QString freezeLabel(const FreezePeriod &freeze)
{
    return CalendarRepository::tr("freeze period '%1'").arg(freeze.name);
}

QVariantList windowValues(const MaintenanceWindow &w)
{
    return {w.name.trimmed(),
            sqlText(w.description),
            sqlId(w.ciId),
            sqlId(w.groupId),
            w.timeZone,
            WindowRules::frequencyKey(w.recurrence.frequency),
            w.recurrence.interval,
            WindowRules::weekdaysText(w.recurrence.weekdays),
            w.recurrence.monthDay,
            w.recurrence.weekOfMonth,
            timeText(w.startTime),
            timeText(w.endTime),
            w.firstDate.toString(Qt::ISODate),
            w.lastDate.isValid() ? QVariant(w.lastDate.toString(Qt::ISODate))
                                 : QVariant(QMetaType::fromType<QString>())};
}

MaintenanceWindow windowFrom(const Dialect &d, const QSqlQuery &q)
{
    MaintenanceWindow w;
    w.id = q.value(0).toLongLong();
    w.name = q.value(1).toString();
    w.description = q.value(2).toString();
    w.ciId = optionalId(q.value(3));
    w.groupId = optionalId(q.value(4));
    w.timeZone = q.value(5).toString();
    w.recurrence.frequency
        = WindowRules::frequencyFromKey(q.value(6).toString()).value_or(Recurrence::Frequency::Weekly);
    w.recurrence.interval = q.value(7).toInt();
    w.recurrence.weekdays = WindowRules::parseWeekdays(q.value(8).toString()).value_or(QList<int>());
    w.recurrence.monthDay = q.value(9).toInt();
    w.recurrence.weekOfMonth = q.value(10).toInt();
    w.startTime = QTime::fromString(q.value(11).toString(), u"HH:mm"_s);
    w.endTime = QTime::fromString(q.value(12).toString(), u"HH:mm"_s);
    w.firstDate = QDate::fromString(q.value(13).toString(), Qt::ISODate);
    w.lastDate = q.value(14).isNull() ? QDate() : QDate::fromString(q.value(14).toString(), Qt::ISODate);
    w.rowVersion = q.value(15).toInt();
    w.createdAt = d.dateTimeFromDb(q.value(16));
    w.updatedAt = d.dateTimeFromDb(q.value(17));
    return w;
}

FreezePeriod freezeFrom(const Dialect &d, const QSqlQuery &q)
{
    FreezePeriod f;
    f.id = q.value(0).toLongLong();
    f.name = q.value(1).toString();
    f.reason = q.value(2).toString();
    f.groupId = optionalId(q.value(3));
    f.start = d.dateTimeFromDb(q.value(4));
    f.end = d.dateTimeFromDb(q.value(5));
    f.rowVersion = q.value(6).toInt();
    f.createdAt = d.dateTimeFromDb(q.value(7));
    f.updatedAt = d.dateTimeFromDb(q.value(8));
    return f;
}

QJsonValue idJson(const std::optional<qint64> &id)
{
    return id ? QJsonValue(*id) : QJsonValue();
}

} // namespace

CalendarRepository::CalendarRepository(const Database &db, ChangeActor actor, const Clock &clock)
    : m_db(db)
    , m_actor(std::move(actor))
    , m_clock(clock)
{ }

bool CalendarRepository::maySchedule(const ChangeActor &actor)
{
    return actor.roles.contains(u"change_manager"_s) || actor.roles.contains(u"administrator"_s);
}

Status CalendarRepository::mayEdit() const
{
    if (maySchedule(m_actor))
        return {};
    return fail(ErrorKind::ReadOnly,
                tr("Only a change manager or an administrator keeps the maintenance windows and "
                   "freeze periods; %1 is neither.")
                    .arg(m_actor.login.isEmpty() ? tr("nobody acting") : m_actor.login));
}

Status CalendarRepository::audit(const QString &action, const QString &type, qint64 id,
                                 const std::optional<QJsonObject> &before,
                                 const std::optional<QJsonObject> &after) const
{
    return AuditLog(m_db, m_actor.login, m_clock).record(action, type, id, before, after);
}

QJsonObject CalendarRepository::toJson(const MaintenanceWindow &w)
{
    QJsonArray days;
    for (const int day : w.recurrence.weekdays)
        days.append(day);
    return {
        {u"id"_s, w.id},
        {u"name"_s, w.name},
        {u"description"_s, w.description},
        {u"ci"_s, idJson(w.ciId)},
        {u"group"_s, idJson(w.groupId)},
        {u"time_zone"_s, w.timeZone},
        {u"frequency"_s, WindowRules::frequencyKey(w.recurrence.frequency)},
        {u"interval"_s, w.recurrence.interval},
        {u"weekdays"_s, WindowRules::weekdaysText(w.recurrence.weekdays)},
        {u"month_day"_s, w.recurrence.monthDay},
        {u"week_of_month"_s, w.recurrence.weekOfMonth},
        {u"start_time"_s, timeText(w.startTime)},
        {u"end_time"_s, timeText(w.endTime)},
        {u"first_date"_s, w.firstDate.toString(Qt::ISODate)},
        {u"last_date"_s, w.lastDate.isValid() ? QJsonValue(w.lastDate.toString(Qt::ISODate)) : QJsonValue()},
        {u"row_version"_s, w.rowVersion},
    };
}

QJsonObject CalendarRepository::toJson(const FreezePeriod &f)
{
    return {
        {u"id"_s, f.id},
        {u"name"_s, f.name},
        {u"reason"_s, f.reason},
        {u"group"_s, idJson(f.groupId)},
        {u"start"_s, f.start.toUTC().toString(Qt::ISODate)},
        {u"end"_s, f.end.toUTC().toString(Qt::ISODate)},
        {u"row_version"_s, f.rowVersion},
    };
}

// ---- windows -------------------------------------------------------------------------------------

Result<QList<MaintenanceWindow>> CalendarRepository::windows() const
{
    auto rows = m_db.exec(u"SELECT %1 FROM maintenance_window ORDER BY name, id"_s.arg(kWindowColumns), {},
                          tr("reading the maintenance windows"));
    if (!rows)
        return fail(rows.error());
    QList<MaintenanceWindow> list;
    while (rows->next())
        list << windowFrom(m_db.dialect(), *rows);
    return list;
}

Result<MaintenanceWindow> CalendarRepository::addWindow(MaintenanceWindow window) const
{
    if (auto allowed = mayEdit(); !allowed)
        return fail(allowed.error());
    if (auto valid = WindowRules::validate(window); !valid)
        return fail(valid.error());
    window.name = window.name.trimmed();
    return m_db.write([&]() -> Result<MaintenanceWindow> {
        const QDateTime now = m_clock.now();
        QVariantList params = windowValues(window);
        params << m_db.dialect().toDb(now) << m_db.dialect().toDb(now);
        auto inserted = m_db.exec(
            u"INSERT INTO maintenance_window (name, description, ci_id, group_id, time_zone, frequency, "
            u"every_n, "
            "weekdays, month_day, week_of_month, start_time, end_time, first_date, last_date, row_version, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) RETURNING id"_s,
            params, tr("adding %1").arg(windowLabel(window)));
        if (!inserted)
            return fail(inserted.error());
        inserted->next();
        window.id = inserted->value(0).toLongLong();
        window.rowVersion = 1;
        window.createdAt = now;
        window.updatedAt = now;
        if (auto logged
            = audit(u"window.add"_s, u"maintenance_window"_s, window.id, std::nullopt, toJson(window));
            !logged)
            return fail(logged.error());
        return window;
    });
}

Status CalendarRepository::updateWindow(MaintenanceWindow &window) const
{
    if (auto allowed = mayEdit(); !allowed)
        return allowed;
    if (auto valid = WindowRules::validate(window); !valid)
        return valid;
    window.name = window.name.trimmed();
    const QDateTime now = m_clock.now();
    auto saved = m_db.write([&]() -> Status {
        auto rows = m_db.exec(u"SELECT %1 FROM maintenance_window WHERE id = ?"_s.arg(kWindowColumns),
                              {window.id}, tr("reading %1").arg(windowLabel(window)));
        if (!rows)
            return fail(rows.error());
        if (!rows->next())
            return fail(ErrorKind::Conflict,
                        tr("The %1 was removed in the meantime.").arg(windowLabel(window)));
        const MaintenanceWindow before = windowFrom(m_db.dialect(), *rows);
        QVariantList params = windowValues(window);
        params << m_db.dialect().toDb(now) << window.id << window.rowVersion;
        if (auto updated = m_db.execGuarded(
                u"UPDATE maintenance_window SET name = ?, description = ?, ci_id = ?, group_id = ?, "
                u"time_zone = ?, "
                "frequency = ?, every_n = ?, weekdays = ?, month_day = ?, week_of_month = ?, start_time = ?, "
                "end_time = ?, first_date = ?, last_date = ?, updated_at = ?, row_version = row_version + 1 "
                "WHERE id = ? AND row_version = ?"_s,
                params,
                RecordRef {u"maintenance_window"_s, window.id, windowLabel(window), window.rowVersion});
            !updated)
            return updated;
        MaintenanceWindow after = window;
        after.rowVersion = window.rowVersion + 1;
        return audit(u"window.update"_s, u"maintenance_window"_s, window.id, toJson(before), toJson(after));
    });
    if (saved) {
        ++window.rowVersion;
        window.updatedAt = now;
    }
    return saved;
}

Status CalendarRepository::removeWindow(const MaintenanceWindow &window) const
{
    if (auto allowed = mayEdit(); !allowed)
        return allowed;
    return m_db.write([&]() -> Status {
        if (auto removed = m_db.execGuarded(
                u"DELETE FROM maintenance_window WHERE id = ? AND row_version = ?"_s,
                {window.id, window.rowVersion},
                RecordRef {u"maintenance_window"_s, window.id, windowLabel(window), window.rowVersion});
            !removed)
            return removed;
        return audit(u"window.remove"_s, u"maintenance_window"_s, window.id, toJson(window), std::nullopt);
    });
}

// ---- freezes ---------------------------------------------------------------------------------------

Result<QList<FreezePeriod>> CalendarRepository::freezes() const
{
    auto rows = m_db.exec(u"SELECT %1 FROM freeze_period ORDER BY starts_at, id"_s.arg(kFreezeColumns), {},
                          tr("reading the freeze periods"));
    if (!rows)
        return fail(rows.error());
    QList<FreezePeriod> list;
    while (rows->next())
        list << freezeFrom(m_db.dialect(), *rows);
    return list;
}

Result<FreezePeriod> CalendarRepository::addFreeze(FreezePeriod freeze) const
{
    if (auto allowed = mayEdit(); !allowed)
        return fail(allowed.error());
    if (auto valid = WindowRules::validate(freeze); !valid)
        return fail(valid.error());
    freeze.name = freeze.name.trimmed();
    freeze.start = freeze.start.toUTC();
    freeze.end = freeze.end.toUTC();
    return m_db.write([&]() -> Result<FreezePeriod> {
        const Dialect &d = m_db.dialect();
        const QDateTime now = m_clock.now();
        auto inserted
            = m_db.exec(u"INSERT INTO freeze_period (name, reason, group_id, starts_at, ends_at, "
                        "row_version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?) RETURNING id"_s,
                        {freeze.name, sqlText(freeze.reason), sqlId(freeze.groupId), d.toDb(freeze.start),
                         d.toDb(freeze.end), d.toDb(now), d.toDb(now)},
                        tr("adding %1").arg(freezeLabel(freeze)));
        if (!inserted)
            return fail(inserted.error());
        inserted->next();
        freeze.id = inserted->value(0).toLongLong();
        freeze.rowVersion = 1;
        freeze.createdAt = now;
        freeze.updatedAt = now;
        if (auto logged = audit(u"freeze.add"_s, u"freeze_period"_s, freeze.id, std::nullopt, toJson(freeze));
            !logged)
            return fail(logged.error());
        return freeze;
    });
}

Status CalendarRepository::updateFreeze(FreezePeriod &freeze) const
{
    if (auto allowed = mayEdit(); !allowed)
        return allowed;
    if (auto valid = WindowRules::validate(freeze); !valid)
        return valid;
    freeze.name = freeze.name.trimmed();
    freeze.start = freeze.start.toUTC();
    freeze.end = freeze.end.toUTC();
    const QDateTime now = m_clock.now();
    auto saved = m_db.write([&]() -> Status {
        const Dialect &d = m_db.dialect();
        auto rows = m_db.exec(u"SELECT %1 FROM freeze_period WHERE id = ?"_s.arg(kFreezeColumns), {freeze.id},
                              tr("reading %1").arg(freezeLabel(freeze)));
        if (!rows)
            return fail(rows.error());
        if (!rows->next())
            return fail(ErrorKind::Conflict,
                        tr("The %1 was removed in the meantime.").arg(freezeLabel(freeze)));
        const FreezePeriod before = freezeFrom(d, *rows);
        if (auto updated = m_db.execGuarded(
                u"UPDATE freeze_period SET name = ?, reason = ?, group_id = ?, starts_at = ?, ends_at = ?, "
                "updated_at = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?"_s,
                {freeze.name, sqlText(freeze.reason), sqlId(freeze.groupId), d.toDb(freeze.start),
                 d.toDb(freeze.end), d.toDb(now), freeze.id, freeze.rowVersion},
                RecordRef {u"freeze_period"_s, freeze.id, freezeLabel(freeze), freeze.rowVersion});
            !updated)
            return updated;
        FreezePeriod after = freeze;
        after.rowVersion = freeze.rowVersion + 1;
        return audit(u"freeze.update"_s, u"freeze_period"_s, freeze.id, toJson(before), toJson(after));
    });
    if (saved) {
        ++freeze.rowVersion;
        freeze.updatedAt = now;
    }
    return saved;
}

Status CalendarRepository::removeFreeze(const FreezePeriod &freeze) const
{
    if (auto allowed = mayEdit(); !allowed)
        return allowed;
    return m_db.write([&]() -> Status {
        if (auto removed = m_db.execGuarded(
                u"DELETE FROM freeze_period WHERE id = ? AND row_version = ?"_s,
                {freeze.id, freeze.rowVersion},
                RecordRef {u"freeze_period"_s, freeze.id, freezeLabel(freeze), freeze.rowVersion});
            !removed)
            return removed;
        return audit(u"freeze.remove"_s, u"freeze_period"_s, freeze.id, toJson(freeze), std::nullopt);
    });
}

// ---- the schedule ----------------------------------------------------------------------------------

QList<qint64> CalendarRepository::cisOf(const ChangeRequest &request,
                                        const QHash<qint64, QList<qint64>> &groupMembers)
{
    QList<qint64> cis = request.ciIds;
    for (const qint64 group : request.groupIds)
        cis += groupMembers.value(group);
    std::ranges::sort(cis);
    cis.erase(std::unique(cis.begin(), cis.end()), cis.end());
    return cis;
}

QStringList CalendarRepository::servicesOf(const ScheduledItem &item, const CalendarData &data,
                                           DependencyGraph::Reach &reach)
{
    QStringList services;
    for (const qint64 ci : item.ciIds) {
        if (data.serviceIds.contains(ci))
            services << data.ciNames.value(ci);
        for (const qint64 dependent : reach.dependents(ci)) {
            if (data.serviceIds.contains(dependent))
                services << data.ciNames.value(dependent);
        }
    }
    services.removeDuplicates();
    std::ranges::sort(services,
                      [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    return services;
}

QList<ScheduledItem> CalendarRepository::itemsOf(const ChangeRequest &request,
                                                 const QHash<qint64, QList<qint64>> &groupMembers)
{
    ScheduledItem whole;
    whole.changeId = request.id;
    whole.title = request.title;
    whole.state = request.state;
    whole.priority = request.priority;
    whole.type = request.type;
    whole.downtimeMinutes = request.expectedDowntimeMinutes.value_or(-1);
    whole.needsRestart = request.needsRestart;
    whole.ciIds = cisOf(request, groupMembers);
    whole.groupIds = request.groupIds;
    std::ranges::sort(whole.groupIds);
    whole.implementerIds = request.implementerIds;
    std::ranges::sort(whole.implementerIds);
    QList<ScheduledItem> items;
    for (qsizetype i = 0; i < request.waves.size(); ++i) {
        const RolloutWave &wave = request.waves.at(i);
        const TimeSpan span {wave.plannedStart, wave.plannedEnd};
        if (!span.isValid())
            continue;
        ScheduledItem item = whole;
        item.wave = int(i);
        item.title = tr("%1 – %2").arg(request.title, wave.name);
        item.span = span;
        if (wave.groupId) {
            item.ciIds = groupMembers.value(*wave.groupId);
            std::ranges::sort(item.ciIds);
            item.groupIds = {*wave.groupId};
        }
        items << item;
    }
    whole.span = {request.plannedStart, request.plannedEnd};
    if (items.isEmpty() && whole.span.isValid())
        items << whole;
    return items;
}

Result<CalendarData> CalendarRepository::load(const QDateTime &from, const QDateTime &to,
                                              const WorkflowDefinition &definition) const
{
    const Dialect &d = m_db.dialect();
    CalendarData data;

    // Which requests: planned, not ended, overlapping the range.
    QString where
        = u"r.planned_start IS NOT NULL AND r.planned_end IS NOT NULL AND r.planned_end > r.planned_start"_s;
    QVariantList params;
    QStringList finals;
    for (const WorkflowState &state : definition.states()) {
        if (state.final) {
            finals << u"?"_s;
            params << state.id;
        }
    }
    if (!finals.isEmpty())
        where += u" AND r.state NOT IN (%1)"_s.arg(finals.join(u", "_s));
    if (to.isValid()) {
        where += u" AND r.planned_start < ?"_s;
        params << d.toDb(to.toUTC());
    }
    if (from.isValid()) {
        where += u" AND r.planned_end > ?"_s;
        params << d.toDb(from.toUTC());
    }

    // The requests with their parts, as far as the calendar needs them.
    QHash<qint64, ChangeRequest> planned;
    QList<qint64> order;
    auto rows = m_db.exec(
        u"SELECT r.id, r.title, r.state, r.priority, r.change_type, r.planned_start, r.planned_end, "
        "r.expected_downtime, r.needs_restart FROM change_request r WHERE %1 "
        "ORDER BY r.planned_start, r.id"_s.arg(where),
        params, tr("reading the scheduled changes"));
    if (!rows)
        return fail(rows.error());
    while (rows->next()) {
        ChangeRequest r;
        r.id = rows->value(0).toLongLong();
        r.title = rows->value(1).toString();
        r.state = rows->value(2).toString();
        r.priority = rows->value(3).toString();
        r.type = rows->value(4).toString();
        r.plannedStart = d.dateTimeFromDb(rows->value(5));
        r.plannedEnd = d.dateTimeFromDb(rows->value(6));
        if (!rows->value(7).isNull())
            r.expectedDowntimeMinutes = rows->value(7).toInt();
        r.needsRestart = rows->value(8).toBool();
        order << r.id;
        planned.insert(r.id, r);
    }
    const auto eachPart = [&](const QString &sql, const QString &what, auto &&take) -> Status {
        auto parts = m_db.exec(sql.arg(where), params, what);
        if (!parts)
            return fail(parts.error());
        while (parts->next()) {
            const auto found = planned.find(parts->value(0).toLongLong());
            if (found != planned.end())
                take(*found, *parts);
        }
        return {};
    };
    if (auto read = eachPart(
            u"SELECT c.change_id, c.ci_id FROM change_ci c JOIN change_request r ON r.id = c.change_id "
            "WHERE %1"_s,
            tr("reading the CIs of the scheduled changes"),
            [](ChangeRequest &r, const QSqlQuery &q) { r.ciIds << q.value(1).toLongLong(); });
        !read)
        return fail(read.error());
    if (auto read
        = eachPart(u"SELECT c.change_id, c.group_id FROM change_group c JOIN change_request r ON r.id = "
                   "c.change_id WHERE %1"_s,
                   tr("reading the groups of the scheduled changes"),
                   [](ChangeRequest &r, const QSqlQuery &q) { r.groupIds << q.value(1).toLongLong(); });
        !read)
        return fail(read.error());
    if (auto read
        = eachPart(u"SELECT c.change_id, c.person_id FROM change_implementer c JOIN change_request r ON r.id "
                   "= c.change_id WHERE %1"_s,
                   tr("reading the implementers of the scheduled changes"),
                   [](ChangeRequest &r, const QSqlQuery &q) { r.implementerIds << q.value(1).toLongLong(); });
        !read)
        return fail(read.error());
    // Every wave, in order, so that a wave's index is its position.
    if (auto read
        = eachPart(u"SELECT w.change_id, w.position, w.name, w.group_id, w.planned_start, w.planned_end "
                   "FROM change_wave w JOIN change_request r ON r.id = w.change_id WHERE %1 "
                   "ORDER BY w.change_id, w.position"_s,
                   tr("reading the rollout waves of the scheduled changes"),
                   [&](ChangeRequest &r, const QSqlQuery &q) {
                       RolloutWave wave;
                       wave.name = q.value(2).toString();
                       wave.groupId = optionalId(q.value(3));
                       wave.plannedStart = d.dateTimeFromDb(q.value(4));
                       wave.plannedEnd = d.dateTimeFromDb(q.value(5));
                       r.waves << wave;
                   });
        !read)
        return fail(read.error());

    // Windows, freezes and the groups everything names.
    auto windows = this->windows();
    if (!windows)
        return fail(windows.error());
    data.windows = *windows;
    auto freezes = this->freezes();
    if (!freezes)
        return fail(freezes.error());
    data.freezes = *freezes;
    // Every group's members: windows, freezes and requests name groups, and the timeline's rows
    // are the groups of a request's CIs.
    const GroupRepository groupRepository(m_db, m_clock);
    auto groups = groupRepository.list();
    if (!groups)
        return fail(groups.error());
    for (const CiGroup &group : std::as_const(*groups)) {
        data.groupNames.insert(group.id, group.name);
        auto members = groupRepository.memberIds(group);
        if (!members)
            return fail(members.error());
        data.groupMembers.insert(group.id, *members);
    }

    for (const qint64 id : std::as_const(order))
        data.items += itemsOf(planned.value(id), data.groupMembers);

    // The dependency relations and the names the reasons use.
    auto relations = m_db.exec(u"SELECT source_id, target_id, relation_type FROM ci_relation"_s, {},
                               tr("reading the CMDB's relations"));
    if (!relations)
        return fail(relations.error());
    while (relations->next()) {
        if (const auto type = CmdbNames::relationType(relations->value(2).toString()))
            data.graph.addRelation(relations->value(0).toLongLong(), relations->value(1).toLongLong(), *type);
    }
    auto names = m_db.exec(u"SELECT id, name, ci_class FROM configuration_item"_s, {},
                           tr("reading the names of the CIs"));
    if (!names)
        return fail(names.error());
    while (names->next()) {
        const qint64 id = names->value(0).toLongLong();
        data.ciNames.insert(id, names->value(1).toString());
        const QString ciClass = names->value(2).toString();
        if (ciClass == u"service" || ciClass == u"application")
            data.serviceIds.insert(id);
    }
    auto people = m_db.exec(u"SELECT id, display_name FROM person"_s, {}, tr("reading the names of people"));
    if (!people)
        return fail(people.error());
    while (people->next())
        data.personNames.insert(people->value(0).toLongLong(), people->value(1).toString());
    return data;
}

} // namespace ChangeDesk
