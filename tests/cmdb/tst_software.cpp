// The product catalogue, installed software and applied patches, on SQLite and PostgreSQL.

#include "testsupport.h"

#include "cmdb/cirepository.h"
#include "cmdb/softwarerepository.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

namespace {
const QDateTime kStart(QDate(2026, 5, 12), QTime(10, 0), QTimeZone::UTC);
}

class TestSoftware : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { Test::failOnSqlWarnings(); }
    void oneProductManySpellings_data() { Test::addBackendColumn(); }
    void oneProductManySpellings();
    void installIsAnUpsert_data() { Test::addBackendColumn(); }
    void installIsAnUpsert();
    void patchHistory_data() { Test::addBackendColumn(); }
    void patchHistory();
    void badInput_data() { Test::addBackendColumn(); }
    void badInput();

private:
    std::shared_ptr<Database> open(const QString &backend, const QTemporaryDir &dir, QList<qint64> &cis);
};

std::shared_ptr<Database> TestSoftware::open(const QString &backend, const QTemporaryDir &dir, QList<qint64> &cis)
{
    auto db = Test::openFresh(backend, dir);
    if (!db) {
        QTest::qFail(Test::why(db), __FILE__, __LINE__);
        return {};
    }
    const CiRepository repo(**db, u"test"_s);
    for (const QString &name : {u"ws-001"_s, u"ws-002"_s, u"srv-web"_s}) {
        ConfigurationItem ci;
        ci.name = name;
        auto added = repo.add(ci);
        if (!added) {
            QTest::qFail(Test::why(added), __FILE__, __LINE__);
            return {};
        }
        cis << added->id;
    }
    return *db;
}

void TestSoftware::oneProductManySpellings()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    QList<qint64> cis;
    auto db = open(backend, dir, cis);
    QVERIFY(db);
    ManualClock clock(kStart);
    const SoftwareRepository software(*db, clock);

    // The example: three spellings, one product.
    auto a = software.ensureProduct(u"Mozilla"_s, u"Mozilla Firefox"_s);
    auto b = software.ensureProduct({}, u"firefox"_s);
    auto c = software.ensureProduct({}, u"firefox-esr"_s, u"pkg:deb/debian/firefox-esr@115.5.0esr-1"_s);
    QVERIFY2(a && b && c, "ensureProduct failed");
    QCOMPARE(a->key, u"firefox"_s);
    QCOMPARE(b->id, a->id);
    QCOMPARE(c->id, a->id);
    auto others = software.ensureProduct(u"Mozilla"_s, u"Mozilla Thunderbird"_s);
    QVERIFY(others);
    QVERIFY(others->id != a->id);
    QCOMPARE(db->scalar(u"SELECT count(*) FROM product"_s).value().toInt(), 2);

    // Found again by any spelling.
    for (const QString &text : {u"Firefox"_s, u"Mozilla Firefox"_s, u"pkg:deb/debian/firefox-esr"_s,
                                u"cpe:2.3:a:mozilla:firefox:115.0:*:*:*:esr:*:*:*"_s, u"Firefox ESR"_s}) {
        auto found = software.findProduct(text);
        QVERIFY2(found, Test::why(found));
        QVERIFY2(found->has_value(), qPrintable(u"not found: "_s + text));
        QCOMPARE((*found)->id, a->id);
    }
    auto missing = software.findProduct(u"LibreOffice"_s);
    QVERIFY(missing && !missing->has_value());
}

