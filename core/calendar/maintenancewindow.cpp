#include "maintenancewindow.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {

const QStringList kWeekdayKeys {u"mo"_s, u"tu"_s, u"we"_s, u"th"_s, u"fr"_s, u"sa"_s, u"su"_s};

QDate mondayOf(const QDate &date)
{
    return date.addDays(1 - date.dayOfWeek());
}

int monthsBetween(const QDate &from, const QDate &to)
{
    return (to.year() - from.year()) * 12 + to.month() - from.month();
}

QString windowLabel(const MaintenanceWindow &window)
{
    return window.name.trimmed().isEmpty() ? WindowRules::tr("The maintenance window")
                                           : WindowRules::tr("Maintenance window '%1'").arg(window.name);
}

} // namespace

// ---- validation -----------------------------------------------------------------------------------

Status WindowRules::validate(const MaintenanceWindow &window)
{
    const QString what = windowLabel(window);
    if (window.name.trimmed().isEmpty())
        return fail(ErrorKind::InvalidInput, tr("A maintenance window needs a name."));
    if (window.ciId && window.groupId)
        return fail(ErrorKind::InvalidInput, tr("%1 belongs to a CI or to a group, not to both.").arg(what));
    if (!QTimeZone(window.timeZone.toUtf8()).isValid())
        return fail(ErrorKind::InvalidInput,
                    tr("%1: '%2' is not a time zone (use an IANA name such as Europe/Berlin).")
                        .arg(what, window.timeZone));
    if (!window.firstDate.isValid())
        return fail(ErrorKind::InvalidInput, tr("%1 needs the date of its first occurrence.").arg(what));
    if (window.lastDate.isValid() && window.lastDate < window.firstDate)
        return fail(
            ErrorKind::InvalidInput,
            tr("%1 ends (%2) before it begins (%3).")
                .arg(what, window.lastDate.toString(Qt::ISODate), window.firstDate.toString(Qt::ISODate)));
    if (!window.startTime.isValid() || !window.endTime.isValid())
        return fail(ErrorKind::InvalidInput, tr("%1 needs a start and an end time.").arg(what));
    const Recurrence &rule = window.recurrence;
    if (rule.interval < 1 || rule.interval > 52)
        return fail(ErrorKind::InvalidInput,
                    tr("%1: the interval must be from 1 to 52, not %2.").arg(what).arg(rule.interval));
    QList<int> seen;
    for (const int day : rule.weekdays) {
        if (day < 1 || day > 7 || seen.contains(day))
            return fail(
                ErrorKind::InvalidInput,
                tr("%1: %2 is not a day of the week (1 Monday to 7 Sunday, each once).").arg(what).arg(day));
        seen << day;
    }
    if (rule.frequency == Recurrence::Frequency::Monthly) {
        const bool byDay = rule.monthDay != 0;
        const bool byWeek = rule.weekOfMonth != 0;
        if (byDay == byWeek)
            return fail(ErrorKind::InvalidInput,
                        tr("%1 repeats monthly: give either a day of the month or a week of the month with a "
                           "weekday.")
                            .arg(what));
        if (byDay && (rule.monthDay < -1 || rule.monthDay > 31))
            return fail(ErrorKind::InvalidInput,
                        tr("%1: the day of the month must be from 1 to 31, or -1 for the last day, not %2.")
                            .arg(what)
                            .arg(rule.monthDay));
        if (byWeek && (rule.weekOfMonth < -1 || rule.weekOfMonth > 5))
            return fail(ErrorKind::InvalidInput,
                        tr("%1: the week of the month must be from 1 to 5, or -1 for the last, not %2.")
                            .arg(what)
                            .arg(rule.weekOfMonth));
        if (byWeek && rule.weekdays.size() != 1)
            return fail(ErrorKind::InvalidInput,
                        tr("%1: a monthly window by week of the month needs exactly one weekday.").arg(what));
        if (byDay && !rule.weekdays.isEmpty())
            return fail(ErrorKind::InvalidInput,
                        tr("%1: a monthly window on a day of the month has no weekdays.").arg(what));
    } else if (rule.monthDay != 0 || rule.weekOfMonth != 0) {
        return fail(ErrorKind::InvalidInput,
                    tr("%1: a day or week of the month belongs to monthly windows only.").arg(what));
    } else if (rule.frequency == Recurrence::Frequency::Daily && !rule.weekdays.isEmpty()) {
        return fail(ErrorKind::InvalidInput,
                    tr("%1: a daily window has no weekdays; make it weekly to choose days.").arg(what));
    }
    return {};
}

