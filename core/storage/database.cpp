#include "database.h"

#include "storage/credentialstore.h"
#include "storage/sqlitedirect.h"
#include "storage/walcheckpointer.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlField>
#include <QSqlRecord>
#include <QThread>
#include <QUrl>

#include <vector>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {
QAtomicInteger<quint64> s_serial;

// SQLite primary result codes (sqlite3.h); Qt reports the extended code in nativeErrorCode().
enum SqliteCode {
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteConstraint = 19,
    SqliteNotADb = 26,
};

int sqlitePrimaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

QString osUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    if (name.isEmpty())
        name = qEnvironmentVariable("LOGNAME");
#ifdef Q_OS_UNIX
    if (name.isEmpty()) {
        if (const passwd *entry = getpwuid(geteuid()))
            name = QString::fromLocal8Bit(entry->pw_name);
    }
#endif
    return name.isEmpty() ? u"unknown"_s : name;
}

// After each commit on a connection of a writable SQLite database (see WalCheckpointer).
int onWalCommit(void *checkpointer, void *, const char *, int pages)
{
    static_cast<WalCheckpointer *>(checkpointer)->committed(pages);
    return 0; // SQLITE_OK
}
} // namespace

struct Database::ThreadConnection {
    QString name;
    int depth = 0; // nesting of write() on this thread
    // PostgreSQL: statements that failed inside a transaction. The server refuses to
    // deallocate them until the transaction has been rolled back, so they are kept until then
    // instead of leaking on the server for the rest of the session.
    std::vector<QSqlQuery> failedInTransaction;
    // PostgreSQL: the statements prepared on this connection (Plan::Kept), by text.
    QHash<QString, std::pair<QString, qsizetype>> prepared; // name and number of values
    ~ThreadConnection()
    {
        failedInTransaction.clear();
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isValid())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
};

Database::Database(DatabaseUrl url)
    : m_url(std::move(url))
    , m_dialect(m_url.backend())
    , m_password(m_url.password())
    , m_serial(++s_serial)
{
}

Database::~Database()
{
    // The checkpoint thread ends first: it uses this Database. QThreadStorage frees other
    // threads' connections when they end; free ours now.
    m_checkpointer.reset();
    m_connections.setLocalData(nullptr);
}

Result<std::shared_ptr<Database>> Database::open(const DatabaseUrl &url, const OpenOptions &options)
{
    const QString driver = url.backend() == Backend::SQLite ? u"QSQLITE"_s : u"QPSQL"_s;
    if (!QSqlDatabase::isDriverAvailable(driver))
        return fail(ErrorKind::Unavailable,
                    tr("The Qt SQL driver %1 is not installed, so %2 cannot be opened.")
                        .arg(driver, url.toDisplayString()));
    std::shared_ptr<Database> db(new Database(url));
    if (auto opened = db->openFirst(options); !opened)
        return fail(opened.error());
    return db;
}

QString Database::sessionUser() const
{
    if (backend() == Backend::PostgreSQL && !m_url.userName().isEmpty())
        return m_url.userName();
    if (backend() == Backend::PostgreSQL) {
        if (auto user = scalar(u"SELECT current_user"_s); user)
            return user->toString();
    }
    return osUserName();
}

