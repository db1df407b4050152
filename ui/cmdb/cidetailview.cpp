#include "cidetailview.h"

#include "cmdb/cicommands.h"
#include "cmdb/ciform.h"
#include "cmdb/cistore.h"
#include "cmdb/citablemodel.h"
#include "cmdb/impact.h"
#include "cmdb/impactmodel.h"
#include "cmdb/recordtablemodel.h"
#include "cmdb/rightsgrantdialog.h"
#include "cmdb/softwarerepository.h"
#include "common/messages.h"
#include "storage/database.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Ui {

namespace {

// Enough to read; a core switch at agency scale has tens of thousands of dependents.
constexpr int kImpactLimit = 2000;

QTableView *recordView(QWidget *parent, RecordTableModel *model, const QString &objectName)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    // Fitted to what is shown (a few rows), but a long value does not push the rest away.
    view->horizontalHeader()->setMaximumSectionSize(view->fontMetrics().averageCharWidth() * 40);
    QObject::connect(model, &QAbstractItemModel::modelReset, view, &QTableView::resizeColumnsToContents);
    return view;
}

QString dateTimeText(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : QString();
}

RecordTableModel::Cell cell(const QString &text, const QVariant &sort = {}, const QString &toolTip = {})
{
    return {text, sort, toolTip};
}

} // namespace

