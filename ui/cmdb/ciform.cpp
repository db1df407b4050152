#include "ciform.h"

#include "cmdb/cirepository.h"
#include "cmdb/keyvaluemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Ui {

namespace {

// "Never" is the earliest date the editor allows.
const QDateTime kNever(QDate(2000, 1, 1), QTime(0, 0), QTimeZone::UTC);

// Chooses the person of a responsibility from the people the form knows.
class PersonDelegate : public QStyledItemDelegate
{
public:
    PersonDelegate(const QList<std::pair<QString, qint64>> *people, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_people(people)
    { }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        for (const auto &[name, id] : *m_people)
            combo->addItem(name, id);
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toLongLong())));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        model->setData(index, QString::number(combo->currentData().toLongLong()));
    }

private:
    const QList<std::pair<QString, qint64>> *m_people;
};

QComboBox *enumCombo(QWidget *parent, const QStringList &texts)
{
    auto *combo = new QComboBox(parent);
    for (int i = 0; i < texts.size(); ++i)
        combo->addItem(texts.at(i), i);
    return combo;
}

QTableView *pairView(QWidget *parent, KeyValueModel *model, const QString &objectName)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    view->setMinimumHeight(view->fontMetrics().height() * 4);
    view->setMaximumHeight(view->fontMetrics().height() * 8);
    return view;
}

// Add and Remove under a pair table.
QWidget *pairButtons(QWidget *parent, QTableView *view, KeyValueModel *model, const QString &prefix,
                     const std::function<int()> &add, QList<QWidget *> &editors)
{
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *addButton = new QPushButton(CiForm::tr("Add"), box);
    auto *removeButton = new QPushButton(CiForm::tr("Remove"), box);
    addButton->setObjectName(prefix + u"Add"_s);
    removeButton->setObjectName(prefix + u"Remove"_s);
    layout->addWidget(addButton);
    layout->addWidget(removeButton);
    layout->addStretch(1);
    QObject::connect(addButton, &QPushButton::clicked, view, [view, model, add] {
        const int row = add();
        view->setCurrentIndex(model->index(row, 0));
        view->edit(model->index(row, 0));
    });
    QObject::connect(removeButton, &QPushButton::clicked, view, [view, model] {
        if (view->currentIndex().isValid())
            model->removeRows(view->currentIndex().row(), 1);
    });
    editors << addButton << removeButton;
    return box;
}

} // namespace

