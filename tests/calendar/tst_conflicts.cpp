// Conflict detection: each kind of conflict with a case that has it and one that does not, the
// index against a naive pairwise comparison on random calendars, and the next free slot.

#include "calendar/conflicts.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <set>
#include <tuple>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

namespace {

// Tuesday 6 January 2026, 21:00 UTC = 22:00 in Berlin.
const QDateTime kTuesday = QDateTime(QDate(2026, 1, 6), QTime(21, 0), QTimeZone::UTC);

QDateTime at(int minutes)
{
    return kTuesday.addSecs(qint64(minutes) * 60);
}

ScheduledItem item(qint64 change, int from, int to, QList<qint64> cis, QList<qint64> people = {},
                   bool restart = false)
{
    ScheduledItem i;
    i.changeId = change;
    i.title = u"Change %1"_s.arg(change);
    i.type = u"normal"_s;
    i.span = {at(from), at(to)};
    i.ciIds = std::move(cis);
    i.implementerIds = std::move(people);
    i.needsRestart = restart;
    return i;
}

// Every Tuesday 22:00-02:00 Berlin, for one CI, a group or all.
MaintenanceWindow tuesdayNight(std::optional<qint64> ci, std::optional<qint64> group = std::nullopt)
{
    MaintenanceWindow w;
    w.id = 1;
    w.name = u"Tuesday night"_s;
    w.ciId = ci;
    w.groupId = group;
    w.timeZone = u"Europe/Berlin"_s;
    w.firstDate = QDate(2026, 1, 6);
    w.startTime = QTime(22, 0);
    w.endTime = QTime(2, 0);
    w.recurrence.frequency = Recurrence::Frequency::Weekly;
    return w;
}

FreezePeriod freeze(qint64 id, int from, int to, std::optional<qint64> group = std::nullopt)
{
    FreezePeriod f;
    f.id = id;
    f.name = u"Freeze %1"_s.arg(id);
    f.groupId = group;
    f.start = at(from);
    f.end = at(to);
    return f;
}

QList<Conflict::Kind> kinds(const QList<Conflict> &conflicts)
{
    QList<Conflict::Kind> list;
    for (const Conflict &c : conflicts)
        list << c.kind;
    return list;
}

QList<Conflict> ofKind(const QList<Conflict> &conflicts, Conflict::Kind kind)
{
    QList<Conflict> list;
    for (const Conflict &c : conflicts) {
        if (c.kind == kind)
            list << c;
    }
    return list;
}

} // namespace

class TestConflicts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void sameCi();
    void linkedCis();
    void outsideWindows();
    void freezePeriods();
    void implementerBookedTwice();
    void restartGoesLast();
    void checkAgreesWithAll();
    void indexAgreesWithPairwise();
    void nextFreeSlot();
    void nextFreeSlotRestartAndNoRoom();
    void reasonsAndJson();
};

void TestConflicts::sameCi()
{
    CalendarData data;
    data.ciNames = {{1, u"srv-01"_s}, {2, u"srv-02"_s}};
    data.items = {item(10, 0, 60, {1, 2}), item(11, 30, 90, {1, 2}), item(12, 90, 120, {1})};
    const QList<Conflict> all = ConflictDetector(data).all();
    // 10 and 11 share two CIs: one conflict naming both. 11 ends when 12 starts: no conflict.
    QCOMPARE(all.size(), 1);
    const Conflict &c = all.first();
    QCOMPARE(c.kind, Conflict::Kind::SameCi);
    QCOMPARE(c.severity, Conflict::Severity::Blocking);
    QCOMPARE(c.changeId, 10);
    QCOMPARE(c.otherChangeId, 11);
    QCOMPARE(QSet<qint64>(c.ciIds.cbegin(), c.ciIds.cend()), (QSet<qint64> {1, 2}));
    QCOMPARE(c.span, (TimeSpan {at(30), at(60)}));

    // Waves of one change do not conflict with each other.
    CalendarData waves;
    ScheduledItem a = item(20, 0, 60, {1});
    a.wave = 0;
    ScheduledItem b = item(20, 30, 90, {1});
    b.wave = 1;
    waves.items = {a, b};
    QVERIFY(ConflictDetector(waves).all().isEmpty());
}