CiDetailView::CiDetailView(CiStore *store, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_loaded(7, false)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_form(new CiForm(this))
    , m_relations(new RecordTableModel(
          {tr("Direction"), tr("Relation"), tr("Configuration item"), tr("Class")}, this))
    , m_relationType(new QComboBox(this))
    , m_relationDirection(new QComboBox(this))
    , m_relationOther(new QLineEdit(this))
    , m_relationAdd(new QPushButton(tr("Add Relation"), this))
    , m_relationRemove(new QPushButton(tr("Remove Relation"), this))
    , m_software(new RecordTableModel(
          {tr("Product"), tr("Vendor"), tr("Version"), tr("Recorded from"), tr("Identifier")}, this))
    , m_patches(new RecordTableModel({tr("Applied"), tr("Patch"), tr("Reference"), tr("Version"),
                                      tr("Result"), tr("Applied by"), tr("Change")},
                                     this))
    , m_history(new RecordTableModel(
          {tr("When"), tr("Who"), tr("What"), tr("Field"), tr("Old value"), tr("New value")}, this))
    , m_impact(new ImpactModel(this))
    , m_impactView(new QTreeView(this))
    , m_impactSummary(new QLabel(this))
    , m_protection(new RecordTableModel(
          {tr("Requirement"), tr("Own"), tr("Effective"), tr("Comes from"), tr("Path")}, this))
    , m_rights(new RecordTableModel({tr("Holder"), tr("Held as"), tr("Profile"), tr("Description")}, this))
    , m_rightsGrant(new QPushButton(tr("Grant…"), this))
    , m_rightsRevoke(new QPushButton(tr("Revoke"), this))
    , m_rightsChange(new QPushButton(tr("Change…"), this))
{
    setObjectName(u"ciDetail"_s);
    m_title->setObjectName(u"ciDetailTitle"_s);
    m_subtitle->setObjectName(u"ciDetailSubtitle"_s);
    m_tabs->setObjectName(u"ciTabs"_s);
    m_relationType->setObjectName(u"relationType"_s);
    m_relationDirection->setObjectName(u"relationDirection"_s);
    m_relationOther->setObjectName(u"relationOther"_s);
    m_relationAdd->setObjectName(u"relationAdd"_s);
    m_relationRemove->setObjectName(u"relationRemove"_s);
    m_impactView->setObjectName(u"impactTree"_s);
    m_impactSummary->setObjectName(u"impactSummary"_s);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setWordWrap(true);

    // Relations.
    m_relationView = recordView(this, m_relations, u"relations"_s);
    for (RelationType type : {RelationType::RunsOn, RelationType::DependsOn, RelationType::ConnectedTo,
                              RelationType::PartOf, RelationType::LocatedAt})
        m_relationType->addItem(CmdbNames::display(type), int(type));
    m_relationDirection->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_relationDirection->setMinimumContentsLength(32);
    m_relationOther->setPlaceholderText(tr("Name of the other configuration item"));
    m_relationOther->setClearButtonEnabled(true);
    auto *completer = new QCompleter(m_store->model(), m_relationOther);
    completer->setCompletionColumn(CiTableModel::NameColumn);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchStartsWith);
    m_relationOther->setCompleter(completer);
    connect(m_relationType, &QComboBox::currentIndexChanged, this, &CiDetailView::updateRelationDirections);
    auto *relationPage = new QWidget(this);
    auto *relationLayout = new QVBoxLayout(relationPage);
    relationLayout->addWidget(m_relationView, 1);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_relationDirection);
    addRow->addWidget(m_relationOther, 1);
    addRow->addWidget(m_relationAdd);
    auto *typeRow = new QHBoxLayout;
    typeRow->addWidget(new QLabel(tr("New relation:"), this));
    typeRow->addWidget(m_relationType);
    typeRow->addStretch(1);
    typeRow->addWidget(m_relationRemove);
    relationLayout->addLayout(typeRow);
    relationLayout->addLayout(addRow);
    connect(m_relationAdd, &QPushButton::clicked, this, [this] {
        if (addRelation(RelationType(m_relationType->currentData().toInt()),
                        m_relationDirection->currentData().toBool(), m_relationOther->text().trimmed()))
            m_relationOther->clear();
    });
    connect(m_relationOther, &QLineEdit::returnPressed, m_relationAdd, &QPushButton::click);
    connect(m_relationRemove, &QPushButton::clicked, this, [this] {
        if (m_relationView->currentIndex().isValid())
            removeRelation(m_relationView->currentIndex().row());
    });

    // Impact.
    m_impactView->setModel(m_impact);
    m_impactView->setUniformRowHeights(true);
    m_impactView->setAlternatingRowColors(true);
    m_impactView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_impactView->setIndentation(m_impactView->fontMetrics().averageCharWidth() * 2);
    m_impactView->header()->setStretchLastSection(false);
    m_impactView->header()->setSectionResizeMode(ImpactModel::NameColumn, QHeaderView::Stretch);
    for (int column : {ImpactModel::ClassColumn, ImpactModel::RelationColumn, ImpactModel::DepthColumn})
        m_impactView->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_impactSummary->setWordWrap(true);
    auto *protectionView = recordView(this, m_protection, u"inheritedProtection"_s);
    // Exactly its three rows, so that the tree above gets the rest.
    protectionView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    protectionView->setFixedHeight(protectionView->verticalHeader()->defaultSectionSize() * 3
                                   + protectionView->horizontalHeader()->sizeHint().height()
                                   + 2 * protectionView->frameWidth());
    auto *impactPage = new QWidget(this);
    auto *impactLayout = new QVBoxLayout(impactPage);
    impactLayout->addWidget(m_impactSummary);
    impactLayout->addWidget(m_impactView, 1);
    auto *protectionLabel
        = new QLabel(tr("Protection requirement by the maximum principle: the highest need of "
                        "everything that depends on this item, and where it comes from."),
                     this);
    protectionLabel->setWordWrap(true);
    impactLayout->addWidget(protectionLabel);
    impactLayout->addWidget(protectionView);

    // Rights profiles.
    m_rightsView = recordView(this, m_rights, u"rightsProfiles"_s);
    m_rightsGrant->setObjectName(u"rightsGrant"_s);
    m_rightsRevoke->setObjectName(u"rightsRevoke"_s);
    m_rightsChange->setObjectName(u"rightsChange"_s);
    m_rightsChange->setToolTip(tr("Change the holder, profile or description of the selected rights profile"));
    m_rightsGrant->setToolTip(tr("Grant a person or an organizational unit a rights profile on this item"));
    m_rightsRevoke->setToolTip(tr("Revoke the selected rights profile"));
    auto *rightsPage = new QWidget(this);
    auto *rightsLayout = new QVBoxLayout(rightsPage);
    rightsLayout->addWidget(m_rightsView, 1);
    auto *rightsButtons = new QHBoxLayout;
    rightsButtons->addStretch(1);
    rightsButtons->addWidget(m_rightsGrant);
    rightsButtons->addWidget(m_rightsChange);
    rightsButtons->addWidget(m_rightsRevoke);
    rightsLayout->addLayout(rightsButtons);
    connect(m_rightsGrant, &QPushButton::clicked, this, &CiDetailView::openGrantDialog);
    connect(m_rightsRevoke, &QPushButton::clicked, this, [this] {
        if (m_rightsView->currentIndex().isValid())
            revokeRights(m_rightsView->currentIndex().row());
    });
    connect(m_rightsChange, &QPushButton::clicked, this, [this] {
        if (m_rightsView->currentIndex().isValid())
            openChangeDialog(m_rightsView->currentIndex().row());
    });
    connect(m_rightsView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        openChangeDialog(index.row());
    });
    connect(m_rightsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CiDetailView::updateRightsButtons);
    connect(m_rights, &QAbstractItemModel::modelReset, this, &CiDetailView::updateRightsButtons);

    // Short tab titles; the tooltips say more.
    m_tabs->addTab(m_form, tr("Attributes"));
    m_tabs->addTab(relationPage, tr("Relations"));
    m_tabs->addTab(recordView(this, m_software, u"installedSoftware"_s), tr("Software"));
    m_tabs->addTab(recordView(this, m_patches, u"patchHistory"_s), tr("Patches"));
    m_tabs->addTab(recordView(this, m_history, u"editHistory"_s), tr("History"));
    m_tabs->addTab(impactPage, tr("Impact"));
    m_tabs->addTab(rightsPage, tr("Rights"));
    m_tabs->setTabToolTip(AttributesTab, tr("Every field of the configuration item, editable"));
    m_tabs->setTabToolTip(RelationsTab,
                          tr("What it runs on, depends on, is connected to; and what relates to it"));
    m_tabs->setTabToolTip(SoftwareTab, tr("Installed software"));
    m_tabs->setTabToolTip(PatchesTab, tr("Patches applied to it, newest first"));
    m_tabs->setTabToolTip(HistoryTab, tr("Every recorded change: when, who, which field, old and new value"));
    m_tabs->setTabToolTip(ImpactTab,
                          tr("What a failure affects, and the protection requirement it inherits"));
    m_tabs->setTabToolTip(RightsTab, tr("Rights profiles: who may do what on it, as a person or through "
                                        "an organizational unit"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_tabs, 1);

    connect(m_tabs, &QTabWidget::currentChanged, this, &CiDetailView::loadCurrentTab);
    connect(m_form, &CiForm::saveRequested, this, &CiDetailView::save);
    connect(m_form, &CiForm::revertRequested, this, &CiDetailView::revert);
    connect(m_store, &CiStore::itemChanged, this, &CiDetailView::itemChanged);
    connect(m_store, &CiStore::itemRemoved, this, &CiDetailView::itemChanged);
    connect(m_store, &CiStore::relationsChanged, this, &CiDetailView::relationsChanged);
    connect(m_store, &CiStore::rightsChanged, this, &CiDetailView::rightsChanged);
    showItem(0);
}

