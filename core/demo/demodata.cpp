#include "demodata.h"

#include "demo/demochanges.h"

#include "cmdb/ci.h"
#include "cmdb/cirepository.h"
#include "demo/demosoftware.h"
#include "storage/database.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {

struct Sizes {
    int departments;
    int peoplePerDepartment;
};

Sizes sizesFor(DemoScale scale, int shrink)
{
    auto shrunk = [shrink](Sizes s) {
        s.peoplePerDepartment = std::max(1, s.peoplePerDepartment / shrink);
        return s;
    };
    switch (scale) {
    case DemoScale::Small:
        return shrunk({4, 3});
    case DemoScale::Municipality:
        return shrunk({12, 20});
    case DemoScale::Agency:
        return shrunk({40, 100});
    }
    return {4, 3};
}

// Departments of a Dutch or German municipality, in the language of their site.
const QList<std::pair<QString, QString>> kDepartments = {
    {u"IT"_s, u"Informatievoorziening en ICT"_s},  {u"BZ"_s, u"Burgerzaken"_s},
    {u"FIN"_s, u"Financiën"_s},                   {u"PO"_s, u"Personeel en Organisatie"_s},
    {u"RO"_s, u"Ruimtelijke Ordening"_s},         {u"SD"_s, u"Sociaal Domein"_s},
    {u"VTH"_s, u"Vergunningen en Handhaving"_s},  {u"BOR"_s, u"Beheer Openbare Ruimte"_s},
    {u"OA"_s, u"Ordnungsamt"_s},                  {u"BA"_s, u"Bauamt"_s},
    {u"SA"_s, u"Standesamt"_s},                   {u"KAEM"_s, u"Kämmerei"_s},
};

const QStringList kGivenNames = {
    u"Anna"_s,  u"Bram"_s,   u"Claudia"_s, u"Daan"_s,   u"Eva"_s,    u"Frank"_s, u"Greta"_s,
    u"Hendrik"_s, u"Ilse"_s, u"Jan"_s,     u"Katrin"_s, u"Lars"_s,   u"Mila"_s,  u"Noah"_s,
    u"Oliver"_s, u"Petra"_s, u"Quinten"_s, u"Ruth"_s,   u"Sanne"_s,  u"Tobias"_s, u"Ute"_s,
    u"Vera"_s,  u"Willem"_s, u"Yara"_s,
};
const QStringList kFamilyNames = {
    u"de Vries"_s, u"Jansen"_s,   u"Bakker"_s, u"Visser"_s,  u"Smit"_s,     u"Meijer"_s,
    u"Müller"_s,   u"Schmidt"_s,  u"Schneider"_s, u"Fischer"_s, u"Weber"_s, u"Becker"_s,
    u"Hoffmann"_s, u"van Dijk"_s, u"Mulder"_s, u"Bos"_s,     u"Koch"_s,     u"Wagner"_s,
};

QString loginFor(const QString &given, const QString &family, int serial)
{
    QString base = (given.left(1) + family).toLower();
    base.remove(u' ');
    base.replace(u"ü"_s, u"ue"_s);
    base.replace(u"ä"_s, u"ae"_s);
    base.replace(u"ö"_s, u"oe"_s);
    return u"%1%2"_s.arg(base).arg(serial);
}


// How many CIs of each kind a scale has. The municipality is about 830 CIs; the agency 100k.
struct CmdbSizes {
    int sites;
    int hypervisors;
    int vmsPerHypervisor;
    int applications;
    int databases;
    int clientsPerSite;
    int laptopsPerSite;
    int phonesPerSite;
    int printersPerSite;
    int accessSwitchesPerSite;
};

