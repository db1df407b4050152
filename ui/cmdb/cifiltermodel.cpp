#include "cifiltermodel.h"

#include "cmdb/citablemodel.h"

#include <QRegularExpression>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Ui {

namespace {
constexpr std::size_t kRecentResults = 24;
// Between the texts of two columns, so that a word never matches across a column boundary.
constexpr QChar kSeparator = u'\n';
} // namespace

CiFilterModel::CiFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
{ }

void CiFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    auto *source = qobject_cast<CiTableModel *>(sourceModel);
    Q_ASSERT_X(source || !sourceModel, "CiFilterModel::setSourceModel", "the source must be a CiTableModel");
    beginResetModel();
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    QAbstractProxyModel::setSourceModel(source);
    m_source = source;
    if (m_source) {
        connect(m_source, &QAbstractItemModel::dataChanged, this, &CiFilterModel::sourceDataChanged);
        connect(m_source, &QAbstractItemModel::rowsInserted, this, &CiFilterModel::sourceRowsInserted);
        connect(m_source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                &CiFilterModel::sourceRowsAboutToBeRemoved);
        connect(m_source, &QAbstractItemModel::layoutAboutToBeChanged, this,
                &CiFilterModel::sourceLayoutAboutToBeChanged);
        connect(m_source, &QAbstractItemModel::layoutChanged, this, &CiFilterModel::sourceLayoutChanged);
        connect(m_source, &QAbstractItemModel::modelAboutToBeReset, this, &CiFilterModel::beginResetModel);
        connect(m_source, &QAbstractItemModel::modelReset, this, &CiFilterModel::sourceReset);
        connect(m_source, &QAbstractItemModel::columnsAboutToBeInserted, this,
                [this](const QModelIndex &, int first, int last) { beginInsertColumns({}, first, last); });
        connect(m_source, &QAbstractItemModel::columnsInserted, this, &CiFilterModel::endInsertColumns);
        connect(m_source, &QAbstractItemModel::columnsAboutToBeRemoved, this,
                [this](const QModelIndex &, int first, int last) { beginRemoveColumns({}, first, last); });
        connect(m_source, &QAbstractItemModel::columnsRemoved, this, &CiFilterModel::endRemoveColumns);
        connect(m_source, &QAbstractItemModel::headerDataChanged, this, &CiFilterModel::headerDataChanged);
    }
    clearHaystacks();
    m_recent.clear();
    std::vector<int> rows;
    if (m_source) {
        ensureHaystacks();
        rows = allCandidates();
        std::erase_if(rows, [this](int slot) { return !accepts(slot); });
    }
    m_rows = std::move(rows);
    rebuildProxyRows();
    endResetModel();
}

// ---- Filtering ------------------------------------------------------------------------------------

QStringList CiFilterModel::tokensOf(const QString &text)
{
    static const QRegularExpression space(u"\\s+"_s);
    QStringList tokens = text.toCaseFolded().split(space, Qt::SkipEmptyParts);
    tokens.removeDuplicates();
    return tokens;
}

bool CiFilterModel::narrows(const QStringList &earlier, const QStringList &later)
{
    // Whatever contains every later word contains every earlier one when each earlier word is
    // part of a later word: the later result is a subset of the earlier one.
    return std::ranges::all_of(earlier, [&](const QString &word) {
        return std::ranges::any_of(later, [&](const QString &longer) { return longer.contains(word); });
    });
}

QString CiFilterModel::haystackFor(int slot) const
{
    QString text;
    for (int column : m_columns) {
        if (!text.isEmpty())
            text += kSeparator;
        text += m_source->displayText(slot, column);
    }
    return text.toCaseFolded();
}

void CiFilterModel::clearHaystacks()
{
    m_haystacks.clear();
    m_haystacksBuilt = 0;
    // Built while nobody types, so that the first keystroke finds them ready.
    if (m_source && m_source->slotCount() > 0 && !m_buildScheduled) {
        m_buildScheduled = true;
        QTimer::singleShot(0, this, &CiFilterModel::buildSomeHaystacks);
    }
}

void CiFilterModel::buildHaystacks(int until)
{
    if (!m_source)
        return;
    m_haystacks.resize(m_source->slotCount());
    until = std::min(until, m_source->slotCount());
    for (; m_haystacksBuilt < until; ++m_haystacksBuilt)
        m_haystacks[m_haystacksBuilt] = haystackFor(m_haystacksBuilt);
}

void CiFilterModel::buildSomeHaystacks()
{
    m_buildScheduled = false;
    if (!m_source)
        return;
    constexpr int kChunk = 2000; // about ten milliseconds each
    buildHaystacks(m_haystacksBuilt + kChunk);
    if (m_haystacksBuilt < m_source->slotCount()) {
        m_buildScheduled = true;
        QTimer::singleShot(0, this, &CiFilterModel::buildSomeHaystacks);
    }
}

