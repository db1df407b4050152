// The audit trail's hash chain (issue 4) on SQLite and PostgreSQL: append and verify, the byte
// encoding built here by hand from its description, the same head on both backends, tampering with
// raw SQL past the triggers (every field, deleted, swapped and forged rows, cut-off tails), the
// triggers that refuse changes, appends inside the caller's transaction, and concurrent appends.

#include "audittestsupport.h"
#include "testsupport.h"

#include "audit/auditlog.h"
#include "storage/database.h"
#include "storage/sqlitedirect.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMutex>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <latch>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

namespace {

const QDateTime kStart(QDate(2026, 3, 2), QTime(8, 15, 0, 250), QTimeZone::UTC);

// 4-byte big-endian length, then the bytes.
QByteArray field(const QByteArray &bytes)
{
    QByteArray out;
    const quint32 n = quint32(bytes.size());
    out.append(char(n >> 24)).append(char(n >> 16)).append(char(n >> 8)).append(char(n));
    return out + bytes;
}

QByteArray seqBytes(qint64 seq)
{
    QByteArray out(8, '\0');
    for (int i = 0; i < 8; ++i)
        out[7 - i] = char(quint64(seq) >> (8 * i));
    return out;
}

Result<AuditVerification> verify(const Database &db)
{
    return AuditLog(db).verify();
}

// Appends `count` sample events; on SQLite one second apart from kStart.
Status appendSamples(const Database &db, ManualClock &clock, int count, int from = 1)
{
    const AuditLog log(db, u"jdevries"_s, clock);
    for (int i = from; i < from + count; ++i) {
        if (auto appended = log.append(Test::sampleEvent(i)); !appended)
            return fail(appended.error());
        clock.advanceSeconds(1);
    }
    return {};
}

// Changes one character of `column` of event `seq` the way a byte flip would.
Status flip(const Database &db, const QString &column, qint64 seq)
{
    const bool pg = db.backend() == Backend::PostgreSQL;
    const bool time = column == u"occurred_at";
    const QString read = pg && time
        ? u"to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"_s
        : u"CAST(%1 AS TEXT)"_s.arg(column);
    auto value = db.scalar(u"SELECT %1 FROM audit_event WHERE seq = ?"_s.arg(read), {seq});
    if (!value)
        return fail(value.error());
    QString text = value->toString();
    if (text.isEmpty())
        return fail(ErrorKind::Internal, u"%1 of event %2 is empty"_s.arg(column).arg(seq));
    // The seconds' last digit of a time, the last digit of an id, else a character in the middle.
    const qsizetype at = time ? 18 : column == u"object_id" ? text.size() - 1 : text.size() / 2;
    text[at] = QChar(text.at(at).unicode() ^ 1);
    QString write = u"?"_s;
    if (pg && time)
        write = u"CAST(? AS TIMESTAMPTZ)"_s;
    else if (pg && column == u"object_id")
        write = u"CAST(? AS BIGINT)"_s;
    return Test::tamper(db, {u"UPDATE audit_event SET %1 = %2 WHERE seq = ?"_s.arg(column, write)},
                        {{text, seq}});
}

// Runs `work(i)` on `count` threads that start together; false when one did not end in time.
bool runTogether(int count, const std::function<void(int)> &work)
{
    std::latch start(count);
    QList<QThread *> threads;
    for (int i = 0; i < count; ++i) {
        threads << QThread::create([&, i] {
            start.arrive_and_wait();
            work(i);
        });
        threads.last()->start();
    }
    bool finished = true;
    for (QThread *thread : std::as_const(threads)) {
        finished &= thread->wait(QDeadlineTimer(300000));
        delete thread;
    }
    return finished;
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { Test::failOnSqlWarnings(); }
    void canonicalJson();
    void encodingAsDocumented();
    void appendAndVerify_data() { Test::addBackendColumn(); }
    void appendAndVerify();
    void sameHeadOnBothBackends();
    void tampering_data();
    void tampering();
    void triggersRefuseChanges_data() { Test::addBackendColumn(); }
    void triggersRefuseChanges();
    void postgresDecidesWhoAndWhen();
    void postgresSealsAtCommit();
    void rolledBackActionLeavesNoEvent_data() { Test::addBackendColumn(); }
    void rolledBackActionLeavesNoEvent();
    void concurrentAppends_data() { Test::addBackendColumn(); }
    void concurrentAppends();
    void emptyTrail_data() { Test::addBackendColumn(); }
    void emptyTrail();
    void badEvents();
};

void TestAuditLog::canonicalJson()
{
    // Sorted keys, no whitespace, minimal escapes, UTF-8 as is, integers without a fraction.
    const QJsonObject object {
        {u"z"_s, 1},
        {u"a"_s, QJsonObject {{u"y"_s, u"x\"\\\n\t\u0001é€"_s}, {u"b"_s, QJsonValue()}}},
        {u"m"_s, QJsonArray {2.5, -3, true, false, 1e21}},
        {u"B"_s, 9007199254740993LL}};
    const QByteArray expected = "{\"B\":9007199254740993,\"a\":{\"b\":null,\"y\":\"x\\\"\\\\\\n\\t\\u0001"
                                "\xc3\xa9\xe2\x82\xac\"},\"m\":[2.5,-3,true,false,1e+21],\"z\":1}";
    QCOMPARE(AuditLog::canonicalJson(object), expected);
    // The same object built in another order, or read back from other JSON text, gives the same bytes.
    const QJsonObject reread
        = QJsonDocument::fromJson(QJsonDocument(object).toJson(QJsonDocument::Indented)).object();
    QCOMPARE(AuditLog::canonicalJson(reread), expected);
}

void TestAuditLog::encodingAsDocumented()
{
    // The description in auditlog.h, built here byte by byte.
    AuditEvent event;
    event.occurredAt = kStart;
    event.actor = u"jdevries"_s;
    event.action = u"rights.grant"_s;
    event.objectType = u"rights_profile"_s;
    event.objectId = -42;
    event.after = QJsonObject {{u"profile"_s, u"Read-only"_s}, {u"ci"_s, u"fw-01"_s}};
    const QByteArray e1 = field("2026-03-02T08:15:00.250Z") + field("jdevries") + field("rights.grant")
        + field("rights_profile") + field("-42") + field("")
        + field("{\"ci\":\"fw-01\",\"profile\":\"Read-only\"}");
    QCOMPARE(AuditLog::canonicalBytes(event), e1);
    const QByteArray h1
        = QCryptographicHash::hash(QByteArray(32, '\0') + seqBytes(1) + e1, QCryptographicHash::Sha256);
    QCOMPARE(AuditLog::chainHash(QByteArray(32, '\0'), 1, e1), h1);
    QCOMPARE(AuditLog::genesisHash(), QString(64, u'0'));

    // SQLite stores exactly that, with the clock's time and the given actor.
    QTemporaryDir dir;
    auto db = Test::openFresh(u"sqlite"_s, dir);
    QVERIFY2(db, Test::why(db));
    ManualClock clock(kStart);
    const AuditLog log(**db, u"someone-else"_s, clock);
    auto stored = log.append(event);
    QVERIFY2(stored, Test::why(stored));
    QCOMPARE(stored->seq, 1);
    QCOMPARE(stored->hash, QString::fromLatin1(h1.toHex()));
    AuditEvent second;
    second.action = u"ci.delete"_s;
    clock.advanceSeconds(60);
    auto next = log.append(second);
    QVERIFY2(next, Test::why(next));
    QCOMPARE(next->actor, u"someone-else"_s); // the log's actor where the event names none
    const QByteArray e2 = field("2026-03-02T08:16:00.250Z") + field("someone-else") + field("ci.delete")
        + field("") + field("") + field("") + field("");
    const QByteArray h2 = QCryptographicHash::hash(h1 + seqBytes(2) + e2, QCryptographicHash::Sha256);
    QCOMPARE(next->hash, QString::fromLatin1(h2.toHex()));
    auto head = log.head();
    QVERIFY2(head, Test::why(head));
    QCOMPARE(head->seq, 2);
    QCOMPARE(head->hash, next->hash);
}

void TestAuditLog::appendAndVerify()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto db = Test::openFresh(backend, dir);
    QVERIFY2(db, Test::why(db));
    ManualClock clock(kStart);
    QVERIFY2(appendSamples(**db, clock, 30), "appending failed");
    // A batch in one transaction continues the chain.
    QList<AuditEvent> batch;
    for (int i = 31; i <= 50; ++i)
        batch << Test::sampleEvent(i);
    const AuditLog log(**db, u"jdevries"_s, clock);
    auto batchHead = log.append(batch);
    QVERIFY2(batchHead, Test::why(batchHead));
    QCOMPARE(batchHead->seq, 50);

