#include "downtimenotice.h"

#include "calendar/calendarrepository.h"
#include "change/changeservice.h"
#include "cmdb/grouprepository.h"
#include "cmdb/impact.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QLocale>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {

QString placeholders(qsizetype count)
{
    return QStringList(count, u"?"_s).join(u", "_s);
}

QVariantList idParams(const QSet<qint64> &ids)
{
    QVariantList params;
    for (const qint64 id : ids)
        params << id;
    return params;
}

// Everything about CIs, people and units one notice needs, read in a few statements.
class NoticeBuilder
{
public:
    explicit NoticeBuilder(const Database &db)
        : m_db(db)
    { }

    Result<DowntimeNotice> build(const ChangeRequest &request, int wave, const QList<qint64> &ciIds,
                                 const TimeSpan &span);

private:
    struct CiRow {
        QString name;
        QString ciClass;
        std::optional<qint64> owner;
        std::optional<qint64> unit;
    };
    Status readCis(const QSet<qint64> &ids);
    Status readPeople(const QSet<qint64> &ids);
    Status readUnits();

    const Database &m_db;
    QHash<qint64, CiRow> m_cis;
    QHash<qint64, QList<std::pair<QString, qint64>>> m_responsible; // CI -> (role, person)
    QHash<qint64, NoticeContact> m_people;
    QHash<qint64, std::optional<qint64>> m_personUnit;
    QHash<qint64, QString> m_units;
    bool m_unitsRead = false;
};

Status NoticeBuilder::readCis(const QSet<qint64> &wanted)
{
    QSet<qint64> ids;
    for (const qint64 id : wanted) {
        if (!m_cis.contains(id))
            ids.insert(id);
    }
    if (ids.isEmpty())
        return {};
    auto rows = m_db.exec(
        u"SELECT id, name, ci_class, owner_id, org_unit_id FROM configuration_item WHERE id IN (%1)"_s.arg(
            placeholders(ids.size())),
        idParams(ids), DowntimeNotices::tr("reading the affected configuration items"));
    if (!rows)
        return fail(rows.error());
    while (rows->next()) {
        m_cis.insert(
            rows->value(0).toLongLong(),
            {rows->value(1).toString(), rows->value(2).toString(),
             rows->value(3).isNull() ? std::nullopt : std::optional<qint64>(rows->value(3).toLongLong()),
             rows->value(4).isNull() ? std::nullopt : std::optional<qint64>(rows->value(4).toLongLong())});
    }
    auto responsible
        = m_db.exec(u"SELECT ci_id, role, person_id FROM ci_responsibility WHERE ci_id IN (%1)"_s.arg(
                        placeholders(ids.size())),
                    idParams(ids), DowntimeNotices::tr("reading who is responsible for the CIs"));
    if (!responsible)
        return fail(responsible.error());
    while (responsible->next())
        m_responsible[responsible->value(0).toLongLong()].append(
            {responsible->value(1).toString(), responsible->value(2).toLongLong()});
    return {};
}

Status NoticeBuilder::readUnits()
{
    if (m_unitsRead)
        return {};
    auto rows
        = m_db.exec(u"SELECT id, name FROM org_unit"_s, {}, DowntimeNotices::tr("reading the departments"));
    if (!rows)
        return fail(rows.error());
    while (rows->next())
        m_units.insert(rows->value(0).toLongLong(), rows->value(1).toString());
    m_unitsRead = true;
    return {};
}

Status NoticeBuilder::readPeople(const QSet<qint64> &wanted)
{
    QSet<qint64> ids;
    for (const qint64 id : wanted) {
        if (!m_people.contains(id))
            ids.insert(id);
    }
    if (ids.isEmpty())
        return {};
    auto rows
        = m_db.exec(u"SELECT id, display_name, email, phone, org_unit_id FROM person WHERE id IN (%1)"_s.arg(
                        placeholders(ids.size())),
                    idParams(ids), DowntimeNotices::tr("reading the contacts"));
    if (!rows)
        return fail(rows.error());
    while (rows->next()) {
        const qint64 id = rows->value(0).toLongLong();
        NoticeContact contact;
        contact.name = rows->value(1).toString();
        contact.email = rows->value(2).toString();
        contact.phone = rows->value(3).toString();
        m_people.insert(id, contact);
        m_personUnit.insert(
            id, rows->value(4).isNull() ? std::nullopt : std::optional<qint64>(rows->value(4).toLongLong()));
    }
    return {};
}

