// The CMDB pane on the municipality demo data: the table of CIs (count, filter as you type,
// group expressions with inline errors, saved filters and the column chooser persisted, sorting by
// a header click on typed values), screenshots of the table and every detail tab in English, German
// and Dutch; people and organizational units with their filters; the About and Settings dialogs.

#include "guitestmain.h"
#include "testsupport.h"

#include "cmdb/cidetailview.h"
#include "cmdb/cifiltermodel.h"
#include "cmdb/cirepository.h"
#include "cmdb/citablemodel.h"
#include "cmdb/civiewsettings.h"
#include "cmdb/cmdbpane.h"
#include "cmdb/impactmodel.h"
#include "cmdb/peoplemodel.h"
#include "cmdb/recordtablemodel.h"
#include "cmdb/softwarerepository.h"
#include "common/translations.h"
#include "demo/demodata.h"
#include "people/peoplerepository.h"
#include "shell/aboutdialog.h"
#include "shell/settingsdialog.h"
#include "storage/database.h"
#include "storage/migrator.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;
using namespace ChangeDesk::Ui;

namespace {

// A real picture: decodes and has more than a few colours.
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
        ids << model->index(row, 0).data(CiTableModel::CiIdRole).toLongLong();
    return ids;
}

} // namespace

class TestCmdbPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void tableShowsEveryCi();
    void typingFilters();
    void expressionErrorsShowInline();
    void savedFiltersPersist();
    void columnChooserPersists();
    void headerClickSortsOnTypedValues();
    void screenshots_data();
    void screenshots();
    void showsPeopleAndUnits();
    void filtersByTextAndUnit();
    void modelPassesTester();
    void aboutListsComponents();
    void settingsStoreLanguage();

private:
    std::unique_ptr<CmdbPane> newPane(const QString &settingsFile = u"view.ini"_s) const;

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    qint64 m_esx = 0;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(9, 30), QTimeZone::UTC)};
};

void TestCmdbPane::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto db = openAndMigrate(Test::freshSqliteUrl(m_dir), OpenOptions{true, nullptr});
    QVERIFY(db);
    m_db = *db;
    QVERIFY(DemoData::generate(*m_db, 11, DemoScale::Municipality));
    // Software, patches and edits on one hypervisor, for the detail tabs.
    const CiRepository cis(*m_db, u"kbakker"_s, m_clock);
    auto esx = cis.byName(u"esx-001"_s);
    QVERIFY(esx && *esx);
    m_esx = (*esx)->id;
    const SoftwareRepository software(*m_db, m_clock);
    QVERIFY(software.install(m_esx, u"VMware"_s, u"ESXi"_s, u"8.0 U2"_s, {}, u"cpe:2.3:o:vmware:esxi:8.0:update2:*:*:*:*:*:*"_s));
    QVERIFY(software.install(m_esx, u"HPE"_s, u"iLO"_s, u"6 1.55"_s, {}, {}, u"csv"_s));
    QVERIFY(software.install(m_esx, u"Broadcom"_s, u"bnxtnet driver"_s, u"226.0.145"_s, u"pkg:generic/broadcom/bnxtnet@226.0.145"_s, {}, u"sbom"_s));
    AppliedPatch patch;
    patch.ciId = m_esx;
    patch.title = u"ESXi 8.0 Update 2b"_s;
    patch.reference = u"VMSA-2024-0006"_s;
    patch.fromVersion = u"8.0 U2"_s;
    patch.toVersion = u"8.0 U2b"_s;
    patch.appliedAt = m_clock.now().addDays(-20);
    patch.appliedBy = u"kbakker"_s;
    patch.changeRef = u"RFC-2026-0117"_s;
    QVERIFY(software.recordPatch(patch));
    patch.title = u"iLO 6 firmware 1.56"_s;
    patch.reference = u"HPESBHF04590"_s;
    patch.fromVersion = u"1.55"_s;
    patch.toVersion = u"1.56"_s;
    patch.result = u"failed"_s;
    patch.notes = u"Update aborted: host in maintenance mode"_s;
    patch.appliedAt = m_clock.now().addDays(-6);
    QVERIFY(software.recordPatch(patch));
    ConfigurationItem edited = **esx;
    m_clock.advanceSeconds(3600);
    edited.lifecycle = Lifecycle::InMaintenance;
    edited.description = u"Hypervisor, cluster A"_s;
    edited.attributes.insert(u"rack"_s, u"B3"_s);
    QVERIFY(cis.update(edited));
    m_clock.advanceSeconds(3600);
    edited.protection.availability = ProtectionLevel::High;
    QVERIFY(cis.update(edited));
}

