#include "conflicts.h"

#include <QJsonArray>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;

quint64 pairKey(int a, int b)
{
    return (quint64(quint32(std::min(a, b))) << 32) | quint32(std::max(a, b));
}

QString timeText(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

struct Span {
    qint64 start = 0;
    qint64 end = 0;
};

TimeSpan toTimeSpan(qint64 start, qint64 end)
{
    return {QDateTime::fromMSecsSinceEpoch(start, QTimeZone::UTC),
            QDateTime::fromMSecsSinceEpoch(end, QTimeZone::UTC)};
}

} // namespace

struct ConflictIndex {
    std::vector<Span> items; // per item, in ms since the epoch
    QHash<qint64, std::vector<int>> byCi; // sorted by start
    QHash<qint64, std::vector<int>> byPerson; // sorted by start
    // Occurrences of each window over [lo, hi), sorted by start; outside it they are computed.
    std::vector<std::vector<Span>> occurrences;
    qint64 lo = 0;
    qint64 hi = 0;
    QHash<qint64, QList<int>> windowsByCi; // a CI's own windows and its groups'
    QList<int> globalWindows;
    std::vector<Span> freezes;
    std::vector<QSet<qint64>> freezeMembers; // per freeze of a group
    std::unique_ptr<DependencyGraph::Reach> reach;

    QList<int> windowsOf(qint64 ciId) const
    {
        const auto own = windowsByCi.constFind(ciId);
        return own == windowsByCi.cend() ? globalWindows : *own + globalWindows;
    }
};

namespace {

void sortByStart(std::vector<int> &list, const std::vector<Span> &spans)
{
    std::ranges::sort(list, [&](int a, int b) {
        return spans[std::size_t(a)].start != spans[std::size_t(b)].start
            ? spans[std::size_t(a)].start < spans[std::size_t(b)].start
            : a < b;
    });
}

} // namespace

ConflictDetector::ConflictDetector(const CalendarData &data, int linkDepth)
    : m_index(std::make_unique<ConflictIndex>())
    , m_data(data)
    , m_linkDepth(linkDepth)
{
    ConflictIndex &x = *m_index;
    x.items.reserve(std::size_t(data.items.size()));
    qint64 lo = std::numeric_limits<qint64>::max();
    qint64 hi = std::numeric_limits<qint64>::min();
    for (int i = 0; i < data.items.size(); ++i) {
        const ScheduledItem &item = data.items.at(i);
        const Span span {item.span.start.toMSecsSinceEpoch(), item.span.end.toMSecsSinceEpoch()};
        x.items.push_back(span);
        if (!item.span.isValid())
            continue;
        lo = std::min(lo, span.start);
        hi = std::max(hi, span.end);
        for (const qint64 ci : item.ciIds)
            x.byCi[ci].push_back(i);
        for (const qint64 person : item.implementerIds)
            x.byPerson[person].push_back(i);
    }
    for (auto &list : x.byCi)
        sortByStart(list, x.items);
    for (auto &list : x.byPerson)
        sortByStart(list, x.items);

    if (lo <= hi) {
        x.lo = lo - 2 * kDayMs;
        x.hi = hi + 2 * kDayMs;
    }
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(x.lo, QTimeZone::UTC);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(x.hi, QTimeZone::UTC);
    x.occurrences.resize(std::size_t(data.windows.size()));
    for (int w = 0; w < data.windows.size(); ++w) {
        const MaintenanceWindow &window = data.windows.at(w);
        if (x.lo < x.hi) {
            for (const TimeSpan &span : WindowRules::occurrences(window, from, to))
                x.occurrences[std::size_t(w)].push_back(
                    {span.start.toMSecsSinceEpoch(), span.end.toMSecsSinceEpoch()});
        }
        if (window.ciId) {
            x.windowsByCi[*window.ciId] << w;
        } else if (window.groupId) {
            for (const qint64 ci : data.groupMembers.value(*window.groupId)) {
                QList<int> &list = x.windowsByCi[ci];
                if (!list.contains(w))
                    list << w;
            }
        } else {
            x.globalWindows << w;
        }
    }
    for (const FreezePeriod &freeze : data.freezes) {
        x.freezes.push_back({freeze.start.toMSecsSinceEpoch(), freeze.end.toMSecsSinceEpoch()});
        QSet<qint64> members;
        if (freeze.groupId) {
            const QList<qint64> ids = data.groupMembers.value(*freeze.groupId);
            members = QSet<qint64>(ids.cbegin(), ids.cend());
        }
        x.freezeMembers.push_back(std::move(members));
    }
    x.reach = std::make_unique<DependencyGraph::Reach>(data.graph);
}

