#include "ctlsupport.h"

#include <QCommandLineParser>

#include "storage/database.h"
#include "storage/migrator.h"

#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Ctl {

void writeOut(const QString &text)
{
    QTextStream(stdout) << text << (text.endsWith(u'\n') ? "" : "\n");
}

void writeErr(const QString &text)
{
    QTextStream(stderr) << "changedeskctl: " << text << (text.endsWith(u'\n') ? "" : "\n");
}

int CommandContext::usageError(const QString &message)
{
    writeErr(message);
    writeErr(tr("run 'changedeskctl --help' for usage"));
    if (m_json)
        writeOut(QString::fromUtf8(
            QJsonDocument(
                QJsonObject {{u"ok"_s, false},
                             {u"error"_s, QJsonObject {{u"kind"_s, u"usage"_s}, {u"message"_s, message}}}})
                .toJson(QJsonDocument::Compact)));
    return 2;
}

std::optional<int> CommandContext::parseOptions(QCommandLineParser &parser, const QString &command,
                                                const QStringList &args)
{
    const QCommandLineOption jsonOption(u"json"_s);
    parser.addOption(jsonOption);
    if (!parser.parse(QStringList {command} + args))
        return usageError(parser.errorText());
    if (parser.isSet(jsonOption))
        m_json = true;
    return std::nullopt;
}

int CommandContext::failed(const Error &error)
{
    writeErr(error.message);
    if (m_json)
        writeOut(QString::fromUtf8(QJsonDocument(QJsonObject {{u"ok"_s, false},
                                                              {u"error"_s,
                                                               QJsonObject {{u"kind"_s, error.kindName()},
                                                                            {u"message"_s, error.message}}}})
                                       .toJson(QJsonDocument::Compact)));
    return error.exitCode();
}

int CommandContext::printResult(const QJsonObject &json, const QString &text)
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

Result<std::shared_ptr<Database>> CommandContext::openDatabase(bool create)
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

Result<std::shared_ptr<Database>> CommandContext::openCurrent()
{
    auto db = openDatabase(false);
    if (!db)
        return db;
    if (auto current = Migrator(**db).requireCurrent(); !current)
        return fail(current.error());
    return db;
}

} // namespace ChangeDesk::Ctl
