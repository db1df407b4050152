#include "ctlcommands.h"

#include "common/versioninfo.h"
#include "demo/demodata.h"
#include "storage/credentialstore.h"
#include "storage/database.h"
#include "storage/maintenance.h"
#include "storage/migrator.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Ctl {

namespace {

class Ctl
{
    Q_DECLARE_TR_FUNCTIONS(Ctl)

public:
    int run(const QStringList &arguments);

private:
    int usageError(const QString &message);
    int failed(const Error &error);
    int printResult(const QJsonObject &json, const QString &text);
    Result<std::shared_ptr<Database>> openDatabase(bool create);

    int version();
    int init();
    int check();
    int backup(const QStringList &args);
    int demoData(const QStringList &args);

    QString m_dbUrl;
    bool m_json = false;
    QString m_command;
    KeychainCredentialStore m_keychain;
};

QString usage()
{
    return Ctl::tr(
        "Usage: changedeskctl [--db URL] [--json] COMMAND [ARGUMENTS]\n"
        "\n"
        "Commands:\n"
        "  version                     versions of ChangeDesk, Qt, QCA and KF6\n"
        "  init                        create the database or bring its schema up to date\n"
        "  check                       check schema version, integrity and foreign keys\n"
        "  backup FILE                 write a consistent copy of an SQLite database to FILE\n"
        "  demo-data [--seed N] [--scale small|municipality|agency]\n"
        "                              add deterministic sample data\n"
        "\n"
        "Options:\n"
        "  --db URL     sqlite:PATH or postgresql://USER@HOST:PORT/DATABASE?sslmode=...\n"
        "               (default: $CHANGEDESK_DB, else %1)\n"
        "  --json       print machine-readable JSON on standard output\n"
        "\n"
        "Exit codes: 0 ok, 1 the operation failed, 2 bad input or usage.\n")
        .arg(DatabaseUrl::defaultUrl().toDisplayString());
}

void writeOut(const QString &text)
{
    QTextStream(stdout) << text << (text.endsWith(u'\n') ? "" : "\n");
}

void writeErr(const QString &text)
{
    QTextStream(stderr) << "changedeskctl: " << text << (text.endsWith(u'\n') ? "" : "\n");
}

int Ctl::usageError(const QString &message)
{
    writeErr(message);
    writeErr(tr("run 'changedeskctl --help' for usage"));
    if (m_json)
        writeOut(QString::fromUtf8(QJsonDocument(QJsonObject{
            {u"ok"_s, false},
            {u"error"_s, QJsonObject{{u"kind"_s, u"usage"_s}, {u"message"_s, message}}}})
                                       .toJson(QJsonDocument::Compact)));
    return 2;
}

int Ctl::failed(const Error &error)
{
    writeErr(error.message);
    if (m_json)
        writeOut(QString::fromUtf8(QJsonDocument(QJsonObject{
            {u"ok"_s, false},
            {u"error"_s, QJsonObject{{u"kind"_s, error.kindName()}, {u"message"_s, error.message}}}})
                                       .toJson(QJsonDocument::Compact)));
    return error.exitCode();
}

int Ctl::printResult(const QJsonObject &json, const QString &text)
{
    if (m_json) {
        QJsonObject out = json;
        out.insert(u"ok"_s, true);
        writeOut(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)));
    } else {
        writeOut(text);
    }
    return 0;
}

Result<std::shared_ptr<Database>> Ctl::openDatabase(bool create)
{
    QString text = m_dbUrl;
    if (text.isEmpty())
        text = qEnvironmentVariable("CHANGEDESK_DB");
    auto url = text.isEmpty() ? Result<DatabaseUrl>(DatabaseUrl::defaultUrl()) : DatabaseUrl::parse(text);
    if (!url)
        return fail(url.error());
    OpenOptions options;
    options.createIfMissing = create;
    options.credentials = &m_keychain;
    return Database::open(*url, options);
}

