// Demo data is deterministic (seed and scale decide everything), idempotent, and the same on both
// backends.

#include "testsupport.h"

#include "cmdb/cpe.h"
#include "cmdb/packageurl.h"
#include "cmdb/softwarerepository.h"
#include "demo/democatalogue.h"
#include "demo/demodata.h"
#include "demo/demosoftware.h"
#include "people/peoplerepository.h"
#include "storage/database.h"

#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <numeric>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

namespace {

const QDateTime kWhen(QDate(2025, 1, 6), QTime(8, 0), QTimeZone::UTC);

// Pinned counts of the seeded generator (see countsPerScale and softwareOfTheMunicipality).
constexpr qint64 kSmallCis = 41;
constexpr qint64 kSmallSoftware = 1039;
constexpr qint64 kMunicipalitySoftware = 33521;
constexpr qint64 kAgency100Cis = 1096;
constexpr qint64 kAgency100Software = 48768;
constexpr qint64 kMunicipality2025Software = 33210;
constexpr qint64 kMunicipality2025Patches = 5800;
constexpr qint64 kMunicipality2025Products = 222;

// The people and their units as text, independent of ids and of the backend's types.
Result<QStringList> peopleDump(const Database &db)
{
    auto query = db.exec(u"SELECT p.login, p.display_name, p.email, p.phone, p.active, u.code, "
                         "parent.code, p.row_version, p.created_at FROM person p "
                         "LEFT JOIN org_unit u ON u.id = p.org_unit_id "
                         "LEFT JOIN org_unit parent ON parent.id = u.parent_id ORDER BY p.login"_s);
    if (!query)
        return fail(query.error());
    QStringList rows;
    while (query->next()) {
        rows << u"%1|%2|%3|%4|%5|%6|%7|%8|%9"_s.arg(
            query->value(0).toString(), query->value(1).toString(), query->value(2).toString(),
            query->value(3).toString(), query->value(4).toBool() ? u"active"_s : u"inactive"_s,
            query->value(5).toString(), query->value(6).toString(), query->value(7).toString(),
            db.dialect().dateTimeFromDb(query->value(8)).toString(Qt::ISODateWithMs));
    }
    return rows;
}

Result<qint64> count(const Database &db, const QString &table)
{
    auto value = db.scalar(u"SELECT count(*) FROM %1"_s.arg(table));
    if (!value)
        return fail(value.error());
    return value->toLongLong();
}

// Rows of a query as "a|b|c" text, in the query's order.
Result<QStringList> rowsOf(const Database &db, const QString &sql)
{
    auto query = db.exec(sql);
    if (!query)
        return fail(query.error());
    QStringList rows;
    while (query->next()) {
        QStringList values;
        const QSqlRecord record = query->record();
        for (int i = 0; i < record.count(); ++i) {
            const QVariant v = query->value(i);
            values << (v.metaType() == QMetaType::fromType<QDateTime>()
                           ? v.toDateTime().toUTC().toString(Qt::ISODateWithMs)
                           : v.toString());
        }
        rows << values.join(u'|');
    }
    return rows;
}

// Software, patches and rights as text, independent of ids and of the backend's types.
Result<QStringList> softwareDump(const Database &db)
{
    QStringList out;
    for (const QString &sql :
         {u"SELECT c.name, p.normalized_key, s.version, s.cpe23, s.purl, s.source FROM installed_software s "
          "JOIN configuration_item c ON c.id = s.ci_id JOIN product p ON p.id = s.product_id "
          "ORDER BY c.name, p.normalized_key, s.version"_s,
          u"SELECT c.name, p.normalized_key, a.title, a.reference, a.from_version, a.to_version, a.applied_at, "
          "a.applied_by, a.result, a.notes FROM applied_patch a JOIN configuration_item c ON c.id = a.ci_id "
          "JOIN product p ON p.id = a.product_id ORDER BY c.name, a.applied_at, a.title"_s,
          u"SELECT c.name, COALESCE(p.login, ''), COALESCE(u.code, ''), r.profile, r.description FROM rights_profile r "
          "JOIN configuration_item c ON c.id = r.ci_id LEFT JOIN person p ON p.id = r.person_id "
          "LEFT JOIN org_unit u ON u.id = r.org_unit_id ORDER BY c.name, r.profile, 2, 3"_s,
          u"SELECT a.alias, p.normalized_key FROM product_alias a JOIN product p ON p.id = a.product_id "
          "ORDER BY a.alias"_s}) {
        auto rows = rowsOf(db, sql);
        if (!rows)
            return fail(rows.error());
        out << *rows;
    }
    return out;
}

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT

private slots:
    void init() { Test::failOnSqlWarnings(); }
    void sameSeedSameData_data() { Test::addBackendColumn(); }
    void sameSeedSameData();
    void differentSeedDifferentPeople_data() { Test::addBackendColumn(); }
    void differentSeedDifferentPeople();
    void countsPerScale_data();
    void countsPerScale();
    void sameOnBothBackends();
    void scaleNames();
    void catalogueIsConsistent();
    void upstreamVersions_data();
    void upstreamVersions();
    void softwareOfTheMunicipality_data() { Test::addBackendColumn(); }
    void softwareOfTheMunicipality();
    void patchHistoryMatchesInstalledVersions_data() { Test::addBackendColumn(); }
    void patchHistoryMatchesInstalledVersions();
    void rightsOfTheMunicipality_data() { Test::addBackendColumn(); }
    void rightsOfTheMunicipality();
    void shrinkMustBePositive();
};

