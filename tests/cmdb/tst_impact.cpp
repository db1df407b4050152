// Impact analysis and protection inheritance: in memory, and loaded from both backends with the
// same results as in memory.

#include "testsupport.h"

#include "cmdb/impact.h"
#include "storage/database.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <set>
#include <tuple>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

namespace {

using L = ProtectionLevel;
using R = RelationType;

struct Rel {
    qint64 source;
    qint64 target;
    RelationType type;
};

struct Ci {
    qint64 id;
    QString name;
    CiClass ciClass;
    Protection protection;
};

struct Cmdb {
    QList<Ci> cis;
    QList<Rel> relations;

    DependencyGraph graph() const
    {
        DependencyGraph graph;
        for (const Rel &rel : relations)
            graph.addRelation(rel.source, rel.target, rel.type);
        return graph;
    }
    QHash<qint64, Protection> protection() const
    {
        QHash<qint64, Protection> own;
        for (const Ci &ci : cis)
            own.insert(ci.id, ci.protection);
        return own;
    }
};

DependencyGraph graphOf(const QList<Rel> &relations)
{
    return Cmdb{{}, relations}.graph();
}

Protection need(L confidentiality, L integrity, L availability)
{
    return {confidentiality, integrity, availability};
}

const Protection kNormal;

// A small town hall: a site, two servers, VMs, a database, applications and services, a disk
// that is part of a server, a switch linked to both servers, a mail/single-sign-on cycle and a
// printer without relations.
Cmdb townHall()
{
    Cmdb cmdb;
    cmdb.cis = {
        {1, u"dc-stadhuis"_s, CiClass::Other, kNormal},
        {8, u"app-legacy"_s, CiClass::Application, need(L::High, L::Normal, L::Normal)},
        {10, u"srv-01"_s, CiClass::Server, need(L::Normal, L::High, L::Normal)},
        {11, u"srv-02"_s, CiClass::Server, kNormal},
        {15, u"vm-01"_s, CiClass::VirtualMachine, kNormal},
        {16, u"vm-02"_s, CiClass::VirtualMachine, kNormal},
        {20, u"db-01"_s, CiClass::Database, need(L::VeryHigh, L::Normal, L::Normal)},
        {21, u"app-mail"_s, CiClass::Application, need(L::High, L::Normal, L::Normal)},
        {22, u"app-web"_s, CiClass::Application, kNormal},
        {30, u"svc-mail"_s, CiClass::Service, need(L::Normal, L::Normal, L::VeryHigh)},
        {31, u"svc-portal"_s, CiClass::Service, need(L::Normal, L::High, L::VeryHigh)},
        {40, u"disk-01"_s, CiClass::Other, kNormal},
        {41, u"sw-01"_s, CiClass::Switch, kNormal},
        {50, u"svc-sso"_s, CiClass::Service, kNormal},
        {60, u"printer-iso"_s, CiClass::Printer, kNormal},
    };
    cmdb.relations = {
        {10, 1, R::LocatedAt},  {11, 1, R::LocatedAt},  {15, 10, R::RunsOn},
        {16, 10, R::RunsOn},    {16, 11, R::RunsOn},    {20, 15, R::RunsOn},
        {21, 16, R::RunsOn},    {21, 20, R::DependsOn}, {22, 16, R::RunsOn},
        {22, 21, R::DependsOn}, {30, 21, R::DependsOn}, {31, 22, R::DependsOn},
        {31, 30, R::DependsOn}, {50, 21, R::DependsOn}, {21, 50, R::DependsOn},
        {8, 22, R::DependsOn},  {40, 10, R::PartOf},    {41, 10, R::ConnectedTo},
        {11, 41, R::ConnectedTo},
    };
    return cmdb;
}

// Pseudo-random but repeatable: every relation type, cycles, CIs without relations.
Cmdb randomCmdb(quint32 seed, int ciCount, int relationCount)
{
    QRandomGenerator random(seed);
    Cmdb cmdb;
    for (int i = 1; i <= ciCount; ++i) {
        const auto level = [&] { return ProtectionLevel(random.bounded(1, 4)); };
        cmdb.cis.append({1000 + qint64(i), u"ci-%1"_s.arg(i), CiClass::Other, {level(), level(), level()}});
    }
    std::set<std::tuple<qint64, qint64, int>> seen;
    while (cmdb.relations.size() < relationCount) {
        const qint64 source = cmdb.cis.at(random.bounded(ciCount)).id;
        const qint64 target = cmdb.cis.at(random.bounded(ciCount)).id;
        const int type = random.bounded(5);
        if (source == target || seen.contains({source, target, type}))
            continue;
        seen.insert({source, target, type});
        cmdb.relations.append({source, target, RelationType(type)});
    }
    return cmdb;
}

// A tree under CI 1 with fan-out 10 and depth 4 (11,110 dependents): the child of every
// relation type, part_of written the other way round (the parent is a part of the child).
Cmdb bigTree()
{
    Cmdb cmdb;
    cmdb.cis.append({1, u"root"_s, CiClass::Server, kNormal});
    for (qint64 i = 2; i <= 11111; ++i) {
        const qint64 parent = (i - 2) / 10 + 1;
        cmdb.cis.append({i, u"node-%1"_s.arg(i), CiClass::Other, kNormal});
        switch (i % 4) {
        case 0: cmdb.relations.append({i, parent, R::RunsOn}); break;
        case 1: cmdb.relations.append({i, parent, R::DependsOn}); break;
        case 2: cmdb.relations.append({i, parent, R::LocatedAt}); break;
        default: cmdb.relations.append({parent, i, R::PartOf}); break;
        }
        if (i % 100 == 0)
            cmdb.relations.append({i, 1, R::ConnectedTo});
    }
    cmdb.cis[11110].protection.confidentiality = L::VeryHigh; // CI 11111, a leaf
    cmdb.cis[4].protection.availability = L::High;            // CI 5, at depth 1
    // A chain outside the tree, never read when analysing the tree.
    for (qint64 i = 20001; i <= 20100; ++i) {
        cmdb.cis.append({i, u"other-%1"_s.arg(i), CiClass::Other,
                         need(L::VeryHigh, L::VeryHigh, L::VeryHigh)});
        if (i > 20001)
            cmdb.relations.append({i, i - 1, R::DependsOn});
    }
    cmdb.relations.append({20001, 2, R::ConnectedTo});
    return cmdb;
}

// Plain INSERTs into the version-2 tables, many rows per statement.
Status insert(const Database &db, const Cmdb &cmdb)
{
    constexpr qsizetype kRows = 100;
    const QVariant now = db.dialect().toDb(QDateTime(QDate(2025, 3, 1), QTime(8, 0), QTimeZone::UTC));
    return db.write([&]() -> Status {
        for (qsizetype from = 0; from < cmdb.cis.size(); from += kRows) {
            QStringList rows;
            QVariantList params;
            for (qsizetype i = from; i < std::min(from + kRows, cmdb.cis.size()); ++i) {
                const Ci &ci = cmdb.cis.at(i);
                rows << u"(?, ?, ?, ?, ?, ?, ?, ?)"_s;
                params << ci.id << ci.name << CmdbNames::key(ci.ciClass)
                       << int(ci.protection.confidentiality) << int(ci.protection.integrity)
                       << int(ci.protection.availability) << now << now;
            }
            const auto done = db.exec(u"INSERT INTO configuration_item (id, name, ci_class, confidentiality, "
                                      "integrity, availability, created_at, updated_at) VALUES "_s
                                          + rows.join(u", "_s),
                                      params);
            if (!done)
                return fail(done.error());
        }
        for (qsizetype from = 0; from < cmdb.relations.size(); from += kRows) {
            QStringList rows;
            QVariantList params;
            for (qsizetype i = from; i < std::min(from + kRows, cmdb.relations.size()); ++i) {
                const Rel &rel = cmdb.relations.at(i);
                rows << u"(?, ?, ?, ?)"_s;
                params << rel.source << rel.target << CmdbNames::key(rel.type) << now;
            }
            const auto done = db.exec(u"INSERT INTO ci_relation (source_id, target_id, relation_type, "
                                      "created_at) VALUES "_s
                                          + rows.join(u", "_s),
                                      params);
            if (!done)
                return fail(done.error());
        }
        return {};
    });
}

QString idList(const QList<qint64> &ids)
{
    QStringList text;
    for (const qint64 id : ids)
        text << QString::number(id);
    return text.join(u' ');
}

QString describe(const ImpactResult &result)
{
    QStringList lines{
        u"root %1%2"_s.arg(result.rootId).arg(result.truncated ? u" (truncated)"_s : QString())};
    for (const ImpactEntry &entry : result.entries) {
        QStringList via;
        for (const RelationType type : entry.via)
            via << CmdbNames::key(type);
        lines << u"  %1 depth %2 path %3 via %4"_s.arg(entry.ciId)
                     .arg(entry.depth)
                     .arg(idList(entry.path), via.join(u' '));
    }
    for (const auto &[from, to] : result.cycleEdges)
        lines << u"  cycle %1 -> %2"_s.arg(from).arg(to);
    return lines.join(u'\n');
}

QString describe(const InheritedProtection &inherited)
{
    QStringList lines;
    for (const InheritedLevel *level :
         {&inherited.confidentiality, &inherited.integrity, &inherited.availability}) {
        lines << u"%1 from %2 path %3"_s.arg(CmdbNames::key(level->level))
                     .arg(level->sourceId)
                     .arg(idList(level->path));
    }
    return lines.join(u'\n');
}

Test::Message differ(const QString &what, const QString &actual, const QString &expected)
{
    return {(what + u"\nactual:\n"_s + actual + u"\nexpected:\n"_s + expected).toLocal8Bit()};
}

QList<qint64> idsOf(const ImpactResult &result)
{
    QList<qint64> ids;
    for (const ImpactEntry &entry : result.entries)
        ids.append(entry.ciId);
    return ids;
}

ImpactEntry entry(qint64 id, const QList<qint64> &path, const QList<RelationType> &via)
{
    return {id, int(path.size()) - 1, path, via};
}

// Every path starts at the root, ends at its CI, is as long as the depth says and follows real
// dependencies; the entries come by depth, then id, each CI once.
void verifyShape(const DependencyGraph &graph, const ImpactResult &result)
{
    QSet<qint64> seen;
    int lastDepth = 1;
    qint64 lastId = std::numeric_limits<qint64>::min();
    for (const ImpactEntry &entry : result.entries) {
        QVERIFY2(!seen.contains(entry.ciId), qPrintable(u"CI %1 listed twice"_s.arg(entry.ciId)));
        seen.insert(entry.ciId);
        QVERIFY(entry.ciId != result.rootId);
        QVERIFY(entry.depth >= lastDepth);
        if (entry.depth == lastDepth)
            QVERIFY(entry.ciId > lastId);
        lastDepth = entry.depth;
        lastId = entry.ciId;
        QCOMPARE(entry.path.size(), entry.depth + 1);
        QCOMPARE(entry.via.size(), entry.depth);
        QCOMPARE(entry.path.first(), result.rootId);
        QCOMPARE(entry.path.last(), entry.ciId);
        for (qsizetype i = 0; i + 1 < entry.path.size(); ++i) {
            const auto direct = graph.directDependents(entry.path.at(i));
            const bool linked = std::ranges::any_of(direct, [&](const DependencyGraph::Dependent &d) {
                return d.ciId == entry.path.at(i + 1) && d.relation == entry.via.at(i);
            });
            QVERIFY2(linked, qPrintable(u"path of %1 does not follow a dependency"_s.arg(entry.ciId)));
        }
    }
}

} // namespace

