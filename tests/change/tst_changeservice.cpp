// Requests for change in the core (issue 4): the record, the workflow's rules applied to real
// records on SQLite and PostgreSQL, the edit rules, objections and their escalation (M5, M7), and
// the audit trail written in the same transaction as each action.

#include "changetestsupport.h"

#include "audit/auditlog.h"
#include "change/changeservice.h"
#include "cmdb/cirepository.h"
#include "cmdb/grouprepository.h"
#include "people/peoplerepository.h"
#include "people/personroles.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

namespace {

using Test::draft;
using Test::kStart;
using Test::Office;
using Test::office;

QStringList actions(const QList<AuditEvent> &events)
{
    QStringList list;
    for (const AuditEvent &e : events)
        list << e.action;
    return list;
}

} // namespace

class TestChangeService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        Test::failOnSqlWarnings();
        m_clock.set(kStart);
    }
    void normalChangeFromDraftToClosed_data() { Test::addBackendColumn(); }
    void normalChangeFromDraftToClosed();
    void everyTransitionForEveryRole_data() { Test::addBackendColumn(); }
    void everyTransitionForEveryRole();
    void editRules_data() { Test::addBackendColumn(); }
    void editRules();
    void refusedActionChangesNothing_data() { Test::addBackendColumn(); }
    void refusedActionChangesNothing();
    void fourEyes_data() { Test::addBackendColumn(); }
    void fourEyes();
    void overrideNeedsReason_data() { Test::addBackendColumn(); }
    void overrideNeedsReason();
    void objectionEscalatedToManagement_data() { Test::addBackendColumn(); }
    void objectionEscalatedToManagement();
    void objectionOtherEndings_data() { Test::addBackendColumn(); }
    void objectionOtherEndings();
    void staleVersionIsRefused_data() { Test::addBackendColumn(); }
    void staleVersionIsRefused();
    void attachments_data() { Test::addBackendColumn(); }
    void attachments();
    void duplicates_data() { Test::addBackendColumn(); }
    void duplicates();
    void partsReadBackAsWritten_data() { Test::addBackendColumn(); }
    void partsReadBackAsWritten();
    void badValuesNameTheField();
    void actorIsThePostgresLogin();
    void rolesNeedAnAdministrator();

private:
    ManualClock m_clock {kStart};
};

