#include "cirepository.h"

#include "storage/database.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {

const QString kColumns =
    u"ci.id, ci.name, ci.ci_class, ci.description, ci.owner_id, ci.org_unit_id, ci.site, ci.lifecycle, "
    "ci.platform, ci.platform_version, ci.firmware_version, ci.confidentiality, ci.integrity, "
    "ci.availability, ci.mobile, ci.last_seen, ci.update_source, ci.update_mode, ci.reboot_handling, "
    "ci.update_data_sent, ci.row_version, ci.created_at, ci.updated_at"_s;

// The columns a user's edit writes, in the order of CiRepository::columnValues().
const QStringList kWritable = {u"name"_s, u"ci_class"_s, u"description"_s, u"owner_id"_s, u"org_unit_id"_s,
                               u"site"_s, u"lifecycle"_s, u"platform"_s, u"platform_version"_s,
                               u"firmware_version"_s, u"confidentiality"_s, u"integrity"_s, u"availability"_s,
                               u"mobile"_s, u"last_seen"_s, u"update_source"_s, u"update_mode"_s,
                               u"reboot_handling"_s, u"update_data_sent"_s};

QString ciLabel(const ConfigurationItem &ci)
{
    return CiRepository::tr("Configuration item '%1'").arg(ci.name);
}

// The CI as field → text, the vocabulary of the history and of differences().
QMap<QString, QString> flatten(const ConfigurationItem &ci)
{
    auto id = [](const std::optional<qint64> &value) { return value ? QString::number(*value) : QString(); };
    QMap<QString, QString> fields{
        {u"name"_s, ci.name},
        {u"class"_s, CmdbNames::key(ci.ciClass)},
        {u"description"_s, ci.description},
        {u"owner"_s, id(ci.ownerId)},
        {u"unit"_s, id(ci.orgUnitId)},
        {u"site"_s, ci.site},
        {u"lifecycle"_s, CmdbNames::key(ci.lifecycle)},
        {u"platform"_s, ci.platform},
        {u"platform_version"_s, ci.platformVersion},
        {u"firmware"_s, ci.firmwareVersion},
        {u"confidentiality"_s, CmdbNames::key(ci.protection.confidentiality)},
        {u"integrity"_s, CmdbNames::key(ci.protection.integrity)},
        {u"availability"_s, CmdbNames::key(ci.protection.availability)},
        {u"mobile"_s, ci.mobile ? u"true"_s : u"false"_s},
        {u"last_seen"_s, ci.lastSeen.isValid() ? ci.lastSeen.toUTC().toString(Qt::ISODate) : QString()},
        {u"update_source"_s, CmdbNames::key(ci.update.source)},
        {u"update_mode"_s, CmdbNames::key(ci.update.mode)},
        {u"reboot"_s, CmdbNames::key(ci.update.reboot)},
        {u"update_data_sent"_s, ci.update.dataSentToVendor},
    };
    for (auto it = ci.attributes.cbegin(); it != ci.attributes.cend(); ++it)
        fields.insert(u"attr."_s + it.key(), it.value());
    QMap<QString, QStringList> roles;
    for (const Responsibility &r : ci.responsibilities)
        roles[r.role] << QString::number(r.personId);
    for (auto it = roles.begin(); it != roles.end(); ++it) {
        it->sort();
        fields.insert(u"responsible."_s + it.key(), it->join(u','));
    }
    return fields;
}

} // namespace

CiRepository::CiRepository(const Database &db, QString actor, const Clock &clock)
    : m_db(db)
    , m_actor(std::move(actor))
    , m_clock(clock)
{
}

const QStringList &CiRepository::writableColumns()
{
    return kWritable;
}

QVariantList CiRepository::columnValues(const ConfigurationItem &ci, const Dialect &d)
{
    return {ci.name, CmdbNames::key(ci.ciClass), sqlText(ci.description), sqlId(ci.ownerId), sqlId(ci.orgUnitId),
            sqlText(ci.site), CmdbNames::key(ci.lifecycle), sqlText(ci.platform), sqlText(ci.platformVersion),
            sqlText(ci.firmwareVersion), int(ci.protection.confidentiality), int(ci.protection.integrity),
            int(ci.protection.availability), d.toDb(ci.mobile), d.toDb(ci.lastSeen), CmdbNames::key(ci.update.source),
            CmdbNames::key(ci.update.mode), CmdbNames::key(ci.update.reboot), sqlText(ci.update.dataSentToVendor)};
}

