// The CMDB pane's detail editor against a real database (SQLite and PostgreSQL): a field edited
// in the form lands in the database and in the CI's history, undo and redo write the old and new
// values back (recorded too), conflicts keep what the user typed, relations are added and removed,
// deleting can be undone with everything attached, the impact tab shows a known graph, and rights
// profiles are granted and revoked in the rights tab (undoable), with a screenshot on demo data.

#include "guitestmain.h"
#include "testsupport.h"

#include "cmdb/cidetailview.h"
#include "cmdb/ciform.h"
#include "cmdb/cirepository.h"
#include "cmdb/citablemodel.h"
#include "cmdb/civiewsettings.h"
#include "cmdb/cmdbpane.h"
#include "cmdb/impactmodel.h"
#include "cmdb/recordtablemodel.h"
#include "cmdb/rightsgrantdialog.h"
#include "cmdb/softwarerepository.h"
#include "common/messages.h"
#include "demo/demodata.h"
#include "people/peoplerepository.h"
#include "people/rightsprofilerepository.h"
#include "storage/database.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;
using namespace ChangeDesk::Ui;

namespace {
const QDateTime kStart(QDate(2026, 5, 4), QTime(10, 0), QTimeZone::UTC);

QStringList historyLines(const Database &db, qint64 id)
{
    QStringList lines;
    const auto history = CiRepository(db, u"reader"_s).history(id);
    if (!history)
        return {u"error: "_s + history.error().message};
    for (const CiHistoryEntry &e : *history)
        lines << u"%1|%2|%3|%4"_s.arg(e.action, e.field, e.oldValue, e.newValue);
    return lines;
}
} // namespace

class TestCiEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void editWritesDatabaseAndHistory_data() { Test::addBackendColumn(); }
    void editWritesDatabaseAndHistory();
    void undoRedoWriteBack_data() { Test::addBackendColumn(); }
    void undoRedoWriteBack();
    void conflictKeepsWhatWasTyped_data() { Test::addBackendColumn(); }
    void conflictKeepsWhatWasTyped();
    void undoRefusesAfterSomeoneElsesChange_data() { Test::addBackendColumn(); }
    void undoRefusesAfterSomeoneElsesChange();
    void unsavedChangesAreAskedAbout_data() { Test::addBackendColumn(); }
    void unsavedChangesAreAskedAbout();
    void relationsAddAndRemove_data() { Test::addBackendColumn(); }
    void relationsAddAndRemove();
    void deleteAndUndoRestoreEverything_data() { Test::addBackendColumn(); }
    void deleteAndUndoRestoreEverything();
    void addAndUndo_data() { Test::addBackendColumn(); }
    void addAndUndo();
    void impactTreeOfAKnownGraph_data() { Test::addBackendColumn(); }
    void impactTreeOfAKnownGraph();
    void rightsGrantUndoRevoke_data() { Test::addBackendColumn(); }
    void rightsGrantUndoRevoke();
    void rightsChangeAndUndo_data() { Test::addBackendColumn(); }
    void rightsChangeAndUndo();
    void rightsTabScreenshot_data();
    void rightsTabScreenshot();
    void anotherDatabaseGetsNoUnsavedEdits();

private:
    struct Fixture {
        std::shared_ptr<Database> db;
        QHash<QString, qint64> ids; // CI name -> id
        qint64 ownerId = 0;
        qint64 otherPersonId = 0;
    };
    // People and a small graph: app2 depends on app1, which runs on vm1, which (like vm2) runs
    // on srv; srv depends on app2 (a cycle); app2 needs very high availability.
    Fixture setUp(const QString &backend, const QString &file = u"test.db"_s);
    std::unique_ptr<CmdbPane> openPane(const Fixture &f);

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock {kStart};
};

void TestCiEditor::init()
{
    Test::failOnSqlWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    Messages::takeShownMessages();
}

void TestCiEditor::cleanup()
{
    const QStringList left = Messages::takeShownMessages();
    m_dir.reset();
    QVERIFY2(left.isEmpty(), qPrintable(u"unexpected messages: "_s + left.join(u" | "_s)));
}

TestCiEditor::Fixture TestCiEditor::setUp(const QString &backend, const QString &file)
{
    Fixture f;
    auto db = Test::openFresh(backend, *m_dir, true, file);
    if (!db) {
        QTest::qFail(Test::why(db), __FILE__, __LINE__);
        return f;
    }
    const PeopleRepository people(**db, m_clock);
    Person owner;
    owner.login = u"jvries"_s;
    owner.displayName = u"Jan de Vries"_s;
    Person other;
    other.login = u"kbakker"_s;
    other.displayName = u"Karin Bakker"_s;
    auto a = people.addPerson(owner);
    auto b = people.addPerson(other);
    if (!a || !b) {
        QTest::qFail("people", __FILE__, __LINE__);
        return f;
    }
    f.ownerId = a->id;
    f.otherPersonId = b->id;
    const CiRepository cis(**db, u"setup"_s, m_clock);
    for (const auto &[name, ciClass] :
         QList<std::pair<QString, CiClass>> {{u"srv"_s, CiClass::Server},
                                             {u"vm1"_s, CiClass::VirtualMachine},
                                             {u"vm2"_s, CiClass::VirtualMachine},
                                             {u"app1"_s, CiClass::Application},
                                             {u"app2"_s, CiClass::Application}}) {
        ConfigurationItem ci;
        ci.name = name;
        ci.ciClass = ciClass;
        ci.site = u"Stadhuis"_s;
        ci.ownerId = f.ownerId;
        if (name == u"app2")
            ci.protection.availability = ProtectionLevel::VeryHigh;
        auto added = cis.add(ci);
        if (!added) {
            QTest::qFail(Test::why(added), __FILE__, __LINE__);
            return f;
        }
        f.ids.insert(name, added->id);
    }
    const QList<std::tuple<QString, RelationType, QString>> relations {
        {u"vm1"_s, RelationType::RunsOn, u"srv"_s},     {u"vm2"_s, RelationType::RunsOn, u"srv"_s},
        {u"app1"_s, RelationType::RunsOn, u"vm1"_s},    {u"app2"_s, RelationType::DependsOn, u"app1"_s},
        {u"srv"_s, RelationType::DependsOn, u"app2"_s},
    };
    for (const auto &[source, type, target] : relations) {
        if (auto related = cis.relate(f.ids.value(source), type, f.ids.value(target)); !related) {
            QTest::qFail(Test::why(related), __FILE__, __LINE__);
            return f;
        }
    }
    f.db = *db;
    return f;
}

