#include "testsupport.h"

#include "testconfig.h"

#include "storage/database.h"
#include "storage/migrator.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Test {

namespace {
QAtomicInteger<quint64> s_counter;

QString uniqueSuffix()
{
    return u"%1_%2_%3"_s.arg(QCoreApplication::applicationPid())
        .arg(++s_counter)
        .arg(QRandomGenerator::global()->generate() & 0xffff, 4, 16, QLatin1Char('0'));
}

Result<QString> readFixtureFile(const QString &dir, const QString &name)
{
    QFile file(dir + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorKind::NotFound,
                    u"The PostgreSQL test server is not running: %1 cannot be read (%2). Run the "
                    "tests through ctest, whose fixture test postgres_start starts it, or start "
                    "it by hand with tests/support/pgserver.sh start %3."_s
                        .arg(file.fileName(), file.errorString(), dir));
    const QString text = QString::fromUtf8(file.readAll()).trimmed();
    if (text.isEmpty())
        return fail(ErrorKind::Corrupt, u"%1 is empty: the PostgreSQL fixture did not finish "
                                        "starting. See the output of the test postgres_start."_s
                                            .arg(file.fileName()));
    return text;
}

// What the mount table says about mount propagation (/proc/self/mountinfo).
struct MountTable {
    bool rootIsMountPoint = false;
    bool anyShared = false;
    QStringList mountPoints;
};

MountTable readMountTable()
{
    MountTable table;
    QFile file(u"/proc/self/mountinfo"_s);
    if (!file.open(QIODevice::ReadOnly))
        return table;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() < 7)
            continue;
        const QString point = QString::fromUtf8(fields.at(4));
        table.mountPoints << point;
        if (point == u"/")
            table.rootIsMountPoint = true;
        for (qsizetype i = 6; i < fields.size() && fields.at(i) != "-"; ++i)
            table.anyShared |= fields.at(i).startsWith("shared:");
    }
    return table;
}

// Prepared in the parent: the child may only make system calls, not allocate.
struct ChildPlan {
    Confinement::Kind kind = Confinement::Kind::None;
    QByteArray dir;
    QByteArray tmpfsOptions;
    rlim_t limit = 0;
    bool userNamespace = false;
    bool rootMayStayShared = false; // "/" is no mount point (a chroot) and nothing is shared
    QByteArray uidMap;
    QByteArray gidMap;
};

void writeProcFile(QProcess *process, const char *path, const QByteArray &data) noexcept
{
    const int fd = ::open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        process->failChildProcessModifier(path, errno);
    if (::write(fd, data.constData(), size_t(data.size())) != data.size()) {
        const int error = errno;
        ::close(fd);
        process->failChildProcessModifier(path, error);
    }
    ::close(fd);
}

// Runs in the child between fork and exec.
void confineChild(QProcess *process, const ChildPlan &plan) noexcept
{
    if (plan.kind == Confinement::Kind::FileSizeLimit) {
        // Without this the kernel kills the writer; ignored, write() fails with EFBIG instead.
        ::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{plan.limit, plan.limit};
        if (::setrlimit(RLIMIT_FSIZE, &limit) != 0)
            process->failChildProcessModifier("setrlimit(RLIMIT_FSIZE)", errno);
        return;
    }
    if (plan.userNamespace) {
        if (::unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0)
            process->failChildProcessModifier("unshare(CLONE_NEWUSER | CLONE_NEWNS)", errno);
        writeProcFile(process, "/proc/self/setgroups", "deny");
        writeProcFile(process, "/proc/self/uid_map", plan.uidMap);
        writeProcFile(process, "/proc/self/gid_map", plan.gidMap);
    } else if (::unshare(CLONE_NEWNS) != 0) {
        process->failChildProcessModifier("unshare(CLONE_NEWNS)", errno);
    }
    // Mounts made below must never reach the parent's namespace.
    if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0
        && !(errno == EINVAL && plan.rootMayStayShared))
        process->failChildProcessModifier("making the mount namespace private", errno);
    if (plan.kind == Confinement::Kind::Tmpfs) {
        if (::mount("tmpfs", plan.dir.constData(), "tmpfs", MS_NOSUID | MS_NODEV,
                    plan.tmpfsOptions.constData())
            != 0)
            process->failChildProcessModifier("mounting a tmpfs", errno);
    } else if (plan.kind == Confinement::Kind::ReadOnlyBind) {
        if (::mount(plan.dir.constData(), plan.dir.constData(), nullptr, MS_BIND, nullptr) != 0)
            process->failChildProcessModifier("bind-mounting the folder", errno);
        if (::mount(nullptr, plan.dir.constData(), nullptr,
                    MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV, nullptr)
            != 0)
            process->failChildProcessModifier("remounting the folder read-only", errno);
    }
}

