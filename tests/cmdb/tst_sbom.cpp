// SbomParser: CycloneDX and SPDX JSON SBOMs as the installed software of a CI. The public
// CycloneDX examples of the conformance corpus must import; the project's own fixtures in
// data/sbom cover the same behaviours and every kind of broken input.

#include "testconfig.h"
#include "testsupport.h"

#include "cmdb/cpe.h"
#include "cmdb/packageurl.h"
#include "cmdb/productname.h"
#include "cmdb/sbom.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;
using ChangeDesk::Test::why;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(CHANGEDESK_SOURCE_DIR) + u"/tests/cmdb/data/sbom/"_s + name;
}

// ../shared/corpus/sbom; CHANGEDESK_CORPUS_DIR names the corpus elsewhere, for environments that
// see the project but not its neighbours (scripts/devenv's build root mounts only the project).
QString corpusDir()
{
    const QString corpus
        = qEnvironmentVariable("CHANGEDESK_CORPUS_DIR", QStringLiteral(CHANGEDESK_SHARED_CORPUS_DIR));
    return QDir::cleanPath(corpus + u"/sbom"_s);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// An independent count of what the parser must return, written without the parser's code:
// a breadth-first walk over the generic QVariant tree. CycloneDX: every object in a
// "components" list at any depth below the root's "components" and metadata.component's
// "components", skipping subtrees whose scope is "excluded". SPDX: every package, minus the one package the
// document describes alone.
qsizetype expectedCount(const QByteArray &json)
{
    const QVariantMap root = QJsonDocument::fromJson(json).toVariant().toMap();
    if (root.contains(u"spdxVersion"_s)) {
        QStringList described = root.value(u"documentDescribes"_s).toStringList();
        for (const QVariant &r : root.value(u"relationships"_s).toList()) {
            const QVariantMap m = r.toMap();
            const QString type = m.value(u"relationshipType"_s).toString();
            if (type == u"DESCRIBES"_s && m.value(u"spdxElementId"_s) == u"SPDXRef-DOCUMENT"_s)
                described.append(m.value(u"relatedSpdxElement"_s).toString());
            if (type == u"DESCRIBED_BY"_s && m.value(u"relatedSpdxElement"_s) == u"SPDXRef-DOCUMENT"_s)
                described.append(m.value(u"spdxElementId"_s).toString());
        }
        described.removeDuplicates();
        const QVariantList packages = root.value(u"packages"_s).toList();
        qsizetype count = packages.size();
        if (described.size() == 1) {
            for (const QVariant &p : packages)
                count -= p.toMap().value(u"SPDXID"_s).toString() == described.constFirst() ? 1 : 0;
        }
        return count;
    }
    qsizetype count = 0;
    QVariantList queue = root.value(u"components"_s).toList();
    queue += root.value(u"metadata"_s).toMap().value(u"component"_s).toMap().value(u"components"_s).toList();
    while (!queue.isEmpty()) {
        const QVariantMap component = queue.takeFirst().toMap();
        if (component.value(u"scope"_s).toString() == u"excluded"_s)
            continue;
        ++count;
        queue.append(component.value(u"components"_s).toList());
    }
    return count;
}

// A CycloneDX document with `count` components: every tenth has two nested ones.
QByteArray generatedCycloneDx(int count)
{
    QJsonArray components;
    int made = 0;
    while (made < count) {
        QJsonObject component {
            {u"type"_s, u"library"_s},
            {u"bom-ref"_s, u"ref-%1"_s.arg(made)},
            {u"name"_s, u"package-%1"_s.arg(made)},
            {u"version"_s, u"1.%1.0"_s.arg(made % 97)},
            {u"purl"_s, u"pkg:deb/debian/package-%1@1.%2.0?arch=amd64"_s.arg(made).arg(made % 97)},
            {u"supplier"_s, QJsonObject {{u"name"_s, u"Vendor %1"_s.arg(made % 13)}}},
        };
        ++made;
        if (made % 10 == 1 && made + 2 <= count) {
            QJsonArray nested;
            for (int n = 0; n < 2; ++n, ++made)
                nested.append(QJsonObject {{u"type"_s, u"file"_s}, {u"name"_s, u"package-%1"_s.arg(made)}});
            component.insert(u"components"_s, nested);
        }
        components.append(component);
    }
    const QJsonObject root {
        {u"bomFormat"_s, u"CycloneDX"_s},
        {u"specVersion"_s, u"1.5"_s},
        {u"version"_s, 1},
        {u"metadata"_s,
         QJsonObject {{u"component"_s, QJsonObject {{u"type"_s, u"device"_s}, {u"name"_s, u"srv-big"_s}}}}},
        {u"components"_s, components},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray withSpecVersion(QByteArray json, const QByteArray &version)
{
    return json.replace("\"specVersion\": \"1.6\"", "\"specVersion\": " + version);
}

} // namespace

class TestSbom : public QObject
{
    Q_OBJECT

private slots:
    void corpus_data();
    void corpus();
    void corpusDetails();
    void cycloneDxFields();
    void spdxFields();
    void spdxSubject_data();
    void spdxSubject();
    void cycloneDxVersions_data();
    void cycloneDxVersions();
    void brokenFixtures_data();
    void brokenFixtures();
    void otherInputs_data();
    void otherInputs();
    void everyCutIsTruncation_data();
    void everyCutIsTruncation();
    void byteOrderMarks();
    void sizeLimit();
    void fileErrors();
    void tenThousandComponents();
};

void TestSbom::corpus_data()
{
    QTest::addColumn<QString>("path");
    const QString dir = corpusDir();
    if (!QFileInfo(dir).isDir())
        QSKIP(qPrintable(u"The conformance corpus is not present at %1 (it is on developer machines and in "
                         "CI, not on users' machines); data/sbom covers the same behaviours."_s.arg(dir)));
    QDirIterator it(dir, {u"*.json"_s}, QDir::Files, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    QVERIFY2(!files.isEmpty(), qPrintable(u"no JSON files in %1"_s.arg(dir)));
    for (const QString &file : std::as_const(files))
        QTest::newRow(qPrintable(QDir(dir).relativeFilePath(file))) << file;
}

void TestSbom::corpus()
{
    QFETCH(QString, path);
    const QByteArray json = readAll(path);
    QVERIFY(!json.isEmpty());

    const Result<Sbom> sbom = SbomParser::parseFile(path);
    QVERIFY2(sbom, why(sbom));

    QCOMPARE(sbom->components.size(), expectedCount(json));
    // Counted once more, outside this test, with Python's json module (see the commit message).
    static const QHash<QString, qsizetype> known {
        {u"cyclonedx/HBOM/PCIe-SATA-adapter-board/bom.json"_s, 6},
        {u"cyclonedx/OBOM/Example-1-Decoupled/bom.json"_s, 903},
        {u"cyclonedx/OBOM/Example-1-Decoupled/obom.json"_s, 1},
        {u"cyclonedx/SBOM/laravel-7.12.0/bom.1.4.json"_s, 62},
        {u"cyclonedx/SBOM/proton-bridge/proton-bridge-v1.8.0.bom.json"_s, 201},
        {u"cyclonedx/csaf-walker/cyclonedx.v1_3.json"_s, 51},
    };
    const QString relative = QDir(corpusDir()).relativeFilePath(path);
    if (known.contains(relative))
        QCOMPARE(sbom->components.size(), known.value(relative));

    const QJsonObject root = QJsonDocument::fromJson(json).object();
    if (root.contains(u"bomFormat"_s)) {
        QCOMPARE(sbom->format, Sbom::CycloneDX);
        QCOMPARE(sbom->specVersion, root.value(u"specVersion"_s).toString());
        QCOMPARE(sbom->subjectName, root[u"metadata"_s][u"component"_s][u"name"_s].toString());
    } else {
        QCOMPARE(sbom->format, Sbom::Spdx);
    }

    // Every identifier in real SBOMs parses, survives a round trip, and every component gets
    // a catalogue key.
    for (const SbomComponent &c : sbom->components) {
        QVERIFY2(!c.name.isEmpty(), qPrintable(c.bomRef));
        if (!c.purl.isEmpty()) {
            const Result<PackageUrl> purl = PackageUrl::parse(c.purl);
            QVERIFY2(purl, why(purl));
            const Result<PackageUrl> again = PackageUrl::parse(purl->toString());
            QVERIFY2(again, why(again));
            QCOMPARE(*again, *purl);
        }
        if (!c.cpe.isEmpty()) {
            const Result<Cpe> cpe = Cpe::parse(c.cpe);
            QVERIFY2(cpe, why(cpe));
            QCOMPARE(cpe->toCpe23(), c.cpe.toLower());
        }
        const ProductKey key = ProductName::normalize(c.vendor, c.name, c.purl, c.cpe);
        QVERIFY2(!key.key.isEmpty(), qPrintable(c.name));
    }
}

void TestSbom::corpusDetails()
{
    const QString dir = corpusDir() + u"/cyclonedx"_s;
    if (!QFileInfo(dir).isDir())
        QSKIP(qPrintable(u"The conformance corpus is not present at %1."_s.arg(dir)));

    const Result<Sbom> obom = SbomParser::parseFile(dir + u"/OBOM/Example-1-Decoupled/obom.json"_s);
    QVERIFY2(obom, why(obom));
    QCOMPARE(obom->specVersion, u"1.4"_s);
    QCOMPARE(obom->subjectName, u"Keycloak"_s);
    QCOMPARE(obom->components.size(), 1);
    const SbomComponent &os = obom->components.constFirst();
    QCOMPARE(os.name, u"Red Hat Enterprise Linux"_s);
    QCOMPARE(os.version, u"8.0"_s);
    QCOMPARE(os.vendor, u"Red Hat"_s); // supplier.name before group "com.redhat"
    QCOMPARE(os.cpe, u"cpe:2.3:o:redhat:enterprise_linux:8.0:*:*:*:*:*:*:*"_s);
    QCOMPARE(os.type, u"operating-system"_s);
    QCOMPARE(os.bomRef, u"rhel-8.0"_s);
    QCOMPARE(ProductName::normalize(os.vendor, os.name, os.purl, os.cpe).key, u"enterprise-linux"_s);
    // The same product named by its vendor, without a CPE, gets the same key.
    QCOMPARE(ProductName::normalize(u"Red Hat, Inc."_s, u"Red Hat Enterprise Linux 8.0"_s).key,
             u"enterprise-linux"_s);

    const Result<Sbom> laravel = SbomParser::parseFile(dir + u"/SBOM/laravel-7.12.0/bom.1.4.json"_s);
    QVERIFY2(laravel, why(laravel));
    const SbomComponent &cors = laravel->components.constFirst();
    QCOMPARE(cors.name, u"stack-cors"_s);
    QCOMPARE(cors.vendor, u"Alexander"_s); // author before group
    QCOMPARE(cors.purl, u"pkg:composer/asm89/stack-cors@1.3.0"_s);
    QCOMPARE(ProductName::normalize(cors.vendor, cors.name, cors.purl, cors.cpe).key, u"asm89/stack-cors"_s);

    const Result<Sbom> bridge
        = SbomParser::parseFile(dir + u"/SBOM/proton-bridge/proton-bridge-v1.8.0.bom.json"_s);
    QVERIFY2(bridge, why(bridge));
    QCOMPARE(bridge->specVersion, u"1.2"_s);
    QCOMPARE(bridge->subjectName, u"github.com/ProtonMail/proton-bridge"_s);

    const Result<Sbom> hbom = SbomParser::parseFile(dir + u"/HBOM/PCIe-SATA-adapter-board/bom.json"_s);
    QVERIFY2(hbom, why(hbom));
    QCOMPARE(hbom->components.constFirst().vendor, u"Samtec"_s);
    QCOMPARE(hbom->components.constFirst().type, u"device"_s);

    const Result<Sbom> keycloak = SbomParser::parseFile(dir + u"/OBOM/Example-1-Decoupled/bom.json"_s);
    QVERIFY2(keycloak, why(keycloak));
    const SbomComponent &bc = keycloak->components.constFirst();
    QCOMPARE(bc.name, u"bcprov-jdk15on"_s);
    QCOMPARE(bc.vendor, u"org.bouncycastle"_s); // group, the only vendor-like field it has
    QCOMPARE(ProductName::normalize(bc.vendor, bc.name, bc.purl, bc.cpe).key,
             u"org-bouncycastle/bcprov-jdk15on"_s);
}

void TestSbom::cycloneDxFields()
{
    const Result<Sbom> sbom = SbomParser::parseFile(fixture(u"workstation.cdx.json"_s));
    QVERIFY2(sbom, why(sbom));
    QCOMPARE(sbom->components.size(), expectedCount(readAll(fixture(u"workstation.cdx.json"_s))));
    QCOMPARE(sbom->format, Sbom::CycloneDX);
    QCOMPARE(sbom->specVersion, u"1.6"_s);
    QCOMPARE(sbom->subjectName, u"WS-STADHUIS-042"_s);

    QStringList names;
    for (const SbomComponent &c : sbom->components)
        names.append(c.name);
    // Document order, metadata.component's parts first, nested components right after their
    // parent, the excluded subtree gone.
    QCOMPARE(names,
             (QStringList {u"System BIOS"_s, u"Windows 11 Enterprise"_s, u"Mozilla Firefox ESR (x64 de)"_s,
                           u"Mozilla Maintenance Service"_s, u"7-Zip 23.01 (x64)"_s,
                           u"Notepad++ (64-bit x64)"_s, u"log4j-core"_s, u"Bürgerservice-Portal"_s}));

    QCOMPARE(sbom->components.constFirst().vendor, u"Dell Inc."_s); // a part of the subject
    QCOMPARE(sbom->components.constFirst().type, u"firmware"_s);
    const QList<SbomComponent> c = sbom->components.mid(1);
    QCOMPARE(c[0].vendor, u"Microsoft Corporation"_s); // supplier
    QCOMPARE(c[0].type, u"operating-system"_s);
    QCOMPARE(c[0].cpe, u"cpe:2.3:o:microsoft:windows_11_23h2:10.0.22631:*:*:*:*:*:x64:*"_s);
    QCOMPARE(c[1].vendor, u"Mozilla"_s); // manufacturer (1.6)
    QCOMPARE(c[1].version, u"115.5.0"_s);
    QCOMPARE(c[1].bomRef, u"firefox"_s);
    QCOMPARE(c[2].vendor, u"Mozilla Foundation"_s); // authors[0] (1.6)
    QCOMPARE(c[3].vendor, u"Igor Pavlov"_s); // publisher
    QCOMPARE(c[4].vendor, u"Don Ho"_s); // author
    QCOMPARE(c[4].purl, u"pkg:generic/notepad%2B%2B@8.6.2"_s);
    QCOMPARE(c[5].vendor, u"org.apache.logging.log4j"_s); // group
    QCOMPARE(c[5].purl, u"pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1?type=jar"_s);
    QCOMPARE(c[6].vendor, u"Gemeente Süderstadt"_s);

    QCOMPARE(ProductName::normalize(c[1].vendor, c[1].name, c[1].purl, c[1].cpe).key, u"firefox"_s);
    QCOMPARE(ProductName::normalize(c[3].vendor, c[3].name, c[3].purl, c[3].cpe).key, u"7-zip"_s);
    QCOMPARE(ProductName::normalize(c[4].vendor, c[4].name, c[4].purl, c[4].cpe).key, u"notepad++"_s);
}

void TestSbom::spdxFields()
{
    const Result<Sbom> sbom = SbomParser::parseFile(fixture(u"server.spdx.json"_s));
    QVERIFY2(sbom, why(sbom));
    QCOMPARE(sbom->format, Sbom::Spdx);
    QCOMPARE(sbom->specVersion, u"2.3"_s);
    // The one package the document DESCRIBES is the system itself, not its software.
    QCOMPARE(sbom->subjectName, u"srv-app-01"_s);
    QCOMPARE(sbom->components.size(), 4);

    const auto &c = sbom->components;
    QCOMPARE(c[0].name, u"firefox-esr"_s);
    QCOMPARE(c[0].bomRef, u"SPDXRef-firefox-esr"_s);
    QCOMPARE(c[0].version, u"115.5.0esr-1~deb12u1"_s);
    QCOMPARE(c[0].vendor, u"Debian Mozilla Team"_s);
    QCOMPARE(c[0].purl, u"pkg:deb/debian/firefox-esr@115.5.0esr-1~deb12u1?arch=amd64&distro=debian-12"_s);
    QCOMPARE(c[0].cpe, u"cpe:2.3:a:mozilla:firefox:115.5.0:*:*:*:esr:*:*:*"_s); // 2.3 before 2.2
    QCOMPARE(c[0].type, u"application"_s);
    QCOMPARE(c[1].name, u"libssl3"_s);
    QCOMPARE(c[1].vendor, u"Sebastian Andrzej Siewior"_s);
    QCOMPARE(c[1].cpe, QString());
    QCOMPARE(c[2].vendor, u"Python Software Foundation"_s); // originator when the supplier is NOASSERTION
    QCOMPARE(c[2].cpe, u"cpe:/a:python:requests:2.28.1"_s);
    QCOMPARE(c[2].purl, QString());
    QCOMPARE(c[3].name, u"tzdata"_s);
    QCOMPARE(c[3].version, QString()); // NOASSERTION
    QCOMPARE(c[3].vendor, QString());

    QCOMPARE(ProductName::normalize(c[0].vendor, c[0].name, c[0].purl, c[0].cpe).key, u"firefox"_s);
    QCOMPARE(ProductName::normalize(c[1].vendor, c[1].name, c[1].purl, c[1].cpe).key, u"libssl3"_s);
    QCOMPARE(ProductName::normalize(c[2].vendor, c[2].name, c[2].purl, c[2].cpe).key, u"requests"_s);
}

void TestSbom::spdxSubject_data()
{
    QTest::addColumn<QByteArray>("describes");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QStringList>("names");
    const QStringList all {u"host"_s, u"bash"_s, u"curl"_s};
    QTest::newRow("nothing described") << QByteArray() << u"doc"_s << all;
    QTest::newRow("documentDescribes one") << QByteArray(R"("documentDescribes": ["SPDXRef-host"],)")
                                           << u"host"_s << QStringList {u"bash"_s, u"curl"_s};
    QTest::newRow("DESCRIBED_BY") << QByteArray(
        R"("relationships": [{"spdxElementId": "SPDXRef-host", "relationshipType": "DESCRIBED_BY",
                          "relatedSpdxElement": "SPDXRef-DOCUMENT"}],)")
                                  << u"host"_s << QStringList {u"bash"_s, u"curl"_s};
    // Several described packages are the content itself: all of them are software.
    QTest::newRow("two described") << QByteArray(R"("documentDescribes": ["SPDXRef-bash", "SPDXRef-curl"],)")
                                   << u"doc"_s << all;
}

void TestSbom::spdxSubject()
{
    QFETCH(QByteArray, describes);
    QFETCH(QString, subject);
    QFETCH(QStringList, names);
    const QByteArray json
        = R"({"spdxVersion": "SPDX-2.3", "SPDXID": "SPDXRef-DOCUMENT", "name": "doc", )" + describes + R"(
        "packages": [{"SPDXID": "SPDXRef-host", "name": "host"}, {"SPDXID": "SPDXRef-bash", "name": "bash"},
                     {"SPDXID": "SPDXRef-curl", "name": "curl"}]})";
    const Result<Sbom> sbom = SbomParser::parse(json, u"inline.spdx.json"_s);
    QVERIFY2(sbom, why(sbom));
    QCOMPARE(sbom->subjectName, subject);
    QStringList parsed;
    for (const SbomComponent &c : sbom->components)
        parsed.append(c.name);
    QCOMPARE(parsed, names);
    QCOMPARE(sbom->components.size(), expectedCount(json));
}

