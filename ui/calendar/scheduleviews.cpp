#include "scheduleviews.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Ui {

namespace {

constexpr int kHeader = 26;
constexpr qint64 kStepMinutes = 15;

const QColor kWindow(0xdf, 0xf2, 0xdc);
const QColor kFreeze(0xf9, 0xdc, 0xdc);
const QColor kBlocking(0xc6, 0x28, 0x28);
const QColor kWarning(0xe6, 0x8a, 0x00);
const QColor kHighPriority(0x9c, 0x1c, 0x1c);

qint64 snappedMinutes(double minutes)
{
    return qint64(std::lround(minutes / double(kStepMinutes))) * kStepMinutes;
}

bool overlapsDay(const TimeSpan &span, const QDate &day)
{
    const QDateTime from(day, QTime(0, 0));
    return span.start < from.addDays(1) && from < span.end;
}

} // namespace

// ---- ScheduleView -------------------------------------------------------------------------------

ScheduleView::ScheduleView(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(false);
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

void ScheduleView::setModel(const ScheduleModel *model)
{
    m_model = model;
    update();
}

void ScheduleView::setSelected(int item)
{
    m_selected = item;
    update();
}

void ScheduleView::setStart(const QDate &day)
{
    m_start = day;
    update();
}

void ScheduleView::setToday(const QDate &today)
{
    m_today = today;
    update();
}

QDateTime ScheduleView::localStart() const
{
    return QDateTime(m_start, QTime(0, 0));
}

QColor ScheduleView::stateColor(const QString &state) const
{
    static const QHash<QString, QColor> colors {
        {u"draft"_s, QColor(0xd5, 0xd8, 0xdc)},           {u"submitted"_s, QColor(0xbb, 0xd3, 0xf0)},
        {u"accepted"_s, QColor(0xbb, 0xd3, 0xf0)},        {u"classified"_s, QColor(0xbb, 0xd3, 0xf0)},
        {u"security_review"_s, QColor(0xd9, 0xc8, 0xf0)}, {u"cab_review"_s, QColor(0xd9, 0xc8, 0xf0)},
        {u"authorized"_s, QColor(0xb7, 0xe1, 0xb0)},      {u"scheduled"_s, QColor(0x9c, 0xd6, 0x92)},
        {u"implementing"_s, QColor(0xf7, 0xd2, 0x8c)},    {u"halted"_s, QColor(0xf4, 0xb0, 0x8a)},
        {u"implemented"_s, QColor(0xa8, 0xdb, 0xd9)},     {u"evaluation"_s, QColor(0xa8, 0xdb, 0xd9)},
    };
    return colors.value(state, QColor(0xe0, 0xe0, 0xe0));
}

void ScheduleView::paintBar(QPainter &painter, const QRectF &rect, int item, bool compact) const
{
    const ScheduledItem &it = m_model->items.at(item);
    const QColor fill = stateColor(it.state);
    painter.save();
    painter.setPen(QPen(fill.darker(150), 1));
    painter.setBrush(fill);
    painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    QRectF text = rect.adjusted(4, 0, -3, 0);
    if (it.priority == u"high") {
        painter.fillRect(QRectF(rect.left() + 1, rect.top() + 1, 4, rect.height() - 2), kHighPriority);
        text.setLeft(text.left() + 4);
    }
    const auto worst = m_model->worst.constFind(item);
    if (worst != m_model->worst.cend()) {
        const bool blocking = *worst == Conflict::Severity::Blocking;
        QPen pen(blocking ? kBlocking : kWarning, 2, blocking ? Qt::SolidLine : Qt::DashLine);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3);
        const QString mark = u"⚠"_s;
        painter.setPen(blocking ? kBlocking : kWarning);
        painter.drawText(text, Qt::AlignVCenter | Qt::AlignLeft, mark);
        text.setLeft(text.left() + painter.fontMetrics().horizontalAdvance(mark) + 3);
    }
    if (item == m_selected) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 4, 4);
    }
    QFont font = painter.font();
    font.setBold(it.priority == u"high");
    painter.setFont(font);
    painter.setPen(QColor(0x20, 0x20, 0x20));
    const QString label = compact ? u"#%1"_s.arg(it.changeId) : u"#%1 %2"_s.arg(it.changeId).arg(it.title);
    painter.drawText(text, Qt::AlignVCenter | Qt::AlignLeft,
                     painter.fontMetrics().elidedText(label, Qt::ElideRight, int(text.width())));
    painter.restore();
}

