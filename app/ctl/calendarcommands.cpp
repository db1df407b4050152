#include "calendarcommands.h"
#include "ctlsupport.h"

#include "audit/auditlog.h"
#include "calendar/calendarrepository.h"
#include "calendar/downtimenotice.h"
#include "change/changeservice.h"
#include "change/workflowstore.h"
#include "cmdb/cirepository.h"
#include "cmdb/grouprepository.h"
#include "documents/icsexport.h"
#include "documents/noticeprint.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Ctl {

namespace {

// An ISO 8601 date and nothing else (QDate also reads the start of a date and time).
QDate dateOnly(const QString &text)
{
    return text.trimmed().size() == 10 ? QDate::fromString(text.trimmed(), Qt::ISODate) : QDate();
}

class CalendarCommands
{
    Q_DECLARE_TR_FUNCTIONS(CalendarCommands)

public:
    explicit CalendarCommands(CommandContext &context)
        : m_ctx(context)
    { }

    int run(const QStringList &args);

private:
    int conflicts(const QStringList &args);
    int nextSlot(const QStringList &args);
    int ics(const QStringList &args);
    int notice(const QStringList &args);
    int window(const QStringList &args);
    int freeze(const QStringList &args);

    std::optional<int> parse(QCommandLineParser &parser, const QString &command, const QStringList &args);
    Status open();
    Result<ChangeActor> actor(const QString &login) const;
    // A time from the command line: an ISO 8601 date (midnight UTC) or date and time (UTC unless
    // it names a zone); InvalidInput naming the option.
    static Result<QDateTime> when(const QString &option, const QString &text);
    static Result<qint64> requestId(const QString &text);
    Result<std::pair<QDateTime, QDateTime>> range(const QCommandLineParser &parser,
                                                  const QCommandLineOption &from,
                                                  const QCommandLineOption &to) const;
    // The notice of request `rfc` (when not empty), else of the forward schedule.
    Result<QList<DowntimeNotice>> notices(const QString &rfc, const QCommandLineParser &parser,
                                          const QCommandLineOption &from, const QCommandLineOption &to);
    // The id of the group called `name`; InvalidInput for --group when there is none.
    Result<qint64> groupNamed(const QString &name) const;
    // Removes the window or freeze with the id `id` (text) from `records` through `remove`.
    template<typename Record, typename Remove, typename Done>
    int removeById(const QString &id, const Result<QList<Record>> &records, Remove &&remove, Done &&done,
                   const QString &missing)
    {
        if (!records)
            return m_ctx.failed(records.error());
        for (const Record &record : *records) {
            if (QString::number(record.id) != id)
                continue;
            if (Status removed = remove(record); !removed)
                return m_ctx.failed(removed.error());
            return m_ctx.printResult({{u"removed"_s, record.id}}, done(record));
        }
        return m_ctx.failed(Error {ErrorKind::NotFound, missing});
    }