class TestImpact : public QObject
{
    Q_OBJECT

private slots:
    void init() { Test::failOnSqlWarnings(); }

    void chain();
    void diamondTakesShortestLowestPath();
    void partOfPointsFromPartToWhole();
    void connectedToIsNeighbourNotDependent();
    void cyclesEndAndAreReported();
    void limitsTruncate();
    void emptyAndUnknown();
    void townHallImpact();
    void protectionInheritsMaximumWithSource();
    void protectionTiesAreDeterministic();
    void tenThousandDependents();

    void databaseGivesTownHallResults_data() { Test::addBackendColumn(); }
    void databaseGivesTownHallResults();
    void databaseMatchesMemory_data() { Test::addBackendColumn(); }
    void databaseMatchesMemory();
    void databaseTenThousandDependents_data() { Test::addBackendColumn(); }
    void databaseTenThousandDependents();
};

// Each CI depends on the one before: depths and paths grow by one, relations as written.
void TestImpact::chain()
{
    const auto graph = graphOf({{2, 1, R::RunsOn}, {3, 2, R::DependsOn}, {4, 3, R::LocatedAt}});
    const ImpactResult result = graph.dependents(1);
    QCOMPARE(result.rootId, 1);
    QCOMPARE(result.entries, (QList<ImpactEntry>{
                                 entry(2, {1, 2}, {R::RunsOn}),
                                 entry(3, {1, 2, 3}, {R::RunsOn, R::DependsOn}),
                                 entry(4, {1, 2, 3, 4}, {R::RunsOn, R::DependsOn, R::LocatedAt}),
                             }));
    QVERIFY(result.cycleEdges.isEmpty());
    QVERIFY(!result.truncated);
    QCOMPARE(idsOf(graph.dependents(3)), QList<qint64>{4});
    QVERIFY(graph.dependents(4).entries.isEmpty()); // nothing depends on the top
    QCOMPARE(graph.dependentIds(1), (QList<qint64>{2, 3, 4}));
}