bool CiFilterModel::isPrepared() const
{
    return !m_source || m_haystacksBuilt >= m_source->slotCount();
}

void CiFilterModel::ensureHaystacks()
{
    if (m_source && !m_tokens.isEmpty())
        buildHaystacks(m_source->slotCount());
}

bool CiFilterModel::isAllowed(int slot) const
{
    return !m_allowed || m_allowed->contains(m_source->itemInSlot(slot).id);
}

bool CiFilterModel::accepts(int slot) const
{
    if (!m_source->isLive(slot))
        return false;
    if (!isAllowed(slot))
        return false;
    if (m_tokens.isEmpty())
        return true;
    const QString &haystack = m_haystacks[slot];
    return std::ranges::all_of(m_tokens, [&](const QString &token) { return haystack.contains(token); });
}

std::vector<int> CiFilterModel::allCandidates() const
{
    std::vector<int> candidates;
    const int rows = m_source->rowCount();
    candidates.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        const int slot = m_source->slotOfRow(row);
        if (isAllowed(slot))
            candidates.push_back(slot);
    }
    return candidates;
}

void CiFilterModel::setFilterText(const QString &text)
{
    m_text = text;
    const QStringList tokens = tokensOf(text);
    if (tokens == m_tokens)
        return;
    m_tokens = tokens;
    refilter(true);
}

void CiFilterModel::refilter(bool allowNarrowing)
{
    if (!m_source)
        return;
    ensureHaystacks();
    // Start from the smallest earlier result that the new words narrow (the current one is the
    // newest of them), else from everything.
    const std::vector<int> *start = nullptr;
    if (allowNarrowing) {
        for (const Recent &recent : m_recent) {
            if (recent.tokens == m_tokens) {
                setRows(recent.shown);
                return;
            }
            if (narrows(recent.tokens, m_tokens) && (!start || recent.shown.size() < start->size()))
                start = &recent.shown;
        }
    } else {
        m_recent.clear();
    }
    std::vector<int> rows;
    if (m_tokens.isEmpty()) {
        rows = allCandidates();
    } else if (start) {
        rows.reserve(start->size());
        for (int slot : *start) {
            if (accepts(slot))
                rows.push_back(slot);
        }
    } else {
        const int count = m_source->rowCount();
        for (int row = 0; row < count; ++row) {
            const int slot = m_source->slotOfRow(row);
            if (accepts(slot))
                rows.push_back(slot);
        }
    }
    m_recent.push_front({m_tokens, rows});
    if (m_recent.size() > kRecentResults)
        m_recent.pop_back();
    setRows(std::move(rows));
}

void CiFilterModel::setRows(std::vector<int> rows)
{
    // A new filter replaces the whole row set at once; a reset is cheaper for the view than
    // thousands of scattered removals.
    beginResetModel();
    m_rows = std::move(rows);
    rebuildProxyRows();
    endResetModel();
}

void CiFilterModel::rebuildProxyRows()
{
    m_proxyRowOfSlot.assign(m_source ? m_source->slotCount() : 0, -1);
    for (int row = 0; row < int(m_rows.size()); ++row)
        m_proxyRowOfSlot[m_rows[row]] = row;
}

void CiFilterModel::setSearchColumns(QList<int> columns)
{
    std::ranges::sort(columns);
    columns.erase(std::unique(columns.begin(), columns.end()), columns.end());
    if (columns == m_columns)
        return;
    m_columns = std::move(columns);
    clearHaystacks();
    m_recent.clear();
    if (!m_tokens.isEmpty())
        refilter(false);
}

void CiFilterModel::setAllowedIds(std::optional<QSet<qint64>> ids)
{
    m_allowed = std::move(ids);
    m_recent.clear();
    refilter(false);
}

void CiFilterModel::setAllowed(qint64 id, bool allowed)
{
    if (!m_allowed || m_allowed->contains(id) == allowed)
        return;
    if (allowed)
        m_allowed->insert(id);
    else
        m_allowed->remove(id);
    m_recent.clear();
    // The row follows as if its data had changed.
    if (const int row = m_source ? m_source->rowOf(id) : -1; row >= 0)
        sourceDataChanged(m_source->index(row, 0), m_source->index(row, m_source->columnCount() - 1), {});
}

// ---- Mapping --------------------------------------------------------------------------------------

QModelIndex CiFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_source || !proxyIndex.isValid() || proxyIndex.model() != this
        || proxyIndex.row() >= int(m_rows.size()))
        return {};
    return m_source->index(m_source->rowOfSlot(m_rows[proxyIndex.row()]), proxyIndex.column());
}

