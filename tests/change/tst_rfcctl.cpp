// changedeskctl person … and rfc … through the real executable, on real SQLite files and the
// PostgreSQL fixture: people and their roles, a request for change created from a JSON file and
// taken from draft to closed, the workflow's refusals (exit 1, the reason on standard error), bad
// input (exit 2), objections and their escalation, attachments and duplicates.
//
// On PostgreSQL everybody acts as the login of the connection, so there the fixture's login holds
// every role and names another person as the applicant; the cases that need two different people
// acting (four-eyes, the wrong role, somebody else's request) run on SQLite only.

#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <optional>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

namespace {

// A demo municipality with two CIs of known protection needs and the people of a change process.
struct Desk {
    QString backend;
    QString db;
    QProcessEnvironment env;
    QString self; // PostgreSQL: the fixture's login, which acts for everybody

    Test::ProcessResult ctl(const QStringList &args) const
    {
        return Test::runCtl(QStringList {u"--db"_s, db} + args, env);
    }
    // Acting as `login`: --as on SQLite; on PostgreSQL the connection's login, which holds every role.
    QStringList as(const QString &login) const
    {
        return backend == u"sqlite" ? QStringList {u"--as"_s, login} : QStringList {};
    }
    QStringList actAs(const QString &login, const QStringList &args) const
    {
        return QStringList {u"rfc"_s} + args + as(login);
    }
};

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A request for change as rfc create reads it.
QJsonObject request(const QString &title, const QStringList &cis, const QString &description = {})
{
    return {{u"title"_s, title},
            {u"description"_s,
             description.isEmpty() ? u"Install the vendor's cumulative update on %1."_s.arg(cis.join(u", "_s))
                                   : description},
            {u"reason"_s, u"Security advisory of the vendor"_s},
            {u"affected"_s, QJsonObject {{u"cis"_s, QJsonArray::fromStringList(cis)}}}};
}

QStringList historyActions(const QJsonObject &shown)
{
    QStringList actions;
    for (const QJsonValue &event : shown.value(u"history"_s).toArray())
        actions << event.toObject().value(u"action"_s).toString();
    return actions;
}

QStringList strings(const QJsonValue &array)
{
    QStringList list;
    for (const QJsonValue &v : array.toArray())
        list << (v.isString() ? v.toString() : QString::number(v.toInteger()));
    return list;
}

} // namespace

class TestRfcCtl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void people_data() { Test::addBackendColumn(); }
    void people();
    void wholePathDraftToClosed_data() { Test::addBackendColumn(); }
    void wholePathDraftToClosed();
    void refusals();
    void badInput_data();
    void badInput();
    void objectionEscalatedAndUpheld_data() { Test::addBackendColumn(); }
    void objectionEscalatedAndUpheld();
    void attachmentsRoundTrip_data() { Test::addBackendColumn(); }
    void attachmentsRoundTrip();
    void duplicatesOffered_data() { Test::addBackendColumn(); }
    void duplicatesOffered();
    void usageNamesTheCommands();
    void todosAndKeyFigures();

private:
    std::optional<Desk> prepare(const QString &backend, const QTemporaryDir &dir);
    // rfc create from `json` written to a file in `dir`; the new request's JSON.
    QJsonObject create(const Desk &desk, const QTemporaryDir &dir, const QJsonObject &json,
                       const QString &login);
    // rfc act, which must succeed; the record afterwards.
    QJsonObject act(const Desk &desk, qint64 id, const QString &action, const QString &login,
                    const QStringList &more = {});
};

std::optional<Desk> TestRfcCtl::prepare(const QString &backend, const QTemporaryDir &dir)
{
    Desk desk;
    desk.backend = backend;
    auto url = Test::freshUrl(backend, dir);
    if (!url) {
        QTest::qFail(Test::why(url), __FILE__, __LINE__);
        return std::nullopt;
    }
    desk.db = url->toDisplayString();
    desk.env = backend == u"postgresql" ? Test::postgresEnvironment() : QProcessEnvironment();
    const auto check = [](const Test::ProcessResult &run) {
        if (run.exitCode == 0)
            return true;
        QTest::qFail(run.describe(), __FILE__, __LINE__);
        return false;
    };
    // Units, groups and CIs of the small demo, and two CIs whose protection needs the test knows.
    if (!check(desk.ctl({u"demo-data"_s, u"--scale"_s, u"small"_s, u"--without-requests"_s})))
        return std::nullopt;
    const QString csv = dir.filePath(u"cis.csv"_s);
    if (!writeFile(csv, "name,class,availability\nweb-01,server,high\nprinter-9,printer,normal\n")
        || !check(desk.ctl({u"ci"_s, u"import"_s, csv})))
        return std::nullopt;

    // The first administrator is named by anybody; everybody else is added by them.
    QString admin = u"adm"_s;
    QStringList adminRoles {u"administrator"_s};
    if (backend == u"postgresql") {
        auto fixture = Test::postgresFixture();
        if (!fixture) {
            QTest::qFail(Test::why(fixture), __FILE__, __LINE__);
            return std::nullopt;
        }
        desk.self = admin = fixture->adminUrl.userName();
        adminRoles << u"applicant"_s << u"change_manager"_s << u"cab_member"_s << u"security_management"_s
                   << u"implementer"_s << u"management"_s;
    }
    if (!check(desk.ctl({u"person"_s, u"add"_s, admin, u"--name"_s, u"Ada Admin"_s, u"--roles"_s,
                         adminRoles.join(u","_s)})))
        return std::nullopt;
    const QList<std::array<QString, 3>> staff {{u"ann"_s, u"Ann Jansen"_s, u"applicant"_s},
                                               {u"ada"_s, u"Ada Smit"_s, u"applicant"_s},
                                               {u"carl"_s, u"Carl Visser"_s, u"change_manager"_s},
                                               {u"bea"_s, u"Bea Bakker"_s, u"cab_member"_s},
                                               {u"sam"_s, u"Sam Meijer"_s, u"security_management"_s},
                                               {u"ian"_s, u"Ian de Vries"_s, u"implementer"_s},
                                               {u"mia"_s, u"Mia Mulder"_s, u"management"_s},
                                               {u"dual"_s, u"Dual Role"_s, u"applicant,change_manager"_s}};
    for (const auto &[login, name, roles] : staff) {
        if (backend == u"postgresql" && login != u"ann")
            continue; // the fixture's login acts for all of them
        if (!check(desk.ctl(QStringList {u"person"_s, u"add"_s, login, u"--name"_s, name, u"--unit"_s,
                                         u"IT"_s, u"--roles"_s, roles}
                            + desk.as(admin))))
            return std::nullopt;
    }
    return desk;
}

QJsonObject TestRfcCtl::create(const Desk &desk, const QTemporaryDir &dir, const QJsonObject &json,
                               const QString &login)
{
    static int n = 0;
    const QString file = dir.filePath(u"rfc-%1.json"_s.arg(++n));
    if (!writeFile(file, QJsonDocument(json).toJson())) {
        QTest::qFail("cannot write the request's file", __FILE__, __LINE__);
        return {};
    }
    const auto created = desk.ctl(QStringList {u"--json"_s} + desk.actAs(login, {u"create"_s, file}));
    if (created.exitCode != 0) {
        QTest::qFail(created.describe(), __FILE__, __LINE__);
        return {};
    }
    return created.json();
}

QJsonObject TestRfcCtl::act(const Desk &desk, qint64 id, const QString &action, const QString &login,
                            const QStringList &more)
{
    const auto run
        = desk.ctl(QStringList {u"--json"_s}
                   + desk.actAs(login, QStringList {u"act"_s, QString::number(id), action} + more));
    if (run.exitCode != 0) {
        QTest::qFail(run.describe(), __FILE__, __LINE__);
        return {};
    }
    return run.json();
}

