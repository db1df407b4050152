#include "changespane.h"

#include "calendar/calendarrepository.h"
#include "change/workflowstore.h"
#include "changes/affecteddialog.h"
#include "changes/attachmentviewer.h"
#include "changes/changedialogs.h"
#include "changes/changefiltermodel.h"
#include "changes/changeform.h"
#include "changes/changelabels.h"
#include "changes/changeprint.h"
#include "changes/changetablemodel.h"
#include "changes/kpidialog.h"
#include "cmdb/cirepository.h"
#include "cmdb/cisummary.h"
#include "cmdb/grouprepository.h"
#include "common/emptystate.h"
#include "common/messages.h"
#include "people/peoplerepository.h"
#include "storage/database.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeDatabase>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Ui {

namespace {

QHash<qint64, QString> namesOf(const QList<CiGroup> &groups)
{
    QHash<qint64, QString> names;
    for (const CiGroup &group : groups)
        names.insert(group.id, group.name);
    return names;
}

void clearLayout(QLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *widget = item->widget())
            widget->deleteLater();
        delete item;
    }
}

QComboBox *filterCombo(const QString &name, const QString &all, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->addItem(all, QString());
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

} // namespace

ChangesPane::ChangesPane(const Clock &clock, QWidget *parent)
    : Pane(parent)
    , m_clock(clock)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_toolBar(new QToolBar(this))
    , m_search(new QLineEdit(this))
    , m_stateFilter(filterCombo(u"stateFilter"_s, tr("All states"), this))
    , m_priorityFilter(filterCombo(u"priorityFilter"_s, tr("All priorities"), this))
    , m_categoryFilter(filterCombo(u"categoryFilter"_s, tr("All categories"), this))
    , m_typeFilter(filterCombo(u"typeFilter"_s, tr("All types"), this))
    , m_toDos(new QToolButton(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_model(new ChangeTableModel(this))
    , m_filter(new ChangeFilterModel(this))
    , m_header(new QLabel(this))
    , m_message(new QLabel(this))
    , m_actionsBox(new QWidget(this))
    , m_actions(new QHBoxLayout(m_actionsBox))
    , m_objectionsBox(new QWidget(this))
    , m_form(new ChangeForm(this))
{
    setObjectName(u"changesPane"_s);
    m_toolBar->setObjectName(u"changesToolBar"_s);
    m_search->setObjectName(u"changeSearch"_s);
    m_toDos->setObjectName(u"myToDos"_s);
    m_view->setObjectName(u"changes"_s);
    m_count->setObjectName(u"changeCount"_s);
    m_header->setObjectName(u"changeHeader"_s);
    m_message->setObjectName(u"changeMessage"_s);
    m_actionsBox->setObjectName(u"changeActions"_s);
    m_objectionsBox->setObjectName(u"changeObjections"_s);

    fillStates(WorkflowDefinition::builtIn());
    for (const QString &id : ChangeFields::conditionValues().value(u"priority"_s))
        m_priorityFilter->addItem(ChangeLabels::priority(id), id);
    for (const QString &id : ChangeFields::conditionValues().value(u"category"_s))
        m_categoryFilter->addItem(ChangeLabels::category(id), id);
    for (const QString &id : ChangeFields::conditionValues().value(u"type"_s))
        m_typeFilter->addItem(ChangeLabels::type(id), id);
    m_search->setPlaceholderText(tr("Type to filter by number, title or applicant"));
    m_search->setClearButtonEnabled(true);
    m_toDos->setText(tr("My to-dos"));
    m_toDos->setToolTip(tr("Only the requests on which you can act now; overdue ones first"));
    m_toDos->setCheckable(true);
    m_toDos->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ChangeTableModel::IdColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setResizeContentsPrecision(200);
    m_view->horizontalHeader()->setMaximumSectionSize(fontMetrics().averageCharWidth() * 48);
    m_view->horizontalHeader()->setStretchLastSection(true);

    QFont headerFont = m_header->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.2);
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    m_header->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_message->setMargin(6);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_actions->setContentsMargins(0, 0, 0, 0);
    new QVBoxLayout(m_objectionsBox);
    m_objectionsBox->layout()->setContentsMargins(0, 0, 0, 0);

    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    createActions();

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_search, 3);
    filterRow->addWidget(m_stateFilter);
    filterRow->addWidget(m_priorityFilter);
    filterRow->addWidget(m_categoryFilter);
    filterRow->addWidget(m_typeFilter);
    filterRow->addWidget(m_toDos);

    auto *listPage = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(filterRow);
    listLayout->addWidget(m_view, 1);
    listLayout->addWidget(m_count);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_header);
    detailLayout->addWidget(m_message);
    detailLayout->addWidget(m_objectionsBox);
    detailLayout->addWidget(m_actionsBox);
    detailLayout->addWidget(m_form, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"changesSplitter"_s);
    splitter->addWidget(listPage);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({300, 500});
    splitter->setChildrenCollapsible(false);

    auto *work = new QWidget(this);
    auto *workLayout = new QVBoxLayout(work);
    workLayout->addWidget(m_toolBar);
    workLayout->addWidget(splitter, 1);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(work);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_search, &QLineEdit::textChanged, this, &ChangesPane::filtersChanged);
    for (QComboBox *combo : {m_stateFilter, m_priorityFilter, m_categoryFilter, m_typeFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &ChangesPane::filtersChanged);
    connect(m_toDos, &QToolButton::toggled, this, &ChangesPane::filtersChanged);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ChangesPane::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ChangesPane::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ChangesPane::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ChangesPane::updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { currentRowChanged(current); });
    connect(m_form, &ChangeForm::userEdited, this, &ChangesPane::updateButtons);
    connect(m_form, &ChangeForm::userEdited, this, &ChangesPane::checkPlan);
    connect(m_form, &ChangeForm::attachRequested, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Attach a file"));
        if (!path.isEmpty())
            attachFile(path);
    });
    connect(m_form, &ChangeForm::removeAttachmentRequested, this, &ChangesPane::removeAttachment);
    connect(m_form, &ChangeForm::openAttachmentRequested, this, &ChangesPane::openAttachment);
    connect(m_form, &ChangeForm::compareAttachmentsRequested, this, &ChangesPane::compareAttachments);
    connect(m_form, &ChangeForm::chooseAffectedRequested, this, &ChangesPane::chooseAffected);

    setDatabase(nullptr);
}

