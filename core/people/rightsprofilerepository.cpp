#include "rightsprofilerepository.h"

#include "cmdb/cirepository.h"
#include "storage/database.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {

const QString kColumns
    = u"r.id, r.ci_id, r.person_id, r.org_unit_id, r.profile, r.description, r.row_version, r.created_at, "
      "r.updated_at, c.name, p.login, p.display_name, u.code, u.name"_s;
const QString kFrom
    = u" FROM rights_profile r JOIN configuration_item c ON c.id = r.ci_id "
      "LEFT JOIN person p ON p.id = r.person_id LEFT JOIN org_unit u ON u.id = r.org_unit_id"_s;
const QString kOrder = u" ORDER BY c.name, r.profile, COALESCE(p.login, u.code), r.id"_s;

constexpr qsizetype kMaxProfile = 100;
constexpr qsizetype kMaxDescription = 2000;

// "person 'jdoe'" or "unit 'IT'", for messages.
QString holderLabel(const RightsProfile &rights)
{
    if (rights.personId)
        return RightsProfileRepository::tr("person '%1'")
            .arg(rights.personLogin.isEmpty() ? QString::number(*rights.personId) : rights.personLogin);
    return RightsProfileRepository::tr("unit '%1'")
        .arg(rights.unitCode.isEmpty() ? QString::number(rights.orgUnitId.value_or(0)) : rights.unitCode);
}

QString rightsLabel(const RightsProfile &rights)
{
    return RightsProfileRepository::tr("The rights profile '%1' of %2 on '%3'")
        .arg(RightsProfileRepository::displayName(rights.profile), holderLabel(rights), rights.ciName);
}

QString field(const QString &profile)
{
    return u"rights."_s + profile;
}

} // namespace

QString RightsProfile::holderKey() const
{
    if (personId)
        return u"person:"_s + (personLogin.isEmpty() ? QString::number(*personId) : personLogin);
    if (orgUnitId)
        return u"unit:"_s + (unitCode.isEmpty() ? QString::number(*orgUnitId) : unitCode);
    return {};
}

RightsProfileRepository::RightsProfileRepository(const Database &db, QString actor, const Clock &clock)
    : m_db(db)
    , m_actor(std::move(actor))
    , m_clock(clock)
{ }

const QStringList &RightsProfileRepository::standardProfiles()
{
    static const QStringList keys {u"administrator"_s, u"application-administrator"_s,
                                   u"operator"_s,      u"user"_s,
                                   u"read-only"_s,     u"emergency-access"_s};
    return keys;
}

QString RightsProfileRepository::displayName(const QString &profile)
{
    if (profile == u"administrator")
        return tr("Administrator");
    if (profile == u"application-administrator")
        return tr("Application administrator");
    if (profile == u"operator")
        return tr("Operator");
    if (profile == u"user")
        return tr("User");
    if (profile == u"read-only")
        return tr("Read-only");
    if (profile == u"emergency-access")
        return tr("Emergency access");
    return profile;
}

QString RightsProfileRepository::explanation(const QString &profile)
{
    if (profile == u"administrator")
        return tr("Full control of the system: its configuration, software and accounts.");
    if (profile == u"application-administrator")
        return tr("Manages an application's settings, content and users, not the system beneath it.");
    if (profile == u"operator")
        return tr("Runs and monitors the system (start, stop, backups) without changing its configuration.");
    if (profile == u"user")
        return tr("Works with the system or application in daily business.");
    if (profile == u"read-only")
        return tr("Reads data and settings and changes nothing, e.g. for audits.");
    if (profile == u"emergency-access")
        return tr("Break-glass access for emergencies; every use is logged and reviewed.");
    return {};
}

QString RightsProfileRepository::normalizeProfile(const QString &text)
{
    const QString simplified = text.simplified();
    QString key = simplified.toLower();
    key.replace(u' ', u'-');
    key.replace(u'_', u'-');
    if (standardProfiles().contains(key))
        return key;
    for (const QString &standard : standardProfiles()) {
        if (displayName(standard).compare(simplified, Qt::CaseInsensitive) == 0)
            return standard;
    }
    return simplified;
}

