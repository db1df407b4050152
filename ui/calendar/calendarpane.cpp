#include "calendarpane.h"

#include "calendar/calendarrulesdialog.h"

#include "audit/auditlog.h"
#include "calendar/calendarrepository.h"
#include "calendar/downtimenotice.h"
#include "calendar/rescheduler.h"
#include "change/workflowstore.h"
#include "common/clock.h"
#include "common/emptystate.h"
#include "common/messages.h"
#include "documents/icsexport.h"
#include "documents/noticeprint.h"
#include "storage/database.h"

#include <QActionGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Ui {

// One move of a request's bar: redo saves the new time, undo the old one (both checked again).
class RescheduleCommand : public QUndoCommand
{
public:
    RescheduleCommand(CalendarPane *pane, qint64 changeId, int wave, const TimeSpan &from, const TimeSpan &to,
                      const QString &text)
        : QUndoCommand(text)
        , m_pane(pane)
        , m_changeId(changeId)
        , m_wave(wave)
        , m_from(from)
        , m_to(to)
    { }

    void redo() override { apply(m_to, Rescheduler::Mode::Move); }
    void undo() override { apply(m_from, Rescheduler::Mode::Restore); }
    bool succeeded() const { return m_ok; }

private:
    void apply(const TimeSpan &span, Rescheduler::Mode mode)
    {
        auto moved = m_pane->applyMove(m_changeId, m_wave, span, mode);
        m_ok = moved.has_value();
        if (!m_ok) {
            setObsolete(true); // a refused move leaves nothing to undo
            m_pane->showMessage(moved.error().message, true);
            return;
        }
        const QStringList &warnings = *moved;
        m_pane->showMessage(warnings.isEmpty()
                                ? CalendarPane::tr("Request #%1 now runs from %2 to %3.")
                                      .arg(m_changeId)
                                      .arg(QLocale().toString(span.start.toLocalTime(), QLocale::ShortFormat),
                                           QLocale().toString(span.end.toLocalTime(), QLocale::ShortFormat))
                                : CalendarPane::tr("Request #%1 was moved; mind: %2")
                                      .arg(m_changeId)
                                      .arg(warnings.join(u' ')),
                            false);
    }

    CalendarPane *m_pane;
    qint64 m_changeId;
    int m_wave;
    TimeSpan m_from;
    TimeSpan m_to;
    bool m_ok = false;
};

