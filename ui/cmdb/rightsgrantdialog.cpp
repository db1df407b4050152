#include "rightsgrantdialog.h"

#include "common/messages.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Ui {

namespace {
enum HolderKind { PersonHolder, UnitHolder };
}

RightsGrantDialog::RightsGrantDialog(const QList<Person> &people, const QList<OrgUnit> &units, qint64 ciId,
                                     const QString &ciName, QWidget *parent)
    : QDialog(parent)
    , m_people(people)
    , m_units(units)
    , m_ciId(ciId)
    , m_ciName(ciName)
    , m_holderType(new QComboBox(this))
    , m_holder(new QComboBox(this))
    , m_profile(new QComboBox(this))
    , m_description(new QLineEdit(this))
    , m_explanation(new QLabel(this))
{
    setObjectName(u"rightsGrantDialog"_s);
    m_title = tr("Grant Rights Profile");
    setWindowTitle(tr("Grant Rights Profile on '%1'").arg(ciName));
    m_holderType->setObjectName(u"rightsHolderType"_s);
    m_holder->setObjectName(u"rightsHolder"_s);
    m_profile->setObjectName(u"rightsProfile"_s);
    m_description->setObjectName(u"rightsDescription"_s);
    m_explanation->setObjectName(u"rightsExplanation"_s);

    m_holderType->addItem(tr("Person"), int(PersonHolder));
    m_holderType->addItem(tr("Organizational unit"), int(UnitHolder));
    m_holder->setMinimumContentsLength(30);
    m_holder->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_profile->setEditable(true);
    m_profile->setInsertPolicy(QComboBox::NoInsert);
    for (const QString &key : RightsProfileRepository::standardProfiles()) {
        m_profile->addItem(RightsProfileRepository::displayName(key), key);
        m_profile->setItemData(m_profile->count() - 1, RightsProfileRepository::explanation(key),
                               Qt::ToolTipRole);
    }
    m_profile->setToolTip(tr("A standard profile, or type the name of your agency's own"));
    m_description->setPlaceholderText(tr("What for, and until when (optional)"));
    m_explanation->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Held by:"), m_holderType);
    form->addRow(tr("Holder:"), m_holder);
    form->addRow(tr("Profile:"), m_profile);
    form->addRow(QString(), m_explanation);
    form->addRow(tr("Description:"), m_description);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Grant"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RightsGrantDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RightsGrantDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_holderType, &QComboBox::currentIndexChanged, this, &RightsGrantDialog::fillHolders);
    connect(m_profile, &QComboBox::currentTextChanged, this, &RightsGrantDialog::updateExplanation);
    fillHolders();
    updateExplanation();
}

void RightsGrantDialog::fillHolders()
{
    m_holder->clear();
    if (m_holderType->currentData().toInt() == PersonHolder) {
        for (const Person &person : std::as_const(m_people)) {
            if (person.active)
                m_holder->addItem(tr("%1 (%2)", "person: name (login)").arg(person.displayName, person.login),
                                  person.id);
        }
    } else {
        for (const OrgUnit &unit : std::as_const(m_units))
            m_holder->addItem(tr("%1 (%2)", "unit: name (code)").arg(unit.name, unit.code), unit.id);
    }
}

void RightsGrantDialog::updateExplanation()
{
    m_explanation->setText(RightsProfileRepository::explanation(rights().profile));
}

void RightsGrantDialog::setExisting(const RightsProfile &rights)
{
    m_existing = rights;
    m_title = tr("Change Rights Profile");
    setWindowTitle(tr("Change Rights Profile on '%1'").arg(m_ciName));
    if (auto *buttons = findChild<QDialogButtonBox *>())
        buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    m_holderType->setCurrentIndex(m_holderType->findData(int(rights.personId ? PersonHolder : UnitHolder)));
    fillHolders();
    const qint64 holder = rights.personId ? *rights.personId : rights.orgUnitId.value_or(0);
    if (m_holder->findData(holder) < 0) { // a person no longer active still holds it
        const QString label = rights.personId
            ? tr("%1 (%2)", "person: name (login)").arg(rights.personName, rights.personLogin)
            : tr("%1 (%2)", "unit: name (code)").arg(rights.unitName, rights.unitCode);
        m_holder->addItem(label, holder);
    }
    m_holder->setCurrentIndex(m_holder->findData(holder));
    const int standard = m_profile->findData(rights.profile);
    if (standard >= 0)
        m_profile->setCurrentIndex(standard);
    else
        m_profile->setEditText(rights.profile);
    m_description->setText(rights.description);
    updateExplanation();
}

RightsProfile RightsGrantDialog::rights() const
{
    RightsProfile rights = m_existing;
    rights.personId.reset();
    rights.orgUnitId.reset();
    rights.ciId = m_ciId;
    rights.ciName = m_ciName;
    if (m_holder->currentIndex() >= 0) {
        const qint64 id = m_holder->currentData().toLongLong();
        if (m_holderType->currentData().toInt() == PersonHolder)
            rights.personId = id;
        else
            rights.orgUnitId = id;
    }
    // A chosen standard profile by its key; typed text as it is (a standard name in any spelling
    // becomes its key).
    const int index = m_profile->currentIndex();
    rights.profile = index >= 0 && m_profile->currentText() == m_profile->itemText(index)
        ? m_profile->itemData(index).toString()
        : RightsProfileRepository::normalizeProfile(m_profile->currentText());
    rights.description = m_description->text().trimmed();
    return rights;
}

void RightsGrantDialog::accept()
{
    if (m_holder->currentIndex() < 0) {
        Messages::error(this, m_title,
                        m_holderType->currentData().toInt() == PersonHolder
                            ? tr("Choose the person who holds the profile.")
                            : tr("Choose the organizational unit that holds the profile."));
        return;
    }
    if (auto valid = RightsProfileRepository::validate(rights()); !valid) {
        Messages::error(this, m_title, valid.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace ChangeDesk::Ui