CiForm::CiForm(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_class(enumCombo(this, {}))
    , m_lifecycle(enumCombo(this, {}))
    , m_description(new QPlainTextEdit(this))
    , m_site(new QLineEdit(this))
    , m_platform(new QLineEdit(this))
    , m_platformVersion(new QLineEdit(this))
    , m_firmware(new QLineEdit(this))
    , m_owner(new QComboBox(this))
    , m_unit(new QComboBox(this))
    , m_responsibilities(new KeyValueModel(tr("Role"), tr("Person"), this))
    , m_confidentiality(new QComboBox(this))
    , m_integrity(new QComboBox(this))
    , m_availability(new QComboBox(this))
    , m_updateSource(new QComboBox(this))
    , m_updateMode(new QComboBox(this))
    , m_reboot(new QComboBox(this))
    , m_dataSent(new QLineEdit(this))
    , m_mobile(new QCheckBox(tr("Often offline (laptop, phone): tracked until updated"), this))
    , m_lastSeenEdit(new QDateTimeEdit(this))
    , m_attributes(new KeyValueModel(tr("Attribute"), tr("Value"), this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_revert(new QPushButton(tr("Revert"), this))
{
    setObjectName(u"ciForm"_s);
    m_name->setObjectName(u"ciName"_s);
    m_class->setObjectName(u"ciClass"_s);
    m_lifecycle->setObjectName(u"ciLifecycle"_s);
    m_description->setObjectName(u"ciDescription"_s);
    m_site->setObjectName(u"ciSite"_s);
    m_platform->setObjectName(u"ciPlatform"_s);
    m_platformVersion->setObjectName(u"ciPlatformVersion"_s);
    m_firmware->setObjectName(u"ciFirmware"_s);
    m_owner->setObjectName(u"ciOwner"_s);
    m_unit->setObjectName(u"ciUnit"_s);
    m_confidentiality->setObjectName(u"ciConfidentiality"_s);
    m_integrity->setObjectName(u"ciIntegrity"_s);
    m_availability->setObjectName(u"ciAvailability"_s);
    m_updateSource->setObjectName(u"ciUpdateSource"_s);
    m_updateMode->setObjectName(u"ciUpdateMode"_s);
    m_reboot->setObjectName(u"ciReboot"_s);
    m_dataSent->setObjectName(u"ciDataSent"_s);
    m_mobile->setObjectName(u"ciMobile"_s);
    m_lastSeenEdit->setObjectName(u"ciLastSeen"_s);
    m_save->setObjectName(u"ciSave"_s);
    m_revert->setObjectName(u"ciRevert"_s);

    for (const QString &key : CmdbNames::ciClassKeys())
        m_class->addItem(CmdbNames::display(*CmdbNames::ciClass(key)), int(*CmdbNames::ciClass(key)));
    for (const QString &key : CmdbNames::lifecycleKeys())
        m_lifecycle->addItem(CmdbNames::display(*CmdbNames::lifecycle(key)), int(*CmdbNames::lifecycle(key)));
    for (QComboBox *combo : {m_confidentiality, m_integrity, m_availability}) {
        for (ProtectionLevel level :
             {ProtectionLevel::Normal, ProtectionLevel::High, ProtectionLevel::VeryHigh})
            combo->addItem(CmdbNames::display(level), int(level));
    }
    for (UpdateSource source :
         {UpdateSource::None, UpdateSource::Vendor, UpdateSource::InternalServer, UpdateSource::Parallel})
        m_updateSource->addItem(CmdbNames::display(source), int(source));
    for (UpdateMode mode : {UpdateMode::DownloadOnly, UpdateMode::AutoInstall})
        m_updateMode->addItem(CmdbNames::display(mode), int(mode));
    for (RebootHandling reboot : {RebootHandling::NotNeeded, RebootHandling::Manual,
                                  RebootHandling::Automatic, RebootHandling::Scheduled})
        m_reboot->addItem(CmdbNames::display(reboot), int(reboot));

    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 2 + 12);
    m_dataSent->setPlaceholderText(tr("e.g. hardware inventory, crash reports"));
    m_lastSeenEdit->setTimeZone(QTimeZone::LocalTime);
    m_lastSeenEdit->setCalendarPopup(true);
    m_lastSeenEdit->setMinimumDateTime(kNever);
    m_lastSeenEdit->setSpecialValueText(tr("never"));
    m_lastSeenEdit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));

    m_responsibilityView = pairView(this, m_responsibilities, u"ciResponsibilities"_s);
    m_attributeView = pairView(this, m_attributes, u"ciAttributes"_s);
    m_responsibilities->setValueDisplay([this](const QString &id) {
        return id.isEmpty() ? QString() : m_personNames.value(id.toLongLong(), id);
    });
    // The delegate reads the people list the form keeps (setChoices fills it).
    m_responsibilityView->setItemDelegateForColumn(
        1, new PersonDelegate(&m_peopleChoices, m_responsibilityView));

    auto group = [this](const QString &title, const QString &name) {
        auto *box = new QGroupBox(title, this);
        box->setObjectName(name);
        auto *form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);
        return std::pair(box, form);
    };

    auto [general, generalForm] = group(tr("General"), u"ciGeneralGroup"_s);
    generalForm->addRow(tr("&Name:"), m_name);
    generalForm->addRow(tr("&Class:"), m_class);
    generalForm->addRow(tr("&Lifecycle:"), m_lifecycle);
    generalForm->addRow(tr("&Description:"), m_description);
    generalForm->addRow(tr("&Site:"), m_site);
    auto *platformRow = new QWidget(this);
    auto *platformLayout = new QHBoxLayout(platformRow);
    platformLayout->setContentsMargins(0, 0, 0, 0);
    platformLayout->addWidget(m_platform, 3);
    platformLayout->addWidget(m_platformVersion, 1);
    m_platform->setPlaceholderText(tr("e.g. Windows Server"));
    m_platformVersion->setPlaceholderText(tr("version"));
    generalForm->addRow(tr("&Platform:"), platformRow);
    generalForm->addRow(tr("&Firmware:"), m_firmware);

    auto [ownership, ownershipForm] = group(tr("Responsibility"), u"ciOwnershipGroup"_s);
    ownershipForm->addRow(tr("&Owner:"), m_owner);
    ownershipForm->addRow(tr("Organizational &unit:"), m_unit);
    auto *responsibilityHelp
        = new QLabel(tr("Split responsibility, e.g. operating system and services (M2):"), this);
    responsibilityHelp->setWordWrap(true);
    ownershipForm->addRow(responsibilityHelp);
    ownershipForm->addRow(m_responsibilityView);
    ownershipForm->addRow(pairButtons(
        this, m_responsibilityView, m_responsibilities, u"ciResponsibility"_s,
        [this] { return m_responsibilities->appendPair(u"os"_s, QString()); }, m_editors));

    auto [protection, protectionForm] = group(tr("Protection requirement"), u"ciProtectionGroup"_s);
    protectionForm->addRow(tr("C&onfidentiality:"), m_confidentiality);
    protectionForm->addRow(tr("&Integrity:"), m_integrity);
    protectionForm->addRow(tr("&Availability:"), m_availability);

    auto [updates, updatesForm] = group(tr("Update mechanism (M3)"), u"ciUpdateGroup"_s);
    updatesForm->addRow(tr("Updates &come from:"), m_updateSource);
    updatesForm->addRow(tr("&Mode:"), m_updateMode);
    updatesForm->addRow(tr("&Reboot:"), m_reboot);
    updatesForm->addRow(tr("Data sent to the &vendor:"), m_dataSent);

    auto [reach, reachForm] = group(tr("Reachability (M14)"), u"ciReachGroup"_s);
    reachForm->addRow(m_mobile);
    reachForm->addRow(tr("Last &seen:"), m_lastSeenEdit);

    auto [custom, customForm] = group(tr("Custom attributes"), u"ciCustomGroup"_s);
    customForm->addRow(m_attributeView);
    customForm->addRow(pairButtons(
        this, m_attributeView, m_attributes, u"ciAttribute"_s,
        [this] { return m_attributes->appendPair(QString(), QString()); }, m_editors));

    auto *content = new QWidget(this);
    auto *columns = new QHBoxLayout(content);
    for (int i = 0; i < 3; ++i) {
        m_columns << new QVBoxLayout;
        columns->addLayout(m_columns.constLast(), 1);
    }
    m_groups = {general, ownership, protection, updates, reach, custom};
    arrange(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"ciFormScroll"_s);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    m_save->setDefault(true);
    m_save->setToolTip(tr("Save the changes to this configuration item (Ctrl+S); Undo takes them back"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    m_editors << m_name << m_class << m_lifecycle << m_description << m_site << m_platform
              << m_platformVersion << m_firmware << m_owner << m_unit << m_confidentiality << m_integrity
              << m_availability << m_updateSource << m_updateMode << m_reboot << m_dataSent << m_mobile
              << m_lastSeenEdit;

    for (QLineEdit *edit : {m_name, m_site, m_platform, m_platformVersion, m_firmware, m_dataSent})
        connect(edit, &QLineEdit::textChanged, this, &CiForm::changed);
    for (QComboBox *combo : {m_class, m_lifecycle, m_owner, m_unit, m_confidentiality, m_integrity,
                             m_availability, m_updateSource, m_updateMode, m_reboot})
        connect(combo, &QComboBox::currentIndexChanged, this, &CiForm::changed);
    connect(m_description, &QPlainTextEdit::textChanged, this, &CiForm::changed);
    connect(m_mobile, &QCheckBox::toggled, this, &CiForm::changed);
    connect(m_lastSeenEdit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (!m_loading)
            m_lastSeenTouched = true;
        changed();
    });
    connect(m_responsibilities, &KeyValueModel::edited, this, &CiForm::changed);
    connect(m_attributes, &KeyValueModel::edited, this, &CiForm::changed);
    connect(m_save, &QPushButton::clicked, this, &CiForm::saveRequested);
    connect(m_revert, &QPushButton::clicked, this, &CiForm::revertRequested);
    clearItem();
}

