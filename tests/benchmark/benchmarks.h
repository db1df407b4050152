#pragma once

#include "bench.h"

#include "demo/demodata.h"

#include <memory>

namespace ChangeDesk {
class Database;
}

namespace ChangeDesk::Bench {

// What every benchmark gets: the demo database (an SQLite file) and a folder for its own files.
struct Context {
    QString work;
    QString databaseFile;
    std::shared_ptr<Database> db;
    DemoScale scale = DemoScale::Agency;
    int runs = 7;
};

QStringList benchmarkNames();
// Runs one benchmark and adds its figures to `report`; returns an error text when it could not
// measure (a missing tool, a failed step), empty on success.
QString runBenchmark(const QString &name, Context &context, Report &report);

// The benchmarks, one per file.
QString benchImpact(Context &context, Report &report);
QString benchCsvImport(Context &context, Report &report);
QString benchSbomImport(Context &context, Report &report);
QString benchPane(Context &context, Report &report);
QString benchChangesPane(Context &context, Report &report);
QString benchAuditVerify(Context &context, Report &report);
QString benchTransitions(Context &context, Report &report);
QString benchCalendar(Context &context, Report &report);
QString benchIntegrity(Context &context, Report &report);

} // namespace ChangeDesk::Bench
