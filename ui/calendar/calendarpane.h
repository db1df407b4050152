#pragma once

#include "calendar/conflicts.h"
#include "calendar/rescheduler.h"
#include "calendar/scheduleviews.h"
#include "change/changeservice.h"
#include "shell/pane.h"

#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTreeWidget;
class QUndoStack;

namespace ChangeDesk {
class Clock;
}

namespace ChangeDesk::Ui {

class EmptyState;

// The change calendar (M5 planning, M7, M14): the scheduled changes and their rollout waves in a
// month, a week or a timeline of four weeks (rows by group, service or CI), maintenance windows
// and freeze periods shaded, conflicts outlined and listed with their reasons. A change is
// rescheduled by dragging its bar or by "Next free slot"; each move is checked against the
// calendar (a blocking conflict refuses it) and saved through ChangeService, and can be undone.
// The downtime notice of the selected change (PDF) and the schedule shown (iCalendar) are exported
// from here.
class CalendarPane : public Pane
{
    Q_OBJECT

public:
    enum class View { Month, Week, Timeline };
    enum class Rows { Groups, Services, Cis };

    explicit CalendarPane(const Clock &clock, QWidget *parent = nullptr);
    ~CalendarPane() override;

    QString title() const override;
    QIcon icon() const override;
    void setDatabase(std::shared_ptr<Database> db) override;

    // ---- For tests ----
    Status setActor(const QString &login);
    void setView(View view);
    View view() const;
    void setRows(Rows rows);
    void showDate(const QDate &day);
    ScheduleView *currentView() const;
    MonthView *monthView() const { return m_month; }
    WeekView *weekView() const { return m_week; }
    TimelineView *timelineView() const { return m_timeline; }
    QTreeWidget *conflictList() const { return m_conflicts; }
    QUndoStack *undoStack() const { return m_undo; }
    const ScheduleModel &model() const { return m_model; }
    // The item of a request (its first wave when it is planned by waves), -1 when not scheduled.
    int itemOf(qint64 changeId) const;
    void selectItem(int item);
    // Moves an item as dragging does: checked, saved, undoable. False (and the reason in the
    // message line) when refused.
    bool reschedule(int item, const TimeSpan &span);
    bool moveToNextFreeSlot();
    Status exportIcs(const QString &path);
    Status exportNotice(const QString &path);
    QString messageText() const;
    bool isMessageError() const;
    void reload();
    // The maintenance windows and freeze periods (CalendarRulesDialog), reloading after changes.
    void editRules();

private:
    friend class RescheduleCommand;
    // Saves the move of a request's item (or wave): the warnings, or why it was refused.
    Result<QStringList> applyMove(qint64 changeId, int wave, const TimeSpan &span, Rescheduler::Mode mode);
    void showMessage(const QString &text, bool error);
    void rebuildModel();
    void refreshViews();
    void updateRangeLabel();
    void step(int direction);

    const Clock &m_clock;
    std::shared_ptr<Database> m_db;
    std::optional<WorkflowDefinition> m_workflow;
    std::unique_ptr<ChangeService> m_service;
    std::optional<ChangeActor> m_actor;
    QString m_actorLogin;
    CalendarData m_data;
    std::unique_ptr<ConflictDetector> m_detector;
    QList<Conflict> m_allConflicts;
    QHash<qint64, QList<qint64>> m_groupsOfCi;
    ScheduleModel m_model;
    Rows m_rows = Rows::Groups;
    QDate m_shown;

    QStackedWidget *m_stack;
    MonthView *m_month;
    WeekView *m_week;
    TimelineView *m_timeline;
    QTreeWidget *m_conflicts;
    QLabel *m_range;
    QLabel *m_message;
    QComboBox *m_rowChoice;
    QAction *m_monthAction;
    QAction *m_weekAction;
    QAction *m_timelineAction;
    QUndoStack *m_undo;
    EmptyState *m_empty;
    bool m_messageError = false;
};

} // namespace ChangeDesk::Ui