std::unique_ptr<CmdbPane> TestCiEditor::openPane(const Fixture &f)
{
    auto pane = std::make_unique<CmdbPane>(m_clock,
                                           std::make_unique<CiViewSettings>(m_dir->filePath(u"view.ini"_s)));
    pane->resize(1280, 800);
    pane->setDatabase(f.db);
    pane->show();
    if (!QTest::qWaitForWindowExposed(pane.get()))
        QTest::qFail("the pane was not shown", __FILE__, __LINE__);
    return pane;
}

void TestCiEditor::editWritesDatabaseAndHistory()
{
    QFETCH(QString, backend);
    const Fixture f = setUp(backend);
    QVERIFY(f.db);
    auto pane = openPane(f);
    QAbstractItemModelTester tester(pane->ciModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(pane->totalCount(), 5);
    const qint64 id = f.ids.value(u"vm2"_s);
    pane->selectItem(id);
    QCOMPARE(pane->currentItemId(), id);

    auto *site = pane->findChild<QLineEdit *>(u"ciSite"_s);
    auto *availability = pane->findChild<QComboBox *>(u"ciAvailability"_s);
    auto *save = pane->findChild<QPushButton *>(u"ciSave"_s);
    QVERIFY(site && availability && save);
    QVERIFY(!save->isEnabled());
    site->selectAll();
    QTest::keyClicks(site, u"Rechenzentrum Nord"_s);
    availability->setCurrentIndex(availability->findData(int(ProtectionLevel::High)));
    QVERIFY(pane->detailView()->isModified());
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(!pane->detailView()->isModified());

    auto stored = CiRepository(*f.db, u"reader"_s).byId(id);
    QVERIFY(stored && *stored);
    QCOMPARE((*stored)->site, u"Rechenzentrum Nord"_s);
    QCOMPARE((*stored)->protection.availability, ProtectionLevel::High);
    QCOMPARE((*stored)->rowVersion, 2);
    const QStringList history = historyLines(*f.db, id);
    QVERIFY2(history.contains(u"updated|site|Stadhuis|Rechenzentrum Nord"_s),
             qPrintable(history.join(u'\n')));
    QVERIFY(history.contains(u"updated|availability|normal|high"_s));
    const auto entries = CiRepository(*f.db, u"reader"_s).history(id);
    QCOMPARE(entries->constLast().changedBy, f.db->sessionUser());
    // The table row shows it (the table keeps its place: one row changed).
    const int row = pane->ciModel()->rowOf(id);
    QCOMPARE(pane->ciModel()->index(row, CiTableModel::SiteColumn).data().toString(),
             u"Rechenzentrum Nord"_s);
    QCOMPARE(pane->undoStack()->count(), 1);
    // The History tab lists the change, newest first, in words.
    pane->detailView()->tabs()->setCurrentIndex(CiDetailView::HistoryTab);
    RecordTableModel *historyModel = pane->detailView()->historyModel();
    QAbstractItemModelTester historyTester(historyModel,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(historyModel->rowCount(), 4); // created, related, two fields updated
    QStringList fields;
    for (int r = 0; r < historyModel->rowCount(); ++r)
        fields << historyModel->index(r, 3).data().toString() + u':'
                + historyModel->index(r, 5).data().toString();
    QVERIFY2(fields.contains(u"Site:Rechenzentrum Nord"_s), qPrintable(fields.join(u", "_s)));
    QVERIFY(fields.contains(u"Availability:high"_s));
}

void TestCiEditor::undoRedoWriteBack()
{
    QFETCH(QString, backend);
    const Fixture f = setUp(backend);
    QVERIFY(f.db);
    auto pane = openPane(f);
    const qint64 id = f.ids.value(u"app1"_s);
    pane->selectItem(id);
    auto *name = pane->findChild<QLineEdit *>(u"ciName"_s);
    auto *owner = pane->findChild<QComboBox *>(u"ciOwner"_s);
    name->setText(u"app1-renamed"_s);
    owner->setCurrentIndex(owner->findData(f.otherPersonId));
    QVERIFY(pane->detailView()->save());
    const CiRepository reader(*f.db, u"reader"_s);
    QCOMPARE(reader.byId(id)->value().name, u"app1-renamed"_s);

    // Undo (Ctrl+Z) writes the old values back, through the repository (recorded), and the form
    // follows.
    QVERIFY(pane->undoStack()->canUndo());
    pane->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(pane.get()));
    pane->ciView()->setFocus();
    QTest::keyClick(pane->ciView(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(reader.byId(id)->value().name, u"app1"_s);
    QCOMPARE(reader.byId(id)->value().ownerId, std::optional(f.ownerId));
    QCOMPARE(name->text(), u"app1"_s);
    QCOMPARE(pane->ciModel()->item(id)->name, u"app1"_s);
    QCOMPARE(pane->ciModel()->idOf(u"app1"_s), id);
    QStringList history = historyLines(*f.db, id);
    QVERIFY2(history.contains(u"updated|name|app1-renamed|app1"_s), qPrintable(history.join(u'\n')));
    QVERIFY(history.contains(u"updated|owner|%1|%2"_s.arg(f.otherPersonId).arg(f.ownerId)));

    // Redo writes the new values again.
    pane->redo();
    QCOMPARE(reader.byId(id)->value().name, u"app1-renamed"_s);
    QCOMPARE(reader.byId(id)->value().ownerId, std::optional(f.otherPersonId));
    QCOMPARE(name->text(), u"app1-renamed"_s);
    history = historyLines(*f.db, id);
    QCOMPARE(history.count(u"updated|name|app1|app1-renamed"_s), 2);
    QCOMPARE(reader.byId(id)->value().rowVersion, 4);
}

void TestCiEditor::conflictKeepsWhatWasTyped()
{
    QFETCH(QString, backend);
    const Fixture f = setUp(backend);
    QVERIFY(f.db);
    auto pane = openPane(f);
    const qint64 id = f.ids.value(u"srv"_s);
    pane->selectItem(id);
    // Someone else changes the platform meanwhile.
    const CiRepository someoneElse(*f.db, u"kbakker"_s, m_clock);
    ConfigurationItem theirs = someoneElse.byId(id)->value();
    theirs.platform = u"Debian"_s;
    QVERIFY(someoneElse.update(theirs));

    auto *site = pane->findChild<QLineEdit *>(u"ciSite"_s);
    auto *firmware = pane->findChild<QLineEdit *>(u"ciFirmware"_s);
    auto *platform = pane->findChild<QLineEdit *>(u"ciPlatform"_s);
    site->setText(u"Gemeentewerf"_s);
    firmware->setText(u"2.1"_s);
    QVERIFY(!pane->detailView()->save());
    const QStringList shown = Messages::takeShownMessages();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.constFirst().contains(u"srv"_s)
                 && shown.constFirst().contains(u"your changes applied again"_s),
             qPrintable(shown.constFirst()));
    // Nothing of ours was written; their change is kept and now shown; what we typed is still there.
    auto stored = someoneElse.byId(id)->value();
    QCOMPARE(stored.site, u"Stadhuis"_s);
    QCOMPARE(stored.platform, u"Debian"_s);
    QCOMPARE(platform->text(), u"Debian"_s);
    QCOMPARE(site->text(), u"Gemeentewerf"_s);
    QCOMPARE(firmware->text(), u"2.1"_s);
    QVERIFY(pane->detailView()->isModified());
    QCOMPARE(pane->undoStack()->count(), 0);
    // Saving again keeps both.
    QVERIFY(pane->detailView()->save());
    stored = someoneElse.byId(id)->value();
    QCOMPARE(stored.site, u"Gemeentewerf"_s);
    QCOMPARE(stored.firmwareVersion, u"2.1"_s);
    QCOMPARE(stored.platform, u"Debian"_s);

    // A CI deleted by someone else: the message says so and the form keeps the typed text.
    const qint64 vm2 = f.ids.value(u"vm2"_s);
    pane->selectItem(vm2);
    QVERIFY(someoneElse.remove(someoneElse.byId(vm2)->value()));
    site->setText(u"Bauhof"_s);
    QVERIFY(!pane->detailView()->save());
    const QStringList gone = Messages::takeShownMessages();
    QVERIFY2(gone.size() == 1, qPrintable(gone.join(u" | "_s)));
    QVERIFY2(gone.constFirst().contains(u"vm2"_s), qPrintable(gone.constFirst()));
    QCOMPARE(site->text(), u"Bauhof"_s);
    QCOMPARE(pane->ciModel()->rowOf(vm2), -1);
}

void TestCiEditor::undoRefusesAfterSomeoneElsesChange()
{
    QFETCH(QString, backend);
    const Fixture f = setUp(backend);
    QVERIFY(f.db);
    auto pane = openPane(f);
    const qint64 id = f.ids.value(u"vm1"_s);
    pane->selectItem(id);
    pane->findChild<QLineEdit *>(u"ciSite"_s)->setText(u"Bibliotheek"_s);
    QVERIFY(pane->detailView()->save());
    const CiRepository someoneElse(*f.db, u"kbakker"_s, m_clock);
    ConfigurationItem theirs = someoneElse.byId(id)->value();
    theirs.description = u"their note"_s;
    QVERIFY(someoneElse.update(theirs));
    const auto before = Test::dumpTables(*f.db);
    QVERIFY(before);

    pane->undo();
    const QStringList shown = Messages::takeShownMessages();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.constFirst().contains(u"Undo"_s) && shown.constFirst().contains(u"vm1"_s),
             qPrintable(shown.constFirst()));
    QCOMPARE(*Test::dumpTables(*f.db), *before); // nothing written
    // The editor shows what is stored now, and the refused step left the stack.
    QCOMPARE(pane->detailView()->form()->base().description, u"their note"_s);
    QCOMPARE(pane->undoStack()->count(), 0);
}

void TestCiEditor::unsavedChangesAreAskedAbout()
{
    QFETCH(QString, backend);
    const Fixture f = setUp(backend);
    QVERIFY(f.db);
    auto pane = openPane(f);
    const qint64 app1 = f.ids.value(u"app1"_s);
    const qint64 app2 = f.ids.value(u"app2"_s);
    pane->selectItem(app1);
    auto *site = pane->findChild<QLineEdit *>(u"ciSite"_s);
    site->setText(u"Typed"_s);
    // Cancel: stays on the CI with the typed text.
    Messages::setNextAnswer(QMessageBox::Cancel);
    pane->selectItem(app2);
    QCOMPARE(Messages::takeShownMessages().size(), 1);
    QCOMPARE(pane->currentItemId(), app1);
    QCOMPARE(site->text(), u"Typed"_s);
    // Save: written, then moves on.
    Messages::setNextAnswer(QMessageBox::Save);
    pane->selectItem(app2);
    QCOMPARE(Messages::takeShownMessages().size(), 1);
    QCOMPARE(pane->currentItemId(), app2);
    QCOMPARE(CiRepository(*f.db, u"reader"_s).byId(app1)->value().site, u"Typed"_s);
    // Discard: nothing written.
    site->setText(u"Discarded"_s);
    Messages::setNextAnswer(QMessageBox::Discard);
    pane->selectItem(app1);
    QCOMPARE(Messages::takeShownMessages().size(), 1);
    QCOMPARE(pane->currentItemId(), app1);
    QCOMPARE(CiRepository(*f.db, u"reader"_s).byId(app2)->value().site, u"Stadhuis"_s);
}

void TestCiEditor::relationsAddAndRemove()
{
    QFETCH(QString, backend);
    const Fixture f = setUp(backend);
    QVERIFY(f.db);
    auto pane = openPane(f);
    const qint64 vm2 = f.ids.value(u"vm2"_s);
    const qint64 app1 = f.ids.value(u"app1"_s);
    pane->selectItem(vm2);
    CiDetailView *detail = pane->detailView();
    detail->tabs()->setCurrentIndex(CiDetailView::RelationsTab);
    RecordTableModel *relations = detail->relationsModel();
    QAbstractItemModelTester tester(relations, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(relations->rowCount(), 1); // vm2 runs on srv

    // Through the widgets: "… runs on vm2" with app1.
    auto *type = detail->findChild<QComboBox *>(u"relationType"_s);
    auto *direction = detail->findChild<QComboBox *>(u"relationDirection"_s);
    auto *other = detail->findChild<QLineEdit *>(u"relationOther"_s);
    type->setCurrentIndex(type->findData(int(RelationType::RunsOn)));
    direction->setCurrentIndex(1);
    QCOMPARE(direction->currentText(), u"… %1 vm2"_s.arg(CmdbNames::display(RelationType::RunsOn)));
    other->setText(u"app1"_s);
    auto *add = detail->findChild<QPushButton *>(u"relationAdd"_s);
    QVERIFY(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(pane->undoStack()->count(), 1);
    const QStringList problems = Messages::takeShownMessages();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u" | "_s)));
    const CiRepository reader(*f.db, u"reader"_s);
    const auto hasRelation = [&] {
        const auto all = reader.relationsOf(vm2);
        return std::ranges::any_of(*all, [&](const CiRelation &r) {
            return r.sourceId == app1 && r.targetId == vm2 && r.type == RelationType::RunsOn;
        });
    };
    QVERIFY(hasRelation());
    QCOMPARE(relations->rowCount(), 2);
    QVERIFY(historyLines(*f.db, app1).contains(u"related|runs_on||vm2"_s));
    QVERIFY(historyLines(*f.db, vm2).contains(u"related|runs_on (from)||app1"_s));
    pane->undo();
    QVERIFY(!hasRelation());
    QCOMPARE(relations->rowCount(), 1);
    QVERIFY(historyLines(*f.db, app1).contains(u"unrelated|runs_on|vm2|"_s));
    pane->redo();
    QVERIFY(hasRelation());

    // Removing the new one (incoming to vm2), undoing the removal.
    int row = -1;
    for (int r = 0; r < relations->rowCount(); ++r) {
        if (relations->index(r, 2).data().toString() == u"app1")
            row = r;
    }
    QVERIFY(row >= 0);
    QCOMPARE(relations->index(row, 0).data().toString(), detail->tr("incoming"));
    QCOMPARE(relations->index(row, 1).data().toString(),
             u"app1 %1 vm2"_s.arg(CmdbNames::display(RelationType::RunsOn)));
    QVERIFY(detail->removeRelation(row));
    QVERIFY(!hasRelation());
    pane->undo();
    QVERIFY(hasRelation());

    // An unknown name is refused with a message naming it; nothing is written.
    QVERIFY(!detail->addRelation(RelationType::DependsOn, true, u"no-such-ci"_s));
    const QStringList shown = Messages::takeShownMessages();
    QCOMPARE(shown.size(), 1);
    QVERIFY(shown.constFirst().contains(u"no-such-ci"_s));
    // Relating a CI to itself: the repository's message.
    QVERIFY(!detail->addRelation(RelationType::DependsOn, true, u"vm2"_s));
    QVERIFY(Messages::takeShownMessages().constFirst().contains(u"itself"_s));
}

