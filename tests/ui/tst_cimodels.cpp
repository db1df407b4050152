// The CMDB table models: CiTableModel (typed sorting, one-row signals) and CiFilterModel (text
// over the visible columns only, incremental narrowing equal to a fresh filter and to a brute-force
// reference, combined with the ids a group expression selects), plus the detail tabs' models,
// each under QAbstractItemModelTester.

#include "guitestmain.h"
#include "testsupport.h"

#include "cmdb/cifiltermodel.h"
#include "cmdb/cirepository.h"
#include "cmdb/cisummary.h"
#include "cmdb/citablemodel.h"
#include "cmdb/groupexpression.h"
#include "cmdb/impactmodel.h"
#include "cmdb/keyvaluemodel.h"
#include "cmdb/recordtablemodel.h"
#include "demo/demodata.h"
#include "people/peoplerepository.h"
#include "storage/database.h"
#include "storage/migrator.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;
using namespace ChangeDesk::Ui;

namespace {

// The ids a filter shows, in its order.
QList<qint64> shownIds(const QAbstractItemModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(CiTableModel::CiIdRole).toLongLong();
    return ids;
}

// The reference: every word occurs in the shown text of one of the columns, ignoring case; in
// the table's order.
QList<qint64> bruteForce(const CiTableModel &model, const QString &text, const QList<int> &columns)
{
    const QStringList words = text.toCaseFolded().split(u' ', Qt::SkipEmptyParts);
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        bool all = true;
        for (const QString &word : words) {
            bool found = false;
            for (int column : columns)
                found = found || model.index(row, column).data().toString().toCaseFolded().contains(word);
            all = all && found;
        }
        if (all)
            ids << model.index(row, 0).data(CiTableModel::CiIdRole).toLongLong();
    }
    return ids;
}

} // namespace

class TestCiModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void tableShowsTranslatedTextAndTypedSortValues();
    void sortsOnTypedValues_data();
    void sortsOnTypedValues();
    void filterEqualsBruteForce_data();
    void filterEqualsBruteForce();
    void hiddenColumnsNeverMatch();
    void typingNarrowsLikeAFreshFilter();
    void allowedIdsCombineWithText_data();
    void allowedIdsCombineWithText();
    void editsSignalOneRow();
    void modelsPassTester();
    void detailModelsPassTester();

private:
    void load(CiTableModel &model) const;

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    QList<CiSummary> m_items;
    QHash<qint64, QString> m_people;
    QHash<qint64, QString> m_units;
    ManualClock m_clock {QDateTime(QDate(2026, 11, 22), QTime(9, 30), QTimeZone::UTC)};
};

void TestCiModels::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto db = openAndMigrate(Test::freshSqliteUrl(m_dir), OpenOptions {true, nullptr}, m_clock);
    QVERIFY2(db, Test::why(db));
    m_db = *db;
    QVERIFY(DemoData::generate(*m_db, 11, DemoScale::Municipality, m_clock));
    // Custom attributes on a few CIs, one of them text found nowhere else.
    const CiRepository repository(*m_db, u"tester"_s, m_clock);
    auto all = repository.list();
    QVERIFY2(all, Test::why(all));
    for (int i : {3, 40, 41}) {
        ConfigurationItem ci = all->at(i);
        ci.attributes.insert(u"rack"_s, i == 40 ? u"Qx-Unique-Rack"_s : u"R%1"_s.arg(i));
        QVERIFY2(repository.update(ci), "attribute");
    }
    // Every lifecycle somewhere (the demo CIs are all in production).
    for (int i = 0; i < 5; ++i) {
        ConfigurationItem ci = all->at(100 + i);
        ci.lifecycle = Lifecycle(i);
        QVERIFY2(repository.update(ci), "lifecycle");
    }
    auto items = CiSummaries::all(*m_db);
    QVERIFY2(items, Test::why(items));
    m_items = *items;
    const PeopleRepository people(*m_db, m_clock);
    const auto persons = people.persons();
    const auto units = people.orgUnits();
    QVERIFY(persons && units);
    for (const Person &person : *persons) {
        m_people.insert(person.id, person.displayName);
    }
    for (const OrgUnit &unit : *units) {
        m_units.insert(unit.id, unit.name);
    }
    QVERIFY(m_items.size() > 800);
}

void TestCiModels::init()
{
    Test::failOnSqlWarnings();
}

