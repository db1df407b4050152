#include "maintenance.h"

#include "storage/database.h"
#include "storage/migrator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

bool CheckReport::ok() const
{
    return schemaVersion == expectedSchemaVersion && integrity == u"ok" && foreignKeyProblems.isEmpty();
}

namespace {

// The server enforces foreign keys only while their triggers fire: rows written in replica mode
// (session_replication_role), with triggers disabled or restored with pg_restore
// --disable-triggers are never checked. Looks for them as SQLite's foreign_key_check does.
Result<QStringList> postgresForeignKeyProblems(const Database &db)
{
    auto constraints = db.exec(
        u"SELECT c.conrelid::regclass::text, c.confrelid::regclass::text, "
        "  quote_ident(a.attname), quote_ident(fa.attname), "
        "  (SELECT quote_ident(pa.attname) FROM pg_index i JOIN pg_attribute pa "
        "     ON pa.attrelid = i.indrelid AND pa.attnum = i.indkey[0] "
        "   WHERE i.indrelid = c.conrelid AND i.indisprimary AND i.indnkeyatts = 1) "
        "FROM pg_constraint c "
        "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
        "JOIN pg_attribute fa ON fa.attrelid = c.confrelid AND fa.attnum = c.confkey[1] "
        "WHERE c.contype = 'f' AND cardinality(c.conkey) = 1 "
        "  AND c.connamespace = current_schema()::regnamespace "
        "ORDER BY 1, 3"_s,
        {}, Maintenance::tr("checking foreign keys"));
    if (!constraints)
        return fail(constraints.error());
    struct Key {
        QString table, parent, column, parentColumn, primaryKey;
    };
    QList<Key> keys;
    while (constraints->next())
        keys.append({constraints->value(0).toString(), constraints->value(1).toString(),
                     constraints->value(2).toString(), constraints->value(3).toString(),
                     constraints->value(4).toString()});
    constraints->finish();

    QStringList problems;
    for (const Key &key : std::as_const(keys)) {
        const QString row = key.primaryKey.isEmpty() ? key.column : key.primaryKey;
        auto orphans = db.exec(
            u"SELECT c.%1 FROM %2 c WHERE c.%3 IS NOT NULL AND NOT EXISTS "
            "(SELECT 1 FROM %4 p WHERE p.%5 = c.%3) ORDER BY 1 LIMIT 100"_s
                .arg(row, key.table, key.column, key.parent, key.parentColumn),
            {}, Maintenance::tr("checking foreign keys"));
        if (!orphans)
            return fail(orphans.error());
        while (orphans->next())
            problems << Maintenance::tr("%1 row %2 refers to a missing %3 row")
                            .arg(key.table, orphans->value(0).toString(), key.parent);
    }
    return problems;
}

} // namespace

Result<CheckReport> Maintenance::check(const Database &db)
{
    CheckReport report;
    report.expectedSchemaVersion = Migrator::latestVersion();
    auto version = Migrator(db).currentVersion();
    if (!version)
        return fail(version.error());
    report.schemaVersion = *version;

    if (db.backend() == Backend::PostgreSQL) {
        auto server = db.scalar(u"SHOW server_version"_s, {}, tr("reading the server version"));
        if (!server)
            return fail(server.error());
        report.serverVersion = u"PostgreSQL "_s + server->toString();
        // The server checksums its pages itself.
        report.integrity = u"ok"_s;
        auto keys = postgresForeignKeyProblems(db);
        if (!keys)
            return fail(keys.error());
        report.foreignKeyProblems = *keys;
        return report;
    }

    auto library = db.scalar(u"SELECT sqlite_version()"_s);
    if (!library)
        return fail(library.error());
    report.serverVersion = u"SQLite "_s + library->toString();

    auto integrity = db.exec(u"PRAGMA integrity_check"_s, {}, tr("checking integrity"));
    if (!integrity)
        return fail(integrity.error());
    QStringList findings;
    while (integrity->next())
        findings << integrity->value(0).toString();
    report.integrity = findings.join(u"; "_s);

    auto keys = db.exec(u"PRAGMA foreign_key_check"_s, {}, tr("checking foreign keys"));
    if (!keys)
        return fail(keys.error());
    while (keys->next())
        report.foreignKeyProblems
            << tr("%1 row %2 refers to a missing %3 row")
                   .arg(keys->value(0).toString(), keys->value(1).toString(), keys->value(2).toString());
    return report;
}

Status Maintenance::backup(const Database &db, const QString &file)
{
    if (db.backend() == Backend::PostgreSQL)
        return fail(ErrorKind::InvalidInput,
                    tr("Backups of a shared PostgreSQL database are made on the server with "
                       "pg_dump, for example: pg_dump -Fc -h %1 -p %2 -U %3 -f FILE %4")
                        .arg(db.url().host())
                        .arg(db.url().port())
                        .arg(db.url().userName().isEmpty() ? u"USER"_s : db.url().userName(),
                             db.url().databaseName()));
    const QFileInfo target(file);
    if (file.isEmpty())
        return fail(ErrorKind::InvalidInput, tr("No backup file was given."));
    if (target.exists())
        return fail(ErrorKind::InvalidInput,
                    tr("%1 already exists. Choose a new file name; nothing was overwritten.")
                        .arg(target.absoluteFilePath()));
    if (!target.absoluteDir().exists())
        return fail(ErrorKind::InvalidInput,
                    tr("The folder %1 for the backup does not exist.").arg(target.absolutePath()));
    if (target.absoluteFilePath() == QFileInfo(db.url().path()).absoluteFilePath())
        return fail(ErrorKind::InvalidInput, tr("A backup cannot replace the database itself."));

    // Written under a temporary name and renamed when complete, so a failed backup never
    // leaves a file that looks like a good one.
    const QString partial = u"%1.partial-%2"_s.arg(target.absoluteFilePath())
                                .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    auto removePartial = [&] {
        QFile::remove(partial);
        QFile::remove(partial + u"-journal"_s);
    };
    auto copied = db.exec(u"VACUUM INTO ?"_s, {partial},
                          tr("writing the backup %1").arg(target.absoluteFilePath()));
    if (!copied) {
        removePartial();
        Error error = copied.error();
        error.message = tr("The backup %1 could not be written: %2 The partial file was removed.")
                            .arg(target.absoluteFilePath(), error.message);
        return fail(error);
    }
    copied->finish();
    if (!QFile::rename(partial, target.absoluteFilePath())) {
        removePartial();
        return fail(ErrorKind::Io, tr("The backup could not be renamed to %1 (does it exist now?). "
                                      "Nothing was overwritten.")
                                       .arg(target.absoluteFilePath()));
    }
    return {};
}

} // namespace ChangeDesk