void TestRfcCtl::people()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    const auto desk = prepare(backend, dir);
    QVERIFY(desk);
    const QString admin = backend == u"sqlite" ? u"adm"_s : desk->self;

    // Everybody with their unit and roles, as JSON and as an aligned table.
    const auto listed = desk->ctl({u"--json"_s, u"person"_s, u"list"_s});
    QVERIFY2(listed.exitCode == 0, listed.describe());
    QJsonObject ann;
    for (const QJsonValue &v : listed.json().value(u"people"_s).toArray()) {
        if (v.toObject().value(u"login"_s).toString() == u"ann")
            ann = v.toObject();
    }
    QCOMPARE(ann.value(u"name"_s).toString(), u"Ann Jansen"_s);
    QCOMPARE(ann.value(u"unit"_s).toString(), u"IT"_s);
    QCOMPARE(strings(ann.value(u"roles"_s)), QStringList {u"applicant"_s});
    const auto table = desk->ctl({u"person"_s, u"list"_s});
    QVERIFY2(table.exitCode == 0, table.describe());
    QVERIFY2(table.out.contains(QRegularExpression(u"(?m)^Login +Name +Unit +Roles$"_s)), table.describe());
    QVERIFY2(table.out.contains(QRegularExpression(u"(?m)^ann +Ann Jansen +IT +applicant$"_s)),
             table.describe());

    // The administrator grants, revokes and sets roles.
    auto roles = desk->ctl(
        QStringList {u"--json"_s, u"person"_s, u"roles"_s, u"ann"_s, u"--grant"_s, u"implementer"_s}
        + desk->as(admin));
    QVERIFY2(roles.exitCode == 0, roles.describe());
    QCOMPARE(strings(roles.json().value(u"roles"_s)), (QStringList {u"applicant"_s, u"implementer"_s}));
    roles = desk->ctl(QStringList {u"person"_s, u"roles"_s, u"ann"_s, u"--revoke"_s, u"applicant"_s}
                      + desk->as(admin));
    QVERIFY2(roles.exitCode == 0, roles.describe());
    QVERIFY2(roles.out.contains(u"ann now has the roles: implementer (Implementer)."_s), roles.describe());
    roles = desk->ctl(
        QStringList {u"--json"_s, u"person"_s, u"roles"_s, u"ann"_s, u"--set"_s, u"applicant,auditor"_s}
        + desk->as(admin));
    QCOMPARE(strings(roles.json().value(u"roles"_s)), (QStringList {u"applicant"_s, u"auditor"_s}));
    const auto shown = desk->ctl({u"person"_s, u"roles"_s, u"ann"_s});
    QVERIFY2(shown.out.contains(u"ann has the roles: applicant, auditor (Applicant, Auditor)."_s),
             shown.describe());

    // Bad input: exit 2, nothing added.
    const auto unknownRole = desk->ctl(
        QStringList {u"person"_s, u"roles"_s, u"ann"_s, u"--grant"_s, u"boss"_s} + desk->as(admin));
    QCOMPARE(unknownRole.exitCode, 2);
    QVERIFY2(unknownRole.err.contains(u"'boss' is not a role"_s), unknownRole.describe());
    const auto twoChanges = desk->ctl(
        {u"person"_s, u"roles"_s, u"ann"_s, u"--grant"_s, u"auditor"_s, u"--revoke"_s, u"applicant"_s});
    QCOMPARE(twoChanges.exitCode, 2);
    const auto noName = desk->ctl({u"person"_s, u"add"_s, u"zed"_s});
    QCOMPARE(noName.exitCode, 2);
    QVERIFY2(noName.err.contains(u"--name"_s), noName.describe());
    const auto twice = desk->ctl(QStringList {u"person"_s, u"add"_s, u"ann"_s, u"--name"_s, u"Ann Again"_s}
                                 + desk->as(admin));
    QCOMPARE(twice.exitCode, 2);
    QVERIFY2(twice.err.contains(u"'ann' already exists"_s), twice.describe());
    const auto badUnit = desk->ctl(
        QStringList {u"person"_s, u"add"_s, u"zed"_s, u"--name"_s, u"Zed"_s, u"--unit"_s, u"ZOO"_s}
        + desk->as(admin));
    QCOMPARE(badUnit.exitCode, 2);
    QVERIFY2(badUnit.err.contains(u"'ZOO'"_s), badUnit.describe());

    // Once there is an administrator, nobody else adds people or hands out roles.
    if (backend == u"sqlite") {
        const auto byAnn
            = desk->ctl({u"person"_s, u"add"_s, u"zed"_s, u"--name"_s, u"Zed"_s, u"--as"_s, u"ann"_s});
        QCOMPARE(byAnn.exitCode, 1);
        QVERIFY2(byAnn.err.contains(u"Only an administrator may add people; ann is not one."_s),
                 byAnn.describe());
        const auto grant = desk->ctl(
            {u"person"_s, u"roles"_s, u"ann"_s, u"--grant"_s, u"change_manager"_s, u"--as"_s, u"ann"_s});
        QCOMPARE(grant.exitCode, 1);
        QVERIFY2(grant.err.contains(u"Only an administrator may give people roles."_s), grant.describe());
        const auto byOs = desk->ctl({u"person"_s, u"add"_s, u"zed"_s, u"--name"_s, u"Zed"_s});
        QCOMPARE(byOs.exitCode, 1); // the operating-system user has no person here
    } else {
        const auto asAnn
            = desk->ctl({u"person"_s, u"add"_s, u"zed"_s, u"--name"_s, u"Zed"_s, u"--as"_s, u"ann"_s});
        QCOMPARE(asAnn.exitCode, 1);
        QVERIFY2(asAnn.err.contains(u"cannot act as 'ann'"_s), asAnn.describe());
        // The fixture's login hands the administration to ann and is then refused itself.
        QCOMPARE(desk->ctl({u"person"_s, u"roles"_s, u"ann"_s, u"--grant"_s, u"administrator"_s}).exitCode,
                 0);
        QCOMPARE(desk->ctl({u"person"_s, u"roles"_s, desk->self, u"--set"_s, u"applicant"_s}).exitCode, 0);
        const auto refused = desk->ctl({u"person"_s, u"add"_s, u"zed"_s, u"--name"_s, u"Zed"_s});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"Only an administrator may add people"_s), refused.describe());
        const auto regain
            = desk->ctl({u"person"_s, u"roles"_s, desk->self, u"--grant"_s, u"administrator"_s});
        QCOMPARE(regain.exitCode, 1);
        QVERIFY2(regain.err.contains(u"Only an administrator may give people roles."_s), regain.describe());
    }
    const auto after = desk->ctl({u"--json"_s, u"person"_s, u"list"_s});
    QCOMPARE(after.json().value(u"count"_s).toInt(), listed.json().value(u"count"_s).toInt());

    // Adding people and changing roles are events of the audit trail, which stays intact.
    const auto events = desk->ctl({u"--json"_s, u"audit"_s, u"list"_s, u"--limit"_s, u"1000"_s});
    QVERIFY2(events.exitCode == 0, events.describe());
    QStringList actions;
    for (const QJsonValue &e : events.json().value(u"events"_s).toArray())
        actions << e.toObject().value(u"action"_s).toString();
    QVERIFY2(actions.contains(u"person.add"_s) && actions.contains(u"person.roles"_s),
             qPrintable(actions.join(u' ')));
    QCOMPARE(desk->ctl({u"audit"_s, u"verify"_s}).exitCode, 0);
}