Result<DowntimeNotice> NoticeBuilder::build(const ChangeRequest &request, int wave,
                                            const QList<qint64> &ciIds, const TimeSpan &span)
{
    DowntimeNotice notice;
    notice.changeId = request.id;
    notice.wave = wave;
    notice.title = wave >= 0 ? DowntimeNotices::tr("%1 – %2").arg(request.title, request.waves.at(wave).name)
                             : request.title;
    notice.state = request.state;
    notice.authorized = request.authorizedAt.isValid();
    notice.priority = request.priority;
    notice.type = request.type;
    notice.description = request.description;
    notice.impact = request.impact;
    notice.span = span;
    notice.downtimeMinutes = request.expectedDowntimeMinutes.value_or(-1);
    notice.needsRestart = request.needsRestart;

    // What depends on the changed CIs stops with them.
    QSet<qint64> affected(ciIds.cbegin(), ciIds.cend());
    QSet<qint64> reached = affected;
    for (const qint64 ci : ciIds) {
        auto graph = ImpactAnalysis::loadDependentsOf(m_db, ci);
        if (!graph)
            return fail(graph.error());
        for (const qint64 dependent : graph->dependentIds(ci))
            reached.insert(dependent);
    }
    if (auto read = readCis(reached); !read)
        return fail(read.error());
    if (auto read = readUnits(); !read)
        return fail(read.error());

    QSet<qint64> unitIds;
    std::map<qint64, QStringList> roles; // person -> what they are contacted for
    const auto concerned = [&](qint64 ci) {
        const CiRow row = m_cis.value(ci);
        if (row.unit)
            unitIds.insert(*row.unit);
        if (row.owner)
            roles[*row.owner] << DowntimeNotices::tr("owner of %1").arg(row.name);
        for (const auto &[role, person] : m_responsible.value(ci))
            roles[person] << DowntimeNotices::tr("%1 of %2").arg(role, row.name);
    };
    for (const qint64 ci : affected) {
        notice.affected << m_cis.value(ci).name;
        concerned(ci);
    }
    for (const qint64 ci : reached) {
        const CiRow row = m_cis.value(ci);
        if (row.ciClass == u"service" || row.ciClass == u"application") {
            notice.services << row.name;
            if (!affected.contains(ci))
                concerned(ci);
        }
    }
    if (request.departmentId)
        unitIds.insert(*request.departmentId);
    roles[request.applicantId] << DowntimeNotices::tr("applicant");
    for (const qint64 person : request.implementerIds)
        roles[person] << DowntimeNotices::tr("implementer");
    QSet<qint64> people;
    for (const auto &[person, what] : roles)
        people.insert(person);
    if (auto read = readPeople(people); !read)
        return fail(read.error());
    for (const auto &[person, what] : roles) {
        NoticeContact contact = m_people.value(person);
        if (contact.name.isEmpty())
            continue;
        contact.roles = what;
        contact.roles.removeDuplicates();
        if (const auto unit = m_personUnit.value(person))
            contact.unit = m_units.value(*unit);
        notice.contacts << contact;
    }
    for (const qint64 unit : std::as_const(unitIds))
        notice.departments << m_units.value(unit);
    const auto sortText = [](QStringList &list) {
        list.removeAll(QString());
        list.removeDuplicates();
        std::ranges::sort(list,
                          [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    };
    sortText(notice.affected);
    sortText(notice.services);
    sortText(notice.departments);
    std::ranges::sort(notice.contacts, [](const NoticeContact &a, const NoticeContact &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return notice;
}

Result<QList<DowntimeNotice>> noticesOf(const Database &db, NoticeBuilder &builder,
                                        const ChangeRequest &request)
{
    // The members of the groups the request and its waves name.
    QSet<qint64> named(request.groupIds.cbegin(), request.groupIds.cend());
    for (const RolloutWave &wave : request.waves) {
        if (wave.groupId)
            named.insert(*wave.groupId);
    }
    QHash<qint64, QList<qint64>> members;
    if (!named.isEmpty()) {
        const GroupRepository groups(db);
        auto allGroups = groups.list();
        if (!allGroups)
            return fail(allGroups.error());
        for (const CiGroup &group : std::as_const(*allGroups)) {
            if (!named.contains(group.id))
                continue;
            auto ids = groups.memberIds(group);
            if (!ids)
                return fail(ids.error());
            members.insert(group.id, *ids);
        }
    }
    const QList<ScheduledItem> items = CalendarRepository::itemsOf(request, members);
    if (items.isEmpty())
        return fail(ErrorKind::InvalidInput,
                    DowntimeNotices::tr(
                        "Request for change #%1 has no planned start and end: there is no downtime to "
                        "announce yet.")
                        .arg(request.id));
    QList<DowntimeNotice> notices;
    for (const ScheduledItem &item : items) {
        auto notice = builder.build(request, item.wave, item.ciIds, item.span);
        if (!notice)
            return fail(notice.error());
        notices << *notice;
    }
    return notices;
}

} // namespace

Result<QList<DowntimeNotice>> DowntimeNotices::forChange(const Database &db, qint64 changeId)
{
    auto request = ChangeService(db).get(changeId);
    if (!request)
        return fail(request.error());
    NoticeBuilder builder(db);
    return noticesOf(db, builder, *request);
}

Result<QList<DowntimeNotice>> DowntimeNotices::forward(const Database &db, const QDateTime &from,
                                                       const QDateTime &to,
                                                       const WorkflowDefinition &definition)
{
    QStringList finals;
    QVariantList params;
    for (const WorkflowState &state : definition.states()) {
        if (state.final) {
            finals << u"?"_s;
            params << state.id;
        }
    }
    params << db.dialect().toDb(to.toUTC()) << db.dialect().toDb(from.toUTC());
    auto rows = db.exec(
        u"SELECT id FROM change_request WHERE planned_start IS NOT NULL AND planned_end IS NOT NULL "
        "AND planned_end > planned_start%1 AND planned_start < ? AND planned_end > ? "
        "ORDER BY planned_start, id"_s.arg(
            finals.isEmpty() ? QString() : u" AND state NOT IN (%1)"_s.arg(finals.join(u", "_s))),
        params, tr("reading the forward schedule"));
    if (!rows)
        return fail(rows.error());
    QList<qint64> ids;
    while (rows->next())
        ids << rows->value(0).toLongLong();
    const ChangeService service(db, definition);
    NoticeBuilder builder(db);
    QList<DowntimeNotice> notices;
    for (const qint64 id : std::as_const(ids)) {
        auto request = service.get(id);
        if (!request)
            return fail(request.error());
        auto some = noticesOf(db, builder, *request);
        if (!some)
            return fail(some.error());
        for (const DowntimeNotice &notice : std::as_const(*some)) {
            if (notice.span.overlaps({from, to}))
                notices << notice;
        }
    }
    std::ranges::stable_sort(notices, [](const DowntimeNotice &a, const DowntimeNotice &b) {
        return a.span.start < b.span.start;
    });
    return notices;
}

QJsonObject DowntimeNotices::toJson(const DowntimeNotice &n)
{
    QJsonArray contacts;
    for (const NoticeContact &c : n.contacts)
        contacts.append(QJsonObject {{u"name"_s, c.name},
                                     {u"email"_s, c.email},
                                     {u"phone"_s, c.phone},
                                     {u"unit"_s, c.unit},
                                     {u"roles"_s, QJsonArray::fromStringList(c.roles)}});
    QJsonObject json {
        {u"change"_s, n.changeId},
        {u"title"_s, n.title},
        {u"state"_s, n.state},
        {u"authorized"_s, n.authorized},
        {u"priority"_s, n.priority},
        {u"start"_s, n.span.start.toUTC().toString(Qt::ISODate)},
        {u"end"_s, n.span.end.toUTC().toString(Qt::ISODate)},
        {u"downtime_minutes"_s, n.downtimeMinutes >= 0 ? QJsonValue(n.downtimeMinutes) : QJsonValue()},
        {u"needs_restart"_s, n.needsRestart},
        {u"affected"_s, QJsonArray::fromStringList(n.affected)},
        {u"services"_s, QJsonArray::fromStringList(n.services)},
        {u"departments"_s, QJsonArray::fromStringList(n.departments)},
        {u"contacts"_s, contacts},
    };
    if (n.wave >= 0)
        json.insert(u"wave"_s, n.wave + 1);
    return json;
}

QString DowntimeNotices::timeText(const QDateTime &when)
{
    const QLocale locale;
    const QDateTime local = when.toLocalTime();
    return tr("%1, %2 %3", "date, time, time zone")
        .arg(locale.toString(local.date(), QLocale::LongFormat),
             locale.toString(local.time(), QLocale::ShortFormat), local.timeZoneAbbreviation());
}

QString DowntimeNotices::text(const DowntimeNotice &n)
{
    const auto when = &DowntimeNotices::timeText;
    QStringList lines;
    lines << tr("Announcement of a change: #%1 %2").arg(n.changeId).arg(n.title);
    lines << tr("When: %1 to %2").arg(when(n.span.start), when(n.span.end));
    if (n.downtimeMinutes > 0)
        lines << tr("Expected downtime: %n minute(s)", nullptr, n.downtimeMinutes);
    else if (n.downtimeMinutes == 0)
        lines << tr("Expected downtime: none");
    else
        lines << tr("Expected downtime: not yet known; plan for the whole period");
    if (n.needsRestart)
        lines << tr("The systems are restarted.");
    if (!n.description.isEmpty())
        lines << tr("What: %1").arg(n.description);
    if (!n.impact.isEmpty())
        lines << tr("Impact: %1").arg(n.impact);
    lines << tr("Configuration items changed: %1")
                 .arg(n.affected.isEmpty() ? tr("none named") : n.affected.join(u", "_s));
    lines << tr("Services affected: %1")
                 .arg(n.services.isEmpty() ? tr("none known") : n.services.join(u", "_s));
    lines << tr("Departments affected: %1")
                 .arg(n.departments.isEmpty() ? tr("none known") : n.departments.join(u", "_s));
    if (!n.contacts.isEmpty()) {
        lines << tr("Contacts:");
        for (const NoticeContact &c : n.contacts) {
            QStringList reach;
            for (const QString &part : {c.email, c.phone, c.unit}) {
                if (!part.isEmpty())
                    reach << part;
            }
            lines << u"  %1 (%2)%3"_s.arg(c.name, c.roles.join(u", "_s),
                                          reach.isEmpty() ? QString() : u": "_s + reach.join(u", "_s));
        }
    }
    return lines.join(u'\n');
}

} // namespace ChangeDesk