void TestChangeService::normalChangeFromDraftToClosed()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto o = office(backend, dir);
    QVERIFY2(o, Test::why(o));
    const ChangeService service(*o->db, WorkflowDefinition::builtIn(), m_clock);

    ChangeRequest request = draft(u"Patch srv-01"_s, {o->server});
    auto created = service.create(request, (*o)[u"ann"_s]);
    QVERIFY2(created, Test::why(created));
    QCOMPARE(created->state, u"draft"_s);
    QCOMPARE(created->applicantId, (*o)[u"ann"_s].personId);
    const qint64 id = created->id;

    const auto act = [&](const QString &action, const QString &who, const QHash<QString, QString> &sets = {},
                         const QString &reason = {}) {
        return service.act(id, action, (*o)[who], sets, reason);
    };
    // Submitting needs the type; the form always has one, so it goes through.
    auto submitted = act(u"submit"_s, u"ann"_s);
    QVERIFY2(submitted, Test::why(submitted));
    QCOMPARE(submitted->state, u"submitted"_s);
    QVERIFY2(act(u"accept"_s, u"carl"_s), "accept");

    // Classifying needs priority, category, impact and resources.
    auto classify = act(u"classify"_s, u"carl"_s);
    QVERIFY(!classify);
    QCOMPARE(classify.error().kind, ErrorKind::Conflict);
    QVERIFY2(classify.error().message.contains(u"Impact"_s), qPrintable(classify.error().message));
    auto classified = act(u"classify"_s, u"carl"_s,
                          {{u"priority"_s, u"normal"_s},
                           {u"category"_s, u"serious"_s},
                           {u"impact"_s, u"Web shop down for 30 minutes"_s},
                           {u"resources"_s, u"One administrator, 2 hours"_s}});
    QVERIFY2(classified, Test::why(classified));
    QCOMPARE(classified->category, u"serious"_s);

    // A serious change goes to the CAB, not to the change manager's own authorization.
    auto authorize = act(u"authorize"_s, u"carl"_s, {{u"change_manager_recommendation"_s, u"Approve"_s}});
    QVERIFY(!authorize);
    QVERIFY2(act(u"request_cab_review"_s, u"carl"_s, {{u"change_manager_recommendation"_s, u"Approve"_s}}),
             "request_cab_review");
    m_clock.advanceSeconds(3600);
    auto authorized = act(u"cab_authorize"_s, u"bea"_s,
                          {{u"cab_recommendation"_s, u"Approved in the weekly CAB"_s},
                           {u"test_plan"_s, u"Smoke test of the web shop"_s},
                           {u"fallback_plan"_s, u"Restore the snapshot"_s},
                           {u"fallback_criteria"_s, u"Web shop not answering after 15 minutes"_s}});
    QVERIFY2(authorized, Test::why(authorized));
    QCOMPARE(authorized->authorizedAt, kStart.addSecs(3600));

    // Scheduling needs rollout waves: the change manager plans them.
    ChangeRequest plan = *authorized;
    plan.waves = {RolloutWave {u"Pilot"_s, {}, u"No errors for a day"_s, true, {}, {}, u"pending"_s, {}},
                  RolloutWave {u"All servers"_s, {}, {}, false, {}, {}, u"pending"_s, {}}};
    plan.testCases = {TestCase {u"Open the start page"_s, u"HTTP 200"_s, {}, u"pending"_s, {}, {}}};
    auto planned = service.update(plan, (*o)[u"carl"_s]);
    QVERIFY2(planned, Test::why(planned));
    QVERIFY2(act(u"schedule"_s, u"carl"_s,
                 {{u"planned_start"_s, u"2026-11-30T18:00"_s}, {u"planned_end"_s, u"2026-11-30T20:00Z"_s}}),
             "schedule");
    m_clock.advanceSeconds(7 * 86400);
    auto started = act(u"start"_s, u"ian"_s);
    QVERIFY2(started, Test::why(started));
    QCOMPARE(started->actualStart, m_clock.now());
    QCOMPARE(started->plannedStart, QDateTime(QDate(2026, 11, 30), QTime(18, 0), QTimeZone::UTC));

    // Completing needs every test case to have a result; the implementer records them.
    auto early = act(u"complete"_s, u"ian"_s);
    QVERIFY(!early);
    QVERIFY2(early.error().message.contains(u"Test results"_s), qPrintable(early.error().message));
    ChangeRequest tested = *started;
    tested.testCases[0].actual = u"HTTP 200 in 80 ms"_s;
    tested.testCases[0].result = u"passed"_s;
    tested.waves[0].status = u"passed"_s;
    auto recorded = service.update(tested, (*o)[u"ian"_s]);
    QVERIFY2(recorded, Test::why(recorded));
    m_clock.advanceSeconds(1800);
    auto completed = act(u"complete"_s, u"ian"_s);
    QVERIFY2(completed, Test::why(completed));
    QCOMPARE(completed->actualEnd, m_clock.now());

    QVERIFY2(act(u"start_evaluation"_s, u"carl"_s, {{u"evaluation_due"_s, u"2026-12-14T09:00:00Z"_s}}),
             "start_evaluation");
    auto close = act(u"close"_s, u"carl"_s);
    QVERIFY(!close);
    ChangeRequest evaluated = *service.get(id);
    evaluated.evaluation.goalReached = true;
    evaluated.evaluation.usersSatisfied = true;
    evaluated.evaluation.budgetKept = true;
    evaluated.evaluation.scheduleKept = false;
    evaluated.evaluation.sideEffects = u"None"_s;
    auto review = service.update(evaluated, (*o)[u"carl"_s]);
    QVERIFY2(review, Test::why(review));
    QCOMPARE(review->evaluation.evaluatedAt, m_clock.now());
    QCOMPARE(review->evaluation.evaluatedBy, (*o)[u"carl"_s].personId);
    auto closed = act(u"close"_s, u"carl"_s);
    QVERIFY2(closed, Test::why(closed));
    QCOMPARE(closed->state, u"closed"_s);

    // What was stored is what was returned.
    auto stored = service.get(id);
    QVERIFY2(stored, Test::why(stored));
    QCOMPARE(ChangeRecordFields::toJson(*stored), ChangeRecordFields::toJson(*closed));
    QCOMPARE(stored->waves.size(), 2);
    QCOMPARE(stored->waves[0].status, u"passed"_s);
    QCOMPARE(stored->testCases[0].actual, u"HTTP 200 in 80 ms"_s);

    // The history is the record's part of the audit trail, in order, with the actors.
    auto history = service.history(id);
    QVERIFY2(history, Test::why(history));
    QCOMPARE(actions(*history),
             (QStringList {u"change.create"_s, u"change.submit"_s, u"change.accept"_s, u"change.classify"_s,
                           u"change.request_cab_review"_s, u"change.cab_authorize"_s, u"change.update"_s,
                           u"change.schedule"_s, u"change.start"_s, u"change.update"_s, u"change.complete"_s,
                           u"change.start_evaluation"_s, u"change.update"_s, u"change.close"_s}));
    if (backend == u"sqlite") {
        QCOMPARE(history->at(0).actor, u"ann"_s);
        QCOMPARE(history->at(5).actor, u"bea"_s);
    }
    QCOMPARE(history->at(5).after->value(u"transition"_s).toObject().value(u"to"_s).toString(),
             u"authorized"_s);
    QCOMPARE(history->last().before->value(u"state"_s).toString(), u"evaluation"_s);
    auto verified = AuditLog(*o->db).verify();
    QVERIFY2(verified, Test::why(verified));
    QVERIFY(verified->intact());

    // Nobody edits a closed request, not even the change manager.
    ChangeRequest late = *stored;
    late.cost = u"more"_s;
    auto edit = service.update(late, (*o)[u"carl"_s]);
    QVERIFY(!edit);
    QCOMPARE(edit.error().kind, ErrorKind::ReadOnly);
}

