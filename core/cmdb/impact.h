#pragma once

// Impact analysis over the CMDB's relations, and the inheritance of protection requirements by the
// BSI maximum principle.
//
// Semantics. A relation row reads `source <type> target`. "A depends on B" (A is affected when B
// fails) holds for
//   A runs_on B, A depends_on B, A located_at B   (the source depends on the target), and
//   A part_of B                                    (reversed: the whole B depends on its part A).
// connected_to (a network link) carries no impact: such CIs are neighbours, never dependents.
// The dependents of X are everything that transitively depends on X; X itself is not one of them,
// even when a cycle leads back to it.
//
// Protection inheritance (maximum principle): per dimension (confidentiality, integrity,
// availability) the effective need of X is the maximum of X's own need and the needs of all of
// X's dependents; a server inherits the highest need of the services that run on it. The level
// names where it came from: the CI that holds it and the shortest dependency path from X to that
// CI. On a tie the nearest CI wins, then the lowest id; X itself is nearest of all, so its own
// need wins whenever nothing above it is higher.

#include "cmdb/ci.h"
#include "common/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QtGlobal>

#include <vector>

namespace ChangeDesk {

class Database;

// One CI affected by a failure of the root.
struct ImpactEntry {
    qint64 ciId = 0;
    int depth = 0; // length of the shortest dependency path from the root
    QList<qint64> path; // root .. ciId along a shortest path
    QList<RelationType> via; // via[i] is the relation between path[i] and path[i + 1]
    bool operator==(const ImpactEntry &) const = default;
};

struct ImpactResult {
    qint64 rootId = 0;
    // Ordered by depth, then id. Of several shortest paths the one through the lowest ids is
    // shown (the parent with the lowest id, then the lowest RelationType between them).
    QList<ImpactEntry> entries;
    // Edges (from, to) in the direction impact travels (`to` depends on `from`) that close a
    // dependency cycle: `to` was reached no later than `from` (its depth is not greater) and
    // `to` transitively reaches `from` again. Every cycle among the root and the listed entries
    // contains at least one of them; sorted, without repeats.
    QList<QPair<qint64, qint64>> cycleEdges;
    // True when maxDepth or maxEntries left out at least one dependent.
    bool truncated = false;
    bool operator==(const ImpactResult &) const = default;
};

struct InheritedLevel {
    ProtectionLevel level = ProtectionLevel::Normal;
    qint64 sourceId = 0; // the CI whose own need this is
    QList<qint64> path; // the analysed CI .. sourceId along a shortest path
    QList<RelationType> via; // via[i] is the relation between path[i] and path[i + 1]
    bool operator==(const InheritedLevel &) const = default;
};

struct InheritedProtection {
    InheritedLevel confidentiality;
    InheritedLevel integrity;
    InheritedLevel availability;
    bool operator==(const InheritedProtection &) const = default;
};

// The dependency structure of a set of CIs in memory: for each CI who depends on it directly.
// Ids are mapped to dense indices and each CI keeps a small vector of 8-byte arcs, so 100,000
// CIs and 300,000 relations take a few megabytes. Every query is deterministic whatever the order
// in which relations were added.
class DependencyGraph
{
public:
    // One CI that depends directly on another, and the relation that says so.
    struct Dependent {
        qint64 ciId = 0;
        RelationType relation = RelationType::DependsOn;
        bool reversed = false; // part_of: the relation's target depends on its source
        bool operator==(const Dependent &) const = default;
    };

    // Adds the relation row `sourceId <type> targetId`. A relation of a CI with itself is
    // ignored (the schema refuses it); adding the same row twice changes no result.
    void addRelation(qint64 sourceId, qint64 targetId, RelationType type);

    bool contains(qint64 ciId) const { return m_index.contains(ciId); }
    qsizetype ciCount() const { return qsizetype(m_ids.size()); }

    // Direct dependents of `ciId`, sorted by id, then relation.
    QList<Dependent> directDependents(qint64 ciId) const;
    // CIs linked to `ciId` by connected_to in either direction, sorted, without repeats (as far
    // as such links were added: ImpactAnalysis::loadDependentsOf reads none).
    QList<qint64> neighbours(qint64 ciId) const;

