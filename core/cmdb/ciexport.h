#pragma once

#include "common/error.h"

#include <QChar>
#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace ChangeDesk {

class Database;

struct CiExportOptions {
    // A GroupExpression; empty exports every CI.
    QString filter;
    QChar delimiter = u',';
    // A UTF-8 byte order mark first, for Excel.
    bool byteOrderMark = false;
};

// Writes configuration items as CSV that CiImporter reads back unchanged: one record per CI,
// ordered by name; the header is the field keys (CiFields::keys()), then responsible.ROLE and
// attr.NAME for every role and attribute any exported CI has, sorted. Values are stable keys:
// enum keys, logins, unit codes, true/false, last_seen as ISO 8601 in UTC.
class CiExporter
{
    Q_DECLARE_TR_FUNCTIONS(CiExporter)

public:
    explicit CiExporter(const Database &db);

    // Writes `path` through QSaveFile: all or nothing. Returns the number of CIs written.
    Result<qint64> exportToFile(const QString &path, const CiExportOptions &options = {}) const;
    // Writes to an open device (standard output). Returns the number of CIs written.
    Result<qint64> exportTo(QIODevice &device, const CiExportOptions &options = {}) const;

private:
    const Database &m_db;
};

} // namespace ChangeDesk