    CommandContext &m_ctx;
    std::shared_ptr<Database> m_db;
    std::optional<WorkflowDefinition> m_workflow;
};

std::optional<int> CalendarCommands::parse(QCommandLineParser &parser, const QString &command,
                                           const QStringList &args)
{
    return m_ctx.parseOptions(parser, command, args);
}

Status CalendarCommands::open()
{
    auto db = m_ctx.openCurrent();
    if (!db)
        return fail(db.error());
    m_db = *db;
    auto definition = WorkflowStore(*m_db).active();
    if (!definition)
        return fail(definition.error());
    m_workflow = *definition;
    return {};
}

Result<ChangeActor> CalendarCommands::actor(const QString &login) const
{
    return ChangeService(*m_db, *m_workflow).actor(login);
}

Result<QDateTime> CalendarCommands::when(const QString &option, const QString &text)
{
    const QDate date = dateOnly(text);
    if (date.isValid())
        return QDateTime(date, QTime(0, 0), QTimeZone::UTC);
    auto parsed = ChangeRecordFields::parseTime(option, text);
    if (!parsed || !parsed->isValid())
        return fail(
            ErrorKind::InvalidInput,
            tr("%1 '%2' is not a date (2026-12-01) or a date and time (2026-12-01T22:00, UTC unless a zone "
               "is given).")
                .arg(option, text));
    return *parsed;
}

Result<qint64> CalendarCommands::requestId(const QString &text)
{
    bool ok = false;
    const qint64 id = (text.startsWith(u'#') ? text.mid(1) : text).toLongLong(&ok);
    if (!ok || id <= 0)
        return fail(ErrorKind::InvalidInput, tr("'%1' is not the number of a request for change.").arg(text));
    return id;
}

Result<std::pair<QDateTime, QDateTime>> CalendarCommands::range(const QCommandLineParser &parser,
                                                                const QCommandLineOption &from,
                                                                const QCommandLineOption &to) const
{
    QDateTime start;
    QDateTime end;
    if (parser.isSet(from)) {
        auto parsed = when(u"--from"_s, parser.value(from));
        if (!parsed)
            return fail(parsed.error());
        start = *parsed;
    }
    if (parser.isSet(to)) {
        auto parsed = when(u"--to"_s, parser.value(to));
        if (!parsed)
            return fail(parsed.error());
        end = *parsed;
    }
    if (start.isValid() && end.isValid() && end <= start)
        return fail(ErrorKind::InvalidInput, tr("--to must be after --from."));
    return std::pair {start, end};
}

Result<qint64> CalendarCommands::groupNamed(const QString &name) const
{
    auto group = GroupRepository(*m_db).byName(name);
    if (!group)
        return fail(group.error());
    if (!*group)
        return fail(ErrorKind::InvalidInput, tr("--group: there is no group named '%1'").arg(name));
    return (*group)->id;
}

int CalendarCommands::run(const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == u"conflicts")
        return conflicts(rest);
    if (sub == u"next-slot")
        return nextSlot(rest);
    if (sub == u"ics")
        return ics(rest);
    if (sub == u"notice")
        return notice(rest);
    if (sub == u"window")
        return window(rest);
    if (sub == u"freeze")
        return freeze(rest);
    const QString subs = u"conflicts, next-slot, ics, notice, window, freeze"_s;
    if (sub.isEmpty())
        return m_ctx.usageError(tr("calendar needs a subcommand: %1").arg(subs));
    return m_ctx.usageError(tr("unknown calendar subcommand '%1': use %2").arg(sub, subs));
}

// ---- conflicts and slots ------------------------------------------------------------------------

int CalendarCommands::conflicts(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption fromOption(u"from"_s, {}, u"DATE"_s);
    const QCommandLineOption toOption(u"to"_s, {}, u"DATE"_s);
    const QCommandLineOption rfcOption(u"rfc"_s, {}, u"ID"_s);
    parser.addOptions({fromOption, toOption, rfcOption});
    if (auto bad = parse(parser, u"calendar conflicts"_s, args))
        return *bad;
    if (!parser.positionalArguments().isEmpty())
        return m_ctx.usageError(tr("calendar conflicts takes no arguments besides its options"));
    auto bounds = range(parser, fromOption, toOption);
    if (!bounds)
        return m_ctx.failed(bounds.error());
    std::optional<qint64> only;
    if (parser.isSet(rfcOption)) {
        auto id = requestId(parser.value(rfcOption));
        if (!id)
            return m_ctx.failed(id.error());
        only = *id;
    }
    if (auto opened = open(); !opened)
        return m_ctx.failed(opened.error());
    // Everything that could overlap the range is loaded, so that conflicts across its edges show.
    auto data = CalendarRepository(*m_db).load(bounds->first, bounds->second, *m_workflow);
    if (!data)
        return m_ctx.failed(data.error());
    const ConflictDetector detector(*data);
    QJsonArray list;
    QStringList lines;
    int blocking = 0;
    for (const Conflict &c : detector.all()) {
        if (only && c.changeId != *only && c.otherChangeId != *only)
            continue;
        list.append(detector.toJson(c));
        if (c.severity == Conflict::Severity::Blocking)
            ++blocking;
        const ScheduledItem &item = data->items.at(c.item);
        lines << u"#%1 %2 [%3] %4: %5"_s.arg(c.changeId)
                     .arg(item.title, Conflict::severityName(c.severity), Conflict::kindName(c.kind),
                          detector.reason(c));
    }
    QString text = lines.isEmpty()
        ? tr("No conflicts among %n scheduled item(s).", nullptr, int(data->items.size()))
        : lines.join(u'\n') + u'\n'
            + tr("%n conflict(s), %1 blocking.", nullptr, int(lines.size())).arg(blocking);
    return m_ctx.printResult(
        {{u"items"_s, data->items.size()}, {u"blocking"_s, blocking}, {u"conflicts"_s, list}}, text);
}

