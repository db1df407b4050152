// Signed checkpoints of the audit trail (issue 4) with real OpenPGP keys made for the test in a
// throwaway GNUPGHOME, through QCA's GnuPG provider: taking and verifying one, a changed file, a
// file signed by another key than the expected or the named one, a checkpoint of another database,
// and the tampering only a checkpoint catches: a cut-off tail and a consistently rewritten chain.

#include "audittestsupport.h"
#include "testsupport.h"

#include "audit/auditcheckpoint.h"
#include "audit/auditlog.h"
#include "audit/openpgp.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QtCrypto>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

namespace {

const QDateTime kStart(QDate(2026, 3, 2), QTime(8, 15), QTimeZone::UTC);

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool writeJson(const QString &path, const QJsonObject &object)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(QJsonDocument(object).toJson()) > 0;
}

// Rewrites events `from`..head with new hashes so that the chain is consistent again, and the
// head with them: what someone who knows the encoding and can bypass the triggers could do.
Status rechain(const Database &db, qint64 from)
{
    auto events = AuditLog(db).latest(1000000);
    if (!events)
        return fail(events.error());
    std::reverse(events->begin(), events->end());
    QByteArray previous(32, '\0');
    QStringList statements;
    QList<QVariantList> params;
    for (const AuditEvent &event : std::as_const(*events)) {
        previous = AuditLog::chainHash(previous, event.seq, AuditLog::canonicalBytes(event));
        if (event.seq >= from) {
            statements << u"UPDATE audit_event SET hash = ? WHERE seq = ?"_s;
            params << QVariantList {QString::fromLatin1(previous.toHex()), event.seq};
        }
    }
    statements << u"UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1"_s;
    params << QVariantList {events->isEmpty() ? 0 : events->constLast().seq,
                            QString::fromLatin1(previous.toHex())};
    return Test::tamper(db, statements, params);
}

} // namespace

class TestAuditCheckpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { Test::failOnSqlWarnings(); }
    void takeAndVerify_data() { Test::addBackendColumn(); }
    void takeAndVerify();
    void changedFile_data();
    void changedFile();
    void signedByAnotherKey();
    void otherDatabase();
    void cutOffTailCaught_data() { Test::addBackendColumn(); }
    void cutOffTailCaught();
    void rewrittenChainCaught_data() { Test::addBackendColumn(); }
    void rewrittenChainCaught();
    void damagedTrailIsNotCheckpointed();
    void keyProblems();

private:
    Result<std::shared_ptr<Database>> trail(const QString &backend, QTemporaryDir &dir, int events);

    std::unique_ptr<Test::GpgHome> m_gpg;
    QString m_keyA;
    QString m_keyB;
};

void TestAuditCheckpoint::initTestCase()
{
    m_gpg = std::make_unique<Test::GpgHome>();
    // QCA runs gpg with this process's environment; set before its key store first starts.
    qputenv("GNUPGHOME", m_gpg->path().toLocal8Bit());
    auto a = m_gpg->generate(u"Audit Office A <audit-a@example.org>"_s);
    QVERIFY2(a, Test::why(a));
    auto b = m_gpg->generate(u"Someone Else B <b@example.org>"_s);
    QVERIFY2(b, Test::why(b));
    m_keyA = *a;
    m_keyB = *b;
    QCOMPARE(m_keyA.size(), 40);
    QVERIFY(m_keyA != m_keyB);
    auto ready = OpenPgp::available();
    QVERIFY2(ready, Test::why(ready));
}

Result<std::shared_ptr<Database>> TestAuditCheckpoint::trail(const QString &backend, QTemporaryDir &dir,
                                                             int events)
{
    auto db = Test::openFresh(backend, dir);
    if (!db)
        return db;
    ManualClock clock(kStart);
    const AuditLog log(**db, u"jdevries"_s, clock);
    for (int i = 1; i <= events; ++i) {
        if (auto appended = log.append(Test::sampleEvent(i)); !appended)
            return fail(appended.error());
        clock.advanceSeconds(1);
    }
    return db;
}