Status RightsProfileRepository::validate(const RightsProfile &rights)
{
    static const QRegularExpression control(u"[\\x00-\\x1f\\x7f]"_s);
    if (rights.ciId <= 0)
        return fail(ErrorKind::InvalidInput,
                    tr("A rights profile needs the configuration item it applies to."));
    if (rights.personId && rights.orgUnitId)
        return fail(ErrorKind::InvalidInput,
                    tr("A rights profile is held by a person or by an organizational unit, not by both."));
    if (!rights.personId && !rights.orgUnitId)
        return fail(ErrorKind::InvalidInput,
                    tr("A rights profile needs a holder: a person or an organizational unit."));
    const QString profile = rights.profile.simplified();
    if (profile.isEmpty())
        return fail(ErrorKind::InvalidInput,
                    tr("A rights profile needs a profile, e.g. %1.").arg(standardProfiles().join(u", "_s)));
    if (profile.size() > kMaxProfile || rights.profile.contains(control))
        return fail(ErrorKind::InvalidInput,
                    tr("The profile '%1' is not valid: at most %2 characters and no control characters.")
                        .arg(profile.left(kMaxProfile))
                        .arg(kMaxProfile));
    if (rights.description.size() > kMaxDescription)
        return fail(ErrorKind::InvalidInput,
                    tr("The description of the rights profile '%1' is too long: at most %2 characters.")
                        .arg(profile)
                        .arg(kMaxDescription));
    return {};
}

Status RightsProfileRepository::resolve(RightsProfile &rights) const
{
    auto ci = m_db.scalar(u"SELECT name FROM configuration_item WHERE id = ?"_s, {rights.ciId},
                          tr("looking up configuration item %1").arg(rights.ciId));
    if (!ci)
        return fail(ci.error());
    if (ci->isNull())
        return fail(ErrorKind::NotFound, tr("There is no configuration item with id %1.").arg(rights.ciId));
    rights.ciName = ci->toString();
    rights.personLogin.clear();
    rights.personName.clear();
    rights.unitCode.clear();
    rights.unitName.clear();
    if (rights.personId) {
        auto person = m_db.exec(u"SELECT login, display_name FROM person WHERE id = ?"_s, {*rights.personId},
                                tr("looking up person %1").arg(*rights.personId));
        if (!person)
            return fail(person.error());
        if (!person->next())
            return fail(ErrorKind::NotFound, tr("There is no person with id %1.").arg(*rights.personId));
        rights.personLogin = person->value(0).toString();
        rights.personName = person->value(1).toString();
    } else {
        auto unit = m_db.exec(u"SELECT code, name FROM org_unit WHERE id = ?"_s, {*rights.orgUnitId},
                              tr("looking up organizational unit %1").arg(*rights.orgUnitId));
        if (!unit)
            return fail(unit.error());
        if (!unit->next())
            return fail(ErrorKind::NotFound,
                        tr("There is no organizational unit with id %1.").arg(*rights.orgUnitId));
        rights.unitCode = unit->value(0).toString();
        rights.unitName = unit->value(1).toString();
    }
    return {};
}

Status RightsProfileRepository::requireUnique(const RightsProfile &rights) const
{
    const QString holder = rights.personId ? u"person_id"_s : u"org_unit_id"_s;
    const qint64 holderId = rights.personId ? *rights.personId : *rights.orgUnitId;
    auto existing = m_db.scalar(
        u"SELECT id FROM rights_profile WHERE ci_id = ? AND %1 = ? AND profile = ? AND id <> ?"_s.arg(holder),
        {rights.ciId, holderId, rights.profile, rights.id},
        tr("checking the rights profiles of '%1'").arg(rights.ciName));
    if (!existing)
        return fail(existing.error());
    if (!existing->isNull())
        return fail(ErrorKind::InvalidInput,
                    tr("%1 already holds the profile '%2' on '%3' (rights profile %4).")
                        .arg(holderLabel(rights), displayName(rights.profile), rights.ciName)
                        .arg(existing->toLongLong()));
    return {};
}

