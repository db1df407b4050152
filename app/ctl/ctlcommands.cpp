#include "ctlcommands.h"
#include "ctlsupport.h"
#include "cabcommands.h"
#include "integritycommands.h"
#include "calendarcommands.h"
#include "rfccommands.h"
#include "access/serverpolicy.h"
#include "change/workflow.h"
#include "change/workflowstore.h"

#include "audit/auditlog.h"
#include "cmdb/ciexport.h"
#include "cmdb/cifields.h"
#include "cmdb/ciimport.h"
#include "cmdb/cijson.h"
#include "cmdb/cirepository.h"
#include "cmdb/sbomimport.h"
#include "cmdb/groupexpression.h"
#include "cmdb/grouprepository.h"
#include "cmdb/impact.h"
#include "cmdb/softwarereview.h"
#include "common/versioninfo.h"
#include "people/peoplerepository.h"
#include "people/rightsprofilerepository.h"
#include "demo/demodata.h"
#include "storage/credentialstore.h"
#include "storage/database.h"
#include "storage/maintenance.h"
#include "storage/migrator.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSet>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Ctl {

namespace {

class Ctl : public CommandContext
{
    Q_DECLARE_TR_FUNCTIONS(Ctl)

public:
    int run(const QStringList &arguments);

private:

    int version();
    int init();
    int check();
    int backup(const QStringList &args);
    int demoData(const QStringList &args);
    int ci(const QStringList &args);
    int ciList(const Database &db, const QStringList &args);
    int ciShow(const Database &db, const QString &name);
    int ciImpact(const Database &db, const QString &name, const QStringList &args);
    int ciImport(const QStringList &args);
    int ciExport(const QStringList &args);
    int importFinished(const Result<ImportReport> &report);
    int group(const QStringList &args);
    int software(const QStringList &args);
    Result<CiJsonLookup> lookup(const Database &db);

    // Workflow definitions (issue 4).
    int workflow(const QStringList &args);
    // Server-side authorization on PostgreSQL (issue 4).
    int server(const QStringList &args);

    // Rights profiles (M11).
    int rights(const QStringList &args);
    int rightsList(const QStringList &args);
    int rightsGrant(const QStringList &args);
    int rightsRevoke(const QStringList &args);

    // The audit trail (issue 4).
    int audit(const QStringList &args);
    int auditVerify(const QStringList &args);
    int auditCheckpoint(const QStringList &args);
    int auditList(const QStringList &args);

    QString m_command;
};

QString usage()
{
    return Ctl::tr(
        "Usage: changedeskctl [--db URL] [--json] COMMAND [ARGUMENTS]\n"
        "\n"
        "Commands:\n"
        "  version                     versions of ChangeDesk, Qt, QCA and KF6\n"
        "  init                        create the database or bring its schema up to date\n"
        "  check                       check schema version, integrity and foreign keys\n"
        "  backup FILE                 write a consistent copy of an SQLite database to FILE\n"
        "  demo-data [--seed N] [--scale small|municipality|agency] [--without-requests]\n"
        "                              add deterministic sample data\n"
        "  ci list [--filter EXPR]     configuration items, e.g. --filter 'class in (server, vm)'\n"
        "  ci show NAME                one configuration item with its relations\n"
        "  ci impact NAME [--depth N]  everything that depends on NAME, and inherited protection\n"
        "  ci import FILE [--format csv|csv-relations|cyclonedx|spdx] [--ci NAME] [--dry-run]\n"
        "            [--skip-rejected] [--delimiter C] [--encoding E] [--map COLUMN=FIELD ...]\n"
        "                              import CIs or relations from CSV, or an SBOM as the\n"
        "                              installed software of a CI (format detected when not given)\n"
        "  ci export FILE|- [--filter EXPR] [--delimiter C] [--bom]\n"
        "                              write CIs as CSV that ci import reads back\n"
        "  group list                  the groups of configuration items\n"
        "  group members NAME          the configuration items in a group now\n"
        "  software review PRODUCT approved|unneeded|forbidden|unreviewed [--reason TEXT]\n"
        "                              mark a catalogue product (hardening review)\n"
        "  software unneeded [--filter EXPR]\n"
        "                              systems that still have unneeded or forbidden software\n"
        "  rights list [--ci NAME | --person LOGIN | --unit UNIT]\n"
        "                              rights profiles on a CI, of a person (with those of their\n"
        "                              units) or of a unit (code or name)\n"
        "  rights grant CI (--person LOGIN | --unit UNIT) PROFILE [--description TEXT]\n"
        "                              give a person or unit a profile on a CI: administrator,\n"
        "                              application-administrator, operator, user, read-only,\n"
        "                              emergency-access or an agency's own\n"
        "  rights revoke ID            take a rights profile away (ID from rights list)\n"
        "  audit verify [--checkpoint FILE [--key FINGERPRINT]]\n"
        "                              recompute the audit trail's hash chain and name the first\n"
        "                              bad event (exit 1); against a signed checkpoint, also catch\n"
        "                              events cut off the end and check who signed it\n"
        "  audit checkpoint --key FINGERPRINT FILE\n"
        "                              write the trail's head to FILE, signed with that OpenPGP key\n"
        "  audit list [--limit N]      the latest events of the audit trail (default 20)\n"
        "  workflow export [FILE] [--shipped]\n"
        "                              write the workflow definition in force (JSON), or the shipped\n"
        "                              one, to FILE or standard output, as a start for an agency's own\n"
        "  workflow check FILE         check a workflow definition and summarise it\n"
        "  workflow show               the workflow definition in force and those before it\n"
        "  workflow install FILE [--as ADMIN]\n"
        "                              put a checked definition in force (administrators; requests\n"
        "                              must not be in states it lacks); PostgreSQL guards follow it\n"
        "  server secure [--admin LOGIN]\n"
        "                              PostgreSQL, as a superuser: a login role per person, group\n"
        "                              roles per app role, a NOLOGIN owner, read-only clients and\n"
        "                              guards generated from the workflow in force (run again after\n"
        "                              an upgrade)\n"
        "  server password LOGIN [--password-file FILE]\n"
        "                              PostgreSQL, as a superuser: set a person's password from the\n"
        "                              first line of FILE or of standard input\n"
        "\n"
        "Options:\n"
        "  --db URL     sqlite:PATH or postgresql://USER@HOST:PORT/DATABASE?sslmode=...\n"
        "               (default: $CHANGEDESK_DB, else %1)\n"
        "  --json       print machine-readable JSON on standard output\n"
        "\n"
        "Exit codes: 0 ok, 1 the operation failed, 2 bad input or usage.\n")
        .arg(DatabaseUrl::defaultUrl().toDisplayString());
}

int Ctl::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption dbOption(u"db"_s, tr("Database URL."), u"URL"_s);
    const QCommandLineOption jsonOption(u"json"_s, tr("Machine-readable output."));
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Show help."));
    parser.addOptions({dbOption, jsonOption, helpOption});
    parser.addPositionalArgument(u"command"_s, tr("The command to run."));
    if (!parser.parse(arguments)) {
        m_json = arguments.contains(u"--json"_s);
        return usageError(parser.errorText());
    }
    m_json = parser.isSet(jsonOption);
    m_dbUrl = parser.value(dbOption);
    if (parser.isSet(helpOption)) {
        writeOut(usage() + u'\n' + rfcUsage() + u'\n' + calendarUsage() + u'\n' + cabUsage() + u'\n' + integrityUsage());
        return 0;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(tr("no command given"));
    m_command = positional.takeFirst();
    if (m_command == u"help") {
        writeOut(usage() + u'\n' + rfcUsage() + u'\n' + calendarUsage() + u'\n' + cabUsage() + u'\n' + integrityUsage());
        return 0;
    }
    if (m_command == u"version") {
        if (!positional.isEmpty())
            return usageError(tr("version takes no arguments"));
        return version();
    }
    if (m_command == u"init") {
        if (!positional.isEmpty())
            return usageError(tr("init takes no arguments"));
        return init();
    }
    if (m_command == u"check") {
        if (!positional.isEmpty())
            return usageError(tr("check takes no arguments"));
        return check();
    }
    if (m_command == u"backup")
        return backup(positional);
    if (m_command == u"demo-data")
        return demoData(positional);
    if (m_command == u"ci")
        return ci(positional);
    if (m_command == u"group")
        return group(positional);
    if (m_command == u"software")
        return software(positional);
    if (m_command == u"rights")
        return rights(positional);
    if (m_command == u"audit")
        return audit(positional);
    if (m_command == u"workflow")
        return workflow(positional);
    if (m_command == u"server")
        return server(positional);
    if (m_command == u"person")
        return personCommand(*this, positional);
    if (m_command == u"rfc")
        return rfcCommand(*this, positional);
    if (m_command == u"kpi")
        return kpiCommand(*this, positional);
    if (m_command == u"calendar")
        return calendarCommand(*this, positional);
    if (m_command == u"cab")
        return cabCommand(*this, positional);
    if (m_command == u"verify")
        return verifyCommand(*this, positional);
    if (m_command == u"trust")
        return trustCommand(*this, positional);
    if (m_command == u"package")
        return packageCommand(*this, positional);
    if (m_command == u"register")
        return registerCommand(*this, positional);
    return usageError(tr("unknown command '%1'").arg(m_command));
}

int Ctl::version()
{
    const VersionInfo info = VersionInfo::collect();
    QJsonArray providers;
    for (const auto &provider : info.qcaProviders)
        providers.append(QJsonObject{{u"name"_s, provider.name}, {u"version"_s, provider.version}});
    const QJsonObject json{
        {u"changedesk"_s, info.changeDesk},
        {u"qt"_s, info.qtRuntime},
        {u"qt_build"_s, info.qtBuild},
        {u"qca"_s, info.qca},
        {u"qca_providers"_s, providers},
        {u"kf6_syntax_highlighting"_s, info.kf6SyntaxHighlighting},
        {u"qtkeychain"_s, info.qtKeychain},
        {u"sqlite"_s, info.sqlite},
        {u"sql_drivers"_s, QJsonArray::fromStringList(info.sqlDrivers)},
        {u"schema_version"_s, Migrator::latestVersion()},
    };
    return printResult(json, info.toText() + u'\n' + tr("Database schema version %1").arg(Migrator::latestVersion()));
}

int Ctl::init()
{
    auto db = openDatabase(true);
    if (!db)
        return failed(db.error());
    auto report = Migrator(**db).migrate();
    if (!report)
        return failed(report.error());
    const QString url = (*db)->url().toDisplayString();
    QString text;
    if (report->applied.isEmpty())
        text = tr("%1 is up to date (schema version %2).").arg(url).arg(report->toVersion);
    else if (report->fromVersion == 0)
        text = tr("Created %1 (schema version %2).").arg(url).arg(report->toVersion);
    else
        text = tr("Upgraded %1 from schema version %2 to %3.").arg(url).arg(report->fromVersion).arg(report->toVersion);
    return printResult({{u"database"_s, url},
                        {u"from_version"_s, report->fromVersion},
                        {u"to_version"_s, report->toVersion},
                        {u"applied"_s, QJsonArray::fromStringList(report->applied)}},
                       text);
}

int Ctl::check()
{
    auto db = openDatabase(false);
    if (!db)
        return failed(db.error());
    auto report = Maintenance::check(**db);
    if (!report)
        return failed(report.error());
    QStringList lines;
    lines << tr("Database: %1").arg((*db)->url().toDisplayString())
          << tr("Engine: %1").arg(report->serverVersion)
          << tr("Schema version: %1 (this ChangeDesk: %2)").arg(report->schemaVersion).arg(report->expectedSchemaVersion)
          << tr("Integrity: %1").arg(report->integrity)
          << tr("Foreign keys: %1").arg(report->foreignKeyProblems.isEmpty() ? tr("ok") : report->foreignKeyProblems.join(u"; "_s));
    if ((*db)->isReadOnly())
        lines << tr("Opened read-only.");
    const QJsonObject json{{u"database"_s, (*db)->url().toDisplayString()},
                           {u"engine"_s, report->serverVersion},
                           {u"schema_version"_s, report->schemaVersion},
                           {u"expected_schema_version"_s, report->expectedSchemaVersion},
                           {u"integrity"_s, report->integrity},
                           {u"foreign_key_problems"_s, QJsonArray::fromStringList(report->foreignKeyProblems)},
                           {u"read_only"_s, (*db)->isReadOnly()},
                           {u"healthy"_s, report->ok()}};
    if (!report->ok()) {
        if (report->schemaVersion > report->expectedSchemaVersion)
            lines << tr("The database was written by a newer ChangeDesk.");
        else if (report->schemaVersion < report->expectedSchemaVersion)
            lines << tr("The schema is out of date: run 'changedeskctl init'.");
        if (m_json) {
            QJsonObject out = json;
            out.insert(u"ok"_s, false);
            writeOut(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)));
        } else {
            writeOut(lines.join(u'\n'));
        }
        writeErr(tr("the check found problems in %1").arg((*db)->url().toDisplayString()));
        return 1;
    }
    return printResult(json, lines.join(u'\n'));
}