void TestCmdbPane::init()
{
    Test::failOnSqlWarnings();
    Messages::takeShownMessages();
}

void TestCmdbPane::cleanupTestCase()
{
    Test::switchLanguage(u"en"_s);
}

std::unique_ptr<CmdbPane> TestCmdbPane::newPane(const QString &settingsFile) const
{
    auto pane = std::make_unique<CmdbPane>(m_clock, std::make_unique<CiViewSettings>(m_dir.filePath(settingsFile)));
    pane->resize(1280, 800);
    pane->setDatabase(m_db);
    return pane;
}

void TestCmdbPane::tableShowsEveryCi()
{
    auto pane = newPane(u"table.ini"_s);
    QAbstractItemModelTester tester(pane->ciFilter(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto total = CiRepository(*m_db, u"reader"_s).count();
    QVERIFY(total);
    QCOMPARE(pane->totalCount(), int(*total));
    QCOMPARE(pane->shownCount(), int(*total));
    QVERIFY2(pane->countText().startsWith(u"%1 of %1 "_s.arg(*total)), qPrintable(pane->countText()));
    // Sorted by name on the user's collation; the first CI is selected and in the editor.
    QTableView *view = pane->ciView();
    QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(CiTableModel::NameColumn));
    QCOMPARE(pane->currentItemId(), view->model()->index(0, 0).data(CiTableModel::CiIdRole).toLongLong());
    // The default columns; firmware, update source and custom attributes are chosen in.
    QVERIFY(pane->isColumnVisible(CiTableModel::SiteColumn));
    QVERIFY(pane->isColumnVisible(CiTableModel::LastSeenColumn));
    QVERIFY(!pane->isColumnVisible(CiTableModel::FirmwareColumn));
    QVERIFY(!pane->isColumnVisible(pane->ciModel()->columnForKey(u"attr.rack"_s)));
    QCOMPARE(pane->ciFilter()->searchColumns().size(), pane->visibleColumnKeys().size());
    // Closing the database empties everything.
    pane->setDatabase(nullptr);
    QCOMPARE(pane->totalCount(), 0);
    QCOMPARE(pane->currentItemId(), 0);
}

void TestCmdbPane::typingFilters()
{
    auto pane = newPane(u"typing.ini"_s);
    pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(pane.get()));
    auto *search = pane->findChild<QLineEdit *>(u"ciSearch"_s);
    pane->selectItem(m_esx);
    QTest::keyClicks(search, u"ESX-00"_s);
    QCOMPARE(pane->filterText(), u"ESX-00"_s);
    QCOMPARE(pane->shownCount(), 8);
    for (int row = 0; row < pane->shownCount(); ++row)
        QVERIFY(pane->ciView()->model()->index(row, 0).data().toString().startsWith(u"esx-00"_s));
    QVERIFY2(pane->countText().startsWith(u"8 of 834"_s), qPrintable(pane->countText()));
    // The selected CI stays selected while it matches.
    QCOMPARE(pane->currentItemId(), m_esx);
    QCOMPARE(pane->ciView()->currentIndex().data(CiTableModel::CiIdRole).toLongLong(), m_esx);
    QTest::keyClick(search, Qt::Key_Backspace);
    QCOMPARE(pane->filterText(), u"ESX-0"_s);
    QCOMPARE(pane->shownCount(), 8);
    // Two words: both must match, in any visible column.
    pane->setFilterText(u"stadhuis esx"_s);
    QCOMPARE(search->text(), u"stadhuis esx"_s);
    QVERIFY(pane->shownCount() > 0 && pane->shownCount() <= 8);
    // Filtered out: the editor keeps the CI.
    pane->setFilterText(u"zaaksysteem"_s);
    QVERIFY(pane->shownCount() > 0);
    QCOMPARE(pane->currentItemId(), m_esx);
    search->clear();
    QCOMPARE(pane->shownCount(), 834);
}

