// The change calendar pane on a small office in a real SQLite file: the month, week and timeline
// views with maintenance windows, a freeze, waves and conflicts; the conflict list; dragging a bar
// in the week and in the timeline (saved, undone, redone), a move onto a blocking conflict refused
// in words, the next free slot, the timeline's rows by service, the downtime notice and the
// iCalendar export; screenshots of every view in English, German and Dutch.

#include "../change/changetestsupport.h"
#include "guitestmain.h"

#include "calendar/calendarpane.h"
#include "calendar/calendarrepository.h"
#include "calendar/calendarrulesdialog.h"
#include "cmdb/grouprepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeEdit>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

namespace {

const QDateTime kNow(QDate(2026, 11, 23), QTime(8, 0), QTimeZone::UTC); // a Monday
const QDateTime kTuesday(QDate(2026, 11, 24), QTime(21, 0), QTimeZone::UTC);

QList<QString> conflictKinds(const QTreeWidget *list)
{
    QList<QString> kinds;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        kinds << list->topLevelItem(i)->text(2);
    return kinds;
}

} // namespace

class TestCalendarPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void screenshots_data();
    void screenshots();
    void dragInTheWeekIsSavedAndUndone();
    void dragInTheTimeline();
    void blockingMoveIsRefused();
    void nextFreeSlot();
    void rowsByServiceAndExports();
    void windowsAndFreezesKeptInTheDialog_data() { screenshots_data(); }
    void windowsAndFreezesKeptInTheDialog();

private:
    ChangeRequest planned(const QString &title, QList<qint64> cis, const QDateTime &start, int minutes) const;

    QTemporaryDir m_dir;
    std::optional<Test::Office> m_office;
    ManualClock m_clock {kNow};
    std::unique_ptr<Ui::CalendarPane> m_pane;
    QHash<QString, qint64> m_ids;
};

ChangeRequest TestCalendarPane::planned(const QString &title, QList<qint64> cis, const QDateTime &start,
                                        int minutes) const
{
    ChangeRequest r = Test::draft(title, std::move(cis));
    r.plannedStart = start;
    r.plannedEnd = start.addSecs(qint64(minutes) * 60);
    return r;
}