int Ctl::backup(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(tr("backup needs exactly one argument: the file to write"));
    auto db = openDatabase(false);
    if (!db)
        return failed(db.error());
    if (auto done = Maintenance::backup(**db, args.constFirst()); !done)
        return failed(done.error());
    return printResult({{u"database"_s, (*db)->url().toDisplayString()}, {u"backup"_s, args.constFirst()}},
                       tr("Backed up %1 to %2.").arg((*db)->url().toDisplayString(), args.constFirst()));
}

int Ctl::demoData(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption seedOption(u"seed"_s, tr("Random seed."), u"N"_s, u"1"_s);
    const QCommandLineOption scaleOption(u"scale"_s, tr("small, municipality or agency."), u"SCALE"_s,
                                         u"small"_s);
    const QCommandLineOption withoutRequestsOption(u"without-requests"_s,
                                                   tr("Only units, people and the CMDB: no roles, no requests."));
    parser.addOptions({seedOption, scaleOption, withoutRequestsOption});
    if (!parser.parse(QStringList{u"demo-data"_s} + args))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("demo-data takes no arguments besides --seed and --scale"));
    bool ok = false;
    const qulonglong seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok || seed > 0xffffffffULL)
        return usageError(tr("--seed must be a whole number from 0 to 4294967295, not '%1'")
                              .arg(parser.value(seedOption)));
    auto scale = DemoData::parseScale(parser.value(scaleOption));
    if (!scale)
        return usageError(scale.error().message);

    auto db = openDatabase(true);
    if (!db)
        return failed(db.error());
    if (auto migrated = Migrator(**db).migrate(); !migrated)
        return failed(migrated.error());
    auto report = DemoData::generate(**db, quint32(seed), *scale, Clock::system(), 1,
                                     !parser.isSet(withoutRequestsOption));
    if (!report)
        return failed(report.error());
    QJsonObject created;
    QStringList parts;
    for (auto it = report->cbegin(); it != report->cend(); ++it) {
        created.insert(it.key(), it.value());
        parts << DemoData::describe(it.key(), it.value());
    }
    return printResult({{u"database"_s, (*db)->url().toDisplayString()},
                        {u"seed"_s, qint64(seed)},
                        {u"scale"_s, DemoData::scaleName(*scale)},
                        {u"created"_s, created}},
                       tr("Demo data (%1, seed %2) in %3: created %4.")
                           .arg(DemoData::scaleName(*scale))
                           .arg(seed)
                           .arg((*db)->url().toDisplayString(), parts.join(u", "_s)));
}

// The CI named `name`, or NotFound saying so.
Result<std::optional<ConfigurationItem>> findCi(const CiRepository &repository, const QString &name)
{
    auto item = repository.byName(name);
    if (item && !*item)
        return fail(ErrorKind::NotFound, Ctl::tr("There is no configuration item named '%1'.").arg(name));
    return item;
}