// A CI reached along several paths is listed once, at its shortest depth, along the path through
// the lowest ids; whichever order the relations came in.
void TestImpact::diamondTakesShortestLowestPath()
{
    QList<Rel> relations{{3, 1, R::DependsOn}, {2, 1, R::RunsOn},    {4, 3, R::DependsOn},
                         {4, 2, R::DependsOn}, {4, 2, R::RunsOn},    {5, 4, R::DependsOn},
                         {6, 5, R::DependsOn}, {6, 2, R::DependsOn}};
    const QList<ImpactEntry> expected{
        entry(2, {1, 2}, {R::RunsOn}),
        entry(3, {1, 3}, {R::DependsOn}),
        entry(4, {1, 2, 4}, {R::RunsOn, R::RunsOn}), // via 2, not 3; runs_on before depends_on
        entry(6, {1, 2, 6}, {R::RunsOn, R::DependsOn}), // directly on 2, not through 4 and 5
        entry(5, {1, 2, 4, 5}, {R::RunsOn, R::RunsOn, R::DependsOn}),
    };
    for (int round = 0; round < 2; ++round) {
        const ImpactResult result = graphOf(relations).dependents(1);
        QVERIFY2(result.entries == expected, qPrintable(describe(result)));
        QVERIFY(result.cycleEdges.isEmpty()); // 4 is reached twice, but that is no cycle
        std::ranges::reverse(relations);
    }
}