void TestRfcCtl::wholePathDraftToClosed()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    const auto desk = prepare(backend, dir);
    QVERIFY(desk);

    // A normal change of a server that needs high availability: the CAB decides on it.
    QJsonObject json = request(u"Patch web-01"_s, {u"web-01"_s});
    json.insert(u"affected"_s,
                QJsonObject {{u"cis"_s, QJsonArray {u"web-01"_s}},
                             {u"groups"_s, QJsonArray {u"Critical systems"_s}}});
    json.insert(u"department"_s, u"IT"_s);
    json.insert(u"applicant"_s, u"ann"_s);
    json.insert(u"security_relevant"_s, false);
    json.insert(u"impact"_s, u"Web shop down for 30 minutes"_s);
    json.insert(u"rollout_waves"_s,
                QJsonArray {QJsonObject {{u"name"_s, u"Pilot"_s},
                                         {u"group"_s, u"Pilot Stadhuis"_s},
                                         {u"go_criteria"_s, u"No errors for a day"_s},
                                         {u"break_point"_s, true},
                                         {u"planned_start"_s, u"2026-12-01T18:00"_s},
                                         {u"planned_end"_s, u"2026-12-01T19:00"_s}},
                            QJsonObject {{u"name"_s, u"Everything else"_s}, {u"break_point"_s, false}}});
    json.insert(u"test_cases"_s,
                QJsonArray {QJsonObject {{u"description"_s, u"Open the start page"_s},
                                         {u"expected"_s, u"HTTP 200"_s}}});
    const QJsonObject created = create(*desk, dir, json, u"ann"_s);
    const qint64 id = created.value(u"id"_s).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(created.value(u"state"_s).toString(), u"draft"_s);
    QCOMPARE(created.value(u"title"_s).toString(), u"Patch web-01"_s);
    QCOMPARE(created.value(u"impact"_s).toString(), u"Web shop down for 30 minutes"_s);
    QCOMPARE(created.value(u"rollout_waves"_s).toArray().size(), 2);
    QCOMPARE(
        created.value(u"rollout_waves"_s).toArray().at(0).toObject().value(u"planned_start"_s).toString(),
        u"2026-12-01T18:00:00.000Z"_s);
    QCOMPARE(created.value(u"test_cases"_s).toArray().size(), 1);
    QCOMPARE(created.value(u"similar"_s).toArray().size(), 0);

    // Shown with names, not ids.
    auto shown = desk->ctl({u"--json"_s, u"rfc"_s, u"show"_s, QString::number(id)});
    QVERIFY2(shown.exitCode == 0, shown.describe());
    QJsonObject names = shown.json().value(u"names"_s).toObject();
    QCOMPARE(names.value(u"applicant"_s).toString(), u"ann"_s);
    QCOMPARE(names.value(u"department"_s).toString(), u"IT"_s);
    QCOMPARE(strings(names.value(u"cis"_s)), QStringList {u"web-01"_s});
    QCOMPARE(strings(names.value(u"groups"_s)), QStringList {u"Critical systems"_s});
    QCOMPARE(shown.json().value(u"suggestion"_s).toObject().value(u"category"_s).toString(), u"serious"_s);
    const QString suggestedPriority
        = shown.json().value(u"suggestion"_s).toObject().value(u"priority"_s).toString();

    const QJsonObject submitted = act(*desk, id, u"submit"_s, u"ann"_s);
    QCOMPARE(submitted.value(u"state"_s).toString(), u"submitted"_s);
    QCOMPARE(submitted.value(u"transition"_s).toObject().value(u"from"_s).toString(), u"draft"_s);
    QCOMPARE(submitted.value(u"similar"_s).toArray().size(), 0);
    act(*desk, id, u"accept"_s, u"carl"_s);

    // Classifying needs priority, category and resources: refused with what is missing.
    const auto early = desk->ctl(desk->actAs(u"carl"_s, {u"act"_s, QString::number(id), u"classify"_s}));
    QCOMPARE(early.exitCode, 1);
    QVERIFY2(early.err.contains(
                 u"'classify' needs these fields filled in first: Priority, Category, Resources."_s),
             early.describe());
    act(*desk, id, u"classify"_s, u"carl"_s,
        {u"--set"_s, u"priority="_s + suggestedPriority, u"--set"_s, u"category=serious"_s, u"--set"_s,
         u"resources=One administrator, two hours"_s});
    act(*desk, id, u"request_cab_review"_s, u"carl"_s,
        {u"--set"_s, u"change_manager_recommendation=Approve"_s});
    const QJsonObject authorized
        = act(*desk, id, u"cab_authorize"_s, u"bea"_s,
              {u"--set"_s, u"cab_recommendation=Approved in the weekly CAB"_s, u"--set"_s,
               u"test_plan=Smoke test of the web shop"_s, u"--set"_s, u"fallback_plan=Restore the snapshot"_s,
               u"--set"_s, u"fallback_criteria=Web shop not answering after 15 minutes"_s});
    QCOMPARE(authorized.value(u"state"_s).toString(), u"authorized"_s);
    QVERIFY(!authorized.value(u"authorized_at"_s).toString().isEmpty());
    act(*desk, id, u"schedule"_s, u"carl"_s,
        {u"--set"_s, u"planned_start=2026-12-01T18:00"_s, u"--set"_s,
         u"planned_end=2026-12-01T21:00+01:00"_s});
    const QJsonObject started = act(*desk, id, u"start"_s, u"ian"_s);
    QVERIFY(!started.value(u"actual_start"_s).toString().isEmpty());
    QCOMPARE(started.value(u"planned_end"_s).toString(), u"2026-12-01T20:00:00.000Z"_s);

    // Completing needs every test case's result, which the implementer records.
    const auto untested = desk->ctl(desk->actAs(u"ian"_s, {u"act"_s, QString::number(id), u"complete"_s}));
    QCOMPARE(untested.exitCode, 1);
    QVERIFY2(untested.err.contains(u"Test results"_s), untested.describe());
    const auto tested = desk->ctl(QStringList {u"--json"_s}
                                  + desk->actAs(u"ian"_s,
                                                {u"test"_s, QString::number(id), u"1"_s, u"--result"_s,
                                                 u"passed"_s, u"--actual"_s, u"HTTP 200 in 80 ms"_s}));
    QVERIFY2(tested.exitCode == 0, tested.describe());
    const QJsonObject testCase = tested.json().value(u"test_cases"_s).toArray().at(0).toObject();
    QCOMPARE(testCase.value(u"result"_s).toString(), u"passed"_s);
    QCOMPARE(testCase.value(u"actual"_s).toString(), u"HTTP 200 in 80 ms"_s);
    QVERIFY(!testCase.value(u"tested_at"_s).toString().isEmpty());
    const auto wave = desk->ctl(desk->actAs(
        u"ian"_s,
        {u"wave"_s, QString::number(id), u"1"_s, u"--status"_s, u"passed"_s, u"--note"_s, u"No errors"_s}));
    QVERIFY2(wave.exitCode == 0, wave.describe());
    QVERIFY2(wave.out.contains(u"Rollout wave 1 of request for change #%1 ('Pilot'): passed."_s.arg(id)),
             wave.describe());
    act(*desk, id, u"complete"_s, u"ian"_s);
    act(*desk, id, u"start_evaluation"_s, u"carl"_s, {u"--set"_s, u"evaluation_due=2026-12-15T09:00Z"_s});

    // Closing needs the evaluation.
    const auto unevaluated = desk->ctl(desk->actAs(u"carl"_s, {u"act"_s, QString::number(id), u"close"_s}));
    QCOMPARE(unevaluated.exitCode, 1);
    QVERIFY2(unevaluated.err.contains(u"Evaluation"_s), unevaluated.describe());
    const auto evaluated
        = desk->ctl(QStringList {u"--json"_s}
                    + desk->actAs(u"carl"_s,
                                  {u"evaluate"_s, QString::number(id), u"--goal-reached"_s, u"yes"_s,
                                   u"--users-satisfied"_s, u"yes"_s, u"--budget-kept"_s, u"yes"_s,
                                   u"--schedule-kept"_s, u"no"_s, u"--side-effects"_s, u"None"_s}));
    QVERIFY2(evaluated.exitCode == 0, evaluated.describe());
    const QJsonObject evaluation = evaluated.json().value(u"evaluation"_s).toObject();
    QCOMPARE(evaluation.value(u"goal_reached"_s).toBool(), true);
    QCOMPARE(evaluation.value(u"schedule_kept"_s).toBool(true), false);
    QVERIFY(!evaluation.value(u"evaluated_at"_s).toString().isEmpty());
    const QJsonObject closed = act(*desk, id, u"close"_s, u"carl"_s);
    QCOMPARE(closed.value(u"state"_s).toString(), u"closed"_s);

    // The whole record: its history in order with who acted, and nothing left to do.
    shown = desk->ctl(QStringList {u"--json"_s, u"rfc"_s, u"show"_s, QString::number(id)}
                      + desk->as(u"carl"_s));
    QVERIFY2(shown.exitCode == 0, shown.describe());
    const QJsonObject record = shown.json();
    QCOMPARE(record.value(u"state"_s).toString(), u"closed"_s);
    QCOMPARE(historyActions(record),
             (QStringList {u"change.create"_s, u"change.submit"_s, u"change.accept"_s, u"change.classify"_s,
                           u"change.request_cab_review"_s, u"change.cab_authorize"_s, u"change.schedule"_s,
                           u"change.start"_s, u"change.update"_s, u"change.update"_s, u"change.complete"_s,
                           u"change.start_evaluation"_s, u"change.update"_s, u"change.close"_s}));
    const QJsonArray history = record.value(u"history"_s).toArray();
    QCOMPARE(history.at(5).toObject().value(u"to"_s).toString(), u"authorized"_s);
    if (backend == u"sqlite") {
        QCOMPARE(history.at(0).toObject().value(u"actor"_s).toString(), u"ann"_s);
        QCOMPARE(history.at(5).toObject().value(u"actor"_s).toString(), u"bea"_s);
        QCOMPARE(history.at(13).toObject().value(u"actor"_s).toString(), u"carl"_s);
    } else {
        QCOMPARE(history.at(5).toObject().value(u"actor"_s).toString(), desk->self);
    }
    QCOMPARE(record.value(u"available"_s).toArray().size(), 0);
    QCOMPARE(record.value(u"possible"_s).toArray().size(), 0);
    QCOMPARE(record.value(u"rollout_waves"_s).toArray().at(0).toObject().value(u"status"_s).toString(),
             u"passed"_s);

    // In words: labels, names, the waves and tests, the history and that nothing follows.
    const auto text = desk->ctl({u"rfc"_s, u"show"_s, QString::number(id)});
    QVERIFY2(text.exitCode == 0, text.describe());
    for (const QString &expected :
         {u"Request for change #%1: Patch web-01"_s.arg(id), u"Applicant:"_s, u"ann (Ann Jansen)"_s,
          u"IT (Informatievoorziening en ICT)"_s, u"Affected groups:"_s, u"Critical systems"_s,
          u"Planned end:"_s, u"2026-12-01 20:00 UTC"_s, u"Rollout waves:"_s, u"Pilot Stadhuis"_s,
          u"HTTP 200 in 80 ms"_s, u"Evaluation ("_s, u"change.cab_authorize"_s,
          u"No step follows: the request has ended ('closed')."_s})
        QVERIFY2(text.out.contains(expected), qPrintable(expected + u"\n"_s + text.out));
    QVERIFY2(text.out.contains(QRegularExpression(u"(?m)^  Affected configuration items: +web-01$"_s)),
             text.describe());

    // Listed among the closed ones, and not among the open ones.
    const auto listed = desk->ctl({u"--json"_s, u"rfc"_s, u"list"_s, u"--state"_s, u"closed"_s});
    QVERIFY2(listed.exitCode == 0, listed.describe());
    QCOMPARE(listed.json().value(u"count"_s).toInt(), 1);
    const QJsonObject line = listed.json().value(u"changes"_s).toArray().at(0).toObject();
    QCOMPARE(line.value(u"id"_s).toInteger(), id);
    QCOMPARE(line.value(u"applicant"_s).toString(), u"ann"_s);
    QCOMPARE(line.value(u"category"_s).toString(), u"serious"_s);
    QCOMPARE(desk->ctl({u"--json"_s, u"rfc"_s, u"list"_s, u"--state"_s, u"draft,submitted"_s})
                 .json()
                 .value(u"count"_s)
                 .toInt(),
             0);
    const auto table = desk->ctl({u"rfc"_s, u"list"_s, u"--type"_s, u"normal"_s, u"--text"_s, u"WEB-01"_s});
    QVERIFY2(table.exitCode == 0, table.describe());
    QVERIFY2(table.out.contains(QRegularExpression(
                 u"(?m)^ID +State +Priority +Category +Type +Title +Applicant +Planned start$"_s)),
             table.describe());
    QVERIFY2(
        table.out.contains(QRegularExpression(
            u"(?m)^#%1 +closed +%2 +serious +normal +Patch web-01 +ann +2026-12-01 18:00 UTC$"_s.arg(id).arg(
                suggestedPriority))),
        table.describe());
    QCOMPARE(desk->ctl({u"audit"_s, u"verify"_s}).exitCode, 0);
}

