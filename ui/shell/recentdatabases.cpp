#include "recentdatabases.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Ui {

QStringList RecentDatabases::list()
{
    return QSettings().value(u"connections/recent"_s).toStringList();
}

void RecentDatabases::remember(const QString &displayUrl)
{
    QStringList recent = list();
    recent.removeAll(displayUrl);
    recent.prepend(displayUrl);
    while (recent.size() > maximum)
        recent.removeLast();
    QSettings settings;
    settings.setValue(u"connections/recent"_s, recent);
}

QString RecentDatabases::last()
{
    const QStringList recent = list();
    return recent.isEmpty() ? QString() : recent.constFirst();
}

} // namespace ChangeDesk::Ui