    auto verified = verify(**db);
    QVERIFY2(verified, Test::why(verified));
    QVERIFY2(verified->intact(), qPrintable(verified->problem ? verified->problem->message : QString()));
    QCOMPARE(verified->checked, 50);
    QCOMPARE(verified->head.seq, 50);
    QCOMPARE(verified->head.hash, batchHead->hash);
    QVERIFY(!verified->head.databaseId.isEmpty());

    // What was stored reads back as it was given.
    auto latest = log.latest(3);
    QVERIFY2(latest, Test::why(latest));
    QCOMPARE(latest->size(), 3);
    QCOMPARE(latest->at(0).seq, 50);
    QCOMPARE(latest->at(2).seq, 48);
    const AuditEvent expected = Test::sampleEvent(50);
    const AuditEvent &got = latest->at(0);
    QCOMPARE(got.action, expected.action);
    QCOMPARE(got.objectType, expected.objectType);
    QCOMPARE(got.objectId, expected.objectId);
    QCOMPARE(got.before, expected.before);
    QCOMPARE(got.after, expected.after);
    QCOMPARE(got.hash, batchHead->hash);
    if (backend == u"sqlite") {
        QCOMPARE(got.actor, u"jdevries"_s);
        QCOMPARE(got.occurredAt, kStart.addSecs(30));
    } else {
        QCOMPARE(got.actor, u"cdtest"_s); // the server's session user, whatever the client says
        QVERIFY(qAbs(got.occurredAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);
    }
}

void TestAuditLog::sameHeadOnBothBackends()
{
    // The server's trigger and this library encode alike: the events PostgreSQL stored, appended on
    // SQLite with the same times and actors, give the same hashes.
    QTemporaryDir dir;
    auto pg = Test::openFresh(u"postgresql"_s, dir);
    QVERIFY2(pg, Test::why(pg));
    ManualClock unused(kStart);
    QVERIFY2(appendSamples(**pg, unused, 12), "appending on PostgreSQL failed");
    auto stored = AuditLog(**pg).latest(100);
    QVERIFY2(stored, Test::why(stored));
    QCOMPARE(stored->size(), 12);

    auto lite = Test::openFresh(u"sqlite"_s, dir);
    QVERIFY2(lite, Test::why(lite));
    ManualClock clock(kStart);
    const AuditLog log(**lite, {}, clock);
    for (auto it = stored->crbegin(); it != stored->crend(); ++it) {
        clock.set(it->occurredAt);
        AuditEvent again = *it;
        again.seq = 0;
        again.hash.clear();
        auto appended = log.append(again);
        QVERIFY2(appended, Test::why(appended));
        QCOMPARE(appended->seq, it->seq);
        QCOMPARE(appended->occurredAt, it->occurredAt);
        QCOMPARE(appended->hash, it->hash);
    }
    auto pgHead = AuditLog(**pg).head();
    auto liteHead = log.head();
    QVERIFY2(pgHead && liteHead, "no head");
    QCOMPARE(liteHead->hash, pgHead->hash);
}

void TestAuditLog::tampering_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("tampering");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qint64>("seq");
    QTest::addColumn<bool>("direct");
    // SQLite is read through SQLite's own interface where it can be had, else through Qt's: both.
    const QStringList variants = Test::backends() << u"sqlite-qt"_s;
    for (const QString &variant : variants) {
        const QString backend = variant.startsWith(u"sqlite"_s) ? u"sqlite"_s : variant;
        const bool direct = variant != u"sqlite-qt";
        const auto row = [&](const QString &tampering, const QString &kind, qint64 seq) {
            QTest::addRow("%s: %s", qPrintable(variant), qPrintable(tampering))
                << backend << tampering << kind << seq << direct;
        };
        for (const QString &column : {u"occurred_at"_s, u"actor"_s, u"action"_s, u"object_type"_s,
                                      u"object_id"_s, u"before_json"_s, u"after_json"_s, u"hash"_s})
            row(u"flip "_s + column, u"hash-mismatch"_s, 5);
        row(u"flip the first event"_s, u"hash-mismatch"_s, 1);
        row(u"flip the last event"_s, u"hash-mismatch"_s, 10);
        row(u"delete a row in the middle"_s, u"gap"_s, 5);
        row(u"delete the first row"_s, u"gap"_s, 1);
        row(u"swap two rows"_s, u"hash-mismatch"_s, 5);
        row(u"append a forged row"_s, u"hash-mismatch"_s, 11);
        row(u"append a forged row with the right hash"_s, u"not-appended"_s, 11);
        row(u"cut off the tail"_s, u"cut-off"_s, 8);
        row(u"change the head"_s, u"head-mismatch"_s, 10);
        if (backend == u"postgresql")
            row(u"add a microsecond"_s, u"bad-value"_s, 5);
    }
}

