// Timestamps as the dialect reads them back: the form toDb() writes (read on a fast path), other
// ISO 8601 forms, and text that is no timestamp.

#include "storage/dialect.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

class TestDialect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTimestamps_data();
    void readsTimestamps();
    void roundTrips();
};

void TestDialect::readsTimestamps_data()
{
    QTest::addColumn<QVariant>("stored");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime quarterPast(QDate(2026, 3, 2), QTime(8, 15, 0, 250), QTimeZone::UTC);
    QTest::newRow("written form") << QVariant(u"2026-03-02T08:15:00.250Z"_s) << quarterPast;
    QTest::newRow("no milliseconds") << QVariant(u"2026-03-02T08:15:00Z"_s) << quarterPast.addMSecs(-250);
    QTest::newRow("offset") << QVariant(u"2026-03-02T09:15:00.250+01:00"_s) << quarterPast;
    QTest::newRow("leap day") << QVariant(u"2028-02-29T23:59:59.999Z"_s)
                              << QDateTime(QDate(2028, 2, 29), QTime(23, 59, 59, 999), QTimeZone::UTC);
    QTest::newRow("no such day") << QVariant(u"2026-02-30T08:15:00Z"_s) << QDateTime();
    QTest::newRow("hour 24") << QVariant(u"2026-03-02T24:15:00Z"_s) << QDateTime();
    QTest::newRow("letters") << QVariant(u"2026-0x-02T08:15:00Z"_s) << QDateTime();
    QTest::newRow("not a time") << QVariant(u"yesterday"_s) << QDateTime();
    QTest::newRow("empty") << QVariant(u""_s) << QDateTime();
    QTest::newRow("null") << QVariant(QMetaType::fromType<QString>()) << QDateTime();
    QTest::newRow("PostgreSQL value") << QVariant(quarterPast.toTimeZone(QTimeZone(3600))) << quarterPast;
}

void TestDialect::readsTimestamps()
{
    QFETCH(QVariant, stored);
    QFETCH(QDateTime, expected);
    const QDateTime read = Dialect(Backend::SQLite).dateTimeFromDb(stored);
    QCOMPARE(read.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(read, expected);
        QCOMPARE(read.timeSpec(), Qt::UTC);
    }
}

void TestDialect::roundTrips()
{
    const Dialect sqlite(Backend::SQLite);
    QRandomGenerator random(42);
    for (int i = 0; i < 2000; ++i) {
        const QDateTime when
            = QDateTime::fromMSecsSinceEpoch(qint64(random.bounded(4102444800.0) * 1000), QTimeZone::UTC);
        QCOMPARE(sqlite.dateTimeFromDb(sqlite.toDb(when)), when);
        // A time given in another zone reads back as the same instant in UTC.
        QCOMPARE(sqlite.dateTimeFromDb(sqlite.toDb(when.toTimeZone(QTimeZone(-5 * 3600)))), when);
    }
}

QTEST_GUILESS_MAIN(TestDialect)
#include "tst_dialect.moc"
