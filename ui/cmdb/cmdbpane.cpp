#include "cmdbpane.h"

#include "cmdb/ciexport.h"
#include "cmdb/cicommands.h"
#include "cmdb/ciimportdialog.h"
#include "cmdb/csv.h"
#include "cmdb/cidetailview.h"
#include "cmdb/cifiltermodel.h"
#include "cmdb/cirepository.h"
#include "cmdb/cistore.h"
#include "cmdb/cisummary.h"
#include "cmdb/citablemodel.h"
#include "cmdb/civiewsettings.h"
#include "cmdb/peoplemodel.h"
#include "cmdb/peopleview.h"
#include "common/messages.h"
#include "people/peoplerepository.h"
#include "storage/database.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QRegularExpression>
#include <QSet>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Ui {

namespace {

// Shown until the user chooses: what fits beside the detail editor and matters most.
const QStringList kDefaultColumns
    = {u"name"_s, u"class"_s,           u"site"_s,      u"lifecycle"_s,    u"platform"_s, u"owner"_s,
       u"unit"_s, u"confidentiality"_s, u"integrity"_s, u"availability"_s, u"mobile"_s,   u"last_seen"_s};

// Name and class of a new configuration item; the rest is edited in the form afterwards.
class NewItemDialog : public QDialog
{
public:
    explicit NewItemDialog(QWidget *parent)
        : QDialog(parent)
        , m_name(new QLineEdit(this))
        , m_class(new QComboBox(this))
    {
        setWindowTitle(CmdbPane::tr("New Configuration Item"));
        for (const QString &key : CmdbNames::ciClassKeys())
            m_class->addItem(CmdbNames::display(*CmdbNames::ciClass(key)), int(*CmdbNames::ciClass(key)));
        m_name->setPlaceholderText(CmdbPane::tr("Unique name, e.g. the host name"));
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        auto *form = new QFormLayout(this);
        form->addRow(CmdbPane::tr("&Name:"), m_name);
        form->addRow(CmdbPane::tr("&Class:"), m_class);
        form->addRow(buttons);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    }
    QString name() const { return m_name->text().trimmed(); }
    CiClass ciClass() const { return CiClass(m_class->currentData().toInt()); }

private:
    QLineEdit *m_name;
    QComboBox *m_class;
};

} // namespace

CmdbPane::CmdbPane(const Clock &clock, QWidget *parent)
    : CmdbPane(clock, std::make_unique<CiViewSettings>(), parent)
{ }

