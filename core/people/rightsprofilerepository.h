#pragma once

#include "common/clock.h"
#include "common/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QStringList>

#include <optional>

namespace ChangeDesk {

class Database;

// Who may do what on a system (M11): a person or a whole organizational unit holds a named
// profile on a configuration item.
struct RightsProfile {
    qint64 id = 0;
    qint64 ciId = 0;
    std::optional<qint64> personId; // exactly one of personId and orgUnitId
    std::optional<qint64> orgUnitId;
    QString profile; // a standard key (RightsProfileRepository::standardProfiles()) or an agency's own
    QString description;
    int rowVersion = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    // Filled when read, for display; ignored when written.
    QString ciName;
    QString personLogin;
    QString personName;
    QString unitCode;
    QString unitName;

    // "person:jdoe" or "unit:IT", as the CI's history records the holder.
    QString holderKey() const;
};

// Reads and writes rights profiles. Every write is one transaction, validated first, guarded by
// the row version and recorded in the CI's history (field "rights.<profile>").
class RightsProfileRepository
{
    Q_DECLARE_TR_FUNCTIONS(RightsProfileRepository)

public:
    // `actor` is recorded in the history (the signed-in user).
    RightsProfileRepository(const Database &db, QString actor, const Clock &clock = Clock::system());

    // The standard profiles, as stable keys: administrator, application-administrator, operator,
    // user, read-only, emergency-access.
    static const QStringList &standardProfiles();
    // A standard profile's name in the user's language; any other profile as it is.
    static QString displayName(const QString &profile);
    // What a standard profile allows, in the user's language; empty for an agency's own.
    static QString explanation(const QString &profile);
    // The key of a standard profile given by key or name in any case or spacing ("Read only",
    // "read_only", "Nur lesen" in German); any other text trimmed and with single spaces.
    static QString normalizeProfile(const QString &text);
    // Checks the fields alone: one holder, a profile, lengths.
    static Status validate(const RightsProfile &rights);

    // Adds a profile; the profile text is normalised. Fails when the CI, person or unit does not
    // exist or the holder already has that profile on that CI.
    Result<RightsProfile> add(RightsProfile rights) const;
    // Saves the changed holder, profile or description; Conflict when someone else saved first.
    // On success `rights` carries the new row version.
    Status update(RightsProfile &rights) const;
    Status remove(const RightsProfile &rights) const;

    Result<std::optional<RightsProfile>> byId(qint64 id) const;
    // Ordered by CI name, profile and holder.
    Result<QList<RightsProfile>> all() const;
    Result<QList<RightsProfile>> ofCi(qint64 ciId) const;
    // Profiles the person holds; with `throughUnits`, also those of the person's unit and the
    // units above it (those entries have orgUnitId set).
    Result<QList<RightsProfile>> ofPerson(qint64 personId, bool throughUnits = false) const;
    Result<QList<RightsProfile>> ofOrgUnit(qint64 orgUnitId) const;

private:
    Result<QList<RightsProfile>> query(const QString &where, const QVariantList &params) const;
    RightsProfile fromRow(const QSqlQuery &row) const;
    // Resolves the names of the CI and holder, failing with NotFound when one does not exist.
    Status resolve(RightsProfile &rights) const;
    Status requireUnique(const RightsProfile &rights) const;

    const Database &m_db;
    QString m_actor;
    const Clock &m_clock;
};

} // namespace ChangeDesk