ChildPlan planFor(const Confinement &confinement)
{
    ChildPlan plan;
    plan.kind = confinement.kind;
    plan.dir = QFile::encodeName(QFileInfo(confinement.dir).absoluteFilePath());
    plan.tmpfsOptions = "size=" + QByteArray::number(confinement.bytes) + ",mode=0755";
    plan.limit = rlim_t(confinement.bytes);
    plan.userNamespace = ::geteuid() != 0;
    const MountTable table = readMountTable();
    plan.rootMayStayShared = !table.rootIsMountPoint && !table.anyShared;
    plan.uidMap = "0 " + QByteArray::number(::geteuid()) + " 1";
    plan.gidMap = "0 " + QByteArray::number(::getegid()) + " 1";
    return plan;
}

Status probeMountNamespace()
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(ErrorKind::Io, u"no temporary folder for the probe"_s);
    QFile marker(dir.filePath(u"marker"_s));
    if (!marker.open(QIODevice::WriteOnly) || marker.write("outside") != 7)
        return fail(ErrorKind::Io, u"cannot write %1"_s.arg(marker.fileName()));
    marker.close();
    // Inside, the folder is a fresh tmpfs: the marker is hidden and new files stay there.
    const ProcessResult probe = runProcess(
        u"/bin/sh"_s, {u"-c"_s, u"test ! -e \"$1/marker\" && echo inside > \"$1/inside\""_s, u"sh"_s, dir.path()},
        {}, Confinement{Confinement::Kind::Tmpfs, dir.path(), 64 * 1024}, 30000);
    if (!probe.started())
        return fail(ErrorKind::Unavailable, probe.startError);
    if (probe.exitCode != 0)
        return fail(ErrorKind::Unavailable,
                    u"the tmpfs did not cover the folder in the child: "_s + QString::fromLocal8Bit(probe.describe().text));
    if (QFileInfo::exists(dir.filePath(u"inside"_s)) || !QFileInfo::exists(marker.fileName())
        || readMountTable().mountPoints.contains(QFileInfo(dir.path()).canonicalFilePath()))
        return fail(ErrorKind::Internal,
                    u"a mount made in the child's namespace showed up in the test's namespace"_s);
    return {};
}
} // namespace


void failOnSqlWarnings()
{
    QTest::failOnWarning(QRegularExpression(u"^QSqlDatabasePrivate::"_s));
    QTest::failOnWarning(QRegularExpression(u"Unable to free statement"_s));
}