CmdbSizes cmdbSizesFor(DemoScale scale, int shrink)
{
    auto shrunk = [shrink](CmdbSizes s) {
        for (int *n : {&s.hypervisors, &s.applications, &s.databases, &s.clientsPerSite, &s.laptopsPerSite,
                       &s.phonesPerSite, &s.printersPerSite, &s.accessSwitchesPerSite})
            *n = std::max(1, *n / shrink);
        return s;
    };
    switch (scale) {
    case DemoScale::Small:
        return shrunk({2, 2, 3, 4, 2, 5, 2, 1, 1, 1});
    case DemoScale::Municipality:
        return shrunk({5, 8, 8, 40, 15, 90, 24, 12, 8, 3});
    case DemoScale::Agency:
        return shrunk({40, 250, 40, 600, 200, 1500, 600, 180, 60, 20});
    }
    return {2, 2, 3, 4, 2, 5, 2, 1, 1, 1};
}

const QStringList kSites = {u"Stadhuis"_s, u"Stadskantoor"_s, u"Gemeentewerf"_s, u"Bibliotheek"_s,
                            u"Datacenter Noord"_s, u"Rathaus"_s, u"Bürgerbüro"_s, u"Bauhof"_s};

struct AppTemplate {
    const char16_t *name;
    const char16_t *database; // platform of its database
    ProtectionLevel c, i, a;
};

// Applications a municipality runs, with the protection their data needs.
const QList<AppTemplate> kApplications = {
    {u"zaaksysteem", u"PostgreSQL", ProtectionLevel::High, ProtectionLevel::High, ProtectionLevel::High},
    {u"brp-koppeling", u"Oracle", ProtectionLevel::VeryHigh, ProtectionLevel::VeryHigh, ProtectionLevel::High},
    {u"exchange", u"", ProtectionLevel::High, ProtectionLevel::Normal, ProtectionLevel::High},
    {u"belastingen", u"SQL Server", ProtectionLevel::High, ProtectionLevel::VeryHigh, ProtectionLevel::Normal},
    {u"gis-viewer", u"PostgreSQL", ProtectionLevel::Normal, ProtectionLevel::Normal, ProtectionLevel::Normal},
    {u"dms", u"SQL Server", ProtectionLevel::High, ProtectionLevel::High, ProtectionLevel::Normal},
    {u"intranet", u"PostgreSQL", ProtectionLevel::Normal, ProtectionLevel::Normal, ProtectionLevel::Normal},
    {u"financien", u"SQL Server", ProtectionLevel::High, ProtectionLevel::VeryHigh, ProtectionLevel::High},
    {u"vergunningen-portaal", u"PostgreSQL", ProtectionLevel::Normal, ProtectionLevel::High, ProtectionLevel::High},
    {u"personeelsinformatie", u"Oracle", ProtectionLevel::VeryHigh, ProtectionLevel::High, ProtectionLevel::Normal},
};

// Inserts CIs and relations with statements prepared once (agency scale is 100k CIs).
class CmdbWriter
{
public:
    CmdbWriter(const Database &db, QSqlDatabase connection, QVariant now)
        : m_db(db)
        , m_ci(connection)
        , m_relation(connection)
        , m_now(std::move(now))
    {
        const QStringList &columns = CiRepository::writableColumns();
        m_ci.prepare(u"INSERT INTO configuration_item (%1, row_version, created_at, updated_at) VALUES (%2, 1, ?, ?) "
                     "ON CONFLICT (name) DO NOTHING"_s.arg(columns.join(u", "_s),
                                                           QStringList(columns.size(), u"?"_s).join(u", "_s)));
        m_relation.prepare(u"INSERT INTO ci_relation (source_id, target_id, relation_type, row_version, created_at) "
                           "SELECT s.id, t.id, ?, 1, ? FROM configuration_item s, configuration_item t "
                           "WHERE s.name = ? AND t.name = ? ON CONFLICT DO NOTHING"_s);
    }

    Status ci(const ConfigurationItem &ci)
    {
        const QVariantList values = CiRepository::columnValues(ci, m_db.dialect()) + QVariantList{m_now, m_now};
        for (int i = 0; i < values.size(); ++i)
            m_ci.bindValue(i, values.at(i));
        if (!m_ci.exec())
            return fail(m_db.translateError(m_ci.lastError(), DemoData::tr("creating demo data")));
        m_cis += m_ci.numRowsAffected();
        m_names << ci.name;
        return {};
    }