Status CiRepository::validate(const ConfigurationItem &ci)
{
    static const QRegularExpression attributeName(u"^[A-Za-z][A-Za-z0-9_.-]{0,63}$"_s);
    // Checked for every record of an import, hence no regular expression.
    const auto hasControlCharacter = [](QStringView text) {
        return std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
    };
    const QStringView name(ci.name);
    if (name.trimmed().isEmpty())
        return fail(ErrorKind::InvalidInput, tr("A configuration item needs a name."));
    if (name.size() != name.trimmed().size() || hasControlCharacter(name) || name.size() > 255)
        return fail(ErrorKind::InvalidInput,
                    tr("The name '%1' is not valid: at most 255 characters, no control characters and "
                       "no spaces at either end.")
                        .arg(ci.name));
    for (auto it = ci.attributes.cbegin(); it != ci.attributes.cend(); ++it) {
        if (!attributeName.match(it.key()).hasMatch())
            return fail(ErrorKind::InvalidInput,
                        tr("Attribute name '%1' of '%2' is not valid: use up to 64 letters, digits, '_', "
                           "'.' or '-', starting with a letter.")
                            .arg(it.key(), ci.name));
    }
    for (const Responsibility &r : ci.responsibilities) {
        if (!attributeName.match(r.role).hasMatch() || r.personId <= 0)
            return fail(ErrorKind::InvalidInput,
                        tr("Responsibility '%1' of '%2' needs a role name and a person.").arg(r.role, ci.name));
    }
    return {};
}

QList<std::array<QString, 3>> CiRepository::differences(const ConfigurationItem &before,
                                                        const ConfigurationItem &after)
{
    const QMap<QString, QString> a = flatten(before);
    const QMap<QString, QString> b = flatten(after);
    QList<std::array<QString, 3>> changes;
    QStringList keys = a.keys() + b.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        const QString oldValue = a.value(key);
        const QString newValue = b.value(key);
        if (oldValue != newValue)
            changes.append({key, oldValue, newValue});
    }
    return changes;
}

Status CiRepository::record(qint64 ciId, const QString &ciName, const QString &action, const QString &field,
                            const QString &oldValue, const QString &newValue) const
{
    auto written = m_db.exec(u"INSERT INTO ci_history (ci_id, ci_name, changed_at, changed_by, action, field, "
                             "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                             {ciId, ciName, m_db.dialect().toDb(m_clock.now()), m_actor, action, sqlText(field),
                              sqlText(oldValue), sqlText(newValue)},
                             tr("recording the history of '%1'").arg(ciName));
    if (!written)
        return fail(written.error());
    return {};
}

Status CiRepository::recordHistory(qint64 ciId, const QString &ciName, const QString &action, const QString &field,
                                   const QString &oldValue, const QString &newValue) const
{
    return record(ciId, ciName, action, field, oldValue, newValue);
}

Status CiRepository::writeDetails(const ConfigurationItem &ci) const
{
    const QString what = tr("saving the details of '%1'").arg(ci.name);
    for (const QString &table : {u"ci_attribute"_s, u"ci_responsibility"_s}) {
        if (auto cleared = m_db.exec(u"DELETE FROM %1 WHERE ci_id = ?"_s.arg(table), {ci.id}, what); !cleared)
            return fail(cleared.error());
    }
    for (auto it = ci.attributes.cbegin(); it != ci.attributes.cend(); ++it) {
        if (auto added = m_db.exec(u"INSERT INTO ci_attribute (ci_id, name, value) VALUES (?, ?, ?)"_s,
                                   {ci.id, it.key(), sqlText(it.value())}, what);
            !added)
            return fail(added.error());
    }
    for (const Responsibility &r : ci.responsibilities) {
        if (auto added = m_db.exec(u"INSERT INTO ci_responsibility (ci_id, role, person_id) VALUES (?, ?, ?)"_s,
                                   {ci.id, r.role, r.personId}, what);
            !added)
            return fail(added.error());
    }
    return {};
}

