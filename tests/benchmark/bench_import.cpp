// Imports: 100k CIs from CSV (goal: less than 3 × sqlite3's .import of the same file into a plain
// table) and an SBOM of 10,000 components as a CI's software (goal: ≤ 2 s, beside python3 reading
// the same JSON).

#include "benchmarks.h"

#include "cmdb/ciexport.h"
#include "cmdb/ciimport.h"
#include "cmdb/sbomimport.h"
#include "storage/database.h"
#include "storage/migrator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Bench {

namespace {

void removeDatabase(const QString &file)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(file + suffix);
}

// A CycloneDX 1.6 SBOM of a server with `count` components: libraries with purls and CPEs as a
// container image scan lists them.
QByteArray largeSbom(int count)
{
    QJsonArray components;
    for (int i = 0; i < count; ++i) {
        const QString name = u"lib%1-%2"_s.arg(QChar(u'a' + i % 26)).arg(i);
        const QString version = u"%1.%2.%3"_s.arg(i % 7 + 1).arg(i % 13).arg(i % 31);
        components.append(QJsonObject {
            {u"type"_s, u"library"_s},
            {u"name"_s, name},
            {u"version"_s, version},
            {u"supplier"_s, QJsonObject {{u"name"_s, u"Vendor %1"_s.arg(i % 250)}}},
            {u"purl"_s, u"pkg:deb/debian/%1@%2"_s.arg(name, version)},
            {u"cpe"_s, u"cpe:2.3:a:vendor%1:%2:%3:*:*:*:*:*:*:*"_s.arg(i % 250).arg(name, version)},
            {u"bom-ref"_s, u"ref-%1"_s.arg(i)},
        });
    }
    const QJsonObject sbom {
        {u"bomFormat"_s, u"CycloneDX"_s},
        {u"specVersion"_s, u"1.6"_s},
        {u"version"_s, 1},
        {u"metadata"_s,
         QJsonObject {
             {u"component"_s, QJsonObject {{u"type"_s, u"container"_s}, {u"name"_s, u"bench-image"_s}}}}},
        {u"components"_s, components},
    };
    return QJsonDocument(sbom).toJson(QJsonDocument::Indented);
}

} // namespace

QString benchCsvImport(Context &context, Report &report)
{
    // The file: every CI of the demo database, as the export writes it (all columns).
    const QString csv = QDir(context.work).filePath(u"cis.csv"_s);
    auto exported = CiExporter(*context.db).exportToFile(csv);
    if (!exported)
        return exported.error().message;

    const int runs = std::min(context.runs, 5);
    QList<double> importTimes;
    qint64 created = 0;
    for (int run = 0; run < runs; ++run) {
        const QString file = QDir(context.work).filePath(u"import-target.db"_s);
        removeDatabase(file);
        auto target = openAndMigrate(DatabaseUrl::sqlite(file), {.createIfMissing = true});
        if (!target)
            return target.error().message;
        // The people and units the file's owner and unit columns name, as in the CMDB it came from.
        for (const QString &sql : {u"ATTACH DATABASE ? AS demo"_s, u"INSERT INTO org_unit SELECT * FROM demo.org_unit"_s,
                                   u"INSERT INTO person SELECT * FROM demo.person"_s, u"DETACH DATABASE demo"_s}) {
            auto done = (*target)->exec(sql, sql.contains(u'?') ? QVariantList{context.databaseFile} : QVariantList{});
            if (!done)
                return done.error().message;
        }
        QElapsedTimer timer;
        timer.start();
        auto imported = CiImporter(**target, u"changedesk-bench"_s).importCis(csv);
        importTimes.append(double(timer.nsecsElapsed()) / 1e6);
        if (!imported)
            return imported.error().message;
        if (imported->rejected > 0)
            return u"the import rejected %1 records: %2"_s.arg(imported->rejected)
                .arg(imported->entries.value(0).message);
        created = imported->created;
    }
    if (created != *exported)
        return u"exported %1 CIs but imported %2"_s.arg(*exported).arg(created);

    QList<double> referenceTimes;
    for (int run = 0; run < runs; ++run) {
        const QString file = QDir(context.work).filePath(u"sqlite3-import.db"_s);
        removeDatabase(file);
        const ToolRun sqlite = runTool(u"sqlite3"_s, {file, u".mode csv"_s, u".import '%1' t"_s.arg(csv)});
        if (!sqlite.error.isEmpty())
            return sqlite.error;
        referenceTimes.append(sqlite.ms);
    }
    report.add({.name = u"CSV import of %1 CIs (new)"_s.arg(formatCount(created)),
                .measuredMs = median(importTimes),
                .runs = runs,
                .goalText = u"< 3 × reference"_s,
                .referenceMs = median(referenceTimes),
                .referenceText = u"sqlite3 .import into a plain table"_s,
                .maxFactor = 3,
                .note = u"CiImporter::importCis into a database with the people and units but no CIs: checking pass, mapping, "
                        "validation, one transaction with the history entries; the file is the "
                        "export of the demo CMDB (%1 columns); sqlite3's time includes its start"_s.arg(
                            QString::number(19))});

    // The same file again: everything is unchanged (the idempotent re-import).
    const QString again = QDir(context.work).filePath(u"import-target.db"_s);
    auto target = Database::open(DatabaseUrl::sqlite(again));
    if (!target)
        return target.error().message;
    QElapsedTimer timer;
    timer.start();
    auto reimported = CiImporter(**target, u"changedesk-bench"_s).importCis(csv);
    const double reimportMs = double(timer.nsecsElapsed()) / 1e6;
    if (!reimported)
        return reimported.error().message;
    if (reimported->unchanged != created)
        return u"the re-import left %1 of %2 unchanged"_s.arg(reimported->unchanged).arg(created);
    report.add({.name = u"CSV re-import, all %1 unchanged"_s.arg(formatCount(created)),
                .measuredMs = reimportMs,
                .referenceMs = median(referenceTimes),
                .referenceText = u"sqlite3 .import into a plain table"_s});
    return {};
}

