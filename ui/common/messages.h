#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

class QWidget;

namespace ChangeDesk::Ui {

// Every message box and file dialog goes through here, so that tests can answer them instead of
// blocking on a modal window (the seam KeePassXC calls MessageBox::setNextAnswer).
class Messages
{
public:
    static void error(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static QString saveFileName(QWidget *parent, const QString &title, const QString &directory,
                                const QString &filter);
    static QString openFileName(QWidget *parent, const QString &title, const QString &directory,
                                const QString &filter);

    // Test seam: while enabled, nothing is shown; messages are recorded and file dialogs return
    // the queued names.
    static void setTestMode(bool enabled);
    static QStringList takeShownMessages();
    static void setNextFileName(const QString &fileName);
};

} // namespace ChangeDesk::Ui