Result<CiJsonLookup> Ctl::lookup(const Database &db)
{
    const PeopleRepository people(db);
    auto persons = people.persons();
    if (!persons)
        return fail(persons.error());
    auto units = people.orgUnits();
    if (!units)
        return fail(units.error());
    CiJsonLookup result;
    for (const Person &p : std::as_const(*persons))
        result.loginById.insert(p.id, p.login);
    for (const OrgUnit &u : std::as_const(*units))
        result.unitCodeById.insert(u.id, u.code);
    return result;
}

int Ctl::ci(const QStringList &args)
{
    if (args.isEmpty())
        return usageError(tr("ci needs a subcommand: list, show, impact, import or export"));
    const QString sub = args.constFirst();
    const QStringList rest = args.mid(1);
    if (sub == u"import")
        return ciImport(rest);
    if (sub == u"export")
        return ciExport(rest);
    if (sub != u"list" && sub != u"show" && sub != u"impact")
        return usageError(tr("unknown ci subcommand '%1': use list, show, impact, import or export").arg(sub));
    if ((sub == u"show" || sub == u"impact") && rest.isEmpty())
        return usageError(tr("ci %1 needs the name of a configuration item").arg(sub));
    if (sub == u"show" && rest.size() != 1)
        return usageError(tr("ci show takes exactly one name"));
    auto db = openCurrent();
    if (!db)
        return failed(db.error());
    if (sub == u"list")
        return ciList(**db, rest);
    if (sub == u"show")
        return ciShow(**db, rest.constFirst());
    return ciImpact(**db, rest.constFirst(), rest.mid(1));
}

int Ctl::ciList(const Database &db, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption filterOption(u"filter"_s, tr("Attribute expression."), u"EXPR"_s);
    parser.addOption(filterOption);
    if (!parser.parse(QStringList{u"ci list"_s} + args))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("ci list takes no arguments besides --filter"));
    QString where;
    QVariantList params;
    if (parser.isSet(filterOption)) {
        auto expression = GroupExpression::parse(parser.value(filterOption));
        if (!expression)
            return usageError(tr("--filter: %1").arg(expression.error().message));
        const GroupExpression::SqlFilter filter = expression->toSql(db.dialect(), Clock::system());
        where = filter.where;
        params = filter.params;
    }
    auto items = CiRepository(db, {}).list(where, params);
    if (!items)
        return failed(items.error());
    auto names = lookup(db);
    if (!names)
        return failed(names.error());
    QJsonArray json;
    QStringList lines;
    for (const ConfigurationItem &item : std::as_const(*items)) {
        if (m_json)
            json.append(ciToJson(item, *names));
        else
            lines << u"%1  %2  %3  %4  %5/%6/%7"_s.arg(item.name, -24)
                         .arg(CmdbNames::key(item.ciClass), -12)
                         .arg(item.site, -18)
                         .arg((item.platform + u' ' + item.platformVersion).trimmed(), -24)
                         .arg(CmdbNames::key(item.protection.confidentiality),
                              CmdbNames::key(item.protection.integrity),
                              CmdbNames::key(item.protection.availability));
    }
    lines << tr("%n configuration item(s)", nullptr, int(items->size()));
    return printResult({{u"configuration_items"_s, json}, {u"count"_s, int(items->size())}}, lines.join(u'\n'));
}

int Ctl::ciShow(const Database &db, const QString &name)
{
    const CiRepository repository(db, {});
    auto item = findCi(repository, name);
    if (!item)
        return failed(item.error());
    auto names = lookup(db);
    auto relations = repository.relationsOf((*item)->id);
    auto history = repository.history((*item)->id);
    if (!names || !relations || !history)
        return failed(!names ? names.error() : !relations ? relations.error() : history.error());
    QJsonObject json = ciToJson(**item, *names);
    QJsonArray relationJson;
    QStringList relationLines;
    for (const CiRelation &r : std::as_const(*relations)) {
        const bool outgoing = r.sourceId == (*item)->id;
        auto other = repository.byId(outgoing ? r.targetId : r.sourceId);
        const QString otherName = other && *other ? (*other)->name : QString::number(outgoing ? r.targetId : r.sourceId);
        relationJson.append(QJsonObject{{u"type"_s, CmdbNames::key(r.type)},
                                        {u"direction"_s, outgoing ? u"outgoing"_s : u"incoming"_s},
                                        {u"ci"_s, otherName}});
        relationLines << (outgoing ? u"  %1 %2 %3"_s.arg(name, CmdbNames::display(r.type), otherName)
                                   : u"  %1 %2 %3"_s.arg(otherName, CmdbNames::display(r.type), name));
    }
    json.insert(u"relations"_s, relationJson);
    json.insert(u"history_entries"_s, int(history->size()));
    // Text: the labels and values in the user's language; JSON keeps the stable keys.
    const ConfigurationItem &ci = **item;
    auto person = [&](qint64 id) { return names->loginById.value(id, QString::number(id)); };
    auto orNone = [](const QString &text) { return text.isEmpty() ? u"-"_s : text; };
    QStringList responsibilities;
    for (const Responsibility &r : ci.responsibilities)
        responsibilities << tr("%1: %2").arg(r.role, person(r.personId));
    QStringList attributes;
    for (auto it = ci.attributes.cbegin(); it != ci.attributes.cend(); ++it)
        attributes << tr("%1: %2").arg(it.key(), it.value());
    const QList<std::pair<QString, QString>> fields{
        {CiFields::label(u"name"_s), ci.name},
        {CiFields::label(u"class"_s), CmdbNames::display(ci.ciClass)},
        {CiFields::label(u"description"_s), orNone(ci.description)},
        {CiFields::label(u"owner"_s), ci.ownerId ? person(*ci.ownerId) : u"-"_s},
        {CiFields::label(u"org_unit"_s),
         ci.orgUnitId ? names->unitCodeById.value(*ci.orgUnitId, QString::number(*ci.orgUnitId)) : u"-"_s},
        {tr("Responsibilities"), responsibilities.isEmpty() ? u"-"_s : responsibilities.join(u", "_s)},
        {CiFields::label(u"site"_s), orNone(ci.site)},
        {CiFields::label(u"lifecycle"_s), CmdbNames::display(ci.lifecycle)},
        {CiFields::label(u"platform"_s), orNone(ci.platform)},
        {CiFields::label(u"platform_version"_s), orNone(ci.platformVersion)},
        {CiFields::label(u"firmware_version"_s), orNone(ci.firmwareVersion)},
        {CiFields::label(u"confidentiality"_s), CmdbNames::display(ci.protection.confidentiality)},
        {CiFields::label(u"integrity"_s), CmdbNames::display(ci.protection.integrity)},
        {CiFields::label(u"availability"_s), CmdbNames::display(ci.protection.availability)},
        {CiFields::label(u"mobile"_s), ci.mobile ? tr("yes") : tr("no")},
        {CiFields::label(u"last_seen"_s),
         ci.lastSeen.isValid() ? QLocale().toString(ci.lastSeen.toLocalTime(), QLocale::ShortFormat) : u"-"_s},
        {CiFields::label(u"update_source"_s), CmdbNames::display(ci.update.source)},
        {CiFields::label(u"update_mode"_s), CmdbNames::display(ci.update.mode)},
        {CiFields::label(u"reboot"_s), CmdbNames::display(ci.update.reboot)},
        {CiFields::label(u"data_sent_to_vendor"_s), orNone(ci.update.dataSentToVendor)},
        {tr("Attributes"), attributes.isEmpty() ? u"-"_s : attributes.join(u", "_s)},
        {tr("History entries"), QLocale().toString(qlonglong(history->size()))},
    };
    QStringList lines;
    for (const auto &[label, value] : fields)
        lines << tr("%1: %2").arg(label, value);
    lines << tr("Relations:") << (relationLines.isEmpty() ? QStringList{tr("  none")} : relationLines);
    return printResult({{u"configuration_item"_s, json}}, lines.join(u'\n'));
}