CalendarPane::CalendarPane(const Clock &clock, QWidget *parent)
    : Pane(parent)
    , m_clock(clock)
    , m_stack(new QStackedWidget(this))
    , m_month(new MonthView(this))
    , m_week(new WeekView(this))
    , m_timeline(new TimelineView(this))
    , m_conflicts(new QTreeWidget(this))
    , m_range(new QLabel(this))
    , m_message(new QLabel(this))
    , m_rowChoice(new QComboBox(this))
    , m_undo(new QUndoStack(this))
    , m_empty(new EmptyState(this))
{
    setObjectName(u"calendarPane"_s);
    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(u"calendarToolBar"_s);
    auto *views = new QActionGroup(this);
    m_monthAction = toolBar->addAction(tr("Month"));
    m_weekAction = toolBar->addAction(tr("Week"));
    m_timelineAction = toolBar->addAction(tr("Timeline"));
    for (QAction *action : {m_monthAction, m_weekAction, m_timelineAction}) {
        action->setCheckable(true);
        views->addAction(action);
    }
    m_monthAction->setChecked(true);
    connect(m_monthAction, &QAction::triggered, this, [this] { setView(View::Month); });
    connect(m_weekAction, &QAction::triggered, this, [this] { setView(View::Week); });
    connect(m_timelineAction, &QAction::triggered, this, [this] { setView(View::Timeline); });
    toolBar->addSeparator();
    QAction *previous = toolBar->addAction(u"◀"_s);
    previous->setToolTip(tr("Previous"));
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    connect(previous, &QAction::triggered, this, [this] { step(-1); });
    QAction *today = toolBar->addAction(tr("Today"));
    connect(today, &QAction::triggered, this, [this] { showDate(m_clock.now().toLocalTime().date()); });
    QAction *next = toolBar->addAction(u"▶"_s);
    next->setToolTip(tr("Next"));
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    connect(next, &QAction::triggered, this, [this] { step(1); });
    toolBar->addWidget(m_range);
    m_range->setObjectName(u"calendarRange"_s);
    m_range->setContentsMargins(8, 0, 8, 0);
    QFont bold = m_range->font();
    bold.setBold(true);
    m_range->setFont(bold);
    m_range->setMinimumWidth(QFontMetrics(bold).horizontalAdvance(u"30.09.2026 – 30.09.2026"_s) + 8);
    toolBar->addSeparator();
    m_rowChoice->setObjectName(u"calendarRows"_s);
    m_rowChoice->addItem(tr("Rows: groups"));
    m_rowChoice->addItem(tr("Rows: services"));
    m_rowChoice->addItem(tr("Rows: configuration items"));
    m_rowChoice->setToolTip(tr("What the timeline's rows are"));
    connect(m_rowChoice, &QComboBox::currentIndexChanged, this, [this](int index) { setRows(Rows(index)); });
    toolBar->addWidget(m_rowChoice);
    // The actions on a second bar: both fit a laptop's width in every language.
    auto *actions = new QToolBar(this);
    actions->setObjectName(u"calendarActions"_s);
    QAction *undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setShortcut(QKeySequence::Redo);
    actions->addAction(undo);
    actions->addAction(redo);
    QAction *rules = actions->addAction(tr("Windows and freezes…"));
    rules->setToolTip(tr("The maintenance windows and freeze periods of the calendar"));
    connect(rules, &QAction::triggered, this, [this] { editRules(); });
    QAction *slot = actions->addAction(tr("Next free slot"));
    slot->setToolTip(tr("Move the selected change to the first time that keeps every rule"));
    connect(slot, &QAction::triggered, this, [this] { moveToNextFreeSlot(); });
    // The two exports share one button with a menu, so that the toolbar fits a laptop's width.
    auto *exports = new QMenu(this);
    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(u"calendarExport"_s);
    exportButton->setText(tr("Export"));
    exportButton->setMenu(exports);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    actions->addWidget(exportButton);
    QAction *notice = exports->addAction(tr("Downtime notice…"));
    notice->setToolTip(tr("The notice of the selected change for the people affected, as PDF"));
    connect(notice, &QAction::triggered, this, [this] {
        const QString path
            = Messages::saveFileName(this, tr("Save the downtime notice"), {}, tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        if (auto written = exportNotice(path); !written)
            showMessage(written.error().message, true);
    });
    QAction *ics = exports->addAction(tr("Export iCalendar…"));
    ics->setToolTip(tr("The changes shown, for Outlook or Thunderbird"));
    connect(ics, &QAction::triggered, this, [this] {
        const QString path
            = Messages::saveFileName(this, tr("Export the schedule"), {}, tr("iCalendar (*.ics)"));
        if (path.isEmpty())
            return;
        if (auto written = exportIcs(path); !written)
            showMessage(written.error().message, true);
    });

    m_stack->addWidget(m_month);
    m_stack->addWidget(m_week);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_timeline);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // four weeks fit the width
    m_stack->addWidget(scroll);
    for (ScheduleView *view : {static_cast<ScheduleView *>(m_month), static_cast<ScheduleView *>(m_week),
                               static_cast<ScheduleView *>(m_timeline)}) {
        view->setModel(&m_model);
        connect(view, &ScheduleView::itemSelected, this, &CalendarPane::selectItem);
        connect(view, &ScheduleView::rescheduleRequested, this,
                [this](int item, const TimeSpan &span) { reschedule(item, span); });
    }

    m_conflicts->setObjectName(u"calendarConflicts"_s);
    m_conflicts->setHeaderLabels({tr("Severity"), tr("Request"), tr("Conflict"), tr("Reason")});
    m_conflicts->setRootIsDecorated(false);
    m_conflicts->setAlternatingRowColors(true);
    m_conflicts->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    connect(m_conflicts, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (current)
            selectItem(current->data(0, Qt::UserRole).toInt());
    });
    m_message->setObjectName(u"calendarMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *legend = new QLabel(tr("Green: maintenance windows · red: freeze periods · outline: conflict "
                                 "(red blocking, orange dashed warning) · bar at the left: high priority"),
                              this);
    legend->setObjectName(u"calendarLegend"_s);
    legend->setWordWrap(true);
    legend->setForegroundRole(QPalette::PlaceholderText);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_stack, 1);
    topLayout->addWidget(legend);
    splitter->addWidget(top);
    splitter->addWidget(m_conflicts);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    m_empty->setText(tr("No database"), tr("Open a database to see its change calendar."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolBar);
    layout->addWidget(actions);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_empty, 1);
    m_empty->hide();
    m_message->hide();
    m_shown = m_clock.now().toLocalTime().date();
    for (ScheduleView *view : {static_cast<ScheduleView *>(m_month), static_cast<ScheduleView *>(m_week),
                               static_cast<ScheduleView *>(m_timeline)})
        view->setToday(m_shown);
    setView(View::Month);
}