CmdbPane::CmdbPane(const Clock &clock, std::unique_ptr<CiViewSettings> settings, QWidget *parent)
    : Pane(parent)
    , m_clock(clock)
    , m_settings(std::move(settings))
    , m_tabs(new QTabWidget(this))
    , m_model(new CiTableModel(this))
    , m_filter(new CiFilterModel(this))
    , m_store(new CiStore(m_model, clock, this))
    , m_undoStack(new QUndoStack(this))
    , m_toolBar(new QToolBar(this))
    , m_search(new QLineEdit(this))
    , m_expression(new QLineEdit(this))
    , m_expressionError(new QLabel(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_detail(new CiDetailView(m_store, m_undoStack, this))
    , m_peopleView(new PeopleView(this))
    , m_columnsButton(new QToolButton(this))
    , m_savedFiltersButton(new QToolButton(this))
{
    setObjectName(u"cmdbPane"_s);
    m_tabs->setObjectName(u"cmdbTabs"_s);
    m_toolBar->setObjectName(u"cmdbToolBar"_s);
    m_search->setObjectName(u"ciSearch"_s);
    m_expression->setObjectName(u"ciExpression"_s);
    m_expressionError->setObjectName(u"ciExpressionError"_s);
    m_view->setObjectName(u"cis"_s);
    m_count->setObjectName(u"ciCount"_s);
    m_columnsButton->setObjectName(u"columnsButton"_s);
    m_savedFiltersButton->setObjectName(u"savedFiltersButton"_s);

    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CiTableModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    // Widths are fitted to the first rows, not to 100,000 of them.
    m_view->horizontalHeader()->setResizeContentsPrecision(200);
    m_view->horizontalHeader()->setMaximumSectionSize(fontMetrics().averageCharWidth() * 36);

    m_search->setPlaceholderText(tr("Type to filter"));
    m_search->setToolTip(tr("Shows the configuration items whose visible columns contain every word typed"));
    m_search->setClearButtonEnabled(true);
    m_expression->setPlaceholderText(tr("Group expression (Enter applies)"));
    m_expression->setClearButtonEnabled(true);
    m_expression->setToolTip(tr("A condition over the configuration items, e.g.\n"
                                "availability >= high and site = \"Stadhuis\" and class in (server, vm)\n"
                                "Fields: %1")
                                 .arg(GroupExpression::fields().join(u", "_s)));
    m_expressionError->setWordWrap(true);
    m_expressionError->setVisible(false);
    QPalette errorPalette = m_expressionError->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x1e, 0x1e));
    m_expressionError->setPalette(errorPalette);

    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_columnsButton->setText(tr("Columns"));
    m_columnsButton->setPopupMode(QToolButton::InstantPopup);
    m_columnsButton->setMenu(new QMenu(m_columnsButton));
    m_savedFiltersButton->setText(tr("Saved Filters"));
    m_savedFiltersButton->setPopupMode(QToolButton::InstantPopup);
    m_savedFiltersButton->setMenu(new QMenu(m_savedFiltersButton));
    createActions();

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_search, 2);
    filterRow->addWidget(m_expression, 3);

    auto *tablePage = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePage);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(filterRow);
    tableLayout->addWidget(m_expressionError);
    tableLayout->addWidget(m_view, 1);
    tableLayout->addWidget(m_count);

    // The table above the editor: both get the full width, which the table's many columns and
    // the editor's six tabs need.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"cmdbSplitter"_s);
    splitter->addWidget(tablePage);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({400, 600});
    splitter->setChildrenCollapsible(false);

    auto *ciPage = new QWidget(this);
    auto *ciLayout = new QVBoxLayout(ciPage);
    ciLayout->addWidget(m_toolBar);
    ciLayout->addWidget(splitter, 1);

    m_tabs->addTab(ciPage, tr("Configuration items"));
    m_tabs->addTab(m_peopleView, tr("People and organizational units"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_tabs, &QTabWidget::currentChanged, this, &CmdbPane::showPeopleWhenVisible);
    connect(m_search, &QLineEdit::textChanged, this, &CmdbPane::setFilterText);
    connect(m_expression, &QLineEdit::returnPressed, this, &CmdbPane::expressionEdited);
    connect(m_expression, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty() && m_filter->hasAllowedIds())
            expressionEdited();
    });
    connect(m_filter, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_reselecting = true; });
    connect(m_filter, &QAbstractItemModel::modelReset, this, &CmdbPane::reselectAfterFilter);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &CmdbPane::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &CmdbPane::updateCount);
    // A removed row moves the view's current row; that is no choice of the user's to act on.
    connect(m_model, &CiTableModel::itemAboutToBeRemoved, this, [this] { m_reselecting = true; });
    connect(m_model, &CiTableModel::itemRemoved, this, [this](qint64 id) {
        if (id == m_detail->itemId())
            m_view->selectionModel()->clear(); // the editor still shows it, e.g. with unsaved text
        m_reselecting = false;
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CmdbPane::currentRowChanged);
    connect(m_view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &CmdbPane::showColumnMenu);
    connect(m_columnsButton->menu(), &QMenu::aboutToShow, this,
            [this] { fillColumnMenu(m_columnsButton->menu()); });
    connect(m_savedFiltersButton->menu(), &QMenu::aboutToShow, this,
            [this] { fillSavedFilterMenu(m_savedFiltersButton->menu()); });
    connect(m_store, &CiStore::failed, this,
            [this](const QString &message) { Messages::error(this, tr("CMDB"), message); });
    connect(m_store, &CiStore::itemChanged, this, &CmdbPane::followExpression);
    connect(m_store, &CiStore::itemRemoved, this, [this](qint64 id) {
        if (m_selectedId == id)
            m_selectedId = 0;
    });
    connect(m_undoStack, &QUndoStack::canUndoChanged, this, &CmdbPane::updateActions);
    connect(m_undoStack, &QUndoStack::canRedoChanged, this, &CmdbPane::updateActions);
    connect(m_undoStack, &QUndoStack::undoTextChanged, this, &CmdbPane::updateActions);
    connect(m_undoStack, &QUndoStack::redoTextChanged, this, &CmdbPane::updateActions);

    applyVisibleColumns(m_settings->visibleColumns().value_or(kDefaultColumns));
    updateCount();
    updateActions();
}

