// changedeskctl's audit commands on both backends: audit verify (intact, tampered, against a signed
// checkpoint, by another keyring), audit checkpoint with a key made for the test, audit list; text,
// JSON, exit codes and the messages on standard error.

#include "audittestsupport.h"
#include "testsupport.h"

#include "audit/auditlog.h"
#include "storage/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

class TestAuditCtl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { Test::failOnSqlWarnings(); }
    void verifyCheckpointList_data() { Test::addBackendColumn(); }
    void verifyCheckpointList();
    void tamperedExitsOne_data() { Test::addBackendColumn(); }
    void tamperedExitsOne();
    void badUsage_data();
    void badUsage();

private:
    // A database made by changedeskctl init with `events` events appended.
    QString prepare(const QString &backend, QTemporaryDir &dir, std::shared_ptr<Database> &db, int events);
    QProcessEnvironment environment(const QString &backend) const;

    std::unique_ptr<Test::GpgHome> m_gpg;
    QString m_key;
};

void TestAuditCtl::initTestCase()
{
    m_gpg = std::make_unique<Test::GpgHome>();
    auto key = m_gpg->generate(u"Audit Office <audit@example.org>"_s);
    QVERIFY2(key, Test::why(key));
    m_key = *key;
}

QProcessEnvironment TestAuditCtl::environment(const QString &backend) const
{
    QProcessEnvironment env = backend == u"postgresql" ? Test::postgresEnvironment() : QProcessEnvironment();
    env.insert(m_gpg->environment());
    return env;
}

QString TestAuditCtl::prepare(const QString &backend, QTemporaryDir &dir, std::shared_ptr<Database> &db,
                              int events)
{
    auto url = Test::freshUrl(backend, dir);
    if (!url) {
        QTest::qFail(Test::why(url), __FILE__, __LINE__);
        return {};
    }
    const QString text = url->toDisplayString();
    const auto init = Test::runCtl({u"--db"_s, text, u"init"_s}, environment(backend));
    if (init.exitCode != 0) {
        QTest::qFail(init.describe(), __FILE__, __LINE__);
        return {};
    }
    auto opened = Database::open(*url);
    if (!opened) {
        QTest::qFail(Test::why(opened), __FILE__, __LINE__);
        return {};
    }
    db = *opened;
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::UTC));
    const AuditLog log(*db, u"jdevries"_s, clock);
    for (int i = 1; i <= events; ++i) {
        if (auto appended = log.append(Test::sampleEvent(i)); !appended) {
            QTest::qFail(Test::why(appended), __FILE__, __LINE__);
            return {};
        }
        clock.advanceSeconds(1);
    }
    return text;
}