// "disk part_of server": the server fails with its disk, not the other way round.
void TestImpact::partOfPointsFromPartToWhole()
{
    const auto graph = graphOf({{40, 10, R::PartOf}, {15, 10, R::RunsOn}});
    QCOMPARE(graph.directDependents(40),
             (QList<DependencyGraph::Dependent>{{10, R::PartOf, true}}));
    QCOMPARE(graph.directDependents(10),
             (QList<DependencyGraph::Dependent>{{15, R::RunsOn, false}}));
    QCOMPARE(graph.dependents(40).entries, (QList<ImpactEntry>{
                                               entry(10, {40, 10}, {R::PartOf}),
                                               entry(15, {40, 10, 15}, {R::PartOf, R::RunsOn}),
                                           }));
    QCOMPARE(idsOf(graph.dependents(10)), QList<qint64>{15}); // the disk does not depend on it
}

void TestImpact::connectedToIsNeighbourNotDependent()
{
    const auto graph = graphOf({{7, 8, R::ConnectedTo}, {9, 7, R::ConnectedTo}, {8, 7, R::ConnectedTo},
                                {5, 7, R::RunsOn}});
    QCOMPARE(idsOf(graph.dependents(7)), QList<qint64>{5});
    QVERIFY(graph.dependents(8).entries.isEmpty());
    QVERIFY(graph.dependents(9).entries.isEmpty());
    QCOMPARE(graph.neighbours(7), (QList<qint64>{8, 9})); // linked both ways, listed once
    QCOMPARE(graph.neighbours(8), QList<qint64>{7});
    QVERIFY(graph.neighbours(5).isEmpty());
    QCOMPARE(graph.directDependents(7), (QList<DependencyGraph::Dependent>{{5, R::RunsOn, false}}));
}

void TestImpact::cyclesEndAndAreReported()
{
    // A <- B <- C <- A: each depends on the one before; the edge back to the root is reported.
    const auto triangle = graphOf({{2, 1, R::DependsOn}, {3, 2, R::DependsOn}, {1, 3, R::DependsOn}});
    const ImpactResult fromA = triangle.dependents(1);
    QCOMPARE(fromA.entries, (QList<ImpactEntry>{
                                entry(2, {1, 2}, {R::DependsOn}),
                                entry(3, {1, 2, 3}, {R::DependsOn, R::DependsOn}),
                            }));
    QCOMPARE(fromA.cycleEdges, (QList<QPair<qint64, qint64>>{{3, 1}}));
    QVERIFY(!fromA.truncated);
    QCOMPARE(triangle.dependents(2).cycleEdges, (QList<QPair<qint64, qint64>>{{1, 2}}));

    // Two siblings that depend on each other: a cycle that does not pass through the root.
    const auto siblings = graphOf({{2, 1, R::RunsOn}, {3, 1, R::RunsOn}, {2, 3, R::DependsOn},
                                   {3, 2, R::DependsOn}, {4, 3, R::DependsOn}});
    const ImpactResult fromRoot = siblings.dependents(1);
    QCOMPARE(idsOf(fromRoot), (QList<qint64>{2, 3, 4}));
    QCOMPARE(fromRoot.cycleEdges, (QList<QPair<qint64, qint64>>{{2, 3}, {3, 2}}));

    // A cycle deeper down, entered from outside: only its closing edge counts.
    const auto deep = graphOf({{2, 1, R::RunsOn}, {3, 2, R::DependsOn}, {4, 3, R::DependsOn},
                               {2, 4, R::DependsOn}, {5, 4, R::DependsOn}});
    QCOMPARE(deep.dependents(1).cycleEdges, (QList<QPair<qint64, qint64>>{{4, 2}}));
    QCOMPARE(idsOf(deep.dependents(1)), (QList<qint64>{2, 3, 4, 5}));

    // A relation of a CI with itself (refused by the schema) is ignored.
    const auto self = graphOf({{1, 1, R::DependsOn}});
    QVERIFY(!self.contains(1));
    QVERIFY(self.dependents(1).entries.isEmpty());
    QVERIFY(self.dependents(1).cycleEdges.isEmpty());
}

