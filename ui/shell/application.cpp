#include "application.h"

#include "common/messages.h"
#include "common/translations.h"
#include "shell/mainwindow.h"
#include "shell/recentdatabases.h"
#include "shell/session.h"
#include "shell/settingsdialog.h"
#include "storage/credentialstore.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Ui {

namespace {

class Startup
{
    Q_DECLARE_TR_FUNCTIONS(Startup)

public:
    static void printError(const QString &message)
    {
        QTextStream(stderr) << "changedesk: " << message << '\n';
    }
};

} // namespace

int runApplication(QApplication &app)
{
    // Language first: it decides how everything after it reads, the help text included.
    const QStringList arguments = QCoreApplication::arguments();
    QString requested;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--lang" && i + 1 < arguments.size())
            requested = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(u"--lang="))
            requested = arguments.at(i).mid(7);
    }
    if (!requested.isEmpty() && !availableLanguages().contains(requested)) {
        Startup::printError(Startup::tr("unknown language '%1': use %2")
                                .arg(requested, availableLanguages().join(u", "_s)));
        return 2;
    }
    installTranslations(app, chooseLanguage(requested.isEmpty() ? SettingsDialog::storedLanguage() : requested));

    QCommandLineParser parser;
    parser.setApplicationDescription(Startup::tr("Patch and change management for public-sector IT."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(u"db"_s, Startup::tr("Open the database URL (sqlite:PATH or postgresql://USER@HOST:PORT/DB)."), u"URL"_s);
    const QCommandLineOption demoOption(u"demo"_s, Startup::tr("Open a freshly seeded sample municipality."));
    const QCommandLineOption smokeOption(u"smoke"_s, Startup::tr("Start, save a screenshot of the main window to FILE and exit."), u"FILE"_s);
    const QCommandLineOption langOption(u"lang"_s, Startup::tr("Language: en, de or nl."), u"LANG"_s);
    const QCommandLineOption paneOption(u"pane"_s, Startup::tr("Pane to show first: 1 CMDB, 2 calendar, 3 requests for change, 4 CAB, 5 package integrity."), u"N"_s);
    parser.addOptions({dbOption, demoOption, smokeOption, langOption, paneOption});
    parser.process(app);
    const bool smoke = parser.isSet(smokeOption);

    KeychainCredentialStore keychain;
    Session session(Clock::system(), &keychain);
    Status opened;
    if (parser.isSet(demoOption)) {
        opened = session.openDemo();
    } else {
        const QString text = parser.isSet(dbOption) ? parser.value(dbOption) : RecentDatabases::last();
        auto url = text.isEmpty() ? Result<DatabaseUrl>(DatabaseUrl::defaultUrl()) : DatabaseUrl::parse(text);
        if (!url && parser.isSet(dbOption)) {
            Startup::printError(url.error().message);
            return 2;
        }
        opened = url ? session.open(*url) : Status(fail(url.error()));
        if (opened)
            RecentDatabases::remember(url->toDisplayString());
    }

    MainWindow window(session);
    if (parser.isSet(paneOption)) {
        bool ok = false;
        const int pane = parser.value(paneOption).toInt(&ok);
        if (!ok || pane < 1 || pane > window.panes().size()) {
            Startup::printError(Startup::tr("--pane must be a number from 1 to %1").arg(window.panes().size()));
            return 2;
        }
        window.showPane(pane - 1);
    }

    if (smoke) {
        if (!opened) {
            Startup::printError(opened.error().message);
            return 1;
        }
        window.show();
        QCoreApplication::processEvents();
        const QString path = parser.value(smokeOption);
        if (!window.grab().save(path, "PNG")) {
            Startup::printError(Startup::tr("the screenshot could not be written to %1").arg(path));
            return 1;
        }
        return 0;
    }

    window.show();
    if (!opened) {
        // Show the window first, so the user sees where they are, then say what failed and
        // offer to choose another database.
        const QString message = opened.error().message;
        QTimer::singleShot(0, &window, [&window, message] {
            Messages::error(&window, MainWindow::tr("Open Database"), message);
            window.openDatabase();
        });
    }
    return QApplication::exec();
}

} // namespace ChangeDesk::Ui
