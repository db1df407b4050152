// changedeskctl: the ChangeDesk core on the command line, for scripting, automation and
// benchmarks. Exit codes: 0 ok, 1 operation failed, 2 bad input or usage.

#include "ctlcommands.h"

#include "common/translations.h"

#include <QCoreApplication>
#include <QtCrypto>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCA::Initializer crypto;
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"ChangeDesk"_s);
    QCoreApplication::setApplicationName(u"changedesk"_s);
    ChangeDesk::installTranslations(app, ChangeDesk::chooseLanguage({}));
    return ChangeDesk::Ctl::run(QCoreApplication::arguments());
}