void TestDemoData::sameSeedSameData()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    const ManualClock clock(kWhen);
    auto first = Test::openFresh(backend, dir, true, u"first.db"_s);
    QVERIFY2(first, Test::why(first));
    auto second = Test::openFresh(backend, dir, true, u"second.db"_s);
    QVERIFY2(second, Test::why(second));

    const auto report = DemoData::generate(**first, 42, DemoScale::Small, clock);
    QVERIFY2(report, Test::why(report));
    QCOMPARE(report->value(u"org_units"_s), qint64(5));
    QCOMPARE(report->value(u"people"_s), qint64(12));
    QVERIFY2(DemoData::generate(**second, 42, DemoScale::Small, clock), "the second database failed");

    const auto one = peopleDump(**first);
    const auto two = peopleDump(**second);
    QVERIFY2(one, Test::why(one));
    QVERIFY2(two, Test::why(two));
    QCOMPARE(one->size(), 12);
    QCOMPARE(*two, *one);

    // Again into the same database: everything is there already, nothing is added or changed.
    const auto again = DemoData::generate(**first, 42, DemoScale::Small, clock);
    QVERIFY2(again, Test::why(again));
    QCOMPARE(again->value(u"org_units"_s), qint64(0));
    QCOMPARE(again->value(u"people"_s), qint64(0));
    const auto after = peopleDump(**first);
    QVERIFY2(after, Test::why(after));
    QCOMPARE(*after, *one);
}

void TestDemoData::differentSeedDifferentPeople()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto first = Test::openFresh(backend, dir, true, u"first.db"_s);
    QVERIFY2(first, Test::why(first));
    auto second = Test::openFresh(backend, dir, true, u"second.db"_s);
    QVERIFY2(second, Test::why(second));
    QVERIFY2(DemoData::generate(**first, 1, DemoScale::Small), "seed 1 failed");
    QVERIFY2(DemoData::generate(**second, 2, DemoScale::Small), "seed 2 failed");

    const auto one = PeopleRepository(**first).persons();
    const auto two = PeopleRepository(**second).persons();
    QVERIFY2(one, Test::why(one));
    QVERIFY2(two, Test::why(two));
    QCOMPARE(one->size(), two->size());
    QStringList namesOne;
    QStringList namesTwo;
    for (const Person &p : *one)
        namesOne << p.displayName + u'/' + p.phone;
    for (const Person &p : *two)
        namesTwo << p.displayName + u'/' + p.phone;
    QVERIFY(namesOne != namesTwo);
}