void ScheduleView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_model)
        return QWidget::mousePressEvent(event);
    const int item = itemAt(event->position().toPoint());
    m_selected = item;
    m_dragItem = item;
    m_dragFrom = event->position().toPoint();
    m_dragDelta = {};
    update();
    emit itemSelected(item);
}

void ScheduleView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragItem < 0)
        return QWidget::mouseMoveEvent(event);
    m_dragDelta = event->position().toPoint() - m_dragFrom;
    update();
}

void ScheduleView::mouseReleaseEvent(QMouseEvent *event)
{
    const int item = m_dragItem;
    const QPoint delta = event->position().toPoint() - m_dragFrom;
    m_dragItem = -1;
    m_dragDelta = {};
    update();
    if (item < 0 || delta.manhattanLength() < 4)
        return;
    const TimeSpan span = dragged(item, delta);
    if (span.isValid() && !(span == m_model->items.at(item).span))
        emit rescheduleRequested(item, span);
}

TimeSpan ScheduleView::dragged(int, const QPoint &) const
{
    return {};
}

// ---- MonthView ----------------------------------------------------------------------------------

MonthView::MonthView(QWidget *parent)
    : ScheduleView(parent)
{
    setObjectName(u"monthView"_s);
    setMinimumSize(560, 420);
}

void MonthView::setStart(const QDate &day)
{
    ScheduleView::setStart(QDate(day.year(), day.month(), 1));
}

QDate MonthView::end() const
{
    return m_start.addMonths(1);
}

QDate MonthView::gridStart() const
{
    return m_start.addDays(1 - m_start.dayOfWeek());
}

QRect MonthView::cellRect(int index) const
{
    const double w = double(width()) / 7;
    const double h = double(height() - kHeader) / 6;
    const int column = index % 7;
    const int row = index / 7;
    return QRectF(column * w, kHeader + row * h, w, h).toAlignedRect().adjusted(0, 0, -1, -1);
}

QList<MonthView::Chip> MonthView::chips() const
{
    QList<Chip> result;
    if (!m_model)
        return result;
    const int chipHeight = fontMetrics().height() + 4;
    for (int index = 0; index < 42; ++index) {
        const QDate day = gridStart().addDays(index);
        const QRect cell = cellRect(index);
        QList<int> onDay;
        for (int i = 0; i < m_model->items.size(); ++i) {
            if (overlapsDay(m_model->items.at(i).span, day))
                onDay << i;
        }
        std::ranges::stable_sort(onDay, [&](int a, int b) {
            return m_model->items.at(a).span.start < m_model->items.at(b).span.start;
        });
        const int top = cell.top() + chipHeight + 2;
        const int room = std::max(0, (cell.bottom() - top) / (chipHeight + 2));
        for (int k = 0; k < onDay.size() && k < room; ++k) {
            // The last row of a full cell says how many more there are.
            if (k == room - 1 && onDay.size() > room)
                break;
            result.append({onDay.at(k),
                           QRect(cell.left() + 3, top + k * (chipHeight + 2), cell.width() - 6, chipHeight)});
        }
    }
    return result;
}

int MonthView::itemAt(const QPoint &point) const
{
    for (const Chip &chip : chips()) {
        if (chip.rect.contains(point))
            return chip.item;
    }
    return -1;
}

QRect MonthView::barRect(int item) const
{
    for (const Chip &chip : chips()) {
        if (chip.item == item)
            return chip.rect;
    }
    return {};
}