void TestCiModels::load(CiTableModel &model) const
{
    model.setContents(m_items, m_people, m_units);
}

void TestCiModels::tableShowsTranslatedTextAndTypedSortValues()
{
    CiTableModel model;
    load(model);
    QCOMPARE(model.rowCount(), m_items.size());
    QCOMPARE(model.columnCount(), CiTableModel::FixedColumnCount + 1); // the "rack" attribute
    QCOMPARE(model.columnKey(CiTableModel::FixedColumnCount), u"attr.rack"_s);
    QCOMPARE(model.columnForKey(u"attr.rack"_s), int(CiTableModel::FixedColumnCount));
    QCOMPARE(model.columnForKey(u"last_seen"_s), int(CiTableModel::LastSeenColumn));
    const auto found = std::ranges::find_if(
        m_items, [](const CiSummary &ci) { return ci.attributes.value(u"rack"_s) == u"Qx-Unique-Rack"; });
    QVERIFY(found != m_items.cend());
    const qint64 id = found->id;
    const int row = model.rowOf(id);
    QVERIFY(row >= 0);
    const CiSummary &ci = *found;
    QCOMPARE(model.index(row, CiTableModel::NameColumn).data().toString(), ci.name);
    QCOMPARE(model.index(row, CiTableModel::ClassColumn).data().toString(), CmdbNames::display(ci.ciClass));
    QCOMPARE(model.index(row, CiTableModel::ClassColumn).data(CiTableModel::SortRole),
             QVariant(int(ci.ciClass)));
    QCOMPARE(model.index(row, CiTableModel::AvailabilityColumn).data().toString(),
             CmdbNames::display(ci.protection.availability));
    QCOMPARE(model.index(row, CiTableModel::AvailabilityColumn).data(CiTableModel::SortRole).metaType(),
             QMetaType::fromType<int>());
    QCOMPARE(model.index(row, CiTableModel::LastSeenColumn).data(CiTableModel::SortRole).metaType(),
             QMetaType::fromType<QDateTime>());
    QCOMPARE(model.index(row, CiTableModel::MobileColumn).data(CiTableModel::SortRole).metaType(),
             QMetaType::fromType<bool>());
    QCOMPARE(model.index(row, CiTableModel::FixedColumnCount).data().toString(), u"Qx-Unique-Rack"_s);
    if (ci.ownerId)
        QCOMPARE(model.index(row, CiTableModel::OwnerColumn).data().toString(), m_people.value(*ci.ownerId));
    QCOMPARE(model.index(row, 0).data(CiTableModel::CiIdRole).toLongLong(), id);
}

void TestCiModels::sortsOnTypedValues_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    for (int column : {int(CiTableModel::NameColumn), int(CiTableModel::ClassColumn),
                       int(CiTableModel::LifecycleColumn), int(CiTableModel::ConfidentialityColumn),
                       int(CiTableModel::AvailabilityColumn), int(CiTableModel::LastSeenColumn),
                       int(CiTableModel::MobileColumn), int(CiTableModel::SiteColumn)}) {
        for (int order : {int(Qt::AscendingOrder), int(Qt::DescendingOrder)})
            QTest::addRow("%d-%s", column, order == Qt::AscendingOrder ? "asc" : "desc") << column << order;
    }
}

void TestCiModels::sortsOnTypedValues()
{
    QFETCH(int, column);
    QFETCH(int, order);
    CiTableModel model;
    load(model);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.sort(column, Qt::SortOrder(order));
    QCOMPARE(layout.size(), 1);
    QCOMPARE(reset.size(), 0);
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const auto inOrder = [&](const QVariant &a, const QVariant &b) {
        // True when a may come before b in ascending order.
        if (a.metaType() == QMetaType::fromType<QDateTime>()) {
            const QDateTime x = a.toDateTime(), y = b.toDateTime();
            if (!x.isValid())
                return true;
            return y.isValid() && x <= y;
        }
        if (a.metaType() == QMetaType::fromType<QString>())
            return collator.compare(a.toString(), b.toString()) <= 0;
        if (a.metaType() == QMetaType::fromType<bool>())
            return a.toBool() <= b.toBool();
        return a.toInt() <= b.toInt();
    };
    int changes = 0;
    for (int row = 1; row < model.rowCount(); ++row) {
        const QVariant previous = model.index(row - 1, column).data(CiTableModel::SortRole);
        const QVariant current = model.index(row, column).data(CiTableModel::SortRole);
        const bool ok = order == Qt::AscendingOrder ? inOrder(previous, current) : inOrder(current, previous);
        QVERIFY2(ok,
                 qPrintable(u"row %1: %2 then %3"_s.arg(row).arg(previous.toString(), current.toString())));
        changes += previous != current;
    }
    QVERIFY(changes > 0); // the column really has different values to order
    if (column == CiTableModel::ConfidentialityColumn) {
        // Enum order, not alphabetical: normal, high, very high.
        const int first = 0, last = model.rowCount() - 1;
        const QString low = CmdbNames::display(ProtectionLevel::Normal);
        const QString top = CmdbNames::display(ProtectionLevel::VeryHigh);
        QCOMPARE(model.index(order == Qt::AscendingOrder ? first : last, column).data().toString(), low);
        QCOMPARE(model.index(order == Qt::AscendingOrder ? last : first, column).data().toString(), top);
    }
}

