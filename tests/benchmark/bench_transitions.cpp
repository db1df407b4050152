// Concurrent workflow transitions on PostgreSQL (issue 4): 16 clients, each taking 500 random
// transitions (halt and resume of changes being implemented) through ChangeService, with its
// optimistic locking and the audit event in the same transaction. Goal: ≥ 500 transitions/s with
// zero lost updates (every record has exactly one audit event per version, and the events match
// the transitions the clients counted). Reference: pgbench with the same number of clients and
// transactions, each the bare SQL of one transition (read, guarded update, audit insert) on the
// same server, in the same run. The server is a throwaway one (tests/support/pgserver.sh) switched
// to durable commits (fsync and synchronous_commit on). A third run secures the database
// (ServerPolicy: logins, group roles, guards) and takes the steps through the implementer's and
// the change manager's own logins; its reference is the first run, without the guards.

#include "benchmarks.h"

#include "access/serverpolicy.h"
#include "change/changeservice.h"
#include "people/peoplerepository.h"
#include "people/personroles.h"
#include "storage/database.h"
#include "storage/migrator.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QRandomGenerator>
#include <QScopeGuard>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Bench {

namespace {

QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

const QString kPgbenchScript = uR"(\set id random(1, %1)
BEGIN;
SELECT state, row_version FROM change_request WHERE id = :id;
UPDATE change_request SET state = CASE WHEN state = 'implementing' THEN 'halted' ELSE 'implementing' END, row_version = row_version + 1, updated_at = now() WHERE id = :id;
INSERT INTO audit_event (seq, occurred_at, actor, action, object_type, object_id, hash) VALUES (0, now(), '', 'change.pgbench', 'change_request', :id, '');
COMMIT;
)"_s;

} // namespace

