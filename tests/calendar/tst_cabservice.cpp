// The Change Advisory Board's meetings on SQLite and PostgreSQL (issue 5, M2): members and
// quorum, the agenda built from the requests awaiting the board in the order of priority,
// category and planned date, votes, decisions that take the workflow's transitions, the sheets the
// board sees, closing, and the audit trail.

#include "../change/changetestsupport.h"

#include "audit/auditlog.h"
#include "cab/cabservice.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

namespace {

using Test::awaitingBoard;
using Test::kStart;

QList<qint64> agendaOf(const CabMeeting &m)
{
    QList<qint64> ids;
    for (const CabItem &item : m.items)
        ids << item.changeId;
    return ids;
}

} // namespace

class TestCabService : public QObject
{
    Q_OBJECT

private slots:
    void init() { Test::failOnSqlWarnings(); }
    void meetingsAndAgenda_data() { Test::addBackendColumn(); }
    void meetingsAndAgenda();
    void votesAndDecisions_data() { Test::addBackendColumn(); }
    void votesAndDecisions();
    void sheetsShowWhatTheBoardNeeds_data() { Test::addBackendColumn(); }
    void sheetsShowWhatTheBoardNeeds();
};

void TestCabService::meetingsAndAgenda()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto o = Test::office(backend, dir);
    QVERIFY2(o, Test::why(o));
    ManualClock clock(kStart);
    const ChangeService changes(*o->db, WorkflowDefinition::builtIn(), clock);
    const CabService cab(*o->db, changes, clock);
    QCOMPARE(cab.awaitingStates(), QStringList {u"cab_review"_s});

    const QDateTime monday(QDate(2026, 11, 30), QTime(22, 0), QTimeZone::UTC);
    auto low = awaitingBoard(changes, *o, u"Low, planned"_s, u"low"_s, monday, o->printer);
    auto highLate = awaitingBoard(changes, *o, u"High, later"_s, u"high"_s, monday.addDays(2), o->server);
    auto highUnplanned = awaitingBoard(changes, *o, u"High, unplanned"_s, u"high"_s, {}, o->server);
    auto highEarly = awaitingBoard(changes, *o, u"High, earlier"_s, u"high"_s, monday, o->database);
    QVERIFY2(low && highLate && highUnplanned && highEarly, "requests for the board");
    // A draft does not await the board.
    QVERIFY(changes.create(Test::draft(u"Draft"_s, {o->printer}), (*o)[u"ann"_s]));

    CabMeeting weekly;
    weekly.title = u"Weekly CAB"_s;
    weekly.start = QDateTime(QDate(2026, 11, 26), QTime(10, 0), QTimeZone::UTC);
    weekly.end = weekly.start.addSecs(3600);
    weekly.location = u"Room 2.14"_s;
    weekly.quorum = 2;
    weekly.members = {{(*o)[u"bea"_s].personId, CabMember::Role::Chair, false, {}},
                      {(*o)[u"carl"_s].personId, CabMember::Role::Member, false, {}},
                      {(*o)[u"sam"_s].personId, CabMember::Role::Guest, false, {}}};

    // Only the change manager or an administrator convenes; bad input names what is wrong.
    const auto byAnn = cab.create(weekly, (*o)[u"ann"_s]);
    QVERIFY(!byAnn);
    QCOMPARE(byAnn.error().kind, ErrorKind::ReadOnly);
    CabMeeting tooMany = weekly;
    tooMany.quorum = 3; // the guest does not vote
    const auto refused = cab.create(tooMany, (*o)[u"carl"_s]);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"quorum"_s), qPrintable(refused.error().message));
    QVERIFY(cab.meetings()->isEmpty());

    auto meeting = cab.create(weekly, (*o)[u"carl"_s]);
    QVERIFY2(meeting, Test::why(meeting));
    QCOMPARE(meeting->members.size(), 3);
    QCOMPARE(meeting->members.first().name, u"BEA"_s); // the chair first
    QCOMPARE(meeting->status, CabMeeting::Status::Planned);

    // The agenda: priority first, then category, then the planned date (unplanned last).
    auto built = cab.buildAgenda(meeting->id, (*o)[u"carl"_s]);
    QVERIFY2(built, Test::why(built));
    QCOMPARE(agendaOf(*built), (QList<qint64> {*highEarly, *highLate, *highUnplanned, *low}));
    QCOMPARE(built->items.at(1).position, 2);
    // Built again it adds nothing; a second planned meeting does not take requests already booked.
    QCOMPARE(agendaOf(*cab.buildAgenda(meeting->id, (*o)[u"carl"_s])).size(), 4);
    CabMeeting other = weekly;
    other.title = u"Quarterly CAB"_s;
    auto quarterly = cab.create(other, (*o)[u"carl"_s]);
    QVERIFY2(quarterly, Test::why(quarterly));
    QVERIFY(cab.buildAgenda(quarterly->id, (*o)[u"carl"_s])->items.isEmpty());

    // Editing the agenda: move, remove, add back; a request not awaiting the board is refused.
    auto moved = cab.moveItem(meeting->id, built->items.at(3).id, 1, (*o)[u"carl"_s]);
    QVERIFY2(moved, Test::why(moved));
    QCOMPARE(agendaOf(*moved), (QList<qint64> {*low, *highEarly, *highLate, *highUnplanned}));
    auto removed = cab.removeItem(meeting->id, moved->items.at(2).id, (*o)[u"bea"_s]); // the chair keeps it
    QVERIFY2(removed, Test::why(removed));
    QCOMPARE(agendaOf(*removed), (QList<qint64> {*low, *highEarly, *highUnplanned}));
    QCOMPARE(removed->items.last().position, 3);
    auto readded = cab.addItem(meeting->id, *highLate, (*o)[u"carl"_s]);
    QVERIFY2(readded, Test::why(readded));
    QCOMPARE(agendaOf(*readded).last(), *highLate);
    QVERIFY(!cab.addItem(meeting->id, *highLate, (*o)[u"carl"_s])); // on it already
    auto drafts = changes.list(ChangeFilter {{u"draft"_s}, {}, {}, {}, {}, {}});
    QVERIFY2(drafts && drafts->size() == 1, "one draft");
    const auto notWaiting = cab.addItem(meeting->id, drafts->first().id, (*o)[u"carl"_s]);
    QVERIFY(!notWaiting);
    QVERIFY2(notWaiting.error().message.contains(u"does not await"_s),
             qPrintable(notWaiting.error().message));
    // A board member who is not the chair does not keep the meeting.
    QVERIFY(!cab.moveItem(meeting->id, readded->items.first().id, 2, (*o)[u"ann"_s]));

    // Editing the meeting: a stale copy is refused.
    CabMeeting edited = *readded;
    edited.location = u"Council chamber"_s;
    auto saved = cab.update(edited, (*o)[u"carl"_s]);
    QVERIFY2(saved, Test::why(saved));
    QCOMPARE(cab.meeting(meeting->id)->location, u"Council chamber"_s);
    const auto stale = cab.update(edited, (*o)[u"carl"_s]);
    QVERIFY(!stale);
    QCOMPARE(stale.error().kind, ErrorKind::Conflict);

    // A meeting without decisions may be removed; the audit trail tells every step.
    QVERIFY2(cab.remove(quarterly->id, (*o)[u"carl"_s]), "remove the quarterly meeting");
    QCOMPARE(cab.meetings()->size(), 1);
    auto events = AuditLog(*o->db).eventsFor(u"cab_meeting"_s, meeting->id);
    QVERIFY2(events, Test::why(events));
    QStringList actions;
    for (const AuditEvent &e : *events)
        actions << e.action;
    QCOMPARE(actions,
             (QStringList {u"cab.create"_s, u"cab.agenda"_s, u"cab.agenda"_s, u"cab.agenda"_s,
                           u"cab.agenda"_s, u"cab.agenda"_s, u"cab.update"_s}));
    QCOMPARE(events->last().before->value(u"location"_s).toString(), u"Room 2.14"_s);
    QCOMPARE(events->last().after->value(u"location"_s).toString(), u"Council chamber"_s);
}