Result<RightsProfile> RightsProfileRepository::add(RightsProfile rights) const
{
    if (auto valid = validate(rights); !valid)
        return fail(valid.error());
    rights.profile = normalizeProfile(rights.profile);
    rights.description = rights.description.trimmed();
    return m_db.write([&]() -> Result<RightsProfile> {
        if (auto resolved = resolve(rights); !resolved)
            return fail(resolved.error());
        rights.id = 0;
        if (auto unique = requireUnique(rights); !unique)
            return fail(unique.error());
        const QDateTime now = m_clock.now();
        const QVariant stamp = m_db.dialect().toDb(now);
        {
            auto inserted = m_db.exec(
                u"INSERT INTO rights_profile (ci_id, person_id, org_unit_id, profile, description, "
                "row_version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?) RETURNING id"_s,
                {rights.ciId, sqlId(rights.personId), sqlId(rights.orgUnitId), rights.profile,
                 sqlText(rights.description), stamp, stamp},
                tr("granting '%1' on '%2'").arg(displayName(rights.profile), rights.ciName));
            if (!inserted)
                return fail(inserted.error());
            inserted->next();
            rights.id = inserted->value(0).toLongLong();
        }
        rights.rowVersion = 1;
        rights.createdAt = rights.updatedAt = now;
        const CiRepository history(m_db, m_actor, m_clock);
        if (auto recorded = history.recordHistory(rights.ciId, rights.ciName, u"granted"_s,
                                                  field(rights.profile), {}, rights.holderKey());
            !recorded)
            return fail(recorded.error());
        return rights;
    });
}

Status RightsProfileRepository::update(RightsProfile &rights) const
{
    if (auto valid = validate(rights); !valid)
        return valid;
    RightsProfile changed = rights;
    changed.profile = normalizeProfile(rights.profile);
    changed.description = rights.description.trimmed();
    const QDateTime now = m_clock.now();
    auto saved = m_db.write([&]() -> Status {
        auto stored = byId(changed.id);
        if (!stored)
            return fail(stored.error());
        if (!*stored)
            return fail(
                ErrorKind::NotFound,
                tr("Rights profile %1 no longer exists: someone else revoked it. Your change was not saved.")
                    .arg(changed.id));
        const RightsProfile &before = **stored;
        if (before.ciId != changed.ciId)
            return fail(ErrorKind::InvalidInput,
                        tr("%1 cannot move to another configuration item: revoke it and grant a new one.")
                            .arg(rightsLabel(before)));
        if (auto resolved = resolve(changed); !resolved)
            return resolved;
        if (auto unique = requireUnique(changed); !unique)
            return unique;
        auto guarded = m_db.execGuarded(
            u"UPDATE rights_profile SET person_id = ?, org_unit_id = ?, profile = ?, description = ?, "
            u"updated_at = ?, "
            "row_version = row_version + 1 WHERE id = ? AND row_version = ?"_s,
            {sqlId(changed.personId), sqlId(changed.orgUnitId), changed.profile, sqlText(changed.description),
             m_db.dialect().toDb(now), changed.id, changed.rowVersion},
            RecordRef {u"rights_profile"_s, changed.id, rightsLabel(before), changed.rowVersion});
        if (!guarded)
            return guarded;
        const CiRepository history(m_db, m_actor, m_clock);
        auto record = [&](const QString &name, const QString &oldValue, const QString &newValue) {
            return history.recordHistory(changed.ciId, changed.ciName, u"updated"_s, name, oldValue,
                                         newValue);
        };
        if (before.profile != changed.profile) {
            // Another profile: the old one ends, the new one begins.
            if (auto r = record(field(before.profile), before.holderKey(), {}); !r)
                return r;
            if (auto r = record(field(changed.profile), {}, changed.holderKey()); !r)
                return r;
        } else if (before.holderKey() != changed.holderKey()) {
            if (auto r = record(field(changed.profile), before.holderKey(), changed.holderKey()); !r)
                return r;
        }
        if (before.description != changed.description) {
            if (auto r
                = record(field(changed.profile) + u".description"_s, before.description, changed.description);
                !r)
                return r;
        }
        return {};
    });
    if (!saved)
        return saved;
    rights = changed;
    ++rights.rowVersion;
    rights.updatedAt = now;
    return {};
}