void TestImpact::limitsTruncate()
{
    // 1 <- 2, 3, 4; 2 <- 5, 6; 5 <- 7; and 7 <- 1 closes a cycle at depth 3.
    const auto graph = graphOf({{2, 1, R::RunsOn}, {3, 1, R::RunsOn}, {4, 1, R::RunsOn},
                                {5, 2, R::RunsOn}, {6, 2, R::RunsOn}, {7, 5, R::RunsOn},
                                {1, 7, R::DependsOn}});
    const ImpactResult all = graph.dependents(1);
    QCOMPARE(idsOf(all), (QList<qint64>{2, 3, 4, 5, 6, 7}));
    QCOMPARE(all.cycleEdges, (QList<QPair<qint64, qint64>>{{7, 1}}));
    QVERIFY(!all.truncated);

    const ImpactResult depth1 = graph.dependents(1, 1);
    QCOMPARE(idsOf(depth1), (QList<qint64>{2, 3, 4}));
    QVERIFY(depth1.truncated);
    const ImpactResult depth2 = graph.dependents(1, 2);
    QCOMPARE(idsOf(depth2), (QList<qint64>{2, 3, 4, 5, 6}));
    QVERIFY(depth2.truncated);
    QVERIFY(depth2.cycleEdges.isEmpty()); // the cycle lies beyond the limit
    const ImpactResult depth3 = graph.dependents(1, 3);
    QCOMPARE(depth3, all); // the edge back to the root leads to no one new
    QCOMPARE(idsOf(graph.dependents(1, 0)), QList<qint64>{});
    QVERIFY(graph.dependents(1, 0).truncated);
    QVERIFY(!graph.dependents(3, 0).truncated); // nothing depends on 3

    const ImpactResult first2 = graph.dependents(1, -1, 2);
    QCOMPARE(idsOf(first2), (QList<qint64>{2, 3}));
    QVERIFY(first2.truncated);
    const ImpactResult first3 = graph.dependents(1, -1, 3);
    QCOMPARE(idsOf(first3), (QList<qint64>{2, 3, 4}));
    QVERIFY(first3.truncated);
    const ImpactResult first5 = graph.dependents(1, -1, 5);
    QCOMPARE(idsOf(first5), (QList<qint64>{2, 3, 4, 5, 6}));
    QVERIFY(first5.truncated);
    QCOMPARE(graph.dependents(1, -1, 6), all);
    QCOMPARE(graph.dependents(1, 3, 6), all);
    QVERIFY(graph.dependents(1, -1, 0).entries.isEmpty());
    QVERIFY(graph.dependents(1, -1, 0).truncated);
    QCOMPARE(graph.dependents(1, 1, 2).entries, first2.entries);
}

void TestImpact::emptyAndUnknown()
{
    const DependencyGraph empty;
    const ImpactResult nothing = empty.dependents(42);
    QCOMPARE(nothing.rootId, 42);
    QVERIFY(nothing.entries.isEmpty());
    QVERIFY(nothing.cycleEdges.isEmpty());
    QVERIFY(!nothing.truncated);
    QCOMPARE(empty.ciCount(), 0);
    QVERIFY(empty.directDependents(42).isEmpty());
    QVERIFY(empty.neighbours(42).isEmpty());
    QVERIFY(empty.dependentIds(42).isEmpty());

    const auto graph = graphOf({{2, 1, R::RunsOn}});
    QVERIFY(graph.dependents(3).entries.isEmpty());
    QCOMPARE(graph.ciCount(), 2);

    const InheritedProtection alone =
        empty.inheritedProtection(42, {{42, need(L::High, L::Normal, L::VeryHigh)}});
    QCOMPARE(alone.confidentiality, (InheritedLevel{L::High, 42, {42}, {}}));
    QCOMPARE(alone.integrity, (InheritedLevel{L::Normal, 42, {42}, {}}));
    QCOMPARE(alone.availability, (InheritedLevel{L::VeryHigh, 42, {42}, {}}));
    // Without a recorded need a CI counts as normal.
    QCOMPARE(graph.inheritedProtection(1, {}).availability, (InheritedLevel{L::Normal, 1, {1}, {}}));
}

void TestImpact::townHallImpact()
{
    const Cmdb cmdb = townHall();
    const DependencyGraph graph = cmdb.graph();
    const ImpactResult srv01 = graph.dependents(10);
    const QList<ImpactEntry> expected{
        entry(15, {10, 15}, {R::RunsOn}),
        entry(16, {10, 16}, {R::RunsOn}),
        entry(20, {10, 15, 20}, {R::RunsOn, R::RunsOn}),
        entry(21, {10, 16, 21}, {R::RunsOn, R::RunsOn}),
        entry(22, {10, 16, 22}, {R::RunsOn, R::RunsOn}),
        entry(8, {10, 16, 22, 8}, {R::RunsOn, R::RunsOn, R::DependsOn}),
        entry(30, {10, 16, 21, 30}, {R::RunsOn, R::RunsOn, R::DependsOn}),
        entry(31, {10, 16, 22, 31}, {R::RunsOn, R::RunsOn, R::DependsOn}),
        entry(50, {10, 16, 21, 50}, {R::RunsOn, R::RunsOn, R::DependsOn}),
    };
    QVERIFY2(srv01.entries == expected, qPrintable(describe(srv01)));
    QCOMPARE(srv01.cycleEdges, (QList<QPair<qint64, qint64>>{{50, 21}})); // mail needs sign-on
    QVERIFY(!srv01.truncated);
    verifyShape(graph, srv01);
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(idsOf(graph.dependents(1)), (QList<qint64>{10, 11, 15, 16, 20, 21, 22, 8, 30, 31, 50}));
    QCOMPARE(idsOf(graph.dependents(40)), (QList<qint64>{10, 15, 16, 20, 21, 22, 8, 30, 31, 50}));
    QVERIFY(graph.dependents(41).entries.isEmpty());
    QCOMPARE(graph.neighbours(41), (QList<qint64>{10, 11}));
    QVERIFY(graph.dependents(60).entries.isEmpty());
}

