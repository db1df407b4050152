#include "testsupport.h"

#include "testconfig.h"

#include <QDir>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Test {

QString screenshotPath(const QString &fileName)
{
    const QString dir = QString::fromUtf8(CHANGEDESK_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    return dir + u'/' + fileName;
}

DatabaseUrl freshSqliteUrl(const QTemporaryDir &dir, const QString &name)
{
    return DatabaseUrl::sqlite(dir.filePath(name));
}

QString binary(const QString &name)
{
    return QString::fromUtf8(CHANGEDESK_BIN_DIR) + u'/' + name;
}

} // namespace ChangeDesk::Test
