// Maintenance windows: recurrence rules, time zones and the days the clocks change.

#include "calendar/maintenancewindow.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

namespace {

QDateTime utc(const QString &text)
{
    QDateTime when = QDateTime::fromString(text, Qt::ISODate);
    when.setTimeZone(QTimeZone::UTC);
    return when;
}

MaintenanceWindow weekly(const QString &zone, const QDate &first, const QTime &start, const QTime &end,
                         QList<int> days = {})
{
    MaintenanceWindow w;
    w.name = u"test"_s;
    w.timeZone = zone;
    w.firstDate = first;
    w.startTime = start;
    w.endTime = end;
    w.recurrence.frequency = Recurrence::Frequency::Weekly;
    w.recurrence.weekdays = std::move(days);
    return w;
}

QList<QDate> startDates(const MaintenanceWindow &w, const QDate &from, const QDate &to)
{
    QList<QDate> dates;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        if (WindowRules::startsOn(w, d))
            dates << d;
    }
    return dates;
}

} // namespace

class TestMaintenanceWindow : public QObject
{
    Q_OBJECT

private slots:
    void wallClockAcrossSeasons();
    void nightOfSpringForward();
    void nightOfFallBack();
    void startInTheGap();
    void startInTheFold();
    void otherZone();
    void weeklyEveryOtherWeek();
    void monthlyRules();
    void dailyAndLastDate();
    void occurrencesInRange();
    void atOrAfterAndContaining();
    void validation();
    void weekdayText();
};

void TestMaintenanceWindow::wallClockAcrossSeasons()
{
    // Every Tuesday 22:00-02:00 Berlin: 21:00 UTC in winter, 20:00 UTC in summer.
    const MaintenanceWindow w = weekly(u"Europe/Berlin"_s, QDate(2026, 1, 6), QTime(22, 0), QTime(2, 0));
    QVERIFY(WindowRules::startsOn(w, QDate(2026, 1, 6)));
    QVERIFY(!WindowRules::startsOn(w, QDate(2026, 1, 7)));
    QVERIFY(!WindowRules::startsOn(w, QDate(2025, 12, 30))); // before the first date
    const TimeSpan winter = WindowRules::occurrenceOn(w, QDate(2026, 1, 6));
    QCOMPARE(winter.start, utc(u"2026-01-06T21:00:00Z"_s));
    QCOMPARE(winter.end, utc(u"2026-01-07T01:00:00Z"_s));
    const TimeSpan summer = WindowRules::occurrenceOn(w, QDate(2026, 7, 7));
    QCOMPARE(summer.start, utc(u"2026-07-07T20:00:00Z"_s));
    QCOMPARE(summer.end, utc(u"2026-07-08T00:00:00Z"_s));
}

void TestMaintenanceWindow::nightOfSpringForward()
{
    // Saturday 22:00 to Sunday 04:00 over 29 March 2026, when Berlin skips 02:00-03:00: five hours.
    const MaintenanceWindow w = weekly(u"Europe/Berlin"_s, QDate(2026, 1, 3), QTime(22, 0), QTime(4, 0));
    const TimeSpan night = WindowRules::occurrenceOn(w, QDate(2026, 3, 28));
    QCOMPARE(night.start, utc(u"2026-03-28T21:00:00Z"_s));
    QCOMPARE(night.end, utc(u"2026-03-29T02:00:00Z"_s));
    QCOMPARE(night.start.secsTo(night.end), 5 * 3600);
    const TimeSpan before = WindowRules::occurrenceOn(w, QDate(2026, 3, 21));
    QCOMPARE(before.start.secsTo(before.end), 6 * 3600);
}

void TestMaintenanceWindow::nightOfFallBack()
{
    // Over 25 October 2026 Berlin repeats 02:00-03:00: seven hours.
    const MaintenanceWindow w = weekly(u"Europe/Berlin"_s, QDate(2026, 1, 3), QTime(22, 0), QTime(4, 0));
    const TimeSpan night = WindowRules::occurrenceOn(w, QDate(2026, 10, 24));
    QCOMPARE(night.start, utc(u"2026-10-24T20:00:00Z"_s));
    QCOMPARE(night.end, utc(u"2026-10-25T03:00:00Z"_s));
    QCOMPARE(night.start.secsTo(night.end), 7 * 3600);
}

