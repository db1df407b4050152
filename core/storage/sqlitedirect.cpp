#include "sqlitedirect.h"

#include "storage/database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#ifdef Q_OS_UNIX
#include <dlfcn.h>
#endif

#include <atomic>
#include <mutex>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {

// The few entry points used, with the C signatures of sqlite3.h.
struct Api {
    using Destructor = void (*)(void *);
    int (*prepare)(void *, const char *, int, void **, const char **) = nullptr;
    int (*bindText)(void *, int, const char *, int, Destructor) = nullptr;
    int (*bindInt64)(void *, int, long long) = nullptr;
    int (*bindNull)(void *, int) = nullptr;
    int (*step)(void *) = nullptr;
    int (*reset)(void *) = nullptr;
    int (*finalize)(void *) = nullptr;
    const char *(*errmsg)(void *) = nullptr;
    int (*extendedErrcode)(void *) = nullptr;
    const char *(*sourceId)() = nullptr;
    int (*changes)(void *) = nullptr;
    void *(*walHook)(void *, int (*)(void *, void *, const char *, int), void *) = nullptr;
    const unsigned char *(*columnText)(void *, int) = nullptr;
    int (*columnBytes)(void *, int) = nullptr;
    long long (*columnInt64)(void *, int) = nullptr;
};

constexpr int kOk = 0;
constexpr int kRow = 100;
constexpr int kDone = 101;
const Api::Destructor kStatic = nullptr; // SQLITE_STATIC

// The library the driver loaded, or nothing.
const Api *loadedLibrary()
{
    static Api api;
    static bool found = false;
    static std::once_flag once;
    std::call_once(once, [] {
#ifdef Q_OS_UNIX
        void *library = dlopen("libsqlite3.so.0", RTLD_NOW | RTLD_NOLOAD);
        if (!library)
            return;
        auto resolve = [&](auto &function, const char *name) {
            function = reinterpret_cast<std::remove_reference_t<decltype(function)>>(dlsym(library, name));
            return function != nullptr;
        };
        found = resolve(api.prepare, "sqlite3_prepare_v2") && resolve(api.bindText, "sqlite3_bind_text")
            && resolve(api.bindInt64, "sqlite3_bind_int64") && resolve(api.bindNull, "sqlite3_bind_null")
            && resolve(api.step, "sqlite3_step") && resolve(api.reset, "sqlite3_reset")
            && resolve(api.finalize, "sqlite3_finalize") && resolve(api.errmsg, "sqlite3_errmsg")
            && resolve(api.extendedErrcode, "sqlite3_extended_errcode")
            && resolve(api.sourceId, "sqlite3_sourceid") && resolve(api.changes, "sqlite3_changes")
            && resolve(api.walHook, "sqlite3_wal_hook") && resolve(api.columnText, "sqlite3_column_text")
            && resolve(api.columnBytes, "sqlite3_column_bytes")
            && resolve(api.columnInt64, "sqlite3_column_int64");
        // The handle stays open: the driver holds the library anyway.
#endif
    });
    return found ? &api : nullptr;
}

// The driver's sqlite3* handle when the loaded library is the one the driver uses.
void *connectionHandle(const QSqlDatabase &connection)
{
    const Api *api = loadedLibrary();
    if (!api || !connection.isOpen() || !connection.driver())
        return nullptr;
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    void *sqlite = *static_cast<void *const *>(handle.constData());
    if (!sqlite)
        return nullptr;
    // The same build of SQLite, asked through the driver and through the library.
    QSqlQuery query(connection);
    if (!query.exec(u"SELECT sqlite_source_id()"_s) || !query.next())
        return nullptr;
    if (query.value(0).toString() != QString::fromUtf8(api->sourceId()))
        return nullptr;
    return sqlite;
}

void *connectionHandle(const Database &db)
{
    if (db.backend() != Backend::SQLite)
        return nullptr;
    auto connection = db.connection();
    if (!connection)
        return nullptr;
    return connectionHandle(*connection);
}

} // namespace

namespace {
std::atomic<bool> s_enabled {true};
} // namespace

void SqliteStatement::setEnabled(bool enabled)
{
    s_enabled = enabled;
}

bool SqliteStatement::available(const Database &db)
{
    return s_enabled && connectionHandle(db) != nullptr;
}

bool setWalHook(const QSqlDatabase &connection, WalHook hook, void *context)
{
    void *sqlite = s_enabled ? connectionHandle(connection) : nullptr;
    if (!sqlite)
        return false;
    loadedLibrary()->walHook(sqlite, hook, context);
    return true;
}