CiDetailView::~CiDetailView()
{
    // The tab widget signals while its pages go; this view is half-destroyed by then.
    m_tabs->disconnect(this);
    m_store->disconnect(this);
}

void CiDetailView::setChoices(const QList<Person> &people, const QList<OrgUnit> &units,
                              const QStringList &sites)
{
    m_form->setChoices(people, units, sites);
    m_people = people;
    m_units = units;
}

void CiDetailView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_form->setReadOnly(readOnly);
    for (QWidget *widget : std::initializer_list<QWidget *> {
             m_relationType, m_relationDirection, m_relationOther, m_relationAdd, m_relationRemove})
        widget->setEnabled(!readOnly && m_id != 0);
    updateRightsButtons();
}

void CiDetailView::updateRightsButtons()
{
    const bool writable = !m_readOnly && m_id != 0;
    m_rightsGrant->setEnabled(writable);
    m_rightsRevoke->setEnabled(writable && m_rightsView->currentIndex().isValid());
    m_rightsChange->setEnabled(writable && m_rightsView->currentIndex().isValid());
}

bool CiDetailView::isModified() const
{
    return m_form->isModified();
}

QString CiDetailView::nameOf(qint64 id) const
{
    if (const CiSummary *ci = m_store->model()->item(id))
        return ci->name;
    return tr("configuration item %1").arg(id);
}

std::optional<ConfigurationItem> CiDetailView::readStored(qint64 id)
{
    auto stored = m_store->repository().byId(id);
    if (!stored) {
        Messages::error(this, tr("CMDB"), stored.error().message);
        return std::nullopt;
    }
    return *stored;
}

void CiDetailView::showItem(qint64 id)
{
    // The form shows what is stored now; the table holds only a summary.
    const std::optional<ConfigurationItem> ci = id && m_store->database() ? readStored(id) : std::nullopt;
    m_id = ci ? id : 0;
    m_loaded.fill(false);
    if (ci)
        m_form->setItem(*ci);
    else
        m_form->clearItem();
    m_tabs->setEnabled(ci.has_value());
    setReadOnly(m_readOnly);
    updateHeader();
    // Empty until loaded, so that nothing of the previous CI shows.
    m_relations->setRows({});
    m_software->setRows({});
    m_patches->setRows({});
    m_history->setRows({});
    m_protection->setRows({});
    m_impact->clear();
    m_impactSummary->clear();
    m_rights->setRows({});
    m_rightsRows.clear();
    updateRelationDirections();
    loadCurrentTab();
}

