#pragma once

#include "common/error.h"
#include "storage/databaseurl.h"
#include "storage/dialect.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThreadStorage>
#include <QVariantList>

#include <memory>
#include <type_traits>

namespace ChangeDesk {

class CredentialStore;
class WalCheckpointer;

struct OpenOptions {
    bool createIfMissing = false;                  // SQLite: create the file (and its folder)
    const CredentialStore *credentials = nullptr;  // PostgreSQL: keychain to ask for a password
};

// Names the record an update or delete was about, for conflict and not-found messages.
struct RecordRef {
    QString table;
    qint64 id = 0;
    QString label;        // what a person calls it, e.g. "person 'jdoe'"
    int expectedVersion = 0;
};

// An open ChangeDesk database. Each thread gets its own connection, opened on first use; a
// thread must end before the Database it used is destroyed. Writes go through write(), one
// transaction per user action.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static Result<std::shared_ptr<Database>> open(const DatabaseUrl &url,
                                                  const OpenOptions &options = {});
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const DatabaseUrl &url() const { return m_url; }
    Backend backend() const { return m_url.backend(); }
    const Dialect &dialect() const { return m_dialect; }
    bool isReadOnly() const { return m_readOnly; }
    // The user name the database knows us by (PostgreSQL role, or the OS login for SQLite).
    QString sessionUser() const;

    // This thread's connection.
    Result<QSqlDatabase> connection() const;

    // How often a statement runs. Kept: a fixed text run again and again with other values (a
    // transition's reads and writes). PostgreSQL then plans it once per connection (PREPARE)
    // and runs it without planning (EXECUTE); its placeholders must have types the server can
    // tell from their context. SQLite is not affected.
    enum class Plan { OneOff, Kept };

    // Prepares and runs one statement with positional parameters. `what` says in a person's
    // words what was being done, for the error message.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &params = {}, const QString &what = {},
                           Plan plan = Plan::OneOff) const;
    Result<QVariant> scalar(const QString &sql, const QVariantList &params = {}, const QString &what = {},
                            Plan plan = Plan::OneOff) const;
    // Runs an UPDATE/DELETE guarded by "AND row_version = ?"; no affected row becomes a
    // Conflict (or NotFound when the row is gone) naming the record.
    Status execGuarded(const QString &sql, const QVariantList &params, const RecordRef &record,
                       Plan plan = Plan::OneOff) const;

    // SQLite: puts the file into WAL mode (readers keep working while one writes); a no-op on
    // PostgreSQL, on a read-only file and on a file already in WAL mode. Opening only switches
    // new, empty files: the Migrator calls this once it knows the file is ours to change.
    Status useWriteAheadLog() const;

    // SQLite: a commit that leaves 1,000 pages or more in the write-ahead log has it copied into
    // the database file by a background thread (WalCheckpointer), not by the committing
    // connection. Waits until that thread has nothing left to do, or the deadline; false at the
    // deadline. True at once where there is no such thread (PostgreSQL, read-only files, SQLite
    // without its interface, where the committing connection checkpoints as SQLite does).
    bool waitForCheckpoints(QDeadlineTimer deadline = QDeadlineTimer::Forever) const;
    // Checkpoints the background thread has run.
    int backgroundCheckpoints() const;

    Result<bool> tableExists(const QString &table) const;
    Result<QStringList> tableNames() const;

    // Runs `work` inside one write transaction (nested calls join the outer one). `work` returns
    // a Status or Result; on failure everything is rolled back.
    template<typename Work>
    auto write(Work &&work) const -> std::invoke_result_t<Work>
    {
        if (auto begun = beginWrite(); !begun)
            return fail(begun.error());
        auto result = work();
        if (!result) {
            rollback();
            return result;
        }
        if (auto committed = commit(); !committed)
            return fail(committed.error());
        return result;
    }

    // Turns a driver error into a message a person can act on; `what` says what was being done.
    Error translateError(const QSqlError &error, const QString &what) const;

private:
    explicit Database(DatabaseUrl url);
    struct ThreadConnection;

    // PostgreSQL: the statement with each ? (outside quotes) replaced by its value as the
    // driver writes it.
    static Result<QString> inlineParameters(const QSqlDatabase &db, const QString &sql, const QVariantList &params);
    // PostgreSQL: the name of `sql` prepared on this thread's connection; prepares it the first time.
    Result<QString> preparedName(const QSqlDatabase &db, const QString &sql, qsizetype values,
                                 const QString &what) const;
    Status openFirst(const OpenOptions &options);
    Result<QSqlDatabase> openConnection(const QString &name) const;
    Status configureSqlite(QSqlDatabase &db) const;
    Status switchToWal(QSqlDatabase &db) const;
    Status beginWrite() const;
    Status commit() const;
    void rollback() const;
    ThreadConnection *threadConnection() const;

    DatabaseUrl m_url;
    Dialect m_dialect;
    QString m_password;
    bool m_readOnly = false;
    bool m_immutable = false;
    quint64 m_serial = 0;
    mutable QThreadStorage<ThreadConnection *> m_connections;
    std::unique_ptr<WalCheckpointer> m_checkpointer; // SQLite, writable
};

} // namespace ChangeDesk
