#include "settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Ui {

namespace {
const QString kLanguageKey = u"ui/language"_s;
}

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Settings"));
    setObjectName(u"settingsDialog"_s);
    m_language->setObjectName(u"language"_s);
    m_language->addItem(tr("System language"), QString());
    // Each language is named in itself, so that anyone can find their own.
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Deutsch"_s, u"de"_s);
    m_language->addItem(u"Nederlands"_s, u"nl"_s);
    m_language->setCurrentIndex(std::max(0, m_language->findData(storedLanguage())));

    auto *hint = new QLabel(tr("A new language takes effect when ChangeDesk starts again."), this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(hint);
    form->addRow(buttons);
}

void SettingsDialog::accept()
{
    QSettings().setValue(kLanguageKey, m_language->currentData().toString());
    QDialog::accept();
}

QString SettingsDialog::storedLanguage()
{
    return QSettings().value(kLanguageKey).toString();
}

} // namespace ChangeDesk::Ui
