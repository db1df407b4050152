// SBOM import: CycloneDX and SPDX SBOMs as the complete installed software of one CI, through
// the product catalogue. Every SBOM of the conformance corpus imports; re-importing changes
// nothing; dropped components are removed while software entered otherwise stays; broken SBOMs
// write nothing; dry runs report what the real run does; cancel rolls back; 10,000 components;
// on SQLite and PostgreSQL.

#include "testconfig.h"
#include "testsupport.h"

#include "cmdb/cirepository.h"
#include "cmdb/productname.h"
#include "cmdb/sbomimport.h"
#include "cmdb/softwarerepository.h"
#include "storage/database.h"
#include "storage/sqlitedirect.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;
using ChangeDesk::Test::why;

namespace {

const QDateTime kNow(QDate(2025, 6, 2), QTime(9, 30), QTimeZone::UTC);

QString fixture(const QString &name)
{
    return QStringLiteral(CHANGEDESK_SOURCE_DIR) + u"/tests/cmdb/data/sbom/"_s + name;
}

QString corpusDir()
{
    const QString corpus
        = qEnvironmentVariable("CHANGEDESK_CORPUS_DIR", QStringLiteral(CHANGEDESK_SHARED_CORPUS_DIR));
    return QDir::cleanPath(corpus + u"/sbom"_s);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

struct Component {
    QString name;
    QString version;
    QString purl;
    QString cpe;
};

QByteArray cycloneDx(const QString &subject, const QList<Component> &components,
                     const QString &version = u"1.5"_s)
{
    QJsonArray list;
    for (const Component &c : components) {
        QJsonObject o {{u"type"_s, u"library"_s}, {u"name"_s, c.name}, {u"version"_s, c.version}};
        if (!c.purl.isEmpty())
            o.insert(u"purl"_s, c.purl);
        if (!c.cpe.isEmpty())
            o.insert(u"cpe"_s, c.cpe);
        list.append(o);
    }
    return QJsonDocument(QJsonObject {
                             {u"bomFormat"_s, u"CycloneDX"_s},
                             {u"specVersion"_s, version},
                             {u"version"_s, 1},
                             {u"metadata"_s,
                              QJsonObject {{u"component"_s,
                                            QJsonObject {{u"type"_s, u"device"_s}, {u"name"_s, subject}}}}},
                             {u"components"_s, list},
                         })
        .toJson();
}

QStringList outcomes(const ImportReport &report)
{
    QStringList list;
    for (const ImportEntry &e : report.entries)
        list << u"%1 %2 %3"_s.arg(e.line).arg(e.key, ImportReport::outcomeKey(e.outcome));
    return list;
}

QStringList installed(const Database &db, qint64 ciId)
{
    QStringList list;
    auto rows = SoftwareRepository(db).installedOn(ciId);
    if (!rows)
        return {u"error: "_s + rows.error().message};
    for (const InstalledSoftware &s : std::as_const(*rows))
        list << u"%1 %2 %3"_s.arg(s.productKey, s.version, s.source);
    return list;
}

} // namespace

class TestSbomImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { Test::failOnSqlWarnings(); }
    void corpus_data();
    void corpus();
    void projectFixtures_data() { Test::addBackendColumn(); }
    void projectFixtures();
    void brokenSboms_data();
    void brokenSboms();
    void reimportRemovesDropped_data() { Test::addBackendColumn(); }
    void reimportRemovesDropped();
    void whichCi_data() { Test::addBackendColumn(); }
    void whichCi();
    void rejectedComponents_data() { Test::addBackendColumn(); }
    void rejectedComponents();
    void cancel_data() { Test::addBackendColumn(); }
    void cancel();
    void tenThousandComponents_data() { Test::addBackendColumn(); }
    void tenThousandComponents();
    void sqliteWithoutItsInterface();

private:
    // A fresh database with one CI per name.
    std::shared_ptr<Database> setUp(const QString &backend, const QTemporaryDir &dir, const QStringList &cis);
    qint64 ciId(const Database &db, const QString &name);
    ManualClock m_clock {kNow};
};