CmdbPane::~CmdbPane()
{
    // The children go after this destructor (the undo stack, for one, signals as it clears);
    // nothing they send on the way may reach this half-destroyed pane.
    for (QObject *sender : std::initializer_list<QObject *> {
             m_tabs, m_undoStack, m_store, m_model, m_filter, m_view->selectionModel(),
             m_view->horizontalHeader(), m_search, m_expression})
        sender->disconnect(this);
}

void CmdbPane::createActions()
{
    m_newAction = new QAction(tr("New…"), this);
    m_newAction->setObjectName(u"newCiAction"_s);
    m_newAction->setToolTip(tr("Add a configuration item"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_newAction, &QAction::triggered, this, &CmdbPane::askNewItem);

    m_deleteAction = new QAction(tr("Delete"), this);
    m_deleteAction->setObjectName(u"deleteCiAction"_s);
    m_deleteAction->setToolTip(tr("Delete the selected configuration item (can be undone)"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    // Only in the table: Delete in a text field deletes text.
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(m_deleteAction);
    connect(m_deleteAction, &QAction::triggered, this, &CmdbPane::deleteCurrentItem);

    m_undoAction = new QAction(tr("Undo"), this);
    m_undoAction->setObjectName(u"undoAction"_s);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_undoAction, &QAction::triggered, this, &CmdbPane::undo);

    m_redoAction = new QAction(tr("Redo"), this);
    m_redoAction->setObjectName(u"redoAction"_s);
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_redoAction, &QAction::triggered, this, &CmdbPane::redo);

    m_saveAction = new QAction(tr("Save"), this);
    m_saveAction->setObjectName(u"saveCiAction"_s);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_saveAction, &QAction::triggered, m_detail, &CiDetailView::save);

    m_importAction = new QAction(tr("Import…"), this);
    m_importAction->setObjectName(u"importAction"_s);
    m_importAction->setToolTip(tr("Import configuration items or relations from CSV, or a CI's software from an SBOM"));
    connect(m_importAction, &QAction::triggered, this, &CmdbPane::importFile);

    m_exportAction = new QAction(tr("Export…"), this);
    m_exportAction->setObjectName(u"exportAction"_s);
    m_exportAction->setToolTip(tr("Export the configuration items that match the expression as CSV"));
    connect(m_exportAction, &QAction::triggered, this, &CmdbPane::exportFile);

    addAction(m_newAction);
    addAction(m_undoAction);
    addAction(m_redoAction);
    addAction(m_saveAction);

    m_toolBar->addAction(m_newAction);
    m_toolBar->addAction(m_deleteAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_undoAction);
    m_toolBar->addAction(m_redoAction);
    m_toolBar->addSeparator()->setObjectName(u"importExportSeparator"_s);
    m_toolBar->addAction(m_importAction);
    m_toolBar->addAction(m_exportAction);
    m_toolBar->addWidget(m_columnsButton);
    m_toolBar->addWidget(m_savedFiltersButton);
}

void CmdbPane::importFile()
{
    if (!m_db)
        return;
    CiImportDialog dialog(m_db, this);
    bool changed = false;
    connect(&dialog, &CiImportDialog::imported, this, [&changed] { changed = true; });
    dialog.exec();
    // Everything the import wrote appears at once; the undo history does not reach back past it.
    if (changed)
        setDatabase(m_db);
}

