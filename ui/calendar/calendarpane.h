#pragma once

#include "shell/pane.h"

class QCalendarWidget;

namespace ChangeDesk {
class Clock;
}

namespace ChangeDesk::Ui {

class EmptyState;

// The change calendar: scheduled changes, maintenance windows and freeze periods (filled by the
// calendar capability); today comes from the injectable clock.
class CalendarPane : public Pane
{
    Q_OBJECT

public:
    explicit CalendarPane(const Clock &clock, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void setDatabase(std::shared_ptr<Database> db) override;

private:
    const Clock &m_clock;
    QCalendarWidget *m_calendar;
    EmptyState *m_empty;
};

} // namespace ChangeDesk::Ui