void TestCiEditor::deleteAndUndoRestoreEverything()
{
    QFETCH(QString, backend);
    const Fixture f = setUp(backend);
    QVERIFY(f.db);
    const qint64 vm1 = f.ids.value(u"vm1"_s);
    const SoftwareRepository software(*f.db, m_clock);
    QVERIFY(software.install(vm1, u"Microsoft"_s, u"Windows Server"_s, u"2022"_s));
    AppliedPatch patch;
    patch.ciId = vm1;
    patch.title = u"KB5031364"_s;
    patch.appliedAt = kStart.addDays(-3);
    patch.appliedBy = u"kbakker"_s;
    QVERIFY(software.recordPatch(patch));
    RightsProfile grant;
    grant.ciId = vm1;
    grant.personId = f.otherPersonId;
    grant.profile = u"administrator"_s;
    QVERIFY(RightsProfileRepository(*f.db, u"setup"_s, m_clock).add(grant));
    {
        ConfigurationItem ci = CiRepository(*f.db, u"setup"_s, m_clock).byId(vm1)->value();
        ci.attributes.insert(u"cluster"_s, u"c1"_s);
        ci.responsibilities = {{u"os"_s, f.otherPersonId}};
        QVERIFY(CiRepository(*f.db, u"setup"_s, m_clock).update(ci));
    }
    const CiRepository reader(*f.db, u"reader"_s);
    const ConfigurationItem original = reader.byId(vm1)->value();

    auto pane = openPane(f);
    pane->selectItem(vm1);
    // No: nothing happens.
    Messages::setNextAnswer(QMessageBox::No);
    QVERIFY(!pane->deleteCurrentItem());
    const QStringList asked = Messages::takeShownMessages();
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.constFirst().contains(u"vm1"_s) && asked.constFirst().contains(u"relations: 2"_s)
                 && asked.constFirst().contains(u"installed software: 1"_s)
                 && asked.constFirst().contains(u"applied patches: 1"_s)
                 && asked.constFirst().contains(u"rights profiles: 1"_s),
             qPrintable(asked.constFirst()));
    QVERIFY(reader.byId(vm1)->has_value());
    // Yes: gone with its relations, software and patches.
    Messages::setNextAnswer(QMessageBox::Yes);
    QVERIFY(pane->deleteCurrentItem());
    QCOMPARE(Messages::takeShownMessages().size(), 1);
    QVERIFY(!reader.byId(vm1)->has_value());
    QCOMPARE(pane->ciModel()->rowOf(vm1), -1);
    QCOMPARE(pane->totalCount(), 4);
    QVERIFY(software.installedOn(vm1)->isEmpty());
    QVERIFY(pane->currentItemId() != vm1);

    // Undo: back under the same id, with everything.
    pane->undo();
    const auto restored = reader.byId(vm1);
    QVERIFY(restored && *restored);
    QVERIFY(CiRepository::differences(original, **restored).isEmpty());
    QCOMPARE(pane->ciModel()->rowOf(vm1) >= 0, true);
    const auto relations = reader.relationsOf(vm1);
    QCOMPARE(relations->size(), 2); // vm1 runs on srv, app1 runs on vm1
    const auto installed = software.installedOn(vm1);
    QCOMPARE(installed->size(), 1);
    QCOMPARE(installed->constFirst().version, u"2022"_s);
    const auto patches = software.patchesOf(vm1);
    QCOMPARE(patches->size(), 1);
    QCOMPARE(patches->constFirst().title, u"KB5031364"_s);
    QCOMPARE(patches->constFirst().appliedAt, kStart.addDays(-3));
    const auto rights = RightsProfileRepository(*f.db, u"reader"_s).ofCi(vm1);
    QCOMPARE(rights->size(), 1);
    QCOMPARE(rights->constFirst().personId, std::optional(f.otherPersonId));
    QStringList actions;
    for (const QString &line : historyLines(*f.db, vm1))
        actions << line.section(u'|', 0, 0);
    QCOMPARE(actions.count(u"deleted"_s), 1);
    QCOMPARE(actions.count(u"restored"_s), 1);
    QVERIFY(actions.indexOf(u"restored"_s) > actions.indexOf(u"deleted"_s));
    // Redo deletes it again.
    pane->redo();
    QVERIFY(!reader.byId(vm1)->has_value());
    pane->undo();
    QVERIFY(reader.byId(vm1)->has_value());
}