int Ctl::ciImpact(const Database &db, const QString &name, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption depthOption(u"depth"_s, tr("Maximum depth."), u"N"_s);
    parser.addOption(depthOption);
    if (!parser.parse(QStringList{u"ci impact"_s} + args))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("ci impact takes one name"));
    int depth = -1;
    if (parser.isSet(depthOption)) {
        bool ok = false;
        depth = parser.value(depthOption).toInt(&ok);
        if (!ok || depth < 1)
            return usageError(tr("--depth must be a whole number of at least 1, not '%1'").arg(parser.value(depthOption)));
    }
    const CiRepository repository(db, {});
    auto item = findCi(repository, name);
    if (!item)
        return failed(item.error());
    auto impact = ImpactAnalysis::analyse(db, (*item)->id, depth);
    if (!impact)
        return failed(impact.error());
    auto inherited = ImpactAnalysis::inherited(db, (*item)->id);
    if (!inherited)
        return failed(inherited.error());
    // Names of every CI on a path, in one pass.
    QList<qint64> ids{(*item)->id};
    for (const ImpactEntry &e : std::as_const(impact->entries))
        ids << e.ciId;
    for (const InheritedLevel *level : {&inherited->confidentiality, &inherited->integrity, &inherited->availability})
        ids << level->path;
    QHash<qint64, QString> names;
    {
        auto found = repository.names(ids);
        if (!found)
            return failed(found.error());
        names = *found;
    }
    auto pathText = [&](const QList<qint64> &path) {
        QStringList parts;
        for (qint64 id : path)
            parts << names.value(id, QString::number(id));
        return parts.join(u" ← "_s);
    };
    QJsonArray entries;
    QStringList lines{tr("%n configuration item(s) depend on %1", nullptr, int(impact->entries.size())).arg(name)};
    for (const ImpactEntry &e : std::as_const(impact->entries)) {
        QJsonArray path;
        for (qint64 id : e.path)
            path.append(names.value(id));
        entries.append(QJsonObject{{u"ci"_s, names.value(e.ciId)}, {u"depth"_s, e.depth}, {u"path"_s, path}});
        lines << u"%1%2   (%3)"_s.arg(QString(2 * e.depth, u' '), names.value(e.ciId), pathText(e.path));
    }
    QJsonObject protection;
    const QStringList dimensions{u"confidentiality"_s, u"integrity"_s, u"availability"_s};
    const QList<const InheritedLevel *> levels{&inherited->confidentiality, &inherited->integrity, &inherited->availability};
    lines << tr("Inherited protection requirement (maximum principle):");
    for (int i = 0; i < 3; ++i) {
        const InheritedLevel &level = *levels.at(i);
        protection.insert(dimensions.at(i), QJsonObject{{u"level"_s, CmdbNames::key(level.level)},
                                                        {u"from"_s, names.value(level.sourceId)},
                                                        {u"path"_s, pathText(level.path)}});
        lines << tr("  %1: %2 (%3)").arg(CiFields::label(dimensions.at(i)), CmdbNames::display(level.level),
                                         pathText(level.path));
    }
    QJsonArray cycles;
    for (const auto &[from, to] : std::as_const(impact->cycleEdges))
        cycles.append(QJsonArray{names.value(from, QString::number(from)), names.value(to, QString::number(to))});
    if (!impact->cycleEdges.isEmpty())
        lines << tr("Dependency cycles found: %n", nullptr, int(impact->cycleEdges.size()));
    return printResult({{u"ci"_s, name},
                        {u"dependents"_s, entries},
                        {u"truncated"_s, impact->truncated},
                        {u"cycles"_s, cycles},
                        {u"inherited_protection"_s, protection}},
                       lines.join(u'\n'));
}

namespace {

std::optional<QChar> parseDelimiter(const QString &text)
{
    if (text == u"tab" || text == u"\\t")
        return QChar(u'\t');
    if (text.size() == 1)
        return text.at(0);
    return std::nullopt;
}

std::optional<CsvEncoding> parseEncoding(const QString &text)
{
    const QString e = text.trimmed().toLower().remove(u'-').remove(u'_');
    if (e == u"utf8")
        return CsvEncoding::Utf8;
    if (e == u"utf16" || e == u"utf16le" || e == u"unicode")
        return CsvEncoding::Utf16LE;
    if (e == u"utf16be")
        return CsvEncoding::Utf16BE;
    if (e == u"windows1252" || e == u"cp1252" || e == u"latin1" || e == u"ansi")
        return CsvEncoding::Windows1252;
    return std::nullopt;
}

} // namespace

int Ctl::ciImport(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption formatOption(u"format"_s, tr("csv, csv-relations, cyclonedx or spdx."), u"FORMAT"_s);
    const QCommandLineOption ciOption(u"ci"_s, tr("The configuration item an SBOM belongs to."), u"NAME"_s);
    const QCommandLineOption dryRunOption(u"dry-run"_s, tr("Check and report, write nothing."));
    const QCommandLineOption skipOption(u"skip-rejected"_s, tr("Import the valid records although others are rejected."));
    const QCommandLineOption delimiterOption(u"delimiter"_s, tr("The CSV delimiter."), u"C"_s);
    const QCommandLineOption encodingOption(u"encoding"_s, tr("The CSV encoding."), u"E"_s);
    const QCommandLineOption mapOption(u"map"_s, tr("Map a CSV column to a field."), u"COLUMN=FIELD"_s);
    const QCommandLineOption jsonOption(u"json"_s, tr("Machine-readable output."));
    parser.addOptions({formatOption, ciOption, dryRunOption, skipOption, delimiterOption, encodingOption, mapOption,
                       jsonOption});
    if (!parser.parse(QStringList{u"ci import"_s} + args))
        return usageError(parser.errorText());
    if (parser.isSet(jsonOption))
        m_json = true;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("ci import needs exactly one file"));
    const QString path = parser.positionalArguments().constFirst();

    CsvImportOptions csv;
    csv.dryRun = parser.isSet(dryRunOption);
    csv.skipRejected = parser.isSet(skipOption);
    if (parser.isSet(delimiterOption)) {
        const auto delimiter = parseDelimiter(parser.value(delimiterOption));
        if (!delimiter)
            return usageError(tr("--delimiter takes one character or 'tab', not '%1'").arg(parser.value(delimiterOption)));
        csv.delimiter = *delimiter;
    }
    if (parser.isSet(encodingOption)) {
        const auto encoding = parseEncoding(parser.value(encodingOption));
        if (!encoding)
            return usageError(tr("--encoding takes utf-8, utf-16le, utf-16be or windows-1252, not '%1'")
                                  .arg(parser.value(encodingOption)));
        csv.encoding = *encoding;
    }
    for (const QString &mapping : parser.values(mapOption)) {
        const qsizetype equals = mapping.lastIndexOf(u'=');
        if (equals <= 0)
            return usageError(tr("--map takes COLUMN=FIELD (FIELD '-' ignores the column), not '%1'").arg(mapping));
        csv.mapping.append({mapping.left(equals), mapping.mid(equals + 1)});
    }

    ImportFormat format = ImportFormat::Auto;
    if (parser.isSet(formatOption)) {
        const auto given = ImportReport::formatFromKey(parser.value(formatOption));
        if (!given || *given == ImportFormat::Auto)
            return usageError(tr("--format takes csv, csv-relations, cyclonedx or spdx, not '%1'")
                                  .arg(parser.value(formatOption)));
        format = *given;
    }
    if (format == ImportFormat::Auto) {
        auto detected = CiImporter::detectFormat(path, csv);
        if (!detected)
            return failed(detected.error());
        format = *detected;
    }
    const bool isSbom = format == ImportFormat::CycloneDx || format == ImportFormat::Spdx;
    if (isSbom && (parser.isSet(delimiterOption) || parser.isSet(encodingOption) || parser.isSet(mapOption)))
        return usageError(tr("--delimiter, --encoding and --map are for CSV files; %1 is an SBOM").arg(path));
    if (!isSbom && parser.isSet(ciOption))
        return usageError(tr("--ci is for SBOMs; %1 is a CSV file").arg(path));

    auto db = openCurrent();
    if (!db)
        return failed(db.error());
    const QString actor = (*db)->sessionUser();
    if (isSbom) {
        SbomImportOptions options;
        options.ciName = parser.value(ciOption);
        options.expectedFormat = format == ImportFormat::Spdx ? Sbom::Spdx : Sbom::CycloneDX;
        options.dryRun = csv.dryRun;
        options.skipRejected = csv.skipRejected;
        return importFinished(SbomImporter(**db).importFile(path, options));
    }
    const CiImporter importer(**db, actor);
    return importFinished(format == ImportFormat::CsvRelations ? importer.importRelations(path, csv)
                                                                : importer.importCis(path, csv));
}

