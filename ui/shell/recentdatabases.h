#pragma once

#include <QStringList>

namespace ChangeDesk::Ui {

// The databases opened lately, newest first, as URLs without passwords (QSettings).
class RecentDatabases
{
public:
    static QStringList list();
    static void remember(const QString &displayUrl);
    static QString last();

    static constexpr int maximum = 8;
};

} // namespace ChangeDesk::Ui
