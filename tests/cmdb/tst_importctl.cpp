// changedeskctl ci import and ci export through the real executable: CSV of CIs and relations,
// SBOMs, dry runs, --json, the mapping and encoding options, exit codes and messages naming file
// and line; and the text output of ci show, ci impact and group list in the user's language. On
// SQLite and PostgreSQL.

#include "testconfig.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QString sbomFixture(const QString &name)
{
    return QStringLiteral(CHANGEDESK_SOURCE_DIR) + u"/tests/cmdb/data/sbom/"_s + name;
}

QJsonObject counts(const Test::ProcessResult &run)
{
    return run.json().value(u"counts"_s).toObject();
}

} // namespace

class TestImportCtl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportAndImport_data() { Test::addBackendColumn(); }
    void exportAndImport();
    void rejectionsAndDryRun_data() { Test::addBackendColumn(); }
    void rejectionsAndDryRun();
    void relationsAndSboms_data() { Test::addBackendColumn(); }
    void relationsAndSboms();
    void options();
    void badUsage_data();
    void badUsage();
    void textInTheUsersLanguage();

private:
    QString prepare(const QString &backend, QTemporaryDir &dir, QProcessEnvironment &env);
    int ciCount(const QString &db, const QProcessEnvironment &env);
};

QString TestImportCtl::prepare(const QString &backend, QTemporaryDir &dir, QProcessEnvironment &env)
{
    auto url = Test::freshUrl(backend, dir);
    if (!url) {
        QTest::qFail(Test::why(url), __FILE__, __LINE__);
        return {};
    }
    env = backend == u"postgresql" ? Test::postgresEnvironment() : QProcessEnvironment();
    const QString text = url->toDisplayString();
    const auto seeded = Test::runCtl({u"--db"_s, text, u"demo-data"_s, u"--scale"_s, u"municipality"_s}, env);
    if (seeded.exitCode != 0) {
        QTest::qFail(seeded.describe(), __FILE__, __LINE__);
        return {};
    }
    return text;
}

int TestImportCtl::ciCount(const QString &db, const QProcessEnvironment &env)
{
    const auto list = Test::runCtl({u"--db"_s, db, u"--json"_s, u"ci"_s, u"list"_s}, env);
    return list.exitCode == 0 ? list.json().value(u"count"_s).toInt() : -1;
}

void TestImportCtl::exportAndImport()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    QProcessEnvironment env;
    const QString db = prepare(backend, dir, env);
    QVERIFY(!db.isEmpty());
    const int count = ciCount(db, env);
    QCOMPARE(count, 834);

    // To a file, with --json; to standard output with a filter.
    const QString file = dir.filePath(u"cis.csv"_s);
    const auto exported = Test::runCtl({u"--db"_s, db, u"ci"_s, u"export"_s, file, u"--json"_s}, env);
    QVERIFY2(exported.exitCode == 0, exported.describe());
    QCOMPARE(exported.json().value(u"count"_s).toInt(), count);
    const auto servers = Test::runCtl({u"--db"_s, db, u"ci"_s, u"export"_s, u"-"_s, u"--filter"_s,
                                       u"class = firewall"_s, u"--delimiter"_s, u";"_s},
                                      env);
    QVERIFY2(servers.exitCode == 0, servers.describe());
    const QStringList lines = servers.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 2); // the header and the two firewalls
    QVERIFY(lines.constFirst().startsWith(u"name;class;description;owner;org_unit;site;"_s));
    QVERIFY(lines.at(1).startsWith(u"fw-edge-01;firewall;"_s));

    // Read back: everything unchanged, in text and in JSON.
    const auto text = Test::runCtl({u"--db"_s, db, u"ci"_s, u"import"_s, file}, env);
    QVERIFY2(text.exitCode == 0, text.describe());
    QVERIFY2(text.out.contains(u"Created 0, updated 0, unchanged %1, removed 0, rejected 0."_s.arg(count)),
             text.describe());
    const auto json = Test::runCtl({u"--db"_s, db, u"--json"_s, u"ci"_s, u"import"_s, file}, env);
    QVERIFY2(json.exitCode == 0, json.describe());
    QCOMPARE(counts(json).value(u"unchanged"_s).toInt(), count);
    QCOMPARE(json.json().value(u"format"_s).toString(), u"csv"_s);
    QVERIFY(json.json().value(u"committed"_s).toBool());
    QCOMPARE(json.json().value(u"entries"_s).toArray().size(), count);
    QCOMPARE(json.json().value(u"mapping"_s).toArray().first().toObject().value(u"field"_s).toString(),
             u"name"_s);
}

