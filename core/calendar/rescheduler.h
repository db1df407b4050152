#pragma once

#include "calendar/conflicts.h"
#include "change/changeservice.h"
#include "common/error.h"

#include <QCoreApplication>

namespace ChangeDesk {

// Moving a scheduled change (or one of its waves) to another time, as the calendar's dragging
// and "next free slot" do: the new time is checked against the calendar first; a blocking
// conflict refuses the move, naming it; warnings do not, and are returned. The request is saved
// through ChangeService, so its edit rules and the audit trail apply.
class Rescheduler
{
    Q_DECLARE_TR_FUNCTIONS(Rescheduler)

public:
    // `data` is the calendar the move is checked against (CalendarRepository::load()).
    Rescheduler(const ChangeService &service, const CalendarData &data);

    // Restore: the time it had before a move (undo), which may have had blocking conflicts then:
    // it is put back as it was, and the conflicts are returned like warnings.
    enum class Mode { Move, Restore };
    Result<QList<Conflict>> move(qint64 changeId, int wave, const TimeSpan &span, const ChangeActor &actor,
                                 Mode mode = Mode::Move) const;
    // What move() would find, without saving: the conflicts of the item at `span`.
    QList<Conflict> conflictsAt(qint64 changeId, int wave, const TimeSpan &span) const;
    const ConflictDetector &detector() const { return m_detector; }

private:
    ScheduledItem itemAt(qint64 changeId, int wave, const TimeSpan &span) const;

    const ChangeService &m_service;
    const CalendarData &m_data;
    ConflictDetector m_detector;
};

} // namespace ChangeDesk