    // Everything that transitively depends on `root`, breadth first. maxDepth < 0 and
    // maxEntries < 0 mean no limit; maxDepth 0 lists nothing. The cost is linear in the
    // dependents and their relations, plus the sum of the path lengths for the entries, plus
    // clearing three arrays over all CIs of the graph (well under a millisecond for 100,000).
    ImpactResult dependents(qint64 root, int maxDepth = -1, int maxEntries = -1) const;
    // The ids of dependents(root).entries, in the same order, without building paths.
    QList<qint64> dependentIds(qint64 root) const;

    // Walks from many roots, one after the other, at the cost of what each walk reaches: the marks
    // of visited CIs are kept between walks instead of being cleared (the calendar's conflict
    // check walks from every scheduled CI). The graph must outlive it and not change meanwhile.
    class Reach
    {
    public:
        explicit Reach(const DependencyGraph &graph);
        // Everything that transitively depends on `root` (dependents) or that `root` transitively
        // depends on (dependencies), not `root` itself, breadth first; maxDepth < 0: no limit.
        // The list stays valid until the next call.
        const std::vector<qint64> &dependents(qint64 root, int maxDepth = -1);
        const std::vector<qint64> &dependencies(qint64 root, int maxDepth = -1);

    private:
        const std::vector<qint64> &walk(qint64 root, int maxDepth, bool down);

        const DependencyGraph &m_graph;
        std::vector<quint32> m_mark; // per CI: the walk that reached it last
        quint32 m_walk = 0;
        std::vector<qint32> m_current, m_next;
        std::vector<qint64> m_result;
    };

    // The effective need of `ciId` by the maximum principle. A CI missing from `own` counts as
    // normal in every dimension.
    InheritedProtection inheritedProtection(qint64 ciId, const QHash<qint64, Protection> &own) const;

private:
    struct Arc {
        qint32 node;
        RelationType relation;
    };
    struct Walk;

    qint32 nodeFor(qint64 ciId);
    Walk walk(qint64 root, int maxDepth, int maxEntries) const;
    QList<QPair<qint64, qint64>> cycleEdges(const Walk &walk) const;
    void tracePath(const Walk &walk, qint32 node, QList<qint64> &path, QList<RelationType> &via) const;

    QHash<qint64, qint32> m_index; // CI id -> dense index
    std::vector<qint64> m_ids; // dense index -> CI id
    std::vector<std::vector<Arc>> m_dependents; // per CI: who depends on it directly
    std::vector<std::vector<qint32>> m_dependencies; // per CI: what it depends on directly
    QHash<qint32, std::vector<qint32>> m_links; // connected_to, both directions
};

// Impact analysis and protection inheritance straight from the database. Only the sub-graph that
// can be reached from the analysed CI is read, with one recursive query; results are the same as
// those of a DependencyGraph built from every relation.
class ImpactAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(ImpactAnalysis)

public:
    // The dependency relations between `rootId` and all its transitive dependents; no
    // connected_to links, so neighbours() of the result are empty. An unknown id gives an empty
    // graph.
    static Result<DependencyGraph> loadDependentsOf(const Database &db, qint64 rootId);
    // The one statement loadDependentsOf() runs. Parameters: the root id, then the relation
    // keys runs_on, depends_on, located_at (dependents by target) and part_of (wholes by
    // source). Public so that the benchmark can time the same statement in the sqlite3 shell.
    static const QString &dependentsQuery();
    // The own protection need of each CI in `ids` that exists; read in batches of 500.
    static Result<QHash<qint64, Protection>> loadProtection(const Database &db, const QList<qint64> &ids);

    // NotFound when the CI does not exist.
    static Result<ImpactResult> analyse(const Database &db, qint64 rootId, int maxDepth = -1,
                                        int maxEntries = -1);
    static Result<InheritedProtection> inherited(const Database &db, qint64 ciId);
};

} // namespace ChangeDesk
