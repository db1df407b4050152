#pragma once

#include "cmdb/cirepository.h"
#include "cmdb/softwarerepository.h"
#include "common/clock.h"
#include "common/error.h"
#include "people/rightsprofilerepository.h"

#include <QCoreApplication>

namespace ChangeDesk {

class Database;

// Everything a deleted CI takes with it, so that undoing the delete can put it all back.
struct CiSnapshot {
    ConfigurationItem ci;
    QList<CiRelation> relations;
    QList<InstalledSoftware> software;
    QList<AppliedPatch> patches; // newest first, as SoftwareRepository::patchesOf() reads them
    QList<RightsProfile> rights;
};

// Takes and restores CI snapshots (the undo of a delete).
class CiSnapshots
{
    Q_DECLARE_TR_FUNCTIONS(CiSnapshots)

public:
    CiSnapshots(const Database &db, QString actor, const Clock &clock = Clock::system());

    // The CI as it is stored, with everything that would go with it. NotFound when it is gone.
    Result<CiSnapshot> take(qint64 id) const;
    // Puts a deleted CI back under its id, in one transaction: its fields, attributes and
    // responsibilities, its relations to CIs that still exist, its installed software, its patch
    // history and its rights profiles (of people and units that still exist). Each is recorded
    // in the CI's history as it is put back. InvalidInput when the id or the name is taken.
    Result<ConfigurationItem> restore(const CiSnapshot &snapshot) const;

private:
    const Database &m_db;
    QString m_actor;
    const Clock &m_clock;
};

} // namespace ChangeDesk