// Four-eyes, the wrong role and another applicant's request need people acting apart: SQLite only.
void TestRfcCtl::refusals()
{
    QTemporaryDir dir;
    const auto desk = prepare(u"sqlite"_s, dir);
    QVERIFY(desk);
    // Exit 1 with `reason` on standard error, nothing on standard output; with --json "ok": false.
    const auto refusal
        = [&](const QString &login, const QStringList &args, const QString &reason) -> QByteArray {
        const auto run = desk->ctl(desk->actAs(login, args));
        if (run.exitCode != 1 || !run.err.contains(reason) || !run.out.isEmpty())
            return "expected exit 1 and '" + reason.toUtf8() + "':\n" + run.describe().text;
        const auto json = desk->ctl(QStringList {u"--json"_s} + desk->actAs(login, args));
        if (json.exitCode != 1 || json.json().value(u"ok"_s).toBool(true))
            return "with --json:\n" + json.describe().text;
        return {};
    };
#define REFUSED(login, args, reason)                                                                         \
    do {                                                                                                     \
        const QByteArray why = refusal(login, args, reason);                                                 \
        QVERIFY2(why.isEmpty(), why.constData());                                                            \
    } while (false)

    // A request without a reason: submitting it names what is missing.
    QJsonObject json = request(u"Replace the toner of printer-9"_s, {u"printer-9"_s});
    json.remove(u"reason"_s);
    const qint64 id = create(*desk, dir, json, u"ann"_s).value(u"id"_s).toInteger();
    QVERIFY(id > 0);
    const QString rfc = QString::number(id);
    REFUSED(u"ann"_s, (QStringList {u"act"_s, rfc, u"submit"_s}),
            u"'submit' needs these fields filled in first: Reason."_s);
    // Somebody else's draft.
    REFUSED(u"ada"_s, (QStringList {u"act"_s, rfc, u"submit"_s}),
            u"an applicant may take it only on their own request"_s);
    act(*desk, id, u"submit"_s, u"ann"_s, {u"--set"_s, u"reason=Empty toner"_s});
    // The wrong role.
    REFUSED(u"ann"_s, (QStringList {u"act"_s, rfc, u"accept"_s}),
            u"'accept' needs the role Change manager; you do not have it."_s);
    REFUSED(u"ian"_s, (QStringList {u"act"_s, rfc, u"accept"_s}), u"needs the role Change manager"_s);
    // A field the person may not edit.
    REFUSED(u"ann"_s, (QStringList {u"act"_s, rfc, u"accept"_s, u"--set"_s, u"cost=100 EUR"_s}),
            u"cannot be changed by ann"_s);

    // Four-eyes: a change manager who applied does not authorize their own change.
    QJsonObject own = request(u"Firmware of printer-9"_s, {u"printer-9"_s});
    const qint64 ownId = create(*desk, dir, own, u"dual"_s).value(u"id"_s).toInteger();
    QVERIFY(ownId > 0);
    act(*desk, ownId, u"submit"_s, u"dual"_s);
    act(*desk, ownId, u"accept"_s, u"dual"_s);
    act(*desk, ownId, u"classify"_s, u"dual"_s,
        {u"--set"_s, u"priority=low"_s, u"--set"_s, u"category=minor"_s, u"--set"_s, u"impact=None"_s,
         u"--set"_s, u"resources=Ten minutes"_s});
    const QStringList authorize {u"act"_s,
                                 QString::number(ownId),
                                 u"authorize"_s,
                                 u"--set"_s,
                                 u"change_manager_recommendation=Approve"_s,
                                 u"--set"_s,
                                 u"test_plan=Print a page"_s,
                                 u"--set"_s,
                                 u"fallback_plan=Flash the old firmware"_s,
                                 u"--set"_s,
                                 u"fallback_criteria=Printer does not start"_s};
    const auto before = desk->ctl({u"--json"_s, u"rfc"_s, u"show"_s, QString::number(ownId)}).json();
    REFUSED(u"dual"_s, authorize,
            u"must be done by someone other than the applicant (four-eyes principle)"_s);
    // Nothing was changed by the refusals: neither the fields given with them nor the version.
    const auto unchanged = desk->ctl({u"--json"_s, u"rfc"_s, u"show"_s, QString::number(ownId)}).json();
    QCOMPARE(unchanged.value(u"row_version"_s), before.value(u"row_version"_s));
    QCOMPARE(unchanged.value(u"test_plan"_s).toString(), QString());
    QCOMPARE(unchanged.value(u"state"_s).toString(), u"classified"_s);
    // What rfc show tells each of them.
    const auto forDual
        = desk->ctl({u"--json"_s, u"rfc"_s, u"show"_s, QString::number(ownId), u"--as"_s, u"dual"_s});
    QCOMPARE(forDual.json().value(u"available"_s).toArray().size(), 1); // reclassify, not authorize
    const auto dualText = desk->ctl({u"rfc"_s, u"show"_s, QString::number(ownId), u"--as"_s, u"dual"_s});
    QVERIFY2(dualText.out.contains(u"Next steps (for dual):"_s), dualText.describe());
    QVERIFY2(
        dualText.out.contains(QRegularExpression(
            u"(?m)^  authorize +→ authorized +still missing: Change manager's recommendation, Test plan, "
            "Fallback plan, Criteria for the fallback plan; not by the applicant$"_s)),
        dualText.describe());
    QVERIFY2(dualText.out.contains(QRegularExpression(u"(?m)^  reclassify +→ accepted +you may take it now; "
                                                      "needs --reason$"_s)),
             dualText.describe());
    const auto forCarl
        = desk->ctl({u"--json"_s, u"rfc"_s, u"show"_s, QString::number(ownId), u"--as"_s, u"carl"_s});
    QCOMPARE(strings(forCarl.json().value(u"available"_s)), QStringList {u"reclassify"_s});
    QJsonObject authorizeStep;
    for (const QJsonValue &step : forCarl.json().value(u"possible"_s).toArray()) {
        if (step.toObject().value(u"action"_s).toString() == u"authorize")
            authorizeStep = step.toObject();
    }
    QCOMPARE(strings(authorizeStep.value(u"missing"_s)),
             (QStringList {u"change_manager_recommendation"_s, u"test_plan"_s, u"fallback_plan"_s,
                           u"fallback_criteria"_s}));
    QCOMPARE(authorizeStep.value(u"four_eyes"_s).toBool(), true);
    const QJsonObject authorized = act(*desk, ownId, u"authorize"_s, u"carl"_s, authorize.mid(3));
    QCOMPARE(authorized.value(u"state"_s).toString(), u"authorized"_s);

    // An open objection holds the request until it is decided.
    const QJsonObject otherJson = request(u"Driver of printer-9"_s, {u"printer-9"_s});
    const qint64 other = create(*desk, dir, otherJson, u"ann"_s).value(u"id"_s).toInteger();
    act(*desk, other, u"submit"_s, u"ann"_s);
    act(*desk, other, u"accept"_s, u"carl"_s);
    act(*desk, other, u"classify"_s, u"carl"_s,
        {u"--set"_s, u"priority=low"_s, u"--set"_s, u"category=minor"_s, u"--set"_s, u"impact=None"_s,
         u"--set"_s, u"resources=Ten minutes"_s});
    REFUSED(u"carl"_s,
            (QStringList {u"object"_s, QString::number(other), u"category"_s, u"serious"_s, u"--reason"_s,
                          u"x"_s}),
            u"Only security management may object"_s);
    const auto objected
        = desk->ctl({u"--json"_s, u"rfc"_s, u"object"_s, QString::number(other), u"category"_s, u"serious"_s,
                     u"--reason"_s, u"The driver runs on every client"_s, u"--as"_s, u"sam"_s});
    QVERIFY2(objected.exitCode == 0, objected.describe());
    const QString objection
        = QString::number(objected.json().value(u"objection"_s).toObject().value(u"id"_s).toInteger());
    const QStringList authorizeOther = QStringList {u"act"_s, QString::number(other)} + authorize.mid(2);
    REFUSED(u"carl"_s, authorizeOther, u"'authorize' waits: security management objects"_s);
    const auto listed = desk->ctl({u"rfc"_s, u"list"_s});
    QVERIFY2(listed.out.contains(QRegularExpression(u"(?m)^#%1 +classified \\(!\\) "_s.arg(other))),
             listed.describe());
    REFUSED(u"ann"_s, (QStringList {u"decide"_s, objection, u"accept"_s}),
            u"needs the role Change manager"_s);
    const auto accepted = desk->ctl({u"rfc"_s, u"decide"_s, objection, u"accept"_s, u"--as"_s, u"carl"_s});
    QVERIFY2(accepted.exitCode == 0, accepted.describe());
    QVERIFY2(
        accepted.out.contains(
            u"Objection %1 is now 'accepted'. Category of request for change #%2: 'serious'."_s.arg(objection)
                .arg(other)),
        accepted.describe());
    // Decided: the objection no longer holds it, but a serious change goes to the CAB.
    REFUSED(u"carl"_s, authorizeOther, u"'authorize' needs Category to be 'minor'; it is 'serious'."_s);
}