void TestAuditCtl::verifyCheckpointList()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    std::shared_ptr<Database> db;
    const QString url = prepare(backend, dir, db, 8);
    QVERIFY(!url.isEmpty());
    const QProcessEnvironment env = environment(backend);
    auto ctl = [&](const QStringList &args) {
        return Test::runCtl(QStringList {u"--db"_s, url} + args, env);
    };

    const auto text = ctl({u"audit"_s, u"verify"_s});
    QVERIFY2(text.exitCode == 0, text.describe());
    QVERIFY2(text.out.contains(u"is intact: 8 events"_s), text.describe());
    QVERIFY2(text.err.isEmpty(), text.describe());
    const auto json = ctl({u"audit"_s, u"verify"_s, u"--json"_s});
    QVERIFY2(json.exitCode == 0, json.describe());
    QCOMPARE(json.json().value(u"ok"_s).toBool(), true);
    QCOMPARE(json.json().value(u"intact"_s).toBool(), true);
    QCOMPARE(json.json().value(u"events"_s).toInteger(), 8);
    QCOMPARE(json.json().value(u"head"_s).toObject().value(u"seq"_s).toInteger(), 8);
    const QString head = AuditLog(*db).head()->hash;
    QCOMPARE(json.json().value(u"head"_s).toObject().value(u"hash"_s).toString(), head);
    QVERIFY(json.json().value(u"problem"_s).isNull());

    // The latest events, newest first.
    const auto list = ctl({u"--json"_s, u"audit"_s, u"list"_s, u"--limit"_s, u"3"_s});
    QVERIFY2(list.exitCode == 0, list.describe());
    const QJsonArray events = list.json().value(u"events"_s).toArray();
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.at(0).toObject().value(u"seq"_s).toInteger(), 8);
    QCOMPARE(events.at(2).toObject().value(u"seq"_s).toInteger(), 6);
    QCOMPARE(events.at(0).toObject().value(u"object_id"_s).toInteger(), 108);
    QCOMPARE(events.at(0).toObject().value(u"after"_s).toObject(), *Test::sampleEvent(8).after);
    QCOMPARE(events.at(0).toObject().value(u"hash"_s).toString(), head);
    const auto listText = ctl({u"audit"_s, u"list"_s});
    QVERIFY2(listText.exitCode == 0, listText.describe());
    QVERIFY2(listText.out.contains(u"ci.update"_s) && listText.out.contains(u"configuration_item 108"_s),
             listText.describe());
    QVERIFY2(listText.out.contains(u"8 events, newest first"_s), listText.describe());

    // A signed checkpoint, then verified against it, by the key and without naming it.
    const QString file = dir.filePath(u"march.checkpoint"_s);
    const auto taken = ctl({u"audit"_s, u"checkpoint"_s, u"--key"_s, m_key, file, u"--json"_s});
    QVERIFY2(taken.exitCode == 0, taken.describe());
    QCOMPARE(taken.json().value(u"seq"_s).toInteger(), 8);
    QCOMPARE(taken.json().value(u"hash"_s).toString(), head);
    QCOMPARE(taken.json().value(u"key"_s).toString(), m_key);
    QVERIFY(QFile::exists(file));
    const auto against
        = ctl({u"audit"_s, u"verify"_s, u"--checkpoint"_s, file, u"--key"_s, m_key, u"--json"_s});
    QVERIFY2(against.exitCode == 0, against.describe());
    const QJsonObject checkpoint = against.json().value(u"checkpoint"_s).toObject();
    QCOMPARE(checkpoint.value(u"status"_s).toString(), u"good"_s);
    QCOMPARE(checkpoint.value(u"seq"_s).toInteger(), 8);
    QCOMPARE(checkpoint.value(u"signer"_s).toString(), m_key);
    const auto againText = ctl({u"audit"_s, u"verify"_s, u"--checkpoint"_s, file});
    QVERIFY2(againText.exitCode == 0, againText.describe());
    QVERIFY2(againText.out.contains(u"signed by %1 (Audit Office <audit@example.org>)"_s.arg(m_key)),
             againText.describe());

    // Someone whose keyring lacks the key cannot trust the checkpoint.
    Test::GpgHome stranger;
    QProcessEnvironment strangerEnv = env;
    strangerEnv.insert(stranger.environment());
    const auto unknown = Test::runCtl(
        {u"--db"_s, url, u"audit"_s, u"verify"_s, u"--checkpoint"_s, file, u"--json"_s}, strangerEnv);
    QCOMPARE(unknown.exitCode, 1);
    QCOMPARE(unknown.json().value(u"checkpoint"_s).toObject().value(u"status"_s).toString(),
             u"unknown-key"_s);
    QVERIFY2(unknown.err.contains(u"not in the keyring"_s), unknown.describe());

    // Events cut off the end, with the head set back: only the checkpoint tells.
    auto five = db->scalar(u"SELECT hash FROM audit_event WHERE seq = 5"_s);
    QVERIFY2(five, Test::why(five));
    QVERIFY(Test::tamper(*db,
                         {u"DELETE FROM audit_event WHERE seq > 5"_s,
                          u"UPDATE audit_head SET seq = 5, hash = ? WHERE id = 1"_s},
                         {{}, {five->toString()}}));
    const auto alone = ctl({u"audit"_s, u"verify"_s});
    QVERIFY2(alone.exitCode == 0, alone.describe());
    const auto cut = ctl({u"audit"_s, u"verify"_s, u"--checkpoint"_s, file, u"--json"_s});
    QCOMPARE(cut.exitCode, 1);
    QCOMPARE(cut.json().value(u"ok"_s).toBool(), false);
    QCOMPARE(cut.json().value(u"intact"_s).toBool(), false);
    QCOMPARE(cut.json().value(u"problem"_s).toObject().value(u"kind"_s).toString(), u"cut-off"_s);
    QCOMPARE(cut.json().value(u"problem"_s).toObject().value(u"seq"_s).toInteger(), 6);
    QVERIFY2(cut.err.contains(u"Event 6 is missing"_s), cut.describe());
}

