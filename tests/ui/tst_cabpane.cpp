// The CAB pane on a small office in a real SQLite file: a meeting's members and attendance, the
// agenda built and reordered, votes and decisions recorded through the pane's widgets (the
// requests move through the workflow), refusals shown in words, the meeting dialog, the pre-read
// package and minutes as PDF, and the projection for the wall screen driven by the keyboard;
// screenshots of the pane, the dialog and the projection in English, German and Dutch.

#include "../change/changetestsupport.h"
#include "guitestmain.h"

#include "cab/cabmeetingdialog.h"
#include "cab/cabpane.h"
#include "cab/projectionview.h"
#include "common/messages.h"
#include "people/peoplerepository.h"

#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

namespace {

const QDateTime kNow(QDate(2026, 11, 23), QTime(8, 0), QTimeZone::UTC);
const QDateTime kNight(QDate(2026, 12, 1), QTime(22, 0), QTimeZone::UTC);

} // namespace

class TestCabPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void screenshots_data();
    void screenshots();
    void votesAndDecisionsThroughThePane();
    void meetingDialog();

private:
    void openPane(const QString &login);

    QTemporaryDir m_dir;
    std::optional<Test::Office> m_office;
    ManualClock m_clock {kNow};
    std::unique_ptr<Ui::CabPane> m_pane;
    qint64 m_meeting = 0;
    QList<qint64> m_requests;
};

void TestCabPane::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto office = Test::office(u"sqlite"_s, m_dir);
    QVERIFY2(office, Test::why(office));
    m_office = *office;
    const ChangeService changes(*m_office->db, WorkflowDefinition::builtIn(), m_clock);
    const QList<std::tuple<QString, QString, QDateTime, qint64>> requests {
        {u"Kernel update of the web server"_s, u"high"_s, kNight, m_office->server},
        {u"Reorganise the citizens' database"_s, u"normal"_s, kNight.addSecs(1800), m_office->database},
        {u"Firmware of the printers"_s, u"low"_s, kNight.addDays(2), m_office->printer},
    };
    for (const auto &[title, priority, start, ci] : requests) {
        auto id = Test::awaitingBoard(changes, *m_office, title, priority, start, ci);
        QVERIFY2(id, Test::why(id));
        m_requests << *id;
    }
    // Security management objects to the database request's priority.
    QVERIFY(changes.object(m_requests.at(1), u"priority"_s, u"high"_s, u"Personal data of every citizen"_s,
                           (*m_office)[u"sam"_s]));
    const CabService cab(*m_office->db, changes, m_clock);
    CabMeeting m;
    m.title = u"Weekly CAB"_s;
    m.start = QDateTime(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::UTC);
    m.end = m.start.addSecs(5400);
    m.location = u"Room 2.14"_s;
    m.quorum = 2;
    m.members = {{(*m_office)[u"bea"_s].personId, CabMember::Role::Chair, false, {}},
                 {(*m_office)[u"carl"_s].personId, CabMember::Role::Member, false, {}},
                 {(*m_office)[u"dual"_s].personId, CabMember::Role::Member, false, {}},
                 {(*m_office)[u"sam"_s].personId, CabMember::Role::Guest, false, {}}};
    auto created = cab.create(m, (*m_office)[u"carl"_s]);
    QVERIFY2(created, Test::why(created));
    m_meeting = created->id;
}

void TestCabPane::openPane(const QString &login)
{
    m_pane = std::make_unique<Ui::CabPane>(m_clock);
    QVERIFY(m_pane->setActor(login));
    m_pane->setDatabase(m_office->db);
    m_pane->resize(1280, 800);
    m_pane->show();
    QVERIFY(m_pane->selectMeeting(m_meeting));
}

void TestCabPane::init()
{
    Test::switchLanguage(u"en"_s);
}

void TestCabPane::screenshots_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : {u"en"_s, u"de"_s, u"nl"_s})
        QTest::newRow(qPrintable(language)) << language;
}