void TestCmdbPane::expressionErrorsShowInline()
{
    auto pane = newPane(u"expression.ini"_s);
    auto *expression = pane->findChild<QLineEdit *>(u"ciExpression"_s);
    auto *error = pane->findChild<QLabel *>(u"ciExpressionError"_s);
    pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(pane.get()));
    QVERIFY(!error->isVisible());
    const auto bad = pane->setFilterExpression(u"class = server and availabilty >= high"_s);
    QVERIFY(!bad);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"20"_s) && error->text().contains(u"availabilty"_s), qPrintable(error->text()));
    QCOMPARE(expression->cursorPosition(), 19); // on the misspelt field
    QCOMPARE(pane->shownCount(), 834);          // a broken expression filters nothing
    // Typing a valid one and pressing Enter applies it; the error goes.
    expression->clear();
    QTest::keyClicks(expression, u"class = server and site = \"Stadhuis\""_s);
    QTest::keyClick(expression, Qt::Key_Return);
    QVERIFY(!error->isVisible());
    auto parsed = GroupExpression::parse(expression->text());
    QVERIFY(parsed);
    const auto sql = parsed->toSql(m_db->dialect(), m_clock);
    auto expected = CiRepository(*m_db, u"reader"_s).list(sql.where, sql.params);
    QVERIFY(expected);
    QCOMPARE(pane->shownCount(), expected->size());
    QVERIFY(pane->shownCount() > 0);
    // Clearing the field shows everything again.
    expression->clear();
    QCOMPARE(pane->shownCount(), 834);
}

void TestCmdbPane::savedFiltersPersist()
{
    const QString file = u"saved.ini"_s;
    {
        auto pane = newPane(file);
        pane->setColumnVisible(CiTableModel::FirmwareColumn, true);
        pane->setColumnVisible(CiTableModel::OwnerColumn, false);
        QVERIFY(pane->setFilterExpression(u"class = server"_s));
        pane->setFilterText(u"esx"_s);
        const int shown = pane->shownCount();
        QVERIFY(shown > 0);
        // Through the menu, answering the name prompt.
        auto *button = pane->findChild<QToolButton *>(u"savedFiltersButton"_s);
        Q_EMIT button->menu()->aboutToShow();
        QAction *save = button->menu()->findChild<QAction *>(u"saveFilterAction"_s);
        QVERIFY(save);
        Messages::setNextText(u"Hypervisors"_s);
        save->trigger();
        QVERIFY(Messages::takeShownMessages().isEmpty());
        QVERIFY(pane->saveCurrentFilter(u"  "_s).error().message.contains(u"name"_s));
        pane->setFilterText(u"zaak"_s);
        QVERIFY(pane->saveCurrentFilter(u"Zaaksysteem"_s));
    }
    // Another pane on the same settings: the filters are there and apply text, expression and
    // columns.
    auto pane = newPane(file);
    const CiViewSettings settings(m_dir.filePath(file));
    const QList<SavedFilter> saved = settings.savedFilters();
    QCOMPARE(saved.size(), 2);
    QCOMPARE(saved.at(0).name, u"Hypervisors"_s);
    QCOMPARE(saved.at(0).text, u"esx"_s);
    QCOMPARE(saved.at(0).expression, u"class = server"_s);
    QVERIFY(saved.at(0).columns.contains(u"firmware"_s));
    QVERIFY(!saved.at(0).columns.contains(u"owner"_s));
    pane->setColumnVisible(CiTableModel::FirmwareColumn, false);
    pane->setColumnVisible(CiTableModel::OwnerColumn, true);
    QVERIFY(pane->applySavedFilter(u"Hypervisors"_s));
    QCOMPARE(pane->filterText(), u"esx"_s);
    QCOMPARE(pane->findChild<QLineEdit *>(u"ciExpression"_s)->text(), u"class = server"_s);
    QVERIFY(pane->isColumnVisible(CiTableModel::FirmwareColumn));
    QVERIFY(!pane->isColumnVisible(CiTableModel::OwnerColumn));
    QCOMPARE(pane->shownCount(), 8);
    QVERIFY(!pane->applySavedFilter(u"No such filter"_s));
    // Deleting, also seen by a later reader.
    QVERIFY(pane->deleteSavedFilter(u"Zaaksysteem"_s));
    QCOMPARE(CiViewSettings(m_dir.filePath(file)).savedFilters().size(), 1);
}