void TestCalendarPane::initTestCase()
{
    auto office = Test::office(u"sqlite"_s, m_dir);
    QVERIFY2(office, Test::why(office));
    m_office = *office;
    const Database &db = *m_office->db;
    const ChangeActor &carl = (*m_office)[u"carl"_s];
    const ChangeActor &ann = (*m_office)[u"ann"_s];

    const CiRepository cis(db, u"setup"_s);
    ConfigurationItem mail;
    mail.name = u"mail-service"_s;
    mail.ciClass = CiClass::Service;
    auto service = cis.add(mail);
    QVERIFY2(service, Test::why(service));
    QVERIFY(cis.relate(service->id, RelationType::RunsOn, m_office->server));
    auto servers = GroupRepository(db).add(CiGroup {0, u"Servers"_s, CiGroup::Kind::Static, {}, {}, 0});
    QVERIFY2(servers, Test::why(servers));
    QVERIFY(GroupRepository(db).addMembers(*servers, {m_office->server, m_office->database}));

    const CalendarRepository calendar(db, carl, m_clock);
    MaintenanceWindow night;
    night.name = u"Server night"_s;
    night.groupId = servers->id;
    night.timeZone = u"Europe/Berlin"_s;
    night.firstDate = QDate(2026, 11, 1);
    night.startTime = QTime(22, 0);
    night.endTime = QTime(4, 0);
    night.recurrence.weekdays = {2, 4};
    QVERIFY(calendar.addWindow(night));
    FreezePeriod freeze;
    freeze.name = u"Gemeenteraadsverkiezing"_s;
    freeze.start = QDateTime(QDate(2026, 12, 8), QTime(0, 0), QTimeZone::UTC);
    freeze.end = freeze.start.addDays(2);
    QVERIFY(calendar.addFreeze(freeze));

    const ChangeService service2(db, WorkflowDefinition::builtIn(), m_clock);
    const auto add = [&](const QString &key, ChangeRequest r) {
        auto created = service2.create(r, ann);
        QVERIFY2(created, Test::why(created));
        m_ids.insert(key, created->id);
    };
    add(u"kernel"_s, planned(u"Kernel update srv-01"_s, {m_office->server}, kTuesday, 60));
    add(u"backup"_s, planned(u"Backup agent srv-01"_s, {m_office->server}, kTuesday.addSecs(1800), 60));
    ChangeRequest db01 = planned(u"Database patch db-01"_s, {m_office->database},
                                 kTuesday.addDays(1).addSecs(-10 * 3600), 120);
    db01.priority = u"high"_s;
    add(u"database"_s, db01);
    ChangeRequest firmware
        = planned(u"Printer firmware"_s, {m_office->printer}, kTuesday.addDays(6), 14 * 24 * 60);
    firmware.waves = {RolloutWave {u"Pilot"_s,
                                   {},
                                   u"prints"_s,
                                   true,
                                   kTuesday.addDays(6).addSecs(-9 * 3600),
                                   kTuesday.addDays(6).addSecs(-6 * 3600),
                                   u"pending"_s,
                                   {}},
                      RolloutWave {u"All"_s,
                                   {},
                                   {},
                                   false,
                                   QDateTime(QDate(2026, 12, 8), QTime(9, 0), QTimeZone::UTC),
                                   QDateTime(QDate(2026, 12, 8), QTime(12, 0), QTimeZone::UTC),
                                   u"pending"_s,
                                   {}}};
    add(u"firmware"_s, firmware);
    add(u"monitoring"_s, planned(u"Monitoring agent"_s, {m_office->database}, kTuesday.addDays(2), 90));
    add(u"certificates"_s, planned(u"Renew certificates"_s, {m_office->server}, kTuesday.addDays(9), 45));
}

void TestCalendarPane::init()
{
    Test::switchLanguage(u"en"_s);
    m_pane = std::make_unique<Ui::CalendarPane>(m_clock);
    QVERIFY(m_pane->setActor(u"carl"_s));
    m_pane->setDatabase(m_office->db);
    QVERIFY(m_pane->setActor(u"carl"_s));
    m_pane->resize(1280, 860);
    m_pane->show();
    m_pane->showDate(QDate(2026, 11, 24));
}

void TestCalendarPane::screenshots_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : {u"en"_s, u"de"_s, u"nl"_s})
        QTest::newRow(qPrintable(language)) << language;
}

void TestCalendarPane::screenshots()
{
    QFETCH(QString, language);
    Test::switchLanguage(language);
    m_pane = std::make_unique<Ui::CalendarPane>(m_clock);
    m_pane->setDatabase(m_office->db);
    m_pane->resize(1280, 860);
    m_pane->show();
    m_pane->showDate(QDate(2026, 11, 24));
    // Items: the kernel update and the backup agent overlap on srv-01 (blocking); the database
    // patch is outside the windows; the firmware's second wave is in the freeze.
    QCOMPARE(m_pane->model().items.size(), 7); // two waves for the firmware
    const QList<QString> kinds = conflictKinds(m_pane->conflictList());
    QCOMPARE(kinds.size(), 2); // in November; the freeze is in December
    QCOMPARE(m_pane->model().worst.value(m_pane->itemOf(m_ids.value(u"kernel"_s))),
             Conflict::Severity::Blocking);
    QCOMPARE(m_pane->model().worst.value(m_pane->itemOf(m_ids.value(u"database"_s))),
             Conflict::Severity::Warning);
    m_pane->selectItem(m_pane->itemOf(m_ids.value(u"kernel"_s)));
    QVERIFY(m_pane->grab().save(Test::screenshotPath(u"calendar-month-%1.png"_s.arg(language))));
    m_pane->setView(Ui::CalendarPane::View::Week);
    QVERIFY(m_pane->weekView()->barRect(m_pane->itemOf(m_ids.value(u"kernel"_s))).isValid());
    QVERIFY(m_pane->grab().save(Test::screenshotPath(u"calendar-week-%1.png"_s.arg(language))));
    m_pane->setView(Ui::CalendarPane::View::Timeline);
    QVERIFY(m_pane->timelineView()->layout().bars.size() >= 6);
    QVERIFY(m_pane->grab().save(Test::screenshotPath(u"calendar-timeline-%1.png"_s.arg(language))));
}