void TestChangeService::everyTransitionForEveryRole()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto o = office(backend, dir);
    QVERIFY2(o, Test::why(o));
    const ChangeService service(*o->db, WorkflowDefinition::builtIn(), m_clock);
    const Database &db = *o->db;

    // The request others are duplicates of, and the follow-up of failed ones.
    auto original = service.create(draft(u"Original"_s, {o->printer}), (*o)[u"ann"_s]);
    QVERIFY2(original, Test::why(original));

    // One person per role, none of them the applicant.
    const QStringList actors {u"adm"_s, u"ada"_s, u"carl"_s, u"bea"_s,
                              u"sam"_s, u"ian"_s, u"mia"_s,  u"aud"_s};
    int allowed = 0;
    int refused = 0;
    for (const WorkflowTransition &t : WorkflowDefinition::builtIn().transitions()) {
        for (const QString &from : t.from) {
            // A request in `from` with everything filled in that any transition requires.
            const auto prepare = [&]() -> Result<ChangeRequest> {
                const ChangeRequest r
                    = Test::filledFor(t, u"%1 from %2"_s.arg(t.action, from), o->printer, original->id);
                auto made = service.create(r, (*o)[u"ann"_s]);
                if (!made)
                    return fail(made.error());
                auto moved = db.exec(u"UPDATE change_request SET state = ?, evaluated_at = ?, "
                                     "row_version = row_version + 1 WHERE id = ?"_s,
                                     {from, db.dialect().toDb(kStart), made->id});
                if (!moved)
                    return fail(moved.error());
                return service.get(made->id);
            };
            auto record = prepare();
            QVERIFY2(record, Test::why(record));
            for (const QString &login : actors) {
                const ChangeActor &actor = (*o)[login];
                const bool mayTake = std::ranges::any_of(t.roles, [&](const QString &r) {
                    return actor.has(r) && (r != u"applicant" || actor.personId == record->applicantId);
                });
                auto taken = service.act(record->id, t.action, actor, {}, u"because"_s);
                const QString row = u"%1 from %2 by %3"_s.arg(t.action, from, login);
                if (mayTake) {
                    QVERIFY2(taken, qPrintable(row + u": "_s + (taken ? QString() : taken.error().message)));
                    QCOMPARE(taken->state, t.to);
                    ++allowed;
                    record = prepare();
                    QVERIFY2(record, Test::why(record));
                } else {
                    QVERIFY2(!taken, qPrintable(row + u" was allowed"_s));
                    QCOMPARE(taken.error().kind, ErrorKind::ReadOnly);
                    QVERIFY2(taken.error().message.contains(ChangeRoles::label(t.roles.constFirst())),
                             qPrintable(row + u": "_s + taken.error().message));
                    auto unchanged = service.get(record->id);
                    QVERIFY2(unchanged, Test::why(unchanged));
                    QCOMPARE(unchanged->state, from);
                    QCOMPARE(unchanged->rowVersion, record->rowVersion);
                    ++refused;
                }
            }
        }
    }
    qInfo("%d transitions taken by an allowed role, %d refused", allowed, refused);
    QVERIFY(allowed >= 30);
    QVERIFY(refused >= 150);
}

void TestChangeService::editRules()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto o = office(backend, dir);
    QVERIFY2(o, Test::why(o));
    const ChangeService service(*o->db, WorkflowDefinition::builtIn(), m_clock);
    auto created = service.create(draft(u"New printer driver"_s, {o->printer}), (*o)[u"ann"_s]);
    QVERIFY2(created, Test::why(created));

    // The applicant edits their draft; another applicant does not.
    ChangeRequest edit = *created;
    edit.description = u"Driver 5.2 fixes the stapling bug."_s;
    auto own = service.update(edit, (*o)[u"ann"_s]);
    QVERIFY2(own, Test::why(own));
    QCOMPARE(own->rowVersion, created->rowVersion + 1);
    ChangeRequest other = *own;
    other.title = u"Mine now"_s;
    auto foreign = service.update(other, (*o)[u"ada"_s]);
    QVERIFY(!foreign);
    QCOMPARE(foreign.error().kind, ErrorKind::ReadOnly);
    QVERIFY2(foreign.error().message.contains(u"Title"_s), qPrintable(foreign.error().message));

    // Implementers and CAB members have nothing to do with a draft.
    ChangeRequest results = *own;
    results.testCases = {TestCase {u"Print a page"_s, u"stapled"_s, {}, u"pending"_s, {}, {}}};
    QVERIFY(!service.update(results, (*o)[u"ian"_s]));

    auto submitted = service.act(own->id, u"submit"_s, (*o)[u"ann"_s]);
    QVERIFY2(submitted, Test::why(submitted));
    // Submitted: the applicant's text is fixed.
    ChangeRequest late = *submitted;
    late.description = u"changed my mind"_s;
    auto applicantLate = service.update(late, (*o)[u"ann"_s]);
    QVERIFY(!applicantLate);
    QCOMPARE(applicantLate.error().kind, ErrorKind::ReadOnly);
    // The change manager writes the test plan; the implementer then records results only.
    ChangeRequest plan = *submitted;
    plan.testCases = {TestCase {u"Print a page"_s, u"stapled"_s, {}, u"pending"_s, {}, {}}};
    auto planned = service.update(plan, (*o)[u"carl"_s]);
    QVERIFY2(planned, Test::why(planned));
    ChangeRequest result = *planned;
    result.testCases[0].actual = u"stapled"_s;
    result.testCases[0].result = u"passed"_s;
    auto recorded = service.update(result, (*o)[u"ian"_s]);
    QVERIFY2(recorded, Test::why(recorded));
    ChangeRequest rewrite = *recorded;
    rewrite.testCases[0].expected = u"anything"_s;
    auto rewritten = service.update(rewrite, (*o)[u"ian"_s]);
    QVERIFY(!rewritten);
    QVERIFY2(rewritten.error().message.contains(u"Test plan"_s), qPrintable(rewritten.error().message));
    // Security management writes the assessment, the change manager may not.
    ChangeRequest assessed = *recorded;
    assessed.securityAssessment = u"No new attack surface."_s;
    QVERIFY(!service.update(assessed, (*o)[u"carl"_s]));
    auto bySam = service.update(assessed, (*o)[u"sam"_s]);
    QVERIFY2(bySam, Test::why(bySam));
    // Auditors and management read.
    ChangeRequest anything = *bySam;
    anything.cost = u"100 EUR"_s;
    for (const QString &reader : {u"aud"_s, u"mia"_s, u"adm"_s}) {
        auto refused = service.update(anything, (*o)[reader]);
        QVERIFY2(!refused, qPrintable(reader));
        QCOMPARE(refused.error().kind, ErrorKind::ReadOnly);
    }
    // Taking a transition lets its taker fill in what it requires, nothing else.
    auto cabless = service.act(bySam->id, u"reject"_s, (*o)[u"carl"_s], {}, u"Driver is not signed"_s);
    QVERIFY2(cabless, Test::why(cabless));
    QCOMPARE(cabless->rejectionReason, u"Driver is not signed"_s);
    QCOMPARE(cabless->state, u"rejected"_s);
}

