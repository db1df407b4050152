#pragma once

#include "common/error.h"
#include "storage/credentialstore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

class QCommandLineParser;

namespace ChangeDesk {
class Database;
}

namespace ChangeDesk::Ctl {

// A line on standard output or, prefixed with "changedeskctl: ", on standard error.
void writeOut(const QString &text);
void writeErr(const QString &text);

// What every changedeskctl command shares: the database named by --db, whether --json was asked
// for, and how results and errors reach the caller (exit codes 0 ok, 1 failed, 2 bad input or
// usage).
class CommandContext
{
    Q_DECLARE_TR_FUNCTIONS(Ctl)

public:
    bool json() const { return m_json; }
    void setJson(bool json) { m_json = json; }

    // The message on standard error (and as JSON when asked); exit code 2.
    int usageError(const QString &message);
    // The error's message on standard error (and as JSON when asked); its exit code.
    int failed(const Error &error);
    // `json` (with "ok": true) under --json, else `text`; exit code 0.
    int printResult(const QJsonObject &json, const QString &text);

    // Parses a subcommand's options (and --json, which it honours); the usage error's exit code
    // when they do not parse.
    std::optional<int> parseOptions(QCommandLineParser &parser, const QString &command, const QStringList &args);

    Result<std::shared_ptr<Database>> openDatabase(bool create);
    // An existing database whose schema is the one this ChangeDesk writes.
    Result<std::shared_ptr<Database>> openCurrent();

protected:
    QString m_dbUrl;
    bool m_json = false;
    KeychainCredentialStore m_keychain;
};

} // namespace ChangeDesk::Ctl