std::shared_ptr<Database> TestSbomImport::setUp(const QString &backend, const QTemporaryDir &dir,
                                                const QStringList &cis)
{
    auto db = Test::openFresh(backend, dir);
    if (!db) {
        QTest::qFail(Test::why(db), __FILE__, __LINE__);
        return {};
    }
    const CiRepository repository(**db, u"someone"_s, m_clock);
    for (const QString &name : cis) {
        ConfigurationItem ci;
        ci.name = name;
        ci.ciClass = CiClass::Server;
        if (auto added = repository.add(ci); !added) {
            QTest::qFail(Test::why(added), __FILE__, __LINE__);
            return {};
        }
    }
    return *db;
}

qint64 TestSbomImport::ciId(const Database &db, const QString &name)
{
    auto ci = CiRepository(db, {}).byName(name);
    return ci && *ci ? (*ci)->id : 0;
}

void TestSbomImport::corpus_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("path");
    const QString dir = corpusDir();
    if (!QFileInfo(dir).isDir())
        QSKIP(qPrintable(
            u"The conformance corpus is not present at %1 (it is on developer machines and in "
            "CI, not on users' machines); the project's own SBOMs cover the same behaviours."_s.arg(dir)));
    QDirIterator it(dir, {u"*.json"_s}, QDir::Files, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    QVERIFY2(!files.isEmpty(), qPrintable(u"no JSON files in %1"_s.arg(dir)));
    for (const QString &backend : Test::backends()) {
        for (const QString &file : std::as_const(files))
            QTest::newRow(qPrintable(backend + u' ' + QDir(dir).relativeFilePath(file))) << backend << file;
    }
}

void TestSbomImport::corpus()
{
    QFETCH(QString, backend);
    QFETCH(QString, path);
    auto sbom = SbomParser::parseFile(path);
    QVERIFY2(sbom, why(sbom));
    QTemporaryDir dir;
    // Into the CI the SBOM describes.
    auto db = setUp(backend, dir, {sbom->subjectName});
    QVERIFY(db);
    const qint64 id = ciId(*db, sbom->subjectName);
    QVERIFY(id > 0);
    const SbomImporter importer(*db, m_clock);

    SbomImportOptions dry;
    dry.dryRun = true;
    const auto empty = Test::dumpTables(*db);
    auto dryRun = importer.importFile(path, dry);
    QVERIFY2(dryRun, why(dryRun));
    QCOMPARE(*Test::dumpTables(*db), *empty);

    auto first = importer.importFile(path);
    QVERIFY2(first, why(first));
    QVERIFY(first->committed);
    QCOMPARE(first->ciName, sbom->subjectName);
    QCOMPARE(first->rejected, 0);
    QCOMPARE(first->entries.size(), sbom->components.size());
    QCOMPARE(first->created + first->unchanged, sbom->components.size());
    QVERIFY(first->created > 0);
    // Every component is on the CI once per product and version; the rest are repeats.
    QSet<QString> distinct;
    for (const SbomComponent &c : std::as_const(sbom->components))
        distinct.insert(ProductName::normalize(c.vendor, c.name, c.purl, c.cpe).key + u'|' + c.version);
    QCOMPARE(first->created, distinct.size());
    QCOMPARE(installed(*db, id).size(), distinct.size());
    for (const QString &row : installed(*db, id))
        QVERIFY2(row.endsWith(u" sbom"_s), qPrintable(row));
    ImportReport expected = *dryRun;
    expected.dryRun = false;
    expected.committed = true;
    QCOMPARE(*first, expected);

    const auto after = Test::dumpTables(*db);
    auto again = importer.importFile(path);
    QVERIFY2(again, why(again));
    QCOMPARE(again->created + again->updated + again->removed + again->rejected, 0);
    QCOMPARE(again->unchanged, sbom->components.size());
    QCOMPARE(*Test::dumpTables(*db), *after);
}