void TestCmdbPane::columnChooserPersists()
{
    const QString file = u"columns.ini"_s;
    const ConfigurationItem esx = CiRepository(*m_db, u"reader"_s).byId(m_esx)->value();
    QVERIFY(!esx.firmwareVersion.isEmpty());
    {
        auto pane = newPane(file);
        // A firmware version is not found while its column is hidden ...
        pane->setFilterText(esx.firmwareVersion);
        QVERIFY(!shownIds(pane->ciView()->model()).contains(m_esx));
        // ... and is once the column chooser shows it.
        auto *button = pane->findChild<QToolButton *>(u"columnsButton"_s);
        Q_EMIT button->menu()->aboutToShow();
        QAction *firmware = button->menu()->findChild<QAction *>(u"column-firmware"_s);
        QAction *name = button->menu()->findChild<QAction *>(u"column-name"_s);
        QVERIFY(firmware && name);
        QVERIFY(!name->isEnabled()); // the name always shows
        QVERIFY(!firmware->isChecked());
        firmware->trigger();
        QVERIFY(pane->isColumnVisible(CiTableModel::FirmwareColumn));
        QVERIFY(shownIds(pane->ciView()->model()).contains(m_esx));
        QAction *rack = button->menu()->findChild<QAction *>(u"column-attr.rack"_s);
        QVERIFY(rack);
        rack->trigger();
    }
    const auto keys = CiViewSettings(m_dir.filePath(file)).visibleColumns();
    QVERIFY(keys);
    QVERIFY(keys->contains(u"firmware"_s));
    QVERIFY(keys->contains(u"attr.rack"_s));
    auto pane = newPane(file);
    QVERIFY(pane->isColumnVisible(CiTableModel::FirmwareColumn));
    QVERIFY(pane->isColumnVisible(pane->ciModel()->columnForKey(u"attr.rack"_s)));
    QVERIFY(pane->isColumnVisible(CiTableModel::SiteColumn));
    pane->setFilterText(u"b3"_s); // the rack of esx-001
    QCOMPARE(shownIds(pane->ciView()->model()), QList<qint64>{m_esx});
}

void TestCmdbPane::headerClickSortsOnTypedValues()
{
    auto pane = newPane(u"sorting.ini"_s);
    pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(pane.get()));
    QHeaderView *header = pane->ciView()->horizontalHeader();
    for (int column : {int(CiTableModel::LastSeenColumn), int(CiTableModel::AvailabilityColumn)}) {
        pane->ciView()->scrollTo(pane->ciView()->model()->index(0, column));
        const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
        QVERIFY(x > 0 && x < header->viewport()->width());
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QCOMPARE(pane->ciModel()->sortColumn(), column);
        const QAbstractItemModel *model = pane->ciView()->model();
        const Qt::SortOrder order = header->sortIndicatorOrder();
        int changes = 0;
        for (int row = 1; row < model->rowCount(); ++row) {
            const QVariant a = model->index(row - 1, column).data(CiTableModel::SortRole);
            const QVariant b = model->index(row, column).data(CiTableModel::SortRole);
            const QVariant first = order == Qt::AscendingOrder ? a : b;
            const QVariant second = order == Qt::AscendingOrder ? b : a;
            if (column == CiTableModel::LastSeenColumn) {
                QCOMPARE(a.metaType(), QMetaType::fromType<QDateTime>());
                QVERIFY(!first.toDateTime().isValid()
                        || (second.toDateTime().isValid() && first.toDateTime() <= second.toDateTime()));
            } else {
                QCOMPARE(a.metaType(), QMetaType::fromType<int>());
                QVERIFY(first.toInt() <= second.toInt());
            }
            changes += a != b;
        }
        QVERIFY(changes > 0);
    }
    // The selected CI stays selected through a sort.
    pane->selectItem(m_esx);
    pane->ciView()->scrollTo(pane->ciView()->model()->index(0, CiTableModel::SiteColumn));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(CiTableModel::SiteColumn) + 5, header->height() / 2));
    QCOMPARE(pane->ciModel()->sortColumn(), int(CiTableModel::SiteColumn));
    QCOMPARE(pane->ciView()->currentIndex().data(CiTableModel::CiIdRole).toLongLong(), m_esx);
}