void CiDetailView::updateRelationDirections()
{
    // The choices read as sentences: "srv-01 runs on …" or "… runs on srv-01".
    const QString type = m_relationType->currentText();
    const QString self = m_id ? nameOf(m_id) : tr("this item");
    const int current = std::max(0, m_relationDirection->currentIndex());
    m_relationDirection->clear();
    m_relationDirection->addItem(tr("%1 %2 …").arg(self, type), true);
    m_relationDirection->addItem(tr("… %1 %2").arg(type, self), false);
    m_relationDirection->setCurrentIndex(current);
}

void CiDetailView::updateHeader()
{
    const ConfigurationItem *ci = m_id && m_form->hasItem() ? &m_form->base() : nullptr;
    if (!ci) {
        m_title->setText(tr("No configuration item selected"));
        m_subtitle->setText(tr("Select a configuration item in the table to see and edit its details."));
        return;
    }
    m_title->setText(ci->name);
    QStringList parts {CmdbNames::display(ci->ciClass), CmdbNames::display(ci->lifecycle)};
    if (!ci->site.isEmpty())
        parts << ci->site;
    if (ci->ownerId)
        parts << tr("owner: %1").arg(m_store->model()->personName(*ci->ownerId));
    m_subtitle->setText(parts.join(u" · "_s));
}

void CiDetailView::itemChanged(qint64 id)
{
    if (id != m_id)
        return;
    m_loaded.fill(false);
    if (m_form->isModified()) {
        // Unsaved changes stay, readable, even when the CI was deleted meanwhile; saving tells.
        loadCurrentTab();
        return;
    }
    if (m_store->model()->rowOf(id) < 0) {
        showItem(0); // deleted
        return;
    }
    if (const std::optional<ConfigurationItem> ci = readStored(id))
        m_form->setItem(*ci);
    updateHeader();
    loadCurrentTab();
}

void CiDetailView::relationsChanged(qint64 sourceId, qint64 targetId)
{
    if (m_id == 0)
        return;
    // Another CI's relation may still lie on this one's impact tree.
    m_loaded[ImpactTab] = false;
    if (sourceId == m_id || targetId == m_id)
        m_loaded[RelationsTab] = m_loaded[HistoryTab] = false;
    loadCurrentTab();
}

void CiDetailView::rightsChanged(qint64 ciId)
{
    if (m_id == 0 || ciId != m_id)
        return;
    m_loaded[RightsTab] = m_loaded[HistoryTab] = false;
    loadCurrentTab();
}

void CiDetailView::loadCurrentTab()
{
    const int tab = m_tabs->currentIndex();
    if (m_id == 0 || tab < 0 || m_loaded.value(tab) || !m_store->database())
        return;
    m_loaded[tab] = true;
    switch (Tab(tab)) {
    case AttributesTab:
        break;
    case RelationsTab:
        loadRelations();
        break;
    case SoftwareTab:
        loadSoftware();
        break;
    case PatchesTab:
        loadPatches();
        break;
    case HistoryTab:
        loadHistory();
        break;
    case ImpactTab:
        loadImpact();
        break;
    case RightsTab:
        loadRights();
        break;
    }
}

void CiDetailView::loadRelations()
{
    auto relations = m_store->repository().relationsOf(m_id);
    if (!relations) {
        Messages::error(this, tr("Relations"), relations.error().message);
        return;
    }
    const CiTableModel *model = m_store->model();
    QList<RecordTableModel::Row> rows;
    for (const CiRelation &relation : std::as_const(*relations)) {
        const bool outgoing = relation.sourceId == m_id;
        const qint64 other = outgoing ? relation.targetId : relation.sourceId;
        const CiSummary *otherCi = model->item(other);
        const QString sentence = tr("%1 %2 %3", "CI, relation, CI: app-01 runs on srv-01")
                                     .arg(nameOf(relation.sourceId), CmdbNames::display(relation.type),
                                          nameOf(relation.targetId));
        RecordTableModel::Row row;
        row.cells = {cell(outgoing ? tr("outgoing") : tr("incoming"), outgoing ? 0 : 1, sentence),
                     cell(sentence, int(relation.type), sentence), cell(nameOf(other), {}, sentence),
                     cell(otherCi ? CmdbNames::display(otherCi->ciClass) : QString())};
        row.payload = QVariant::fromValue(
            QList<qint64> {relation.sourceId, qint64(relation.type), relation.targetId});
        rows << row;
    }
    m_relations->setRows(std::move(rows));
}