CalendarPane::~CalendarPane() = default;

QString CalendarPane::title() const
{
    return tr("Change calendar");
}

QIcon CalendarPane::icon() const
{
    return QIcon(u":/ui/icons/calendar.svg"_s);
}

void CalendarPane::setDatabase(std::shared_ptr<Database> db)
{
    m_db = std::move(db);
    m_undo->clear();
    m_actor.reset();
    m_service.reset();
    m_workflow.reset();
    if (m_db) {
        auto definition = WorkflowStore(*m_db).active();
        if (definition) {
            m_workflow = *definition;
            m_service = std::make_unique<ChangeService>(*m_db, *m_workflow, m_clock);
            if (auto actor = m_service->actor(m_actorLogin))
                m_actor = *actor;
        } else {
            showMessage(definition.error().message, true);
        }
    }
    reload();
}

Status CalendarPane::setActor(const QString &login)
{
    m_actorLogin = login;
    if (!m_service)
        return {};
    auto actor = m_service->actor(login);
    if (!actor)
        return fail(actor.error());
    m_actor = *actor;
    return {};
}

void CalendarPane::reload()
{
    m_data = {};
    m_detector.reset();
    m_allConflicts.clear();
    if (m_db && m_workflow) {
        auto loaded = CalendarRepository(*m_db).load({}, {}, *m_workflow);
        if (loaded)
            m_data = std::move(*loaded);
        else
            showMessage(loaded.error().message, true);
    }
    m_detector = std::make_unique<ConflictDetector>(m_data);
    m_allConflicts = m_detector->all();
    m_groupsOfCi.clear();
    for (auto it = m_data.groupMembers.cbegin(); it != m_data.groupMembers.cend(); ++it) {
        for (const qint64 ci : it.value())
            m_groupsOfCi[ci] << it.key();
    }
    m_empty->setVisible(!m_db);
    rebuildModel();
    refreshViews();
}

void CalendarPane::rebuildModel()
{
    const int selected = currentView()->selected();
    const qint64 selectedChange
        = selected < 0 || selected >= m_model.items.size() ? -1 : m_model.items.at(selected).changeId;
    m_model = {};
    m_model.items = m_data.items;
    for (const Conflict &c : std::as_const(m_allConflicts)) {
        for (const int item : {c.item, c.other}) {
            if (item < 0)
                continue;
            auto &worst = m_model.worst[item];
            worst = std::max(worst, c.severity);
        }
    }
    // Windows and freezes around the months shown.
    const QDateTime from = QDateTime(m_shown.addDays(-45), QTime(0, 0));
    const QDateTime to = from.addDays(120);
    for (const MaintenanceWindow &w : std::as_const(m_data.windows))
        m_model.windows += WindowRules::occurrences(w, from, to);
    m_model.freezes = m_data.freezes;
    // The timeline's rows.
    DependencyGraph::Reach reach(m_data.graph);
    for (const ScheduledItem &item : std::as_const(m_model.items)) {
        QString row;
        if (m_rows == Rows::Groups) {
            // The groups the request names, else the groups of its first CI.
            QStringList names;
            for (const qint64 group : item.groupIds)
                names << m_data.groupNames.value(group);
            if (names.isEmpty() && !item.ciIds.isEmpty()) {
                for (const qint64 group : m_groupsOfCi.value(item.ciIds.first()))
                    names << m_data.groupNames.value(group);
            }
            std::ranges::sort(names);
            row = names.isEmpty() ? tr("Without a group") : names.join(u", "_s);
        } else if (m_rows == Rows::Cis) {
            row = item.ciIds.isEmpty() ? tr("Without a configuration item")
                                       : m_data.ciNames.value(item.ciIds.first())
                    + (item.ciIds.size() > 1 ? tr(" and %n more", nullptr, int(item.ciIds.size() - 1))
                                             : QString());
        } else {
            const QStringList services = CalendarRepository::servicesOf(item, m_data, reach);
            row = services.isEmpty() ? tr("No service affected") : services.first();
        }
        m_model.rowOf << row;
    }
    const int again = selectedChange < 0 ? -1 : itemOf(selectedChange);
    for (ScheduleView *view : {static_cast<ScheduleView *>(m_month), static_cast<ScheduleView *>(m_week),
                               static_cast<ScheduleView *>(m_timeline)})
        view->setSelected(again);
}

