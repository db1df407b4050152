#pragma once

#include "common/error.h"
#include "people/people.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace ChangeDesk {

class Database;

// The app roles of each person (ChangeRoles::keys(): applicant, change manager, CAB member, …).
// Only an administrator hands them out; while nobody is an administrator yet, the first one may
// be named by anyone who can write to the database (setting up a new one). Every change is an
// event of the audit trail ("person.roles").
class PersonRoles
{
    Q_DECLARE_TR_FUNCTIONS(PersonRoles)

public:
    explicit PersonRoles(const Database &db);

    Result<QSet<QString>> rolesOf(qint64 personId) const;
    // Everybody's roles, by person id.
    Result<QHash<qint64, QSet<QString>>> all() const;
    Result<QList<qint64>> holders(const QString &role) const;

    // Gives `personId` exactly `roles`. `byPersonId` is who does it (must be an administrator,
    // see above); `actorName` names them in the audit trail on SQLite. InvalidInput for an unknown
    // role, ReadOnly when `byPersonId` may not, NotFound for an unknown person.
    Status setRoles(qint64 personId, const QSet<QString> &roles, qint64 byPersonId,
                    const QString &actorName = {}) const;
    // Adds `person` with `roles` in one transaction with its audit events ("person.add", then
    // "person.roles"). Once there is an administrator, only an administrator adds people
    // (ReadOnly otherwise); before that anyone setting up the database may. The errors of
    // PeopleRepository::addPerson and setRoles otherwise; nothing is written then.
    Result<Person> addPerson(const Person &person, const QSet<QString> &roles, qint64 byPersonId,
                             const QString &actorName = {}) const;

private:
    const Database &m_db;
};

} // namespace ChangeDesk