void TestAuditLog::tampering()
{
    QFETCH(QString, backend);
    QFETCH(QString, tampering);
    QFETCH(QString, kind);
    QFETCH(qint64, seq);
    QFETCH(bool, direct);
    SqliteStatement::setEnabled(direct);
    const auto restore = qScopeGuard([] { SqliteStatement::setEnabled(true); });
    QTemporaryDir dir;
    auto db = Test::openFresh(backend, dir);
    QVERIFY2(db, Test::why(db));
    if (backend == u"sqlite")
        QCOMPARE(SqliteStatement::available(**db), direct);
    ManualClock clock(kStart);
    QVERIFY2(appendSamples(**db, clock, 10), "appending failed");
    auto intact = verify(**db);
    QVERIFY2(intact && intact->intact(), "the trail is not intact before tampering");
    const QString lastHash = intact->head.hash;

    Status done;
    if (tampering.startsWith(u"flip "_s) && !tampering.contains(u" event"_s)) {
        done = flip(**db, tampering.mid(5), 5);
    } else if (tampering == u"flip the first event") {
        done = flip(**db, u"action"_s, 1);
    } else if (tampering == u"flip the last event") {
        done = flip(**db, u"after_json"_s, 10);
    } else if (tampering == u"delete a row in the middle") {
        done = Test::tamper(**db, {u"DELETE FROM audit_event WHERE seq = 5"_s});
    } else if (tampering == u"delete the first row") {
        done = Test::tamper(**db, {u"DELETE FROM audit_event WHERE seq = 1"_s});
    } else if (tampering == u"swap two rows") {
        done = Test::tamper(**db,
                            {u"UPDATE audit_event SET seq = 1000 WHERE seq = 5"_s,
                             u"UPDATE audit_event SET seq = 5 WHERE seq = 6"_s,
                             u"UPDATE audit_event SET seq = 6 WHERE seq = 1000"_s});
    } else if (tampering.startsWith(u"append a forged row"_s)) {
        // A row that claims to be event 11, written past the audit log (and on PostgreSQL past the
        // chaining trigger). With the right hash it still lacks the head's record of it.
        AuditEvent forged = Test::sampleEvent(11);
        forged.occurredAt = kStart.addSecs(3600);
        forged.actor = u"jdevries"_s;
        const QByteArray canonical = AuditLog::canonicalBytes(forged);
        const QString hash = tampering.endsWith(u"right hash"_s)
            ? QString::fromLatin1(
                AuditLog::chainHash(QByteArray::fromHex(lastHash.toLatin1()), 11, canonical).toHex())
            : QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
        done = Test::tamper(
            **db,
            {u"INSERT INTO audit_event (seq, occurred_at, actor, action, object_type, object_id, "
             u"before_json, "
             "after_json, hash) VALUES (11, ?, ?, ?, ?, ?, ?, ?, ?)"_s},
            {{(*db)->dialect().toDb(forged.occurredAt), forged.actor, forged.action, forged.objectType,
              *forged.objectId, QString::fromUtf8(AuditLog::canonicalJson(*forged.before)),
              QString::fromUtf8(AuditLog::canonicalJson(*forged.after)), hash}});
    } else if (tampering == u"cut off the tail") {
        done = Test::tamper(**db, {u"DELETE FROM audit_event WHERE seq > 7"_s});
    } else if (tampering == u"change the head") {
        done = Test::tamper(**db, {u"UPDATE audit_head SET hash = ? WHERE id = 1"_s}, {{QString(64, u'f')}});
    } else if (tampering == u"add a microsecond") {
        done = Test::tamper(
            **db,
            {u"UPDATE audit_event SET occurred_at = occurred_at + interval '1 microsecond' WHERE seq = 5"_s});
    } else {
        QFAIL("unknown tampering");
    }
    QVERIFY2(done, Test::why(done));

    auto found = verify(**db);
    QVERIFY2(found, Test::why(found));
    QVERIFY(!found->intact());
    QVERIFY(found->problem.has_value());
    QCOMPARE(found->problem->kindName(), kind);
    QCOMPARE(found->problem->seq, seq);
    // The message names the event.
    QVERIFY2(found->problem->message.contains(QRegularExpression(u"\\b%1\\b"_s.arg(seq))),
             qPrintable(found->problem->message));
    if (kind == u"hash-mismatch" || kind == u"gap" || kind == u"bad-value")
        QCOMPARE(found->checked, seq - 1); // every event before the first bad one was recomputed
}

