// To-do lists per role with overdue markers (M4, M13 resubmission), and the key figures per month
// (success rate, emergency share, rollback rate, lead time per category, overdue evaluations),
// with times chosen through the injectable clock, on SQLite and PostgreSQL.

#include "changetestsupport.h"

#include "change/changeagenda.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;
using Test::draft;
using Test::kStart;
using Test::office;

namespace {

// Sets columns of a request directly: the figures read them, and walking each request through
// the workflow would only repeat tst_changeservice.
Status place(const Database &db, qint64 id, const QString &state, const QVariantMap &times)
{
    QStringList sets {u"state = ?"_s};
    QVariantList params {state};
    for (auto it = times.cbegin(); it != times.cend(); ++it) {
        sets << it.key() + u" = ?"_s;
        params << (it.value().typeId() == QMetaType::QDateTime ? db.dialect().toDb(it.value().toDateTime())
                                                               : it.value());
    }
    params << id;
    auto done = db.exec(u"UPDATE change_request SET %1 WHERE id = ?"_s.arg(sets.join(u", "_s)), params);
    if (!done)
        return fail(done.error());
    return {};
}

QDateTime at(int month, int day)
{
    return QDateTime(QDate(2026, month, day), QTime(10, 0), QTimeZone::UTC);
}

} // namespace

class TestChangeAgenda : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        Test::failOnSqlWarnings();
        m_clock.set(kStart);
    }
    void todosPerRole_data() { Test::addBackendColumn(); }
    void todosPerRole();
    void overdueEvaluationReminder_data() { Test::addBackendColumn(); }
    void overdueEvaluationReminder();
    void rollBackStampsAndEnds_data() { Test::addBackendColumn(); }
    void rollBackStampsAndEnds();
    void kpisPerMonth_data() { Test::addBackendColumn(); }
    void kpisPerMonth();

private:
    ManualClock m_clock {kStart};
};