// The server inherits the highest need of what runs on it, and says from where.
void TestImpact::protectionInheritsMaximumWithSource()
{
    const Cmdb cmdb = townHall();
    const DependencyGraph graph = cmdb.graph();
    const InheritedProtection srv01 = graph.inheritedProtection(10, cmdb.protection());
    // Confidentiality from the database two levels up.
    QCOMPARE(srv01.confidentiality, (InheritedLevel{L::VeryHigh, 20, {10, 15, 20}, {R::RunsOn, R::RunsOn}}));
    // Integrity: its own high need; the portal's is no higher.
    QCOMPARE(srv01.integrity, (InheritedLevel{L::High, 10, {10}, {}}));
    // Availability from the mail service (svc-portal's is as high at the same depth, with a
    // higher id).
    QCOMPARE(srv01.availability, (InheritedLevel{L::VeryHigh, 30, {10, 16, 21, 30},
                                                 {R::RunsOn, R::RunsOn, R::DependsOn}}));

    // A server with two services, one of them very high in availability.
    const auto pair = graphOf({{101, 100, R::RunsOn}, {102, 100, R::RunsOn}});
    const QHash<qint64, Protection> own{{100, kNormal},
                                        {101, need(L::High, L::Normal, L::Normal)},
                                        {102, need(L::Normal, L::Normal, L::VeryHigh)}};
    const InheritedProtection server = pair.inheritedProtection(100, own);
    QCOMPARE(server.availability, (InheritedLevel{L::VeryHigh, 102, {100, 102}, {R::RunsOn}}));
    QCOMPARE(server.confidentiality, (InheritedLevel{L::High, 101, {100, 101}, {R::RunsOn}}));
    QCOMPARE(server.integrity, (InheritedLevel{L::Normal, 100, {100}, {}}));
    // The services inherit nothing from the server below them.
    QCOMPARE(pair.inheritedProtection(101, own).availability, (InheritedLevel{L::Normal, 101, {101}, {}}));

    // The disk is a part of srv-01: the server depends on it, so the disk inherits the needs of
    // the server and of everything on the server.
    const InheritedProtection disk = graph.inheritedProtection(40, cmdb.protection());
    QCOMPARE(disk.confidentiality, (InheritedLevel{L::VeryHigh, 20, {40, 10, 15, 20},
                                                   {R::PartOf, R::RunsOn, R::RunsOn}}));
    QCOMPARE(disk.integrity, (InheritedLevel{L::High, 10, {40, 10}, {R::PartOf}}));
}

// Equal needs: the nearest CI wins, then the lowest id; the CI's own need is nearest of all.
void TestImpact::protectionTiesAreDeterministic()
{
    const Cmdb cmdb = townHall();
    const InheritedProtection srv02 = cmdb.graph().inheritedProtection(11, cmdb.protection());
    // app-mail (depth 2) beats app-legacy (depth 3) although its id is higher.
    QCOMPARE(srv02.confidentiality, (InheritedLevel{L::High, 21, {11, 16, 21}, {R::RunsOn, R::RunsOn}}));
    QCOMPARE(srv02.integrity, (InheritedLevel{L::High, 31, {11, 16, 22, 31},
                                              {R::RunsOn, R::RunsOn, R::DependsOn}}));
    // svc-mail and svc-portal both very high at depth 3: the lower id.
    QCOMPARE(srv02.availability, (InheritedLevel{L::VeryHigh, 30, {11, 16, 21, 30},
                                                 {R::RunsOn, R::RunsOn, R::DependsOn}}));

    // The same whichever order the relations were added in.
    QList<Rel> relations = cmdb.relations;
    std::ranges::reverse(relations);
    QCOMPARE(graphOf(relations).inheritedProtection(11, cmdb.protection()), srv02);

    // Own need as high as the highest dependent's: the CI itself is the source.
    const auto graph = graphOf({{2, 1, R::RunsOn}, {3, 1, R::RunsOn}});
    const QHash<qint64, Protection> own{{1, need(L::High, L::Normal, L::Normal)},
                                        {2, need(L::High, L::High, L::Normal)},
                                        {3, need(L::High, L::High, L::Normal)}};
    const InheritedProtection root = graph.inheritedProtection(1, own);
    QCOMPARE(root.confidentiality, (InheritedLevel{L::High, 1, {1}, {}}));
    QCOMPARE(root.integrity, (InheritedLevel{L::High, 2, {1, 2}, {R::RunsOn}}));

    // In a cycle the analysed CI is not its own dependent, and the walk ends.
    const auto cycle = graphOf({{2, 1, R::DependsOn}, {1, 2, R::DependsOn}});
    const InheritedProtection looped =
        cycle.inheritedProtection(1, {{2, need(L::Normal, L::Normal, L::High)}});
    QCOMPARE(looped.availability, (InheritedLevel{L::High, 2, {1, 2}, {R::DependsOn}}));
}

