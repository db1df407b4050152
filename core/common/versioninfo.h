#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ChangeDesk {

// The versions of ChangeDesk and of what it runs on, for `changedeskctl version` and About.
struct VersionInfo {
    Q_DECLARE_TR_FUNCTIONS(VersionInfo)

public:
    struct Entry {
        QString name;
        QString version;
    };

    QString changeDesk;
    QString qtRuntime;
    QString qtBuild;
    QString qca;
    QList<Entry> qcaProviders;  // crypto back-ends QCA found (needs a live QCA::Initializer)
    QString kf6SyntaxHighlighting; // the version ChangeDesk was built against
    QString qtKeychain;
    QString sqlite;
    QStringList sqlDrivers;

    static VersionInfo collect();
    QString toText() const;
};

} // namespace ChangeDesk