void MonthView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QLocale locale;
    const double w = double(width()) / 7;
    painter.setPen(palette().color(QPalette::WindowText));
    for (int d = 0; d < 7; ++d)
        painter.drawText(QRectF(d * w, 0, w, kHeader), Qt::AlignCenter,
                         locale.dayName(d + 1, QLocale::LongFormat));
    const int chipHeight = fontMetrics().height() + 4;
    for (int index = 0; index < 42; ++index) {
        const QDate day = gridStart().addDays(index);
        const QRect cell = cellRect(index);
        bool frozen = false;
        if (m_model) {
            for (const FreezePeriod &f : m_model->freezes)
                frozen = frozen || overlapsDay(f.span(), day);
        }
        painter.fillRect(cell,
                         frozen                               ? kFreeze
                             : day.month() == m_start.month() ? palette().color(QPalette::Base)
                                                              : palette().color(QPalette::AlternateBase));
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawRect(cell);
        if (day == m_today) {
            painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
            painter.drawRect(cell.adjusted(1, 1, -1, -1));
        }
        QFont font = painter.font();
        font.setBold(day == m_today);
        painter.setFont(font);
        painter.setPen(day.month() == m_start.month() ? palette().color(QPalette::Text)
                                                      : palette().color(QPalette::PlaceholderText));
        painter.drawText(cell.adjusted(4, 2, -4, 0), Qt::AlignTop | Qt::AlignLeft,
                         QString::number(day.day()));
        font.setBold(false);
        painter.setFont(font);
        if (!m_model)
            continue;
        int count = 0;
        for (const ScheduledItem &item : m_model->items)
            count += overlapsDay(item.span, day) ? 1 : 0;
        int shown = 0;
        for (const Chip &chip : chips()) {
            if (cell.contains(chip.rect.topLeft())) {
                paintBar(painter, chip.rect, chip.item, false);
                ++shown;
            }
        }
        if (count > shown) {
            painter.setPen(palette().color(QPalette::Text));
            painter.drawText(QRect(cell.left() + 4, cell.bottom() - chipHeight, cell.width() - 8, chipHeight),
                             Qt::AlignVCenter | Qt::AlignRight, tr("+%n more", nullptr, count - shown));
        }
    }
}

// ---- WeekView ------------------------------------------------------------------------------------

WeekView::WeekView(QWidget *parent)
    : ScheduleView(parent)
{
    setObjectName(u"weekView"_s);
    setMinimumSize(640, 480);
}

void WeekView::setStart(const QDate &day)
{
    ScheduleView::setStart(day.addDays(1 - day.dayOfWeek()));
}

QDate WeekView::end() const
{
    return m_start.addDays(7);
}

QRectF WeekView::area() const
{
    return QRectF(48, kHeader, width() - 49, height() - kHeader - 1);
}

double WeekView::yOf(const QDateTime &when, int day) const
{
    const QDateTime dayStart(m_start.addDays(day), QTime(0, 0));
    const double minutes = std::clamp(double(dayStart.secsTo(when)) / 60.0, 0.0, 24.0 * 60);
    return area().top() + minutes / (24.0 * 60) * area().height();
}

QList<std::pair<int, QRectF>> WeekView::bars() const
{
    QList<std::pair<int, QRectF>> result;
    if (!m_model)
        return result;
    const QRectF a = area();
    const double dayWidth = a.width() / 7;
    for (int day = 0; day < 7; ++day) {
        const QDate date = m_start.addDays(day);
        QList<int> onDay;
        for (int i = 0; i < m_model->items.size(); ++i) {
            if (overlapsDay(m_model->items.at(i).span, date))
                onDay << i;
        }
        std::ranges::stable_sort(onDay, [&](int x, int y) {
            return m_model->items.at(x).span.start < m_model->items.at(y).span.start;
        });
        // Lanes: the first whose last bar has ended.
        QList<QDateTime> laneEnds;
        QList<int> laneOf;
        for (const int i : std::as_const(onDay)) {
            const TimeSpan &span = m_model->items.at(i).span;
            qsizetype lane = 0;
            while (lane < laneEnds.size() && laneEnds.at(lane) > span.start)
                ++lane;
            if (lane == laneEnds.size())
                laneEnds << span.end;
            else
                laneEnds[lane] = span.end;
            laneOf << int(lane);
        }
        const double laneWidth = (dayWidth - 4) / std::max<qsizetype>(1, laneEnds.size());
        for (qsizetype k = 0; k < onDay.size(); ++k) {
            const TimeSpan &span = m_model->items.at(onDay.at(k)).span;
            const double top = yOf(span.start, day);
            const double bottom = std::max(top + fontMetrics().height() + 2, yOf(span.end, day));
            result.append({onDay.at(k),
                           QRectF(a.left() + day * dayWidth + 2 + laneOf.at(k) * laneWidth, top,
                                  laneWidth - 1, bottom - top)});
        }
    }
    return result;
}

