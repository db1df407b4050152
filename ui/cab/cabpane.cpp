#include "cabpane.h"

#include "cabmeetingdialog.h"
#include "change/workflowstore.h"
#include "changes/changelabels.h"
#include "common/emptystate.h"
#include "common/messages.h"
#include "documents/cabdocuments.h"
#include "people/peoplerepository.h"
#include "people/personroles.h"
#include "projectionview.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Ui {

namespace {

enum AgendaColumn {
    PositionColumn,
    RfcColumn,
    TitleColumn,
    PriorityColumn,
    CategoryColumn,
    PlannedColumn,
    VotesColumn,
    DecisionColumn
};

const QList<CabDecision> kDecisions {CabDecision::Approve, CabDecision::Reject, CabDecision::Defer,
                                     CabDecision::MoreInformation, CabDecision::Escalate};
const QList<CabVote::Choice> kChoices {CabVote::Choice::Approve, CabVote::Choice::Reject,
                                       CabVote::Choice::Abstain};

} // namespace

CabPane::CabPane(const Clock &clock, QWidget *parent)
    : Pane(parent)
    , m_clock(clock)
    , m_empty(new EmptyState(this))
    , m_work(new QWidget(this))
    , m_meetings(new QTreeWidget(this))
    , m_header(new QLabel(this))
    , m_members(new QTreeWidget(this))
    , m_agenda(new QTreeWidget(this))
    , m_record(new QTextBrowser(this))
    , m_voter(new QComboBox(this))
    , m_choice(new QComboBox(this))
    , m_comment(new QLineEdit(this))
    , m_voteButton(new QPushButton(tr("Record &vote"), this))
    , m_decision(new QComboBox(this))
    , m_recommendation(new QLineEdit(this))
    , m_note(new QLineEdit(this))
    , m_decideButton(new QPushButton(tr("Record &decision"), this))
    , m_message(new QLabel(this))
{
    setObjectName(u"cabPane"_s);
    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(u"cabToolBar"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const auto add = [&](const QString &name, const QString &text, auto slot) {
        QAction *action = toolBar->addAction(text);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, slot);
        m_actions.insert(name, action);
        return action;
    };
    add(u"newMeeting"_s, tr("New meeting…"), &CabPane::newMeeting);
    add(u"editMeeting"_s, tr("Edit…"), &CabPane::editMeeting);
    toolBar->addSeparator();
    add(u"buildAgenda"_s, tr("Build agenda"), &CabPane::buildAgenda)
        ->setToolTip(tr("Adds the requests awaiting the board, by priority, category and planned date"));
    add(u"moveUp"_s, u"▲"_s, [this] { moveSelected(-1); })->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_actions.value(u"moveUp"_s)->setToolTip(tr("Moves the request up the agenda (Alt+Up)"));
    add(u"moveDown"_s, u"▼"_s, [this] {
        moveSelected(1);
    })->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_actions.value(u"moveDown"_s)->setToolTip(tr("Moves the request down the agenda (Alt+Down)"));
    add(u"removeItem"_s, tr("Remove"), &CabPane::removeSelected)
        ->setToolTip(tr("Takes the request off the agenda"));
    toolBar->addSeparator();
    // The documents under one button, so that the toolbar fits in German and Dutch.
    auto *documents = new QMenu(this);
    const auto addDocument = [&](const QString &name, const QString &text, auto slot) {
        QAction *action = documents->addAction(text);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, slot);
        m_actions.insert(name, action);
    };
    addDocument(u"preRead"_s, tr("Pre-read package (PDF)…"), [this] {
        const QString path
            = Messages::saveFileName(this, tr("Save the pre-read package"), {}, tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        const Status written = writePreRead(path);
        showMessage(written ? tr("Saved the pre-read package to %1.").arg(path) : written.error().message,
                    !written);
    });
    addDocument(u"minutes"_s, tr("Minutes (PDF)…"), [this] {
        const QString path = Messages::saveFileName(this, tr("Save the minutes"), {}, tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        const Status written = writeMinutes(path);
        showMessage(written ? tr("Saved the minutes to %1.").arg(path) : written.error().message, !written);
    });
    auto *documentsButton = new QToolButton(toolBar);
    documentsButton->setText(tr("Documents"));
    documentsButton->setMenu(documents);
    documentsButton->setPopupMode(QToolButton::InstantPopup);
    toolBar->addWidget(documentsButton);
    toolBar->addSeparator();
    add(u"project"_s, tr("Project"), &CabPane::project)->setShortcut(QKeySequence(Qt::Key_F5));
    m_actions.value(u"project"_s)
        ->setToolTip(tr("The agenda on the wall screen, one request at a time (F5)"));
    add(u"closeMeeting"_s, tr("Close meeting"), &CabPane::closeMeeting);

    m_meetings->setObjectName(u"cabMeetings"_s);
    m_meetings->setHeaderLabels({tr("Date"), tr("Meeting"), tr("Status")});
    m_meetings->setRootIsDecorated(false);
    m_meetings->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_meetings, &QTreeWidget::currentItemChanged, this, [this] {
        if (!m_filling)
            showMeeting();
    });

    QFont bold = m_header->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_header->setFont(bold);
    m_header->setWordWrap(true);

    m_members->setObjectName(u"cabMembers"_s);
    m_members->setHeaderLabels({tr("Member"), tr("Role"), tr("Present")});
    m_members->setRootIsDecorated(false);
    m_members->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_members->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_members->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    connect(m_members, &QTreeWidget::itemChanged, this, &CabPane::attendanceChanged);

    m_agenda->setObjectName(u"cabAgenda"_s);
    m_agenda->setHeaderLabels({tr("No."), tr("RfC"), tr("Title"), tr("Priority"), tr("Category"),
                               tr("Planned"), tr("Votes"), tr("Decision")});
    m_agenda->setRootIsDecorated(false);
    m_agenda->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_agenda->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_agenda->header()->setStretchLastSection(false);
    connect(m_agenda, &QTreeWidget::currentItemChanged, this, [this] {
        updateActions();
        showRecord();
    });
    m_record->setObjectName(u"cabItemRecord"_s);

    for (const CabVote::Choice choice : kChoices)
        m_choice->addItem(CabService::choiceName(choice));
    m_comment->setPlaceholderText(tr("Comment (optional)"));
    for (const CabDecision decision : kDecisions)
        m_decision->addItem(CabService::decisionName(decision));
    m_recommendation->setPlaceholderText(tr("The board's recommendation"));
    m_note->setPlaceholderText(tr("Reason, conditions or what is missing"));
    connect(m_voteButton, &QPushButton::clicked, this, &CabPane::recordVote);
    connect(m_decideButton, &QPushButton::clicked, this, &CabPane::recordDecision);

    auto *voteRow = new QHBoxLayout;
    voteRow->addWidget(m_voter, 1);
    voteRow->addWidget(m_choice);
    voteRow->addWidget(m_comment, 2);
    voteRow->addWidget(m_voteButton);
    auto *decideRow = new QHBoxLayout;
    decideRow->addWidget(m_decision);
    decideRow->addWidget(m_recommendation, 2);
    decideRow->addWidget(m_note, 2);
    decideRow->addWidget(m_decideButton);
    auto *itemBox = new QGroupBox(tr("Selected item"), this);
    auto *itemForm = new QFormLayout(itemBox);
    itemForm->addRow(tr("Vote:"), voteRow);
    itemForm->addRow(tr("Decision:"), decideRow);

    // Left: the meetings and, under them, the members of the chosen one; right: its agenda.
    auto *left = new QSplitter(Qt::Vertical, m_work);
    left->addWidget(m_meetings);
    left->addWidget(m_members);
    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_header);
    auto *agendaSplitter = new QSplitter(Qt::Vertical, detail);
    agendaSplitter->addWidget(m_agenda);
    agendaSplitter->addWidget(m_record);
    agendaSplitter->setStretchFactor(0, 3);
    agendaSplitter->setStretchFactor(1, 2);
    detailLayout->addWidget(agendaSplitter, 1);
    detailLayout->addWidget(itemBox);
    auto *splitter = new QSplitter(Qt::Horizontal, m_work);
    splitter->addWidget(left);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({320, 960});
    m_message->setObjectName(u"cabMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    auto *workLayout = new QVBoxLayout(m_work);
    workLayout->setContentsMargins(0, 0, 0, 0);
    workLayout->addWidget(toolBar);
    workLayout->addWidget(splitter, 1);
    workLayout->addWidget(m_message);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_work);
    setDatabase(nullptr);
}