void TestAuditLog::triggersRefuseChanges()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto db = Test::openFresh(backend, dir);
    QVERIFY2(db, Test::why(db));
    ManualClock clock(kStart);
    QVERIFY2(appendSamples(**db, clock, 3), "appending failed");
    QStringList refused {u"UPDATE audit_event SET actor = 'mallory' WHERE seq = 2"_s,
                         u"DELETE FROM audit_event WHERE seq = 3"_s, u"DELETE FROM audit_event"_s,
                         u"DELETE FROM audit_head"_s};
    if (backend == u"postgresql")
        refused << u"TRUNCATE audit_event"_s << u"TRUNCATE audit_head"_s
                << u"UPDATE audit_head SET seq = 1"_s;
    for (const QString &sql : std::as_const(refused)) {
        // Even inside a transaction of the caller's, and as the superuser the fixture logs in as.
        const auto done = (*db)->write([&]() -> Status {
            auto ran = (*db)->exec(sql, {}, u"tampering"_s);
            if (!ran)
                return fail(ran.error());
            return {};
        });
        QVERIFY2(!done, qPrintable(u"'%1' was not refused"_s.arg(sql)));
        const QString message = done.error().message;
        QVERIFY2(message.contains(u"audit_event is append-only"_s)
                     || message.contains(u"audit_head cannot be deleted"_s)
                     || message.contains(u"audit_head changes only when an event is appended"_s),
                 qPrintable(message));
        QVERIFY2(message.contains(u"refused"_s), qPrintable(message));
    }
    auto verified = verify(**db);
    QVERIFY2(verified && verified->intact(), "the trail changed");
    QCOMPARE(verified->checked, 3);
}