void TestSbomImport::projectFixtures()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto db = setUp(backend, dir, {u"WS-STADHUIS-042"_s, u"srv-app-01"_s});
    QVERIFY(db);
    const SbomImporter importer(*db, m_clock);

    auto workstation = importer.importFile(fixture(u"workstation.cdx.json"_s));
    QVERIFY2(workstation, why(workstation));
    QCOMPARE(workstation->format, ImportFormat::CycloneDx);
    QCOMPARE(workstation->ciName, u"WS-STADHUIS-042"_s);
    QCOMPARE(workstation->subjectName, u"WS-STADHUIS-042"_s);
    QCOMPARE(workstation->created, 8);
    QCOMPARE(outcomes(*workstation).constFirst(), u"1 System BIOS 1.21.0 created"_s);
    const qint64 ws = ciId(*db, u"WS-STADHUIS-042"_s);
    const QStringList software = installed(*db, ws);
    QVERIFY2(software.contains(u"firefox 115.5.0 sbom"_s), qPrintable(software.join(u"; "_s)));
    QVERIFY2(software.contains(u"notepad++ 8.6.2 sbom"_s), qPrintable(software.join(u"; "_s)));
    QVERIFY2(software.contains(u"org-apache-logging-log4j/log4j-core 2.17.1 sbom"_s),
             qPrintable(software.join(u"; "_s)));
    auto rows = SoftwareRepository(*db).installedOn(ws);
    QVERIFY2(rows, why(rows));
    for (const InstalledSoftware &s : std::as_const(*rows)) {
        if (s.productKey == u"firefox") {
            QCOMPARE(s.cpe23, u"cpe:2.3:a:mozilla:firefox:115.5.0:*:*:*:esr:*:*:*"_s);
            QCOMPARE(s.vendor, u"Mozilla"_s);
        }
        if (s.productKey == u"notepad++")
            QCOMPARE(s.purl, u"pkg:generic/notepad%2B%2B@8.6.2"_s);
    }
    // The catalogue knows the spellings: the SBOM's name finds the product.
    auto firefox = SoftwareRepository(*db).findProduct(u"Mozilla Firefox ESR (x64 de)"_s);
    QVERIFY2(firefox && *firefox, why(firefox));
    QCOMPARE((*firefox)->key, u"firefox"_s);

    auto server = importer.importFile(fixture(u"server.spdx.json"_s));
    QVERIFY2(server, why(server));
    QCOMPARE(server->format, ImportFormat::Spdx);
    QCOMPARE(server->ciName, u"srv-app-01"_s);
    QCOMPARE(server->created, 4);
    QCOMPARE(installed(*db, ciId(*db, u"srv-app-01"_s)).size(), 4);
    QCOMPARE(installed(*db, ws), software); // the other CI is untouched

    // The expected format is checked.
    SbomImportOptions spdxOnly;
    spdxOnly.expectedFormat = Sbom::Spdx;
    auto mismatch = importer.importFile(fixture(u"workstation.cdx.json"_s), spdxOnly);
    QVERIFY(!mismatch);
    QCOMPARE(mismatch.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(mismatch.error().message.contains(u"is a CycloneDX SBOM, not SPDX"_s),
             qPrintable(mismatch.error().message));
}

void TestSbomImport::brokenSboms_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    for (const QString &backend : Test::backends()) {
        auto row = [&](const char *tag) {
            return &QTest::newRow(qPrintable(backend + u' ' + QLatin1StringView(tag)));
        };
        *row("truncated") << backend << u"truncated.cdx.json"_s
                          << u"line 44, column 25: the JSON document ends unexpectedly"_s;
        *row("syntax error") << backend << u"syntax-error.cdx.json"_s << u"line 29, column 7: invalid JSON"_s;
        *row("not an SBOM") << backend << u"neither.json"_s
                            << u"is JSON but neither a CycloneDX nor an SPDX document"_s;
        *row("CycloneDX 1.1") << backend << u"cyclonedx-1.1.json"_s
                              << u"version 1.1, which is not supported"_s;
        *row("SPDX 2.2") << backend << u"spdx-2.2.json"_s << u"\"SPDX-2.2\", which is not supported"_s;
        *row("XML") << backend << u"workstation.cdx.xml"_s << u"in XML format; only JSON is supported"_s;
        *row("CSV") << backend << u"programs-and-features.csv"_s << u"not a JSON document"_s;
        *row("nameless component") << backend << u"missing-name.cdx.json"_s << u"has no name"_s;
        *row("future version") << backend << u"!future"_s << u"version 2.0, which is not supported"_s;
        *row("cut short") << backend << u"!cut"_s << u"the JSON document ends unexpectedly"_s;
    }
}

