// changedeskctl: the ChangeDesk core on the command line, for scripting, automation and
// benchmarks. Exit codes: 0 ok, 1 operation failed, 2 bad input or usage.

#include "ctlcommands.h"

#include "common/translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QtCrypto>

#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCA::Initializer crypto;
    // Writing PDF lays out text with fonts: that needs a GUI application. It runs on the offscreen
    // platform, so that changedeskctl needs no display.
    bool pdf = false;
    for (int i = 1; i < argc; ++i)
        pdf = pdf || std::strcmp(argv[i], "--pdf") == 0 || std::strncmp(argv[i], "--pdf=", 6) == 0;
    if (pdf && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> application
        = pdf ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(u"ChangeDesk"_s);
    QCoreApplication::setApplicationName(u"changedesk"_s);
    ChangeDesk::installTranslations(app, ChangeDesk::chooseLanguage({}));
    return ChangeDesk::Ctl::run(QCoreApplication::arguments());
}