Status WindowRules::validate(const FreezePeriod &freeze)
{
    if (freeze.name.trimmed().isEmpty())
        return fail(ErrorKind::InvalidInput, tr("A freeze period needs a name."));
    if (!freeze.start.isValid() || !freeze.end.isValid())
        return fail(ErrorKind::InvalidInput,
                    tr("Freeze period '%1' needs a start and an end.").arg(freeze.name));
    if (freeze.end <= freeze.start)
        return fail(ErrorKind::InvalidInput,
                    tr("Freeze period '%1' must end after it starts.").arg(freeze.name));
    return {};
}

// ---- occurrences -----------------------------------------------------------------------------------

bool WindowRules::startsOn(const MaintenanceWindow &window, const QDate &date)
{
    if (!date.isValid() || !window.firstDate.isValid() || date < window.firstDate)
        return false;
    if (window.lastDate.isValid() && date > window.lastDate)
        return false;
    const Recurrence &rule = window.recurrence;
    const int interval = std::max(1, rule.interval);
    switch (rule.frequency) {
    case Recurrence::Frequency::Daily:
        return window.firstDate.daysTo(date) % interval == 0;
    case Recurrence::Frequency::Weekly: {
        const bool day = rule.weekdays.isEmpty() ? date.dayOfWeek() == window.firstDate.dayOfWeek()
                                                 : rule.weekdays.contains(date.dayOfWeek());
        return day && (mondayOf(window.firstDate).daysTo(mondayOf(date)) / 7) % interval == 0;
    }
    case Recurrence::Frequency::Monthly: {
        if (monthsBetween(window.firstDate, date) % interval != 0)
            return false;
        if (rule.monthDay > 0)
            return date.day() == rule.monthDay;
        if (rule.monthDay == -1)
            return date.day() == date.daysInMonth();
        if (rule.weekdays.isEmpty() || date.dayOfWeek() != rule.weekdays.first())
            return false;
        if (rule.weekOfMonth == -1)
            return date.day() + 7 > date.daysInMonth();
        return (date.day() - 1) / 7 + 1 == rule.weekOfMonth;
    }
    }
    return false;
}

QDateTime WindowRules::localToUtc(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    const QDateTime local(date, time, zone, QDateTime::TransitionResolution::RelativeToBefore);
    if (!local.isValid())
        return {};
    if (local.time() != time || local.date() != date) {
        // In the gap of a change to daylight saving time: the moment the clocks jumped.
        const QTimeZone::OffsetData jump = zone.previousTransition(local);
        if (jump.atUtc.isValid())
            return jump.atUtc.toUTC();
    }
    return local.toUTC();
}

TimeSpan WindowRules::occurrenceOn(const MaintenanceWindow &window, const QDate &date)
{
    const QTimeZone zone(window.timeZone.toUtf8());
    const QDate endDate = window.endTime > window.startTime ? date : date.addDays(1);
    return {localToUtc(date, window.startTime, zone), localToUtc(endDate, window.endTime, zone)};
}

QList<TimeSpan> WindowRules::occurrences(const MaintenanceWindow &window, const QDateTime &from,
                                         const QDateTime &to)
{
    QList<TimeSpan> spans;
    const QTimeZone zone(window.timeZone.toUtf8());
    if (!zone.isValid() || !from.isValid() || !to.isValid() || from >= to)
        return spans;
    QDate day = std::max(from.toTimeZone(zone).date().addDays(-1), window.firstDate);
    QDate last = to.toTimeZone(zone).date();
    if (window.lastDate.isValid())
        last = std::min(last, window.lastDate);
    const TimeSpan range {from, to};
    for (; day <= last; day = day.addDays(1)) {
        if (!startsOn(window, day))
            continue;
        const TimeSpan span = occurrenceOn(window, day);
        if (span.isValid() && span.overlaps(range))
            spans << span;
    }
    return spans;
}

std::optional<TimeSpan> WindowRules::occurrenceAtOrAfter(const MaintenanceWindow &window,
                                                         const QDateTime &when, int horizonDays)
{
    const QTimeZone zone(window.timeZone.toUtf8());
    if (!zone.isValid() || !when.isValid())
        return std::nullopt;
    QDate day = std::max(when.toTimeZone(zone).date().addDays(-1), window.firstDate);
    QDate last = when.toTimeZone(zone).date().addDays(horizonDays);
    if (window.lastDate.isValid())
        last = std::min(last, window.lastDate);
    for (; day <= last; day = day.addDays(1)) {
        if (!startsOn(window, day))
            continue;
        const TimeSpan span = occurrenceOn(window, day);
        if (span.isValid() && span.end > when)
            return span;
    }
    return std::nullopt;
}

