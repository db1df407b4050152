#pragma once

#include "cmdb/ci.h"
#include "common/error.h"
#include "demo/demodata.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ChangeDesk {

class Database;

// Installed software, applied patches and rights profiles of the demo CMDB (N1, N8, M11). What
// a CI gets follows from the seed and the CI alone, so a CI has the same software however many
// others are generated with it, and the counts are the same on SQLite and PostgreSQL.
namespace DemoSoftware {

// What the generator needs to know about a CI; read back from the database.
struct CiSketch {
    qint64 id = 0;
    QString name;
    CiClass ciClass = CiClass::Other;
    QString platform;
    QString platformVersion;
    QString firmwareVersion;
    std::optional<qint64> orgUnitId;
    QString department; // code of the owning unit without the agency's "-2" suffix ("IT", "FIN")
    int daysUnseen = 0;
};

// One product in one version on the CI.
struct Install {
    qsizetype product = -1; // index into DemoCatalogue::products()
    qsizetype release = -1; // index into its releases; -1 when the version is the CI's own (firmware)
    QString version;
};

struct PatchPlan {
    qsizetype product = -1;
    QString title;
    QString reference;
    QString fromVersion;
    QString toVersion;
    QDateTime appliedAt;
    QString appliedBy;
    QString result; // success, failed, rolled_back
    QString notes;
};

struct Plan {
    QList<Install> installs;
    QList<PatchPlan> patches;
};

struct PlanContext {
    quint32 seed = 0;
    QDateTime now;
    QStringList administrators; // logins of the IT department, who update network devices
};

// What one CI has installed and which patches were applied to it.
Plan plan(const PlanContext &context, const CiSketch &ci);

// The CIs of the given names (all CIs when `names` is empty), as the generator sees them.
Result<QList<CiSketch>> sketches(const Database &db, const QStringList &names = {});

// Logins of the people of the IT department, in id order.
Result<QStringList> administrators(const Database &db);

// Adds the catalogue's products (with their aliases), the installed software and patch history
// of `cis`, and rights profiles on them. Runs inside the caller's transaction; counts go into
// `report` ("products", "installed_software", "applied_patches", "rights_profiles").
Status generate(const Database &db, quint32 seed, const QList<CiSketch> &cis, const QDateTime &now,
                DemoData::Report &report);

// The version an inventory's CPE carries for a package version: "1:9.2p1-2+deb12u3" → "9.2p1".
QString upstreamVersion(const QString &debianVersion);

} // namespace DemoSoftware

} // namespace ChangeDesk
