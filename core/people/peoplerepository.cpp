#include "peoplerepository.h"

#include "storage/database.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {
const QString kPersonColumns =
    u"id, login, display_name, email, phone, org_unit_id, active, row_version, created_at, updated_at"_s;

QString personLabel(const Person &person)
{
    return PeopleRepository::tr("Person '%1'").arg(person.login);
}
} // namespace

PeopleRepository::PeopleRepository(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Status PeopleRepository::validate(const OrgUnit &unit)
{
    static const QRegularExpression code(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$"_s);
    if (!code.match(unit.code).hasMatch())
        return fail(ErrorKind::InvalidInput,
                    tr("Organizational unit code '%1' is not valid: use 1 to 32 letters, digits, "
                       "'.', '_' or '-', starting with a letter or digit.")
                        .arg(unit.code));
    if (unit.name.trimmed().isEmpty())
        return fail(ErrorKind::InvalidInput,
                    tr("Organizational unit '%1' needs a name.").arg(unit.code));
    return {};
}

Status PeopleRepository::validate(const Person &person)
{
    static const QRegularExpression login(u"^[A-Za-z0-9][A-Za-z0-9._@\\\\-]{0,63}$"_s);
    static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    if (!login.match(person.login).hasMatch())
        return fail(ErrorKind::InvalidInput,
                    tr("Login '%1' is not valid: use 1 to 64 letters, digits, '.', '_', '-', '@' "
                       "or '\\', without spaces.")
                        .arg(person.login));
    if (person.displayName.trimmed().isEmpty())
        return fail(ErrorKind::InvalidInput, tr("Person '%1' needs a name.").arg(person.login));
    if (!person.email.isEmpty() && !email.match(person.email).hasMatch())
        return fail(ErrorKind::InvalidInput,
                    tr("E-mail address '%1' of person '%2' is not valid.").arg(person.email, person.login));
    return {};
}

Result<OrgUnit> PeopleRepository::addOrgUnit(OrgUnit unit) const
{
    if (auto valid = validate(unit); !valid)
        return fail(valid.error());
    return m_db.write([&]() -> Result<OrgUnit> {
        const QDateTime now = m_clock.now();
        auto inserted = m_db.exec(
            u"INSERT INTO org_unit (code, name, parent_id, row_version, created_at, updated_at) "
            "VALUES (?, ?, ?, 1, ?, ?) RETURNING id"_s,
            {unit.code, unit.name.trimmed(), sqlId(unit.parentId), m_db.dialect().toDb(now),
             m_db.dialect().toDb(now)},
            tr("adding organizational unit '%1'").arg(unit.code));
        if (!inserted)
            return fail(inserted.error());
        inserted->next();
        unit.id = inserted->value(0).toLongLong();
        unit.rowVersion = 1;
        unit.createdAt = unit.updatedAt = now;
        return unit;
    });
}

Result<QList<OrgUnit>> PeopleRepository::orgUnits() const
{
    auto query = m_db.exec(u"SELECT id, code, name, parent_id, row_version, created_at, updated_at "
                           "FROM org_unit ORDER BY code"_s,
                           {}, tr("reading organizational units"));
    if (!query)
        return fail(query.error());
    QList<OrgUnit> units;
    while (query->next()) {
        OrgUnit unit;
        unit.id = query->value(0).toLongLong();
        unit.code = query->value(1).toString();
        unit.name = query->value(2).toString();
        if (!query->value(3).isNull())
            unit.parentId = query->value(3).toLongLong();
        unit.rowVersion = query->value(4).toInt();
        unit.createdAt = m_db.dialect().dateTimeFromDb(query->value(5));
        unit.updatedAt = m_db.dialect().dateTimeFromDb(query->value(6));
        units << unit;
    }
    return units;
}

Result<Person> PeopleRepository::addPerson(Person person) const
{
    if (auto valid = validate(person); !valid)
        return fail(valid.error());
    return m_db.write([&]() -> Result<Person> {
        auto existing = personByLogin(person.login);
        if (!existing)
            return fail(existing.error());
        if (*existing)
            return fail(ErrorKind::InvalidInput,
                        tr("A person with login '%1' already exists.").arg(person.login));
        const QDateTime now = m_clock.now();
        auto inserted = m_db.exec(
            u"INSERT INTO person (login, display_name, email, phone, org_unit_id, active, "
            "row_version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?) RETURNING id"_s,
            {person.login, person.displayName.trimmed(), sqlText(person.email), sqlText(person.phone),
             sqlId(person.orgUnitId), m_db.dialect().toDb(person.active),
             m_db.dialect().toDb(now), m_db.dialect().toDb(now)},
            tr("adding person '%1'").arg(person.login));
        if (!inserted)
            return fail(inserted.error());
        inserted->next();
        person.id = inserted->value(0).toLongLong();
        person.rowVersion = 1;
        person.createdAt = person.updatedAt = now;
        return person;
    });
}

Status PeopleRepository::updatePerson(Person &person) const
{
    if (auto valid = validate(person); !valid)
        return fail(valid.error());
    const QDateTime now = m_clock.now();
    auto saved = m_db.write([&]() -> Status {
        return m_db.execGuarded(
            u"UPDATE person SET login = ?, display_name = ?, email = ?, phone = ?, org_unit_id = ?, "
            "active = ?, updated_at = ?, row_version = row_version + 1 "
            "WHERE id = ? AND row_version = ?"_s,
            {person.login, person.displayName.trimmed(), sqlText(person.email), sqlText(person.phone),
             sqlId(person.orgUnitId), m_db.dialect().toDb(person.active),
             m_db.dialect().toDb(now), person.id, person.rowVersion},
            RecordRef{u"person"_s, person.id, personLabel(person), person.rowVersion});
    });
    if (!saved)
        return saved;
    ++person.rowVersion;
    person.updatedAt = now;
    return {};
}

Status PeopleRepository::removePerson(const Person &person) const
{
    return m_db.write([&]() -> Status {
        // The person's rights profiles go with them (ON DELETE CASCADE); the history of each CI
        // keeps that they ended (M11). Rolled back with the delete when that fails.
        {
            auto recorded = m_db.exec(
                u"INSERT INTO ci_history (ci_id, ci_name, changed_at, changed_by, action, field, old_value, new_value) "
                "SELECT r.ci_id, c.name, ?, ?, 'revoked', 'rights.' || r.profile, ?, '' FROM rights_profile r "
                "JOIN configuration_item c ON c.id = r.ci_id WHERE r.person_id = ?"_s,
                {m_db.dialect().toDb(m_clock.now()), m_db.sessionUser(), u"person:"_s + person.login, person.id},
                tr("recording the rights of '%1' that end").arg(person.login));
            if (!recorded)
                return fail(recorded.error());
        }
        return m_db.execGuarded(u"DELETE FROM person WHERE id = ? AND row_version = ?"_s,
                                {person.id, person.rowVersion},
                                RecordRef{u"person"_s, person.id, personLabel(person), person.rowVersion});
    });
}

Person PeopleRepository::personFrom(const QSqlQuery &query) const
{
    Person person;
    person.id = query.value(0).toLongLong();
    person.login = query.value(1).toString();
    person.displayName = query.value(2).toString();
    person.email = query.value(3).toString();
    person.phone = query.value(4).toString();
    if (!query.value(5).isNull())
        person.orgUnitId = query.value(5).toLongLong();
    person.active = query.value(6).toBool();
    person.rowVersion = query.value(7).toInt();
    person.createdAt = m_db.dialect().dateTimeFromDb(query.value(8));
    person.updatedAt = m_db.dialect().dateTimeFromDb(query.value(9));
    return person;
}

Result<std::optional<Person>> PeopleRepository::personByLogin(const QString &login) const
{
    auto query = m_db.exec(u"SELECT %1 FROM person WHERE login = ?"_s.arg(kPersonColumns), {login},
                           tr("looking up person '%1'").arg(login));
    if (!query)
        return fail(query.error());
    if (!query->next())
        return std::optional<Person>();
    return std::optional<Person>(personFrom(*query));
}

Result<std::optional<Person>> PeopleRepository::personById(qint64 id) const
{
    auto query = m_db.exec(u"SELECT %1 FROM person WHERE id = ?"_s.arg(kPersonColumns), {id},
                           tr("looking up person %1").arg(id));
    if (!query)
        return fail(query.error());
    if (!query->next())
        return std::optional<Person>();
    return std::optional<Person>(personFrom(*query));
}

Result<QList<Person>> PeopleRepository::persons() const
{
    auto query = m_db.exec(u"SELECT %1 FROM person ORDER BY display_name, login"_s.arg(kPersonColumns),
                           {}, tr("reading people"));
    if (!query)
        return fail(query.error());
    QList<Person> result;
    while (query->next())
        result << personFrom(*query);
    return result;
}

Result<qint64> PeopleRepository::personCount() const
{
    auto count = m_db.scalar(u"SELECT count(*) FROM person"_s, {}, tr("counting people"));
    if (!count)
        return fail(count.error());
    return count->toLongLong();
}

} // namespace ChangeDesk