void TestRfcCtl::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("file"); // written to {file} when not empty
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QByteArray valid = R"({"title": "t", "affected": ["web-01"]})";
    const QStringList act {u"rfc"_s, u"act"_s, u"{id}"_s, u"submit"_s, u"--as"_s, u"ann"_s};
    QTest::newRow("unknown field") << (act + QStringList {u"--set"_s, u"colour=red"_s}) << QByteArray() << 2
                                   << u"'colour' is not a field"_s;
    QTest::newRow("bad date") << (act + QStringList {u"--set"_s, u"planned_start=tomorrow"_s}) << QByteArray()
                              << 2 << u"Planned start 'tomorrow' is not a date and time"_s;
    QTest::newRow("bad level") << (act + QStringList {u"--set"_s, u"priority=urgent"_s}) << QByteArray() << 2
                               << u"Priority 'urgent' is not one of: high, normal, low."_s;
    QTest::newRow("set without value")
        << (act + QStringList {u"--set"_s, u"title"_s}) << QByteArray() << 2 << u"--set takes FIELD=VALUE"_s;
    QTest::newRow("unknown action") << QStringList {u"rfc"_s, u"act"_s,  u"{id}"_s,
                                                    u"fly"_s, u"--as"_s, u"ann"_s}
                                    << QByteArray() << 2 << u"'fly' is not possible in the state 'draft'"_s;
    QTest::newRow("act without action")
        << QStringList {u"rfc"_s, u"act"_s, u"{id}"_s} << QByteArray() << 2 << u"an action"_s;
    QTest::newRow("not a number") << QStringList {u"rfc"_s, u"show"_s, u"web-01"_s} << QByteArray() << 2
                                  << u"'web-01' is not the number"_s;
    QTest::newRow("unknown request") << QStringList {u"rfc"_s, u"show"_s, u"999999"_s} << QByteArray() << 1
                                     << u"There is no request for change #999999."_s;
    QTest::newRow("unknown subcommand")
        << QStringList {u"rfc"_s, u"fly"_s} << QByteArray() << 2 << u"unknown rfc subcommand 'fly'"_s;
    QTest::newRow("unknown key") << QStringList {u"rfc"_s, u"create"_s, u"{file}"_s, u"--as"_s, u"ann"_s}
                                 << QByteArray(R"({"title": "t", "colour": "red"})") << 2
                                 << u"bad.json: unknown key 'colour'"_s;
    QTest::newRow("unknown CI")
        << QStringList {u"rfc"_s, u"create"_s, u"{file}"_s, u"--as"_s, u"ann"_s}
        << QByteArray(R"({"title": "t", "affected": {"cis": ["web-01", "no-such-host"]}})") << 2
        << u"bad.json: affected: there is no configuration item named 'no-such-host'"_s;
    QTest::newRow("unknown group") << QStringList {u"rfc"_s, u"create"_s, u"{file}"_s, u"--as"_s, u"ann"_s}
                                   << QByteArray(R"({"title": "t", "affected": {"groups": ["Zoo"]}})") << 2
                                   << u"there is no group named 'Zoo'"_s;
    QTest::newRow("unknown unit")
        << QStringList {u"rfc"_s, u"create"_s, u"{file}"_s, u"--as"_s, u"ann"_s}
        << QByteArray(R"({"title": "t", "department": "ZOO"})") << 2
        << u"department: there is no organizational unit with the code or name 'ZOO'"_s;
    QTest::newRow("unknown applicant")
        << QStringList {u"rfc"_s, u"create"_s, u"{file}"_s, u"--as"_s, u"carl"_s}
        << QByteArray(R"({"title": "t", "applicant": "nobody"})") << 2
        << u"applicant: there is no person with the login 'nobody'"_s;
    QTest::newRow("bad date in file") << QStringList {u"rfc"_s, u"create"_s, u"{file}"_s, u"--as"_s, u"ann"_s}
                                      << QByteArray(R"({"title": "t", "planned_end": "soon"})") << 2
                                      << u"bad.json: Planned end 'soon' is not a date and time"_s;
    QTest::newRow("bad wave") << QStringList {u"rfc"_s, u"create"_s, u"{file}"_s, u"--as"_s, u"ann"_s}
                              << QByteArray(R"({"title": "t", "rollout_waves": [{"name": "a", "size": 3}]})")
                              << 2 << u"rollout wave 1: unknown key 'size'"_s;
    QTest::newRow("not JSON") << QStringList {u"rfc"_s, u"create"_s, u"{file}"_s, u"--as"_s, u"ann"_s}
                              << QByteArray("{\"title\": ") << 2 << u"bad.json: not valid JSON"_s;
    QTest::newRow("no title") << QStringList {u"rfc"_s, u"create"_s, u"{file}"_s, u"--as"_s, u"ann"_s}
                              << QByteArray(R"({"affected": ["web-01"]})") << 2 << u"needs a title"_s;
    QTest::newRow("missing file") << QStringList {u"rfc"_s, u"create"_s, u"no-such.json"_s, u"--as"_s,
                                                  u"ann"_s}
                                  << QByteArray() << 1 << u"no-such.json does not exist"_s;
    QTest::newRow("not an applicant") << QStringList {u"rfc"_s, u"create"_s, u"{file}"_s, u"--as"_s, u"ian"_s}
                                      << valid << 1 << u"ian may not apply for changes"_s;
    QTest::newRow("applies for another")
        << QStringList {u"rfc"_s, u"create"_s, u"{file}"_s, u"--as"_s, u"ann"_s}
        << QByteArray(R"({"title": "t", "applicant": "ada"})") << 1
        << u"only a change manager may apply on behalf of somebody else ('ada')"_s;
    QTest::newRow("unknown person") << QStringList {u"rfc"_s, u"create"_s, u"{file}"_s, u"--as"_s, u"ghost"_s}
                                    << valid << 1 << u"There is no person with the login 'ghost'."_s;
    QTest::newRow("unknown state") << QStringList {u"rfc"_s, u"list"_s, u"--state"_s, u"open"_s}
                                   << QByteArray() << 2 << u"--state 'open' is not one of: draft,"_s;
    QTest::newRow("unknown priority") << QStringList {u"rfc"_s, u"list"_s, u"--priority"_s, u"urgent"_s}
                                      << QByteArray() << 2 << u"--priority 'urgent' is not one of"_s;
    QTest::newRow("test result") << QStringList {u"rfc"_s, u"test"_s,     u"{id}"_s,
                                                 u"1"_s,   u"--result"_s, u"ok"_s}
                                 << QByteArray() << 2
                                 << u"--result 'ok' is not one of: passed, failed, skipped."_s;
    QTest::newRow("no such test") << QStringList {u"rfc"_s,      u"test"_s,   u"{id}"_s, u"3"_s,
                                                  u"--result"_s, u"passed"_s, u"--as"_s, u"carl"_s}
                                  << QByteArray() << 2 << u"there is no test case 3."_s;
    QTest::newRow("wave status") << QStringList {u"rfc"_s, u"wave"_s,     u"{id}"_s,
                                                 u"1"_s,   u"--status"_s, u"done"_s}
                                 << QByteArray() << 2 << u"--status 'done' is not one of"_s;
    QTest::newRow("decision") << QStringList {u"rfc"_s, u"decide"_s, u"1"_s, u"ignore"_s} << QByteArray() << 2
                              << u"'ignore' is not one of: accept, escalate"_s;
    QTest::newRow("evaluation answer")
        << QStringList {u"rfc"_s, u"evaluate"_s, u"{id}"_s, u"--goal-reached"_s, u"maybe"_s} << QByteArray()
        << 2 << u"--goal-reached 'maybe' is not one of: yes, no."_s;
    QTest::newRow("unknown attachment") << QStringList {u"rfc"_s, u"attachment"_s, u"999999"_s, u"out.bin"_s}
                                        << QByteArray() << 1 << u"There is no attachment 999999."_s;
    QTest::newRow("person subcommand") << QStringList {u"person"_s, u"remove"_s, u"ann"_s} << QByteArray()
                                       << 2 << u"unknown person subcommand 'remove'"_s;
}

