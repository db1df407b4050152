#pragma once

// The change calendar's three views of the same schedule: a month grid, a week with the hours of
// each day, and a timeline with a row per group or service. Bars are coloured by the state of the
// change, a high priority is marked, and conflicts are outlined (red: blocking, orange: warning).
// Maintenance windows are shaded green, freeze periods red. In the week and the timeline a bar can
// be dragged to another time (in steps of 15 minutes); the view only asks for the move
// (rescheduleRequested), the pane checks and saves it.

#include "calendar/conflicts.h"
#include "calendar/timelinelayout.h"

#include <QDate>
#include <QHash>
#include <QWidget>

namespace ChangeDesk::Ui {

// What every view shows. The pane fills it after loading and after each change.
struct ScheduleModel {
    QList<ScheduledItem> items;
    QHash<int, Conflict::Severity> worst; // item -> its worst conflict
    QList<TimeSpan> windows; // occurrences of the maintenance windows around the shown range
    QList<FreezePeriod> freezes;
    QStringList rowOf; // timeline: the row label of each item
};

class ScheduleView : public QWidget
{
    Q_OBJECT

public:
    explicit ScheduleView(QWidget *parent = nullptr);

    void setModel(const ScheduleModel *model);
    void setSelected(int item);
    int selected() const { return m_selected; }
    // The first day shown (month: the first of the month; week: its Monday; timeline: the
    // first day of its four weeks).
    virtual void setStart(const QDate &day);
    QDate start() const { return m_start; }
    virtual QDate end() const = 0; // the day after the last one shown
    void setToday(const QDate &today);
    // The item under a point, -1 when none.
    virtual int itemAt(const QPoint &point) const = 0;
    // Where an item's bar is drawn (empty when it is not shown); for tests that drag.
    virtual QRect barRect(int item) const = 0;

Q_SIGNALS:
    void itemSelected(int item);
    void rescheduleRequested(int item, const ChangeDesk::TimeSpan &span);

protected:
    QColor stateColor(const QString &state) const;
    void paintBar(QPainter &painter, const QRectF &rect, int item, bool compact) const;
    QDateTime localStart() const; // m_start at local midnight
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    // The new span for a drag of `delta` pixels, or an invalid one when this view cannot move bars.
    virtual TimeSpan dragged(int item, const QPoint &delta) const;

    const ScheduleModel *m_model = nullptr;
    int m_selected = -1;
    QDate m_start;
    QDate m_today;
    int m_dragItem = -1;
    QPoint m_dragFrom;
    QPoint m_dragDelta;
};

class MonthView : public ScheduleView
{
    Q_OBJECT

public:
    explicit MonthView(QWidget *parent = nullptr);
    void setStart(const QDate &day) override;
    QDate end() const override;
    int itemAt(const QPoint &point) const override;
    QRect barRect(int item) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Chip {
        int item;
        QRect rect;
    };
    QList<Chip> chips() const;
    QRect cellRect(int index) const;
    QDate gridStart() const;
};

class WeekView : public ScheduleView
{
    Q_OBJECT

public:
    explicit WeekView(QWidget *parent = nullptr);
    void setStart(const QDate &day) override;
    QDate end() const override;
    int itemAt(const QPoint &point) const override;
    QRect barRect(int item) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    TimeSpan dragged(int item, const QPoint &delta) const override;

private:
    QRectF area() const;
    double yOf(const QDateTime &when, int day) const;
    QList<std::pair<int, QRectF>> bars() const;
};

class TimelineView : public ScheduleView
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);
    void setStart(const QDate &day) override;
    QDate end() const override;
    int itemAt(const QPoint &point) const override;
    QRect barRect(int item) const override;
    const TimelineLayout &layout() const { return m_layout; }
    // Lays the bars out again (after the model or the size changed).
    void relayout();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    TimeSpan dragged(int item, const QPoint &delta) const override;

private:
    QRectF area() const;
    QRectF rectOf(const TimelineBar &bar) const;
    double laneHeight() const;

    TimelineLayout m_layout;
    QHash<int, int> m_barOfItem;
};

} // namespace ChangeDesk::Ui
