#pragma once

#include "common/error.h"

#include <QChar>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace ChangeDesk {

// What an import reads: CIs or relations from CSV, or the installed software of one CI from an
// SBOM.
enum class ImportFormat { Auto, Csv, CsvRelations, CycloneDx, Spdx };

// What an import did (in a dry run: would do) with one CSV record or SBOM component.
enum class ImportOutcome { Created, Updated, Unchanged, Removed, Rejected };

struct ImportEntry {
    // CSV: the line the record starts on. SBOM: the component's position in the SBOM (1-based);
    // 0 for software removed because the SBOM no longer lists it.
    qint64 line = 0;
    QString key; // the CI's name; "source runs_on target"; "product version" for software
    ImportOutcome outcome = ImportOutcome::Unchanged;
    // Rejected: why, naming the column (or field) and the value. Updated: the changed fields.
    QString message;
    bool operator==(const ImportEntry &) const = default;
};

// Something the person should know that did not stop a record (a depends_on cycle, an invalid
// CPE that was left out). Line 0 is about the whole file.
struct ImportWarning {
    qint64 line = 0;
    QString message;
    bool operator==(const ImportWarning &) const = default;
};

// The result of an import or dry run. A dry run reports exactly what the real run would.
struct ImportReport {
    QString file;
    ImportFormat format = ImportFormat::Csv;
    bool dryRun = false;
    bool skipRejected = false;
    // The changes are in the database: not a dry run and not refused.
    bool committed = false;

    // CSV: how the file was read and mapped. `fields` has one entry per column of `columns`:
    // the field it fills, or empty when the column is ignored.
    QString encoding;
    QChar delimiter;
    QStringList columns;
    QStringList fields;

    // SBOM: the CI whose installed software the SBOM is, and what the SBOM says it describes.
    QString ciName;
    QString subjectName;

    qint64 created = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 removed = 0;
    qint64 rejected = 0;
    // In the order of the file; removed software last.
    QList<ImportEntry> entries;
    QList<ImportWarning> warnings;

    bool operator==(const ImportReport &) const = default;

    // Rejected records refuse the whole import unless skipRejected: nothing is written.
    bool refused() const { return rejected > 0 && !skipRejected; }
    // The error a refused import amounts to (InvalidInput, naming the file and the count).
    Error refusal() const;

    // Counts, mapping, entries and warnings with stable keys (changedeskctl --json).
    QJsonObject toJson() const;
    // One line in the user's language: "Created 3, updated 1, unchanged 5, removed 0,
    // rejected 2."
    QString summary() const;

    static QString formatKey(ImportFormat format); // auto, csv, csv-relations, cyclonedx, spdx
    static std::optional<ImportFormat> formatFromKey(const QString &key);
    static QString outcomeKey(ImportOutcome outcome); // created, updated, ...
    static QString outcomeName(ImportOutcome outcome); // in the user's language
};

// How far a long import is. CSV files are read twice: first checked as a whole (Checking), then
// imported (Importing); done and total are bytes of the file. SBOMs count components.
struct ImportProgress {
    enum class Phase { Checking, Importing };
    Phase phase = Phase::Checking;
    qint64 done = 0;
    qint64 total = 0;
};

// Called now and then during an import, from one thread at a time but not necessarily the one
// that called the importer (the CSV import reads the file on a thread of its own while the
// caller's writes). Returning false cancels it: everything is rolled back and the import fails
// with ErrorKind::Cancelled.
using ImportProgressCallback = std::function<bool(const ImportProgress &)>;

// The translatable texts shared by the importers.
class ImportTexts
{
    Q_DECLARE_TR_FUNCTIONS(ImportTexts)

public:
    static Error cancelled(const QString &file);
};

} // namespace ChangeDesk