void TestConflicts::linkedCis()
{
    // app (2) runs on srv (1); db (3) is part of app (so app depends on db); web (4) depends on
    // app; 5 is only connected to 1 (a network link carries no dependency).
    CalendarData data;
    data.graph.addRelation(2, 1, RelationType::RunsOn);
    data.graph.addRelation(3, 2, RelationType::PartOf);
    data.graph.addRelation(4, 2, RelationType::DependsOn);
    data.graph.addRelation(5, 1, RelationType::ConnectedTo);
    data.items = {item(10, 0, 60, {1}), item(11, 30, 90, {4}), item(12, 30, 90, {5}), item(13, 70, 100, {3})};
    const QList<Conflict> all = ConflictDetector(data).all();
    const QList<Conflict> linked = ofKind(all, Conflict::Kind::LinkedCi);
    // 10 (srv) with 11 (web, which depends on srv through app); 11 (web) with 13 (db: app, which web
    // depends on, depends on db). 12 is only connected; 10 and 13 do not overlap.
    QCOMPARE(linked.size(), 2);
    QCOMPARE(all.size(), 2);
    QCOMPARE(linked.at(0).changeId, 10);
    QCOMPARE(linked.at(0).otherChangeId, 11);
    QCOMPARE(linked.at(0).ciIds, (QList<qint64> {1, 4}));
    QVERIFY(!linked.at(0).itemDepends); // web depends on srv, not the reverse
    QCOMPARE(linked.at(0).severity, Conflict::Severity::Warning);
    QCOMPARE(linked.at(1).changeId, 11);
    QCOMPARE(linked.at(1).otherChangeId, 13);
    QVERIFY(linked.at(1).itemDepends); // web depends on db
    // A depth limit of one leaves out the paths of two steps.
    QVERIFY(ofKind(ConflictDetector(data, 1).all(), Conflict::Kind::LinkedCi).isEmpty());
    // A change on the same CI and a dependent one: only the same-CI conflict for that pair.
    CalendarData both;
    both.graph.addRelation(2, 1, RelationType::RunsOn);
    both.items = {item(10, 0, 60, {1, 2}), item(11, 0, 60, {1})};
    QCOMPARE(kinds(ConflictDetector(both).all()), (QList<Conflict::Kind> {Conflict::Kind::SameCi}));
}

void TestConflicts::outsideWindows()
{
    CalendarData data;
    MaintenanceWindow other = tuesdayNight(3);
    other.id = 3;
    data.windows = {tuesdayNight(1), other};
    data.items = {
        item(10, 60, 240, {1}), // 23:00-02:00: inside
        item(11, -60, 60, {1}), // 21:00-23:00: starts before the window
        item(12, 120, 300, {3}), // ends 03:00: after it
        item(13, -60, 60, {2}), // CI 2 has no window: no rule
    };
    const QList<Conflict> all = ConflictDetector(data).all();
    QCOMPARE(kinds(all),
             (QList<Conflict::Kind> {Conflict::Kind::OutsideWindow, Conflict::Kind::OutsideWindow}));
    QCOMPARE(all.at(0).changeId, 11);
    QCOMPARE(all.at(1).changeId, 12);
    QCOMPARE(all.at(0).ciIds, (QList<qint64> {1}));
    QCOMPARE(all.at(1).ciIds, (QList<qint64> {3}));
    // A group's window applies to its members; a global window to every CI.
    CalendarData group;
    group.windows = {tuesdayNight(std::nullopt, 7)};
    group.groupMembers = {{7, {2, 3}}};
    group.items = {item(10, -60, 60, {1}), item(11, -60, 60, {2}), item(12, 0, 60, {3})};
    const QList<Conflict> byGroup = ConflictDetector(group).all();
    QCOMPARE(byGroup.size(), 1);
    QCOMPARE(byGroup.first().changeId, 11);
    CalendarData global;
    global.windows = {tuesdayNight(std::nullopt)};
    global.items = {item(10, -60, 60, {1}), item(11, 0, 60, {2})};
    const QList<Conflict> byAll = ConflictDetector(global).all();
    QCOMPARE(byAll.size(), 1);
    QCOMPARE(byAll.first().changeId, 10);
    // One window of several is enough: a second window for CI 1 on Wednesday evening.
    MaintenanceWindow wednesday = tuesdayNight(1);
    wednesday.id = 2;
    wednesday.firstDate = QDate(2026, 1, 7);
    wednesday.startTime = QTime(18, 0);
    wednesday.endTime = QTime(20, 0);
    data.items = {item(14, 20 * 60, 21 * 60, {1})}; // Wednesday 18:00-19:00 Berlin (17:00 UTC)
    QCOMPARE(ConflictDetector(data).all().size(), 1);
    data.windows << wednesday;
    QVERIFY(ConflictDetector(data).all().isEmpty());
}