void TestChangeService::refusedActionChangesNothing()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto o = office(backend, dir);
    QVERIFY2(o, Test::why(o));
    const ChangeService service(*o->db, WorkflowDefinition::builtIn(), m_clock);
    auto created = service.create(draft(u"Firmware"_s, {o->printer}), (*o)[u"ann"_s]);
    QVERIFY2(created, Test::why(created));
    auto before = Test::dumpTables(*o->db);
    QVERIFY2(before, Test::why(before));

    // Refused by the role, by the state, by a bad value set along, by a missing reason, by an
    // unknown action: each leaves every table as it was (no half-written record, no event).
    auto byRole = service.act(created->id, u"submit"_s, (*o)[u"ian"_s], {{u"cost"_s, u"0"_s}});
    QVERIFY(!byRole);
    QCOMPARE(byRole.error().kind, ErrorKind::ReadOnly);
    auto byState = service.act(created->id, u"accept"_s, (*o)[u"carl"_s], {{u"cost"_s, u"0"_s}});
    QVERIFY(!byState);
    QCOMPARE(byState.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(byState.error().message.contains(u"draft"_s), qPrintable(byState.error().message));
    auto byValue = service.act(created->id, u"submit"_s, (*o)[u"ann"_s], {{u"type"_s, u"urgent"_s}});
    QVERIFY(!byValue);
    QCOMPARE(byValue.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(byValue.error().message.contains(u"'urgent'"_s), qPrintable(byValue.error().message));
    auto submitted = service.act(created->id, u"submit"_s, (*o)[u"ann"_s]);
    QVERIFY2(submitted, Test::why(submitted));
    auto middle = Test::dumpTables(*o->db);
    QVERIFY2(middle, Test::why(middle));
    auto noReason = service.act(created->id, u"reject"_s, (*o)[u"carl"_s]);
    QVERIFY(!noReason);
    QVERIFY2(noReason.error().message.contains(u"reason"_s), qPrintable(noReason.error().message));
    auto unknown = service.act(created->id, u"approve"_s, (*o)[u"carl"_s]);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().kind, ErrorKind::InvalidInput);
    auto after = Test::dumpTables(*o->db);
    QVERIFY2(after, Test::why(after));
    QCOMPARE(*after, *middle);
    QVERIFY(*before != *middle);
}

void TestChangeService::fourEyes()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto o = office(backend, dir);
    QVERIFY2(o, Test::why(o));
    const ChangeService service(*o->db, WorkflowDefinition::builtIn(), m_clock);
    // "dual" applies for an emergency change and is also a change manager.
    ChangeRequest request = draft(u"Emergency patch of db-01"_s, {o->database});
    request.type = u"emergency"_s;
    auto created = service.create(request, (*o)[u"dual"_s]);
    QVERIFY2(created, Test::why(created));
    QCOMPARE(created->applicantId, (*o)[u"dual"_s].personId);
    QVERIFY2(service.act(created->id, u"submit"_s, (*o)[u"dual"_s]), "submit");
    const QHash<QString, QString> sets {{u"priority"_s, u"high"_s},
                                        {u"category"_s, u"far_reaching"_s},
                                        {u"fallback_plan"_s, u"Restore the backup"_s},
                                        {u"fallback_criteria"_s, u"Database not up in 10 minutes"_s}};
    auto own = service.act(created->id, u"expedite"_s, (*o)[u"dual"_s], sets, u"Exploited in the wild"_s);
    QVERIFY(!own);
    QCOMPARE(own.error().kind, ErrorKind::ReadOnly);
    QVERIFY2(own.error().message.contains(u"four-eyes"_s), qPrintable(own.error().message));
    auto other = service.act(created->id, u"expedite"_s, (*o)[u"carl"_s], sets, u"Exploited in the wild"_s);
    QVERIFY2(other, Test::why(other));
    QCOMPARE(other->state, u"authorized"_s);
    QCOMPARE(other->authorizedAt, m_clock.now());
}

void TestChangeService::overrideNeedsReason()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto o = office(backend, dir);
    QVERIFY2(o, Test::why(o));
    const ChangeService service(*o->db, WorkflowDefinition::builtIn(), m_clock);
    auto created = service.create(draft(u"Kernel update db-01"_s, {o->database}), (*o)[u"ann"_s]);
    QVERIFY2(created, Test::why(created));
    QVERIFY(service.act(created->id, u"submit"_s, (*o)[u"ann"_s]));
    QVERIFY(service.act(created->id, u"accept"_s, (*o)[u"carl"_s]));
    auto suggestion = service.suggestion(*created);
    QVERIFY2(suggestion, Test::why(suggestion));
    QCOMPARE(suggestion->category, u"far_reaching"_s);
    QHash<QString, QString> sets {{u"priority"_s, u"normal"_s},
                                  {u"category"_s, u"minor"_s},
                                  {u"impact"_s, u"none"_s},
                                  {u"resources"_s, u"1 h"_s}};
    auto lowered = service.act(created->id, u"classify"_s, (*o)[u"carl"_s], sets);
    QVERIFY(!lowered);
    QCOMPARE(lowered.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(lowered.error().message.contains(u"'far_reaching'"_s)
                 && lowered.error().message.contains(u"db-01"_s),
             qPrintable(lowered.error().message));
    sets.insert(u"override_reason"_s, u"Only the test instance on db-01 is touched."_s);
    auto overridden = service.act(created->id, u"classify"_s, (*o)[u"carl"_s], sets);
    QVERIFY2(overridden, Test::why(overridden));
    QCOMPARE(overridden->category, u"minor"_s);
    // Following the suggestion needs no reason.
    auto second = service.create(draft(u"Kernel update db-01, again"_s, {o->database}), (*o)[u"ann"_s]);
    QVERIFY(second && service.act(second->id, u"submit"_s, (*o)[u"ann"_s])
            && service.act(second->id, u"accept"_s, (*o)[u"carl"_s]));
    auto followed = service.act(second->id, u"classify"_s, (*o)[u"carl"_s],
                                {{u"priority"_s, u"normal"_s},
                                 {u"category"_s, u"far_reaching"_s},
                                 {u"impact"_s, u"none"_s},
                                 {u"resources"_s, u"1 h"_s}});
    QVERIFY2(followed, Test::why(followed));
}

