#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace ChangeDesk::Ui {

// Filters people by free text over all columns and by organizational unit (a unit with all the
// units below it).
class PeopleFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PeopleFilter(QObject *parent = nullptr);
    // Empty: all units.
    void setUnits(QSet<qint64> unitIds);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<qint64> m_units;
};

} // namespace ChangeDesk::Ui