int CalendarCommands::nextSlot(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption afterOption(u"after"_s, {}, u"DATE"_s);
    const QCommandLineOption durationOption(u"duration"_s, {}, u"MINUTES"_s);
    parser.addOptions({afterOption, durationOption});
    if (auto bad = parse(parser, u"calendar next-slot"_s, args))
        return *bad;
    if (parser.positionalArguments().size() != 1)
        return m_ctx.usageError(tr("calendar next-slot needs the number of one request for change"));
    auto id = requestId(parser.positionalArguments().first());
    if (!id)
        return m_ctx.failed(id.error());
    QDateTime earliest = QDateTime::currentDateTimeUtc();
    if (parser.isSet(afterOption)) {
        auto parsed = when(u"--after"_s, parser.value(afterOption));
        if (!parsed)
            return m_ctx.failed(parsed.error());
        earliest = *parsed;
    }
    std::optional<qint64> minutes;
    if (parser.isSet(durationOption)) {
        bool ok = false;
        minutes = parser.value(durationOption).toLongLong(&ok);
        if (!ok || *minutes <= 0 || *minutes > 60 * 24 * 31)
            return m_ctx.failed(Error {ErrorKind::InvalidInput,
                                       tr("--duration '%1' is not a number of minutes from 1 to 44640.")
                                           .arg(parser.value(durationOption))});
    }
    if (auto opened = open(); !opened)
        return m_ctx.failed(opened.error());
    auto request = ChangeService(*m_db, *m_workflow).get(*id);
    if (!request)
        return m_ctx.failed(request.error());
    auto data = CalendarRepository(*m_db).load({}, {}, *m_workflow);
    if (!data)
        return m_ctx.failed(data.error());
    SlotRequest slot;
    slot.changeId = request->id;
    if (minutes)
        slot.durationSeconds = *minutes * 60;
    else if (request->plannedStart.isValid() && request->plannedEnd > request->plannedStart)
        slot.durationSeconds = request->plannedStart.secsTo(request->plannedEnd);
    else if (request->expectedDowntimeMinutes && *request->expectedDowntimeMinutes > 0)
        slot.durationSeconds = qint64(*request->expectedDowntimeMinutes) * 60;
    // Every CI the request or one of its waves changes (the calendar has every group's members).
    QList<qint64> cis = CalendarRepository::cisOf(*request, data->groupMembers);
    for (const ScheduledItem &item : CalendarRepository::itemsOf(*request, data->groupMembers))
        cis += item.ciIds;
    std::ranges::sort(cis);
    cis.erase(std::unique(cis.begin(), cis.end()), cis.end());
    slot.ciIds = cis;
    slot.implementerIds = request->implementerIds;
    slot.needsRestart = request->needsRestart;
    slot.earliest = earliest;
    const ConflictDetector detector(*data);
    const auto found = detector.nextFreeSlot(slot);
    if (!found)
        return m_ctx.failed(
            Error {ErrorKind::NotFound,
                   tr("There is no free slot of %n minute(s) for request #%1 within a year: its "
                      "configuration items' maintenance windows are too short or always taken.",
                      nullptr, int(slot.durationSeconds / 60))
                       .arg(request->id)});
    const QString start = ChangeRecordFields::timeText(found->start);
    const QString end = ChangeRecordFields::timeText(found->end);
    return m_ctx.printResult({{u"rfc"_s, request->id},
                              {u"start"_s, start},
                              {u"end"_s, end},
                              {u"duration_minutes"_s, slot.durationSeconds / 60}},
                             tr("Request #%1: next free slot %2 to %3.").arg(request->id).arg(start, end));
}

// ---- notices and iCalendar --------------------------------------------------------------------------