ChangesPane::~ChangesPane()
{
    for (QObject *sender :
         std::initializer_list<QObject *> {m_filter, m_view->selectionModel(), m_form, m_search, m_toDos})
        sender->disconnect(this);
}

QString ChangesPane::title() const
{
    return tr("Requests for change");
}

QIcon ChangesPane::icon() const
{
    return QIcon(u":/ui/icons/changes.svg"_s);
}

void ChangesPane::createActions()
{
    m_newAction = new QAction(tr("New request"), this);
    m_newAction->setObjectName(u"newChangeAction"_s);
    m_newAction->setToolTip(tr("Start a request for change as a draft, with you as the applicant"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_newAction, &QAction::triggered, this, [this] {
        if (auto created = newRequest(); !created)
            showMessage(created.error().message, true);
    });

    m_saveAction = new QAction(tr("Save"), this);
    m_saveAction->setObjectName(u"saveChangeAction"_s);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_saveAction, &QAction::triggered, this, &ChangesPane::save);

    m_revertAction = new QAction(tr("Revert"), this);
    m_revertAction->setObjectName(u"revertChangeAction"_s);
    m_revertAction->setToolTip(tr("Discard the changes in the form"));
    connect(m_revertAction, &QAction::triggered, this, &ChangesPane::revert);

    m_objectAction = new QAction(tr("Object…"), this);
    m_objectAction->setObjectName(u"objectAction"_s);
    m_objectAction->setToolTip(
        tr("Object to the priority or category of this request (security management)"));
    connect(m_objectAction, &QAction::triggered, this, &ChangesPane::object);

    m_kpiAction = new QAction(tr("Key figures…"), this);
    m_kpiAction->setObjectName(u"keyFiguresAction"_s);
    m_kpiAction->setToolTip(tr("Success rate, emergency share, rollback rate, lead times and overdue "
                               "evaluations per month"));
    connect(m_kpiAction, &QAction::triggered, this, &ChangesPane::showKeyFigures);

    m_printAction = new QAction(tr("Print…"), this);
    m_printAction->setObjectName(u"printChangeAction"_s);
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_printAction, &QAction::triggered, this, &ChangesPane::print);
    m_pdfAction = new QAction(tr("Export PDF…"), this);
    m_pdfAction->setObjectName(u"pdfChangeAction"_s);
    m_pdfAction->setToolTip(
        tr("Save the request with its waves, tests, attachments and history as a PDF file"));
    connect(m_pdfAction, &QAction::triggered, this, [this] {
        if (!m_shownId)
            return;
        const QString path
            = QFileDialog::getSaveFileName(this, tr("Export the request as PDF"),
                                           tr("request-%1.pdf").arg(m_shownId), tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        if (auto written = exportPdf(path); !written)
            showMessage(written.error().message, true);
        else
            showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), false);
    });

    m_reloadAction = new QAction(tr("Reload"), this);
    m_reloadAction->setObjectName(u"reloadChangesAction"_s);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_reloadAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_reloadAction, &QAction::triggered, this, [this] {
        if (maybeSave())
            setDatabase(m_db);
    });

    addAction(m_newAction);
    addAction(m_saveAction);
    addAction(m_reloadAction);
    addAction(m_printAction);
    m_toolBar->addAction(m_newAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_saveAction);
    m_toolBar->addAction(m_revertAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_objectAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_printAction);
    m_toolBar->addAction(m_pdfAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_kpiAction);
    m_toolBar->addAction(m_reloadAction);
}

// ---- Loading ----------------------------------------------------------------------------------

void ChangesPane::showEmpty(const QString &title, const QString &explanation)
{
    m_empty->setText(title, explanation);
    m_stack->setCurrentWidget(m_empty);
}