void CalendarPane::refreshViews()
{
    m_month->setStart(m_shown);
    m_week->setStart(m_shown);
    m_timeline->setStart(m_shown);
    m_timeline->relayout();
    m_month->update();
    m_week->update();
    updateRangeLabel();

    // The conflicts of what is shown.
    const ScheduleView *view = currentView();
    const QDateTime from(view->start(), QTime(0, 0));
    const QDateTime to(view->end(), QTime(0, 0));
    m_conflicts->clear();
    for (const Conflict &c : std::as_const(m_allConflicts)) {
        const ScheduledItem &item = m_data.items.at(c.item);
        const bool shown = item.span.overlaps({from, to})
            || (c.other >= 0 && m_data.items.at(c.other).span.overlaps({from, to}));
        if (!shown)
            continue;
        auto *row = new QTreeWidgetItem(m_conflicts,
                                        {Conflict::severityName(c.severity),
                                         u"#%1 %2"_s.arg(item.changeId).arg(item.title),
                                         Conflict::kindName(c.kind), m_detector->reason(c)});
        row->setData(0, Qt::UserRole, c.item);
        row->setForeground(0,
                           c.severity == Conflict::Severity::Blocking ? QColor(0xc6, 0x28, 0x28)
                                                                      : QColor(0xb0, 0x60, 0x00));
        row->setToolTip(3, row->text(3));
    }
    m_conflicts->resizeColumnToContents(0);
    m_conflicts->resizeColumnToContents(1);
    m_conflicts->resizeColumnToContents(2);
}

void CalendarPane::updateRangeLabel()
{
    const QLocale locale;
    const ScheduleView *view = currentView();
    if (view == m_month) {
        m_range->setText(locale.toString(m_month->start(), u"MMMM yyyy"_s));
        return;
    }
    const QDate last = view->end().addDays(-1);
    m_range->setText(u"%1 – %2"_s.arg(locale.toString(view->start(), QLocale::ShortFormat),
                                      locale.toString(last, QLocale::ShortFormat)));
}

void CalendarPane::setView(View view)
{
    m_stack->setCurrentIndex(int(view));
    m_monthAction->setChecked(view == View::Month);
    m_weekAction->setChecked(view == View::Week);
    m_timelineAction->setChecked(view == View::Timeline);
    m_rowChoice->setEnabled(view == View::Timeline);
    refreshViews();
}

CalendarPane::View CalendarPane::view() const
{
    return View(m_stack->currentIndex());
}

ScheduleView *CalendarPane::currentView() const
{
    switch (View(m_stack->currentIndex())) {
    case View::Month:
        return m_month;
    case View::Week:
        return m_week;
    case View::Timeline:
        return m_timeline;
    }
    return m_month;
}

void CalendarPane::setRows(Rows rows)
{
    m_rows = rows;
    if (m_rowChoice->currentIndex() != int(rows))
        m_rowChoice->setCurrentIndex(int(rows));
    rebuildModel();
    refreshViews();
}

void CalendarPane::showDate(const QDate &day)
{
    m_shown = day;
    rebuildModel();
    refreshViews();
}

void CalendarPane::step(int direction)
{
    switch (view()) {
    case View::Month:
        return showDate(m_shown.addMonths(direction));
    case View::Week:
        return showDate(m_shown.addDays(7 * direction));
    case View::Timeline:
        return showDate(m_shown.addDays(28 * direction));
    }
}

int CalendarPane::itemOf(qint64 changeId) const
{
    for (int i = 0; i < m_model.items.size(); ++i) {
        if (m_model.items.at(i).changeId == changeId)
            return i;
    }
    return -1;
}