Result<QList<DowntimeNotice>> CalendarCommands::notices(const QString &rfc, const QCommandLineParser &parser,
                                                        const QCommandLineOption &from,
                                                        const QCommandLineOption &to)
{
    if (!rfc.isEmpty() && (parser.isSet(from) || parser.isSet(to)))
        return fail(ErrorKind::InvalidInput, tr("give either a request or --from and --to, not both"));
    if (!rfc.isEmpty()) {
        auto id = requestId(rfc);
        if (!id)
            return fail(id.error());
        if (auto opened = open(); !opened)
            return fail(opened.error());
        return DowntimeNotices::forChange(*m_db, *id);
    }
    auto bounds = range(parser, from, to);
    if (!bounds)
        return fail(bounds.error());
    // The forward schedule: from now (or --from) for a year (or to --to).
    const QDateTime start = bounds->first.isValid() ? bounds->first : QDateTime::currentDateTimeUtc();
    const QDateTime end = bounds->second.isValid() ? bounds->second : start.addDays(366);
    if (end <= start)
        return fail(ErrorKind::InvalidInput, tr("--to must be after --from."));
    if (auto opened = open(); !opened)
        return fail(opened.error());
    return DowntimeNotices::forward(*m_db, start, end, *m_workflow);
}

int CalendarCommands::ics(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption rfcOption(u"rfc"_s, {}, u"ID"_s);
    const QCommandLineOption fromOption(u"from"_s, {}, u"DATE"_s);
    const QCommandLineOption toOption(u"to"_s, {}, u"DATE"_s);
    parser.addOptions({rfcOption, fromOption, toOption});
    if (auto bad = parse(parser, u"calendar ics"_s, args))
        return *bad;
    if (parser.positionalArguments().size() != 1)
        return m_ctx.usageError(tr("calendar ics needs the file to write"));
    const QString path = parser.positionalArguments().first();
    if (parser.isSet(rfcOption) && parser.value(rfcOption).isEmpty())
        return m_ctx.usageError(tr("--rfc needs the number of a request for change"));
    auto list = notices(parser.value(rfcOption), parser, fromOption, toOption);
    if (!list)
        return m_ctx.failed(list.error());
    auto head = AuditLog(*m_db).head();
    if (!head)
        return m_ctx.failed(head.error());
    const QByteArray ics
        = Documents::IcsExport::toIcs(*list, head->databaseId, QDateTime::currentDateTimeUtc(),
                                      tr("ChangeDesk: forward schedule of changes"));
    if (auto written = Documents::IcsExport::write(path, ics); !written)
        return m_ctx.failed(written.error());
    QJsonArray events;
    for (const DowntimeNotice &n : std::as_const(*list))
        events.append(Documents::IcsExport::uid(n, head->databaseId));
    return m_ctx.printResult(
        {{u"file"_s, QDir::toNativeSeparators(path)}, {u"events"_s, events}},
        tr("Wrote %n event(s) to %1.", nullptr, int(list->size())).arg(QDir::toNativeSeparators(path)));
}

int CalendarCommands::notice(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption pdfOption(u"pdf"_s, {}, u"FILE"_s);
    const QCommandLineOption fromOption(u"from"_s, {}, u"DATE"_s);
    const QCommandLineOption toOption(u"to"_s, {}, u"DATE"_s);
    parser.addOptions({pdfOption, fromOption, toOption});
    if (auto bad = parse(parser, u"calendar notice"_s, args))
        return *bad;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return m_ctx.usageError(tr("calendar notice takes at most the number of one request for change"));
    auto list = notices(positional.value(0), parser, fromOption, toOption);
    if (!list)
        return m_ctx.failed(list.error());
    QJsonArray json;
    QStringList texts;
    for (const DowntimeNotice &n : std::as_const(*list)) {
        json.append(DowntimeNotices::toJson(n));
        texts << DowntimeNotices::text(n);
    }
    QJsonObject result {{u"notices"_s, json}};
    QString text = texts.isEmpty() ? tr("Nothing is scheduled then.") : texts.join(u"\n\n"_s);
    if (parser.isSet(pdfOption)) {
        const QString path = parser.value(pdfOption);
        if (auto written = Documents::NoticePrint::writePdf(*list, QDateTime::currentDateTimeUtc(), path);
            !written)
            return m_ctx.failed(written.error());
        result.insert(u"pdf"_s, QDir::toNativeSeparators(path));
        text
            = tr("Wrote %n notice(s) to %1.", nullptr, int(list->size())).arg(QDir::toNativeSeparators(path));
    }
    return m_ctx.printResult(result, text);
}

// ---- windows and freezes -------------------------------------------------------------------------------

