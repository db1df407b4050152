// Server-side authorization on PostgreSQL (issue 4): the roles, privileges, row-level security
// and guards of ServerPolicy, proven through real login roles of a real server. Every transition
// of the default workflow for every role goes through the app as that person's login; what the
// core refuses, the server refuses too when the same step is tried in raw SQL; and hostile raw
// SQL by logged-in people (direct writes, SET ROLE, forged audit events, disabled triggers, ...)
// fails and leaves every table as it was.

#include "changetestsupport.h"

#include "access/serverpolicy.h"
#include "audit/auditlog.h"
#include "cab/cabservice.h"
#include "calendar/calendarrepository.h"
#include "change/changeanalysis.h"
#include "change/changeservice.h"
#include "change/workflowstore.h"
#include "cmdb/cirepository.h"
#include "integrity/packagelibrary.h"
#include "integrity/truststore.h"
#include "people/personroles.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtCrypto>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

namespace {

using Test::draft;
using Test::kStart;

// The office of changetestsupport.h, secured, with one connection per person's login.
struct Secured {
    Test::Office office;
    QString database;
    QHash<QString, std::shared_ptr<Database>> as; // by login
};

// The URL of `db`'s database for a person's login.
QString loginUrl(const Database &db, const QString &login)
{
    return u"postgresql://%1@%2:%3/%4?sslmode=disable"_s.arg(login, db.url().host())
        .arg(db.url().port())
        .arg(db.url().databaseName());
}

Result<Secured> secured(const QTemporaryDir &dir)
{
    auto o = Test::office(u"postgresql"_s, dir);
    if (!o)
        return fail(o.error());
    Secured s;
    s.office = *o;
    s.database = o->db->url().databaseName();
    auto report = ServerPolicy(*o->db).install();
    if (!report)
        return fail(report.error());
    auto fixture = Test::postgresFixture();
    if (!fixture)
        return fail(fixture.error());
    for (const QString &login : o->people.keys()) {
        // The fixture's password, which libpq finds in PGPASSWORD.
        if (auto set = ServerPolicy(*o->db).setPassword(login, fixture->password); !set)
            return fail(set.error());
        auto url = DatabaseUrl::parse(loginUrl(*o->db, login));
        if (!url)
            return fail(url.error());
        auto db = Database::open(*url);
        if (!db)
            return fail(db.error());
        s.as.insert(login, *db);
    }
    return s;
}

// Runs `statements` in one transaction on `db`; the first failure, or success.
Status attempt(const Database &db, const QStringList &statements)
{
    return db.write([&]() -> Status {
        for (const QString &sql : statements) {
            if (auto ran = db.exec(sql, {}, u"a raw statement"_s); !ran)
                return fail(ran.error());
        }
        return {};
    });
}

QString auditInsert(const QString &action, qint64 id)
{
    return u"INSERT INTO audit_event (occurred_at, actor, action, object_type, object_id, hash) "
           "VALUES (now(), 'x', '%1', 'change_request', %2, 'x')"_s.arg(action)
               .arg(id);
}

} // namespace

class TestServerPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        Test::failOnSqlWarnings();
        m_clock.set(kStart);
    }
    void rolesAndMemberships();
    void everyTransitionThroughLogins();
    void hostileSqlFails();
    void confidentialRequests();
    void installedWorkflowGuards();
    void suggestionMatchesTheCore();
    void sqliteSaysItUsesTheCore();
    void changedeskctlSecuresAndLoginsAct();
    void calendarThroughLogins();
    void cabThroughLogins();
    void packagesThroughLogins();

private:
    ManualClock m_clock {kStart};
};

void TestServerPolicy::rolesAndMemberships()
{
    QTemporaryDir dir;
    auto s = secured(dir);
    QVERIFY2(s, Test::why(s));
    const Database &admin = *s->office.db;
    // A second run brings the policy up to date and changes nothing else.
    auto again = ServerPolicy(admin).install();
    QVERIFY2(again, Test::why(again));
    QCOMPARE(again->owner, s->database + u"_owner"_s);
    QCOMPARE(again->groupRoles.size(), ChangeRoles::keys().size());
    QVERIFY(again->logins.isEmpty());
    QVERIFY(again->transitions >= 27);
    QVERIFY(*ServerPolicy(admin).installed());

    const auto scalar = [&](const QString &sql, const QVariantList &params = {}) {
        auto v = admin.scalar(sql, params);
        return v ? v->toString() : u"error: "_s + v.error().message;
    };
    QCOMPARE(scalar(u"SELECT rolcanlogin::TEXT FROM pg_roles WHERE rolname = ?"_s, {again->owner}),
             u"false"_s);
    QCOMPARE(scalar(u"SELECT tableowner FROM pg_tables WHERE tablename = 'change_request'"_s), again->owner);
    QCOMPARE(scalar(u"SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner <> ?"_s,
                    {again->owner}),
             u"0"_s);
    const auto member = [&](const QString &login, const QString &role) {
        return scalar(u"SELECT pg_has_role(?, ?, 'MEMBER')::TEXT"_s,
                      {login, ServerPolicy::groupRole(s->database, role)});
    };
    QCOMPARE(member(u"carl"_s, u"change_manager"_s), u"true"_s);
    QCOMPARE(member(u"carl"_s, u"administrator"_s), u"false"_s);
    QCOMPARE(member(u"dual"_s, u"applicant"_s), u"true"_s);
    QCOMPARE(member(u"ann"_s, u"implementer"_s), u"false"_s);

    // The administrator hands out a role through the app, logged in as herself: the server
    // follows with the membership, and takes it back.
    const Database &asAdm = *s->as.value(u"adm"_s);
    const PersonRoles roles(asAdm);
    const qint64 ann = s->office[u"ann"_s].personId;
    const qint64 adm = s->office[u"adm"_s].personId;
    QVERIFY2(roles.setRoles(ann, {u"applicant"_s, u"implementer"_s}, adm, u"adm"_s),
             "the administrator gives ann a role");
    QCOMPARE(member(u"ann"_s, u"implementer"_s), u"true"_s);
    QVERIFY(roles.setRoles(ann, {u"applicant"_s}, adm, u"adm"_s));
    QCOMPARE(member(u"ann"_s, u"implementer"_s), u"false"_s);
    // Nobody else may: the change manager has no right to person_role.
    auto selfMade = PersonRoles(*s->as.value(u"carl"_s))
                        .setRoles(s->office[u"carl"_s].personId, {u"change_manager"_s, u"administrator"_s},
                                  s->office[u"carl"_s].personId, u"carl"_s);
    QVERIFY(!selfMade);
    // A new person gets a login role with the person record.
    Person newcomer;
    newcomer.login = u"nora"_s;
    newcomer.displayName = u"Nora"_s;
    auto added = PeopleRepository(asAdm).addPerson(newcomer);
    QVERIFY2(added, Test::why(added));
    QCOMPARE(scalar(u"SELECT rolcanlogin::TEXT FROM pg_roles WHERE rolname = 'nora'"_s), u"true"_s);
    // A person is not named after a server role.
    Person impostor;
    impostor.login = again->owner;
    impostor.displayName = u"Owner"_s;
    auto refused = PeopleRepository(asAdm).addPerson(impostor);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"role of the server"_s), qPrintable(refused.error().message));
}