void CmdbPane::exportFile()
{
    if (!m_db)
        return;
    const QString path = Messages::saveFileName(this, tr("Export Configuration Items"), QString(),
                                                tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    CiExportOptions options;
    options.filter = m_expression->text().trimmed();
    // As Excel expects it in the user's language: ';' where the decimal separator is a comma.
    options.delimiter = CsvWriter::delimiterFor(QLocale());
    options.byteOrderMark = true;
    auto written = CiExporter(*m_db).exportToFile(path, options);
    if (!written) {
        Messages::error(this, tr("Export Configuration Items"), written.error().message);
        return;
    }
    Messages::information(this, tr("Export Configuration Items"),
                          tr("Exported %n configuration item(s) to %1.", nullptr, int(*written)).arg(path));
}

QString CmdbPane::title() const
{
    return tr("CMDB");
}

QIcon CmdbPane::icon() const
{
    return QIcon(u":/ui/icons/cmdb.svg"_s);
}

PeopleModel *CmdbPane::peopleModel() const
{
    return m_peopleView->peopleModel();
}

void CmdbPane::showLoadError(const QString &message)
{
    Messages::error(this, tr("CMDB"), message);
}

void CmdbPane::setDatabase(std::shared_ptr<Database> db)
{
    // Whatever the editor held belongs to the database going away: never save it into the next.
    m_detail->showItem(0);
    m_db = std::move(db);
    m_store->setDatabase(m_db);
    m_undoStack->clear();
    m_selectedId = 0;
    m_people.clear();
    m_units.clear();
    m_peopleShown = false;
    if (!m_db) {
        m_model->setContents({}, {}, {});
        m_peopleView->clear();
        m_detail->showItem(0);
        updateActions();
        return;
    }
    const PeopleRepository people(*m_db, m_clock);
    auto units = people.orgUnits();
    auto persons = people.persons();
    auto items = CiSummaries::all(*m_db);
    if (!units || !persons || !items) {
        showLoadError(!units         ? units.error().message
                          : !persons ? persons.error().message
                                     : items.error().message);
        m_model->setContents({}, {}, {});
        m_peopleView->clear();
        m_detail->showItem(0);
        updateActions();
        return;
    }
    m_units = *units;
    m_people = *persons;
    QHash<qint64, QString> personNames;
    for (const Person &person : std::as_const(m_people))
        personNames.insert(person.id, person.displayName);
    QHash<qint64, QString> unitNames;
    for (const OrgUnit &unit : std::as_const(m_units))
        unitNames.insert(unit.id, unit.name);
    QSet<QString> sites;
    for (const CiSummary &ci : std::as_const(*items)) {
        if (!ci.site.isEmpty())
            sites.insert(ci.site);
    }
    QStringList siteList = sites.values();
    siteList.sort(Qt::CaseInsensitive);

    m_model->setContents(std::move(*items), std::move(personNames), std::move(unitNames));
    m_peopleShown = false;
    showPeopleWhenVisible();
    m_detail->setChoices(m_people, m_units, siteList);
    applyVisibleColumns(m_settings->visibleColumns().value_or(kDefaultColumns));
    m_view->resizeColumnsToContents();
    if (m_filter->hasAllowedIds() || m_expressionSql)
        expressionEdited(); // matched again in this database
    if (m_filter->rowCount() > 0)
        selectItem(m_filter->index(0, 0).data(CiTableModel::CiIdRole).toLongLong());
    else
        m_detail->showItem(0);
    updateActions();
}

void CmdbPane::showPeopleWhenVisible()
{
    // Filled when first looked at: opening the pane is about the configuration items.
    if (m_peopleShown || m_tabs->currentWidget() != m_peopleView || !m_db)
        return;
    m_peopleShown = true;
    m_peopleView->setContents(m_units, m_people);
}

// ---- Filtering ------------------------------------------------------------------------------------

void CmdbPane::setFilterText(const QString &text)
{
    if (m_search->text() != text) {
        m_search->setText(text); // comes back here through textChanged
        return;
    }
    m_filter->setFilterText(text);
}

QString CmdbPane::filterText() const
{
    return m_search->text();
}

Status CmdbPane::setFilterExpression(const QString &text)
{
    if (m_expression->text() != text)
        m_expression->setText(text);
    const auto showError = [this](const Error &error) {
        m_expressionError->setText(error.message);
        m_expressionError->setVisible(true);
        return fail(error);
    };
    m_expressionSql.reset();
    if (text.trimmed().isEmpty() || !m_db) {
        m_expressionError->setVisible(false);
        m_expressionError->clear();
        m_filter->setAllowedIds(std::nullopt);
        return {};
    }
    auto parsed = GroupExpression::parse(text);
    if (!parsed) {
        // The message names the column; put the cursor there.
        static const QRegularExpression number(u"\\d+"_s);
        if (const auto match = number.match(parsed.error().message); match.hasMatch())
            m_expression->setCursorPosition(std::max(0, match.captured().toInt() - 1));
        return showError(parsed.error());
    }
    // The database decides, exactly as for dynamic groups.
    GroupExpression::SqlFilter sql = parsed->toSql(m_db->dialect(), m_clock);
    auto ids = CiSummaries::idsWhere(*m_db, sql.where, sql.params);
    if (!ids)
        return showError(ids.error());
    m_expressionError->setVisible(false);
    m_expressionError->clear();
    m_expressionSql = std::move(sql);
    m_filter->setAllowedIds(std::move(*ids));
    return {};
}

void CmdbPane::followExpression(qint64 id)
{
    // An edited CI may now match the expression, or no longer.
    if (!m_expressionSql || !m_db || m_model->rowOf(id) < 0)
        return;
    auto match = CiSummaries::idsWhere(*m_db, u"(%1) AND ci.id = ?"_s.arg(m_expressionSql->where),
                                       m_expressionSql->params + QVariantList {id});
    if (!match) {
        Messages::error(this, tr("CMDB"), match.error().message);
        return;
    }
    m_filter->setAllowed(id, match->contains(id));
}

void CmdbPane::expressionEdited()
{
    (void)setFilterExpression(m_expression->text()); // an error is shown under the field
}

int CmdbPane::shownCount() const
{
    return m_filter->rowCount();
}

int CmdbPane::totalCount() const
{
    return m_model->rowCount();
}

QString CmdbPane::countText() const
{
    return m_count->text();
}

void CmdbPane::updateCount()
{
    m_count->setText(tr("%1 of %n configuration item(s)", nullptr, totalCount()).arg(shownCount()));
}

// ---- Selection ------------------------------------------------------------------------------------

void CmdbPane::selectItem(qint64 id)
{
    const int sourceRow = m_model->rowOf(id);
    const QModelIndex index
        = sourceRow < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (index.isValid()) {
        m_view->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    } else if (m_detail->maybeSave()) {
        // Filtered out or unknown: the editor shows it all the same when it exists.
        m_view->selectionModel()->clearSelection();
        m_selectedId = sourceRow < 0 ? 0 : id;
        m_detail->showItem(m_selectedId);
    }
}

qint64 CmdbPane::currentItemId() const
{
    return m_detail->itemId();
}

void CmdbPane::currentRowChanged(const QModelIndex &current, const QModelIndex &)
{
    if (m_reselecting || !current.isValid())
        return; // a filter change; the CI stays in the editor
    const qint64 id = current.data(CiTableModel::CiIdRole).toLongLong();
    if (id == m_detail->itemId())
        return;
    if (!m_detail->maybeSave()) {
        // Stay with the CI that has unsaved changes.
        m_reselecting = true;
        const int sourceRow = m_model->rowOf(m_detail->itemId());
        const QModelIndex back
            = sourceRow < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(sourceRow, 0));
        if (back.isValid())
            m_view->selectionModel()->setCurrentIndex(
                back, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        else
            m_view->selectionModel()->clear();
        m_reselecting = false;
        return;
    }
    m_selectedId = id;
    m_detail->showItem(id);
    updateActions();
}

void CmdbPane::reselectAfterFilter()
{
    // A new filter resets the view; keep the selected CI selected when it is still shown.
    const int sourceRow = m_selectedId ? m_model->rowOf(m_selectedId) : -1;
    const QModelIndex index
        = sourceRow < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (index.isValid()) {
        m_view->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_reselecting = false;
    updateCount();
}

// ---- Adding, deleting, undo -----------------------------------------------------------------------

void CmdbPane::askNewItem()
{
    if (!m_db || m_db->isReadOnly() || !m_detail->maybeSave())
        return;
    NewItemDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto added = addItem(dialog.name(), dialog.ciClass()); !added)
        Messages::error(this, tr("New Configuration Item"), added.error().message);
}

Result<qint64> CmdbPane::addItem(const QString &name, CiClass ciClass)
{
    if (!m_db)
        return fail(ErrorKind::Unavailable, tr("No database is open."));
    ConfigurationItem ci;
    ci.name = name.trimmed();
    ci.ciClass = ciClass;
    auto added = m_store->add(ci);
    if (!added)
        return fail(added.error());
    m_undoStack->push(
        new CiExistenceCommand(m_store, CiExistenceCommand::Kind::Added, CiSnapshot {*added, {}, {}, {}, {}}));
    // A filter may hide the new CI; show everything rather than make it vanish.
    if (m_model->rowOf(added->id) >= 0
        && !m_filter->mapFromSource(m_model->index(m_model->rowOf(added->id), 0)).isValid()) {
        m_search->clear();
        (void)setFilterExpression(QString());
    }
    selectItem(added->id);
    return added->id;
}

bool CmdbPane::deleteCurrentItem()
{
    const qint64 id = m_detail->itemId();
    if (!m_db || id == 0)
        return false;
    auto snapshot = m_store->snapshot(id);
    if (!snapshot) {
        Messages::error(this, tr("Delete Configuration Item"), snapshot.error().message);
        (void)m_store->reload(id);
        return false;
    }
    const QString question = tr("Delete '%1'?\n\nWhat is recorded about it goes with it: relations: %2, "
                                "installed software: %3, applied patches: %4, rights profiles: %5. Undo brings "
                                "everything back.")
                                 .arg(snapshot->ci.name)
                                 .arg(snapshot->relations.size())
                                 .arg(snapshot->software.size())
                                 .arg(snapshot->patches.size())
                                 .arg(snapshot->rights.size());
    if (Messages::question(this, tr("Delete Configuration Item"), question,
                           QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return false;
    // The form's unsaved changes go with the CI; the snapshot holds what is stored.
    const int row = m_view->currentIndex().row();
    if (auto removed = m_store->remove(snapshot->ci); !removed) {
        Messages::error(this, tr("Delete Configuration Item"), removed.error().message);
        (void)m_store->reload(id);
        return false;
    }
    m_undoStack->push(
        new CiExistenceCommand(m_store, CiExistenceCommand::Kind::Deleted, std::move(*snapshot)));
    m_detail->showItem(0); // unsaved changes of the deleted CI went with it
    // The next row takes the place of the deleted one.
    const int next = std::min(row, m_filter->rowCount() - 1);
    if (next >= 0)
        selectItem(m_filter->index(next, 0).data(CiTableModel::CiIdRole).toLongLong());
    else
        m_detail->showItem(0);
    return true;
}

void CmdbPane::undo()
{
    if (!m_undoStack->canUndo() || !m_detail->maybeSave())
        return;
    m_undoStack->undo();
}

void CmdbPane::redo()
{
    if (!m_undoStack->canRedo() || !m_detail->maybeSave())
        return;
    m_undoStack->redo();
}

void CmdbPane::updateActions()
{
    const bool writable = m_db && !m_db->isReadOnly();
    m_newAction->setEnabled(writable);
    m_deleteAction->setEnabled(writable);
    m_saveAction->setEnabled(writable);
    m_importAction->setEnabled(writable);
    m_exportAction->setEnabled(m_db != nullptr);
    m_undoAction->setEnabled(writable && m_undoStack->canUndo());
    m_redoAction->setEnabled(writable && m_undoStack->canRedo());
    m_undoAction->setToolTip(m_undoStack->canUndo() ? tr("Undo: %1").arg(m_undoStack->undoText())
                                                    : tr("Undo"));
    m_redoAction->setToolTip(m_undoStack->canRedo() ? tr("Redo: %1").arg(m_undoStack->redoText())
                                                    : tr("Redo"));
    m_detail->setReadOnly(!writable);
}

// ---- Columns --------------------------------------------------------------------------------------

void CmdbPane::applyVisibleColumns(const QStringList &keys)
{
    QHeaderView *header = m_view->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column)
        header->setSectionHidden(
            column, column != CiTableModel::NameColumn && !keys.contains(m_model->columnKey(column)));
    columnsChanged();
}

void CmdbPane::columnsChanged()
{
    QList<int> visible;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (!m_view->horizontalHeader()->isSectionHidden(column))
            visible << column;
    }
    m_filter->setSearchColumns(visible);
}

void CmdbPane::setColumnVisible(int column, bool visible)
{
    if (column <= CiTableModel::NameColumn || column >= m_model->columnCount())
        return; // the name always shows
    m_view->horizontalHeader()->setSectionHidden(column, !visible);
    columnsChanged();
    if (auto saved = m_settings->setVisibleColumns(visibleColumnKeys()); !saved)
        Messages::error(this, tr("Columns"), saved.error().message);
}

bool CmdbPane::isColumnVisible(int column) const
{
    return column >= 0 && column < m_model->columnCount()
        && !m_view->horizontalHeader()->isSectionHidden(column);
}

QStringList CmdbPane::visibleColumnKeys() const
{
    QStringList keys;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (isColumnVisible(column))
            keys << m_model->columnKey(column);
    }
    return keys;
}

