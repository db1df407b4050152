#include "benchmarks.h"

using namespace Qt::StringLiterals;

namespace ChangeDesk::Bench {

namespace {

struct Entry {
    QString name;
    QString (*run)(Context &, Report &);
};

const QList<Entry> &entries()
{
    static const QList<Entry> list {
        {u"pane"_s, &benchPane},
        {u"impact"_s, &benchImpact},
        {u"csv-import"_s, &benchCsvImport},
        {u"sbom-import"_s, &benchSbomImport},
        {u"audit-verify"_s, &benchAuditVerify},
        {u"transitions"_s, &benchTransitions},
        {u"calendar"_s, &benchCalendar},
        {u"integrity"_s, &benchIntegrity},
    };
    return list;
}

} // namespace

QStringList benchmarkNames()
{
    QStringList names;
    for (const Entry &entry : entries())
        names.append(entry.name);
    return names;
}

QString runBenchmark(const QString &name, Context &context, Report &report)
{
    for (const Entry &entry : entries())
        if (entry.name == name)
            return entry.run(context, report);
    return u"unknown benchmark"_s;
}

} // namespace ChangeDesk::Bench
