#include "rfccommands.h"
#include "ctlsupport.h"

#include "audit/auditlog.h"
#include "change/changeagenda.h"
#include "change/changeservice.h"
#include "change/workflowstore.h"
#include "cmdb/cirepository.h"
#include "cmdb/grouprepository.h"
#include "people/peoplerepository.h"
#include "people/personroles.h"
#include "storage/database.h"
#include "storage/dialect.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeDatabase>
#include <QSaveFile>

#include <algorithm>
#include <array>
#include <optional>
#include <tuple>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Ctl {

namespace {

// Names of what records refer to by id: people (by login), units, CI groups.
struct Directory {
    QHash<qint64, Person> people;
    QHash<QString, qint64> personByLogin;
    QHash<qint64, OrgUnit> units;
    QHash<qint64, QString> groups;
    QHash<QString, qint64> groupByName;

    QString login(std::optional<qint64> id) const
    {
        if (!id)
            return {};
        const auto found = people.constFind(*id);
        return found == people.cend() ? QString::number(*id) : found->login;
    }
    // "ann (Ann Jansen)"
    QString person(std::optional<qint64> id) const
    {
        if (!id)
            return {};
        const auto found = people.constFind(*id);
        if (found == people.cend())
            return QString::number(*id);
        return found->displayName.isEmpty() || found->displayName == found->login
            ? found->login
            : u"%1 (%2)"_s.arg(found->login, found->displayName);
    }
    QString unitCode(std::optional<qint64> id) const
    {
        if (!id)
            return {};
        const auto found = units.constFind(*id);
        return found == units.cend() ? QString::number(*id) : found->code;
    }
    QString group(std::optional<qint64> id) const
    {
        if (!id)
            return {};
        return groups.value(*id, QString::number(*id));
    }
    // A unit by its code, else by its name (ignoring case).
    std::optional<qint64> unitId(const QString &text) const
    {
        for (const OrgUnit &u : units) {
            if (u.code == text)
                return u.id;
        }
        for (const OrgUnit &u : units) {
            if (u.name.compare(text, Qt::CaseInsensitive) == 0)
                return u.id;
        }
        return std::nullopt;
    }
};

Result<Directory> loadDirectory(const Database &db)
{
    const PeopleRepository people(db);
    auto persons = people.persons();
    if (!persons)
        return fail(persons.error());
    auto units = people.orgUnits();
    if (!units)
        return fail(units.error());
    auto groups = GroupRepository(db).list();
    if (!groups)
        return fail(groups.error());
    Directory d;
    for (const Person &p : std::as_const(*persons)) {
        d.people.insert(p.id, p);
        d.personByLogin.insert(p.login, p.id);
    }
    for (const OrgUnit &u : std::as_const(*units))
        d.units.insert(u.id, u);
    for (const CiGroup &g : std::as_const(*groups)) {
        d.groups.insert(g.id, g.name);
        d.groupByName.insert(g.name, g.id);
    }
    return d;
}

// Who acts on people and their roles: like ChangeService::actor, but while nobody is an
// administrator yet the person need not exist (setting up a new database).
struct Acting {
    QString login;
    std::optional<ChangeActor> actor;
};

const QStringList kTimeKeys {u"planned_start"_s, u"planned_end"_s, u"actual_start"_s, u"actual_end"_s,
                             u"evaluation_due"_s};

// A time for people: minutes, in UTC (what --set and the JSON files take).
QString timeText(const QDateTime &when)
{
    if (!when.isValid())
        return u"-"_s;
    return when.toUTC().toString(u"yyyy-MM-dd HH:mm"_s) + u" UTC"_s;
}

QJsonValue timeJson(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(ChangeRecordFields::timeText(when)) : QJsonValue();
}

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? u"-"_s : text;
}

// "12" or "#12".
std::optional<qint64> parseId(const QString &text)
{
    bool ok = false;
    const QString t = text.trimmed();
    const qint64 id = (t.startsWith(u'#') ? t.mid(1) : t).toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

std::optional<bool> parseYesNo(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"yes" || t == u"true" || t == u"1")
        return true;
    if (t == u"no" || t == u"false" || t == u"0")
        return false;
    return std::nullopt;
}

QStringList sorted(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    std::ranges::sort(list);
    return list;
}

// "label:  value" lines with the values in one column; further lines of a value indented to it.
QStringList aligned(const QList<std::pair<QString, QString>> &fields, int indent = 2)
{
    qsizetype width = 0;
    for (const auto &field : fields)
        width = std::max(width, field.first.size() + 1);
    QStringList lines;
    const QString pad(indent, u' ');
    for (const auto &[label, value] : fields) {
        const QStringList parts = value.split(u'\n');
        lines << pad + (label + u':').leftJustified(width + 2) + parts.constFirst();
        for (qsizetype i = 1; i < parts.size(); ++i)
            lines << pad + QString(width + 2, u' ') + parts.at(i);
    }
    return lines;
}

// A table with a header line; every column but the last padded to its widest cell.
QStringList table(const QStringList &headers, const QList<QStringList> &rows, int indent = 0)
{
    QList<qsizetype> widths;
    for (const QString &h : headers)
        widths << h.size();
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    const auto line = [&](const QStringList &cells) {
        QString text(indent, u' ');
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i + 1 < cells.size())
                text += cells.at(i).leftJustified(widths.at(i)) + u"  "_s;
            else
                text += cells.at(i);
        }
        while (text.endsWith(u' '))
            text.chop(1);
        return text;
    };
    QStringList lines {line(headers)};
    for (const QStringList &row : rows)
        lines << line(row);
    return lines;
}

QString shortened(const QString &text, qsizetype width)
{
    QString single = text.simplified();
    if (single.size() <= width)
        return single;
    return single.left(width - 1) + u'…';
}

class RfcCommands
{
    Q_DECLARE_TR_FUNCTIONS(RfcCommands)

public:
    explicit RfcCommands(CommandContext &context)
        : m_ctx(context)
    { }

    int person(const QStringList &args);
    int rfc(const QStringList &args);

private:
    int personAdd(const QStringList &args);
    int personList(const QStringList &args);
    int personRoles(const QStringList &args);

    int create(const QStringList &args);
    int show(const QStringList &args);
    int list(const QStringList &args);
    int act(const QStringList &args);
    int recordTest(const QStringList &args);
    int recordWave(const QStringList &args);
    int evaluate(const QStringList &args);
    int object(const QStringList &args);
    int decide(const QStringList &args);
    int attach(const QStringList &args);
    int attachment(const QStringList &args);
    int todo(const QStringList &args);

public:
    int kpi(const QStringList &args);
    int workflow(const QStringList &args);

private:
    // Parses `args` of `command` (with --json); the exit code of a usage error, else nullopt.
    std::optional<int> parse(QCommandLineParser &parser, const QString &command, const QStringList &args);
    // Opens the database (its schema must be current) into m_db, and reads the workflow
    // definition in force into m_workflow unless `withWorkflow` is false.
    Status open(bool withWorkflow = true);
    Result<Acting> acting(const QString &login) const;
    Result<Person> personNamed(const QString &login) const;
    Result<ChangeRequest> readRequest(const QByteArray &bytes, const QString &file,
                                      const Directory &directory, bool *namesApplicant) const;
    Result<QHash<qint64, QString>> ciNames(const QList<qint64> &ids) const;
    Result<QJsonArray> similarJson(const ChangeService &service, const ChangeRequest &request,
                                   QStringList *lines) const;
    QJsonObject objectionJson(const ChangeObjection &o, const Directory &directory) const;
    // The record's text and JSON after an update (test result, wave status, evaluation).
    int printUpdated(const ChangeRequest &record, const QString &text);
    static QString badValue(const QString &option, const QString &value, const QStringList &allowed);

    CommandContext &m_ctx;
    std::shared_ptr<Database> m_db;
    std::optional<WorkflowDefinition> m_workflow;
};

// ---- rfc show, part by part ------------------------------------------------------------------------

// The record's fields with their labels and names instead of ids, those without a value left out;
// until it is classified also what its CIs suggest (an override needs a reason).
QList<std::pair<QString, QString>> recordFields(const ChangeRequest &record, const Directory &directory,
                                                const QStringList &cis, const QStringList &groups,
                                                const ClassificationSuggestion &suggestion)
{
    QList<std::pair<QString, QString>> fields {
        {RfcCommands::tr("State"), record.state},
        {ChangeFields::label(u"type"_s), record.type},
        {ChangeFields::label(u"priority"_s), orDash(record.priority)},
        {ChangeFields::label(u"category"_s), orDash(record.category)},
        {ChangeFields::label(u"applicant"_s), directory.person(record.applicantId)},
    };
    if (record.departmentId) {
        const OrgUnit unit = directory.units.value(*record.departmentId);
        fields.append({ChangeFields::label(u"department"_s), u"%1 (%2)"_s.arg(unit.code, unit.name)});
    }
    fields.append({ChangeFields::label(u"affected"_s), cis.isEmpty() ? u"-"_s : cis.join(u", "_s)});
    if (!groups.isEmpty())
        fields.append({RfcCommands::tr("Affected groups"), groups.join(u", "_s)});
    if (!record.implementerIds.isEmpty()) {
        QStringList names;
        for (const qint64 id : record.implementerIds)
            names << directory.person(id);
        fields.append({ChangeFields::label(u"implementers"_s), names.join(u", "_s)});
    }
    const QSet<QString> shownAbove {u"title"_s, u"type"_s, u"priority"_s, u"category"_s};
    for (const QString &key : ChangeRecordFields::textKeys()) {
        if (shownAbove.contains(key))
            continue;
        if (key == u"security_relevant" || key == u"needs_restart") {
            const bool yes = key == u"needs_restart" ? record.needsRestart : record.securityRelevant;
            fields.append({ChangeFields::label(key), yes ? RfcCommands::tr("yes") : RfcCommands::tr("no")});
            continue;
        }
        const QString value = ChangeRecordFields::text(record, key);
        if (value.isEmpty())
            continue;
        // override_reason is not among the workflow's fields and has no label there.
        const QString label = key == u"override_reason" ? RfcCommands::tr("Reason for the override")
                                                        : ChangeFields::label(key);
        if (kTimeKeys.contains(key)) {
            auto when = ChangeRecordFields::parseTime(key, value);
            fields.append({label, when ? timeText(*when) : value});
        } else if (key == u"duplicate_of" || key == u"follow_up") {
            fields.append({label, u"#"_s + value});
        } else {
            fields.append({label, value});
        }
    }
    if (record.category.isEmpty() || record.priority.isEmpty()) {
        QString text
            = RfcCommands::tr("category %1, priority %2").arg(suggestion.category, suggestion.priority);
        if (!suggestion.reasons.isEmpty())
            text += u'\n' + suggestion.reasons.join(u'\n');
        fields.append({RfcCommands::tr("Suggested classification"), text});
    }
    if (record.authorizedAt.isValid())
        fields.append({RfcCommands::tr("Authorized at"), timeText(record.authorizedAt)});
    fields.append({RfcCommands::tr("Created"), timeText(record.createdAt)});
    fields.append(
        {RfcCommands::tr("Last changed"),
         RfcCommands::tr("%1 (version %2)").arg(timeText(record.updatedAt)).arg(record.rowVersion)});
    return fields;
}