void TestDemoData::countsPerScale_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("scale");
    QTest::addColumn<int>("shrink");
    QTest::addColumn<qint64>("units"); // the municipality itself and its departments
    QTest::addColumn<qint64>("people");
    QTest::addColumn<qint64>("cis");
    QTest::addColumn<qint64>("software");
    for (const QString &backend : Test::backends()) {
        const QByteArray prefix = backend.toUtf8() + ": ";
        QTest::newRow((prefix + "small").constData())
            << backend << u"small"_s << 1 << qint64(1 + 4) << qint64(4 * 3) << kSmallCis << kSmallSoftware;
        QTest::newRow((prefix + "municipality").constData())
            << backend << u"municipality"_s << 1 << qint64(1 + 12) << qint64(12 * 20) << qint64(834)
            << kMunicipalitySoftware;
        // The agency's code at a hundredth of its size: every department, one person in each,
        // all 40 sites with a fraction of their systems.
        QTest::newRow((prefix + "agency / 100").constData())
            << backend << u"agency"_s << 100 << qint64(1 + 40) << qint64(40 * 1) << kAgency100Cis
            << kAgency100Software;
    }
}

void TestDemoData::countsPerScale()
{
    QFETCH(QString, backend);
    QFETCH(QString, scale);
    QFETCH(int, shrink);
    QFETCH(qint64, units);
    QFETCH(qint64, people);
    QFETCH(qint64, cis);
    QFETCH(qint64, software);
    QTemporaryDir dir;
    auto db = Test::openFresh(backend, dir);
    QVERIFY2(db, Test::why(db));
    const auto parsed = DemoData::parseScale(scale);
    QVERIFY2(parsed, Test::why(parsed));

    const auto report = DemoData::generate(**db, 7, *parsed, Clock::system(), shrink);
    QVERIFY2(report, Test::why(report));
    QCOMPARE(report->value(u"org_units"_s), units);
    QCOMPARE(report->value(u"people"_s), people);
    QCOMPARE(report->value(u"configuration_items"_s), cis);
    QCOMPARE(report->value(u"installed_software"_s), software);
    // What the report says is what the database holds.
    const QList<std::pair<QString, QString>> tables{
        {u"org_units"_s, u"org_unit"_s},          {u"people"_s, u"person"_s},
        {u"configuration_items"_s, u"configuration_item"_s}, {u"relations"_s, u"ci_relation"_s},
        {u"groups"_s, u"ci_group"_s},             {u"products"_s, u"product"_s},
        {u"installed_software"_s, u"installed_software"_s}, {u"applied_patches"_s, u"applied_patch"_s},
        {u"rights_profiles"_s, u"rights_profile"_s}};
    for (const auto &[kind, table] : tables) {
        const auto stored = count(**db, table);
        QVERIFY2(stored, Test::why(stored));
        QVERIFY2(*stored == report->value(kind), qPrintable(u"%1: report %2, table %3"_s.arg(kind)
                                                               .arg(report->value(kind))
                                                               .arg(*stored)));
    }
    // Every person is in a department under the municipality.
    const auto orphans = (*db)->scalar(u"SELECT count(*) FROM person p JOIN org_unit u ON u.id = p.org_unit_id "
                                       "WHERE u.parent_id IS NULL"_s);
    QVERIFY2(orphans, Test::why(orphans));
    QCOMPARE(orphans->toLongLong(), 0);
    // The index that the bulk load rebuilds is there again.
    const auto index = (*db)->scalar(
        backend == u"postgresql"
            ? u"SELECT count(*) FROM pg_indexes WHERE indexname = 'installed_software_product_idx'"_s
            : u"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'installed_software_product_idx'"_s);
    QVERIFY2(index, Test::why(index));
    QCOMPARE(index->toLongLong(), 1);
    // Every system but the business services has software.
    const auto bare = (*db)->scalar(u"SELECT count(*) FROM configuration_item c WHERE c.ci_class <> 'service' AND "
                                    "NOT EXISTS (SELECT 1 FROM installed_software s WHERE s.ci_id = c.id)"_s);
    QVERIFY2(bare, Test::why(bare));
    QCOMPARE(bare->toLongLong(), 0);
}