void TestAuditLog::postgresDecidesWhoAndWhen()
{
    // A client inserting by hand cannot choose the seq, time, actor or hash: the trigger sets them.
    QTemporaryDir dir;
    auto db = Test::openFresh(u"postgresql"_s, dir);
    QVERIFY2(db, Test::why(db));
    ManualClock clock(kStart);
    QVERIFY2(appendSamples(**db, clock, 2), "appending failed");
    // Until its transaction commits the event is pending: a negative seq and no hash.
    auto inserted = (*db)->exec(
        u"INSERT INTO audit_event (seq, occurred_at, actor, action, hash) VALUES "
        "(99, '2001-01-01T00:00:00Z', 'mallory', 'forged', 'abc') RETURNING seq, actor, hash"_s);
    QVERIFY2(inserted, Test::why(inserted));
    QVERIFY(inserted->next());
    QVERIFY(inserted->value(0).toLongLong() < 0);
    QCOMPARE(inserted->value(1).toString(), u"cdtest"_s);
    QCOMPARE(inserted->value(2).toString(), QString());
    // Committed, it is sealed: the next place in the chain and its hash.
    auto sealed = (*db)->exec(u"SELECT seq, actor, hash FROM audit_event WHERE action = 'forged'"_s);
    QVERIFY2(sealed, Test::why(sealed));
    QVERIFY(sealed->next());
    QCOMPARE(sealed->value(0).toLongLong(), 3);
    QCOMPARE(sealed->value(1).toString(), u"cdtest"_s);
    QCOMPARE(sealed->value(2).toString().size(), 64);
    auto verified = verify(**db);
    QVERIFY2(verified && verified->intact(), "the chain does not verify after a raw insert");
    QCOMPARE(verified->checked, 3);
    auto latest = AuditLog(**db).latest(1);
    QVERIFY2(latest, Test::why(latest));
    QVERIFY(latest->at(0).occurredAt.date().year() >= 2025);
}

