#include "calendarpane.h"

#include "common/clock.h"
#include "common/emptystate.h"

#include <QCalendarWidget>
#include <QHBoxLayout>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Ui {

CalendarPane::CalendarPane(const Clock &clock, QWidget *parent)
    : Pane(parent)
    , m_clock(clock)
    , m_calendar(new QCalendarWidget(this))
    , m_empty(new EmptyState(this))
{
    setObjectName(u"calendarPane"_s);
    m_calendar->setObjectName(u"calendar"_s);
    m_calendar->setGridVisible(true);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::ISOWeekNumbers);
    m_calendar->setFirstDayOfWeek(Qt::Monday);
    m_calendar->setMaximumWidth(420);
    m_empty->setText(tr("No changes scheduled"),
                     tr("Authorized changes, maintenance windows and freeze periods appear here "
                        "once they are planned."));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_calendar, 0, Qt::AlignTop);
    layout->addWidget(m_empty, 1);
}

QString CalendarPane::title() const
{
    return tr("Change calendar");
}

QIcon CalendarPane::icon() const
{
    return QIcon(u":/ui/icons/calendar.svg"_s);
}

void CalendarPane::setDatabase(std::shared_ptr<Database>)
{
    const QDate today = m_clock.now().toLocalTime().date();
    m_calendar->setSelectedDate(today);
}

} // namespace ChangeDesk::Ui