Result<ConfigurationItem> CiRepository::add(ConfigurationItem ci) const
{
    if (auto valid = validate(ci); !valid)
        return fail(valid.error());
    return m_db.write([&]() -> Result<ConfigurationItem> {
        auto existing = byName(ci.name);
        if (!existing)
            return fail(existing.error());
        if (*existing)
            return fail(ErrorKind::InvalidInput,
                        tr("A configuration item named '%1' already exists.").arg(ci.name));
        const Dialect &d = m_db.dialect();
        const QDateTime now = m_clock.now();
        QStringList marks(kWritable.size(), u"?"_s);
        auto inserted = m_db.exec(
            u"INSERT INTO configuration_item (%1, row_version, created_at, updated_at) VALUES (%2, 1, ?, ?) "
            "RETURNING id"_s.arg(kWritable.join(u", "_s), marks.join(u", "_s)),
            columnValues(ci, d) + QVariantList{d.toDb(now), d.toDb(now)},
            tr("adding configuration item '%1'").arg(ci.name));
        if (!inserted)
            return fail(inserted.error());
        inserted->next();
        ci.id = inserted->value(0).toLongLong();
        ci.rowVersion = 1;
        ci.createdAt = ci.updatedAt = now;
        if (auto details = writeDetails(ci); !details)
            return fail(details.error());
        if (auto recorded = record(ci.id, ci.name, u"created"_s); !recorded)
            return fail(recorded.error());
        return ci;
    });
}

Result<ConfigurationItem> CiRepository::restore(ConfigurationItem ci) const
{
    if (auto valid = validate(ci); !valid)
        return fail(valid.error());
    if (ci.id <= 0)
        return fail(ErrorKind::InvalidInput, tr("%1 cannot be restored: it has no id.").arg(ciLabel(ci)));
    return m_db.write([&]() -> Result<ConfigurationItem> {
        auto sameId = byId(ci.id);
        if (!sameId)
            return fail(sameId.error());
        if (*sameId)
            return fail(ErrorKind::InvalidInput, tr("%1 cannot be restored: its id %2 belongs to '%3' now.")
                                                     .arg(ciLabel(ci), QString::number(ci.id), (*sameId)->name));
        auto sameName = byName(ci.name);
        if (!sameName)
            return fail(sameName.error());
        if (*sameName)
            return fail(ErrorKind::InvalidInput,
                        tr("A configuration item named '%1' already exists.").arg(ci.name));
        const Dialect &d = m_db.dialect();
        const QDateTime now = m_clock.now();
        if (!ci.createdAt.isValid())
            ci.createdAt = now;
        const QStringList marks(kWritable.size(), u"?"_s);
        if (auto inserted = m_db.exec(
                u"INSERT INTO configuration_item (id, %1, row_version, created_at, updated_at) "
                "VALUES (?, %2, 1, ?, ?)"_s.arg(kWritable.join(u", "_s), marks.join(u", "_s)),
                QVariantList{ci.id} + columnValues(ci, d) + QVariantList{d.toDb(ci.createdAt), d.toDb(now)},
                tr("restoring configuration item '%1'").arg(ci.name));
            !inserted)
            return fail(inserted.error());
        ci.rowVersion = 1;
        ci.updatedAt = now;
        if (auto details = writeDetails(ci); !details)
            return fail(details.error());
        if (auto recorded = record(ci.id, ci.name, u"restored"_s); !recorded)
            return fail(recorded.error());
        return ci;
    });
}