void CiDetailView::loadRights()
{
    auto granted = m_store->rightsRepository().ofCi(m_id);
    if (!granted) {
        Messages::error(this, tr("Rights Profiles"), granted.error().message);
        return;
    }
    QList<RecordTableModel::Row> rows;
    for (const RightsProfile &rights : std::as_const(*granted)) {
        const QString holder = rights.personId
            ? tr("%1 (%2)", "person: name (login)").arg(rights.personName, rights.personLogin)
            : tr("%1 (%2)", "unit: name (code)").arg(rights.unitName, rights.unitCode);
        const QString profile = RightsProfileRepository::displayName(rights.profile);
        RecordTableModel::Row row;
        row.cells = {cell(holder),
                     cell(rights.personId ? tr("person") : tr("organizational unit")),
                     cell(profile, {}, RightsProfileRepository::explanation(rights.profile)),
                     cell(rights.description, {}, rights.description)};
        rows << row;
    }
    m_rightsRows = *granted;
    m_rights->setRows(std::move(rows));
}

void CiDetailView::loadSoftware()
{
    auto installed = SoftwareRepository(*m_store->database(), m_store->clock()).installedOn(m_id);
    if (!installed) {
        Messages::error(this, tr("Installed Software"), installed.error().message);
        return;
    }
    QList<RecordTableModel::Row> rows;
    for (const InstalledSoftware &item : std::as_const(*installed)) {
        RecordTableModel::Row row;
        row.cells = {cell(item.productName), cell(item.vendor), cell(item.version), cell(item.source),
                     cell(item.cpe23.isEmpty() ? item.purl : item.cpe23)};
        rows << row;
    }
    m_software->setRows(std::move(rows));
}

void CiDetailView::loadPatches()
{
    auto patches = SoftwareRepository(*m_store->database(), m_store->clock()).patchesOf(m_id);
    if (!patches) {
        Messages::error(this, tr("Patch History"), patches.error().message);
        return;
    }
    QList<RecordTableModel::Row> rows;
    for (const AppliedPatch &patch : std::as_const(*patches)) {
        QString version = patch.toVersion;
        if (!patch.fromVersion.isEmpty())
            version = tr("%1 → %2").arg(patch.fromVersion, patch.toVersion);
        QString result = patch.result;
        if (patch.result == u"success")
            result = tr("success");
        else if (patch.result == u"failed")
            result = tr("failed");
        else if (patch.result == u"rolled_back")
            result = tr("rolled back");
        RecordTableModel::Row row;
        row.cells = {cell(dateTimeText(patch.appliedAt), patch.appliedAt),
                     cell(patch.title, {}, patch.notes),
                     cell(patch.reference),
                     cell(version),
                     cell(result),
                     cell(patch.appliedBy),
                     cell(patch.changeRef)};
        row.emphasised = patch.result != u"success";
        rows << row;
    }
    m_patches->setRows(std::move(rows));
}

QString CiDetailView::historyField(const QString &field) const
{
    static const QHash<QString, const char *> names {
        {u"name"_s, QT_TR_NOOP("Name")},
        {u"class"_s, QT_TR_NOOP("Class")},
        {u"description"_s, QT_TR_NOOP("Description")},
        {u"owner"_s, QT_TR_NOOP("Owner")},
        {u"unit"_s, QT_TR_NOOP("Organizational unit")},
        {u"site"_s, QT_TR_NOOP("Site")},
        {u"lifecycle"_s, QT_TR_NOOP("Lifecycle")},
        {u"platform"_s, QT_TR_NOOP("Platform")},
        {u"platform_version"_s, QT_TR_NOOP("Platform version")},
        {u"firmware"_s, QT_TR_NOOP("Firmware")},
        {u"confidentiality"_s, QT_TR_NOOP("Confidentiality")},
        {u"integrity"_s, QT_TR_NOOP("Integrity")},
        {u"availability"_s, QT_TR_NOOP("Availability")},
        {u"mobile"_s, QT_TR_NOOP("Mobile")},
        {u"last_seen"_s, QT_TR_NOOP("Last seen")},
        {u"update_source"_s, QT_TR_NOOP("Update source")},
        {u"update_mode"_s, QT_TR_NOOP("Update mode")},
        {u"reboot"_s, QT_TR_NOOP("Reboot")},
        {u"update_data_sent"_s, QT_TR_NOOP("Data sent to the vendor")},
    };
    if (const auto found = names.constFind(field); found != names.cend())
        return tr(*found);
    if (field.startsWith(u"attr."_s))
        return tr("Attribute '%1'").arg(field.mid(5));
    if (field.startsWith(u"responsible."_s))
        return tr("Responsible (%1)").arg(field.mid(12));
    if (field.startsWith(u"rights."_s)) {
        if (field.endsWith(u".description"_s))
            return tr("Rights profile '%1', description")
                .arg(RightsProfileRepository::displayName(field.mid(7).chopped(12)));
        return tr("Rights profile '%1'").arg(RightsProfileRepository::displayName(field.mid(7)));
    }
    // Relations: "runs_on", or "runs_on (from)" on the target's side.
    const bool incoming = field.endsWith(u" (from)"_s);
    if (const auto type = CmdbNames::relationType(incoming ? field.chopped(7) : field))
        return incoming ? tr("%1 (incoming)").arg(CmdbNames::display(*type)) : CmdbNames::display(*type);
    return field;
}

