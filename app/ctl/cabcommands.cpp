#include "cabcommands.h"
#include "ctlsupport.h"

#include "cab/cabservice.h"
#include "change/changerecord.h"
#include "change/changeservice.h"
#include "change/workflowstore.h"
#include "documents/cabdocuments.h"
#include "people/peoplerepository.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Ctl {

namespace {

class CabCommands
{
    Q_DECLARE_TR_FUNCTIONS(CabCommands)

public:
    explicit CabCommands(CommandContext &context)
        : m_ctx(context)
    { }

    int run(const QStringList &args);

private:
    int list(const QStringList &args);
    int create(const QStringList &args);
    int agenda(const QStringList &args);
    int present(const QStringList &args);
    int vote(const QStringList &args);
    int decide(const QStringList &args);
    int close(const QStringList &args);
    int minutes(const QStringList &args);

    // Parses, opens the database and the workflow, and reads the meeting named by the first
    // positional argument; the exit code when any of that fails.
    std::optional<int> prepare(QCommandLineParser &parser, const QString &command, const QStringList &args,
                               int positionals, const QString &usage);
    Result<ChangeActor> actor(const QString &login) const;
    Result<qint64> personId(const QString &login) const;
    // The agenda item of request `rfc` (text) in the meeting.
    Result<const CabItem *> itemFor(const QString &rfc) const;
    int done(const Result<CabMeeting> &meeting, const QString &text);

    CommandContext &m_ctx;
    std::shared_ptr<Database> m_db;
    std::optional<WorkflowDefinition> m_workflow;
    std::optional<ChangeService> m_changes;
    std::optional<CabService> m_cab;
    CabMeeting m_meeting;
};

std::optional<int> CabCommands::prepare(QCommandLineParser &parser, const QString &command,
                                        const QStringList &args, int positionals, const QString &usage)
{
    if (auto bad = m_ctx.parseOptions(parser, command, args))
        return bad;
    if (parser.positionalArguments().size() != positionals)
        return m_ctx.usageError(usage);
    auto db = m_ctx.openCurrent();
    if (!db)
        return m_ctx.failed(db.error());
    m_db = *db;
    auto definition = WorkflowStore(*m_db).active();
    if (!definition)
        return m_ctx.failed(definition.error());
    m_workflow = *definition;
    m_changes.emplace(*m_db, *m_workflow);
    m_cab.emplace(*m_db, *m_changes);
    if (positionals == 0 || command == u"cab create")
        return std::nullopt;
    bool ok = false;
    const qint64 id = parser.positionalArguments().first().toLongLong(&ok);
    if (!ok || id <= 0)
        return m_ctx.usageError(tr("'%1' is not the number of a CAB meeting (see cab list)")
                                    .arg(parser.positionalArguments().first()));
    auto meeting = m_cab->meeting(id);
    if (!meeting)
        return m_ctx.failed(meeting.error());
    m_meeting = *meeting;
    return std::nullopt;
}

Result<ChangeActor> CabCommands::actor(const QString &login) const
{
    return m_changes->actor(login);
}

Result<qint64> CabCommands::personId(const QString &login) const
{
    auto person = PeopleRepository(*m_db).personByLogin(login.trimmed());
    if (!person)
        return fail(person.error());
    if (!*person)
        return fail(ErrorKind::InvalidInput, tr("There is no person with the login '%1'.").arg(login));
    return (*person)->id;
}

Result<const CabItem *> CabCommands::itemFor(const QString &rfc) const
{
    bool ok = false;
    const qint64 id = (rfc.startsWith(u'#') ? rfc.mid(1) : rfc).toLongLong(&ok);
    if (!ok || id <= 0)
        return fail(ErrorKind::InvalidInput, tr("'%1' is not the number of a request for change.").arg(rfc));
    for (const CabItem &item : m_meeting.items) {
        if (item.changeId == id)
            return &item;
    }
    return fail(
        ErrorKind::InvalidInput,
        tr("RfC %1 is not on the agenda of '%2' (%3).").arg(id).arg(m_meeting.title).arg(m_meeting.id));
}

int CabCommands::done(const Result<CabMeeting> &meeting, const QString &text)
{
    if (!meeting)
        return m_ctx.failed(meeting.error());
    return m_ctx.printResult(CabService::toJson(*meeting), text);
}

int CabCommands::run(const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == u"list")
        return list(rest);
    if (sub == u"create")
        return create(rest);
    if (sub == u"agenda")
        return agenda(rest);
    if (sub == u"present")
        return present(rest);
    if (sub == u"vote")
        return vote(rest);
    if (sub == u"decide")
        return decide(rest);
    if (sub == u"close")
        return close(rest);
    if (sub == u"minutes")
        return minutes(rest);
    const QString subs = u"list, create, agenda, present, vote, decide, close, minutes"_s;
    if (sub.isEmpty())
        return m_ctx.usageError(tr("cab needs a subcommand: %1").arg(subs));
    return m_ctx.usageError(tr("unknown cab subcommand '%1': use %2").arg(sub, subs));
}