Status CiRepository::update(ConfigurationItem &ci) const
{
    if (auto valid = validate(ci); !valid)
        return valid;
    const QDateTime now = m_clock.now();
    auto saved = m_db.write([&]() -> Status {
        auto stored = byId(ci.id);
        if (!stored)
            return fail(stored.error());
        if (!*stored)
            return fail(ErrorKind::NotFound,
                        tr("%1 no longer exists: someone else deleted it. Your change was not saved.").arg(ciLabel(ci)));
        if ((*stored)->name != ci.name) {
            auto clash = byName(ci.name);
            if (!clash)
                return fail(clash.error());
            if (*clash)
                return fail(ErrorKind::InvalidInput,
                            tr("A configuration item named '%1' already exists.").arg(ci.name));
        }
        const Dialect &d = m_db.dialect();
        QStringList assignments;
        for (const QString &column : kWritable)
            assignments << column + u" = ?"_s;
        auto guarded = m_db.execGuarded(
            u"UPDATE configuration_item SET %1, updated_at = ?, row_version = row_version + 1 "
            "WHERE id = ? AND row_version = ?"_s.arg(assignments.join(u", "_s)),
            columnValues(ci, d) + QVariantList{d.toDb(now), ci.id, ci.rowVersion},
            RecordRef{u"configuration_item"_s, ci.id, ciLabel(ci), ci.rowVersion});
        if (!guarded)
            return guarded;
        if (auto details = writeDetails(ci); !details)
            return details;
        for (const auto &[field, oldValue, newValue] : differences(**stored, ci)) {
            if (auto recorded = record(ci.id, ci.name, u"updated"_s, field, oldValue, newValue); !recorded)
                return recorded;
        }
        return {};
    });
    if (!saved)
        return saved;
    ++ci.rowVersion;
    ci.updatedAt = now;
    return {};
}

Status CiRepository::remove(const ConfigurationItem &ci) const
{
    return m_db.write([&]() -> Status {
        auto removed = m_db.execGuarded(u"DELETE FROM configuration_item WHERE id = ? AND row_version = ?"_s,
                                        {ci.id, ci.rowVersion},
                                        RecordRef{u"configuration_item"_s, ci.id, ciLabel(ci), ci.rowVersion});
        if (!removed)
            return removed;
        return record(ci.id, ci.name, u"deleted"_s);
    });
}

ConfigurationItem CiRepository::fromRow(const QSqlQuery &row) const
{
    const Dialect &d = m_db.dialect();
    ConfigurationItem ci;
    ci.id = row.value(0).toLongLong();
    ci.name = row.value(1).toString();
    ci.ciClass = CmdbNames::ciClass(row.value(2).toString()).value_or(CiClass::Other);
    ci.description = row.value(3).toString();
    if (!row.value(4).isNull())
        ci.ownerId = row.value(4).toLongLong();
    if (!row.value(5).isNull())
        ci.orgUnitId = row.value(5).toLongLong();
    ci.site = row.value(6).toString();
    ci.lifecycle = CmdbNames::lifecycle(row.value(7).toString()).value_or(Lifecycle::InProduction);
    ci.platform = row.value(8).toString();
    ci.platformVersion = row.value(9).toString();
    ci.firmwareVersion = row.value(10).toString();
    ci.protection.confidentiality = ProtectionLevel(row.value(11).toInt());
    ci.protection.integrity = ProtectionLevel(row.value(12).toInt());
    ci.protection.availability = ProtectionLevel(row.value(13).toInt());
    ci.mobile = row.value(14).toBool();
    ci.lastSeen = d.dateTimeFromDb(row.value(15));
    ci.update.source = CmdbNames::updateSource(row.value(16).toString()).value_or(UpdateSource::None);
    ci.update.mode = CmdbNames::updateMode(row.value(17).toString()).value_or(UpdateMode::DownloadOnly);
    ci.update.reboot = CmdbNames::rebootHandling(row.value(18).toString()).value_or(RebootHandling::Manual);
    ci.update.dataSentToVendor = row.value(19).toString();
    ci.rowVersion = row.value(20).toInt();
    ci.createdAt = d.dateTimeFromDb(row.value(21));
    ci.updatedAt = d.dateTimeFromDb(row.value(22));
    return ci;
}