QString CiDetailView::historyValue(const QString &field, const QString &value) const
{
    if (value.isEmpty())
        return value;
    if (field == u"class")
        return CmdbNames::ciClass(value)
            .transform([](CiClass c) { return CmdbNames::display(c); })
            .value_or(value);
    if (field == u"lifecycle")
        return CmdbNames::lifecycle(value)
            .transform([](Lifecycle l) { return CmdbNames::display(l); })
            .value_or(value);
    if (field == u"confidentiality" || field == u"integrity" || field == u"availability")
        return CmdbNames::protectionLevel(value)
            .transform([](ProtectionLevel l) { return CmdbNames::display(l); })
            .value_or(value);
    if (field == u"update_source")
        return CmdbNames::updateSource(value)
            .transform([](UpdateSource s) { return CmdbNames::display(s); })
            .value_or(value);
    if (field == u"update_mode")
        return CmdbNames::updateMode(value)
            .transform([](UpdateMode m) { return CmdbNames::display(m); })
            .value_or(value);
    if (field == u"reboot")
        return CmdbNames::rebootHandling(value)
            .transform([](RebootHandling r) { return CmdbNames::display(r); })
            .value_or(value);
    if (field == u"mobile")
        return value == u"true" ? tr("yes") : tr("no");
    if (field == u"last_seen")
        return dateTimeText(QDateTime::fromString(value, Qt::ISODate));
    const CiTableModel *model = m_store->model();
    if (field == u"owner" || field.startsWith(u"responsible."_s)) {
        QStringList names;
        for (const QString &id : value.split(u',')) {
            const QString name = model->personName(id.toLongLong());
            names << (name.isEmpty() ? id : name);
        }
        return names.join(u", "_s);
    }
    if (field == u"unit") {
        const QString name = model->unitName(value.toLongLong());
        return name.isEmpty() ? value : name;
    }
    // Who holds a rights profile, as RightsProfile::holderKey() wrote it: "person:LOGIN" or
    // "unit:CODE" (people and units that are gone keep their login or code).
    if (field.startsWith(u"rights."_s) && !field.endsWith(u".description"_s)) {
        if (value.startsWith(u"person:"_s)) {
            const QString login = value.mid(7);
            const auto person = std::find_if(m_people.cbegin(), m_people.cend(),
                                             [&](const Person &p) { return p.login == login; });
            return person == m_people.cend() || person->displayName.isEmpty()
                ? login
                : tr("%1 (%2)", "person: name (login)").arg(person->displayName, login);
        }
        if (value.startsWith(u"unit:"_s)) {
            const QString code = value.mid(5);
            const auto unit = std::find_if(m_units.cbegin(), m_units.cend(),
                                           [&](const OrgUnit &u) { return u.code == code; });
            return unit == m_units.cend() || unit->name.isEmpty()
                ? tr("unit %1").arg(code)
                : tr("unit %1 (%2)", "organizational unit: name (code)").arg(unit->name, code);
        }
    }
    return value;
}

void CiDetailView::loadHistory()
{
    auto entries = m_store->repository().history(m_id);
    if (!entries) {
        Messages::error(this, tr("History"), entries.error().message);
        return;
    }
    static const QHash<QString, const char *> actions {
        {u"created"_s, QT_TR_NOOP("created")}, {u"updated"_s, QT_TR_NOOP("changed")},
        {u"deleted"_s, QT_TR_NOOP("deleted")}, {u"restored"_s, QT_TR_NOOP("restored")},
        {u"related"_s, QT_TR_NOOP("related")}, {u"unrelated"_s, QT_TR_NOOP("relation removed")},
        {u"granted"_s, QT_TR_NOOP("granted")},  {u"revoked"_s, QT_TR_NOOP("revoked")},
    };
    QList<RecordTableModel::Row> rows;
    // Newest first: what a person looks for is usually the last change.
    for (auto it = entries->crbegin(); it != entries->crend(); ++it) {
        const CiHistoryEntry &entry = *it;
        const auto action = actions.constFind(entry.action);
        RecordTableModel::Row row;
        const QString oldValue = historyValue(entry.field, entry.oldValue);
        const QString newValue = historyValue(entry.field, entry.newValue);
        row.cells = {cell(dateTimeText(entry.changedAt), entry.changedAt),
                     cell(entry.changedBy),
                     cell(action == actions.cend() ? entry.action : tr(*action)),
                     cell(historyField(entry.field)),
                     cell(oldValue, {}, oldValue),
                     cell(newValue, {}, newValue)};
        rows << row;
    }
    m_history->setRows(std::move(rows));
}