// Rollout waves, test cases, the evaluation and the attachments, each under its heading.
QStringList planLines(const ChangeRequest &record, const Directory &directory)
{
    QStringList lines;
    if (!record.waves.isEmpty()) {
        QList<QStringList> rows;
        int n = 0;
        for (const RolloutWave &w : record.waves) {
            QString planned = u"-"_s;
            if (w.plannedStart.isValid() || w.plannedEnd.isValid())
                planned = u"%1 – %2"_s.arg(timeText(w.plannedStart), timeText(w.plannedEnd));
            rows << QStringList {QString::number(++n),
                                 w.name,
                                 orDash(directory.group(w.groupId)),
                                 w.status,
                                 w.breakPoint ? RfcCommands::tr("yes") : RfcCommands::tr("no"),
                                 planned,
                                 orDash(w.goCriteria),
                                 orDash(w.statusNote)};
        }
        lines << QString() << RfcCommands::tr("Rollout waves:")
              << table({RfcCommands::tr("#"), RfcCommands::tr("Name"), RfcCommands::tr("Group"),
                        RfcCommands::tr("Status"), RfcCommands::tr("Break point"), RfcCommands::tr("Planned"),
                        RfcCommands::tr("Go criteria"), RfcCommands::tr("Note")},
                       rows, 2);
    }
    if (!record.testCases.isEmpty()) {
        QList<QStringList> rows;
        int n = 0;
        for (const TestCase &t : record.testCases) {
            const QString by = t.testedBy
                ? RfcCommands::tr("%1, %2").arg(directory.login(t.testedBy), timeText(t.testedAt))
                : u"-"_s;
            rows << QStringList {QString::number(++n), t.result,         t.description,
                                 orDash(t.expected),   orDash(t.actual), by};
        }
        lines << QString() << RfcCommands::tr("Test cases:")
              << table({RfcCommands::tr("#"), RfcCommands::tr("Result"), RfcCommands::tr("Description"),
                        RfcCommands::tr("Expected"), RfcCommands::tr("Actual"), RfcCommands::tr("Tested by")},
                       rows, 2);
    }
    const ChangeEvaluation &e = record.evaluation;
    if (e.done()) {
        const auto yesNo = [](const std::optional<bool> &value) {
            return value ? (*value ? RfcCommands::tr("yes") : RfcCommands::tr("no")) : u"-"_s;
        };
        lines << QString()
              << RfcCommands::tr("Evaluation (%1, %2):")
                     .arg(directory.login(e.evaluatedBy), timeText(e.evaluatedAt))
              << aligned({{RfcCommands::tr("Goal reached"), yesNo(e.goalReached)},
                          {RfcCommands::tr("Users satisfied"), yesNo(e.usersSatisfied)},
                          {RfcCommands::tr("Budget kept"), yesNo(e.budgetKept)},
                          {RfcCommands::tr("Schedule kept"), yesNo(e.scheduleKept)},
                          {RfcCommands::tr("Side effects"), orDash(e.sideEffects)},
                          {RfcCommands::tr("Tests afterwards"), orDash(e.postTests)}});
    }
    if (!record.attachments.isEmpty()) {
        QList<QStringList> rows;
        for (const ChangeAttachment &a : record.attachments)
            rows << QStringList {
                QString::number(a.id), a.name, orDash(a.mediaType), a.sha256.left(16) + u'…',
                RfcCommands::tr("%1, %2").arg(directory.login(a.addedBy), timeText(a.addedAt))};
        lines << QString() << RfcCommands::tr("Attachments:")
              << table({RfcCommands::tr("ID"), RfcCommands::tr("Name"), RfcCommands::tr("Type"),
                        RfcCommands::tr("SHA-256"), RfcCommands::tr("Added by")},
                       rows, 2);
    }
    return lines;
}

// The record's events in the audit trail, each with the reason given for a transition or an
// objection's decision.
QStringList historyLines(const QList<AuditEvent> &history, QJsonArray *json)
{
    QList<QStringList> rows;
    for (const AuditEvent &event : history) {
        const QJsonObject after = event.after.value_or(QJsonObject());
        const QJsonObject transition = after.value(u"transition"_s).toObject();
        QString reason = transition.value(u"reason"_s).toString();
        if (event.action == u"change.objection.raise")
            reason = after.value(u"reason"_s).toString();
        else if (event.action.startsWith(u"change.objection."))
            reason = after.value(u"resolution"_s).toString();
        QJsonObject entry {{u"seq"_s, event.seq},
                           {u"time"_s, Dialect::utcText(event.occurredAt)},
                           {u"actor"_s, event.actor},
                           {u"action"_s, event.action},
                           {u"reason"_s, reason}};
        if (!transition.isEmpty()) {
            entry.insert(u"from"_s, transition.value(u"from"_s));
            entry.insert(u"to"_s, transition.value(u"to"_s));
        }
        json->append(entry);
        rows << QStringList {QString::number(event.seq), timeText(event.occurredAt), event.actor,
                             event.action, reason};
    }
    return QStringList {QString(), RfcCommands::tr("History:")}
    + table({RfcCommands::tr("Event"), RfcCommands::tr("Time"), RfcCommands::tr("By"),
             RfcCommands::tr("Action"), RfcCommands::tr("Reason")},
            rows, 2);
}

// What can follow: every step whose conditions hold, whether `actor` may take it now, and if not,
// who may and what it still waits for.
QStringList stepLines(const ChangeRequest &record, const ChangeFacts &facts,
                      const WorkflowDefinition &definition, const Result<ChangeActor> &actor,
                      QJsonArray *availableJson, QJsonArray *possibleJson)
{
    const QList<const WorkflowTransition *> available
        = actor ? definition.available(facts, actor->workflowActor()) : QList<const WorkflowTransition *>();
    for (const WorkflowTransition *t : available)
        availableJson->append(t->action);
    QList<QStringList> steps;
    for (const WorkflowTransition *t : definition.possible(facts)) {
        const QStringList missing = WorkflowDefinition::missingFields(*t, facts);
        QStringList missingLabels;
        for (const QString &field : missing)
            missingLabels << ChangeFields::label(field);
        possibleJson->append(QJsonObject {{u"action"_s, t->action},
                                          {u"to"_s, t->to},
                                          {u"roles"_s, QJsonArray::fromStringList(t->roles)},
                                          {u"missing"_s, QJsonArray::fromStringList(missing)},
                                          {u"four_eyes"_s, t->fourEyes},
                                          {u"reason"_s, t->reason},
                                          {u"available"_s, available.contains(t)}});
        QStringList notes;
        if (available.contains(t)) {
            notes << RfcCommands::tr("you may take it now");
        } else {
            if (!actor || !WorkflowDefinition::holdsRole(*t, facts, actor->workflowActor())) {
                QStringList roles;
                for (const QString &role : t->roles)
                    roles << ChangeRoles::label(role);
                notes << RfcCommands::tr("by %1").arg(
                    roles.join(RfcCommands::tr(" or ", "between role names")));
            }
            if (!missingLabels.isEmpty())
                notes << RfcCommands::tr("still missing: %1").arg(missingLabels.join(u", "_s));
            if (t->fourEyes && (!actor || actor->personId == record.applicantId))
                notes << RfcCommands::tr("not by the applicant");
            if (facts.objectionOpen && !t->ignoresObjection)
                notes << RfcCommands::tr("waits for the objection to be decided");
        }
        if (t->reason)
            notes << RfcCommands::tr("needs --reason");
        steps << QStringList {t->action, u"→ "_s + t->to, notes.join(u"; "_s)};
    }
    QStringList lines {QString()};
    if (steps.isEmpty())
        return lines << RfcCommands::tr("No step follows: the request has ended ('%1').").arg(record.state);
    lines << (actor ? RfcCommands::tr("Next steps (for %1):").arg(actor->login)
                    : RfcCommands::tr("Next steps:"))
          << table({RfcCommands::tr("Action"), RfcCommands::tr("To"), RfcCommands::tr("Who and what")}, steps,
                   2);
    if (!actor)
        lines << RfcCommands::tr("(%1 With --as LOGIN this shows what that person may do.)")
                     .arg(actor.error().message);
    return lines;
}

QString RfcCommands::badValue(const QString &option, const QString &value, const QStringList &allowed)
{
    return tr("%1 '%2' is not one of: %3.").arg(option, value, allowed.join(u", "_s));
}

std::optional<int> RfcCommands::parse(QCommandLineParser &parser, const QString &command, const QStringList &args)
{
    return m_ctx.parseOptions(parser, command, args);
}

Status RfcCommands::open(bool withWorkflow)
{
    auto db = m_ctx.openCurrent();
    if (!db)
        return fail(db.error());
    m_db = *db;
    if (withWorkflow) {
        auto definition = WorkflowStore(*m_db).active();
        if (!definition)
            return fail(definition.error());
        m_workflow = *definition;
    }
    return {};
}

Result<Acting> RfcCommands::acting(const QString &login) const
{
    auto found = ChangeService(*m_db).actor(login);
    if (found)
        return Acting {found->login, *found};
    if (found.error().kind != ErrorKind::NotFound)
        return fail(found.error());
    QString who = login.trimmed();
    if (m_db->backend() == Backend::PostgreSQL || who.isEmpty())
        who = m_db->sessionUser();
    return Acting {who, std::nullopt};
}

Result<Person> RfcCommands::personNamed(const QString &login) const
{
    auto person = PeopleRepository(*m_db).personByLogin(login);
    if (!person)
        return fail(person.error());
    if (!*person)
        return fail(ErrorKind::NotFound, tr("There is no person with the login '%1'.").arg(login));
    return **person;
}

Result<QHash<qint64, QString>> RfcCommands::ciNames(const QList<qint64> &ids) const
{
    return CiRepository(*m_db, {}).names(ids);
}

// ---- people -------------------------------------------------------------------------------------