void TestImportCtl::rejectionsAndDryRun()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    QProcessEnvironment env;
    const QString db = prepare(backend, dir, env);
    QVERIFY(!db.isEmpty());
    const int before = ciCount(db, env);

    const QString file = writeFile(dir, u"new.csv"_s,
                                   "name,class,site\r\n"
                                   "new-01,server,Stadhuis\r\n"
                                   "new-02,serveer,Stadhuis\r\n"
                                   "new-03,vm,Stadhuis\r\n");
    // A rejection: exit 1, the line and value on stderr, nothing written.
    const auto refused = Test::runCtl({u"--db"_s, db, u"ci"_s, u"import"_s, file}, env);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(
                 u"new.csv: line 3: new-02 rejected: column 'class' (class): 'serveer' is not one of"_s),
             refused.describe());
    QVERIFY2(refused.err.contains(u"nothing was imported"_s), refused.describe());
    QCOMPARE(ciCount(db, env), before);
    const auto refusedJson = Test::runCtl({u"--db"_s, db, u"--json"_s, u"ci"_s, u"import"_s, file}, env);
    QCOMPARE(refusedJson.exitCode, 1);
    QCOMPARE(refusedJson.json().value(u"ok"_s).toBool(true), false);
    QCOMPARE(refusedJson.json().value(u"error"_s).toObject().value(u"kind"_s).toString(), u"invalid-input"_s);
    QCOMPARE(counts(refusedJson).value(u"rejected"_s).toInt(), 1);
    QCOMPARE(counts(refusedJson).value(u"created"_s).toInt(), 2);
    const QJsonObject rejected = refusedJson.json().value(u"entries"_s).toArray().at(1).toObject();
    QCOMPARE(rejected.value(u"line"_s).toInt(), 3);
    QCOMPARE(rejected.value(u"outcome"_s).toString(), u"rejected"_s);

    // The dry run reports the same and exits the same, with or without --skip-rejected.
    const auto dryRefused
        = Test::runCtl({u"--db"_s, db, u"--json"_s, u"ci"_s, u"import"_s, file, u"--dry-run"_s}, env);
    QCOMPARE(dryRefused.exitCode, 1);
    QCOMPARE(dryRefused.json().value(u"entries"_s), refusedJson.json().value(u"entries"_s));
    const auto dry = Test::runCtl(
        {u"--db"_s, db, u"--json"_s, u"ci"_s, u"import"_s, file, u"--dry-run"_s, u"--skip-rejected"_s}, env);
    QVERIFY2(dry.exitCode == 0, dry.describe());
    QVERIFY(dry.json().value(u"dry_run"_s).toBool());
    QVERIFY(!dry.json().value(u"committed"_s).toBool(true));
    QCOMPARE(ciCount(db, env), before);
    const auto dryText = Test::runCtl(
        {u"--db"_s, db, u"ci"_s, u"import"_s, file, u"--dry-run"_s, u"--skip-rejected"_s}, env);
    QVERIFY2(dryText.out.contains(u"nothing was written"_s), dryText.describe());

    // With --skip-rejected the two valid records are imported.
    const auto skipped
        = Test::runCtl({u"--db"_s, db, u"--json"_s, u"ci"_s, u"import"_s, file, u"--skip-rejected"_s}, env);
    QVERIFY2(skipped.exitCode == 0, skipped.describe());
    QCOMPARE(counts(skipped), counts(dry));
    QVERIFY(skipped.json().value(u"committed"_s).toBool());
    QCOMPARE(ciCount(db, env), before + 2);

    // A broken file: exit 2, file and line on stderr, nothing written.
    const QString broken
        = writeFile(dir, u"broken.csv"_s, "name,class\r\nx-01,server\r\nx-02,\"server\r\nx-03,vm\r\n");
    const auto quote = Test::runCtl({u"--db"_s, db, u"ci"_s, u"import"_s, broken}, env);
    QCOMPARE(quote.exitCode, 2);
    QVERIFY2(quote.err.contains(u"broken.csv: line 3: a quoted field opened here is never closed"_s),
             quote.describe());
    QCOMPARE(ciCount(db, env), before + 2);
}

