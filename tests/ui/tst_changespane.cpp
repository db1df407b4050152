// The requests-for-change pane on a small office (applicants, change manager, security management,
// implementer) in a real SQLite file: the list with its filters and "my to-dos" (overdue marked),
// the form with read-only and needed fields, saving, transitions through their buttons (the reason
// dialog answered), similar requests on submit, a refused transition in words, objections, new
// drafts, the empty state for an unknown login; screenshots of the list, every form tab and the
// reason dialog in English, German and Dutch.

#include "guitestmain.h"
#include "testsupport.h"

#include "change/changeagenda.h"
#include "change/changeservice.h"
#include "change/workflowstore.h"
#include "changes/affecteddialog.h"
#include "changes/attachmentviewer.h"
#include "changes/changedialogs.h"
#include "changes/changefiltermodel.h"
#include "changes/changeform.h"
#include "changes/changeprint.h"
#include "changes/changespane.h"
#include "changes/changetablemodel.h"
#include "changes/kpidialog.h"
#include "cmdb/cirepository.h"
#include "cmdb/grouprepository.h"
#include "cmdb/recordtablemodel.h"
#include "common/messages.h"
#include "demo/demodata.h"
#include "people/peoplerepository.h"
#include "people/personroles.h"
#include "storage/database.h"
#include "storage/migrator.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSortFilterProxyModel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimeZone>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;
using namespace ChangeDesk::Ui;

namespace {

void verifyPicture(const QString &path)
{
    QImage image(path);
    QVERIFY2(!image.isNull(), qPrintable(path));
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 5)
        for (int x = 0; x < image.width(); x += 5)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 20, qPrintable(u"%1 looks empty"_s.arg(path)));
}

QList<qint64> shownIds(const QAbstractItemModel *model)
{
    QList<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->index(row, 0).data(ChangeTableModel::ChangeIdRole).toLongLong();
    std::ranges::sort(ids);
    return ids;
}

} // namespace

class TestChangesPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listShowsRequestsInWords();
    void filtersNarrowTheList();
    void myToDosMarkOverdue();
    void neededFieldsAreHighlightedAndSaved();
    void fieldsAreReadOnlyForOtherRoles();
    void transitionAsksForAReason();
    void submitShowsSimilarRequests();
    void refusedTransitionSaysWhy();
    void conflictKeepsWhatWasTyped();
    void objectionAndDecision();
    void newRequestIsADraftOfTheActor();
    void affectedChosenInTheForm_data() { screenshots_data(); }
    void affectedChosenInTheForm();
    void datesCanBeCleared();
    void planConflictsShownLive();
    void unknownLoginShowsEmptyState();
    void followsTheWorkflowInForce();
    void screenshots_data();
    void screenshots();
    void attachmentsViewedAndCompared_data() { screenshots_data(); }
    void attachmentsViewedAndCompared();
    void keyFiguresPerMonth_data() { screenshots_data(); }
    void keyFiguresPerMonth();
    void printedAndExportedAsPdf_data() { screenshots_data(); }
    void printedAndExportedAsPdf();