void TestRfcCtl::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, file);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    static QTemporaryDir dir;
    static std::optional<Desk> desk;
    static qint64 id = 0;
    if (!desk) {
        desk = prepare(u"sqlite"_s, dir);
        QVERIFY(desk);
        QJsonObject json = request(u"Patch web-01"_s, {u"web-01"_s});
        json.insert(u"test_cases"_s, QJsonArray {QJsonObject {{u"description"_s, u"Ping"_s}}});
        json.insert(u"rollout_waves"_s, QJsonArray {QJsonObject {{u"name"_s, u"All"_s}}});
        id = create(*desk, dir, json, u"ann"_s).value(u"id"_s).toInteger();
        QVERIFY(id > 0);
    }
    const QString path = dir.filePath(u"bad.json"_s);
    if (!file.isEmpty())
        QVERIFY(writeFile(path, file));
    for (QString &arg : args)
        arg.replace(u"{id}"_s, QString::number(id)).replace(u"{file}"_s, path);
    const auto state = [&] {
        return desk->ctl({u"--json"_s, u"rfc"_s, u"list"_s}).out
            + desk->ctl({u"audit"_s, u"list"_s, u"--limit"_s, u"1"_s}).out;
    };
    const QString before = state();
    const auto run = desk->ctl(args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), run.describe());
    // JSON callers get the error as an object too.
    const auto json = desk->ctl(QStringList {u"--json"_s} + args);
    QCOMPARE(json.exitCode, exitCode);
    QCOMPARE(json.json().value(u"ok"_s).toBool(true), false);
    QVERIFY2(json.json().value(u"error"_s).toObject().value(u"message"_s).toString().contains(message),
             json.describe());
    // Nothing changed.
    QCOMPARE(state(), before);
}

void TestRfcCtl::objectionEscalatedAndUpheld()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    const auto desk = prepare(backend, dir);
    QVERIFY(desk);
    QJsonObject json = request(u"Kernel update of web-01"_s, {u"web-01"_s});
    json.insert(u"applicant"_s, u"ann"_s);
    const qint64 id = create(*desk, dir, json, u"ann"_s).value(u"id"_s).toInteger();
    QVERIFY(id > 0);
    const QString rfc = QString::number(id);
    act(*desk, id, u"submit"_s, u"ann"_s);
    act(*desk, id, u"accept"_s, u"carl"_s);
    act(*desk, id, u"classify"_s, u"carl"_s,
        {u"--set"_s, u"priority=low"_s, u"--set"_s, u"category=serious"_s, u"--set"_s,
         u"override_reason=Only a reboot"_s, u"--set"_s, u"impact=Reboot"_s, u"--set"_s,
         u"resources=An hour"_s});

    // Security management asks for a higher priority.
    const auto objected = desk->ctl(QStringList {u"--json"_s}
                                    + desk->actAs(u"sam"_s,
                                                  {u"object"_s, rfc, u"priority"_s, u"high"_s, u"--reason"_s,
                                                   u"The kernel flaw is exploited"_s}));
    QVERIFY2(objected.exitCode == 0, objected.describe());
    const QJsonObject objection = objected.json().value(u"objection"_s).toObject();
    QCOMPARE(objection.value(u"status"_s).toString(), u"open"_s);
    QCOMPARE(objection.value(u"proposed"_s).toString(), u"high"_s);
    const QString objectionId = QString::number(objection.value(u"id"_s).toInteger());
    const auto held = desk->ctl(desk->actAs(
        u"carl"_s,
        {u"act"_s, rfc, u"request_cab_review"_s, u"--set"_s, u"change_manager_recommendation=Approve"_s}));
    QCOMPARE(held.exitCode, 1);
    QVERIFY2(held.err.contains(u"'request_cab_review' waits: security management objects"_s),
             held.describe());
    const auto twice = desk->ctl(
        desk->actAs(u"sam"_s, {u"object"_s, rfc, u"priority"_s, u"normal"_s, u"--reason"_s, u"again"_s}));
    QCOMPARE(twice.exitCode, 1);
    QVERIFY2(twice.err.contains(u"already an open objection"_s), twice.describe());

    // The change manager disagrees and hands it to management, who decide for the objection.
    const auto escalated = desk->ctl(
        QStringList {u"--json"_s}
        + desk->actAs(u"carl"_s,
                      {u"decide"_s, objectionId, u"escalate"_s, u"--reason"_s, u"A reboot is not urgent"_s}));
    QVERIFY2(escalated.exitCode == 0, escalated.describe());
    QCOMPARE(escalated.json().value(u"objection"_s).toObject().value(u"status"_s).toString(), u"escalated"_s);
    QCOMPARE(escalated.json().value(u"change"_s).toObject().value(u"priority"_s).toString(), u"low"_s);
    const auto stillHeld = desk->ctl(desk->actAs(
        u"carl"_s,
        {u"act"_s, rfc, u"request_cab_review"_s, u"--set"_s, u"change_manager_recommendation=Approve"_s}));
    QCOMPARE(stillHeld.exitCode, 1);
    QVERIFY2(stillHeld.err.contains(u"security management objects"_s), stillHeld.describe());
    const auto noReason = desk->ctl(desk->actAs(u"mia"_s, {u"decide"_s, objectionId, u"uphold"_s}));
    QCOMPARE(noReason.exitCode, 2);
    QVERIFY2(noReason.err.contains(u"'uphold' on an objection needs a reason."_s), noReason.describe());
    if (backend == u"sqlite") {
        const auto notManagement = desk->ctl(
            {u"rfc"_s, u"decide"_s, objectionId, u"uphold"_s, u"--reason"_s, u"x"_s, u"--as"_s, u"carl"_s});
        QCOMPARE(notManagement.exitCode, 1);
        QVERIFY2(notManagement.err.contains(u"needs the role Management (escalation)"_s),
                 notManagement.describe());
    }
    const auto upheld = desk->ctl(desk->actAs(
        u"mia"_s,
        {u"decide"_s, objectionId, u"uphold"_s, u"--reason"_s, u"Exploited flaws are patched first"_s}));
    QVERIFY2(upheld.exitCode == 0, upheld.describe());
    QVERIFY2(upheld.out.contains(
                 u"Objection %1 is now 'upheld'. Priority of request for change #%2: 'high'."_s.arg(
                     objectionId, rfc)),
             upheld.describe());

    // The record: the proposed priority, the objection's course and its events.
    const auto shown = desk->ctl({u"--json"_s, u"rfc"_s, u"show"_s, rfc});
    QVERIFY2(shown.exitCode == 0, shown.describe());
    QCOMPARE(shown.json().value(u"priority"_s).toString(), u"high"_s);
    const QJsonObject decided = shown.json().value(u"objections"_s).toArray().at(0).toObject();
    QCOMPARE(decided.value(u"status"_s).toString(), u"upheld"_s);
    QCOMPARE(decided.value(u"resolution"_s).toString(), u"Exploited flaws are patched first"_s);
    QCOMPARE(decided.value(u"open"_s).toBool(true), false);
    if (backend == u"sqlite") {
        QCOMPARE(decided.value(u"raised_by"_s).toString(), u"sam"_s);
        QCOMPARE(decided.value(u"escalated_by"_s).toString(), u"carl"_s);
        QCOMPARE(decided.value(u"resolved_by"_s).toString(), u"mia"_s);
    }
    const QStringList actions = historyActions(shown.json());
    QCOMPARE(actions.mid(actions.size() - 3),
             (QStringList {u"change.objection.raise"_s, u"change.objection.escalate"_s,
                           u"change.objection.uphold"_s}));
    const auto text = desk->ctl({u"rfc"_s, u"show"_s, rfc});
    QVERIFY2(text.out.contains(u"Objections:"_s), text.describe());
    QVERIFY2(text.out.contains(QRegularExpression(u"(?m)^  %1 +Priority +high +upheld +"_s.arg(objectionId))),
             text.describe());
    // And the request goes on.
    act(*desk, id, u"request_cab_review"_s, u"carl"_s,
        {u"--set"_s, u"change_manager_recommendation=Approve"_s});
}