void TestCalendarPane::dragInTheWeekIsSavedAndUndone()
{
    m_pane->setView(Ui::CalendarPane::View::Week);
    const qint64 id = m_ids.value(u"database"_s);
    const ChangeService service(*m_office->db);
    const QDateTime before = service.get(id)->plannedStart;
    Ui::WeekView *week = m_pane->weekView();
    const QRect bar = week->barRect(m_pane->itemOf(id));
    QVERIFY(bar.isValid());
    // Two hours down: the area is 24 hours high below the header.
    const int twoHours = int((week->height() - 27) * 2.0 / 24.0);
    QTest::mousePress(week, Qt::LeftButton, {}, bar.center());
    QTest::mouseMove(week, bar.center() + QPoint(0, twoHours / 2));
    QTest::mouseRelease(week, Qt::LeftButton, {}, bar.center() + QPoint(0, twoHours));
    QVERIFY2(!m_pane->isMessageError(), qPrintable(m_pane->messageText()));
    QCOMPARE(service.get(id)->plannedStart, before.addSecs(2 * 3600));
    QCOMPARE(m_pane->undoStack()->count(), 1);
    m_pane->undoStack()->undo();
    QCOMPARE(service.get(id)->plannedStart, before);
    m_pane->undoStack()->redo();
    QCOMPARE(service.get(id)->plannedStart, before.addSecs(2 * 3600));
    m_pane->undoStack()->undo();
    QCOMPARE(service.get(id)->plannedStart, before);
}

void TestCalendarPane::dragInTheTimeline()
{
    m_pane->setView(Ui::CalendarPane::View::Timeline);
    const qint64 id = m_ids.value(u"monitoring"_s);
    const ChangeService service(*m_office->db);
    const QDateTime before = service.get(id)->plannedStart;
    Ui::TimelineView *timeline = m_pane->timelineView();
    const QRect bar = timeline->barRect(m_pane->itemOf(id));
    QVERIFY(bar.isValid());
    const double dayWidth = (timeline->width() - 181) / 28.0;
    QTest::mousePress(timeline, Qt::LeftButton, {}, bar.center());
    QTest::mouseRelease(timeline, Qt::LeftButton, {}, bar.center() + QPoint(int(std::lround(dayWidth)), 0));
    QVERIFY2(!m_pane->isMessageError(), qPrintable(m_pane->messageText()));
    const qint64 moved = before.secsTo(service.get(id)->plannedStart);
    // A day, to the quarter hour the pixels allow.
    QVERIFY2(std::abs(moved - 24 * 3600) <= 3600, qPrintable(QString::number(moved)));
    QCOMPARE(moved % (15 * 60), 0);
    m_pane->undoStack()->undo();
    QCOMPARE(service.get(id)->plannedStart, before);
}

void TestCalendarPane::blockingMoveIsRefused()
{
    const qint64 id = m_ids.value(u"certificates"_s);
    const ChangeService service(*m_office->db);
    const QDateTime before = service.get(id)->plannedStart;
    // Onto the kernel update on srv-01.
    QVERIFY(!m_pane->reschedule(m_pane->itemOf(id), {kTuesday.addSecs(600), kTuesday.addSecs(1200)}));
    QVERIFY(m_pane->isMessageError());
    QVERIFY2(m_pane->messageText().contains(u"Kernel update srv-01"_s), qPrintable(m_pane->messageText()));
    QCOMPARE(service.get(id)->plannedStart, before);
    QCOMPARE(m_pane->undoStack()->count(), 0);
    QVERIFY(m_pane->grab().save(Test::screenshotPath(u"calendar-refused-move.png"_s)));
}