void TestChangeService::objectionEscalatedToManagement()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto o = office(backend, dir);
    QVERIFY2(o, Test::why(o));
    const ChangeService service(*o->db, WorkflowDefinition::builtIn(), m_clock);
    auto created = service.create(draft(u"Patch srv-01"_s, {o->server}), (*o)[u"ann"_s]);
    QVERIFY(created && service.act(created->id, u"submit"_s, (*o)[u"ann"_s])
            && service.act(created->id, u"accept"_s, (*o)[u"carl"_s]));
    auto classified = service.act(created->id, u"classify"_s, (*o)[u"carl"_s],
                                  {{u"priority"_s, u"normal"_s},
                                   {u"category"_s, u"serious"_s},
                                   {u"impact"_s, u"none"_s},
                                   {u"resources"_s, u"1 h"_s}});
    QVERIFY2(classified, Test::why(classified));

    // Only security management objects.
    QVERIFY(!service.object(created->id, u"priority"_s, u"high"_s, u"Exploited"_s, (*o)[u"carl"_s]));
    auto objection = service.object(created->id, u"priority"_s, u"high"_s,
                                    u"Actively exploited (CVE-2026-1234)"_s, (*o)[u"sam"_s]);
    QVERIFY2(objection, Test::why(objection));
    auto twice = service.object(created->id, u"priority"_s, u"low"_s, u"again"_s, (*o)[u"sam"_s]);
    QVERIFY(!twice);
    QCOMPARE(twice.error().kind, ErrorKind::Conflict);

    // It blocks progress…
    auto blocked = service.act(created->id, u"request_cab_review"_s, (*o)[u"carl"_s],
                               {{u"change_manager_recommendation"_s, u"Approve"_s}});
    QVERIFY(!blocked);
    QCOMPARE(blocked.error().kind, ErrorKind::Conflict);
    QVERIFY2(blocked.error().message.contains(u"objection"_s), qPrintable(blocked.error().message));
    // …but not a way out that ignores it.
    // The change manager cannot dismiss it, only agree or escalate; management decides.
    QVERIFY(!service.decide(objection->id, ObjectionDecision::Dismiss, u"no"_s, (*o)[u"carl"_s]));
    QVERIFY(!service.decide(objection->id, ObjectionDecision::Uphold, u"yes"_s, (*o)[u"mia"_s]));
    auto noReason = service.decide(objection->id, ObjectionDecision::Escalate, {}, (*o)[u"carl"_s]);
    QVERIFY(!noReason);
    QCOMPARE(noReason.error().kind, ErrorKind::InvalidInput);
    auto escalated = service.decide(objection->id, ObjectionDecision::Escalate,
                                    u"Patch day is in two days anyway"_s, (*o)[u"carl"_s]);
    QVERIFY2(escalated, Test::why(escalated));
    QCOMPARE(escalated->status, u"escalated"_s);
    QVERIFY(!service.act(created->id, u"request_cab_review"_s, (*o)[u"carl"_s],
                         {{u"change_manager_recommendation"_s, u"Approve"_s}}));
    auto upheld = service.decide(objection->id, ObjectionDecision::Uphold, u"Exploited: no waiting"_s,
                                 (*o)[u"mia"_s]);
    QVERIFY2(upheld, Test::why(upheld));
    QCOMPARE(upheld->status, u"upheld"_s);
    QCOMPARE(upheld->resolvedBy, (*o)[u"mia"_s].personId);
    auto record = service.get(created->id);
    QVERIFY2(record, Test::why(record));
    QCOMPARE(record->priority, u"high"_s);
    auto moving = service.act(created->id, u"request_cab_review"_s, (*o)[u"carl"_s],
                              {{u"change_manager_recommendation"_s, u"Approve"_s}});
    QVERIFY2(moving, Test::why(moving));

    auto history = service.history(created->id);
    QVERIFY2(history, Test::why(history));
    const QStringList names = actions(*history);
    QVERIFY2(names.contains(u"change.objection.raise"_s) && names.contains(u"change.objection.escalate"_s)
                 && names.contains(u"change.objection.uphold"_s),
             qPrintable(names.join(u", "_s)));
}