Status CiRepository::loadDetails(QList<ConfigurationItem> &items) const
{
    if (items.isEmpty())
        return {};
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < items.size(); ++i)
        index.insert(items.at(i).id, i);
    // Fetched per table in one query each; the CIs are few (a detail view) or all of them.
    const bool few = items.size() <= 200;
    QStringList marks;
    QVariantList ids;
    if (few) {
        for (const ConfigurationItem &ci : std::as_const(items)) {
            marks << u"?"_s;
            ids << ci.id;
        }
    }
    const QString restrict = few ? u" WHERE ci_id IN (%1)"_s.arg(marks.join(u", "_s)) : QString();
    auto attributes = m_db.exec(u"SELECT ci_id, name, value FROM ci_attribute%1"_s.arg(restrict), ids,
                                tr("reading attributes"));
    if (!attributes)
        return fail(attributes.error());
    // value() rather than constFind(): GCC's -O2 -Wnull-dereference flags the iterator.
    while (attributes->next()) {
        if (const qsizetype at = index.value(attributes->value(0).toLongLong(), -1); at >= 0)
            items[at].attributes.insert(attributes->value(1).toString(), attributes->value(2).toString());
    }
    auto roles = m_db.exec(u"SELECT ci_id, role, person_id FROM ci_responsibility%1 ORDER BY role, person_id"_s.arg(restrict),
                           ids, tr("reading responsibilities"));
    if (!roles)
        return fail(roles.error());
    while (roles->next()) {
        if (const qsizetype at = index.value(roles->value(0).toLongLong(), -1); at >= 0)
            items[at].responsibilities.append({roles->value(1).toString(), roles->value(2).toLongLong()});
    }
    return {};
}

Result<std::optional<ConfigurationItem>> CiRepository::byId(qint64 id) const
{
    auto found = list(u"ci.id = ?"_s, {id});
    if (!found)
        return fail(found.error());
    return found->isEmpty() ? std::optional<ConfigurationItem>() : std::optional(found->constFirst());
}

Result<std::optional<ConfigurationItem>> CiRepository::byName(const QString &name) const
{
    auto found = list(u"ci.name = ?"_s, {name});
    if (!found)
        return fail(found.error());
    return found->isEmpty() ? std::optional<ConfigurationItem>() : std::optional(found->constFirst());
}

Result<QList<ConfigurationItem>> CiRepository::list(const QString &where, const QVariantList &params) const
{
    auto rows = m_db.exec(u"SELECT %1 FROM configuration_item ci%2 ORDER BY ci.name"_s.arg(
                              kColumns, where.isEmpty() ? QString() : u" WHERE "_s + where),
                          params, tr("reading configuration items"));
    if (!rows)
        return fail(rows.error());
    QList<ConfigurationItem> items;
    while (rows->next())
        items << fromRow(*rows);
    rows->finish();
    if (auto details = loadDetails(items); !details)
        return fail(details.error());
    return items;
}

Result<qint64> CiRepository::count() const
{
    auto n = m_db.scalar(u"SELECT count(*) FROM configuration_item"_s, {}, tr("counting configuration items"));
    if (!n)
        return fail(n.error());
    return n->toLongLong();
}

Result<QHash<qint64, QString>> CiRepository::names(const QList<qint64> &ids) const
{
    QHash<qint64, QString> result;
    constexpr qsizetype batch = 500;
    for (qsizetype start = 0; start < ids.size(); start += batch) {
        const QList<qint64> part = ids.mid(start, batch);
        QStringList marks;
        QVariantList params;
        for (qint64 id : part) {
            marks << u"?"_s;
            params << id;
        }
        auto rows = m_db.exec(u"SELECT id, name FROM configuration_item WHERE id IN (%1)"_s.arg(marks.join(u", "_s)),
                              params, tr("reading configuration items"));
        if (!rows)
            return fail(rows.error());
        while (rows->next())
            result.insert(rows->value(0).toLongLong(), rows->value(1).toString());
    }
    return result;
}

