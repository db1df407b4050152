// Opening databases: connection settings on both backends, and every way opening can go wrong,
// each with the error kind a caller acts on and a message that names what is wrong.

#include "testsupport.h"

#include "demo/demodata.h"
#include "people/peoplerepository.h"
#include "storage/credentialstore.h"
#include "storage/database.h"
#include "storage/maintenance.h"
#include "storage/migrator.h"
#include "storage/sqlitedirect.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

namespace {

// The CredentialStore interface kept in memory: stands in for the desktop keychain (which needs
// a session bus), and counts how often it is asked.
class MemoryCredentialStore final : public CredentialStore
{
public:
    std::optional<QString> readPassword(const QString &key) const override
    {
        ++reads;
        lastKey = key;
        return passwords.contains(key) ? std::optional<QString>(passwords.value(key)) : std::nullopt;
    }
    Status writePassword(const QString &key, const QString &password) override
    {
        passwords.insert(key, password);
        return {};
    }
    Status removePassword(const QString &key) override
    {
        passwords.remove(key);
        return {};
    }

    QHash<QString, QString> passwords;
    mutable int reads = 0;
    mutable QString lastKey;
};

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

// Sets an environment variable for the length of a scope (libpq reads PGPASSWORD, PGPASSFILE).
class EnvOverride
{
public:
    EnvOverride(const char *name, const QByteArray &value, bool unset = false)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {
        if (unset)
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    ~EnvOverride()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }
    EnvOverride(const EnvOverride &) = delete;
    EnvOverride &operator=(const EnvOverride &) = delete;

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

// Connection settings as this thread's connection sees them.
QStringList settings(const Database &db)
{
    const QStringList names = db.backend() == Backend::SQLite
                                  ? QStringList{u"journal_mode"_s, u"synchronous"_s, u"foreign_keys"_s, u"busy_timeout"_s,
                                                u"cache_size"_s, u"temp_store"_s, u"page_size"_s}
                                  : QStringList{u"TimeZone"_s, u"application_name"_s};
    QStringList values;
    for (const QString &name : names) {
        const auto value = db.scalar(db.backend() == Backend::SQLite ? u"PRAGMA %1"_s.arg(name)
                                                                     : u"SHOW %1"_s.arg(name));
        values << name + u'=' + (value ? value->toString() : u"error: "_s + value.error().message);
    }
    return values;
}

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return fail(ErrorKind::Io, u"cannot write %1: %2"_s.arg(path, file.errorString()));
    return {};
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A ChangeDesk database with some data, closed.
Status makeDatabase(const QString &path, bool outOfDate = false)
{
    auto db = Database::open(DatabaseUrl::sqlite(path), {.createIfMissing = true});
    if (!db)
        return fail(db.error());
    if (auto migrated = Migrator(**db).migrate(); !migrated)
        return fail(migrated.error());
    if (auto demo = DemoData::generate(**db, 3, DemoScale::Small); !demo)
        return fail(demo.error());
    if (outOfDate) {
        if (auto lowered = (*db)->exec(u"DELETE FROM schema_version"_s); !lowered)
            return fail(lowered.error());
    }
    return {};
}

QString errorKind(const Test::ProcessResult &run)
{
    return run.json().value(u"error"_s).toObject().value(u"kind"_s).toString();
}

QString errorMessage(const Test::ProcessResult &run)
{
    return run.json().value(u"error"_s).toObject().value(u"message"_s).toString();
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init() { Test::failOnSqlWarnings(); }
    void connectionSettings_data() { Test::addBackendColumn(); }
    void connectionSettings();
    void foreignKeysAreEnforced_data() { Test::addBackendColumn(); }
    void foreignKeysAreEnforced();
    void valuesTravelAsWritten_data() { Test::addBackendColumn(); }
    void valuesTravelAsWritten();
    void keptPlans_data() { Test::addBackendColumn(); }
    void keptPlans();
    void unknownUrlScheme();
    void missingSqliteFile();
    void sqlitePathIsAFolder();
    void unreachablePostgres();
    void wrongPostgresPassword();
    void missingPostgresPassword();
    void missingPostgresDatabase();
    void keychainSuppliesMissingPassword();
    void corruptSqliteFile_data();
    void corruptSqliteFile();
    void readOnlySqlite();
    void readOnlyPostgres();
    void checkpointsInTheBackground_data();
    void checkpointsInTheBackground();
};

void TestDatabase::connectionSettings()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto db = Test::openFresh(backend, dir);
    QVERIFY2(db, Test::why(db));
    const QStringList expected =
        backend == u"sqlite"
            // WAL lets readers work while one writes; FULL survives power loss; 10 s of patience;
            // 64 MiB of page cache, temporary tables in memory, 16 KiB pages.
            ? QStringList{u"journal_mode=wal"_s, u"synchronous=2"_s, u"foreign_keys=1"_s, u"busy_timeout=10000"_s,
                          u"cache_size=-65536"_s, u"temp_store=2"_s, u"page_size=16384"_s}
            // Timestamps are exchanged in UTC; the server shows who is connected.
            : QStringList{u"TimeZone=UTC"_s, u"application_name=ChangeDesk"_s};
    QCOMPARE(settings(**db), expected);