void TestChangeService::objectionOtherEndings()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto o = office(backend, dir);
    QVERIFY2(o, Test::why(o));
    const ChangeService service(*o->db, WorkflowDefinition::builtIn(), m_clock);
    auto created = service.create(draft(u"Patch printer"_s, {o->printer}), (*o)[u"ann"_s]);
    QVERIFY2(created, Test::why(created));
    QVERIFY(service.act(created->id, u"submit"_s, (*o)[u"ann"_s]));

    // Accepted by the change manager: the proposed value is taken.
    auto first = service.object(created->id, u"category"_s, u"serious"_s, u"Printer is in the council hall"_s,
                                (*o)[u"sam"_s]);
    QVERIFY2(first, Test::why(first));
    QVERIFY(!service.decide(first->id, ObjectionDecision::Accept, {}, (*o)[u"sam"_s]));
    auto accepted = service.decide(first->id, ObjectionDecision::Accept, {}, (*o)[u"carl"_s]);
    QVERIFY2(accepted, Test::why(accepted));
    QCOMPARE(service.get(created->id)->category, u"serious"_s);

    // Withdrawn by security management: nothing changes.
    auto second = service.object(created->id, u"priority"_s, u"high"_s, u"Thought so"_s, (*o)[u"sam"_s]);
    QVERIFY2(second, Test::why(second));
    auto withdrawn
        = service.decide(second->id, ObjectionDecision::Withdraw, u"Misread the advisory"_s, (*o)[u"sam"_s]);
    QVERIFY2(withdrawn, Test::why(withdrawn));
    QCOMPARE(service.get(created->id)->priority, QString());

    // Dismissed by management after escalation by security management.
    auto third = service.object(created->id, u"priority"_s, u"high"_s, u"Thought so again"_s, (*o)[u"sam"_s]);
    QVERIFY2(third, Test::why(third));
    QVERIFY(service.decide(third->id, ObjectionDecision::Escalate, u"Change manager disagrees"_s,
                           (*o)[u"sam"_s]));
    auto dismissed
        = service.decide(third->id, ObjectionDecision::Dismiss, u"Not exploitable here"_s, (*o)[u"mia"_s]);
    QVERIFY2(dismissed, Test::why(dismissed));
    QCOMPARE(dismissed->status, u"dismissed"_s);
    // An ended objection takes no further decision.
    auto again = service.decide(third->id, ObjectionDecision::Uphold, u"changed my mind"_s, (*o)[u"mia"_s]);
    QVERIFY(!again);
    QCOMPARE(again.error().kind, ErrorKind::Conflict);
    auto all = service.objections(created->id);
    QVERIFY2(all, Test::why(all));
    QCOMPARE(all->size(), 3);
    QVERIFY(std::ranges::none_of(*all, &ChangeObjection::isOpen));
    QVERIFY(service.act(created->id, u"accept"_s, (*o)[u"carl"_s]));
}

void TestChangeService::staleVersionIsRefused()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto o = office(backend, dir);
    QVERIFY2(o, Test::why(o));
    const ChangeService service(*o->db, WorkflowDefinition::builtIn(), m_clock);
    auto created = service.create(draft(u"Patch srv-01"_s, {o->server}), (*o)[u"ann"_s]);
    QVERIFY2(created, Test::why(created));
    QVERIFY(service.act(created->id, u"submit"_s, (*o)[u"ann"_s]));
    auto seen = service.get(created->id);
    QVERIFY2(seen, Test::why(seen));
    // Security management objects while the change manager looks at the record.
    QVERIFY(service.object(created->id, u"priority"_s, u"high"_s, u"Exploited"_s, (*o)[u"sam"_s]));
    auto stale
        = service.act(created->id, u"reject"_s, (*o)[u"carl"_s], {}, u"not needed"_s, seen->rowVersion);
    QVERIFY(!stale);
    QCOMPARE(stale.error().kind, ErrorKind::Conflict);
    ChangeRequest edit = *seen;
    edit.cost = u"2 h"_s;
    auto staleEdit = service.update(edit, (*o)[u"carl"_s]);
    QVERIFY(!staleEdit);
    QCOMPARE(staleEdit.error().kind, ErrorKind::Conflict);
    QVERIFY2(staleEdit.error().message.contains(u"#%1"_s.arg(created->id)),
             qPrintable(staleEdit.error().message));
}

void TestChangeService::attachments()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto o = office(backend, dir);
    QVERIFY2(o, Test::why(o));
    const ChangeService service(*o->db, WorkflowDefinition::builtIn(), m_clock);
    auto created = service.create(draft(u"Config change"_s, {o->server}), (*o)[u"ann"_s]);
    QVERIFY2(created, Test::why(created));
    const QByteArray script("#!/bin/sh\nsystemctl restart nginx\n\0binary", 42);
    auto added = service.addAttachment(created->id, u"restart.sh"_s, u"application/x-shellscript"_s, script,
                                       (*o)[u"ann"_s]);
    QVERIFY2(added, Test::why(added));
    QCOMPARE(added->sha256,
             QString::fromLatin1(QCryptographicHash::hash(script, QCryptographicHash::Sha256).toHex()));
    auto content = service.attachmentContent(added->id);
    QVERIFY2(content, Test::why(content));
    QCOMPARE(*content, script);
    auto record = service.get(created->id);
    QVERIFY2(record, Test::why(record));
    QCOMPARE(record->attachments.size(), 1);
    QCOMPARE(record->attachments[0].name, u"restart.sh"_s);
    QVERIFY(ChangeRecordFields::filled(*record).contains(u"attachments"_s));
    QVERIFY(!service.addAttachment(created->id, u"x.txt"_s, {}, "x", (*o)[u"aud"_s]));
    QVERIFY(!service.removeAttachment(added->id, (*o)[u"ada"_s]));
    QVERIFY2(service.removeAttachment(added->id, (*o)[u"ann"_s]), "remove");
    QCOMPARE(service.attachmentContent(added->id).error().kind, ErrorKind::NotFound);
    auto history = service.history(created->id);
    QVERIFY2(history, Test::why(history));
    QCOMPARE(actions(*history), (QStringList {u"change.create"_s, u"change.attach"_s, u"change.detach"_s}));
}