int RfcCommands::person(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"add")
        return personAdd(args.mid(1));
    if (sub == u"list")
        return personList(args.mid(1));
    if (sub == u"roles")
        return personRoles(args.mid(1));
    if (sub.isEmpty())
        return m_ctx.usageError(tr("person needs a subcommand: add, list or roles"));
    return m_ctx.usageError(tr("unknown person subcommand '%1': use add, list or roles").arg(sub));
}

// Roles from "r1,r2"; InvalidInput naming an unknown one.
Result<QSet<QString>> parseRoles(const QString &text)
{
    QSet<QString> roles;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString role = part.trimmed();
        if (role.isEmpty())
            continue;
        if (!ChangeRoles::keys().contains(role))
            return fail(ErrorKind::InvalidInput,
                        RfcCommands::tr("'%1' is not a role; the roles are: %2.")
                            .arg(role, ChangeRoles::keys().join(u", "_s)));
        roles.insert(role);
    }
    return roles;
}

int RfcCommands::personAdd(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption nameOption(u"name"_s, {}, u"NAME"_s);
    const QCommandLineOption emailOption(u"email"_s, {}, u"E"_s);
    const QCommandLineOption unitOption(u"unit"_s, {}, u"CODE"_s);
    const QCommandLineOption rolesOption(u"roles"_s, {}, u"R1,R2"_s);
    const QCommandLineOption asOption(u"as"_s, {}, u"USER"_s);
    parser.addOptions({nameOption, emailOption, unitOption, rolesOption, asOption});
    if (auto bad = parse(parser, u"person add"_s, args))
        return *bad;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !parser.isSet(nameOption))
        return m_ctx.usageError(
            tr("person add needs a login and --name, e.g. 'person add jdoe --name \"Jan de "
               "Vries\" --roles applicant'"));
    auto roles = parseRoles(parser.value(rolesOption));
    if (!roles)
        return m_ctx.failed(roles.error());
    if (auto opened = open(false); !opened)
        return m_ctx.failed(opened.error());
    auto who = acting(parser.value(asOption));
    if (!who)
        return m_ctx.failed(who.error());
    auto directory = loadDirectory(*m_db);
    if (!directory)
        return m_ctx.failed(directory.error());

    Person p;
    p.login = positional.constFirst().trimmed();
    p.displayName = parser.value(nameOption).trimmed();
    p.email = parser.value(emailOption).trimmed();
    if (parser.isSet(unitOption)) {
        p.orgUnitId = directory->unitId(parser.value(unitOption));
        if (!p.orgUnitId)
            return m_ctx.failed(Error {ErrorKind::InvalidInput,
                                       tr("There is no organizational unit with the code or name '%1'.")
                                           .arg(parser.value(unitOption))});
    }
    const qint64 byId = who->actor ? who->actor->personId : 0;
    auto added = PersonRoles(*m_db).addPerson(p, *roles, byId, who->login);
    if (!added)
        return m_ctx.failed(added.error());
    const QStringList roleList = sorted(*roles);
    return m_ctx.printResult(
        {{u"person"_s,
          QJsonObject {{u"id"_s, added->id},
                       {u"login"_s, added->login},
                       {u"name"_s, added->displayName},
                       {u"email"_s, added->email},
                       {u"unit"_s,
                        added->orgUnitId ? QJsonValue(directory->unitCode(added->orgUnitId)) : QJsonValue()},
                       {u"roles"_s, QJsonArray::fromStringList(roleList)}}}},
        roleList.isEmpty() ? tr("Added %1 (%2), without roles.").arg(added->login, added->displayName)
                           : tr("Added %1 (%2) with the roles: %3.")
                                 .arg(added->login, added->displayName, roleList.join(u", "_s)));
}

int RfcCommands::personList(const QStringList &args)
{
    QCommandLineParser parser;
    if (auto bad = parse(parser, u"person list"_s, args))
        return *bad;
    if (!parser.positionalArguments().isEmpty())
        return m_ctx.usageError(tr("person list takes no arguments"));
    if (auto opened = open(false); !opened)
        return m_ctx.failed(opened.error());
    auto directory = loadDirectory(*m_db);
    if (!directory)
        return m_ctx.failed(directory.error());
    auto roles = PersonRoles(*m_db).all();
    if (!roles)
        return m_ctx.failed(roles.error());
    QList<Person> people = directory->people.values();
    std::ranges::sort(people, [](const Person &a, const Person &b) { return a.login < b.login; });
    QJsonArray json;
    QList<QStringList> rows;
    for (const Person &p : std::as_const(people)) {
        const QStringList held = sorted(roles->value(p.id));
        json.append(QJsonObject {
            {u"login"_s, p.login},
            {u"name"_s, p.displayName},
            {u"email"_s, p.email},
            {u"unit"_s, p.orgUnitId ? QJsonValue(directory->unitCode(p.orgUnitId)) : QJsonValue()},
            {u"active"_s, p.active},
            {u"roles"_s, QJsonArray::fromStringList(held)}});
        rows << QStringList {p.login, p.displayName, orDash(directory->unitCode(p.orgUnitId)),
                             held.isEmpty() ? u"-"_s : held.join(u","_s)};
    }
    QStringList lines = table({tr("Login"), tr("Name"), tr("Unit"), tr("Roles")}, rows);
    lines << tr("%n person(s)", nullptr, int(people.size()));
    return m_ctx.printResult({{u"people"_s, json}, {u"count"_s, int(people.size())}}, lines.join(u'\n'));
}

int RfcCommands::personRoles(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption setOption(u"set"_s, {}, u"R1,R2"_s);
    const QCommandLineOption grantOption(u"grant"_s, {}, u"R"_s);
    const QCommandLineOption revokeOption(u"revoke"_s, {}, u"R"_s);
    const QCommandLineOption asOption(u"as"_s, {}, u"USER"_s);
    parser.addOptions({setOption, grantOption, revokeOption, asOption});
    if (auto bad = parse(parser, u"person roles"_s, args))
        return *bad;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return m_ctx.usageError(tr("person roles takes exactly one login"));
    const int changes
        = int(parser.isSet(setOption)) + int(parser.isSet(grantOption)) + int(parser.isSet(revokeOption));
    if (changes > 1)
        return m_ctx.usageError(tr("person roles takes at most one of --set, --grant and --revoke"));
    const QString option = parser.isSet(setOption) ? parser.value(setOption)
        : parser.isSet(grantOption)                ? parser.value(grantOption)
                                                   : parser.value(revokeOption);
    auto given = parseRoles(option);
    if (!given)
        return m_ctx.failed(given.error());
    if ((parser.isSet(grantOption) || parser.isSet(revokeOption)) && given->isEmpty())
        return m_ctx.usageError(tr("--grant and --revoke need a role"));
    if (auto opened = open(false); !opened)
        return m_ctx.failed(opened.error());
    auto person = personNamed(positional.constFirst());
    if (!person)
        return m_ctx.failed(person.error());
    const PersonRoles personRoles(*m_db);
    auto before = personRoles.rolesOf(person->id);
    if (!before)
        return m_ctx.failed(before.error());
    QSet<QString> after = *before;
    if (parser.isSet(setOption))
        after = *given;
    else if (parser.isSet(grantOption))
        after += *given;
    else if (parser.isSet(revokeOption))
        after -= *given;
    if (changes > 0 && after != *before) {
        auto who = acting(parser.value(asOption));
        if (!who)
            return m_ctx.failed(who.error());
        if (auto set
            = personRoles.setRoles(person->id, after, who->actor ? who->actor->personId : 0, who->login);
            !set)
            return m_ctx.failed(set.error());
    }
    const QStringList list = sorted(after);
    QStringList labels;
    for (const QString &role : list)
        labels << ChangeRoles::label(role);
    const QString text = list.isEmpty() ? tr("%1 has no roles.").arg(person->login)
        : changes > 0
        ? tr("%1 now has the roles: %2 (%3).").arg(person->login, list.join(u", "_s), labels.join(u", "_s))
        : tr("%1 has the roles: %2 (%3).").arg(person->login, list.join(u", "_s), labels.join(u", "_s));
    return m_ctx.printResult({{u"login"_s, person->login},
                              {u"roles"_s, QJsonArray::fromStringList(list)},
                              {u"changed"_s, after != *before}},
                             text);
}

// ---- requests for change ------------------------------------------------------------------------

int RfcCommands::rfc(const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == u"create")
        return create(rest);
    if (sub == u"show")
        return show(rest);
    if (sub == u"list")
        return list(rest);
    if (sub == u"act")
        return act(rest);
    if (sub == u"test")
        return recordTest(rest);
    if (sub == u"wave")
        return recordWave(rest);
    if (sub == u"evaluate")
        return evaluate(rest);
    if (sub == u"object")
        return object(rest);
    if (sub == u"decide")
        return decide(rest);
    if (sub == u"attach")
        return attach(rest);
    if (sub == u"attachment")
        return attachment(rest);
    if (sub == u"todo")
        return todo(rest);
    const QString subs
        = u"create, show, list, act, test, wave, evaluate, object, decide, attach, attachment, todo"_s;
    if (sub.isEmpty())
        return m_ctx.usageError(tr("rfc needs a subcommand: %1").arg(subs));
    return m_ctx.usageError(tr("unknown rfc subcommand '%1': use %2").arg(sub, subs));
}

