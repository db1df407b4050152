// changedesk-bench: measures ChangeDesk at the agency scale against the goals of the issues, each
// figure beside a reference measured in the same run on the same data (sqlite3, python3).
// Run it on a release build: scripts/bench (see the README's Figures section).

#include "bench.h"
#include "benchmarks.h"

#include "demo/demodata.h"
#include "storage/database.h"
#include "storage/databaseurl.h"
#include "storage/migrator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;
using namespace ChangeDesk::Bench;

namespace {

void say(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
    std::fflush(stderr);
}

} // namespace

int main(int argc, char *argv[])
{
    // Offscreen unless told otherwise: the pane is measured as a user's machine builds it, but
    // no window is shown.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"changedesk-bench"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Measures ChangeDesk against its performance goals, each figure beside a reference "
        "measured in the same run."_s);
    parser.addHelpOption();
    const QCommandLineOption scaleOption(u"scale"_s, u"Demo-data scale: small, municipality or agency."_s,
                                         u"SCALE"_s, u"agency"_s);
    const QCommandLineOption workOption(
        u"work"_s, u"Folder for the databases and files (default: a temporary one)."_s, u"DIR"_s);
    const QCommandLineOption reuseOption(
        u"reuse"_s, u"Reuse the demo database in --work when it is there (skips generating it)."_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Runs per figure (median taken)."_s, u"N"_s, u"7"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Also write the figures as JSON to FILE."_s, u"FILE"_s);
    const QCommandLineOption onlyOption(u"only"_s,
                                        u"Run only these benchmarks (comma separated): "_s
                                            + benchmarkNames().join(u", "_s) + u"."_s,
                                        u"LIST"_s);
    const QCommandLineOption ignoreGoalsOption(
        u"ignore-goals"_s,
        u"Exit 0 even when a figure misses its goal (the suite's check that the program runs)."_s);
    parser.addOptions(
        {scaleOption, workOption, reuseOption, runsOption, jsonOption, onlyOption, ignoreGoalsOption});
    parser.process(app);

    auto scale = DemoData::parseScale(parser.value(scaleOption));
    if (!scale) {
        say(scale.error().message);
        return 2;
    }
    bool ok = false;
    const int runs = parser.value(runsOption).toInt(&ok);
    if (!ok || runs < 1 || runs > 1000) {
        say(u"--runs must be a number from 1 to 1000"_s);
        return 2;
    }
    QStringList only = parser.value(onlyOption).split(u',', Qt::SkipEmptyParts);
    for (const QString &name : std::as_const(only)) {
        if (!benchmarkNames().contains(name)) {
            say(u"unknown benchmark '%1'; benchmarks: %2"_s.arg(name, benchmarkNames().join(u", "_s)));
            return 2;
        }
    }
    if (only.isEmpty())
        only = benchmarkNames();

    QTemporaryDir temporary;
    QString work = parser.value(workOption);
    if (work.isEmpty()) {
        if (!temporary.isValid()) {
            say(u"cannot create a temporary folder: %1"_s.arg(temporary.errorString()));
            return 1;
        }
        work = temporary.path();
    } else if (!QDir().mkpath(work)) {
        say(u"cannot create %1"_s.arg(work));
        return 1;
    }

    Context context;
    context.work = QDir(work).absolutePath();
    context.runs = runs;
    context.scale = *scale;
    context.databaseFile = QDir(context.work).filePath(u"bench-%1.db"_s.arg(DemoData::scaleName(*scale)));

    Report report;
    const bool reuse = parser.isSet(reuseOption) && QFileInfo::exists(context.databaseFile);
    if (!reuse) {
        QFile::remove(context.databaseFile);
        QFile::remove(context.databaseFile + u"-wal"_s);
        QFile::remove(context.databaseFile + u"-shm"_s);
    }
    auto db = openAndMigrate(DatabaseUrl::sqlite(context.databaseFile), {.createIfMissing = true});
    if (!db) {
        say(db.error().message);
        return 1;
    }
    context.db = *db;
    if (!reuse) {
        say(u"generating the %1 demo data in %2 …"_s.arg(DemoData::scaleName(*scale), context.databaseFile));
        QElapsedTimer timer;
        timer.start();
        auto generated = DemoData::generate(*context.db, 20261122u, *scale);
        if (!generated) {
            say(generated.error().message);
            return 1;
        }
        QStringList counts;
        for (auto it = generated->cbegin(); it != generated->cend(); ++it)
            counts.append(u"%1 %2"_s.arg(formatCount(it.value()), it.key()));
        report.add({.name = u"demo data, %1 scale"_s.arg(DemoData::scaleName(*scale)),
                    .measuredMs = double(timer.nsecsElapsed()) / 1e6,
                    .note = counts.join(u", "_s)});
    }

    for (const QString &name : std::as_const(only)) {
        say(u"running %1 …"_s.arg(name));
        if (auto done = runBenchmark(name, context, report); !done.isEmpty()) {
            say(u"%1 failed: %2"_s.arg(name, done));
            return 1;
        }
    }

    const QString table = report.table();
    std::fprintf(stdout, "%s", table.toUtf8().constData());
    if (parser.isSet(jsonOption)) {
        QFile file(parser.value(jsonOption));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(report.json().toUtf8()) < 0) {
            say(u"cannot write %1: %2"_s.arg(file.fileName(), file.errorString()));
            return 1;
        }
    }
    context.db.reset();
    return report.allMet() || parser.isSet(ignoreGoalsOption) ? 0 : 1;
}
