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
    // Asks and returns the button pressed; `buttons` are the choices, `defaultButton` the one
    // Enter presses (and the answer in test mode when none was queued).
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    // One line of text; a null string when cancelled.
    static QString text(QWidget *parent, const QString &title, const QString &label, const QString &initial = {});

    // Test seam: while enabled, nothing is shown; messages and questions are recorded, and file
    // dialogs, questions and text prompts return the queued answers.
    static void setTestMode(bool enabled);
    static QStringList takeShownMessages();
    static void setNextFileName(const QString &fileName);
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // A null string answers as Cancel.
    static void setNextText(const QString &text);
};

} // namespace ChangeDesk::Ui