void TestChangeService::duplicates()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto o = office(backend, dir);
    QVERIFY2(o, Test::why(o));
    const ChangeService service(*o->db, WorkflowDefinition::builtIn(), m_clock);
    auto first = service.create(
        draft(u"Firefox ESR security update on the servers"_s, {o->server, o->database}), (*o)[u"ann"_s]);
    auto unrelated = service.create(draft(u"Replace toner"_s, {o->printer}), (*o)[u"ada"_s]);
    QVERIFY(first && unrelated);
    ChangeRequest candidate = draft(u"Security update Firefox ESR servers"_s, {o->server});
    auto similar = service.similarOpen(candidate);
    QVERIFY2(similar, Test::why(similar));
    QCOMPARE(similar->size(), 1);
    QCOMPARE(similar->first().id, first->id);
    QCOMPARE(similar->first().sharedCis, QList<qint64> {o->server});
    // A request that has ended is no duplicate.
    QVERIFY(service.act(first->id, u"submit"_s, (*o)[u"ann"_s]));
    QVERIFY(service.act(first->id, u"reject"_s, (*o)[u"carl"_s], {}, u"wrong"_s));
    auto none = service.similarOpen(candidate);
    QVERIFY2(none, Test::why(none));
    QVERIFY(none->isEmpty());
}

void TestChangeService::partsReadBackAsWritten()
{
    // The record and its parts come back from one statement as they were written: ids,
    // booleans, times with milliseconds, missing values, order.
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto o = office(backend, dir);
    QVERIFY2(o, Test::why(o));
    const ChangeService service(*o->db, WorkflowDefinition::builtIn(), m_clock);
    CiGroup group;
    group.name = u"Pilot printers"_s;
    auto pilot = GroupRepository(*o->db).add(group);
    QVERIFY2(pilot, Test::why(pilot));
    ChangeRequest r = draft(u"Roll out the print driver"_s, {o->server, o->printer});
    r.groupIds = {pilot->id};
    const QDateTime start = kStart.addDays(7).addMSecs(250);
    r.waves = {RolloutWave {u"Pilot"_s, pilot->id, u"No tickets for a day"_s, true, start, start.addSecs(3600),
                            u"pending"_s, {}},
               RolloutWave {u"Everyone \"else\""_s, std::nullopt, {}, false, {}, {}, u"pending"_s, u"a, b"_s}};
    r.testCases = {TestCase {u"Print a page"_s, u"One page"_s, {}, u"pending"_s, std::nullopt, {}},
                   TestCase {u"Print 100 pages"_s, u"No jam"_s, {}, u"pending"_s, std::nullopt, {}}};
    auto created = service.create(r, (*o)[u"ann"_s]);
    QVERIFY2(created, Test::why(created));
    m_clock.set(kStart.addSecs(90).addMSecs(7));
    auto attached = service.addAttachment(created->id, u"driver.ini"_s, u"text/plain"_s, "[driver]\nduplex=1\n",
                                          (*o)[u"ann"_s]);
    QVERIFY2(attached, Test::why(attached));

    auto read = service.get(created->id);
    QVERIFY2(read, Test::why(read));
    QList<qint64> cis {o->server, o->printer};
    std::ranges::sort(cis);
    QCOMPARE(read->ciIds, cis);
    QCOMPARE(read->groupIds, QList<qint64> {pilot->id});
    QCOMPARE(read->waves, r.waves);
    QCOMPARE(read->waves.at(0).plannedStart, start);
    QCOMPARE(read->testCases, r.testCases);
    QCOMPARE(read->attachments.size(), 1);
    const ChangeAttachment &a = read->attachments.constFirst();
    QCOMPARE(a.id, attached->id);
    QCOMPARE(a.name, u"driver.ini"_s);
    QCOMPARE(a.mediaType, u"text/plain"_s);
    QCOMPARE(a.size, 18);
    QCOMPARE(a.sha256, attached->sha256);
    QCOMPARE(a.addedBy, std::optional<qint64>((*o)[u"ann"_s].personId));
    QCOMPARE(a.addedAt, kStart.addSecs(90).addMSecs(7));
    QVERIFY(a.content.isEmpty());

    // A record without parts has none.
    auto bare = service.create(draft(u"Nothing yet"_s, {}), (*o)[u"ann"_s]);
    QVERIFY2(bare, Test::why(bare));
    auto empty = service.get(bare->id);
    QVERIFY2(empty, Test::why(empty));
    QVERIFY(empty->ciIds.isEmpty() && empty->groupIds.isEmpty() && empty->waves.isEmpty()
            && empty->testCases.isEmpty() && empty->attachments.isEmpty());
}