void TestCabPane::screenshots()
{
    QFETCH(QString, language);
    Test::switchLanguage(language);
    openPane(u"carl"_s);
    if (m_pane->meeting()->items.isEmpty()) {
        m_pane->buildAgenda();
        QVERIFY2(!m_pane->isMessageError(), qPrintable(m_pane->messageText()));
    }
    QCOMPARE(m_pane->agendaList()->topLevelItemCount(), 3);
    QCOMPARE(m_pane->memberList()->topLevelItemCount(), 4);
    m_pane->selectItem(0);
    QVERIFY(m_pane->grab().save(Test::screenshotPath(u"cab-pane-%1.png"_s.arg(language))));

    // The projection: one request at a time, the keyboard moves through the agenda.
    m_pane->selectItem(1);
    m_pane->project();
    Ui::ProjectionView *wall = m_pane->projection();
    QVERIFY(wall);
    QVERIFY(wall->isFullScreen());
    QCOMPARE(wall->count(), 3);
    QCOMPARE(wall->currentIndex(), 1);
    // The database request: its very high protection need, its clash and the open objection.
    const QString shown = wall->currentText();
    for (const QString &expected :
         {u"Reorganise the citizens' database"_s, u"db-01"_s, u"Restore the snapshot"_s,
          u"Personal data of every citizen"_s, u"Web shop down for 30 minutes"_s})
        QVERIFY2(shown.contains(expected), qPrintable(shown));
    wall->resize(1280, 720);
    QVERIFY(wall->grab().save(Test::screenshotPath(u"cab-projection-%1.png"_s.arg(language))));
    QTest::keyClick(wall, Qt::Key_Right);
    QCOMPARE(wall->currentIndex(), 2);
    QTest::keyClick(wall, Qt::Key_Right); // stays on the last
    QCOMPARE(wall->currentIndex(), 2);
    QTest::keyClick(wall, Qt::Key_Home);
    QCOMPARE(wall->currentIndex(), 0);
    QVERIFY(wall->currentText().contains(u"Kernel update of the web server"_s));
    QTest::keyClick(wall, Qt::Key_End);
    QCOMPARE(wall->currentIndex(), 2);
    QTest::keyClick(wall, Qt::Key_Left);
    QCOMPARE(wall->currentIndex(), 1);
    QTest::keyClick(wall, Qt::Key_Escape);
    QVERIFY(!wall->isVisible());
}

