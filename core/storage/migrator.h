#pragma once

#include "common/clock.h"
#include "common/error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace ChangeDesk {

class Database;
class DatabaseUrl;
struct OpenOptions;

// One schema step: brings the database from version-1 to version. Written so that running it
// again on a database that already has its changes does no harm.
struct MigrationStep {
    int version = 0;
    QString description;
    std::function<Status(const Database &)> apply;
};

struct MigrationReport {
    int fromVersion = 0;
    int toVersion = 0;
    QStringList applied; // "3: description" per step run
};

class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    explicit Migrator(const Database &db, const Clock &clock = Clock::system());
    // Uses a custom list of steps (tests); the default is the ChangeDesk schema.
    Migrator(const Database &db, QList<MigrationStep> steps, const Clock &clock);

    static const QList<MigrationStep> &schemaSteps();
    static int latestVersion();

    // 0 for an empty database; an error for a database of another application.
    Result<int> currentVersion() const;
    // Refuses a database of a newer schema before touching anything.
    Result<MigrationReport> migrate() const;
    // Fails unless the schema is exactly the one this build knows.
    Status requireCurrent() const;

private:
    int latest() const;
    Status applyStep(const MigrationStep &step) const;

    const Database &m_db;
    QList<MigrationStep> m_steps;
    const Clock &m_clock;
};

// Opens `url` and brings its schema up to date: what an application does when it starts or
// switches databases. A read-only database is accepted when its schema is already current.
Result<std::shared_ptr<Database>> openAndMigrate(const DatabaseUrl &url, const OpenOptions &options,
                                                 const Clock &clock = Clock::system());

// Helpers for steps.
Status execSchema(const Database &db, const QStringList &statements);
Status addColumnIfMissing(const Database &db, const QString &table, const QString &column,
                          const QString &definition);

} // namespace ChangeDesk