Status Database::openFirst(const OpenOptions &options)
{
    if (backend() == Backend::SQLite) {
        const QFileInfo file(m_url.path());
        if (!file.exists()) {
            if (!options.createIfMissing)
                return fail(ErrorKind::NotFound,
                            tr("There is no database at %1. Create it with 'changedeskctl init' "
                               "or choose another file.")
                                .arg(m_url.path()));
            if (!QDir().mkpath(file.absolutePath()))
                return fail(ErrorKind::Io, tr("The folder %1 cannot be created for the database.")
                                               .arg(file.absolutePath()));
            if (!QFileInfo(file.absolutePath()).isWritable())
                return fail(ErrorKind::ReadOnly,
                            tr("The folder %1 is read-only, so the database cannot be created "
                               "there.")
                                .arg(file.absolutePath()));
        } else if (file.isDir()) {
            return fail(ErrorKind::InvalidInput,
                        tr("%1 is a folder, not a database file.").arg(m_url.path()));
        } else if (!file.isReadable()) {
            return fail(ErrorKind::Io,
                        tr("The database file %1 cannot be read (permission denied).")
                            .arg(m_url.path()));
        } else {
            // WAL mode needs the folder writable too (for the -wal and -shm files).
            m_readOnly = !file.isWritable() || !QFileInfo(file.absolutePath()).isWritable();
        }
    }

    if (backend() == Backend::SQLite && !m_readOnly)
        m_checkpointer = std::make_unique<WalCheckpointer>(*this);
    auto first = connection();
    if (!first && backend() == Backend::SQLite && m_readOnly && !m_immutable) {
        // A WAL database on read-only media (a backup on WORM media) can only be read as
        // immutable: nobody can be writing it there.
        m_immutable = true;
        m_connections.setLocalData(nullptr);
        first = connection();
    }
    if (!first && backend() == Backend::PostgreSQL && options.credentials
        && m_password.isEmpty() && first.error().kind == ErrorKind::AuthenticationFailed) {
        if (auto stored = options.credentials->readPassword(m_url.credentialKey())) {
            m_password = *stored;
            m_connections.setLocalData(nullptr);
            first = connection();
        }
    }
    if (!first)
        return fail(first.error());
    return {};
}

Database::ThreadConnection *Database::threadConnection() const
{
    if (!m_connections.hasLocalData()) {
        auto *conn = new ThreadConnection;
        conn->name = u"changedesk-%1-%2"_s.arg(m_serial).arg(
            reinterpret_cast<quintptr>(QThread::currentThreadId()), 0, 16);
        m_connections.setLocalData(conn);
    }
    return m_connections.localData();
}

Result<QSqlDatabase> Database::connection() const
{
    ThreadConnection *conn = threadConnection();
    QSqlDatabase db = QSqlDatabase::database(conn->name, false);
    if (db.isValid() && db.isOpen())
        return db;
    conn->prepared.clear(); // a new session has none of them
    auto opened = openConnection(conn->name);
    if (!opened) {
        m_connections.setLocalData(nullptr);
        return opened;
    }
    return opened;
}

Result<QSqlDatabase> Database::openConnection(const QString &name) const
{
    if (backend() == Backend::SQLite) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        QStringList options{u"QSQLITE_BUSY_TIMEOUT=10000"_s};
        if (m_readOnly)
            options << u"QSQLITE_OPEN_READONLY"_s;
        if (m_immutable) {
            options << u"QSQLITE_OPEN_URI"_s;
            db.setDatabaseName(QUrl::fromLocalFile(m_url.path()).toString(QUrl::FullyEncoded)
                               + u"?immutable=1"_s);
        } else {
            db.setDatabaseName(m_url.path());
        }
        db.setConnectOptions(options.join(u';'));
        if (!db.open())
            return fail(translateError(db.lastError(), tr("opening %1").arg(m_url.path())));
        if (auto configured = configureSqlite(db); !configured)
            return fail(configured.error());
        return db;
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    db.setHostName(m_url.host());
    db.setPort(m_url.port());
    db.setDatabaseName(m_url.databaseName());
    if (!m_url.userName().isEmpty())
        db.setUserName(m_url.userName());
    if (!m_password.isEmpty())
        db.setPassword(m_password);
    db.setConnectOptions(m_url.connectOptions());
    if (!db.open())
        return fail(translateError(db.lastError(), tr("connecting to %1").arg(m_url.toDisplayString())));
    QSqlQuery setup(db);
    if (!setup.exec(u"SET TIME ZONE 'UTC'"_s))
        return fail(translateError(setup.lastError(), tr("setting up the connection")));
    return db;
}

