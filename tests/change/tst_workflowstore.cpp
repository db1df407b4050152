// The workflow definition in force (issue 4): the shipped default until an administrator installs
// another, kept with its history and audit event, refused when it does not validate or would
// strand requests, and used by the rules from then on; on SQLite and PostgreSQL.

#include "changetestsupport.h"

#include "audit/auditlog.h"
#include "change/changeservice.h"
#include "change/workflowstore.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

namespace {

using Test::draft;
using Test::kStart;

// The shipped definition with the agency's own rule: nothing is submitted without its cost.
QByteArray agencyWorkflow()
{
    QByteArray json = WorkflowDefinition::builtInJson();
    const QByteArray submit
        = "\"requires\": [\"title\", \"description\", \"reason\", \"applicant\", \"affected\", \"type\"]";
    Q_ASSERT(json.contains(submit));
    json.replace(
        submit,
        "\"requires\": [\"title\", \"description\", \"reason\", \"applicant\", \"affected\", \"type\", "
        "\"cost\"]");
    json.replace("\"name\": \"BSI OPS.1.1.3\"", "\"name\": \"Agency 2027\"");
    return json;
}

// A definition without most of the shipped states.
const QByteArray kTiny = R"({"format": "changedesk-workflow", "version": 1, "name": "Tiny",
  "states": [{"id": "draft", "initial": true}, {"id": "done", "final": true}],
  "transitions": [{"action": "finish", "from": ["draft"], "to": "done", "roles": ["change_manager"]}]})";

} // namespace

class TestWorkflowStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_clock.set(kStart); }
    void shippedUntilInstalled_data() { Test::addBackendColumn(); }
    void shippedUntilInstalled();
    void refusals_data() { Test::addBackendColumn(); }
    void refusals();
    void editedByHand();

private:
    ManualClock m_clock {kStart};
};

void TestWorkflowStore::shippedUntilInstalled()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto o = Test::office(backend, dir);
    QVERIFY2(o, Test::why(o));
    const WorkflowStore store(*o->db, m_clock);
    auto current = store.current();
    QVERIFY2(current, Test::why(current));
    QVERIFY(current->shipped());
    QCOMPARE(current->name, u"BSI OPS.1.1.3"_s);
    QCOMPARE(*store.activeJson(), WorkflowDefinition::builtInJson());
    QCOMPARE(store.history()->size(), 0);

    m_clock.set(kStart.addDays(3));
    const QByteArray json = agencyWorkflow();
    auto installed = store.install(json, u"agency.json"_s, (*o)[u"adm"_s]);
    QVERIFY2(installed, Test::why(installed));
    QCOMPARE(installed->name, u"Agency 2027"_s);
    QCOMPARE(installed->sha256,
             QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex()));
    current = store.current();
    QVERIFY2(current, Test::why(current));
    QVERIFY(!current->shipped());
    QCOMPARE(current->id, installed->id);
    QCOMPARE(current->installedByLogin, u"adm"_s);
    QCOMPARE(current->installedAt, kStart.addDays(3));
    QCOMPARE(*store.activeJson(), json);
    auto active = store.active();
    QVERIFY2(active, Test::why(active));
    QCOMPARE(active->name(), u"Agency 2027"_s);

    // The audit trail says who replaced which rules by which.
    auto events = AuditLog(*o->db).eventsFor(u"workflow"_s, installed->id);
    QVERIFY2(events, Test::why(events));
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->constFirst().action, u"workflow.install"_s);
    QCOMPARE(events->constFirst().before->value(u"name"_s).toString(), u"BSI OPS.1.1.3"_s);
    QCOMPARE(events->constFirst().before->value(u"shipped"_s).toBool(), true);
    QCOMPARE(events->constFirst().after->value(u"sha256"_s).toString(), installed->sha256);

    // The rules follow it: no submission without the cost.
    const ChangeService service(*o->db, *active, m_clock);
    auto request = service.create(draft(u"Patch the printer"_s, {o->printer}), (*o)[u"ann"_s]);
    QVERIFY2(request, Test::why(request));
    auto refused = service.act(request->id, u"submit"_s, (*o)[u"ann"_s]);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(ChangeFields::label(u"cost"_s)),
             qPrintable(refused.error().message));
    auto submitted = service.act(request->id, u"submit"_s, (*o)[u"ann"_s], {{u"cost"_s, u"2 hours"_s}});
    QVERIFY2(submitted, Test::why(submitted));
    QCOMPARE(submitted->state, u"submitted"_s);

    // Back to the shipped rules: a second installation; both are kept.
    m_clock.set(kStart.addDays(5));
    auto back = store.install(WorkflowDefinition::builtInJson(), u"shipped.json"_s, (*o)[u"adm"_s]);
    QVERIFY2(back, Test::why(back));
    auto history = store.history();
    QVERIFY2(history, Test::why(history));
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(0).name, u"Agency 2027"_s);
    QCOMPARE(history->at(1).name, u"BSI OPS.1.1.3"_s);
    QCOMPARE(store.active()->name(), u"BSI OPS.1.1.3"_s);
    QVERIFY(AuditLog(*o->db).verify()->intact());
}

