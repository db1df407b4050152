#pragma once

// Internal to core: SQLite's own C interface on the connection Qt opened, for bulk writes.

#include "common/error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringEncoder>

#include <vector>

class QSqlDatabase;

namespace ChangeDesk {

class Database;

// Statements run straight through the SQLite library that Qt's QSQLITE driver uses, on the
// driver's own connection (and so inside its transaction). Qt binds every value through a
// QVariant, a placeholder name and a hash lookup, which costs several times what SQLite needs to
// insert the row; imports of 100,000 records write this way.
//
// Available only when it is safe: on Unix, when the driver links the shared libsqlite3 (it is
// loaded in the process already; it is never loaded here) and that library reports the same
// source id as the driver's connection (SELECT sqlite_source_id()). Where Qt carries its own copy
// of SQLite (the official Windows and macOS builds) callers use Qt's interface instead.
class SqliteStatement
{
public:
    // Whether `db`'s connection on this thread can be used directly.
    static bool available(const Database &db);
    // Tests turn it off to run the way taken where it is not available.
    static void setEnabled(bool enabled);

    // Prepares `sql` (SQLite syntax, numbered parameters ?1, ?2, ...) on the connection.
    static Result<SqliteStatement> prepare(const Database &db, const QString &sql, const QString &what);

    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    ~SqliteStatement();

    // Parameters are 1-based and keep their values from one step() to the next.
    void bindText(int index, const QString &value);
    void bindInteger(int index, qint64 value);
    void bindNull(int index);
    // Runs the statement to its end (an INSERT, UPDATE or DELETE) and resets it.
    Status step();
    // Steps a query to its next row: true at a row, false after the last (the statement is then
    // reset and may be bound and run again).
    Result<bool> next();
    // A column (0-based) of the current row. The text is UTF-8 as SQLite holds it (NULL is
    // empty), valid until the next call of next().
    QByteArrayView text(int column) const;
    qint64 integer(int column) const;
    // Rows the last step() inserted, changed or deleted.
    qint64 changes() const { return m_changes; }

private:
    SqliteStatement(const Database &db, void *connection, void *statement, QString what);

    const Database *m_db = nullptr;
    void *m_connection = nullptr;
    void *m_statement = nullptr;
    QString m_what;
    bool m_bindFailed = false;
    qint64 m_changes = 0;
    // Texts are handed to SQLite as UTF-8 it may read without copying (SQLITE_STATIC): one
    // buffer per parameter, reused from row to row.
    std::vector<QByteArray> m_buffers;
    QStringEncoder m_encoder {QStringConverter::Utf8, QStringConverter::Flag::Stateless};
};

// Has SQLite call `hook` after each commit on `connection` (an open SQLite connection), with the
// number of pages in the write-ahead log; it replaces SQLite's automatic checkpoint on that
// connection (sqlite3_wal_hook). `hook` returns 0 (SQLITE_OK); it runs on the committing thread
// once the write lock is released. False, and nothing changed, where the interface is not
// available (see SqliteStatement).
using WalHook = int (*)(void *context, void *connection, const char *database, int pages);
bool setWalHook(const QSqlDatabase &connection, WalHook hook, void *context);

} // namespace ChangeDesk