Status Database::configureSqlite(QSqlDatabase &db) const
{
    QSqlQuery q(db);
    // Reading the schema is the first thing that fails on a file that is no database.
    if (!q.exec(u"SELECT count(*) FROM sqlite_master"_s) || !q.next())
        return fail(translateError(q.lastError(), tr("reading %1").arg(m_url.path())));
    const bool empty = q.value(0).toLongLong() == 0;
    q.finish();
    if (!q.exec(u"PRAGMA foreign_keys = ON"_s))
        return fail(translateError(q.lastError(), tr("enabling foreign keys")));
    // 64 MiB of pages per connection (SQLite's default is 2 MiB): a large import or the CMDB
    // at agency scale keeps its index pages in memory instead of reading them back; temporary
    // tables (imports stage their rows in one) stay in memory too.
    if (!q.exec(u"PRAGMA cache_size = -65536"_s) || !q.exec(u"PRAGMA temp_store = MEMORY"_s))
        return fail(translateError(q.lastError(), tr("setting the page cache")));
    if (m_readOnly)
        return {};
    // The journal mode is written into the file. Only a new, empty file is switched here; any
    // other file is switched by the Migrator once it knows that the file is a ChangeDesk
    // database this version may change, so a foreign or newer file keeps its bytes.
    if (empty) {
        // 16 KiB pages (SQLite's default is 4 KiB): fewer, fuller pages for tables of 100,000
        // CIs and millions of software rows; a large import writes a third less. Only a new
        // file can take it (the page size is fixed once the first table is written).
        if (!q.exec(u"PRAGMA page_size = 16384"_s))
            return fail(translateError(q.lastError(), tr("setting the page size")));
        if (auto wal = switchToWal(db); !wal)
            return wal;
    }
    if (!q.exec(u"PRAGMA synchronous = FULL"_s))
        return fail(translateError(q.lastError(), tr("setting synchronous mode")));
    // Without the hook (SQLite's interface not available) the connection checkpoints itself.
    if (m_checkpointer)
        setWalHook(db, &onWalCommit, m_checkpointer.get());
    return {};
}

bool Database::waitForCheckpoints(QDeadlineTimer deadline) const
{
    return !m_checkpointer || m_checkpointer->waitUntilIdle(deadline);
}

int Database::backgroundCheckpoints() const
{
    return m_checkpointer ? m_checkpointer->checkpointsRun() : 0;
}

Status Database::switchToWal(QSqlDatabase &db) const
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA journal_mode = WAL"_s) || !q.next())
        return fail(translateError(q.lastError(), tr("switching %1 to WAL mode").arg(m_url.path())));
    if (q.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        return fail(ErrorKind::Io, tr("%1 could not be switched to WAL mode (it reports '%2').")
                                       .arg(m_url.path(), q.value(0).toString()));
    return {};
}

Status Database::useWriteAheadLog() const
{
    if (backend() != Backend::SQLite || m_readOnly)
        return {};
    auto db = connection();
    if (!db)
        return fail(db.error());
    return switchToWal(*db);
}

namespace {

// Each ? of `sql` outside quotes, replaced by replacement(index); the number of them in `count`.
template<typename Replacement>
QString replacePlaceholders(const QString &sql, Replacement &&replacement, qsizetype &count)
{
    QString out;
    out.reserve(sql.size() + 64);
    count = 0;
    QChar quote; // inside '...' or "..." when set
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (!quote.isNull()) {
            out += c;
            if (c == quote)
                quote = QChar(); // a doubled quote reopens at the next character
            continue;
        }
        if (c == u'\'' || c == u'"') {
            quote = c;
            out += c;
            continue;
        }
        if (c != u'?') {
            out += c;
            continue;
        }
        out += replacement(count++);
    }
    return out;
}

} // namespace