void TestMaintenanceWindow::startInTheGap()
{
    // Daily 02:30-04:00: on 29 March 02:30 does not exist; the window opens when the clocks jump.
    MaintenanceWindow w = weekly(u"Europe/Berlin"_s, QDate(2026, 3, 1), QTime(2, 30), QTime(4, 0));
    w.recurrence.frequency = Recurrence::Frequency::Daily;
    const TimeSpan gap = WindowRules::occurrenceOn(w, QDate(2026, 3, 29));
    QCOMPARE(gap.start, utc(u"2026-03-29T01:00:00Z"_s)); // 03:00 CEST
    QCOMPARE(gap.end, utc(u"2026-03-29T02:00:00Z"_s)); // 04:00 CEST
    const TimeSpan next = WindowRules::occurrenceOn(w, QDate(2026, 3, 30));
    QCOMPARE(next.start, utc(u"2026-03-30T00:30:00Z"_s));
    const TimeSpan previous = WindowRules::occurrenceOn(w, QDate(2026, 3, 28));
    QCOMPARE(previous.start, utc(u"2026-03-28T01:30:00Z"_s));
    QCOMPARE(WindowRules::localToUtc(QDate(2026, 3, 29), QTime(2, 59), QTimeZone("Europe/Berlin")),
             utc(u"2026-03-29T01:00:00Z"_s));
}

void TestMaintenanceWindow::startInTheFold()
{
    // Daily 02:30-03:30 on 25 October: 02:30 happens twice; the window opens at the first, and
    // closes at 03:30 winter time, two hours later.
    MaintenanceWindow w = weekly(u"Europe/Berlin"_s, QDate(2026, 10, 1), QTime(2, 30), QTime(3, 30));
    w.recurrence.frequency = Recurrence::Frequency::Daily;
    const TimeSpan fold = WindowRules::occurrenceOn(w, QDate(2026, 10, 25));
    QCOMPARE(fold.start, utc(u"2026-10-25T00:30:00Z"_s));
    QCOMPARE(fold.end, utc(u"2026-10-25T02:30:00Z"_s));
    const TimeSpan after = WindowRules::occurrenceOn(w, QDate(2026, 10, 26));
    QCOMPARE(after.start, utc(u"2026-10-26T01:30:00Z"_s));
    QCOMPARE(after.start.secsTo(after.end), 3600);
}

void TestMaintenanceWindow::otherZone()
{
    // New York changes on 8 March 2026: 01:00 EST is 06:00 UTC, a week later 01:00 EDT is 05:00.
    const MaintenanceWindow w = weekly(u"America/New_York"_s, QDate(2026, 3, 1), QTime(1, 0), QTime(3, 0));
    QCOMPARE(WindowRules::occurrenceOn(w, QDate(2026, 3, 1)).start, utc(u"2026-03-01T06:00:00Z"_s));
    QCOMPARE(WindowRules::occurrenceOn(w, QDate(2026, 3, 15)).start, utc(u"2026-03-15T05:00:00Z"_s));
    // On the night itself (Sunday 8 March, 02:00 jumps to 03:00) it lasts one hour.
    const TimeSpan night = WindowRules::occurrenceOn(w, QDate(2026, 3, 8));
    QCOMPARE(night.start, utc(u"2026-03-08T06:00:00Z"_s));
    QCOMPARE(night.end, utc(u"2026-03-08T07:00:00Z"_s));
}

void TestMaintenanceWindow::weeklyEveryOtherWeek()
{
    // Every second week on Monday and Thursday, from Monday 5 January 2026.
    MaintenanceWindow w = weekly(u"Europe/Berlin"_s, QDate(2026, 1, 5), QTime(18, 0), QTime(20, 0), {1, 4});
    w.recurrence.interval = 2;
    QCOMPARE(startDates(w, QDate(2026, 1, 1), QDate(2026, 1, 31)),
             (QList<QDate> {QDate(2026, 1, 5), QDate(2026, 1, 8), QDate(2026, 1, 19), QDate(2026, 1, 22)}));
    // A first date in mid-week: the week counts from its Monday, the days before it are left out.
    w.firstDate = QDate(2026, 1, 7);
    QCOMPARE(startDates(w, QDate(2026, 1, 1), QDate(2026, 1, 20)),
             (QList<QDate> {QDate(2026, 1, 8), QDate(2026, 1, 19)}));
    // No weekdays: the weekday of the first date.
    MaintenanceWindow plain = weekly(u"Europe/Berlin"_s, QDate(2026, 1, 7), QTime(18, 0), QTime(20, 0));
    QCOMPARE(startDates(plain, QDate(2026, 1, 1), QDate(2026, 1, 21)),
             (QList<QDate> {QDate(2026, 1, 7), QDate(2026, 1, 14), QDate(2026, 1, 21)}));
}

