// Maintenance: the health check and backups, including a backup onto a full disk.

#include "testsupport.h"

#include "demo/demodata.h"
#include "people/peoplerepository.h"
#include "storage/database.h"
#include "storage/maintenance.h"
#include "storage/migrator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

namespace {

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QProcessEnvironment envFor(const QString &backend)
{
    return backend == u"postgresql" ? Test::postgresEnvironment() : QProcessEnvironment();
}

QJsonObject errorOf(const Test::ProcessResult &run)
{
    return run.json().value(u"error"_s).toObject();
}

} // namespace

class TestMaintenance : public QObject
{
    Q_OBJECT

private slots:
    void init() { Test::failOnSqlWarnings(); }
    void healthyDatabaseChecksOk_data() { Test::addBackendColumn(); }
    void healthyDatabaseChecksOk();
    void outOfDateSchemaIsReported_data() { Test::addBackendColumn(); }
    void outOfDateSchemaIsReported();
    void foreignKeyViolationIsReported_data() { Test::addBackendColumn(); }
    void foreignKeyViolationIsReported();
    void sqliteBackupIsAConsistentCopy();
    void backupNeverOverwrites();
    void postgresBackupPointsToPgDump();
    void backupToFullDisk();
};

void TestMaintenance::healthyDatabaseChecksOk()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto db = Test::openFresh(backend, dir);
    QVERIFY2(db, Test::why(db));
    QVERIFY2(DemoData::generate(**db, 11, DemoScale::Small), "demo data failed");

    const auto report = Maintenance::check(**db);
    QVERIFY2(report, Test::why(report));
    QVERIFY(report->ok());
    QCOMPARE(report->schemaVersion, Migrator::latestVersion());
    QCOMPARE(report->expectedSchemaVersion, Migrator::latestVersion());
    QCOMPARE(report->integrity, u"ok"_s);
    QCOMPARE(report->foreignKeyProblems, QStringList());
    QVERIFY2(report->serverVersion.startsWith(backend == u"sqlite" ? u"SQLite 3."_s : u"PostgreSQL 1"_s),
             qPrintable(report->serverVersion));

    const auto ctl = Test::runCtl({u"--json"_s, u"--db"_s, (*db)->url().toDisplayString(), u"check"_s}, envFor(backend));
    QVERIFY2(ctl.exitCode == 0, ctl.describe());
    QCOMPARE(ctl.json().value(u"healthy"_s).toBool(), true);
    QCOMPARE(ctl.json().value(u"read_only"_s).toBool(), false);
}

void TestMaintenance::outOfDateSchemaIsReported()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto db = Test::openFresh(backend, dir);
    QVERIFY2(db, Test::why(db));
    QVERIFY((*db)->exec(u"DELETE FROM schema_version"_s));

    const auto report = Maintenance::check(**db);
    QVERIFY2(report, Test::why(report));
    QVERIFY(!report->ok());
    QCOMPARE(report->schemaVersion, 0);

    const auto ctl = Test::runCtl({u"--db"_s, (*db)->url().toDisplayString(), u"check"_s}, envFor(backend));
    QVERIFY2(ctl.exitCode == 1, ctl.describe());
    QVERIFY2(ctl.out.contains(u"changedeskctl init"_s), ctl.describe());
    QVERIFY2(ctl.err.contains(u"problems"_s), ctl.describe());
}

// A row that points at a missing parent, written past the engine's checks (SQLite with
// foreign_keys off, as any other SQLite tool writes; PostgreSQL in replica mode, as a restore
// with disabled triggers does), is found by the check.
void TestMaintenance::foreignKeyViolationIsReported()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto opened = Test::openFresh(backend, dir);
    QVERIFY2(opened, Test::why(opened));
    std::shared_ptr<Database> db = *opened;
    QVERIFY2(DemoData::generate(*db, 5, DemoScale::Small), "demo data failed");
    const QString insert = u"INSERT INTO person (login, display_name, org_unit_id, active, created_at, updated_at) "
                           "VALUES ('ghost', 'Ghost Writer', 987654, %1, '2025-01-01T00:00:00.000Z', "
                           "'2025-01-01T00:00:00.000Z')"_s.arg(backend == u"sqlite" ? u"1"_s : u"TRUE"_s);
    if (backend == u"sqlite") {
        const DatabaseUrl url = db->url();
        db.reset();
        const auto written = Test::rawSqlite(url.path(), {u"PRAGMA foreign_keys = OFF"_s, insert});
        QVERIFY2(written, Test::why(written));
        auto again = Database::open(url);
        QVERIFY2(again, Test::why(again));
        db = *again;
    } else {
        QVERIFY(db->exec(u"SET session_replication_role = replica"_s));
        const auto written = db->exec(insert);
        QVERIFY2(written, Test::why(written));
        QVERIFY(db->exec(u"SET session_replication_role = DEFAULT"_s));
    }
    // The row is really there, and really has no parent.
    const auto ghost = PeopleRepository(*db).personByLogin(u"ghost"_s);
    QVERIFY2(ghost && ghost->has_value(), "the ghost row was not written");

    const auto report = Maintenance::check(*db);
    QVERIFY2(report, Test::why(report));
    QVERIFY(!report->ok());
    QCOMPARE(report->integrity, u"ok"_s);
    QCOMPARE(report->foreignKeyProblems.size(), 1);
    const QString problem = report->foreignKeyProblems.constFirst();
    QVERIFY2(problem.contains(u"person"_s) && problem.contains(u"org_unit"_s), qPrintable(problem));
    QVERIFY2(problem.contains(QString::number((*ghost)->id)), qPrintable(problem));

    const auto ctl = Test::runCtl({u"--json"_s, u"--db"_s, db->url().toDisplayString(), u"check"_s}, envFor(backend));
    QVERIFY2(ctl.exitCode == 1, ctl.describe());
    QCOMPARE(ctl.json().value(u"healthy"_s).toBool(), false);
    QCOMPARE(ctl.json().value(u"foreign_key_problems"_s).toArray().size(), 1);
}

