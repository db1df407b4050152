// The change calendar in the database, on SQLite and PostgreSQL: windows and freezes kept with
// audit events and optimistic locking, a request's schedule fields, and the schedule that conflict
// detection reads (waves, groups, final states, the range).

#include "../change/changetestsupport.h"

#include "audit/auditlog.h"
#include "calendar/calendarrepository.h"
#include "calendar/rescheduler.h"
#include "cmdb/grouprepository.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

namespace {

MaintenanceWindow tuesdayNight(std::optional<qint64> group)
{
    MaintenanceWindow w;
    w.name = u"Tuesday night"_s;
    w.groupId = group;
    w.timeZone = u"Europe/Berlin"_s;
    w.firstDate = QDate(2026, 11, 3);
    w.startTime = QTime(22, 0);
    w.endTime = QTime(2, 0);
    w.recurrence.frequency = Recurrence::Frequency::Weekly;
    w.recurrence.weekdays = {2};
    return w;
}

} // namespace

class TestCalendarRepository : public QObject
{
    Q_OBJECT

private slots:
    void init() { Test::failOnSqlWarnings(); }
    void windowsAndFreezes_data() { Test::addBackendColumn(); }
    void windowsAndFreezes();
    void scheduleFieldsOfARequest_data() { Test::addBackendColumn(); }
    void scheduleFieldsOfARequest();
    void loadTheSchedule_data() { Test::addBackendColumn(); }
    void loadTheSchedule();
};

void TestCalendarRepository::windowsAndFreezes()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto office = Test::office(backend, dir);
    QVERIFY2(office, Test::why(office));
    const Database &db = *office->db;
    ManualClock clock(Test::kStart);
    const CalendarRepository calendar(db, (*office)[u"carl"_s], clock);
    // An applicant may read the calendar, not keep it.
    const auto refusedToAnn
        = CalendarRepository(db, (*office)[u"ann"_s], clock).addWindow(tuesdayNight(std::nullopt));
    QVERIFY(!refusedToAnn);
    QCOMPARE(refusedToAnn.error().kind, ErrorKind::ReadOnly);

    auto group = GroupRepository(db).add(CiGroup {0, u"Servers"_s, CiGroup::Kind::Static, {}, {}, 0});
    QVERIFY2(group, Test::why(group));
    auto window = calendar.addWindow(tuesdayNight(group->id));
    QVERIFY2(window, Test::why(window));
    QCOMPARE(window->rowVersion, 1);
    auto listed = calendar.windows();
    QVERIFY2(listed, Test::why(listed));
    QCOMPARE(listed->size(), 1);
    const MaintenanceWindow &read = listed->first();
    QCOMPARE(read.groupId, group->id);
    QCOMPARE(read.startTime, QTime(22, 0));
    QCOMPARE(read.endTime, QTime(2, 0));
    QCOMPARE(read.recurrence.weekdays, (QList<int> {2}));
    QCOMPARE(read.firstDate, QDate(2026, 11, 3));
    QVERIFY(!read.lastDate.isValid());

    // An edit on a stale copy is refused; the fresh one goes through.
    MaintenanceWindow first = *window;
    MaintenanceWindow second = *window;
    first.lastDate = QDate(2027, 6, 30);
    QVERIFY2(calendar.updateWindow(first), "first edit");
    second.name = u"Other"_s;
    const Status stale = calendar.updateWindow(second);
    QVERIFY(!stale);
    QCOMPARE(stale.error().kind, ErrorKind::Conflict);
    QCOMPARE(calendar.windows()->first().lastDate, QDate(2027, 6, 30));
    // Bad input names what is wrong and writes nothing.
    MaintenanceWindow bad = tuesdayNight(std::nullopt);
    bad.timeZone = u"Nowhere/City"_s;
    const auto refused = calendar.addWindow(bad);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(u"Nowhere/City"_s));
    QCOMPARE(calendar.windows()->size(), 1);

    FreezePeriod freeze;
    freeze.name = u"Bundestagswahl"_s;
    freeze.reason = u"Election night: no changes to the counting systems."_s;
    freeze.start = QDateTime(QDate(2026, 12, 1), QTime(0, 0), QTimeZone::UTC);
    freeze.end = freeze.start.addDays(3);
    auto added = calendar.addFreeze(freeze);
    QVERIFY2(added, Test::why(added));
    FreezePeriod moved = *added;
    moved.end = moved.end.addDays(1);
    QVERIFY2(calendar.updateFreeze(moved), "freeze edit");
    QCOMPARE(calendar.freezes()->first().end, freeze.end.addDays(1));
    FreezePeriod backwards = moved;
    backwards.end = backwards.start.addSecs(-1);
    QVERIFY(!calendar.updateFreeze(backwards));

    // Every change is in the audit trail, with the record before and after.
    const AuditLog log(db, u"carl"_s, clock);
    auto events = log.eventsFor(u"maintenance_window"_s, window->id);
    QVERIFY2(events, Test::why(events));
    QCOMPARE(events->size(), 2);
    QCOMPARE(events->at(0).action, u"window.add"_s);
    QCOMPARE(events->at(1).action, u"window.update"_s);
    QVERIFY(events->at(1).before->value(u"last_date"_s).isNull());
    QCOMPARE(events->at(1).after->value(u"last_date"_s).toString(), u"2027-06-30"_s);

    QVERIFY2(calendar.removeWindow(calendar.windows()->first()), "remove window");
    QVERIFY2(calendar.removeFreeze(calendar.freezes()->first()), "remove freeze");
    QVERIFY(calendar.windows()->isEmpty());
    QVERIFY(calendar.freezes()->isEmpty());
    QCOMPARE(log.eventsFor(u"freeze_period"_s, added->id)->last().action, u"freeze.remove"_s);
    auto verified = log.verify();
    QVERIFY2(verified && !verified->problem, "the audit chain verifies");
}

