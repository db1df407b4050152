#pragma once

// Internal to core: writing many rows fast, for imports.

#include "common/error.h"
#include "storage/sqlitedirect.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <optional>
#include <vector>

namespace ChangeDesk {

class Database;

// Writes many rows with one set-based statement per batch, prepared once and reused. The rows of
// a batch reach the statement as a row source it reads like a table, because Qt's binding costs
// more per value than the database needs to store the row:
// - on SQLite, when SqliteStatement is available, a temporary table that each row is added to
//   through SQLite's own interface, as sqlite3's .import does (and emptied after each batch);
// - otherwise one parameter, a JSON array of arrays that the statement expands (SQLite
//   json_each, PostgreSQL jsonb_array_elements).
// A set-based INSERT ... SELECT also keeps SQLite from writing a statement journal per row.
//
// `sql` reads the rows as a table: "INSERT INTO t (columns) SELECT ... FROM ${ROWS} AS j [WHERE
// true] [ON CONFLICT ...]", "UPDATE t SET ... FROM ${ROWS} AS j WHERE ...", "DELETE FROM t WHERE x
// IN (SELECT ... FROM ${ROWS} AS j)". It reads field N of a row as j.value->>N, cast where the
// column is not text: CAST(j.value->>3 AS ${BIGINT}). The dialect placeholders of
// Dialect::expand() apply. Other parameters (`fixed`, bound once) are "?" in the text. With ON
// CONFLICT, SQLite's grammar needs the "WHERE true". Every row has the same number of fields.
//
// Rows are gathered until flush(): the caller decides the order in which tables are written.
// Runs inside the caller's transaction. Destroy it before the transaction ends: on PostgreSQL a
// prepared statement is freed on the server when its query goes, on SQLite the temporary table
// is dropped.
class BulkInsert
{
public:
    BulkInsert(const Database &db, QString sql, QVariantList fixed, QString what);
    ~BulkInsert();

    // Another statement of the same form over the same rows, run after the first by each flush()
    // (e.g. the history of the rows just inserted). It reads no field the first does not have.
    void also(QString sql, QVariantList fixed);
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

    // The fields of the current row, in order, then endRow(). An error on the way is reported by
    // the next flush().
    BulkInsert &text(const QString &value);
    BulkInsert &integer(qint64 value);
    BulkInsert &null();
    // null, text, integer, bool (as 1 or 0) and date-times (ISO 8601 UTC text) as they come.
    BulkInsert &value(const QVariant &value);
    BulkInsert &values(const QVariantList &values);
    void endRow();

    // Writes the rows gathered so far (nothing when there are none).
    Status flush();

    qsizetype pendingRows() const { return m_rows; }
    // Rows the first statement changed in the last flush() (an UPDATE guarded by row versions
    // checks it against the rows it was given).
    qint64 lastChanges() const { return m_lastChanges; }
    qint64 rowsWritten() const { return m_written; }

    // The text a timestamp parameter takes (cast it with CAST(? AS ${TIMESTAMP})).
    static QString timestamp(const QDateTime &when);

private:
    // A statement that writes the batch.
    struct Target {
        QString sql; // JSON form: ${ROWS} replaced; staged form: the temporary table
        QVariantList fixed;
        std::optional<SqliteStatement> staged;
        std::optional<QSqlQuery> query;
    };
    // SQLite through its own interface: rows are staged in a temporary table.
    struct Staged {
        QString table;
        int fields = 0;
        std::optional<SqliteStatement> add; // one row into the table
        std::optional<SqliteStatement> clear;
        int field = 0; // of the current row
    };

    Status prepareStaged(const QString &sql);
    Status addTarget(QString sql, QVariantList fixed);
    Status run(Target &target);
    void separate();

    const Database &m_db;
    QString m_what;
    std::vector<Target> m_targets;
    std::optional<Staged> m_staged;
    Status m_error; // the first error, reported by flush()
    QByteArray m_json;
    bool m_rowOpen = false;
    qsizetype m_rows = 0;
    qint64 m_lastChanges = 0;
    qint64 m_written = 0;
};

} // namespace ChangeDesk
