#pragma once

#include <QAbstractProxyModel>
#include <QSet>
#include <QStringList>

#include <deque>
#include <optional>
#include <vector>

namespace ChangeDesk::Ui {

class CiTableModel;

// Filters a CiTableModel by free text and, optionally, a set of CI ids (those matching a group
// expression, found by the database); sorting is the source model's own. Text filtering is built for typing
// over 100,000 rows: each CI's searched text (the given columns, case-folded) is computed once, a text that
// extends an earlier one only narrows that earlier result, and recent results are kept for backspace. Changes
// apply synchronously.
class CiFilterModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit CiFilterModel(QObject *parent = nullptr);

    // Must be a CiTableModel.
    void setSourceModel(QAbstractItemModel *sourceModel) override;
    CiTableModel *ciModel() const { return m_source; }

    // The columns the text is looked for in (the visible ones). Hidden columns never match.
    void setSearchColumns(QList<int> columns);
    QList<int> searchColumns() const { return m_columns; }
    // Every word must occur in one of the searched columns, ignoring case; empty shows all.
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    // Only these CIs are shown (in addition to the text); nullopt shows all.
    void setAllowedIds(std::optional<QSet<qint64>> ids);
    bool hasAllowedIds() const { return m_allowed.has_value(); }
    // One CI joins or leaves the allowed set (after an edit).
    void setAllowed(qint64 id, bool allowed);
    // Whether every CI's searched text is ready; they are prepared in idle time after loading,
    // and at once when a filter needs them sooner.
    bool isPrepared() const;

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;

private:
    struct Recent {
        QStringList tokens;
        std::vector<int> shown; // slots, in source row order
    };

    static QStringList tokensOf(const QString &text);
    static bool narrows(const QStringList &earlier, const QStringList &later);
    void clearHaystacks();
    void buildHaystacks(int until);
    void buildSomeHaystacks();
    void ensureHaystacks();
    QString haystackFor(int slot) const;
    bool accepts(int slot) const;
    bool isAllowed(int slot) const;
    void refilter(bool allowNarrowing);
    std::vector<int> allCandidates() const;
    void setRows(std::vector<int> rows);
    void rebuildProxyRows();
    int insertionRow(int sourceRow) const;

    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QList<int> &roles);
    void sourceRowsInserted(const QModelIndex &parent, int first, int last);
    void sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void sourceLayoutAboutToBeChanged();
    void sourceLayoutChanged();
    void sourceReset();

    CiTableModel *m_source = nullptr;
    QList<int> m_columns;
    QString m_text;
    QStringList m_tokens;
    std::optional<QSet<qint64>> m_allowed;
    std::vector<QString> m_haystacks; // by slot; the first m_haystacksBuilt are current
    int m_haystacksBuilt = 0;
    bool m_buildScheduled = false;
    std::vector<int> m_rows; // proxy row -> slot
    std::vector<int> m_proxyRowOfSlot; // slot -> proxy row, -1 when filtered out
    std::deque<Recent> m_recent; // recent results, newest first
    QModelIndexList m_layoutIndexes;
    QList<std::pair<int, int>> m_layoutSlots; // (slot, column) of m_layoutIndexes
};

} // namespace ChangeDesk::Ui