    Status relate(const QString &source, RelationType type, const QString &target)
    {
        m_relation.bindValue(0, CmdbNames::key(type));
        m_relation.bindValue(1, m_now);
        m_relation.bindValue(2, source);
        m_relation.bindValue(3, target);
        if (!m_relation.exec())
            return fail(m_db.translateError(m_relation.lastError(), DemoData::tr("creating demo data")));
        m_relations += m_relation.numRowsAffected();
        return {};
    }

    qint64 cis() const { return m_cis; }
    qint64 relations() const { return m_relations; }
    // Every CI the demo consists of, whether added now or by an earlier run.
    const QStringList &names() const { return m_names; }

private:
    const Database &m_db;
    QSqlQuery m_ci;
    QSqlQuery m_relation;
    QVariant m_now;
    qint64 m_cis = 0;
    qint64 m_relations = 0;
    QStringList m_names;
};

Status generateCmdb(const Database &db, QRandomGenerator &random, DemoScale scale, int shrink, quint32 seed,
                    const Clock &clock, DemoData::Report &report)
{
    const CmdbSizes sizes = cmdbSizesFor(scale, shrink);
    auto connection = db.connection();
    if (!connection)
        return fail(connection.error());
    CmdbWriter writer(db, *connection, db.dialect().toDb(clock.now()));

    QList<qint64> people;
    QList<qint64> units;
    {
        auto rows = db.exec(u"SELECT id FROM person ORDER BY id"_s);
        if (!rows)
            return fail(rows.error());
        while (rows->next())
            people << rows->value(0).toLongLong();
        auto unitRows = db.exec(u"SELECT id FROM org_unit WHERE parent_id IS NOT NULL ORDER BY id"_s);
        if (!unitRows)
            return fail(unitRows.error());
        while (unitRows->next())
            units << unitRows->value(0).toLongLong();
    }
    auto pick = [&](const QList<qint64> &from) {
        return from.isEmpty() ? std::optional<qint64>() : std::optional<qint64>(from.at(random.bounded(int(from.size()))));
    };
    auto base = [&](const QString &name, CiClass ciClass, const QString &site) {
        ConfigurationItem ci;
        ci.name = name;
        ci.ciClass = ciClass;
        ci.site = site;
        ci.ownerId = pick(people);
        ci.orgUnitId = pick(units);
        ci.lastSeen = clock.now().addSecs(-qint64(random.bounded(3 * 86400)));
        return ci;
    };
    const QDateTime now = clock.now();
    // What update mechanisms send to vendors (M3): text a person reads, in their language.
    const QString dataNone = DemoData::tr("none");
    const QString dataNoneWsus = DemoData::tr("none (WSUS)");
    const QString dataLicence = DemoData::tr("licence and version check");
    const QString dataDiagnostic = DemoData::tr("diagnostic data: required");
    const QString dataAnalytics = DemoData::tr("device analytics");
    const int siteCount = std::min<int>(sizes.sites, 1000);
    QStringList sites;
    for (int s = 0; s < siteCount; ++s)
        sites << (s < kSites.size() ? kSites.at(s) : u"%1 %2"_s.arg(kSites.at(s % kSites.size())).arg(s / kSites.size() + 1));

    // Network: two firewalls and core switches in the data centre, access switches per site.
    const QString dc = sites.value(0);
    for (const QString &name : {u"fw-edge-01"_s, u"fw-edge-02"_s}) {
        ConfigurationItem fw = base(name, CiClass::Firewall, dc);
        fw.platform = u"FortiOS"_s;
        fw.firmwareVersion = u"7.4.%1"_s.arg(random.bounded(1, 6));
        fw.protection = {ProtectionLevel::High, ProtectionLevel::VeryHigh, ProtectionLevel::VeryHigh};
        if (auto w = writer.ci(fw); !w)
            return w;
    }
    for (const QString &name : {u"sw-core-01"_s, u"sw-core-02"_s}) {
        ConfigurationItem sw = base(name, CiClass::Switch, dc);
        sw.platform = u"Aruba AOS-CX"_s;
        sw.firmwareVersion = u"10.13.%1"_s.arg(random.bounded(1000, 1100));
        if (auto w = writer.ci(sw); !w)
            return w;
        for (const QString &fw : {u"fw-edge-01"_s, u"fw-edge-02"_s}) {
            if (auto r = writer.relate(name, RelationType::ConnectedTo, fw); !r)
                return r;
        }
    }
    for (int s = 0; s < sites.size(); ++s) {
        const QString router = u"rt-site-%1"_s.arg(s + 1, 3, 10, QLatin1Char('0'));
        ConfigurationItem rt = base(router, CiClass::Router, sites.at(s));
        rt.platform = u"Cisco IOS XE"_s;
        rt.firmwareVersion = u"17.9.%1"_s.arg(random.bounded(1, 5));
        if (auto w = writer.ci(rt); !w)
            return w;
        if (auto r = writer.relate(router, RelationType::DependsOn, u"sw-core-01"_s); !r)
            return r;
        for (int a = 0; a < sizes.accessSwitchesPerSite; ++a) {
            const QString name = u"sw-%1-%2"_s.arg(s + 1, 3, 10, QLatin1Char('0')).arg(a + 1, 2, 10, QLatin1Char('0'));
            ConfigurationItem sw = base(name, CiClass::Switch, sites.at(s));
            sw.platform = u"Aruba AOS-CX"_s;
            sw.firmwareVersion = u"10.12.%1"_s.arg(random.bounded(1000, 1100));
            if (auto w = writer.ci(sw); !w)
                return w;
            if (auto r = writer.relate(name, RelationType::DependsOn, router); !r)
                return r;
        }
    }

    // Hypervisors and virtual machines in the data centre.
    QStringList vms;
    for (int h = 0; h < sizes.hypervisors; ++h) {
        const QString host = u"esx-%1"_s.arg(h + 1, 3, 10, QLatin1Char('0'));
        ConfigurationItem hv = base(host, CiClass::Server, dc);
        hv.platform = u"VMware ESXi"_s;
        hv.platformVersion = u"8.0 U%1"_s.arg(random.bounded(1, 4));
        hv.firmwareVersion = u"iLO 6 1.%1"_s.arg(random.bounded(50, 70));
        hv.update = {UpdateSource::InternalServer, UpdateMode::DownloadOnly, RebootHandling::Scheduled, u""_s};
        if (auto w = writer.ci(hv); !w)
            return w;
        if (auto r = writer.relate(host, RelationType::DependsOn, u"sw-core-0%1"_s.arg(h % 2 + 1)); !r)
            return r;
        for (int v = 0; v < sizes.vmsPerHypervisor; ++v) {
            const QString vm = u"vm-%1-%2"_s.arg(h + 1, 3, 10, QLatin1Char('0')).arg(v + 1, 2, 10, QLatin1Char('0'));
            ConfigurationItem ci = base(vm, CiClass::VirtualMachine, dc);
            const bool windows = random.bounded(3) != 0;
            ci.platform = windows ? u"Windows Server"_s : u"Debian GNU/Linux"_s;
            ci.platformVersion = windows ? (random.bounded(2) ? u"2022"_s : u"2019"_s) : u"12"_s;
            ci.update = windows ? UpdateMechanism{UpdateSource::InternalServer, UpdateMode::DownloadOnly,
                                                  RebootHandling::Scheduled, dataNoneWsus}
                                : UpdateMechanism{UpdateSource::Parallel, UpdateMode::AutoInstall,
                                                  RebootHandling::Manual, dataNone};
            if (auto w = writer.ci(ci); !w)
                return w;
            if (auto r = writer.relate(vm, RelationType::RunsOn, host); !r)
                return r;
            vms << vm;
        }
    }
    auto anyVm = [&] { return vms.at(random.bounded(int(vms.size()))); };

    // Databases, applications and the business services built on them.
    QStringList databases;
    for (int d = 0; d < sizes.databases; ++d) {
        const QString name = u"db-%1"_s.arg(d + 1, 3, 10, QLatin1Char('0'));
        ConfigurationItem ci = base(name, CiClass::Database, dc);
        const QStringList engines{u"PostgreSQL"_s, u"SQL Server"_s, u"Oracle"_s};
        ci.platform = engines.at(d % engines.size());
        ci.platformVersion = d % 3 == 0 ? u"16"_s : d % 3 == 1 ? u"2022"_s : u"19c"_s;
        if (auto w = writer.ci(ci); !w)
            return w;
        if (auto r = writer.relate(name, RelationType::RunsOn, anyVm()); !r)
            return r;
        databases << name;
    }
    QStringList applications;
    for (int a = 0; a < sizes.applications; ++a) {
        const AppTemplate &t = kApplications.at(a % kApplications.size());
        const int round = a / int(kApplications.size());
        const QString name = round == 0 ? QString::fromUtf16(t.name) : u"%1-%2"_s.arg(QString::fromUtf16(t.name)).arg(round + 1);
        ConfigurationItem app = base(name, CiClass::Application, dc);
        app.protection = {t.c, t.i, t.a};
        app.update = {UpdateSource::Vendor, UpdateMode::DownloadOnly, RebootHandling::NotNeeded, dataLicence};
        if (auto w = writer.ci(app); !w)
            return w;
        if (auto r = writer.relate(name, RelationType::RunsOn, anyVm()); !r)
            return r;
        if (QStringView(t.database).size() > 0 && !databases.isEmpty()) {
            if (auto r = writer.relate(name, RelationType::DependsOn, databases.at(a % databases.size())); !r)
                return r;
        }
        applications << name;
    }
    const int services = std::max(1, sizes.applications / 3);
    for (int v = 0; v < services; ++v) {
        const QString name = u"dienst-%1"_s.arg(v + 1, 3, 10, QLatin1Char('0'));
        ConfigurationItem svc = base(name, CiClass::Service, dc);
        svc.description = DemoData::tr("Business service %1").arg(v + 1);
        svc.protection = {ProtectionLevel(random.bounded(1, 4)), ProtectionLevel(random.bounded(1, 4)),
                          ProtectionLevel(random.bounded(1, 4))};
        if (auto w = writer.ci(svc); !w)
            return w;
        for (int k = 0; k < 3 && !applications.isEmpty(); ++k) {
            if (auto r = writer.relate(name, RelationType::DependsOn, applications.at((v * 3 + k) % applications.size())); !r)
                return r;
        }
    }

    // Workplaces: clients, laptops, phones and printers at every site.
    for (int s = 0; s < sites.size(); ++s) {
        const QString site = sites.at(s);
        const QString access = u"sw-%1-01"_s.arg(s + 1, 3, 10, QLatin1Char('0'));
        auto workplace = [&](const QString &prefix, CiClass ciClass, int count) -> Status {
            for (int n = 0; n < count; ++n) {
                const QString name = u"%1-%2-%3"_s.arg(prefix).arg(s + 1, 3, 10, QLatin1Char('0')).arg(n + 1, 4, 10, QLatin1Char('0'));
                ConfigurationItem ci = base(name, ciClass, site);
                switch (ciClass) {
                case CiClass::Client:
                case CiClass::Laptop:
                    ci.platform = u"Windows"_s;
                    ci.platformVersion = random.bounded(5) == 0 ? u"10 22H2"_s : u"11 23H2"_s;
                    ci.update = {UpdateSource::InternalServer, UpdateMode::AutoInstall, RebootHandling::Scheduled,
                                 dataDiagnostic};
                    ci.mobile = ciClass == CiClass::Laptop;
                    break;
                case CiClass::Smartphone:
                    ci.platform = random.bounded(2) ? u"iOS"_s : u"Android"_s;
                    ci.platformVersion = ci.platform == u"iOS" ? u"18.%1"_s.arg(random.bounded(0, 4)) : u"15"_s;
                    ci.update = {UpdateSource::Vendor, UpdateMode::AutoInstall, RebootHandling::Automatic,
                                 dataAnalytics};
                    ci.mobile = true;
                    break;
                case CiClass::Printer:
                    ci.platform = u"HP FutureSmart"_s;
                    ci.firmwareVersion = u"5.%1"_s.arg(random.bounded(4, 8));
                    break;
                default:
                    break;
                }
                if (ci.mobile) // some mobile devices have been away for weeks (M14)
                    ci.lastSeen = now.addSecs(-qint64(random.bounded(60)) * 86400);
                if (auto w = writer.ci(ci); !w)
                    return w;
                if (ciClass != CiClass::Smartphone && ciClass != CiClass::Laptop) {
                    if (auto r = writer.relate(name, RelationType::ConnectedTo, access); !r)
                        return r;
                }
            }
            return {};
        };
        if (auto w = workplace(u"ws"_s, CiClass::Client, sizes.clientsPerSite); !w)
            return w;
        if (auto w = workplace(u"nb"_s, CiClass::Laptop, sizes.laptopsPerSite); !w)
            return w;
        if (auto w = workplace(u"mob"_s, CiClass::Smartphone, sizes.phonesPerSite); !w)
            return w;
        if (auto w = workplace(u"prn"_s, CiClass::Printer, sizes.printersPerSite); !w)
            return w;
    }
    report[u"configuration_items"_s] += writer.cis();
    report[u"relations"_s] += writer.relations();

    // System profiles: a static pilot group and dynamic groups by attributes (M8, M12, M14).
    const QVariant stamp = db.dialect().toDb(now);
    const QString pilotName = DemoData::tr("Pilot %1").arg(dc);
    const QList<std::array<QString, 4>> groups{
        {pilotName, u"static"_s, QString(), DemoData::tr("First wave of every rollout")},
        {DemoData::tr("Critical systems"), u"dynamic"_s,
         u"availability >= high and class in (server, vm, application, database)"_s, QString()},
        {DemoData::tr("Windows workplaces"), u"dynamic"_s, u"class in (client, laptop) and platform = \"Windows\""_s,
         QString()},
        {DemoData::tr("Mobile, not seen for 30 days"), u"dynamic"_s, u"mobile = true and last_seen < now-30d"_s,
         DemoData::tr("Tracked until updated (M14)")},
    };
    for (const auto &[name, kind, expression, description] : groups) {
        auto added = db.exec(u"INSERT INTO ci_group (name, kind, expression, description, row_version, created_at, "
                             "updated_at) VALUES (?, ?, ?, ?, 1, ?, ?) ON CONFLICT (name) DO NOTHING"_s,
                             {name, kind, expression.isNull() ? u""_s : expression,
                              description.isNull() ? u""_s : description, stamp, stamp},
                             DemoData::tr("creating demo data"));
        if (!added)
            return fail(added.error());
        report[u"groups"_s] += added->numRowsAffected();
    }
    // The change calendar: the critical systems are changed on Tuesday and Thursday nights, and
    // nothing is changed in the week of the municipal election four weeks from now.
    const QDate today = now.date();
    const QDate firstOfMonth(today.year(), today.month(), 1);
    auto window = db.exec(
        u"INSERT INTO maintenance_window (name, description, group_id, time_zone, frequency, every_n, weekdays, "
        "month_day, week_of_month, start_time, end_time, first_date, row_version, created_at, updated_at) "
        "SELECT ?, ?, g.id, 'Europe/Berlin', 'weekly', 1, 'tu,th', 0, 0, '22:00', '04:00', ?, 1, ?, ? "
        "FROM ci_group g WHERE g.name = ? AND NOT EXISTS (SELECT 1 FROM maintenance_window)"_s,
        {DemoData::tr("Night of the critical systems"), DemoData::tr("Agreed with the departments (M7)"),
         firstOfMonth.toString(Qt::ISODate), stamp, stamp, DemoData::tr("Critical systems")},
        DemoData::tr("creating demo data"));
    if (!window)
        return fail(window.error());
    report[u"maintenance_windows"_s] += window->numRowsAffected();
    const QDate election = today.addDays(28 - today.dayOfWeek() + 1); // a Monday four weeks on
    auto freeze = db.exec(u"INSERT INTO freeze_period (name, reason, starts_at, ends_at, row_version, created_at, "
                          "updated_at) SELECT ?, ?, ?, ?, 1, ?, ? WHERE NOT EXISTS (SELECT 1 FROM freeze_period)"_s,
                          {DemoData::tr("Municipal election"), DemoData::tr("No changes while the votes are counted"),
                           db.dialect().toDb(QDateTime(election, QTime(0, 0), QTimeZone::UTC)),
                           db.dialect().toDb(QDateTime(election.addDays(7), QTime(0, 0), QTimeZone::UTC)), stamp,
                           stamp},
                          DemoData::tr("creating demo data"));
    if (!freeze)
        return fail(freeze.error());
    report[u"freeze_periods"_s] += freeze->numRowsAffected();
    auto pilot = db.exec(u"INSERT INTO ci_group_member (group_id, ci_id) SELECT g.id, ci.id FROM ci_group g, "
                         "configuration_item ci WHERE g.name = ? AND ci.name LIKE 'ws-001-%' AND ci.name <= 'ws-001-0010' "
                         "ON CONFLICT DO NOTHING"_s,
                         {pilotName}, DemoData::tr("creating demo data"));
    if (!pilot)
        return fail(pilot.error());
    pilot->finish();

    // Installed software, patch history and rights profiles of every demo CI (N1, N8, M11).
    auto cis = DemoSoftware::sketches(db, writer.names());
    if (!cis)
        return fail(cis.error());
    return DemoSoftware::generate(db, seed, *cis, now, report);
}

} // namespace