void TestCiModels::filterEqualsBruteForce_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("one letter") << u"s"_s;
    QTest::newRow("part of a name") << u"srv"_s;
    QTest::newRow("site, mixed case") << u"StadHUIS"_s;
    QTest::newRow("two words in two columns") << u"server stadhuis"_s;
    QTest::newRow("translated class") << CmdbNames::display(CiClass::Printer).toUpper();
    QTest::newRow("protection level") << CmdbNames::display(ProtectionLevel::VeryHigh);
    QTest::newRow("umlaut") << u"ü"_s;
    QTest::newRow("nothing") << u"zz-no-such-thing"_s;
    QTest::newRow("spaces only") << u"   "_s;
}

void TestCiModels::filterEqualsBruteForce()
{
    QFETCH(QString, text);
    CiTableModel model;
    load(model);
    CiFilterModel filter;
    filter.setSourceModel(&model);
    const QList<int> columns {CiTableModel::NameColumn, CiTableModel::ClassColumn, CiTableModel::SiteColumn,
                              CiTableModel::PlatformColumn, CiTableModel::AvailabilityColumn};
    filter.setSearchColumns(columns);
    filter.setFilterText(text);
    const QList<qint64> expected = bruteForce(model, text, columns);
    QCOMPARE(shownIds(filter), expected);
    if (text == u"zz-no-such-thing")
        QCOMPARE(filter.rowCount(), 0);
    if (text.trimmed().isEmpty())
        QCOMPARE(filter.rowCount(), model.rowCount());
}

void TestCiModels::hiddenColumnsNeverMatch()
{
    CiTableModel model;
    load(model);
    CiFilterModel filter;
    filter.setSourceModel(&model);
    const int rack = model.columnForKey(u"attr.rack"_s);
    filter.setSearchColumns({CiTableModel::NameColumn, CiTableModel::SiteColumn});
    filter.setFilterText(u"qx-unique"_s);
    QCOMPARE(filter.rowCount(), 0);
    // Showing the column makes the same text match, without typing again.
    filter.setSearchColumns({CiTableModel::NameColumn, CiTableModel::SiteColumn, rack});
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, rack).data().toString(), u"Qx-Unique-Rack"_s);
    // And hiding it again.
    filter.setSearchColumns({CiTableModel::NameColumn});
    QCOMPARE(filter.rowCount(), 0);

    // A firmware version is found only while the firmware column is searched.
    const auto withFirmware = std::ranges::find_if(
        m_items, [](const CiSummary &ci) { return ci.firmwareVersion.startsWith(u"iLO"_s); });
    QVERIFY(withFirmware != m_items.cend());
    filter.setSearchColumns({CiTableModel::NameColumn, CiTableModel::PlatformColumn});
    filter.setFilterText(withFirmware->firmwareVersion);
    QCOMPARE(shownIds(filter),
             bruteForce(model, withFirmware->firmwareVersion,
                        {CiTableModel::NameColumn, CiTableModel::PlatformColumn}));
    QVERIFY(!shownIds(filter).contains(withFirmware->id));
    filter.setSearchColumns({CiTableModel::NameColumn, CiTableModel::FirmwareColumn});
    QVERIFY(shownIds(filter).contains(withFirmware->id));
}