void TestMaintenance::sqliteBackupIsAConsistentCopy()
{
    QTemporaryDir dir;
    auto db = Test::openFresh(u"sqlite"_s, dir);
    QVERIFY2(db, Test::why(db));
    QVERIFY2(DemoData::generate(**db, 2, DemoScale::Municipality), "demo data failed");
    const auto source = Test::dumpTables(**db);
    QVERIFY2(source, Test::why(source));

    const QString target = dir.filePath(u"backups/changedesk-2025-03-14.db"_s);
    QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
    const auto done = Maintenance::backup(**db, target);
    QVERIFY2(done, Test::why(done));
    QCOMPARE(entries(QFileInfo(target).absolutePath()), QStringList{QFileInfo(target).fileName()});

    auto copy = Database::open(DatabaseUrl::sqlite(target));
    QVERIFY2(copy, Test::why(copy));
    const auto copied = Test::dumpTables(**copy);
    QVERIFY2(copied, Test::why(copied));
    QCOMPARE(*copied, *source);
    const auto report = Maintenance::check(**copy);
    QVERIFY2(report && report->ok(), "the backup does not pass the check");

    // A backup is a plain rollback-journal file; restored and opened, it stays so until the
    // Migrator has seen that it is a current ChangeDesk database, then it runs in WAL mode.
    const auto before = (*copy)->scalar(u"PRAGMA journal_mode"_s);
    QVERIFY2(before, Test::why(before));
    QCOMPARE(before->toString(), u"delete"_s);
    const auto migrated = Migrator(**copy).migrate();
    QVERIFY2(migrated, Test::why(migrated));
    QVERIFY(migrated->applied.isEmpty());
    const auto after = (*copy)->scalar(u"PRAGMA journal_mode"_s);
    QVERIFY2(after, Test::why(after));
    QCOMPARE(after->toString(), u"wal"_s);

    // The same through changedeskctl.
    const QString second = dir.filePath(u"backups/second.db"_s);
    const auto ctl = Test::runCtl({u"--json"_s, u"--db"_s, (*db)->url().toDisplayString(), u"backup"_s, second});
    QVERIFY2(ctl.exitCode == 0, ctl.describe());
    QCOMPARE(ctl.json().value(u"backup"_s).toString(), second);
    QVERIFY(QFileInfo(second).size() > 64 * 1024);
}

void TestMaintenance::backupNeverOverwrites()
{
    QTemporaryDir dir;
    auto db = Test::openFresh(u"sqlite"_s, dir);
    QVERIFY2(db, Test::why(db));
    const QString target = dir.filePath(u"yesterday.db"_s);
    {
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write("yesterday's backup, the only good one") > 0);
    }
    const QByteArray before = readFile(target);
    const QStringList filesBefore = entries(dir.path());

    const auto done = Maintenance::backup(**db, target);
    QVERIFY(!done);
    QCOMPARE(done.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(done.error().message.contains(target), qPrintable(done.error().message));
    QCOMPARE(readFile(target), before);

    const auto self = Maintenance::backup(**db, (*db)->url().path());
    QVERIFY(!self);

    const auto ctl = Test::runCtl({u"--json"_s, u"--db"_s, (*db)->url().toDisplayString(), u"backup"_s, target});
    QVERIFY2(ctl.exitCode == 2, ctl.describe());
    QCOMPARE(errorOf(ctl).value(u"kind"_s).toString(), u"invalid-input"_s);
    QCOMPARE(readFile(target), before);
    QCOMPARE(entries(dir.path()), filesBefore);
}