int WeekView::itemAt(const QPoint &point) const
{
    const auto all = bars();
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (it->second.contains(point))
            return it->first;
    }
    return -1;
}

QRect WeekView::barRect(int item) const
{
    for (const auto &[i, rect] : bars()) {
        if (i == item)
            return rect.toAlignedRect();
    }
    return {};
}

TimeSpan WeekView::dragged(int item, const QPoint &delta) const
{
    const QRectF a = area();
    const TimeSpan &span = m_model->items.at(item).span;
    const qint64 days = std::lround(double(delta.x()) / (a.width() / 7));
    const qint64 minutes = snappedMinutes(double(delta.y()) / a.height() * 24 * 60);
    const qint64 shift = days * 24 * 3600 + minutes * 60;
    return {span.start.addSecs(shift), span.end.addSecs(shift)};
}

void WeekView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QLocale locale;
    const QRectF a = area();
    const double dayWidth = a.width() / 7;
    for (int day = 0; day < 7; ++day) {
        const QDate date = m_start.addDays(day);
        const QRectF column(a.left() + day * dayWidth, a.top(), dayWidth, a.height());
        if (m_model) {
            const QDateTime from(date, QTime(0, 0));
            const QDateTime to = from.addDays(1);
            for (const TimeSpan &w : m_model->windows) {
                if (w.start < to && from < w.end)
                    painter.fillRect(QRectF(column.left(), yOf(w.start, day), dayWidth,
                                            yOf(w.end, day) - yOf(w.start, day)),
                                     kWindow);
            }
            for (const FreezePeriod &f : m_model->freezes) {
                if (f.start < to && from < f.end)
                    painter.fillRect(QRectF(column.left(), yOf(f.start, day), dayWidth,
                                            yOf(f.end, day) - yOf(f.start, day)),
                                     QBrush(kFreeze, Qt::SolidPattern));
            }
        }
        QFont font = painter.font();
        font.setBold(date == m_today);
        painter.setFont(font);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRectF(column.left(), 0, dayWidth, kHeader), Qt::AlignCenter,
                         u"%1 %2"_s.arg(locale.dayName(date.dayOfWeek(), QLocale::ShortFormat),
                                        locale.toString(date, u"d.M."_s)));
        font.setBold(false);
        painter.setFont(font);
    }
    painter.setPen(palette().color(QPalette::Midlight));
    for (int hour = 0; hour <= 24; ++hour) {
        const double y = a.top() + hour * a.height() / 24;
        painter.setPen(palette().color(hour % 6 == 0 ? QPalette::Mid : QPalette::Midlight));
        painter.drawLine(QPointF(a.left(), y), QPointF(a.right(), y));
        if (hour < 24) {
            painter.setPen(palette().color(QPalette::PlaceholderText));
            painter.drawText(QRectF(0, y, a.left() - 6, a.height() / 24), Qt::AlignRight | Qt::AlignTop,
                             u"%1:00"_s.arg(hour, 2, 10, QChar(u'0')));
        }
    }
    painter.setPen(palette().color(QPalette::Mid));
    for (int day = 0; day <= 7; ++day)
        painter.drawLine(QPointF(a.left() + day * dayWidth, a.top()),
                         QPointF(a.left() + day * dayWidth, a.bottom()));
    for (const auto &[item, rect] : bars())
        paintBar(painter, rect, item, rect.width() < 60);
    if (m_dragItem >= 0 && !m_dragDelta.isNull()) {
        const TimeSpan target = dragged(m_dragItem, m_dragDelta);
        painter.setOpacity(0.6);
        const QRect from = barRect(m_dragItem);
        const double dy = double(m_model->items.at(m_dragItem).span.start.secsTo(target.start) % (24 * 3600))
            / (24 * 3600) * a.height();
        const double dx = std::round(double(m_dragDelta.x()) / dayWidth) * dayWidth;
        paintBar(painter, QRectF(from).translated(dx, dy), m_dragItem, from.width() < 60);
        painter.setOpacity(1);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRectF(from).translated(dx, dy + from.height()), Qt::AlignLeft | Qt::AlignTop,
                         locale.toString(target.start.toLocalTime(), QLocale::ShortFormat));
    }
}

