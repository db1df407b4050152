// The timeline's layout: rows by label, overlapping bars stacked in as few lanes as the overlap
// needs, and the time axis scaled and clipped to the view.

#include "calendar/timelinelayout.h"

#include <QRandomGenerator>
#include <QTest>

#include <map>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

class TestTimelineLayout : public QObject
{
    Q_OBJECT

private slots:
    void lanesAndScale();
    void randomRowsNeedNoMoreLanesThanTheirOverlap();
};

void TestTimelineLayout::lanesAndScale()
{
    const QList<TimelineInput> inputs {
        {u"Servers"_s, 0, 100}, // lane 0
        {u"Servers"_s, 50, 150}, // overlaps: lane 1
        {u"Servers"_s, 100, 200}, // lane 0 is free again at 100
        {u"Clients"_s, 20, 40}, // its own row, sorted before Servers
        {u"Servers"_s, 500, 600}, // outside the view: left out
        {u"Clients"_s, -50, 10}, // starts before the view: clipped
    };
    const TimelineLayout layout = TimelineLayouter::layout(inputs, 0, 400, 800);
    QCOMPARE(layout.rows.size(), 2);
    QCOMPARE(layout.rows.at(0).label, u"Clients"_s);
    QCOMPARE(layout.rows.at(0).lanes, 1);
    QCOMPARE(layout.rows.at(1).label, u"Servers"_s);
    QCOMPARE(layout.rows.at(1).firstLane, 1);
    QCOMPARE(layout.rows.at(1).lanes, 2);
    QCOMPARE(layout.totalLanes, 3);
    QCOMPARE(layout.bars.size(), 5);
    QCOMPARE(layout.bars.at(0).lane, 0);
    QCOMPARE(layout.bars.at(1).lane, 1);
    QCOMPARE(layout.bars.at(2).lane, 0);
    QCOMPARE(layout.bars.at(2).x, 200.0); // 100 of 400 on 800 pixels
    QCOMPARE(layout.bars.at(2).width, 200.0);
    QCOMPARE(layout.bars.at(3).row, 0);
    QCOMPARE(layout.bars.at(4).input, 5);
    QCOMPARE(layout.bars.at(4).x, 0.0);
    QCOMPARE(layout.bars.at(4).width, 20.0);
    // A very short bar keeps a visible width.
    const TimelineLayout tiny = TimelineLayouter::layout({{u"A"_s, 0, 1}}, 0, 100000, 100);
    QCOMPARE(tiny.bars.first().width, 3.0);
}

void TestTimelineLayout::randomRowsNeedNoMoreLanesThanTheirOverlap()
{
    QRandomGenerator random(5);
    QList<TimelineInput> inputs;
    for (int i = 0; i < 2000; ++i) {
        const qint64 start = random.bounded(0, 100000);
        inputs.append({u"row %1"_s.arg(random.bounded(0, 12)), start, start + random.bounded(1, 5000)});
    }
    const TimelineLayout layout = TimelineLayouter::layout(inputs, 0, 110000, 1000);
    QCOMPARE(layout.bars.size(), inputs.size());
    for (int r = 0; r < layout.rows.size(); ++r) {
        // The most bars of the row at any moment (the greedy lanes are optimal: exactly that many).
        std::map<qint64, int> events;
        for (const TimelineInput &in : std::as_const(inputs)) {
            if (in.row == layout.rows.at(r).label) {
                ++events[in.start];
                --events[in.end];
            }
        }
        int open = 0;
        int most = 0;
        for (const auto &[when, delta] : events) {
            open += delta;
            most = std::max(most, open);
        }
        QCOMPARE(layout.rows.at(r).lanes, most);
    }
    // No two bars of one lane overlap.
    for (int a = 0; a < layout.bars.size(); ++a) {
        for (int b = a + 1; b < layout.bars.size(); ++b) {
            const TimelineBar &x = layout.bars.at(a);
            const TimelineBar &y = layout.bars.at(b);
            if (x.row != y.row || x.lane != y.lane)
                continue;
            const TimelineInput &p = inputs.at(x.input);
            const TimelineInput &q = inputs.at(y.input);
            QVERIFY2(p.end <= q.start || q.end <= p.start, "two bars share a lane and overlap");
        }
    }
}

QTEST_GUILESS_MAIN(TestTimelineLayout)
#include "tst_timelinelayout.moc"