// A demo on the laptop (SQLite) shows the same people as the shared server (PostgreSQL).
void TestDemoData::sameOnBothBackends()
{
    QTemporaryDir dir;
    const ManualClock clock(kWhen);
    QList<QStringList> dumps;
    QList<QStringList> software;
    for (const QString &backend : Test::backends()) {
        auto db = Test::openFresh(backend, dir);
        QVERIFY2(db, Test::why(db));
        QVERIFY2(DemoData::generate(**db, 2025, DemoScale::Municipality, clock), "demo data failed");
        const auto dump = peopleDump(**db);
        QVERIFY2(dump, Test::why(dump));
        dumps << *dump;
        const auto installed = softwareDump(**db);
        QVERIFY2(installed, Test::why(installed));
        software << *installed;
    }
    QCOMPARE(dumps.at(0).size(), 240);
    QCOMPARE(dumps.at(1), dumps.at(0));
    QVERIFY(software.at(0).size() > 30000);
    QCOMPARE(software.at(1).size(), software.at(0).size());
    for (qsizetype i = 0; i < software.at(0).size(); ++i)
        QCOMPARE(software.at(1).at(i), software.at(0).at(i)); // the first difference, not 30000 lines
}

void TestDemoData::scaleNames()
{
    for (DemoScale scale : {DemoScale::Small, DemoScale::Municipality, DemoScale::Agency}) {
        const auto parsed = DemoData::parseScale(DemoData::scaleName(scale));
        QVERIFY2(parsed, Test::why(parsed));
        QCOMPARE(*parsed, scale);
    }
    const auto unknown = DemoData::parseScale(u"city"_s);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(unknown.error().message.contains(u"'city'"_s), qPrintable(unknown.error().message));
}

// Every profile names products of the catalogue, a helper comes after the product it follows,
// and every identifier the generator writes is one that the CMDB's parsers accept.
void TestDemoData::catalogueIsConsistent()
{
    const QList<DemoCatalogue::Product> &products = DemoCatalogue::products();
    QSet<QString> ids;
    for (const DemoCatalogue::Product &p : products) {
        QVERIFY2(!ids.contains(p.id), qPrintable(p.id));
        ids.insert(p.id);
        QVERIFY2(!p.name.isEmpty() && p.currency >= 0 && p.currency <= 100, qPrintable(p.id));
        if (!p.follows.isEmpty())
            QVERIFY2(DemoCatalogue::indexOf(p.follows) >= 0, qPrintable(p.id + u" follows "_s + p.follows));
        if (!p.patchTitle.isEmpty()) {
            for (const DemoCatalogue::Release &r : p.releases)
                QVERIFY2(r.reference.startsWith(u"KB"_s), qPrintable(p.id + u' ' + r.version));
        }
        if (!p.cpe.isEmpty()) {
            const QStringList parts = p.cpe.split(u':');
            QVERIFY2(parts.size() == 3 && QStringList({u"a"_s, u"o"_s, u"h"_s}).contains(parts.at(0)), qPrintable(p.cpe));
        }
        if (!p.purl.isEmpty())
            QVERIFY2(PackageUrl::parse(p.purl), qPrintable(p.purl));
        QSet<QString> versions;
        for (const DemoCatalogue::Release &r : p.releases) {
            QVERIFY2(!r.version.isEmpty() && !versions.contains(r.version), qPrintable(p.id + u' ' + r.version));
            versions.insert(r.version);
        }
    }
    for (const QList<DemoCatalogue::Pick> *profile : DemoCatalogue::allProfiles()) {
        QSet<QString> seen;
        for (const DemoCatalogue::Pick &pick : *profile) {
            const qsizetype index = DemoCatalogue::indexOf(pick.product);
            QVERIFY2(index >= 0, qPrintable(pick.product));
            QVERIFY2(pick.percent > 0 && pick.percent <= 100, qPrintable(pick.product));
            QVERIFY2(!products.at(index).releases.isEmpty(), qPrintable(pick.product + u" has no releases"_s));
            const QString &leader = products.at(index).follows;
            QVERIFY2(leader.isEmpty() || seen.contains(leader),
                     qPrintable(pick.product + u" comes before "_s + leader));
            seen.insert(pick.product);
        }
    }
}