int Ctl::importFinished(const Result<ImportReport> &report)
{
    if (!report)
        return failed(report.error());
    for (const ImportEntry &entry : report->entries) {
        if (entry.outcome != ImportOutcome::Rejected)
            continue;
        const QString where = report->format == ImportFormat::CycloneDx || report->format == ImportFormat::Spdx
                                  ? tr("%1: component %2").arg(report->file).arg(entry.line)
                                  : tr("%1: line %2").arg(report->file).arg(entry.line);
        writeErr(tr("%1: %2 rejected: %3").arg(where, entry.key, entry.message));
    }
    for (const ImportWarning &warning : report->warnings) {
        writeErr(warning.line > 0 ? tr("%1: line %2: warning: %3").arg(report->file).arg(warning.line).arg(warning.message)
                                  : tr("%1: warning: %2").arg(report->file, warning.message));
    }
    QStringList lines{report->summary()};
    if (!report->ciName.isEmpty())
        lines << tr("Configuration item: %1").arg(report->ciName);
    if (report->refused()) {
        const Error refusal = report->refusal();
        writeErr(refusal.message);
        if (m_json) {
            QJsonObject out = report->toJson();
            out.insert(u"ok"_s, false);
            out.insert(u"error"_s, QJsonObject{{u"kind"_s, refusal.kindName()}, {u"message"_s, refusal.message}});
            writeOut(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)));
        } else {
            writeOut(lines.join(u'\n'));
        }
        return 1;
    }
    // The report of 100,000 records as JSON only when asked for.
    return printResult(m_json ? report->toJson() : QJsonObject(), lines.join(u'\n'));
}

int Ctl::ciExport(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption filterOption(u"filter"_s, tr("Attribute expression."), u"EXPR"_s);
    const QCommandLineOption delimiterOption(u"delimiter"_s, tr("The CSV delimiter."), u"C"_s);
    const QCommandLineOption bomOption(u"bom"_s, tr("Start with a UTF-8 byte order mark (for Excel)."));
    const QCommandLineOption jsonOption(u"json"_s, tr("Machine-readable output."));
    parser.addOptions({filterOption, delimiterOption, bomOption, jsonOption});
    if (!parser.parse(QStringList{u"ci export"_s} + args))
        return usageError(parser.errorText());
    if (parser.isSet(jsonOption))
        m_json = true;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("ci export needs exactly one file, or - for standard output"));
    const QString path = parser.positionalArguments().constFirst();
    if (path == u"-" && m_json)
        return usageError(tr("ci export to standard output cannot also print JSON there"));
    CiExportOptions options;
    options.byteOrderMark = parser.isSet(bomOption);
    if (parser.isSet(delimiterOption)) {
        const auto delimiter = parseDelimiter(parser.value(delimiterOption));
        if (!delimiter || *delimiter == u'"' || *delimiter == u'\r' || *delimiter == u'\n')
            return usageError(tr("--delimiter takes one character or 'tab', not '%1'").arg(parser.value(delimiterOption)));
        options.delimiter = *delimiter;
    }
    if (parser.isSet(filterOption)) {
        auto expression = GroupExpression::parse(parser.value(filterOption));
        if (!expression)
            return usageError(tr("--filter: %1").arg(expression.error().message));
        options.filter = parser.value(filterOption);
    }
    auto db = openCurrent();
    if (!db)
        return failed(db.error());
    const CiExporter exporter(**db);
    if (path == u"-") {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return failed(Error{ErrorKind::Io, tr("standard output cannot be written: %1").arg(out.errorString())});
        auto written = exporter.exportTo(out, options);
        if (!written)
            return failed(written.error());
        return 0;
    }
    auto written = exporter.exportToFile(path, options);
    if (!written)
        return failed(written.error());
    return printResult({{u"file"_s, path}, {u"count"_s, *written}},
                       tr("Exported %n configuration item(s) to %1.", nullptr, int(*written)).arg(path));
}

int Ctl::group(const QStringList &args)
{
    if (args.isEmpty() || (args.constFirst() != u"list" && args.constFirst() != u"members"))
        return usageError(tr("group needs a subcommand: list or members NAME"));
    if (args.constFirst() == u"list" && args.size() != 1)
        return usageError(tr("group list takes no arguments"));
    if (args.constFirst() == u"members" && args.size() != 2)
        return usageError(tr("group members takes exactly one group name"));
    auto db = openCurrent();
    if (!db)
        return failed(db.error());
    const GroupRepository groups(**db);
    if (args.constFirst() == u"list") {
        auto all = groups.list();
        if (!all)
            return failed(all.error());
        QJsonArray json;
        QStringList lines;
        for (const CiGroup &g : std::as_const(*all)) {
            const QString kind = g.kind == CiGroup::Kind::Static ? u"static"_s : u"dynamic"_s;
            json.append(QJsonObject{{u"name"_s, g.name}, {u"kind"_s, kind}, {u"expression"_s, g.expression},
                                    {u"description"_s, g.description}});
            const QString kindText = g.kind == CiGroup::Kind::Static ? tr("static") : tr("dynamic");
            lines << u"%1  %2  %3"_s.arg(g.name, -32).arg(kindText, -10).arg(g.expression);
        }
        return printResult({{u"groups"_s, json}}, lines.join(u'\n'));
    }
    auto found = groups.byName(args.at(1));
    if (!found)
        return failed(found.error());
    if (!*found)
        return failed(Error{ErrorKind::NotFound, tr("There is no group named '%1'.").arg(args.at(1))});
    auto members = groups.members(**found);
    if (!members)
        return failed(members.error());
    QJsonArray json;
    QStringList lines;
    for (const ConfigurationItem &item : std::as_const(*members)) {
        json.append(item.name);
        lines << item.name;
    }
    lines << tr("%n configuration item(s)", nullptr, int(members->size()));
    return printResult({{u"group"_s, (*found)->name}, {u"members"_s, json}, {u"count"_s, int(members->size())}},
                       lines.join(u'\n'));
}

// ---- workflow definitions (issue 4) ------------------------------------------------------------