void TestConflicts::freezePeriods()
{
    CalendarData data;
    data.freezes = {freeze(1, 0, 600)};
    ScheduledItem emergency = item(12, 100, 200, {3});
    emergency.type = u"emergency"_s;
    data.items = {item(10, 500, 700, {1}), item(11, 600, 700, {2}), emergency};
    const QList<Conflict> all = ConflictDetector(data).all();
    QCOMPARE(kinds(all), (QList<Conflict::Kind> {Conflict::Kind::InFreeze, Conflict::Kind::InFreeze}));
    QCOMPARE(all.at(0).changeId, 12);
    QCOMPARE(all.at(0).severity, Conflict::Severity::Warning); // an emergency change may go ahead
    QCOMPARE(all.at(1).changeId, 10);
    QCOMPARE(all.at(1).severity, Conflict::Severity::Blocking);
    QCOMPARE(all.at(1).span, (TimeSpan {at(500), at(600)}));
    QVERIFY(all.at(1).ciIds.isEmpty()); // every CI is frozen
    // A group's freeze: only its members.
    CalendarData group;
    group.freezes = {freeze(2, 0, 600, 7)};
    group.groupMembers = {{7, {2}}};
    group.items = {item(10, 0, 60, {1}), item(11, 0, 60, {2, 3})};
    const QList<Conflict> byGroup = ConflictDetector(group).all();
    QCOMPARE(byGroup.size(), 1);
    QCOMPARE(byGroup.first().changeId, 11);
    QCOMPARE(byGroup.first().ciIds, (QList<qint64> {2}));
    QCOMPARE(byGroup.first().freezeId, 2);
}

void TestConflicts::implementerBookedTwice()
{
    CalendarData data;
    data.personNames = {{7, u"Anna Schmidt"_s}};
    data.items = {item(10, 0, 60, {1}, {7}), item(11, 30, 90, {2}, {7, 8}), item(12, 90, 120, {3}, {7}),
                  item(13, 0, 60, {4}, {8})};
    const QList<Conflict> all = ConflictDetector(data).all();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).kind, Conflict::Kind::ImplementerBooked);
    QCOMPARE(all.at(0).changeId, 10);
    QCOMPARE(all.at(0).otherChangeId, 11);
    QCOMPARE(all.at(0).personId, 7);
    QCOMPARE(all.at(1).changeId, 11);
    QCOMPARE(all.at(1).otherChangeId, 13);
    QCOMPARE(all.at(1).personId, 8);
}

void TestConflicts::restartGoesLast()
{
    CalendarData data;
    data.windows = {tuesdayNight(1)};
    // In the window of 6 January the change needing a restart (10) comes before 11.
    data.items = {item(10, 0, 60, {1}, {}, true), item(11, 60, 120, {1})};
    const QList<Conflict> wrong = ConflictDetector(data).all();
    QCOMPARE(kinds(wrong), (QList<Conflict::Kind> {Conflict::Kind::RestartOrder}));
    QCOMPARE(wrong.first().changeId, 10);
    QCOMPARE(wrong.first().otherChangeId, 11);
    QVERIFY(!wrong.first().otherRestarts);
    QCOMPARE(wrong.first().span, (TimeSpan {at(0), at(240)})); // the window
    // The restart last: fine. In different windows: fine. On another CI: fine.
    data.items = {item(10, 60, 120, {1}, {}, true), item(11, 0, 60, {1})};
    QVERIFY(ConflictDetector(data).all().isEmpty());
    data.items = {item(10, 0, 60, {1}, {}, true), item(11, 7 * 24 * 60, 7 * 24 * 60 + 60, {1})};
    QVERIFY(ConflictDetector(data).all().isEmpty());
    data.windows = {tuesdayNight(std::nullopt)};
    data.items = {item(10, 0, 60, {1}, {}, true), item(11, 60, 120, {2})};
    QVERIFY(ConflictDetector(data).all().isEmpty());
    // Checked from the other side, the same order is reported with otherRestarts.
    data.items = {item(10, 0, 60, {1}, {}, true)};
    const QList<Conflict> fromOther = ConflictDetector(data).check(item(11, 60, 120, {1}));
    QCOMPARE(fromOther.size(), 1);
    QVERIFY(fromOther.first().otherRestarts);
}

