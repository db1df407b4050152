#pragma once

#include "calendar/conflicts.h"
#include "change/changeagenda.h"
#include "change/changeservice.h"
#include "common/clock.h"
#include "common/error.h"
#include "people/people.h"
#include "shell/pane.h"

#include <memory>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolBar;
class QToolButton;

namespace ChangeDesk::Ui {

class ChangeFilterModel;
class ChangeForm;
class ChangeTableModel;
class EmptyState;

// Requests for change (M1, M4, M5, M6, M7): every request in a table that filters by words, state,
// priority, category, type and the acting person's to-dos (overdue ones marked); the selected
// request in the RfC form; a button for each workflow transition the person may take now, a
// reason asked where the workflow wants one; objections of security management and the
// decisions on them. Every rule is ChangeService's: refusals are shown in its words in the
// message bar above the form, and what the user typed stays in the form.
class AttachmentViewer;
struct ChangePrintContext;
class KpiDialog;

class ChangesPane : public Pane
{
    Q_OBJECT

public:
    explicit ChangesPane(const Clock &clock = Clock::system(), QWidget *parent = nullptr);
    ~ChangesPane() override;

    QString title() const override;
    QIcon icon() const override;
    // Loads the list and the acting person (the operating-system login on SQLite, the connection's
    // login on PostgreSQL) synchronously.
    void setDatabase(std::shared_ptr<Database> db) override;

    // ---- For tests (and a later login choice) ----
    // Acts as `login` from now on (ChangeService::actor); the list and form follow.
    Status setActor(const QString &login);
    std::optional<ChangeActor> actor() const { return m_actor; }

    void selectChange(qint64 id);
    qint64 currentChangeId() const;
    // Saves the form through ChangeService::update; false (and the reason in the message bar)
    // when refused.
    bool save();
    void revert();
    // Creates a draft with the acting person as applicant and selects it.
    Result<qint64> newRequest();
    // Takes the transition as its button does: saves first, asks for a reason when the workflow
    // wants one, on "submit" shows similar open requests first.
    bool takeAction(const QString &action);
    // Opens the objection dialog (security management).
    void object();
    // Attaches a file to the request shown (what "Add file…" does after the file dialog).
    bool attachFile(const QString &path);
    bool removeAttachment(qint64 id);
    // Opens a viewer beside the pane (deleted when closed); nullptr and a message on failure.
    AttachmentViewer *openAttachment(qint64 id);
    AttachmentViewer *compareAttachments(qint64 left, qint64 right);
    // The key figures of the last twelve months (by the pane's clock), beside the pane.
    KpiDialog *showKeyFigures();
    // The request shown, as printed (ChangePrint): to a PDF file, or to a printer the user picks.
    Status exportPdf(const QString &path);
    void print();
    ChangePrintContext printContext() const;

    int shownCount() const;
    QString messageText() const;
    bool isMessageError() const;
    // The action ids of the buttons shown now.
    QStringList actionIds() const;
    QPushButton *actionButton(const QString &action) const;

    ChangeTableModel *changeModel() const { return m_model; }
    ChangeFilterModel *changeFilter() const { return m_filter; }
    QTableView *changeView() const { return m_view; }
    ChangeForm *form() const { return m_form; }
    QToolBar *toolBar() const { return m_toolBar; }

private:
    void createActions();
    void fillStates(const WorkflowDefinition &definition);
    // Asks which CIs and groups the request affects (AffectedDialog) and puts them in the form.
    void chooseAffected();
    void showEmpty(const QString &title, const QString &explanation);
    void reloadList();
    void reloadToDos();
    void showChange(qint64 id);
    void refreshForm(const ChangeRequest &request);
    void fillActions(const ChangeRequest &request);
    void fillObjections(qint64 changeId);
    void decide(qint64 objectionId, ObjectionDecision decision, const QString &label);
    void updateRow(const ChangeRequest &request);
    QList<QList<QString>> historyRows(qint64 changeId) const;
    QHash<QString, QStringList> neededFields(const ChangeRequest &request) const;
    // An attachment of the request shown, with its content; nullopt and a message otherwise.
    std::optional<ChangeAttachment> shownAttachment(qint64 id);
    bool maybeSave();
    bool refreshActor();
    void currentRowChanged(const QModelIndex &current);
    // Checks the plan in the form against the change calendar (loaded once, again after a save)
    // and shows the conflicts under the planned times.
    void checkPlan();
    void filtersChanged();
    void updateCount();
    void updateButtons();
    void showMessage(const QString &text, bool error);
    void clearMessage();

    const Clock &m_clock;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<WorkflowDefinition> m_workflow; // in force on m_db; m_service and m_agenda refer to it
    std::unique_ptr<ChangeService> m_service;
    std::unique_ptr<CalendarData> m_calendar; // for checkPlan(), loaded when first needed
    std::unique_ptr<ConflictDetector> m_detector;
    std::unique_ptr<ChangeAgenda> m_agenda;
    std::optional<ChangeActor> m_actor;
    QString m_actorLogin; // chosen through setActor(); empty: the session's login
    QList<Person> m_people;
    QHash<qint64, QString> m_personNames;
    QHash<QString, QString> m_namesByLogin;
    qint64 m_shownId = 0;
    bool m_reselecting = false;

    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QToolBar *m_toolBar;
    QLineEdit *m_search;
    QComboBox *m_stateFilter;
    QComboBox *m_priorityFilter;
    QComboBox *m_categoryFilter;
    QComboBox *m_typeFilter;
    QToolButton *m_toDos;
    QTableView *m_view;
    QLabel *m_count;
    ChangeTableModel *m_model;
    ChangeFilterModel *m_filter;
    QLabel *m_header;
    QLabel *m_message;
    QWidget *m_actionsBox;
    QHBoxLayout *m_actions;
    QWidget *m_objectionsBox;
    ChangeForm *m_form;
    QAction *m_newAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_revertAction = nullptr;
    QAction *m_objectAction = nullptr;
    QAction *m_kpiAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_pdfAction = nullptr;
    QAction *m_reloadAction = nullptr;
};

} // namespace ChangeDesk::Ui