void TestChangeAgenda::todosPerRole()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto o = office(backend, dir);
    QVERIFY2(o, Test::why(o));
    const ChangeService service(*o->db, WorkflowDefinition::builtIn(), m_clock);
    const ChangeAgenda agenda(*o->db, WorkflowDefinition::builtIn(), m_clock);

    auto annDraft = service.create(draft(u"Ann's draft"_s, {o->printer}), (*o)[u"ann"_s]);
    auto adaSubmitted = service.create(draft(u"Ada's request"_s, {o->printer}), (*o)[u"ada"_s]);
    QVERIFY(annDraft && adaSubmitted);
    QVERIFY(service.act(adaSubmitted->id, u"submit"_s, (*o)[u"ada"_s]));
    ChangeRequest emergency = draft(u"Dual's emergency"_s, {o->database});
    emergency.type = u"emergency"_s;
    auto dualEmergency = service.create(emergency, (*o)[u"dual"_s]);
    QVERIFY(dualEmergency && service.act(dualEmergency->id, u"submit"_s, (*o)[u"dual"_s]));

    // An error is no empty list: it ends the test.
    const auto ids = [&](const QString &login) {
        QList<std::pair<qint64, QStringList>> list;
        auto todos = agenda.todos((*o)[login]);
        if (!todos)
            qFatal("the to-do list of %s could not be read: %s", qPrintable(login),
                   qPrintable(todos.error().message));
        for (const ChangeToDo &t : *todos)
            list.append({t.changeId, t.actions});
        return list;
    };
    // The applicant sees their own draft, not somebody else's.
    QCOMPARE(ids(u"ann"_s), (QList<std::pair<qint64, QStringList>> {{annDraft->id, {u"submit"_s}}}));
    QVERIFY(ids(u"ada"_s).isEmpty());
    // The change manager sees the submitted ones, main path first (accept; expedite), not the drafts.
    const auto carl = ids(u"carl"_s);
    QCOMPARE(carl.size(), 2);
    QVERIFY(carl.contains(std::pair<qint64, QStringList> {adaSubmitted->id, {u"accept"_s}}));
    QVERIFY(carl.contains(std::pair<qint64, QStringList> {dualEmergency->id, {u"expedite"_s}}));
    // Four eyes: dual may not expedite their own emergency; only the ways out (reject) remain.
    const auto dual = ids(u"dual"_s);
    QVERIFY(dual.contains(
        std::pair<qint64, QStringList> {dualEmergency->id, {u"reject"_s, u"reject_duplicate"_s}}));
    // Readers have nothing to do.
    QVERIFY(ids(u"aud"_s).isEmpty());

    // An objection: the change manager decides it (and the transitions wait), then management.
    auto objection
        = service.object(adaSubmitted->id, u"priority"_s, u"high"_s, u"Exploited"_s, (*o)[u"sam"_s]);
    QVERIFY2(objection, Test::why(objection));
    auto carlNow = agenda.todos((*o)[u"carl"_s]);
    QVERIFY2(carlNow, Test::why(carlNow));
    const auto objectionTodo = std::ranges::find(*carlNow, ChangeToDo::Kind::Objection, &ChangeToDo::kind);
    QVERIFY(objectionTodo != carlNow->cend());
    QCOMPARE(objectionTodo->objectionId, objection->id);
    QCOMPARE(objectionTodo->actions, (QStringList {u"accept"_s, u"escalate"_s}));
    const auto onAda = std::ranges::find_if(*carlNow, [&](const ChangeToDo &t) {
        return t.changeId == adaSubmitted->id && t.kind == ChangeToDo::Kind::Transition;
    });
    QVERIFY(onAda != carlNow->cend());
    QCOMPARE(onAda->actions, (QStringList {u"reject"_s, u"reject_duplicate"_s}));
    QVERIFY(ids(u"mia"_s).isEmpty());
    QVERIFY(service.decide(objection->id, ObjectionDecision::Escalate, u"disagree"_s, (*o)[u"carl"_s]));
    QCOMPARE(ids(u"mia"_s),
             (QList<std::pair<qint64, QStringList>> {{adaSubmitted->id, {u"uphold"_s, u"dismiss"_s}}}));
}

void TestChangeAgenda::overdueEvaluationReminder()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto o = office(backend, dir);
    QVERIFY2(o, Test::why(o));
    const ChangeService service(*o->db, WorkflowDefinition::builtIn(), m_clock);
    const ChangeAgenda agenda(*o->db, WorkflowDefinition::builtIn(), m_clock);
    auto later = service.create(draft(u"Evaluate later"_s, {o->printer}), (*o)[u"ann"_s]);
    auto sooner = service.create(draft(u"Evaluate sooner"_s, {o->printer}), (*o)[u"ann"_s]);
    QVERIFY(later && sooner);
    for (const auto &[id, due] :
         {std::pair {later->id, kStart.addDays(14)}, std::pair {sooner->id, kStart.addDays(7)}}) {
        QVERIFY(
            place(*o->db, id, u"implemented"_s, {{u"actual_start"_s, kStart}, {u"actual_end"_s, kStart}}));
        auto started = service.act(id, u"start_evaluation"_s, (*o)[u"carl"_s],
                                   {{u"evaluation_due"_s, ChangeRecordFields::timeText(due)}});
        QVERIFY2(started, Test::why(started));
    }
    // Not due yet: on the list, sooner first, nothing overdue.
    auto before = agenda.todos((*o)[u"carl"_s]);
    QVERIFY2(before, Test::why(before));
    QCOMPARE(before->size(), 2);
    QCOMPARE(before->at(0).changeId, sooner->id);
    QCOMPARE(before->at(0).due, kStart.addDays(7));
    QVERIFY(!before->at(0).overdue);
    QVERIFY(agenda.overdueEvaluations()->isEmpty());

    // Eight days later the sooner one is overdue, and stays so until the review is recorded.
    m_clock.set(kStart.addDays(8));
    auto after = agenda.todos((*o)[u"carl"_s]);
    QVERIFY2(after, Test::why(after));
    QCOMPARE(after->at(0).changeId, sooner->id);
    QVERIFY(after->at(0).overdue);
    QVERIFY(!after->at(1).overdue);
    QCOMPARE(*agenda.overdueEvaluations(), QList<qint64> {sooner->id});
    ChangeRequest review = *service.get(sooner->id);
    review.evaluation.goalReached = true;
    QVERIFY(service.update(review, (*o)[u"carl"_s]));
    QVERIFY(agenda.overdueEvaluations()->isEmpty());
    m_clock.set(kStart.addDays(15));
    QCOMPARE(*agenda.overdueEvaluations(), QList<qint64> {later->id});
}