void ChangesPane::fillStates(const WorkflowDefinition &definition)
{
    const QString chosen = m_stateFilter->currentData().toString();
    const QSignalBlocker quiet(m_stateFilter);
    while (m_stateFilter->count() > 1)
        m_stateFilter->removeItem(1);
    for (const WorkflowState &state : definition.states())
        m_stateFilter->addItem(ChangeLabels::state(state.id), state.id);
    m_stateFilter->setCurrentIndex(std::max(0, m_stateFilter->findData(chosen)));
}

void ChangesPane::setDatabase(std::shared_ptr<Database> db)
{
    m_db = std::move(db);
    m_shownId = 0;
    m_detector.reset();
    m_calendar.reset();
    m_actor.reset();
    m_agenda.reset();
    m_service.reset();
    m_workflow.reset();
    m_form->setRecord({}, {}, {}, {});
    m_model->setContents({}, {});
    clearMessage();
    if (!m_db) {
        showEmpty(tr("No database open"), tr("Open a database to see its requests for change."));
        return;
    }
    // The rules in force on this database: the shipped workflow or the one its administrator
    // installed. One that does not validate is not replaced by another silently.
    auto workflow = WorkflowStore(*m_db, m_clock).active();
    if (!workflow) {
        QString problem = workflow.error().message;
        if (!problem.endsWith(u'.'))
            problem += u'.';
        showEmpty(tr("The workflow definition cannot be used"),
                  tr("%1\nAn administrator installs a corrected definition (changedeskctl workflow install).")
                      .arg(problem));
        return;
    }
    m_workflow = std::make_unique<WorkflowDefinition>(*workflow);
    fillStates(*m_workflow);
    m_service = std::make_unique<ChangeService>(*m_db, *m_workflow, m_clock);
    m_agenda = std::make_unique<ChangeAgenda>(*m_db, *m_workflow, m_clock);
    auto actor = m_service->actor(m_actorLogin);
    if (!actor) {
        showEmpty(tr("You are not known here"),
                  tr("Requests for change are made and decided by the people recorded in this database. %1 "
                     "An administrator adds you with your login and your roles.")
                      .arg(actor.error().message));
        return;
    }
    m_actor = *actor;
    const PeopleRepository people(*m_db, m_clock);
    auto persons = people.persons();
    auto units = people.orgUnits();
    if (!persons || !units) {
        showEmpty(tr("The requests could not be read"),
                  !persons ? persons.error().message : units.error().message);
        return;
    }
    m_people = *persons;
    m_personNames.clear();
    m_namesByLogin.clear();
    for (const Person &person : std::as_const(m_people)) {
        m_personNames.insert(person.id, person.displayName);
        m_namesByLogin.insert(person.login, person.displayName);
    }
    m_form->setChoices(m_people, *units);
    if (auto groups = GroupRepository(*m_db, m_clock).list())
        m_form->setGroupNames(namesOf(*groups));
    m_stack->setCurrentIndex(1);
    reloadList();
    if (m_filter->rowCount() > 0)
        selectChange(m_filter->index(0, 0).data(ChangeTableModel::ChangeIdRole).toLongLong());
    else
        showChange(0);
    updateButtons();
}

void ChangesPane::chooseAffected()
{
    if (!m_db)
        return;
    // The whole CMDB to choose from: summaries are quick even for 100,000 CIs.
    auto cis = CiSummaries::all(*m_db);
    if (!cis) {
        showMessage(cis.error().message, true);
        return;
    }
    auto groups = GroupRepository(*m_db, m_clock).list();
    if (!groups) {
        showMessage(groups.error().message, true);
        return;
    }
    AffectedDialog dialog(*cis, *groups, m_form->affectedCis(), m_form->affectedGroups(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<qint64> chosen = dialog.chosenCis();
    const QSet<qint64> wanted(chosen.cbegin(), chosen.cend());
    QHash<qint64, QString> ciNames;
    for (const CiSummary &ci : std::as_const(*cis)) {
        if (wanted.contains(ci.id))
            ciNames.insert(ci.id, ci.name);
    }
    m_form->setAffected(chosen, dialog.chosenGroups(), ciNames, namesOf(*groups));
}

Status ChangesPane::setActor(const QString &login)
{
    m_actorLogin = login;
    setDatabase(m_db);
    if (m_db && !m_actor)
        return fail(ErrorKind::NotFound, tr("There is no person with the login '%1'.").arg(login));
    return {};
}

void ChangesPane::reloadList()
{
    auto changes = m_service->list();
    if (!changes) {
        showMessage(changes.error().message, true);
        return;
    }
    QList<ChangeToDo> todos;
    if (m_actor) {
        auto mine = m_agenda->todos(*m_actor);
        if (mine)
            todos = *mine;
        else
            showMessage(mine.error().message, true);
    }
    m_model->setContents(std::move(*changes), todos);
    m_view->resizeColumnsToContents();
    updateCount();
}

void ChangesPane::reloadToDos()
{
    if (!m_actor)
        return;
    auto mine = m_agenda->todos(*m_actor);
    if (!mine) {
        showMessage(mine.error().message, true);
        return;
    }
    m_model->setToDos(*mine);
    if (m_filter->toDosOnly())
        filtersChanged();
}

// ---- Filtering --------------------------------------------------------------------------------

void ChangesPane::filtersChanged()
{
    m_reselecting = true;
    m_filter->setText(m_search->text());
    m_filter->setState(m_stateFilter->currentData().toString());
    m_filter->setPriority(m_priorityFilter->currentData().toString());
    m_filter->setCategory(m_categoryFilter->currentData().toString());
    m_filter->setType(m_typeFilter->currentData().toString());
    m_filter->setToDosOnly(m_toDos->isChecked());
    // The request in the form stays there; it stays selected when it is still listed.
    const int row = m_model->rowOf(m_shownId);
    const QModelIndex index = row < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(row, 0));
    if (index.isValid())
        m_view->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    else
        m_view->selectionModel()->clearSelection();
    m_reselecting = false;
    updateCount();
}

int ChangesPane::shownCount() const
{
    return m_filter->rowCount();
}

void ChangesPane::updateCount()
{
    m_count->setText(tr("%1 of %n request(s)", nullptr, m_model->rowCount()).arg(m_filter->rowCount()));
}

// ---- The selected request ---------------------------------------------------------------------

void ChangesPane::selectChange(qint64 id)
{
    const int row = m_model->rowOf(id);
    const QModelIndex index = row < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(row, 0));
    if (index.isValid()) {
        m_view->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    } else if (maybeSave()) {
        m_view->selectionModel()->clearSelection();
        showChange(id);
    }
}