CabPane::~CabPane()
{
    delete m_projection;
}

QString CabPane::title() const
{
    return tr("CAB");
}

QIcon CabPane::icon() const
{
    return QIcon(u":/ui/icons/cab.svg"_s);
}

QAction *CabPane::action(const QString &name) const
{
    return m_actions.value(name);
}

void CabPane::setDatabase(std::shared_ptr<Database> db)
{
    m_db = std::move(db);
    m_cab.reset();
    m_changes.reset();
    m_workflow.reset();
    m_actor.reset();
    m_meeting.reset();
    if (m_db) {
        auto definition = WorkflowStore(*m_db).active();
        if (definition) {
            m_workflow = *definition;
            m_changes = std::make_unique<ChangeService>(*m_db, *m_workflow, m_clock);
            m_cab = std::make_unique<CabService>(*m_db, *m_changes, m_clock);
            if (auto actor = m_changes->actor(m_actorLogin))
                m_actor = *actor;
        } else {
            showMessage(definition.error().message, true);
        }
    }
    m_empty->setVisible(!m_db);
    m_work->setVisible(bool(m_db));
    if (!m_db)
        m_empty->setText(tr("No database open"),
                         tr("Open a database to prepare Change Advisory Board meetings."));
    reload();
}

Status CabPane::setActor(const QString &login)
{
    m_actorLogin = login;
    if (!m_changes)
        return {};
    auto actor = m_changes->actor(login);
    if (!actor)
        return fail(actor.error());
    m_actor = *actor;
    updateActions();
    return {};
}

