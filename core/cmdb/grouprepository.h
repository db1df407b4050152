#pragma once

#include "cmdb/ci.h"
#include "common/clock.h"
#include "common/error.h"

#include <QCoreApplication>
#include <QList>

namespace ChangeDesk {

class Database;

// A named set of CIs: a fixed list, or every CI matching an attribute expression
// (GroupExpression). Groups are the system profiles of rollout waves, maintenance windows and
// advisories (M8, N2).
struct CiGroup {
    enum class Kind { Static, Dynamic };
    qint64 id = 0;
    QString name;
    Kind kind = Kind::Static;
    QString expression; // dynamic groups only
    QString description;
    int rowVersion = 0;
};

class GroupRepository
{
    Q_DECLARE_TR_FUNCTIONS(GroupRepository)

public:
    explicit GroupRepository(const Database &db, const Clock &clock = Clock::system());

    // A dynamic group's expression is checked here: a malformed one is refused with the
    // parser's message.
    Result<CiGroup> add(CiGroup group) const;
    Status update(CiGroup &group) const;
    Status remove(const CiGroup &group) const;
    Result<std::optional<CiGroup>> byName(const QString &name) const;
    Result<QList<CiGroup>> list() const;

    // Static groups only.
    Status addMembers(const CiGroup &group, const QList<qint64> &ciIds) const;
    Status removeMembers(const CiGroup &group, const QList<qint64> &ciIds) const;

    // The CIs in the group now, ordered by name.
    Result<QList<ConfigurationItem>> members(const CiGroup &group) const;
    // Their ids only, ascending: for the calendar, which resolves many groups at once.
    Result<QList<qint64>> memberIds(const CiGroup &group) const;

private:
    Status validate(const CiGroup &group) const;

    const Database &m_db;
    const Clock &m_clock;
};

} // namespace ChangeDesk
