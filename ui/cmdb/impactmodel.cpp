#include "impactmodel.h"

#include <QColor>
#include <QHash>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Ui {

ImpactModel::ImpactModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void ImpactModel::clear()
{
    beginResetModel();
    m_nodes.clear();
    m_dependents = m_cycles = 0;
    endResetModel();
}

void ImpactModel::setResult(const ImpactResult &result, const Labeller &labeller)
{
    beginResetModel();
    m_nodes.clear();
    m_dependents = int(result.entries.size());
    m_cycles = int(result.cycleEdges.size());
    QHash<qint64, int> nodeOf;
    const auto addNode = [&](Node node) {
        const int at = int(m_nodes.size());
        if (node.parent >= 0) {
            node.row = int(m_nodes[node.parent].children.size());
            m_nodes[node.parent].children.push_back(at);
        }
        const CiLabel label = labeller(node.ciId);
        node.name = label.name;
        node.classText = label.classText;
        node.path = node.parent >= 0 ? m_nodes[node.parent].path + u" ← "_s + node.name : node.name;
        m_nodes.push_back(std::move(node));
        return at;
    };
    Node root;
    root.ciId = result.rootId;
    nodeOf.insert(result.rootId, addNode(std::move(root)));
    // Entries come by depth, so a CI's predecessor on its path is always placed before it.
    for (const ImpactEntry &entry : result.entries) {
        if (entry.path.size() < 2)
            continue;
        Node node;
        node.ciId = entry.ciId;
        node.depth = entry.depth;
        node.parent = nodeOf.value(entry.path.at(entry.path.size() - 2), 0);
        node.via = entry.via.isEmpty() ? RelationType::DependsOn : entry.via.constLast();
        nodeOf.insert(entry.ciId, addNode(std::move(node)));
    }
    for (const auto &[from, to] : result.cycleEdges) {
        const auto parent = nodeOf.constFind(from);
        if (parent == nodeOf.cend())
            continue;
        Node node;
        node.ciId = to;
        node.depth = m_nodes[*parent].depth + 1;
        node.parent = *parent;
        node.cycle = true;
        addNode(std::move(node));
    }
    endResetModel();
}

QModelIndex ImpactModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        if (row != 0 || m_nodes.empty())
            return {};
        return createIndex(row, column, quintptr(0));
    }
    if (parent.column() != 0)
        return {};
    const Node &node = m_nodes.at(parent.internalId());
    if (row >= int(node.children.size()))
        return {};
    return createIndex(row, column, quintptr(node.children.at(row)));
}

QModelIndex ImpactModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node &node = m_nodes.at(child.internalId());
    if (node.parent < 0)
        return {};
    return createIndex(m_nodes.at(node.parent).row, 0, quintptr(node.parent));
}

int ImpactModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_nodes.empty() ? 0 : 1;
    if (parent.column() != 0)
        return 0;
    return int(m_nodes.at(parent.internalId()).children.size());
}

int ImpactModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ImpactModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = m_nodes.at(index.internalId());
    switch (role) {
    case CiIdRole:
        return node.ciId;
    case CycleRole:
        return node.cycle;
    case DepthRole:
        return node.depth;
    case Qt::ForegroundRole:
        if (node.cycle)
            return QColor(0xb0, 0x1e, 0x1e);
        return {};
    case Qt::ToolTipRole:
        if (node.cycle)
            return tr("A relation leads back to '%1', which is shown elsewhere in this tree: the CIs depend "
                      "on each "
                      "other in a cycle.")
                .arg(node.name);
        if (node.parent < 0)
            return tr("The analysed configuration item");
        return tr("Dependency path (each depends on the one before): %1").arg(node.path);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return node.cycle ? u"↻ "_s + node.name : node.name;
    case ClassColumn:
        return node.classText;
    case RelationColumn: {
        if (node.parent < 0)
            return tr("analysed");
        const QString parentName = m_nodes.at(node.parent).name;
        if (node.cycle)
            return tr("closes a cycle: depends on %1").arg(parentName);
        // part_of is read the other way round: the whole depends on its part.
        if (node.via == RelationType::PartOf)
            return tr("has part %1").arg(parentName);
        return tr("%1 %2", "relation, then the CI it relates to: runs on srv-01")
            .arg(CmdbNames::display(node.via), parentName);
    }
    case DepthColumn:
        return node.parent < 0 ? QString() : QString::number(node.depth);
    default:
        return {};
    }
}

QVariant ImpactModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Configuration item");
    case ClassColumn:
        return tr("Class");
    case RelationColumn:
        return tr("Depends how");
    case DepthColumn:
        return tr("Depth");
    default:
        return {};
    }
}

} // namespace ChangeDesk::Ui