int CalendarCommands::window(const QStringList &args)
{
    const QString sub = args.value(0);
    QCommandLineParser parser;
    const QCommandLineOption ciOption(u"ci"_s, {}, u"NAME"_s);
    const QCommandLineOption groupOption(u"group"_s, {}, u"NAME"_s);
    const QCommandLineOption zoneOption(u"zone"_s, {}, u"IANA"_s, u"Europe/Berlin"_s);
    const QCommandLineOption frequencyOption(u"frequency"_s, {}, u"daily|weekly|monthly"_s, u"weekly"_s);
    const QCommandLineOption intervalOption(u"interval"_s, {}, u"N"_s, u"1"_s);
    const QCommandLineOption daysOption(u"days"_s, {}, u"mo,tu,..."_s);
    const QCommandLineOption monthDayOption(u"month-day"_s, {}, u"N"_s);
    const QCommandLineOption weekOption(u"week"_s, {}, u"N"_s);
    const QCommandLineOption startOption(u"start"_s, {}, u"HH:MM"_s);
    const QCommandLineOption endOption(u"end"_s, {}, u"HH:MM"_s);
    const QCommandLineOption fromOption(u"from"_s, {}, u"DATE"_s);
    const QCommandLineOption untilOption(u"until"_s, {}, u"DATE"_s);
    const QCommandLineOption descriptionOption(u"description"_s, {}, u"TEXT"_s);
    const QCommandLineOption asOption(u"as"_s, {}, u"USER"_s);
    if (sub == u"add")
        parser.addOptions({ciOption, groupOption, zoneOption, frequencyOption, intervalOption, daysOption,
                           monthDayOption, weekOption, startOption, endOption, fromOption, untilOption,
                           descriptionOption, asOption});
    else if (sub == u"remove")
        parser.addOption(asOption);
    else if (sub != u"list")
        return m_ctx.usageError(tr("calendar window needs list, add or remove"));
    if (auto bad = parse(parser, u"calendar window "_s + sub, args.mid(1)))
        return *bad;
    if (auto opened = open(); !opened)
        return m_ctx.failed(opened.error());
    if (sub == u"list") {
        if (!parser.positionalArguments().isEmpty())
            return m_ctx.usageError(tr("calendar window list takes no arguments"));
        auto windows = CalendarRepository(*m_db).windows();
        if (!windows)
            return m_ctx.failed(windows.error());
        QJsonArray list;
        QStringList lines;
        for (const MaintenanceWindow &w : std::as_const(*windows)) {
            list.append(CalendarRepository::toJson(w));
            lines << u"%1  %2  %3"_s.arg(w.id).arg(w.name, WindowRules::describe(w));
        }
        return m_ctx.printResult({{u"windows"_s, list}},
                                 lines.isEmpty() ? tr("No maintenance windows.") : lines.join(u'\n'));
    }
    auto acting = actor(parser.value(asOption));
    if (!acting)
        return m_ctx.failed(acting.error());
    const CalendarRepository calendar(*m_db, *acting);
    if (sub == u"remove") {
        if (parser.positionalArguments().size() != 1)
            return m_ctx.usageError(tr("calendar window remove needs the id of one window"));
        return removeById(
            parser.positionalArguments().first(), calendar.windows(),
            [&](const MaintenanceWindow &w) { return calendar.removeWindow(w); },
            [](const MaintenanceWindow &w) {
                return tr("Removed maintenance window %1 '%2'.").arg(w.id).arg(w.name);
            },
            tr("There is no maintenance window %1.").arg(parser.positionalArguments().first()));
    }
    if (parser.positionalArguments().size() != 1)
        return m_ctx.usageError(tr("calendar window add needs the window's name"));
    MaintenanceWindow w;
    w.name = parser.positionalArguments().first();
    w.description = parser.value(descriptionOption);
    w.timeZone = parser.value(zoneOption);
    if (parser.isSet(ciOption) && parser.isSet(groupOption))
        return m_ctx.usageError(tr("a window belongs to --ci or to --group, not to both"));
    if (parser.isSet(ciOption)) {
        auto ci = CiRepository(*m_db, {}).byName(parser.value(ciOption));
        if (!ci)
            return m_ctx.failed(ci.error());
        if (!*ci)
            return m_ctx.failed(
                Error {ErrorKind::InvalidInput,
                       tr("--ci: there is no configuration item named '%1'").arg(parser.value(ciOption))});
        w.ciId = (*ci)->id;
    }
    if (parser.isSet(groupOption)) {
        auto group = groupNamed(parser.value(groupOption));
        if (!group)
            return m_ctx.failed(group.error());
        w.groupId = *group;
    }
    const auto frequency = WindowRules::frequencyFromKey(parser.value(frequencyOption));
    if (!frequency)
        return m_ctx.failed(Error {
            ErrorKind::InvalidInput,
            tr("--frequency '%1' is not daily, weekly or monthly").arg(parser.value(frequencyOption))});
    w.recurrence.frequency = *frequency;
    const auto number = [&](const QCommandLineOption &option, int &target) -> Status {
        if (!parser.isSet(option) && option.defaultValues().isEmpty())
            return {};
        bool ok = false;
        target = parser.value(option).toInt(&ok);
        if (!ok)
            return fail(ErrorKind::InvalidInput,
                        tr("--%1 '%2' is not a number").arg(option.names().first(), parser.value(option)));
        return {};
    };
    for (const auto &[option, target] : {std::pair {&intervalOption, &w.recurrence.interval},
                                         std::pair {&monthDayOption, &w.recurrence.monthDay},
                                         std::pair {&weekOption, &w.recurrence.weekOfMonth}}) {
        if (auto read = number(*option, *target); !read)
            return m_ctx.failed(read.error());
    }
    if (parser.isSet(daysOption)) {
        auto days = WindowRules::parseWeekdays(parser.value(daysOption));
        if (!days)
            return m_ctx.failed(days.error());
        w.recurrence.weekdays = *days;
    }
    for (const auto &[option, target] :
         {std::pair {&startOption, &w.startTime}, std::pair {&endOption, &w.endTime}}) {
        if (!parser.isSet(*option))
            return m_ctx.usageError(
                tr("calendar window add needs --start and --end (HH:MM, local time of --zone)"));
        *target = QTime::fromString(parser.value(*option), u"H:mm"_s);
        if (!target->isValid())
            return m_ctx.failed(Error {
                ErrorKind::InvalidInput,
                tr("--%1 '%2' is not a time (HH:MM)").arg(option->names().first(), parser.value(*option))});
    }
    // From today in the window's time zone (the validation names a zone that does not exist).
    const QTimeZone zone(w.timeZone.toUtf8());
    w.firstDate = parser.isSet(fromOption)
        ? dateOnly(parser.value(fromOption))
        : QDateTime::currentDateTimeUtc().toTimeZone(zone.isValid() ? zone : QTimeZone::UTC).date();
    if (!w.firstDate.isValid())
        return m_ctx.failed(
            Error {ErrorKind::InvalidInput,
                   tr("--from '%1' is not a date (2026-12-01)").arg(parser.value(fromOption))});
    if (parser.isSet(untilOption)) {
        w.lastDate = dateOnly(parser.value(untilOption));
        if (!w.lastDate.isValid())
            return m_ctx.failed(
                Error {ErrorKind::InvalidInput,
                       tr("--until '%1' is not a date (2026-12-31)").arg(parser.value(untilOption))});
    }
    auto added = calendar.addWindow(w);
    if (!added)
        return m_ctx.failed(added.error());
    return m_ctx.printResult(CalendarRepository::toJson(*added),
                             tr("Added maintenance window %1 '%2': %3.")
                                 .arg(added->id)
                                 .arg(added->name, WindowRules::describe(*added)));
}