void TestAuditLog::postgresSealsAtCommit()
{
    // record() leaves the event pending until its transaction commits: nobody else sees it, the
    // head does not move, and the client cannot change it. At commit it gets the next place.
    QTemporaryDir dir;
    auto db = Test::openFresh(u"postgresql"_s, dir);
    QVERIFY2(db, Test::why(db));
    ManualClock clock(kStart);
    QVERIFY2(appendSamples(**db, clock, 2), "appending failed");
    auto other = Database::open((*db)->url());
    QVERIFY2(other, Test::why(other));
    const AuditLog log(**db);
    const auto count = [&](const Database &on) { return on.scalar(u"SELECT count(*) FROM audit_event"_s)->toInt(); };

    const auto done = (*db)->write([&]() -> Status {
        for (int i = 0; i < 3; ++i) {
            AuditEvent event;
            event.action = u"test.pending"_s;
            event.objectType = u"thing"_s;
            event.objectId = i;
            if (auto recorded = log.record(event); !recorded)
                return recorded;
        }
        if (count(**db) != 5 || count(**other) != 2)
            return fail(ErrorKind::Internal, u"the pending events are seen by another connection"_s);
        auto head = AuditLog(**other).head();
        if (!head || head->seq != 2)
            return fail(ErrorKind::Internal, u"the head moved before the commit"_s);
        auto pending = (*db)->scalar(u"SELECT count(*) FROM audit_event WHERE seq < 0 AND hash = ''"_s);
        if (!pending || pending->toInt() != 3)
            return fail(ErrorKind::Internal, u"the recorded events are not pending"_s);
        auto changed = (*db)->exec(u"UPDATE audit_event SET action = 'test.changed' WHERE seq < 0"_s);
        if (changed || !changed.error().message.contains(u"append-only"_s))
            return fail(ErrorKind::Internal, u"a pending event could be changed"_s);
        return fail(ErrorKind::Conflict, u"roll back the refused update's transaction"_s);
    });
    QVERIFY(!done && done.error().kind == ErrorKind::Conflict);
    QCOMPARE(count(**other), 2); // rolled back: nothing sealed

    const auto committed = (*db)->write([&]() -> Status {
        for (int i = 0; i < 3; ++i) {
            AuditEvent event;
            event.action = u"test.sealed"_s;
            event.objectId = i;
            if (auto recorded = log.record(event); !recorded)
                return recorded;
        }
        return {};
    });
    QVERIFY2(committed, Test::why(committed));
    auto rows = (*other)->exec(u"SELECT seq, object_id, occurred_at FROM audit_event WHERE action = 'test.sealed' "
                               "ORDER BY seq"_s);
    QVERIFY2(rows, Test::why(rows));
    QDateTime previous;
    for (int i = 0; i < 3; ++i) {
        QVERIFY(rows->next());
        QCOMPARE(rows->value(0).toLongLong(), 3 + i); // in the order recorded, after the two before
        QCOMPARE(rows->value(1).toLongLong(), i);
        const QDateTime at = (*other)->dialect().dateTimeFromDb(rows->value(2));
        QVERIFY(!previous.isValid() || previous <= at);
        previous = at;
    }
    auto head = AuditLog(**other).head();
    QVERIFY2(head, Test::why(head));
    QCOMPARE(head->seq, 5);
    auto verified = verify(**other);
    QVERIFY2(verified && verified->intact(), "the chain does not verify after sealing");
    QCOMPARE(verified->checked, 5);

    // append() seals at once and says where.
    AuditEvent event;
    event.action = u"test.now"_s;
    auto appended = log.append(event);
    QVERIFY2(appended, Test::why(appended));
    QCOMPARE(appended->seq, 6);
    QCOMPARE(appended->hash, AuditLog(**other).head()->hash);
}

