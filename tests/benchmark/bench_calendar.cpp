// The change calendar at agency scale: conflict detection over 50,000 scheduled changes on the
// demo's CIs and relations (goal ≤ 200 ms, by the index), beside a comparison of every pair; the
// timeline's layout of 5,000 bars (goal ≤ 50 ms), beside python3 running the same greedy layout on
// the same bars.

#include "benchmarks.h"

#include "calendar/conflicts.h"
#include "calendar/timelinelayout.h"
#include "storage/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <set>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Bench {

namespace {

constexpr int kGroups = 7; // one per weekday, each with its maintenance night

int scheduledChanges(DemoScale scale)
{
    switch (scale) {
    case DemoScale::Small:
        return 2000;
    case DemoScale::Municipality:
        return 10000;
    case DemoScale::Agency:
        return 50000;
    }
    return 2000;
}

// 2027 in Berlin: each CI belongs to one of seven groups, whose maintenance window is one night a
// week, 20:00 to 04:00. Most changes are planned inside the window of their first CI's group, the
// rest at any time; two freezes (an election week for one group, the year end for all).
Result<CalendarData> calendarData(const Database &db, int count)
{
    CalendarData data;
    QList<qint64> cis;
    auto rows = db.exec(u"SELECT id FROM configuration_item ORDER BY id"_s);
    if (!rows)
        return fail(rows.error());
    while (rows->next())
        cis << rows->value(0).toLongLong();
    if (cis.isEmpty())
        return fail(ErrorKind::NotFound, u"the demo database has no CIs"_s);
    auto relations = db.exec(u"SELECT source_id, target_id, relation_type FROM ci_relation"_s);
    if (!relations)
        return fail(relations.error());
    while (relations->next()) {
        if (const auto type = CmdbNames::relationType(relations->value(2).toString()))
            data.graph.addRelation(relations->value(0).toLongLong(), relations->value(1).toLongLong(), *type);
    }
    for (const qint64 ci : std::as_const(cis))
        data.groupMembers[ci % kGroups + 1] << ci;
    for (int g = 1; g <= kGroups; ++g) {
        MaintenanceWindow w;
        w.id = g;
        w.name = u"Night %1"_s.arg(g);
        w.groupId = g;
        w.timeZone = u"Europe/Berlin"_s;
        w.firstDate = QDate(2027, 1, 1);
        w.startTime = QTime(20, 0);
        w.endTime = QTime(4, 0);
        w.recurrence.weekdays = {g};
        data.windows << w;
    }
    FreezePeriod election;
    election.id = 1;
    election.name = u"Election"_s;
    election.groupId = 3;
    election.start = QDateTime(QDate(2027, 3, 10), QTime(0, 0), QTimeZone::UTC);
    election.end = election.start.addDays(7);
    FreezePeriod yearEnd;
    yearEnd.id = 2;
    yearEnd.name = u"Year end"_s;
    yearEnd.start = QDateTime(QDate(2027, 12, 20), QTime(0, 0), QTimeZone::UTC);
    yearEnd.end = yearEnd.start.addDays(14);
    data.freezes = {election, yearEnd};

    QRandomGenerator random(27);
    const QTimeZone berlin("Europe/Berlin");
    const QDate firstMonday(2027, 1, 4);
    for (int i = 0; i < count; ++i) {
        ScheduledItem item;
        item.changeId = i + 1;
        item.title = u"Change %1"_s.arg(i + 1);
        item.type = random.bounded(20) == 0 ? u"emergency"_s : u"normal"_s;
        const int ciCount = 1 + int(random.bounded(3));
        for (int c = 0; c < ciCount; ++c)
            item.ciIds << cis.at(qsizetype(random.bounded(quint32(cis.size()))));
        std::ranges::sort(item.ciIds);
        item.ciIds.erase(std::unique(item.ciIds.begin(), item.ciIds.end()), item.ciIds.end());
        const qint64 minutes = 30 + random.bounded(150);
        QDateTime start;
        if (random.bounded(100) < 85) {
            const int weekday = int(item.ciIds.first() % kGroups + 1);
            const QDate day = firstMonday.addDays(7 * qint64(random.bounded(51)) + weekday - 1);
            start = WindowRules::localToUtc(day, QTime(20, 0).addSecs(60 * qint64(random.bounded(360))),
                                            berlin);
        } else {
            start = QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::UTC)
                        .addSecs(60 * qint64(random.bounded(525600)));
        }
        item.span = {start, start.addSecs(minutes * 60)};
        item.implementerIds << 1 + random.bounded(300);
        item.needsRestart = random.bounded(5) == 0;
        data.items << item;
    }
    return data;
}