void TestMaintenanceWindow::monthlyRules()
{
    MaintenanceWindow w = weekly(u"Europe/Berlin"_s, QDate(2026, 1, 1), QTime(20, 0), QTime(23, 0));
    w.recurrence.frequency = Recurrence::Frequency::Monthly;
    // The second Tuesday (Microsoft's patch day).
    w.recurrence.weekOfMonth = 2;
    w.recurrence.weekdays = {2};
    QVERIFY(WindowRules::validate(w));
    QCOMPARE(startDates(w, QDate(2026, 1, 1), QDate(2026, 4, 30)),
             (QList<QDate> {QDate(2026, 1, 13), QDate(2026, 2, 10), QDate(2026, 3, 10), QDate(2026, 4, 14)}));
    // The last Friday.
    w.recurrence.weekOfMonth = -1;
    w.recurrence.weekdays = {5};
    QCOMPARE(startDates(w, QDate(2026, 1, 1), QDate(2026, 3, 31)),
             (QList<QDate> {QDate(2026, 1, 30), QDate(2026, 2, 27), QDate(2026, 3, 27)}));
    // The last day of the month.
    w.recurrence.weekOfMonth = 0;
    w.recurrence.weekdays = {};
    w.recurrence.monthDay = -1;
    QCOMPARE(startDates(w, QDate(2026, 1, 1), QDate(2026, 4, 30)),
             (QList<QDate> {QDate(2026, 1, 31), QDate(2026, 2, 28), QDate(2026, 3, 31), QDate(2026, 4, 30)}));
    // Day 31: months without it are skipped; every third month.
    w.recurrence.monthDay = 31;
    QCOMPARE(startDates(w, QDate(2026, 1, 1), QDate(2026, 5, 31)),
             (QList<QDate> {QDate(2026, 1, 31), QDate(2026, 3, 31), QDate(2026, 5, 31)}));
    w.recurrence.interval = 3;
    QCOMPARE(startDates(w, QDate(2026, 1, 1), QDate(2026, 12, 31)),
             (QList<QDate> {QDate(2026, 1, 31), QDate(2026, 7, 31), QDate(2026, 10, 31)}));
}

void TestMaintenanceWindow::dailyAndLastDate()
{
    MaintenanceWindow w = weekly(u"Europe/Berlin"_s, QDate(2026, 2, 1), QTime(1, 0), QTime(3, 0));
    w.recurrence.frequency = Recurrence::Frequency::Daily;
    w.recurrence.interval = 3;
    w.lastDate = QDate(2026, 2, 10);
    QCOMPARE(startDates(w, QDate(2026, 1, 25), QDate(2026, 2, 28)),
             (QList<QDate> {QDate(2026, 2, 1), QDate(2026, 2, 4), QDate(2026, 2, 7), QDate(2026, 2, 10)}));
}

void TestMaintenanceWindow::occurrencesInRange()
{
    const MaintenanceWindow w = weekly(u"Europe/Berlin"_s, QDate(2026, 1, 6), QTime(22, 0), QTime(2, 0));
    // The range starts inside the occurrence of 6 January: it is included, and so is the 13th.
    const QList<TimeSpan> spans
        = WindowRules::occurrences(w, utc(u"2026-01-07T00:30:00Z"_s), utc(u"2026-01-13T21:30:00Z"_s));
    QCOMPARE(spans.size(), 2);
    QCOMPARE(spans.at(0).start, utc(u"2026-01-06T21:00:00Z"_s));
    QCOMPARE(spans.at(1).start, utc(u"2026-01-13T21:00:00Z"_s));
    // A range that ends when an occurrence starts does not include it.
    QCOMPARE(
        WindowRules::occurrences(w, utc(u"2026-01-08T00:00:00Z"_s), utc(u"2026-01-13T21:00:00Z"_s)).size(),
        0);
    // A year has 52 Tuesdays from 6 January.
    QCOMPARE(
        WindowRules::occurrences(w, utc(u"2026-01-01T00:00:00Z"_s), utc(u"2027-01-01T00:00:00Z"_s)).size(),
        52);
}