Result<DemoScale> DemoData::parseScale(const QString &text)
{
    if (text == u"small")
        return DemoScale::Small;
    if (text == u"municipality")
        return DemoScale::Municipality;
    if (text == u"agency")
        return DemoScale::Agency;
    return fail(ErrorKind::InvalidInput,
                tr("Unknown demo scale '%1': use small, municipality or agency.").arg(text));
}

QString DemoData::scaleName(DemoScale scale)
{
    switch (scale) {
    case DemoScale::Small:
        return u"small"_s;
    case DemoScale::Municipality:
        return u"municipality"_s;
    case DemoScale::Agency:
        return u"agency"_s;
    }
    return {};
}

QString DemoData::describe(const QString &kind, qint64 count)
{
    if (kind == u"org_units")
        return tr("%n organizational unit(s)", nullptr, int(count));
    if (kind == u"people")
        return tr("%n person(s)", nullptr, int(count));
    if (kind == u"configuration_items")
        return tr("%n configuration item(s)", nullptr, int(count));
    if (kind == u"relations")
        return tr("%n relation(s)", nullptr, int(count));
    if (kind == u"groups")
        return tr("%n group(s)", nullptr, int(count));
    if (kind == u"maintenance_windows")
        return tr("%n maintenance window(s)", nullptr, int(count));
    if (kind == u"freeze_periods")
        return tr("%n freeze period(s)", nullptr, int(count));
    if (kind == u"products")
        return tr("%n product(s)", nullptr, int(count));
    if (kind == u"installed_software")
        return tr("%n software installation(s)", nullptr, int(count));
    if (kind == u"applied_patches")
        return tr("%n applied patch(es)", nullptr, int(count));
    if (kind == u"rights_profiles")
        return tr("%n rights profile(s)", nullptr, int(count));
    if (kind == u"role_assignments")
        return tr("%n role assignment(s)", nullptr, int(count));
    if (kind == u"requests_for_change")
        return tr("%n request(s) for change", nullptr, int(count));
    if (kind == u"audit_events")
        return tr("%n audit event(s)", nullptr, int(count));
    return u"%1 %2"_s.arg(count).arg(kind);
}