QString benchSbomImport(Context &context, Report &report)
{
    constexpr int kComponents = 10000;
    const QString path = QDir(context.work).filePath(u"bench-10k.cdx.json"_s);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(largeSbom(kComponents)) < 0)
            return u"cannot write %1: %2"_s.arg(path, file.errorString());
    }
    // A different CI each run, so that every run imports 10,000 new installations.
    const int runs = std::min(context.runs, 5);
    QStringList targets;
    {
        auto names = context.db->exec(
            u"SELECT name FROM configuration_item WHERE ci_class = 'vm' ORDER BY name DESC LIMIT ?"_s, {runs});
        if (!names)
            return names.error().message;
        while (names->next())
            targets << names->value(0).toString();
    }
    if (targets.size() < runs)
        return u"the demo data has fewer than %1 virtual machines"_s.arg(runs);
    QList<double> times;
    for (const QString &ci : std::as_const(targets)) {
        QElapsedTimer timer;
        timer.start();
        auto imported = SbomImporter(*context.db).importFile(path, {.ciName = ci});
        times.append(double(timer.nsecsElapsed()) / 1e6);
        if (!imported)
            return imported.error().message;
        if (imported->created != kComponents)
            return u"the SBOM import created %1 of %2 installations"_s.arg(imported->created)
                .arg(kComponents);
    }
    QList<double> referenceTimes;
    for (int run = 0; run < runs; ++run) {
        const ToolRun python = runTool(u"python3"_s, {u"-m"_s, u"json.tool"_s, path, u"/dev/null"_s});
        if (!python.error.isEmpty())
            return python.error;
        referenceTimes.append(python.ms);
    }
    report.add({.name = u"SBOM import, %1 components (CycloneDX 1.6)"_s.arg(formatCount(kComponents)),
                .measuredMs = median(times),
                .runs = runs,
                .goalMs = 2000,
                .goalText = u"≤ 2 s"_s,
                .referenceMs = median(referenceTimes),
                .referenceText = u"python3 -m json.tool on the same file"_s,
                .note = u"SbomImporter::importFile: parsing, catalogue lookups and new products, one "
                        "transaction, into a CI with other software"_s});
    return {};
}

} // namespace ChangeDesk::Bench