void TestAuditCheckpoint::takeAndVerify()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto db = trail(backend, dir, 6);
    QVERIFY2(db, Test::why(db));
    const QString file = dir.filePath(u"head.checkpoint"_s);
    ManualClock clock(kStart.addDays(1));
    const AuditLog log(**db, u"jdevries"_s, clock);
    auto taken = log.checkpoint(m_keyA, file);
    QVERIFY2(taken, Test::why(taken));
    auto head = log.head();
    QVERIFY2(head, Test::why(head));
    QCOMPARE(taken->seq, 6);
    QCOMPARE(taken->hash, head->hash);
    QCOMPARE(taken->databaseId, head->databaseId);
    QCOMPARE(taken->keyFingerprint, m_keyA);
    QCOMPARE(taken->takenAt, kStart.addDays(1));
    if (backend == u"sqlite")
        QCOMPARE(taken->headOccurredAt, kStart.addSecs(5));

    // The file as documented: the signed payload holds the head.
    const QJsonObject json = readJson(file);
    QCOMPARE(json.value(u"format"_s).toString(), u"changedesk-audit-checkpoint/1"_s);
    const QJsonObject payload
        = QJsonDocument::fromJson(json.value(u"payload"_s).toString().toUtf8()).object();
    QCOMPARE(payload.value(u"seq"_s).toInteger(), 6);
    QCOMPARE(payload.value(u"hash"_s).toString(), head->hash);
    QCOMPARE(payload.value(u"key"_s).toString(), m_keyA);
    QVERIFY(json.value(u"signature"_s).toString().startsWith(u"-----BEGIN PGP SIGNATURE-----"_s));

    // GnuPG itself accepts the signature of the payload.
    QFile::remove(dir.filePath(u"payload"_s));
    {
        QFile out(dir.filePath(u"payload"_s));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(json.value(u"payload"_s).toString().toUtf8());
        QFile sig(dir.filePath(u"payload.asc"_s));
        QVERIFY(sig.open(QIODevice::WriteOnly));
        sig.write(json.value(u"signature"_s).toString().toLatin1());
    }
    const auto gpg = Test::runProcess(
        u"gpg"_s, {u"--batch"_s, u"--verify"_s, dir.filePath(u"payload.asc"_s), dir.filePath(u"payload"_s)},
        m_gpg->environment());
    QVERIFY2(gpg.exitCode == 0, gpg.describe());

    // Verified without a key (the one the file names), by fingerprint and by long key ID.
    for (const QString &key : {QString(), m_keyA, m_keyA.right(16), m_keyA.toLower()}) {
        auto verified = log.verify(file, key);
        QVERIFY2(verified, Test::why(verified));
        QVERIFY2(verified->intact(),
                 qPrintable(verified->checkpoint ? verified->checkpoint->message : QString()));
        QVERIFY(verified->checkpoint && verified->checkpoint->good());
        QCOMPARE(verified->checkpoint->signerFingerprint, m_keyA);
        QCOMPARE(verified->checkpoint->signerUserId, u"Audit Office A <audit-a@example.org>"_s);
        QCOMPARE(verified->checked, 6);
    }

    // The trail goes on growing; the checkpoint still holds.
    ManualClock later(kStart.addDays(2));
    QVERIFY(AuditLog(**db, u"jdevries"_s, later).append(Test::sampleEvent(7)));
    auto grown = log.verify(file);
    QVERIFY2(grown && grown->intact(), "the checkpoint fails after the trail grew");
    QCOMPARE(grown->checked, 7);

    // Expecting another key fails, naming both.
    auto wrong = log.verify(file, m_keyB);
    QVERIFY2(wrong, Test::why(wrong));
    QVERIFY(!wrong->intact());
    QVERIFY(!wrong->problem); // the chain itself is fine
    QCOMPARE(wrong->checkpoint->statusName(), u"wrong-key"_s);
    QVERIFY2(wrong->checkpoint->message.contains(m_keyA) && wrong->checkpoint->message.contains(m_keyB),
             qPrintable(wrong->checkpoint->message));
}

