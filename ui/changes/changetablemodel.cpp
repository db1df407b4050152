#include "changetablemodel.h"

#include "change/changerecord.h"
#include "changes/changelabels.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Ui {

namespace {

QString searchTextOf(const ChangeSummary &change)
{
    return (u"#%1 "_s.arg(change.id) + change.title + u' ' + change.applicantName).toCaseFolded();
}

QString shortTime(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

ChangeTableModel::ChangeTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ChangeTableModel::setContents(QList<ChangeSummary> changes, const QList<ChangeToDo> &todos)
{
    beginResetModel();
    m_changes = std::move(changes);
    m_rowById.clear();
    m_searchText.clear();
    m_searchText.reserve(m_changes.size());
    for (int row = 0; row < m_changes.size(); ++row) {
        m_rowById.insert(m_changes.at(row).id, row);
        m_searchText << searchTextOf(m_changes.at(row));
    }
    m_todos.clear();
    for (const ChangeToDo &todo : todos) {
        // The list is most urgent first: the first one of a request is the one to show.
        if (!m_todos.contains(todo.changeId))
            m_todos.insert(todo.changeId, todo);
    }
    endResetModel();
}

void ChangeTableModel::updateChange(const ChangeSummary &change)
{
    const int row = rowOf(change.id);
    if (row < 0) {
        beginInsertRows({}, int(m_changes.size()), int(m_changes.size()));
        m_rowById.insert(change.id, int(m_changes.size()));
        m_changes << change;
        m_searchText << searchTextOf(change);
        endInsertRows();
        return;
    }
    m_changes[row] = change;
    m_searchText[row] = searchTextOf(change);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ChangeTableModel::setToDos(const QList<ChangeToDo> &todos)
{
    QHash<qint64, ChangeToDo> next;
    for (const ChangeToDo &todo : todos) {
        if (!next.contains(todo.changeId))
            next.insert(todo.changeId, todo);
    }
    QSet<qint64> touched;
    for (auto it = m_todos.cbegin(); it != m_todos.cend(); ++it)
        touched.insert(it.key());
    for (auto it = next.cbegin(); it != next.cend(); ++it)
        touched.insert(it.key());
    m_todos = std::move(next);
    for (qint64 id : std::as_const(touched)) {
        if (const int row = rowOf(id); row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int ChangeTableModel::rowOf(qint64 id) const
{
    return m_rowById.value(id, -1);
}

int ChangeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int ChangeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ChangeTableModel::dueText(const ChangeToDo &todo) const
{
    const QString when = todo.due.isValid()
        ? QLocale().toString(todo.due.toLocalTime().date(), QLocale::ShortFormat)
        : QString();
    if (todo.overdue)
        return when.isEmpty() ? tr("⚠ Overdue") : tr("⚠ Overdue since %1").arg(when);
    if (todo.kind == ChangeToDo::Kind::Objection)
        return tr("Decide objection");
    return when.isEmpty() ? tr("To do") : tr("To do by %1").arg(when);
}

QVariant ChangeTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_changes.size())
        return {};
    const ChangeSummary &c = m_changes.at(index.row());
    const auto todo = m_todos.constFind(c.id);
    const bool hasToDo = todo != m_todos.cend();
    const bool overdue = hasToDo && todo->overdue;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return c.id;
        case TitleColumn:
            return c.title;
        case StateColumn:
            return ChangeLabels::state(c.state);
        case PriorityColumn:
            return c.priority.isEmpty() ? QString() : ChangeLabels::priority(c.priority);
        case CategoryColumn:
            return c.category.isEmpty() ? QString() : ChangeLabels::category(c.category);
        case TypeColumn:
            return ChangeLabels::type(c.type);
        case ApplicantColumn:
            return c.applicantName;
        case PlannedStartColumn:
            return shortTime(c.plannedStart);
        case ObjectionColumn:
            return c.objectionOpen ? tr("⚑ Objection") : QString();
        case DueColumn:
            return hasToDo ? dueText(*todo) : QString();
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case IdColumn:
            return c.id;
        case PriorityColumn:
            return ChangeRecordFields::priorityRank(c.priority);
        case CategoryColumn:
            return ChangeRecordFields::categoryRank(c.category);
        case PlannedStartColumn:
            return c.plannedStart.isValid() ? c.plannedStart.toMSecsSinceEpoch() : Q_INT64_C(0);
        case ObjectionColumn:
            return c.objectionOpen ? 0 : 1;
        case DueColumn:
            if (!hasToDo)
                return std::numeric_limits<qint64>::max();
            return todo->due.isValid() ? todo->due.toMSecsSinceEpoch()
                                       : std::numeric_limits<qint64>::max() - 1;
        default:
            return data(index, Qt::DisplayRole).toString().toCaseFolded();
        }
    case Qt::ToolTipRole:
        if (index.column() == ObjectionColumn && c.objectionOpen)
            return tr("Security management objects to the priority or category");
        if (index.column() == DueColumn && hasToDo) {
            QStringList actions;
            for (const QString &action : todo->actions)
                actions << ChangeLabels::action(action);
            return tr("Open to you: %1").arg(actions.join(u", "_s));
        }
        if (index.column() == TitleColumn && c.securityRelevant)
            return tr("Security-relevant change");
        return {};
    case Qt::ForegroundRole:
        if (overdue && (index.column() == DueColumn || index.column() == TitleColumn))
            return QBrush(QColor(0xb0, 0x1e, 0x1e));
        return {};
    case Qt::FontRole:
        if (overdue && index.column() == DueColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ChangeIdRole:
        return c.id;
    case StateRole:
        return c.state;
    case PriorityRole:
        return c.priority;
    case CategoryRole:
        return c.category;
    case TypeRole:
        return c.type;
    case ToDoRole:
        return hasToDo;
    case OverdueRole:
        return overdue;
    case SearchTextRole:
        return m_searchText.at(index.row());
    }
    return {};
}

QVariant ChangeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("#");
    case TitleColumn:
        return tr("Title");
    case StateColumn:
        return tr("State");
    case PriorityColumn:
        return tr("Priority");
    case CategoryColumn:
        return tr("Category");
    case TypeColumn:
        return tr("Type");
    case ApplicantColumn:
        return tr("Applicant");
    case PlannedStartColumn:
        return tr("Planned start");
    case ObjectionColumn:
        return tr("Objection");
    case DueColumn:
        return tr("My to-do");
    }
    return {};
}

} // namespace ChangeDesk::Ui