int CalendarCommands::freeze(const QStringList &args)
{
    const QString sub = args.value(0);
    QCommandLineParser parser;
    const QCommandLineOption groupOption(u"group"_s, {}, u"NAME"_s);
    const QCommandLineOption fromOption(u"from"_s, {}, u"DATE"_s);
    const QCommandLineOption toOption(u"to"_s, {}, u"DATE"_s);
    const QCommandLineOption reasonOption(u"reason"_s, {}, u"TEXT"_s);
    const QCommandLineOption asOption(u"as"_s, {}, u"USER"_s);
    if (sub == u"add")
        parser.addOptions({groupOption, fromOption, toOption, reasonOption, asOption});
    else if (sub == u"remove")
        parser.addOption(asOption);
    else if (sub != u"list")
        return m_ctx.usageError(tr("calendar freeze needs list, add or remove"));
    if (auto bad = parse(parser, u"calendar freeze "_s + sub, args.mid(1)))
        return *bad;
    if (auto opened = open(); !opened)
        return m_ctx.failed(opened.error());
    if (sub == u"list") {
        if (!parser.positionalArguments().isEmpty())
            return m_ctx.usageError(tr("calendar freeze list takes no arguments"));
        auto freezes = CalendarRepository(*m_db).freezes();
        if (!freezes)
            return m_ctx.failed(freezes.error());
        QJsonArray list;
        QStringList lines;
        for (const FreezePeriod &f : std::as_const(*freezes)) {
            list.append(CalendarRepository::toJson(f));
            lines << u"%1  %2  %3 to %4"_s.arg(f.id).arg(f.name, ChangeRecordFields::timeText(f.start),
                                                         ChangeRecordFields::timeText(f.end));
        }
        return m_ctx.printResult({{u"freezes"_s, list}},
                                 lines.isEmpty() ? tr("No freeze periods.") : lines.join(u'\n'));
    }
    auto acting = actor(parser.value(asOption));
    if (!acting)
        return m_ctx.failed(acting.error());
    const CalendarRepository calendar(*m_db, *acting);
    if (sub == u"remove") {
        if (parser.positionalArguments().size() != 1)
            return m_ctx.usageError(tr("calendar freeze remove needs the id of one freeze period"));
        return removeById(
            parser.positionalArguments().first(), calendar.freezes(),
            [&](const FreezePeriod &f) { return calendar.removeFreeze(f); },
            [](const FreezePeriod &f) { return tr("Removed freeze period %1 '%2'.").arg(f.id).arg(f.name); },
            tr("There is no freeze period %1.").arg(parser.positionalArguments().first()));
    }
    if (parser.positionalArguments().size() != 1)
        return m_ctx.usageError(tr("calendar freeze add needs the freeze period's name"));
    if (!parser.isSet(fromOption) || !parser.isSet(toOption))
        return m_ctx.usageError(tr("calendar freeze add needs --from and --to"));
    auto bounds = range(parser, fromOption, toOption);
    if (!bounds)
        return m_ctx.failed(bounds.error());
    FreezePeriod f;
    f.name = parser.positionalArguments().first();
    f.reason = parser.value(reasonOption);
    f.start = bounds->first;
    f.end = bounds->second;
    if (parser.isSet(groupOption)) {
        auto group = groupNamed(parser.value(groupOption));
        if (!group)
            return m_ctx.failed(group.error());
        f.groupId = *group;
    }
    auto added = calendar.addFreeze(f);
    if (!added)
        return m_ctx.failed(added.error());
    return m_ctx.printResult(CalendarRepository::toJson(*added),
                             tr("Added freeze period %1 '%2' from %3 to %4.")
                                 .arg(added->id)
                                 .arg(added->name, ChangeRecordFields::timeText(added->start),
                                      ChangeRecordFields::timeText(added->end)));
}

} // namespace