void TestChangeAgenda::rollBackStampsAndEnds()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto o = office(backend, dir);
    QVERIFY2(o, Test::why(o));
    const ChangeService service(*o->db, WorkflowDefinition::builtIn(), m_clock);
    ChangeRequest request = draft(u"Upgrade the mail server"_s, {o->server});
    request.fallbackPlan = u"Restore the VM snapshot"_s;
    auto created = service.create(request, (*o)[u"ann"_s]);
    QVERIFY2(created, Test::why(created));
    QVERIFY(place(*o->db, created->id, u"implementing"_s, {{u"actual_start"_s, kStart}}));
    m_clock.set(kStart.addSecs(1200));
    auto rolledBack = service.act(created->id, u"roll_back"_s, (*o)[u"ian"_s], {}, u"Mail queue stuck"_s);
    QVERIFY2(rolledBack, Test::why(rolledBack));
    QCOMPARE(rolledBack->rolledBackAt, kStart.addSecs(1200));
    QVERIFY(!rolledBack->endedAt.isValid());
    auto followUp
        = service.create(draft(u"Upgrade the mail server, second try"_s, {o->server}), (*o)[u"ann"_s]);
    QVERIFY2(followUp, Test::why(followUp));
    ChangeRequest review = *rolledBack;
    review.evaluation.goalReached = false;
    QVERIFY(service.update(review, (*o)[u"carl"_s]));
    m_clock.set(kStart.addDays(1));
    auto failed = service.act(created->id, u"close_failed"_s, (*o)[u"carl"_s],
                              {{u"follow_up"_s, QString::number(followUp->id)}}, u"Rolled back"_s);
    QVERIFY2(failed, Test::why(failed));
    QCOMPARE(failed->state, u"failed"_s);
    QCOMPARE(failed->endedAt, kStart.addDays(1));
    QCOMPARE(failed->rolledBackAt, kStart.addSecs(1200));
}