    // Every thread's connection gets the same settings, not only the first one.
    QStringList inThread;
    QString connectionName;
    QThread *thread = QThread::create([&] {
        inThread = settings(**db);
        if (auto connection = (*db)->connection())
            connectionName = connection->connectionName();
    });
    thread->start();
    QVERIFY(thread->wait(QDeadlineTimer(60000)));
    delete thread;
    QCOMPARE(inThread, expected);
    const auto mine = (*db)->connection();
    QVERIFY2(mine, Test::why(mine));
    QVERIFY(!connectionName.isEmpty());
    QVERIFY(connectionName != mine->connectionName());
}

void TestDatabase::foreignKeysAreEnforced()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto db = Test::openFresh(backend, dir);
    QVERIFY2(db, Test::why(db));
    const PeopleRepository people(**db);
    Person orphan;
    orphan.login = u"orphan"_s;
    orphan.displayName = u"Or Phan"_s;
    orphan.orgUnitId = 424242;
    const auto added = people.addPerson(orphan);
    QVERIFY(!added);
    QCOMPARE(added.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(added.error().message.contains(u"orphan"_s), qPrintable(added.error().message));
    const auto count = people.personCount();
    QVERIFY2(count, Test::why(count));
    QCOMPARE(*count, 0);
}

// On PostgreSQL the values are written into the statement (one round trip instead of three): a
// question mark inside quotes stays text, quotes and backslashes in values stay what they were,
// and a wrong number of values is an error, not a statement.
void TestDatabase::valuesTravelAsWritten()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto db = Test::openFresh(backend, dir);
    QVERIFY2(db, Test::why(db));
    const QString tricky = u"O'Brien \\ \"quoted\" ? $1 -- not a comment; ✓"_s;
    // (Binary values: tst_changeservice's attachments, whose SHA-256 is checked on both backends.)
    auto row = (*db)->exec(u"SELECT '?''?', ?, ?, ?, \"value\" FROM (SELECT ? AS \"value\") AS t"_s,
                           {tricky, QVariant(QMetaType::fromType<QString>()), 42, u"x?y"_s});
    QVERIFY2(row, Test::why(row));
    QVERIFY(row->next());
    QCOMPARE(row->value(0).toString(), u"?'?"_s);
    QCOMPARE(row->value(1).toString(), tricky);
    QVERIFY(row->value(2).isNull());
    QCOMPARE(row->value(3).toInt(), 42);
    QCOMPARE(row->value(4).toString(), u"x?y"_s);
    auto tooFew = (*db)->exec(u"SELECT ?, ?"_s, {1});
    QVERIFY(!tooFew);
    auto tooMany = (*db)->exec(u"SELECT ?"_s, {1, 2});
    QVERIFY(!tooMany);
}