Result<ChangeRequest> RfcCommands::readRequest(const QByteArray &bytes, const QString &file,
                                               const Directory &directory, bool *namesApplicant) const
{
    const auto bad = [&](const QString &message) {
        return fail(ErrorKind::InvalidInput, tr("%1: %2").arg(file, message));
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return bad(
            tr("not valid JSON at character %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    if (!document.isObject())
        return bad(tr("a request for change is a JSON object"));
    const QJsonObject root = document.object();
    QStringList known = ChangeRecordFields::textKeys();
    known << u"affected"_s << u"department"_s << u"applicant"_s << u"implementers"_s << u"rollout_waves"_s
          << u"test_cases"_s;
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return bad(tr("unknown key '%1' (known: %2)").arg(it.key(), known.join(u", "_s)));
    }

    ChangeRequest r;
    for (const QString &key : ChangeRecordFields::textKeys()) {
        const QJsonValue value = root.value(key);
        if (value.isUndefined())
            continue;
        QString text;
        if (value.isString())
            text = value.toString();
        else if (value.isBool() && (key == u"security_relevant" || key == u"needs_restart"))
            text = value.toBool() ? u"true"_s : u"false"_s;
        else if (value.isDouble() && (key == u"duplicate_of" || key == u"follow_up" || key == u"expected_downtime"))
            text = QString::number(value.toInteger());
        else if (!value.isNull())
            return bad(tr("'%1' must be text").arg(key));
        if (auto set = ChangeRecordFields::set(r, key, text); !set)
            return bad(set.error().message);
    }

    const auto names = [&](const QJsonValue &value, const QString &where) -> Result<QStringList> {
        QStringList list;
        if (!value.isArray())
            return bad(tr("'%1' must be a list of names").arg(where));
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString())
                return bad(tr("'%1' must be a list of names").arg(where));
            list << item.toString();
        }
        return list;
    };
    const CiRepository cis(*m_db, {});
    const QJsonValue affected = root.value(u"affected"_s);
    if (!affected.isUndefined()) {
        QStringList ciNamesList;
        QStringList groupNames;
        if (affected.isArray()) {
            auto list = names(affected, u"affected"_s);
            if (!list)
                return fail(list.error());
            ciNamesList = *list;
        } else if (affected.isObject()) {
            const QJsonObject object = affected.toObject();
            for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                if (it.key() != u"cis" && it.key() != u"groups")
                    return bad(tr("affected: unknown key '%1' (known: cis, groups)").arg(it.key()));
            }
            if (object.contains(u"cis"_s)) {
                auto list = names(object.value(u"cis"_s), u"affected.cis"_s);
                if (!list)
                    return fail(list.error());
                ciNamesList = *list;
            }
            if (object.contains(u"groups"_s)) {
                auto list = names(object.value(u"groups"_s), u"affected.groups"_s);
                if (!list)
                    return fail(list.error());
                groupNames = *list;
            }
        } else {
            return bad(tr("'affected' must be a list of CI names or {\"cis\": [...], \"groups\": [...]}"));
        }
        for (const QString &name : std::as_const(ciNamesList)) {
            auto item = cis.byName(name);
            if (!item)
                return fail(item.error());
            if (!*item)
                return bad(tr("affected: there is no configuration item named '%1'").arg(name));
            if (!r.ciIds.contains((*item)->id))
                r.ciIds << (*item)->id;
        }
        for (const QString &name : std::as_const(groupNames)) {
            const auto id = directory.groupByName.constFind(name);
            if (id == directory.groupByName.cend())
                return bad(tr("affected: there is no group named '%1'").arg(name));
            if (!r.groupIds.contains(*id))
                r.groupIds << *id;
        }
    }
    if (root.contains(u"department"_s)) {
        const QJsonValue value = root.value(u"department"_s);
        if (!value.isString())
            return bad(tr("'department' must be the code of an organizational unit"));
        r.departmentId = directory.unitId(value.toString());
        if (!r.departmentId)
            return bad(tr("department: there is no organizational unit with the code or name '%1'")
                           .arg(value.toString()));
    }
    *namesApplicant = root.contains(u"applicant"_s);
    if (*namesApplicant) {
        const QJsonValue value = root.value(u"applicant"_s);
        if (!value.isString())
            return bad(tr("'applicant' must be a login"));
        const auto id = directory.personByLogin.constFind(value.toString());
        if (id == directory.personByLogin.cend())
            return bad(tr("applicant: there is no person with the login '%1'").arg(value.toString()));
        r.applicantId = *id;
    }
    if (root.contains(u"implementers"_s)) {
        auto logins = names(root.value(u"implementers"_s), u"implementers"_s);
        if (!logins)
            return fail(logins.error());
        for (const QString &login : std::as_const(*logins)) {
            const auto id = directory.personByLogin.constFind(login);
            if (id == directory.personByLogin.cend())
                return bad(tr("implementers: there is no person with the login '%1'").arg(login));
            if (!r.implementerIds.contains(*id))
                r.implementerIds << *id;
        }
        std::ranges::sort(r.implementerIds);
    }
    if (root.contains(u"rollout_waves"_s)) {
        const QJsonValue value = root.value(u"rollout_waves"_s);
        if (!value.isArray())
            return bad(tr("'rollout_waves' must be a list of waves"));
        const QStringList waveKeys {u"name"_s,        u"group"_s,         u"go_criteria"_s,
                                    u"break_point"_s, u"planned_start"_s, u"planned_end"_s};
        int n = 0;
        for (const QJsonValue &item : value.toArray()) {
            ++n;
            const QString where = tr("rollout wave %1").arg(n);
            if (!item.isObject())
                return bad(tr("%1 must be an object").arg(where));
            const QJsonObject o = item.toObject();
            RolloutWave w;
            for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
                const QString &key = it.key();
                const QJsonValue &v = it.value();
                if (!waveKeys.contains(key))
                    return bad(
                        tr("%1: unknown key '%2' (known: %3)").arg(where, key, waveKeys.join(u", "_s)));
                if (key == u"break_point") {
                    if (!v.isBool())
                        return bad(tr("%1: 'break_point' must be true or false").arg(where));
                    w.breakPoint = v.toBool();
                    continue;
                }
                if (!v.isString() && !v.isNull())
                    return bad(tr("%1: '%2' must be text").arg(where, key));
                const QString text = v.toString();
                if (key == u"name") {
                    w.name = text;
                } else if (key == u"go_criteria") {
                    w.goCriteria = text;
                } else if (key == u"group") {
                    if (text.isEmpty())
                        continue;
                    const auto id = directory.groupByName.constFind(text);
                    if (id == directory.groupByName.cend())
                        return bad(tr("%1: there is no group named '%2'").arg(where, text));
                    w.groupId = *id;
                } else {
                    auto when = ChangeRecordFields::parseTime(key, text);
                    if (!when)
                        return bad(tr("%1: %2").arg(where, when.error().message));
                    (key == u"planned_start" ? w.plannedStart : w.plannedEnd) = *when;
                }
            }
            r.waves << w;
        }
    }
    if (root.contains(u"test_cases"_s)) {
        const QJsonValue value = root.value(u"test_cases"_s);
        if (!value.isArray())
            return bad(tr("'test_cases' must be a list of test cases"));
        int n = 0;
        for (const QJsonValue &item : value.toArray()) {
            ++n;
            const QString where = tr("test case %1").arg(n);
            if (!item.isObject())
                return bad(tr("%1 must be an object").arg(where));
            const QJsonObject o = item.toObject();
            TestCase t;
            for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
                if (it.key() != u"description" && it.key() != u"expected")
                    return bad(
                        tr("%1: unknown key '%2' (known: description, expected)").arg(where, it.key()));
                if (!it.value().isString())
                    return bad(tr("%1: '%2' must be text").arg(where, it.key()));
                (it.key() == u"description" ? t.description : t.expected) = it.value().toString();
            }
            r.testCases << t;
        }
    }
    return r;
}

Result<QJsonArray> RfcCommands::similarJson(const ChangeService &service, const ChangeRequest &request,
                                            QStringList *lines) const
{
    auto similar = service.similarOpen(request);
    if (!similar)
        return fail(similar.error());
    QList<qint64> shared;
    for (const ChangeAnalysis::Similar &s : std::as_const(*similar))
        shared << s.sharedCis;
    auto names = ciNames(shared);
    if (!names)
        return fail(names.error());
    QJsonArray json;
    QList<QStringList> rows;
    for (const ChangeAnalysis::Similar &s : std::as_const(*similar)) {
        auto other = service.get(s.id);
        if (!other)
            return fail(other.error());
        QStringList cis;
        for (qint64 id : s.sharedCis)
            cis << names->value(id, QString::number(id));
        json.append(QJsonObject {{u"id"_s, s.id},
                                 {u"title"_s, other->title},
                                 {u"state"_s, other->state},
                                 {u"score"_s, s.score},
                                 {u"shared_cis"_s, QJsonArray::fromStringList(cis)},
                                 {u"shared_words"_s, QJsonArray::fromStringList(s.sharedWords)}});
        rows << QStringList {u"#%1"_s.arg(s.id), QString::number(s.score, 'f', 2), other->state,
                             shortened(other->title, 48), cis.isEmpty() ? u"-"_s : cis.join(u", "_s)};
    }
    if (lines && !rows.isEmpty()) {
        *lines << tr("Similar open requests (possible duplicates of this one):")
               << table({tr("ID"), tr("Score"), tr("State"), tr("Title"), tr("Shared CIs")}, rows, 2);
    }
    return json;
}

int RfcCommands::create(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption asOption(u"as"_s, {}, u"USER"_s);
    parser.addOption(asOption);
    if (auto bad = parse(parser, u"rfc create"_s, args))
        return *bad;
    if (parser.positionalArguments().size() != 1)
        return m_ctx.usageError(tr("rfc create takes exactly one JSON file"));
    const QString path = parser.positionalArguments().constFirst();
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.exists())
        return m_ctx.failed(Error {ErrorKind::NotFound, tr("%1 does not exist").arg(shown)});
    if (!file.open(QIODevice::ReadOnly))
        return m_ctx.failed(Error {ErrorKind::Io, tr("cannot read %1: %2").arg(shown, file.errorString())});
    const QByteArray bytes = file.readAll();
    if (auto opened = open(); !opened)
        return m_ctx.failed(opened.error());
    const ChangeService service(*m_db, *m_workflow);
    auto actor = service.actor(parser.value(asOption));
    if (!actor)
        return m_ctx.failed(actor.error());
    auto directory = loadDirectory(*m_db);
    if (!directory)
        return m_ctx.failed(directory.error());
    bool namesApplicant = false;
    auto request = readRequest(bytes, shown, *directory, &namesApplicant);
    if (!request)
        return m_ctx.failed(request.error());
    if (namesApplicant && request->applicantId != actor->personId && !actor->has(u"change_manager"_s))
        return m_ctx.failed(
            Error {ErrorKind::ReadOnly,
                   tr("%1: only a change manager may apply on behalf of somebody else ('%2').")
                       .arg(shown, directory->login(request->applicantId))});
    auto created = service.create(*request, *actor);
    if (!created)
        return m_ctx.failed(created.error());
    QStringList lines {tr("Created request for change #%1 '%2' (%3), applicant %4.")
                           .arg(created->id)
                           .arg(created->title, created->state, directory->person(created->applicantId))};
    auto similar = similarJson(service, *created, &lines);
    if (!similar)
        return m_ctx.failed(similar.error());
    QJsonObject json = ChangeRecordFields::toJson(*created);
    json.insert(u"similar"_s, *similar);
    return m_ctx.printResult(json, lines.join(u'\n'));
}