void TestServerPolicy::everyTransitionThroughLogins()
{
    QTemporaryDir dir;
    auto s = secured(dir);
    QVERIFY2(s, Test::why(s));
    const Database &admin = *s->office.db;
    // Moving a record into a state without the workflow is the superuser's privilege alone.
    QVERIFY2(admin.exec(u"SET session_replication_role = replica"_s), "superuser bypass for the set-up");
    const ChangeService asAnn(*s->as.value(u"ann"_s), WorkflowDefinition::builtIn(), m_clock);
    auto annActor = asAnn.actor();
    QVERIFY2(annActor, Test::why(annActor));
    auto original = asAnn.create(draft(u"Original"_s, {s->office.printer}), *annActor);
    QVERIFY2(original, Test::why(original));

    const QStringList actors {u"ann"_s, u"adm"_s, u"ada"_s, u"carl"_s, u"bea"_s,
                              u"sam"_s, u"ian"_s, u"mia"_s, u"aud"_s};
    int allowed = 0;
    int refused = 0;
    int serverRefused = 0;
    for (const WorkflowTransition &t : WorkflowDefinition::builtIn().transitions()) {
        for (const QString &from : t.from) {
            const auto prepare = [&]() -> Result<ChangeRequest> {
                const ChangeRequest r
                    = Test::filledFor(t, u"%1 from %2"_s.arg(t.action, from), s->office.printer, original->id);
                auto made = asAnn.create(r, *annActor);
                if (!made)
                    return fail(made.error());
                auto moved = admin.exec(u"UPDATE change_request SET state = ?, evaluated_at = ?, "
                                        "row_version = row_version + 1 WHERE id = ?"_s,
                                        {from, admin.dialect().toDb(kStart), made->id});
                if (!moved)
                    return fail(moved.error());
                return asAnn.get(made->id);
            };
            auto record = prepare();
            QVERIFY2(record, Test::why(record));
            for (const QString &login : actors) {
                const Database &db = *s->as.value(login);
                const ChangeService service(db, WorkflowDefinition::builtIn(), m_clock);
                auto actor = service.actor();
                QVERIFY2(actor, Test::why(actor));
                QCOMPARE(actor->login, login);
                const bool mayTake = std::ranges::any_of(t.roles, [&](const QString &r) {
                    return actor->has(r) && (r != u"applicant" || actor->personId == record->applicantId);
                });
                const QString row = u"%1 from %2 by %3"_s.arg(t.action, from, login);
                auto taken = service.act(record->id, t.action, *actor, {}, u"because"_s);
                if (mayTake) {
                    QVERIFY2(taken, qPrintable(row + u": "_s + (taken ? QString() : taken.error().message)));
                    QCOMPARE(taken->state, t.to);
                    ++allowed;
                    record = prepare();
                    QVERIFY2(record, Test::why(record));
                    continue;
                }
                QVERIFY2(!taken, qPrintable(row + u" was allowed"_s));
                ++refused;
                // The same step in raw SQL, with an audit event, through the same login.
                auto raw = attempt(db,
                                   {auditInsert(u"change."_s + t.action, record->id),
                                    u"UPDATE change_request SET state = '%1', row_version = row_version + 1 "
                                    "WHERE id = %2"_s.arg(t.to)
                                        .arg(record->id)});
                QVERIFY2(!raw, qPrintable(row + u": the server let raw SQL do it"_s));
                QCOMPARE(raw.error().kind, ErrorKind::ReadOnly);
                QVERIFY2(raw.error().message.contains(u"ChangeDesk"_s)
                             || raw.error().message.contains(u"permission denied"_s),
                         qPrintable(row + u": "_s + raw.error().message));
                ++serverRefused;
                auto unchanged = asAnn.get(record->id);
                QVERIFY2(unchanged, Test::why(unchanged));
                QCOMPARE(unchanged->state, from);
            }
        }
    }
    qInfo("%d transitions taken through a login's guards, %d refused by the core and again by the server "
          "in raw SQL (%d)",
          allowed, refused, serverRefused);
    QVERIFY(allowed >= 36);
    QVERIFY(refused >= 150);
    QCOMPARE(serverRefused, refused);
    QVERIFY(admin.exec(u"SET session_replication_role = origin"_s));
    auto verified = AuditLog(admin).verify();
    QVERIFY2(verified, Test::why(verified));
    QVERIFY(verified->intact());
}

