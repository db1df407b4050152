#pragma once

#include "cmdb/ci.h"
#include "common/clock.h"
#include "common/error.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>
#include <QVariantList>

namespace ChangeDesk {

class Database;

// One recorded edit of a CI: who changed which field from what to what (or created, deleted,
// related it). The history outlives the CI.
struct CiHistoryEntry {
    qint64 id = 0;
    qint64 ciId = 0;
    QString ciName;
    QDateTime changedAt;
    QString changedBy;
    QString action; // created, updated, deleted, restored, related, unrelated, granted, revoked
    QString field;  // for updated: name, class, site, …, attr.NAME, responsible.ROLE; rights.PROFILE
    QString oldValue;
    QString newValue;
};

// Reads and writes configuration items and their relations. Every write is one transaction,
// validated first, guarded by the row version, and recorded in the CI's history.
class CiRepository
{
    Q_DECLARE_TR_FUNCTIONS(CiRepository)

public:
    // `actor` is recorded in the history (the signed-in user).
    CiRepository(const Database &db, QString actor, const Clock &clock = Clock::system());

    Result<ConfigurationItem> add(ConfigurationItem ci) const;
    // Puts a deleted CI back under its old id (undoing a delete), with its attributes and
    // responsibilities; recorded as "restored". InvalidInput when the id or the name is taken.
    Result<ConfigurationItem> restore(ConfigurationItem ci) const;
    // Saves the changed fields; Conflict when someone else saved first. On success `ci` carries
    // the new row version.
    Status update(ConfigurationItem &ci) const;
    Status remove(const ConfigurationItem &ci) const;

    Result<std::optional<ConfigurationItem>> byId(qint64 id) const;
    Result<std::optional<ConfigurationItem>> byName(const QString &name) const;
    // All CIs matching an SQL condition over alias `ci` (e.g. GroupExpression::toSql), ordered by
    // name; attributes and responsibilities included.
    Result<QList<ConfigurationItem>> list(const QString &where = {}, const QVariantList &params = {}) const;
    Result<qint64> count() const;
    // Names of the given CIs (those that exist), read in batches.
    Result<QHash<qint64, QString>> names(const QList<qint64> &ids) const;

    Result<CiRelation> relate(qint64 sourceId, RelationType type, qint64 targetId) const;
    Status unrelate(const CiRelation &relation) const;
    // Relations where the CI is source or target.
    Result<QList<CiRelation>> relationsOf(qint64 ciId) const;

    Result<QList<CiHistoryEntry>> history(qint64 ciId) const;
    // Records an edit of something that belongs to a CI (a rights profile: field
    // "rights.<profile>") in the CI's history; call inside the caller's write transaction.
    Status recordHistory(qint64 ciId, const QString &ciName, const QString &action, const QString &field,
                         const QString &oldValue, const QString &newValue) const;

    static Status validate(const ConfigurationItem &ci);
    // The columns of configuration_item that an edit writes, and a CI's values for them in that
    // order (also used by bulk writers such as the demo data).
    static const QStringList &writableColumns();
    static QVariantList columnValues(const ConfigurationItem &ci, const class Dialect &dialect);
    // Field-by-field differences as (field, old, new) in display-independent text.
    static QList<std::array<QString, 3>> differences(const ConfigurationItem &before,
                                                     const ConfigurationItem &after);

private:
    ConfigurationItem fromRow(const QSqlQuery &row) const;
    Status loadDetails(QList<ConfigurationItem> &items) const;
    Status writeDetails(const ConfigurationItem &ci) const;
    Status record(qint64 ciId, const QString &ciName, const QString &action, const QString &field = {},
                  const QString &oldValue = {}, const QString &newValue = {}) const;

    const Database &m_db;
    QString m_actor;
    const Clock &m_clock;
};

} // namespace ChangeDesk
