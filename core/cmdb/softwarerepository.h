#pragma once

#include "common/clock.h"
#include "common/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace ChangeDesk {

class Database;

// One product of the catalogue; its many spellings are aliases (ProductName).
struct Product {
    qint64 id = 0;
    QString key;
    QString vendor;
    QString name;
    int rowVersion = 0;
};

// A product in a version on one CI (N1, N8).
struct InstalledSoftware {
    qint64 id = 0;
    qint64 ciId = 0;
    qint64 productId = 0;
    QString productKey;
    QString productName;
    QString vendor;
    QString version;
    QString cpe23;
    QString purl;
    QString source; // manual, csv, sbom
    int rowVersion = 0;
};

// A patch applied to a CI: what, when, by whom and by which change (N8, M8 patch status).
struct AppliedPatch {
    qint64 id = 0;
    qint64 ciId = 0;
    std::optional<qint64> productId;
    QString title;
    QString reference;  // KB number, advisory id, vendor bulletin
    QString fromVersion;
    QString toVersion;
    QDateTime appliedAt;
    QString appliedBy;
    QString changeRef;  // the change that applied it
    QString result = QStringLiteral("success"); // success, failed, rolled_back
    QString notes;
};

// The product catalogue, installed software and applied patches. Writes are one transaction each.
class SoftwareRepository
{
    Q_DECLARE_TR_FUNCTIONS(SoftwareRepository)

public:
    enum class Outcome { Created, Updated, Unchanged };

    explicit SoftwareRepository(const Database &db, const Clock &clock = Clock::system());

    // The catalogue product for a sighting (vendor, name, purl, CPE), created when new; every
    // spelling becomes an alias of it.
    Result<Product> ensureProduct(const QString &vendor, const QString &name, const QString &purl = {},
                                  const QString &cpe = {}) const;
    // A product by any of its spellings: key, alias, name, purl or CPE.
    Result<std::optional<Product>> findProduct(const QString &text) const;

    // Records that a CI has a product in a version (upsert by CI, product and version).
    Result<std::pair<InstalledSoftware, Outcome>> install(qint64 ciId, const QString &vendor, const QString &name,
                                                         const QString &version, const QString &purl = {},
                                                         const QString &cpe = {},
                                                         const QString &source = QStringLiteral("manual")) const;
    Status uninstall(const InstalledSoftware &software) const;
    Result<QList<InstalledSoftware>> installedOn(qint64 ciId) const;
    // CIs that have the product (in `version`, when given).
    Result<QList<qint64>> cisWith(qint64 productId, const QString &version = {}) const;

    Result<AppliedPatch> recordPatch(AppliedPatch patch) const;
    // Newest first.
    Result<QList<AppliedPatch>> patchesOf(qint64 ciId) const;

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace ChangeDesk