void TestChangeAgenda::kpisPerMonth()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto o = office(backend, dir);
    QVERIFY2(o, Test::why(o));
    const ChangeService service(*o->db, WorkflowDefinition::builtIn(), m_clock);
    const ChangeAgenda agenda(*o->db, WorkflowDefinition::builtIn(), m_clock);
    const Database &db = *o->db;
    // March: four created (one emergency); two succeed in March (serious after 4 and 10 days),
    // one is rejected. April: one rolled back and failed, one succeeds (minor after 30 days).
    struct Row {
        QString type;
        QString category;
        QString state;
        QDateTime created;
        QDateTime ended;
        bool started;
        bool rolledBack;
    };
    const QList<Row> rows {
        {u"normal"_s, u"serious"_s, u"closed"_s, at(3, 1), at(3, 5), true, false},
        {u"normal"_s, u"serious"_s, u"closed"_s, at(3, 2), at(3, 12), true, false},
        {u"emergency"_s, u"serious"_s, u"rejected"_s, at(3, 3), at(3, 4), false, false},
        {u"normal"_s, u"minor"_s, u"closed"_s, at(3, 20), at(4, 19), true, false},
        {u"normal"_s, u"minor"_s, u"failed"_s, at(4, 1), at(4, 3), true, true},
        {u"normal"_s, u"minor"_s, u"submitted"_s, at(4, 2), {}, false, false},
    };
    for (const Row &r : rows) {
        m_clock.set(r.created);
        ChangeRequest request = draft(u"KPI %1"_s.arg(r.created.toString(Qt::ISODate)), {o->printer});
        request.type = r.type;
        auto created = service.create(request, (*o)[u"ann"_s]);
        QVERIFY2(created, Test::why(created));
        QVariantMap times {{u"category"_s, r.category}};
        if (r.ended.isValid())
            times.insert(u"ended_at"_s, r.ended);
        if (r.started)
            times.insert(u"actual_start"_s, r.created.addDays(1));
        if (r.rolledBack)
            times.insert(u"rolled_back_at"_s, r.created.addDays(1));
        QVERIFY2(place(db, created->id, r.state, times), qPrintable(r.state));
    }
    // Evaluations: one due in March done late, one due in April done on time, one due in April not
    // done (overdue from the clock's point of view in May).
    auto list = service.list();
    QVERIFY2(list, Test::why(list));
    QVERIFY(place(db, list->at(5).id, u"closed"_s,
                  {{u"evaluation_due"_s, at(3, 10)}, {u"evaluated_at"_s, at(3, 11)}}));
    QVERIFY(place(db, list->at(4).id, u"closed"_s,
                  {{u"evaluation_due"_s, at(4, 10)}, {u"evaluated_at"_s, at(4, 9)}}));
    QVERIFY(place(db, list->at(0).id, u"submitted"_s, {{u"evaluation_due"_s, at(4, 20)}}));
    m_clock.set(at(5, 2));

    auto kpis = agenda.kpis(QDate(2026, 3, 15), QDate(2026, 5, 1));
    QVERIFY2(kpis, Test::why(kpis));
    QCOMPARE(kpis->size(), 3);
    const MonthKpi &march = kpis->at(0);
    QCOMPARE(march.month, QDate(2026, 3, 1));
    QCOMPARE(march.created, 4);
    QCOMPARE(march.emergency, 1);
    QCOMPARE(march.emergencyShare(), 0.25);
    QCOMPARE(march.ended, 3);
    QCOMPARE(march.succeeded, 2);
    QCOMPARE(march.rejected, 1);
    QCOMPARE(march.failed, 0);
    QCOMPARE(march.successRate(), 1.0);
    QCOMPARE(march.rollbackRate(), 0.0);
    QCOMPARE(march.medianLeadDays.value(u"serious"_s), 7.0);
    QCOMPARE(march.evaluationsDue, 1);
    QCOMPARE(march.evaluationsOverdue, 1);
    const MonthKpi &april = kpis->at(1);
    QCOMPARE(april.created, 2);
    QCOMPARE(april.emergencyShare(), 0.0);
    QCOMPARE(april.succeeded, 1);
    QCOMPARE(april.failed, 1);
    QCOMPARE(april.rolledBack, 1);
    QCOMPARE(april.successRate(), 0.5);
    QCOMPARE(april.rollbackRate(), 0.5);
    QCOMPARE(april.medianLeadDays.value(u"minor"_s), 30.0);
    QCOMPARE(april.evaluationsDue, 2);
    QCOMPARE(april.evaluationsOverdue, 1);
    const MonthKpi &may = kpis->at(2);
    QCOMPARE(may.created, 0);
    QCOMPARE(may.successRate(), -1.0);
    QCOMPARE(may.emergencyShare(), -1.0);

    auto backwards = agenda.kpis(QDate(2026, 5, 1), QDate(2026, 3, 1));
    QVERIFY(!backwards);
    QCOMPARE(backwards.error().kind, ErrorKind::InvalidInput);
}

QTEST_GUILESS_MAIN(TestChangeAgenda)
#include "tst_changeagenda.moc"
