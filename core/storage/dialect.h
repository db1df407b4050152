#pragma once

#include "storage/databaseurl.h"

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace ChangeDesk {

// The few places where SQLite and PostgreSQL differ, so that schema and queries are written once.
// Schema SQL uses placeholders: ${ID} (auto-increment primary key), ${TIMESTAMP}, ${BOOL},
// ${TRUE}, ${FALSE}, ${BLOB}, ${BIGINT}.
class Dialect
{
public:
    explicit Dialect(Backend backend)
        : m_backend(backend)
    {
    }

    Backend backend() const { return m_backend; }
    QString expand(QString sql) const;

    // Timestamps are UTC: TIMESTAMPTZ on PostgreSQL, ISO-8601 text (sortable) on SQLite.
    QVariant toDb(const QDateTime &when) const;
    QDateTime dateTimeFromDb(const QVariant &value) const;
    QVariant toDb(bool value) const;

private:
    Backend m_backend;
};

} // namespace ChangeDesk
