#pragma once

#include "storage/databaseurl.h"

#include <QString>
#include <QStringList>

class QTemporaryDir;

namespace ChangeDesk::Test {

// Folder where GUI tests save offscreen screenshots (build/test-screenshots), created on demand.
QString screenshotPath(const QString &fileName);

// A fresh SQLite database URL inside `dir` (the file does not exist yet).
DatabaseUrl freshSqliteUrl(const QTemporaryDir &dir, const QString &name = QStringLiteral("test.db"));

// Path of a ChangeDesk executable in build/bin.
QString binary(const QString &name);

} // namespace ChangeDesk::Test