private:
    std::unique_ptr<ChangesPane> newPane(const QString &login);
    ChangeRequest request(const QString &title, QList<qint64> cis) const;
    const ChangeActor &who(const QString &login) const { return m_people.find(login).value(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<ChangeService> m_service;
    QHash<QString, ChangeActor> m_people;
    qint64 m_admin = 0;
    qint64 m_printer = 0;
    qint64 m_server = 0;
    // The office's requests.
    qint64 m_ready = 0; // ann's draft, complete: ann may submit it
    qint64 m_incomplete = 0; // ann's draft without a reason
    qint64 m_late = 0; // ada's, submitted, planned start passed: overdue for carl
    qint64 m_waiting = 0; // ada's, submitted, planned next month
    ManualClock m_clock {QDateTime(QDate(2026, 11, 23), QTime(8, 0), QTimeZone::UTC)};
};

ChangeRequest TestChangesPane::request(const QString &title, QList<qint64> cis) const
{
    ChangeRequest r;
    r.title = title;
    r.description = u"Apply the vendor's security update."_s;
    r.reason = u"Security advisory of the vendor."_s;
    r.ciIds = std::move(cis);
    return r;
}

void TestChangesPane::init()
{
    Test::failOnSqlWarnings();
    Messages::takeShownMessages();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = openAndMigrate(Test::freshSqliteUrl(*m_dir), OpenOptions {true, nullptr});
    QVERIFY2(db, Test::why(db));
    m_db = *db;
    m_people.clear();
    const PeopleRepository people(*m_db);
    const PersonRoles roles(*m_db);
    const QList<std::pair<QString, QSet<QString>>> staff {
        {u"adm"_s, {u"administrator"_s}},       {u"ann"_s, {u"applicant"_s}},
        {u"ada"_s, {u"applicant"_s}},           {u"carl"_s, {u"change_manager"_s}},
        {u"sam"_s, {u"security_management"_s}}, {u"ian"_s, {u"implementer"_s}},
    };
    const QHash<QString, QString> names {{u"adm"_s, u"Admin Istrator"_s}, {u"ann"_s, u"Ann Jansen"_s},
                                         {u"ada"_s, u"Ada de Boer"_s},    {u"carl"_s, u"Carl Smit"_s},
                                         {u"sam"_s, u"Sam Visser"_s},     {u"ian"_s, u"Ian Bakker"_s}};
    for (const auto &[login, set] : staff) {
        Person p;
        p.login = login;
        p.displayName = names.value(login);
        auto added = people.addPerson(p);
        QVERIFY2(added, Test::why(added));
        if (login == u"adm")
            m_admin = added->id;
        QVERIFY(roles.setRoles(added->id, set, m_admin, u"adm"_s));
        m_people.insert(login, ChangeActor {added->id, login, p.displayName, set});
    }
    const CiRepository cis(*m_db, u"setup"_s, m_clock);
    ConfigurationItem printer;
    printer.name = u"printer-2"_s;
    printer.ciClass = CiClass::Printer;
    auto addedPrinter = cis.add(printer);
    QVERIFY2(addedPrinter, Test::why(addedPrinter));
    m_printer = addedPrinter->id;
    ConfigurationItem server;
    server.name = u"srv-mail"_s;
    server.ciClass = CiClass::Server;
    server.protection.availability = ProtectionLevel::High;
    auto addedServer = cis.add(server);
    QVERIFY2(addedServer, Test::why(addedServer));
    m_server = addedServer->id;

    m_service = std::make_unique<ChangeService>(*m_db, WorkflowDefinition::builtIn(), m_clock);
    auto ready = m_service->create(request(u"Printer firmware 4.2"_s, {m_printer}), who(u"ann"_s));
    QVERIFY2(ready, Test::why(ready));
    m_ready = ready->id;
    ChangeRequest incomplete = request(u"Mail server kernel patch"_s, {m_server});
    incomplete.reason.clear();
    auto draft = m_service->create(incomplete, who(u"ann"_s));
    QVERIFY2(draft, Test::why(draft));
    m_incomplete = draft->id;
    ChangeRequest late = request(u"Replace the core switch firmware"_s, {m_server});
    late.plannedStart = m_clock.now().addDays(-2);
    late.plannedEnd = m_clock.now().addDays(-1);
    auto lateDraft = m_service->create(late, who(u"ada"_s));
    QVERIFY2(lateDraft, Test::why(lateDraft));
    QVERIFY(m_service->act(lateDraft->id, u"submit"_s, who(u"ada"_s)));
    m_late = lateDraft->id;
    ChangeRequest waiting = request(u"Update the intranet CMS"_s, {m_server});
    waiting.plannedStart = m_clock.now().addDays(30);
    waiting.plannedEnd = m_clock.now().addDays(31);
    auto waitingDraft = m_service->create(waiting, who(u"ada"_s));
    QVERIFY2(waitingDraft, Test::why(waitingDraft));
    QVERIFY(m_service->act(waitingDraft->id, u"submit"_s, who(u"ada"_s)));
    m_waiting = waitingDraft->id;
}

void TestChangesPane::cleanup()
{
    m_service.reset();
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<ChangesPane> TestChangesPane::newPane(const QString &login)
{
    auto pane = std::make_unique<ChangesPane>(m_clock);
    pane->resize(1180, 860);
    pane->setDatabase(m_db);
    if (!login.isEmpty())
        [&] {
            QVERIFY(pane->setActor(login));
        }();
    return pane;
}

void TestChangesPane::listShowsRequestsInWords()
{
    auto pane = newPane(u"carl"_s);
    QAbstractItemModelTester tester(pane->changeFilter(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester sourceTester(pane->changeModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(pane->shownCount(), 4);
    ChangeTableModel *model = pane->changeModel();
    const int row = model->rowOf(m_late);
    QCOMPARE(model->index(row, ChangeTableModel::StateColumn).data().toString(), u"Submitted"_s);
    QCOMPARE(model->index(row, ChangeTableModel::TypeColumn).data().toString(), u"Normal change"_s);
    QCOMPARE(model->index(row, ChangeTableModel::ApplicantColumn).data().toString(), u"Ada de Boer"_s);
    QCOMPARE(model->index(model->rowOf(m_ready), ChangeTableModel::StateColumn).data().toString(),
             u"Draft"_s);
    QVERIFY(!model->index(row, ChangeTableModel::PlannedStartColumn).data().toString().isEmpty());
    // Sorting by a header click on the typed value: the number.
    pane->changeView()->sortByColumn(ChangeTableModel::IdColumn, Qt::AscendingOrder);
    QCOMPARE(pane->changeFilter()->index(0, 0).data(ChangeTableModel::ChangeIdRole).toLongLong(), m_ready);
    pane->changeView()->sortByColumn(ChangeTableModel::PlannedStartColumn, Qt::DescendingOrder);
    QCOMPARE(pane->changeFilter()->index(0, 0).data(ChangeTableModel::ChangeIdRole).toLongLong(), m_waiting);
    QVERIFY(Messages::takeShownMessages().isEmpty());
}

void TestChangesPane::filtersNarrowTheList()
{
    auto pane = newPane(u"carl"_s);
    auto *search = pane->findChild<QLineEdit *>(u"changeSearch"_s);
    QVERIFY(search);
    QTest::keyClicks(search, u"printer"_s);
    QCOMPARE(shownIds(pane->changeFilter()), QList<qint64> {m_ready});
    search->clear();
    QTest::keyClicks(search, u"ada"_s); // the applicant's name
    QCOMPARE(shownIds(pane->changeFilter()), (QList<qint64> {m_late, m_waiting}));
    search->clear();
    auto *state = pane->findChild<QComboBox *>(u"stateFilter"_s);
    QVERIFY(state);
    state->setCurrentIndex(state->findData(u"draft"_s));
    QCOMPARE(shownIds(pane->changeFilter()), (QList<qint64> {m_ready, m_incomplete}));
    QCOMPARE(state->currentText(), u"Draft"_s);
    state->setCurrentIndex(0);
    auto *type = pane->findChild<QComboBox *>(u"typeFilter"_s);
    QVERIFY(type);
    type->setCurrentIndex(type->findData(u"emergency"_s));
    QCOMPARE(pane->shownCount(), 0);
    type->setCurrentIndex(type->findData(u"normal"_s));
    QCOMPARE(pane->shownCount(), 4);
    auto *count = pane->findChild<QLabel *>(u"changeCount"_s);
    // "4 of 4 requests" once the English catalogue has the plural.
    QVERIFY2(count->text().startsWith(u"4 of 4 request"_s), qPrintable(count->text()));
}

void TestChangesPane::myToDosMarkOverdue()
{
    auto pane = newPane(u"carl"_s);
    auto *toDos = pane->findChild<QToolButton *>(u"myToDos"_s);
    QVERIFY(toDos);
    QTest::mouseClick(toDos, Qt::LeftButton);
    QVERIFY(toDos->isChecked());
    // Drafts are their applicants' work; the submitted ones wait for the change manager.
    QCOMPARE(shownIds(pane->changeFilter()), (QList<qint64> {m_late, m_waiting}));
    ChangeTableModel *model = pane->changeModel();
    const QModelIndex late = model->index(model->rowOf(m_late), ChangeTableModel::DueColumn);
    const QModelIndex waiting = model->index(model->rowOf(m_waiting), ChangeTableModel::DueColumn);
    QVERIFY(late.data(ChangeTableModel::OverdueRole).toBool());
    QVERIFY2(late.data().toString().startsWith(u"⚠ Overdue"_s), qPrintable(late.data().toString()));
    QCOMPARE(late.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xb0, 0x1e, 0x1e));
    QVERIFY(!waiting.data(ChangeTableModel::OverdueRole).toBool());
    QVERIFY(waiting.data().toString().startsWith(u"To do by"_s));
    QVERIFY(waiting.data(Qt::ToolTipRole).toString().contains(u"Accept"_s));
    // Overdue first when sorted by the to-do column.
    pane->changeView()->sortByColumn(ChangeTableModel::DueColumn, Qt::AscendingOrder);
    QCOMPARE(pane->changeFilter()->index(0, 0).data(ChangeTableModel::ChangeIdRole).toLongLong(), m_late);
    QTest::mouseClick(toDos, Qt::LeftButton);
    QCOMPARE(pane->shownCount(), 4);

    // Ann's to-do: submitting her complete draft.
    auto annPane = newPane(u"ann"_s);
    annPane->findChild<QToolButton *>(u"myToDos"_s)->setChecked(true);
    QCOMPARE(shownIds(annPane->changeFilter()), (QList<qint64> {m_ready, m_incomplete}));
}

void TestChangesPane::neededFieldsAreHighlightedAndSaved()
{
    auto pane = newPane(u"ann"_s);
    pane->selectChange(m_incomplete);
    QCOMPARE(pane->currentChangeId(), m_incomplete);
    ChangeForm *form = pane->form();
    QVERIFY(form->isHighlighted(u"reason"_s));
    QVERIFY(!form->isHighlighted(u"title"_s));
    QVERIFY(form->field(u"reason"_s)->toolTip().contains(u"Submit"_s));
    QVERIFY(!pane->actionIds().contains(u"submit"_s));
    QCOMPARE(pane->actionIds(), QStringList());

    auto *reason = qobject_cast<QPlainTextEdit *>(form->field(u"reason"_s));
    QVERIFY(reason && !reason->isReadOnly());
    reason->setFocus();
    QTest::keyClicks(reason, u"CVE-2026-1234 in the kernel"_s);
    QVERIFY(form->isModified());
    auto *save = pane->findChild<QAction *>(u"saveChangeAction"_s);
    QVERIFY(save && save->isEnabled());
    save->trigger();
    QVERIFY2(!pane->isMessageError(), qPrintable(pane->messageText()));
    QVERIFY(!form->isModified());
    auto stored = m_service->get(m_incomplete);
    QVERIFY2(stored, Test::why(stored));
    QCOMPARE(stored->reason, u"CVE-2026-1234 in the kernel"_s);
    QVERIFY(!form->isHighlighted(u"reason"_s));
    QCOMPARE(pane->actionIds(), QStringList {u"submit"_s});
    // The history says who changed what.
    RecordTableModel *history = form->historyModel();
    QCOMPARE(history->rowCount(), 2);
    QCOMPARE(history->index(1, 1).data().toString(), u"Ann Jansen"_s);
    QVERIFY(history->index(1, 2).data().toString().contains(u"Reason"_s));
}

void TestChangesPane::fieldsAreReadOnlyForOtherRoles()
{
    {
        // The implementer reads somebody's draft.
        auto pane = newPane(u"ian"_s);
        pane->selectChange(m_ready);
        auto *title = qobject_cast<QLineEdit *>(pane->form()->field(u"title"_s));
        QVERIFY(title && title->isReadOnly());
        QVERIFY(!pane->form()->field(u"type"_s)->isEnabled());
        QCOMPARE(pane->actionIds(), QStringList());
        QVERIFY(!pane->findChild<QAction *>(u"newChangeAction"_s)->isEnabled());
    }
    {
        // Ann applies; Ada's request is not hers to edit.
        auto pane = newPane(u"ann"_s);
        pane->selectChange(m_late);
        QVERIFY(qobject_cast<QLineEdit *>(pane->form()->field(u"title"_s))->isReadOnly());
        pane->selectChange(m_ready);
        QVERIFY(!qobject_cast<QLineEdit *>(pane->form()->field(u"title"_s))->isReadOnly());
        QVERIFY(!pane->form()->field(u"priority"_s)->isEnabled()); // the change manager classifies
    }
    {
        // The change manager classifies; the security assessment is security management's.
        auto pane = newPane(u"carl"_s);
        pane->selectChange(m_late);
        QVERIFY(pane->form()->field(u"priority"_s)->isEnabled());
        QVERIFY(qobject_cast<QPlainTextEdit *>(pane->form()->field(u"security_assessment"_s))->isReadOnly());
        QVERIFY(!pane->findChild<QAction *>(u"objectAction"_s)->isVisible());
    }
    {
        auto pane = newPane(u"sam"_s);
        pane->selectChange(m_late);
        QVERIFY(!qobject_cast<QPlainTextEdit *>(pane->form()->field(u"security_assessment"_s))->isReadOnly());
        QVERIFY(qobject_cast<QLineEdit *>(pane->form()->field(u"title"_s))->isReadOnly());
    }
}

void TestChangesPane::transitionAsksForAReason()
{
    auto pane = newPane(u"carl"_s);
    pane->selectChange(m_waiting);
    QCOMPARE(pane->actionIds(), QStringList {u"accept"_s});
    // Rejecting needs its justification first: the form says so.
    QVERIFY(pane->form()->isHighlighted(u"rejection_reason"_s));
    QVERIFY(pane->form()->field(u"rejection_reason"_s)->toolTip().contains(u"Reject"_s));
    auto *justification = qobject_cast<QPlainTextEdit *>(pane->form()->field(u"rejection_reason"_s));
    justification->setFocus();
    QTest::keyClicks(justification, u"Not needed: the CMS is replaced in spring."_s);
    QVERIFY(pane->save());
    QCOMPARE(pane->actionIds(), (QStringList {u"accept"_s, u"reject"_s}));
    QPushButton *reject = pane->actionButton(u"reject"_s);
    QVERIFY(reject);
    QCOMPARE(reject->text(), u"Reject…"_s);
    bool asked = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ReasonDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        asked = true;
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // no reason, no step
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"reasonText"_s),
                         u"Agreed with the applicant"_s);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(reject, Qt::LeftButton);
    QVERIFY(asked);
    QVERIFY2(!pane->isMessageError(), qPrintable(pane->messageText()));
    auto stored = m_service->get(m_waiting);
    QVERIFY2(stored, Test::why(stored));
    QCOMPARE(stored->state, u"rejected"_s);
    QCOMPARE(pane->changeModel()
                 ->index(pane->changeModel()->rowOf(m_waiting), ChangeTableModel::StateColumn)
                 .data()
                 .toString(),
             u"Rejected"_s);
    QCOMPARE(pane->actionIds(), QStringList());
    RecordTableModel *history = pane->form()->historyModel();
    const int last = history->rowCount() - 1;
    QCOMPARE(history->index(last, 2).data().toString(), u"Reject → Rejected"_s);
    QCOMPARE(history->index(last, 3).data().toString(), u"Agreed with the applicant"_s);
    // Final: nothing is editable any more.
    QVERIFY(qobject_cast<QLineEdit *>(pane->form()->field(u"title"_s))->isReadOnly());

    // Accept takes no reason.
    pane->selectChange(m_late);
    QTest::mouseClick(pane->actionButton(u"accept"_s), Qt::LeftButton);
    QCOMPARE(m_service->get(m_late)->state, u"accepted"_s);
    // Classifying needs priority, category, impact and resources: no button yet, the fields say so.
    QCOMPARE(pane->actionIds(), QStringList());
    QVERIFY(pane->form()->isHighlighted(u"priority"_s));
    QVERIFY(pane->form()->field(u"priority"_s)->toolTip().contains(u"Classify"_s));
}

void TestChangesPane::submitShowsSimilarRequests()
{
    // Ada already asked for nearly the same change.
    auto similar = m_service->create(request(u"Printer firmware 4.2 update"_s, {m_printer}), who(u"ada"_s));
    QVERIFY2(similar, Test::why(similar));
    QVERIFY(m_service->act(similar->id, u"submit"_s, who(u"ada"_s)));
    auto pane = newPane(u"ann"_s);
    pane->selectChange(m_ready);
    QCOMPARE(pane->actionIds(), QStringList {u"submit"_s});
    Messages::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(pane->actionButton(u"submit"_s), Qt::LeftButton);
    QStringList shown = Messages::takeShownMessages();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().contains(u"#%1 Printer firmware 4.2 update"_s.arg(similar->id)),
             qPrintable(shown.first()));
    QCOMPARE(m_service->get(m_ready)->state, u"draft"_s);
    Messages::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(pane->actionButton(u"submit"_s), Qt::LeftButton);
    QCOMPARE(Messages::takeShownMessages().size(), 1);
    QCOMPARE(m_service->get(m_ready)->state, u"submitted"_s);
    QCOMPARE(pane->messageText(), u"Submit: request #%1 is now 'Submitted'."_s.arg(m_ready));
}

void TestChangesPane::refusedTransitionSaysWhy()
{
    auto pane = newPane(u"carl"_s);
    pane->selectChange(m_late);
    QPushButton *accept = pane->actionButton(u"accept"_s);
    QVERIFY(accept);
    // Meanwhile the administrator takes Carl's role away.
    QVERIFY(PersonRoles(*m_db).setRoles(who(u"carl"_s).personId, {u"auditor"_s}, m_admin, u"adm"_s));
    QTest::mouseClick(accept, Qt::LeftButton);
    QVERIFY(pane->isMessageError());
    QVERIFY2(pane->messageText().contains(u"needs the role Change manager; you do not have it"_s),
             qPrintable(pane->messageText()));
    QCOMPARE(m_service->get(m_late)->state, u"submitted"_s);
    QCOMPARE(pane->actionIds(), QStringList()); // the form follows the roles now held
}

void TestChangesPane::conflictKeepsWhatWasTyped()
{
    auto pane = newPane(u"ann"_s);
    pane->selectChange(m_ready);
    auto *title = qobject_cast<QLineEdit *>(pane->form()->field(u"title"_s));
    title->selectAll();
    QTest::keyClicks(title, u"Printer firmware 4.3"_s);
    // Someone else saves the same request meanwhile.
    ChangeRequest other = *m_service->get(m_ready);
    other.problemReference = u"INC-4711"_s;
    QVERIFY(m_service->update(other, who(u"ann"_s)));
    QVERIFY(!pane->save());
    QVERIFY(pane->isMessageError());
    QVERIFY2(pane->messageText().contains(u"changed by someone else"_s), qPrintable(pane->messageText()));
    QCOMPARE(title->text(), u"Printer firmware 4.3"_s);
    // Saving again puts the typed title over the other person's version.
    QVERIFY(pane->save());
    const auto stored = m_service->get(m_ready);
    QCOMPARE(stored->title, u"Printer firmware 4.3"_s);
    QCOMPARE(stored->problemReference, u"INC-4711"_s);
}

void TestChangesPane::objectionAndDecision()
{
    // Carl classifies the late request.
    QVERIFY(m_service->act(m_late, u"accept"_s, who(u"carl"_s)));
    QVERIFY(m_service->act(m_late, u"classify"_s, who(u"carl"_s),
                           {{u"priority"_s, u"normal"_s},
                            {u"category"_s, u"serious"_s},
                            {u"impact"_s, u"Mail down 1 h"_s},
                            {u"resources"_s, u"One administrator"_s}}));
    {
        auto pane = newPane(u"sam"_s);
        pane->selectChange(m_late);
        auto *object = pane->findChild<QAction *>(u"objectAction"_s);
        QVERIFY(object->isVisible() && object->isEnabled());
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ObjectionDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setAnswer(u"priority"_s, u"high"_s, u"Exploited in the wild"_s);
            dialog->accept();
        });
        object->trigger();
        QVERIFY2(!pane->isMessageError(), qPrintable(pane->messageText()));
        const QModelIndex marker = pane->changeModel()->index(pane->changeModel()->rowOf(m_late),
                                                              ChangeTableModel::ObjectionColumn);
        QCOMPARE(marker.data().toString(), u"⚑ Objection"_s);
    }
    auto pane = newPane(u"carl"_s);
    pane->selectChange(m_late);
    auto *strip = pane->findChild<QWidget *>(u"changeObjections"_s);
    QVERIFY(strip && !strip->isHidden());
    QVERIFY(pane->actionIds().isEmpty() || !pane->actionIds().contains(u"request_cab_review"_s));
    const auto objections = m_service->objections(m_late);
    QCOMPARE(objections->size(), 1);
    auto *acceptObjection = strip->findChild<QPushButton *>(
        u"decide-%1-%2"_s.arg(objections->first().id).arg(int(ObjectionDecision::Accept)));
    QVERIFY(acceptObjection);
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ReasonDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->setReason(u"Agreed"_s);
        dialog->accept();
    });
    QTest::mouseClick(acceptObjection, Qt::LeftButton);
    QVERIFY2(!pane->isMessageError(), qPrintable(pane->messageText()));
    QCOMPARE(m_service->get(m_late)->priority, u"high"_s);
    QVERIFY(strip->isHidden());
    QVERIFY(pane->changeModel()
                ->index(pane->changeModel()->rowOf(m_late), ChangeTableModel::ObjectionColumn)
                .data()
                .toString()
                .isEmpty());
}

