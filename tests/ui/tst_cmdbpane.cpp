// The CMDB pane: people and organizational units from a real database, the model under
// QAbstractItemModelTester, filtering by text and by unit, and the About and Settings dialogs.

#include "guitestmain.h"
#include "testsupport.h"

#include "cmdb/cmdbpane.h"
#include "cmdb/peoplemodel.h"
#include "demo/demodata.h"
#include "people/peoplerepository.h"
#include "shell/aboutdialog.h"
#include "shell/settingsdialog.h"
#include "storage/database.h"
#include "storage/migrator.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;
using namespace ChangeDesk::Ui;

class TestCmdbPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsPeopleAndUnits();
    void filtersByTextAndUnit();
    void modelPassesTester();
    void aboutListsComponents();
    void settingsStoreLanguage();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
};

void TestCmdbPane::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto db = openAndMigrate(Test::freshSqliteUrl(m_dir), OpenOptions{true, nullptr});
    QVERIFY(db);
    m_db = *db;
    QVERIFY(DemoData::generate(*m_db, 11, DemoScale::Municipality));
}

void TestCmdbPane::showsPeopleAndUnits()
{
    CmdbPane pane;
    pane.resize(1100, 700);
    pane.setDatabase(m_db);
    pane.show();
    auto *people = pane.findChild<QTableView *>(u"people"_s);
    auto *units = pane.findChild<QTreeView *>(u"orgUnits"_s);
    QCOMPARE(people->model()->rowCount(), 240);
    QCOMPARE(units->model()->rowCount(), 1);                     // the municipality
    QCOMPARE(units->model()->rowCount(units->model()->index(0, 0)), 12); // its departments
    QVERIFY(pane.findChild<QLabel *>(u"peopleCount"_s)->text().contains(u"240"_s));
    // Sorted by name on a typed role.
    const QString first = people->model()->index(0, PeopleModel::NameColumn).data().toString();
    const QString second = people->model()->index(1, PeopleModel::NameColumn).data().toString();
    QVERIFY(QString::localeAwareCompare(first, second) <= 0);
    // Every column is within the visible width: no horizontal scrolling to see the status.
    QTRY_VERIFY(people->isVisible());
    const QHeaderView *header = people->horizontalHeader();
    const int last = header->sectionViewportPosition(PeopleModel::ActiveColumn) + header->sectionSize(PeopleModel::ActiveColumn);
    QVERIFY2(last <= people->viewport()->width(), qPrintable(u"%1 > %2"_s.arg(last).arg(people->viewport()->width())));
    QVERIFY(pane.grab().save(Test::screenshotPath(u"cmdb-pane.png"_s)));

    pane.setDatabase(nullptr);
    QCOMPARE(people->model()->rowCount(), 0);
}

void TestCmdbPane::filtersByTextAndUnit()
{
    CmdbPane pane;
    pane.setDatabase(m_db);
    auto *people = pane.findChild<QTableView *>(u"people"_s);
    auto *search = pane.findChild<QLineEdit *>(u"peopleSearch"_s);
    auto *units = pane.findChild<QTreeView *>(u"orgUnits"_s);

    auto all = PeopleRepository(*m_db).persons();
    QVERIFY(all);
    const QString login = all->at(17).login;
    QTest::keyClicks(search, login);
    QTRY_COMPARE(people->model()->rowCount(), 1);
    QCOMPARE(people->model()->index(0, PeopleModel::LoginColumn).data().toString(), login);
    search->clear();
    QCOMPARE(people->model()->rowCount(), 240);

    // Selecting one department shows only its people; the municipality shows everybody.
    const QModelIndex root = units->model()->index(0, 0);
    const QModelIndex department = units->model()->index(2, 0, root);
    units->setCurrentIndex(department);
    QCOMPARE(people->model()->rowCount(), 20);
    const QString unitName = department.data().toString().section(u" ("_s, 0, 0);
    for (int row = 0; row < people->model()->rowCount(); ++row)
        QCOMPARE(people->model()->index(row, PeopleModel::UnitColumn).data().toString(), unitName);
    QVERIFY(pane.findChild<QLabel *>(u"peopleCount"_s)->text().contains(u"20"_s));
    units->setCurrentIndex(root);
    QCOMPARE(people->model()->rowCount(), 240);
}

void TestCmdbPane::modelPassesTester()
{
    PeopleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto people = PeopleRepository(*m_db).persons();
    QVERIFY(people);
    model.setContents(*people, {});
    QCOMPARE(model.rowCount(), 240);
    QCOMPARE(model.index(0, PeopleModel::ActiveColumn).data(PeopleModel::SortRole).metaType(), QMetaType::fromType<bool>());
    model.setContents({}, {});
    QCOMPARE(model.rowCount(), 0);
}

void TestCmdbPane::aboutListsComponents()
{
    AboutDialog dialog;
    dialog.show();
    const QString text = dialog.findChild<QPlainTextEdit *>(u"versions"_s)->toPlainText();
    QVERIFY2(text.contains(u"Qt "_s + QString::fromLatin1(qVersion())), qPrintable(text));
    QVERIFY(text.contains(u"qca-ossl"_s));
    QVERIFY(text.contains(u"KF6 Syntax Highlighting"_s));
    QVERIFY(text.contains(u"syntax definitions"_s));
    QVERIFY(dialog.grab().save(Test::screenshotPath(u"about-dialog.png"_s)));
}

void TestCmdbPane::settingsStoreLanguage()
{
    QCOMPARE(SettingsDialog::storedLanguage(), QString());
    SettingsDialog dialog;
    auto *language = dialog.findChild<QComboBox *>(u"language"_s);
    language->setCurrentIndex(language->findData(u"nl"_s));
    dialog.show();
    QVERIFY(dialog.grab().save(Test::screenshotPath(u"settings-dialog.png"_s)));
    dialog.accept();
    QCOMPARE(SettingsDialog::storedLanguage(), u"nl"_s);
}

CHANGEDESK_GUI_TEST_MAIN(TestCmdbPane)
#include "tst_cmdbpane.moc"
