// Impact analysis of the CI with the most transitive dependents (goal: ≤ 50 ms for 10k
// dependents), beside the same recursive statement run by the sqlite3 shell.

#include "benchmarks.h"

#include "cmdb/impact.h"
#include "storage/database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Bench {

namespace {

// The CI with the most transitive dependents (every CI with a direct dependent is tried).
Result<std::pair<qint64, qsizetype>> busiestRoot(const Database &db)
{
    DependencyGraph graph;
    QHash<qint64, int> direct;
    {
        auto query = db.exec(u"SELECT source_id, target_id, relation_type FROM ci_relation"_s);
        if (!query)
            return fail(query.error());
        while (query->next()) {
            const auto type = CmdbNames::relationType(query->value(2).toString());
            if (!type || *type == RelationType::ConnectedTo)
                continue;
            const qint64 source = query->value(0).toLongLong();
            const qint64 target = query->value(1).toLongLong();
            graph.addRelation(source, target, *type);
            ++direct[*type == RelationType::PartOf ? source : target];
        }
    }
    QList<std::pair<int, qint64>> candidates;
    for (auto it = direct.cbegin(); it != direct.cend(); ++it)
        candidates.append({it.value(), it.key()});
    std::pair<qint64, qsizetype> best {0, -1};
    for (const auto &[count, id] : std::as_const(candidates)) {
        const qsizetype dependents = graph.dependentIds(id).size();
        if (dependents > best.second || (dependents == best.second && id < best.first))
            best = {id, dependents};
    }
    if (best.second < 0)
        return fail(ErrorKind::NotFound, u"the database has no dependency relations"_s);
    return best;
}

} // namespace

QString benchImpact(Context &context, Report &report)
{
    const Database &db = *context.db;
    auto root = busiestRoot(db);
    if (!root)
        return root.error().message;
    const auto [rootId, dependents] = *root;

    QString error;
    qsizetype analysed = 0;
    const double analyseMs = medianMs(context.runs, [&] {
        auto result = ImpactAnalysis::analyse(db, rootId);
        if (!result)
            error = result.error().message;
        else
            analysed = result->entries.size();
    });
    if (!error.isEmpty())
        return error;
    if (analysed != dependents)
        return u"impact analysis found %1 dependents, the in-memory graph %2"_s.arg(analysed).arg(dependents);

    const double inheritedMs = medianMs(context.runs, [&] {
        if (auto result = ImpactAnalysis::inherited(db, rootId); !result)
            error = result.error().message;
    });
    if (!error.isEmpty())
        return error;

    // The same statement in the sqlite3 shell, its parameters written in.
    QString sql = ImpactAnalysis::dependentsQuery();
    const QStringList values {QString::number(rootId), u"'runs_on'"_s, u"'depends_on'"_s, u"'located_at'"_s,
                              u"'part_of'"_s};
    for (const QString &value : values)
        sql.replace(sql.indexOf(u'?'), 1, value);
    QList<double> referenceTimes;
    for (int i = 0; i < context.runs; ++i) {
        const ToolRun run
            = sqliteTimed(context.databaseFile, u".output /dev/null\n"_s + sql.trimmed() + u";"_s);
        if (!run.error.isEmpty())
            return run.error;
        referenceTimes.append(run.ms);
    }
    const double referenceMs = median(referenceTimes);

    report.add({.name = u"impact analysis, %1 transitive dependents"_s.arg(formatCount(dependents)),
                .measuredMs = analyseMs,
                .runs = context.runs,
                .goalMs = 50,
                .goalText = u"≤ 50 ms"_s,
                .referenceMs = referenceMs,
                .referenceText = u"sqlite3: the same recursive query"_s,
                .note = u"ImpactAnalysis::analyse (the query, the graph in memory, shortest paths and "
                        "cycle edges)"_s});
    report.add({.name = u"inherited protection of that CI"_s,
                .measuredMs = inheritedMs,
                .runs = context.runs,
                .referenceMs = referenceMs,
                .referenceText = u"sqlite3: the same recursive query"_s});
    return {};
}

} // namespace ChangeDesk::Bench