void TestDemoData::upstreamVersions_data()
{
    QTest::addColumn<QString>("debian");
    QTest::addColumn<QString>("upstream");
    QTest::newRow("epoch and security update") << u"1:9.2p1-2+deb12u3"_s << u"9.2p1"_s;
    QTest::newRow("backport tilde") << u"3.0.15-1~deb12u1"_s << u"3.0.15"_s;
    QTest::newRow("binary NMU") << u"5.2.15-2+b7"_s << u"5.2.15"_s;
    QTest::newRow("repacked source") << u"2.9.14+dfsg-1.3~deb12u1"_s << u"2.9.14"_s;
    QTest::newRow("dotted dfsg") << u"1:1.2.13.dfsg-1"_s << u"1.2.13"_s;
    QTest::newRow("hyphen in upstream") << u"4.4.3-P1-2"_s << u"4.4.3-P1"_s;
    QTest::newRow("native package") << u"2.6.1"_s << u"2.6.1"_s;
    QTest::newRow("java build") << u"17.0.14+7-1~deb12u1"_s << u"17.0.14"_s;
}

void TestDemoData::upstreamVersions()
{
    QFETCH(QString, debian);
    QFETCH(QString, upstream);
    QCOMPARE(DemoSoftware::upstreamVersion(debian), upstream);
}

