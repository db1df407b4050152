#pragma once

// The benchmark program's common parts: figures with their goal and a reference measured in the
// same run, and the tools that run the references (sqlite3, python3) and time them.

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <functional>
#include <optional>

namespace ChangeDesk::Bench {

// One measured figure. Times are milliseconds.
struct Figure {
    QString name; // what was measured, e.g. "impact analysis, 11,234 dependents"
    double measuredMs = 0; // median of the runs
    int runs = 1;
    std::optional<double> goalMs; // the goal; absent for figures kept for information
    QString goalText; // how the goal reads, e.g. "≤ 50 ms" or "< 3 × reference"
    std::optional<double> referenceMs;
    QString referenceText; // what the reference is, e.g. "sqlite3 .import into a plain table"
    // For goals relative to the reference: the factor the measurement must stay below.
    std::optional<double> maxFactor;
    QString note;

    // True when the figure meets its goal (or has none).
    bool met() const;
};

class Report
{
public:
    void add(Figure figure);
    const QList<Figure> &figures() const { return m_figures; }
    bool allMet() const;
    // A fixed-width table for a terminal and the README.
    QString table() const;
    QString json() const;

private:
    QList<Figure> m_figures;
};

// Runs `work` `runs` times and returns the median in milliseconds.
double medianMs(int runs, const std::function<void()> &work);
double median(QList<double> values);

// Runs a program to its end and returns its wall time in milliseconds, or an error text. Its
// standard output is discarded unless `output` is given.
struct ToolRun {
    double ms = 0;
    QString error; // empty on success
    QByteArray output;
};
ToolRun runTool(const QString &program, const QStringList &arguments, const QByteArray &input = {});

// Runs SQL through the sqlite3 shell on `databaseFile` with `.timer on` and returns the real time
// the shell reports for the statements (without the shell's start), summed over the statements.
ToolRun sqliteTimed(const QString &databaseFile, const QString &script);

// The time of each statement in the output of an sqlite3 shell with `.timer on`, in milliseconds.
QList<double> sqliteStatementTimes(const QByteArray &output);

QString formatMs(double ms);
QString formatCount(qint64 count);

} // namespace ChangeDesk::Bench
