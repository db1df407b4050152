#include "grouprepository.h"

#include "cmdb/cirepository.h"
#include "cmdb/groupexpression.h"
#include "storage/database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {
QString kindKey(CiGroup::Kind kind)
{
    return kind == CiGroup::Kind::Static ? u"static"_s : u"dynamic"_s;
}

QString groupLabel(const CiGroup &group)
{
    return GroupRepository::tr("Group '%1'").arg(group.name);
}
} // namespace

GroupRepository::GroupRepository(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Status GroupRepository::validate(const CiGroup &group) const
{
    if (group.name.trimmed().isEmpty() || group.name != group.name.trimmed())
        return fail(ErrorKind::InvalidInput, tr("A group needs a name without spaces at either end."));
    if (group.kind == CiGroup::Kind::Static) {
        if (!group.expression.isEmpty())
            return fail(ErrorKind::InvalidInput,
                        tr("Group '%1' lists its members; only a dynamic group has an expression.").arg(group.name));
        return {};
    }
    if (group.expression.trimmed().isEmpty())
        return fail(ErrorKind::InvalidInput, tr("Dynamic group '%1' needs an expression.").arg(group.name));
    if (auto parsed = GroupExpression::parse(group.expression); !parsed)
        return fail(ErrorKind::InvalidInput,
                    tr("The expression of group '%1' is not valid: %2").arg(group.name, parsed.error().message));
    return {};
}

Result<CiGroup> GroupRepository::add(CiGroup group) const
{
    if (auto valid = validate(group); !valid)
        return fail(valid.error());
    return m_db.write([&]() -> Result<CiGroup> {
        auto existing = byName(group.name);
        if (!existing)
            return fail(existing.error());
        if (*existing)
            return fail(ErrorKind::InvalidInput, tr("A group named '%1' already exists.").arg(group.name));
        const QVariant now = m_db.dialect().toDb(m_clock.now());
        auto inserted = m_db.exec(u"INSERT INTO ci_group (name, kind, expression, description, row_version, "
                                  "created_at, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?) RETURNING id"_s,
                                  {group.name, kindKey(group.kind), group.expression.isNull() ? u""_s : group.expression,
                                   group.description.isNull() ? u""_s : group.description, now, now},
                                  tr("adding group '%1'").arg(group.name));
        if (!inserted)
            return fail(inserted.error());
        inserted->next();
        group.id = inserted->value(0).toLongLong();
        group.rowVersion = 1;
        return group;
    });
}

Status GroupRepository::update(CiGroup &group) const
{
    if (auto valid = validate(group); !valid)
        return valid;
    auto saved = m_db.write([&]() -> Status {
        return m_db.execGuarded(u"UPDATE ci_group SET name = ?, kind = ?, expression = ?, description = ?, "
                                "updated_at = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?"_s,
                                {group.name, kindKey(group.kind), group.expression.isNull() ? u""_s : group.expression,
                                 group.description.isNull() ? u""_s : group.description,
                                 m_db.dialect().toDb(m_clock.now()), group.id, group.rowVersion},
                                RecordRef{u"ci_group"_s, group.id, groupLabel(group), group.rowVersion});
    });
    if (saved)
        ++group.rowVersion;
    return saved;
}

Status GroupRepository::remove(const CiGroup &group) const
{
    return m_db.write([&]() -> Status {
        return m_db.execGuarded(u"DELETE FROM ci_group WHERE id = ? AND row_version = ?"_s, {group.id, group.rowVersion},
                                RecordRef{u"ci_group"_s, group.id, groupLabel(group), group.rowVersion});
    });
}

Result<QList<CiGroup>> GroupRepository::list() const
{
    auto rows = m_db.exec(u"SELECT id, name, kind, expression, description, row_version FROM ci_group ORDER BY name"_s,
                          {}, tr("reading groups"));
    if (!rows)
        return fail(rows.error());
    QList<CiGroup> groups;
    while (rows->next()) {
        groups.append({rows->value(0).toLongLong(), rows->value(1).toString(),
                       rows->value(2).toString() == u"dynamic" ? CiGroup::Kind::Dynamic : CiGroup::Kind::Static,
                       rows->value(3).toString(), rows->value(4).toString(), rows->value(5).toInt()});
    }
    return groups;
}

Result<std::optional<CiGroup>> GroupRepository::byName(const QString &name) const
{
    auto groups = list();
    if (!groups)
        return fail(groups.error());
    for (const CiGroup &group : std::as_const(*groups)) {
        if (group.name == name)
            return std::optional<CiGroup>(group);
    }
    return std::optional<CiGroup>();
}

Status GroupRepository::addMembers(const CiGroup &group, const QList<qint64> &ciIds) const
{
    if (group.kind != CiGroup::Kind::Static)
        return fail(ErrorKind::InvalidInput,
                    tr("Group '%1' is dynamic: its members follow from its expression.").arg(group.name));
    return m_db.write([&]() -> Status {
        for (qint64 id : ciIds) {
            auto added = m_db.exec(u"INSERT INTO ci_group_member (group_id, ci_id) VALUES (?, ?) ON CONFLICT DO NOTHING"_s,
                                   {group.id, id}, tr("adding members to group '%1'").arg(group.name));
            if (!added)
                return fail(added.error());
        }
        return {};
    });
}

Status GroupRepository::removeMembers(const CiGroup &group, const QList<qint64> &ciIds) const
{
    return m_db.write([&]() -> Status {
        for (qint64 id : ciIds) {
            auto removed = m_db.exec(u"DELETE FROM ci_group_member WHERE group_id = ? AND ci_id = ?"_s, {group.id, id},
                                     tr("removing members from group '%1'").arg(group.name));
            if (!removed)
                return fail(removed.error());
        }
        return {};
    });
}

Result<QList<ConfigurationItem>> GroupRepository::members(const CiGroup &group) const
{
    const CiRepository cis(m_db, {}, m_clock);
    if (group.kind == CiGroup::Kind::Static)
        return cis.list(u"ci.id IN (SELECT ci_id FROM ci_group_member WHERE group_id = ?)"_s, {group.id});
    auto expression = GroupExpression::parse(group.expression);
    if (!expression)
        return fail(ErrorKind::InvalidInput,
                    tr("The expression of group '%1' is not valid: %2").arg(group.name, expression.error().message));
    const GroupExpression::SqlFilter filter = expression->toSql(m_db.dialect(), m_clock);
    return cis.list(filter.where, filter.params);
}

Result<QList<qint64>> GroupRepository::memberIds(const CiGroup &group) const
{
    QString sql = u"SELECT ci_id FROM ci_group_member WHERE group_id = ? ORDER BY ci_id"_s;
    QVariantList params {group.id};
    if (group.kind == CiGroup::Kind::Dynamic) {
        auto expression = GroupExpression::parse(group.expression);
        if (!expression)
            return fail(ErrorKind::InvalidInput, tr("The expression of group '%1' is not valid: %2")
                                                     .arg(group.name, expression.error().message));
        const GroupExpression::SqlFilter filter = expression->toSql(m_db.dialect(), m_clock);
        sql = u"SELECT ci.id FROM configuration_item ci WHERE %1 ORDER BY ci.id"_s.arg(filter.where);
        params = filter.params;
    }
    auto rows = m_db.exec(sql, params, tr("reading the members of group '%1'").arg(group.name));
    if (!rows)
        return fail(rows.error());
    QList<qint64> ids;
    while (rows->next())
        ids << rows->value(0).toLongLong();
    return ids;
}

} // namespace ChangeDesk
