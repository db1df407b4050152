#pragma once

#include "storage/databaseurl.h"

#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

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
    // A timestamp as SQLite stores it: ISO 8601 in UTC with milliseconds; empty when invalid.
    static QString utcText(const QDateTime &when);
    QDateTime dateTimeFromDb(const QVariant &value) const;
    QVariant toDb(bool value) const;

private:
    Backend m_backend;
};

// An optional id as a bound value: NULL when absent.
inline QVariant sqlId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

// Text for a NOT NULL column: the drivers bind a null QString as NULL, so it becomes ''.
inline QString sqlText(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace ChangeDesk