void TestAuditLog::rolledBackActionLeavesNoEvent()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto db = Test::openFresh(backend, dir);
    QVERIFY2(db, Test::why(db));
    ManualClock clock(kStart);
    QVERIFY2(appendSamples(**db, clock, 2), "appending failed");
    const AuditLog log(**db, u"jdevries"_s, clock);

    // The action fails after its event was appended: neither the action's row nor the event stays.
    const auto failed = (*db)->write([&]() -> Status {
        auto set = (*db)->exec(u"INSERT INTO app_setting (key, value, updated_at) VALUES ('k', 'v', ?)"_s,
                               {(*db)->dialect().toDb(kStart)});
        if (!set)
            return fail(set.error());
        auto appended = log.append(Test::sampleEvent(3));
        if (!appended)
            return fail(appended.error());
        if (appended->seq != 3)
            return fail(ErrorKind::Internal, u"unexpected seq %1"_s.arg(appended->seq));
        return fail(ErrorKind::Conflict, u"the action failed"_s);
    });
    QVERIFY(!failed);
    auto head = log.head();
    QVERIFY2(head, Test::why(head));
    QCOMPARE(head->seq, 2);
    QCOMPARE((*db)->scalar(u"SELECT count(*) FROM audit_event"_s)->toInt(), 2);
    QCOMPARE((*db)->scalar(u"SELECT count(*) FROM app_setting"_s)->toInt(), 0);

    // The same action succeeding commits both, and the next event follows without a gap.
    const auto succeeded = (*db)->write([&]() -> Status {
        auto set = (*db)->exec(u"INSERT INTO app_setting (key, value, updated_at) VALUES ('k', 'v', ?)"_s,
                               {(*db)->dialect().toDb(kStart)});
        if (!set)
            return fail(set.error());
        auto appended = log.append(Test::sampleEvent(3));
        if (!appended)
            return fail(appended.error());
        return {};
    });
    QVERIFY2(succeeded, Test::why(succeeded));
    auto verified = verify(**db);
    QVERIFY2(verified && verified->intact(), "the chain does not verify");
    QCOMPARE(verified->checked, 3);
}