void TestChangesPane::newRequestIsADraftOfTheActor()
{
    auto pane = newPane(u"ann"_s);
    pane->findChild<QComboBox *>(u"stateFilter"_s)->setCurrentIndex(3); // a filter that hides drafts
    auto *action = pane->findChild<QAction *>(u"newChangeAction"_s);
    QVERIFY(action->isEnabled());
    action->trigger();
    const qint64 id = pane->currentChangeId();
    QVERIFY(id > m_waiting);
    QCOMPARE(pane->shownCount(), 5);
    auto stored = m_service->get(id);
    QVERIFY2(stored, Test::why(stored));
    QCOMPARE(stored->state, u"draft"_s);
    QCOMPARE(stored->applicantId, who(u"ann"_s).personId);
    QCOMPARE(qobject_cast<QLabel *>(pane->form()->field(u"applicant"_s))->text(), u"Ann Jansen"_s);
    QVERIFY(pane->form()->isHighlighted(u"affected"_s));
}

void TestChangesPane::affectedChosenInTheForm()
{
    QFETCH(QString, language);
    Test::switchLanguage(language);
    const auto english = qScopeGuard([] { Test::switchLanguage(u"en"_s); });
    CiGroup group;
    group.name = u"Mail servers"_s;
    auto added = GroupRepository(*m_db, m_clock).add(group);
    QVERIFY2(added, Test::why(added));

    {
        // The implementer reads Ann's draft and cannot change what it affects.
        auto pane = newPane(u"ian"_s);
        pane->selectChange(m_ready);
        QVERIFY(!pane->form()->findChild<QPushButton *>(u"chooseAffected"_s)->isEnabled());
    }

    // Ann's draft affects the printer; she finds the mail server and the group instead.
    auto pane = newPane(u"ann"_s);
    pane->selectChange(m_ready);
    ChangeForm *form = pane->form();
    auto *choose = form->findChild<QPushButton *>(u"chooseAffected"_s);
    QVERIFY(choose && choose->isEnabled());
    bool asked = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<AffectedDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        asked = true;
        QCOMPARE(dialog->chosenCis(), QList<qint64> {m_printer});
        QCOMPARE(dialog->ciFilter()->rowCount(), 2);
        QTest::keyClicks(dialog->search(), u"MAIL"_s);
        QCOMPARE(dialog->ciFilter()->rowCount(), 1);
        const QModelIndex mail = dialog->ciFilter()->index(0, 0);
        QCOMPARE(mail.data().toString(), u"srv-mail"_s);
        QCOMPARE(mail.siblingAtColumn(4).data().toString(), CmdbNames::display(ProtectionLevel::High));
        QVERIFY(dialog->ciFilter()->setData(mail, Qt::Checked, Qt::CheckStateRole));
        dialog->setCiChosen(m_printer, false);
        QCOMPARE(dialog->groupList()->count(), 1);
        dialog->groupList()->item(0)->setCheckState(Qt::Checked);
        QCOMPARE(dialog->chosenCis(), QList<qint64> {m_server});
        QCOMPARE(dialog->chosenGroups(), QList<qint64> {added->id});
        dialog->search()->clear();
        QVERIFY(dialog->grab().save(Test::screenshotPath(u"rfc-affected-dialog-%1.png"_s.arg(language))));
        dialog->accept();
    });
    QTest::mouseClick(choose, Qt::LeftButton);
    QVERIFY(asked);
    QCOMPARE(qobject_cast<QLabel *>(form->field(u"affected"_s))->text(), u"srv-mail, Mail servers"_s);
    QVERIFY(form->isModified());
    pane->findChild<QAction *>(u"saveChangeAction"_s)->trigger();
    QVERIFY2(!pane->isMessageError(), qPrintable(pane->messageText()));
    QVERIFY(!form->isModified());
    auto stored = m_service->get(m_ready);
    QVERIFY2(stored, Test::why(stored));
    QCOMPARE(stored->ciIds, QList<qint64> {m_server});
    QCOMPARE(stored->groupIds, QList<qint64> {added->id});
    QCOMPARE(qobject_cast<QLabel *>(form->field(u"affected"_s))->text(), u"srv-mail, Mail servers"_s);

    // Choosing the same again changes nothing; cancelling keeps what was there.
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<AffectedDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->setCiChosen(m_printer, true);
        dialog->reject();
    });
    QTest::mouseClick(choose, Qt::LeftButton);
    QVERIFY(!form->isModified());
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<AffectedDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->accept();
    });
    QTest::mouseClick(choose, Qt::LeftButton);
    QVERIFY(!form->isModified());
}