void CabPane::reload()
{
    const qint64 current = m_meeting ? m_meeting->id : 0;
    m_filling = true;
    m_meetings->clear();
    m_filling = false;
    if (!m_cab) {
        showMeeting();
        return;
    }
    auto meetings = m_cab->meetings();
    if (!meetings) {
        showMessage(meetings.error().message, true);
        return;
    }
    m_filling = true;
    for (const CabMeeting &m : std::as_const(*meetings)) {
        auto *item
            = new QTreeWidgetItem(m_meetings,
                                  {QLocale().toString(m.start.toLocalTime(), QLocale::ShortFormat), m.title,
                                   m.status == CabMeeting::Status::Closed ? tr("closed") : tr("planned")});
        item->setData(0, Qt::UserRole, m.id);
    }
    m_filling = false;
    if (!selectMeeting(current) && m_meetings->topLevelItemCount() > 0)
        m_meetings->setCurrentItem(m_meetings->topLevelItem(0));
    else
        showMeeting();
}

bool CabPane::selectMeeting(qint64 id)
{
    for (int i = 0; i < m_meetings->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_meetings->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toLongLong() == id) {
            if (m_meetings->currentItem() == item)
                showMeeting();
            else
                m_meetings->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void CabPane::selectItem(int row)
{
    if (QTreeWidgetItem *item = m_agenda->topLevelItem(row))
        m_agenda->setCurrentItem(item);
}

int CabPane::selectedRow() const
{
    QTreeWidgetItem *item = m_agenda->currentItem();
    return item ? m_agenda->indexOfTopLevelItem(item) : -1;
}

void CabPane::showMeeting()
{
    const int row = selectedRow();
    m_meeting.reset();
    QTreeWidgetItem *current = m_meetings->currentItem();
    if (m_cab && current) {
        auto meeting = m_cab->meeting(current->data(0, Qt::UserRole).toLongLong());
        if (meeting)
            m_meeting = *meeting;
        else
            showMessage(meeting.error().message, true);
    }
    m_filling = true;
    m_members->clear();
    m_agenda->clear();
    if (!m_meeting) {
        m_voter->clear();
        m_header->setText(m_cab ? tr("No CAB meeting yet: create one with \"New meeting…\".") : QString());
        m_filling = false;
        updateActions();
        return;
    }
    const CabMeeting &m = *m_meeting;
    for (const CabMember &member : m.members) {
        auto *item
            = new QTreeWidgetItem(m_members, {member.name, CabService::roleName(member.role), QString()});
        item->setData(0, Qt::UserRole, member.personId);
        item->setCheckState(2, member.present ? Qt::Checked : Qt::Unchecked);
    }
    showHeader(); // the voters of this meeting
    for (const CabItem &i : m.items) {
        const QString votes = i.votes.isEmpty() ? QString()
                                                : u"%1 / %2 / %3"_s.arg(i.count(CabVote::Choice::Approve))
                                                      .arg(i.count(CabVote::Choice::Reject))
                                                      .arg(i.count(CabVote::Choice::Abstain));
        auto *item = new QTreeWidgetItem(
            m_agenda,
            {QString::number(i.position), u"#%1"_s.arg(i.changeId), i.title,
             i.priority.isEmpty() ? QString() : ChangeLabels::priority(i.priority),
             i.category.isEmpty() ? QString() : ChangeLabels::category(i.category),
             i.plannedStart.isValid() ? QLocale().toString(i.plannedStart.toLocalTime(), QLocale::ShortFormat)
                                      : tr("not planned"),
             votes, i.decision == CabDecision::None ? QString() : CabService::decisionName(i.decision)});
        item->setData(0, Qt::UserRole, i.id);
        item->setToolTip(VotesColumn, tr("for approval / for rejection / abstaining"));
        if (!i.note.isEmpty())
            item->setToolTip(DecisionColumn, i.note);
    }
    m_filling = false;
    if (m_agenda->topLevelItemCount() > 0)
        selectItem(std::clamp(row, 0, m_agenda->topLevelItemCount() - 1));
    updateActions();
}

void CabPane::showHeader()
{
    m_voter->clear();
    if (!m_meeting)
        return;
    const CabMeeting &m = *m_meeting;
    const QString quorum = m.quorate()
        ? tr("quorate: %1 of %2 needed present").arg(m.presentVoters()).arg(m.quorum)
        : tr("not quorate: %1 of %2 needed present").arg(m.presentVoters()).arg(m.quorum);
    m_header->setText(tr("%1 — %2 — %3%4")
                          .arg(m.title, Documents::CabDocuments::when(m), quorum,
                               m.status == CabMeeting::Status::Closed ? tr(" — closed") : QString()));
    for (const CabMember &member : m.members) {
        if (member.present && member.votes())
            m_voter->addItem(member.name, member.personId);
    }
    updateActions();
}

void CabPane::showRecord()
{
    const int row = selectedRow();
    if (!m_meeting || row < 0 || row >= m_meeting->items.size()) {
        m_record->clear();
        return;
    }
    const CabItem &item = m_meeting->items.at(row);
    m_record->setHtml(
        u"<p><b>%1</b> — %2</p>"_s.arg(tr("RfC #%1 %2").arg(item.changeId).arg(item.title).toHtmlEscaped(),
                                       ChangeLabels::state(item.state).toHtmlEscaped())
        + Documents::CabDocuments::itemRecordHtml(item));
}

void CabPane::updateActions()
{
    const bool open = m_meeting && m_meeting->status == CabMeeting::Status::Planned;
    const bool keeps = m_meeting && m_actor && CabService::mayKeep(*m_meeting, *m_actor);
    const bool hasItem = open && selectedRow() >= 0;
    m_actions.value(u"newMeeting"_s)->setEnabled(m_cab && m_actor && CabService::mayConvene(*m_actor));
    m_actions.value(u"editMeeting"_s)->setEnabled(open && keeps);
    m_actions.value(u"buildAgenda"_s)->setEnabled(open && keeps);
    m_actions.value(u"moveUp"_s)->setEnabled(hasItem && keeps && selectedRow() > 0);
    m_actions.value(u"moveDown"_s)
        ->setEnabled(hasItem && keeps && selectedRow() < m_agenda->topLevelItemCount() - 1);
    m_actions.value(u"removeItem"_s)->setEnabled(hasItem && keeps);
    m_actions.value(u"preRead"_s)->setEnabled(bool(m_meeting));
    m_actions.value(u"minutes"_s)->setEnabled(bool(m_meeting));
    m_actions.value(u"project"_s)->setEnabled(bool(m_meeting));
    m_actions.value(u"closeMeeting"_s)->setEnabled(open && keeps);
    const bool member = m_meeting && m_actor && m_meeting->member(m_actor->personId);
    for (QWidget *w : std::initializer_list<QWidget *> {m_voter, m_choice, m_comment, m_voteButton})
        w->setEnabled(hasItem && (keeps || member) && m_voter->count() > 0);
    for (QWidget *w : std::initializer_list<QWidget *> {m_decision, m_recommendation, m_note, m_decideButton})
        w->setEnabled(hasItem && keeps);
    m_members->setEnabled(bool(m_meeting));
}

bool CabPane::apply(const Result<CabMeeting> &result, const QString &done)
{
    if (!result) {
        showMessage(result.error().message, true);
        return false;
    }
    showMessage(done, false);
    reload();
    return true;
}

void CabPane::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("error", error);
    m_message->setStyleSheet(error ? u"color: #b00020; font-weight: bold"_s : QString());
    m_message->setVisible(!text.isEmpty());
}

QString CabPane::messageText() const
{
    return m_message->text();
}

bool CabPane::isMessageError() const
{
    return m_message->property("error").toBool();
}

void CabPane::newMeeting()
{
    if (!m_cab || !m_actor)
        return;
    auto people = PeopleRepository(*m_db).persons();
    auto board = PersonRoles(*m_db).holders(u"cab_member"_s);
    if (!people || !board) {
        showMessage(!people ? people.error().message : board.error().message, true);
        return;
    }
    CabMeeting draft;
    // Next Thursday at ten, the usual slot of a weekly board.
    QDate day = m_clock.now().toLocalTime().date().addDays(1);
    while (day.dayOfWeek() != Qt::Thursday)
        day = day.addDays(1);
    draft.start = QDateTime(day, QTime(10, 0)).toUTC();
    draft.end = draft.start.addSecs(3600);
    draft.quorum = std::max(1, int(board->size()) / 2 + 1);
    CabMeetingDialog dialog(draft, *people, *board, this);
    // Until the service accepts it: what the person typed stays in the dialog.
    while (dialog.exec() == QDialog::Accepted) {
        auto created = m_cab->create(dialog.meeting(), *m_actor);
        if (created) {
            m_meeting = *created;
            apply(created, tr("Created the CAB meeting '%1'.").arg(created->title));
            selectMeeting(created->id);
            return;
        }
        Messages::error(&dialog, tr("New CAB meeting"), created.error().message);
    }
}

void CabPane::editMeeting()
{
    if (!m_cab || !m_actor || !m_meeting)
        return;
    auto people = PeopleRepository(*m_db).persons();
    if (!people) {
        showMessage(people.error().message, true);
        return;
    }
    CabMeetingDialog dialog(*m_meeting, *people, {}, this);
    while (dialog.exec() == QDialog::Accepted) {
        auto saved = m_cab->update(dialog.meeting(), *m_actor);
        if (saved) {
            apply(saved, tr("Saved the CAB meeting '%1'.").arg(saved->title));
            return;
        }
        Messages::error(&dialog, tr("CAB meeting"), saved.error().message);
    }
}

void CabPane::buildAgenda()
{
    if (!m_cab || !m_actor || !m_meeting)
        return;
    const auto before = m_meeting->items.size();
    auto built = m_cab->buildAgenda(m_meeting->id, *m_actor);
    apply(built,
          built ? tr("%n request(s) added to the agenda.", nullptr, int(built->items.size() - before))
                : QString());
}

void CabPane::moveSelected(int delta)
{
    const int row = selectedRow();
    if (!m_cab || !m_actor || !m_meeting || row < 0)
        return;
    const CabItem &item = m_meeting->items.at(row);
    if (apply(m_cab->moveItem(m_meeting->id, item.id, item.position + delta, *m_actor), {}))
        selectItem(row + delta);
}

void CabPane::removeSelected()
{
    const int row = selectedRow();
    if (!m_cab || !m_actor || !m_meeting || row < 0)
        return;
    const CabItem item = m_meeting->items.at(row);
    apply(m_cab->removeItem(m_meeting->id, item.id, *m_actor),
          tr("RfC #%1 is off the agenda.").arg(item.changeId));
}

void CabPane::attendanceChanged(QTreeWidgetItem *item, int column)
{
    if (m_filling || column != 2 || !m_cab || !m_actor || !m_meeting)
        return;
    const qint64 person = item->data(0, Qt::UserRole).toLongLong();
    const bool present = item->checkState(2) == Qt::Checked;
    auto result = m_cab->setPresent(m_meeting->id, person, present, *m_actor);
    // The list is not rebuilt here: the item whose box changed is still in use by its signal.
    if (!result) {
        m_filling = true;
        item->setCheckState(2, present ? Qt::Unchecked : Qt::Checked); // what is recorded
        m_filling = false;
        showMessage(result.error().message, true);
        return;
    }
    m_meeting = *result;
    showHeader();
    showMessage(present ? tr("%1 is present.").arg(item->text(0)) : tr("%1 is absent.").arg(item->text(0)),
                false);
}

void CabPane::recordVote()
{
    const int row = selectedRow();
    if (!m_cab || !m_actor || !m_meeting || row < 0 || m_voter->currentIndex() < 0)
        return;
    const CabItem &item = m_meeting->items.at(row);
    auto voted = m_cab->vote(m_meeting->id, item.id, m_voter->currentData().toLongLong(),
                             kChoices.at(m_choice->currentIndex()), m_comment->text(), *m_actor);
    if (apply(voted,
              tr("Recorded the vote of %1 on RfC #%2.").arg(m_voter->currentText()).arg(item.changeId))) {
        m_comment->clear();
        selectItem(row);
    }
}

void CabPane::recordDecision()
{
    const int row = selectedRow();
    if (!m_cab || !m_actor || !m_meeting || row < 0)
        return;
    const CabItem &item = m_meeting->items.at(row);
    const CabDecision decision = kDecisions.at(m_decision->currentIndex());
    const qint64 rfc = item.changeId;
    auto decided
        = m_cab->decide(m_meeting->id, item.id, decision, m_recommendation->text(), m_note->text(), *m_actor);
    if (apply(decided, tr("RfC #%1: %2.").arg(rfc).arg(CabService::decisionName(decision)))) {
        m_recommendation->clear();
        m_note->clear();
        selectItem(std::min(row + 1, m_agenda->topLevelItemCount() - 1));
    }
}

void CabPane::closeMeeting()
{
    if (!m_cab || !m_actor || !m_meeting)
        return;
    int open = 0;
    for (const CabItem &item : m_meeting->items)
        open += item.decision == CabDecision::None ? 1 : 0;
    if (open > 0
        && Messages::question(
               this, tr("Close the meeting"),
               tr("%n item(s) have no decision; they come onto the next meeting's agenda. Close "
                  "the meeting?",
                  nullptr, open),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
        return;
    apply(m_cab->close(m_meeting->id, *m_actor), tr("The meeting is closed; its minutes can be written."));
}

void CabPane::project()
{
    if (!m_cab || !m_meeting)
        return;
    auto sheets = m_cab->sheets(*m_meeting);
    if (!sheets) {
        showMessage(sheets.error().message, true);
        return;
    }
    if (!m_projection)
        m_projection = new ProjectionView;
    m_projection->setMeeting(*m_meeting, *sheets);
    m_projection->showItem(std::max(0, selectedRow()));
    // On the wall screen when there is a second one, else on this one.
    const QList<QScreen *> screens = QGuiApplication::screens();
    QScreen *wall = screens.size() > 1 && screen() == screens.first() ? screens.at(1) : screen();
    if (wall) {
        m_projection->setScreen(wall);
        m_projection->setGeometry(wall->geometry());
    }
    m_projection->showFullScreen();
    m_projection->activateWindow();
    m_projection->setFocus();
}

Status CabPane::writePreRead(const QString &path)
{
    if (!m_cab || !m_meeting)
        return fail(ErrorKind::InvalidInput, tr("Choose a meeting first."));
    auto sheets = m_cab->sheets(*m_meeting);
    if (!sheets)
        return fail(sheets.error());
    return Documents::CabDocuments::writePreRead(*m_meeting, *sheets, m_clock.now(), path);
}

Status CabPane::writeMinutes(const QString &path)
{
    if (!m_meeting)
        return fail(ErrorKind::InvalidInput, tr("Choose a meeting first."));
    return Documents::CabDocuments::writeMinutes(*m_meeting, m_clock.now(), path);
}

} // namespace ChangeDesk::Ui
