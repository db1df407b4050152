#pragma once

#include "cab/cabservice.h"
#include "change/changeservice.h"
#include "shell/pane.h"

#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace ChangeDesk {
class Clock;
}

namespace ChangeDesk::Ui {

class EmptyState;
class ProjectionView;

// The Change Advisory Board (M2): the meetings, each with its members and who is present, the
// agenda built from the requests awaiting the board (reordered, added to, taken from), votes and
// decisions per item, the pre-read package and the minutes as PDF, and the projection of the
// agenda on the wall screen. Every rule is CabService's; the pane shows its refusals in words.
class CabPane : public Pane
{
    Q_OBJECT

public:
    explicit CabPane(const Clock &clock, QWidget *parent = nullptr);
    ~CabPane() override;

    QString title() const override;
    QIcon icon() const override;
    void setDatabase(std::shared_ptr<Database> db) override;

    // ---- For tests ----
    Status setActor(const QString &login);
    void reload();
    bool selectMeeting(qint64 id);
    void selectItem(int row);
    const std::optional<CabMeeting> &meeting() const { return m_meeting; }
    QTreeWidget *meetingList() const { return m_meetings; }
    QTreeWidget *memberList() const { return m_members; }
    QTreeWidget *agendaList() const { return m_agenda; }
    QTextBrowser *itemRecord() const { return m_record; }
    QComboBox *voterField() const { return m_voter; }
    QComboBox *choiceField() const { return m_choice; }
    QComboBox *decisionField() const { return m_decision; }
    QLineEdit *recommendationField() const { return m_recommendation; }
    QLineEdit *noteField() const { return m_note; }
    QAction *action(const QString &name) const;
    QString messageText() const;
    bool isMessageError() const;
    // The projection window (created by "Project"), or nullptr.
    ProjectionView *projection() const { return m_projection; }

    void buildAgenda();
    void moveSelected(int delta);
    void removeSelected();
    void recordVote();
    void recordDecision();
    void closeMeeting();
    void project();
    Status writePreRead(const QString &path);
    Status writeMinutes(const QString &path);

private:
    void newMeeting();
    void editMeeting();
    void showMeeting();
    // The title line (time, place, quorum) and who may vote, from m_meeting.
    void showHeader();
    void updateActions();
    // What is recorded on the selected item, under the agenda.
    void showRecord();
    void attendanceChanged(QTreeWidgetItem *item, int column);
    // Applies the result of a service call: shows the meeting or the error.
    bool apply(const Result<CabMeeting> &result, const QString &done);
    void showMessage(const QString &text, bool error);
    int selectedRow() const;

    const Clock &m_clock;
    std::shared_ptr<Database> m_db;
    std::optional<WorkflowDefinition> m_workflow;
    std::unique_ptr<ChangeService> m_changes;
    std::unique_ptr<CabService> m_cab;
    QString m_actorLogin;
    std::optional<ChangeActor> m_actor;
    std::optional<CabMeeting> m_meeting;
    bool m_filling = false;

    EmptyState *m_empty;
    QWidget *m_work;
    QTreeWidget *m_meetings;
    QLabel *m_header;
    QTreeWidget *m_members;
    QTreeWidget *m_agenda;
    QTextBrowser *m_record;
    QComboBox *m_voter;
    QComboBox *m_choice;
    QLineEdit *m_comment;
    QPushButton *m_voteButton;
    QComboBox *m_decision;
    QLineEdit *m_recommendation;
    QLineEdit *m_note;
    QPushButton *m_decideButton;
    QLabel *m_message;
    QHash<QString, QAction *> m_actions;
    ProjectionView *m_projection = nullptr;
};

} // namespace ChangeDesk::Ui