void TestConflicts::checkAgreesWithAll()
{
    CalendarData data;
    data.windows = {tuesdayNight(std::nullopt, 7)};
    data.groupMembers = {{7, {1, 2, 3}}};
    data.freezes = {freeze(1, 200, 260)};
    data.graph.addRelation(2, 1, RelationType::RunsOn);
    data.items = {item(10, 0, 60, {1}, {5}, true), item(11, 30, 90, {1}, {5}), item(12, 50, 150, {2}),
                  item(13, 230, 300, {3})};
    const ConflictDetector detector(data);
    const QList<Conflict> all = detector.all();
    for (int i = 0; i < data.items.size(); ++i) {
        std::set<std::tuple<int, int>> fromAll;
        for (const Conflict &c : all) {
            if (c.item == i)
                fromAll.insert({int(c.kind), c.other});
            else if (c.other == i) // a pair seen from its other side
                fromAll.insert({int(c.kind), c.item});
        }
        std::set<std::tuple<int, int>> fromCheck;
        for (const Conflict &c : detector.check(data.items.at(i)))
            fromCheck.insert({int(c.kind), c.other});
        QCOMPARE(fromCheck, fromAll);
    }
    QVERIFY(all.size() >= 6);
}

void TestConflicts::indexAgreesWithPairwise()
{
    // Random calendars: the pairs the index finds are exactly those a comparison of every pair
    // finds.
    QRandomGenerator random(20261123);
    for (int round = 0; round < 20; ++round) {
        CalendarData data;
        const int cis = 30;
        for (int r = 0; r < 25; ++r) {
            const qint64 a = random.bounded(1, cis + 1);
            const qint64 b = random.bounded(1, cis + 1);
            if (a != b)
                data.graph.addRelation(a, b, RelationType(random.bounded(0, 5)));
        }
        for (int i = 0; i < 60; ++i) {
            const int start = random.bounded(0, 2000);
            QList<qint64> ids {random.bounded(1, cis + 1)};
            if (random.bounded(3) == 0)
                ids << random.bounded(1, cis + 1);
            std::ranges::sort(ids);
            ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
            data.items << item(100 + i / (random.bounded(4) == 0 ? 2 : 1), start,
                               start + random.bounded(10, 200), ids, {random.bounded(1, 6)});
        }
        std::set<std::tuple<int, int, int>> expected;
        for (int i = 0; i < data.items.size(); ++i) {
            for (int j = i + 1; j < data.items.size(); ++j) {
                const ScheduledItem &a = data.items.at(i);
                const ScheduledItem &b = data.items.at(j);
                if (a.changeId == b.changeId || !a.span.overlaps(b.span))
                    continue;
                const QSet<qint64> ca(a.ciIds.cbegin(), a.ciIds.cend());
                const QSet<qint64> cb(b.ciIds.cbegin(), b.ciIds.cend());
                if (ca.intersects(cb)) {
                    expected.insert({int(Conflict::Kind::SameCi), i, j});
                } else {
                    bool linked = false;
                    for (const qint64 x : a.ciIds) {
                        const QList<qint64> down = data.graph.dependentIds(x);
                        for (const qint64 y : b.ciIds) {
                            if (down.contains(y) || data.graph.dependentIds(y).contains(x))
                                linked = true;
                        }
                    }
                    if (linked)
                        expected.insert({int(Conflict::Kind::LinkedCi), i, j});
                }
                if (a.implementerIds.first() == b.implementerIds.first())
                    expected.insert({int(Conflict::Kind::ImplementerBooked), i, j});
            }
        }
        std::set<std::tuple<int, int, int>> found;
        for (const Conflict &c : ConflictDetector(data).all())
            found.insert({int(c.kind), c.item, c.other});
        QCOMPARE(found, expected);
    }
}