CiForm::~CiForm()
{
    // The editors go after this destructor; whatever they signal on the way must not arrive here.
    for (QObject *sender : std::as_const(m_editors))
        sender->disconnect(this);
    m_description->disconnect(this);
    m_responsibilities->disconnect(this);
    m_attributes->disconnect(this);
}

void CiForm::arrange(int columns)
{
    if (m_columnCount == columns)
        return;
    m_columnCount = columns;
    for (QVBoxLayout *column : std::as_const(m_columns)) {
        for (QWidget *group : std::as_const(m_groups))
            column->removeWidget(group);
        while (QLayoutItem *item = column->takeAt(0))
            delete item; // the stretches
    }
    // The groups are general, responsibility, protection, updates, reachability, attributes. In
    // one column in that order; in two, what describes the system on the left and who answers for
    // it and how to reach it on the right; in three, balanced by height.
    static constexpr int kTwo[] = {0, 1, 0, 0, 1, 1};
    static constexpr int kThree[] = {0, 1, 0, 2, 1, 2};
    for (int i = 0; i < m_groups.size(); ++i) {
        const int column = columns == 3 ? kThree[i] : columns == 2 ? kTwo[i] : 0;
        m_columns.at(column)->addWidget(m_groups.at(i));
    }
    for (QVBoxLayout *column : std::as_const(m_columns))
        column->addStretch(1);
}