QString benchTransitions(Context &context, Report &report)
{
    const bool agency = context.scale == DemoScale::Agency;
    const int clients = agency ? 16 : 4;
    const int perClient = agency ? 500 : 50;
    const int records = agency ? 400 : 40;

    const QString serverDir = QDir(context.work).filePath(u"pg-transitions"_s);
    const QString script = QString::fromUtf8(CHANGEDESK_SOURCE_DIR) + u"/tests/support/pgserver.sh"_s;
    runTool(script, {u"stop"_s, serverDir}); // a leftover of an interrupted run
    const ToolRun started = runTool(script, {u"start"_s, serverDir});
    if (!started.error.isEmpty())
        return u"could not start PostgreSQL: "_s + started.error;
    const auto stop = qScopeGuard([&] { runTool(script, {u"stop"_s, serverDir}); });
    const QString password = readFile(serverDir + u"/password"_s);
    qputenv("PGPASSWORD", password.toUtf8());
    auto adminUrl = DatabaseUrl::parse(readFile(serverDir + u"/url"_s));
    if (!adminUrl)
        return adminUrl.error().message;
    {
        auto admin = Database::open(*adminUrl);
        if (!admin)
            return admin.error().message;
        for (const QString &sql :
             {u"ALTER SYSTEM SET fsync = on"_s, u"ALTER SYSTEM SET synchronous_commit = on"_s,
              u"SELECT pg_reload_conf()"_s, u"CREATE DATABASE changedesk_bench"_s}) {
            if (auto done = (*admin)->exec(sql); !done)
                return done.error().message;
        }
    }
    QString urlText = adminUrl->toDisplayString();
    urlText.replace(u"/postgres"_s, u"/changedesk_bench"_s);
    auto url = DatabaseUrl::parse(urlText);
    if (!url)
        return url.error().message;
    auto db = openAndMigrate(*url, {});
    if (!db)
        return db.error().message;

    // The office: an applicant, a change manager and an implementer; `records` changes being
    // implemented, made through the service (create) and placed in "implementing".
    QHash<QString, ChangeActor> people;
    {
        const PeopleRepository repository(**db);
        const PersonRoles roles(**db);
        qint64 admin = 0;
        for (const auto &[login, role] :
             {std::pair {u"adm"_s, u"administrator"_s}, std::pair {u"ann"_s, u"applicant"_s},
              std::pair {u"carl"_s, u"change_manager"_s}, std::pair {u"ian"_s, u"implementer"_s}}) {
            Person p;
            p.login = login;
            p.displayName = login;
            auto added = repository.addPerson(p);
            if (!added)
                return added.error().message;
            if (!admin)
                admin = added->id;
            if (auto given = roles.setRoles(added->id, {role}, admin, login); !given)
                return given.error().message;
            people.insert(login, ChangeActor {added->id, login, login, {role}});
        }
    }
    const ChangeService setup(**db);
    for (int i = 0; i < records; ++i) {
        ChangeRequest r;
        r.title = u"Rollout %1"_s.arg(i + 1);
        r.fallbackPlan = u"Restore the snapshot"_s;
        auto created = setup.create(r, people.value(u"ann"_s));
        if (!created)
            return created.error().message;
    }
    if (auto placed
        = (*db)->exec(u"UPDATE change_request SET state = 'implementing', actual_start = now()"_s);
        !placed)
        return placed.error().message;

    // Three times: durable commits (each waits for its WAL flush); asynchronous commits (a server
    // crash may lose the last fraction of a second of acknowledged work, never the chain's
    // consistency); durable again on the database secured by `server secure`, each person through
    // their own login and every step through the server's guards.
    enum class Mode { Durable, Asynchronous, Secured };
    double plainMs = 0;
    for (const Mode mode : {Mode::Durable, Mode::Asynchronous, Mode::Secured}) {
        const bool durable = mode != Mode::Asynchronous;
        // Who takes each step: the implementer halts, the change manager resumes.
        std::shared_ptr<Database> ianDb = *db;
        std::shared_ptr<Database> carlDb = *db;
        if (mode == Mode::Secured) {
            if (auto set = (*db)->exec(u"ALTER DATABASE changedesk_bench SET synchronous_commit = on"_s); !set)
                return set.error().message;
            db->reset();
            auto reopened = Database::open(*url);
            if (!reopened)
                return reopened.error().message;
            *db = *reopened;
            auto secured = ServerPolicy(**db).install();
            if (!secured)
                return secured.error().message;
            for (const QString &login : {u"ian"_s, u"carl"_s}) {
                if (auto set = ServerPolicy(**db).setPassword(login, password); !set)
                    return set.error().message;
                QString loginUrl = urlText;
                loginUrl.replace(u"://"_s + adminUrl->userName() + u"@"_s, u"://"_s + login + u"@"_s);
                auto parsed = DatabaseUrl::parse(loginUrl);
                if (!parsed)
                    return parsed.error().message;
                auto opened = Database::open(*parsed);
                if (!opened)
                    return opened.error().message;
                (login == u"ian" ? ianDb : carlDb) = *opened;
            }
        }
        if (mode == Mode::Asynchronous) {
            if (auto set = (*db)->exec(u"ALTER DATABASE changedesk_bench SET synchronous_commit = off"_s);
                !set)
                return set.error().message;
            db->reset();
            auto reopened = Database::open(*url);
            if (!reopened)
                return reopened.error().message;
            *db = *reopened;
        }
        const qint64 eventsBefore = [&] {
            auto n = (*db)->scalar(
                u"SELECT COUNT(*) FROM audit_event WHERE action IN ('change.halt', 'change.resume')"_s);
            return n ? n->toLongLong() : -1;
        }();
        std::atomic<qint64> taken {0};
        std::atomic<qint64> conflicts {0};
        QStringList errors;
        QMutex errorLock;
        QElapsedTimer timer;
        timer.start();
        {
            std::vector<std::jthread> threads;
            for (int c = 0; c < clients; ++c) {
                threads.emplace_back([&, c] {
                    const ChangeService service(**db);
                    const ChangeService asIan(*ianDb);
                    const ChangeService asCarl(*carlDb);
                    QRandomGenerator random(quint32(1000 + c));
                    const ChangeActor &carl = people.value(u"carl"_s);
                    const ChangeActor &ian = people.value(u"ian"_s);
                    for (int done = 0; done < perClient;) {
                        const qint64 id = 1 + random.bounded(records);
                        auto record = service.get(id);
                        if (!record) {
                            const QMutexLocker lock(&errorLock);
                            errors << record.error().message;
                            return;
                        }
                        const bool halt = record->state == u"implementing";
                        const ChangeService &acting = halt ? asIan : asCarl;
                        auto result
                            = acting.act(id, halt ? u"halt"_s : u"resume"_s, halt ? ian : carl, {},
                                         halt ? u"Break point: check the pilot"_s : u"Pilot is fine"_s,
                                         record->rowVersion);
                        if (result) {
                            ++done;
                            ++taken;
                        } else if (result.error().kind == ErrorKind::Conflict) {
                            ++conflicts; // someone else was faster: read again, as a person would
                        } else {
                            const QMutexLocker lock(&errorLock);
                            errors << result.error().message;
                            return;
                        }
                    }
                });
            }
        }
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!errors.isEmpty())
            return errors.constFirst();

        // Zero lost updates: one event per version on every record (pgbench's rows too), and as many
        // transition events as the clients counted.
        auto events = (*db)->scalar(
            u"SELECT COUNT(*) FROM audit_event WHERE action IN ('change.halt', 'change.resume')"_s);
        if (!events)
            return events.error().message;
        if (events->toLongLong() - eventsBefore != taken.load())
            return u"%1 transitions were acknowledged but %2 are in the audit trail"_s.arg(taken.load())
                .arg(events->toLongLong());
        auto mismatched = (*db)->scalar(u"SELECT COUNT(*) FROM change_request r WHERE r.row_version <> "
                                        u"(SELECT COUNT(*) FROM audit_event e "
                                        "WHERE e.object_type = 'change_request' AND e.object_id = r.id)"_s);
        if (!mismatched)
            return mismatched.error().message;
        if (mismatched->toLongLong() != 0)
            return u"%1 records have a version without its audit event: lost updates"_s.arg(
                mismatched->toLongLong());

        const qint64 total = qint64(clients) * perClient;
        if (mode == Mode::Secured) {
            // The reference: the same transitions without the guards, a row above.
            report.add({.name = u"workflow transitions, %1 PostgreSQL clients × %2, durable commits, secured "
                                "(server secure: logins and guards)"_s.arg(clients)
                                .arg(perClient),
                        .measuredMs = ms,
                        .goalMs = total * 1000.0 / 500.0,
                        .goalText = u"≥ 500 transitions/s"_s,
                        .referenceMs = plainMs,
                        .referenceText = u"the same without the guards (first row)"_s,
                        .note = u"%1 transitions/s through the server's guards, %2 conflicts retried, 0 lost updates"_s
                                    .arg(qRound(total * 1000.0 / ms))
                                    .arg(conflicts.load())});
            continue;
        }
        if (mode == Mode::Durable)
            plainMs = ms;
        // The reference: pgbench, the same clients and transactions, the bare SQL.
        const QString scriptFile = QDir(context.work).filePath(u"transition.pgbench"_s);
        {
            QFile file(scriptFile);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return u"cannot write %1"_s.arg(scriptFile);
            file.write(kPgbenchScript.arg(records).toUtf8());
        }
        ToolRun pgbench = runTool(
            u"pgbench"_s,
            {u"-n"_s, u"-c"_s, QString::number(clients), u"-j"_s, QString::number(clients), u"-t"_s,
             QString::number(perClient), u"-f"_s, scriptFile, u"-h"_s, adminUrl->host(), u"-p"_s,
             QString::number(adminUrl->port()), u"-U"_s, adminUrl->userName(), u"changedesk_bench"_s});
        if (!pgbench.error.isEmpty())
            return u"pgbench: "_s + pgbench.error;

        report.add(
            {.name
             = u"workflow transitions, %1 PostgreSQL clients × %2, %3"_s.arg(clients).arg(perClient).arg(
                 durable ? u"durable commits"_s : u"asynchronous commits"_s),
             .measuredMs = ms,
             .goalMs = total * 1000.0 / 500.0,
             .goalText = u"≥ 500 transitions/s"_s,
             .referenceMs = pgbench.ms,
             .referenceText = u"pgbench, the bare SQL of each transition"_s,
             .note = u"%1 transitions/s, %2 conflicts retried, 0 lost updates; %3"_s
                         .arg(qRound(total * 1000.0 / ms))
                         .arg(conflicts.load())
                         .arg(durable ? u"fsync and synchronous_commit on"_s : u"synchronous_commit off"_s)});
    }
    return {};
}

} // namespace ChangeDesk::Bench