void TestServerPolicy::hostileSqlFails()
{
    QTemporaryDir dir;
    auto s = secured(dir);
    QVERIFY2(s, Test::why(s));
    const Database &admin = *s->office.db;
    const auto service = [&](const QString &login) {
        return ChangeService(*s->as.value(login), WorkflowDefinition::builtIn(), m_clock);
    };
    const auto actor = [&](const QString &login) {
        return *service(login).actor();
    };

    // ann's draft; dual's own request, classified and minor; an open objection on a third.
    auto annDraft = service(u"ann"_s).create(draft(u"Ann's draft"_s, {s->office.printer}), actor(u"ann"_s));
    QVERIFY2(annDraft, Test::why(annDraft));
    ChangeRequest own = draft(u"Dual's own"_s, {s->office.printer});
    own.category = u"minor"_s;
    own.priority = u"normal"_s;
    own.changeManagerRecommendation = own.testPlan = own.fallbackPlan = own.fallbackCriteria = u"ok"_s;
    auto dualOwn = service(u"dual"_s).create(own, actor(u"dual"_s));
    QVERIFY2(dualOwn, Test::why(dualOwn));
    // Even the superuser goes through the guards.
    auto direct = admin.exec(u"UPDATE change_request SET state = 'classified', row_version = row_version + 1 "
                             "WHERE id = ?"_s,
                             {dualOwn->id});
    QVERIFY(!direct);
    QVERIFY2(direct.error().message.contains(u"ChangeDesk"_s), qPrintable(direct.error().message));
    QVERIFY(admin.exec(u"SET session_replication_role = replica"_s));
    QVERIFY(admin.exec(u"UPDATE change_request SET state = 'classified', row_version = row_version + 1 "
                       "WHERE id = ?"_s,
                       {dualOwn->id}));
    ChangeRequest withWave = draft(u"Objected"_s, {s->office.printer});
    withWave.waves = {RolloutWave {u"Pilot"_s, {}, {}, true, {}, {}, u"pending"_s, {}}};
    auto objected = service(u"ann"_s).create(withWave, actor(u"ann"_s));
    QVERIFY2(objected, Test::why(objected));
    QVERIFY(admin.exec(u"UPDATE change_request SET state = 'authorized', row_version = row_version + 1 "
                       "WHERE id = ?"_s,
                       {objected->id}));
    QVERIFY(admin.exec(u"SET session_replication_role = origin"_s));
    auto objection = service(u"sam"_s).object(objected->id, u"priority"_s, u"high"_s,
                                              u"Exploited in the wild"_s, actor(u"sam"_s));
    QVERIFY2(objection, Test::why(objection));

    const QString owner = ServerPolicy::ownerRole(s->database);
    const QString cm = ServerPolicy::groupRole(s->database, u"change_manager"_s);
    const QString adminGroup = ServerPolicy::groupRole(s->database, u"administrator"_s);
    const qint64 a = annDraft->id;
    const qint64 d = dualOwn->id;
    const qint64 x = objected->id;
    const qint64 annId = s->office[u"ann"_s].personId;
    const qint64 adaId = s->office[u"ada"_s].personId;
    const QString bump = u"row_version = row_version + 1"_s;
    const QList<std::tuple<QString, QString, QString, QStringList>> attacks {
        {u"ann"_s,
         u"jump from draft to authorized"_s,
         u"no transition of the workflow leads there"_s,
         {auditInsert(u"change.x"_s, a),
          u"UPDATE change_request SET state = 'authorized', %1 WHERE id = %2"_s.arg(bump).arg(a)}},
        {u"ann"_s,
         u"delete her request"_s,
         u"permission denied for table change_request"_s,
         {u"DELETE FROM change_request WHERE id = %1"_s.arg(a)}},
        {u"ann"_s,
         u"truncate the requests"_s,
         u"permission denied for table change_request"_s,
         {u"TRUNCATE change_request CASCADE"_s}},
        {u"ann"_s,
         u"become the owner"_s,
         u"permission denied to set role"_s,
         {u"SET ROLE \"%1\""_s.arg(owner)}},
        {u"ann"_s,
         u"become a change manager"_s,
         u"permission denied to set role"_s,
         {u"SET ROLE \"%1\""_s.arg(cm)}},
        {u"ann"_s,
         u"become carl"_s,
         u"permission denied to set session authorization"_s,
         {u"SET SESSION AUTHORIZATION carl"_s}},
        {u"ann"_s,
         u"make herself administrator"_s,
         u"permission denied for table person_role"_s,
         {u"INSERT INTO person_role (person_id, role) VALUES (%1, 'administrator')"_s.arg(annId)}},
        {u"ann"_s,
         u"start a request as authorized"_s,
         u"starts in the initial state"_s,
         {u"INSERT INTO change_request (state, title, applicant_id, row_version, created_at, updated_at) "
          "VALUES ('authorized', 'Sneaky', %1, 0, now(), now())"_s.arg(annId)}},
        {u"ann"_s,
         u"apply in ada's name"_s,
         u"only a change manager applies for someone else"_s,
         {u"INSERT INTO change_request (state, title, applicant_id, row_version, created_at, updated_at) "
          "VALUES ('draft', 'In her name', %1, 0, now(), now())"_s.arg(adaId)}},
        {u"ann"_s,
         u"call the owner's functions"_s,
         u"permission denied for function"_s,
         {u"SELECT cd_sync_all_memberships()"_s}},
        {u"carl"_s,
         u"rewrite an audit event"_s,
         u"permission denied for table audit_event"_s,
         {u"UPDATE audit_event SET actor = 'mia'"_s}},
        {u"carl"_s,
         u"delete the audit trail"_s,
         u"permission denied for table audit_event"_s,
         {u"DELETE FROM audit_event"_s}},
        {u"carl"_s,
         u"move the audit head"_s,
         u"permission denied for table audit_head"_s,
         {u"UPDATE audit_head SET seq = 1"_s}},
        {u"carl"_s,
         u"switch off the guard"_s,
         u"must be owner"_s,
         {u"ALTER TABLE change_request DISABLE TRIGGER cd_guard"_s}},
        {u"carl"_s, u"drop the guard"_s, u"must be owner"_s, {u"DROP TRIGGER cd_guard ON change_request"_s}},
        {u"carl"_s,
         u"create a table"_s,
         u"permission denied for schema public"_s,
         {u"CREATE TABLE shadow (id INTEGER)"_s}},
        {u"carl"_s,
         u"create a temporary function"_s,
         u"permission denied to create temporary tables"_s,
         {u"CREATE FUNCTION pg_temp.cd_me() RETURNS BIGINT LANGUAGE sql AS 'SELECT 1::BIGINT'"_s}},
        {u"carl"_s,
         u"skip the triggers"_s,
         u"permission denied to set parameter"_s,
         {u"SET session_replication_role = replica"_s}},
        {u"carl"_s,
         u"grant himself administrator"_s,
         u"permission denied to grant role"_s,
         {u"GRANT \"%1\" TO carl"_s.arg(adminGroup)}},
        {u"carl"_s,
         u"make himself superuser"_s,
         u"permission denied to alter role"_s,
         {u"ALTER ROLE carl SUPERUSER"_s}},
        {u"carl"_s,
         u"change a request without an audit event"_s,
         u"wrote no audit event"_s,
         {u"UPDATE change_request SET cost = 'free', %1 WHERE id = %2"_s.arg(bump).arg(a)}},
        {u"carl"_s,
         u"overwrite without raising the version"_s,
         u"raises row_version by exactly one"_s,
         {auditInsert(u"change.update"_s, a),
          u"UPDATE change_request SET cost = 'free' WHERE id = %1"_s.arg(a)}},
        {u"carl"_s,
         u"authorize past an open objection"_s,
         u"objection of security management"_s,
         {auditInsert(u"change.schedule"_s, x),
          u"UPDATE change_request SET state = 'scheduled', planned_start = now(), planned_end = now(), %1 "
          "WHERE id = %2"_s.arg(bump)
              .arg(x)}},
        {u"dual"_s,
         u"authorize his own request"_s,
         u"four eyes"_s,
         {auditInsert(u"change.authorize"_s, d),
          u"UPDATE change_request SET state = 'authorized', %1 WHERE id = %2"_s.arg(bump).arg(d)}},
        {u"ian"_s,
         u"edit the cost"_s,
         u"cost of request"_s,
         {auditInsert(u"change.update"_s, d),
          u"UPDATE change_request SET cost = 'free', %1 WHERE id = %2"_s.arg(bump).arg(d)}},
        {u"bea"_s,
         u"recommend on a draft"_s,
         u"cab_recommendation of request"_s,
         {auditInsert(u"change.update"_s, a),
          u"UPDATE change_request SET cab_recommendation = 'yes', %1 WHERE id = %2"_s.arg(bump).arg(a)}},
        {u"sam"_s,
         u"accept his own objection"_s,
         u"needs the role change_manager"_s,
         {auditInsert(u"change.objection.dismiss"_s, x),
          u"UPDATE change_objection SET status = 'accepted', resolved_by = %1, %2 WHERE id = %3"_s
              .arg(s->office[u"sam"_s].personId)
              .arg(bump)
              .arg(objection->id)}},
        {u"carl"_s,
         u"attach a file under a false hash"_s,
         u"SHA-256 of its content"_s,
         {auditInsert(u"change.attach"_s, a),
          u"INSERT INTO change_attachment (change_id, name, content, sha256, added_by, added_at) "
          "VALUES (%1, 'x.sh', 'rm -rf /', 'deadbeef', %2, now())"_s.arg(a)
              .arg(s->office[u"carl"_s].personId)}},
        {u"aud"_s,
         u"write as an auditor"_s,
         u"permission denied for table change_request"_s,
         {auditInsert(u"change.update"_s, a),
          u"UPDATE change_request SET cost = 'x', %1 WHERE id = %2"_s.arg(bump).arg(a)}},
        {u"ada"_s,
         u"remove ann's affected CIs"_s,
         u"affected of request"_s,
         {auditInsert(u"change.update"_s, a), u"DELETE FROM change_ci WHERE change_id = %1"_s.arg(a)}},
        {u"ian"_s,
         u"erase the CMDB's edit history"_s,
         u"permission denied for table ci_history"_s,
         {u"DELETE FROM ci_history"_s}},
        {u"carl"_s,
         u"rewrite the CMDB's edit history"_s,
         u"permission denied for table ci_history"_s,
         {u"UPDATE ci_history SET changed_by = 'nobody'"_s}},
        {u"carl"_s,
         u"raise the category above the suggestion without a reason"_s,
         u"differs from the suggested 'minor': the override needs a reason"_s,
         {auditInsert(u"change.update"_s, d),
          u"UPDATE change_request SET category = 'far_reaching', %1 WHERE id = %2"_s.arg(bump).arg(d)}},
        {u"carl"_s,
         u"raise the priority above the suggestion without a reason"_s,
         u"differs from the suggested 'low': the override needs a reason"_s,
         {auditInsert(u"change.update"_s, d),
          u"UPDATE change_request SET priority = 'high', %1 WHERE id = %2"_s.arg(bump).arg(d)}},
    };
    auto before = Test::dumpTables(admin);
    QVERIFY2(before, Test::why(before));
    int failed = 0;
    for (const auto &[login, what, why, statements] : attacks) {
        auto result = attempt(*s->as.value(login), statements);
        QVERIFY2(!result, qPrintable(u"%1 could %2"_s.arg(login, what)));
        QVERIFY2(result.error().message.contains(why), qPrintable(result.error().message));
        qInfo("%s: %s", qPrintable(u"%1 tries to %2"_s.arg(login, what)), qPrintable(result.error().message));
        ++failed;
    }
    QVERIFY(failed >= 20);
    auto after = Test::dumpTables(admin);
    QVERIFY2(after, Test::why(after));
    QCOMPARE(*after, *before);

    // With a reason the override stands; an objection's decision needs none.
    QVERIFY(attempt(*s->as.value(u"carl"_s),
                    {auditInsert(u"change.update"_s, d),
                     u"UPDATE change_request SET category = 'far_reaching', override_reason = 'Runs the payroll', "
                     "%1 WHERE id = %2"_s.arg(bump)
                         .arg(d)}));
    auto accepted = service(u"carl"_s).decide(objection->id, ObjectionDecision::Accept, u"Agreed"_s, actor(u"carl"_s));
    QVERIFY2(accepted, Test::why(accepted));
    QCOMPARE(service(u"carl"_s).get(x)->priority, u"high"_s);

    // A forged event is appended as what it is: the server sets the sequence, time, actor and
    // hash, so the chain still verifies and names the real login.
    QVERIFY(attempt(*s->as.value(u"carl"_s),
                    {u"INSERT INTO audit_event (seq, occurred_at, actor, action, object_type, hash) "
                     "VALUES (1, '2000-01-01', 'mia', 'change.forged', '', '00')"_s}));
    auto forged = admin.exec(u"SELECT actor, seq > 1 FROM audit_event WHERE action = 'change.forged'"_s);
    QVERIFY(forged && forged->next());
    QCOMPARE(forged->value(0).toString(), u"carl"_s);
    QVERIFY(forged->value(1).toBool());
    auto verified = AuditLog(admin).verify();
    QVERIFY2(verified, Test::why(verified));
    QVERIFY(verified->intact());
}