void TestDemoData::softwareOfTheMunicipality()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    const ManualClock clock(kWhen);
    auto db = Test::openFresh(backend, dir);
    QVERIFY2(db, Test::why(db));
    const auto report = DemoData::generate(**db, 2025, DemoScale::Municipality, clock);
    QVERIFY2(report, Test::why(report));
    // The seed decides everything: these numbers change only when the generator does.
    QCOMPARE(report->value(u"installed_software"_s), kMunicipality2025Software);
    QCOMPARE(report->value(u"applied_patches"_s), kMunicipality2025Patches);
    QCOMPARE(report->value(u"products"_s), kMunicipality2025Products);

    // Every CI has exactly what its plan says: no row lost to a clash of two catalogue entries.
    const auto cis = DemoSoftware::sketches(**db);
    QVERIFY2(cis, Test::why(cis));
    QCOMPARE(cis->size(), 834);
    const auto admins = DemoSoftware::administrators(**db);
    QVERIFY2(admins, Test::why(admins));
    const DemoSoftware::PlanContext context{2025, kWhen, *admins};
    QHash<qint64, qint64> planned;
    qint64 plannedPatches = 0;
    for (const DemoSoftware::CiSketch &ci : *cis) {
        const DemoSoftware::Plan plan = DemoSoftware::plan(context, ci);
        planned.insert(ci.id, plan.installs.size());
        plannedPatches += plan.patches.size();
    }
    QCOMPARE(plannedPatches, kMunicipality2025Patches);
    const auto perCi = rowsOf(**db, u"SELECT c.id, c.name, c.ci_class, count(s.id) FROM configuration_item c "
                                    "LEFT JOIN installed_software s ON s.ci_id = c.id GROUP BY c.id, c.name, c.ci_class"_s);
    QVERIFY2(perCi, Test::why(perCi));
    QHash<QString, QList<qint64>> byClass;
    for (const QString &row : *perCi) {
        const QStringList f = row.split(u'|');
        QVERIFY2(f.at(3).toLongLong() == planned.value(f.at(0).toLongLong()),
                 qPrintable(u"%1: %2 rows, %3 planned"_s.arg(f.at(1), f.at(3)).arg(planned.value(f.at(0).toLongLong()))));
        byClass[f.at(2)] << f.at(3).toLongLong();
    }
    // Workplaces carry 40 to 60 packages on average, servers fewer, devices their firmware.
    auto average = [](const QList<qint64> &counts) {
        return std::accumulate(counts.cbegin(), counts.cend(), 0.0) / double(counts.size());
    };
    for (const QString &workplace : {u"client"_s, u"laptop"_s}) {
        const QList<qint64> &counts = byClass.value(workplace);
        QCOMPARE(counts.size(), workplace == u"client" ? 450 : 120);
        QVERIFY2(*std::min_element(counts.cbegin(), counts.cend()) >= 35, qPrintable(workplace));
        QVERIFY2(*std::max_element(counts.cbegin(), counts.cend()) <= 75, qPrintable(workplace));
        QVERIFY2(average(counts) >= 45 && average(counts) <= 60, qPrintable(u"%1: %2"_s.arg(workplace).arg(average(counts))));
    }
    const auto windowsServers = (*db)->scalar(
        u"SELECT count(*) * 1.0 / count(DISTINCT c.id) FROM installed_software s JOIN configuration_item c "
        "ON c.id = s.ci_id WHERE c.platform = 'Windows Server'"_s);
    QVERIFY2(windowsServers, Test::why(windowsServers));
    QVERIFY2(windowsServers->toDouble() >= 8 && windowsServers->toDouble() <= 25, qPrintable(windowsServers->toString()));
    for (const QString &device : {u"firewall"_s, u"switch"_s, u"router"_s, u"printer"_s, u"database"_s})
        QCOMPARE(byClass.value(device), QList<qint64>(byClass.value(device).size(), 1));
    QVERIFY(byClass.value(u"service"_s).size() > 0);
    QCOMPARE(byClass.value(u"service"_s), QList<qint64>(byClass.value(u"service"_s).size(), 0));
    const auto firmware = (*db)->scalar(
        u"SELECT count(*) FROM installed_software s JOIN configuration_item c ON c.id = s.ci_id "
        "WHERE c.ci_class IN ('firewall', 'switch', 'router', 'printer') AND s.version <> c.firmware_version"_s);
    QVERIFY2(firmware, Test::why(firmware));
    QCOMPARE(firmware->toLongLong(), 0);
    const auto phones = (*db)->scalar(
        u"SELECT count(*) FROM configuration_item c WHERE c.ci_class = 'smartphone' AND NOT EXISTS (SELECT 1 FROM "
        "installed_software s JOIN product p ON p.id = s.product_id WHERE s.ci_id = c.id AND "
        "p.normalized_key IN ('iphone-os', 'android') AND s.version = c.platform_version)"_s);
    QVERIFY2(phones, Test::why(phones));
    QCOMPARE(phones->toLongLong(), 0);

    // Versions: most systems run the newest release, a tail runs older ones.
    const auto chrome = rowsOf(**db, u"SELECT s.version, count(*) FROM installed_software s JOIN product p ON "
                                     "p.id = s.product_id WHERE p.normalized_key = 'chrome' GROUP BY s.version "
                                     "ORDER BY 2 DESC"_s);
    QVERIFY2(chrome, Test::why(chrome));
    QVERIFY(chrome->size() >= 4);
    QCOMPARE(chrome->constFirst().section(u'|', 0, 0), u"133.0.6943.127"_s);
    qint64 total = 0;
    for (const QString &row : *chrome)
        total += row.section(u'|', 1).toLongLong();
    QVERIFY2(chrome->constFirst().section(u'|', 1).toLongLong() * 10 >= total * 6, qPrintable(chrome->join(u", "_s)));

    // Identifiers: every CPE and purl parses, and each names the version that is installed.
    const auto ids = rowsOf(**db, u"SELECT s.version, s.cpe23, s.purl FROM installed_software s "
                                  "WHERE s.cpe23 <> '' OR s.purl <> ''"_s);
    QVERIFY2(ids, Test::why(ids));
    QVERIFY(ids->size() > 10000);
    for (const QString &row : *ids) {
        const QStringList f = row.split(u'|');
        if (!f.at(1).isEmpty()) {
            const auto cpe = Cpe::parse(f.at(1));
            QVERIFY2(cpe, qPrintable(f.at(1)));
            QVERIFY2(Cpe::isConcrete(cpe->version), qPrintable(f.at(1)));
        }
        if (!f.at(2).isEmpty()) {
            const auto purl = PackageUrl::parse(f.at(2));
            QVERIFY2(purl, qPrintable(f.at(2)));
            QCOMPARE(purl->version, f.at(0));
        }
    }

    // The catalogue knows products by the spellings inventories use.
    const SoftwareRepository software(**db);
    const QList<std::pair<QString, QString>> spellings{
        {u"Mozilla Firefox ESR (x64 de)"_s, u"firefox"_s},
        {u"pkg:deb/debian/openssl"_s, u"openssl"_s},
        {u"cpe:2.3:a:google:chrome:*:*:*:*:*:*:*:*"_s, u"chrome"_s},
        {u"7-Zip 23.01 (x64)"_s, u"7-zip"_s},
        {u"Java 8 Update 381 (64-bit)"_s, u"jre"_s},
        {u"Microsoft Edge"_s, u"edge"_s},
    };
    for (const auto &[spelling, key] : spellings) {
        const auto found = software.findProduct(spelling);
        QVERIFY2(found && *found, qPrintable(spelling));
        QCOMPARE((*found)->key, key);
    }

    // Running it again adds nothing.
    const auto before = softwareDump(**db);
    QVERIFY2(before, Test::why(before));
    const auto again = DemoData::generate(**db, 2025, DemoScale::Municipality, clock);
    QVERIFY2(again, Test::why(again));
    for (const QString &kind : {u"products"_s, u"installed_software"_s, u"applied_patches"_s, u"rights_profiles"_s})
        QCOMPARE(again->value(kind), qint64(0));
    const auto after = softwareDump(**db);
    QVERIFY2(after, Test::why(after));
    QCOMPARE(after->size(), before->size());
    QVERIFY(*after == *before);
}

