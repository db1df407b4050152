#include "keyvaluemodel.h"

namespace ChangeDesk::Ui {

KeyValueModel::KeyValueModel(QString keyHeader, QString valueHeader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_keyHeader(std::move(keyHeader))
    , m_valueHeader(std::move(valueHeader))
{ }

void KeyValueModel::setValueDisplay(std::function<QString(const QString &)> display)
{
    m_display = std::move(display);
    if (!m_pairs.isEmpty())
        Q_EMIT dataChanged(index(0, 1), index(rowCount() - 1, 1), {Qt::DisplayRole});
}

void KeyValueModel::setPairs(QList<Pair> pairs)
{
    beginResetModel();
    m_pairs = std::move(pairs);
    endResetModel();
}

int KeyValueModel::appendPair(const QString &key, const QString &value)
{
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_pairs.append({key, value});
    endInsertRows();
    Q_EMIT edited();
    return row;
}

int KeyValueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pairs.size());
}

int KeyValueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 2;
}

QVariant KeyValueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Pair &pair = m_pairs.at(index.row());
    const QString &text = index.column() == 0 ? pair.first : pair.second;
    if (role == Qt::EditRole)
        return text;
    if (role == Qt::DisplayRole)
        return index.column() == 1 && m_display ? m_display(text) : text;
    return {};
}

bool KeyValueModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Pair &pair = m_pairs[index.row()];
    QString &text = index.column() == 0 ? pair.first : pair.second;
    const QString newText = index.column() == 0 ? value.toString().trimmed() : value.toString();
    if (text == newText)
        return true;
    text = newText;
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    Q_EMIT edited();
    return true;
}

Qt::ItemFlags KeyValueModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant KeyValueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && (section == 0 || section == 1))
        return section == 0 ? m_keyHeader : m_valueHeader;
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool KeyValueModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_pairs.remove(row, count);
    endRemoveRows();
    Q_EMIT edited();
    return true;
}

} // namespace ChangeDesk::Ui