// A tree with fan-out 10: 11,110 dependents, each once, at depths 1 to 4.
void TestImpact::tenThousandDependents()
{
    const Cmdb cmdb = bigTree();
    const DependencyGraph graph = cmdb.graph();
    const ImpactResult result = graph.dependents(1);
    QCOMPARE(result.entries.size(), 11110);
    QVERIFY(!result.truncated);
    QVERIFY(result.cycleEdges.isEmpty());
    QList<int> perDepth(5, 0);
    for (const ImpactEntry &entry : result.entries)
        ++perDepth[entry.depth];
    QCOMPARE(perDepth, (QList<int>{0, 10, 100, 1000, 10000}));
    QCOMPARE(result.entries.last().depth, 4);
    verifyShape(graph, result);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(result.entries.at(0).via, QList<RelationType>{R::LocatedAt}); // CI 2 is located at 1
    QCOMPARE(result.entries.at(1).via, QList<RelationType>{R::PartOf});    // 1 is a part of CI 3

    const InheritedProtection inherited = graph.inheritedProtection(1, cmdb.protection());
    QCOMPARE(inherited.confidentiality.sourceId, 11111);
    QCOMPARE(inherited.confidentiality.path, (QList<qint64>{1, 11, 111, 1111, 11111}));
    QCOMPARE(inherited.availability, (InheritedLevel{L::High, 5, {1, 5}, {R::DependsOn}}));

    const ImpactResult limited = graph.dependents(1, 3, 500);
    QCOMPARE(limited.entries.size(), 500);
    QVERIFY(limited.truncated);
}

// The town hall from plain rows in the database gives the expected answers.
void TestImpact::databaseGivesTownHallResults()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    const auto db = Test::openFresh(backend, dir);
    QVERIFY2(db, Test::why(db));
    const Cmdb cmdb = townHall();
    const auto inserted = insert(**db, cmdb);
    QVERIFY2(inserted, Test::why(inserted));

    const auto srv01 = ImpactAnalysis::analyse(**db, 10);
    QVERIFY2(srv01, Test::why(srv01));
    QCOMPARE(idsOf(*srv01), (QList<qint64>{15, 16, 20, 21, 22, 8, 30, 31, 50}));
    QCOMPARE(srv01->entries.at(5), entry(8, {10, 16, 22, 8}, {R::RunsOn, R::RunsOn, R::DependsOn}));
    QCOMPARE(srv01->cycleEdges, (QList<QPair<qint64, qint64>>{{50, 21}}));

    const auto inherited = ImpactAnalysis::inherited(**db, 10);
    QVERIFY2(inherited, Test::why(inherited));
    QCOMPARE(inherited->confidentiality,
             (InheritedLevel{L::VeryHigh, 20, {10, 15, 20}, {R::RunsOn, R::RunsOn}}));
    QCOMPARE(inherited->integrity, (InheritedLevel{L::High, 10, {10}, {}}));
    QCOMPARE(inherited->availability.sourceId, 30);

    // Only the reachable part is read: from the database, nothing below it.
    const auto fromDb = ImpactAnalysis::loadDependentsOf(**db, 20);
    QVERIFY2(fromDb, Test::why(fromDb));
    for (const qint64 id : {20, 21, 22, 30, 31, 50, 8})
        QVERIFY2(fromDb->contains(id), qPrintable(QString::number(id)));
    for (const qint64 id : {1, 10, 11, 15, 16, 40, 41, 60})
        QVERIFY2(!fromDb->contains(id), qPrintable(QString::number(id)));
    // Network links carry no impact and are not read.
    const auto fromSite = ImpactAnalysis::loadDependentsOf(**db, 1);
    QVERIFY2(fromSite, Test::why(fromSite));
    QVERIFY(!fromSite->contains(41));
    QVERIFY(fromSite->neighbours(10).isEmpty());

    const auto protection = ImpactAnalysis::loadProtection(**db, {20, 10, 999, 20});
    QVERIFY2(protection, Test::why(protection));
    QCOMPARE(protection->size(), 2);
    QCOMPARE(protection->value(20), need(L::VeryHigh, L::Normal, L::Normal));
    QCOMPARE(protection->value(10), need(L::Normal, L::High, L::Normal));
    const auto none = ImpactAnalysis::loadProtection(**db, {});
    QVERIFY2(none && none->isEmpty(), Test::why(none));

    const auto unknown = ImpactAnalysis::analyse(**db, 999);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().kind, ErrorKind::NotFound);
    const auto unknownNeed = ImpactAnalysis::inherited(**db, 999);
    QVERIFY(!unknownNeed);
    QCOMPARE(unknownNeed.error().kind, ErrorKind::NotFound);
    const auto isolated = ImpactAnalysis::analyse(**db, 60);
    QVERIFY2(isolated && isolated->entries.isEmpty(), Test::why(isolated));
}