void TestAuditLog::concurrentAppends()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto db = Test::openFresh(backend, dir);
    QVERIFY2(db, Test::why(db));
    constexpr int kThreads = 8;
    constexpr int kEach = 200;
    QAtomicInt failures;
    QMutex mutex;
    QString firstError;
    QList<qint64> seqs;
    // Each thread has its own connection (Database gives every thread one) and appends one event
    // per transaction, as separate users would.
    const bool finished = runTogether(kThreads, [&](int thread) {
        const AuditLog log(**db, u"user%1"_s.arg(thread));
        QList<qint64> mine;
        for (int i = 0; i < kEach; ++i) {
            AuditEvent event;
            event.action = u"test.concurrent"_s;
            event.objectType = u"thread"_s;
            event.objectId = thread * 1000 + i;
            // Half the threads seal at commit (record), half at once (append).
            if (thread % 2 == 1) {
                if (auto recorded = log.record(event); !recorded) {
                    failures.fetchAndAddRelaxed(1);
                    const QMutexLocker lock(&mutex);
                    if (firstError.isEmpty())
                        firstError = recorded.error().message;
                }
                continue;
            }
            auto appended = log.append(event);
            if (!appended) {
                failures.fetchAndAddRelaxed(1);
                const QMutexLocker lock(&mutex);
                if (firstError.isEmpty())
                    firstError = appended.error().message;
                continue;
            }
            mine << appended->seq;
        }
        const QMutexLocker lock(&mutex);
        seqs << mine;
    });
    QVERIFY(finished);
    QVERIFY2(failures.loadRelaxed() == 0, qPrintable(firstError));
    QCOMPARE(seqs.size(), kThreads / 2 * kEach);
    QCOMPARE(QSet<qint64>(seqs.cbegin(), seqs.cend()).size(), kThreads / 2 * kEach); // no seq given twice

    auto verified = verify(**db);
    QVERIFY2(verified, Test::why(verified));
    QVERIFY2(verified->intact(), qPrintable(verified->problem ? verified->problem->message : QString()));
    QCOMPARE(verified->checked, kThreads * kEach);
    QCOMPARE(verified->head.seq, kThreads * kEach);
    // Every event of every thread is there once.
    QCOMPARE((*db)->scalar(u"SELECT count(DISTINCT object_id) FROM audit_event"_s)->toInt(),
             kThreads * kEach);
}

void TestAuditLog::emptyTrail()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto db = Test::openFresh(backend, dir);
    QVERIFY2(db, Test::why(db));
    auto verified = verify(**db);
    QVERIFY2(verified, Test::why(verified));
    QVERIFY(verified->intact());
    QCOMPARE(verified->checked, 0);
    QCOMPARE(verified->head.hash, AuditLog::genesisHash());
    auto latest = AuditLog(**db).latest(10);
    QVERIFY2(latest && latest->isEmpty(), "events in a new trail");
    // An empty batch changes nothing.
    auto head = AuditLog(**db).append(QList<AuditEvent> {});
    QVERIFY2(head, Test::why(head));
    QCOMPARE(head->seq, 0);
}

void TestAuditLog::badEvents()
{
    QTemporaryDir dir;
    auto db = Test::openFresh(u"sqlite"_s, dir);
    QVERIFY2(db, Test::why(db));
    const AuditLog log(**db);
    AuditEvent empty;
    auto refused = log.append(empty);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(refused.error().message.contains(u"needs an action"_s), qPrintable(refused.error().message));
    AuditEvent tooLong;
    tooLong.action = QString(201, u'x');
    refused = log.append(tooLong);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"at most 200"_s), qPrintable(refused.error().message));
    // A batch with one bad event writes none.
    auto batch = log.append(QList<AuditEvent> {Test::sampleEvent(1), empty});
    QVERIFY(!batch);
    QCOMPARE(log.head()->seq, 0);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
