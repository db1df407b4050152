#include "peoplemodel.h"

namespace ChangeDesk::Ui {

void PeopleModel::setContents(QList<Person> people, QHash<qint64, QString> unitNames)
{
    beginResetModel();
    m_people = std::move(people);
    m_unitNames = std::move(unitNames);
    endResetModel();
}

int PeopleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int PeopleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Person &person = m_people.at(index.row());
    if (role == OrgUnitIdRole)
        return person.orgUnitId ? QVariant(*person.orgUnitId) : QVariant();
    if (role == PersonIdRole)
        return person.id;
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return person.displayName;
    case LoginColumn:
        return person.login;
    case UnitColumn:
        return person.orgUnitId ? m_unitNames.value(*person.orgUnitId) : QString();
    case EmailColumn:
        return person.email;
    case PhoneColumn:
        return person.phone;
    case ActiveColumn:
        if (role == SortRole)
            return person.active;
        return person.active ? tr("active") : tr("inactive");
    default:
        return {};
    }
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case LoginColumn:
        return tr("Login");
    case UnitColumn:
        return tr("Organizational unit");
    case EmailColumn:
        return tr("E-mail");
    case PhoneColumn:
        return tr("Phone");
    case ActiveColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace ChangeDesk::Ui