void CiDetailView::loadImpact()
{
    const Database &db = *m_store->database();
    auto result = ImpactAnalysis::analyse(db, m_id, -1, kImpactLimit);
    if (!result) {
        Messages::error(this, tr("Impact"), result.error().message);
        return;
    }
    const CiTableModel *model = m_store->model();
    m_impact->setResult(*result, [model, this](qint64 id) {
        const CiSummary *ci = model->item(id);
        return ImpactModel::CiLabel {ci ? ci->name : nameOf(id),
                                     ci ? CmdbNames::display(ci->ciClass) : QString()};
    });
    QString summary;
    if (result->entries.isEmpty())
        summary
            = tr("Nothing depends on %1: its failure affects no other configuration item.").arg(nameOf(m_id));
    else
        summary
            = tr("A failure of %1 affects %n configuration item(s).", nullptr, int(result->entries.size()))
                  .arg(nameOf(m_id));
    if (!result->cycleEdges.isEmpty())
        summary += u' '
            + tr("%n dependency cycle(s) are marked with ↻.", nullptr, int(result->cycleEdges.size()));
    if (result->truncated)
        summary += u' ' + tr("Only the first %1 are shown.").arg(kImpactLimit);
    m_impactSummary->setText(summary);
    // Small trees open completely; large ones show their first level.
    if (result->entries.size() <= 200)
        m_impactView->expandAll();
    else
        m_impactView->expandToDepth(0);

    auto inherited = ImpactAnalysis::inherited(db, m_id);
    if (!inherited) {
        Messages::error(this, tr("Impact"), inherited.error().message);
        return;
    }
    const CiSummary *ci = model->item(m_id);
    const auto row = [&](const QString &name, ProtectionLevel ownLevel, const InheritedLevel &level) {
        QStringList path;
        for (qint64 id : level.path)
            path << nameOf(id);
        RecordTableModel::Row line;
        line.cells = {cell(name), cell(CmdbNames::display(ownLevel), int(ownLevel)),
                      cell(CmdbNames::display(level.level), int(level.level)),
                      cell(level.sourceId == m_id ? tr("its own requirement") : nameOf(level.sourceId)),
                      cell(path.join(u" ← "_s), {}, path.join(u" ← "_s))};
        line.emphasised = level.level > ownLevel;
        return line;
    };
    const Protection own = ci ? ci->protection : Protection {};
    m_protection->setRows({row(tr("Confidentiality"), own.confidentiality, inherited->confidentiality),
                           row(tr("Integrity"), own.integrity, inherited->integrity),
                           row(tr("Availability"), own.availability, inherited->availability)});
}

bool CiDetailView::save()
{
    if (!m_form->isModified() || m_id == 0)
        return true;
    const ConfigurationItem before = m_form->base();
    ConfigurationItem after = m_form->edited();
    auto saved = m_store->update(after);
    if (!saved) {
        const Error error = saved.error();
        if (error.kind == ErrorKind::Conflict || error.kind == ErrorKind::NotFound) {
            auto fresh = m_store->reload(m_id);
            if (fresh && *fresh) {
                m_form->rebase(**fresh);
                updateHeader();
                Messages::error(
                    this, tr("Save"),
                    tr("%1\n\nThe form now shows the version saved meanwhile with your changes applied "
                       "again. Check them and save again.")
                        .arg(error.message));
                return false;
            }
        }
        Messages::error(this, tr("Save"), error.message);
        return false;
    }
    m_undoStack->push(new EditCiCommand(m_store, before, after));
    m_form->setItem(after);
    updateHeader();
    return true;
}

void CiDetailView::revert()
{
    if (const std::optional<ConfigurationItem> ci = m_id ? readStored(m_id) : std::nullopt)
        m_form->setItem(*ci);
}