// The same greedy lane assignment as TimelineLayouter, in python3, timed inside the script.
const QString kPythonLayout = uR"PY(
import json, sys, time, heapq
bars = json.load(open(sys.argv[1]))
begin, end, width = bars["from"], bars["to"], bars["width"]
items = bars["items"]
t0 = time.perf_counter()
visible = [i for i, b in enumerate(items) if b[2] > begin and b[1] < end and b[2] > b[1]]
labels = sorted({items[i][0] for i in visible})
row = {l: r for r, l in enumerate(labels)}
visible.sort(key=lambda i: (items[i][1], items[i][2], i))
busy = [[] for _ in labels]
count = [0] * len(labels)
lane = {}
for i in visible:
    r = row[items[i][0]]
    heap = busy[r]
    free = []
    while heap and heap[0][0] <= items[i][1]:
        free.append(heapq.heappop(heap)[1])
    if free:
        l = min(free)
        free.remove(l)
        for o in free:
            heapq.heappush(heap, (items[i][1], o))
    else:
        l = count[r]
        count[r] += 1
    heapq.heappush(heap, (items[i][2], l))
    lane[i] = l
scale = width / (end - begin)
out = []
for i in sorted(visible):
    left = (max(items[i][1], begin) - begin) * scale
    right = (min(items[i][2], end) - begin) * scale
    out.append((i, row[items[i][0]], lane[i], left, max(3.0, right - left)))
t1 = time.perf_counter()
print("%.3f %d %d" % ((t1 - t0) * 1000, len(out), sum(max(1, c) for c in count)))
)PY"_s;

} // namespace