void TestMaintenanceWindow::atOrAfterAndContaining()
{
    const MaintenanceWindow w = weekly(u"Europe/Berlin"_s, QDate(2026, 1, 6), QTime(22, 0), QTime(2, 0));
    const auto inside = WindowRules::occurrenceAtOrAfter(w, utc(u"2026-01-06T23:00:00Z"_s));
    QVERIFY(inside);
    QCOMPARE(inside->start, utc(u"2026-01-06T21:00:00Z"_s));
    const auto next
        = WindowRules::occurrenceAtOrAfter(w, utc(u"2026-01-07T01:00:00Z"_s)); // at the end: the next
    QVERIFY(next);
    QCOMPARE(next->start, utc(u"2026-01-13T21:00:00Z"_s));
    MaintenanceWindow ended = w;
    ended.lastDate = QDate(2026, 1, 6);
    QVERIFY(!WindowRules::occurrenceAtOrAfter(ended, utc(u"2026-01-08T00:00:00Z"_s)));

    QVERIFY(WindowRules::occurrenceContaining(
        w, {utc(u"2026-01-06T23:00:00Z"_s), utc(u"2026-01-07T01:00:00Z"_s)}));
    QVERIFY(!WindowRules::occurrenceContaining(
        w, {utc(u"2026-01-06T23:00:00Z"_s), utc(u"2026-01-07T01:00:01Z"_s)}));
    QVERIFY(!WindowRules::occurrenceContaining(
        w, {utc(u"2026-01-06T20:59:00Z"_s), utc(u"2026-01-06T22:00:00Z"_s)}));
}

void TestMaintenanceWindow::validation()
{
    const MaintenanceWindow good
        = weekly(u"Europe/Berlin"_s, QDate(2026, 1, 6), QTime(22, 0), QTime(2, 0), {2});
    QVERIFY(WindowRules::validate(good));
    const auto refused = [](const MaintenanceWindow &w, const QString &part) {
        const Status s = WindowRules::validate(w);
        QVERIFY2(!s, qPrintable(part));
        QCOMPARE(s.error().kind, ErrorKind::InvalidInput);
        QVERIFY2(s.error().message.contains(part), qPrintable(s.error().message));
    };
    MaintenanceWindow w = good;
    w.name = u" "_s;
    refused(w, u"needs a name"_s);
    w = good;
    w.timeZone = u"Mars/Olympus"_s;
    refused(w, u"Mars/Olympus"_s);
    w = good;
    w.lastDate = QDate(2025, 1, 1);
    refused(w, u"2025-01-01"_s);
    w = good;
    w.recurrence.interval = 0;
    refused(w, u"interval"_s);
    w = good;
    w.recurrence.weekdays = {8};
    refused(w, u"8"_s);
    w = good;
    w.ciId = 1;
    w.groupId = 2;
    refused(w, u"not to both"_s);
    w = good;
    w.recurrence.frequency = Recurrence::Frequency::Monthly;
    w.recurrence.weekdays = {};
    refused(w, u"day of the month"_s);
    w.recurrence.weekOfMonth = 2;
    refused(w, u"exactly one weekday"_s);
    w = good;
    w.recurrence.monthDay = 3;
    refused(w, u"monthly windows only"_s);
    FreezePeriod f;
    f.name = u"Wahl"_s;
    f.start = utc(u"2026-03-01T00:00:00Z"_s);
    f.end = f.start;
    QVERIFY(!WindowRules::validate(f));
    f.end = f.start.addDays(1);
    QVERIFY(WindowRules::validate(f));
}

void TestMaintenanceWindow::weekdayText()
{
    QCOMPARE(WindowRules::weekdaysText({1, 3, 7}), u"mo,we,su"_s);
    QCOMPARE(*WindowRules::parseWeekdays(u"Mo, WE,sunday"_s), (QList<int> {1, 3, 7}));
    const auto bad = WindowRules::parseWeekdays(u"mo,xx"_s);
    QVERIFY(!bad);
    QVERIFY(bad.error().message.contains(u"xx"_s));
    const MaintenanceWindow w
        = weekly(u"Europe/Berlin"_s, QDate(2026, 1, 6), QTime(22, 0), QTime(2, 0), {2, 4});
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const QString text = WindowRules::describe(w);
    QVERIFY2(text.contains(u"Tuesday"_s) && text.contains(u"Thursday"_s) && text.contains(u"Europe/Berlin"_s)
                 && text.contains(u"22:00"_s),
             qPrintable(text));
}

QTEST_GUILESS_MAIN(TestMaintenanceWindow)
#include "tst_maintenancewindow.moc"