void TestConflicts::nextFreeSlot()
{
    CalendarData data;
    data.windows = {tuesdayNight(1)};
    data.items = {item(10, 0, 90, {1})}; // 22:00-23:30 Berlin
    data.freezes = {freeze(1, 7 * 24 * 60 - 60, 7 * 24 * 60 + 300)}; // over the next Tuesday night
    const ConflictDetector detector(data);
    SlotRequest request;
    request.changeId = 99;
    request.durationSeconds = 3600;
    request.ciIds = {1};
    request.earliest = at(-24 * 60 + 7); // Monday evening; rounded up to the quarter hour
    const auto slot = detector.nextFreeSlot(request);
    QVERIFY(slot);
    QCOMPARE(slot->start, at(90)); // right after change 10, in the same window
    QCOMPARE(slot->end, at(150));
    // Three hours do not fit after change 10 (the window ends at 02:00); the next Tuesday is
    // frozen; so the Tuesday after.
    request.durationSeconds = 3 * 3600;
    const auto later = detector.nextFreeSlot(request);
    QVERIFY(later);
    QCOMPARE(later->start, at(14 * 24 * 60));
    // The slot found has no conflicts.
    ScheduledItem candidate = item(99, 0, 0, {1});
    candidate.span = *later;
    QVERIFY(detector.check(candidate).isEmpty());
    // A change of its own is not in its way.
    request.changeId = 10;
    request.durationSeconds = 3600;
    QCOMPARE(detector.nextFreeSlot(request)->start, at(0));
}

void TestConflicts::nextFreeSlotRestartAndNoRoom()
{
    CalendarData data;
    data.windows = {tuesdayNight(1)};
    data.items = {item(10, 0, 60, {1}, {}, true)}; // a restart at 22:00
    const ConflictDetector detector(data);
    SlotRequest request;
    request.changeId = 99;
    request.durationSeconds = 3600;
    request.ciIds = {1};
    request.earliest = at(-60);
    // Not after the restart in the same window: the next Tuesday.
    const auto slot = detector.nextFreeSlot(request);
    QVERIFY(slot);
    QCOMPARE(slot->start, at(7 * 24 * 60));
    // A change needing a restart itself may follow it.
    request.needsRestart = true;
    QCOMPARE(detector.nextFreeSlot(request)->start, at(60));
    // Five hours never fit into a four-hour window.
    request.durationSeconds = 5 * 3600;
    QVERIFY(!detector.nextFreeSlot(request));
    // An implementer's other booking is avoided too.
    CalendarData busy;
    busy.items = {item(10, 0, 120, {1}, {7})};
    SlotRequest person;
    person.ciIds = {2};
    person.implementerIds = {7};
    person.earliest = at(0);
    QCOMPARE(ConflictDetector(busy).nextFreeSlot(person)->start, at(120));
}

void TestConflicts::reasonsAndJson()
{
    CalendarData data;
    data.ciNames = {{1, u"srv-01"_s}, {2, u"mail-app"_s}};
    data.personNames = {{7, u"Anna Schmidt"_s}};
    data.graph.addRelation(2, 1, RelationType::RunsOn);
    data.freezes = {freeze(1, 0, 600)};
    data.freezes.first().name = u"Kommunalwahl"_s;
    data.items = {item(10, 0, 60, {1}, {7}), item(11, 30, 90, {2}, {7})};
    data.items[1].title = u"Patch mail"_s;
    const ConflictDetector detector(data);
    const QList<Conflict> all = detector.all();
    QStringList reasons;
    for (const Conflict &c : all)
        reasons << detector.reason(c);
    const QString text = reasons.join(u'\n');
    QVERIFY2(text.contains(u"#11 'Patch mail'"_s), qPrintable(text));
    QVERIFY2(text.contains(u"mail-app depends on srv-01"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Anna Schmidt also implements"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Kommunalwahl"_s), qPrintable(text));
    const Conflict linked = ofKind(all, Conflict::Kind::LinkedCi).first();
    const QJsonObject json = detector.toJson(linked);
    QCOMPARE(json.value(u"kind"_s).toString(), u"linked_ci"_s);
    QCOMPARE(json.value(u"severity"_s).toString(), u"warning"_s);
    QCOMPARE(json.value(u"change"_s).toInteger(), 10);
    QCOMPARE(json.value(u"other_change"_s).toInteger(), 11);
    QCOMPARE(json.value(u"cis"_s).toArray().at(1).toString(), u"mail-app"_s);
    QCOMPARE(json.value(u"from"_s).toString(), u"2026-01-06T21:30:00Z"_s);
}

QTEST_GUILESS_MAIN(TestConflicts)
#include "tst_conflicts.moc"