void TestServerPolicy::confidentialRequests()
{
    QTemporaryDir dir;
    auto s = secured(dir);
    QVERIFY2(s, Test::why(s));
    ChangeRequest secret = draft(u"Close the exploited hole"_s, {s->office.server});
    secret.securityRelevant = true;
    const ChangeService asAnn(*s->as.value(u"ann"_s), WorkflowDefinition::builtIn(), m_clock);
    auto made = asAnn.create(secret, *asAnn.actor());
    QVERIFY2(made, Test::why(made));
    auto open = asAnn.create(draft(u"New toner"_s, {s->office.printer}), *asAnn.actor());
    QVERIFY2(open, Test::why(open));
    const auto count = [&](const QString &login, const QString &sql) {
        auto n = s->as.value(login)->scalar(sql, {made->id});
        return n ? n->toInt() : -1;
    };
    // Another applicant sees neither the request nor its parts nor its history; the applicant
    // herself, the change manager and the auditor do.
    for (const auto &[login, seen] : {std::pair {u"ada"_s, 0}, std::pair {u"ann"_s, 1},
                                      std::pair {u"carl"_s, 1}, std::pair {u"aud"_s, 1}}) {
        QCOMPARE(count(login, u"SELECT count(*) FROM change_request WHERE id = ?"_s), seen);
        QCOMPARE(count(login, u"SELECT count(*) FROM change_ci WHERE change_id = ?"_s), seen);
        QCOMPARE(
            count(
                login,
                u"SELECT count(*) FROM audit_event WHERE object_type = 'change_request' AND object_id = ?"_s),
            seen);
    }
    // Others' ordinary requests are open to every applicant (duplicate detection needs them).
    auto seenByAda
        = s->as.value(u"ada"_s)->scalar(u"SELECT count(*) FROM change_request WHERE id = ?"_s, {open->id});
    QVERIFY(seenByAda);
    QCOMPARE(seenByAda->toInt(), 1);
    const ChangeService asAda(*s->as.value(u"ada"_s), WorkflowDefinition::builtIn(), m_clock);
    auto hidden = asAda.get(made->id);
    QVERIFY(!hidden);
    QCOMPARE(hidden.error().kind, ErrorKind::NotFound);
}

