#include "databaseurl.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {
const QStringList kSslModes = {u"disable"_s, u"allow"_s,     u"prefer"_s,
                               u"require"_s, u"verify-ca"_s, u"verify-full"_s};
// libpq connection keywords a URL may carry besides sslmode.
const QStringList kPassThrough = {u"connect_timeout"_s, u"sslrootcert"_s, u"sslcert"_s,
                                  u"sslkey"_s,          u"sslcrl"_s,      u"application_name"_s,
                                  u"target_session_attrs"_s};

// The URL as typed with its password (if any) replaced by "***": error messages name the URL so
// that a person can fix it, and are shown and logged.
QString withoutPassword(const QString &text)
{
    const qsizetype schemeEnd = text.indexOf(u"://"_s);
    if (schemeEnd < 0)
        return text;
    const qsizetype authority = schemeEnd + 3;
    qsizetype end = text.size();
    for (const QChar stop : {u'/', u'?', u'#'}) {
        const qsizetype at = text.indexOf(stop, authority);
        if (at >= 0)
            end = std::min(end, at);
    }
    const qsizetype at = text.lastIndexOf(u'@', end - 1);
    const qsizetype colon = text.indexOf(u':', authority);
    if (at < authority || colon < 0 || colon > at)
        return text;
    return text.left(colon + 1) + u"***"_s + text.mid(at);
}
} // namespace

Result<DatabaseUrl> DatabaseUrl::parse(const QString &input)
{
    const QString text = input.trimmed();
    const QString shown = withoutPassword(text);
    if (text.isEmpty())
        return fail(ErrorKind::InvalidInput, tr("The database URL is empty. Use sqlite:PATH or "
                                                "postgresql://USER@HOST:PORT/DATABASE."));

    const qsizetype colon = text.indexOf(u':');
    const QString scheme = colon > 0 ? text.left(colon).toLower() : QString();

    if (scheme == u"sqlite") {
        QString path = text.mid(colon + 1);
        if (path.startsWith(u"//"))
            path = QUrl(text).toLocalFile().isEmpty() ? path.mid(2) : QUrl(text).toLocalFile();
        if (path.isEmpty())
            return fail(ErrorKind::InvalidInput,
                        tr("The database URL '%1' names no file. Use sqlite:PATH, for example "
                           "sqlite:/home/me/changedesk.db.")
                            .arg(text));
        if (path == u":memory:")
            return fail(ErrorKind::InvalidInput,
                        tr("In-memory SQLite databases are not supported in '%1': "
                           "ChangeDesk keeps your data in a file.")
                            .arg(text));
        return sqlite(path);
    }

    if (scheme == u"postgresql" || scheme == u"postgres") {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid()) {
            // QUrl quotes the whole input, password included.
            QString reason = url.errorString().replace(text, shown);
            if (const QString password = url.password(QUrl::FullyDecoded); !password.isEmpty())
                reason.replace(password, u"***"_s);
            return fail(ErrorKind::InvalidInput,
                        tr("The database URL '%1' is malformed: %2").arg(shown, reason));
        }
        DatabaseUrl result;
        result.m_backend = Backend::PostgreSQL;
        result.m_host = url.host();
        if (result.m_host.isEmpty())
            return fail(ErrorKind::InvalidInput,
                        tr("The database URL '%1' names no server. Use "
                           "postgresql://USER@HOST:PORT/DATABASE.")
                            .arg(shown));
        result.m_port = url.port(5432);
        if (result.m_port <= 0 || result.m_port > 65535)
            return fail(ErrorKind::InvalidInput,
                        tr("The port in the database URL '%1' is not valid.").arg(shown));
        result.m_user = url.userName(QUrl::FullyDecoded);
        result.m_password = url.password(QUrl::FullyDecoded);
        result.m_database = url.path(QUrl::FullyDecoded).mid(1);
        if (result.m_database.isEmpty() || result.m_database.contains(u'/'))
            return fail(ErrorKind::InvalidInput,
                        tr("The database URL '%1' names no database. Use "
                           "postgresql://USER@HOST:PORT/DATABASE.")
                            .arg(shown));
        const QUrlQuery query(url);
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (key == u"sslmode") {
                if (!kSslModes.contains(value))
                    return fail(ErrorKind::InvalidInput,
                                tr("sslmode '%1' in the database URL is not one of %2.")
                                    .arg(value, kSslModes.join(u", "_s)));
                result.m_sslMode = value;
            } else if (kPassThrough.contains(key)) {
                result.m_options.append({key, value});
            } else {
                return fail(ErrorKind::InvalidInput,
                            tr("The database URL parameter '%1' is not supported. Supported: "
                               "sslmode, %2.")
                                .arg(key, kPassThrough.join(u", "_s)));
            }
        }
        return result;
    }

    if (scheme.isEmpty())
        return fail(ErrorKind::InvalidInput,
                    tr("'%1' is not a database URL. Use sqlite:PATH or "
                       "postgresql://USER@HOST:PORT/DATABASE.")
                        .arg(shown));
    return fail(ErrorKind::InvalidInput,
                tr("The database URL scheme '%1' in '%2' is not supported. Use sqlite:PATH or "
                   "postgresql://USER@HOST:PORT/DATABASE.")
                    .arg(scheme, shown));
}

DatabaseUrl DatabaseUrl::sqlite(const QString &path)
{
    DatabaseUrl url;
    url.m_backend = Backend::SQLite;
    url.m_path = QFileInfo(QDir::fromNativeSeparators(path)).absoluteFilePath();
    return url;
}

QString DatabaseUrl::defaultSqlitePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
           + u"/changedesk.db"_s;
}

DatabaseUrl DatabaseUrl::defaultUrl()
{
    return sqlite(defaultSqlitePath());
}

DatabaseUrl DatabaseUrl::withPassword(const QString &password) const
{
    DatabaseUrl copy = *this;
    copy.m_password = password;
    return copy;
}

QString DatabaseUrl::connectOptions() const
{
    QStringList parts;
    if (!m_sslMode.isEmpty())
        parts << u"sslmode=%1"_s.arg(m_sslMode);
    bool hasTimeout = false;
    bool hasName = false;
    for (const auto &[key, value] : m_options) {
        parts << u"%1=%2"_s.arg(key, value);
        hasTimeout |= key == u"connect_timeout";
        hasName |= key == u"application_name";
    }
    if (!hasTimeout)
        parts << u"connect_timeout=10"_s;
    if (!hasName)
        parts << u"application_name=ChangeDesk"_s;
    return parts.join(u';');
}

QString DatabaseUrl::toDisplayString() const
{
    if (m_backend == Backend::SQLite)
        return u"sqlite:"_s + m_path;
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(m_user);
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(u"/"_s + m_database);
    QUrlQuery query;
    if (!m_sslMode.isEmpty())
        query.addQueryItem(u"sslmode"_s, m_sslMode);
    for (const auto &[key, value] : m_options)
        query.addQueryItem(key, value);
    url.setQuery(query);
    return url.toString();
}

QString DatabaseUrl::credentialKey() const
{
    return u"%1@%2:%3/%4"_s.arg(m_user, m_host).arg(m_port).arg(m_database);
}

} // namespace ChangeDesk