void TestCabPane::votesAndDecisionsThroughThePane()
{
    openPane(u"carl"_s);
    if (m_pane->meeting()->items.isEmpty())
        m_pane->buildAgenda();
    QCOMPARE(m_pane->agendaList()->topLevelItemCount(), 3);
    QCOMPARE(m_pane->agendaList()->topLevelItem(0)->text(1), u"#%1"_s.arg(m_requests.at(0)));

    // Reordering: the printers first, then back.
    m_pane->selectItem(2);
    m_pane->moveSelected(-2);
    QCOMPARE(m_pane->agendaList()->topLevelItem(0)->text(1), u"#%1"_s.arg(m_requests.at(2)));
    QCOMPARE(m_pane->meeting()->items.first().changeId, m_requests.at(2));
    m_pane->moveSelected(2);
    QCOMPARE(m_pane->meeting()->items.last().changeId, m_requests.at(2));

    // Nobody present: no voters, and an approval is refused in words.
    QCOMPARE(m_pane->voterField()->count(), 0);
    m_pane->selectItem(0);
    m_pane->decisionField()->setCurrentIndex(0); // approve
    m_pane->recordDecision();
    QVERIFY(m_pane->isMessageError());
    QVERIFY2(m_pane->messageText().contains(u"not quorate"_s), qPrintable(m_pane->messageText()));

    // Attendance through the check boxes.
    for (int i = 0; i < m_pane->memberList()->topLevelItemCount(); ++i) {
        QTreeWidgetItem *member = m_pane->memberList()->topLevelItem(i);
        if (member->text(0) == u"BEA"_s || member->text(0) == u"CARL"_s)
            member->setCheckState(2, Qt::Checked);
    }
    QCOMPARE(m_pane->meeting()->presentVoters(), 2);
    QCOMPARE(m_pane->voterField()->count(), 2);

    // Votes and the approval of the first item.
    m_pane->selectItem(0);
    m_pane->voterField()->setCurrentIndex(m_pane->voterField()->findText(u"BEA"_s));
    m_pane->choiceField()->setCurrentIndex(0);
    m_pane->recordVote();
    QVERIFY2(!m_pane->isMessageError(), qPrintable(m_pane->messageText()));
    QCOMPARE(m_pane->agendaList()->topLevelItem(0)->text(6), u"1 / 0 / 0"_s);
    m_pane->selectItem(0);
    m_pane->decisionField()->setCurrentIndex(0);
    m_pane->recommendationField()->setText(u"Approve for Tuesday night"_s);
    m_pane->recordDecision();
    QVERIFY2(!m_pane->isMessageError(), qPrintable(m_pane->messageText()));
    const ChangeService changes(*m_office->db);
    QCOMPARE(changes.get(m_requests.at(0))->state, u"authorized"_s);
    QCOMPARE(m_pane->agendaList()->topLevelItem(0)->text(7), u"approved"_s);
    // Under the agenda: what is recorded on the selected item.
    m_pane->selectItem(0);
    const QString record = m_pane->itemRecord()->toPlainText();
    for (const QString &expected :
         {u"Approve for Tuesday night"_s, u"BEA: for approval"_s, u"by CARL"_s, u"Authorized"_s})
        QVERIFY2(record.contains(expected), qPrintable(record));

    // A rejection without a reason is refused; "more information" with a note is recorded.
    m_pane->selectItem(1);
    m_pane->decisionField()->setCurrentIndex(1); // reject
    m_pane->recordDecision();
    QVERIFY(m_pane->isMessageError());
    QVERIFY2(m_pane->messageText().contains(u"needs a note"_s), qPrintable(m_pane->messageText()));
    m_pane->selectItem(1);
    m_pane->decisionField()->setCurrentIndex(3); // more information
    m_pane->noteField()->setText(u"Which tables are reorganised?"_s);
    m_pane->recordDecision();
    QVERIFY2(!m_pane->isMessageError(), qPrintable(m_pane->messageText()));
    QCOMPARE(changes.get(m_requests.at(1))->state, u"cab_review"_s);
    QVERIFY(m_pane->grab().save(Test::screenshotPath(u"cab-pane-decisions.png"_s)));

    // The documents: the pre-read package and the minutes as PDF.
    const QString preRead = m_dir.filePath(u"pane-pre-read.pdf"_s);
    QVERIFY(m_pane->writePreRead(preRead));
    QVERIFY(QFileInfo(preRead).size() > 1000);

    // An applicant sees the meeting but keeps nothing.
    openPane(u"ann"_s);
    QVERIFY(!m_pane->action(u"newMeeting"_s)->isEnabled());
    QVERIFY(!m_pane->action(u"buildAgenda"_s)->isEnabled());
    QVERIFY(!m_pane->decisionField()->isEnabled());
    QVERIFY(m_pane->action(u"project"_s)->isEnabled());

    // Closing: the last item is not decided, so the pane asks first; the answer is yes.
    openPane(u"carl"_s);
    Ui::Messages::setNextAnswer(QMessageBox::Yes);
    m_pane->closeMeeting();
    QVERIFY2(!m_pane->isMessageError(), qPrintable(m_pane->messageText()));
    QCOMPARE(m_pane->meeting()->status, CabMeeting::Status::Closed);
    QVERIFY(!m_pane->action(u"buildAgenda"_s)->isEnabled());
    const QString minutes = m_dir.filePath(u"pane-minutes.pdf"_s);
    QVERIFY(m_pane->writeMinutes(minutes));
    QVERIFY(QFileInfo(minutes).size() > 1000);
}

void TestCabPane::meetingDialog()
{
    auto people = PeopleRepository(*m_office->db).persons();
    QVERIFY2(people, Test::why(people));
    for (const QString &language : {u"en"_s, u"de"_s, u"nl"_s}) {
        Test::switchLanguage(language);
        CabMeeting draft;
        draft.start = QDateTime(QDate(2026, 12, 3), QTime(10, 0), QTimeZone::UTC);
        draft.quorum = 1;
        Ui::CabMeetingDialog dialog(draft, *people, {(*m_office)[u"bea"_s].personId}, nullptr);
        dialog.titleField()->setText(u"Quarterly CAB"_s);
        // bea is proposed as a member (she holds the board role); carl becomes the chair.
        int carlRow = -1;
        for (int row = 0; row < people->size(); ++row) {
            if (people->at(row).login == u"carl")
                carlRow = row;
        }
        QVERIFY(carlRow >= 0);
        dialog.setRole(carlRow, 1);
        dialog.quorumField()->setValue(2);
        const CabMeeting m = dialog.meeting();
        QCOMPARE(m.title, u"Quarterly CAB"_s);
        QCOMPARE(m.members.size(), 2);
        QCOMPARE(m.quorum, 2);
        QVERIFY(m.member((*m_office)[u"bea"_s].personId));
        QCOMPARE(m.member((*m_office)[u"carl"_s].personId)->role, CabMember::Role::Chair);
        dialog.show();
        QVERIFY(dialog.grab().save(Test::screenshotPath(u"cab-meeting-dialog-%1.png"_s.arg(language))));
    }
}

CHANGEDESK_GUI_TEST_MAIN(TestCabPane)
#include "tst_cabpane.moc"