qint64 ChangesPane::currentChangeId() const
{
    return m_shownId;
}

void ChangesPane::currentRowChanged(const QModelIndex &current)
{
    if (m_reselecting || !current.isValid())
        return;
    const qint64 id = current.data(ChangeTableModel::ChangeIdRole).toLongLong();
    if (id == m_shownId)
        return;
    if (!maybeSave()) {
        // Stay with the request that has unsaved changes.
        m_reselecting = true;
        const int row = m_model->rowOf(m_shownId);
        const QModelIndex back = row < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(row, 0));
        if (back.isValid())
            m_view->selectionModel()->setCurrentIndex(
                back, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_reselecting = false;
        return;
    }
    clearMessage();
    showChange(id);
}

void ChangesPane::showChange(qint64 id)
{
    m_shownId = 0;
    if (!id || !m_service) {
        m_form->setRecord({}, {}, {}, {});
        m_header->setText(tr("No request selected"));
        fillActions({});
        fillObjections(0);
        updateButtons();
        return;
    }
    auto request = m_service->get(id);
    if (!request) {
        showMessage(request.error().message, true);
        showChange(0);
        return;
    }
    m_shownId = id;
    refreshForm(*request);
}

void ChangesPane::refreshForm(const ChangeRequest &request)
{
    QHash<qint64, QString> ciNames;
    if (!request.ciIds.isEmpty()) {
        auto names = CiRepository(*m_db, m_actor ? m_actor->login : QString(), m_clock).names(request.ciIds);
        if (names)
            ciNames = *names;
    }
    const QSet<QString> editable = m_actor ? m_service->editableFields(request, *m_actor) : QSet<QString>();
    m_form->setRecord(request, m_db->isReadOnly() ? QSet<QString>() : editable, neededFields(request),
                      ciNames);
    std::optional<ClassificationSuggestion> suggestion;
    if (!request.ciIds.isEmpty()) {
        if (auto suggested = m_service->suggestion(request))
            suggestion = *suggested;
    }
    m_form->setSuggestion(suggestion);
    m_form->setHistoryRows(historyRows(request.id));
    m_header->setText(
        tr("#%1 %2 — %3").arg(request.id).arg(request.title, ChangeLabels::state(request.state)));
    fillActions(request);
    fillObjections(request.id);
    updateButtons();
    checkPlan();
}

void ChangesPane::checkPlan()
{
    if (!m_db || !m_workflow || !m_form->stored().id) {
        m_form->setConflicts({}, {});
        return;
    }
    const auto edited = m_form->edited();
    if (!edited)
        return; // the form shows what does not fit when saving
    if (!m_calendar) {
        auto loaded = CalendarRepository(*m_db).load({}, {}, *m_workflow);
        if (!loaded) {
            m_form->setConflicts({}, QStringList {loaded.error().message});
            return;
        }
        m_calendar = std::make_unique<CalendarData>(std::move(*loaded));
        m_detector = std::make_unique<ConflictDetector>(*m_calendar);
    }
    // The plan as the form holds it, as the calendar would hold it.
    const QList<ScheduledItem> items = CalendarRepository::itemsOf(*edited, m_calendar->groupMembers);
    QStringList blocking;
    QStringList warnings;
    for (const ScheduledItem &candidate : std::as_const(items)) {
        for (const Conflict &c : m_detector->check(candidate)) {
            QString text = m_detector->reason(c);
            if (candidate.wave >= 0)
                text = tr("Wave %1: %2").arg(candidate.wave + 1).arg(text);
            (c.severity == Conflict::Severity::Blocking ? blocking : warnings) << text;
        }
    }
    m_form->setConflicts(blocking, warnings);
}

QHash<QString, QStringList> ChangesPane::neededFields(const ChangeRequest &request) const
{
    QHash<QString, QStringList> needed;
    auto facts = m_service->facts(request);
    if (!facts)
        return needed;
    for (const WorkflowTransition *t : m_service->definition().possible(*facts)) {
        for (const QString &field : WorkflowDefinition::missingFields(*t, *facts))
            needed[field] << ChangeLabels::action(t->action);
    }
    return needed;
}