Result<SqliteStatement> SqliteStatement::prepare(const Database &db, const QString &sql, const QString &what)
{
    void *connection = connectionHandle(db);
    if (!connection)
        return fail(ErrorKind::Internal, u"SQLite's interface is not available"_s);
    const Api &api = *loadedLibrary();
    void *statement = nullptr;
    const QByteArray text = sql.toUtf8();
    if (api.prepare(connection, text.constData(), int(text.size()), &statement, nullptr) != kOk) {
        const QSqlError error(QString(), QString::fromUtf8(api.errmsg(connection)), QSqlError::StatementError,
                              QString::number(api.extendedErrcode(connection)));
        if (statement)
            api.finalize(statement);
        return fail(db.translateError(error, what));
    }
    return SqliteStatement(db, connection, statement, what);
}

SqliteStatement::SqliteStatement(const Database &db, void *connection, void *statement, QString what)
    : m_db(&db)
    , m_connection(connection)
    , m_statement(statement)
    , m_what(std::move(what))
{ }

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(other.m_db)
    , m_connection(std::exchange(other.m_connection, nullptr))
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_what(std::move(other.m_what))
    , m_bindFailed(other.m_bindFailed)
    , m_buffers(std::move(other.m_buffers)) // SQLite reads the bound texts from these buffers
{ }

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        if (m_statement)
            loadedLibrary()->finalize(m_statement);
        m_db = other.m_db;
        m_connection = std::exchange(other.m_connection, nullptr);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_what = std::move(other.m_what);
        m_bindFailed = other.m_bindFailed;
        m_buffers = std::move(other.m_buffers);
    }
    return *this;
}

SqliteStatement::~SqliteStatement()
{
    if (m_statement)
        loadedLibrary()->finalize(m_statement);
}

void SqliteStatement::bindText(int index, const QString &value)
{
    if (index < 1) {
        m_bindFailed = true;
        return;
    }
    if (m_buffers.size() < size_t(index))
        m_buffers.resize(size_t(index));
    QByteArray &buffer = m_buffers[size_t(index - 1)];
    // The buffer keeps its capacity; it stays untouched until this parameter is bound again.
    buffer.resize(qMax<qsizetype>(1, value.size() * 3));
    char *end = m_encoder.appendToBuffer(buffer.data(), value);
    if (loadedLibrary()->bindText(m_statement, index, buffer.constData(), int(end - buffer.constData()),
                                  kStatic)
        != kOk)
        m_bindFailed = true;
}

void SqliteStatement::bindInteger(int index, qint64 value)
{
    if (loadedLibrary()->bindInt64(m_statement, index, value) != kOk)
        m_bindFailed = true;
}

void SqliteStatement::bindNull(int index)
{
    if (loadedLibrary()->bindNull(m_statement, index) != kOk)
        m_bindFailed = true;
}

Status SqliteStatement::step()
{
    const Api &api = *loadedLibrary();
    if (m_bindFailed) {
        api.reset(m_statement);
        return fail(ErrorKind::Internal,
                    Database::tr("The database reported an error while %1: %2")
                        .arg(m_what, QString::fromUtf8(api.errmsg(m_connection))));
    }
    int result = api.step(m_statement);
    while (result == kRow)
        result = api.step(m_statement);
    if (result != kDone) {
        const QSqlError error(QString(), QString::fromUtf8(api.errmsg(m_connection)),
                              QSqlError::StatementError, QString::number(api.extendedErrcode(m_connection)));
        api.reset(m_statement);
        return fail(m_db->translateError(error, m_what));
    }
    m_changes = api.changes(m_connection);
    api.reset(m_statement);
    return {};
}

Result<bool> SqliteStatement::next()
{
    const Api &api = *loadedLibrary();
    if (m_bindFailed) {
        api.reset(m_statement);
        return fail(ErrorKind::Internal,
                    Database::tr("The database reported an error while %1: %2")
                        .arg(m_what, QString::fromUtf8(api.errmsg(m_connection))));
    }
    const int result = api.step(m_statement);
    if (result == kRow)
        return true;
    if (result != kDone) {
        const QSqlError error(QString(), QString::fromUtf8(api.errmsg(m_connection)),
                              QSqlError::StatementError, QString::number(api.extendedErrcode(m_connection)));
        api.reset(m_statement);
        return fail(m_db->translateError(error, m_what));
    }
    api.reset(m_statement);
    return false;
}

QByteArrayView SqliteStatement::text(int column) const
{
    const Api &api = *loadedLibrary();
    // sqlite3_column_text first, then sqlite3_column_bytes: the order SQLite documents.
    const unsigned char *data = api.columnText(m_statement, column);
    if (!data)
        return {};
    return QByteArrayView(reinterpret_cast<const char *>(data), api.columnBytes(m_statement, column));
}

qint64 SqliteStatement::integer(int column) const
{
    return loadedLibrary()->columnInt64(m_statement, column);
}

} // namespace ChangeDesk