void TestRfcCtl::attachmentsRoundTrip()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    const auto desk = prepare(backend, dir);
    QVERIFY(desk);
    const qint64 id = create(*desk, dir, request(u"Script for web-01"_s, {u"web-01"_s}), u"ann"_s)
                          .value(u"id"_s)
                          .toInteger();
    QVERIFY(id > 0);

    // Every byte value, a NUL among them, and more than one read's worth.
    QByteArray content;
    for (int i = 0; i < 70000; ++i)
        content.append(char(i % 256));
    const QString source = dir.filePath(u"patch script.bin"_s);
    QVERIFY(writeFile(source, content));
    const auto attached = desk->ctl(QStringList {u"--json"_s}
                                    + desk->actAs(u"ann"_s, {u"attach"_s, QString::number(id), source}));
    QVERIFY2(attached.exitCode == 0, attached.describe());
    const QJsonObject attachment = attached.json().value(u"attachment"_s).toObject();
    const QString sha
        = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    QCOMPARE(attachment.value(u"sha256"_s).toString(), sha);
    QCOMPARE(attachment.value(u"size"_s).toInteger(), content.size());
    QCOMPARE(attachment.value(u"name"_s).toString(), u"patch script.bin"_s);
    const QString attachmentId = QString::number(attachment.value(u"id"_s).toInteger());

    // Back out, byte for byte.
    const QString copy = dir.filePath(u"copy.bin"_s);
    const auto written = desk->ctl({u"rfc"_s, u"attachment"_s, attachmentId, copy});
    QVERIFY2(written.exitCode == 0, written.describe());
    QVERIFY2(written.out.startsWith(u"Wrote attachment %1 ("_s.arg(attachmentId)), written.describe());
    QCOMPARE(readFile(copy), content);

    // A text file to standard output.
    const QString notes = dir.filePath(u"notes.txt"_s);
    QVERIFY(writeFile(notes, "Reboot after 22:00.\nCheck the log.\n"));
    const auto textAttached = desk->ctl(QStringList {u"--json"_s}
                                        + desk->actAs(u"ann"_s, {u"attach"_s, QString::number(id), notes}));
    QVERIFY2(textAttached.exitCode == 0, textAttached.describe());
    const QJsonObject textAttachment = textAttached.json().value(u"attachment"_s).toObject();
    QCOMPARE(textAttachment.value(u"media_type"_s).toString(), u"text/plain"_s);
    const auto out = desk->ctl(
        {u"rfc"_s, u"attachment"_s, QString::number(textAttachment.value(u"id"_s).toInteger()), u"-"_s});
    QVERIFY2(out.exitCode == 0, out.describe());
    QCOMPARE(out.out, u"Reboot after 22:00.\nCheck the log.\n"_s);
    const auto both = desk->ctl({u"--json"_s, u"rfc"_s, u"attachment"_s, attachmentId, u"-"_s});
    QCOMPARE(both.exitCode, 2);

    // Listed on the record, and an attachment for an unknown request is refused.
    const auto shown = desk->ctl({u"--json"_s, u"rfc"_s, u"show"_s, QString::number(id)});
    const QJsonArray files = shown.json().value(u"attachments"_s).toArray();
    QCOMPARE(files.size(), 2);
    QCOMPARE(files.at(0).toObject().value(u"sha256"_s).toString(), sha);
    QCOMPARE(historyActions(shown.json()).count(u"change.attach"_s), 2);
    const auto text = desk->ctl({u"rfc"_s, u"show"_s, QString::number(id)});
    QVERIFY2(text.out.contains(QRegularExpression(
                 u"(?m)^  %1 +patch script\\.bin +application/octet-stream +%2… +%3, "_s.arg(
                     attachmentId, sha.left(16), backend == u"sqlite" ? u"ann"_s : desk->self))),
             text.describe());
    const auto unknown = desk->ctl(desk->actAs(u"ann"_s, {u"attach"_s, u"999999"_s, source}));
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(u"There is no request for change #999999."_s), unknown.describe());
    const auto missing
        = desk->ctl(desk->actAs(u"ann"_s, {u"attach"_s, QString::number(id), dir.filePath(u"gone"_s)}));
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(u"does not exist"_s), missing.describe());
}