void TestSbomImport::brokenSboms()
{
    QFETCH(QString, backend);
    QFETCH(QString, file);
    QFETCH(QString, message);
    QTemporaryDir dir;
    auto db = setUp(backend, dir, {u"WS-STADHUIS-042"_s});
    QVERIFY(db);
    QString path;
    const QByteArray valid
        = cycloneDx(u"WS-STADHUIS-042"_s, {{u"zlib"_s, u"1.3"_s, {}, {}}, {u"curl"_s, u"8.5.0"_s, {}, {}}});
    if (file == u"!future")
        path = writeFile(dir, u"future.cdx.json"_s,
                         cycloneDx(u"WS-STADHUIS-042"_s, {{u"zlib"_s, u"1.3"_s, {}, {}}}, u"2.0"_s));
    else if (file == u"!cut")
        path = writeFile(dir, u"cut.cdx.json"_s, valid.left(valid.size() * 2 / 3));
    else
        path = fixture(file);
    const auto before = Test::dumpTables(*db);
    for (bool dryRun : {true, false}) {
        SbomImportOptions options;
        options.dryRun = dryRun;
        options.ciName = u"WS-STADHUIS-042"_s;
        auto report = SbomImporter(*db, m_clock).importFile(path, options);
        QVERIFY2(!report, "the import succeeded");
        QCOMPARE(report.error().kind, ErrorKind::InvalidInput);
        QVERIFY2(report.error().message.contains(QFileInfo(path).fileName()),
                 qPrintable(report.error().message));
        QVERIFY2(report.error().message.contains(message), qPrintable(report.error().message));
        QCOMPARE(*Test::dumpTables(*db), *before);
    }
}

void TestSbomImport::reimportRemovesDropped()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto db = setUp(backend, dir, {u"srv-01"_s});
    QVERIFY(db);
    const qint64 id = ciId(*db, u"srv-01"_s);
    const SoftwareRepository software(*db, m_clock);
    // Entered by hand: one the SBOM will list too, and one it never lists.
    QVERIFY(software.install(id, u"OpenSSL Project"_s, u"openssl"_s, u"3.0.13"_s));
    QVERIFY(software.install(id, {}, u"Backup agent"_s, u"9.1"_s, {}, {}, u"csv"_s));

    const SbomImporter importer(*db, m_clock);
    const QString v1 = writeFile(dir, u"v1.cdx.json"_s,
                                 cycloneDx(u"srv-01"_s,
                                           {{u"zlib"_s, u"1.3"_s, u"pkg:deb/debian/zlib1g@1.3"_s, {}},
                                            {u"curl"_s, u"8.5.0"_s, {}, {}},
                                            {u"openssl"_s, u"3.0.13"_s, {}, {}},
                                            {u"nginx"_s, u"1.24.0"_s, {}, {}},
                                            {u"zlib"_s, u"1.3"_s, u"pkg:deb/debian/zlib1g@1.3"_s, {}}}));
    auto first = importer.importFile(v1);
    QVERIFY2(first, why(first));
    QCOMPARE(
        outcomes(*first),
        (QStringList {u"1 zlib 1.3 created"_s, u"2 curl 8.5.0 created"_s, u"3 openssl 3.0.13 unchanged"_s,
                      u"4 nginx 1.24.0 created"_s, u"5 zlib 1.3 unchanged"_s}));
    QCOMPARE(first->entries.at(2).message, u"already recorded from manual; left as it is"_s);
    QCOMPARE(first->entries.at(4).message, u"the same product and version as component 1"_s);

    // zlib gets a new purl, curl a new version, nginx and openssl are gone.
    const QString v2
        = writeFile(dir, u"v2.cdx.json"_s,
                    cycloneDx(u"srv-01"_s,
                              {{u"zlib"_s, u"1.3"_s, u"pkg:deb/debian/zlib1g@1.3?arch=amd64"_s, {}},
                               {u"curl"_s, u"8.6.0"_s, {}, {}}}));
    SbomImportOptions dry;
    dry.dryRun = true;
    const auto before = Test::dumpTables(*db);
    auto dryRun = importer.importFile(v2, dry);
    QVERIFY2(dryRun, why(dryRun));
    QCOMPARE(*Test::dumpTables(*db), *before);
    auto second = importer.importFile(v2);
    QVERIFY2(second, why(second));
    QCOMPARE(outcomes(*second),
             (QStringList {u"1 zlib 1.3 updated"_s, u"2 curl 8.6.0 created"_s, u"0 curl 8.5.0 removed"_s,
                           u"0 nginx 1.24.0 removed"_s}));
    QCOMPARE(second->entries.constFirst().message, u"purl"_s);
    ImportReport expected = *dryRun;
    expected.dryRun = false;
    expected.committed = true;
    QCOMPARE(*second, expected);
    QCOMPARE(installed(*db, id),
             (QStringList {u"backup-agent 9.1 csv"_s, u"curl 8.6.0 sbom"_s, u"openssl 3.0.13 manual"_s,
                           u"zlib1g 1.3 sbom"_s}));
}

