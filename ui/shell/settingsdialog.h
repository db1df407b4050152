#pragma once

#include <QDialog>

class QComboBox;

namespace ChangeDesk::Ui {

// Personal settings kept in the user's configuration (never passwords): the language for now.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    void accept() override;

    // "" follows the system; else "en", "de" or "nl".
    static QString storedLanguage();

private:
    QComboBox *m_language;
};

} // namespace ChangeDesk::Ui