void TestChangeService::badValuesNameTheField()
{
    ChangeRequest r;
    const QList<std::tuple<QString, QString, QString>> bad {
        {u"type"_s, u"urgent"_s, u"'urgent'"_s},
        {u"priority"_s, u"critical"_s, u"high, normal, low"_s},
        {u"planned_start"_s, u"next monday"_s, u"Planned start"_s},
        {u"duplicate_of"_s, u"abc"_s, u"Duplicate of"_s},
        {u"security_relevant"_s, u"maybe"_s, u"'maybe'"_s},
        {u"colour"_s, u"red"_s, u"'colour'"_s},
    };
    for (const auto &[key, value, expected] : bad) {
        auto set = ChangeRecordFields::set(r, key, value);
        QVERIFY2(!set, qPrintable(key));
        QCOMPARE(set.error().kind, ErrorKind::InvalidInput);
        QVERIFY2(set.error().message.contains(expected), qPrintable(set.error().message));
    }
    QVERIFY(ChangeRecordFields::set(r, u"planned_start"_s, u"2026-03-02T09:15+01:00"_s));
    QCOMPARE(r.plannedStart, QDateTime(QDate(2026, 3, 2), QTime(8, 15), QTimeZone::UTC));
    QCOMPARE(ChangeRecordFields::text(r, u"planned_start"_s), u"2026-03-02T08:15:00.000Z"_s);
    QVERIFY(ChangeRecordFields::set(r, u"duplicate_of"_s, u"#12"_s));
    QCOMPARE(r.duplicateOf, std::optional<qint64>(12));
    QVERIFY(ChangeRecordFields::set(r, u"security_relevant"_s, u"yes"_s));
    QVERIFY(r.securityRelevant);
}

void TestChangeService::actorIsThePostgresLogin()
{
    QTemporaryDir dir;
    auto o = office(u"postgresql"_s, dir);
    QVERIFY2(o, Test::why(o));
    const ChangeService service(*o->db, WorkflowDefinition::builtIn(), m_clock);
    // The fixture's login has no person yet: acting needs one.
    auto nobody = service.actor();
    QVERIFY(!nobody);
    QCOMPARE(nobody.error().kind, ErrorKind::NotFound);
    auto asAnn = service.actor(u"ann"_s);
    QVERIFY(!asAnn);
    QCOMPARE(asAnn.error().kind, ErrorKind::ReadOnly);
    QVERIFY2(asAnn.error().message.contains(u"'ann'"_s), qPrintable(asAnn.error().message));

    QTemporaryDir liteDir;
    auto lite = office(u"sqlite"_s, liteDir);
    QVERIFY2(lite, Test::why(lite));
    const ChangeService liteService(*lite->db, WorkflowDefinition::builtIn(), m_clock);
    auto ann = liteService.actor(u"ann"_s);
    QVERIFY2(ann, Test::why(ann));
    QCOMPARE(ann->roles, QSet<QString> {u"applicant"_s});
    auto ghost = liteService.actor(u"ghost"_s);
    QVERIFY(!ghost);
    QCOMPARE(ghost.error().kind, ErrorKind::NotFound);
}

void TestChangeService::rolesNeedAnAdministrator()
{
    QTemporaryDir dir;
    auto o = office(u"sqlite"_s, dir);
    QVERIFY2(o, Test::why(o));
    const PersonRoles roles(*o->db);
    // Only the administrator hands out roles now that there is one.
    auto selfMade = roles.setRoles((*o)[u"ann"_s].personId, {u"change_manager"_s}, (*o)[u"ann"_s].personId);
    QVERIFY(!selfMade);
    QCOMPARE(selfMade.error().kind, ErrorKind::ReadOnly);
    auto unknown = roles.setRoles((*o)[u"ann"_s].personId, {u"king"_s}, (*o)[u"adm"_s].personId);
    QVERIFY(!unknown);
    QVERIFY2(unknown.error().message.contains(u"'king'"_s), qPrintable(unknown.error().message));
    QVERIFY(
        roles.setRoles((*o)[u"ann"_s].personId, {u"applicant"_s, u"implementer"_s}, (*o)[u"adm"_s].personId));
    auto now = roles.rolesOf((*o)[u"ann"_s].personId);
    QVERIFY2(now, Test::why(now));
    QCOMPARE(*now, (QSet<QString> {u"applicant"_s, u"implementer"_s}));
    auto events = AuditLog(*o->db).eventsFor(u"person"_s, (*o)[u"ann"_s].personId);
    QVERIFY2(events, Test::why(events));
    QCOMPARE(events->size(), 2);
    QCOMPARE(events->last().after->value(u"roles"_s).toArray().size(), 2);

    // Adding people is the administrator's too, with the roles in the same transaction.
    Person zoe;
    zoe.login = u"zoe"_s;
    zoe.displayName = u"Zoe Peeters"_s;
    auto refused = roles.addPerson(zoe, {u"implementer"_s}, (*o)[u"carl"_s].personId, u"carl"_s);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::ReadOnly);
    QCOMPARE(refused.error().message, u"Only an administrator may add people; carl is not one."_s);
    QVERIFY(!*PeopleRepository(*o->db).personByLogin(u"zoe"_s));
    // A bad role leaves no person behind either.
    auto badRole = roles.addPerson(zoe, {u"king"_s}, (*o)[u"adm"_s].personId, u"adm"_s);
    QVERIFY(!badRole);
    QVERIFY(!*PeopleRepository(*o->db).personByLogin(u"zoe"_s));
    auto added = roles.addPerson(zoe, {u"implementer"_s}, (*o)[u"adm"_s].personId, u"adm"_s);
    QVERIFY2(added, Test::why(added));
    QCOMPARE(*roles.rolesOf(added->id), QSet<QString> {u"implementer"_s});
    auto zoeEvents = AuditLog(*o->db).eventsFor(u"person"_s, added->id);
    QVERIFY2(zoeEvents, Test::why(zoeEvents));
    QCOMPARE(zoeEvents->size(), 2);
    QCOMPARE(zoeEvents->at(0).action, u"person.add"_s);
    QCOMPARE(zoeEvents->at(0).after->value(u"name"_s).toString(), u"Zoe Peeters"_s);
    QCOMPARE(zoeEvents->at(1).action, u"person.roles"_s);
}

QTEST_GUILESS_MAIN(TestChangeService)
#include "tst_changeservice.moc"