void TestCiModels::typingNarrowsLikeAFreshFilter()
{
    CiTableModel model;
    load(model);
    model.sort(CiTableModel::SiteColumn, Qt::DescendingOrder);
    CiFilterModel typing;
    typing.setSourceModel(&model);
    const QList<int> columns {CiTableModel::NameColumn, CiTableModel::ClassColumn, CiTableModel::SiteColumn,
                              CiTableModel::LifecycleColumn, CiTableModel::OwnerColumn};
    typing.setSearchColumns(columns);
    // Typed character by character with corrections, a second word, and a word typed before an
    // earlier one; random edits from a fixed seed on top.
    QStringList texts;
    for (const QString &word : {u"stadhuis"_s, u"stadhuis cl"_s, u"stadhuis client"_s})
        for (qsizetype n = 1; n <= word.size(); ++n)
            texts << word.left(n);
    texts << u"stadhuis clien"_s << u"stadhuis cli"_s << u"x stadhuis cli"_s << u"a stadhuis cli"_s
          << u"stad"_s << u"sta"_s << u""_s << u"-0"_s << u"-01"_s << u"-0"_s;
    QRandomGenerator random(20261122);
    const QString alphabet = u"abcdeilnorstuv-0123 "_s;
    QString text;
    for (int i = 0; i < 150; ++i) {
        if (!text.isEmpty() && random.bounded(4) == 0)
            text.chop(1);
        else
            text += alphabet.at(random.bounded(int(alphabet.size())));
        texts << text;
    }
    for (const QString &step : std::as_const(texts)) {
        typing.setFilterText(step);
        CiFilterModel fresh;
        fresh.setSourceModel(&model);
        fresh.setSearchColumns(columns);
        fresh.setFilterText(step);
        const QList<qint64> expected = bruteForce(model, step, columns);
        QVERIFY2(shownIds(typing) == expected,
                 qPrintable(u"typing \"%1\": %2 rows, expected %3"_s.arg(step)
                                .arg(typing.rowCount())
                                .arg(expected.size())));
        QCOMPARE(shownIds(fresh), expected);
    }
    // A re-sort keeps the filtered set and follows the new order.
    typing.setFilterText(u"stadhuis"_s);
    model.sort(CiTableModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(shownIds(typing), bruteForce(model, u"stadhuis"_s, columns));
}

void TestCiModels::allowedIdsCombineWithText_data()
{
    QTest::addColumn<QString>("expression");
    QTest::newRow("class and availability") << u"class = application and availability >= high"_s;
    QTest::newRow("mobile, not seen") << u"mobile = true and last_seen < now-30d"_s;
    QTest::newRow("site in") << u"site in (\"Stadhuis\", \"Bibliotheek\") and not class = client"_s;
    QTest::newRow("attribute") << u"attr.rack contains \"r\""_s;
}

void TestCiModels::allowedIdsCombineWithText()
{
    // The pane lets the database say which CIs match an expression, as dynamic groups do.
    QFETCH(QString, expression);
    auto parsed = GroupExpression::parse(expression);
    QVERIFY2(parsed, Test::why(parsed));
    const auto sql = parsed->toSql(m_db->dialect(), m_clock);
    const auto ids = CiSummaries::idsWhere(*m_db, sql.where, sql.params);
    QVERIFY2(ids, Test::why(ids));
    QVERIFY(!ids->isEmpty());

    CiTableModel model;
    load(model);
    CiFilterModel filter;
    filter.setSourceModel(&model);
    const QList<int> columns {CiTableModel::NameColumn, CiTableModel::SiteColumn};
    filter.setSearchColumns(columns);
    filter.setAllowedIds(*ids);
    const QList<qint64> shown = shownIds(filter);
    QCOMPARE(QSet<qint64>(shown.cbegin(), shown.cend()), *ids);
    // With text on top: both must hold, in the table's order.
    filter.setFilterText(u"a"_s);
    QList<qint64> both;
    for (qint64 id : bruteForce(model, u"a"_s, columns)) {
        if (ids->contains(id))
            both << id;
    }
    QCOMPARE(shownIds(filter), both);
    // One CI leaves and joins again (after an edit), one row each time.
    if (!both.isEmpty()) {
        QSignalSpy removed(&filter, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&filter, &QAbstractItemModel::rowsInserted);
        filter.setAllowed(both.constFirst(), false);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(shownIds(filter), both.mid(1));
        filter.setAllowed(both.constFirst(), true);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(shownIds(filter), both);
    }
    filter.setAllowedIds(std::nullopt);
    QCOMPARE(shownIds(filter), bruteForce(model, u"a"_s, columns));
}

void TestCiModels::editsSignalOneRow()
{
    CiTableModel model;
    load(model);
    CiFilterModel filter;
    filter.setSourceModel(&model);
    filter.setSearchColumns({CiTableModel::NameColumn, CiTableModel::SiteColumn});
    filter.setFilterText(u"stadhuis"_s);
    const int shownBefore = filter.rowCount();
    QVERIFY(shownBefore > 0);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy filterRemoved(&filter, &QAbstractItemModel::rowsRemoved);
    QSignalSpy filterInserted(&filter, &QAbstractItemModel::rowsInserted);
    QSignalSpy filterReset(&filter, &QAbstractItemModel::modelReset);

    // An edit that moves a shown CI out of the filter.
    CiSummary ci = model.itemAtRow(filter.mapToSource(filter.index(0, 0)).row());
    const int row = model.rowOf(ci.id);
    ci.site = u"Elsewhere"_s;
    model.updateItem(ci);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), row);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), row);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(layout.size(), 0);
    QCOMPARE(filterRemoved.size(), 1);
    QCOMPARE(filter.rowCount(), shownBefore - 1);
    QCOMPARE(model.index(row, CiTableModel::SiteColumn).data().toString(), u"Elsewhere"_s);
    // And back in.
    ci.site = u"Stadhuis"_s;
    model.updateItem(ci);
    QCOMPARE(filterInserted.size(), 1);
    QCOMPARE(filter.rowCount(), shownBefore);

    // Adding takes its sorted place; removing takes one row away.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    CiSummary added;
    added.id = 999999;
    added.name = u"aaa-first-stadhuis"_s;
    added.site = u"Stadhuis"_s;
    model.addItem(added);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0); // sorted by name: first
    QCOMPARE(model.index(0, 0).data().toString(), added.name);
    QCOMPARE(filter.rowCount(), shownBefore + 1);
    QCOMPARE(filter.index(0, 0).data().toString(), added.name);
    QVERIFY(model.removeItem(added.id));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowOf(added.id), -1);
    QCOMPARE(filter.rowCount(), shownBefore);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(filterReset.size(), 0);
    // A new attribute name adds one column at the end.
    QSignalSpy columns(&model, &QAbstractItemModel::columnsInserted);
    ci.attributes.insert(u"zone"_s, u"dmz"_s);
    model.updateItem(ci);
    QCOMPARE(columns.size(), 1);
    QCOMPARE(model.columnKey(model.columnCount() - 1), u"attr.zone"_s);
    QCOMPARE(filter.columnCount(), model.columnCount());
}