int CabCommands::list(const QStringList &args)
{
    QCommandLineParser parser;
    if (auto bad = prepare(parser, u"cab list"_s, args, 0, tr("cab list takes no arguments")))
        return *bad;
    auto meetings = m_cab->meetings();
    if (!meetings)
        return m_ctx.failed(meetings.error());
    QJsonArray json;
    QStringList lines;
    for (const CabMeeting &m : std::as_const(*meetings)) {
        json.append(CabService::toJson(m));
        lines << tr("%1  %2  %3  %4, %n item(s)", nullptr, int(m.items.size()))
                     .arg(m.id)
                     .arg(m.title, Documents::CabDocuments::when(m),
                          m.status == CabMeeting::Status::Closed ? tr("closed") : tr("planned"));
    }
    return m_ctx.printResult({{u"meetings"_s, json}},
                             lines.isEmpty() ? tr("No CAB meetings.") : lines.join(u'\n'));
}

int CabCommands::create(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption atOption(u"at"_s, {}, u"DATETIME"_s);
    const QCommandLineOption endOption(u"end"_s, {}, u"DATETIME"_s);
    const QCommandLineOption locationOption(u"location"_s, {}, u"TEXT"_s);
    const QCommandLineOption quorumOption(u"quorum"_s, {}, u"N"_s);
    const QCommandLineOption chairOption(u"chair"_s, {}, u"LOGIN"_s);
    const QCommandLineOption membersOption(u"members"_s, {}, u"LOGIN,..."_s);
    const QCommandLineOption guestsOption(u"guests"_s, {}, u"LOGIN,..."_s);
    const QCommandLineOption asOption(u"as"_s, {}, u"USER"_s);
    parser.addOptions({atOption, endOption, locationOption, quorumOption, chairOption, membersOption,
                       guestsOption, asOption});
    if (auto bad = prepare(parser, u"cab create"_s, args, 1, tr("cab create needs the meeting's title")))
        return *bad;
    if (!parser.isSet(atOption))
        return m_ctx.usageError(tr("cab create needs --at, the date and time of the meeting"));
    CabMeeting m;
    m.title = parser.positionalArguments().first();
    auto start = ChangeRecordFields::parseTime(u"--at"_s, parser.value(atOption));
    if (!start)
        return m_ctx.failed(start.error());
    m.start = *start;
    if (parser.isSet(endOption)) {
        auto end = ChangeRecordFields::parseTime(u"--end"_s, parser.value(endOption));
        if (!end)
            return m_ctx.failed(end.error());
        m.end = *end;
    }
    m.location = parser.value(locationOption);
    const auto addMembers = [&](const QString &logins, CabMember::Role role) -> Status {
        for (const QString &login : logins.split(u',', Qt::SkipEmptyParts)) {
            auto id = personId(login);
            if (!id)
                return fail(id.error());
            m.members << CabMember {*id, role, false, {}};
        }
        return {};
    };
    for (const auto &[option, role] : {std::pair {&chairOption, CabMember::Role::Chair},
                                       std::pair {&membersOption, CabMember::Role::Member},
                                       std::pair {&guestsOption, CabMember::Role::Guest}}) {
        if (Status added = addMembers(parser.value(*option), role); !added)
            return m_ctx.failed(added.error());
    }
    if (parser.isSet(quorumOption)) {
        bool ok = false;
        m.quorum = parser.value(quorumOption).toInt(&ok);
        if (!ok)
            return m_ctx.usageError(tr("--quorum '%1' is not a number").arg(parser.value(quorumOption)));
    } else {
        // Half of the voting members and one.
        m.quorum = int(std::count_if(m.members.cbegin(), m.members.cend(),
                                     [](const CabMember &x) { return x.votes(); }))
                / 2
            + 1;
    }
    auto acting = actor(parser.value(asOption));
    if (!acting)
        return m_ctx.failed(acting.error());
    auto created = m_cab->create(m, *acting);
    if (!created)
        return m_ctx.failed(created.error());
    return done(created,
                tr("Created CAB meeting %1 '%2' on %3.")
                    .arg(created->id)
                    .arg(created->title, Documents::CabDocuments::when(*created)));
}