void TestCmdbPane::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("de") << u"de"_s;
    QTest::newRow("nl") << u"nl"_s;
}

void TestCmdbPane::screenshots()
{
    QFETCH(QString, language);
    Test::switchLanguage(language);
    const auto english = qScopeGuard([] { Test::switchLanguage(u"en"_s); });
    auto pane = newPane(u"screenshots.ini"_s);
    pane->resize(1080, 760); // what the main window leaves a pane at its default size
    pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(pane.get()));
    pane->selectItem(m_esx);
    QCOMPARE(pane->currentItemId(), m_esx);
    const QString table = Test::screenshotPath(u"cmdb-cis-%1.png"_s.arg(language));
    QVERIFY(pane->grab().save(table));
    verifyPicture(table);
    CiDetailView *detail = pane->detailView();
    const QStringList tabs{u"attributes"_s, u"relations"_s, u"software"_s, u"patches"_s, u"history"_s, u"impact"_s};
    for (int tab = 0; tab < tabs.size(); ++tab) {
        detail->tabs()->setCurrentIndex(tab);
        QApplication::processEvents();
        const QString path = Test::screenshotPath(u"cmdb-tab-%1-%2.png"_s.arg(tabs.at(tab), language));
        QVERIFY(detail->grab().save(path));
        verifyPicture(path);
    }
    QVERIFY(Messages::takeShownMessages().isEmpty());
    // Each tab has its rows.
    QCOMPARE(detail->relationsModel()->rowCount(), 9); // 8 VMs and the core switch
    // What the demo data installed on it and the three added above; its patches likewise.
    const SoftwareRepository software(*m_db, m_clock);
    const auto installed = software.installedOn(m_esx);
    QVERIFY2(installed, Test::why(installed));
    QVERIFY(installed->size() >= 3);
    QCOMPARE(detail->softwareModel()->rowCount(), installed->size());
    const auto patches = software.patchesOf(m_esx);
    QVERIFY2(patches, Test::why(patches));
    QVERIFY(patches->size() >= 2);
    QCOMPARE(detail->patchesModel()->rowCount(), patches->size());
    QVERIFY(detail->historyModel()->rowCount() >= 4);
    QCOMPARE(detail->impactModel()->dependentCount(), 31);
    // The whole pane with the impact tab, filtered to hypervisors.
    pane->setFilterText(u"esx"_s);
    const QString impact = Test::screenshotPath(u"cmdb-impact-%1.png"_s.arg(language));
    QVERIFY(pane->grab().save(impact));
    verifyPicture(impact);
}


void TestCmdbPane::showsPeopleAndUnits()
{
    CmdbPane pane(m_clock, std::make_unique<CiViewSettings>(m_dir.filePath(u"people.ini"_s)));
    pane.resize(1100, 700);
    pane.setDatabase(m_db);
    pane.tabs()->setCurrentIndex(1);
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
    QVERIFY(pane.grab().save(Test::screenshotPath(u"cmdb-people.png"_s)));

    pane.setDatabase(nullptr);
    QCOMPARE(people->model()->rowCount(), 0);
}

void TestCmdbPane::filtersByTextAndUnit()
{
    CmdbPane pane(m_clock, std::make_unique<CiViewSettings>(m_dir.filePath(u"people.ini"_s)));
    pane.setDatabase(m_db);
    pane.tabs()->setCurrentIndex(1);
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
