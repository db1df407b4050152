#pragma once

#include "common/clock.h"
#include "common/error.h"
#include "people/people.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>

namespace ChangeDesk {

class Database;

// Reads and writes people and organizational units; validates before it writes.
class PeopleRepository
{
    Q_DECLARE_TR_FUNCTIONS(PeopleRepository)

public:
    explicit PeopleRepository(const Database &db, const Clock &clock = Clock::system());

    Result<OrgUnit> addOrgUnit(OrgUnit unit) const;
    Result<QList<OrgUnit>> orgUnits() const;

    Result<Person> addPerson(Person person) const;
    // Saves changes; fails with Conflict when someone else saved first. On success the
    // person's rowVersion is the new one.
    Status updatePerson(Person &person) const;
    Status removePerson(const Person &person) const;
    Result<std::optional<Person>> personByLogin(const QString &login) const;
    Result<std::optional<Person>> personById(qint64 id) const;
    Result<QList<Person>> persons() const;
    Result<qint64> personCount() const;

    static Status validate(const Person &person);
    static Status validate(const OrgUnit &unit);

private:
    Person personFrom(const QSqlQuery &query) const;

    const Database &m_db;
    const Clock &m_clock;
};

} // namespace ChangeDesk