int CabCommands::agenda(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption buildOption(u"build"_s);
    const QCommandLineOption addOption(u"add"_s, {}, u"RFC"_s);
    const QCommandLineOption removeOption(u"remove"_s, {}, u"RFC"_s);
    const QCommandLineOption moveOption(u"move"_s, {}, u"RFC:POSITION"_s);
    const QCommandLineOption pdfOption(u"pdf"_s, {}, u"FILE"_s);
    const QCommandLineOption asOption(u"as"_s, {}, u"USER"_s);
    parser.addOptions({buildOption, addOption, removeOption, moveOption, pdfOption, asOption});
    if (auto bad
        = prepare(parser, u"cab agenda"_s, args, 1, tr("cab agenda needs the number of one meeting")))
        return *bad;
    const int edits = int(parser.isSet(buildOption)) + int(parser.isSet(addOption))
        + int(parser.isSet(removeOption)) + int(parser.isSet(moveOption));
    if (edits > 1)
        return m_ctx.usageError(tr("cab agenda takes one of --build, --add, --remove and --move at a time"));
    if (edits == 1) {
        auto acting = actor(parser.value(asOption));
        if (!acting)
            return m_ctx.failed(acting.error());
        Result<CabMeeting> changed = m_meeting;
        if (parser.isSet(buildOption)) {
            changed = m_cab->buildAgenda(m_meeting.id, *acting);
        } else if (parser.isSet(addOption)) {
            bool ok = false;
            const qint64 rfc = parser.value(addOption).toLongLong(&ok);
            if (!ok)
                return m_ctx.usageError(
                    tr("--add '%1' is not the number of a request").arg(parser.value(addOption)));
            changed = m_cab->addItem(m_meeting.id, rfc, *acting);
        } else if (parser.isSet(removeOption)) {
            auto item = itemFor(parser.value(removeOption));
            if (!item)
                return m_ctx.failed(item.error());
            changed = m_cab->removeItem(m_meeting.id, (*item)->id, *acting);
        } else {
            const QStringList parts = parser.value(moveOption).split(u':');
            bool ok = parts.size() == 2;
            const int position = ok ? parts.at(1).toInt(&ok) : 0;
            if (!ok)
                return m_ctx.usageError(tr("--move needs RFC:POSITION, e.g. 42:1"));
            auto item = itemFor(parts.at(0));
            if (!item)
                return m_ctx.failed(item.error());
            changed = m_cab->moveItem(m_meeting.id, (*item)->id, position, *acting);
        }
        if (!changed)
            return m_ctx.failed(changed.error());
        m_meeting = *changed;
    }
    QJsonObject json = CabService::toJson(m_meeting);
    QString text = Documents::CabDocuments::agendaText(m_meeting);
    auto sheets = m_cab->sheets(m_meeting);
    if (!sheets)
        return m_ctx.failed(sheets.error());
    QJsonArray sheetJson;
    for (const CabSheet &s : std::as_const(*sheets))
        sheetJson.append(CabService::toJson(s));
    json.insert(u"sheets"_s, sheetJson);
    if (parser.isSet(pdfOption)) {
        const QString path = parser.value(pdfOption);
        if (auto written = Documents::CabDocuments::writePreRead(m_meeting, *sheets,
                                                                 QDateTime::currentDateTimeUtc(), path);
            !written)
            return m_ctx.failed(written.error());
        json.insert(u"pdf"_s, QDir::toNativeSeparators(path));
        text += u'\n'
            + tr("Wrote the pre-read package with %n sheet(s) to %1.", nullptr, int(sheets->size()))
                  .arg(QDir::toNativeSeparators(path));
    }
    return m_ctx.printResult(json, text);
}