// The patch history explains the versions: the newest successful update of a product on a CI
// brought the installed version, and a failed or rolled-back one left it where it was (N8).
void TestDemoData::patchHistoryMatchesInstalledVersions()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    const ManualClock clock(kWhen);
    auto db = Test::openFresh(backend, dir);
    QVERIFY2(db, Test::why(db));
    QVERIFY2(DemoData::generate(**db, 2025, DemoScale::Municipality, clock), "demo data failed");

    const auto patches = rowsOf(**db, u"SELECT a.ci_id, a.product_id, a.from_version, a.to_version, a.result, "
                                      "a.applied_at, a.reference, a.title, a.notes FROM applied_patch a "
                                      "ORDER BY a.ci_id, a.product_id, a.applied_at"_s);
    QVERIFY2(patches, Test::why(patches));
    const auto installed = rowsOf(**db, u"SELECT ci_id, product_id, version FROM installed_software"_s);
    QVERIFY2(installed, Test::why(installed));
    QMultiHash<QString, QString> versions; // "ci|product" → versions
    for (const QString &row : *installed)
        versions.insert(row.section(u'|', 0, 1), row.section(u'|', 2));
    QHash<QString, QStringList> newestSuccess; // "ci|product" → the newest successful patch
    QHash<QString, int> results;
    for (const QString &row : *patches) {
        const QStringList f = row.split(u'|');
        const QString key = f.at(0) + u'|' + f.at(1);
        results[f.at(4)] += 1;
        QVERIFY2(versions.contains(key), qPrintable(u"patch for software that is not installed: "_s + row));
        const QDateTime appliedAt = QDateTime::fromString(f.at(5), Qt::ISODateWithMs);
        QVERIFY2(appliedAt.isValid() && appliedAt < kWhen, qPrintable(row));
        QVERIFY2(f.at(2) != f.at(3) && !f.at(7).isEmpty(), qPrintable(row));
        if (f.at(4) == u"success")
            newestSuccess.insert(key, f);
        else // the update did not take: the system is still on the version it came from
            QVERIFY2(versions.values(key).contains(f.at(2)) && !f.at(8).isEmpty(), qPrintable(row));
    }
    for (auto it = newestSuccess.cbegin(); it != newestSuccess.cend(); ++it)
        QVERIFY2(versions.values(it.key()).contains(it->at(3)), qPrintable(it->join(u'|')));
    QVERIFY(results.value(u"success"_s) > 4000);
    QVERIFY(results.value(u"failed"_s) > 10);
    QVERIFY(results.value(u"rolled_back"_s) > 5);
    // Windows cumulative updates carry their KB number.
    const auto cumulative = (*db)->scalar(u"SELECT count(*) FROM applied_patch WHERE title LIKE 'Cumulative Update%' "
                                          "AND reference LIKE 'KB50%' AND title LIKE '%(' || reference || ')'"_s);
    QVERIFY2(cumulative, Test::why(cumulative));
    QVERIFY(cumulative->toLongLong() > 500);
    // Network devices are updated by administrators of the IT department.
    const auto byAdmins = (*db)->scalar(
        u"SELECT count(*) FROM applied_patch a JOIN configuration_item c ON c.id = a.ci_id "
        "WHERE c.ci_class IN ('firewall', 'switch', 'router') AND a.applied_by NOT IN (SELECT p.login FROM person p "
        "JOIN org_unit u ON u.id = p.org_unit_id WHERE u.code = 'IT')"_s);
    QVERIFY2(byAdmins, Test::why(byAdmins));
    QCOMPARE(byAdmins->toLongLong(), 0);
}

