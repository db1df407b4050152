#include "messages.h"

#include <QFileDialog>

namespace ChangeDesk::Ui {

namespace {
bool s_testMode = false;
QStringList s_shown;
QStringList s_nextFileNames;
} // namespace

void Messages::error(QWidget *parent, const QString &title, const QString &text)
{
    if (s_testMode) {
        s_shown << text;
        return;
    }
    QMessageBox::critical(parent, title, text);
}

void Messages::information(QWidget *parent, const QString &title, const QString &text)
{
    if (s_testMode) {
        s_shown << text;
        return;
    }
    QMessageBox::information(parent, title, text);
}

QString Messages::saveFileName(QWidget *parent, const QString &title, const QString &directory,
                               const QString &filter)
{
    if (s_testMode)
        return s_nextFileNames.isEmpty() ? QString() : s_nextFileNames.takeFirst();
    return QFileDialog::getSaveFileName(parent, title, directory, filter, nullptr,
                                        QFileDialog::DontConfirmOverwrite);
}

QString Messages::openFileName(QWidget *parent, const QString &title, const QString &directory,
                               const QString &filter)
{
    if (s_testMode)
        return s_nextFileNames.isEmpty() ? QString() : s_nextFileNames.takeFirst();
    return QFileDialog::getOpenFileName(parent, title, directory, filter);
}

void Messages::setTestMode(bool enabled)
{
    s_testMode = enabled;
    s_shown.clear();
    s_nextFileNames.clear();
}

QStringList Messages::takeShownMessages()
{
    return std::exchange(s_shown, {});
}

void Messages::setNextFileName(const QString &fileName)
{
    s_nextFileNames << fileName;
}

} // namespace ChangeDesk::Ui