int CabCommands::present(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption absentOption(u"absent"_s);
    const QCommandLineOption asOption(u"as"_s, {}, u"USER"_s);
    parser.addOptions({absentOption, asOption});
    if (auto bad = m_ctx.parseOptions(parser, u"cab present"_s, args))
        return *bad;
    if (parser.positionalArguments().size() < 2)
        return m_ctx.usageError(tr("cab present needs the meeting and the logins of one or more members"));
    const QStringList logins = parser.positionalArguments().mid(1);
    QStringList again = {parser.positionalArguments().first()};
    if (parser.isSet(asOption))
        again << u"--as"_s << parser.value(asOption);
    QCommandLineParser meetingParser;
    meetingParser.addOption(asOption);
    if (auto bad = prepare(meetingParser, u"cab present"_s, again, 1, {}))
        return *bad;
    auto acting = actor(parser.value(asOption));
    if (!acting)
        return m_ctx.failed(acting.error());
    // All or nothing: the attendance is recorded one person after another, in one transaction.
    Result<CabMeeting> changed = m_db->write([&]() -> Result<CabMeeting> {
        Result<CabMeeting> current = m_meeting;
        for (const QString &login : logins) {
            auto id = personId(login);
            if (!id)
                return fail(id.error());
            current = m_cab->setPresent(m_meeting.id, *id, !parser.isSet(absentOption), *acting);
            if (!current)
                return current;
        }
        return current;
    });
    if (!changed)
        return m_ctx.failed(changed.error());
    return done(changed,
                tr("%1 of %2 voting members present (quorum %3).")
                    .arg(changed->presentVoters())
                    .arg(std::count_if(changed->members.cbegin(), changed->members.cend(),
                                       [](const CabMember &x) { return x.votes(); }))
                    .arg(changed->quorum));
}

int CabCommands::vote(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption forOption(u"for"_s, {}, u"LOGIN"_s);
    const QCommandLineOption commentOption(u"comment"_s, {}, u"TEXT"_s);
    const QCommandLineOption asOption(u"as"_s, {}, u"USER"_s);
    parser.addOptions({forOption, commentOption, asOption});
    if (auto bad = prepare(parser, u"cab vote"_s, args, 3,
                           tr("cab vote needs the meeting, the request and approve, reject or abstain")))
        return *bad;
    const QString choiceText = parser.positionalArguments().at(2);
    const auto choice = CabKeys::choiceFrom(choiceText);
    if (!choice)
        return m_ctx.usageError(tr("'%1' is not a vote: use approve, reject or abstain").arg(choiceText));
    auto item = itemFor(parser.positionalArguments().at(1));
    if (!item)
        return m_ctx.failed(item.error());
    auto acting = actor(parser.value(asOption));
    if (!acting)
        return m_ctx.failed(acting.error());
    qint64 voter = acting->personId;
    if (parser.isSet(forOption)) {
        auto id = personId(parser.value(forOption));
        if (!id)
            return m_ctx.failed(id.error());
        voter = *id;
    }
    const qint64 rfc = (*item)->changeId;
    auto voted = m_cab->vote(m_meeting.id, (*item)->id, voter, *choice, parser.value(commentOption), *acting);
    if (!voted)
        return m_ctx.failed(voted.error());
    const CabItem *now = voted->item((*item)->id);
    return done(voted,
                tr("Vote recorded on RfC %1: %2 for approval, %3 for rejection, %4 abstaining.")
                    .arg(rfc)
                    .arg(now->count(CabVote::Choice::Approve))
                    .arg(now->count(CabVote::Choice::Reject))
                    .arg(now->count(CabVote::Choice::Abstain)));
}