Status RightsProfileRepository::remove(const RightsProfile &rights) const
{
    return m_db.write([&]() -> Status {
        auto stored = byId(rights.id);
        if (!stored)
            return fail(stored.error());
        if (!*stored)
            return fail(ErrorKind::NotFound,
                        tr("Rights profile %1 does not exist (any more): someone else may have revoked it.")
                            .arg(rights.id));
        const RightsProfile &before = **stored;
        auto removed = m_db.execGuarded(
            u"DELETE FROM rights_profile WHERE id = ? AND row_version = ?"_s, {rights.id, rights.rowVersion},
            RecordRef {u"rights_profile"_s, rights.id, rightsLabel(before), rights.rowVersion});
        if (!removed)
            return removed;
        return CiRepository(m_db, m_actor, m_clock)
            .recordHistory(before.ciId, before.ciName, u"revoked"_s, field(before.profile),
                           before.holderKey(), {});
    });
}

RightsProfile RightsProfileRepository::fromRow(const QSqlQuery &row) const
{
    const Dialect &d = m_db.dialect();
    RightsProfile r;
    r.id = row.value(0).toLongLong();
    r.ciId = row.value(1).toLongLong();
    if (!row.value(2).isNull())
        r.personId = row.value(2).toLongLong();
    if (!row.value(3).isNull())
        r.orgUnitId = row.value(3).toLongLong();
    r.profile = row.value(4).toString();
    r.description = row.value(5).toString();
    r.rowVersion = row.value(6).toInt();
    r.createdAt = d.dateTimeFromDb(row.value(7));
    r.updatedAt = d.dateTimeFromDb(row.value(8));
    r.ciName = row.value(9).toString();
    r.personLogin = row.value(10).toString();
    r.personName = row.value(11).toString();
    r.unitCode = row.value(12).toString();
    r.unitName = row.value(13).toString();
    return r;
}

Result<QList<RightsProfile>> RightsProfileRepository::query(const QString &where,
                                                            const QVariantList &params) const
{
    auto rows = m_db.exec(
        u"SELECT %1%2%3%4"_s.arg(kColumns, kFrom, where.isEmpty() ? QString() : u" WHERE "_s + where, kOrder),
        params, tr("reading rights profiles"));
    if (!rows)
        return fail(rows.error());
    QList<RightsProfile> out;
    while (rows->next())
        out.append(fromRow(*rows));
    return out;
}

Result<std::optional<RightsProfile>> RightsProfileRepository::byId(qint64 id) const
{
    auto found = query(u"r.id = ?"_s, {id});
    if (!found)
        return fail(found.error());
    return found->isEmpty() ? std::optional<RightsProfile>() : std::optional(found->constFirst());
}

Result<QList<RightsProfile>> RightsProfileRepository::all() const
{
    return query({}, {});
}

Result<QList<RightsProfile>> RightsProfileRepository::ofCi(qint64 ciId) const
{
    return query(u"r.ci_id = ?"_s, {ciId});
}

Result<QList<RightsProfile>> RightsProfileRepository::ofPerson(qint64 personId, bool throughUnits) const
{
    if (!throughUnits)
        return query(u"r.person_id = ?"_s, {personId});
    // The person's unit and every unit above it.
    return query(u"r.person_id = ? OR r.org_unit_id IN (WITH RECURSIVE chain(id) AS ("
                 "SELECT org_unit_id FROM person WHERE id = ? AND org_unit_id IS NOT NULL "
                 "UNION SELECT o.parent_id FROM org_unit o JOIN chain ON o.id = chain.id WHERE o.parent_id "
                 "IS NOT NULL) "
                 "SELECT id FROM chain)"_s,
                 {personId, personId});
}

Result<QList<RightsProfile>> RightsProfileRepository::ofOrgUnit(qint64 orgUnitId) const
{
    return query(u"r.org_unit_id = ?"_s, {orgUnitId});
}

} // namespace ChangeDesk
