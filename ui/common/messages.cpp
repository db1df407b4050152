#include "messages.h"

#include <QFileDialog>
#include <QInputDialog>

namespace ChangeDesk::Ui {

namespace {
bool s_testMode = false;
QStringList s_shown;
QStringList s_nextFileNames;
QList<QMessageBox::StandardButton> s_nextAnswers;
QStringList s_nextTexts;
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

QMessageBox::StandardButton Messages::question(QWidget *parent, const QString &title, const QString &text,
                                               QMessageBox::StandardButtons buttons,
                                               QMessageBox::StandardButton defaultButton)
{
    if (s_testMode) {
        s_shown << text;
        return s_nextAnswers.isEmpty() ? defaultButton : s_nextAnswers.takeFirst();
    }
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

QString Messages::text(QWidget *parent, const QString &title, const QString &label, const QString &initial)
{
    if (s_testMode)
        return s_nextTexts.isEmpty() ? QString() : s_nextTexts.takeFirst();
    bool ok = false;
    const QString answer = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    return ok ? answer : QString();
}

void Messages::setTestMode(bool enabled)
{
    s_testMode = enabled;
    s_shown.clear();
    s_nextFileNames.clear();
    s_nextAnswers.clear();
    s_nextTexts.clear();
}

void Messages::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswers << answer;
}

void Messages::setNextText(const QString &text)
{
    s_nextTexts << text;
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