Result<QString> Database::inlineParameters(const QSqlDatabase &db, const QString &sql,
                                           const QVariantList &params)
{
    qsizetype count = 0;
    QString out = replacePlaceholders(
        sql,
        [&](qsizetype index) {
            if (index >= params.size())
                return QString();
            const QVariant &value = params.at(index);
            QSqlField field(QString(), value.metaType());
            if (value.isNull())
                field.clear();
            else
                field.setValue(value);
            return db.driver()->formatValue(field);
        },
        count);
    if (count != params.size())
        return fail(ErrorKind::Internal, tr("The statement has %1 placeholders for %2 values: %3")
                                             .arg(count)
                                             .arg(params.size())
                                             .arg(sql));
    return out;
}

Result<QString> Database::preparedName(const QSqlDatabase &db, const QString &sql, qsizetype values,
                                       const QString &what) const
{
    ThreadConnection *conn = threadConnection();
    const auto wrongCount = [&](qsizetype count) {
        return Error {ErrorKind::Internal, tr("The statement has %1 placeholders for %2 values: %3")
                                               .arg(count)
                                               .arg(values)
                                               .arg(sql)};
    };
    if (const auto it = conn->prepared.constFind(sql); it != conn->prepared.cend()) {
        if (it->second != values)
            return fail(wrongCount(it->second));
        return it->first;
    }
    qsizetype count = 0;
    const QString numbered
        = replacePlaceholders(sql, [](qsizetype index) { return u"$%1"_s.arg(index + 1); }, count);
    if (count != values)
        return fail(wrongCount(count));
    const QString name = u"cd_plan_%1"_s.arg(conn->prepared.size() + 1);
    QSqlQuery prepare(db);
    if (!prepare.exec(u"PREPARE %1 AS %2"_s.arg(name, numbered)))
        return fail(translateError(prepare.lastError(), what));
    conn->prepared.insert(sql, {name, count});
    return name;
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &params, const QString &what,
                                 Plan plan) const
{
    auto db = connection();
    if (!db)
        return fail(db.error());
    QSqlQuery query(*db);
    query.setForwardOnly(true);
    const QString context = what.isEmpty() ? tr("running a database query") : what;
    if (backend() == Backend::PostgreSQL && (plan == Plan::Kept || !params.isEmpty())) {
        // Qt's driver would PREPARE, EXECUTE and DEALLOCATE: three round trips, with the values
        // written into the EXECUTE by the driver's formatValue(). The same values in the
        // statement itself take one. A kept statement is planned once per connection (PREPARE)
        // and then run with the values (EXECUTE), without planning.
        QString statement = sql;
        if (plan == Plan::Kept) {
            auto name = preparedName(*db, sql, params.size(), context);
            if (!name)
                return fail(name.error());
            statement = u"EXECUTE "_s + *name;
            if (!params.isEmpty())
                statement += u" ("_s + QStringList(params.size(), u"?"_s).join(u", "_s) + u')';
        }
        auto inlined = inlineParameters(*db, statement, params);
        if (!inlined)
            return fail(inlined.error());
        if (!query.exec(*inlined))
            return fail(translateError(query.lastError(), context));
        return query;
    }
    if (params.isEmpty()) {
        if (!query.exec(sql))
            return fail(translateError(query.lastError(), context));
        return query;
    }
    if (!query.prepare(sql))
        return fail(translateError(query.lastError(), context));
    for (const QVariant &value : params)
        query.addBindValue(value);
    if (!query.exec()) {
        const Error error = translateError(query.lastError(), context);
        if (backend() == Backend::PostgreSQL) {
            if (ThreadConnection *conn = threadConnection(); conn->depth > 0)
                conn->failedInTransaction.push_back(std::move(query));
        }
        return fail(error);
    }
    return query;
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantList &params, const QString &what,
                                  Plan plan) const
{
    auto query = exec(sql, params, what, plan);
    if (!query)
        return fail(query.error());
    if (!query->next())
        return QVariant();
    return query->value(0);
}