// ---- TimelineView --------------------------------------------------------------------------------

TimelineView::TimelineView(QWidget *parent)
    : ScheduleView(parent)
{
    setObjectName(u"timelineView"_s);
    setMinimumSize(720, 240);
}

void TimelineView::setStart(const QDate &day)
{
    ScheduleView::setStart(day.addDays(1 - day.dayOfWeek()));
    relayout();
}

QDate TimelineView::end() const
{
    return m_start.addDays(28);
}

double TimelineView::laneHeight() const
{
    return fontMetrics().height() + 10;
}

QRectF TimelineView::area() const
{
    return QRectF(180, kHeader, width() - 181, height() - kHeader - 1);
}

void TimelineView::relayout()
{
    m_layout = {};
    m_barOfItem.clear();
    if (!m_model || !m_start.isValid())
        return update();
    QList<TimelineInput> inputs;
    inputs.reserve(m_model->items.size());
    for (int i = 0; i < m_model->items.size(); ++i) {
        const ScheduledItem &item = m_model->items.at(i);
        inputs.append({m_model->rowOf.value(i), item.span.start.toMSecsSinceEpoch(),
                       item.span.end.toMSecsSinceEpoch()});
    }
    m_layout = TimelineLayouter::layout(inputs, localStart().toMSecsSinceEpoch(),
                                        QDateTime(end(), QTime(0, 0)).toMSecsSinceEpoch(), area().width(), 6,
                                        fontMetrics().horizontalAdvance(u"#0000 "_s) + 10);
    for (int b = 0; b < m_layout.bars.size(); ++b)
        m_barOfItem.insert(m_layout.bars.at(b).input, b);
    setMinimumHeight(int(kHeader + std::max(1, m_layout.totalLanes) * laneHeight() + 2));
    update();
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    ScheduleView::resizeEvent(event);
    relayout();
}

QRectF TimelineView::rectOf(const TimelineBar &bar) const
{
    const TimelineRow &row = m_layout.rows.at(bar.row);
    return QRectF(area().left() + bar.x, area().top() + (row.firstLane + bar.lane) * laneHeight() + 3,
                  bar.width, laneHeight() - 6);
}

int TimelineView::itemAt(const QPoint &point) const
{
    for (const TimelineBar &bar : m_layout.bars) {
        if (rectOf(bar).contains(point))
            return bar.input;
    }
    return -1;
}

QRect TimelineView::barRect(int item) const
{
    const auto found = m_barOfItem.constFind(item);
    return found == m_barOfItem.cend() ? QRect() : rectOf(m_layout.bars.at(*found)).toAlignedRect();
}

