// Demo data is deterministic (seed and scale decide everything), idempotent, and the same on both
// backends.

#include "testsupport.h"

#include "demo/demodata.h"
#include "people/peoplerepository.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

namespace {

const QDateTime kWhen(QDate(2025, 1, 6), QTime(8, 0), QTimeZone::UTC);

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
    QTest::addColumn<qint64>("units"); // the municipality itself and its departments
    QTest::addColumn<qint64>("people");
    for (const QString &backend : Test::backends()) {
        const QByteArray prefix = backend.toUtf8() + ": ";
        QTest::newRow((prefix + "small").constData()) << backend << u"small"_s << qint64(1 + 4) << qint64(4 * 3);
        QTest::newRow((prefix + "municipality").constData()) << backend << u"municipality"_s << qint64(1 + 12) << qint64(12 * 20);
        QTest::newRow((prefix + "agency").constData()) << backend << u"agency"_s << qint64(1 + 40) << qint64(40 * 100);
    }
}

void TestDemoData::countsPerScale()
{
    QFETCH(QString, backend);
    QFETCH(QString, scale);
    QFETCH(qint64, units);
    QFETCH(qint64, people);
    QTemporaryDir dir;
    auto db = Test::openFresh(backend, dir);
    QVERIFY2(db, Test::why(db));
    const auto parsed = DemoData::parseScale(scale);
    QVERIFY2(parsed, Test::why(parsed));

    const auto report = DemoData::generate(**db, 7, *parsed);
    QVERIFY2(report, Test::why(report));
    QCOMPARE(report->value(u"org_units"_s), units);
    QCOMPARE(report->value(u"people"_s), people);
    const auto storedUnits = count(**db, u"org_unit"_s);
    const auto storedPeople = count(**db, u"person"_s);
    QVERIFY2(storedUnits, Test::why(storedUnits));
    QVERIFY2(storedPeople, Test::why(storedPeople));
    QCOMPARE(*storedUnits, units);
    QCOMPARE(*storedPeople, people);
    // Every person is in a department under the municipality.
    const auto orphans = (*db)->scalar(u"SELECT count(*) FROM person p JOIN org_unit u ON u.id = p.org_unit_id "
                                       "WHERE u.parent_id IS NULL"_s);
    QVERIFY2(orphans, Test::why(orphans));
    QCOMPARE(orphans->toLongLong(), 0);
}

// A demo on the laptop (SQLite) shows the same people as the shared server (PostgreSQL).
void TestDemoData::sameOnBothBackends()
{
    QTemporaryDir dir;
    const ManualClock clock(kWhen);
    QList<QStringList> dumps;
    for (const QString &backend : Test::backends()) {
        auto db = Test::openFresh(backend, dir);
        QVERIFY2(db, Test::why(db));
        QVERIFY2(DemoData::generate(**db, 2025, DemoScale::Municipality, clock), "demo data failed");
        const auto dump = peopleDump(**db);
        QVERIFY2(dump, Test::why(dump));
        dumps << *dump;
    }
    QCOMPARE(dumps.at(0).size(), 240);
    QCOMPARE(dumps.at(1), dumps.at(0));
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

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