Status Database::execGuarded(const QString &sql, const QVariantList &params, const RecordRef &record,
                             Plan plan) const
{
    auto query = exec(sql, params, tr("saving %1").arg(record.label), plan);
    if (!query)
        return fail(query.error());
    if (query->numRowsAffected() > 0)
        return {};
    auto current = scalar(u"SELECT row_version FROM %1 WHERE id = ?"_s.arg(record.table),
                          {record.id}, tr("checking %1").arg(record.label));
    if (!current)
        return fail(current.error());
    if (current->isNull())
        return fail(ErrorKind::NotFound,
                    tr("%1 no longer exists: someone else deleted it. Your change was not saved.")
                        .arg(record.label));
    return fail(ErrorKind::Conflict,
                tr("%1 was changed by someone else while you were editing it (your version %2, "
                   "stored version %3). Your change was not saved; reload and apply it again.")
                    .arg(record.label)
                    .arg(record.expectedVersion)
                    .arg(current->toInt()));
}

Result<bool> Database::tableExists(const QString &table) const
{
    auto names = tableNames();
    if (!names)
        return fail(names.error());
    return names->contains(table);
}

Result<QStringList> Database::tableNames() const
{
    const QString sql = backend() == Backend::SQLite
                            ? u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                              "LIKE 'sqlite_%' ORDER BY name"_s
                            : u"SELECT table_name FROM information_schema.tables WHERE "
                              "table_schema = current_schema() ORDER BY table_name"_s;
    auto query = exec(sql, {}, tr("listing tables"));
    if (!query)
        return fail(query.error());
    QStringList names;
    while (query->next())
        names << query->value(0).toString();
    return names;
}

Status Database::beginWrite() const
{
    ThreadConnection *conn = threadConnection();
    if (conn->depth++ > 0)
        return {};
    if (m_readOnly) {
        --conn->depth;
        return fail(ErrorKind::ReadOnly,
                    tr("%1 is open read-only; nothing can be changed in it.").arg(m_url.toDisplayString()));
    }
    // IMMEDIATE takes the write lock up front, so two writers queue instead of deadlocking.
    auto begun = exec(backend() == Backend::SQLite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s, {},
                      tr("starting a transaction"));
    if (!begun) {
        --conn->depth;
        return fail(begun.error());
    }
    return {};
}

Status Database::commit() const
{
    ThreadConnection *conn = threadConnection();
    if (--conn->depth > 0)
        return {};
    auto committed = exec(u"COMMIT"_s, {}, tr("committing the transaction"));
    if (!committed) {
        rollback();
        return fail(committed.error());
    }
    return {};
}

void Database::rollback() const
{
    ThreadConnection *conn = threadConnection();
    if (conn->depth > 1) {
        // The outer write() sees the failure and rolls back the whole transaction.
        --conn->depth;
        return;
    }
    conn->depth = 0;
    (void)exec(u"ROLLBACK"_s);
    conn->failedInTransaction.clear();
}