void CmdbPane::fillColumnMenu(QMenu *menu)
{
    menu->clear();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QString text = m_model->headerData(column, Qt::Horizontal).toString();
        const QString toolTip = m_model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
        if (!toolTip.isEmpty() && text.size() <= 2)
            text = toolTip; // "C" says little in a menu
        QAction *action = menu->addAction(text);
        action->setObjectName(u"column-"_s + m_model->columnKey(column));
        action->setCheckable(true);
        action->setChecked(isColumnVisible(column));
        action->setEnabled(column != CiTableModel::NameColumn);
        connect(action, &QAction::toggled, this, [this, column](bool on) { setColumnVisible(column, on); });
    }
}

void CmdbPane::showColumnMenu(const QPoint &position)
{
    QMenu menu(this);
    fillColumnMenu(&menu);
    menu.exec(m_view->horizontalHeader()->mapToGlobal(position));
}

// ---- Saved filters --------------------------------------------------------------------------------

Status CmdbPane::saveCurrentFilter(const QString &name)
{
    return m_settings->saveFilter(
        {name, m_search->text(), m_expression->text().trimmed(), visibleColumnKeys()});
}

bool CmdbPane::applySavedFilter(const QString &name)
{
    const std::optional<SavedFilter> filter = m_settings->savedFilter(name);
    if (!filter)
        return false;
    if (!filter->columns.isEmpty()) {
        applyVisibleColumns(filter->columns);
        if (auto saved = m_settings->setVisibleColumns(visibleColumnKeys()); !saved)
            Messages::error(this, tr("Columns"), saved.error().message);
    }
    const bool expressionOk = bool(setFilterExpression(filter->expression));
    setFilterText(filter->text);
    return expressionOk;
}