void TestChangesPane::datesCanBeCleared()
{
    {
        // The implementer cannot change the plan, so cannot clear it either.
        auto pane = newPane(u"ian"_s);
        pane->selectChange(m_late);
        auto *clear = pane->form()->findChild<QToolButton *>(u"clear-planned_end"_s);
        QVERIFY(clear);
        QVERIFY(!clear->isEnabled());
    }
    auto pane = newPane(u"carl"_s);
    pane->selectChange(m_late);
    ChangeForm *form = pane->form();
    auto *end = qobject_cast<QDateTimeEdit *>(form->field(u"planned_end"_s));
    auto *clear = form->findChild<QToolButton *>(u"clear-planned_end"_s);
    QVERIFY(end && clear);
    QVERIFY(clear->isEnabled());
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(end->text(), u"not set"_s);
    QVERIFY(!clear->isEnabled()); // nothing left to clear
    QVERIFY(form->isModified());
    pane->findChild<QAction *>(u"saveChangeAction"_s)->trigger();
    QVERIFY2(!pane->isMessageError(), qPrintable(pane->messageText()));
    auto stored = m_service->get(m_late);
    QVERIFY2(stored, Test::why(stored));
    QVERIFY(!stored->plannedEnd.isValid());
    QVERIFY(stored->plannedStart.isValid());
    // The history names the field.
    RecordTableModel *history = form->historyModel();
    QVERIFY(history->index(history->rowCount() - 1, 2).data().toString().contains(ChangeFields::label(u"planned_end"_s)));
}