int Ctl::workflow(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"show" || sub == u"install")
        return workflowCommand(*this, args);
    if (sub == u"export") {
        QStringList files = args.mid(1);
        const bool shipped = files.removeAll(u"--shipped"_s) > 0;
        if (files.size() > 1)
            return usageError(tr("workflow export takes at most one file"));
        QByteArray json = WorkflowDefinition::builtInJson();
        QString name = WorkflowDefinition::builtIn().name();
        if (!shipped) {
            // The definition in force on the database.
            auto db = openCurrent();
            if (!db)
                return failed(db.error());
            const WorkflowStore store(**db);
            auto active = store.activeJson();
            if (!active)
                return failed(active.error());
            auto current = store.current();
            if (!current)
                return failed(current.error());
            json = *active;
            name = current->name;
        }
        if (files.isEmpty() || files.constFirst() == u"-") {
            QFile out;
            if (!out.open(stdout, QIODevice::WriteOnly) || out.write(json) != json.size())
                return failed(Error {ErrorKind::Io, tr("cannot write to standard output")});
            return 0;
        }
        QSaveFile file(files.constFirst());
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
            return failed(Error {ErrorKind::Io, tr("cannot write %1: %2")
                                                    .arg(QDir::toNativeSeparators(files.constFirst()),
                                                         file.errorString())});
        return printResult({{u"file"_s, files.constFirst()}, {u"name"_s, name}},
                           tr("%1: the workflow definition '%2'")
                               .arg(QDir::toNativeSeparators(files.constFirst()), name));
    }
    if (sub != u"check")
        return usageError(tr("workflow needs a subcommand: export [FILE] [--shipped], check FILE, show or "
                                 "install FILE"));
    if (args.size() != 2)
        return usageError(tr("workflow check takes exactly one file"));
    const QString path = QDir::toNativeSeparators(args.at(1));
    QFile file(args.at(1));
    if (!file.exists())
        return failed(Error {ErrorKind::NotFound, tr("%1 does not exist").arg(path)});
    if (!file.open(QIODevice::ReadOnly))
        return failed(Error {ErrorKind::Io, tr("cannot read %1: %2").arg(path, file.errorString())});
    auto definition = WorkflowDefinition::fromJson(file.readAll(), path);
    if (!definition)
        return failed(definition.error());
    QJsonArray states;
    QStringList finals;
    for (const WorkflowState &state : definition->states()) {
        states.append(QJsonObject {{u"id"_s, state.id}, {u"initial"_s, state.initial}, {u"final"_s, state.final}});
        if (state.final)
            finals << state.id;
    }
    QJsonArray transitions;
    QStringList expedited;
    for (const WorkflowTransition &t : definition->transitions()) {
        transitions.append(QJsonObject {{u"action"_s, t.action},
                                        {u"from"_s, QJsonArray::fromStringList(t.from)},
                                        {u"to"_s, t.to},
                                        {u"roles"_s, QJsonArray::fromStringList(t.roles)}});
        if (t.expedited)
            expedited << t.action;
    }
    QStringList lines {
        tr("%1: a valid workflow definition, '%2'").arg(path, definition->name()),
        tr("%n state(s), starting at %1, ending at %2", nullptr, int(definition->states().size()))
            .arg(definition->initialState(), finals.join(u", "_s)),
        tr("%n transition(s)", nullptr, int(definition->transitions().size())),
    };
    if (!expedited.isEmpty())
        lines << tr("expedited: %1").arg(expedited.join(u", "_s));
    return printResult({{u"file"_s, args.at(1)},
                        {u"name"_s, definition->name()},
                        {u"initial"_s, definition->initialState()},
                        {u"states"_s, states},
                        {u"transitions"_s, transitions}},
                       lines.join(u'\n'));
}

// ---- rights profiles (M11) ---------------------------------------------------------------------

QJsonObject rightsToJson(const RightsProfile &r)
{
    return {{u"id"_s, r.id},
            {u"ci"_s, r.ciName},
            {u"person"_s, r.personId ? QJsonValue(r.personLogin) : QJsonValue()},
            {u"unit"_s, r.orgUnitId ? QJsonValue(r.unitCode) : QJsonValue()},
            {u"profile"_s, r.profile},
            {u"profile_name"_s, RightsProfileRepository::displayName(r.profile)},
            {u"description"_s, r.description},
            {u"row_version"_s, r.rowVersion}};
}

// "person jdoe (Jan de Vries)" or "unit IT (Informatievoorziening en ICT)".
QString rightsHolder(const RightsProfile &r)
{
    return r.personId ? Ctl::tr("person %1 (%2)").arg(r.personLogin, r.personName)
                      : Ctl::tr("unit %1 (%2)").arg(r.unitCode, r.unitName);
}

// A unit by its code, else by its name (ignoring case); NotFound saying so.
Result<OrgUnit> findUnit(const Database &db, const QString &text)
{
    auto units = PeopleRepository(db).orgUnits();
    if (!units)
        return fail(units.error());
    for (const OrgUnit &u : std::as_const(*units)) {
        if (u.code == text)
            return u;
    }
    for (const OrgUnit &u : std::as_const(*units)) {
        if (u.name.compare(text, Qt::CaseInsensitive) == 0)
            return u;
    }
    return fail(ErrorKind::NotFound, Ctl::tr("There is no organizational unit with the code or name '%1'.").arg(text));
}

Result<Person> findPerson(const Database &db, const QString &login)
{
    auto person = PeopleRepository(db).personByLogin(login);
    if (!person)
        return fail(person.error());
    if (!*person)
        return fail(ErrorKind::NotFound, Ctl::tr("There is no person with the login '%1'.").arg(login));
    return **person;
}

int Ctl::rights(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"list")
        return rightsList(args.mid(1));
    if (sub == u"grant")
        return rightsGrant(args.mid(1));
    if (sub == u"revoke")
        return rightsRevoke(args.mid(1));
    if (sub.isEmpty())
        return usageError(tr("rights needs a subcommand: list, grant or revoke"));
    return usageError(tr("unknown rights subcommand '%1': use list, grant or revoke").arg(sub));
}

int Ctl::rightsList(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption ciOption(u"ci"_s, tr("Configuration item."), u"NAME"_s);
    const QCommandLineOption personOption(u"person"_s, tr("Person."), u"LOGIN"_s);
    const QCommandLineOption unitOption(u"unit"_s, tr("Organizational unit."), u"UNIT"_s);
    parser.addOptions({ciOption, personOption, unitOption});
    if (!parser.parse(QStringList{u"rights list"_s} + args))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("rights list takes no arguments besides --ci, --person or --unit"));
    if (int(parser.isSet(ciOption)) + int(parser.isSet(personOption)) + int(parser.isSet(unitOption)) > 1)
        return usageError(tr("rights list takes at most one of --ci, --person and --unit"));
    auto db = openCurrent();
    if (!db)
        return failed(db.error());
    const RightsProfileRepository repository(**db, (*db)->sessionUser());
    Result<QList<RightsProfile>> found = QList<RightsProfile>();
    QJsonObject filter;
    bool throughUnits = false;
    if (parser.isSet(ciOption)) {
        auto item = findCi(CiRepository(**db, {}), parser.value(ciOption));
        if (!item)
            return failed(item.error());
        found = repository.ofCi((*item)->id);
        filter.insert(u"ci"_s, (*item)->name);
    } else if (parser.isSet(personOption)) {
        auto person = findPerson(**db, parser.value(personOption));
        if (!person)
            return failed(person.error());
        found = repository.ofPerson(person->id, true);
        filter.insert(u"person"_s, person->login);
        throughUnits = true;
    } else if (parser.isSet(unitOption)) {
        auto unit = findUnit(**db, parser.value(unitOption));
        if (!unit)
            return failed(unit.error());
        found = repository.ofOrgUnit(unit->id);
        filter.insert(u"unit"_s, unit->code);
    } else {
        found = repository.all();
    }
    if (!found)
        return failed(found.error());
    QJsonArray json;
    QStringList lines;
    for (const RightsProfile &r : std::as_const(*found)) {
        QJsonObject entry = rightsToJson(r);
        QString line = u"%1  %2  %3  %4"_s.arg(r.id, 6)
                           .arg(r.ciName, -24)
                           .arg(rightsHolder(r), -40)
                           .arg(RightsProfileRepository::displayName(r.profile));
        if (throughUnits) {
            // Held by a unit the person belongs to, not by the person.
            entry.insert(u"through_unit"_s, r.orgUnitId.has_value());
            if (r.orgUnitId)
                line += u"  "_s + tr("(through unit %1)").arg(r.unitCode);
        }
        if (!r.description.isEmpty())
            line += u"  "_s + r.description;
        json.append(entry);
        lines << line;
    }
    lines << tr("%n rights profile(s)", nullptr, int(found->size()));
    return printResult({{u"filter"_s, filter}, {u"rights_profiles"_s, json}, {u"count"_s, int(found->size())}},
                       lines.join(u'\n'));
}