QList<QList<QString>> ChangesPane::historyRows(qint64 changeId) const
{
    QList<QList<QString>> rows;
    auto events = m_service->history(changeId);
    if (!events)
        return rows;
    for (const AuditEvent &event : std::as_const(*events)) {
        QString what;
        QString reason;
        const QString action = event.action.section(u'.', 1);
        if (event.action == u"change.create") {
            what = tr("Created");
        } else if (event.action == u"change.update") {
            QStringList fields;
            const QJsonObject before = event.before.value_or(QJsonObject());
            const QJsonObject after = event.after.value_or(QJsonObject());
            for (const QString &key : ChangeFields::keys()) {
                if (before.value(key) != after.value(key))
                    fields << ChangeFields::label(key);
            }
            what = fields.isEmpty() ? tr("Edited") : tr("Edited: %1").arg(fields.join(u", "_s));
        } else if (event.action.startsWith(u"change.objection.")) {
            const QString step = event.action.section(u'.', 2);
            what = step == u"raise" ? tr("Objection raised")
                                    : tr("Objection: %1").arg(ChangeLabels::action(step));
            const QJsonObject after = event.after.value_or(QJsonObject());
            reason = after.value(u"resolution"_s).toString();
            if (reason.isEmpty())
                reason = after.value(u"reason"_s).toString();
        } else if (event.action == u"change.attach" || event.action == u"change.detach") {
            const bool added = event.action == u"change.attach";
            const QString name
                = (added ? event.after : event.before).value_or(QJsonObject()).value(u"name"_s).toString();
            what = added ? tr("Attached %1").arg(name) : tr("Removed the attachment %1").arg(name);
        } else {
            const QJsonObject transition
                = event.after.value_or(QJsonObject()).value(u"transition"_s).toObject();
            what = tr("%1 → %2").arg(ChangeLabels::action(action),
                                     ChangeLabels::state(transition.value(u"to"_s).toString()));
            reason = transition.value(u"reason"_s).toString();
        }
        rows << QList<QString> {QLocale().toString(event.occurredAt.toLocalTime(), QLocale::ShortFormat),
                                m_namesByLogin.value(event.actor, event.actor), what, reason};
    }
    return rows;
}

// ---- Editing ----------------------------------------------------------------------------------

bool ChangesPane::maybeSave()
{
    if (!m_form->isModified())
        return true;
    const auto answer = Messages::question(
        this, tr("Unsaved Changes"),
        tr("Request #%1 has changes that are not saved. Save them?").arg(m_form->stored().id),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Discard)
        return true;
    return save();
}

bool ChangesPane::refreshActor()
{
    // Roles may have changed since the pane was opened; the service judges by what is passed.
    if (!m_service || !m_actor)
        return false;
    auto actor = m_service->actor(m_actorLogin);
    if (!actor) {
        showMessage(actor.error().message, true);
        return false;
    }
    m_actor = *actor;
    return true;
}

bool ChangesPane::save()
{
    if (!m_shownId || !m_service || !m_actor)
        return false;
    auto edited = m_form->edited();
    if (!edited) {
        showMessage(edited.error().message, true);
        return false;
    }
    if (ChangeService::changedFields(m_form->stored(), *edited).isEmpty())
        return true;
    if (!refreshActor())
        return false;
    auto saved = m_service->update(*edited, *m_actor);
    if (!saved) {
        // The form keeps what was typed. On a conflict it is laid over what is stored now, so that
        // saving again writes the user's changes onto the other person's.
        if (saved.error().kind == ErrorKind::Conflict) {
            if (auto stored = m_service->get(m_shownId))
                m_form->setStored(*stored);
            showMessage(
                tr("%1 Your changes are still in the form; save again to apply them to the current version.")
                    .arg(saved.error().message),
                true);
        } else {
            showMessage(saved.error().message, true);
        }
        updateButtons();
        return false;
    }
    showMessage(tr("Request #%1 saved.").arg(saved->id), false);
    updateRow(*saved);
    m_detector.reset(); // the calendar changed with it
    m_calendar.reset();
    refreshForm(*saved);
    reloadToDos();
    return true;
}

void ChangesPane::revert()
{
    if (m_shownId)
        showChange(m_shownId);
    clearMessage();
}

Result<qint64> ChangesPane::newRequest()
{
    if (!m_service || !m_actor)
        return fail(ErrorKind::Unavailable, tr("No database is open, or you are not known in it."));
    if (!maybeSave())
        return fail(ErrorKind::Conflict, tr("The request in the form has unsaved changes."));
    if (!refreshActor())
        return fail(ErrorKind::NotFound, messageText());
    ChangeRequest draft;
    draft.title = tr("New request for change");
    draft.applicantId = m_actor->personId;
    auto created = m_service->create(draft, *m_actor);
    if (!created)
        return fail(created.error());
    // A filter may hide the new draft; show everything rather than make it vanish.
    m_search->clear();
    for (QComboBox *combo : {m_stateFilter, m_priorityFilter, m_categoryFilter, m_typeFilter})
        combo->setCurrentIndex(0);
    m_toDos->setChecked(false);
    updateRow(*created);
    reloadToDos();
    selectChange(created->id);
    m_form->tabs()->setCurrentIndex(ChangeForm::GeneralTab);
    if (QWidget *title = m_form->field(u"title"_s))
        title->setFocus();
    showMessage(tr("Draft #%1 created. Fill in the form, save, then submit it.").arg(created->id), false);
    return created->id;
}