void TestCiEditor::addAndUndo()
{
    QFETCH(QString, backend);
    const Fixture f = setUp(backend);
    QVERIFY(f.db);
    auto pane = openPane(f);
    const auto added = pane->addItem(u"pc-new-01"_s, CiClass::Client);
    QVERIFY2(added, Test::why(added));
    QCOMPARE(pane->currentItemId(), *added);
    QCOMPARE(pane->totalCount(), 6);
    const CiRepository reader(*f.db, u"reader"_s);
    QCOMPARE(reader.byId(*added)->value().ciClass, CiClass::Client);
    pane->undo();
    QVERIFY(!reader.byId(*added)->has_value());
    QCOMPARE(pane->totalCount(), 5);
    pane->redo();
    QCOMPARE(reader.byId(*added)->value().name, u"pc-new-01"_s); // the same id again
    // A duplicate name is refused with the repository's message.
    const auto duplicate = pane->addItem(u"pc-new-01"_s, CiClass::Client);
    QVERIFY(!duplicate);
    QVERIFY(duplicate.error().message.contains(u"already exists"_s));
    QCOMPARE(pane->undoStack()->count(), 1);
}

void TestCiEditor::impactTreeOfAKnownGraph()
{
    QFETCH(QString, backend);
    const Fixture f = setUp(backend);
    QVERIFY(f.db);
    auto pane = openPane(f);
    pane->selectItem(f.ids.value(u"srv"_s));
    CiDetailView *detail = pane->detailView();
    detail->tabs()->setCurrentIndex(CiDetailView::ImpactTab);
    ImpactModel *impact = detail->impactModel();
    QAbstractItemModelTester tester(impact, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // srv
    //   vm1 (runs on srv)
    //     app1 (runs on vm1)
    //       app2 (depends on app1)
    //         ↻ srv (the cycle)
    //   vm2 (runs on srv)
    QStringList lines;
    std::function<void(const QModelIndex &, int)> walk = [&](const QModelIndex &parent, int level) {
        for (int r = 0; r < impact->rowCount(parent); ++r) {
            const QModelIndex index = impact->index(r, 0, parent);
            lines << QString(level * 2, u' ') + index.data().toString() + u" | "_s
                    + impact->index(r, ImpactModel::RelationColumn, parent).data().toString();
            walk(index, level + 1);
        }
    };
    walk({}, 0);
    const QString runsOn = CmdbNames::display(RelationType::RunsOn);
    const QString dependsOn = CmdbNames::display(RelationType::DependsOn);
    const QStringList expected {
        u"srv | "_s + impact->tr("analysed"),
        u"  vm1 | %1 srv"_s.arg(runsOn),
        u"    app1 | %1 vm1"_s.arg(runsOn),
        u"      app2 | %1 app1"_s.arg(dependsOn),
        u"        ↻ srv | "_s + impact->tr("closes a cycle: depends on %1").arg(u"app2"_s),
        u"  vm2 | %1 srv"_s.arg(runsOn),
    };
    QCOMPARE(lines, expected);
    QCOMPARE(impact->dependentCount(), 4);
    // Protection: srv inherits app2's very high availability along srv → vm1 → app1 → app2.
    RecordTableModel *protection = detail->protectionModel();
    QCOMPARE(protection->rowCount(), 3);
    QCOMPARE(protection->index(2, 1).data().toString(), CmdbNames::display(ProtectionLevel::Normal));
    QCOMPARE(protection->index(2, 2).data().toString(), CmdbNames::display(ProtectionLevel::VeryHigh));
    QCOMPARE(protection->index(2, 3).data().toString(), u"app2"_s);
    QCOMPARE(protection->index(2, 4).data().toString(), u"srv ← vm1 ← app1 ← app2"_s);
    QCOMPARE(protection->index(0, 3).data().toString(), detail->tr("its own requirement"));
    // A relation added elsewhere shows in the tree at once.
    pane->selectItem(f.ids.value(u"vm2"_s));
    detail->tabs()->setCurrentIndex(CiDetailView::RelationsTab);
    QVERIFY(detail->addRelation(RelationType::RunsOn, false, u"app1"_s)); // app1 runs on vm2
    pane->selectItem(f.ids.value(u"srv"_s));
    detail->tabs()->setCurrentIndex(CiDetailView::ImpactTab);
    const QModelIndex root = impact->index(0, 0);
    const QModelIndex vm2 = impact->index(1, 0, root);
    QCOMPARE(vm2.data().toString(), u"vm2"_s);
    QCOMPARE(impact->rowCount(vm2), 0); // app1 is already reached through vm1 (lower id)
}

void TestCiEditor::rightsGrantUndoRevoke()
{
    QFETCH(QString, backend);
    const Fixture f = setUp(backend);
    QVERIFY(f.db);
    OrgUnit it;
    it.code = u"IT"_s;
    it.name = u"Informatievoorziening"_s;
    auto unit = PeopleRepository(*f.db, m_clock).addOrgUnit(it);
    QVERIFY2(unit, Test::why(unit));
    auto pane = openPane(f);
    const qint64 id = f.ids.value(u"app1"_s);
    pane->selectItem(id);
    CiDetailView *detail = pane->detailView();
    detail->tabs()->setCurrentIndex(CiDetailView::RightsTab);
    RecordTableModel *model = detail->rightsModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 0);
    auto *grant = pane->findChild<QPushButton *>(u"rightsGrant"_s);
    auto *revoke = pane->findChild<QPushButton *>(u"rightsRevoke"_s);
    QVERIFY(grant && revoke);
    QVERIFY(grant->isEnabled());
    QVERIFY(!revoke->isEnabled()); // nothing selected
    const RightsProfileRepository reader(*f.db, u"reader"_s);
    const int undoBefore = pane->undoStack()->count();

    // Grant… asks in a dialog: Karin Bakker becomes administrator.
    bool answered = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<RightsGrantDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->holderType()->setCurrentIndex(0); // person
        dialog->holder()->setCurrentIndex(dialog->holder()->findData(f.otherPersonId));
        QVERIFY(dialog->holder()->currentIndex() >= 0);
        dialog->profile()->setCurrentIndex(dialog->profile()->findData(u"administrator"_s));
        dialog->description()->setText(u"Patch window on Tuesdays"_s);
        answered = true;
        dialog->accept();
    });
    QTest::mouseClick(grant, Qt::LeftButton);
    QVERIFY(answered);
    auto granted = reader.ofCi(id);
    QVERIFY2(granted, Test::why(granted));
    QCOMPARE(granted->size(), 1);
    QCOMPARE(granted->first().personId, std::optional(f.otherPersonId));
    QCOMPARE(granted->first().profile, u"administrator"_s);
    QCOMPARE(granted->first().description, u"Patch window on Tuesdays"_s);
    QVERIFY2(historyLines(*f.db, id).contains(u"granted|rights.administrator||person:kbakker"_s),
             qPrintable(historyLines(*f.db, id).join(u'\n')));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data().toString(), u"Karin Bakker (kbakker)"_s);
    QCOMPARE(model->index(0, 2).data().toString(), RightsProfileRepository::displayName(u"administrator"_s));
    QCOMPARE(model->index(0, 3).data().toString(), u"Patch window on Tuesdays"_s);
    QCOMPARE(pane->undoStack()->count(), undoBefore + 1);

    // Undo revokes it (recorded), redo grants it again.
    pane->undoStack()->undo();
    QCOMPARE(reader.ofCi(id)->size(), 0);
    QVERIFY(historyLines(*f.db, id).contains(u"revoked|rights.administrator|person:kbakker|"_s));
    QCOMPARE(model->rowCount(), 0);
    pane->undoStack()->redo();
    granted = reader.ofCi(id);
    QCOMPARE(granted->size(), 1);
    QCOMPARE(granted->first().description, u"Patch window on Tuesdays"_s);
    QCOMPARE(model->rowCount(), 1);

    // The unit gets an agency's own profile, typed freely.
    RightsProfile own;
    own.orgUnitId = unit->id;
    own.profile = u"  Backup   operator "_s;
    QVERIFY(detail->grantRights(own));
    granted = reader.ofCi(id);
    QCOMPARE(granted->size(), 2);
    QVERIFY(std::ranges::any_of(*granted, [&](const RightsProfile &r) {
        return r.orgUnitId == unit->id && r.profile == u"Backup operator"_s;
    }));
    QCOMPARE(model->rowCount(), 2);

    // A duplicate is refused with a message and writes nothing.
    const QStringList historyBefore = historyLines(*f.db, id);
    const int undoCount = pane->undoStack()->count();
    RightsProfile twice;
    twice.personId = f.otherPersonId;
    twice.profile = u"Administrator"_s;
    QVERIFY(!detail->grantRights(twice));
    const QStringList shown = Messages::takeShownMessages();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().contains(u"already holds"_s), qPrintable(shown.first()));
    QCOMPARE(reader.ofCi(id)->size(), 2);
    QCOMPARE(historyLines(*f.db, id), historyBefore);
    QCOMPARE(pane->undoStack()->count(), undoCount);

    // Revoke the administrator row through the button; undo grants it again.
    int adminRow = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data().toString() == u"Karin Bakker (kbakker)"_s)
            adminRow = r;
    }
    QVERIFY(adminRow >= 0);
    auto *view = pane->findChild<QTableView *>(u"rightsProfiles"_s);
    QVERIFY(view);
    view->setCurrentIndex(model->index(adminRow, 0));
    QVERIFY(revoke->isEnabled());
    QTest::mouseClick(revoke, Qt::LeftButton);
    granted = reader.ofCi(id);
    QCOMPARE(granted->size(), 1);
    QCOMPARE(granted->first().orgUnitId, std::optional(unit->id));
    QCOMPARE(model->rowCount(), 1);
    pane->undoStack()->undo();
    granted = reader.ofCi(id);
    QCOMPARE(granted->size(), 2);
    QVERIFY(std::ranges::any_of(*granted, [&](const RightsProfile &r) {
        return r.personId == f.otherPersonId && r.profile == u"administrator"_s
            && r.description == u"Patch window on Tuesdays"_s;
    }));
    pane->undoStack()->redo();
    QCOMPARE(reader.ofCi(id)->size(), 1);

    // The history tab names the profile in words.
    detail->tabs()->setCurrentIndex(CiDetailView::HistoryTab);
    const QString field = detail->historyModel()->index(0, 3).data().toString();
    QCOMPARE(field, detail->tr("Rights profile '%1'")
                        .arg(RightsProfileRepository::displayName(u"administrator"_s)));
    QCOMPARE(detail->historyModel()->index(0, 2).data().toString(), detail->tr("revoked"));
    // ... and who held it by name, not as the key the history stores (person:kbakker).
    QCOMPARE(detail->historyModel()->index(0, 4).data().toString(), u"Karin Bakker (kbakker)"_s);
    QStringList newValues;
    for (int r = 0; r < detail->historyModel()->rowCount(); ++r)
        newValues << detail->historyModel()->index(r, 5).data().toString();
    QVERIFY2(newValues.contains(detail->tr("unit %1 (%2)").arg(unit->name, unit->code)),
             qPrintable(newValues.join(u'\n')));

    // Read-only: no granting or revoking.
    detail->tabs()->setCurrentIndex(CiDetailView::RightsTab);
    view->setCurrentIndex(model->index(0, 0));
    detail->setReadOnly(true);
    QVERIFY(!grant->isEnabled());
    QVERIFY(!revoke->isEnabled());
    QVERIFY(!detail->grantRights(twice));
    QVERIFY(!detail->revokeRights(0));
    QCOMPARE(reader.ofCi(id)->size(), 1);
}

