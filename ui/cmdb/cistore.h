#pragma once

#include "cmdb/cirepository.h"
#include "cmdb/cisnapshot.h"
#include "cmdb/softwarerepository.h"
#include "common/clock.h"
#include "common/error.h"
#include "people/rightsprofilerepository.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>

namespace ChangeDesk {
class Database;
}

namespace ChangeDesk::Ui {

class CiTableModel;

// Writes configuration items through the repositories (one transaction per action, recorded in
// the CI's history) and keeps the table model in step with what was written. The undo commands
// and the pane both go through it.
class CiStore : public QObject
{
    Q_OBJECT

public:
    CiStore(CiTableModel *model, const Clock &clock, QObject *parent = nullptr);

    void setDatabase(std::shared_ptr<Database> db);
    const std::shared_ptr<Database> &database() const { return m_db; }
    CiTableModel *model() const { return m_model; }
    const Clock &clock() const { return m_clock; }
    // Recorded in the history as the one who made the change.
    QString actor() const;
    CiRepository repository() const;
    RightsProfileRepository rightsRepository() const;

    // Reads the CI again from the database into the table; nullopt when it is gone (and its row
    // is removed).
    Result<std::optional<ConfigurationItem>> reload(qint64 id);

    // On success `ci` has its new row version and the table shows it.
    Status update(ConfigurationItem &ci);
    Result<ConfigurationItem> add(const ConfigurationItem &ci);
    Result<CiSnapshot> snapshot(qint64 id) const;
    // Deletes the CI of the snapshot (guarded by its row version).
    Status remove(const ConfigurationItem &ci);
    // Puts a deleted CI back with its id, attributes, relations (to CIs that still exist),
    // installed software and patch history, in one transaction.
    Result<ConfigurationItem> restore(const CiSnapshot &snapshot);

    Result<CiRelation> relate(qint64 sourceId, RelationType type, qint64 targetId);
    // The relation as it is now, found by its ends and type (ids change when a CI is restored).
    Status unrelate(qint64 sourceId, RelationType type, qint64 targetId);

    // Grants a rights profile on a CI (recorded in its history); the result carries its id and
    // row version.
    Result<RightsProfile> grant(const RightsProfile &rights);
    // Revokes exactly this grant (guarded by its row version).
    Status revoke(const RightsProfile &rights);
    // Saves a changed grant (holder, profile, description; guarded by its row version); `rights`
    // gets the new row version.
    Status changeGrant(RightsProfile &rights);
    // The grant as it is now, found by CI, holder and profile (ids change when granted again);
    // nullopt when there is none.
    Result<std::optional<RightsProfile>> findGrant(const RightsProfile &rights) const;

    // An undo or redo failed; `message` says what and why.
    void reportFailure(const QString &message) { Q_EMIT failed(message); }

Q_SIGNALS:
    // A CI's fields changed, it was added, restored or removed; relations between two CIs changed.
    void itemChanged(qint64 id);
    void itemRemoved(qint64 id);
    void relationsChanged(qint64 sourceId, qint64 targetId);
    // A rights profile on the CI was granted or revoked.
    void rightsChanged(qint64 ciId);
    void failed(const QString &message);

private:
    CiTableModel *m_model;
    const Clock &m_clock;
    std::shared_ptr<Database> m_db;
};

} // namespace ChangeDesk::Ui
