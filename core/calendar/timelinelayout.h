#pragma once

// The layout of the calendar's timeline: one row per group or service, the changes as bars
// along the time axis, and bars that overlap in a row stacked in lanes so that none hides
// another. Pure arithmetic, no widgets: the timeline view paints what this computes.

#include <QDateTime>
#include <QList>
#include <QString>

namespace ChangeDesk {

struct TimelineInput {
    QString row; // the row's label: a group, a service, a CI
    qint64 start = 0; // ms since the epoch
    qint64 end = 0;
};

struct TimelineBar {
    int input = 0; // index into the input
    int row = 0; // index into TimelineLayout::rows
    int lane = 0; // within the row, from 0
    double x = 0; // left edge in pixels, clipped to the view
    double width = 0; // at least minWidth
};

struct TimelineRow {
    QString label;
    int firstLane = 0; // lanes of the rows above it
    int lanes = 1;
};

struct TimelineLayout {
    QList<TimelineRow> rows; // sorted by label
    QList<TimelineBar> bars; // of the inputs that overlap the view, in input order
    int totalLanes = 0;
};

class TimelineLayouter
{
public:
    // Lays out the inputs that overlap [from, to) on `width` pixels. Within a row, bars go to
    // the first lane that is free at their start (sorted by start, then end): the fewest lanes
    // an interval graph allows. O(n log n). A bar takes at least `minWidth` pixels; for the lanes
    // it counts as `reservedWidth` pixels long at least (room for its label beside a short bar).
    static TimelineLayout layout(const QList<TimelineInput> &inputs, qint64 from, qint64 to, double width,
                                 double minWidth = 3, double reservedWidth = 0);
};

} // namespace ChangeDesk