void TestCiEditor::rightsChangeAndUndo()
{
    QFETCH(QString, backend);
    const Fixture f = setUp(backend);
    QVERIFY(f.db);
    auto pane = openPane(f);
    const qint64 id = f.ids.value(u"app1"_s);
    pane->selectItem(id);
    CiDetailView *detail = pane->detailView();
    detail->tabs()->setCurrentIndex(CiDetailView::RightsTab);
    RightsProfile admin;
    admin.personId = f.otherPersonId;
    admin.profile = u"administrator"_s;
    admin.description = u"Patch window on Tuesdays"_s;
    QVERIFY(detail->grantRights(admin));
    const RightsProfileRepository reader(*f.db, u"reader"_s);
    auto *change = pane->findChild<QPushButton *>(u"rightsChange"_s);
    QVERIFY(change);
    QVERIFY(!change->isEnabled()); // nothing selected
    auto *view = pane->findChild<QTableView *>(u"rightsProfiles"_s);
    view->setCurrentIndex(detail->rightsModel()->index(0, 0));
    QVERIFY(change->isEnabled());
    const int undoBefore = pane->undoStack()->count();

    // Change… shows the grant as it is; Karin Bakker becomes operator, at night.
    bool answered = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<RightsGrantDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->holder()->currentData().toLongLong(), f.otherPersonId);
        QCOMPARE(dialog->profile()->currentData().toString(), u"administrator"_s);
        QCOMPARE(dialog->description()->text(), u"Patch window on Tuesdays"_s);
        dialog->profile()->setCurrentIndex(dialog->profile()->findData(u"operator"_s));
        dialog->description()->setText(u"Nights only"_s);
        QVERIFY(dialog->grab().save(Test::screenshotPath(u"cmdb-editor-rights-change-en.png"_s)));
        answered = true;
        dialog->accept();
    });
    QTest::mouseClick(change, Qt::LeftButton);
    QVERIFY(answered);
    auto stored = reader.ofCi(id);
    QVERIFY2(stored, Test::why(stored));
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->first().personId, std::optional(f.otherPersonId));
    QCOMPARE(stored->first().profile, u"operator"_s);
    QCOMPARE(stored->first().description, u"Nights only"_s);
    const QStringList history = historyLines(*f.db, id);
    QVERIFY2(history.contains(u"updated|rights.administrator|person:kbakker|"_s), qPrintable(history.join(u'\n')));
    QVERIFY(history.contains(u"updated|rights.operator||person:kbakker"_s));
    QVERIFY(history.contains(u"updated|rights.operator.description|Patch window on Tuesdays|Nights only"_s));
    QCOMPARE(pane->undoStack()->count(), undoBefore + 1);
    QCOMPARE(detail->rightsModel()->index(0, 2).data().toString(),
             RightsProfileRepository::displayName(u"operator"_s));

    // Undo brings the administrator back as it was, redo the operator.
    pane->undoStack()->undo();
    stored = reader.ofCi(id);
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->first().profile, u"administrator"_s);
    QCOMPARE(stored->first().description, u"Patch window on Tuesdays"_s);
    pane->undoStack()->redo();
    stored = reader.ofCi(id);
    QCOMPARE(stored->first().profile, u"operator"_s);
    QCOMPARE(stored->first().description, u"Nights only"_s);

    // Saving it unchanged writes nothing.
    const QStringList unchangedHistory = historyLines(*f.db, id);
    QVERIFY(detail->changeRights(0, stored->first()));
    QCOMPARE(historyLines(*f.db, id), unchangedHistory);
    QCOMPARE(pane->undoStack()->count(), undoBefore + 1);

    // Someone else revokes it: the undo says so and changes nothing.
    QVERIFY(RightsProfileRepository(*f.db, u"someone else"_s).remove(stored->first()));
    pane->undoStack()->undo();
    const QStringList shown = Messages::takeShownMessages();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().contains(u"no longer exists"_s), qPrintable(shown.first()));
    QCOMPARE(reader.ofCi(id)->size(), 0);
}