Error Database::translateError(const QSqlError &error, const QString &what) const
{
    const QString driverText = error.driverText();
    const QString dbText = error.databaseText().trimmed();
    const QString detail = dbText.isEmpty() ? driverText : dbText;

    if (backend() == Backend::SQLite) {
        const QString path = m_url.path();
        switch (sqlitePrimaryCode(error)) {
        case SqliteNotADb:
        case SqliteCorrupt:
            return {ErrorKind::Corrupt,
                    tr("%1 is not a ChangeDesk database or is damaged (%2). Nothing was changed; "
                       "restore it from a backup or choose another file.")
                        .arg(path, detail)};
        case SqliteReadOnly:
            return {ErrorKind::ReadOnly,
                    tr("%1 is read-only, so %2 failed. Nothing was changed.").arg(path, what)};
        case SqliteFull:
            return {ErrorKind::Io,
                    tr("The disk is full while %1. Nothing was changed; free some space and try "
                       "again.")
                        .arg(what)};
        case SqliteBusy:
        case SqliteLocked:
            return {ErrorKind::Unavailable,
                    tr("%1 is busy: another program holds a lock on it while %2. Try again in a "
                       "moment.")
                        .arg(path, what)};
        case SqliteCantOpen:
            return {ErrorKind::Io, tr("%1 cannot be opened (%2).").arg(path, detail)};
        case SqliteIoErr:
            return {ErrorKind::Io, tr("Reading or writing %1 failed while %2 (%3).").arg(path, what, detail)};
        case SqliteConstraint:
            return {ErrorKind::InvalidInput, tr("%1 was refused: %2").arg(what, detail)};
        default:
            return {ErrorKind::Internal, tr("The database reported an error while %1: %2").arg(what, detail)};
        }
    }

    const QString server = u"%1:%2"_s.arg(m_url.host()).arg(m_url.port());
    const QString state = error.nativeErrorCode();
    if (detail.contains(u"password authentication failed"_s)
        || detail.contains(u"authentication failed"_s))
        return {ErrorKind::AuthenticationFailed,
                tr("PostgreSQL at %1 refused the password for user '%2'.").arg(server, m_url.userName())};
    if (detail.contains(u"no password supplied"_s))
        return {ErrorKind::AuthenticationFailed,
                tr("PostgreSQL at %1 asks for a password for user '%2', and none was found "
                   "(PGPASSWORD, the password file ~/.pgpass or the system keychain).")
                    .arg(server, m_url.userName())};
    if (detail.contains(u"does not exist"_s) && detail.contains(u"database"_s))
        return {ErrorKind::NotFound,
                tr("PostgreSQL at %1 has no database '%2'. Create it first (createdb %2).")
                    .arg(server, m_url.databaseName())};
    if (detail.contains(u"role"_s) && detail.contains(u"does not exist"_s))
        return {ErrorKind::AuthenticationFailed,
                tr("PostgreSQL at %1 has no user '%2'.").arg(server, m_url.userName())};
    if (detail.contains(u"Connection refused"_s) || detail.contains(u"could not connect"_s)
        || detail.contains(u"could not translate host name"_s) || detail.contains(u"timeout expired"_s)
        || detail.contains(u"No route to host"_s) || detail.contains(u"Network is unreachable"_s))
        return {ErrorKind::Unavailable,
                tr("The PostgreSQL server at %1 cannot be reached (%2). Check that it runs and "
                   "accepts connections, and the host name and port.")
                    .arg(server, detail.section(u'\n', 0, 0))};
    if (detail.contains(u"SSL"_s))
        return {ErrorKind::Unavailable,
                tr("The secure connection to PostgreSQL at %1 failed: %2").arg(server, detail)};
    if (state == u"25006")
        return {ErrorKind::ReadOnly,
                tr("The PostgreSQL database at %1 is read-only, so %2 failed.").arg(server, what)};
    if (state == u"53100")
        return {ErrorKind::Io, tr("The PostgreSQL server at %1 is out of disk space while %2.").arg(server, what)};
    if (state == u"42501")
        return {ErrorKind::ReadOnly, tr("The PostgreSQL server refused %1: %2").arg(what, detail)};
    if (state.startsWith(u"23"_s))
        return {ErrorKind::InvalidInput, tr("%1 was refused: %2").arg(what, detail)};
    if (state == u"40001" || state == u"40P01")
        return {ErrorKind::Conflict,
                tr("%1 collided with another user's change. Nothing was saved; try again.").arg(what)};
    if (error.type() == QSqlError::ConnectionError)
        return {ErrorKind::Unavailable,
                tr("The connection to PostgreSQL at %1 failed: %2").arg(server, detail)};
    return {ErrorKind::Internal, tr("The database reported an error while %1: %2").arg(what, detail)};
}

} // namespace ChangeDesk