void TestDatabase::keptPlans()
{
    // A statement run again and again (Plan::Kept): PostgreSQL prepares it once on each
    // connection and runs it with the values; the results are those of a one-off statement.
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto db = Test::openFresh(backend, dir);
    QVERIFY2(db, Test::why(db));
    const bool pg = backend == u"postgresql";
    QVERIFY2((*db)->exec(u"CREATE TABLE kept (id INTEGER PRIMARY KEY, name TEXT, note TEXT)"_s), "no table");
    const QString insert = u"INSERT INTO kept (id, name, note) VALUES (?, ?, ?)"_s;
    const QString tricky = u"O'Brien \\ \"quoted\" ? $1 -- ✓"_s;
    const auto written = (*db)->write([&]() -> Status {
        for (int i = 1; i <= 12; ++i) {
            const QVariant note = i % 3 == 0 ? QVariant(QMetaType::fromType<QString>()) : QVariant(tricky);
            if (auto done = (*db)->exec(insert, {i, u"name '%1'"_s.arg(i), note}, u"adding"_s, Database::Plan::Kept);
                !done)
                return fail(done.error());
        }
        return {};
    });
    QVERIFY2(written, Test::why(written));
    const QString read = u"SELECT name, note FROM kept WHERE id = ? AND name <> '?'"_s;
    for (int i = 1; i <= 12; ++i) {
        auto row = (*db)->exec(read, {i}, u"reading"_s, Database::Plan::Kept);
        QVERIFY2(row, Test::why(row));
        QVERIFY(row->next());
        QCOMPARE(row->value(0).toString(), u"name '%1'"_s.arg(i));
        QCOMPARE(row->value(1).isNull(), i % 3 == 0);
        if (i % 3 != 0)
            QCOMPARE(row->value(1).toString(), tricky);
    }
    if (pg) {
        // Two statements prepared on this connection, once each.
        auto prepared = (*db)->scalar(u"SELECT count(*) FROM pg_prepared_statements WHERE name LIKE 'cd_plan_%'"_s);
        QVERIFY2(prepared, Test::why(prepared));
        QCOMPARE(prepared->toInt(), 2);
    }
    // The wrong number of values is refused before anything runs (on PostgreSQL naming the
    // statement).
    auto tooFew = (*db)->exec(read, {}, u"reading"_s, Database::Plan::Kept);
    QVERIFY(!tooFew);
    if (pg)
        QVERIFY2(tooFew.error().message.contains(u"WHERE id = ?"_s), qPrintable(tooFew.error().message));
    // A kept statement that fails inside a transaction rolls it back like any other, and runs
    // again afterwards.
    const auto failed = (*db)->write([&]() -> Status {
        if (auto done = (*db)->exec(insert, {1, u"twice"_s, u""_s}, u"adding"_s, Database::Plan::Kept); !done)
            return fail(done.error());
        return {};
    });
    QVERIFY(!failed);
    auto again = (*db)->exec(insert, {13, u"after"_s, u""_s}, u"adding"_s, Database::Plan::Kept);
    QVERIFY2(again, Test::why(again));
    QCOMPARE((*db)->scalar(u"SELECT count(*) FROM kept"_s)->toInt(), 13);
}

void TestDatabase::unknownUrlScheme()
{
    const auto url = DatabaseUrl::parse(u"mysql://cdtest@127.0.0.1:3306/changedesk"_s);
    QVERIFY(!url);
    QCOMPARE(url.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(url.error().message.contains(u"'mysql'"_s), qPrintable(url.error().message));
}

void TestDatabase::missingSqliteFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"not/there/changedesk.db"_s);
    const auto db = Database::open(DatabaseUrl::sqlite(path));
    QVERIFY(!db);
    QCOMPARE(db.error().kind, ErrorKind::NotFound);
    QVERIFY2(db.error().message.contains(path), qPrintable(db.error().message));
    // Looking is not creating.
    QVERIFY(!QFileInfo::exists(dir.filePath(u"not"_s)));
}