void TestRfcCtl::duplicatesOffered()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    const auto desk = prepare(backend, dir);
    QVERIFY(desk);
    const qint64 first
        = create(*desk, dir, request(u"Apply the OpenSSL security update on web-01"_s, {u"web-01"_s}),
                 u"ann"_s)
              .value(u"id"_s)
              .toInteger();
    QVERIFY(first > 0);
    act(*desk, first, u"submit"_s, u"ann"_s);
    const qint64 unrelated = create(*desk, dir,
                                    request(u"New toner for printer-9"_s, {u"printer-9"_s},
                                            u"Order black toner cartridges for printer-9."_s),
                                    u"ann"_s)
                                 .value(u"id"_s)
                                 .toInteger();
    QVERIFY(unrelated > 0);

    // The same wording on the same CI: offered as a possible duplicate at creation …
    const QJsonObject second = create(
        *desk, dir, request(u"Apply the OpenSSL security update on web-01"_s, {u"web-01"_s}), u"ann"_s);
    const qint64 id = second.value(u"id"_s).toInteger();
    const QJsonArray similar = second.value(u"similar"_s).toArray();
    QCOMPARE(similar.size(), 1);
    const QJsonObject match = similar.at(0).toObject();
    QCOMPARE(match.value(u"id"_s).toInteger(), first);
    QCOMPARE(strings(match.value(u"shared_cis"_s)), QStringList {u"web-01"_s});
    QVERIFY(match.value(u"score"_s).toDouble() > 0.9);
    QCOMPARE(match.value(u"state"_s).toString(), u"submitted"_s);

    // … in words, too …
    const QString file = dir.filePath(u"again.json"_s);
    QVERIFY(writeFile(
        file,
        QJsonDocument(request(u"Apply the OpenSSL security update on web-01"_s, {u"web-01"_s})).toJson()));
    const auto text = desk->ctl(desk->actAs(u"ann"_s, {u"create"_s, file}));
    QVERIFY2(text.exitCode == 0, text.describe());
    QVERIFY2(text.out.contains(u"Similar open requests (possible duplicates of this one):"_s),
             text.describe());
    QVERIFY2(text.out.contains(
                 QRegularExpression(u"(?m)^  #%1 +1\\.00 +submitted +Apply the OpenSSL security update "
                                    "on web-01 +web-01$"_s.arg(first))),
             text.describe());

    // … and again when it is submitted; then the change manager rejects it as a duplicate.
    const QJsonObject submitted = act(*desk, id, u"submit"_s, u"ann"_s);
    QStringList offered;
    for (const QJsonValue &v : submitted.value(u"similar"_s).toArray())
        offered << QString::number(v.toObject().value(u"id"_s).toInteger());
    QVERIFY2(offered.contains(QString::number(first)), qPrintable(offered.join(u' ')));
    QVERIFY(!offered.contains(QString::number(unrelated)));
    const QJsonObject rejected = act(
        *desk, id, u"reject_duplicate"_s, u"carl"_s,
        {u"--set"_s, u"duplicate_of=%1"_s.arg(first), u"--reason"_s, u"Same update as #%1"_s.arg(first)});
    QCOMPARE(rejected.value(u"state"_s).toString(), u"rejected"_s);
    QCOMPARE(rejected.value(u"duplicate_of"_s).toInteger(), first);
    const auto history = desk->ctl({u"--json"_s, u"rfc"_s, u"show"_s, QString::number(id)});
    QCOMPARE(history.json().value(u"history"_s).toArray().last().toObject().value(u"reason"_s).toString(),
             u"Same update as #%1"_s.arg(first));
}

void TestRfcCtl::usageNamesTheCommands()
{
    const auto help = Test::runCtl({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    for (const QString &command :
         {u"person add LOGIN --name NAME"_s, u"person list"_s, u"person roles LOGIN"_s,
          u"rfc create FILE.json"_s, u"rfc show ID"_s, u"rfc list [--state S]..."_s,
          u"rfc act ID ACTION [--set FIELD=VALUE]..."_s, u"rfc test ID N --result"_s,
          u"rfc wave ID N --status"_s, u"rfc evaluate ID"_s, u"rfc object ID priority|category VALUE"_s,
          u"rfc decide OBJECTION"_s, u"rfc attach ID FILE"_s, u"rfc attachment ATTACHMENT_ID OUTFILE|-"_s,
          u"ci list"_s})
        QVERIFY2(help.out.contains(command), qPrintable(command));
    const auto none = Test::runCtl({u"rfc"_s});
    QCOMPARE(none.exitCode, 2);
    QVERIFY2(none.err.contains(u"rfc needs a subcommand"_s), none.describe());
}

// rfc todo and kpi on the small demo office (40 requests along the workflow): the key figures add
// up to what rfc list shows, the change manager's to-dos are open requests in the states listed,
// the auditor has none.
void TestRfcCtl::todosAndKeyFigures()
{
    QTemporaryDir dir;
    Desk desk;
    desk.backend = u"sqlite"_s;
    desk.db = u"sqlite:"_s + dir.filePath(u"office.db"_s);
    const auto seeded = desk.ctl({u"demo-data"_s, u"--scale"_s, u"small"_s});
    QVERIFY2(seeded.exitCode == 0, seeded.describe());

    const auto listed = desk.ctl({u"--json"_s, u"rfc"_s, u"list"_s});
    QVERIFY2(listed.exitCode == 0, listed.describe());
    QHash<qint64, QString> states;
    for (const QJsonValue &v : listed.json().value(u"changes"_s).toArray())
        states.insert(v[u"id"_s].toInteger(), v[u"state"_s].toString());
    QCOMPARE(states.size(), 40);
    const auto count = [&](const QStringList &wanted) {
        return std::ranges::count_if(states, [&](const QString &s) { return wanted.contains(s); });
    };

    const auto kpi = desk.ctl({u"--json"_s, u"kpi"_s, u"--from"_s, u"2000-01"_s});
    QVERIFY2(kpi.exitCode == 0, kpi.describe());
    int created = 0, ended = 0, succeeded = 0, rejected = 0;
    for (const QJsonValue &m : kpi.json().value(u"months"_s).toArray()) {
        created += m[u"created"_s].toInt();
        ended += m[u"ended"_s].toInt();
        succeeded += m[u"succeeded"_s].toInt();
        rejected += m[u"rejected"_s].toInt();
        if (m[u"succeeded"_s].toInt() + m[u"failed"_s].toInt() == 0)
            QVERIFY(m[u"success_rate"_s].isNull());
        else
            QVERIFY(m[u"success_rate"_s].toDouble() >= 0);
    }
    QCOMPARE(created, 40);
    QCOMPARE(ended, count({u"closed"_s, u"rejected"_s, u"failed"_s}));
    QCOMPARE(succeeded, count({u"closed"_s}));
    QCOMPARE(rejected, count({u"rejected"_s}));
    QVERIFY(succeeded > 0);
    const auto text = desk.ctl({u"kpi"_s, u"--from"_s, u"2000-01"_s});
    QVERIFY2(text.exitCode == 0 && text.out.contains(u"Median lead time"_s), text.describe());

    // Who is who in the demo office.
    const auto people = desk.ctl({u"--json"_s, u"person"_s, u"list"_s});
    QVERIFY2(people.exitCode == 0, people.describe());
    QString manager;
    QString auditor;
    for (const QJsonValue &p : people.json().value(u"people"_s).toArray()) {
        const QJsonArray roles = p[u"roles"_s].toArray();
        if (manager.isEmpty() && roles.contains(u"change_manager"_s))
            manager = p[u"login"_s].toString();
        if (auditor.isEmpty() && roles.contains(u"auditor"_s))
            auditor = p[u"login"_s].toString();
    }
    QVERIFY(!manager.isEmpty() && !auditor.isEmpty());
    const auto todos = desk.ctl({u"--json"_s, u"rfc"_s, u"todo"_s, u"--as"_s, manager});
    QVERIFY2(todos.exitCode == 0, todos.describe());
    const QJsonArray list = todos.json().value(u"todos"_s).toArray();
    QVERIFY(!list.isEmpty());
    QCOMPARE(todos.json().value(u"count"_s).toInt(), list.size());
    for (const QJsonValue &t : list) {
        const qint64 id = t[u"id"_s].toInteger();
        QVERIFY(states.contains(id));
        QCOMPARE(t[u"state"_s].toString(), states.value(id));
        QVERIFY(!QStringList({u"closed"_s, u"rejected"_s, u"failed"_s}).contains(states.value(id)));
        QVERIFY(!t[u"actions"_s].toArray().isEmpty());
    }
    const auto none = desk.ctl({u"--json"_s, u"rfc"_s, u"todo"_s, u"--as"_s, auditor});
    QVERIFY2(none.exitCode == 0, none.describe());
    QCOMPARE(none.json().value(u"count"_s).toInt(), 0);

    const auto badMonth = desk.ctl({u"kpi"_s, u"--from"_s, u"2026-13"_s});
    QCOMPARE(badMonth.exitCode, 2);
    QVERIFY2(badMonth.err.contains(u"YYYY-MM"_s), qPrintable(badMonth.err));
    const auto backwards = desk.ctl({u"kpi"_s, u"--from"_s, u"2026-05"_s, u"--to"_s, u"2026-03"_s});
    QCOMPARE(backwards.exitCode, 2);
    const auto stranger = desk.ctl({u"rfc"_s, u"todo"_s, u"--as"_s, u"nobody"_s});
    QCOMPARE(stranger.exitCode, 1);
    QVERIFY2(stranger.err.contains(u"'nobody'"_s), qPrintable(stranger.err));
}

QTEST_GUILESS_MAIN(TestRfcCtl)
#include "tst_rfcctl.moc"