void TestDemoData::rightsOfTheMunicipality()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto db = Test::openFresh(backend, dir);
    QVERIFY2(db, Test::why(db));
    const auto report = DemoData::generate(**db, 2025, DemoScale::Municipality);
    QVERIFY2(report, Test::why(report));
    auto scalar = [&](const QString &sql) {
        const auto value = (*db)->scalar(sql);
        return value ? value->toLongLong() : -1;
    };
    // The IT department administers every server, VM, database and network device.
    const qint64 infrastructure = scalar(u"SELECT count(*) FROM configuration_item WHERE ci_class IN "
                                         "('server', 'vm', 'database', 'firewall', 'switch', 'router')"_s);
    QCOMPARE(infrastructure, 8 + 64 + 15 + 2 + 17 + 5);
    QCOMPARE(scalar(u"SELECT count(*) FROM rights_profile r JOIN org_unit u ON u.id = r.org_unit_id "
                    "WHERE u.code = 'IT' AND r.profile = 'administrator'"_s),
             infrastructure);
    // One administrator holds the emergency access to hypervisors, firewalls and core switches.
    QCOMPARE(scalar(u"SELECT count(*) FROM rights_profile WHERE profile = 'emergency-access'"_s), 8 + 2 + 2);
    QCOMPARE(scalar(u"SELECT count(DISTINCT person_id) FROM rights_profile WHERE profile = 'emergency-access'"_s), 1);
    // Each application is used by the unit that owns it and administered by one of its people.
    QCOMPARE(scalar(u"SELECT count(*) FROM rights_profile r JOIN configuration_item c ON c.id = r.ci_id "
                    "WHERE c.ci_class = 'application' AND r.profile = 'user' AND r.org_unit_id = c.org_unit_id"_s),
             40);
    QCOMPARE(scalar(u"SELECT count(*) FROM rights_profile r JOIN configuration_item c ON c.id = r.ci_id "
                    "JOIN person p ON p.id = r.person_id WHERE c.ci_class = 'application' AND "
                    "r.profile = 'application-administrator' AND p.org_unit_id = c.org_unit_id"_s),
             40);
    QCOMPARE(report->value(u"rights_profiles"_s), infrastructure + 12 + 40 + 40);
}

void TestDemoData::shrinkMustBePositive()
{
    QTemporaryDir dir;
    auto db = Test::openFresh(u"sqlite"_s, dir);
    QVERIFY2(db, Test::why(db));
    const auto refused = DemoData::generate(**db, 1, DemoScale::Small, Clock::system(), 0);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::InvalidInput);
    const auto people = count(**db, u"person"_s);
    QVERIFY2(people, Test::why(people));
    QCOMPARE(*people, 0);
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