void TestCalendarPane::nextFreeSlot()
{
    const qint64 id = m_ids.value(u"backup"_s);
    const ChangeService service(*m_office->db);
    const auto before = service.get(id);
    m_pane->selectItem(m_pane->itemOf(id));
    QVERIFY(m_pane->moveToNextFreeSlot());
    // After the kernel update, in the same night.
    QCOMPARE(service.get(id)->plannedStart, kTuesday.addSecs(3600));
    QCOMPARE(service.get(id)->plannedEnd, kTuesday.addSecs(7200));
    // Undo puts it back where it was, on top of the kernel update as before.
    m_pane->undoStack()->undo();
    QCOMPARE(service.get(id)->plannedStart, before->plannedStart);
    QVERIFY2(m_pane->messageText().contains(u"Kernel update srv-01"_s), qPrintable(m_pane->messageText()));
}

void TestCalendarPane::rowsByServiceAndExports()
{
    m_pane->setView(Ui::CalendarPane::View::Timeline);
    m_pane->setRows(Ui::CalendarPane::Rows::Services);
    QStringList rows;
    for (const TimelineRow &row : m_pane->timelineView()->layout().rows)
        rows << row.label;
    QVERIFY2(rows.contains(u"mail-service"_s), qPrintable(rows.join(u", "_s)));
    QVERIFY2(rows.contains(u"No service affected"_s), qPrintable(rows.join(u", "_s)));
    QVERIFY(m_pane->grab().save(Test::screenshotPath(u"calendar-timeline-services.png"_s)));

    m_pane->selectItem(m_pane->itemOf(m_ids.value(u"kernel"_s)));
    const QString notice = m_dir.filePath(u"notice.pdf"_s);
    QVERIFY2(m_pane->exportNotice(notice), qPrintable(m_pane->messageText()));
    QFile pdf(notice);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    const QString ics = m_dir.filePath(u"month.ics"_s);
    m_pane->setView(Ui::CalendarPane::View::Month);
    QVERIFY(m_pane->exportIcs(ics));
    QFile file(ics);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    // November: the kernel update, the backup agent, the database patch, the monitoring agent and
    // the firmware's pilot wave (its second wave is in December).
    QCOMPARE(text.count("BEGIN:VEVENT"), 5);
}