void TestImportCtl::relationsAndSboms()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    QProcessEnvironment env;
    const QString db = prepare(backend, dir, env);
    QVERIFY(!db.isEmpty());

    // Relations, recognised by their columns.
    const QString relations = writeFile(dir, u"relations.csv"_s,
                                        "source,type,target\r\n"
                                        "fw-edge-01,depends_on,sw-core-02\r\n"
                                        "sw-core-02,depends_on,fw-edge-01\r\n");
    const auto related = Test::runCtl({u"--db"_s, db, u"--json"_s, u"ci"_s, u"import"_s, relations}, env);
    QVERIFY2(related.exitCode == 0, related.describe());
    QCOMPARE(related.json().value(u"format"_s).toString(), u"csv-relations"_s);
    QCOMPARE(counts(related).value(u"created"_s).toInt(), 2);
    // A dependency cycle is imported with a warning naming its lines.
    const QJsonArray warnings = related.json().value(u"warnings"_s).toArray();
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first().toObject().value(u"line"_s).toInt(), 3);
    QVERIFY2(
        related.err.contains(u"relations.csv: line 3: warning: this relation closes a cycle of depends_on"_s),
        related.describe());
    const QString cycle = writeFile(dir, u"cycle.csv"_s,
                                    "source;type;target\r\nrt-site-001;located_at;sw-001-01\r\n"
                                    "sw-001-01;located_at;rt-site-001\r\n");
    const auto refused
        = Test::runCtl({u"--db"_s, db, u"ci"_s, u"import"_s, cycle, u"--format"_s, u"csv-relations"_s}, env);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(
                 u"cycle.csv: line 3: sw-001-01 located_at rt-site-001 rejected: this relation would close "
                 "a cycle of runs_on, part_of and located_at: sw-001-01 located_at rt-site-001 (line 3), "
                 "rt-site-001 located_at sw-001-01 (line 2)"_s),
             refused.describe());

    // An SBOM into a named CI; the format is recognised.
    const auto sbom = Test::runCtl({u"--db"_s, db, u"--json"_s, u"ci"_s, u"import"_s,
                                    sbomFixture(u"workstation.cdx.json"_s), u"--ci"_s, u"esx-001"_s},
                                   env);
    QVERIFY2(sbom.exitCode == 0, sbom.describe());
    QCOMPARE(sbom.json().value(u"format"_s).toString(), u"cyclonedx"_s);
    QCOMPARE(sbom.json().value(u"ci"_s).toString(), u"esx-001"_s);
    QCOMPARE(counts(sbom).value(u"created"_s).toInt(), 8);
    const auto again
        = Test::runCtl({u"--db"_s, db, u"ci"_s, u"import"_s, sbomFixture(u"workstation.cdx.json"_s),
                        u"--ci"_s, u"esx-001"_s, u"--dry-run"_s},
                       env);
    QVERIFY2(again.exitCode == 0, again.describe());
    QVERIFY2(again.out.contains(u"Created 0, updated 0, unchanged 8, removed 0, rejected 0."_s),
             again.describe());

    // Without --ci the SBOM's subject must be a CI.
    const auto noCi
        = Test::runCtl({u"--db"_s, db, u"ci"_s, u"import"_s, sbomFixture(u"workstation.cdx.json"_s)}, env);
    QCOMPARE(noCi.exitCode, 2);
    QVERIFY2(noCi.err.contains(u"describes 'WS-STADHUIS-042', and no configuration item has that name"_s),
             noCi.describe());
    const auto wrongFormat
        = Test::runCtl({u"--db"_s, db, u"ci"_s, u"import"_s, sbomFixture(u"workstation.cdx.json"_s),
                        u"--format"_s, u"spdx"_s, u"--ci"_s, u"esx-001"_s},
                       env);
    QCOMPARE(wrongFormat.exitCode, 2);
    QVERIFY2(wrongFormat.err.contains(u"is a CycloneDX SBOM, not SPDX"_s), wrongFormat.describe());
    const auto truncated = Test::runCtl(
        {u"--db"_s, db, u"ci"_s, u"import"_s, sbomFixture(u"truncated.cdx.json"_s), u"--ci"_s, u"esx-001"_s},
        env);
    QCOMPARE(truncated.exitCode, 2);
    QVERIFY2(truncated.err.contains(u"truncated.cdx.json, line 44, column 25"_s), truncated.describe());
}