void TestCiEditor::rightsTabScreenshot_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("de") << u"de"_s;
    QTest::newRow("nl") << u"nl"_s;
}

void TestCiEditor::rightsTabScreenshot()
{
    QFETCH(QString, language);
    Test::switchLanguage(language);
    const auto english = qScopeGuard([] { Test::switchLanguage(u"en"_s); });
    auto db = Test::openFresh(u"sqlite"_s, *m_dir);
    QVERIFY2(db, Test::why(db));
    QVERIFY(DemoData::generate(**db, 11, DemoScale::Municipality, m_clock));
    // The demo CI with the most rights profiles.
    auto all = RightsProfileRepository(**db, u"reader"_s).all();
    QVERIFY2(all, Test::why(all));
    QVERIFY(!all->isEmpty());
    QHash<qint64, int> perCi;
    for (const RightsProfile &r : std::as_const(*all))
        ++perCi[r.ciId];
    qint64 id = perCi.constBegin().key();
    for (auto it = perCi.cbegin(); it != perCi.cend(); ++it)
        if (it.value() > perCi.value(id))
            id = it.key();
    Fixture f;
    f.db = *db;
    auto pane = openPane(f);
    pane->resize(1080, 760);
    pane->selectItem(id);
    QCOMPARE(pane->currentItemId(), id);
    CiDetailView *detail = pane->detailView();
    detail->tabs()->setCurrentIndex(CiDetailView::RightsTab);
    QApplication::processEvents();
    QCOMPARE(detail->rightsModel()->rowCount(), perCi.value(id));
    const QString path = Test::screenshotPath(u"cmdb-editor-rights-%1.png"_s.arg(language));
    QVERIFY(detail->grab().save(path));
    QVERIFY(!QImage(path).isNull());
    // The grant dialog as it opens.
    QString dialogPath;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<RightsGrantDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->description()->setText(u"Maintenance contract 2027"_s);
        dialogPath = Test::screenshotPath(u"cmdb-editor-rights-grant-%1.png"_s.arg(language));
        QVERIFY(dialog->grab().save(dialogPath));
        dialog->reject();
    });
    QTest::mouseClick(pane->findChild<QPushButton *>(u"rightsGrant"_s), Qt::LeftButton);
    QVERIFY(!QImage(dialogPath).isNull());
    QCOMPARE(detail->rightsModel()->rowCount(), perCi.value(id)); // cancelled: nothing granted
}