ConflictDetector::~ConflictDetector() = default;

namespace {

// The occurrence of window `w` that contains [start, end), if any.
std::optional<Span> fittingOccurrence(const ConflictIndex &x, const CalendarData &data, int w, qint64 start,
                                      qint64 end)
{
    if (start >= x.lo && end <= x.hi) {
        const std::vector<Span> &spans = x.occurrences[std::size_t(w)];
        auto it = std::ranges::upper_bound(spans, start, {}, &Span::start);
        // The last two occurrences starting at or before `start` (a window may be longer than
        // its interval).
        for (int back = 0; back < 2 && it != spans.begin(); ++back) {
            --it;
            if (it->start <= start && end <= it->end)
                return *it;
        }
        return std::nullopt;
    }
    const auto found = WindowRules::occurrenceContaining(data.windows.at(w), toTimeSpan(start, end));
    if (!found)
        return std::nullopt;
    return Span {found->start.toMSecsSinceEpoch(), found->end.toMSecsSinceEpoch()};
}

// The first window of `ciId` with an occurrence containing [start, end); none when the CI has
// windows and none fits. `hasWindows` tells whether it has any.
std::optional<Span> windowFor(const ConflictIndex &x, const CalendarData &data, qint64 ciId, qint64 start,
                              qint64 end, bool &hasWindows)
{
    const QList<int> windows = x.windowsOf(ciId);
    hasWindows = !windows.isEmpty();
    for (const int w : windows) {
        if (auto occurrence = fittingOccurrence(x, data, w, start, end))
            return occurrence;
    }
    return std::nullopt;
}

Conflict pairConflict(Conflict::Kind kind, Conflict::Severity severity, const CalendarData &data, int item,
                      int other, const ScheduledItem &itemRecord, qint64 overlapStart, qint64 overlapEnd)
{
    Conflict c;
    c.kind = kind;
    c.severity = severity;
    c.item = item;
    c.other = other;
    c.changeId = itemRecord.changeId;
    c.wave = itemRecord.wave;
    if (other >= 0) {
        c.otherChangeId = data.items.at(other).changeId;
        c.otherWave = data.items.at(other).wave;
    }
    c.span = toTimeSpan(overlapStart, overlapEnd);
    return c;
}

} // namespace