void ChangesPane::updateRow(const ChangeRequest &request)
{
    ChangeSummary summary;
    summary.id = request.id;
    summary.state = request.state;
    summary.title = request.title;
    summary.type = request.type;
    summary.priority = request.priority;
    summary.category = request.category;
    summary.applicantId = request.applicantId;
    summary.applicantName = m_personNames.value(request.applicantId);
    summary.securityRelevant = request.securityRelevant;
    summary.ciCount = int(request.ciIds.size());
    summary.plannedStart = request.plannedStart;
    summary.plannedEnd = request.plannedEnd;
    summary.evaluationDue = request.evaluationDue;
    summary.updatedAt = request.updatedAt;
    if (auto objections = m_service->objections(request.id)) {
        for (const ChangeObjection &o : std::as_const(*objections))
            summary.objectionOpen = summary.objectionOpen || o.isOpen();
    }
    m_model->updateChange(summary);
    updateCount();
}

// ---- Transitions and objections ----------------------------------------------------------------

void ChangesPane::fillActions(const ChangeRequest &request)
{
    clearLayout(m_actions);
    if (!request.id || !m_actor || m_db->isReadOnly()) {
        m_actionsBox->setVisible(false);
        return;
    }
    auto available = m_service->available(request, *m_actor);
    if (!available) {
        showMessage(available.error().message, true);
        m_actionsBox->setVisible(false);
        return;
    }
    for (const WorkflowTransition *t : std::as_const(*available)) {
        auto *button = new QPushButton(ChangeLabels::action(t->action) + (t->reason ? u"…"_s : QString()),
                                       m_actionsBox);
        button->setObjectName(u"action-"_s + t->action);
        button->setProperty("action", t->action);
        button->setToolTip(
            tr("%1: to '%2'").arg(ChangeLabels::action(t->action), ChangeLabels::state(t->to)));
        connect(button, &QPushButton::clicked, this, [this, action = t->action] { takeAction(action); });
        m_actions->addWidget(button);
    }
    if (available->isEmpty()) {
        auto *none = new QLabel(tr("Nothing for you to do on this request now."), m_actionsBox);
        none->setObjectName(u"noActions"_s);
        m_actions->addWidget(none);
    }
    m_actions->addStretch(1);
    m_actionsBox->setVisible(true);
}

QStringList ChangesPane::actionIds() const
{
    QStringList ids;
    for (const QPushButton *button : m_actionsBox->findChildren<QPushButton *>()) {
        if (!button->property("action").toString().isEmpty() && m_actions->indexOf(button) >= 0)
            ids << button->property("action").toString();
    }
    return ids;
}

QPushButton *ChangesPane::actionButton(const QString &action) const
{
    for (QPushButton *button : m_actionsBox->findChildren<QPushButton *>()) {
        if (button->property("action").toString() == action && m_actions->indexOf(button) >= 0)
            return button;
    }
    return nullptr;
}

bool ChangesPane::takeAction(const QString &action)
{
    if (!m_shownId || !m_service || !m_actor)
        return false;
    if (m_form->isModified() && !save())
        return false;
    const ChangeRequest request = m_form->stored();
    const WorkflowTransition *transition = m_service->definition().transition(request.state, action);
    const QString label = ChangeLabels::action(action);
    if (action == u"submit") {
        auto similar = m_service->similarOpen(request);
        if (similar && !similar->isEmpty()) {
            QStringList lines;
            for (const ChangeAnalysis::Similar &s : std::as_const(*similar)) {
                const int row = m_model->rowOf(s.id);
                lines << tr("#%1 %2 (%3 % alike)")
                             .arg(s.id)
                             .arg(row >= 0 ? m_model->changeAt(row).title : QString())
                             .arg(qRound(s.score * 100));
            }
            const auto answer = Messages::question(
                this, tr("Similar Requests"),
                tr("These open requests look like this one:\n\n%1\n\nIf one of them is the same change, do "
                   "not "
                   "submit: name it in the problem reference or contact its applicant. Submit anyway?")
                    .arg(lines.join(u"\n"_s)),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
            if (answer != QMessageBox::Yes)
                return false;
        }
    }
    QString reason;
    if (transition && transition->reason) {
        ReasonDialog dialog(
            label, tr("Why do you take the step '%1' on request #%2?").arg(label).arg(request.id), this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        reason = dialog.reason();
    }
    if (!refreshActor())
        return false;
    auto acted = m_service->act(request.id, action, *m_actor, {}, reason, request.rowVersion);
    if (!acted) {
        showMessage(tr("%1 was refused: %2").arg(label, acted.error().message), true);
        // What the refusal rests on may be newer than the form: show the request as it is.
        if (auto stored = m_service->get(request.id)) {
            updateRow(*stored);
            refreshForm(*stored);
        }
        return false;
    }
    updateRow(*acted);
    refreshForm(*acted);
    reloadToDos();
    showMessage(
        tr("%1: request #%2 is now '%3'.").arg(label).arg(acted->id).arg(ChangeLabels::state(acted->state)),
        false);
    return true;
}

void ChangesPane::object()
{
    if (!m_shownId || !m_service || !m_actor)
        return;
    if (!maybeSave())
        return;
    const ChangeRequest request = m_form->stored();
    ObjectionDialog dialog(request.priority, request.category, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!refreshActor())
        return;
    auto raised = m_service->object(request.id, dialog.field(), dialog.proposed(), dialog.reason(), *m_actor);
    if (!raised) {
        showMessage(tr("The objection was refused: %1").arg(raised.error().message), true);
        return;
    }
    showMessage(tr("Objection recorded; the request waits for the change manager's decision."), false);
    showChange(request.id);
    updateRow(m_form->stored());
    reloadToDos();
}

bool ChangesPane::attachFile(const QString &path)
{
    if (!m_shownId || !m_service || !m_actor)
        return false;
    if (!maybeSave() || !refreshActor())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
                    true);
        return false;
    }
    const QByteArray content = file.readAll();
    const QString name = QFileInfo(path).fileName();
    const QString type = QMimeDatabase().mimeTypeForFileNameAndData(name, content).name();
    auto added = m_service->addAttachment(m_shownId, name, type, content, *m_actor);
    if (!added) {
        showMessage(tr("The file was not attached: %1").arg(added.error().message), true);
        return false;
    }
    showChange(m_shownId);
    updateRow(m_form->stored());
    showMessage(tr("Attached %1 (SHA-256 %2).").arg(added->name, added->sha256), false);
    return true;
}