int calendarCommand(CommandContext &context, const QStringList &args)
{
    return CalendarCommands(context).run(args);
}

QString calendarUsage()
{
    return CalendarCommands::tr(
        "Change calendar:\n"
        "  calendar conflicts [--from DATE] [--to DATE] [--rfc ID]\n"
        "                         conflicts of the scheduled changes, with their reasons\n"
        "  calendar next-slot RFC [--after DATE] [--duration MINUTES]\n"
        "                         the next time that keeps every rule\n"
        "  calendar ics FILE [--rfc ID | --from DATE --to DATE]\n"
        "                         iCalendar export of one change or of the forward schedule\n"
        "  calendar notice [RFC] [--from DATE --to DATE] [--pdf FILE]\n"
        "                         downtime notice: services, departments, contacts\n"
        "  calendar window list | add NAME --start HH:MM --end HH:MM [--zone IANA]\n"
        "                         [--frequency daily|weekly|monthly] [--interval N] [--days mo,tu,...]\n"
        "                         [--month-day N | --week N] [--from DATE] [--until DATE]\n"
        "                         [--ci NAME | --group NAME] [--as USER] | remove ID [--as USER]\n"
        "  calendar freeze list | add NAME --from DATE --to DATE [--group NAME] [--reason TEXT]\n"
        "                         [--as USER] | remove ID [--as USER]\n"
        "  Dates are ISO 8601: 2026-12-01 (midnight UTC) or 2026-12-01T22:00 (UTC unless a zone is "
        "given).\n");
}

} // namespace ChangeDesk::Ctl