void TestSoftware::installIsAnUpsert()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    QList<qint64> cis;
    auto db = open(backend, dir, cis);
    QVERIFY(db);
    ManualClock clock(kStart);
    const SoftwareRepository software(*db, clock);

    auto first = software.install(cis.at(0), u"Mozilla"_s, u"Mozilla Firefox (x64 de)"_s, u"128.3.1"_s);
    QVERIFY2(first, Test::why(first));
    QCOMPARE(first->second, SoftwareRepository::Outcome::Created);
    auto again = software.install(cis.at(0), u"Mozilla"_s, u"Mozilla Firefox (x64 de)"_s, u"128.3.1"_s);
    QVERIFY(again);
    QCOMPARE(again->second, SoftwareRepository::Outcome::Unchanged);
    QCOMPARE(again->first.id, first->first.id);
    // A CPE 2.2 URI is kept in its 2.3 form, and counts as an update.
    auto withCpe = software.install(cis.at(0), u"Mozilla"_s, u"firefox"_s, u"128.3.1"_s, {},
                                    u"cpe:/a:mozilla:firefox:128.3.1"_s, u"csv"_s);
    QVERIFY2(withCpe, Test::why(withCpe));
    QCOMPARE(withCpe->second, SoftwareRepository::Outcome::Updated);
    QCOMPARE(withCpe->first.cpe23, u"cpe:2.3:a:mozilla:firefox:128.3.1:*:*:*:*:*:*:*"_s);
    QVERIFY(software.install(cis.at(0), u"Mozilla"_s, u"Firefox"_s, u"115.5.0"_s));
    QVERIFY(software.install(cis.at(1), {}, u"firefox"_s, u"128.3.1"_s));
    QVERIFY(software.install(cis.at(2), u"The Apache Software Foundation"_s, u"httpd"_s, u"2.4.62"_s,
                             u"pkg:deb/debian/apache2@2.4.62-1"_s));

    auto onFirst = software.installedOn(cis.at(0));
    QVERIFY(onFirst);
    QCOMPARE(onFirst->size(), 2);
    QCOMPARE(onFirst->at(0).version, u"115.5.0"_s);
    QCOMPARE(onFirst->at(1).source, u"csv"_s);
    const qint64 firefox = onFirst->at(0).productId;
    QCOMPARE(software.cisWith(firefox).value(), (QList<qint64>{cis.at(0), cis.at(1)}));
    QCOMPARE(software.cisWith(firefox, u"115.5.0"_s).value(), QList<qint64>{cis.at(0)});

    QVERIFY(software.uninstall(onFirst->at(0)));
    QCOMPARE(software.installedOn(cis.at(0))->size(), 1);
    // Deleting the CI takes its software with it.
    const CiRepository repo(*db, u"test"_s);
    QVERIFY(repo.remove(repo.byId(cis.at(1)).value().value()));
    QCOMPARE(software.cisWith(firefox).value(), QList<qint64>{cis.at(0)});
}

void TestSoftware::patchHistory()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    QList<qint64> cis;
    auto db = open(backend, dir, cis);
    QVERIFY(db);
    ManualClock clock(kStart);
    const SoftwareRepository software(*db, clock);
    AppliedPatch older;
    older.ciId = cis.at(2);
    older.title = u"Apache httpd security update"_s;
    older.reference = u"DSA-5729-1"_s;
    older.fromVersion = u"2.4.61"_s;
    older.toVersion = u"2.4.62"_s;
    older.appliedAt = kStart.addDays(-7);
    older.appliedBy = u"kbakker"_s;
    older.changeRef = u"RFC-2026-0042"_s;
    QVERIFY(software.recordPatch(older));
    AppliedPatch failed = older;
    failed.title = u"Kernel update"_s;
    failed.reference = u"DSA-5740-1"_s;
    failed.appliedAt = {}; // now
    failed.result = u"rolled_back"_s;
    failed.notes = u"boot loop on the old firmware"_s;
    QVERIFY(software.recordPatch(failed));

    auto patches = software.patchesOf(cis.at(2));
    QVERIFY2(patches, Test::why(patches));
    QCOMPARE(patches->size(), 2);
    QCOMPARE(patches->at(0).title, u"Kernel update"_s); // newest first
    QCOMPARE(patches->at(0).appliedAt, kStart);
    QCOMPARE(patches->at(0).result, u"rolled_back"_s);
    QCOMPARE(patches->at(1).reference, u"DSA-5729-1"_s);
    QCOMPARE(patches->at(1).appliedAt, kStart.addDays(-7));
    QCOMPARE(patches->at(1).changeRef, u"RFC-2026-0042"_s);
    QVERIFY(software.patchesOf(cis.at(0))->isEmpty());
}

void TestSoftware::badInput()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    QList<qint64> cis;
    auto db = open(backend, dir, cis);
    QVERIFY(db);
    const SoftwareRepository software(*db);
    const QStringList before = Test::dumpTables(*db).value();
    auto noName = software.install(cis.at(0), {}, u"  "_s, u"1.0"_s);
    QVERIFY(!noName);
    QCOMPARE(noName.error().kind, ErrorKind::InvalidInput);
    auto badCpe = software.install(cis.at(0), {}, u"firefox"_s, u"1.0"_s, {}, u"cpe:2.3:x:broken"_s);
    QVERIFY(!badCpe);
    QVERIFY2(badCpe.error().message.contains(u"CPE"_s), qPrintable(badCpe.error().message));
    auto badPurl = software.install(cis.at(0), {}, u"firefox"_s, u"1.0"_s, u"pkg:"_s);
    QVERIFY(!badPurl);
    auto unknownCi = software.install(987654, {}, u"firefox"_s, u"1.0"_s);
    QVERIFY(!unknownCi);
    AppliedPatch patch;
    patch.ciId = cis.at(0);
    patch.title = u"x"_s;
    patch.result = u"maybe"_s;
    auto badResult = software.recordPatch(patch);
    QVERIFY(!badResult);
    QVERIFY2(badResult.error().message.contains(u"maybe"_s), qPrintable(badResult.error().message));
    QCOMPARE(Test::dumpTables(*db).value(), before); // nothing half-written
}

QTEST_GUILESS_MAIN(TestSoftware)
#include "tst_software.moc"