void TestChangesPane::planConflictsShownLive()
{
    auto pane = newPane(u"carl"_s);
    pane->show();
    pane->selectChange(m_waiting);
    ChangeForm *form = pane->form();
    form->tabs()->setCurrentIndex(ChangeForm::PlanningTab);
    QVERIFY(form->conflictText().isEmpty()); // a month away from the other plan on srv-mail
    // Planned onto the overlapping time of the switch firmware on the same server: shown at once.
    auto *start = qobject_cast<QDateTimeEdit *>(form->field(u"planned_start"_s));
    auto *end = qobject_cast<QDateTimeEdit *>(form->field(u"planned_end"_s));
    QVERIFY(start && end);
    start->setDateTime(m_clock.now().addDays(-2).addSecs(1800));
    end->setDateTime(m_clock.now().addDays(-2).addSecs(5400));
    QVERIFY2(form->conflictText().contains(u"Replace the core switch firmware"_s), qPrintable(form->conflictText()));
    QVERIFY(form->conflictText().contains(u"Blocking"_s));
    QVERIFY(pane->grab().save(Test::screenshotPath(u"rfc-planning-conflict.png"_s)));
    // Back to a free time: gone. Downtime, restart and an implementer are saved with the plan.
    start->setDateTime(m_clock.now().addDays(40));
    end->setDateTime(m_clock.now().addDays(40).addSecs(3600));
    QVERIFY2(form->conflictText().isEmpty(), qPrintable(form->conflictText()));
    auto *downtime = qobject_cast<QLineEdit *>(form->field(u"expected_downtime"_s));
    auto *restart = qobject_cast<QCheckBox *>(form->field(u"needs_restart"_s));
    QVERIFY(downtime && restart);
    downtime->setText(u"30"_s);
    restart->setChecked(true);
    QListWidget *implementers = form->implementersList();
    QListWidgetItem *ian = nullptr;
    for (int row = 0; row < implementers->count(); ++row) {
        if (implementers->item(row)->data(Qt::UserRole).toLongLong() == who(u"ian"_s).personId)
            ian = implementers->item(row);
    }
    QVERIFY(ian);
    QVERIFY(implementers->isEnabled());
    ian->setCheckState(Qt::Checked);
    QVERIFY(pane->save());
    auto stored = m_service->get(m_waiting);
    QCOMPARE(stored->expectedDowntimeMinutes, 30);
    QVERIFY(stored->needsRestart);
    QCOMPARE(stored->implementerIds, (QList<qint64> {who(u"ian"_s).personId}));
    // The applicant of a submitted request sees them, read-only.
    auto applicant = newPane(u"ada"_s);
    applicant->selectChange(m_waiting);
    QVERIFY(!applicant->form()->implementersList()->isEnabled());
}

