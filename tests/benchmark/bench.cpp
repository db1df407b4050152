#include "bench.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>

#include <numeric>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Bench {

bool Figure::met() const
{
    if (goalMs && measuredMs > *goalMs)
        return false;
    if (maxFactor && referenceMs && measuredMs >= *maxFactor * *referenceMs)
        return false;
    return true;
}

void Report::add(Figure figure)
{
    m_figures.append(std::move(figure));
}

bool Report::allMet() const
{
    return std::all_of(m_figures.cbegin(), m_figures.cend(), [](const Figure &f) { return f.met(); });
}

QString Report::table() const
{
    QStringList header {u"measured"_s,  u"goal"_s,  u"median"_s, u"runs"_s, u"reference (same run)"_s,
                        u"reference"_s, u"result"_s};
    QList<QStringList> rows;
    for (const Figure &f : m_figures) {
        QString result = u"info"_s;
        if (f.goalMs || f.maxFactor)
            result = f.met() ? u"met"_s : u"MISSED"_s;
        if (f.maxFactor && f.referenceMs && *f.referenceMs > 0)
            result += u" (%1×)"_s.arg(f.measuredMs / *f.referenceMs, 0, 'f', 2);
        rows.append({f.name, f.goalText.isEmpty() ? u"–"_s : f.goalText, formatMs(f.measuredMs),
                     QString::number(f.runs), f.referenceText.isEmpty() ? u"–"_s : f.referenceText,
                     f.referenceMs ? formatMs(*f.referenceMs) : u"–"_s, result});
    }
    QList<qsizetype> widths;
    for (const QString &h : header)
        widths.append(h.size());
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    const auto line = [&](const QStringList &cells) {
        QStringList padded;
        for (qsizetype i = 0; i < cells.size(); ++i)
            padded.append(i == 2 || i == 3 || i == 5 ? cells[i].rightJustified(widths[i])
                                                     : cells[i].leftJustified(widths[i]));
        return u"| "_s + padded.join(u" | "_s) + u" |\n"_s;
    };
    QString text = line(header);
    QStringList rule;
    for (qsizetype w : widths)
        rule.append(QString(w, u'-'));
    text += u"|-"_s + rule.join(u"-|-"_s) + u"-|\n"_s;
    for (const QStringList &row : rows)
        text += line(row);
    for (const Figure &f : m_figures)
        if (!f.note.isEmpty())
            text += u"\n- %1: %2"_s.arg(f.name, f.note);
    return text + u"\n"_s;
}

QString Report::json() const
{
    QJsonArray array;
    for (const Figure &f : m_figures) {
        QJsonObject o {
            {u"name"_s, f.name}, {u"median_ms"_s, f.measuredMs}, {u"runs"_s, f.runs}, {u"met"_s, f.met()}};
        if (f.goalMs)
            o.insert(u"goal_ms"_s, *f.goalMs);
        if (f.maxFactor)
            o.insert(u"max_factor"_s, *f.maxFactor);
        if (f.referenceMs) {
            o.insert(u"reference_ms"_s, *f.referenceMs);
            o.insert(u"reference"_s, f.referenceText);
        }
        if (!f.note.isEmpty())
            o.insert(u"note"_s, f.note);
        array.append(o);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson());
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

double medianMs(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

ToolRun runTool(const QString &program, const QStringList &arguments, const QByteArray &input)
{
    ToolRun run;
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        run.error = u"%1 did not start: %2"_s.arg(program, process.errorString());
        return run;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    QByteArray output;
    while (process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(-1);
        output += process.readAllStandardOutput();
    }
    run.ms = double(timer.nsecsElapsed()) / 1e6;
    output += process.readAllStandardOutput();
    run.output = output;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        run.error = u"%1 failed (exit %2): %3"_s.arg(
            program, QString::number(process.exitCode()),
            QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
    return run;
}

QList<double> sqliteStatementTimes(const QByteArray &output)
{
    static const QRegularExpression timing(u"Run Time: real ([0-9.]+)"_s);
    QList<double> times;
    for (auto it = timing.globalMatch(QString::fromUtf8(output)); it.hasNext();)
        times.append(it.next().captured(1).toDouble() * 1000);
    return times;
}

ToolRun sqliteTimed(const QString &databaseFile, const QString &script)
{
    ToolRun run = runTool(u"sqlite3"_s, {databaseFile}, (u".timer on\n"_s + script + u"\n"_s).toUtf8());
    if (!run.error.isEmpty())
        return run;
    const QList<double> times = sqliteStatementTimes(run.output);
    if (times.isEmpty())
        run.error = u"sqlite3 reported no timing"_s;
    run.ms = std::accumulate(times.cbegin(), times.cend(), 0.0);
    return run;
}

QString formatMs(double ms)
{
    if (ms >= 10000)
        return u"%1 s"_s.arg(ms / 1000, 0, 'f', 1);
    if (ms >= 1000)
        return u"%1 s"_s.arg(ms / 1000, 0, 'f', 2);
    if (ms >= 100)
        return u"%1 ms"_s.arg(ms, 0, 'f', 0);
    return u"%1 ms"_s.arg(ms, 0, 'f', 1);
}

QString formatCount(qint64 count)
{
    return QLocale(QLocale::English).toString(count);
}

} // namespace ChangeDesk::Bench