int Ctl::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption dbOption(u"db"_s, tr("Database URL."), u"URL"_s);
    const QCommandLineOption jsonOption(u"json"_s, tr("Machine-readable output."));
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Show help."));
    parser.addOptions({dbOption, jsonOption, helpOption});
    parser.addPositionalArgument(u"command"_s, tr("The command to run."));
    if (!parser.parse(arguments)) {
        m_json = arguments.contains(u"--json"_s);
        return usageError(parser.errorText());
    }
    m_json = parser.isSet(jsonOption);
    m_dbUrl = parser.value(dbOption);
    if (parser.isSet(helpOption)) {
        writeOut(usage());
        return 0;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(tr("no command given"));
    m_command = positional.takeFirst();
    if (m_command == u"help") {
        writeOut(usage());
        return 0;
    }
    if (m_command == u"version") {
        if (!positional.isEmpty())
            return usageError(tr("version takes no arguments"));
        return version();
    }
    if (m_command == u"init") {
        if (!positional.isEmpty())
            return usageError(tr("init takes no arguments"));
        return init();
    }
    if (m_command == u"check") {
        if (!positional.isEmpty())
            return usageError(tr("check takes no arguments"));
        return check();
    }
    if (m_command == u"backup")
        return backup(positional);
    if (m_command == u"demo-data")
        return demoData(positional);
    return usageError(tr("unknown command '%1'").arg(m_command));
}

int Ctl::version()
{
    const VersionInfo info = VersionInfo::collect();
    QJsonArray providers;
    for (const auto &provider : info.qcaProviders)
        providers.append(QJsonObject{{u"name"_s, provider.name}, {u"version"_s, provider.version}});
    const QJsonObject json{
        {u"changedesk"_s, info.changeDesk},
        {u"qt"_s, info.qtRuntime},
        {u"qt_build"_s, info.qtBuild},
        {u"qca"_s, info.qca},
        {u"qca_providers"_s, providers},
        {u"kf6_syntax_highlighting"_s, info.kf6SyntaxHighlighting},
        {u"qtkeychain"_s, info.qtKeychain},
        {u"sqlite"_s, info.sqlite},
        {u"sql_drivers"_s, QJsonArray::fromStringList(info.sqlDrivers)},
        {u"schema_version"_s, Migrator::latestVersion()},
    };
    return printResult(json, info.toText() + u'\n' + tr("Database schema version %1").arg(Migrator::latestVersion()));
}

int Ctl::init()
{
    auto db = openDatabase(true);
    if (!db)
        return failed(db.error());
    auto report = Migrator(**db).migrate();
    if (!report)
        return failed(report.error());
    const QString url = (*db)->url().toDisplayString();
    QString text;
    if (report->applied.isEmpty())
        text = tr("%1 is up to date (schema version %2).").arg(url).arg(report->toVersion);
    else if (report->fromVersion == 0)
        text = tr("Created %1 (schema version %2).").arg(url).arg(report->toVersion);
    else
        text = tr("Upgraded %1 from schema version %2 to %3.").arg(url).arg(report->fromVersion).arg(report->toVersion);
    return printResult({{u"database"_s, url},
                        {u"from_version"_s, report->fromVersion},
                        {u"to_version"_s, report->toVersion},
                        {u"applied"_s, QJsonArray::fromStringList(report->applied)}},
                       text);
}

