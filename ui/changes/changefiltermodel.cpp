#include "changefiltermodel.h"

#include "changes/changetablemodel.h"

namespace ChangeDesk::Ui {

ChangeFilterModel::ChangeFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ChangeTableModel::SortRole);
}

void ChangeFilterModel::changed()
{
    invalidateRowsFilter();
}

void ChangeFilterModel::setText(const QString &text)
{
    const QStringList words = text.toCaseFolded().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    changed();
}

void ChangeFilterModel::setState(const QString &state)
{
    if (state == m_state)
        return;
    m_state = state;
    changed();
}

void ChangeFilterModel::setPriority(const QString &priority)
{
    if (priority == m_priority)
        return;
    m_priority = priority;
    changed();
}

void ChangeFilterModel::setCategory(const QString &category)
{
    if (category == m_category)
        return;
    m_category = category;
    changed();
}

void ChangeFilterModel::setType(const QString &type)
{
    if (type == m_type)
        return;
    m_type = type;
    changed();
}

void ChangeFilterModel::setToDosOnly(bool on)
{
    if (on == m_toDosOnly)
        return;
    m_toDosOnly = on;
    changed();
}

bool ChangeFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_toDosOnly && !index.data(ChangeTableModel::ToDoRole).toBool())
        return false;
    if (!m_state.isEmpty() && index.data(ChangeTableModel::StateRole).toString() != m_state)
        return false;
    if (!m_priority.isEmpty() && index.data(ChangeTableModel::PriorityRole).toString() != m_priority)
        return false;
    if (!m_category.isEmpty() && index.data(ChangeTableModel::CategoryRole).toString() != m_category)
        return false;
    if (!m_type.isEmpty() && index.data(ChangeTableModel::TypeRole).toString() != m_type)
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = index.data(ChangeTableModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

} // namespace ChangeDesk::Ui