void TestAuditCheckpoint::changedFile_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("seq lowered") << u"seq"_s << u"bad-signature"_s << u"changed after key"_s;
    QTest::newRow("hash replaced") << u"hash"_s << u"bad-signature"_s << u"changed after key"_s;
    QTest::newRow("signature damaged") << u"signature"_s << u"malformed"_s << u"cannot be checked"_s;
    QTest::newRow("format") << u"format"_s << u"malformed"_s << u"\"format\""_s;
    QTest::newRow("not JSON") << u"garbage"_s << u"malformed"_s << u"not JSON"_s;
    QTest::newRow("no signature") << u"unsigned"_s << u"malformed"_s << u"no \"signature\""_s;
}

void TestAuditCheckpoint::changedFile()
{
    QFETCH(QString, change);
    QFETCH(QString, status);
    QFETCH(QString, message);
    QTemporaryDir dir;
    auto db = trail(u"sqlite"_s, dir, 5);
    QVERIFY2(db, Test::why(db));
    const QString file = dir.filePath(u"head.checkpoint"_s);
    const AuditLog log(**db);
    QVERIFY2(log.checkpoint(m_keyA, file), "no checkpoint");

    QJsonObject json = readJson(file);
    QString payload = json.value(u"payload"_s).toString();
    if (change == u"seq") {
        payload.replace(u"\"seq\":5"_s, u"\"seq\":3"_s);
        json.insert(u"payload"_s, payload);
    } else if (change == u"hash") {
        const QString hash = QJsonDocument::fromJson(payload.toUtf8()).object().value(u"hash"_s).toString();
        payload.replace(hash, QString(64, u'a'));
        json.insert(u"payload"_s, payload);
    } else if (change == u"signature") {
        // The armoured signature's body, each character changed.
        QStringList lines = json.value(u"signature"_s).toString().split(u'\n');
        for (QString &line : lines) {
            if (!line.startsWith(u'-') && !line.isEmpty() && !line.startsWith(u'='))
                line = QString(line.size(), u'A');
        }
        json.insert(u"signature"_s, lines.join(u'\n'));
    } else if (change == u"format") {
        json.insert(u"format"_s, u"something-else/1"_s);
    } else if (change == u"unsigned") {
        json.remove(u"signature"_s);
    }
    if (change == u"garbage") {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write("{ this is not a checkpoint");
    } else {
        QVERIFY(writeJson(file, json));
    }

    auto verified = log.verify(file, m_keyA);
    QVERIFY2(verified, Test::why(verified));
    QVERIFY(!verified->intact());
    QVERIFY(!verified->problem);
    QCOMPARE(verified->checkpoint->statusName(), status);
    QVERIFY2(verified->checkpoint->message.contains(message), qPrintable(verified->checkpoint->message));
    QVERIFY2(verified->checkpoint->message.contains(file), qPrintable(verified->checkpoint->message));
}

