// A process killed while it takes workflow transitions leaves an intact database: every
// transition it acknowledged (after its commit) is there with its audit event, no record changed
// without its event, and the audit chain verifies. Killed at seeded points, on SQLite and
// PostgreSQL.

#include "changetestsupport.h"

#include "audit/auditlog.h"
#include "storage/maintenance.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

namespace {

struct Ack {
    qint64 id = 0;
    QString action;
    int rowVersion = 0;
    QString state;
};

} // namespace

class TestChangeCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { Test::failOnSqlWarnings(); }
    void killedMidTransition_data();
    void killedMidTransition();
};

void TestChangeCrash::killedMidTransition_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<quint32>("seed");
    for (const QString &backend : Test::backends()) {
        for (quint32 seed : {11u, 23u, 37u, 53u})
            QTest::addRow("%s, seed %u", qPrintable(backend), seed) << backend << seed;
    }
}

void TestChangeCrash::killedMidTransition()
{
    QFETCH(QString, backend);
    QFETCH(quint32, seed);
    QTemporaryDir dir;
    auto o = Test::office(backend, dir);
    QVERIFY2(o, Test::why(o));
    const QString url = o->db->url().toDisplayString();
    const qint64 ci = o->printer;
    o->db.reset(); // the worker works alone

    // After this many acknowledgements the worker is killed, in the middle of its next transaction
    // or between two.
    const int killAfter = int(QRandomGenerator(seed).bounded(3, 60));
    QProcess worker;
    worker.setProcessEnvironment(backend == u"postgresql" ? Test::postgresEnvironment()
                                                          : QProcessEnvironment::systemEnvironment());
    worker.start(QString::fromUtf8(CRASH_WORKER), {url, QString::number(ci)});
    QVERIFY2(worker.waitForStarted(), qPrintable(worker.errorString()));
    QList<Ack> acks;
    QByteArray pending;
    while (acks.size() < killAfter) {
        if (!worker.canReadLine() && !worker.waitForReadyRead(60000))
            QFAIL(qPrintable(u"the worker stopped after %1 acknowledgements: %2"_s.arg(acks.size())
                                 .arg(QString::fromLocal8Bit(worker.readAllStandardError()))));
        while (worker.canReadLine() && acks.size() < killAfter) {
            const QStringList parts = QString::fromUtf8(worker.readLine()).trimmed().split(u' ');
            QCOMPARE(parts.size(), 5);
            QCOMPARE(parts.at(0), u"ack"_s);
            acks.append({parts.at(1).toLongLong(), parts.at(2), parts.at(3).toInt(), parts.at(4)});
        }
    }
    worker.kill();
    QVERIFY(worker.waitForFinished(60000));
    QCOMPARE(worker.exitStatus(), QProcess::CrashExit);
    // The worker went on while the test read its lines and killed it: what it acknowledged by
    // then is in the pipe (a line is written at once, after its commit).
    const QList<QByteArray> rest = worker.readAllStandardOutput().split('\n');
    for (qsizetype i = 0; i + 1 < rest.size(); ++i) { // the last piece ends no line
        const QStringList parts = QString::fromUtf8(rest.at(i)).trimmed().split(u' ');
        QCOMPARE(parts.size(), 5);
        QCOMPARE(parts.at(0), u"ack"_s);
        acks.append({parts.at(1).toLongLong(), parts.at(2), parts.at(3).toInt(), parts.at(4)});
    }

    auto parsed = DatabaseUrl::parse(url);
    QVERIFY2(parsed, Test::why(parsed));
    auto db = Database::open(*parsed);
    QVERIFY2(db, Test::why(db));
    auto check = Maintenance::check(**db);
    QVERIFY2(check, Test::why(check));
    QVERIFY2(check->ok(), qPrintable(check->integrity + u" "_s + check->foreignKeyProblems.join(u"; "_s)));
    auto verified = AuditLog(**db).verify();
    QVERIFY2(verified, Test::why(verified));
    QVERIFY2(verified->intact(), qPrintable(verified->problem ? verified->problem->message : QString()));

    // Every acknowledged transition is there, in order; at most one more (committed, not yet
    // acknowledged) follows it.
    const ChangeService service(**db);
    QHash<qint64, QStringList> acked;
    for (const Ack &a : std::as_const(acks)) {
        acked[a.id] << u"change."_s + a.action;
        auto record = service.get(a.id);
        QVERIFY2(record, Test::why(record));
        QVERIFY2(record->rowVersion >= a.rowVersion, qPrintable(u"#%1 lost %2"_s.arg(a.id).arg(a.action)));
    }
    auto all = service.list();
    QVERIFY2(all, Test::why(all));
    for (const ChangeSummary &s : std::as_const(*all)) {
        auto record = service.get(s.id);
        QVERIFY2(record, Test::why(record));
        auto history = service.history(s.id);
        QVERIFY2(history, Test::why(history));
        QStringList actions;
        for (const AuditEvent &e : std::as_const(*history))
            actions << e.action;
        // No change without its event: one event per version.
        QCOMPARE(qsizetype(record->rowVersion), actions.size());
        const QStringList expected = acked.value(s.id);
        QVERIFY2(actions.mid(0, expected.size()) == expected,
                 qPrintable(u"#%1: %2 / acknowledged %3"_s.arg(s.id).arg(actions.join(u", "_s),
                                                                         expected.join(u", "_s))));
        QVERIFY(actions.size() <= expected.size() + 1);
    }
    QVERIFY(!acked.isEmpty());
    qInfo("killed after reading %d acknowledgements (%lld written by then); %lld requests, %lld audit events",
          killAfter, qlonglong(acks.size()), qlonglong(all->size()), qlonglong(verified->checked));
}

QTEST_GUILESS_MAIN(TestChangeCrash)
#include "tst_changecrash.moc"
