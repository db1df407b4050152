#pragma once

// main() for GUI tests: QCA initialised (About lists its providers), settings and data folders
// isolated in a temporary folder, message boxes answered by the test seam.

#include "common/messages.h"
#include "common/translations.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QtCrypto>

namespace ChangeDesk::Test {

// Replaces the installed translations, as starting with --lang would (screenshots in de and nl).
inline void switchLanguage(const QString &language)
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installTranslations(*qApp, language);
}

} // namespace ChangeDesk::Test

#define CHANGEDESK_GUI_TEST_MAIN(TestClass)                                                   \
    int main(int argc, char *argv[])                                                          \
    {                                                                                         \
        QCA::Initializer crypto;                                                              \
        QStandardPaths::setTestModeEnabled(true);                                             \
        QTemporaryDir settingsDir;                                                            \
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path()); \
        QApplication app(argc, argv);                                                         \
        QApplication::setOrganizationName(QStringLiteral("ChangeDeskTest"));                  \
        QApplication::setApplicationName(QStringLiteral(#TestClass));                         \
        ChangeDesk::Ui::Messages::setTestMode(true);                                          \
        TestClass test;                                                                       \
        return QTest::qExec(&test, argc, argv);                                               \
    }