Result<DemoData::Report> DemoData::generate(const Database &db, quint32 seed, DemoScale scale,
                                            const Clock &clock, int shrink, bool withRequests)
{
    if (shrink < 1)
        return fail(ErrorKind::InvalidInput, tr("The demo data cannot be shrunk by %1.").arg(shrink));
    QRandomGenerator random(seed);
    const Sizes sizes = sizesFor(scale, shrink);
    const Dialect &dialect = db.dialect();
    const QVariant now = dialect.toDb(clock.now());
    Report report{{u"org_units"_s, 0},      {u"people"_s, 0},          {u"configuration_items"_s, 0},
                  {u"relations"_s, 0},      {u"groups"_s, 0},          {u"maintenance_windows"_s, 0},
                  {u"freeze_periods"_s, 0}, {u"products"_s, 0},
                  {u"installed_software"_s, 0}, {u"applied_patches"_s, 0}, {u"rights_profiles"_s, 0},
                  {u"role_assignments"_s, 0}, {u"requests_for_change"_s, 0}, {u"audit_events"_s, 0}};

    return db.write([&]() -> Result<Report> {
        auto root = db.exec(
            u"INSERT INTO org_unit (code, name, parent_id, row_version, created_at, updated_at) "
            "VALUES ('ORG', ?, NULL, 1, ?, ?) ON CONFLICT (code) DO NOTHING"_s,
            {tr("Municipality of Demodorp"), now, now}, tr("creating demo data"));
        if (!root)
            return fail(root.error());
        report[u"org_units"_s] += root->numRowsAffected();
        auto rootId = db.scalar(u"SELECT id FROM org_unit WHERE code = 'ORG'"_s);
        if (!rootId)
            return fail(rootId.error());

        int serial = 0;
        for (int d = 0; d < sizes.departments; ++d) {
            const auto &[baseCode, baseName] = kDepartments.at(d % kDepartments.size());
            const int round = d / int(kDepartments.size());
            const QString code = round == 0 ? baseCode : u"%1-%2"_s.arg(baseCode).arg(round + 1);
            const QString name = round == 0 ? baseName : u"%1 %2"_s.arg(baseName).arg(round + 1);
            auto unit = db.exec(
                u"INSERT INTO org_unit (code, name, parent_id, row_version, created_at, updated_at) "
                "VALUES (?, ?, ?, 1, ?, ?) ON CONFLICT (code) DO NOTHING"_s,
                {code, name, *rootId, now, now}, tr("creating demo data"));
            if (!unit)
                return fail(unit.error());
            report[u"org_units"_s] += unit->numRowsAffected();
            auto unitId = db.scalar(u"SELECT id FROM org_unit WHERE code = ?"_s, {code});
            if (!unitId)
                return fail(unitId.error());

            for (int p = 0; p < sizes.peoplePerDepartment; ++p) {
                const QString given = kGivenNames.at(random.bounded(int(kGivenNames.size())));
                const QString family = kFamilyNames.at(random.bounded(int(kFamilyNames.size())));
                const QString login = loginFor(given, family, ++serial);
                const QString phone = u"+31 30 %1"_s.arg(random.bounded(1000000, 9999999));
                const bool active = random.bounded(50) != 0;
                auto person = db.exec(
                    u"INSERT INTO person (login, display_name, email, phone, org_unit_id, active, "
                    "row_version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?) "
                    "ON CONFLICT (login) DO NOTHING"_s,
                    {login, u"%1 %2"_s.arg(given, family), login + u"@demodorp.example"_s, phone,
                     *unitId, dialect.toDb(active), now, now},
                    tr("creating demo data"));
                if (!person)
                    return fail(person.error());
                report[u"people"_s] += person->numRowsAffected();
            }
        }
        if (auto cmdb = generateCmdb(db, random, scale, shrink, seed, clock, report); !cmdb)
            return fail(cmdb.error());
        if (withRequests) {
            if (auto changes = DemoChanges::generate(db, random, scale, clock, shrink, report); !changes)
                return fail(changes.error());
            if (auto cab = DemoChanges::convene(db, clock, report); !cab)
                return fail(cab.error());
        }
        return report;
    });
}

} // namespace ChangeDesk
