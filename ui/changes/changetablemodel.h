#pragma once

#include "change/changeagenda.h"
#include "change/changeservice.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace ChangeDesk::Ui {

// Requests for change as a table: the summaries ChangeService::list() reads (never whole
// records, so that 20,000 requests load quickly), with the acting person's to-dos beside them.
// Display text in words; SortRole gives typed values (ids and dates as numbers, priority and
// category by rank).
class ChangeTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        TitleColumn,
        StateColumn,
        PriorityColumn,
        CategoryColumn,
        TypeColumn,
        ApplicantColumn,
        PlannedStartColumn,
        ObjectionColumn,
        DueColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        ChangeIdRole,
        StateRole,
        PriorityRole,
        CategoryRole,
        TypeRole,
        ToDoRole, // bool: the acting person has something to do on it
        OverdueRole, // bool
        SearchTextRole, // title and applicant, folded to lower case
    };

    explicit ChangeTableModel(QObject *parent = nullptr);

    void setContents(QList<ChangeSummary> changes, const QList<ChangeToDo> &todos);
    // One request changed (dataChanged for its row) or was added (rowsInserted).
    void updateChange(const ChangeSummary &change);
    void setToDos(const QList<ChangeToDo> &todos);

    int rowOf(qint64 id) const;
    const ChangeSummary &changeAt(int row) const { return m_changes.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString dueText(const ChangeToDo &todo) const;

    QList<ChangeSummary> m_changes;
    QHash<qint64, int> m_rowById;
    QHash<qint64, ChangeToDo> m_todos; // by change id; the most urgent one
    QList<QString> m_searchText; // by row
};

} // namespace ChangeDesk::Ui
