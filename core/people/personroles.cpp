#include "personroles.h"

#include "audit/auditlog.h"
#include "change/workflow.h"
#include "people/peoplerepository.h"
#include "storage/database.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {

QJsonArray sortedArray(const QSet<QString> &roles)
{
    QStringList list(roles.cbegin(), roles.cend());
    std::ranges::sort(list);
    return QJsonArray::fromStringList(list);
}

} // namespace

PersonRoles::PersonRoles(const Database &db)
    : m_db(db)
{ }

Result<QSet<QString>> PersonRoles::rolesOf(qint64 personId) const
{
    auto rows = m_db.exec(u"SELECT role FROM person_role WHERE person_id = ?"_s, {personId},
                          tr("reading the roles of a person"));
    if (!rows)
        return fail(rows.error());
    QSet<QString> roles;
    while (rows->next())
        roles.insert(rows->value(0).toString());
    return roles;
}

Result<QHash<qint64, QSet<QString>>> PersonRoles::all() const
{
    auto rows
        = m_db.exec(u"SELECT person_id, role FROM person_role"_s, {}, tr("reading the roles of people"));
    if (!rows)
        return fail(rows.error());
    QHash<qint64, QSet<QString>> roles;
    while (rows->next())
        roles[rows->value(0).toLongLong()].insert(rows->value(1).toString());
    return roles;
}

Result<QList<qint64>> PersonRoles::holders(const QString &role) const
{
    auto rows = m_db.exec(u"SELECT person_id FROM person_role WHERE role = ? ORDER BY person_id"_s, {role},
                          tr("reading who has the role '%1'").arg(role));
    if (!rows)
        return fail(rows.error());
    QList<qint64> ids;
    while (rows->next())
        ids << rows->value(0).toLongLong();
    return ids;
}

Status PersonRoles::setRoles(qint64 personId, const QSet<QString> &roles, qint64 byPersonId,
                             const QString &actorName) const
{
    for (const QString &role : roles) {
        if (!ChangeRoles::keys().contains(role))
            return fail(
                ErrorKind::InvalidInput,
                tr("'%1' is not a role; the roles are: %2.").arg(role, ChangeRoles::keys().join(u", "_s)));
    }
    return m_db.write([&]() -> Status {
        auto person
            = m_db.scalar(u"SELECT login FROM person WHERE id = ?"_s, {personId}, tr("reading a person"));
        if (!person)
            return fail(person.error());
        if (person->isNull())
            return fail(ErrorKind::NotFound, tr("There is no person with the id %1.").arg(personId));
        auto admins = holders(u"administrator"_s);
        if (!admins)
            return fail(admins.error());
        if (!admins->isEmpty() && !admins->contains(byPersonId))
            return fail(ErrorKind::ReadOnly, tr("Only an administrator may give people roles."));
        auto before = rolesOf(personId);
        if (!before)
            return fail(before.error());
        if (*before == roles)
            return {};
        if (auto removed = m_db.exec(u"DELETE FROM person_role WHERE person_id = ?"_s, {personId},
                                     tr("changing the roles of '%1'").arg(person->toString()));
            !removed)
            return fail(removed.error());
        for (const QString &role : roles) {
            if (auto added
                = m_db.exec(u"INSERT INTO person_role (person_id, role) VALUES (?, ?)"_s, {personId, role},
                            tr("changing the roles of '%1'").arg(person->toString()));
                !added)
                return fail(added.error());
        }
        AuditEvent event;
        event.action = u"person.roles"_s;
        event.objectType = u"person"_s;
        event.objectId = personId;
        event.before = QJsonObject {{u"login"_s, person->toString()}, {u"roles"_s, sortedArray(*before)}};
        event.after = QJsonObject {{u"login"_s, person->toString()}, {u"roles"_s, sortedArray(roles)}};
        if (auto appended = AuditLog(m_db, actorName).record(event); !appended)
            return fail(appended.error());
        return {};
    });
}

Result<Person> PersonRoles::addPerson(const Person &person, const QSet<QString> &roles, qint64 byPersonId,
                                      const QString &actorName) const
{
    return m_db.write([&]() -> Result<Person> {
        // Once there is an administrator, people are added by one: roles follow from a person.
        auto admins = holders(u"administrator"_s);
        if (!admins)
            return fail(admins.error());
        if (!admins->isEmpty() && !admins->contains(byPersonId))
            return fail(ErrorKind::ReadOnly,
                        tr("Only an administrator may add people; %1 is not one.")
                            .arg(actorName.isEmpty() ? tr("the person acting") : actorName));
        auto added = PeopleRepository(m_db).addPerson(person);
        if (!added)
            return fail(added.error());
        QString unit;
        if (added->orgUnitId) {
            auto code = m_db.scalar(u"SELECT code FROM org_unit WHERE id = ?"_s, {*added->orgUnitId},
                                    tr("reading a person"));
            if (!code)
                return fail(code.error());
            unit = code->toString();
        }
        AuditEvent event;
        event.action = u"person.add"_s;
        event.objectType = u"person"_s;
        event.objectId = added->id;
        event.after = QJsonObject {{u"login"_s, added->login},
                                   {u"name"_s, added->displayName},
                                   {u"email"_s, added->email},
                                   {u"unit"_s, unit}};
        if (auto logged = AuditLog(m_db, actorName).record(event); !logged)
            return fail(logged.error());
        if (!roles.isEmpty()) {
            if (auto given = setRoles(added->id, roles, byPersonId, actorName); !given)
                return fail(given.error());
        }
        return *added;
    });
}

} // namespace ChangeDesk