int Ctl::rightsGrant(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption personOption(u"person"_s, tr("Person."), u"LOGIN"_s);
    const QCommandLineOption unitOption(u"unit"_s, tr("Organizational unit."), u"UNIT"_s);
    const QCommandLineOption descriptionOption(u"description"_s, tr("Description."), u"TEXT"_s);
    parser.addOptions({personOption, unitOption, descriptionOption});
    if (!parser.parse(QStringList{u"rights grant"_s} + args))
        return usageError(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(tr("rights grant needs a configuration item and a profile, e.g. "
                             "'rights grant srv-01 --person jdoe administrator'"));
    if (parser.isSet(personOption) == parser.isSet(unitOption))
        return usageError(tr("rights grant needs exactly one of --person LOGIN and --unit UNIT"));
    auto db = openCurrent();
    if (!db)
        return failed(db.error());
    auto item = findCi(CiRepository(**db, {}), positional.at(0));
    if (!item)
        return failed(item.error());
    RightsProfile rights;
    rights.ciId = (*item)->id;
    rights.profile = positional.at(1);
    rights.description = parser.value(descriptionOption);
    if (parser.isSet(personOption)) {
        auto person = findPerson(**db, parser.value(personOption));
        if (!person)
            return failed(person.error());
        rights.personId = person->id;
    } else {
        auto unit = findUnit(**db, parser.value(unitOption));
        if (!unit)
            return failed(unit.error());
        rights.orgUnitId = unit->id;
    }
    auto added = RightsProfileRepository(**db, (*db)->sessionUser()).add(rights);
    if (!added)
        return failed(added.error());
    return printResult({{u"rights_profile"_s, rightsToJson(*added)}},
                       tr("Granted '%1' on '%2' to %3 (rights profile %4).")
                           .arg(RightsProfileRepository::displayName(added->profile), added->ciName,
                                rightsHolder(*added))
                           .arg(added->id));
}

int Ctl::rightsRevoke(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(tr("rights revoke takes exactly one id (see rights list)"));
    bool ok = false;
    const qint64 id = args.constFirst().toLongLong(&ok);
    if (!ok || id <= 0)
        return usageError(tr("rights revoke needs the id of a rights profile (see rights list), not '%1'")
                              .arg(args.constFirst()));
    auto db = openCurrent();
    if (!db)
        return failed(db.error());
    const RightsProfileRepository repository(**db, (*db)->sessionUser());
    auto found = repository.byId(id);
    if (!found)
        return failed(found.error());
    if (!*found)
        return failed(Error{ErrorKind::NotFound, tr("There is no rights profile with the id %1.").arg(id)});
    if (auto removed = repository.remove(**found); !removed)
        return failed(removed.error());
    return printResult({{u"revoked"_s, rightsToJson(**found)}},
                       tr("Revoked '%1' on '%2' from %3 (rights profile %4).")
                           .arg(RightsProfileRepository::displayName((*found)->profile), (*found)->ciName,
                                rightsHolder(**found))
                           .arg(id));
}

// ---- audit trail (issue 4) ---------------------------------------------------------------------

QJsonObject auditEventToJson(const AuditEvent &e)
{
    return {{u"seq"_s, e.seq},
            {u"occurred_at"_s, Dialect::utcText(e.occurredAt)},
            {u"actor"_s, e.actor},
            {u"action"_s, e.action},
            {u"object_type"_s, e.objectType},
            {u"object_id"_s, e.objectId ? QJsonValue(*e.objectId) : QJsonValue()},
            {u"before"_s, e.before ? QJsonValue(*e.before) : QJsonValue()},
            {u"after"_s, e.after ? QJsonValue(*e.after) : QJsonValue()},
            {u"hash"_s, e.hash}};
}

int Ctl::audit(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"verify")
        return auditVerify(args.mid(1));
    if (sub == u"checkpoint")
        return auditCheckpoint(args.mid(1));
    if (sub == u"list")
        return auditList(args.mid(1));
    if (sub.isEmpty())
        return usageError(tr("audit needs a subcommand: verify, checkpoint or list"));
    return usageError(tr("unknown audit subcommand '%1': use verify, checkpoint or list").arg(sub));
}

int Ctl::auditVerify(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption checkpointOption(u"checkpoint"_s, tr("Signed checkpoint to verify against."),
                                              u"FILE"_s);
    const QCommandLineOption keyOption(u"key"_s, tr("The OpenPGP key that must have signed it."),
                                       u"FINGERPRINT"_s);
    const QCommandLineOption jsonOption(u"json"_s, tr("Machine-readable output."));
    parser.addOptions({checkpointOption, keyOption, jsonOption});
    if (!parser.parse(QStringList{u"audit verify"_s} + args))
        return usageError(parser.errorText());
    m_json = m_json || parser.isSet(jsonOption);
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("audit verify takes no arguments besides --checkpoint FILE and --key FINGERPRINT"));
    if (parser.isSet(keyOption) && !parser.isSet(checkpointOption))
        return usageError(tr("audit verify --key needs --checkpoint FILE: the key is the one that signed it"));
    auto db = openCurrent();
    if (!db)
        return failed(db.error());
    const AuditLog log(**db);
    auto verification = parser.isSet(checkpointOption)
                            ? log.verify(parser.value(checkpointOption), parser.value(keyOption))
                            : log.verify();
    if (!verification)
        return failed(verification.error());
    const QString url = (*db)->url().toDisplayString();
    QJsonObject json{{u"database"_s, url},
                     {u"database_id"_s, verification->head.databaseId},
                     {u"intact"_s, verification->intact()},
                     {u"events"_s, verification->checked},
                     {u"head"_s, QJsonObject{{u"seq"_s, verification->head.seq}, {u"hash"_s, verification->head.hash}}},
                     {u"problem"_s, QJsonValue()},
                     {u"checkpoint"_s, QJsonValue()}};
    QStringList lines;
    QStringList problems;
    if (const auto &problem = verification->problem) {
        json.insert(u"problem"_s, QJsonObject{{u"kind"_s, problem->kindName()},
                                              {u"seq"_s, problem->seq},
                                              {u"message"_s, problem->message}});
        lines << tr("The audit trail of %1 was tampered with: the first bad event is %2 (%n event(s) before it "
                    "verified).",
                    nullptr, int(verification->checked))
                     .arg(url)
                     .arg(problem->seq);
        problems << problem->message;
    } else {
        lines << tr("The audit trail of %1 is intact: %n event(s), head %2.", nullptr, int(verification->checked))
                     .arg(url, verification->head.hash);
    }
    if (const auto &check = verification->checkpoint) {
        json.insert(u"checkpoint"_s, QJsonObject{{u"file"_s, check->file},
                                                 {u"status"_s, check->statusName()},
                                                 {u"seq"_s, check->checkpoint.seq},
                                                 {u"hash"_s, check->checkpoint.hash},
                                                 {u"taken_at"_s, Dialect::utcText(check->checkpoint.takenAt)},
                                                 {u"signer"_s, check->signerFingerprint},
                                                 {u"signer_user_id"_s, check->signerUserId},
                                                 {u"message"_s, check->message}});
        if (check->good()) {
            if (!verification->problem)
                lines << tr("The checkpoint %1 (event %2, taken %3) is signed by %4 (%5) and the trail still holds "
                            "it.")
                             .arg(check->file)
                             .arg(check->checkpoint.seq)
                             .arg(Dialect::utcText(check->checkpoint.takenAt), check->signerFingerprint,
                                  check->signerUserId);
        } else {
            lines << tr("The checkpoint %1 cannot be trusted.").arg(check->file);
            problems << check->message;
        }
    }
    if (verification->intact())
        return printResult(json, lines.join(u'\n'));
    if (m_json) {
        json.insert(u"ok"_s, false);
        writeOut(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
    } else {
        writeOut(lines.join(u'\n'));
    }
    for (const QString &problem : std::as_const(problems))
        writeErr(problem);
    return 1;
}