QJsonObject RfcCommands::objectionJson(const ChangeObjection &o, const Directory &directory) const
{
    const auto login = [&](const std::optional<qint64> &id) {
        return id ? QJsonValue(directory.login(id)) : QJsonValue();
    };
    return {{u"id"_s, o.id},
            {u"change"_s, o.changeId},
            {u"field"_s, o.field},
            {u"proposed"_s, o.proposed},
            {u"reason"_s, o.reason},
            {u"status"_s, o.status},
            {u"open"_s, o.isOpen()},
            {u"raised_by"_s, login(o.raisedBy)},
            {u"raised_at"_s, timeJson(o.raisedAt)},
            {u"escalated_by"_s, login(o.escalatedBy)},
            {u"escalated_at"_s, timeJson(o.escalatedAt)},
            {u"resolved_by"_s, login(o.resolvedBy)},
            {u"resolved_at"_s, timeJson(o.resolvedAt)},
            {u"resolution"_s, o.resolution}};
}

int RfcCommands::show(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption asOption(u"as"_s, {}, u"USER"_s);
    parser.addOption(asOption);
    if (auto bad = parse(parser, u"rfc show"_s, args))
        return *bad;
    if (parser.positionalArguments().size() != 1)
        return m_ctx.usageError(tr("rfc show takes exactly one request number"));
    const auto id = parseId(parser.positionalArguments().constFirst());
    if (!id)
        return m_ctx.usageError(tr("'%1' is not the number of a request for change")
                                    .arg(parser.positionalArguments().constFirst()));
    if (auto opened = open(); !opened)
        return m_ctx.failed(opened.error());
    const ChangeService service(*m_db, *m_workflow);
    auto record = service.get(*id);
    if (!record)
        return m_ctx.failed(record.error());
    // Reading needs nobody in particular; the steps offered are those of the acting person.
    auto actor = service.actor(parser.value(asOption));
    if (!actor && (parser.isSet(asOption) || actor.error().kind != ErrorKind::NotFound))
        return m_ctx.failed(actor.error());
    auto directory = loadDirectory(*m_db);
    auto objections = service.objections(*id);
    auto history = service.history(*id);
    auto facts = service.facts(*record);
    auto suggestion = service.suggestion(*record);
    auto names = ciNames(record->ciIds);
    if (!directory || !objections || !history || !facts || !suggestion || !names)
        return m_ctx.failed(!directory        ? directory.error()
                                : !objections ? objections.error()
                                : !history    ? history.error()
                                : !facts      ? facts.error()
                                : !suggestion ? suggestion.error()
                                              : names.error());

    QStringList cis;
    for (qint64 ci : std::as_const(record->ciIds))
        cis << names->value(ci, QString::number(ci));
    QStringList groups;
    for (qint64 group : std::as_const(record->groupIds))
        groups << directory->group(group);
    QStringList lines {tr("Request for change #%1: %2").arg(record->id).arg(record->title)};
    lines << aligned(recordFields(*record, *directory, cis, groups, *suggestion))
          << planLines(*record, *directory);
    QJsonArray objectionArray;
    if (!objections->isEmpty()) {
        QList<QStringList> rows;
        for (const ChangeObjection &o : std::as_const(*objections)) {
            objectionArray.append(objectionJson(o, *directory));
            rows << QStringList {QString::number(o.id),
                                 ChangeFields::label(o.field),
                                 o.proposed,
                                 o.status,
                                 directory->login(o.raisedBy),
                                 o.reason,
                                 orDash(o.resolution)};
        }
        lines << QString() << tr("Objections:")
              << table({tr("ID"), tr("Field"), tr("Proposed"), tr("Status"), tr("Raised by"), tr("Reason"),
                        tr("Resolution")},
                       rows, 2);
    }
    QJsonArray historyArray;
    lines << historyLines(*history, &historyArray);
    QJsonArray availableArray;
    QJsonArray possibleArray;
    lines << stepLines(*record, *facts, service.definition(), actor, &availableArray, &possibleArray);

    QJsonObject json = ChangeRecordFields::toJson(*record);
    json.insert(u"names"_s,
                QJsonObject {{u"applicant"_s, directory->login(record->applicantId)},
                             {u"department"_s,
                              record->departmentId ? QJsonValue(directory->unitCode(record->departmentId))
                                                   : QJsonValue()},
                             {u"cis"_s, QJsonArray::fromStringList(cis)},
                             {u"groups"_s, QJsonArray::fromStringList(groups)}});
    json.insert(u"suggestion"_s,
                QJsonObject {{u"category"_s, suggestion->category},
                             {u"priority"_s, suggestion->priority},
                             {u"reasons"_s, QJsonArray::fromStringList(suggestion->reasons)}});
    json.insert(u"objections"_s, objectionArray);
    json.insert(u"history"_s, historyArray);
    json.insert(u"actor"_s, actor ? QJsonValue(actor->login) : QJsonValue());
    json.insert(u"available"_s, availableArray);
    json.insert(u"possible"_s, possibleArray);
    return m_ctx.printResult(json, lines.join(u'\n'));
}

int RfcCommands::list(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption stateOption(u"state"_s, {}, u"S"_s);
    const QCommandLineOption typeOption(u"type"_s, {}, u"T"_s);
    const QCommandLineOption priorityOption(u"priority"_s, {}, u"P"_s);
    const QCommandLineOption categoryOption(u"category"_s, {}, u"C"_s);
    const QCommandLineOption mineOption(u"mine"_s);
    const QCommandLineOption textOption(u"text"_s, {}, u"WORDS"_s);
    const QCommandLineOption asOption(u"as"_s, {}, u"USER"_s);
    parser.addOptions(
        {stateOption, typeOption, priorityOption, categoryOption, mineOption, textOption, asOption});
    if (auto bad = parse(parser, u"rfc list"_s, args))
        return *bad;
    if (!parser.positionalArguments().isEmpty())
        return m_ctx.usageError(tr("rfc list takes no arguments besides its options"));
    // Each option may be repeated or hold several values: --state draft,submitted.
    const auto values = [&](const QCommandLineOption &option) {
        QStringList all;
        for (const QString &value : parser.values(option)) {
            for (const QString &part : value.split(u',', Qt::SkipEmptyParts))
                all << part.trimmed();
        }
        return all;
    };
    if (auto opened = open(); !opened)
        return m_ctx.failed(opened.error());
    ChangeFilter filter;
    QStringList states;
    for (const WorkflowState &s : m_workflow->states())
        states << s.id;
    filter.states = values(stateOption);
    for (const QString &s : std::as_const(filter.states)) {
        if (!states.contains(s))
            return m_ctx.failed(Error {ErrorKind::InvalidInput, badValue(u"--state"_s, s, states)});
    }
    const QList<std::tuple<const QCommandLineOption *, QString, QStringList *>> checked {
        {&typeOption, u"type"_s, &filter.types},
        {&priorityOption, u"priority"_s, &filter.priorities},
        {&categoryOption, u"category"_s, &filter.categories}};
    for (const auto &[option, key, target] : checked) {
        *target = values(*option);
        const QStringList allowed = ChangeFields::conditionValues().value(key);
        for (const QString &v : std::as_const(*target)) {
            if (!allowed.contains(v))
                return m_ctx.failed(Error {ErrorKind::InvalidInput, badValue(u"--"_s + key, v, allowed)});
        }
    }
    filter.text = parser.value(textOption);
    const ChangeService service(*m_db, *m_workflow);
    QJsonObject filterJson;
    if (parser.isSet(mineOption)) {
        auto actor = service.actor(parser.value(asOption));
        if (!actor)
            return m_ctx.failed(actor.error());
        filter.applicantId = actor->personId;
        filterJson.insert(u"applicant"_s, actor->login);
    }
    auto found = service.list(filter);
    if (!found)
        return m_ctx.failed(found.error());
    auto directory = loadDirectory(*m_db);
    if (!directory)
        return m_ctx.failed(directory.error());
    QJsonArray json;
    QList<QStringList> rows;
    for (const ChangeSummary &s : std::as_const(*found)) {
        json.append(QJsonObject {{u"id"_s, s.id},
                                 {u"state"_s, s.state},
                                 {u"title"_s, s.title},
                                 {u"type"_s, s.type},
                                 {u"priority"_s, s.priority},
                                 {u"category"_s, s.category},
                                 {u"applicant"_s, directory->login(s.applicantId)},
                                 {u"applicant_name"_s, s.applicantName},
                                 {u"security_relevant"_s, s.securityRelevant},
                                 {u"objection_open"_s, s.objectionOpen},
                                 {u"ci_count"_s, s.ciCount},
                                 {u"planned_start"_s, timeJson(s.plannedStart)},
                                 {u"planned_end"_s, timeJson(s.plannedEnd)},
                                 {u"evaluation_due"_s, timeJson(s.evaluationDue)},
                                 {u"updated_at"_s, timeJson(s.updatedAt)}});
        rows << QStringList {u"#%1"_s.arg(s.id),
                             s.state + (s.objectionOpen ? u" (!)"_s : QString()),
                             orDash(s.priority),
                             orDash(s.category),
                             s.type,
                             shortened(s.title, 48),
                             directory->login(s.applicantId),
                             s.plannedStart.isValid() ? timeText(s.plannedStart) : u"-"_s};
    }
    QStringList lines;
    if (!rows.isEmpty())
        lines = table({tr("ID"), tr("State"), tr("Priority"), tr("Category"), tr("Type"), tr("Title"),
                       tr("Applicant"), tr("Planned start")},
                      rows);
    lines << tr("%n request(s) for change", nullptr, int(found->size()));
    if (std::ranges::any_of(*found, &ChangeSummary::objectionOpen))
        lines << tr("(!) security management objects to the priority or category");
    const auto asArray = [](const QStringList &list) {
        return QJsonArray::fromStringList(list);
    };
    filterJson.insert(u"states"_s, asArray(filter.states));
    filterJson.insert(u"types"_s, asArray(filter.types));
    filterJson.insert(u"priorities"_s, asArray(filter.priorities));
    filterJson.insert(u"categories"_s, asArray(filter.categories));
    filterJson.insert(u"text"_s, filter.text);
    return m_ctx.printResult(
        {{u"changes"_s, json}, {u"count"_s, int(found->size())}, {u"filter"_s, filterJson}},
        lines.join(u'\n'));
}

