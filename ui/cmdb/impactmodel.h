#pragma once

#include "cmdb/impact.h"

#include <QAbstractItemModel>

#include <functional>
#include <vector>

namespace ChangeDesk::Ui {

// What a failure of one CI affects, as a tree: the CI at the top, below it the CIs that depend
// on it directly, below each of those the CIs that depend on that one, and so on (the shortest
// paths of ImpactAnalysis). A relation that leads back to a CI already shown closes a cycle and is
// shown as a marked leaf.
class ImpactModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ClassColumn, RelationColumn, DepthColumn, ColumnCount };
    enum Role { CiIdRole = Qt::UserRole + 1, CycleRole, DepthRole };

    struct CiLabel {
        QString name;
        QString classText;
    };
    using Labeller = std::function<CiLabel(qint64 id)>;

    explicit ImpactModel(QObject *parent = nullptr);

    void setResult(const ImpactResult &result, const Labeller &labeller);
    void clear();
    int dependentCount() const { return m_dependents; }
    int cycleCount() const { return m_cycles; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node {
        qint64 ciId = 0;
        int depth = 0;
        int parent = -1; // node index; -1 for the analysed CI
        int row = 0; // among its parent's children
        std::vector<int> children;
        RelationType via = RelationType::DependsOn; // between the parent and this CI
        bool cycle = false; // a relation back to a CI shown elsewhere
        QString name;
        QString classText;
        QString path; // the chain of names from the analysed CI, for the tooltip
    };

    std::vector<Node> m_nodes;
    int m_dependents = 0;
    int m_cycles = 0;
};

} // namespace ChangeDesk::Ui