void TestServerPolicy::installedWorkflowGuards()
{
    QTemporaryDir dir;
    auto s = secured(dir);
    QVERIFY2(s, Test::why(s));
    const auto actor = [&](const QString &login) { return *ChangeService(*s->as.value(login)).actor(); };
    const Database &adm = *s->as.value(u"adm"_s);
    const Database &ann = *s->as.value(u"ann"_s);

    // The administrator puts the agency's rules in force through their own login: nothing is
    // submitted without its cost.
    QByteArray json = WorkflowDefinition::builtInJson();
    json.replace("\"name\": \"BSI OPS.1.1.3\"", "\"name\": \"Agency 2027\"");
    json.replace("\"affected\", \"type\"]}", "\"affected\", \"type\", \"cost\"]}");
    auto installed = WorkflowStore(adm, m_clock).install(json, u"agency.json"_s, actor(u"adm"_s));
    QVERIFY2(installed, Test::why(installed));
    QCOMPARE(adm.scalar(u"SELECT value FROM server_policy WHERE key = 'workflow'"_s)->toString(), u"Agency 2027"_s);
    QCOMPARE(adm.scalar(u"SELECT array_to_string(required, ',') FROM workflow_transition WHERE action = 'submit'"_s)
                 ->toString(),
             u"title,description,reason,applicant,affected,type,cost"_s);

    // A client that still has the shipped rules lets Ann submit without the cost; the server
    // follows the definition in force and refuses.
    const ChangeService outdated(ann, WorkflowDefinition::builtIn(), m_clock);
    auto request = outdated.create(draft(u"Patch the printer"_s, {s->office.printer}), actor(u"ann"_s));
    QVERIFY2(request, Test::why(request));
    auto refused = outdated.act(request->id, u"submit"_s, actor(u"ann"_s));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"cost"_s), qPrintable(refused.error().message));
    auto inForce = WorkflowStore(ann).active();
    QVERIFY2(inForce, Test::why(inForce));
    const ChangeService current(ann, *inForce, m_clock);
    auto submitted = current.act(request->id, u"submit"_s, actor(u"ann"_s), {{u"cost"_s, u"2 hours"_s}});
    QVERIFY2(submitted, Test::why(submitted));

    // Nobody replaces the rules behind the app's back.
    const auto sha = [](const QByteArray &text) {
        return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
    };
    const auto insert = [&](qint64 id, const QByteArray &text, qint64 by, const QString &hash) {
        return u"INSERT INTO workflow_definition (id, name, definition, sha256, installed_by, installed_at) "
               "VALUES (%1, 'Forged', %2, '%3', %4, now())"_s.arg(id)
            .arg(u"'"_s + QString::fromUtf8(text).replace(u"'"_s, u"''"_s) + u"'"_s, hash)
            .arg(by);
    };
    const auto audit = [](qint64 id) {
        return u"INSERT INTO audit_event (occurred_at, actor, action, object_type, object_id, hash) "
               "VALUES (now(), 'x', 'workflow.install', 'workflow', %1, 'x')"_s.arg(id);
    };
    const qint64 admId = s->office[u"adm"_s].personId;
    const qint64 annId = s->office[u"ann"_s].personId;
    const QByteArray lax = WorkflowDefinition::builtInJson();
    const QByteArray tiny = R"({"format": "changedesk-workflow", "version": 1, "name": "Tiny",
  "states": [{"id": "draft", "initial": true}, {"id": "done", "final": true}],
  "transitions": [{"action": "finish", "from": ["draft"], "to": "done", "roles": ["change_manager"]}]})";
    const QList<std::tuple<QString, QString, QString, QStringList>> attacks {
        {u"ann"_s, u"an applicant installs rules"_s, u"permission denied for table workflow_definition"_s,
         {audit(900), insert(900, lax, annId, sha(lax))}},
        {u"carl"_s, u"the change manager installs rules"_s, u"permission denied for table workflow_definition"_s,
         {audit(901), insert(901, lax, s->office[u"carl"_s].personId, sha(lax))}},
        {u"adm"_s, u"the administrator installs rules without an audit event"_s, u"wrote no audit event"_s,
         {insert(902, lax, admId, sha(lax))}},
        {u"adm"_s, u"in someone else's name"_s, u"in the name of the person logged in"_s,
         {audit(903), insert(903, lax, annId, sha(lax))}},
        {u"adm"_s, u"with a text that is not the one hashed"_s, u"does not match its text"_s,
         {audit(904), insert(904, lax, admId, sha(json))}},
        {u"adm"_s, u"rules that strand the submitted request"_s, u"states the workflow definition does not have"_s,
         {audit(905), insert(905, tiny, admId, sha(tiny))}},
        {u"adm"_s, u"rules that are not a workflow definition"_s, u"not a workflow definition"_s,
         {audit(906), insert(906, "{}", admId, sha("{}"))}},
        {u"adm"_s, u"rewrite the rules in force"_s, u"permission denied for table workflow_definition"_s,
         {u"UPDATE workflow_definition SET definition = '{}'"_s}},
        {u"adm"_s, u"delete the rules in force"_s, u"permission denied for table workflow_definition"_s,
         {u"DELETE FROM workflow_definition"_s}},
        {u"adm"_s, u"write the guards' table"_s, u"permission denied for table workflow_transition"_s,
         {u"DELETE FROM workflow_transition WHERE action = 'submit'"_s}},
        {u"adm"_s, u"reload the guards from other rules"_s, u"permission denied for function cd_load_workflow"_s,
         {u"SELECT cd_load_workflow('{}'::JSONB)"_s}},
    };
    const auto snapshot = [&] {
        return adm.scalar(u"SELECT (SELECT string_agg(id || ':' || sha256, ',' ORDER BY id) FROM workflow_definition) "
                          "|| '/' || (SELECT count(*) FROM workflow_transition) || '/' || "
                          "(SELECT string_agg(array_to_string(required, ','), ';' ORDER BY from_state, action) "
                          "FROM workflow_transition)"_s)
            ->toString();
    };
    const QString before = snapshot();
    for (const auto &[login, what, expected, statements] : attacks) {
        auto tried = attempt(*s->as.value(login), statements);
        QVERIFY2(!tried, qPrintable(u"%1 could %2"_s.arg(login, what)));
        QVERIFY2(tried.error().message.contains(expected),
                 qPrintable(u"%1 tried to %2: %3"_s.arg(login, what, tried.error().message)));
        QCOMPARE(snapshot(), before);
    }
    QCOMPARE(WorkflowStore(adm).history()->size(), 1);
}