void TestSbomImport::whichCi()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto db = setUp(backend, dir, {u"srv-01"_s, u"srv-02"_s});
    QVERIFY(db);
    const SbomImporter importer(*db, m_clock);
    const QString path
        = writeFile(dir, u"other.cdx.json"_s, cycloneDx(u"image-2025-06"_s, {{u"zlib"_s, u"1.3"_s, {}, {}}}));
    const auto before = Test::dumpTables(*db);

    auto noCi = importer.importFile(path);
    QVERIFY(!noCi);
    QCOMPARE(noCi.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(noCi.error().message.contains(
                 u"other.cdx.json describes 'image-2025-06', and no configuration item has "
                 "that name"_s),
             qPrintable(noCi.error().message));
    SbomImportOptions unknown;
    unknown.ciName = u"srv-99"_s;
    auto wrongCi = importer.importFile(path, unknown);
    QVERIFY(!wrongCi);
    QVERIFY2(wrongCi.error().message.contains(u"There is no configuration item named 'srv-99'"_s),
             qPrintable(wrongCi.error().message));
    QCOMPARE(*Test::dumpTables(*db), *before);

    SbomImportOptions chosen;
    chosen.ciName = u"srv-02"_s;
    auto imported = importer.importFile(path, chosen);
    QVERIFY2(imported, why(imported));
    QCOMPARE(imported->ciName, u"srv-02"_s);
    QCOMPARE(imported->subjectName, u"image-2025-06"_s);
    QCOMPARE(installed(*db, ciId(*db, u"srv-02"_s)), QStringList {u"zlib 1.3 sbom"_s});
    QVERIFY(installed(*db, ciId(*db, u"srv-01"_s)).isEmpty());
}

void TestSbomImport::rejectedComponents()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto db = setUp(backend, dir, {u"srv-01"_s});
    QVERIFY(db);
    const SbomImporter importer(*db, m_clock);
    const QString path = writeFile(dir, u"odd.cdx.json"_s,
                                   cycloneDx(u"srv-01"_s,
                                             {{u"zlib"_s, u"1.3"_s, {}, u"cpe:2.3:x:broken"_s},
                                              {u"--"_s, u"1.0"_s, {}, {}},
                                              {u"curl"_s, u"8.5.0"_s, u"pkg:"_s, {}}}));
    const auto before = Test::dumpTables(*db);
    auto refused = importer.importFile(path);
    QVERIFY2(refused, why(refused));
    QVERIFY(refused->refused());
    QVERIFY(!refused->committed);
    QCOMPARE(outcomes(*refused),
             (QStringList {u"1 zlib 1.3 created"_s, u"2 -- 1.0 rejected"_s, u"3 curl 8.5.0 created"_s}));
    QCOMPARE(refused->entries.at(1).message, u"'--' gives no product name the catalogue can use"_s);
    QCOMPARE(refused->warnings.size(), 2);
    QCOMPARE(refused->warnings.at(0).line, 1);
    QVERIFY2(refused->warnings.at(0).message.contains(
                 u"the CPE 'cpe:2.3:x:broken' is not valid and was left out"_s),
             qPrintable(refused->warnings.at(0).message));
    QCOMPARE(refused->warnings.at(1).line, 3);
    QVERIFY2(refused->warnings.at(1).message.contains(u"the package URL 'pkg:' is not valid"_s),
             qPrintable(refused->warnings.at(1).message));
    QCOMPARE(*Test::dumpTables(*db), *before);

    SbomImportOptions skip;
    skip.skipRejected = true;
    auto partial = importer.importFile(path, skip);
    QVERIFY2(partial, why(partial));
    QVERIFY(partial->committed);
    QCOMPARE(outcomes(*partial), outcomes(*refused));
    QCOMPARE(installed(*db, ciId(*db, u"srv-01"_s)),
             (QStringList {u"curl 8.5.0 sbom"_s, u"zlib 1.3 sbom"_s}));
}