void TestSbom::cycloneDxVersions_data()
{
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<bool>("supported");
    for (const char *v : {"1.2", "1.3", "1.4", "1.5", "1.6"})
        QTest::newRow(v) << (QByteArray("\"") + v + '"') << true;
    QTest::newRow("number 1.5") << QByteArray("1.5") << true; // a number where a string belongs
    QTest::newRow("1.0") << QByteArray("\"1.0\"") << false;
    QTest::newRow("1.1") << QByteArray("\"1.1\"") << false;
    QTest::newRow("2.0") << QByteArray("\"2.0\"") << false;
    QTest::newRow("empty") << QByteArray("\"\"") << false;
}

void TestSbom::cycloneDxVersions()
{
    QFETCH(QByteArray, version);
    QFETCH(bool, supported);
    const QByteArray json = withSpecVersion(readAll(fixture(u"workstation.cdx.json"_s)), version);
    QVERIFY(json.contains("\"specVersion\": " + version));
    const Result<Sbom> sbom = SbomParser::parse(json, u"ws.json"_s);
    if (supported) {
        QVERIFY2(sbom, why(sbom));
        QCOMPARE(sbom->components.size(), 8);
        return;
    }
    QVERIFY(!sbom);
    QCOMPARE(sbom.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(sbom.error().message.startsWith(u"ws.json is a CycloneDX document "_s),
             qPrintable(sbom.error().message));
    QVERIFY2(sbom.error().message.endsWith(u"which is not supported. Supported CycloneDX versions: 1.2, 1.3, "
                                           "1.4, 1.5, 1.6 (JSON)."_s),
             qPrintable(sbom.error().message));
}

void TestSbom::brokenFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message"); // %1 is the file's path

    QTest::newRow("truncated")
        << u"truncated.cdx.json"_s
        << u"%1, line 44, column 25: the JSON document ends unexpectedly; the file seems "
           "truncated (an interrupted download or copy?)."_s;
    QTest::newRow("syntax error") << u"syntax-error.cdx.json"_s
                                  << u"%1, line 29, column 7: invalid JSON: expected ',' or '}'."_s;
    QTest::newRow("not JSON")
        << u"programs-and-features.csv"_s
        << u"%1, line 1, column 1: not a JSON document (JSON starts with '{'). Supported: "
           "CycloneDX 1.2, 1.3, 1.4, 1.5, 1.6 JSON and SPDX-2.3 JSON."_s;
    QTest::newRow("CycloneDX XML")
        << u"workstation.cdx.xml"_s
        << u"%1 is a CycloneDX SBOM in XML format; only JSON is supported. Export or "
           "convert the SBOM to CycloneDX JSON and import that."_s;
    QTest::newRow("SPDX tag-value") << u"server.spdx"_s
                                    << u"%1 is an SPDX document in tag-value format; only SPDX-2.3 JSON is "
                                       "supported."_s;
    QTest::newRow("CycloneDX 1.1")
        << u"cyclonedx-1.1.json"_s
        << u"%1 is a CycloneDX document version 1.1, which is not supported. Supported "
           "CycloneDX versions: 1.2, 1.3, 1.4, 1.5, 1.6 (JSON)."_s;
    QTest::newRow("SPDX 2.2") << u"spdx-2.2.json"_s
                              << u"%1 is an SPDX document of version \"SPDX-2.2\", which is not supported. "
                                 "Supported: SPDX-2.3 (JSON)."_s;
    QTest::newRow("neither") << u"neither.json"_s
                             << u"%1 is JSON but neither a CycloneDX nor an SPDX document: it has no "
                                "\"bomFormat\": \"CycloneDX\" and no \"spdxVersion\"."_s;
    QTest::newRow("component without name")
        << u"missing-name.cdx.json"_s
        << u"%1: the component at components[1].components[0] (bom-ref \"viewer-pdf-engine\") has no name."_s;
    QTest::newRow("package without name")
        << u"missing-name.spdx.json"_s
        << u"%1: the package at packages[1] (SPDXID \"SPDXRef-nameless\") has no name."_s;
}