void TestImportCtl::options()
{
    QTemporaryDir dir;
    QProcessEnvironment env;
    const QString db = prepare(u"sqlite"_s, dir, env);
    QVERIFY(!db.isEmpty());

    // --map, --delimiter and --encoding on a UTF-16 file with a tab as delimiter.
    QStringEncoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    const QString file
        = writeFile(dir, u"inventory.txt"_s,
                    utf16.encode(u"Hostname\tStandort\tSerial\r\nws-neu-01\tBürgerbüro\tSN-1\r\n"_s));
    const auto imported = Test::runCtl({u"--db"_s, db, u"--json"_s, u"ci"_s, u"import"_s, file, u"--format"_s,
                                        u"csv"_s, u"--delimiter"_s, u"tab"_s, u"--encoding"_s, u"utf-16le"_s,
                                        u"--map"_s, u"Hostname=name"_s, u"--map"_s, u"Standort=site"_s,
                                        u"--map"_s, u"Serial=attr.serial"_s},
                                       env);
    QVERIFY2(imported.exitCode == 0, imported.describe());
    QCOMPARE(counts(imported).value(u"created"_s).toInt(), 1);
    QCOMPARE(imported.json().value(u"encoding"_s).toString(), u"UTF-16LE"_s);
    const auto shown = Test::runCtl({u"--db"_s, db, u"--json"_s, u"ci"_s, u"show"_s, u"ws-neu-01"_s}, env);
    QVERIFY2(shown.exitCode == 0, shown.describe());
    const QJsonObject ci = shown.json().value(u"configuration_item"_s).toObject();
    QCOMPARE(ci.value(u"site"_s).toString(), u"Bürgerbüro"_s);
    QCOMPARE(ci.value(u"attributes"_s).toObject().value(u"serial"_s).toString(), u"SN-1"_s);

    // A mapping to a field that does not exist.
    const auto badField
        = Test::runCtl({u"--db"_s, db, u"ci"_s, u"import"_s, file, u"--map"_s, u"Hostname=hostname"_s}, env);
    QCOMPARE(badField.exitCode, 2);
    QVERIFY2(badField.err.contains(u"'hostname' is not a field to map a column to"_s), badField.describe());
}

void TestImportCtl::badUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString csv = QStringLiteral(CHANGEDESK_SOURCE_DIR) + u"/tests/cmdb/data/import/field-count.csv"_s;
    QTest::newRow("no file") << QStringList {u"ci"_s, u"import"_s} << 2 << u"exactly one file"_s;
    QTest::newRow("two files") << QStringList {u"ci"_s, u"import"_s, csv, csv} << 2 << u"exactly one file"_s;
    QTest::newRow("unknown format") << QStringList {u"ci"_s, u"import"_s, csv, u"--format"_s, u"xls"_s} << 2
                                    << u"'xls'"_s;
    QTest::newRow("--ci for CSV") << QStringList {u"ci"_s,  u"import"_s, csv,   u"--format"_s,
                                                  u"csv"_s, u"--ci"_s,   u"x"_s}
                                  << 2 << u"--ci is for SBOMs"_s;
    QTest::newRow("--map for SBOM") << QStringList {
        u"ci"_s, u"import"_s, sbomFixture(u"workstation.cdx.json"_s), u"--map"_s,
        u"a=name"_s} << 2 << u"are for CSV files"_s;
    QTest::newRow("bad --map") << QStringList {u"ci"_s, u"import"_s, csv, u"--map"_s, u"name"_s} << 2
                               << u"COLUMN=FIELD"_s;
    QTest::newRow("bad delimiter") << QStringList {u"ci"_s, u"import"_s, csv, u"--delimiter"_s, u";;"_s} << 2
                                   << u"--delimiter"_s;
    QTest::newRow("bad encoding") << QStringList {u"ci"_s, u"import"_s, csv, u"--encoding"_s, u"ebcdic"_s}
                                  << 2 << u"'ebcdic'"_s;
    QTest::newRow("missing file") << QStringList {u"ci"_s, u"import"_s, u"/nonexistent/cis.csv"_s} << 1
                                  << u"/nonexistent/cis.csv does not exist"_s;
    QTest::newRow("broken CSV") << QStringList {u"ci"_s, u"import"_s, csv} << 2
                                << u"field-count.csv: line 3:"_s;
    QTest::newRow("export without file") << QStringList {u"ci"_s, u"export"_s} << 2 << u"exactly one file"_s;
    QTest::newRow("export JSON to stdout")
        << QStringList {u"--json"_s, u"ci"_s, u"export"_s, u"-"_s} << 2 << u"standard output"_s;
    QTest::newRow("export bad filter")
        << QStringList {u"ci"_s, u"export"_s, u"-"_s, u"--filter"_s, u"class ="_s} << 2 << u"--filter"_s;
    QTest::newRow("export into a missing folder")
        << QStringList {u"ci"_s, u"export"_s, u"/nonexistent/folder/cis.csv"_s} << 1
        << u"cannot be written"_s;
}

