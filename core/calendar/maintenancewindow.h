#pragma once

// Maintenance windows and freeze periods of the change calendar (M5 planning, M7).
//
// A maintenance window recurs in the wall-clock time of its time zone: "every Tuesday 22:00 to
// 02:00, Europe/Berlin" starts at 22:00 local time in winter and in summer alike, so its UTC time
// moves with daylight saving. On the day the clocks go forward a time that does not exist (02:30
// in the gap) stands for the moment the clocks jump (03:00); on the day they go back a time that
// exists twice stands for its first occurrence. A window ends on the end time of the day it
// starts, or of the next day when the end time is not after the start time; so a window across
// the night of a change lasts an hour more or less than usual.

#include "common/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace ChangeDesk {

// How a maintenance window repeats.
struct Recurrence {
    enum class Frequency { Daily, Weekly, Monthly };
    Frequency frequency = Frequency::Weekly;
    int interval = 1; // every `interval` days, weeks or months (1..52)
    // Weekly: the days of the week (1 Monday .. 7 Sunday); empty: the weekday of the first date.
    // Monthly with weekOfMonth: its first entry is the weekday.
    QList<int> weekdays;
    int monthDay = 0; // Monthly: 1..31, or -1 for the last day; a month without that day is skipped
    int weekOfMonth = 0; // Monthly when monthDay is 0: 1..5 (the nth weekday), -1 the last one

    friend bool operator==(const Recurrence &, const Recurrence &) = default;
};

// A period of real time, [start, end) in UTC.
struct TimeSpan {
    QDateTime start;
    QDateTime end;

    bool isValid() const { return start.isValid() && end.isValid() && start < end; }
    bool overlaps(const TimeSpan &other) const { return start < other.end && other.start < end; }
    bool contains(const TimeSpan &other) const { return start <= other.start && other.end <= end; }
    friend bool operator==(const TimeSpan &, const TimeSpan &) = default;
};

// When changes to some CIs may be made. A window belongs to one CI, to one CI group, or, with
// neither, to every CI. A CI with windows must be changed inside one of them (any of its own,
// its groups' or the global ones); a CI without any window has no such rule.
struct MaintenanceWindow {
    qint64 id = 0;
    QString name;
    QString description;
    std::optional<qint64> ciId;
    std::optional<qint64> groupId;
    QString timeZone = QStringLiteral("Europe/Berlin"); // IANA id
    QDate firstDate; // local date of the first occurrence (or of the rule's start)
    QDate lastDate; // invalid: no end
    QTime startTime; // local wall-clock time
    QTime endTime; // not after startTime: the next day
    Recurrence recurrence;
    int rowVersion = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isGlobal() const { return !ciId && !groupId; }
};

// A period in which changes are frozen (elections, year-end closing): for every CI, or for the
// CIs of one group. Emergency changes may still be made, with a warning.
struct FreezePeriod {
    qint64 id = 0;
    QString name;
    QString reason;
    std::optional<qint64> groupId; // none: every CI
    QDateTime start; // UTC
    QDateTime end; // UTC, after start
    int rowVersion = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    TimeSpan span() const { return {start, end}; }
};

class WindowRules
{
    Q_DECLARE_TR_FUNCTIONS(WindowRules)

public:
    // InvalidInput naming the window and what is wrong: name, time zone, dates, times, rule.
    static Status validate(const MaintenanceWindow &window);
    static Status validate(const FreezePeriod &freeze);

    // Whether an occurrence of the window starts on local date `date`.
    static bool startsOn(const MaintenanceWindow &window, const QDate &date);
    // The occurrence that starts on local date `date` (startsOn() must hold).
    static TimeSpan occurrenceOn(const MaintenanceWindow &window, const QDate &date);
    // Every occurrence that overlaps [from, to), in order.
    static QList<TimeSpan> occurrences(const MaintenanceWindow &window, const QDateTime &from,
                                       const QDateTime &to);
    // The occurrence that contains `when`, or else the first one that starts after it; none
    // when the rule has ended or nothing starts within `horizonDays` days.
    static std::optional<TimeSpan> occurrenceAtOrAfter(const MaintenanceWindow &window, const QDateTime &when,
                                                       int horizonDays = 800);
    // The occurrence that contains all of `span`, if there is one.
    static std::optional<TimeSpan> occurrenceContaining(const MaintenanceWindow &window,
                                                        const TimeSpan &span);

    // A local wall-clock time as UTC, with the rules for gaps and folds described above.
    static QDateTime localToUtc(const QDate &date, const QTime &time, const QTimeZone &zone);

    // "Every week on Tuesday, 22:00–02:00 (Europe/Berlin)", in the user's language.
    static QString describe(const MaintenanceWindow &window);

    // Keys for storage and the command line: daily, weekly, monthly.
    static QString frequencyKey(Recurrence::Frequency frequency);
    static std::optional<Recurrence::Frequency> frequencyFromKey(const QString &key);
    // Weekdays as "mo,tu,we" and back; InvalidInput naming the unknown day.
    static QString weekdaysText(const QList<int> &weekdays);
    static Result<QList<int>> parseWeekdays(const QString &text);
};

} // namespace ChangeDesk