TimeSpan TimelineView::dragged(int item, const QPoint &delta) const
{
    const double minutesPerPixel = 28.0 * 24 * 60 / area().width();
    const qint64 minutes = snappedMinutes(delta.x() * minutesPerPixel);
    const TimeSpan &span = m_model->items.at(item).span;
    return {span.start.addSecs(minutes * 60), span.end.addSecs(minutes * 60)};
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QLocale locale;
    const QRectF a = area();
    const qint64 from = localStart().toMSecsSinceEpoch();
    const qint64 to = QDateTime(end(), QTime(0, 0)).toMSecsSinceEpoch();
    const double scale = a.width() / double(to - from);
    const auto xOf = [&](const QDateTime &when) {
        return a.left() + std::clamp(double(when.toMSecsSinceEpoch() - from) * scale, 0.0, a.width());
    };
    if (m_model) {
        for (const TimeSpan &w : m_model->windows)
            painter.fillRect(QRectF(xOf(w.start), a.top(), xOf(w.end) - xOf(w.start), a.height()), kWindow);
        for (const FreezePeriod &f : m_model->freezes)
            painter.fillRect(QRectF(xOf(f.start), a.top(), xOf(f.end) - xOf(f.start), a.height()), kFreeze);
    }
    // Days along the top, weeks marked.
    const double dayWidth = a.width() / 28;
    for (int d = 0; d <= 28; ++d) {
        const QDate date = m_start.addDays(d);
        const double x = a.left() + d * dayWidth;
        painter.setPen(palette().color(date.dayOfWeek() == 1 ? QPalette::Mid : QPalette::Midlight));
        painter.drawLine(QPointF(x, a.top()), QPointF(x, a.bottom()));
        if (d < 28) {
            QFont font = painter.font();
            font.setBold(date == m_today);
            painter.setFont(font);
            painter.setPen(date == m_today ? palette().color(QPalette::Highlight)
                                           : palette().color(QPalette::WindowText));
            // A week starts with its date, to the right of the line; the other days by number.
            if (date.dayOfWeek() == 1)
                painter.drawText(QRectF(x + 3, 0, 3 * dayWidth, kHeader), Qt::AlignVCenter | Qt::AlignLeft,
                                 locale.toString(date, QLocale::ShortFormat));
            else if (date.dayOfWeek() > 2)
                painter.drawText(QRectF(x, 0, dayWidth, kHeader), Qt::AlignCenter,
                                 QString::number(date.day()));
            font.setBold(false);
            painter.setFont(font);
        }
    }
    // Rows: label and separator.
    for (const TimelineRow &row : m_layout.rows) {
        const double top = a.top() + row.firstLane * laneHeight();
        const double height = row.lanes * laneHeight();
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRectF(6, top, a.left() - 12, std::min(height, laneHeight())),
                         Qt::AlignVCenter | Qt::AlignLeft,
                         fontMetrics().elidedText(row.label, Qt::ElideRight, int(a.left() - 12)));
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawLine(QPointF(0, top + height), QPointF(width(), top + height));
    }
    if (m_layout.rows.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(a, Qt::AlignCenter, tr("Nothing is scheduled in these four weeks."));
    }
    for (const TimelineBar &bar : m_layout.bars) {
        const QRectF rect = rectOf(bar);
        paintBar(painter, rect, bar.input, bar.width < 70);
        if (bar.width < 40) {
            // A short change: its number beside the bar (the lanes leave room for it).
            painter.setPen(palette().color(QPalette::Text));
            painter.drawText(QRectF(rect.right() + 3, rect.top(), 80, rect.height()),
                             Qt::AlignVCenter | Qt::AlignLeft,
                             u"#%1"_s.arg(m_model->items.at(bar.input).changeId));
        }
    }
    if (m_dragItem >= 0 && !m_dragDelta.isNull()) {
        const TimeSpan target = dragged(m_dragItem, m_dragDelta);
        const QRect origin = barRect(m_dragItem);
        const double dx
            = double(m_model->items.at(m_dragItem).span.start.secsTo(target.start)) * 1000 * scale;
        painter.setOpacity(0.6);
        paintBar(painter, QRectF(origin).translated(dx, 0), m_dragItem, origin.width() < 70);
        painter.setOpacity(1);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRectF(origin).translated(dx, origin.height() + 2).adjusted(0, 0, 200, 0),
                         Qt::AlignLeft | Qt::AlignTop,
                         locale.toString(target.start.toLocalTime(), QLocale::ShortFormat));
    }
}

} // namespace ChangeDesk::Ui