void TestServerPolicy::suggestionMatchesTheCore()
{
    // The server's guard for override reasons derives the suggested category and priority as the
    // core does: from the CIs, what depends on them and their protection needs.
    QTemporaryDir dir;
    auto s = secured(dir);
    QVERIFY2(s, Test::why(s));
    const Database &admin = *s->office.db;
    const CiRepository cis(admin, u"setup"_s, m_clock);
    const auto add = [&](const QString &name, ProtectionLevel confidentiality) -> qint64 {
        ConfigurationItem ci;
        ci.name = name;
        ci.ciClass = CiClass::Server;
        ci.protection.confidentiality = confidentiality;
        auto added = cis.add(ci);
        return added ? added->id : 0;
    };
    const qint64 hypervisor = add(u"hv-01"_s, ProtectionLevel::Normal);
    const qint64 payroll = add(u"vm-payroll"_s, ProtectionLevel::VeryHigh);
    const qint64 portal = add(u"vm-portal"_s, ProtectionLevel::High);
    const qint64 sw = add(u"switch-core"_s, ProtectionLevel::Normal);
    QVERIFY(hypervisor && payroll && portal && sw);
    QVERIFY(cis.relate(payroll, RelationType::RunsOn, hypervisor));
    QVERIFY(cis.relate(portal, RelationType::DependsOn, payroll));
    for (int i = 0; i < ChangeAnalysis::kManyDependents; ++i) {
        const qint64 desk = add(u"pc-%1"_s.arg(i, 3, 10, QChar(u'0')), ProtectionLevel::Normal);
        QVERIFY(desk);
        QVERIFY(cis.relate(desk, RelationType::DependsOn, sw));
    }
    const ChangeService service(*s->as.value(u"ann"_s), WorkflowDefinition::builtIn(), m_clock);
    const ChangeActor ann = *service.actor();
    const QList<std::tuple<QList<qint64>, QString, bool>> cases {
        {{s->office.printer}, u"normal"_s, false},
        {{s->office.server}, u"normal"_s, false},
        {{s->office.database}, u"normal"_s, false},
        {{s->office.printer}, u"normal"_s, true},
        {{s->office.server}, u"normal"_s, true},
        {{s->office.printer}, u"emergency"_s, false},
        {{hypervisor}, u"normal"_s, false}, // inherits very high from the VM that runs on it
        {{payroll}, u"standard"_s, true},
        {{portal, s->office.printer}, u"normal"_s, false},
        {{sw}, u"normal"_s, false}, // many dependents
        {{sw}, u"normal"_s, true},
        {{}, u"service_request"_s, false},
    };
    QSet<QString> seen;
    for (const auto &[ids, type, security] : cases) {
        ChangeRequest r = draft(u"Case"_s, ids);
        r.type = type;
        r.securityRelevant = security;
        auto created = service.create(r, ann);
        QVERIFY2(created, Test::why(created));
        auto core = service.suggestion(*created);
        QVERIFY2(core, Test::why(core));
        auto server = admin.scalar(u"SELECT array_to_string(cd_suggestion(?, ?, ?), '/')"_s,
                                   {created->id, type, security});
        QVERIFY2(server, Test::why(server));
        QCOMPARE(server->toString(), core->category + u'/' + core->priority);
        seen.insert(server->toString());
    }
    // The cases cover every category and priority.
    for (const QString &value : {u"minor/"_s, u"serious/"_s, u"far_reaching/"_s, u"/low"_s, u"/normal"_s, u"/high"_s})
        QVERIFY2(std::ranges::any_of(seen, [&](const QString &v) { return v.contains(value); }), qPrintable(value));
}

void TestServerPolicy::sqliteSaysItUsesTheCore()
{
    QTemporaryDir dir;
    auto o = Test::office(u"sqlite"_s, dir);
    QVERIFY2(o, Test::why(o));
    auto report = ServerPolicy(*o->db).install();
    QVERIFY(!report);
    QCOMPARE(report.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(report.error().message.contains(u"ChangeDesk's own checks"_s),
             qPrintable(report.error().message));
    QCOMPARE(*ServerPolicy(*o->db).installed(), false);
}

void TestServerPolicy::changedeskctlSecuresAndLoginsAct()
{
    QTemporaryDir dir;
    auto o = Test::office(u"postgresql"_s, dir);
    QVERIFY2(o, Test::why(o));
    auto fixture = Test::postgresFixture();
    QVERIFY2(fixture, Test::why(fixture));
    const QProcessEnvironment env = Test::postgresEnvironment();
    const QString superuser = o->db->url().toDisplayString();
    const auto urlOf = [&](const QString &login) { return loginUrl(*o->db, login); };

    // Only a superuser secures a database.
    auto notYet = Test::runCtl({u"--db"_s, urlOf(u"ann"_s), u"server"_s, u"secure"_s}, env);
    QCOMPARE(notYet.exitCode, 1);
    auto secure = Test::runCtl({u"--db"_s, superuser, u"--json"_s, u"server"_s, u"secure"_s}, env);
    QVERIFY2(secure.exitCode == 0, secure.describe());
    QCOMPARE(secure.json().value(u"owner"_s).toString(), o->db->url().databaseName() + u"_owner"_s);
    QVERIFY(secure.json().value(u"transitions"_s).toInt() >= 27);

    QFile secret(dir.filePath(u"password"_s));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write(fixture->password.toUtf8() + "\n");
    secret.close();
    for (const QString &login : {u"ann"_s, u"aud"_s}) {
        auto set = Test::runCtl({u"--db"_s, superuser, u"server"_s, u"password"_s, login,
                                 u"--password-file"_s, secret.fileName()},
                                env);
        QVERIFY2(set.exitCode == 0, set.describe());
    }
    auto nobody = Test::runCtl({u"--db"_s, superuser, u"server"_s, u"password"_s, u"ghost"_s,
                                u"--password-file"_s, secret.fileName()},
                               env);
    QCOMPARE(nobody.exitCode, 1);
    QVERIFY2(nobody.err.contains(u"'ghost'"_s), nobody.describe());

    // The login is the user: no --as.
    QFile request(dir.filePath(u"rfc.json"_s));
    QVERIFY(request.open(QIODevice::WriteOnly));
    request.write(R"({"title": "Patch the printer", "affected": ["printer-2"]})");
    request.close();
    auto created = Test::runCtl(
        {u"--db"_s, urlOf(u"ann"_s), u"--json"_s, u"rfc"_s, u"create"_s, request.fileName()}, env);
    QVERIFY2(created.exitCode == 0, created.describe());
    auto listed = Test::runCtl({u"--db"_s, urlOf(u"aud"_s), u"--json"_s, u"rfc"_s, u"list"_s}, env);
    QVERIFY2(listed.exitCode == 0, listed.describe());
    QVERIFY2(listed.out.contains(u"Patch the printer"_s), listed.describe());
    // The auditor reads and is refused writing, with the reason.
    auto refused = Test::runCtl({u"--db"_s, urlOf(u"aud"_s), u"rfc"_s, u"create"_s, request.fileName()}, env);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"aud"_s), refused.describe());
}