void TestAuditCtl::tamperedExitsOne()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    std::shared_ptr<Database> db;
    const QString url = prepare(backend, dir, db, 6);
    QVERIFY(!url.isEmpty());
    QVERIFY(Test::tamper(*db, {u"UPDATE audit_event SET action = 'ci.nothing' WHERE seq = 3"_s}));
    const QProcessEnvironment env = environment(backend);

    const auto text = Test::runCtl({u"--db"_s, url, u"audit"_s, u"verify"_s}, env);
    QCOMPARE(text.exitCode, 1);
    QVERIFY2(text.out.contains(u"was tampered with: the first bad event is 3"_s), text.describe());
    QVERIFY2(text.err.contains(u"changedeskctl: Event 3 does not match its hash"_s), text.describe());
    const auto json = Test::runCtl({u"--db"_s, url, u"--json"_s, u"audit"_s, u"verify"_s}, env);
    QCOMPARE(json.exitCode, 1);
    QCOMPARE(json.json().value(u"ok"_s).toBool(), false);
    QCOMPARE(json.json().value(u"events"_s).toInteger(), 2);
    const QJsonObject problem = json.json().value(u"problem"_s).toObject();
    QCOMPARE(problem.value(u"kind"_s).toString(), u"hash-mismatch"_s);
    QCOMPARE(problem.value(u"seq"_s).toInteger(), 3);
    // A damaged trail is not signed.
    const QString file = dir.filePath(u"x.checkpoint"_s);
    const auto refused
        = Test::runCtl({u"--db"_s, url, u"audit"_s, u"checkpoint"_s, u"--key"_s, m_key, file}, env);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"No checkpoint was written"_s), refused.describe());
    QVERIFY(!QFile::exists(file));
}

void TestAuditCtl::badUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no subcommand") << QStringList {u"audit"_s} << u"subcommand"_s;
    QTest::newRow("unknown subcommand") << QStringList {u"audit"_s, u"fix"_s} << u"'fix'"_s;
    QTest::newRow("verify argument") << QStringList {u"audit"_s, u"verify"_s, u"now"_s} << u"no arguments"_s;
    QTest::newRow("verify unknown option") << QStringList {u"audit"_s, u"verify"_s, u"--fast"_s} << u"fast"_s;
    QTest::newRow("key without checkpoint")
        << QStringList {u"audit"_s, u"verify"_s, u"--key"_s, u"ABCDEF0123456789"_s}
        << u"needs --checkpoint"_s;
    QTest::newRow("checkpoint without key")
        << QStringList {u"audit"_s, u"checkpoint"_s, u"out.checkpoint"_s} << u"needs --key"_s;
    QTest::newRow("checkpoint without file")
        << QStringList {u"audit"_s, u"checkpoint"_s, u"--key"_s, u"ABCDEF0123456789"_s} << u"needs --key"_s;
    QTest::newRow("checkpoint bad key")
        << QStringList {u"audit"_s, u"checkpoint"_s, u"--key"_s, u"me"_s, u"out.checkpoint"_s}
        << u"'me' is not an OpenPGP key fingerprint"_s;
    QTest::newRow("list zero") << QStringList {u"audit"_s, u"list"_s, u"--limit"_s, u"0"_s} << u"--limit"_s;
    QTest::newRow("list words") << QStringList {u"audit"_s, u"list"_s, u"--limit"_s, u"many"_s}
                                << u"'many'"_s;
}

void TestAuditCtl::badUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QTemporaryDir dir;
    std::shared_ptr<Database> db;
    const QString url = prepare(u"sqlite"_s, dir, db, 1);
    QVERIFY(!url.isEmpty());
    const auto run = Test::runCtl(QStringList {u"--db"_s, url, u"--json"_s} + args, environment(u"sqlite"_s));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), run.describe());
    QCOMPARE(run.json().value(u"ok"_s).toBool(true), false);
}

QTEST_GUILESS_MAIN(TestAuditCtl)
#include "tst_auditctl.moc"