int Ctl::auditCheckpoint(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption keyOption(u"key"_s, tr("The OpenPGP key to sign with."), u"FINGERPRINT"_s);
    const QCommandLineOption jsonOption(u"json"_s, tr("Machine-readable output."));
    parser.addOptions({keyOption, jsonOption});
    if (!parser.parse(QStringList{u"audit checkpoint"_s} + args))
        return usageError(parser.errorText());
    m_json = m_json || parser.isSet(jsonOption);
    const QStringList positional = parser.positionalArguments();
    if (!parser.isSet(keyOption) || positional.size() != 1)
        return usageError(tr("audit checkpoint needs --key FINGERPRINT and the file to write, e.g. 'audit "
                             "checkpoint --key 0123…CDEF audit-2026-03.checkpoint'"));
    auto db = openCurrent();
    if (!db)
        return failed(db.error());
    auto checkpoint = AuditLog(**db).checkpoint(parser.value(keyOption), positional.constFirst());
    if (!checkpoint)
        return failed(checkpoint.error());
    return printResult({{u"file"_s, positional.constFirst()},
                        {u"database"_s, checkpoint->database},
                        {u"database_id"_s, checkpoint->databaseId},
                        {u"seq"_s, checkpoint->seq},
                        {u"hash"_s, checkpoint->hash},
                        {u"taken_at"_s, Dialect::utcText(checkpoint->takenAt)},
                        {u"key"_s, checkpoint->keyFingerprint}},
                       tr("Wrote the checkpoint %1: event %2 with hash %3, signed with key %4.")
                           .arg(positional.constFirst())
                           .arg(checkpoint->seq)
                           .arg(checkpoint->hash, checkpoint->keyFingerprint));
}

int Ctl::auditList(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption limitOption(u"limit"_s, tr("How many events."), u"N"_s, u"20"_s);
    const QCommandLineOption jsonOption(u"json"_s, tr("Machine-readable output."));
    parser.addOptions({limitOption, jsonOption});
    if (!parser.parse(QStringList{u"audit list"_s} + args))
        return usageError(parser.errorText());
    m_json = m_json || parser.isSet(jsonOption);
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("audit list takes no arguments besides --limit N"));
    bool ok = false;
    const int limit = parser.value(limitOption).toInt(&ok);
    if (!ok || limit < 1 || limit > 100000)
        return usageError(tr("--limit must be a number from 1 to 100000, not '%1'").arg(parser.value(limitOption)));
    auto db = openCurrent();
    if (!db)
        return failed(db.error());
    auto events = AuditLog(**db).latest(limit);
    if (!events)
        return failed(events.error());
    QJsonArray json;
    QStringList lines;
    for (const AuditEvent &e : std::as_const(*events)) {
        json.append(auditEventToJson(e));
        QString object = e.objectType;
        if (e.objectId)
            object += u' ' + QString::number(*e.objectId);
        lines << u"%1  %2  %3  %4  %5"_s.arg(e.seq, 8)
                     .arg(Dialect::utcText(e.occurredAt), e.actor.leftJustified(16), e.action.leftJustified(24), object);
    }
    lines << tr("%n event(s), newest first", nullptr, int(events->size()));
    return printResult({{u"events"_s, json}, {u"count"_s, int(events->size())}}, lines.join(u'\n'));
}

int Ctl::software(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub != u"review" && sub != u"unneeded")
        return usageError(tr("software needs a subcommand: review PRODUCT APPROVAL or unneeded"));
    QCommandLineParser parser;
    const QCommandLineOption reasonOption(u"reason"_s, tr("Why the product is not needed or forbidden."),
                                          u"TEXT"_s);
    const QCommandLineOption filterOption(u"filter"_s, tr("Only configuration items matching EXPR."), u"EXPR"_s);
    parser.addOptions({reasonOption, filterOption});
    if (!parser.parse(QStringList{u"software"_s} + args))
        return usageError(parser.errorText());
    const QStringList positional = parser.positionalArguments().mid(1);
    auto db = openCurrent();
    if (!db)
        return failed(db.error());
    const SoftwareReview review(**db);

    if (sub == u"review") {
        if (positional.size() != 2 || parser.isSet(filterOption))
            return usageError(tr("software review takes a product and one of: %1")
                                  .arg(SoftwareReview::keys().join(u", "_s)));
        const auto approval = SoftwareReview::approval(positional.at(1));
        if (!approval)
            return usageError(tr("'%1' is not an approval; approvals: %2")
                                  .arg(positional.at(1), SoftwareReview::keys().join(u", "_s)));
        auto product = review.setApproval(positional.at(0), *approval, parser.value(reasonOption));
        if (!product)
            return failed(product.error());
        return printResult({{u"product"_s, product->key}, {u"name"_s, product->name},
                            {u"approval"_s, SoftwareReview::key(*approval)},
                            {u"reason"_s, parser.value(reasonOption)}},
                           tr("%1 is now %2.").arg(product->name, SoftwareReview::display(*approval)));
    }

    if (!positional.isEmpty() || parser.isSet(reasonOption))
        return usageError(tr("software unneeded takes only --filter"));
    auto found = review.unneeded(parser.value(filterOption));
    if (!found)
        return failed(found.error());
    QJsonArray json;
    QStringList lines;
    QSet<qint64> systems;
    for (const UnneededSoftware &item : std::as_const(*found)) {
        systems.insert(item.ciId);
        json.append(QJsonObject{{u"ci"_s, item.ciName}, {u"product"_s, item.productKey},
                                {u"name"_s, item.product}, {u"vendor"_s, item.vendor},
                                {u"version"_s, item.version}, {u"approval"_s, SoftwareReview::key(item.approval)},
                                {u"reason"_s, item.reason}});
        lines << u"%1  %2 %3  (%4: %5)"_s.arg(item.ciName, -24)
                     .arg(item.product, item.version, SoftwareReview::display(item.approval), item.reason);
    }
    lines << tr("%n installation(s) to remove", nullptr, int(found->size())) + u", "_s
                 + tr("on %n configuration item(s)", nullptr, int(systems.size()));
    return printResult({{u"software"_s, json}, {u"count"_s, int(found->size())},
                        {u"systems"_s, int(systems.size())}},
                       lines.join(u'\n'));
}

int Ctl::server(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"password") {
        // From a file or standard input, never from the command line (ps shows it).
        QString source;
        if (args.size() == 4 && args.at(2) == u"--password-file")
            source = args.at(3);
        else if (args.size() != 2)
            return usageError(tr("server password takes one login, and --password-file FILE or the "
                                 "password on standard input"));
        QFile in(source);
        const bool opened = source.isEmpty() ? in.open(stdin, QIODevice::ReadOnly) : in.open(QIODevice::ReadOnly);
        if (!opened)
            return failed(Error {ErrorKind::Io, source.isEmpty()
                                                    ? tr("cannot read standard input")
                                                    : tr("cannot read %1: %2")
                                                          .arg(QDir::toNativeSeparators(source), in.errorString())});
        const QString password = QString::fromUtf8(in.readLine()).remove(u'\n').remove(u'\r');
        if (password.isEmpty())
            return usageError(tr("the first line of %1 is empty: it should hold the password")
                                  .arg(source.isEmpty() ? tr("standard input") : QDir::toNativeSeparators(source)));
        auto db = openDatabase(false);
        if (!db)
            return failed(db.error());
        if (auto set = ServerPolicy(**db).setPassword(args.at(1), password); !set)
            return failed(set.error());
        return printResult({{u"login"_s, args.at(1)}}, tr("The password of '%1' is set.").arg(args.at(1)));
    }
    if (sub != u"secure")
        return usageError(tr("server needs a subcommand: secure or password LOGIN"));
    QString admin;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == u"--admin" && i + 1 < args.size())
            admin = args.at(++i);
        else
            return usageError(tr("server secure: unexpected argument '%1'").arg(arg));
    }
    auto db = openDatabase(false);
    if (!db)
        return failed(db.error());
    auto report = ServerPolicy(**db).install(admin);
    if (!report)
        return failed(report.error());
    return printResult({{u"owner"_s, report->owner},
                        {u"group_roles"_s, QJsonArray::fromStringList(report->groupRoles)},
                        {u"new_logins"_s, QJsonArray::fromStringList(report->logins)},
                        {u"transitions"_s, report->transitions}},
                       tr("Secured: owner %1, %n group role(s), %2 guarded transitions; new login roles: %3",
                          nullptr, int(report->groupRoles.size()))
                           .arg(report->owner)
                           .arg(report->transitions)
                           .arg(report->logins.isEmpty() ? tr("none") : report->logins.join(u", "_s)));
}

} // namespace

int run(const QStringList &arguments)
{
    Ctl ctl;
    return ctl.run(arguments);
}

} // namespace ChangeDesk::Ctl