// The change calendar on a secured server: the change manager keeps windows and freezes through
// their login (with audit events); an applicant cannot, not even with raw SQL; a change without its
// audit event is refused at commit; implementers follow the edit rules of the request.
void TestServerPolicy::calendarThroughLogins()
{
    QTemporaryDir dir;
    auto s = secured(dir);
    QVERIFY2(s, Test::why(s));
    const auto actorOf = [&](const QString &login) {
        return *ChangeService(*s->as.value(login), WorkflowDefinition::builtIn(), m_clock).actor();
    };
    MaintenanceWindow night;
    night.name = u"Server night"_s;
    night.timeZone = u"Europe/Berlin"_s;
    night.firstDate = QDate(2026, 11, 1);
    night.startTime = QTime(22, 0);
    night.endTime = QTime(2, 0);
    const CalendarRepository byCarl(*s->as.value(u"carl"_s), actorOf(u"carl"_s), m_clock);
    auto window = byCarl.addWindow(night);
    QVERIFY2(window, Test::why(window));
    MaintenanceWindow later = *window;
    later.endTime = QTime(3, 0);
    QVERIFY2(byCarl.updateWindow(later), "the change manager edits the window");
    auto events = AuditLog(*s->office.db).eventsFor(u"maintenance_window"_s, window->id);
    QVERIFY2(events, Test::why(events));
    QCOMPARE(events->size(), 2);
    QCOMPARE(events->last().actor, u"carl"_s);

    // ann: the repository refuses, and so does the server for raw SQL.
    const Database &ann = *s->as.value(u"ann"_s);
    QVERIFY(!CalendarRepository(ann, actorOf(u"ann"_s), m_clock).addWindow(night));
    const Status raw = attempt(ann, {u"INSERT INTO freeze_period (name, starts_at, ends_at, created_at, updated_at) "
                                     "VALUES ('x', now(), now() + interval '1 day', now(), now())"_s});
    QVERIFY(!raw);
    QVERIFY2(raw.error().message.contains(u"permission denied"_s), qPrintable(raw.error().message));
    // carl without an audit event: refused at commit.
    const Status silent = attempt(*s->as.value(u"carl"_s), {u"UPDATE maintenance_window SET name = 'quiet' WHERE id = %1"_s.arg(window->id)});
    QVERIFY(!silent);
    QVERIFY2(silent.error().message.contains(u"audit event"_s), qPrintable(silent.error().message));
    QCOMPARE(byCarl.windows()->first().name, u"Server night"_s);

    // Implementers: the change manager names them on a submitted request; the applicant cannot.
    const ChangeActor ann2 = actorOf(u"ann"_s);
    const ChangeService annService(ann, WorkflowDefinition::builtIn(), m_clock);
    auto request = annService.create(draft(u"Reboot"_s, {s->office.server}), ann2);
    QVERIFY2(request, Test::why(request));
    QVERIFY(annService.act(request->id, u"submit"_s, ann2));
    const Status byApplicant = attempt(ann, {u"INSERT INTO change_implementer (change_id, person_id) VALUES (%1, %2)"_s
                                                 .arg(request->id)
                                                 .arg(s->office[u"ian"_s].personId)});
    QVERIFY(!byApplicant);
    const ChangeService carlService(*s->as.value(u"carl"_s), WorkflowDefinition::builtIn(), m_clock);
    auto current = carlService.get(request->id);
    QVERIFY2(current, Test::why(current));
    ChangeRequest edited = *current;
    edited.implementerIds = {s->office[u"ian"_s].personId};
    edited.expectedDowntimeMinutes = 15;
    edited.needsRestart = true;
    auto saved = carlService.update(edited, actorOf(u"carl"_s));
    QVERIFY2(saved, Test::why(saved));
    QCOMPARE(carlService.get(request->id)->implementerIds, edited.implementerIds);
}

// The CAB on a secured server: the change manager convenes through their login, the chair (a
// board member) records attendance, votes and the approval, which authorizes the request; an
// applicant cannot write to the meeting's tables, and a write without its audit event is refused
// at commit.
void TestServerPolicy::cabThroughLogins()
{
    QTemporaryDir dir;
    auto s = secured(dir);
    QVERIFY2(s, Test::why(s));
    const auto actorOf = [&](const QString &login) {
        return *ChangeService(*s->as.value(login), WorkflowDefinition::builtIn(), m_clock).actor();
    };
    const ChangeService carlChanges(*s->as.value(u"carl"_s), WorkflowDefinition::builtIn(), m_clock);
    const ChangeService annChanges(*s->as.value(u"ann"_s), WorkflowDefinition::builtIn(), m_clock);
    ChangeRequest r = draft(u"Kernel update"_s, {s->office.server});
    r.testPlan = u"Smoke test"_s;
    r.fallbackPlan = u"Snapshot"_s;
    r.fallbackCriteria = u"No answer"_s;
    auto created = annChanges.create(r, actorOf(u"ann"_s));
    QVERIFY2(created, Test::why(created));
    const qint64 id = created->id;
    QVERIFY(annChanges.act(id, u"submit"_s, actorOf(u"ann"_s)));
    QVERIFY(carlChanges.act(id, u"accept"_s, actorOf(u"carl"_s)));
    QVERIFY(carlChanges.act(id, u"classify"_s, actorOf(u"carl"_s),
                            {{u"priority"_s, u"normal"_s}, {u"category"_s, u"serious"_s}, {u"impact"_s, u"x"_s},
                             {u"resources"_s, u"y"_s}}));
    auto sent = carlChanges.act(id, u"request_cab_review"_s, actorOf(u"carl"_s),
                                {{u"change_manager_recommendation"_s, u"Approve"_s}});
    QVERIFY2(sent, Test::why(sent));

    const CabService byCarl(*s->as.value(u"carl"_s), carlChanges, m_clock);
    CabMeeting m;
    m.title = u"Weekly CAB"_s;
    m.start = kStart.addDays(1);
    m.members = {{s->office[u"bea"_s].personId, CabMember::Role::Chair, false, {}}};
    auto meeting = byCarl.create(m, actorOf(u"carl"_s));
    QVERIFY2(meeting, Test::why(meeting));
    auto agenda = byCarl.buildAgenda(meeting->id, actorOf(u"carl"_s));
    QVERIFY2(agenda && agenda->items.size() == 1, "one item");

    const ChangeService beaChanges(*s->as.value(u"bea"_s), WorkflowDefinition::builtIn(), m_clock);
    const CabService byBea(*s->as.value(u"bea"_s), beaChanges, m_clock);
    const ChangeActor bea = actorOf(u"bea"_s);
    QVERIFY2(byBea.setPresent(meeting->id, bea.personId, true, bea), "the chair records attendance");
    auto voted = byBea.vote(meeting->id, agenda->items.first().id, bea.personId, CabVote::Choice::Approve, {}, bea);
    QVERIFY2(voted, Test::why(voted));
    auto approved = byBea.decide(meeting->id, agenda->items.first().id, CabDecision::Approve, u"Go"_s, {}, bea);
    QVERIFY2(approved, Test::why(approved));
    QCOMPARE(carlChanges.get(id)->state, u"authorized"_s);
    auto events = AuditLog(*s->office.db).eventsFor(u"cab_meeting"_s, meeting->id);
    QVERIFY2(events, Test::why(events));
    QCOMPARE(events->last().actor, u"bea"_s);
    QCOMPARE(events->last().action, u"cab.decide"_s);

    // ann: permission denied; carl without an audit event: refused at commit.
    const Status raw = attempt(*s->as.value(u"ann"_s),
                               {u"UPDATE cab_item SET decision = 'reject' WHERE meeting_id = %1"_s.arg(meeting->id)});
    QVERIFY(!raw);
    QVERIFY2(raw.error().message.contains(u"permission denied"_s), qPrintable(raw.error().message));
    const Status silent = attempt(*s->as.value(u"carl"_s),
                                  {u"UPDATE cab_meeting SET location = 'quiet' WHERE id = %1"_s.arg(meeting->id)});
    QVERIFY(!silent);
    QVERIFY2(silent.error().message.contains(u"audit event"_s), qPrintable(silent.error().message));
    QCOMPARE(byCarl.meeting(meeting->id)->location, QString());
}