Status CmdbPane::deleteSavedFilter(const QString &name)
{
    return m_settings->removeFilter(name);
}

void CmdbPane::fillSavedFilterMenu(QMenu *menu)
{
    menu->clear();
    const QList<SavedFilter> filters = m_settings->savedFilters();
    for (const SavedFilter &filter : filters) {
        QAction *apply = menu->addAction(filter.name);
        QStringList parts;
        if (!filter.text.isEmpty())
            parts << tr("text: %1").arg(filter.text);
        if (!filter.expression.isEmpty())
            parts << tr("expression: %1").arg(filter.expression);
        apply->setToolTip(parts.join(u"\n"_s));
        connect(apply, &QAction::triggered, this, [this, name = filter.name] { applySavedFilter(name); });
    }
    if (filters.isEmpty())
        menu->addAction(tr("No saved filters yet"))->setEnabled(false);
    menu->addSeparator();
    QAction *save = menu->addAction(tr("Save Current Filter…"));
    save->setObjectName(u"saveFilterAction"_s);
    connect(save, &QAction::triggered, this, [this] {
        const QString name = Messages::text(this, tr("Save Filter"), tr("Name of the filter:"));
        if (name.isNull())
            return;
        if (auto saved = saveCurrentFilter(name); !saved)
            Messages::error(this, tr("Save Filter"), saved.error().message);
    });
    QMenu *remove = menu->addMenu(tr("Delete Saved Filter"));
    remove->setEnabled(!filters.isEmpty());
    for (const SavedFilter &filter : filters) {
        connect(remove->addAction(filter.name), &QAction::triggered, this, [this, name = filter.name] {
            if (auto removed = deleteSavedFilter(name); !removed)
                Messages::error(this, tr("Delete Saved Filter"), removed.error().message);
        });
    }
}

} // namespace ChangeDesk::Ui