void TestCiEditor::anotherDatabaseGetsNoUnsavedEdits()
{
    // Two databases with the same CIs under the same ids; typed into the first, then switched.
    const Fixture first = setUp(u"sqlite"_s);
    QVERIFY(first.db);
    auto pane = openPane(first);
    const qint64 id = first.ids.value(u"srv"_s);
    pane->selectItem(id);
    pane->findChild<QLineEdit *>(u"ciSite"_s)->setText(u"Typed for the first"_s);
    QVERIFY(pane->detailView()->isModified());
    const Fixture second = setUp(u"sqlite"_s, u"second.db"_s);
    QVERIFY(second.db);
    QCOMPARE(second.ids.value(u"srv"_s), id);
    const auto before = Test::dumpTables(*second.db);
    pane->setDatabase(second.db);
    QVERIFY(Messages::takeShownMessages().isEmpty()); // nothing asked
    QCOMPARE(*Test::dumpTables(*second.db), *before);
    QCOMPARE(CiRepository(*first.db, u"reader"_s).byId(id)->value().site, u"Stadhuis"_s);
    QVERIFY(!pane->detailView()->isModified());
    QCOMPARE(pane->totalCount(), 5);
    QVERIFY(pane->currentItemId() != 0); // the first row of the new database
}

CHANGEDESK_GUI_TEST_MAIN(TestCiEditor)
#include "tst_cieditor.moc"
