// changedesk: the desktop application. Everything but QApplication lives in changedesk_ui.

#include "shell/application.h"

#include <QApplication>
#include <QtCrypto>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCA::Initializer crypto;
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"ChangeDesk"_s);
    QApplication::setApplicationName(u"changedesk"_s);
    QApplication::setApplicationDisplayName(u"ChangeDesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(CHANGEDESK_VERSION));
    QApplication::setDesktopFileName(u"org.changedesk.ChangeDesk"_s);
    return ChangeDesk::Ui::runApplication(app);
}