void TestAuditCheckpoint::signedByAnotherKey()
{
    QTemporaryDir dir;
    auto db = trail(u"sqlite"_s, dir, 4);
    QVERIFY2(db, Test::why(db));
    const AuditLog log(**db);
    const QString byB = dir.filePath(u"b.checkpoint"_s);
    QVERIFY2(log.checkpoint(m_keyB, byB), "no checkpoint by B");

    // B's own checkpoint is good when nobody asks for A, and refused when A is expected.
    auto unpinned = log.verify(byB);
    QVERIFY2(unpinned && unpinned->intact(), "B's checkpoint does not verify");
    QCOMPARE(unpinned->checkpoint->signerFingerprint, m_keyB);
    auto pinned = log.verify(byB, m_keyA);
    QVERIFY2(pinned, Test::why(pinned));
    QCOMPARE(pinned->checkpoint->statusName(), u"wrong-key"_s);
    QVERIFY2(pinned->checkpoint->message.contains(u"not by the key %1 you gave"_s.arg(m_keyA)),
             qPrintable(pinned->checkpoint->message));
    QVERIFY2(pinned->checkpoint->message.contains(u"Someone Else B"_s),
             qPrintable(pinned->checkpoint->message));

    // A checkpoint that names A as its signer but was signed by B.
    AuditCheckpoint claimed;
    claimed.seq = 4;
    claimed.hash = log.head()->hash;
    claimed.databaseId = log.head()->databaseId;
    claimed.keyFingerprint = m_keyA;
    claimed.takenAt = kStart;
    const QByteArray payload = AuditCheckpointFile::payload(claimed);
    auto signature = OpenPgp::signDetached(m_keyB, payload);
    QVERIFY2(signature, Test::why(signature));
    const QString forged = dir.filePath(u"forged.checkpoint"_s);
    QVERIFY(writeJson(forged,
                      QJsonObject {{u"format"_s, u"changedesk-audit-checkpoint/1"_s},
                                   {u"payload"_s, QString::fromUtf8(payload)},
                                   {u"signature"_s, QString::fromLatin1(*signature)}}));
    auto named = log.verify(forged);
    QVERIFY2(named, Test::why(named));
    QCOMPARE(named->checkpoint->statusName(), u"wrong-key"_s);
    QVERIFY2(named->checkpoint->message.contains(
                 u"names key %1 as its signer but was signed by key %2"_s.arg(m_keyA, m_keyB)),
             qPrintable(named->checkpoint->message));
}

void TestAuditCheckpoint::otherDatabase()
{
    QTemporaryDir dir;
    auto first = trail(u"sqlite"_s, dir, 3);
    QVERIFY2(first, Test::why(first));
    const QString file = dir.filePath(u"first.checkpoint"_s);
    QVERIFY2(AuditLog(**first).checkpoint(m_keyA, file), "no checkpoint");
    // Another database with the very same events (same times and actor): only its identity differs.
    QTemporaryDir otherDir;
    auto second = trail(u"sqlite"_s, otherDir, 3);
    QVERIFY2(second, Test::why(second));
    QCOMPARE(AuditLog(**second).head()->hash, AuditLog(**first).head()->hash);
    auto verified = AuditLog(**second).verify(file, m_keyA);
    QVERIFY2(verified, Test::why(verified));
    QVERIFY(!verified->intact());
    QCOMPARE(verified->checkpoint->statusName(), u"other-database"_s);
    QVERIFY2(verified->checkpoint->message.contains(u"another database"_s),
             qPrintable(verified->checkpoint->message));
}

void TestAuditCheckpoint::cutOffTailCaught()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto db = trail(backend, dir, 10);
    QVERIFY2(db, Test::why(db));
    const QString file = dir.filePath(u"head.checkpoint"_s);
    const AuditLog log(**db);
    QVERIFY2(log.checkpoint(m_keyA, file), "no checkpoint");

    // Events 8 to 10 go, and the head is set back to event 7: the chain alone cannot tell.
    auto seven = (*db)->scalar(u"SELECT hash FROM audit_event WHERE seq = 7"_s);
    QVERIFY2(seven, Test::why(seven));
    const auto cut = Test::tamper(**db,
                                  {u"DELETE FROM audit_event WHERE seq > 7"_s,
                                   u"UPDATE audit_head SET seq = 7, hash = ? WHERE id = 1"_s},
                                  {{}, {seven->toString()}});
    QVERIFY2(cut, Test::why(cut));
    auto alone = log.verify();
    QVERIFY2(alone, Test::why(alone));
    QVERIFY(alone->intact());
    QCOMPARE(alone->checked, 7);

    auto caught = log.verify(file, m_keyA);
    QVERIFY2(caught, Test::why(caught));
    QVERIFY(!caught->intact());
    QVERIFY(caught->checkpoint->good());
    QVERIFY(caught->problem.has_value());
    QCOMPARE(caught->problem->kindName(), u"cut-off"_s);
    QCOMPARE(caught->problem->seq, 8);
    QVERIFY2(caught->problem->message.contains(u"Event 8 is missing"_s),
             qPrintable(caught->problem->message));
    QVERIFY2(caught->problem->message.contains(u"checkpoint holds event 10"_s),
             qPrintable(caught->problem->message));
}