void TestCabService::votesAndDecisions()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto o = Test::office(backend, dir);
    QVERIFY2(o, Test::why(o));
    ManualClock clock(kStart);
    const ChangeService changes(*o->db, WorkflowDefinition::builtIn(), clock);
    const CabService cab(*o->db, changes, clock);
    const QDateTime night(QDate(2026, 12, 1), QTime(22, 0), QTimeZone::UTC);
    auto approveMe = awaitingBoard(changes, *o, u"Web shop update"_s, u"high"_s, night, o->server);
    auto rejectMe = awaitingBoard(changes, *o, u"Database reorganisation"_s, u"normal"_s, night, o->database);
    auto deferMe = awaitingBoard(changes, *o, u"Printer firmware"_s, u"low"_s, night, o->printer);
    QVERIFY2(approveMe && rejectMe && deferMe, "requests for the board");

    CabMeeting m;
    m.title = u"Weekly CAB"_s;
    m.start = kStart.addDays(2);
    m.quorum = 2;
    const qint64 bea = (*o)[u"bea"_s].personId;
    const qint64 carl = (*o)[u"carl"_s].personId;
    const qint64 sam = (*o)[u"sam"_s].personId;
    m.members = {{bea, CabMember::Role::Chair, false, {}},
                 {carl, CabMember::Role::Member, false, {}},
                 {sam, CabMember::Role::Guest, false, {}}};
    auto meeting = cab.create(m, (*o)[u"carl"_s]);
    QVERIFY2(meeting, Test::why(meeting));
    auto agenda = cab.buildAgenda(meeting->id, (*o)[u"carl"_s]);
    QVERIFY2(agenda && agenda->items.size() == 3, "three items");
    const qint64 first = agenda->items.at(0).id; // high
    const qint64 second = agenda->items.at(1).id; // normal
    const qint64 third = agenda->items.at(2).id; // low
    QCOMPARE(agenda->items.at(0).changeId, *approveMe);

    // Nobody is present yet: no votes, and no approval without the quorum.
    const auto absent = cab.vote(meeting->id, first, bea, CabVote::Choice::Approve, {}, (*o)[u"bea"_s]);
    QVERIFY(!absent);
    QVERIFY2(absent.error().message.contains(u"not recorded as present"_s),
             qPrintable(absent.error().message));
    QVERIFY2(cab.setPresent(meeting->id, bea, true, (*o)[u"carl"_s]), "bea present");
    QVERIFY2(cab.setPresent(meeting->id, sam, true, (*o)[u"carl"_s]), "sam present");
    const auto inquorate
        = cab.decide(meeting->id, first, CabDecision::Approve, u"Approve"_s, {}, (*o)[u"carl"_s]);
    QVERIFY(!inquorate);
    QVERIFY2(inquorate.error().message.contains(u"not quorate"_s), qPrintable(inquorate.error().message));
    QCOMPARE(changes.get(*approveMe)->state, u"cab_review"_s);
    auto quorate = cab.setPresent(meeting->id, carl, true, (*o)[u"bea"_s]);
    QVERIFY2(quorate, Test::why(quorate));
    QCOMPARE(quorate->presentVoters(), 2); // the guest does not count
    QVERIFY(quorate->quorate());

    // Votes: a member for themselves, the keeper for any member; a guest and an outsider have none.
    auto beaVotes
        = cab.vote(meeting->id, first, bea, CabVote::Choice::Approve, u"Tested well"_s, (*o)[u"bea"_s]);
    QVERIFY2(beaVotes, Test::why(beaVotes));
    QVERIFY(!cab.vote(meeting->id, first, sam, CabVote::Choice::Reject, {}, (*o)[u"sam"_s]));
    QVERIFY(!cab.vote(meeting->id, first, carl, CabVote::Choice::Reject, {}, (*o)[u"ann"_s]));
    QVERIFY(cab.vote(meeting->id, first, carl, CabVote::Choice::Reject, {}, (*o)[u"carl"_s]));
    auto changed
        = cab.vote(meeting->id, first, carl, CabVote::Choice::Abstain, u"Not my area"_s, (*o)[u"bea"_s]);
    QVERIFY2(changed, Test::why(changed));
    const CabItem &voted = *changed->item(first);
    QCOMPARE(voted.votes.size(), 2);
    QCOMPARE(voted.count(CabVote::Choice::Approve), 1);
    QCOMPARE(voted.count(CabVote::Choice::Abstain), 1);
    QCOMPARE(voted.count(CabVote::Choice::Reject), 0);

    // Approve: the workflow's board authorization, with the recommendation.
    clock.advanceSeconds(600);
    auto approved = cab.decide(meeting->id, first, CabDecision::Approve, u"Approve; patch on Tuesday night"_s,
                               {}, (*o)[u"bea"_s]);
    QVERIFY2(approved, Test::why(approved));
    const auto authorized = changes.get(*approveMe);
    QCOMPARE(authorized->state, u"authorized"_s);
    QCOMPARE(authorized->cabRecommendation, u"Approve; patch on Tuesday night"_s);
    QCOMPARE(authorized->authorizedAt, kStart.addSecs(600));
    QCOMPARE(approved->item(first)->decision, CabDecision::Approve);
    QCOMPARE(approved->item(first)->decidedBy, bea);
    QVERIFY(!cab.decide(meeting->id, first, CabDecision::Reject, {}, u"second thoughts"_s, (*o)[u"bea"_s]));
    QVERIFY(!cab.vote(meeting->id, first, bea, CabVote::Choice::Reject, {}, (*o)[u"bea"_s]));

    // Reject needs the reason; then the request is rejected with it.
    QVERIFY(!cab.decide(meeting->id, second, CabDecision::Reject, u"Reject"_s, {}, (*o)[u"carl"_s]));
    auto rejected = cab.decide(meeting->id, second, CabDecision::Reject, u"Reject"_s,
                               u"No fallback for the reorganisation"_s, (*o)[u"carl"_s]);
    QVERIFY2(rejected, Test::why(rejected));
    QCOMPARE(changes.get(*rejectMe)->state, u"rejected"_s);
    QCOMPARE(changes.get(*rejectMe)->rejectionReason, u"No fallback for the reorganisation"_s);

    // A decision the workflow refuses is not recorded: security management objects to the
    // priority of the third request, and the workflow lets no authorization past an open objection.
    auto objection
        = changes.object(*deferMe, u"priority"_s, u"high"_s, u"Exploited in the wild"_s, (*o)[u"sam"_s]);
    QVERIFY2(objection, Test::why(objection));
    const auto refusedByWorkflow
        = cab.decide(meeting->id, third, CabDecision::Approve, u"Approve"_s, {}, (*o)[u"carl"_s]);
    QVERIFY(!refusedByWorkflow);
    QVERIFY2(refusedByWorkflow.error().message.contains(u"objects"_s),
             qPrintable(refusedByWorkflow.error().message));
    QCOMPARE(cab.meeting(meeting->id)->item(third)->decision, CabDecision::None);
    QCOMPARE(changes.get(*deferMe)->state, u"cab_review"_s);
    QVERIFY(changes.get(*deferMe)->cabRecommendation.isEmpty());

    // Defer: the request stays with the board and comes onto the next meeting's agenda.
    QVERIFY(!cab.decide(meeting->id, third, CabDecision::MoreInformation, {}, {}, (*o)[u"carl"_s]));
    auto deferred = cab.decide(meeting->id, third, CabDecision::Defer, u"Wait for the vendor's fix"_s, {},
                               (*o)[u"carl"_s]);
    QVERIFY2(deferred, Test::why(deferred));
    QCOMPARE(changes.get(*deferMe)->state, u"cab_review"_s);
    QCOMPARE(changes.get(*deferMe)->cabRecommendation, u"Wait for the vendor's fix"_s);

    // Closing: the record no longer changes.
    auto closed = cab.close(meeting->id, (*o)[u"bea"_s]);
    QVERIFY2(closed, Test::why(closed));
    QCOMPARE(closed->status, CabMeeting::Status::Closed);
    QCOMPARE(closed->closedAt, kStart.addSecs(600));
    const auto afterClose = cab.setPresent(meeting->id, sam, false, (*o)[u"carl"_s]);
    QVERIFY(!afterClose);
    QVERIFY2(afterClose.error().message.contains(u"closed"_s), qPrintable(afterClose.error().message));
    QVERIFY(!cab.remove(meeting->id, (*o)[u"carl"_s])); // it has decisions

    CabMeeting next = m;
    next.title = u"Next weekly CAB"_s;
    next.start = m.start.addDays(7);
    auto nextMeeting = cab.create(next, (*o)[u"carl"_s]);
    QVERIFY2(nextMeeting, Test::why(nextMeeting));
    auto nextAgenda = cab.buildAgenda(nextMeeting->id, (*o)[u"carl"_s]);
    QVERIFY2(nextAgenda, Test::why(nextAgenda));
    QCOMPARE(agendaOf(*nextAgenda), QList<qint64> {*deferMe});

    // Escalation needs the note; it leaves the request with the board.
    QVERIFY(cab.setPresent(nextMeeting->id, bea, true, (*o)[u"carl"_s]));
    auto escalated = cab.decide(nextMeeting->id, nextAgenda->items.first().id, CabDecision::Escalate, {},
                                u"The board is split; management decides"_s, (*o)[u"carl"_s]);
    QVERIFY2(escalated, Test::why(escalated));
    QCOMPARE(escalated->items.first().decision, CabDecision::Escalate);
    QCOMPARE(changes.get(*deferMe)->state, u"cab_review"_s);

    // The audit trail: the meeting's events and the requests' own transitions by the deciders.
    auto events = AuditLog(*o->db).eventsFor(u"cab_meeting"_s, meeting->id);
    QVERIFY2(events, Test::why(events));
    QStringList actions;
    for (const AuditEvent &e : *events)
        actions << e.action;
    QCOMPARE(actions.count(u"cab.vote"_s), 3);
    QCOMPARE(actions.count(u"cab.decide"_s), 3);
    QCOMPARE(actions.last(), u"cab.close"_s);
    auto history = changes.history(*approveMe);
    QCOMPARE(history->last().action, u"change.cab_authorize"_s);
    if (backend == u"sqlite") // on PostgreSQL the server names the connection's login
        QCOMPARE(history->last().actor, u"bea"_s);
    const QJsonObject json = CabService::toJson(*closed);
    QCOMPARE(json.value(u"items"_s).toArray().at(0).toObject().value(u"votes"_s).toArray().size(), 2);
    QCOMPARE(json.value(u"status"_s).toString(), u"closed"_s);
}