void TestCiModels::modelsPassTester()
{
    CiTableModel model;
    CiFilterModel filter;
    QAbstractItemModelTester tableTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(model);
    filter.setSearchColumns({CiTableModel::NameColumn, CiTableModel::SiteColumn, CiTableModel::ClassColumn});
    for (const QString &text : {u"s"_s, u"st"_s, u"sta"_s, u"s"_s, u""_s, u"srv"_s})
        filter.setFilterText(text);
    model.sort(CiTableModel::LastSeenColumn, Qt::DescendingOrder);
    model.sort(CiTableModel::ClassColumn, Qt::AscendingOrder);
    QSet<qint64> high;
    for (const CiSummary &item : std::as_const(m_items)) {
        if (item.protection.availability >= ProtectionLevel::High)
            high.insert(item.id);
    }
    filter.setAllowedIds(high);
    filter.setAllowed(m_items.at(7).id, !high.contains(m_items.at(7).id));
    CiSummary ci = model.itemAtRow(5);
    ci.name += u"-renamed"_s;
    ci.attributes.insert(u"new_attribute"_s, u"x"_s);
    model.updateItem(ci);
    CiSummary added;
    added.id = 888888;
    added.name = u"srv-added"_s;
    added.protection.availability = ProtectionLevel::VeryHigh;
    model.addItem(added);
    QVERIFY(model.removeItem(added.id));
    filter.setAllowedIds(std::nullopt);
    filter.setSearchColumns({CiTableModel::NameColumn});
    model.setContents({}, {}, {});
    QCOMPARE(filter.rowCount(), 0);
    load(model);
    QCOMPARE(filter.rowCount(), bruteForce(model, u"srv"_s, {CiTableModel::NameColumn}).size());
}