QString screenshotPath(const QString &fileName)
{
    const QString dir = QString::fromUtf8(CHANGEDESK_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    return dir + u'/' + fileName;
}

DatabaseUrl freshSqliteUrl(const QTemporaryDir &dir, const QString &name)
{
    return DatabaseUrl::sqlite(dir.filePath(name));
}

QString binary(const QString &name)
{
    return QString::fromUtf8(CHANGEDESK_BIN_DIR) + u'/' + name;
}

Result<PostgresFixture> postgresFixture()
{
    const QString dir = QString::fromUtf8(CHANGEDESK_TEST_PG_DIR);
    auto urlText = readFixtureFile(dir, u"url"_s);
    if (!urlText)
        return fail(urlText.error());
    auto password = readFixtureFile(dir, u"password"_s);
    if (!password)
        return fail(password.error());
    auto url = DatabaseUrl::parse(*urlText);
    if (!url)
        return fail(ErrorKind::Corrupt, u"%1/url does not hold a valid URL: %2"_s.arg(dir, url.error().message));
    if (!url->password().isEmpty())
        return fail(ErrorKind::Corrupt, u"%1/url must not contain the password"_s.arg(dir));
    // libpq's own source of a password, as a user or a script would set it.
    if (qEnvironmentVariable("PGPASSWORD") != *password)
        qputenv("PGPASSWORD", password->toUtf8());
    return PostgresFixture{*url, *password, *urlText};
}

Result<DatabaseUrl> postgresUrlFor(const QString &databaseName)
{
    auto fixture = postgresFixture();
    if (!fixture)
        return fail(fixture.error());
    return DatabaseUrl::parse(u"postgresql://%1@%2:%3/%4?sslmode=disable"_s.arg(
        fixture->adminUrl.userName(), fixture->adminUrl.host())
                                  .arg(fixture->adminUrl.port())
                                  .arg(databaseName));
}

Result<DatabaseUrl> freshPostgresUrl()
{
    auto fixture = postgresFixture();
    if (!fixture)
        return fail(fixture.error());
    const QString name = u"cdtest_"_s + uniqueSuffix();
    const QString connection = u"changedesk-test-admin-"_s + name;
    QString error;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
        admin.setHostName(fixture->adminUrl.host());
        admin.setPort(fixture->adminUrl.port());
        admin.setUserName(fixture->adminUrl.userName());
        admin.setPassword(fixture->password);
        admin.setDatabaseName(fixture->adminUrl.databaseName());
        admin.setConnectOptions(u"sslmode=disable;connect_timeout=10"_s);
        if (!admin.open()) {
            error = u"cannot connect to the PostgreSQL fixture at %1: %2"_s.arg(
                fixture->urlText, admin.lastError().text());
        } else {
            QSqlQuery create(admin);
            if (!create.exec(u"CREATE DATABASE %1"_s.arg(name)))
                error = u"CREATE DATABASE %1 failed: %2"_s.arg(name, create.lastError().text());
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!error.isEmpty())
        return fail(ErrorKind::Unavailable, error);
    return postgresUrlFor(name);
}

QStringList backends()
{
    return {u"sqlite"_s, u"postgresql"_s};
}

void addBackendColumn()
{
    QTest::addColumn<QString>("backend");
    for (const QString &backend : backends())
        QTest::newRow(backend.toUtf8().constData()) << backend;
}

Result<DatabaseUrl> freshUrl(const QString &backend, const QTemporaryDir &dir, const QString &name)
{
    if (backend == u"sqlite") {
        if (!dir.isValid())
            return fail(ErrorKind::Io, u"the temporary folder could not be created"_s);
        const DatabaseUrl url = freshSqliteUrl(dir, name);
        if (QFileInfo::exists(url.path()))
            return fail(ErrorKind::InvalidInput, u"%1 exists already"_s.arg(url.path()));
        return url;
    }
    if (backend == u"postgresql")
        return freshPostgresUrl();
    return fail(ErrorKind::InvalidInput, u"unknown test backend '%1'"_s.arg(backend));
}

Result<std::shared_ptr<Database>> openFresh(const QString &backend, const QTemporaryDir &dir,
                                            bool migrate, const QString &name)
{
    auto url = freshUrl(backend, dir, name);
    if (!url)
        return fail(url.error());
    OpenOptions options;
    options.createIfMissing = true;
    auto db = Database::open(*url, options);
    if (!db || !migrate)
        return db;
    if (auto migrated = Migrator(**db).migrate(); !migrated)
        return fail(migrated.error());
    return db;
}

Result<QStringList> dumpTables(const Database &db)
{
    auto tables = db.tableNames();
    if (!tables)
        return fail(tables.error());
    QStringList lines;
    for (const QString &table : std::as_const(*tables)) {
        lines << u"table "_s + table;
        auto rows = db.exec(u"SELECT * FROM %1"_s.arg(table));
        if (!rows)
            return fail(rows.error());
        // Sorted here rather than by the server: rows that tie on any ORDER BY prefix (a CI's
        // several responsibilities) would come back in whatever order the server likes.
        QStringList tableLines;
        while (rows->next()) {
            QStringList values;
            const QSqlRecord record = rows->record();
            for (int i = 0; i < record.count(); ++i)
                values << (record.isNull(i) ? u"NULL"_s : record.value(i).toString());
            tableLines << values.join(u'|');
        }
        tableLines.sort();
        lines << tableLines;
    }
    return lines;
}

QByteArray fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return hash.result().toHex();
}