std::optional<TimeSpan> WindowRules::occurrenceContaining(const MaintenanceWindow &window,
                                                          const TimeSpan &span)
{
    const QTimeZone zone(window.timeZone.toUtf8());
    if (!zone.isValid() || !span.isValid())
        return std::nullopt;
    const QDate day = span.start.toTimeZone(zone).date();
    for (const QDate &candidate : {day, day.addDays(-1)}) {
        if (!startsOn(window, candidate))
            continue;
        const TimeSpan occurrence = occurrenceOn(window, candidate);
        if (occurrence.isValid() && occurrence.contains(span))
            return occurrence;
    }
    return std::nullopt;
}

// ---- text --------------------------------------------------------------------------------------------

QString WindowRules::frequencyKey(Recurrence::Frequency frequency)
{
    switch (frequency) {
    case Recurrence::Frequency::Daily:
        return u"daily"_s;
    case Recurrence::Frequency::Weekly:
        return u"weekly"_s;
    case Recurrence::Frequency::Monthly:
        return u"monthly"_s;
    }
    return {};
}

std::optional<Recurrence::Frequency> WindowRules::frequencyFromKey(const QString &key)
{
    for (const auto frequency :
         {Recurrence::Frequency::Daily, Recurrence::Frequency::Weekly, Recurrence::Frequency::Monthly}) {
        if (frequencyKey(frequency) == key)
            return frequency;
    }
    return std::nullopt;
}

QString WindowRules::weekdaysText(const QList<int> &weekdays)
{
    QStringList keys;
    for (const int day : weekdays) {
        if (day >= 1 && day <= 7)
            keys << kWeekdayKeys.at(day - 1);
    }
    return keys.join(u',');
}

Result<QList<int>> WindowRules::parseWeekdays(const QString &text)
{
    QList<int> days;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString key = part.trimmed().toLower().left(2);
        const auto index = kWeekdayKeys.indexOf(key);
        if (index < 0 || part.trimmed().size() < 2)
            return fail(
                ErrorKind::InvalidInput,
                tr("'%1' is not a day of the week (use mo, tu, we, th, fr, sa, su).").arg(part.trimmed()));
        if (!days.contains(int(index) + 1))
            days << int(index) + 1;
    }
    return days;
}

QString WindowRules::describe(const MaintenanceWindow &window)
{
    const QLocale locale;
    const Recurrence &rule = window.recurrence;
    const auto dayNames = [&](const QList<int> &days) {
        QStringList names;
        for (const int day : days)
            names << locale.dayName(day, QLocale::LongFormat);
        return locale.createSeparatedList(names);
    };
    QString when;
    switch (rule.frequency) {
    case Recurrence::Frequency::Daily:
        when = rule.interval == 1 ? tr("Every day") : tr("Every %n days", nullptr, rule.interval);
        break;
    case Recurrence::Frequency::Weekly: {
        const QString days
            = dayNames(rule.weekdays.isEmpty() ? QList<int> {window.firstDate.dayOfWeek()} : rule.weekdays);
        when = rule.interval == 1 ? tr("Every week on %1").arg(days)
                                  : tr("Every %n weeks on %1", nullptr, rule.interval).arg(days);
        break;
    }
    case Recurrence::Frequency::Monthly: {
        QString day;
        if (rule.monthDay == -1) {
            day = tr("on the last day");
        } else if (rule.monthDay > 0) {
            day = tr("on day %1").arg(rule.monthDay);
        } else {
            const QString weekday = rule.weekdays.isEmpty() ? QString() : dayNames({rule.weekdays.first()});
            switch (rule.weekOfMonth) {
            case 1:
                day = tr("on the first %1").arg(weekday);
                break;
            case 2:
                day = tr("on the second %1").arg(weekday);
                break;
            case 3:
                day = tr("on the third %1").arg(weekday);
                break;
            case 4:
                day = tr("on the fourth %1").arg(weekday);
                break;
            case 5:
                day = tr("on the fifth %1").arg(weekday);
                break;
            default:
                day = tr("on the last %1").arg(weekday);
                break;
            }
        }
        when = rule.interval == 1 ? tr("Every month %1").arg(day)
                                  : tr("Every %n months %1", nullptr, rule.interval).arg(day);
        break;
    }
    }
    QString text = tr("%1, %2–%3 (%4)")
                       .arg(when, locale.toString(window.startTime, QLocale::ShortFormat),
                            locale.toString(window.endTime, QLocale::ShortFormat), window.timeZone);
    if (window.lastDate.isValid())
        text += u' '
            + tr("from %1 to %2")
                  .arg(locale.toString(window.firstDate, QLocale::ShortFormat),
                       locale.toString(window.lastDate, QLocale::ShortFormat));
    else
        text += u' ' + tr("from %1").arg(locale.toString(window.firstDate, QLocale::ShortFormat));
    return text;
}

} // namespace ChangeDesk
