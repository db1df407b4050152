#include "migrator.h"

#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {
// Held for the length of a migration transaction on PostgreSQL, so two clients starting at
// once migrate one after the other.
constexpr qint64 kMigrationLockKey = 0x43484744; // "CHGD"
} // namespace

Status execSchema(const Database &db, const QStringList &statements)
{
    for (const QString &statement : statements) {
        auto ran = db.exec(db.dialect().expand(statement), {},
                           Migrator::tr("changing the database schema"));
        if (!ran)
            return fail(ran.error());
    }
    return {};
}

Status addColumnIfMissing(const Database &db, const QString &table, const QString &column,
                          const QString &definition)
{
    if (db.backend() == Backend::PostgreSQL)
        return execSchema(db, {u"ALTER TABLE %1 ADD COLUMN IF NOT EXISTS %2 %3"_s.arg(table, column, definition)});
    auto info = db.exec(u"SELECT name FROM pragma_table_info(?)"_s, {table});
    if (!info)
        return fail(info.error());
    while (info->next()) {
        if (info->value(0).toString() == column)
            return {};
    }
    return execSchema(db, {u"ALTER TABLE %1 ADD COLUMN %2 %3"_s.arg(table, column, definition)});
}

Result<std::shared_ptr<Database>> openAndMigrate(const DatabaseUrl &url, const OpenOptions &options,
                                                 const Clock &clock)
{
    auto db = Database::open(url, options);
    if (!db)
        return fail(db.error());
    if (auto migrated = Migrator(**db, clock).migrate(); !migrated)
        return fail(migrated.error());
    return db;
}

Migrator::Migrator(const Database &db, const Clock &clock)
    : Migrator(db, schemaSteps(), clock)
{
}

Migrator::Migrator(const Database &db, QList<MigrationStep> steps, const Clock &clock)
    : m_db(db)
    , m_steps(std::move(steps))
    , m_clock(clock)
{
}

int Migrator::latestVersion()
{
    return schemaSteps().isEmpty() ? 0 : schemaSteps().constLast().version;
}

int Migrator::latest() const
{
    return m_steps.isEmpty() ? 0 : m_steps.constLast().version;
}

Result<int> Migrator::currentVersion() const
{
    auto tables = m_db.tableNames();
    if (!tables)
        return fail(tables.error());
    if (!tables->contains(u"schema_version"_s)) {
        if (tables->isEmpty())
            return 0;
        QStringList shown = tables->mid(0, 5);
        if (tables->size() > 5)
            shown << u"…"_s;
        return fail(ErrorKind::Corrupt,
                    tr("%1 holds tables of another application (%2) and no ChangeDesk schema. "
                       "ChangeDesk will not change it; choose an empty or ChangeDesk database.")
                        .arg(m_db.url().toDisplayString(), shown.join(u", "_s)));
    }
    auto version = m_db.scalar(u"SELECT max(version) FROM schema_version"_s, {},
                               tr("reading the schema version"));
    if (!version)
        return fail(version.error());
    return version->isNull() ? 0 : version->toInt();
}

Status Migrator::requireCurrent() const
{
    auto current = currentVersion();
    if (!current)
        return fail(current.error());
    if (*current > latest())
        return fail(ErrorKind::NewerSchema,
                    tr("%1 was written by a newer ChangeDesk (schema version %2; this version "
                       "knows up to %3). Update ChangeDesk; the database was not changed.")
                        .arg(m_db.url().toDisplayString())
                        .arg(*current)
                        .arg(latest()));
    if (*current < latest())
        return fail(ErrorKind::InvalidInput,
                    tr("%1 has schema version %2 and needs upgrading to %3: run "
                       "'changedeskctl init' or open it in ChangeDesk.")
                        .arg(m_db.url().toDisplayString())
                        .arg(*current)
                        .arg(latest()));
    return {};
}

Result<MigrationReport> Migrator::migrate() const
{
    auto current = currentVersion();
    if (!current)
        return fail(current.error());
    MigrationReport report;
    report.fromVersion = *current;
    report.toVersion = *current;
    if (*current > latest())
        return fail(requireCurrent().error());
    // Only now is it known that the file is ours and not newer: safe to change its journal mode
    // (an SQLite file restored from a backup comes back in rollback-journal mode).
    if (auto wal = m_db.useWriteAheadLog(); !wal)
        return fail(wal.error());
    if (*current == latest())
        return report;
    if (m_db.isReadOnly())
        return fail(ErrorKind::ReadOnly,
                    tr("%1 is read-only and has schema version %2; ChangeDesk needs version %3 "
                       "and cannot upgrade it. Open a writable copy.")
                        .arg(m_db.url().toDisplayString())
                        .arg(*current)
                        .arg(latest()));

    for (const MigrationStep &step : m_steps) {
        bool ran = false;
        auto applied = m_db.write([&]() -> Status {
            if (m_db.backend() == Backend::PostgreSQL) {
                if (auto locked = m_db.exec(u"SELECT pg_advisory_xact_lock(?)"_s, {kMigrationLockKey});
                    !locked)
                    return fail(locked.error());
            }
            // Read again inside the transaction: another client may have migrated meanwhile.
            auto now = currentVersion();
            if (!now)
                return fail(now.error());
            if (*now >= step.version)
                return {};
            if (*now != step.version - 1)
                return fail(ErrorKind::Corrupt,
                            tr("Schema version %1 cannot be upgraded with step %2.")
                                .arg(*now)
                                .arg(step.version));
            if (auto done = step.apply(m_db); !done)
                return fail(Error{done.error().kind,
                                  tr("Upgrading the database to schema version %1 (%2) failed; "
                                     "it stays at version %3. %4")
                                      .arg(step.version)
                                      .arg(step.description)
                                      .arg(*now)
                                      .arg(done.error().message)});
            auto recorded = m_db.exec(
                u"INSERT INTO schema_version (version, description, applied_at, applied_by) "
                "VALUES (?, ?, ?, ?)"_s,
                {step.version, step.description, m_db.dialect().toDb(m_clock.now()),
                 m_db.sessionUser()},
                tr("recording the schema version"));
            if (!recorded)
                return fail(recorded.error());
            ran = true;
            return {};
        });
        if (!applied)
            return fail(applied.error());
        if (ran)
            report.applied << u"%1: %2"_s.arg(step.version).arg(step.description);
        report.toVersion = std::max(report.toVersion, step.version);
    }
    return report;
}

} // namespace ChangeDesk