void TestSbom::brokenFixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    const QString path = fixture(file);
    QVERIFY(QFileInfo::exists(path));
    const Result<Sbom> sbom = SbomParser::parseFile(path);
    QVERIFY(!sbom);
    QCOMPARE(sbom.error().kind, ErrorKind::InvalidInput);
    QCOMPARE(sbom.error().message, message.arg(path));
}

void TestSbom::otherInputs_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message"); // %1 is the file name

    QTest::newRow("empty") << QByteArray()
                           << u"%1 is empty; expected a CycloneDX or SPDX SBOM in JSON format."_s;
    QTest::newRow("blanks") << QByteArray(" \r\n\t\n")
                            << u"%1 is empty; expected a CycloneDX or SPDX SBOM in JSON format."_s;
    QTest::newRow("not JSON on line 3")
        << QByteArray("\n\n   hello")
        << u"%1, line 3, column 4: not a JSON document (JSON starts with '{'). "
           "Supported: CycloneDX 1.2, 1.3, 1.4, 1.5, 1.6 JSON and SPDX-2.3 JSON."_s;
    QTest::newRow("truncated after a comma")
        << QByteArray("{\n  \"bomFormat\": \"CycloneDX\",\n  \"components\": [\n    {\"name\": \"a\"},\n")
        << u"%1, line 5, column 1: the JSON document ends unexpectedly; the "
           "file seems truncated (an interrupted download or copy?)."_s;
    QTest::newRow("truncated in a key")
        << QByteArray("{\n  \"bomForm")
        << u"%1, line 2, column 11: the JSON document ends unexpectedly; the file "
           "seems truncated (an interrupted download or copy?)."_s;
    QTest::newRow("column counts characters")
        << QByteArray("{\"name\": \"Bürgerservice\" \"version\": 1}")
        << u"%1, line 1, column 26: invalid JSON: expected ',' or '}'."_s;
    QTest::newRow("wrong bracket at the very end")
        << QByteArray("{\"a\": 1]") << u"%1, line 1, column 8: invalid JSON: expected ',' or '}'."_s;
    QTest::newRow("wrong bracket in a list")
        << QByteArray("{\"a\": [1, 2}}") << u"%1, line 1, column 12: invalid JSON: expected ',' or ']'."_s;
    QTest::newRow("missing colon") << QByteArray("{\n\"a\" 1}")
                                   << u"%1, line 2, column 5: invalid JSON: expected ':' after the name."_s;
    QTest::newRow("trailing comma") << QByteArray("{\"a\": 1,}")
                                    << u"%1, line 1, column 9: invalid JSON: expected a value after ','."_s;
    QTest::newRow("bad literal")
        << QByteArray("{\"a\": tru}")
        << u"%1, line 1, column 7: invalid JSON: expected a value (text in quotes, a number, "
           "true, false, null, an object or a list)."_s;
    QTest::newRow("not UTF-8") << QByteArray("{\"a\": \"\xff\"}")
                               << u"%1, line 1, column 8: invalid JSON: the text is not valid UTF-8."_s;
    const QString truncatedAt
        = u"%1, line %2, column %3: the JSON document ends unexpectedly; the file seems "
          "truncated (an interrupted download or copy?)."_s;
    QTest::newRow("truncated after [")
        << QByteArray("{\"components\": [") << truncatedAt.arg(u"%1"_s, u"1"_s, u"17"_s);
    QTest::newRow("truncated after a value")
        << QByteArray("{\"a\": [1, 2]") << truncatedAt.arg(u"%1"_s, u"1"_s, u"13"_s);
    QTest::newRow("truncated in a number")
        << QByteArray("{\"a\": [1, 2") << truncatedAt.arg(u"%1"_s, u"1"_s, u"12"_s);
    QTest::newRow("truncated in a literal")
        << QByteArray("{\"a\": tr") << truncatedAt.arg(u"%1"_s, u"1"_s, u"9"_s);
    QTest::newRow("truncated in a string")
        << QByteArray("{\"a\": \"Bürger") << truncatedAt.arg(u"%1"_s, u"1"_s, u"14"_s);
    QTest::newRow("truncated after a colon")
        << QByteArray("{\"a\":  \n") << truncatedAt.arg(u"%1"_s, u"2"_s, u"1"_s);
    QTest::newRow("garbage after the document")
        << QByteArray("{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.5\"}\n}")
        << u"%1, line 2, column 1: invalid JSON: unexpected text after the end of the JSON document."_s;
    QTest::newRow("JSON list")
        << QByteArray("[{\"name\": \"firefox\"}]")
        << u"%1 is JSON but neither a CycloneDX nor an SPDX document (it is a list, not an "
           "object)."_s;
    QTest::newRow("SPDX 3")
        << QByteArray(R"({"@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld", "@graph": []})")
        << u"%1 is an SPDX 3 document (JSON-LD), which is not supported. Supported: SPDX-2.3 "
           "JSON and CycloneDX 1.2, 1.3, 1.4, 1.5, 1.6 JSON."_s;
    QTest::newRow("SPDX RDF/XML")
        << QByteArray(R"(<?xml version="1.0"?><rdf:RDF xmlns:spdx="http://spdx.org/rdf/terms#"></rdf:RDF>)")
        << u"%1 is an SPDX document in RDF/XML format; only SPDX-2.3 JSON is supported."_s;
    QTest::newRow("other XML")
        << QByteArray("<?xml version=\"1.0\"?>\n<inventory/>")
        << u"%1 is an XML file, not a JSON SBOM. Supported: CycloneDX 1.2, 1.3, 1.4, 1.5, "
           "1.6 JSON and SPDX-2.3 JSON."_s;
    QTest::newRow("CycloneDX without specVersion")
        << QByteArray(R"({"bomFormat": "CycloneDX", "components": []})")
        << u"%1 is a CycloneDX document without a specVersion, which is not supported. Supported CycloneDX "
           "versions: 1.2, 1.3, 1.4, 1.5, 1.6 (JSON)."_s;
    QTest::newRow("components not a list")
        << QByteArray(R"({"bomFormat": "CycloneDX", "specVersion": "1.5", "components": {"name": "a"}})")
        << u"%1: \"components\" is not a list."_s;
    QTest::newRow("component not an object") << QByteArray(
        R"({"bomFormat": "CycloneDX", "specVersion": "1.5", "components": [{"name": "a"}, "b"]})")
                                             << u"%1: the component at components[1] is not a JSON object."_s;
    QTest::newRow("component without name or bom-ref")
        << QByteArray(R"({"bomFormat": "CycloneDX", "specVersion": "1.4", "components": [{"name": " "}]})")
        << u"%1: the component at components[0] has no name (and no bom-ref)."_s;
    QTest::newRow("SPDX packages not a list")
        << QByteArray(R"({"spdxVersion": "SPDX-2.3", "packages": "none"})")
        << u"%1: \"packages\" is not a list."_s;
}

