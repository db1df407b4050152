#pragma once

#include "people/people.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace ChangeDesk::Ui {

// People as a table: name, login, unit, e-mail, phone, active. A snapshot loaded from the
// database; sorting uses SortRole (typed values), display uses formatted text.
class PeopleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, LoginColumn, UnitColumn, EmailColumn, PhoneColumn, ActiveColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, OrgUnitIdRole, PersonIdRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setContents(QList<Person> people, QHash<qint64, QString> unitNames);
    const Person &personAt(int row) const { return m_people.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Person> m_people;
    QHash<qint64, QString> m_unitNames;
};

} // namespace ChangeDesk::Ui