void TestCabService::sheetsShowWhatTheBoardNeeds()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto o = Test::office(backend, dir);
    QVERIFY2(o, Test::why(o));
    ManualClock clock(kStart);
    const ChangeService changes(*o->db, WorkflowDefinition::builtIn(), clock);
    const CabService cab(*o->db, changes, clock);
    const QDateTime night(QDate(2026, 12, 1), QTime(22, 0), QTimeZone::UTC);
    // Two requests on the same server at the same time: each sheet shows the clash.
    auto one = awaitingBoard(changes, *o, u"Kernel update"_s, u"high"_s, night, o->server);
    auto two
        = awaitingBoard(changes, *o, u"Web server update"_s, u"normal"_s, night.addSecs(1800), o->server);
    QVERIFY2(one && two, "requests for the board");
    auto objection
        = changes.object(*two, u"priority"_s, u"high"_s, u"Exploited in the wild"_s, (*o)[u"sam"_s]);
    QVERIFY2(objection, Test::why(objection));

    CabMeeting m;
    m.title = u"Weekly CAB"_s;
    m.start = kStart.addDays(2);
    m.members = {{(*o)[u"bea"_s].personId, CabMember::Role::Chair, true, {}}};
    auto meeting = cab.create(m, (*o)[u"carl"_s]);
    QVERIFY2(meeting, Test::why(meeting));
    auto agenda = cab.buildAgenda(meeting->id, (*o)[u"carl"_s]);
    QVERIFY2(agenda, Test::why(agenda));
    auto sheets = cab.sheets(*agenda);
    QVERIFY2(sheets, Test::why(sheets));
    QCOMPARE(sheets->size(), 2);
    const CabSheet &first = sheets->at(0);
    QCOMPARE(first.request.id, *one);
    QCOMPARE(first.applicant, u"ANN"_s);
    QCOMPARE(first.cis.size(), 1);
    QCOMPARE(first.cis.first().name, u"srv-01"_s);
    QCOMPARE(first.cis.first().highest(), ProtectionLevel::High);
    QCOMPARE(first.conflicts.size(), 1);
    QCOMPARE(first.conflicts.first().kind, u"same_ci"_s);
    QCOMPARE(first.conflicts.first().severity, u"blocking"_s);
    QVERIFY2(first.conflicts.first().reason.contains(u"Web server update"_s),
             qPrintable(first.conflicts.first().reason));
    QVERIFY(first.objections.isEmpty());
    const CabSheet &second = sheets->at(1);
    QCOMPARE(second.objections.size(), 1);
    QCOMPARE(second.objections.first().proposed, u"high"_s);
    QCOMPARE(second.request.fallbackPlan, u"Restore the snapshot"_s);
    const QJsonObject json = CabService::toJson(second);
    QCOMPARE(json.value(u"conflicts"_s).toArray().size(), 1);
    QCOMPARE(json.value(u"cis"_s).toArray().first().toObject().value(u"protection"_s).toString(), u"high"_s);

    // Without a conflict there is none on the sheet.
    ChangeRequest moved = *changes.get(*two);
    moved.plannedStart = night.addDays(1);
    moved.plannedEnd = moved.plannedStart.addSecs(3600);
    QVERIFY2(changes.update(moved, (*o)[u"carl"_s]), "move the second request");
    auto again = cab.sheets(*agenda);
    QVERIFY2(again, Test::why(again));
    QVERIFY(again->at(0).conflicts.isEmpty());
}

QTEST_GUILESS_MAIN(TestCabService)
#include "tst_cabservice.moc"