QList<Conflict> ConflictDetector::all() const
{
    const ConflictIndex &x = *m_index;
    const CalendarData &data = m_data;
    QList<Conflict> result;
    const auto overlapOf = [&](int a, int b) {
        const Span &sa = x.items[std::size_t(a)];
        const Span &sb = x.items[std::size_t(b)];
        return Span {std::max(sa.start, sb.start), std::min(sa.end, sb.end)};
    };
    const auto sameChange = [&](int a, int b) {
        return data.items.at(a).changeId == data.items.at(b).changeId;
    };

    // Same CI: a sweep over each CI's items.
    QHash<quint64, qsizetype> samePairs;
    std::vector<int> active;
    for (auto it = x.byCi.cbegin(); it != x.byCi.cend(); ++it) {
        active.clear();
        for (const int i : it.value()) {
            const qint64 start = x.items[std::size_t(i)].start;
            std::erase_if(active, [&](int a) { return x.items[std::size_t(a)].end <= start; });
            for (const int a : active) {
                if (sameChange(a, i))
                    continue;
                const quint64 key = pairKey(a, i);
                const auto found = samePairs.constFind(key);
                if (found != samePairs.cend()) {
                    result[*found].ciIds << it.key();
                    continue;
                }
                const int first = std::min(a, i);
                const int second = std::max(a, i);
                const Span overlap = overlapOf(a, i);
                Conflict c = pairConflict(Conflict::Kind::SameCi, Conflict::Severity::Blocking, data, first,
                                          second, data.items.at(first), overlap.start, overlap.end);
                c.ciIds << it.key();
                samePairs.insert(key, result.size());
                result << c;
            }
            active.push_back(i);
        }
    }

    // Linked CIs: from each scheduled CI to the scheduled CIs that depend on it.
    QSet<quint64> linkedPairs;
    for (auto it = x.byCi.cbegin(); it != x.byCi.cend(); ++it) {
        const std::vector<int> &provider = it.value();
        for (const qint64 dependentCi : x.reach->dependents(it.key(), m_linkDepth)) {
            const auto dependents = x.byCi.constFind(dependentCi);
            if (dependents == x.byCi.cend())
                continue;
            for (const int p : provider) {
                const Span &sp = x.items[std::size_t(p)];
                for (const int d : *dependents) {
                    const Span &sd = x.items[std::size_t(d)];
                    if (sd.start >= sp.end)
                        break; // sorted by start
                    if (sd.end <= sp.start || sameChange(p, d))
                        continue;
                    const quint64 key = pairKey(p, d);
                    if (samePairs.contains(key) || linkedPairs.contains(key))
                        continue;
                    linkedPairs.insert(key);
                    const int first = std::min(p, d);
                    const int second = std::max(p, d);
                    const Span overlap = overlapOf(p, d);
                    Conflict c
                        = pairConflict(Conflict::Kind::LinkedCi, Conflict::Severity::Warning, data, first,
                                       second, data.items.at(first), overlap.start, overlap.end);
                    c.itemDepends = first == d;
                    c.ciIds = first == d ? QList<qint64> {dependentCi, it.key()}
                                         : QList<qint64> {it.key(), dependentCi};
                    result << c;
                }
            }
        }
    }

    // Implementers booked twice: a sweep over each person's items.
    for (auto it = x.byPerson.cbegin(); it != x.byPerson.cend(); ++it) {
        active.clear();
        for (const int i : it.value()) {
            const qint64 start = x.items[std::size_t(i)].start;
            std::erase_if(active, [&](int a) { return x.items[std::size_t(a)].end <= start; });
            for (const int a : active) {
                if (sameChange(a, i))
                    continue;
                const int first = std::min(a, i);
                const Span overlap = overlapOf(a, i);
                Conflict c
                    = pairConflict(Conflict::Kind::ImplementerBooked, Conflict::Severity::Warning, data,
                                   first, std::max(a, i), data.items.at(first), overlap.start, overlap.end);
                c.personId = it.key();
                result << c;
            }
            active.push_back(i);
        }
    }

    // Windows, freezes and the restart order, item by item.
    for (int i = 0; i < data.items.size(); ++i) {
        const ScheduledItem &item = data.items.at(i);
        if (!item.span.isValid())
            continue;
        for (Conflict &c : check(item, WindowsAndFreezes)) {
            if (c.kind == Conflict::Kind::OutsideWindow || c.kind == Conflict::Kind::InFreeze
                || (c.kind == Conflict::Kind::RestartOrder && !c.otherRestarts)) {
                c.item = i;
                result << c;
            }
        }
    }

    std::ranges::stable_sort(result, [&](const Conflict &a, const Conflict &b) {
        const qint64 sa = x.items[std::size_t(a.item)].start;
        const qint64 sb = x.items[std::size_t(b.item)].start;
        if (sa != sb)
            return sa < sb;
        if (a.item != b.item)
            return a.item < b.item;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return a.other < b.other;
    });
    return result;
}

QList<Conflict> ConflictDetector::check(const ScheduledItem &candidate) const
{
    return check(candidate, Pairs | WindowsAndFreezes);
}