void CiForm::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int chars = width() / std::max(1, fontMetrics().averageCharWidth());
    arrange(chars >= 150 ? 3 : chars >= 100 ? 2 : 1);
}

void CiForm::setChoices(const QList<Person> &people, const QList<OrgUnit> &units, const QStringList &sites)
{
    const bool wasLoading = std::exchange(m_loading, true);
    m_peopleChoices.clear();
    m_personNames.clear();
    m_owner->clear();
    m_owner->addItem(tr("(nobody)"), QVariant());
    QList<Person> sorted = people;
    std::ranges::sort(sorted, [](const Person &a, const Person &b) {
        return QString::localeAwareCompare(a.displayName, b.displayName) < 0;
    });
    for (const Person &person : std::as_const(sorted)) {
        const QString label = u"%1 (%2)"_s.arg(person.displayName, person.login);
        m_owner->addItem(label, person.id);
        m_personNames.insert(person.id, person.displayName);
        m_peopleChoices.append({label, person.id});
    }
    m_unit->clear();
    m_unit->addItem(tr("(none)"), QVariant());
    QList<OrgUnit> sortedUnits = units;
    std::ranges::sort(sortedUnits, [](const OrgUnit &a, const OrgUnit &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const OrgUnit &unit : std::as_const(sortedUnits))
        m_unit->addItem(u"%1 (%2)"_s.arg(unit.name, unit.code), unit.id);
    auto *completer = new QCompleter(sites, m_site);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    delete m_site->completer();
    m_site->setCompleter(completer);
    m_loading = wasLoading;
    if (m_hasItem)
        show(edited());
}

void CiForm::selectData(QComboBox *combo, const QVariant &data)
{
    int index = data.isValid() ? combo->findData(data) : 0;
    if (index < 0) {
        // Someone the list does not know (e.g. added since): keep the value rather than lose it.
        combo->addItem(data.toString(), data);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

void CiForm::show(const ConfigurationItem &ci)
{
    const bool wasLoading = std::exchange(m_loading, true);
    m_name->setText(ci.name);
    selectData(m_class, int(ci.ciClass));
    selectData(m_lifecycle, int(ci.lifecycle));
    m_description->setPlainText(ci.description);
    m_site->setText(ci.site);
    m_platform->setText(ci.platform);
    m_platformVersion->setText(ci.platformVersion);
    m_firmware->setText(ci.firmwareVersion);
    selectData(m_owner, ci.ownerId ? QVariant(*ci.ownerId) : QVariant());
    selectData(m_unit, ci.orgUnitId ? QVariant(*ci.orgUnitId) : QVariant());
    QList<KeyValueModel::Pair> roles;
    for (const Responsibility &r : ci.responsibilities)
        roles.append({r.role, QString::number(r.personId)});
    m_responsibilities->setPairs(roles);
    selectData(m_confidentiality, int(ci.protection.confidentiality));
    selectData(m_integrity, int(ci.protection.integrity));
    selectData(m_availability, int(ci.protection.availability));
    selectData(m_updateSource, int(ci.update.source));
    selectData(m_updateMode, int(ci.update.mode));
    selectData(m_reboot, int(ci.update.reboot));
    m_dataSent->setText(ci.update.dataSentToVendor);
    m_mobile->setChecked(ci.mobile);
    m_lastSeen = ci.lastSeen;
    m_lastSeenEdit->setDateTime(ci.lastSeen.isValid() ? ci.lastSeen : kNever);
    QList<KeyValueModel::Pair> attributes;
    for (auto it = ci.attributes.cbegin(); it != ci.attributes.cend(); ++it)
        attributes.append({it.key(), it.value()});
    m_attributes->setPairs(attributes);
    // Long values show from their start, not from where setText() left the cursor.
    for (QLineEdit *edit : {m_name, m_site, m_platform, m_platformVersion, m_firmware, m_dataSent})
        edit->setCursorPosition(0);
    m_loading = wasLoading;
}

void CiForm::setItem(const ConfigurationItem &ci)
{
    m_base = ci;
    m_hasItem = true;
    m_lastSeenTouched = false;
    setEnabled(true);
    show(ci);
    changed();
}

void CiForm::clearItem()
{
    m_base = ConfigurationItem();
    m_hasItem = false;
    m_lastSeenTouched = false;
    show(m_base);
    m_name->clear();
    setEnabled(false);
    changed();
}

ConfigurationItem CiForm::edited() const
{
    ConfigurationItem ci = m_base;
    ci.name = m_name->text().trimmed();
    ci.ciClass = CiClass(m_class->currentData().toInt());
    ci.lifecycle = Lifecycle(m_lifecycle->currentData().toInt());
    ci.description = m_description->toPlainText();
    ci.site = m_site->text().trimmed();
    ci.platform = m_platform->text().trimmed();
    ci.platformVersion = m_platformVersion->text().trimmed();
    ci.firmwareVersion = m_firmware->text().trimmed();
    ci.ownerId = m_owner->currentData().isValid() ? std::optional(m_owner->currentData().toLongLong())
                                                  : std::nullopt;
    ci.orgUnitId
        = m_unit->currentData().isValid() ? std::optional(m_unit->currentData().toLongLong()) : std::nullopt;
    ci.responsibilities.clear();
    for (const auto &[role, person] : m_responsibilities->pairs())
        ci.responsibilities.append({role, person.toLongLong()});
    ci.protection.confidentiality = ProtectionLevel(m_confidentiality->currentData().toInt());
    ci.protection.integrity = ProtectionLevel(m_integrity->currentData().toInt());
    ci.protection.availability = ProtectionLevel(m_availability->currentData().toInt());
    ci.update.source = UpdateSource(m_updateSource->currentData().toInt());
    ci.update.mode = UpdateMode(m_updateMode->currentData().toInt());
    ci.update.reboot = RebootHandling(m_reboot->currentData().toInt());
    ci.update.dataSentToVendor = m_dataSent->text();
    ci.mobile = m_mobile->isChecked();
    if (m_lastSeenTouched) {
        const QDateTime when = m_lastSeenEdit->dateTime();
        ci.lastSeen = when <= kNever ? QDateTime() : when.toUTC();
    } else {
        ci.lastSeen = m_lastSeen;
    }
    ci.attributes.clear();
    for (const auto &[name, value] : m_attributes->pairs())
        ci.attributes.insert(name, value);
    return ci;
}

void CiForm::changed()
{
    if (m_loading)
        return;
    const bool modified = m_hasItem && !CiRepository::differences(m_base, edited()).isEmpty();
    m_save->setEnabled(modified);
    m_revert->setEnabled(modified);
    if (modified != m_modified) {
        m_modified = modified;
        Q_EMIT modifiedChanged(modified);
    }
}

void CiForm::setReadOnly(bool readOnly)
{
    for (QWidget *editor : std::as_const(m_editors))
        editor->setEnabled(!readOnly);
    m_responsibilityView->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                                   : QAbstractItemView::AllEditTriggers);
    m_attributeView->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                              : QAbstractItemView::AllEditTriggers);
    m_save->setVisible(!readOnly);
    m_revert->setVisible(!readOnly);
}

void CiForm::rebase(const ConfigurationItem &fresh)
{
    const ConfigurationItem merged = mergeEdits(m_base, edited(), fresh);
    const bool touched = m_lastSeenTouched && merged.lastSeen != fresh.lastSeen;
    m_base = fresh;
    show(merged);
    m_lastSeenTouched = touched;
    if (!touched)
        m_lastSeen = fresh.lastSeen;
    changed();
}

ConfigurationItem CiForm::mergeEdits(const ConfigurationItem &old, const ConfigurationItem &mine,
                                     const ConfigurationItem &fresh)
{
    ConfigurationItem result = fresh;
    const auto take = [](auto &target, const auto &before, const auto &after) {
        if (before != after)
            target = after;
    };
    take(result.name, old.name, mine.name);
    take(result.ciClass, old.ciClass, mine.ciClass);
    take(result.description, old.description, mine.description);
    take(result.ownerId, old.ownerId, mine.ownerId);
    take(result.orgUnitId, old.orgUnitId, mine.orgUnitId);
    take(result.responsibilities, old.responsibilities, mine.responsibilities);
    take(result.site, old.site, mine.site);
    take(result.lifecycle, old.lifecycle, mine.lifecycle);
    take(result.platform, old.platform, mine.platform);
    take(result.platformVersion, old.platformVersion, mine.platformVersion);
    take(result.firmwareVersion, old.firmwareVersion, mine.firmwareVersion);
    take(result.protection.confidentiality, old.protection.confidentiality, mine.protection.confidentiality);
    take(result.protection.integrity, old.protection.integrity, mine.protection.integrity);
    take(result.protection.availability, old.protection.availability, mine.protection.availability);
    take(result.mobile, old.mobile, mine.mobile);
    take(result.lastSeen, old.lastSeen, mine.lastSeen);
    take(result.update.source, old.update.source, mine.update.source);
    take(result.update.mode, old.update.mode, mine.update.mode);
    take(result.update.reboot, old.update.reboot, mine.update.reboot);
    take(result.update.dataSentToVendor, old.update.dataSentToVendor, mine.update.dataSentToVendor);
    // Attributes one by one: added, changed and removed names.
    for (auto it = mine.attributes.cbegin(); it != mine.attributes.cend(); ++it) {
        if (old.attributes.value(it.key()) != it.value() || !old.attributes.contains(it.key()))
            result.attributes.insert(it.key(), it.value());
    }
    for (auto it = old.attributes.cbegin(); it != old.attributes.cend(); ++it) {
        if (!mine.attributes.contains(it.key()))
            result.attributes.remove(it.key());
    }
    return result;
}

} // namespace ChangeDesk::Ui
