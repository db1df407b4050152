#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QStringList>

namespace ChangeDesk {

class Database;

struct CheckReport {
    int schemaVersion = 0;
    int expectedSchemaVersion = 0;
    QString integrity;          // "ok", or what the engine found
    QStringList foreignKeyProblems;
    QString serverVersion;      // SQLite library or PostgreSQL server version
    bool ok() const;
};

// Database upkeep: health check and backup.
class Maintenance
{
    Q_DECLARE_TR_FUNCTIONS(Maintenance)

public:
    static Result<CheckReport> check(const Database &db);
    // Writes a consistent copy of an SQLite database to `file` (never over an existing file).
    static Status backup(const Database &db, const QString &file);
};

} // namespace ChangeDesk