void TestSbom::otherInputs()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, message);
    const Result<Sbom> sbom = SbomParser::parse(data, u"upload.json"_s);
    QVERIFY(!sbom);
    QCOMPARE(sbom.error().kind, ErrorKind::InvalidInput);
    QCOMPARE(sbom.error().message, message.arg(u"upload.json"_s));
}

void TestSbom::everyCutIsTruncation_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("CycloneDX") << u"workstation.cdx.json"_s;
    QTest::newRow("SPDX") << u"server.spdx.json"_s;
}

// A download or copy can stop at any byte: every cut inside the document is reported as
// truncation at the end of what is there, never as some other JSON error.
void TestSbom::everyCutIsTruncation()
{
    QFETCH(QString, file);
    const QByteArray json = readAll(fixture(file));
    const qsizetype last = json.lastIndexOf('}');
    QVERIFY(last > 0);
    for (qsizetype size = 1; size <= last; ++size) {
        const QByteArray cut = json.left(size);
        const Result<Sbom> sbom = SbomParser::parse(cut, u"cut.json"_s);
        QVERIFY2(!sbom, qPrintable(u"a cut after %1 bytes was read"_s.arg(size)));
        const QStringList lines = QString::fromUtf8(cut).split(u'\n');
        const QString expected
            = u"cut.json, line %1, column %2: the JSON document ends unexpectedly; the file "
              "seems truncated (an interrupted download or copy?)."_s.arg(lines.size())
                  .arg(lines.constLast().size() + 1);
        QVERIFY2(sbom.error().message == expected,
                 qPrintable(u"cut after %1 bytes: %2"_s.arg(size).arg(sbom.error().message)));
    }
}

