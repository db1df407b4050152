#include "changedialogs.h"

#include "change/workflow.h"
#include "changes/changelabels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Ui {

ReasonDialog::ReasonDialog(const QString &title, const QString &question, QWidget *parent)
    : QDialog(parent)
    , m_reason(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"reasonDialog"_s);
    setWindowTitle(title);
    m_reason->setObjectName(u"reasonText"_s);
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("The reason is kept in the request's history."));
    auto *label = new QLabel(question, this);
    label->setWordWrap(true);
    label->setBuddy(m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_reason, 1);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_reason, &QPlainTextEdit::textChanged, this,
            [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, 240);
}

QString ReasonDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void ReasonDialog::setReason(const QString &text)
{
    m_reason->setPlainText(text);
}

ObjectionDialog::ObjectionDialog(const QString &priority, const QString &category, QWidget *parent)
    : QDialog(parent)
    , m_priority(priority)
    , m_category(category)
    , m_field(new QComboBox(this))
    , m_proposed(new QComboBox(this))
    , m_current(new QLabel(this))
    , m_reason(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"objectionDialog"_s);
    setWindowTitle(tr("Object to the Classification"));
    m_field->setObjectName(u"objectionField"_s);
    m_proposed->setObjectName(u"objectionProposed"_s);
    m_reason->setObjectName(u"objectionReason"_s);
    m_reason->setTabChangesFocus(true);
    m_field->addItem(ChangeFields::label(u"priority"_s), u"priority"_s);
    m_field->addItem(ChangeFields::label(u"category"_s), u"category"_s);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Object to:"), m_field);
    form->addRow(tr("Now:"), m_current);
    form->addRow(tr("Proposed:"), m_proposed);
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(m_buttons);
    connect(m_field, &QComboBox::currentIndexChanged, this, &ObjectionDialog::fillValues);
    connect(m_reason, &QPlainTextEdit::textChanged, this,
            [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    fillValues();
}

void ObjectionDialog::fillValues()
{
    const QString key = field();
    const QString now = key == u"priority" ? m_priority : m_category;
    m_current->setText(now.isEmpty()            ? tr("not set")
                           : key == u"priority" ? ChangeLabels::priority(now)
                                                : ChangeLabels::category(now));
    m_proposed->clear();
    for (const QString &value : ChangeFields::conditionValues().value(key)) {
        if (value != now)
            m_proposed->addItem(
                key == u"priority" ? ChangeLabels::priority(value) : ChangeLabels::category(value), value);
    }
}

QString ObjectionDialog::field() const
{
    return m_field->currentData().toString();
}

QString ObjectionDialog::proposed() const
{
    return m_proposed->currentData().toString();
}

QString ObjectionDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void ObjectionDialog::setAnswer(const QString &field, const QString &proposed, const QString &reason)
{
    m_field->setCurrentIndex(std::max(0, m_field->findData(field)));
    m_proposed->setCurrentIndex(std::max(0, m_proposed->findData(proposed)));
    m_reason->setPlainText(reason);
}

} // namespace ChangeDesk::Ui