void TestImportCtl::badUsage()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    static QTemporaryDir dir;
    static QProcessEnvironment env;
    static const QString db = prepare(u"sqlite"_s, dir, env);
    QVERIFY(!db.isEmpty());
    const auto run = Test::runCtl(QStringList {u"--db"_s, db} + args, env);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), run.describe());
}

void TestImportCtl::textInTheUsersLanguage()
{
    QTemporaryDir dir;
    QProcessEnvironment env;
    const QString db = prepare(u"sqlite"_s, dir, env);
    QVERIFY(!db.isEmpty());

    // Labels and values, not the JSON keys.
    const auto shown = Test::runCtl({u"--db"_s, db, u"ci"_s, u"show"_s, u"fw-edge-01"_s}, env);
    QVERIFY2(shown.exitCode == 0, shown.describe());
    for (const QString &line :
         {u"Name: fw-edge-01"_s, u"Class: Firewall"_s, u"Lifecycle: In production"_s, u"Mobile: no"_s,
          u"Update source: No update mechanism"_s, u"Restart handling: Restart by an administrator"_s})
        QVERIFY2(shown.out.contains(line), qPrintable(line + u"\n"_s + shown.out));
    for (const QString &key : {u"class: "_s, u"in_production"_s, u"mobile: false"_s, u"row_version"_s})
        QVERIFY2(!shown.out.contains(key), qPrintable(key + u"\n"_s + shown.out));

    const auto impact = Test::runCtl({u"--db"_s, db, u"ci"_s, u"impact"_s, u"esx-001"_s}, env);
    QVERIFY2(impact.exitCode == 0, impact.describe());
    QVERIFY2(impact.out.contains(u"  Confidentiality: "_s) && impact.out.contains(u"  Availability: "_s),
             impact.describe());
    QVERIFY2(!impact.out.contains(u"  confidentiality: "_s), impact.describe());

    const auto groups = Test::runCtl({u"--db"_s, db, u"group"_s, u"list"_s}, env);
    QVERIFY2(groups.exitCode == 0, groups.describe());
    QVERIFY2(groups.out.contains(u" static "_s) && groups.out.contains(u" dynamic "_s), groups.describe());

    // In German, the values come from the catalogue (the labels once they are translated).
    QProcessEnvironment german = env;
    german.insert(u"LANGUAGE"_s, u"de"_s);
    german.insert(u"LC_ALL"_s, u"de_DE.UTF-8"_s);
    german.insert(u"LANG"_s, u"de_DE.UTF-8"_s);
    const auto deutsch = Test::runCtl({u"--db"_s, db, u"ci"_s, u"show"_s, u"vm-001-01"_s}, german);
    QVERIFY2(deutsch.exitCode == 0, deutsch.describe());
    QVERIFY2(deutsch.out.contains(u": Virtuelle Maschine"_s), deutsch.describe());
    QVERIFY2(!deutsch.out.contains(u"Virtual machine"_s), deutsch.describe());
    // JSON keeps the stable keys in every language.
    const auto json = Test::runCtl({u"--db"_s, db, u"--json"_s, u"ci"_s, u"show"_s, u"vm-001-01"_s}, german);
    QCOMPARE(json.json().value(u"configuration_item"_s).toObject().value(u"class"_s).toString(), u"vm"_s);
}

QTEST_GUILESS_MAIN(TestImportCtl)
#include "tst_importctl.moc"