void TestSbom::byteOrderMarks()
{
    const QByteArray utf8 = readAll(fixture(u"workstation.cdx.json"_s));
    const Result<Sbom> plain = SbomParser::parse(utf8, u"ws.json"_s);
    QVERIFY2(plain, why(plain));

    const QString text = QString::fromUtf8(utf8);
    QStringEncoder le(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    QStringEncoder be(QStringEncoder::Utf16BE, QStringEncoder::Flag::WriteBom);
    const QList<QByteArray> variants {"\xEF\xBB\xBF" + utf8, le.encode(text), be.encode(text)};
    for (const QByteArray &data : variants) {
        const Result<Sbom> sbom = SbomParser::parse(data, u"ws.json"_s);
        QVERIFY2(sbom, why(sbom));
        QCOMPARE(sbom->components.size(), plain->components.size());
        QCOMPARE(sbom->components.last().vendor, u"Gemeente Süderstadt"_s);
        QCOMPARE(sbom->components.last().name, u"Bürgerservice-Portal"_s);
    }

    // Positions are those a person sees in an editor, byte order mark or not.
    const Result<Sbom> broken
        = SbomParser::parse("\xEF\xBB\xBF" + readAll(fixture(u"syntax-error.cdx.json"_s)), u"ws.json"_s);
    QVERIFY(!broken);
    QVERIFY2(broken.error().message.startsWith(u"ws.json, line 29, column 7: "_s),
             qPrintable(broken.error().message));
}

void TestSbom::sizeLimit()
{
    QCOMPARE(SbomParseOptions().maxBytes, 512LL * 1024 * 1024);

    const QString path = fixture(u"workstation.cdx.json"_s);
    const qint64 size = QFileInfo(path).size();
    SbomParseOptions options;
    options.maxBytes = size - 1;
    const QString expected
        = u"%1 is larger than %2, the limit for SBOM files; it was not read. Split the SBOM or "
          "raise the limit."_s;
    const QString limitText = QLocale().formattedDataSize(size - 1, 1, QLocale::DataSizeTraditionalFormat);

    const Result<Sbom> fromFile = SbomParser::parseFile(path, options);
    QVERIFY(!fromFile);
    QCOMPARE(fromFile.error().kind, ErrorKind::InvalidInput);
    QCOMPARE(fromFile.error().message, expected.arg(path, limitText));

    const Result<Sbom> fromData = SbomParser::parse(readAll(path), u"ws.json"_s, options);
    QVERIFY(!fromData);
    QCOMPARE(fromData.error().message, expected.arg(u"ws.json"_s, limitText));

    options.maxBytes = size; // exactly at the limit is fine
    const Result<Sbom> atLimit = SbomParser::parseFile(path, options);
    QVERIFY2(atLimit, why(atLimit));

#ifdef Q_OS_LINUX
    // A pipe or device has no size up front: the limit holds while reading.
    options.maxBytes = 4096;
    const Result<Sbom> endless = SbomParser::parseFile(u"/dev/zero"_s, options);
    QVERIFY(!endless);
    QCOMPARE(endless.error().message,
             expected.arg(u"/dev/zero"_s,
                          QLocale().formattedDataSize(4096, 1, QLocale::DataSizeTraditionalFormat)));
#endif
}

void TestSbom::fileErrors()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(u"missing.json"_s);
    const Result<Sbom> notThere = SbomParser::parseFile(missing);
    QVERIFY(!notThere);
    QCOMPARE(notThere.error().kind, ErrorKind::NotFound);
    QCOMPARE(notThere.error().message, u"The SBOM file %1 does not exist."_s.arg(missing));

    const Result<Sbom> folder = SbomParser::parseFile(dir.path());
    QVERIFY(!folder);
    QCOMPARE(folder.error().kind, ErrorKind::InvalidInput);
    QCOMPARE(folder.error().message, u"%1 is a folder, not an SBOM file."_s.arg(dir.path()));
}

void TestSbom::tenThousandComponents()
{
    const QByteArray json = generatedCycloneDx(10000);
    QCOMPARE(expectedCount(json), 10000);
    const Result<Sbom> sbom = SbomParser::parse(json, u"big.cdx.json"_s);
    QVERIFY2(sbom, why(sbom));
    QCOMPARE(sbom->components.size(), 10000);
    QCOMPARE(sbom->subjectName, u"srv-big"_s);
    QCOMPARE(sbom->components.constFirst().name, u"package-0"_s);
    QCOMPARE(sbom->components.constFirst().vendor, u"Vendor 0"_s);
    QCOMPARE(sbom->components.at(1).name, u"package-1"_s); // nested under package-0
    QCOMPARE(sbom->components.at(1).type, u"file"_s);
    QCOMPARE(sbom->components.constLast().name, u"package-9999"_s);
    QSet<QString> names;
    for (const SbomComponent &c : sbom->components)
        names.insert(c.name);
    QCOMPARE(names.size(), 10000);
}

QTEST_GUILESS_MAIN(TestSbom)
#include "tst_sbom.moc"