QString benchCalendar(Context &context, Report &report)
{
    const int count = scheduledChanges(context.scale);
    auto data = calendarData(*context.db, count);
    if (!data)
        return data.error().message;
    qsizetype ciCount = 0; // every CI is in one group
    for (const auto &members : std::as_const(data->groupMembers))
        ciCount += members.size();

    // The index: detector built and every conflict found, each run from scratch.
    qsizetype found = 0;
    std::set<std::tuple<int, int, int>> pairs;
    const double indexMs = medianMs(context.runs, [&] {
        const ConflictDetector detector(*data);
        const QList<Conflict> conflicts = detector.all();
        found = conflicts.size();
        pairs.clear();
        for (const Conflict &c : conflicts) {
            if (c.kind == Conflict::Kind::SameCi || c.kind == Conflict::Kind::ImplementerBooked)
                pairs.insert({int(c.kind), c.item, c.other});
        }
    });

    // Every pair: the overlap, then shared CIs and the same implementer (the cheap rules only).
    std::set<std::tuple<int, int, int>> naive;
    QElapsedTimer timer;
    timer.start();
    {
        struct Flat {
            qint64 start, end;
            const ScheduledItem *item;
        };
        std::vector<Flat> flat;
        for (const ScheduledItem &item : std::as_const(data->items))
            flat.push_back({item.span.start.toMSecsSinceEpoch(), item.span.end.toMSecsSinceEpoch(), &item});
        for (std::size_t i = 0; i < flat.size(); ++i) {
            for (std::size_t j = i + 1; j < flat.size(); ++j) {
                if (flat[i].start >= flat[j].end || flat[j].start >= flat[i].end)
                    continue;
                const ScheduledItem &a = *flat[i].item;
                const ScheduledItem &b = *flat[j].item;
                for (const qint64 ci : a.ciIds) {
                    if (b.ciIds.contains(ci)) {
                        naive.insert({int(Conflict::Kind::SameCi), int(i), int(j)});
                        break;
                    }
                }
                if (a.implementerIds.first() == b.implementerIds.first())
                    naive.insert({int(Conflict::Kind::ImplementerBooked), int(i), int(j)});
            }
        }
    }
    const double naiveMs = double(timer.nsecsElapsed()) / 1e6;
    if (naive != pairs)
        return u"the index found %1 same-CI and implementer pairs, comparing every pair found %2"_s
            .arg(pairs.size())
            .arg(naive.size());
    report.add(
        {.name = u"calendar conflicts, %1 scheduled changes on %2 CIs"_s.arg(formatCount(count),
                                                                             formatCount(ciCount)),
         .measuredMs = indexMs,
         .runs = context.runs,
         .goalMs = 200,
         .goalText = u"≤ 200 ms"_s,
         .referenceMs = naiveMs,
         .referenceText = u"every pair compared (same CI and implementer only)"_s,
         .note
         = u"ConflictDetector: index built, all six rules, %1 CIs in the dependency graph, 7 weekly windows; "
           "%2 conflicts; the same %3 same-CI and implementer pairs as the pairwise comparison"_s.arg(
               formatCount(data->graph.ciCount()), formatCount(found), formatCount(qint64(pairs.size())))});

    // The timeline: 5,000 bars in rows by group, over the weeks they span.
    QList<TimelineInput> bars;
    QList<ScheduledItem> sorted = data->items;
    std::ranges::sort(
        sorted, [](const ScheduledItem &a, const ScheduledItem &b) { return a.span.start < b.span.start; });
    for (qsizetype i = 0; i < sorted.size() && bars.size() < 5000; ++i) {
        const ScheduledItem &item = sorted.at(i);
        bars.append({u"Group %1"_s.arg(item.ciIds.first() % kGroups + 1), item.span.start.toMSecsSinceEpoch(),
                     item.span.end.toMSecsSinceEpoch()});
    }
    const qint64 from = bars.first().start;
    const qint64 to = sorted.at(bars.size() - 1).span.end.toMSecsSinceEpoch();
    const double width = 1600;
    TimelineLayout layout;
    const double layoutMs
        = medianMs(context.runs, [&] { layout = TimelineLayouter::layout(bars, from, to, width); });
    QJsonArray items;
    for (const TimelineInput &bar : std::as_const(bars))
        items.append(QJsonArray {bar.row, bar.start, bar.end});
    const QString file = context.work + u"/timeline-bars.json"_s;
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return u"cannot write %1"_s.arg(file);
    out.write(QJsonDocument(
                  QJsonObject {{u"from"_s, from}, {u"to"_s, to}, {u"width"_s, width}, {u"items"_s, items}})
                  .toJson(QJsonDocument::Compact));
    out.close();
    QList<double> pythonMs;
    QString pythonResult;
    for (int run = 0; run < context.runs; ++run) {
        const ToolRun python = runTool(u"python3"_s, {u"-c"_s, kPythonLayout, file});
        if (!python.error.isEmpty())
            return python.error;
        const QStringList parts = QString::fromUtf8(python.output).trimmed().split(u' ');
        pythonMs << parts.value(0).toDouble();
        pythonResult = parts.mid(1).join(u' ');
    }
    const QString ours = u"%1 %2"_s.arg(layout.bars.size()).arg(layout.totalLanes);
    if (pythonResult != ours)
        return u"python3 laid out '%1' (bars, lanes), ChangeDesk '%2'"_s.arg(pythonResult, ours);
    report.add(
        {.name = u"timeline layout, %1 bars"_s.arg(formatCount(bars.size())),
         .measuredMs = layoutMs,
         .runs = context.runs,
         .goalMs = 50,
         .goalText = u"≤ 50 ms"_s,
         .referenceMs = median(pythonMs),
         .referenceText = u"python3: the same greedy lanes on the same bars (timed inside the script)"_s,
         .note = u"TimelineLayouter: %1 rows, %2 lanes; python3 found the same"_s.arg(layout.rows.size())
                     .arg(layout.totalLanes)});
    return {};
}

} // namespace ChangeDesk::Bench
