#pragma once

#include "cmdb/importreport.h"
#include "cmdb/sbom.h"
#include "common/clock.h"
#include "common/error.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ChangeDesk {

class Database;

struct SbomImportOptions {
    // The CI whose installed software the SBOM is. Empty: the CI named like the SBOM's subject
    // (CycloneDX metadata.component, SPDX's described package); InvalidInput when there is none.
    QString ciName;
    // Refuse an SBOM of the other format (changedeskctl --format cyclonedx|spdx).
    std::optional<Sbom::Format> expectedFormat;
    bool dryRun = false;
    // Write the valid components although others were rejected.
    bool skipRejected = false;
    ImportProgressCallback progress;
    SbomParseOptions parse;
};

// Imports an SBOM (CycloneDX 1.2–1.6 or SPDX 2.3 JSON) as the complete installed software of one
// CI (N1, N8), in one transaction. Each component becomes a product of the catalogue
// (ProductName) in a version on the CI with source "sbom": created, updated (its CPE or purl
// changed) or unchanged. Software with source "sbom" on the CI that the SBOM no longer lists is
// removed and reported as removed; software entered by hand or from a CSV file is never touched
// (a component that is already there from such a source counts as unchanged and keeps its
// source). A component listed twice in the same version counts once. A component that gives no
// usable product name is rejected; an invalid CPE or purl is left out with a warning.
// Re-importing the same SBOM changes nothing. A dry run takes the same path and rolls back.
//
// Do not call inside another Database::write(): a dry run must roll back on its own.
class SbomImporter
{
    Q_DECLARE_TR_FUNCTIONS(SbomImporter)

public:
    explicit SbomImporter(const Database &db, const Clock &clock = Clock::system());

    // Parses the file (SbomParser::parseFile) and imports it.
    Result<ImportReport> importFile(const QString &path, const SbomImportOptions &options = {}) const;
    // Imports an SBOM already parsed; `fileName` names it in messages and the report.
    Result<ImportReport> importSbom(const Sbom &sbom, const QString &fileName,
                                    const SbomImportOptions &options = {}) const;

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace ChangeDesk
