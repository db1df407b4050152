#pragma once

#include "common/error.h"
#include "storage/databaseurl.h"

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace ChangeDesk {
class Database;
}

namespace ChangeDesk::Test {

// Folder where GUI tests save offscreen screenshots (build/test-screenshots), created on demand.
QString screenshotPath(const QString &fileName);

// A fresh SQLite database URL inside `dir` (the file does not exist yet).
DatabaseUrl freshSqliteUrl(const QTemporaryDir &dir, const QString &name = QStringLiteral("test.db"));

// Path of a ChangeDesk executable in build/bin.
QString binary(const QString &name);

// Makes the current test function fail on Qt SQL warnings that mean a bug: a connection removed
// while queries still use it, a duplicate connection name, a statement the server could not
// free. Call from init().
void failOnSqlWarnings();

// ---- Results in test assertions ----------------------------------------------------------

// Text for QVERIFY2's description, alive until the end of the assertion.
struct Message {
    QByteArray text;
    operator const char *() const { return text.constData(); }
};

// "" for a success, else the error's kind and message: QVERIFY2(result, why(result)).
template<typename R>
Message why(const R &result)
{
    if (result)
        return {};
    return {(result.error().kindName() + QStringLiteral(": ") + result.error().message).toLocal8Bit()};
}

// ---- PostgreSQL fixture (tests/support/pgserver.sh, CTest fixture `postgres`) ----------------

struct PostgresFixture {
    DatabaseUrl adminUrl; // the maintenance database `postgres`, role cdtest, no password in it
    QString password;     // cdtest's password; also exported as PGPASSWORD for libpq
    QString urlText;      // adminUrl as written by pgserver.sh
};

// Reads the running fixture from build/test-postgres; an error naming the missing file and how
// to start the server when it is not running (fail the test with it, never skip).
Result<PostgresFixture> postgresFixture();

// Creates an empty database with a unique name on the fixture server and returns its URL. The
// password reaches libpq through PGPASSWORD, as it would for a user.
Result<DatabaseUrl> freshPostgresUrl();

// The same server and role with another database name (which may not exist).
Result<DatabaseUrl> postgresUrlFor(const QString &databaseName);

// ---- Both backends ---------------------------------------------------------------------------

// The backends every storage test runs against: "sqlite" and "postgresql".
QStringList backends();

// Adds the column "backend" and one row per backend to a data-driven test.
void addBackendColumn();

// A fresh, empty database of `backend`: a new file in `dir` or a new PostgreSQL database.
Result<DatabaseUrl> freshUrl(const QString &backend, const QTemporaryDir &dir,
                             const QString &name = QStringLiteral("test.db"));

// Opens (creating) a fresh database of `backend`; with `migrate`, brings it to the latest schema.
Result<std::shared_ptr<Database>> openFresh(const QString &backend, const QTemporaryDir &dir,
                                            bool migrate = true,
                                            const QString &name = QStringLiteral("test.db"));

// Every table with its rows, in a stable order: compare before and after to prove nothing changed.
Result<QStringList> dumpTables(const Database &db);

// ---- Files -----------------------------------------------------------------------------------

// SHA-256 of a file's bytes; empty when the file does not exist or cannot be read.
QByteArray fileSha256(const QString &path);

// Runs statements on an SQLite file through a plain connection of its own (no ChangeDesk
// settings: foreign keys off, the file's own journal mode), then closes it.
Status rawSqlite(const QString &path, const QStringList &statements);

// ---- Child processes ---------------------------------------------------------------------------

// How a child process is confined, to give it a full disk or read-only media for real.
struct Confinement {
    enum class Kind {
        None,
        Tmpfs,         // a private mount namespace with a fresh tmpfs of `bytes` over `dir`
        ReadOnlyBind,  // a private mount namespace with `dir` bound over itself read-only
        FileSizeLimit, // RLIMIT_FSIZE of `bytes`, SIGXFSZ ignored (writes fail with EFBIG)
    };
    Kind kind = Kind::None;
    QString dir;
    qint64 bytes = 0;
};

// Whether children can get a private mount namespace (root, or unprivileged user namespaces)
// in which mounts stay private. Probed once by really mounting a tmpfs in a child; the error
// says why not.
Status mountNamespaceSupport();

struct ProcessResult {
    int exitCode = -1;
    bool crashed = false;
    QString startError; // set when the program could not be started or confined
    QString out;
    QString err;

    bool started() const { return startError.isEmpty(); }
    // The output as a JSON object (empty when it is not one).
    QJsonObject json() const;
    // Everything about the run, for failure messages.
    Message describe() const;
};

// A clean environment for ChangeDesk programs: HOME, XDG_DATA_HOME, XDG_CONFIG_HOME,
// XDG_CACHE_HOME and XDG_RUNTIME_DIR inside `home`; English messages; no CHANGEDESK_DB, no
// PG* variables, no session bus (no keychain prompts).
QProcessEnvironment isolatedEnvironment(const QString &home);

// Runs `program` with `args`; `env` entries are added to (and override) an isolated
// environment with its own temporary home. Waits at most `timeoutMs`.
ProcessResult runProcess(const QString &program, const QStringList &args,
                         const QProcessEnvironment &env = {}, const Confinement &confinement = {},
                         int timeoutMs = 120000);

// Runs build/bin/changedeskctl the same way.
ProcessResult runCtl(const QStringList &args, const QProcessEnvironment &env = {},
                     const Confinement &confinement = {}, int timeoutMs = 120000);

// PGPASSWORD for a child that connects to the fixture server.
QProcessEnvironment postgresEnvironment();

} // namespace ChangeDesk::Test