void TestAuditCheckpoint::rewrittenChainCaught()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto db = trail(backend, dir, 10);
    QVERIFY2(db, Test::why(db));
    const QString file = dir.filePath(u"head.checkpoint"_s);
    const AuditLog log(**db);
    QVERIFY2(log.checkpoint(m_keyA, file), "no checkpoint");

    // Event 3's action changes, and every hash from there on is recomputed.
    QVERIFY(Test::tamper(**db, {u"UPDATE audit_event SET action = 'ci.nothing-happened' WHERE seq = 3"_s}));
    const auto rewritten = rechain(**db, 3);
    QVERIFY2(rewritten, Test::why(rewritten));
    auto alone = log.verify();
    QVERIFY2(alone && alone->intact(), "the consistently rewritten chain should verify by itself");

    auto caught = log.verify(file);
    QVERIFY2(caught, Test::why(caught));
    QVERIFY(!caught->intact());
    QCOMPARE(caught->problem->kindName(), u"checkpoint-mismatch"_s);
    QCOMPARE(caught->problem->seq, 10);
    QVERIFY2(caught->problem->message.contains(u"rewritten"_s), qPrintable(caught->problem->message));
}

void TestAuditCheckpoint::damagedTrailIsNotCheckpointed()
{
    QTemporaryDir dir;
    auto db = trail(u"sqlite"_s, dir, 5);
    QVERIFY2(db, Test::why(db));
    QVERIFY(Test::tamper(**db, {u"DELETE FROM audit_event WHERE seq = 2"_s}));
    const QString file = dir.filePath(u"head.checkpoint"_s);
    auto refused = AuditLog(**db).checkpoint(m_keyA, file);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::Corrupt);
    QVERIFY2(refused.error().message.contains(u"No checkpoint was written"_s)
                 && refused.error().message.contains(u"Event 2 is missing"_s),
             qPrintable(refused.error().message));
    QVERIFY(!QFile::exists(file));
}

void TestAuditCheckpoint::keyProblems()
{
    QTemporaryDir dir;
    auto db = trail(u"sqlite"_s, dir, 2);
    QVERIFY2(db, Test::why(db));
    const AuditLog log(**db);
    const QString file = dir.filePath(u"head.checkpoint"_s);
    auto unknown = log.checkpoint(QString(40, u'A'), file);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().kind, ErrorKind::NotFound);
    QVERIFY2(unknown.error().message.contains(u"no secret OpenPGP key"_s)
                 && unknown.error().message.contains(m_gpg->path()),
             qPrintable(unknown.error().message));
    auto garbage = log.checkpoint(u"not-a-key"_s, file);
    QVERIFY(!garbage);
    QCOMPARE(garbage.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(garbage.error().message.contains(u"'not-a-key'"_s), qPrintable(garbage.error().message));
    QVERIFY(!QFile::exists(file));
    auto missing = log.verify(dir.filePath(u"nothing-here"_s));
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, ErrorKind::NotFound);
    auto badKey = log.verify(file, u"xyz"_s);
    QVERIFY(!badKey);
    QCOMPARE(badKey.error().kind, ErrorKind::InvalidInput);
}

int main(int argc, char *argv[])
{
    QCA::Initializer crypto;
    QCoreApplication app(argc, argv);
    TestAuditCheckpoint test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_auditcheckpoint.moc"