void TestChangesPane::unknownLoginShowsEmptyState()
{
    ChangesPane pane(m_clock);
    pane.setDatabase(m_db);
    QVERIFY(!pane.setActor(u"nobody"_s));
    auto *stack = pane.findChild<QStackedWidget *>();
    QVERIFY(stack);
    QCOMPARE(stack->currentIndex(), 0);
    QVERIFY(!pane.actor());
    bool explained = false;
    for (const QLabel *label : pane.findChildren<QLabel *>())
        explained = explained || label->text().contains(u"'nobody'"_s);
    QVERIFY(explained);
}

void TestChangesPane::followsTheWorkflowInForce()
{
    // The agency's rules: scheduled changes can be put on hold.
    QByteArray json = WorkflowDefinition::builtInJson();
    json.replace("{\"id\": \"scheduled\"},", "{\"id\": \"scheduled\"}, {\"id\": \"on_hold\"},");
    json.replace("\"transitions\": [", "\"transitions\": [{\"action\": \"hold\", \"from\": [\"scheduled\"], \"to\": "
                                       "\"on_hold\", \"roles\": [\"change_manager\"], \"reason\": true}, "
                                       "{\"action\": \"resume\", \"from\": [\"on_hold\"], \"to\": \"scheduled\", "
                                       "\"roles\": [\"change_manager\"]},");
    auto installed = WorkflowStore(*m_db, m_clock).install(json, u"agency.json"_s, who(u"adm"_s));
    QVERIFY2(installed, Test::why(installed));
    {
        auto pane = newPane(u"carl"_s);
        auto *state = pane->findChild<QComboBox *>(u"stateFilter"_s);
        QVERIFY(state);
        QVERIFY(state->findData(u"on_hold"_s) > 0);
        QCOMPARE(state->count(), int(WorkflowDefinition::builtIn().states().size()) + 2); // "All states" too
    }

    // Someone breaks the stored text by hand: the pane says so instead of using other rules.
    QVERIFY(m_db->exec(u"UPDATE workflow_definition SET definition = replace(definition, '\"to\": \"on_hold\"', "
                       "'\"to\": \"limbo\"')"_s));
    ChangesPane pane(m_clock);
    pane.resize(1180, 860);
    pane.setDatabase(m_db);
    QVERIFY(!pane.actor());
    auto *stack = pane.findChild<QStackedWidget *>();
    QVERIFY(stack);
    QCOMPARE(stack->currentIndex(), 0);
    QString shown;
    for (const QLabel *label : pane.findChildren<QLabel *>())
        shown += label->text() + u'\n';
    QVERIFY2(shown.contains(u"The workflow definition cannot be used"_s) && shown.contains(u"limbo"_s)
                 && shown.contains(u"changedeskctl workflow install"_s),
             qPrintable(shown));
    const QString path = Test::screenshotPath(u"rfc-workflow-unusable.png"_s);
    QVERIFY(pane.grab().save(path));
}

void TestChangesPane::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("de") << u"de"_s;
    QTest::newRow("nl") << u"nl"_s;
}