int CabCommands::decide(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption recommendationOption(u"recommendation"_s, {}, u"TEXT"_s);
    const QCommandLineOption noteOption(u"note"_s, {}, u"TEXT"_s);
    const QCommandLineOption asOption(u"as"_s, {}, u"USER"_s);
    parser.addOptions({recommendationOption, noteOption, asOption});
    const QString usage = tr("cab decide needs the meeting, the request and one of: %1")
                              .arg(CabKeys::decisions().join(u", "_s));
    if (auto bad = prepare(parser, u"cab decide"_s, args, 3, usage))
        return *bad;
    const auto decision = CabKeys::decisionFrom(parser.positionalArguments().at(2));
    if (!decision || *decision == CabDecision::None)
        return m_ctx.usageError(usage);
    auto item = itemFor(parser.positionalArguments().at(1));
    if (!item)
        return m_ctx.failed(item.error());
    auto acting = actor(parser.value(asOption));
    if (!acting)
        return m_ctx.failed(acting.error());
    const qint64 rfc = (*item)->changeId;
    auto decided = m_cab->decide(m_meeting.id, (*item)->id, *decision, parser.value(recommendationOption),
                                 parser.value(noteOption), *acting);
    if (!decided)
        return m_ctx.failed(decided.error());
    auto request = m_changes->get(rfc);
    return done(decided,
                tr("RfC %1: %2; the request is now '%3'.")
                    .arg(rfc)
                    .arg(CabService::decisionName(*decision), request ? request->state : QString()));
}

int CabCommands::close(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption asOption(u"as"_s, {}, u"USER"_s);
    parser.addOption(asOption);
    if (auto bad = prepare(parser, u"cab close"_s, args, 1, tr("cab close needs the number of one meeting")))
        return *bad;
    auto acting = actor(parser.value(asOption));
    if (!acting)
        return m_ctx.failed(acting.error());
    auto closed = m_cab->close(m_meeting.id, *acting);
    return done(closed,
                closed ? tr("Closed CAB meeting %1 '%2'.").arg(closed->id).arg(closed->title) : QString());
}

int CabCommands::minutes(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption pdfOption(u"pdf"_s, {}, u"FILE"_s);
    parser.addOption(pdfOption);
    if (auto bad
        = prepare(parser, u"cab minutes"_s, args, 1, tr("cab minutes needs the number of one meeting")))
        return *bad;
    QJsonObject json = CabService::toJson(m_meeting);
    QString text = Documents::CabDocuments::minutesText(m_meeting);
    if (parser.isSet(pdfOption)) {
        const QString path = parser.value(pdfOption);
        if (auto written
            = Documents::CabDocuments::writeMinutes(m_meeting, QDateTime::currentDateTimeUtc(), path);
            !written)
            return m_ctx.failed(written.error());
        json.insert(u"pdf"_s, QDir::toNativeSeparators(path));
        text = tr("Wrote the minutes of '%1' to %2.").arg(m_meeting.title, QDir::toNativeSeparators(path));
    }
    return m_ctx.printResult(json, text);
}

} // namespace

int cabCommand(CommandContext &context, const QStringList &args)
{
    return CabCommands(context).run(args);
}

QString cabUsage()
{
    return CabCommands::tr(
        "Change Advisory Board:\n"
        "  cab list               the meetings, newest first\n"
        "  cab create TITLE --at DATETIME [--end DATETIME] [--location TEXT] --chair LOGIN\n"
        "                         --members LOGIN,... [--guests LOGIN,...] [--quorum N] [--as USER]\n"
        "  cab agenda MEETING [--build | --add RFC | --remove RFC | --move RFC:POSITION]\n"
        "                         [--pdf FILE] [--as USER]\n"
        "                         the agenda with one sheet per request; --build adds the requests\n"
        "                         awaiting the board; --pdf writes the pre-read package\n"
        "  cab present MEETING LOGIN... [--absent] [--as USER]\n"
        "  cab vote MEETING RFC approve|reject|abstain [--for LOGIN] [--comment TEXT] [--as USER]\n"
        "  cab decide MEETING RFC approve|reject|defer|more_information|escalate\n"
        "                         [--recommendation TEXT] [--note TEXT] [--as USER]\n"
        "  cab close MEETING [--as USER]\n"
        "  cab minutes MEETING [--pdf FILE]\n");
}

} // namespace ChangeDesk::Ctl