void TestCalendarRepository::scheduleFieldsOfARequest()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto office = Test::office(backend, dir);
    QVERIFY2(office, Test::why(office));
    ManualClock clock(Test::kStart);
    const ChangeService service(*office->db, WorkflowDefinition::builtIn(), clock);
    ChangeRequest request = Test::draft(u"Reboot srv-01"_s, {office->server});
    request.expectedDowntimeMinutes = 45;
    request.needsRestart = true;
    request.implementerIds = {(*office)[u"ian"_s].personId};
    auto created = service.create(request, (*office)[u"ann"_s]);
    QVERIFY2(created, Test::why(created));
    auto loaded = service.get(created->id);
    QVERIFY2(loaded, Test::why(loaded));
    QCOMPARE(loaded->expectedDowntimeMinutes, 45);
    QVERIFY(loaded->needsRestart);
    QCOMPARE(loaded->implementerIds, (QList<qint64> {(*office)[u"ian"_s].personId}));

    // The change manager names a second implementer and clears the downtime.
    ChangeRequest edited = *loaded;
    edited.implementerIds << (*office)[u"dual"_s].personId;
    std::ranges::sort(edited.implementerIds);
    edited.expectedDowntimeMinutes.reset();
    auto updated = service.update(edited, (*office)[u"carl"_s]);
    QVERIFY2(updated, Test::why(updated));
    auto again = service.get(created->id);
    QCOMPARE(again->implementerIds.size(), 2);
    QVERIFY(!again->expectedDowntimeMinutes);
    // The applicant may not name implementers.
    ChangeRequest byApplicant = *again;
    byApplicant.implementerIds = {};
    QVERIFY(!service.update(byApplicant, (*office)[u"ann"_s]));
    // As text: minutes and yes/no.
    ChangeRequest text;
    QVERIFY(ChangeRecordFields::set(text, u"expected_downtime"_s, u"90"_s));
    QCOMPARE(text.expectedDowntimeMinutes, 90);
    QVERIFY(ChangeRecordFields::set(text, u"needs_restart"_s, u"yes"_s));
    QVERIFY(text.needsRestart);
    const Status wrong = ChangeRecordFields::set(text, u"expected_downtime"_s, u"an hour"_s);
    QVERIFY(!wrong);
    QVERIFY(wrong.error().message.contains(u"an hour"_s));
    const QJsonObject json = ChangeRecordFields::toJson(*again);
    QCOMPARE(json.value(u"needs_restart"_s).toBool(), true);
    QCOMPARE(json.value(u"implementers"_s).toArray().size(), 2);
}