void TestWorkflowStore::refusals()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto o = Test::office(backend, dir);
    QVERIFY2(o, Test::why(o));
    const WorkflowStore store(*o->db, m_clock);
    const auto unchanged = [&] {
        auto history = store.history();
        auto events = AuditLog(*o->db).eventsFor(u"workflow"_s, 1);
        return history && history->isEmpty() && events && events->isEmpty();
    };

    // Only an administrator; not even the change manager.
    for (const QString &login : {u"carl"_s, u"ann"_s, u"aud"_s}) {
        auto refused = store.install(agencyWorkflow(), u"agency.json"_s, (*o)[login]);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::ReadOnly);
        QVERIFY2(refused.error().message.contains(u"Only an administrator"_s),
                 qPrintable(refused.error().message));
    }
    // One that does not validate: the file and the problem.
    QByteArray broken = agencyWorkflow();
    broken.replace("\"roles\": [\"security_management\"]", "\"roles\": [\"ciso\"]");
    auto invalid = store.install(broken, u"agency.json"_s, (*o)[u"adm"_s]);
    QVERIFY(!invalid);
    QCOMPARE(invalid.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(invalid.error().message.contains(u"agency.json"_s)
                 && invalid.error().message.contains(u"'ciso'"_s),
             qPrintable(invalid.error().message));
    QVERIFY(unchanged());

    // One that strands requests: a submitted request has no state in Tiny.
    const ChangeService service(*o->db, WorkflowDefinition::builtIn(), m_clock);
    auto request = service.create(draft(u"Patch the printer"_s, {o->printer}), (*o)[u"ann"_s]);
    QVERIFY2(request, Test::why(request));
    QVERIFY(service.act(request->id, u"submit"_s, (*o)[u"ann"_s]));
    auto stranding = store.install(kTiny, u"tiny.json"_s, (*o)[u"adm"_s]);
    QVERIFY(!stranding);
    QCOMPARE(stranding.error().kind, ErrorKind::Conflict);
    QVERIFY2(stranding.error().message.contains(u"tiny.json"_s)
                 && stranding.error().message.contains(u"1 request(s) in 'submitted'"_s),
             qPrintable(stranding.error().message));
    QVERIFY(unchanged());
    QCOMPARE(store.active()->name(), u"BSI OPS.1.1.3"_s);
}

void TestWorkflowStore::editedByHand()
{
    // Someone changes the stored text with sqlite3: the rules are not silently replaced by others.
    QTemporaryDir dir;
    auto o = Test::office(u"sqlite"_s, dir);
    QVERIFY2(o, Test::why(o));
    const WorkflowStore store(*o->db, m_clock);
    auto installed = store.install(agencyWorkflow(), u"agency.json"_s, (*o)[u"adm"_s]);
    QVERIFY2(installed, Test::why(installed));
    QVERIFY(
        o->db->exec(u"UPDATE workflow_definition SET definition = replace(definition, '\"initial\": true', "
                    "'\"initial\": false')"_s));
    auto active = store.active();
    QVERIFY(!active);
    QCOMPARE(active.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(active.error().message.contains(u"The workflow definition 'Agency 2027' (installed 2026-"_s),
             qPrintable(active.error().message));
}

QTEST_GUILESS_MAIN(TestWorkflowStore)
#include "tst_workflowstore.moc"