// For every CI of the town hall and of a random CMDB with cycles, the analysis of the sub-graph
// read from the database equals the one over all relations in memory.
void TestImpact::databaseMatchesMemory()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    const auto db = Test::openFresh(backend, dir);
    QVERIFY2(db, Test::why(db));
    Cmdb cmdb = townHall();
    const Cmdb random = randomCmdb(20250301, 120, 260);
    cmdb.cis += random.cis;
    cmdb.relations += random.relations;
    cmdb.relations.append({random.cis.first().id, 10, R::RunsOn}); // joins both parts
    const auto inserted = insert(**db, cmdb);
    QVERIFY2(inserted, Test::why(inserted));

    const DependencyGraph graph = cmdb.graph();
    const QHash<qint64, Protection> own = cmdb.protection();
    int withCycles = 0;
    int deepest = 0;
    for (const Ci &ci : cmdb.cis) {
        const qint64 root = ci.id;
        const QString where = u"root %1"_s.arg(root);
        for (const auto &[maxDepth, maxEntries] : {std::pair(-1, -1), std::pair(2, -1), std::pair(-1, 7)}) {
            const auto loaded = ImpactAnalysis::analyse(**db, root, maxDepth, maxEntries);
            QVERIFY2(loaded, Test::why(loaded));
            const ImpactResult expected = graph.dependents(root, maxDepth, maxEntries);
            QVERIFY2(*loaded == expected, differ(where, describe(*loaded), describe(expected)));
        }
        const ImpactResult all = graph.dependents(root);
        verifyShape(graph, all);
        if (QTest::currentTestFailed())
            return;
        withCycles += all.cycleEdges.isEmpty() ? 0 : 1;
        for (const ImpactEntry &entry : all.entries)
            deepest = std::max(deepest, entry.depth);

        const auto inherited = ImpactAnalysis::inherited(**db, root);
        QVERIFY2(inherited, Test::why(inherited));
        const InheritedProtection expected = graph.inheritedProtection(root, own);
        QVERIFY2(*inherited == expected, differ(where, describe(*inherited), describe(expected)));

        const auto sub = ImpactAnalysis::loadDependentsOf(**db, root);
        QVERIFY2(sub, Test::why(sub));
        QList<qint64> reached = graph.dependentIds(root);
        reached.prepend(root);
        // Exactly the reachable CIs with every dependency among them.
        QCOMPARE(sub->ciCount(), graph.dependentIds(root).isEmpty() ? 0 : reached.size());
        for (const qint64 id : std::as_const(reached))
            QCOMPARE(sub->directDependents(id), graph.directDependents(id));
    }
    // The random part really has what it is meant to test.
    QVERIFY2(withCycles > 20, qPrintable(QString::number(withCycles)));
    QVERIFY2(deepest >= 4, qPrintable(QString::number(deepest)));
}

// The generated tree on both backends: 11,110 dependents, each once, the deepest at 4, the same
// result as in memory, and the chain beside it never read.
void TestImpact::databaseTenThousandDependents()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    const auto db = Test::openFresh(backend, dir);
    QVERIFY2(db, Test::why(db));
    const Cmdb cmdb = bigTree();
    const auto inserted = insert(**db, cmdb);
    QVERIFY2(inserted, Test::why(inserted));

    const auto result = ImpactAnalysis::analyse(**db, 1);
    QVERIFY2(result, Test::why(result));
    QCOMPARE(result->entries.size(), 11110);
    QCOMPARE(result->entries.last().depth, 4);
    QVERIFY(!result->truncated);
    QVERIFY(result->cycleEdges.isEmpty());
    const QList<qint64> ids = idsOf(*result);
    QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), 11110);
    const DependencyGraph graph = cmdb.graph();
    QVERIFY(*result == graph.dependents(1));

    const auto sub = ImpactAnalysis::loadDependentsOf(**db, 1);
    QVERIFY2(sub, Test::why(sub));
    QCOMPARE(sub->ciCount(), 11111); // neither the chain beside the tree nor the links to it
    QVERIFY(!sub->contains(20001));

    const auto inherited = ImpactAnalysis::inherited(**db, 1);
    QVERIFY2(inherited, Test::why(inherited));
    QCOMPARE(inherited->confidentiality.sourceId, 11111);
    QCOMPARE(inherited->confidentiality.path, (QList<qint64>{1, 11, 111, 1111, 11111}));
    QCOMPARE(*inherited, graph.inheritedProtection(1, cmdb.protection()));

    // More ids than one batch holds.
    QList<qint64> all(ids);
    all.append(1);
    const auto protection = ImpactAnalysis::loadProtection(**db, all);
    QVERIFY2(protection, Test::why(protection));
    QCOMPARE(protection->size(), 11111);
    QCOMPARE(protection->value(11111).confidentiality, L::VeryHigh);
}

QTEST_GUILESS_MAIN(TestImpact)
#include "tst_impact.moc"