QModelIndex CiFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_source || !sourceIndex.isValid() || sourceIndex.model() != m_source)
        return {};
    const int slot = m_source->slotOfRow(sourceIndex.row());
    if (slot >= int(m_proxyRowOfSlot.size()) || m_proxyRowOfSlot[slot] < 0)
        return {};
    return createIndex(m_proxyRowOfSlot[slot], sourceIndex.column());
}

QModelIndex CiFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex CiFilterModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex CiFilterModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int CiFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CiFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_source ? 0 : m_source->columnCount();
}

bool CiFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.empty();
}

int CiFilterModel::insertionRow(int sourceRow) const
{
    const auto at = std::partition_point(m_rows.cbegin(), m_rows.cend(),
                                         [&](int slot) { return m_source->rowOfSlot(slot) < sourceRow; });
    return int(at - m_rows.cbegin());
}

// ---- Following the source -------------------------------------------------------------------------

void CiFilterModel::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                      const QList<int> &roles)
{
    m_recent.clear();
    for (int sourceRow = topLeft.row(); sourceRow <= bottomRight.row(); ++sourceRow) {
        const int slot = m_source->slotOfRow(sourceRow);
        if (slot < m_haystacksBuilt)
            m_haystacks[slot] = haystackFor(slot);
        const int proxyRow = m_proxyRowOfSlot[slot];
        const bool accepted = accepts(slot);
        if (accepted && proxyRow >= 0) {
            Q_EMIT dataChanged(index(proxyRow, topLeft.column()), index(proxyRow, bottomRight.column()),
                               roles);
        } else if (accepted) {
            const int row = insertionRow(sourceRow);
            beginInsertRows({}, row, row);
            m_rows.insert(m_rows.begin() + row, slot);
            rebuildProxyRows();
            endInsertRows();
        } else if (proxyRow >= 0) {
            beginRemoveRows({}, proxyRow, proxyRow);
            m_rows.erase(m_rows.begin() + proxyRow);
            rebuildProxyRows();
            endRemoveRows();
        }
    }
}

void CiFilterModel::sourceRowsInserted(const QModelIndex &, int first, int last)
{
    m_recent.clear();
    const int count = m_source->slotCount();
    ensureHaystacks();
    m_proxyRowOfSlot.resize(count, -1);
    for (int sourceRow = first; sourceRow <= last; ++sourceRow) {
        const int slot = m_source->slotOfRow(sourceRow);
        if (!accepts(slot))
            continue;
        const int row = insertionRow(sourceRow);
        beginInsertRows({}, row, row);
        m_rows.insert(m_rows.begin() + row, slot);
        rebuildProxyRows();
        endInsertRows();
    }
}

void CiFilterModel::sourceRowsAboutToBeRemoved(const QModelIndex &, int first, int last)
{
    m_recent.clear();
    for (int sourceRow = last; sourceRow >= first; --sourceRow) {
        const int proxyRow = m_proxyRowOfSlot[m_source->slotOfRow(sourceRow)];
        if (proxyRow < 0)
            continue;
        beginRemoveRows({}, proxyRow, proxyRow);
        m_rows.erase(m_rows.begin() + proxyRow);
        rebuildProxyRows();
        endRemoveRows();
    }
}

void CiFilterModel::sourceLayoutAboutToBeChanged()
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_layoutIndexes = persistentIndexList();
    m_layoutSlots.clear();
    for (const QModelIndex &index : std::as_const(m_layoutIndexes))
        m_layoutSlots.append({m_rows.at(index.row()), index.column()});
}

void CiFilterModel::sourceLayoutChanged()
{
    // The same CIs in the source's new order.
    m_recent.clear();
    std::vector<int> rows;
    rows.reserve(m_rows.size());
    const int count = m_source->rowCount();
    for (int sourceRow = 0; sourceRow < count; ++sourceRow) {
        const int slot = m_source->slotOfRow(sourceRow);
        if (m_proxyRowOfSlot[slot] >= 0)
            rows.push_back(slot);
    }
    m_rows = std::move(rows);
    rebuildProxyRows();
    QModelIndexList after;
    for (const auto &[slot, column] : std::as_const(m_layoutSlots))
        after << createIndex(m_proxyRowOfSlot[slot], column);
    changePersistentIndexList(m_layoutIndexes, after);
    m_layoutIndexes.clear();
    m_layoutSlots.clear();
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void CiFilterModel::sourceReset()
{
    clearHaystacks();
    m_recent.clear();
    ensureHaystacks();
    std::vector<int> rows = allCandidates();
    if (!m_tokens.isEmpty())
        std::erase_if(rows, [this](int slot) { return !accepts(slot); });
    m_rows = std::move(rows);
    rebuildProxyRows();
    endResetModel();
}

} // namespace ChangeDesk::Ui