void TestDatabase::sqlitePathIsAFolder()
{
    QTemporaryDir dir;
    const auto db = Database::open(DatabaseUrl::sqlite(dir.path()), {.createIfMissing = true});
    QVERIFY(!db);
    QCOMPARE(db.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(db.error().message.contains(dir.path()), qPrintable(db.error().message));
}

void TestDatabase::unreachablePostgres()
{
    // A port that was free a moment ago on loopback: nobody listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();

    const auto url = DatabaseUrl::parse(u"postgresql://cdtest@127.0.0.1:%1/postgres?sslmode=disable"_s.arg(port));
    QVERIFY2(url, Test::why(url));
    QElapsedTimer timer;
    timer.start();
    const auto db = Database::open(*url);
    QVERIFY(!db);
    QCOMPARE(db.error().kind, ErrorKind::Unavailable);
    QVERIFY2(db.error().message.contains(u"127.0.0.1:%1"_s.arg(port)), qPrintable(db.error().message));
    QVERIFY2(timer.elapsed() < 10000, "a refused connection must fail at once, not after a timeout");
}

void TestDatabase::wrongPostgresPassword()
{
    const auto fixture = Test::postgresFixture();
    QVERIFY2(fixture, Test::why(fixture));
    const QString wrong = u"n0t-the-Passw0rd"_s;

    // In the URL.
    const auto inUrl = DatabaseUrl::parse(u"postgresql://cdtest:%1@%2:%3/postgres?sslmode=disable"_s
                                              .arg(wrong, fixture->adminUrl.host())
                                              .arg(fixture->adminUrl.port()));
    QVERIFY2(inUrl, Test::why(inUrl));
    const auto viaUrl = Database::open(*inUrl);
    QVERIFY(!viaUrl);
    QCOMPARE(viaUrl.error().kind, ErrorKind::AuthenticationFailed);
    QVERIFY2(viaUrl.error().message.contains(u"cdtest"_s), qPrintable(viaUrl.error().message));
    QVERIFY2(!viaUrl.error().message.contains(wrong), qPrintable(viaUrl.error().message));

    // Through libpq's environment, as a script would pass it.
    const EnvOverride password("PGPASSWORD", wrong.toUtf8());
    const auto viaEnv = Database::open(fixture->adminUrl);
    QVERIFY(!viaEnv);
    QCOMPARE(viaEnv.error().kind, ErrorKind::AuthenticationFailed);
    QVERIFY2(!viaEnv.error().message.contains(wrong), qPrintable(viaEnv.error().message));
}

void TestDatabase::missingPostgresPassword()
{
    const auto fixture = Test::postgresFixture();
    QVERIFY2(fixture, Test::why(fixture));
    QTemporaryDir dir;
    const EnvOverride password("PGPASSWORD", {}, true);
    const EnvOverride passFile("PGPASSFILE", dir.filePath(u"no-such-pgpass"_s).toLocal8Bit());
    const auto db = Database::open(fixture->adminUrl);
    QVERIFY(!db);
    QCOMPARE(db.error().kind, ErrorKind::AuthenticationFailed);
    QVERIFY2(db.error().message.contains(u"cdtest"_s), qPrintable(db.error().message));
}

void TestDatabase::keychainSuppliesMissingPassword()
{
    const auto fixture = Test::postgresFixture();
    QVERIFY2(fixture, Test::why(fixture));
    QTemporaryDir dir;
    const EnvOverride password("PGPASSWORD", {}, true);
    const EnvOverride passFile("PGPASSFILE", dir.filePath(u"no-such-pgpass"_s).toLocal8Bit());
    MemoryCredentialStore keychain;
    OpenOptions options;
    options.credentials = &keychain;

    // Nothing stored: asked once, and the error is the missing password.
    auto none = Database::open(fixture->adminUrl, options);
    QVERIFY(!none);
    QCOMPARE(none.error().kind, ErrorKind::AuthenticationFailed);
    QCOMPARE(keychain.reads, 1);
    QCOMPARE(keychain.lastKey, fixture->adminUrl.credentialKey());

    // Stored: the connection succeeds, and every further thread's connection works too.
    QVERIFY(keychain.writePassword(fixture->adminUrl.credentialKey(), fixture->password));
    auto db = Database::open(fixture->adminUrl, options);
    QVERIFY2(db, Test::why(db));
    QCOMPARE(keychain.reads, 2);
    bool workerOk = false;
    QThread *worker = QThread::create([&] { workerOk = bool((*db)->scalar(u"SELECT 1"_s)); });
    worker->start();
    QVERIFY(worker->wait(30000));
    delete worker;
    QVERIFY(workerOk);

    // A wrong stored password is refused, without showing it.
    QVERIFY(keychain.writePassword(fixture->adminUrl.credentialKey(), u"stale-Passw0rd"_s));
    auto stale = Database::open(fixture->adminUrl, options);
    QVERIFY(!stale);
    QCOMPARE(stale.error().kind, ErrorKind::AuthenticationFailed);
    QVERIFY(!stale.error().message.contains(u"stale-Passw0rd"_s));

    // A password that libpq finds itself is used without asking the keychain.
    const EnvOverride given("PGPASSWORD", fixture->password.toUtf8());
    const int before = keychain.reads;
    QVERIFY(Database::open(fixture->adminUrl, options));
    QCOMPARE(keychain.reads, before);
}

void TestDatabase::missingPostgresDatabase()
{
    const QString name = u"changedesk_never_created_%1"_s.arg(QCoreApplication::applicationPid());
    const auto url = Test::postgresUrlFor(name);
    QVERIFY2(url, Test::why(url));
    const auto db = Database::open(*url);
    QVERIFY(!db);
    QCOMPARE(db.error().kind, ErrorKind::NotFound);
    QVERIFY2(db.error().message.contains(name), qPrintable(db.error().message));
}

void TestDatabase::corruptSqliteFile_data()
{
    QTest::addColumn<QString>("source");  // the journal mode of the good file it is made from
    QTest::addColumn<int>("keepBytes");   // bytes kept from the good file; the rest is garbage
    QTest::newRow("random bytes") << u"none"_s << 0;
    QTest::newRow("rollback header, garbage pages") << u"delete"_s << 100;
    QTest::newRow("wal header, garbage pages") << u"wal"_s << 100;
    QTest::newRow("rollback schema page, garbage data pages") << u"delete"_s << 4096;
    QTest::newRow("wal schema page, garbage data pages") << u"wal"_s << 4096;
}

// A damaged file is reported as such (not as a bug, not as "no database") and is never written:
// the bytes a recovery tool would work on stay exactly as they were.
void TestDatabase::corruptSqliteFile()
{
    QFETCH(QString, source);
    QFETCH(int, keepBytes);
    QTemporaryDir dir;
    const QString good = dir.filePath(u"good.db"_s);
    QVERIFY2(makeDatabase(good), "creating the good database failed");
    QString goodCopy = good;
    if (source == u"delete") {
        // A backup (VACUUM INTO) is in rollback-journal mode.
        auto db = Database::open(DatabaseUrl::sqlite(good));
        QVERIFY2(db, Test::why(db));
        goodCopy = dir.filePath(u"backup.db"_s);
        const auto copied = Maintenance::backup(**db, goodCopy);
        QVERIFY2(copied, Test::why(copied));
    }
    const QByteArray goodBytes = readFile(goodCopy);
    QVERIFY(goodBytes.size() > 3 * 4096);
    if (keepBytes > 0) // the header's journal mode: 1 rollback journal, 2 WAL
        QCOMPARE(goodBytes.at(18), source == u"wal" ? '\2' : '\1');

    QByteArray bytes = goodBytes.left(keepBytes);
    QRandomGenerator random(0xC0FFEE);
    while (bytes.size() < goodBytes.size()) {
        // Garbage that is never a valid b-tree page: the first byte of each page is 0xFF.
        bytes += bytes.size() % 4096 == 0 ? char(0xff) : char(random.bounded(256));
    }
    const QString path = dir.filePath(u"damaged.db"_s);
    QVERIFY(writeFile(path, bytes));
    const QStringList filesBefore = entries(dir.path());

    {
        auto db = Database::open(DatabaseUrl::sqlite(path));
        Error error;
        if (!db) {
            error = db.error();
        } else {
            const auto migrated = Migrator(**db).migrate();
            QVERIFY2(!migrated, "a damaged file was migrated");
            error = migrated.error();
        }
        QCOMPARE(error.kind, ErrorKind::Corrupt);
        QVERIFY2(error.message.contains(path), qPrintable(error.message));
    }
    const auto check = Test::runCtl({u"--json"_s, u"--db"_s, u"sqlite:"_s + path, u"check"_s});
    QVERIFY2(check.started(), check.describe());
    QCOMPARE(check.exitCode, 1);
    QCOMPARE(errorKind(check), u"corrupt"_s);

    QCOMPARE(readFile(path), bytes);
    QCOMPARE(entries(dir.path()), filesBefore);
}

// Read-only media (a DVD, a WORM archive, a read-only share): for root, permissions do not stop
// writes, so the folder is bound read-only in a private mount namespace of changedeskctl.
void TestDatabase::readOnlySqlite()
{
    QTemporaryDir dir;
    const QString media = dir.filePath(u"media"_s);
    QVERIFY(QDir().mkpath(media));
    const QString current = media + u"/current.db"_s;
    const QString outdated = media + u"/outdated.db"_s;
    QVERIFY2(makeDatabase(current), "creating current.db failed");
    QVERIFY2(makeDatabase(outdated, true), "creating outdated.db failed");
    const QByteArray currentHash = Test::fileSha256(current);
    const QByteArray outdatedHash = Test::fileSha256(outdated);
    const QStringList filesBefore = entries(media);
    QCOMPARE(filesBefore, (QStringList{u"current.db"_s, u"outdated.db"_s}));

    Test::Confinement confinement;
    bool chmodded = false;
    if (const auto support = Test::mountNamespaceSupport()) {
        confinement = {Test::Confinement::Kind::ReadOnlyBind, media, 0};
        qInfo("read-only media: a read-only bind mount in a private mount namespace");
    } else if (::geteuid() != 0) {
        qInfo("read-only media: chmod 0444 files in a 0555 folder (no mount namespace: %s)",
              qPrintable(support.error().message));
        for (const QString &file : {current, outdated})
            QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(QFile::setPermissions(media, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup
                                                 | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
        chmodded = true;
    } else {
        QFAIL(qPrintable(u"root cannot be kept from writing without a mount namespace: "_s
                         + support.error().message));
    }
    auto restore = qScopeGuard([&] {
        if (chmodded)
            QFile::setPermissions(media, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    });

    // The medium really is read-only for this process, root or not.
    const auto touch = Test::runProcess(u"/bin/sh"_s, {u"-c"_s, u"echo x > \"$1/probe\""_s, u"sh"_s, media},
                                        {}, confinement);
    QVERIFY2(touch.started(), touch.describe());
    QVERIFY2(touch.exitCode != 0, "the read-only folder accepted a new file");

    const auto check = Test::runCtl({u"--json"_s, u"--db"_s, u"sqlite:"_s + current, u"check"_s}, {}, confinement);
    QVERIFY2(check.started(), check.describe());
    QVERIFY2(check.exitCode == 0, check.describe());
    QCOMPARE(check.json().value(u"read_only"_s).toBool(), true);
    QCOMPARE(check.json().value(u"healthy"_s).toBool(), true);
    QCOMPARE(check.json().value(u"schema_version"_s).toInt(), Migrator::latestVersion());

    const auto init = Test::runCtl({u"--json"_s, u"--db"_s, u"sqlite:"_s + outdated, u"init"_s}, {}, confinement);
    QVERIFY2(init.started(), init.describe());
    QVERIFY2(init.exitCode == 1, init.describe());
    QCOMPARE(errorKind(init), u"read-only"_s);
    QVERIFY2(errorMessage(init).contains(outdated), init.describe());

    const auto demo = Test::runCtl({u"--json"_s, u"--db"_s, u"sqlite:"_s + current, u"demo-data"_s}, {}, confinement);
    QVERIFY2(demo.started(), demo.describe());
    QVERIFY2(demo.exitCode == 1, demo.describe());
    QCOMPARE(errorKind(demo), u"read-only"_s);

    const QString fresh = media + u"/new.db"_s;
    const auto create = Test::runCtl({u"--json"_s, u"--db"_s, u"sqlite:"_s + fresh, u"init"_s}, {}, confinement);
    QVERIFY2(create.started(), create.describe());
    QVERIFY2(create.exitCode == 1, create.describe());
    QCOMPARE(errorKind(create), u"read-only"_s);

    restore.dismiss();
    if (chmodded)
        QVERIFY(QFile::setPermissions(media, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QCOMPARE(Test::fileSha256(current), currentHash);
    QCOMPARE(Test::fileSha256(outdated), outdatedHash);
    QCOMPARE(entries(media), filesBefore);
}

// A PostgreSQL database set read-only (a replica, a frozen archive): reading works, writing is
// refused as ReadOnly, an upgrade is refused, and nothing changes.
void TestDatabase::readOnlyPostgres()
{
    const auto url = Test::freshPostgresUrl();
    QVERIFY2(url, Test::why(url));
    QStringList before;
    {
        auto db = Database::open(*url);
        QVERIFY2(db, Test::why(db));
        QVERIFY2(Migrator(**db).migrate(), "migrating failed");
        QVERIFY2(DemoData::generate(**db, 3, DemoScale::Small), "demo data failed");
        QVERIFY((*db)->exec(u"DELETE FROM schema_version"_s)); // out of date
        QVERIFY((*db)->exec(u"ALTER DATABASE %1 SET default_transaction_read_only = on"_s.arg(url->databaseName())));
        const auto dump = Test::dumpTables(**db);
        QVERIFY2(dump, Test::why(dump));
        before = *dump;
    }
    {
        auto db = Database::open(*url);
        QVERIFY2(db, Test::why(db));
        const auto count = PeopleRepository(**db).personCount();
        QVERIFY2(count, Test::why(count));
        QCOMPARE(*count, 12);

        const auto migrated = Migrator(**db).migrate();
        QVERIFY(!migrated);
        QCOMPARE(migrated.error().kind, ErrorKind::ReadOnly);
        QVERIFY2(migrated.error().message.contains(u"read-only"_s), qPrintable(migrated.error().message));

        Person person;
        person.login = u"late"_s;
        person.displayName = u"Too Late"_s;
        const auto added = PeopleRepository(**db).addPerson(person);
        QVERIFY(!added);
        QCOMPARE(added.error().kind, ErrorKind::ReadOnly);

        const auto after = Test::dumpTables(**db);
        QVERIFY2(after, Test::why(after));
        QCOMPARE(*after, before);
    }
    const auto init = Test::runCtl({u"--json"_s, u"--db"_s, url->toDisplayString(), u"init"_s},
                                   Test::postgresEnvironment());
    QVERIFY2(init.started(), init.describe());
    QVERIFY2(init.exitCode == 1, init.describe());
    QCOMPARE(errorKind(init), u"read-only"_s);
}

void TestDatabase::checkpointsInTheBackground_data()
{
    QTest::addColumn<bool>("hook"); // false: SQLite's interface is not available
    QTest::newRow("checkpoint thread") << true;
    QTest::newRow("committing connection") << false;
}

// A commit that leaves 1,000 pages or more in the write-ahead log has them copied into the
// database file: by the checkpoint thread where SQLite's interface is there, else by the
// committing connection as SQLite does by itself. Either way the file alone holds the rows.
void TestDatabase::checkpointsInTheBackground()
{
    QFETCH(bool, hook);
    SqliteStatement::setEnabled(hook);
    const auto restore = qScopeGuard([] { SqliteStatement::setEnabled(true); });
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"log.db"_s);
    auto db = Database::open(DatabaseUrl::sqlite(file), {.createIfMissing = true});
    QVERIFY2(db, Test::why(db));
    auto created = (*db)->exec(u"CREATE TABLE filler (id INTEGER PRIMARY KEY, data TEXT NOT NULL)"_s);
    QVERIFY2(created, Test::why(created));
    const auto insert = [&](int rows, int chars) {
        return (*db)->write([&]() -> Status {
            for (int i = 0; i < rows; ++i) {
                auto inserted = (*db)->exec(u"INSERT INTO filler (data) VALUES (?)"_s,
                                            {QString(chars, QChar(u'a' + i % 26))});
                if (!inserted)
                    return fail(inserted.error());
            }
            return {};
        });
    };

    // A small commit: nothing to copy yet.
    QVERIFY(insert(1, 100));
    QVERIFY((*db)->waitForCheckpoints(QDeadlineTimer(60000)));
    QCOMPARE((*db)->backgroundCheckpoints(), 0);

    // 24 MB: about 1,500 pages of 16 KiB.
    QVERIFY(insert(3000, 8000));
    QVERIFY((*db)->waitForCheckpoints(QDeadlineTimer(60000)));
    QCOMPARE((*db)->backgroundCheckpoints(), hook ? 1 : 0);

    // The database file without its log has every row.
    const QString copy = dir.filePath(u"copy.db"_s);
    QVERIFY(QFile::copy(file, copy));
    QVERIFY(!QFileInfo::exists(copy + u"-wal"_s));
    auto copied = Database::open(DatabaseUrl::sqlite(copy));
    QVERIFY2(copied, Test::why(copied));
    auto rows = (*copied)->scalar(u"SELECT count(*) FROM filler"_s);
    QVERIFY2(rows, Test::why(rows));
    QCOMPARE(rows->toInt(), 3001);

    // Closing while a checkpoint may still run waits for it (the sanitizers watch this).
    QVERIFY(insert(3000, 8000));
    db->reset();
    auto reopened = Database::open(DatabaseUrl::sqlite(file));
    QVERIFY2(reopened, Test::why(reopened));
    auto all = (*reopened)->scalar(u"SELECT count(*) FROM filler"_s);
    QVERIFY2(all, Test::why(all));
    QCOMPARE(all->toInt(), 6001);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