void TestServerPolicy::packagesThroughLogins()
{
    QTemporaryDir dir;
    auto s = secured(dir);
    QVERIFY2(s, Test::why(s));
    const Database &admin = *s->office.db;
    const auto actorOf = [&](const QString &login) {
        return *ChangeService(*s->as.value(login), WorkflowDefinition::builtIn(), m_clock).actor();
    };
    const ChangeService annChanges(*s->as.value(u"ann"_s), WorkflowDefinition::builtIn(), m_clock);
    const ChangeService ianChanges(*s->as.value(u"ian"_s), WorkflowDefinition::builtIn(), m_clock);
    const WorkflowTransition *start = WorkflowDefinition::builtIn().transition(u"scheduled"_s, u"start"_s);
    QVERIFY(start);
    auto original = annChanges.create(draft(u"Original"_s, {s->office.printer}), actorOf(u"ann"_s));
    QVERIFY2(original, Test::why(original));
    auto created = annChanges.create(Test::filledFor(*start, u"Patch day"_s, s->office.printer, original->id),
                                     actorOf(u"ann"_s));
    QVERIFY2(created, Test::why(created));
    QVERIFY2(admin.exec(u"SET session_replication_role = replica"_s), "superuser bypass for the set-up");
    QVERIFY(admin.exec(u"UPDATE change_request SET state = 'scheduled' WHERE id = ?"_s, {created->id}));
    QVERIFY(admin.exec(u"SET session_replication_role = origin"_s));

    // ian keeps the library through his login; the checksum he was given is wrong.
    const QByteArray content = QByteArray("update\n").repeated(500);
    const QString path = dir.filePath(u"update.msi"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(content) == content.size());
    f.close();
    const PackageLibrary ian(*s->as.value(u"ian"_s), actorOf(u"ian"_s), m_clock);
    Package p;
    p.kind = u"patch"_s;
    p.vendor = u"Vendor"_s;
    p.product = u"Client"_s;
    p.version = u"1.2"_s;
    p.checksums = QByteArray(64, 'b') + "  update.msi\n";
    p.checksumsSource = u"mistyped"_s;
    auto wrong = ian.add(p, path);
    QVERIFY2(wrong, Test::why(wrong));
    PackageVerifier verifier(*TrustStore(*s->as.value(u"ian"_s)).snapshot());
    auto failed = ian.verify(wrong->id, verifier);
    QVERIFY2(failed && failed->reason == ReasonCode::ChecksumMismatch, "mismatch through ian's login");
    QVERIFY2(ianChanges.attachPackage(created->id, wrong->id, actorOf(u"ian"_s)), "ian attaches");

    // The core refuses to start; so does the server in raw SQL, also when the package's status is
    // forged without an audit event.
    auto waits = ianChanges.act(created->id, u"start"_s, actorOf(u"ian"_s));
    QVERIFY(!waits);
    QVERIFY2(waits.error().message.contains(u"Vendor Client 1.2"_s), qPrintable(waits.error().message));
    const Status raw = attempt(*s->as.value(u"ian"_s),
                               {auditInsert(u"change.start"_s, created->id),
                                u"UPDATE change_request SET state = 'implementing', row_version = row_version + 1 "
                                "WHERE id = %1"_s.arg(created->id)});
    QVERIFY(!raw);
    QVERIFY2(raw.error().message.contains(u"packages_verified"_s), qPrintable(raw.error().message));
    const Status forged = attempt(*s->as.value(u"ian"_s),
                                  {u"UPDATE package SET status = 'verified' WHERE id = %1"_s.arg(wrong->id)});
    QVERIFY(!forged);
    QVERIFY2(forged.error().message.contains(u"audit event"_s), qPrintable(forged.error().message));
    const Status byAnn = attempt(*s->as.value(u"ann"_s),
                                 {u"UPDATE package SET status = 'verified' WHERE id = %1"_s.arg(wrong->id)});
    QVERIFY(!byAnn);
    QVERIFY2(byAnn.error().message.contains(u"permission denied"_s), qPrintable(byAnn.error().message));
    QCOMPARE(ian.get(wrong->id)->status, Package::Status::Failed);

    // The right file verified: the request starts. Released by carl; the register takes no change.
    Package right = p;
    right.version = u"1.2 (again)"_s;
    right.checksums = QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex() + "  update.msi\n";
    right.checksumsSource = u"vendor page"_s;
    auto good = ian.add(right, path);
    QVERIFY2(good, Test::why(good));
    QVERIFY(ian.verify(good->id, verifier)->ok());
    QVERIFY2(ianChanges.detachPackage(created->id, wrong->id, actorOf(u"ian"_s)), "ian detaches");
    QVERIFY2(ianChanges.attachPackage(created->id, good->id, actorOf(u"ian"_s)), "ian attaches");
    auto started = ianChanges.act(created->id, u"start"_s, actorOf(u"ian"_s));
    QVERIFY2(started, Test::why(started));

    PackageAcceptance a;
    a.testEnvironment = u"Lab"_s;
    a.tests = {{u"Install"_s, u"passed"_s, {}}};
    a.accepted = true;
    QVERIFY2(ian.accept(good->id, a), "ian accepts");
    QVERIFY(!ian.release(good->id, QDate(2026, 12, 1), {}));
    auto released
        = PackageLibrary(*s->as.value(u"carl"_s), actorOf(u"carl"_s), m_clock).release(good->id, QDate(2026, 12, 1), {});
    QVERIFY2(released, Test::why(released));
    const Status rewrite = attempt(*s->as.value(u"carl"_s),
                                   {u"UPDATE checksum_register SET sha256 = 'x' WHERE seq = %1"_s.arg(released->seq)});
    QVERIFY(!rewrite);
    const Status insertByIan = attempt(*s->as.value(u"ian"_s),
                                       {u"INSERT INTO checksum_register SELECT * FROM checksum_register WHERE seq = 1"_s});
    QVERIFY(!insertByIan);
    QVERIFY2(insertByIan.error().message.contains(u"permission denied"_s), qPrintable(insertByIan.error().message));
    auto verified = AuditLog(admin).verify();
    QVERIFY2(verified && verified->intact(), "the audit trail is intact");
}

int main(int argc, char *argv[])
{
    QCA::Initializer crypto; // the package library's digests go through QCA
    QCoreApplication app(argc, argv);
    TestServerPolicy test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_serverpolicy.moc"