int Ctl::check()
{
    auto db = openDatabase(false);
    if (!db)
        return failed(db.error());
    auto report = Maintenance::check(**db);
    if (!report)
        return failed(report.error());
    QStringList lines;
    lines << tr("Database: %1").arg((*db)->url().toDisplayString())
          << tr("Engine: %1").arg(report->serverVersion)
          << tr("Schema version: %1 (this ChangeDesk: %2)").arg(report->schemaVersion).arg(report->expectedSchemaVersion)
          << tr("Integrity: %1").arg(report->integrity)
          << tr("Foreign keys: %1").arg(report->foreignKeyProblems.isEmpty() ? tr("ok") : report->foreignKeyProblems.join(u"; "_s));
    if ((*db)->isReadOnly())
        lines << tr("Opened read-only.");
    const QJsonObject json{{u"database"_s, (*db)->url().toDisplayString()},
                           {u"engine"_s, report->serverVersion},
                           {u"schema_version"_s, report->schemaVersion},
                           {u"expected_schema_version"_s, report->expectedSchemaVersion},
                           {u"integrity"_s, report->integrity},
                           {u"foreign_key_problems"_s, QJsonArray::fromStringList(report->foreignKeyProblems)},
                           {u"read_only"_s, (*db)->isReadOnly()},
                           {u"healthy"_s, report->ok()}};
    if (!report->ok()) {
        if (report->schemaVersion > report->expectedSchemaVersion)
            lines << tr("The database was written by a newer ChangeDesk.");
        else if (report->schemaVersion < report->expectedSchemaVersion)
            lines << tr("The schema is out of date: run 'changedeskctl init'.");
        if (m_json) {
            QJsonObject out = json;
            out.insert(u"ok"_s, false);
            writeOut(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)));
        } else {
            writeOut(lines.join(u'\n'));
        }
        writeErr(tr("the check found problems in %1").arg((*db)->url().toDisplayString()));
        return 1;
    }
    return printResult(json, lines.join(u'\n'));
}

int Ctl::backup(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(tr("backup needs exactly one argument: the file to write"));
    auto db = openDatabase(false);
    if (!db)
        return failed(db.error());
    if (auto done = Maintenance::backup(**db, args.constFirst()); !done)
        return failed(done.error());
    return printResult({{u"database"_s, (*db)->url().toDisplayString()}, {u"backup"_s, args.constFirst()}},
                       tr("Backed up %1 to %2.").arg((*db)->url().toDisplayString(), args.constFirst()));
}

int Ctl::demoData(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption seedOption(u"seed"_s, tr("Random seed."), u"N"_s, u"1"_s);
    const QCommandLineOption scaleOption(u"scale"_s, tr("small, municipality or agency."), u"SCALE"_s,
                                         u"small"_s);
    parser.addOptions({seedOption, scaleOption});
    if (!parser.parse(QStringList{u"demo-data"_s} + args))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("demo-data takes no arguments besides --seed and --scale"));
    bool ok = false;
    const qulonglong seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok || seed > 0xffffffffULL)
        return usageError(tr("--seed must be a whole number from 0 to 4294967295, not '%1'")
                              .arg(parser.value(seedOption)));
    auto scale = DemoData::parseScale(parser.value(scaleOption));
    if (!scale)
        return usageError(scale.error().message);

    auto db = openDatabase(true);
    if (!db)
        return failed(db.error());
    if (auto migrated = Migrator(**db).migrate(); !migrated)
        return failed(migrated.error());
    auto report = DemoData::generate(**db, quint32(seed), *scale);
    if (!report)
        return failed(report.error());
    QJsonObject created;
    QStringList parts;
    for (auto it = report->cbegin(); it != report->cend(); ++it) {
        created.insert(it.key(), it.value());
        parts << DemoData::describe(it.key(), it.value());
    }
    return printResult({{u"database"_s, (*db)->url().toDisplayString()},
                        {u"seed"_s, qint64(seed)},
                        {u"scale"_s, DemoData::scaleName(*scale)},
                        {u"created"_s, created}},
                       tr("Demo data (%1, seed %2) in %3: created %4.")
                           .arg(DemoData::scaleName(*scale))
                           .arg(seed)
                           .arg((*db)->url().toDisplayString(), parts.join(u", "_s)));
}

} // namespace

int run(const QStringList &arguments)
{
    Ctl ctl;
    return ctl.run(arguments);
}

} // namespace ChangeDesk::Ctl