int RfcCommands::act(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption setOption(u"set"_s, {}, u"FIELD=VALUE"_s);
    const QCommandLineOption reasonOption(u"reason"_s, {}, u"TEXT"_s);
    const QCommandLineOption asOption(u"as"_s, {}, u"USER"_s);
    parser.addOptions({setOption, reasonOption, asOption});
    if (auto bad = parse(parser, u"rfc act"_s, args))
        return *bad;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return m_ctx.usageError(tr("rfc act needs a request number and an action, e.g. 'rfc act 12 submit'"));
    const auto id = parseId(positional.at(0));
    if (!id)
        return m_ctx.usageError(tr("'%1' is not the number of a request for change").arg(positional.at(0)));
    const QString action = positional.at(1);
    // Every value is checked before anything is read or written: a bad one is bad input.
    QHash<QString, QString> sets;
    ChangeRequest scratch;
    for (const QString &assignment : parser.values(setOption)) {
        const qsizetype equals = assignment.indexOf(u'=');
        if (equals <= 0)
            return m_ctx.usageError(tr("--set takes FIELD=VALUE, not '%1'").arg(assignment));
        const QString key = assignment.left(equals).trimmed();
        const QString value = assignment.mid(equals + 1);
        if (auto set = ChangeRecordFields::set(scratch, key, value); !set)
            return m_ctx.failed(set.error());
        sets.insert(key, value);
    }
    if (auto opened = open(); !opened)
        return m_ctx.failed(opened.error());
    const ChangeService service(*m_db, *m_workflow);
    auto actor = service.actor(parser.value(asOption));
    if (!actor)
        return m_ctx.failed(actor.error());
    auto before = service.get(*id);
    if (!before)
        return m_ctx.failed(before.error());
    auto after = service.act(*id, action, *actor, sets, parser.value(reasonOption));
    if (!after)
        return m_ctx.failed(after.error());
    QStringList lines {tr("Request for change #%1 is now '%2' (%3 from '%4' by %5).")
                           .arg(after->id)
                           .arg(after->state, action, before->state, actor->login)};
    QJsonObject json = ChangeRecordFields::toJson(*after);
    json.insert(u"transition"_s,
                QJsonObject {{u"action"_s, action}, {u"from"_s, before->state}, {u"to"_s, after->state}});
    // Leaving the draft is when others see it: offer what it may duplicate.
    if (before->state == service.definition().initialState()) {
        auto similar = similarJson(service, *after, &lines);
        if (!similar)
            return m_ctx.failed(similar.error());
        if (!similar->isEmpty())
            lines << tr("If it is one of them, the change manager rejects it: rfc act %1 reject_duplicate "
                        "--set duplicate_of=N --reason TEXT")
                         .arg(after->id);
        json.insert(u"similar"_s, *similar);
    }
    return m_ctx.printResult(json, lines.join(u'\n'));
}

int RfcCommands::printUpdated(const ChangeRequest &record, const QString &text)
{
    return m_ctx.printResult(ChangeRecordFields::toJson(record), text);
}

int RfcCommands::recordTest(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption resultOption(u"result"_s, {}, u"RESULT"_s);
    const QCommandLineOption actualOption(u"actual"_s, {}, u"TEXT"_s);
    const QCommandLineOption asOption(u"as"_s, {}, u"USER"_s);
    parser.addOptions({resultOption, actualOption, asOption});
    if (auto bad = parse(parser, u"rfc test"_s, args))
        return *bad;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || !parser.isSet(resultOption))
        return m_ctx.usageError(
            tr("rfc test needs a request number, the number of the test case and --result, e.g. "
               "'rfc test 12 1 --result passed --actual \"HTTP 200\"'"));
    const auto id = parseId(positional.at(0));
    bool ok = false;
    const int n = positional.at(1).toInt(&ok);
    if (!id || !ok || n < 1)
        return m_ctx.usageError(tr("rfc test needs a request number and a test case number (1, 2, …)"));
    QStringList results = TestCase::results();
    results.removeAll(u"pending"_s);
    const QString result = parser.value(resultOption).trimmed();
    if (!results.contains(result))
        return m_ctx.failed(Error {ErrorKind::InvalidInput, badValue(u"--result"_s, result, results)});
    if (auto opened = open(); !opened)
        return m_ctx.failed(opened.error());
    const ChangeService service(*m_db, *m_workflow);
    auto actor = service.actor(parser.value(asOption));
    if (!actor)
        return m_ctx.failed(actor.error());
    auto record = service.get(*id);
    if (!record)
        return m_ctx.failed(record.error());
    if (n > record->testCases.size())
        return m_ctx.failed(Error {ErrorKind::InvalidInput,
                                   tr("Request for change #%1 has %n test case(s); there is no test case %2.",
                                      nullptr, int(record->testCases.size()))
                                       .arg(*id)
                                       .arg(n)});
    TestCase &test = record->testCases[n - 1];
    test.result = result;
    if (parser.isSet(actualOption))
        test.actual = parser.value(actualOption);
    test.testedBy = actor->personId;
    test.testedAt = Clock::system().now();
    auto updated = service.update(*record, *actor);
    if (!updated)
        return m_ctx.failed(updated.error());
    return printUpdated(*updated,
                        tr("Test case %1 of request for change #%2 ('%3'): %4.")
                            .arg(n)
                            .arg(*id)
                            .arg(test.description, result));
}

int RfcCommands::recordWave(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption statusOption(u"status"_s, {}, u"STATUS"_s);
    const QCommandLineOption noteOption(u"note"_s, {}, u"TEXT"_s);
    const QCommandLineOption asOption(u"as"_s, {}, u"USER"_s);
    parser.addOptions({statusOption, noteOption, asOption});
    if (auto bad = parse(parser, u"rfc wave"_s, args))
        return *bad;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || !parser.isSet(statusOption))
        return m_ctx.usageError(
            tr("rfc wave needs a request number, the number of the wave and --status, e.g. "
               "'rfc wave 12 1 --status passed'"));
    const auto id = parseId(positional.at(0));
    bool ok = false;
    const int n = positional.at(1).toInt(&ok);
    if (!id || !ok || n < 1)
        return m_ctx.usageError(tr("rfc wave needs a request number and a wave number (1, 2, …)"));
    QStringList statuses = RolloutWave::statuses();
    statuses.removeAll(u"pending"_s);
    const QString status = parser.value(statusOption).trimmed();
    if (!statuses.contains(status))
        return m_ctx.failed(Error {ErrorKind::InvalidInput, badValue(u"--status"_s, status, statuses)});
    if (auto opened = open(); !opened)
        return m_ctx.failed(opened.error());
    const ChangeService service(*m_db, *m_workflow);
    auto actor = service.actor(parser.value(asOption));
    if (!actor)
        return m_ctx.failed(actor.error());
    auto record = service.get(*id);
    if (!record)
        return m_ctx.failed(record.error());
    if (n > record->waves.size())
        return m_ctx.failed(Error {ErrorKind::InvalidInput,
                                   tr("Request for change #%1 has %n rollout wave(s); there is no wave %2.",
                                      nullptr, int(record->waves.size()))
                                       .arg(*id)
                                       .arg(n)});
    RolloutWave &wave = record->waves[n - 1];
    wave.status = status;
    if (parser.isSet(noteOption))
        wave.statusNote = parser.value(noteOption);
    auto updated = service.update(*record, *actor);
    if (!updated)
        return m_ctx.failed(updated.error());
    return printUpdated(
        *updated,
        tr("Rollout wave %1 of request for change #%2 ('%3'): %4.").arg(n).arg(*id).arg(wave.name, status));
}

int RfcCommands::evaluate(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption goalOption(u"goal-reached"_s, {}, u"yes|no"_s);
    const QCommandLineOption usersOption(u"users-satisfied"_s, {}, u"yes|no"_s);
    const QCommandLineOption budgetOption(u"budget-kept"_s, {}, u"yes|no"_s);
    const QCommandLineOption scheduleOption(u"schedule-kept"_s, {}, u"yes|no"_s);
    const QCommandLineOption sideEffectsOption(u"side-effects"_s, {}, u"TEXT"_s);
    const QCommandLineOption postTestsOption(u"post-tests"_s, {}, u"TEXT"_s);
    const QCommandLineOption asOption(u"as"_s, {}, u"USER"_s);
    parser.addOptions({goalOption, usersOption, budgetOption, scheduleOption, sideEffectsOption,
                       postTestsOption, asOption});
    if (auto bad = parse(parser, u"rfc evaluate"_s, args))
        return *bad;
    const QStringList positional = parser.positionalArguments();
    const auto id = positional.size() == 1 ? parseId(positional.constFirst()) : std::nullopt;
    const QList<const QCommandLineOption *> answers {&goalOption, &usersOption, &budgetOption,
                                                     &scheduleOption};
    const bool anything
        = std::ranges::any_of(answers, [&](const QCommandLineOption *o) { return parser.isSet(*o); })
        || parser.isSet(sideEffectsOption) || parser.isSet(postTestsOption);
    if (!id || !anything)
        return m_ctx.usageError(
            tr("rfc evaluate needs a request number and at least one answer, e.g. 'rfc evaluate "
               "12 --goal-reached yes --side-effects none'"));
    const qint64 changeId = *id;
    std::array<std::optional<bool>, 4> given;
    for (qsizetype i = 0; i < answers.size(); ++i) {
        if (!parser.isSet(*answers.at(i)))
            continue;
        given[size_t(i)] = parseYesNo(parser.value(*answers.at(i)));
        if (!given[size_t(i)])
            return m_ctx.failed(Error {ErrorKind::InvalidInput,
                                       badValue(u"--"_s + answers.at(i)->names().constFirst(),
                                                parser.value(*answers.at(i)), {u"yes"_s, u"no"_s})});
    }
    if (auto opened = open(); !opened)
        return m_ctx.failed(opened.error());
    const ChangeService service(*m_db, *m_workflow);
    auto actor = service.actor(parser.value(asOption));
    if (!actor)
        return m_ctx.failed(actor.error());
    auto record = service.get(changeId);
    if (!record)
        return m_ctx.failed(record.error());
    ChangeEvaluation &e = record->evaluation;
    std::optional<bool> *targets[] = {&e.goalReached, &e.usersSatisfied, &e.budgetKept, &e.scheduleKept};
    for (size_t i = 0; i < given.size(); ++i) {
        if (given[i])
            *targets[i] = given[i];
    }
    if (parser.isSet(sideEffectsOption))
        e.sideEffects = parser.value(sideEffectsOption);
    if (parser.isSet(postTestsOption))
        e.postTests = parser.value(postTestsOption);
    auto updated = service.update(*record, *actor);
    if (!updated)
        return m_ctx.failed(updated.error());
    QJsonObject json = ChangeRecordFields::toJson(*updated);
    return m_ctx.printResult(json, tr("Recorded the evaluation of request for change #%1.").arg(changeId));
}

