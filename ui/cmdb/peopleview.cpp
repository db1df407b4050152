#include "peopleview.h"

#include "cmdb/peoplefilter.h"
#include "cmdb/peoplemodel.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Ui {

namespace {
constexpr int UnitIdRole = Qt::UserRole + 1;
// Some texts below were the CMDB pane's before this view was split off; they keep its
// translation context so that their translations still apply.

void collectUnitIds(const QStandardItem *item, QSet<qint64> &ids)
{
    ids.insert(item->data(UnitIdRole).toLongLong());
    for (int row = 0; row < item->rowCount(); ++row)
        collectUnitIds(item->child(row), ids);
}
} // namespace

PeopleView::PeopleView(QWidget *parent)
    : QWidget(parent)
    , m_units(new QStandardItemModel(this))
    , m_unitView(new QTreeView(this))
    , m_people(new PeopleModel(this))
    , m_filter(new PeopleFilter(this))
    , m_search(new QLineEdit(this))
    , m_peopleView(new QTableView(this))
    , m_count(new QLabel(this))
{
    setObjectName(u"peopleView"_s);
    m_unitView->setObjectName(u"orgUnits"_s);
    m_peopleView->setObjectName(u"people"_s);
    m_search->setObjectName(u"peopleSearch"_s);
    m_count->setObjectName(u"peopleCount"_s);

    m_units->setHorizontalHeaderLabels(
        {QCoreApplication::translate("ChangeDesk::Ui::CmdbPane", "Organizational units")});
    m_unitView->setModel(m_units);
    m_unitView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_unitView->setUniformRowHeights(true);

    m_filter->setSourceModel(m_people);
    m_peopleView->setModel(m_filter);
    m_peopleView->setSortingEnabled(true);
    m_peopleView->sortByColumn(PeopleModel::NameColumn, Qt::AscendingOrder);
    m_peopleView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_peopleView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_peopleView->setAlternatingRowColors(true);
    m_peopleView->verticalHeader()->hide();
    m_peopleView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    // The e-mail column takes what is left, so that every column stays in sight.
    m_peopleView->horizontalHeader()->setSectionResizeMode(PeopleModel::EmailColumn, QHeaderView::Stretch);
    m_search->setPlaceholderText(QCoreApplication::translate("ChangeDesk::Ui::CmdbPane",
                                                             "Filter people by name, login, unit, e-mail…"));
    m_search->setClearButtonEnabled(true);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_search);
    rightLayout->addWidget(m_peopleView, 1);
    rightLayout->addWidget(m_count);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_unitView);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QSortFilterProxyModel::rowsInserted, this, &PeopleView::updateCount);
    connect(m_filter, &QSortFilterProxyModel::rowsRemoved, this, &PeopleView::updateCount);
    connect(m_filter, &QSortFilterProxyModel::modelReset, this, &PeopleView::updateCount);
    connect(m_filter, &QSortFilterProxyModel::layoutChanged, this, &PeopleView::updateCount);
    connect(m_unitView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PeopleView::unitSelected);
    updateCount();
}

PeopleView::~PeopleView()
{
    // The models go after this destructor; what they signal on the way must not arrive here.
    m_filter->disconnect(this);
    m_unitView->selectionModel()->disconnect(this);
}

void PeopleView::clear()
{
    m_units->removeRows(0, m_units->rowCount());
    m_people->setContents({}, {});
}

void PeopleView::setContents(const QList<OrgUnit> &units, QList<Person> people)
{
    m_units->removeRows(0, m_units->rowCount());
    QHash<qint64, QString> names;
    QHash<qint64, QStandardItem *> items;
    for (const OrgUnit &unit : units) {
        names.insert(unit.id, unit.name);
        auto *item = new QStandardItem(u"%1 (%2)"_s.arg(unit.name, unit.code));
        item->setData(unit.id, UnitIdRole);
        items.insert(unit.id, item);
    }
    for (const OrgUnit &unit : units) {
        QStandardItem *parentItem = unit.parentId ? items.value(*unit.parentId) : nullptr;
        (parentItem ? parentItem : m_units->invisibleRootItem())->appendRow(items.value(unit.id));
    }
    m_unitView->expandToDepth(0);
    m_people->setContents(std::move(people), std::move(names));
    m_peopleView->resizeColumnsToContents();
}

void PeopleView::unitSelected()
{
    const QModelIndex current = m_unitView->currentIndex();
    QSet<qint64> ids;
    if (current.isValid())
        collectUnitIds(m_units->itemFromIndex(current), ids);
    m_filter->setUnits(std::move(ids));
}

void PeopleView::updateCount()
{
    m_count->setText(QCoreApplication::translate("ChangeDesk::Ui::CmdbPane", "%n of %1 people shown", nullptr,
                                                 m_filter->rowCount())
                         .arg(m_people->rowCount()));
}

} // namespace ChangeDesk::Ui