void TestCalendarPane::windowsAndFreezesKeptInTheDialog()
{
    QFETCH(QString, language);
    Test::switchLanguage(language);
    const Database &db = *m_office->db;
    // An applicant sees the lists read-only.
    {
        Ui::CalendarRulesDialog readOnly(db, (*m_office)[u"ann"_s], m_clock);
        QVERIFY(!readOnly.messageText().isEmpty());
        // Add, edit and remove on both tabs are disabled; only Close is not.
        int editing = 0;
        for (const QPushButton *button : readOnly.findChildren<QPushButton *>()) {
            if (qobject_cast<QDialogButtonBox *>(button->parent()))
                continue;
            ++editing;
            QVERIFY2(!button->isEnabled(), qPrintable(button->text()));
        }
        QCOMPARE(editing, 6);
    }
    Ui::CalendarRulesDialog dialog(db, (*m_office)[u"carl"_s], m_clock);
    dialog.resize(900, 480);
    QCOMPARE(dialog.windowTable()->rowCount(), 1);
    QCOMPARE(dialog.freezeTable()->rowCount(), 1);
    QVERIFY(dialog.windowTable()->item(0, 1)->text().contains(u"Servers"_s));

    // A new window for one CI, every Saturday 06:00-08:00; first with a CI that does not exist:
    // refused in words, and the editor comes back with what was typed.
    int round = 0;
    QString previewText;
    dialog.runEditor = [&](QDialog &editorDialog) {
        auto &editor = static_cast<Ui::WindowEditor &>(editorDialog);
        ++round;
        if (round == 1) {
            editor.nameField()->setText(u"Saturday morning"_s);
            editor.scopeField()->setCurrentIndex(1);
            editor.findChild<QLineEdit *>(u"windowCi"_s)->setText(u"no-such-ci"_s);
            editor.weekdayBox(2)->setChecked(false);
            editor.weekdayBox(6)->setChecked(true);
            editor.startField()->setTime(QTime(6, 0));
            editor.endField()->setTime(QTime(8, 0));
            previewText = editor.preview()->text();
            editor.resize(640, 560);
            [&] {
                QVERIFY(editor.grab().save(
                    Test::screenshotPath(u"calendar-window-editor-%1.png"_s.arg(language))));
            }();
            return true;
        }
        // Round 2: the typed values are still there; the CI is corrected.
        [&] {
            QCOMPARE(editor.nameField()->text(), u"Saturday morning"_s);
            QVERIFY(editor.weekdayBox(6)->isChecked());
        }();
        editor.findChild<QLineEdit *>(u"windowCi"_s)->setText(u"printer-2"_s);
        return true;
    };
    QVERIFY(dialog.addWindow());
    QCOMPARE(round, 2);
    QVERIFY2(previewText.count(u'\n') >= 3, qPrintable(previewText)); // the rule and three next times
    QCOMPARE(dialog.windowTable()->rowCount(), 2);
    auto windows = CalendarRepository(db).windows();
    const auto added = std::ranges::find_if(
        *windows, [](const MaintenanceWindow &w) { return w.name == u"Saturday morning"; });
    QVERIFY(added != windows->end());
    QCOMPARE(added->ciId, m_office->printer);
    QCOMPARE(added->recurrence.weekdays, (QList<int> {6}));
    QCOMPARE(added->startTime, QTime(6, 0));

    // A freeze that ends before it starts is refused; corrected, it is added.
    round = 0;
    dialog.runEditor = [&](QDialog &editorDialog) {
        auto &editor = static_cast<Ui::FreezeEditor &>(editorDialog);
        ++round;
        editor.nameField()->setText(u"Year-end closing"_s);
        const QDateTime start(QDate(2026, 12, 28), QTime(0, 0));
        editor.startField()->setDateTime(start);
        editor.endField()->setDateTime(round == 1 ? start.addDays(-1) : start.addDays(5));
        return true;
    };
    QVERIFY(dialog.addFreeze());
    QCOMPARE(round, 2);
    QCOMPARE(dialog.freezeTable()->rowCount(), 2);
    QVERIFY(dialog.grab().save(Test::screenshotPath(u"calendar-rules-%1.png"_s.arg(language))));

    // Removed again, so that each language starts from the same calendar.
    for (int row = dialog.windowTable()->rowCount() - 1; row >= 0; --row) {
        if (dialog.windowTable()->item(row, 0)->text() == u"Saturday morning")
            QVERIFY(dialog.removeWindow(row));
    }
    for (int row = dialog.freezeTable()->rowCount() - 1; row >= 0; --row) {
        if (dialog.freezeTable()->item(row, 0)->text() == u"Year-end closing")
            QVERIFY(dialog.removeFreeze(row));
    }
    windows = CalendarRepository(db).windows();
    QCOMPARE(windows->size(), 1);
    QCOMPARE(windows->first().name, u"Server night"_s);
    QCOMPARE(CalendarRepository(db).freezes()->size(), 1);
    QVERIFY(dialog.changed());
}

CHANGEDESK_GUI_TEST_MAIN(TestCalendarPane)
#include "tst_calendarpane.moc"