int RfcCommands::object(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption reasonOption(u"reason"_s, {}, u"TEXT"_s);
    const QCommandLineOption asOption(u"as"_s, {}, u"USER"_s);
    parser.addOptions({reasonOption, asOption});
    if (auto bad = parse(parser, u"rfc object"_s, args))
        return *bad;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3 || !parser.isSet(reasonOption))
        return m_ctx.usageError(
            tr("rfc object needs a request number, priority or category, the value proposed "
               "and --reason, e.g. 'rfc object 12 category far_reaching --reason \"…\"'"));
    const auto id = parseId(positional.at(0));
    if (!id)
        return m_ctx.usageError(tr("'%1' is not the number of a request for change").arg(positional.at(0)));
    if (auto opened = open(); !opened)
        return m_ctx.failed(opened.error());
    const ChangeService service(*m_db, *m_workflow);
    auto actor = service.actor(parser.value(asOption));
    if (!actor)
        return m_ctx.failed(actor.error());
    auto raised = service.object(*id, positional.at(1), positional.at(2), parser.value(reasonOption), *actor);
    if (!raised)
        return m_ctx.failed(raised.error());
    auto directory = loadDirectory(*m_db);
    if (!directory)
        return m_ctx.failed(directory.error());
    return m_ctx.printResult({{u"objection"_s, objectionJson(*raised, *directory)}},
                             tr("Objection %1: %2 of request for change #%3 should be '%4'. The request "
                                "waits until the change manager "
                                "accepts or escalates it (rfc decide %1 …).")
                                 .arg(raised->id)
                                 .arg(ChangeFields::label(raised->field))
                                 .arg(*id)
                                 .arg(raised->proposed));
}

int RfcCommands::decide(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption reasonOption(u"reason"_s, {}, u"TEXT"_s);
    const QCommandLineOption asOption(u"as"_s, {}, u"USER"_s);
    parser.addOptions({reasonOption, asOption});
    if (auto bad = parse(parser, u"rfc decide"_s, args))
        return *bad;
    const QStringList positional = parser.positionalArguments();
    const QHash<QString, ObjectionDecision> decisions {{u"accept"_s, ObjectionDecision::Accept},
                                                       {u"escalate"_s, ObjectionDecision::Escalate},
                                                       {u"withdraw"_s, ObjectionDecision::Withdraw},
                                                       {u"uphold"_s, ObjectionDecision::Uphold},
                                                       {u"dismiss"_s, ObjectionDecision::Dismiss}};
    const QStringList decisionKeys {u"accept"_s, u"escalate"_s, u"withdraw"_s, u"uphold"_s, u"dismiss"_s};
    if (positional.size() != 2)
        return m_ctx.usageError(
            tr("rfc decide needs an objection number and one of: %1").arg(decisionKeys.join(u", "_s)));
    const auto id = parseId(positional.at(0));
    if (!id)
        return m_ctx.usageError(tr("'%1' is not the number of an objection").arg(positional.at(0)));
    if (!decisions.contains(positional.at(1)))
        return m_ctx.failed(
            Error {ErrorKind::InvalidInput, badValue(tr("The decision"), positional.at(1), decisionKeys)});
    if (auto opened = open(); !opened)
        return m_ctx.failed(opened.error());
    const ChangeService service(*m_db, *m_workflow);
    auto actor = service.actor(parser.value(asOption));
    if (!actor)
        return m_ctx.failed(actor.error());
    auto decided = service.decide(*id, decisions.value(positional.at(1)), parser.value(reasonOption), *actor);
    if (!decided)
        return m_ctx.failed(decided.error());
    auto directory = loadDirectory(*m_db);
    if (!directory)
        return m_ctx.failed(directory.error());
    auto record = service.get(decided->changeId);
    if (!record)
        return m_ctx.failed(record.error());
    const QString now = decided->field == u"priority" ? record->priority : record->category;
    return m_ctx.printResult({{u"objection"_s, objectionJson(*decided, *directory)},
                              {u"change"_s, ChangeRecordFields::toJson(*record)}},
                             tr("Objection %1 is now '%2'. %3 of request for change #%4: '%5'.")
                                 .arg(decided->id)
                                 .arg(decided->status, ChangeFields::label(decided->field))
                                 .arg(decided->changeId)
                                 .arg(orDash(now)));
}

int RfcCommands::attach(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption asOption(u"as"_s, {}, u"USER"_s);
    parser.addOption(asOption);
    if (auto bad = parse(parser, u"rfc attach"_s, args))
        return *bad;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return m_ctx.usageError(tr("rfc attach needs a request number and a file"));
    const auto id = parseId(positional.at(0));
    if (!id)
        return m_ctx.usageError(tr("'%1' is not the number of a request for change").arg(positional.at(0)));
    const QString path = positional.at(1);
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.exists())
        return m_ctx.failed(Error {ErrorKind::NotFound, tr("%1 does not exist").arg(shown)});
    if (!file.open(QIODevice::ReadOnly))
        return m_ctx.failed(Error {ErrorKind::Io, tr("cannot read %1: %2").arg(shown, file.errorString())});
    const QByteArray content = file.readAll();
    if (auto opened = open(); !opened)
        return m_ctx.failed(opened.error());
    const ChangeService service(*m_db, *m_workflow);
    auto actor = service.actor(parser.value(asOption));
    if (!actor)
        return m_ctx.failed(actor.error());
    const QString mediaType = QMimeDatabase().mimeTypeForFileNameAndData(path, content).name();
    auto added = service.addAttachment(*id, QFileInfo(path).fileName(), mediaType, content, *actor);
    if (!added)
        return m_ctx.failed(added.error());
    return m_ctx.printResult(
        {{u"attachment"_s,
          QJsonObject {{u"id"_s, added->id},
                       {u"change"_s, *id},
                       {u"name"_s, added->name},
                       {u"media_type"_s, added->mediaType},
                       {u"size"_s, content.size()},
                       {u"sha256"_s, added->sha256}}}},
        tr("Attached %1 (%n byte(s), SHA-256 %2) to request for change #%3 as attachment %4.", nullptr,
           int(content.size()))
            .arg(added->name, added->sha256)
            .arg(*id)
            .arg(added->id));
}

int RfcCommands::attachment(const QStringList &args)
{
    QCommandLineParser parser;
    if (auto bad = parse(parser, u"rfc attachment"_s, args))
        return *bad;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return m_ctx.usageError(
            tr("rfc attachment needs an attachment number and a file, or - for standard output"));
    const auto id = parseId(positional.at(0));
    if (!id)
        return m_ctx.usageError(tr("'%1' is not the number of an attachment").arg(positional.at(0)));
    const QString path = positional.at(1);
    if (path == u"-" && m_ctx.json())
        return m_ctx.usageError(tr("rfc attachment to standard output cannot also print JSON there"));
    if (auto opened = open(); !opened)
        return m_ctx.failed(opened.error());
    auto content = ChangeService(*m_db).attachmentContent(*id);
    if (!content)
        return m_ctx.failed(content.error());
    if (path == u"-") {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(*content) != content->size() || !out.flush())
            return m_ctx.failed(Error {ErrorKind::Io, tr("cannot write to standard output")});
        return 0;
    }
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*content) != content->size() || !file.commit())
        return m_ctx.failed(Error {ErrorKind::Io, tr("cannot write %1: %2").arg(shown, file.errorString())});
    return m_ctx.printResult(
        {{u"attachment"_s, *id}, {u"file"_s, path}, {u"size"_s, content->size()}},
        tr("Wrote attachment %1 (%n byte(s)) to %2.", nullptr, int(content->size())).arg(*id).arg(shown));
}

} // namespace

// ---- to-dos and key figures ---------------------------------------------------------------------

int RfcCommands::todo(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption asOption(u"as"_s, {}, u"USER"_s);
    parser.addOption(asOption);
    if (auto bad = parse(parser, u"rfc todo"_s, args))
        return *bad;
    if (!parser.positionalArguments().isEmpty())
        return m_ctx.usageError(tr("rfc todo takes no arguments besides --as"));
    if (auto opened = open(); !opened)
        return m_ctx.failed(opened.error());
    auto actor = ChangeService(*m_db).actor(parser.value(asOption));
    if (!actor)
        return m_ctx.failed(actor.error());
    auto todos = ChangeAgenda(*m_db, *m_workflow).todos(*actor);
    if (!todos)
        return m_ctx.failed(todos.error());
    QJsonArray json;
    QList<QStringList> rows;
    int overdue = 0;
    for (const ChangeToDo &t : std::as_const(*todos)) {
        const bool objection = t.kind == ChangeToDo::Kind::Objection;
        overdue += t.overdue ? 1 : 0;
        json.append(QJsonObject {{u"id"_s, t.changeId},
                                 {u"title"_s, t.title},
                                 {u"state"_s, t.state},
                                 {u"priority"_s, t.priority},
                                 {u"kind"_s, objection ? u"objection"_s : u"transition"_s},
                                 {u"objection"_s, objection ? QJsonValue(t.objectionId) : QJsonValue()},
                                 {u"actions"_s, QJsonArray::fromStringList(t.actions)},
                                 {u"due"_s, timeJson(t.due)},
                                 {u"overdue"_s, t.overdue}});
        const QString what = objection
            ? tr("objection %1: %2").arg(t.objectionId).arg(t.actions.join(u", "_s))
            : t.actions.join(u", "_s);
        rows << QStringList {u"#%1"_s.arg(t.changeId),
                             t.state,
                             orDash(t.priority),
                             t.due.isValid() ? timeText(t.due) : u"-"_s,
                             t.overdue ? tr("OVERDUE") : QString(),
                             what,
                             shortened(t.title, 40)};
    }
    QStringList lines;
    if (!rows.isEmpty())
        lines = table({tr("ID"), tr("State"), tr("Priority"), tr("Due"), QString(), tr("What"), tr("Title")},
                      rows);
    lines << tr("%n to-do(s) for %1", nullptr, int(todos->size())).arg(actor->login);
    if (overdue > 0)
        lines << tr("%n of them overdue", nullptr, overdue);
    return m_ctx.printResult({{u"person"_s, actor->login},
                              {u"todos"_s, json},
                              {u"count"_s, int(todos->size())},
                              {u"overdue"_s, overdue}},
                             lines.join(u'\n'));
}

// ---- workflow definitions in force ----------------------------------------------------------------

QJsonObject installedJson(const InstalledWorkflow &w)
{
    return {{u"id"_s, w.shipped() ? QJsonValue() : QJsonValue(w.id)},
            {u"name"_s, w.name},
            {u"sha256"_s, w.sha256},
            {u"shipped"_s, w.shipped()},
            {u"installed_by"_s, w.shipped() ? QJsonValue() : QJsonValue(w.installedByLogin)},
            {u"installed_at"_s, w.shipped() ? QJsonValue() : QJsonValue(w.installedAt.toString(Qt::ISODateWithMs))}};
}