void TestChangesPane::screenshots()
{
    QFETCH(QString, language);
    Test::switchLanguage(language);
    const auto english = qScopeGuard([] { Test::switchLanguage(u"en"_s); });
    // Waves and test cases on the late request, for the planning and tests tabs.
    ChangeRequest late = *m_service->get(m_late);
    RolloutWave pilot;
    pilot.name = u"Pilot: IT department"_s;
    pilot.goCriteria = u"No mail delivery errors for 24 h"_s;
    pilot.plannedStart = m_clock.now().addDays(3);
    RolloutWave all;
    all.name = u"All departments"_s;
    all.breakPoint = false;
    late.waves = {pilot, all};
    late.testPlan = u"Send and receive on the test server"_s;
    TestCase test;
    test.description = u"Mail to an external address"_s;
    test.expected = u"Delivered within a minute"_s;
    late.testCases = {test};
    late.fallbackPlan = u"Boot the previous kernel"_s;
    QVERIFY(m_service->update(late, who(u"carl"_s)));

    auto pane = newPane(u"carl"_s);
    pane->resize(1180, 860);
    pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(pane.get()));
    pane->findChild<QToolButton *>(u"myToDos"_s)->setChecked(true);
    pane->selectChange(m_late);
    const QString list = Test::screenshotPath(u"rfc-list-%1.png"_s.arg(language));
    QVERIFY(pane->grab().save(list));
    verifyPicture(list);
    const QStringList tabs {u"general"_s,    u"classification"_s, u"planning"_s, u"tests"_s,
                            u"evaluation"_s, u"attachments"_s,    u"history"_s};
    for (int tab = 0; tab < tabs.size(); ++tab) {
        pane->form()->tabs()->setCurrentIndex(tab);
        QApplication::processEvents();
        const QString path = Test::screenshotPath(u"rfc-tab-%1-%2.png"_s.arg(tabs.at(tab), language));
        QVERIFY(pane->form()->grab().save(path));
        verifyPicture(path);
    }
    // The reason dialog, as rejecting asks for it (cancelled: nothing changes).
    pane->selectChange(m_waiting);
    auto *justification = qobject_cast<QPlainTextEdit *>(pane->form()->field(u"rejection_reason"_s));
    justification->setPlainText(u"Not needed: the CMS is replaced in spring."_s);
    QVERIFY(pane->save());
    QString dialogPath;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ReasonDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->setReason(u"Agreed with the applicant on the phone"_s);
        dialogPath = Test::screenshotPath(u"rfc-reason-dialog-%1.png"_s.arg(language));
        QVERIFY(dialog->grab().save(dialogPath));
        dialog->reject();
    });
    QTest::mouseClick(pane->actionButton(u"reject"_s), Qt::LeftButton);
    QCOMPARE(m_service->get(m_waiting)->state, u"submitted"_s);
    verifyPicture(dialogPath);
    QVERIFY(Messages::takeShownMessages().isEmpty());
}

