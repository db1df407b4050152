#pragma once

#include "cmdb/csv.h"
#include "cmdb/importreport.h"
#include "common/clock.h"
#include "common/error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace ChangeDesk {

class Database;

struct CsvImportOptions {
    // Force what CsvReader would otherwise detect.
    std::optional<CsvEncoding> encoding;
    std::optional<QChar> delimiter;
    // Explicit mapping, applied over the automatic one: a column, named by its header (compared
    // like CiFields::fieldForHeader compares) or as "#N" for the N-th column (1-based), and the
    // field key it fills (CiFields; for relation files source, type, target), or "" or "-" to
    // ignore the column.
    QList<std::pair<QString, QString>> mapping;
    bool dryRun = false;
    // Write the valid records although others were rejected (by default one rejected record
    // means nothing is written).
    bool skipRejected = false;
    ImportProgressCallback progress;
};

// The start of a CSV file as an import would read it, for a column-mapping dialog's preview.
struct CsvPreview {
    ImportFormat format = ImportFormat::Csv; // Csv or CsvRelations, from the mapped columns
    CsvEncoding encoding = CsvEncoding::Utf8;
    QChar delimiter;
    QStringList columns; // the header
    QStringList fields; // per column: the field it would fill, or empty when ignored
    QList<CsvRecord> records;
};

// Imports configuration items and relations from CSV files (N1, M2, M3), as Excel writes them in
// English, German and Dutch locales.
//
// CIs: one record per CI; the `name` column is the key. A CI of that name is created, or updated
// in the mapped fields only (unmapped fields and attributes keep their values), or left
// unchanged when every mapped field already holds the value. Values are the stable keys
// (CmdbNames::key) or the names in the user's language; booleans are yes/no, true/false, 1/0,
// ja/nee/nein; owner and responsible.ROLE are logins (several comma-separated for a role);
// org_unit is a unit's code or name; last_seen is ISO 8601 (without a zone: local time) or the
// dates Excel writes in de/nl. An empty cell clears a text, owner, unit, last seen, role or
// attribute; for class, lifecycle, protection levels, mobile and the update settings (which
// cannot be empty) it means the default for a new CI and keeps the value of an existing one.
//
// Relations: columns source, type, target (CI names and a relation type key or name); an
// existing relation is unchanged. For runs_on, part_of and located_at (which place a CI inside
// another) a cycle through any of them is rejected, naming the lines that form it, because a CI
// cannot contain itself. A depends_on cycle is only a warning naming its lines: services can
// depend on each other, and impact analysis reports such cycles.
//
// Both: the file is read twice, first as a whole for errors of the file itself (encoding,
// quotes, columns; these abort with file and line, before anything is written), then imported.
// The import is one transaction; a rejected record (bad value, unknown owner, duplicate key,
// naming both lines, …) is reported with its line and, unless skipRejected, means nothing is
// written. A dry run takes the same path and rolls back. Memory stays bounded apart from the
// report (one entry per record) and, for CIs, the CIs already in the database.
//
// Do not call inside another Database::write(): a dry run must roll back on its own.
class CiImporter
{
    Q_DECLARE_TR_FUNCTIONS(CiImporter)

public:
    // `actor` is recorded in the history of every CI the import creates, changes or relates.
    CiImporter(const Database &db, QString actor, const Clock &clock = Clock::system());

    Result<ImportReport> importCis(const QString &path, const CsvImportOptions &options = {}) const;
    Result<ImportReport> importRelations(const QString &path, const CsvImportOptions &options = {}) const;

    // Reads the header and the first `maxRecords` records, with the mapping the import would use.
    // Errors of the file itself within them are reported as import would.
    static Result<CsvPreview> preview(const QString &path, const CsvImportOptions &options = {},
                                      int maxRecords = 20);

    // The format of a file by its content: JSON is CycloneDX or SPDX (as the document says;
    // neither is an error), anything else CSV, of relations when its mapped columns are source,
    // type and target and there is no name column, else of CIs.
    static Result<ImportFormat> detectFormat(const QString &path, const CsvImportOptions &options = {});

private:
    const Database &m_db;
    QString m_actor;
    const Clock &m_clock;
};

} // namespace ChangeDesk