bool CiDetailView::maybeSave()
{
    if (!m_form->isModified())
        return true;
    const auto answer = Messages::question(
        this, tr("Unsaved Changes"),
        tr("'%1' has changes that are not saved. Save them?").arg(m_form->base().name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        revert();
        return true;
    }
    return false;
}

bool CiDetailView::addRelation(RelationType type, bool outgoing, const QString &otherName)
{
    if (m_id == 0)
        return false;
    const qint64 other = m_store->model()->idOf(otherName);
    if (other == 0) {
        Messages::error(this, tr("Add Relation"),
                        otherName.isEmpty()
                            ? tr("Enter the name of the other configuration item.")
                            : tr("There is no configuration item named '%1'.").arg(otherName));
        return false;
    }
    const qint64 source = outgoing ? m_id : other;
    const qint64 target = outgoing ? other : m_id;
    auto related = m_store->relate(source, type, target);
    if (!related) {
        Messages::error(this, tr("Add Relation"), related.error().message);
        return false;
    }
    m_undoStack->push(new RelationCommand(
        m_store, RelationCommand::Kind::Related, source, type, target,
        tr("Relate '%1' %2 '%3'").arg(nameOf(source), CmdbNames::display(type), nameOf(target))));
    return true;
}

bool CiDetailView::removeRelation(int row)
{
    if (row < 0 || row >= m_relations->rowCount())
        return false;
    const QList<qint64> ends = m_relations->rowAt(row).payload.value<QList<qint64>>();
    if (ends.size() != 3)
        return false;
    const qint64 source = ends.at(0);
    const auto type = RelationType(ends.at(1));
    const qint64 target = ends.at(2);
    if (auto removed = m_store->unrelate(source, type, target); !removed) {
        Messages::error(this, tr("Remove Relation"), removed.error().message);
        m_loaded[RelationsTab] = false;
        loadCurrentTab();
        return false;
    }
    m_undoStack->push(new RelationCommand(
        m_store, RelationCommand::Kind::Unrelated, source, type, target,
        tr("Remove relation '%1' %2 '%3'").arg(nameOf(source), CmdbNames::display(type), nameOf(target))));
    return true;
}

namespace {
QString holderText(const RightsProfile &rights)
{
    return rights.personId ? (rights.personName.isEmpty() ? rights.personLogin : rights.personName)
                           : (rights.unitName.isEmpty() ? rights.unitCode : rights.unitName);
}
} // namespace

void CiDetailView::openGrantDialog()
{
    if (m_id == 0 || m_readOnly)
        return;
    RightsGrantDialog dialog(m_people, m_units, m_id, nameOf(m_id), this);
    if (dialog.exec() == QDialog::Accepted)
        grantRights(dialog.rights());
}

bool CiDetailView::grantRights(RightsProfile rights)
{
    if (m_id == 0 || m_readOnly)
        return false;
    rights.ciId = m_id;
    auto granted = m_store->grant(rights);
    if (!granted) {
        Messages::error(this, tr("Grant Rights Profile"), granted.error().message);
        return false;
    }
    m_undoStack->push(new RightsCommand(
        m_store, RightsCommand::Kind::Granted, *granted,
        tr("Grant '%1' to %2 on '%3'")
            .arg(RightsProfileRepository::displayName(granted->profile), holderText(*granted),
                 granted->ciName)));
    return true;
}

void CiDetailView::openChangeDialog(int row)
{
    if (m_readOnly || row < 0 || row >= m_rightsRows.size())
        return;
    RightsGrantDialog dialog(m_people, m_units, m_id, nameOf(m_id), this);
    dialog.setExisting(m_rightsRows.at(row));
    if (dialog.exec() == QDialog::Accepted)
        changeRights(row, dialog.rights());
}

bool CiDetailView::changeRights(int row, RightsProfile changed)
{
    if (m_readOnly || row < 0 || row >= m_rightsRows.size())
        return false;
    const RightsProfile before = m_rightsRows.at(row);
    changed.id = before.id;
    changed.rowVersion = before.rowVersion;
    changed.ciId = before.ciId;
    if (changed.personId == before.personId && changed.orgUnitId == before.orgUnitId
        && changed.profile == before.profile && changed.description == before.description)
        return true; // nothing to save
    if (auto saved = m_store->changeGrant(changed); !saved) {
        Messages::error(this, tr("Change Rights Profile"), saved.error().message);
        m_loaded[RightsTab] = false;
        loadCurrentTab();
        return false;
    }
    m_undoStack->push(new RightsCommand(
        m_store, RightsCommand::Kind::Changed, changed,
        tr("Change '%1' of %2 on '%3'")
            .arg(RightsProfileRepository::displayName(before.profile), holderText(before), before.ciName),
        before));
    return true;
}

bool CiDetailView::revokeRights(int row)
{
    if (m_readOnly || row < 0 || row >= m_rightsRows.size())
        return false;
    const RightsProfile rights = m_rightsRows.at(row);
    if (auto revoked = m_store->revoke(rights); !revoked) {
        Messages::error(this, tr("Revoke Rights Profile"), revoked.error().message);
        m_loaded[RightsTab] = false;
        loadCurrentTab();
        return false;
    }
    m_undoStack->push(new RightsCommand(
        m_store, RightsCommand::Kind::Revoked, rights,
        tr("Revoke '%1' of %2 on '%3'")
            .arg(RightsProfileRepository::displayName(rights.profile), holderText(rights), rights.ciName)));
    return true;
}

} // namespace ChangeDesk::Ui