QList<Conflict> ConflictDetector::check(const ScheduledItem &candidate, int rules) const
{
    const ConflictIndex &x = *m_index;
    const CalendarData &data = m_data;
    QList<Conflict> result;
    if (!candidate.span.isValid())
        return result;
    const qint64 start = candidate.span.start.toMSecsSinceEpoch();
    const qint64 end = candidate.span.end.toMSecsSinceEpoch();
    const auto others = [&](const std::vector<int> &list, auto &&visit) {
        for (const int o : list) {
            const Span &so = x.items[std::size_t(o)];
            if (so.start >= end)
                break;
            if (so.end <= start || data.items.at(o).changeId == candidate.changeId)
                continue;
            visit(o, Span {std::max(start, so.start), std::min(end, so.end)});
        }
    };
    const auto make = [&](Conflict::Kind kind, Conflict::Severity severity, int other, const Span &span) {
        return pairConflict(kind, severity, data, -1, other, candidate, span.start, span.end);
    };

    // Same CI.
    QHash<int, qsizetype> same;
    for (const qint64 ci : (rules & Pairs) ? candidate.ciIds : QList<qint64>()) {
        const auto list = x.byCi.constFind(ci);
        if (list == x.byCi.cend())
            continue;
        others(*list, [&](int o, const Span &overlap) {
            if (const auto found = same.constFind(o); found != same.cend()) {
                result[*found].ciIds << ci;
                return;
            }
            Conflict c = make(Conflict::Kind::SameCi, Conflict::Severity::Blocking, o, overlap);
            c.ciIds << ci;
            same.insert(o, result.size());
            result << c;
        });
    }

    // Linked CIs, in both directions.
    QSet<int> linked;
    for (const qint64 ci : (rules & Pairs) ? candidate.ciIds : QList<qint64>()) {
        for (const bool down : {true, false}) {
            const std::vector<qint64> &reached
                = down ? x.reach->dependents(ci, m_linkDepth) : x.reach->dependencies(ci, m_linkDepth);
            for (const qint64 other : reached) {
                const auto list = x.byCi.constFind(other);
                if (list == x.byCi.cend())
                    continue;
                others(*list, [&](int o, const Span &overlap) {
                    if (same.contains(o) || linked.contains(o))
                        return;
                    linked.insert(o);
                    Conflict c = make(Conflict::Kind::LinkedCi, Conflict::Severity::Warning, o, overlap);
                    c.ciIds = {ci, other};
                    c.itemDepends = !down;
                    result << c;
                });
            }
        }
    }

    // Implementers.
    for (const qint64 person : (rules & Pairs) ? candidate.implementerIds : QList<qint64>()) {
        const auto list = x.byPerson.constFind(person);
        if (list == x.byPerson.cend())
            continue;
        others(*list, [&](int o, const Span &overlap) {
            Conflict c = make(Conflict::Kind::ImplementerBooked, Conflict::Severity::Warning, o, overlap);
            c.personId = person;
            result << c;
        });
    }

    if (!(rules & WindowsAndFreezes))
        return result;

    // Maintenance windows and the restart order.
    QList<qint64> outside;
    for (const qint64 ci : candidate.ciIds) {
        bool hasWindows = false;
        const std::optional<Span> window = windowFor(x, data, ci, start, end, hasWindows);
        if (!hasWindows)
            continue;
        if (!window) {
            outside << ci;
            continue;
        }
        const auto list = x.byCi.constFind(ci);
        if (list == x.byCi.cend())
            continue;
        for (const int o : *list) {
            const Span &so = x.items[std::size_t(o)];
            if (so.start >= window->end)
                break;
            const ScheduledItem &other = data.items.at(o);
            if (so.start < window->start || so.end > window->end || other.changeId == candidate.changeId
                || other.needsRestart == candidate.needsRestart)
                continue;
            // Exactly one of the two needs a restart: it must not start first.
            const bool otherRestarts = other.needsRestart;
            if ((otherRestarts && so.start < start) || (!otherRestarts && start < so.start)) {
                Conflict c = make(Conflict::Kind::RestartOrder, Conflict::Severity::Warning, o, *window);
                c.ciIds << ci;
                c.otherRestarts = otherRestarts;
                result << c;
            }
        }
    }
    if (!outside.isEmpty()) {
        Conflict c = make(Conflict::Kind::OutsideWindow, Conflict::Severity::Warning, -1, Span {start, end});
        c.ciIds = outside;
        result << c;
    }

    // Freeze periods.
    for (int f = 0; f < data.freezes.size(); ++f) {
        const Span &freeze = x.freezes[std::size_t(f)];
        if (freeze.start >= end || freeze.end <= start)
            continue;
        QList<qint64> frozen;
        if (data.freezes.at(f).groupId) {
            for (const qint64 ci : candidate.ciIds) {
                if (x.freezeMembers[std::size_t(f)].contains(ci))
                    frozen << ci;
            }
            if (frozen.isEmpty())
                continue;
        }
        Conflict c = make(Conflict::Kind::InFreeze,
                          candidate.type == u"emergency" ? Conflict::Severity::Warning
                                                         : Conflict::Severity::Blocking,
                          -1, Span {std::max(start, freeze.start), std::min(end, freeze.end)});
        c.ciIds = frozen;
        c.freezeId = data.freezes.at(f).id;
        result << c;
    }
    return result;
}

