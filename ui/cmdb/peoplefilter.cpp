#include "peoplefilter.h"

#include "cmdb/peoplemodel.h"

namespace ChangeDesk::Ui {

PeopleFilter::PeopleFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
    setSortRole(PeopleModel::SortRole);
    setSortLocaleAware(true);
}

void PeopleFilter::setUnits(QSet<qint64> unitIds)
{
    m_units = std::move(unitIds);
    invalidateRowsFilter();
}

bool PeopleFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_units.isEmpty()) {
        const QVariant unit = sourceModel()->index(sourceRow, 0, sourceParent).data(PeopleModel::OrgUnitIdRole);
        if (!unit.isValid() || !m_units.contains(unit.toLongLong()))
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace ChangeDesk::Ui
