#include "timelinelayout.h"

#include <QHash>

#include <algorithm>
#include <functional>
#include <queue>
#include <vector>

namespace ChangeDesk {

TimelineLayout TimelineLayouter::layout(const QList<TimelineInput> &inputs, qint64 from, qint64 to,
                                        double width, double minWidth, double reservedWidth)
{
    TimelineLayout result;
    if (to <= from || width <= 0)
        return result;
    // Rows by label, in order.
    QHash<QString, int> rowIndex;
    QStringList labels;
    std::vector<int> visible;
    visible.reserve(std::size_t(inputs.size()));
    for (int i = 0; i < inputs.size(); ++i) {
        const TimelineInput &in = inputs.at(i);
        if (in.end <= from || in.start >= to || in.end <= in.start)
            continue;
        visible.push_back(i);
        if (!rowIndex.contains(in.row)) {
            rowIndex.insert(in.row, 0);
            labels << in.row;
        }
    }
    std::ranges::sort(labels, [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    for (int r = 0; r < labels.size(); ++r) {
        rowIndex[labels.at(r)] = r;
        result.rows.append({labels.at(r), 0, 1});
    }

    // Lanes per row: a sweep by start; a heap of (lane end, lane) gives the lane freed first.
    std::ranges::sort(visible, [&](int a, int b) {
        const TimelineInput &x = inputs.at(a);
        const TimelineInput &y = inputs.at(b);
        if (x.start != y.start)
            return x.start < y.start;
        return x.end != y.end ? x.end < y.end : a < b;
    });
    const auto reserved = qint64(reservedWidth / width * double(to - from));
    using Lane = std::pair<qint64, int>; // end, lane
    std::vector<std::priority_queue<Lane, std::vector<Lane>, std::greater<>>> busy(
        std::size_t(labels.size()));
    std::vector<int> laneCount(std::size_t(labels.size()), 0);
    std::vector<int> laneOf(std::size_t(inputs.size()), 0);
    std::vector<int> freeLanes; // reused: lanes freed at this start, the lowest is taken
    for (const int i : visible) {
        const TimelineInput &in = inputs.at(i);
        const auto row = std::size_t(rowIndex.value(in.row));
        auto &heap = busy[row];
        freeLanes.clear();
        while (!heap.empty() && heap.top().first <= in.start) {
            freeLanes.push_back(heap.top().second);
            heap.pop();
        }
        int lane;
        if (freeLanes.empty()) {
            lane = laneCount[row]++;
        } else {
            // The lowest free lane, so that bars stay near the top; the others stay free.
            const auto lowest = std::ranges::min_element(freeLanes);
            lane = *lowest;
            freeLanes.erase(lowest);
            for (const int other : freeLanes)
                heap.push({in.start, other});
        }
        heap.push({std::max(in.end, in.start + reserved), lane});
        laneOf[std::size_t(i)] = lane;
    }
    int lanes = 0;
    for (int r = 0; r < result.rows.size(); ++r) {
        result.rows[r].firstLane = lanes;
        result.rows[r].lanes = std::max(1, laneCount[std::size_t(r)]);
        lanes += result.rows[r].lanes;
    }
    result.totalLanes = lanes;

    const double scale = width / double(to - from);
    std::ranges::sort(visible);
    result.bars.reserve(qsizetype(visible.size()));
    for (const int i : visible) {
        const TimelineInput &in = inputs.at(i);
        const double left = double(std::max(in.start, from) - from) * scale;
        const double right = double(std::min(in.end, to) - from) * scale;
        result.bars.append(
            {i, rowIndex.value(in.row), laneOf[std::size_t(i)], left, std::max(minWidth, right - left)});
    }
    return result;
}

} // namespace ChangeDesk