void TestChangesPane::attachmentsViewedAndCompared()
{
    QFETCH(QString, language);
    Test::switchLanguage(language);
    const auto english = qScopeGuard([] { Test::switchLanguage(u"en"_s); });
    const auto write = [&](const QString &name, const QByteArray &content) {
        QFile file(m_dir->filePath(name));
        [&] {
            QVERIFY(file.open(QIODevice::WriteOnly));
        }();
        file.write(content);
        return file.fileName();
    };
    const QString script = write(u"update.sh"_s,
                                 "#!/bin/sh\n# Install the vendor's update\nset -e\n"
                                 "apt-get install --only-upgrade exim4 # mail server\n"
                                 "systemctl restart exim4\n");
    const QString before = write(u"exim-before.ini"_s,
                                 "[tls]\nprotocols = TLSv1 TLSv1.2\nport = 465\n"
                                 "[queue]\nretry = 15m\n");
    const QString after = write(u"exim-after.ini"_s,
                                "[tls]\nprotocols = TLSv1.2 TLSv1.3\nport = 465\n"
                                "[queue]\nretry = 15m\nmax_age = 4d\n");
    const QString binary = write(u"firmware.bin"_s,
                                 QByteArray("\x7f"
                                            "ELF\0\0\x01",
                                            7));

    auto pane = newPane(u"carl"_s);
    pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(pane.get()));
    pane->selectChange(m_late);
    for (const QString &path : {script, before, after, binary})
        QVERIFY2(pane->attachFile(path), qPrintable(pane->messageText()));
    QTableWidget *table = pane->form()->attachmentsTable();
    QCOMPARE(table->rowCount(), 4);
    QCOMPARE(table->item(1, 0)->text(), u"exim-before.ini"_s);
    const auto idAt = [&](int row) {
        return table->item(row, 0)->data(Qt::UserRole).toLongLong();
    };
    QVERIFY(pane->form()->findChild<QPushButton *>(u"attach"_s)->isEnabled());
    pane->form()->tabs()->setCurrentIndex(ChangeForm::AttachmentsTab);
    table->selectRow(1);
    QApplication::processEvents();
    const QString tabPath = Test::screenshotPath(u"rfc-attachments-%1.png"_s.arg(language));
    QVERIFY(pane->form()->grab().save(tabPath));
    verifyPicture(tabPath);
    table->clearSelection();

    // One script, highlighted as shell.
    AttachmentViewer *viewer = pane->openAttachment(idAt(0));
    QVERIFY(viewer);
    QCOMPARE(viewer->highlightingName(), u"Bash"_s);
    QVERIFY(viewer->leftView()->toPlainText().contains(u"systemctl restart exim4"_s));
    QVERIFY(viewer->summaryText().contains(m_service->get(m_late)->attachments.at(0).sha256));
    QVERIFY2(viewer->summaryText().contains(u"5 lines"_s) || language != u"en",
             qPrintable(viewer->summaryText()));
    QVERIFY(QTest::qWaitForWindowExposed(viewer));
    const QString viewPath = Test::screenshotPath(u"rfc-attachment-%1.png"_s.arg(language));
    QVERIFY(viewer->grab().save(viewPath));
    verifyPicture(viewPath);
    viewer->close();

    // The configuration before and after, side by side, selected in the table as a person would.
    table->selectionModel()->select(table->model()->index(1, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(table->model()->index(2, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    auto *compare = pane->form()->findChild<QPushButton *>(u"compareAttachments"_s);
    QVERIFY(compare->isEnabled());
    QTest::mouseClick(compare, Qt::LeftButton);
    // The viewer closed above is deleted later; the comparison is the one showing.
    AttachmentViewer *sideBySide = nullptr;
    for (AttachmentViewer *open : pane->findChildren<AttachmentViewer *>()) {
        if (open->isVisible())
            sideBySide = open;
    }
    QVERIFY(sideBySide);
    QCOMPARE(sideBySide->comparison().changed, 1);
    QCOMPARE(sideBySide->comparison().added, 1);
    QCOMPARE(sideBySide->rightView()->document()->findBlockByNumber(1).text(),
             u"protocols = TLSv1.2 TLSv1.3"_s);
    QCOMPARE(sideBySide->leftView()->document()->findBlockByNumber(5).text(), QString());
    QCOMPARE(sideBySide->leftView()->extraSelections().size(), 2);
    QCOMPARE(sideBySide->gutterView()->document()->findBlockByNumber(1).text(), u"    2 ~     2"_s);
    QCOMPARE(sideBySide->gutterView()->document()->findBlockByNumber(5).text(), u"      +     6"_s);
    QVERIFY(QTest::qWaitForWindowExposed(sideBySide));
    const QString comparePath = Test::screenshotPath(u"rfc-compare-%1.png"_s.arg(language));
    QVERIFY(sideBySide->grab().save(comparePath));
    verifyPicture(comparePath);
    sideBySide->close();

    // Binary content is described, not shown.
    AttachmentViewer *firmware = pane->openAttachment(idAt(3));
    QVERIFY(firmware);
    QVERIFY(firmware->leftView()->toPlainText()
            != QString::fromLatin1("\x7f"
                                   "ELF"));
    QVERIFY2(firmware->summaryText().contains(u"firmware.bin"_s), qPrintable(firmware->summaryText()));
    firmware->close();

    // Removing keeps the history.
    QVERIFY(pane->removeAttachment(idAt(3)));
    QCOMPARE(table->rowCount(), 3);
    const auto history = m_service->history(m_late);
    QVERIFY2(history, Test::why(history));
    QCOMPARE(history->last().action, u"change.detach"_s);

    // The applicant of another request may not attach: the button is off, and the core refuses.
    auto annPane = newPane(u"ann"_s);
    annPane->selectChange(m_late);
    QVERIFY(!annPane->form()->findChild<QPushButton *>(u"attach"_s)->isEnabled());
    QVERIFY(!annPane->attachFile(script));
    QVERIFY(annPane->isMessageError());
    QVERIFY(Messages::takeShownMessages().isEmpty());
}

void TestChangesPane::keyFiguresPerMonth()
{
    QFETCH(QString, language);
    Test::switchLanguage(language);
    const auto english = qScopeGuard([] { Test::switchLanguage(u"en"_s); });
    // The small demo office: 40 requests along the workflow over the past months.
    QTemporaryDir dir;
    auto db = openAndMigrate(Test::freshSqliteUrl(dir), OpenOptions {true, nullptr});
    QVERIFY2(db, Test::why(db));
    auto demo = DemoData::generate(**db, 7, DemoScale::Small, m_clock);
    QVERIFY2(demo, Test::why(demo));
    auto pane = std::make_unique<ChangesPane>(m_clock);
    pane->setDatabase(*db);
    auto *action = pane->findChild<QAction *>(u"keyFiguresAction"_s);
    QVERIFY(action);
    QVERIFY(pane->toolBar()->actions().contains(action));
    action->trigger();
    auto *dialog = pane->findChild<KpiDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));

    // The table holds what the core computed, month by month.
    const QDate thisMonth(2026, 11, 1);
    auto expected = ChangeAgenda(**db, WorkflowDefinition::builtIn(), m_clock)
                        .kpis(thisMonth.addMonths(-11), thisMonth);
    QVERIFY2(expected, Test::why(expected));
    QCOMPARE(dialog->table()->columnCount(), 12);
    int created = 0;
    for (int column = 0; column < 12; ++column) {
        QCOMPARE(dialog->table()->item(0, column)->text(), QString::number(expected->at(column).created));
        QCOMPARE(dialog->table()->item(2, column)->text(), QString::number(expected->at(column).ended));
        created += expected->at(column).created;
    }
    QVERIFY2(created > 0, "the demo office has requests in the last twelve months");
    QCOMPARE(dialog->ratesView()->chart()->series().size(), 3);
    QCOMPARE(dialog->countsView()->chart()->series().size(), 1);
    const QString path = Test::screenshotPath(u"rfc-key-figures-%1.png"_s.arg(language));
    QVERIFY(dialog->grab().save(path));
    verifyPicture(path);
    dialog->close();
}

void TestChangesPane::printedAndExportedAsPdf()
{
    QFETCH(QString, language);
    Test::switchLanguage(language);
    const auto english = qScopeGuard([] { Test::switchLanguage(u"en"_s); });
    ChangeRequest late = *m_service->get(m_late);
    RolloutWave pilot;
    pilot.name = u"Pilot: IT department"_s;
    pilot.goCriteria = u"No mail delivery errors for 24 h"_s;
    late.waves = {pilot};
    late.fallbackPlan = u"Boot the previous firmware <v4.1> & restore the configuration"_s;
    late.fallbackCriteria = u"Packet loss above 1 %"_s;
    TestCase test;
    test.description = u"Ping every floor switch"_s;
    test.expected = u"No loss"_s;
    late.testCases = {test};
    QVERIFY(m_service->update(late, who(u"carl"_s)));
    auto attached = m_service->addAttachment(m_late, u"switch.cfg"_s, u"text/plain"_s, "hostname core-1\n",
                                             who(u"carl"_s));
    QVERIFY2(attached, Test::why(attached));

    auto pane = newPane(u"carl"_s);
    pane->selectChange(m_late);
    const ChangeRequest shown = pane->form()->stored();
    const QString html = ChangePrint::html(shown, pane->printContext());
    for (const QString &expected :
         {u"Replace the core switch firmware"_s, ChangeFields::label(u"fallback_criteria"_s),
          u"Pilot: IT department"_s, u"Ping every floor switch"_s, attached->sha256, u"Carl Smit"_s,
          u"srv-mail"_s, u"&lt;v4.1&gt; &amp; restore"_s})
        QVERIFY2(html.contains(expected), qPrintable(expected));
    QVERIFY(!html.contains(u"<v4.1>"_s)); // what a person typed is text, not markup

    const QString pdf = m_dir->filePath(u"request.pdf"_s);
    auto written = pane->exportPdf(pdf);
    QVERIFY2(written, Test::why(written));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    QVERIFY2(bytes.size() > 5000, qPrintable(QString::number(bytes.size())));
    auto nowhere = pane->exportPdf(m_dir->filePath(u"no/such/folder/request.pdf"_s));
    QVERIFY(!nowhere);
    QVERIFY2(nowhere.error().message.contains(u"request.pdf"_s), qPrintable(nowhere.error().message));

    // The first page as a person sees it.
    auto document = ChangePrint::document(shown, pane->printContext());
    document->setPageSize(QSizeF(595, 842));
    QImage page(595, 842, QImage::Format_RGB32);
    page.fill(Qt::white);
    {
        QPainter painter(&page);
        document->drawContents(&painter, QRectF(0, 0, 595, 842));
    }
    const QString path = Test::screenshotPath(u"rfc-print-%1.png"_s.arg(language));
    QVERIFY(page.save(path));
    verifyPicture(path);
}

CHANGEDESK_GUI_TEST_MAIN(TestChangesPane)
#include "tst_changespane.moc"