QString installedText(const InstalledWorkflow &w)
{
    if (w.shipped())
        return RfcCommands::tr("'%1', shipped with ChangeDesk").arg(w.name);
    return RfcCommands::tr("'%1', installed by %2 on %3 (no. %4)")
        .arg(w.name, w.installedByLogin.isEmpty() ? u"-"_s : w.installedByLogin,
             w.installedAt.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s))
        .arg(w.id);
}

int RfcCommands::workflow(const QStringList &args)
{
    const QString sub = args.value(0);
    QCommandLineParser parser;
    const QCommandLineOption asOption(u"as"_s, {}, u"USER"_s);
    if (sub == u"install")
        parser.addOption(asOption);
    if (auto bad = parse(parser, u"workflow "_s + sub, args.mid(1)))
        return *bad;
    const QStringList positional = parser.positionalArguments();
    if (sub == u"show") {
        if (!positional.isEmpty())
            return m_ctx.usageError(tr("workflow show takes no arguments"));
        if (auto opened = open(false); !opened)
            return m_ctx.failed(opened.error());
        const WorkflowStore store(*m_db);
        auto history = store.history();
        if (!history)
            return m_ctx.failed(history.error());
        auto current = store.current();
        if (!current)
            return m_ctx.failed(current.error());
        // The one in force must validate: the app and the server's guards follow it.
        auto definition = store.active();
        if (!definition)
            return m_ctx.failed(definition.error());
        QJsonArray all;
        QStringList lines {tr("In force: %1").arg(installedText(*current)),
                           tr("%n state(s), %1 transitions", nullptr, int(definition->states().size()))
                               .arg(definition->transitions().size())};
        for (const InstalledWorkflow &w : std::as_const(*history))
            all.append(installedJson(w));
        if (history->size() > 1) {
            lines << tr("Installed before:");
            for (qsizetype i = history->size() - 2; i >= 0; --i)
                lines << u"  "_s + installedText(history->at(i));
        }
        QJsonObject json = installedJson(*current);
        json.insert(u"states"_s, int(definition->states().size()));
        json.insert(u"transitions"_s, int(definition->transitions().size()));
        return m_ctx.printResult({{u"in_force"_s, json}, {u"history"_s, all}}, lines.join(u'\n'));
    }
    if (sub != u"install")
        return m_ctx.usageError(tr("workflow needs a subcommand: export [FILE] [--shipped], check FILE, show or "
                                   "install FILE"));
    if (positional.size() != 1)
        return m_ctx.usageError(tr("workflow install takes exactly one file"));
    const QString path = QDir::toNativeSeparators(positional.constFirst());
    QFile file(positional.constFirst());
    if (!file.exists())
        return m_ctx.failed(Error {ErrorKind::NotFound, tr("%1 does not exist").arg(path)});
    if (!file.open(QIODevice::ReadOnly))
        return m_ctx.failed(Error {ErrorKind::Io, tr("cannot read %1: %2").arg(path, file.errorString())});
    const QByteArray json = file.readAll();
    if (auto opened = open(false); !opened)
        return m_ctx.failed(opened.error());
    auto actor = ChangeService(*m_db).actor(parser.value(asOption));
    if (!actor)
        return m_ctx.failed(actor.error());
    auto installed = WorkflowStore(*m_db).install(json, path, *actor);
    if (!installed)
        return m_ctx.failed(installed.error());
    return m_ctx.printResult({{u"in_force"_s, installedJson(*installed)}},
                             tr("In force now: %1").arg(installedText(*installed)));
}

int RfcCommands::kpi(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption fromOption(u"from"_s, {}, u"YYYY-MM"_s);
    const QCommandLineOption toOption(u"to"_s, {}, u"YYYY-MM"_s);
    parser.addOptions({fromOption, toOption});
    if (auto bad = parse(parser, u"kpi"_s, args))
        return *bad;
    if (!parser.positionalArguments().isEmpty())
        return m_ctx.usageError(tr("kpi takes no arguments besides --from and --to"));
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const auto month = [](const QString &text) {
        return QDate::fromString(text + u"-01"_s, Qt::ISODate);
    };
    const QDate to
        = parser.isSet(toOption) ? month(parser.value(toOption)) : QDate(today.year(), today.month(), 1);
    const QDate from = parser.isSet(fromOption) ? month(parser.value(fromOption)) : to.addMonths(-11);
    if (!from.isValid() || !to.isValid())
        return m_ctx.usageError(tr("--from and --to take a month as YYYY-MM, e.g. 2026-03"));
    if (auto opened = open(); !opened)
        return m_ctx.failed(opened.error());
    const ChangeAgenda agenda(*m_db, *m_workflow);
    auto months = agenda.kpis(from, to);
    if (!months)
        return m_ctx.failed(months.error());
    auto overdue = agenda.overdueEvaluations();
    if (!overdue)
        return m_ctx.failed(overdue.error());
    const auto rate = [](double value) {
        return value < 0 ? QJsonValue() : QJsonValue(value);
    };
    const auto percent = [](double value) {
        return value < 0 ? u"-"_s : QString::number(qRound(value * 100)) + u" %"_s;
    };
    QJsonArray json;
    QList<QStringList> rows;
    for (const MonthKpi &m : std::as_const(*months)) {
        QJsonObject lead;
        QStringList leadText;
        for (const QString &category : ChangeFields::conditionValues().value(u"category"_s)) {
            if (!m.medianLeadDays.contains(category))
                continue;
            lead.insert(category, m.medianLeadDays.value(category));
            leadText << u"%1 %2"_s.arg(category, QString::number(m.medianLeadDays.value(category), 'f', 1));
        }
        json.append(QJsonObject {{u"month"_s, m.month.toString(u"yyyy-MM"_s)},
                                 {u"created"_s, m.created},
                                 {u"emergency"_s, m.emergency},
                                 {u"ended"_s, m.ended},
                                 {u"succeeded"_s, m.succeeded},
                                 {u"failed"_s, m.failed},
                                 {u"rejected"_s, m.rejected},
                                 {u"rolled_back"_s, m.rolledBack},
                                 {u"success_rate"_s, rate(m.successRate())},
                                 {u"emergency_share"_s, rate(m.emergencyShare())},
                                 {u"rollback_rate"_s, rate(m.rollbackRate())},
                                 {u"median_lead_days"_s, lead},
                                 {u"evaluations_due"_s, m.evaluationsDue},
                                 {u"evaluations_overdue"_s, m.evaluationsOverdue}});
        rows << QStringList {m.month.toString(u"yyyy-MM"_s),
                             QString::number(m.created),
                             percent(m.emergencyShare()),
                             QString::number(m.ended),
                             percent(m.successRate()),
                             percent(m.rollbackRate()),
                             leadText.isEmpty() ? u"-"_s : leadText.join(u", "_s),
                             u"%1/%2"_s.arg(m.evaluationsOverdue).arg(m.evaluationsDue)};
    }
    QStringList lines
        = table({tr("Month"), tr("Created"), tr("Emergency"), tr("Ended"), tr("Success"), tr("Rolled back"),
                 tr("Median lead time (days)"), tr("Evaluations overdue/due")},
                rows);
    QJsonArray overdueIds;
    for (qint64 id : std::as_const(*overdue))
        overdueIds.append(id);
    lines << tr("%n evaluation(s) overdue now", nullptr, int(overdue->size()));
    return m_ctx.printResult({{u"months"_s, json}, {u"overdue_evaluations"_s, overdueIds}},
                             lines.join(u'\n'));
}

int personCommand(CommandContext &context, const QStringList &args)
{
    return RfcCommands(context).person(args);
}

int rfcCommand(CommandContext &context, const QStringList &args)
{
    return RfcCommands(context).rfc(args);
}

int kpiCommand(CommandContext &context, const QStringList &args)
{
    return RfcCommands(context).kpi(args);
}

int workflowCommand(CommandContext &context, const QStringList &args)
{
    return RfcCommands(context).workflow(args);
}

QString rfcUsage()
{
    return RfcCommands::tr(
        "People and requests for change:\n"
        "  person add LOGIN --name NAME [--email E] [--unit CODE] [--roles R1,R2] [--as ADMIN]\n"
        "                              add a person with app roles (once there is an administrator,\n"
        "                              only an administrator; the first may be named by anybody)\n"
        "  person list                 people with their unit and roles\n"
        "  person roles LOGIN [--set R1,R2 | --grant R | --revoke R] [--as ADMIN]\n"
        "                              show or change a person's roles: applicant, change_manager,\n"
        "                              cab_member, security_management, implementer, management,\n"
        "                              auditor, administrator\n"
        "  rfc create FILE.json [--as USER]\n"
        "                              a new request for change from a JSON file; prints its number\n"
        "                              and the open requests it may duplicate\n"
        "  rfc show ID [--as USER]     the whole record, its objections and history, and the next\n"
        "                              steps with who may take them and what they still need\n"
        "  rfc list [--state S]... [--type T] [--priority P] [--category C] [--mine] [--text WORDS]\n"
        "                              requests for change, newest first\n"
        "  rfc todo [--as USER]        what that person can do now, overdue first\n"
        "  kpi [--from YYYY-MM] [--to YYYY-MM]\n"
        "                              key figures per month (default: the last 12 months)\n"
        "  rfc act ID ACTION [--set FIELD=VALUE]... [--reason TEXT] [--as USER]\n"
        "                              take a step of the workflow (submit, accept, classify, …),\n"
        "                              filling in fields on the way\n"
        "  rfc test ID N --result passed|failed|skipped [--actual TEXT] [--as USER]\n"
        "                              record the result of test case N\n"
        "  rfc wave ID N --status running|passed|halted|failed [--note TEXT] [--as USER]\n"
        "                              record the status of rollout wave N\n"
        "  rfc evaluate ID [--goal-reached yes|no] [--users-satisfied yes|no] [--budget-kept yes|no]\n"
        "               [--schedule-kept yes|no] [--side-effects TEXT] [--post-tests TEXT] [--as USER]\n"
        "                              record the review after the implementation\n"
        "  rfc object ID priority|category VALUE --reason TEXT [--as USER]\n"
        "                              security management objects to the priority or category\n"
        "  rfc decide OBJECTION accept|escalate|withdraw|uphold|dismiss [--reason TEXT] [--as USER]\n"
        "                              decide on an objection\n"
        "  rfc attach ID FILE [--as USER]\n"
        "                              attach a file to a request for change\n"
        "  rfc attachment ATTACHMENT_ID OUTFILE|-\n"
        "                              write an attachment to a file or standard output\n"
        "  --as USER acts as that person on SQLite (default: the operating-system user); on\n"
        "  PostgreSQL everybody acts as the login of the connection.\n");
}

} // namespace ChangeDesk::Ctl