Result<CiRelation> CiRepository::relate(qint64 sourceId, RelationType type, qint64 targetId) const
{
    return m_db.write([&]() -> Result<CiRelation> {
        auto source = byId(sourceId);
        if (!source)
            return fail(source.error());
        auto target = byId(targetId);
        if (!target)
            return fail(target.error());
        if (!*source || !*target)
            return fail(ErrorKind::NotFound, tr("A relation needs two existing configuration items."));
        if (sourceId == targetId)
            return fail(ErrorKind::InvalidInput,
                        tr("'%1' cannot be related to itself.").arg((*source)->name));
        auto existing = m_db.scalar(u"SELECT id FROM ci_relation WHERE source_id = ? AND target_id = ? AND "
                                    "relation_type = ?"_s,
                                    {sourceId, targetId, CmdbNames::key(type)});
        if (!existing)
            return fail(existing.error());
        if (!existing->isNull())
            return fail(ErrorKind::InvalidInput, tr("'%1' already %2 '%3'.")
                                                     .arg((*source)->name, CmdbNames::display(type), (*target)->name));
        auto inserted = m_db.exec(u"INSERT INTO ci_relation (source_id, target_id, relation_type, row_version, "
                                  "created_at) VALUES (?, ?, ?, 1, ?) RETURNING id"_s,
                                  {sourceId, targetId, CmdbNames::key(type), m_db.dialect().toDb(m_clock.now())},
                                  tr("relating '%1' to '%2'").arg((*source)->name, (*target)->name));
        if (!inserted)
            return fail(inserted.error());
        inserted->next();
        CiRelation relation{inserted->value(0).toLongLong(), sourceId, targetId, type, 1};
        inserted->finish();
        if (auto a = record(sourceId, (*source)->name, u"related"_s, CmdbNames::key(type), {}, (*target)->name); !a)
            return fail(a.error());
        if (auto b = record(targetId, (*target)->name, u"related"_s, CmdbNames::key(type) + u" (from)"_s, {},
                            (*source)->name);
            !b)
            return fail(b.error());
        return relation;
    });
}

Status CiRepository::unrelate(const CiRelation &relation) const
{
    return m_db.write([&]() -> Status {
        auto source = byId(relation.sourceId);
        auto target = byId(relation.targetId);
        if (!source)
            return fail(source.error());
        if (!target)
            return fail(target.error());
        const QString sourceName = *source ? (*source)->name : QString::number(relation.sourceId);
        const QString targetName = *target ? (*target)->name : QString::number(relation.targetId);
        auto removed = m_db.execGuarded(u"DELETE FROM ci_relation WHERE id = ? AND row_version = ?"_s,
                                        {relation.id, relation.rowVersion},
                                        RecordRef{u"ci_relation"_s, relation.id,
                                                  tr("The relation '%1' %2 '%3'")
                                                      .arg(sourceName, CmdbNames::display(relation.type), targetName),
                                                  relation.rowVersion});
        if (!removed)
            return removed;
        if (auto a = record(relation.sourceId, sourceName, u"unrelated"_s, CmdbNames::key(relation.type), targetName); !a)
            return a;
        return record(relation.targetId, targetName, u"unrelated"_s, CmdbNames::key(relation.type) + u" (from)"_s,
                      sourceName);
    });
}

Result<QList<CiRelation>> CiRepository::relationsOf(qint64 ciId) const
{
    auto rows = m_db.exec(u"SELECT id, source_id, target_id, relation_type, row_version FROM ci_relation "
                          "WHERE source_id = ? OR target_id = ? ORDER BY id"_s,
                          {ciId, ciId}, tr("reading relations"));
    if (!rows)
        return fail(rows.error());
    QList<CiRelation> relations;
    while (rows->next()) {
        relations.append({rows->value(0).toLongLong(), rows->value(1).toLongLong(), rows->value(2).toLongLong(),
                          CmdbNames::relationType(rows->value(3).toString()).value_or(RelationType::DependsOn),
                          rows->value(4).toInt()});
    }
    return relations;
}

Result<QList<CiHistoryEntry>> CiRepository::history(qint64 ciId) const
{
    auto rows = m_db.exec(u"SELECT id, ci_id, ci_name, changed_at, changed_by, action, field, old_value, new_value "
                          "FROM ci_history WHERE ci_id = ? ORDER BY id"_s,
                          {ciId}, tr("reading the history"));
    if (!rows)
        return fail(rows.error());
    QList<CiHistoryEntry> entries;
    while (rows->next()) {
        entries.append({rows->value(0).toLongLong(), rows->value(1).toLongLong(), rows->value(2).toString(),
                        m_db.dialect().dateTimeFromDb(rows->value(3)), rows->value(4).toString(),
                        rows->value(5).toString(), rows->value(6).toString(), rows->value(7).toString(),
                        rows->value(8).toString()});
    }
    return entries;
}

} // namespace ChangeDesk