void TestMaintenance::postgresBackupPointsToPgDump()
{
    QTemporaryDir dir;
    auto db = Test::openFresh(u"postgresql"_s, dir);
    QVERIFY2(db, Test::why(db));
    const QString target = dir.filePath(u"pg.backup"_s);
    const QString name = (*db)->url().databaseName();

    const auto done = Maintenance::backup(**db, target);
    QVERIFY(!done);
    QCOMPARE(done.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(done.error().message.contains(u"pg_dump"_s), qPrintable(done.error().message));
    QVERIFY2(done.error().message.contains(name), qPrintable(done.error().message));
    QVERIFY2(done.error().message.contains(u"-p %1"_s.arg((*db)->url().port())), qPrintable(done.error().message));

    const auto ctl = Test::runCtl({u"--json"_s, u"--db"_s, (*db)->url().toDisplayString(), u"backup"_s, target},
                                  Test::postgresEnvironment());
    QVERIFY2(ctl.exitCode == 2, ctl.describe());
    QVERIFY2(ctl.err.contains(u"pg_dump"_s), ctl.describe());
    QCOMPARE(errorOf(ctl).value(u"kind"_s).toString(), u"invalid-input"_s);
    QVERIFY(!QFileInfo::exists(target));
}

// A backup onto a disk that fills up: a clear I/O error, no partial file that could be taken for
// a backup, and the files already on that disk and the database untouched.
void TestMaintenance::backupToFullDisk()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(u"source.db"_s);
    {
        auto db = Database::open(DatabaseUrl::sqlite(source), {.createIfMissing = true});
        QVERIFY2(db, Test::why(db));
        QVERIFY2(Migrator(**db).migrate(), "migrating failed");
        QVERIFY2(DemoData::generate(**db, 1, DemoScale::Municipality), "demo data failed");
    }
    constexpr qint64 kDisk = 64 * 1024;
    QVERIFY2(QFileInfo(source).size() > kDisk, "the database must not fit on the small disk");
    const QByteArray sourceHash = Test::fileSha256(source);
    const QString disk = dir.filePath(u"small-disk"_s);
    const QString out = dir.filePath(u"out"_s);
    QVERIFY(QDir().mkpath(disk));
    QVERIFY(QDir().mkpath(out));

    Test::Confinement confinement;
    const auto support = Test::mountNamespaceSupport();
    if (support) {
        confinement = {Test::Confinement::Kind::Tmpfs, disk, kDisk};
        qInfo("full disk: a 64 KiB tmpfs in a private mount namespace");
    } else {
        confinement = {Test::Confinement::Kind::FileSizeLimit, QString(), kDisk};
        qInfo("full disk: RLIMIT_FSIZE of 64 KiB with SIGXFSZ ignored (no mount namespace: %s)",
              qPrintable(support.error().message));
    }
    // Runs inside the confinement, so that it sees the small disk before and after the backup.
    const QString script = uR"(
        disk=$1 ctl=$2 db=$3 out=$4
        printf 'keep me\n' > "$disk/existing.txt" || exit 90
        "$ctl" --json --db "sqlite:$db" backup "$disk/backup.db" > "$out/ctl.out" 2> "$out/ctl.err"
        echo $? > "$out/ctl.rc"
        ls -A "$disk" > "$out/listing"
        cat "$disk/existing.txt" > "$out/existing"
    )"_s;
    const auto run = Test::runProcess(u"/bin/sh"_s,
                                      {u"-c"_s, script, u"sh"_s, disk, Test::binary(u"changedeskctl"_s), source, out},
                                      {}, confinement);
    QVERIFY2(run.started() && run.exitCode == 0, run.describe());

    const QString ctlOut = QString::fromUtf8(readFile(out + u"/ctl.out"_s));
    const QString ctlErr = QString::fromUtf8(readFile(out + u"/ctl.err"_s));
    const QString details = u"stdout: %1\nstderr: %2"_s.arg(ctlOut, ctlErr);
    QVERIFY2(readFile(out + u"/ctl.rc"_s).trimmed() == "1", qPrintable(details));
    const QJsonObject error = QJsonDocument::fromJson(ctlOut.toUtf8()).object().value(u"error"_s).toObject();
    QVERIFY2(error.value(u"kind"_s).toString() == u"io", qPrintable(details));
    const QString message = error.value(u"message"_s).toString();
    QVERIFY2(message.contains(disk + u"/backup.db"_s), qPrintable(details));
    QVERIFY2(message.contains(u"partial file was removed"_s), qPrintable(details));
    if (confinement.kind == Test::Confinement::Kind::Tmpfs)
        QVERIFY2(message.contains(u"disk is full"_s), qPrintable(details));
    QVERIFY2(ctlErr.contains(u"backup.db"_s), qPrintable(details));

    QCOMPARE(QString::fromUtf8(readFile(out + u"/listing"_s)), u"existing.txt\n"_s);
    QCOMPARE(readFile(out + u"/existing"_s), QByteArray("keep me\n"));
    QCOMPARE(Test::fileSha256(source), sourceHash);
    QCOMPARE(entries(dir.path()), QStringList{u"source.db"_s});
}

QTEST_GUILESS_MAIN(TestMaintenance)
#include "tst_maintenance.moc"