void TestSbomImport::cancel()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto db = setUp(backend, dir, {u"srv-01"_s});
    QVERIFY(db);
    QList<Component> components;
    for (int i = 0; i < 3000; ++i)
        components.append({u"package-%1"_s.arg(i),
                           u"1.%1"_s.arg(i % 10),
                           u"pkg:deb/debian/package-%1@1.%2"_s.arg(i).arg(i % 10),
                           {}});
    const QString path = writeFile(dir, u"big.cdx.json"_s, cycloneDx(u"srv-01"_s, components));
    const auto before = Test::dumpTables(*db);
    for (ImportProgress::Phase phase : {ImportProgress::Phase::Checking, ImportProgress::Phase::Importing}) {
        qint64 cancelledAt = -1;
        SbomImportOptions options;
        options.progress = [&](const ImportProgress &progress) {
            if (progress.phase == phase && progress.done * 2 >= progress.total) {
                cancelledAt = progress.done;
                return false;
            }
            return progress.total == components.size();
        };
        auto report = SbomImporter(*db, m_clock).importFile(path, options);
        QVERIFY(!report);
        QCOMPARE(report.error().kind, ErrorKind::Cancelled);
        QVERIFY2(report.error().message.contains(u"big.cdx.json"_s), qPrintable(report.error().message));
        QVERIFY(cancelledAt > 0 && cancelledAt < components.size());
        QCOMPARE(*Test::dumpTables(*db), *before);
    }
}

void TestSbomImport::tenThousandComponents()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto db = setUp(backend, dir, {u"srv-big"_s});
    QVERIFY(db);
    QList<Component> components;
    for (int i = 0; i < 10000; ++i)
        components.append(
            {u"package-%1"_s.arg(i), u"1.%1.0"_s.arg(i % 97),
             u"pkg:deb/debian/package-%1@1.%2.0?arch=amd64"_s.arg(i).arg(i % 97),
             i % 3 ? QString()
                   : u"cpe:2.3:a:vendor%1:package-%2:1.%3.0:*:*:*:*:*:*:*"_s.arg(i % 13).arg(i).arg(i % 97)});
    const QString path = writeFile(dir, u"10k.cdx.json"_s, cycloneDx(u"srv-big"_s, components));
    const SbomImporter importer(*db, m_clock);
    QElapsedTimer timer;
    timer.start();
    auto first = importer.importFile(path);
    const qint64 firstMs = timer.elapsed();
    QVERIFY2(first, why(first));
    QCOMPARE(first->created, 10000);
    timer.restart();
    auto again = importer.importFile(path);
    const qint64 againMs = timer.elapsed();
    QVERIFY2(again, why(again));
    QCOMPARE(again->unchanged, 10000);
    // One component less: one removal.
    components.removeAt(5000);
    const QString fewer = writeFile(dir, u"fewer.cdx.json"_s, cycloneDx(u"srv-big"_s, components));
    auto third = importer.importFile(fewer);
    QVERIFY2(third, why(third));
    QCOMPARE(std::tuple(third->unchanged, third->removed), (std::tuple<qint64, qint64>(9999, 1)));
    QCOMPARE(third->entries.constLast().key, u"package-5000 1.53.0"_s);
    qInfo("%s: 10,000 components imported in %lld ms, re-imported unchanged in %lld ms", qPrintable(backend),
          firstMs, againMs);
    QCOMPARE(installed(*db, ciId(*db, u"srv-big"_s)).size(), 9999);
}

void TestSbomImport::sqliteWithoutItsInterface()
{
    // The rows sent as JSON instead of through SQLite's interface: the same catalogue and software.
    QList<QStringList> dumps;
    for (bool direct : {true, false}) {
        SqliteStatement::setEnabled(direct);
        QTemporaryDir dir;
        auto db = setUp(u"sqlite"_s, dir, {u"WS-STADHUIS-042"_s});
        QVERIFY(db);
        QCOMPARE(SqliteStatement::available(*db), direct);
        auto report = SbomImporter(*db, m_clock).importFile(fixture(u"workstation.cdx.json"_s));
        QVERIFY2(report, why(report));
        QCOMPARE(report->created, 8);
        auto all = Test::dumpTables(*db);
        QVERIFY2(all, why(all));
        QStringList software;
        bool keep = false;
        for (const QString &line : std::as_const(*all)) {
            if (line.startsWith(u"table "_s))
                keep = line.startsWith(u"table product"_s) || line == u"table installed_software"_s;
            if (keep)
                software << line;
        }
        dumps << software;
    }
    SqliteStatement::setEnabled(true);
    QVERIFY(dumps.at(0).size() > 20);
    QCOMPARE(dumps.at(1), dumps.at(0));
}

QTEST_GUILESS_MAIN(TestSbomImport)
#include "tst_sbomimport.moc"