void CalendarPane::selectItem(int item)
{
    for (ScheduleView *view : {static_cast<ScheduleView *>(m_month), static_cast<ScheduleView *>(m_week),
                               static_cast<ScheduleView *>(m_timeline)})
        view->setSelected(item);
}

bool CalendarPane::reschedule(int item, const TimeSpan &span)
{
    if (item < 0 || item >= m_model.items.size())
        return false;
    const ScheduledItem &it = m_model.items.at(item);
    auto *command = new RescheduleCommand(this, it.changeId, it.wave, it.span, span,
                                          tr("move request #%1").arg(it.changeId));
    m_undo->push(command); // runs redo(); a refused move is obsolete and dropped at once
    return !m_messageError;
}

Result<QStringList> CalendarPane::applyMove(qint64 changeId, int wave, const TimeSpan &span,
                                            Rescheduler::Mode mode)
{
    if (!m_service || !m_actor)
        return fail(ErrorKind::ReadOnly, tr("Nobody is acting: the calendar is shown read-only."));
    QStringList warnings;
    {
        const Rescheduler mover(*m_service, m_data);
        auto moved = mover.move(changeId, wave, span, *m_actor, mode);
        if (!moved)
            return fail(moved.error());
        for (const Conflict &c : std::as_const(*moved))
            warnings << mover.detector().reason(c); // before the reload: the conflicts point into m_data
    }
    reload();
    return warnings;
}

bool CalendarPane::moveToNextFreeSlot()
{
    const int item = currentView()->selected();
    if (item < 0 || item >= m_model.items.size()) {
        showMessage(tr("Select a change first."), true);
        return false;
    }
    const ScheduledItem &it = m_model.items.at(item);
    SlotRequest request;
    request.changeId = it.changeId;
    request.durationSeconds = it.span.start.secsTo(it.span.end);
    request.ciIds = it.ciIds;
    request.implementerIds = it.implementerIds;
    request.needsRestart = it.needsRestart;
    request.earliest = m_clock.now();
    const auto slot = m_detector->nextFreeSlot(request);
    if (!slot) {
        showMessage(tr("There is no free slot for request #%1 within a year.").arg(it.changeId), true);
        return false;
    }
    return reschedule(item, *slot);
}

Status CalendarPane::exportIcs(const QString &path)
{
    if (!m_db || !m_workflow)
        return fail(ErrorKind::NotFound, tr("No database is open."));
    const ScheduleView *view = currentView();
    auto notices = DowntimeNotices::forward(*m_db, QDateTime(view->start(), QTime(0, 0)),
                                            QDateTime(view->end(), QTime(0, 0)), *m_workflow);
    if (!notices)
        return fail(notices.error());
    auto head = AuditLog(*m_db).head();
    if (!head)
        return fail(head.error());
    const QByteArray ics = Documents::IcsExport::toIcs(
        *notices, head->databaseId, m_clock.now(),
        tr("ChangeDesk: changes from %1").arg(view->start().toString(Qt::ISODate)));
    if (auto written = Documents::IcsExport::write(path, ics); !written)
        return written;
    showMessage(tr("Exported %n change(s) to %1.", nullptr, int(notices->size())).arg(path), false);
    return {};
}

Status CalendarPane::exportNotice(const QString &path)
{
    const int item = currentView()->selected();
    if (!m_db || item < 0 || item >= m_model.items.size())
        return fail(ErrorKind::InvalidInput, tr("Select a change first."));
    auto notices = DowntimeNotices::forChange(*m_db, m_model.items.at(item).changeId);
    if (!notices)
        return fail(notices.error());
    if (auto written = Documents::NoticePrint::writePdf(*notices, m_clock.now(), path); !written)
        return written;
    showMessage(tr("Saved the downtime notice to %1.").arg(path), false);
    return {};
}

void CalendarPane::editRules()
{
    if (!m_db)
        return;
    CalendarRulesDialog dialog(*m_db, m_actor.value_or(ChangeActor {}), m_clock, this);
    dialog.exec();
    if (dialog.changed())
        reload();
}

void CalendarPane::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_messageError = error;
    m_message->setStyleSheet(error ? u"color: #b00020; font-weight: bold"_s : QString());
    m_message->setVisible(!text.isEmpty());
}

QString CalendarPane::messageText() const
{
    return m_message->text();
}

bool CalendarPane::isMessageError() const
{
    return m_messageError;
}

} // namespace ChangeDesk::Ui
