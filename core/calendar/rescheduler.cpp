#include "rescheduler.h"

using namespace Qt::StringLiterals;

namespace ChangeDesk {

Rescheduler::Rescheduler(const ChangeService &service, const CalendarData &data)
    : m_service(service)
    , m_data(data)
    , m_detector(data)
{ }

ScheduledItem Rescheduler::itemAt(qint64 changeId, int wave, const TimeSpan &span) const
{
    ScheduledItem item;
    for (const ScheduledItem &known : m_data.items) {
        if (known.changeId == changeId && known.wave == wave) {
            item = known;
            break;
        }
    }
    item.changeId = changeId;
    item.wave = wave;
    item.span = span;
    return item;
}

QList<Conflict> Rescheduler::conflictsAt(qint64 changeId, int wave, const TimeSpan &span) const
{
    return m_detector.check(itemAt(changeId, wave, span));
}

Result<QList<Conflict>> Rescheduler::move(qint64 changeId, int wave, const TimeSpan &span,
                                          const ChangeActor &actor, Mode mode) const
{
    if (!span.isValid())
        return fail(ErrorKind::InvalidInput, tr("A change must end after it starts."));
    const ScheduledItem item = itemAt(changeId, wave, span);
    const QList<Conflict> conflicts = m_detector.check(item);
    QStringList blocking;
    for (const Conflict &c : conflicts) {
        if (c.severity == Conflict::Severity::Blocking)
            blocking << m_detector.reason(c);
    }
    if (!blocking.isEmpty() && mode == Mode::Move)
        return fail(ErrorKind::InvalidInput,
                    tr("Request #%1 cannot be moved there: %2").arg(changeId).arg(blocking.join(u' ')));
    auto request = m_service.get(changeId);
    if (!request)
        return fail(request.error());
    ChangeRequest edited = *request;
    if (wave >= 0) {
        if (wave >= edited.waves.size())
            return fail(ErrorKind::NotFound, tr("Request #%1 has no wave %2.").arg(changeId).arg(wave + 1));
        edited.waves[wave].plannedStart = span.start;
        edited.waves[wave].plannedEnd = span.end;
    } else {
        edited.plannedStart = span.start;
        edited.plannedEnd = span.end;
    }
    auto saved = m_service.update(edited, actor);
    if (!saved)
        return fail(saved.error());
    return conflicts;
}

} // namespace ChangeDesk