Status rawSqlite(const QString &path, const QStringList &statements)
{
    const QString connection = u"changedesk-test-raw-"_s + uniqueSuffix();
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            error = u"cannot open %1: %2"_s.arg(path, db.lastError().text());
        } else {
            QSqlQuery query(db);
            for (const QString &statement : statements) {
                if (!query.exec(statement)) {
                    error = u"%1 failed on %2: %3"_s.arg(statement, path, query.lastError().text());
                    break;
                }
                query.finish();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!error.isEmpty())
        return fail(ErrorKind::Internal, error);
    return {};
}

Status mountNamespaceSupport()
{
    static const Status support = probeMountNamespace();
    return support;
}

QJsonObject ProcessResult::json() const
{
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

Message ProcessResult::describe() const
{
    QString text;
    if (!started())
        text = u"could not run: %1\n"_s.arg(startError);
    else
        text = u"exit code %1%2\n"_s.arg(exitCode).arg(crashed ? u" (crashed)"_s : QString());
    text += u"--- stdout ---\n%1\n--- stderr ---\n%2"_s.arg(out, err);
    return {text.toLocal8Bit()};
}

QProcessEnvironment isolatedEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList keys = env.keys();
    for (const QString &key : keys) {
        if (key.startsWith(u"PG"_s) || key.startsWith(u"LC_"_s) || key.startsWith(u"XDG_"_s)
            || key == u"CHANGEDESK_DB" || key == u"DBUS_SESSION_BUS_ADDRESS" || key == u"DISPLAY"
            || key == u"WAYLAND_DISPLAY" || key == u"LANG" || key == u"LANGUAGE")
            env.remove(key);
    }
    const QDir dir(home);
    for (const QString &sub : {u"data"_s, u"config"_s, u"cache"_s, u"runtime"_s})
        dir.mkpath(sub);
    QFile::setPermissions(dir.filePath(u"runtime"_s), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
    env.insert(u"XDG_CACHE_HOME"_s, dir.filePath(u"cache"_s));
    env.insert(u"XDG_RUNTIME_DIR"_s, dir.filePath(u"runtime"_s));
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"LANGUAGE"_s, u"en"_s);
    return env;
}

ProcessResult runProcess(const QString &program, const QStringList &args,
                         const QProcessEnvironment &env, const Confinement &confinement, int timeoutMs)
{
    ProcessResult result;
    QTemporaryDir home;
    if (!home.isValid()) {
        result.startError = u"no temporary home folder: %1"_s.arg(home.errorString());
        return result;
    }
    QProcessEnvironment full = isolatedEnvironment(home.path());
    const QStringList keys = env.keys();
    for (const QString &key : keys)
        full.insert(key, env.value(key));

    QProcess process;
    process.setProgram(program);
    process.setArguments(args);
    process.setProcessEnvironment(full);
    process.setWorkingDirectory(home.path());
    if (confinement.kind != Confinement::Kind::None) {
        const ChildPlan plan = planFor(confinement);
        QProcess *self = &process;
        process.setChildProcessModifier([self, plan] { confineChild(self, plan); });
    }
    process.start();
    if (!process.waitForStarted(30000)) {
        result.startError = u"%1: %2"_s.arg(program, process.errorString());
        return result;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.startError = u"%1 did not finish within %2 ms"_s.arg(program).arg(timeoutMs);
    }
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = result.crashed ? -1 : process.exitCode();
    result.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    result.err = QString::fromLocal8Bit(process.readAllStandardError());
    return result;
}

ProcessResult runCtl(const QStringList &args, const QProcessEnvironment &env,
                     const Confinement &confinement, int timeoutMs)
{
    return runProcess(binary(u"changedeskctl"_s), args, env, confinement, timeoutMs);
}

QProcessEnvironment postgresEnvironment()
{
    QProcessEnvironment env;
    if (auto fixture = postgresFixture())
        env.insert(u"PGPASSWORD"_s, fixture->password);
    return env;
}

} // namespace ChangeDesk::Test