std::optional<TimeSpan> ConflictDetector::nextFreeSlot(const SlotRequest &request) const
{
    if (!request.earliest.isValid() || request.durationSeconds <= 0)
        return std::nullopt;
    const qint64 quarter = 15 * 60 * 1000;
    const qint64 duration = request.durationSeconds * 1000;
    qint64 t = request.earliest.toMSecsSinceEpoch();
    t = (t + quarter - 1) / quarter * quarter;
    const qint64 limit = t + qint64(request.horizonDays) * kDayMs;

    ScheduledItem candidate;
    candidate.changeId = request.changeId;
    candidate.ciIds = request.ciIds;
    candidate.implementerIds = request.implementerIds;
    candidate.needsRestart = request.needsRestart;
    for (int round = 0; round < 20000 && t < limit; ++round) {
        candidate.span = toTimeSpan(t, t + duration);
        const QList<Conflict> conflicts = check(candidate);
        if (conflicts.isEmpty())
            return candidate.span;
        // Every conflict gives a time before which it stays; the next try is the latest of them.
        qint64 next = t + 60 * 1000;
        for (const Conflict &c : conflicts) {
            switch (c.kind) {
            case Conflict::Kind::SameCi:
            case Conflict::Kind::LinkedCi:
            case Conflict::Kind::ImplementerBooked:
                next = std::max(next, m_index->items[std::size_t(c.other)].end);
                break;
            case Conflict::Kind::InFreeze:
                for (const FreezePeriod &freeze : m_data.freezes) {
                    if (freeze.id == c.freezeId)
                        next = std::max(next, freeze.end.toMSecsSinceEpoch());
                }
                break;
            case Conflict::Kind::RestartOrder:
                next = std::max(next,
                                c.otherRestarts ? c.span.end.toMSecsSinceEpoch()
                                                : m_index->items[std::size_t(c.other)].end);
                break;
            case Conflict::Kind::OutsideWindow:
                for (const qint64 ci : c.ciIds) {
                    // The earliest start from t on where one of the CI's windows has room.
                    std::optional<qint64> earliest;
                    for (const int w : m_index->windowsOf(ci)) {
                        QDateTime from = QDateTime::fromMSecsSinceEpoch(t, QTimeZone::UTC);
                        for (int step = 0; step < 1000; ++step) {
                            const auto occurrence = WindowRules::occurrenceAtOrAfter(
                                m_data.windows.at(w), from, request.horizonDays);
                            if (!occurrence || occurrence->start.toMSecsSinceEpoch() > limit)
                                break;
                            const qint64 begin = std::max(t, occurrence->start.toMSecsSinceEpoch());
                            if (occurrence->end.toMSecsSinceEpoch() - begin >= duration) {
                                if (!earliest || begin < *earliest)
                                    earliest = begin;
                                break;
                            }
                            from = occurrence->end;
                        }
                    }
                    if (!earliest)
                        return std::nullopt; // no window of this CI is ever long enough
                    next = std::max(next, *earliest);
                }
                break;
            }
        }
        t = next;
    }
    return std::nullopt;
}

// ---- text -------------------------------------------------------------------------------------------

QString Conflict::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::SameCi:
        return u"same_ci"_s;
    case Kind::LinkedCi:
        return u"linked_ci"_s;
    case Kind::OutsideWindow:
        return u"outside_window"_s;
    case Kind::InFreeze:
        return u"in_freeze"_s;
    case Kind::ImplementerBooked:
        return u"implementer_booked"_s;
    case Kind::RestartOrder:
        return u"restart_order"_s;
    }
    return {};
}

QString Conflict::kindName(Kind kind)
{
    switch (kind) {
    case Kind::SameCi:
        return ConflictDetector::tr("Same configuration item");
    case Kind::LinkedCi:
        return ConflictDetector::tr("Dependent configuration items");
    case Kind::OutsideWindow:
        return ConflictDetector::tr("Outside the maintenance windows");
    case Kind::InFreeze:
        return ConflictDetector::tr("In a freeze period");
    case Kind::ImplementerBooked:
        return ConflictDetector::tr("Implementer booked twice");
    case Kind::RestartOrder:
        return ConflictDetector::tr("Restart not last");
    }
    return {};
}

QString Conflict::severityKey(Severity severity)
{
    return severity == Severity::Blocking ? u"blocking"_s : u"warning"_s;
}

QString Conflict::severityName(Severity severity)
{
    return severity == Severity::Blocking ? ConflictDetector::tr("Blocking")
                                          : ConflictDetector::tr("Warning");
}

