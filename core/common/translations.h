#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace ChangeDesk {

// Languages ChangeDesk ships, as two-letter codes.
QStringList availableLanguages();
// The language to use: `requested` when it is one of ours, else the first of the system's
// preferred languages we have, else English.
QString chooseLanguage(const QString &requested);
// Installs ChangeDesk's and Qt's own translations for `language` (for English only the plural
// forms of ChangeDesk's messages).
void installTranslations(QCoreApplication &app, const QString &language);

} // namespace ChangeDesk