bool ChangesPane::removeAttachment(qint64 id)
{
    if (!m_shownId || !m_service || !m_actor || !refreshActor())
        return false;
    if (auto removed = m_service->removeAttachment(id, *m_actor); !removed) {
        showMessage(tr("The attachment was not removed: %1").arg(removed.error().message), true);
        return false;
    }
    showChange(m_shownId);
    updateRow(m_form->stored());
    showMessage(tr("The attachment was removed; the history keeps its name and SHA-256."), false);
    return true;
}

std::optional<ChangeAttachment> ChangesPane::shownAttachment(qint64 id)
{
    if (!m_service)
        return std::nullopt;
    const QList<ChangeAttachment> &all = m_form->stored().attachments;
    const auto found = std::ranges::find(all, id, &ChangeAttachment::id);
    if (found == all.cend()) {
        showMessage(tr("There is no attachment %1 on this request.").arg(id), true);
        return std::nullopt;
    }
    auto content = m_service->attachmentContent(id);
    if (!content) {
        showMessage(content.error().message, true);
        return std::nullopt;
    }
    ChangeAttachment attachment = *found;
    attachment.content = *content;
    return attachment;
}

AttachmentViewer *ChangesPane::openAttachment(qint64 id)
{
    const auto attachment = shownAttachment(id);
    if (!attachment)
        return nullptr;
    auto *viewer = new AttachmentViewer(this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->showAttachment(attachment->name, attachment->content, attachment->sha256);
    viewer->show();
    return viewer;
}

AttachmentViewer *ChangesPane::compareAttachments(qint64 left, qint64 right)
{
    const auto a = shownAttachment(left);
    const auto b = a ? shownAttachment(right) : std::nullopt;
    if (!a || !b)
        return nullptr;
    auto *viewer = new AttachmentViewer(this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->showComparison(a->name, a->content, b->name, b->content);
    viewer->show();
    return viewer;
}

ChangePrintContext ChangesPane::printContext() const
{
    ChangePrintContext context;
    for (const Person &person : m_people)
        context.people.insert(person.id, person.displayName);
    const ChangeRequest &request = m_form->stored();
    if (!request.ciIds.isEmpty()) {
        if (auto names = CiRepository(*m_db, QString(), m_clock).names(request.ciIds))
            context.cis = *names;
    }
    if (auto units = PeopleRepository(*m_db).orgUnits()) {
        for (const OrgUnit &unit : std::as_const(*units))
            context.units.insert(unit.id, unit.name);
    }
    context.history = historyRows(request.id);
    context.printedBy = m_actor ? m_actor->displayName : m_db->sessionUser();
    context.printedAt = m_clock.now();
    return context;
}

Status ChangesPane::exportPdf(const QString &path)
{
    if (!m_shownId)
        return fail(ErrorKind::InvalidInput, tr("Select a request to export first."));
    return ChangePrint::writePdf(m_form->stored(), printContext(), path);
}

void ChangesPane::print()
{
    if (!m_shownId)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print request #%1").arg(m_shownId));
    if (dialog.exec() != QDialog::Accepted)
        return;
    ChangePrint::document(m_form->stored(), printContext())->print(&printer);
}

KpiDialog *ChangesPane::showKeyFigures()
{
    if (!m_agenda)
        return nullptr;
    const QDate today = m_clock.now().toUTC().date();
    const QDate thisMonth(today.year(), today.month(), 1);
    auto figures = m_agenda->kpis(thisMonth.addMonths(-11), thisMonth);
    if (!figures) {
        showMessage(figures.error().message, true);
        return nullptr;
    }
    auto *dialog = new KpiDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFigures(*figures);
    dialog->show();
    return dialog;
}

void ChangesPane::fillObjections(qint64 changeId)
{
    clearLayout(m_objectionsBox->layout());
    m_objectionsBox->setVisible(false);
    if (!changeId || !m_service || !m_actor)
        return;
    auto objections = m_service->objections(changeId);
    if (!objections)
        return;
    for (const ChangeObjection &o : std::as_const(*objections)) {
        if (!o.isOpen())
            continue;
        auto *row = new QFrame(m_objectionsBox);
        row->setObjectName(u"objection-%1"_s.arg(o.id));
        row->setFrameShape(QFrame::StyledPanel);
        auto *layout = new QHBoxLayout(row);
        const QString proposed = o.field == u"priority" ? ChangeLabels::priority(o.proposed)
                                                        : ChangeLabels::category(o.proposed);
        auto *text = new QLabel(tr("⚑ Objection (%1) by %2: %3 should be '%4'. %5")
                                    .arg(ChangeLabels::objectionStatus(o.status),
                                         m_personNames.value(o.raisedBy.value_or(0)),
                                         ChangeFields::label(o.field), proposed, o.reason),
                                row);
        text->setWordWrap(true);
        layout->addWidget(text, 1);
        QList<std::pair<ObjectionDecision, QString>> decisions;
        const bool open = o.status == u"open";
        if (open && m_actor->has(u"change_manager"_s))
            decisions << std::pair {ObjectionDecision::Accept, tr("Accept objection")};
        if (open && m_actor->has(u"security_management"_s))
            decisions << std::pair {ObjectionDecision::Withdraw, tr("Withdraw")};
        if (open && (m_actor->has(u"change_manager"_s) || m_actor->has(u"security_management"_s)))
            decisions << std::pair {ObjectionDecision::Escalate, tr("Escalate to management")};
        if (!open && m_actor->has(u"management"_s)) {
            decisions << std::pair {ObjectionDecision::Uphold, tr("Uphold")};
            decisions << std::pair {ObjectionDecision::Dismiss, tr("Dismiss")};
        }
        for (const auto &[decision, label] : std::as_const(decisions)) {
            auto *button = new QPushButton(label + u"…"_s, row);
            button->setObjectName(u"decide-%1-%2"_s.arg(o.id).arg(int(decision)));
            connect(button, &QPushButton::clicked, this,
                    [this, id = o.id, decision, label] { decide(id, decision, label); });
            layout->addWidget(button);
        }
        m_objectionsBox->layout()->addWidget(row);
        m_objectionsBox->setVisible(true);
    }
}

void ChangesPane::decide(qint64 objectionId, ObjectionDecision decision, const QString &label)
{
    ReasonDialog dialog(label, tr("Why do you decide so on the objection?"), this);
    if (dialog.exec() != QDialog::Accepted || !refreshActor())
        return;
    auto decided = m_service->decide(objectionId, decision, dialog.reason(), *m_actor);
    if (!decided) {
        showMessage(tr("The decision was refused: %1").arg(decided.error().message), true);
        return;
    }
    showMessage(tr("Decision recorded: %1.").arg(label), false);
    const qint64 id = m_shownId;
    showChange(id);
    updateRow(m_form->stored());
    reloadToDos();
}

// ---- State of the buttons and the message bar ----------------------------------------------------

void ChangesPane::updateButtons()
{
    const bool writable = m_db && !m_db->isReadOnly() && m_actor;
    const bool modified = m_form->isModified();
    m_newAction->setEnabled(writable && (m_actor->has(u"applicant"_s) || m_actor->has(u"change_manager"_s)));
    m_saveAction->setEnabled(writable && m_shownId && modified);
    m_revertAction->setEnabled(m_shownId && modified);
    m_objectAction->setEnabled(writable && m_shownId && m_actor->has(u"security_management"_s));
    m_objectAction->setVisible(m_actor && m_actor->has(u"security_management"_s));
    m_reloadAction->setEnabled(m_db != nullptr);
    m_printAction->setEnabled(m_shownId != 0);
    m_pdfAction->setEnabled(m_shownId != 0);
    m_kpiAction->setEnabled(m_agenda != nullptr);
}

void ChangesPane::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("error", error);
    m_message->setStyleSheet(
        error ? u"QLabel { background: #fbe3e3; color: #7a1010; border: 1px solid #d9a0a0; }"_s
              : u"QLabel { background: #e3f1e3; color: #1d4d1d; border: 1px solid #a6cfa6; }"_s);
    m_message->setVisible(true);
}

void ChangesPane::clearMessage()
{
    m_message->clear();
    m_message->setProperty("error", false);
    m_message->setVisible(false);
}

QString ChangesPane::messageText() const
{
    return m_message->isVisibleTo(this) || !m_message->text().isEmpty() ? m_message->text() : QString();
}

bool ChangesPane::isMessageError() const
{
    return m_message->property("error").toBool();
}

} // namespace ChangeDesk::Ui
