#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QString>

namespace ChangeDesk {

enum class Backend { SQLite, PostgreSQL };

// Names a database: "sqlite:PATH" or "postgresql://USER@HOST:PORT/DB?sslmode=...".
// A password may be given in the URL (libpq allows it) but is never shown or stored.
class DatabaseUrl
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseUrl)

public:
    static Result<DatabaseUrl> parse(const QString &text);
    static DatabaseUrl sqlite(const QString &path);
    // The embedded default: a file in the user's data folder.
    static DatabaseUrl defaultUrl();
    static QString defaultSqlitePath();

    Backend backend() const { return m_backend; }
    // SQLite: the absolute file path.
    QString path() const { return m_path; }
    // PostgreSQL parts.
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString databaseName() const { return m_database; }
    QString userName() const { return m_user; }
    QString password() const { return m_password; }
    QString sslMode() const { return m_sslMode; }
    QString connectOptions() const; // libpq keywords besides host/port/db/user/password

    // The same server and database with a password for this session (never shown or stored).
    DatabaseUrl withPassword(const QString &password) const;

    // The URL without any password, safe to show and to remember.
    QString toDisplayString() const;
    // A stable key for the keychain entry of this server and user.
    QString credentialKey() const;

    bool operator==(const DatabaseUrl &other) const = default;

private:
    Backend m_backend = Backend::SQLite;
    QString m_path;
    QString m_host;
    int m_port = 5432;
    QString m_database;
    QString m_user;
    QString m_password;
    QString m_sslMode;
    QList<std::pair<QString, QString>> m_options; // further libpq keywords, in URL order
};

} // namespace ChangeDesk
