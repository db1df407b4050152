#include "versioninfo.h"

#include "buildinfo.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtCrypto>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

VersionInfo VersionInfo::collect()
{
    VersionInfo info;
    info.changeDesk = QString::fromLatin1(CHANGEDESK_VERSION_STRING);
    info.qtRuntime = QString::fromLatin1(qVersion());
    info.qtBuild = QString::fromLatin1(QT_VERSION_STR);
    info.qca = QString::fromLatin1(qcaVersionStr());
    const auto providers = QCA::providers();
    for (const QCA::Provider *provider : providers) {
        const int v = provider->version();
        // Most plugins report 0: show no version rather than a made-up one.
        info.qcaProviders.append(
            {provider->name(),
             v == 0 ? QString() : u"%1.%2.%3"_s.arg((v >> 16) & 0xff).arg((v >> 8) & 0xff).arg(v & 0xff)});
    }
    info.kf6SyntaxHighlighting = QString::fromLatin1(CHANGEDESK_KF6_SYNTAXHIGHLIGHTING_VERSION);
    info.qtKeychain = QString::fromLatin1(CHANGEDESK_QTKEYCHAIN_VERSION);
    info.sqlDrivers = QSqlDatabase::drivers();
    if (QSqlDatabase::isDriverAvailable(u"QSQLITE"_s)) {
        const QString name = u"changedesk-version-probe"_s;
        {
            QSqlDatabase probe = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            probe.setDatabaseName(u":memory:"_s);
            if (probe.open()) {
                QSqlQuery query(probe);
                if (query.exec(u"SELECT sqlite_version()"_s) && query.next())
                    info.sqlite = query.value(0).toString();
            }
            probe.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    return info;
}

QString VersionInfo::toText() const
{
    QStringList providers;
    for (const Entry &entry : qcaProviders)
        providers << (entry.version.isEmpty() ? entry.name : u"%1 %2"_s.arg(entry.name, entry.version));
    QStringList lines;
    lines << tr("ChangeDesk %1").arg(changeDesk)
          << tr("Qt %1 (built with %2)").arg(qtRuntime, qtBuild)
          << tr("QCA %1, providers: %2")
                 .arg(qca, providers.isEmpty() ? tr("none") : providers.join(u", "_s))
          << tr("KF6 Syntax Highlighting %1").arg(kf6SyntaxHighlighting)
          << tr("QtKeychain %1").arg(qtKeychain)
          << tr("SQLite %1").arg(sqlite.isEmpty() ? tr("not available") : sqlite)
          << tr("SQL drivers: %1").arg(sqlDrivers.join(u", "_s));
    return lines.join(u'\n');
}

} // namespace ChangeDesk
