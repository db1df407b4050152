#pragma once

// Conflict detection on the change calendar (M5 "conflicts with other changes", M7, M14), and
// the next free slot that keeps every rule.
//
// The rules, each found for every scheduled item:
// - same CI: two changes overlap in time on a CI they share (blocking);
// - linked CIs: two changes overlap in time on CIs of which one depends on the other through the
//   CMDB's relations, transitively (warning);
// - outside the maintenance windows: a CI that has windows is changed outside all of them
//   (warning);
// - in a freeze period: the change overlaps a freeze of all CIs or of a group of its CIs
//   (blocking; a warning for emergency changes, which a freeze does not stop);
// - implementer booked twice: a person implements two changes at the same time (warning);
// - restart order: a change needing a restart starts before another change on the same CI in
//   the same maintenance window; changes needing a restart go last (M14, warning).
//
// Speed: the items are indexed by CI and by person, sorted by start; overlaps are found by a
// sweep over each index (cost linear in the items plus the overlaps found), linked CIs by one walk
// over the dependency graph from each scheduled CI, and window occurrences are expanded once per
// window over the calendar's span.

#include "calendar/maintenancewindow.h"
#include "cmdb/impact.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace ChangeDesk {

struct ConflictIndex;

// One bar on the calendar: a change, or one rollout wave of it when its waves are planned.
struct ScheduledItem {
    qint64 changeId = 0;
    int wave = -1; // the wave's position in the change, -1 for the change itself
    QString title; // the change's title (and the wave's name after a dash)
    QString state;
    QString priority;
    QString type; // standard, normal, emergency, service_request
    TimeSpan span;
    int downtimeMinutes = -1; // expected downtime; -1 when not given
    bool needsRestart = false;
    QList<qint64> ciIds; // affected CIs, group members resolved; sorted, no repeats
    QList<qint64> groupIds; // the groups they came from, for display
    QList<qint64> implementerIds;
};

// What conflict detection looks at. The names are for the reasons only.
struct CalendarData {
    QList<ScheduledItem> items;
    QList<MaintenanceWindow> windows;
    QList<FreezePeriod> freezes;
    QHash<qint64, QList<qint64>> groupMembers; // group id -> CI ids (windows, freezes, requests by group)
    DependencyGraph graph; // the CMDB's dependency relations
    QHash<qint64, QString> ciNames;
    QHash<qint64, QString> personNames;
    QHash<qint64, QString> groupNames;
    QSet<qint64> serviceIds; // CIs of the classes service and application (the timeline's rows)
};

struct Conflict {
    enum class Kind { SameCi, LinkedCi, OutsideWindow, InFreeze, ImplementerBooked, RestartOrder };
    enum class Severity { Warning = 1, Blocking = 2 };

    Kind kind = Kind::SameCi;
    Severity severity = Severity::Warning;
    int item = -1; // index into CalendarData::items, or -1 for a candidate being checked
    int other = -1; // the other item of a pair; -1 when there is none
    qint64 changeId = 0;
    int wave = -1;
    qint64 otherChangeId = 0;
    int otherWave = -1;
    // SameCi: the shared CIs; LinkedCi: the item's CI, then the other's CI; OutsideWindow: the CIs
    // without a fitting window; InFreeze: the item's CIs in the frozen group (empty for a freeze
    // of all CIs); RestartOrder: the shared CI.
    QList<qint64> ciIds;
    bool itemDepends = false; // LinkedCi: the item's CI depends on the other's (else the reverse)
    bool otherRestarts = false; // RestartOrder: the other needs the restart (else the item does)
    qint64 personId = 0; // ImplementerBooked
    qint64 freezeId = 0; // InFreeze
    TimeSpan span; // the overlap; the frozen part; the item (OutsideWindow); the window (RestartOrder)

    static QString kindKey(Kind kind); // same_ci, linked_ci, outside_window, in_freeze, ...
    static QString kindName(Kind kind); // in the user's language
    static QString severityKey(Severity severity); // warning, blocking
    static QString severityName(Severity severity);
};

// What the next free slot is sought for.
struct SlotRequest {
    qint64 changeId = 0; // its own items are not in its way; 0 for a change not yet saved
    qint64 durationSeconds = 3600;
    QList<qint64> ciIds;
    QList<qint64> implementerIds;
    bool needsRestart = false;
    QDateTime earliest; // UTC; rounded up to the next quarter hour
    int horizonDays = 366;
};

class ConflictDetector
{
    Q_DECLARE_TR_FUNCTIONS(ConflictDetector)

public:
    // It keeps a reference to `data`; linkDepth limits how far linked CIs reach (< 0: no limit).
    explicit ConflictDetector(const CalendarData &data, int linkDepth = -1);
    ConflictDetector(CalendarData &&, int = -1) = delete;
    ~ConflictDetector();

    // Every conflict of the calendar, ordered by the item's start, then kind. A pair is reported
    // once, from its item with the lower index.
    QList<Conflict> all() const;
    // The conflicts that `candidate` would have with the calendar's items and rules; items of the
    // same change are not compared with it. For the RfC form and for rescheduling by dragging.
    QList<Conflict> check(const ScheduledItem &candidate) const;
    // The earliest time from request.earliest on where a change of that length on those CIs has
    // no conflict at all; none when there is no such time within the horizon.
    std::optional<TimeSpan> nextFreeSlot(const SlotRequest &request) const;

    // Why: a sentence naming the other change, the CIs, the person, the freeze or the window
    // (from the view of the item, or of the candidate a check() was made for).
    QString reason(const Conflict &conflict) const;
    QJsonObject toJson(const Conflict &conflict) const;

private:
    enum Rules { Pairs = 1, WindowsAndFreezes = 2 };
    QList<Conflict> check(const ScheduledItem &candidate, int rules) const;

    std::unique_ptr<ConflictIndex> m_index;
    const CalendarData &m_data;
    int m_linkDepth;
};

} // namespace ChangeDesk