void TestCalendarRepository::loadTheSchedule()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto office = Test::office(backend, dir);
    QVERIFY2(office, Test::why(office));
    const Database &db = *office->db;
    ManualClock clock(Test::kStart);
    const ChangeService service(db, WorkflowDefinition::builtIn(), clock);
    const CalendarRepository calendar(db, (*office)[u"carl"_s], clock);
    const GroupRepository groups(db);
    auto pilot = groups.add(CiGroup {0, u"Pilot"_s, CiGroup::Kind::Static, {}, {}, 0});
    QVERIFY2(pilot, Test::why(pilot));
    QVERIFY(groups.addMembers(*pilot, {office->printer}));
    auto critical
        = groups.add(CiGroup {0, u"Critical"_s, CiGroup::Kind::Dynamic, u"availability >= high"_s, {}, 0});
    QVERIFY2(critical, Test::why(critical));
    QVERIFY(calendar.addWindow(tuesdayNight(critical->id)));

    const QDateTime tuesday(QDate(2026, 11, 24), QTime(21, 0), QTimeZone::UTC); // 22:00 Berlin
    const ChangeActor &ann = (*office)[u"ann"_s];
    // 1: on srv-01, inside the window. 2: on the group "Critical" (srv-01 and db-01), overlapping 1.
    ChangeRequest one = Test::draft(u"Patch srv-01"_s, {office->server});
    one.plannedStart = tuesday;
    one.plannedEnd = tuesday.addSecs(3600);
    one.implementerIds = {(*office)[u"ian"_s].personId};
    auto first = service.create(one, ann);
    QVERIFY2(first, Test::why(first));
    ChangeRequest two = Test::draft(u"Patch the critical servers"_s, {});
    two.groupIds = {critical->id};
    two.plannedStart = tuesday.addSecs(1800);
    two.plannedEnd = tuesday.addSecs(5400);
    auto second = service.create(two, ann);
    QVERIFY2(second, Test::why(second));
    // 3: planned by waves: a pilot on the printer, then everything else a week later.
    ChangeRequest three = Test::draft(u"Printer firmware"_s, {office->printer, office->database});
    three.plannedStart = tuesday.addDays(-1);
    three.plannedEnd = tuesday.addDays(8);
    three.waves = {
        RolloutWave {u"Pilot"_s,
                     pilot->id,
                     u"prints"_s,
                     true,
                     tuesday.addDays(-1),
                     tuesday.addDays(-1).addSecs(3600),
                     u"pending"_s,
                     {}},
        RolloutWave {
            u"All"_s, {}, {}, false, tuesday.addDays(7), tuesday.addDays(7).addSecs(3600), u"pending"_s, {}}};
    auto third = service.create(three, ann);
    QVERIFY2(third, Test::why(third));
    // 4: planned, then rejected: a final state is off the calendar. 5: not planned at all.
    ChangeRequest four = Test::draft(u"Withdrawn"_s, {office->server});
    four.plannedStart = tuesday;
    four.plannedEnd = tuesday.addSecs(600);
    auto fourth = service.create(four, ann);
    QVERIFY2(fourth, Test::why(fourth));
    auto submitted = service.act(fourth->id, u"submit"_s, ann);
    QVERIFY2(submitted, Test::why(submitted));
    auto withdrawn = service.act(fourth->id, u"reject"_s, (*office)[u"carl"_s],
                                 {{u"rejection_reason"_s, u"Not needed after all."_s}}, u"Not needed"_s);
    QVERIFY2(withdrawn, Test::why(withdrawn));
    QVERIFY(service.definition().state(withdrawn->state)->final);
    QVERIFY(service.create(Test::draft(u"Someday"_s, {office->server}), ann));

    auto data = calendar.load();
    QVERIFY2(data, Test::why(data));
    QCOMPARE(data->items.size(), 4); // 1, 2, and the two waves of 3
    QHash<QString, ScheduledItem> byTitle;
    for (const ScheduledItem &item : std::as_const(data->items))
        byTitle.insert(item.title, item);
    QVERIFY2(byTitle.contains(u"Patch srv-01"_s), qPrintable(byTitle.keys().join(u", "_s)));
    QCOMPARE(byTitle.value(u"Patch srv-01"_s).implementerIds, (QList<qint64> {(*office)[u"ian"_s].personId}));
    // The dynamic group resolves to the CIs with a high availability need.
    QCOMPARE(byTitle.value(u"Patch the critical servers"_s).ciIds,
             (QList<qint64> {std::min(office->server, office->database),
                             std::max(office->server, office->database)}));
    const ScheduledItem pilotWave = byTitle.value(u"Printer firmware – Pilot"_s);
    QCOMPARE(pilotWave.wave, 0);
    QCOMPARE(pilotWave.ciIds, (QList<qint64> {office->printer}));
    QCOMPARE(pilotWave.span.start, tuesday.addDays(-1));
    const ScheduledItem allWave = byTitle.value(u"Printer firmware – All"_s);
    QCOMPARE(allWave.wave, 1);
    QCOMPARE(allWave.ciIds.size(), 2); // no group: the request's CIs
    QCOMPARE(data->ciNames.value(office->server), u"srv-01"_s);
    QCOMPARE(data->windows.size(), 1);

    // A range: only what overlaps it.
    auto week = calendar.load(tuesday.addDays(2), tuesday.addDays(3));
    QVERIFY2(week, Test::why(week));
    QCOMPARE(week->items.size(), 2); // only request 3 is planned then; it comes whole, as its waves
    auto later = calendar.load(tuesday.addDays(8).addSecs(1), {});
    QCOMPARE(later->items.size(), 0);

    // Conflicts end to end: 1 and 2 share srv-01; the pilot (Monday) is on the printer, which has
    // no window; the All wave touches db-01 on a Tuesday at 22:00 Berlin: inside.
    const ConflictDetector detector(*data);
    const QList<Conflict> conflicts = detector.all();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().kind, Conflict::Kind::SameCi);
    QCOMPARE(conflicts.first().ciIds, (QList<qint64> {office->server}));
    QVERIFY2(detector.reason(conflicts.first()).contains(u"srv-01"_s),
             qPrintable(detector.reason(conflicts.first())));

    // Moving: onto the other change on srv-01 is refused and nothing is saved; three hours later
    // it goes, with the window's warning; a wave moves by itself.
    const Rescheduler mover(service, *data);
    const ChangeActor &carl = (*office)[u"carl"_s];
    const auto refused = mover.move(second->id, -1, {tuesday, tuesday.addSecs(600)}, carl);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(refused.error().message.contains(u"Patch srv-01"_s), qPrintable(refused.error().message));
    QCOMPARE(service.get(second->id)->plannedStart, tuesday.addSecs(1800));
    // Putting a plan back as it was (undo) is not refused: its conflicts come back as they were.
    const auto restored = mover.move(second->id, -1, {tuesday.addSecs(1800), tuesday.addSecs(5400)}, carl,
                                     Rescheduler::Mode::Restore);
    QVERIFY2(restored, Test::why(restored));
    QCOMPARE(restored->first().kind, Conflict::Kind::SameCi);
    const QDateTime late = tuesday.addSecs(5 * 3600); // 03:00 Berlin: after the window
    const auto moved = mover.move(second->id, -1, {late, late.addSecs(3600)}, carl);
    QVERIFY2(moved, Test::why(moved));
    QCOMPARE(moved->size(), 1);
    QCOMPARE(moved->first().kind, Conflict::Kind::OutsideWindow);
    QCOMPARE(service.get(second->id)->plannedStart, late);
    const QDateTime nextWeek = tuesday.addDays(7).addSecs(3600);
    const auto wave = mover.move(third->id, 1, {nextWeek, nextWeek.addSecs(3600)}, carl);
    QVERIFY2(wave, Test::why(wave));
    QCOMPARE(service.get(third->id)->waves.at(1).plannedStart, nextWeek);
    // The applicant may no longer change the plan of a submitted request: the service says so.
    auto submittedSecond = service.act(second->id, u"submit"_s, ann);
    QVERIFY2(submittedSecond, Test::why(submittedSecond));
    QVERIFY(!mover.move(second->id, -1, {late.addDays(1), late.addDays(1).addSecs(60)}, ann));
}

QTEST_GUILESS_MAIN(TestCalendarRepository)
#include "tst_calendarrepository.moc"