QString ConflictDetector::reason(const Conflict &c) const
{
    const auto ciName = [&](qint64 id) {
        const QString name = m_data.ciNames.value(id);
        return name.isEmpty() ? u"#%1"_s.arg(id) : name;
    };
    const auto ciList = [&](const QList<qint64> &ids) {
        QStringList names;
        for (qsizetype i = 0; i < ids.size() && i < 5; ++i)
            names << ciName(ids.at(i));
        QString text = QLocale().createSeparatedList(names);
        if (ids.size() > 5)
            text += u' ' + tr("and %n more", nullptr, int(ids.size() - 5));
        return text;
    };
    const auto changeLabel = [&](int index) {
        if (index < 0)
            return QString();
        const ScheduledItem &item = m_data.items.at(index);
        return tr("#%1 '%2'").arg(item.changeId).arg(item.title);
    };
    const QString other = changeLabel(c.other);
    const QString when = tr("%1 to %2").arg(timeText(c.span.start), timeText(c.span.end));
    switch (c.kind) {
    case Conflict::Kind::SameCi:
        return tr("Overlaps with %1 on %2 (%3).").arg(other, ciList(c.ciIds), when);
    case Conflict::Kind::LinkedCi: {
        const QString mine = ciName(c.ciIds.value(0));
        const QString theirs = ciName(c.ciIds.value(1));
        return c.itemDepends ? tr("Overlaps with %1 (%2): %3 depends on %4.").arg(other, when, mine, theirs)
                             : tr("Overlaps with %1 (%2): %4 depends on %3.").arg(other, when, mine, theirs);
    }
    case Conflict::Kind::OutsideWindow:
        return tr("Outside the maintenance windows of %1.").arg(ciList(c.ciIds));
    case Conflict::Kind::InFreeze: {
        QString name;
        for (const FreezePeriod &freeze : m_data.freezes) {
            if (freeze.id == c.freezeId)
                name = freeze.name;
        }
        if (c.ciIds.isEmpty())
            return tr("In freeze period '%1' (%2) for all configuration items.").arg(name, when);
        return tr("In freeze period '%1' (%2) for %3.").arg(name, when, ciList(c.ciIds));
    }
    case Conflict::Kind::ImplementerBooked: {
        QString person = m_data.personNames.value(c.personId);
        if (person.isEmpty())
            person = u"#%1"_s.arg(c.personId);
        return tr("%1 also implements %2 at that time (%3).").arg(person, other, when);
    }
    case Conflict::Kind::RestartOrder:
        return c.otherRestarts
            ? tr("%1 needs a restart and starts earlier in the same maintenance window on %2; changes "
                 "needing a restart go last.")
                  .arg(other, ciList(c.ciIds))
            : tr("Needs a restart but starts before %1 in the same maintenance window on %2; changes "
                 "needing a restart go last.")
                  .arg(other, ciList(c.ciIds));
    }
    return {};
}

QJsonObject ConflictDetector::toJson(const Conflict &c) const
{
    QJsonObject json {
        {u"kind"_s, Conflict::kindKey(c.kind)},
        {u"severity"_s, Conflict::severityKey(c.severity)},
        {u"change"_s, c.changeId},
        {u"from"_s, c.span.start.toString(Qt::ISODate)},
        {u"to"_s, c.span.end.toString(Qt::ISODate)},
        {u"reason"_s, reason(c)},
    };
    if (c.wave >= 0)
        json.insert(u"wave"_s, c.wave + 1);
    if (c.other >= 0) {
        json.insert(u"other_change"_s, c.otherChangeId);
        if (c.otherWave >= 0)
            json.insert(u"other_wave"_s, c.otherWave + 1);
    }
    if (!c.ciIds.isEmpty()) {
        QJsonArray cis;
        for (const qint64 id : c.ciIds) {
            const QString name = m_data.ciNames.value(id);
            cis.append(name.isEmpty() ? QJsonValue(id) : QJsonValue(name));
        }
        json.insert(u"cis"_s, cis);
    }
    if (c.personId)
        json.insert(u"person"_s, m_data.personNames.value(c.personId, QString::number(c.personId)));
    if (c.freezeId) {
        for (const FreezePeriod &freeze : m_data.freezes) {
            if (freeze.id == c.freezeId)
                json.insert(u"freeze"_s, freeze.name);
        }
    }
    return json;
}

} // namespace ChangeDesk