void TestCiModels::detailModelsPassTester()
{
    RecordTableModel records({u"A"_s, u"B"_s});
    QAbstractItemModelTester recordTester(&records, QAbstractItemModelTester::FailureReportingMode::QtTest);
    records.setRows({{{{u"x"_s, 2, {}}, {u"y"_s, {}, u"tip"_s}}, 7, false}, {{{u"z"_s, 1, {}}}, {}, true}});
    QCOMPARE(records.rowCount(), 2);
    QCOMPARE(records.index(0, 0).data(RecordTableModel::SortRole), QVariant(2));
    QCOMPARE(records.index(0, 1).data(RecordTableModel::SortRole), QVariant(u"y"_s));
    QCOMPARE(records.index(0, 1).data(Qt::ToolTipRole), QVariant(u"tip"_s));
    QCOMPARE(records.index(1, 1).data(), QVariant()); // a short row
    records.setRows({});

    KeyValueModel pairs(u"Key"_s, u"Value"_s);
    QAbstractItemModelTester pairTester(&pairs, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy edited(&pairs, &KeyValueModel::edited);
    pairs.setPairs({{u"os"_s, u"12"_s}});
    pairs.setValueDisplay([](const QString &id) { return u"person %1"_s.arg(id); });
    QCOMPARE(pairs.index(0, 1).data().toString(), u"person 12"_s);
    QCOMPARE(pairs.index(0, 1).data(Qt::EditRole).toString(), u"12"_s);
    QCOMPARE(edited.size(), 0);
    QCOMPARE(pairs.appendPair(u"service"_s, u"13"_s), 1);
    QVERIFY(pairs.setData(pairs.index(1, 0), u" app "_s));
    QCOMPARE(pairs.pairs().at(1).first, u"app"_s);
    QVERIFY(pairs.removeRows(0, 1));
    QCOMPARE(pairs.pairs(), (QList<KeyValueModel::Pair> {{u"app"_s, u"13"_s}}));
    QCOMPARE(edited.size(), 3);

    // Impact: 1 <- 2 <- 3 (runs on), 4 part of 1 (so 1's whole... reversed), cycle 3 -> 1.
    DependencyGraph graph;
    graph.addRelation(2, 1, RelationType::RunsOn);
    graph.addRelation(3, 2, RelationType::DependsOn);
    graph.addRelation(1, 3, RelationType::DependsOn);
    graph.addRelation(1, 4, RelationType::PartOf); // 4 (the whole) depends on its part 1
    ImpactModel impact;
    QAbstractItemModelTester impactTester(&impact, QAbstractItemModelTester::FailureReportingMode::QtTest);
    impact.setResult(graph.dependents(1), [](qint64 id) {
        return ImpactModel::CiLabel {u"ci%1"_s.arg(id), u"c"_s};
    });
    QCOMPARE(impact.rowCount(), 1);
    const QModelIndex root = impact.index(0, 0);
    QCOMPARE(root.data().toString(), u"ci1"_s);
    QCOMPARE(impact.rowCount(root), 2); // 2 and 4
    QCOMPARE(impact.index(0, 0, root).data().toString(), u"ci2"_s);
    QCOMPARE(impact.index(1, 0, root).data().toString(), u"ci4"_s);
    QCOMPARE(impact.index(1, ImpactModel::RelationColumn, root).data().toString(),
             impact.tr("has part %1").arg(u"ci1"_s));
    const QModelIndex two = impact.index(0, 0, root);
    const QModelIndex three = impact.index(0, 0, two);
    QCOMPARE(three.data().toString(), u"ci3"_s);
    QCOMPARE(impact.index(0, ImpactModel::DepthColumn, two).data().toString(), u"2"_s);
    QCOMPARE(impact.rowCount(three), 1); // the cycle back to 1
    const QModelIndex cycle = impact.index(0, 0, three);
    QVERIFY(cycle.data(ImpactModel::CycleRole).toBool());
    QCOMPARE(cycle.data(ImpactModel::CiIdRole).toLongLong(), 1);
    QVERIFY(cycle.data().toString().contains(u"ci1"_s));
    QCOMPARE(impact.parent(three), two);
    QCOMPARE(impact.dependentCount(), 3);
    QCOMPARE(impact.cycleCount(), 1);
    impact.clear();
    QCOMPARE(impact.rowCount(), 0);
}

CHANGEDESK_GUI_TEST_MAIN(TestCiModels)
#include "tst_cimodels.moc"
