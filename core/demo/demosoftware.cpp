#include "demosoftware.h"

#include "cmdb/cpe.h"
#include "cmdb/packageurl.h"
#include "cmdb/softwarerepository.h"
#include "demo/democatalogue.h"
#include "storage/database.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace ChangeDesk::DemoSoftware {

namespace {

using DemoCatalogue::Pick;
using DemoCatalogue::Product;

// A small, fast generator (SplitMix64) seeded from the demo seed and the CI's name, so that what
// a CI gets does not depend on the order or number of the others.
class Dice
{
public:
    Dice(quint32 seed, QStringView name)
    {
        quint64 hash = 0xcbf29ce484222325ULL ^ seed; // FNV-1a over the name
        for (const QChar c : name) {
            hash ^= c.unicode();
            hash *= 0x100000001b3ULL;
        }
        m_state = hash;
    }

    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // 0 <= n < bound
    int bounded(int bound) { return bound <= 1 ? 0 : int(next() % quint64(bound)); }
    int bounded(int low, int high) { return low + bounded(high - low); }
    bool chance(int percent) { return bounded(100) < percent; }

private:
    quint64 m_state = 0;
};

// Most systems run the newest release; of the rest most trail by one, a tail by more.
qsizetype chooseRelease(Dice &dice, qsizetype count, int currency)
{
    if (count <= 1 || dice.chance(std::clamp(currency, 5, 100)))
        return 0;
    const int roll = dice.bounded(100);
    if (count == 2 || roll < 60)
        return 1;
    if (count == 3 || roll < 85)
        return 2;
    return 3 + dice.bounded(int(count - 3));
}

const Product &productAt(qsizetype index)
{
    return DemoCatalogue::products().at(index);
}

// The inventory's name of a release ("7-Zip 24.09 (x64)", "Java 8 Update 441 (64-bit)").
QString releaseName(const Product &p, qsizetype release)
{
    if (release >= 0 && !p.releases.at(release).name.isEmpty())
        return p.releases.at(release).name;
    return p.name.contains(u"%1"_s) && release >= 0 ? p.name.arg(p.releases.at(release).version) : p.name;
}

// What a patch that brings a release is called.
QString patchTitle(const Product &p, qsizetype release, const QString &version)
{
    if (!p.patchTitle.isEmpty() && release >= 0)
        return p.patchTitle.arg(p.releases.at(release).reference);
    if (release >= 0 && (p.name.contains(u"%1"_s) || !p.releases.at(release).name.isEmpty()))
        return releaseName(p, release);
    return u"%1 %2"_s.arg(p.name, version);
}

class Planner
{
public:
    Planner(const PlanContext &context, const CiSketch &ci)
        : m_context(context)
        , m_ci(ci)
        , m_dice(context.seed, ci.name)
    { }

    Plan run();

private:
    void pick(const QList<Pick> &picks, int currencyShift);
    void install(const QString &productId, qsizetype release, const QString &version);
    void custom(const QString &productId, const QString &version) { install(productId, -1, version); }
    void chosenRelease(const QString &productId, int currencyShift);
    void patchHistory(const QString &agent, bool maintenanceWindow);
    void firmwareUpdate(const QString &fromVersion);
    QDateTime at(int daysAgo, bool maintenanceWindow);

    const PlanContext &m_context;
    const CiSketch &m_ci;
    Dice m_dice;
    Plan m_plan;
    QHash<qsizetype, qsizetype> m_chosen; // product → release
};

QDateTime Planner::at(int daysAgo, bool maintenanceWindow)
{
    const QDate day = m_context.now.toUTC().date().addDays(-daysAgo);
    // Servers in the evening maintenance window, workplaces while people work.
    const QTime time = maintenanceWindow ? QTime(20, 0).addSecs(m_dice.bounded(180) * 60)
                                         : QTime(8, 0).addSecs(m_dice.bounded(9 * 60) * 60);
    return QDateTime(day, time, QTimeZone::UTC);
}

void Planner::install(const QString &productId, qsizetype release, const QString &version)
{
    const qsizetype index = DemoCatalogue::indexOf(productId);
    if (index < 0 || m_chosen.contains(index))
        return;
    m_chosen.insert(index, release);
    m_plan.installs.append({index, release, version});
}

void Planner::chosenRelease(const QString &productId, int currencyShift)
{
    const qsizetype index = DemoCatalogue::indexOf(productId);
    if (index < 0)
        return;
    const Product &p = productAt(index);
    if (p.releases.isEmpty() || m_chosen.contains(index))
        return; // firmware: its version is the CI's
    const qsizetype release = chooseRelease(m_dice, p.releases.size(), p.currency + currencyShift);
    install(productId, release, p.releases.at(release).version);
}

void Planner::pick(const QList<Pick> &picks, int currencyShift)
{
    for (const Pick &pick : picks) {
        const qsizetype index = DemoCatalogue::indexOf(pick.product);
        if (index < 0)
            continue;
        const Product &p = productAt(index);
        if (!p.follows.isEmpty()) {
            // A helper comes with its product, in the matching release.
            const auto leader = m_chosen.constFind(DemoCatalogue::indexOf(p.follows));
            if (leader == m_chosen.cend() || *leader < 0 || !m_dice.chance(pick.percent))
                continue;
            const qsizetype release = std::min<qsizetype>(*leader, p.releases.size() - 1);
            install(pick.product, release, p.releases.at(release).version);
            continue;
        }
        if (!m_dice.chance(pick.percent))
            continue;
        chosenRelease(pick.product, currencyShift);
    }
}

// Patches that brought the installed releases: every cumulative update of the last months for
// the operating system (and a failed attempt at the next one on some systems that trail), and
// the last update of other products on some systems (N8).
void Planner::patchHistory(const QString &agent, bool maintenanceWindow)
{
    if (!m_dice.chance(70))
        return;
    for (const Install &installed : std::as_const(m_plan.installs)) {
        const Product &p = productAt(installed.product);
        const qsizetype count = p.releases.size();
        if (installed.release < 0 || !p.follows.isEmpty() || count < 2)
            continue;
        const qsizetype release = installed.release;
        if (!p.patchTitle.isEmpty()) {
            int newest = 0;
            for (qsizetype k = release; k < std::min<qsizetype>(release + 3, count - 1); ++k) {
                const int daysAgo = int(k - release) * 30 + m_dice.bounded(maintenanceWindow ? 3 : 2, 26);
                if (k == release)
                    newest = daysAgo;
                m_plan.patches.append({installed.product,
                                       patchTitle(p, k, {}),
                                       p.releases.at(k).reference,
                                       p.releases.at(k + 1).version,
                                       p.releases.at(k).version,
                                       at(daysAgo, maintenanceWindow),
                                       agent,
                                       u"success"_s,
                                       {}});
            }
            if (release >= 1 && newest > 1 && m_dice.chance(30)) {
                const bool rolledBack = m_dice.chance(33);
                m_plan.patches.append(
                    {installed.product, patchTitle(p, release - 1, {}), p.releases.at(release - 1).reference,
                     p.releases.at(release).version, p.releases.at(release - 1).version,
                     at(m_dice.bounded(1, newest), maintenanceWindow), agent,
                     rolledBack ? u"rolled_back"_s : u"failed"_s,
                     rolledBack
                         ? DemoData::tr("Rolled back after the restart: a business application no longer "
                                        "started. The system stays on the previous update.")
                         : DemoData::tr("Installation failed with error 0x800f0922; retried in the next "
                                        "maintenance window.")});
            }
            continue;
        }
        if (release + 1 < count && m_dice.chance(35)) {
            m_plan.patches.append({installed.product,
                                   patchTitle(p, release, installed.version),
                                   {},
                                   p.releases.at(release + 1).version,
                                   installed.version,
                                   at(m_dice.bounded(maintenanceWindow ? 3 : 2, 45), maintenanceWindow),
                                   agent,
                                   u"success"_s,
                                   {}});
        }
    }
}

// The firmware update that brought a device to its version, done by an administrator.
void Planner::firmwareUpdate(const QString &fromVersion)
{
    if (m_plan.installs.isEmpty() || fromVersion.isEmpty() || !m_dice.chance(60))
        return;
    const Install &firmware = m_plan.installs.constFirst();
    const QString by = m_context.administrators.isEmpty()
        ? QString()
        : m_context.administrators.at(m_dice.bounded(int(m_context.administrators.size())));
    m_plan.patches.append({firmware.product,
                           u"%1 %2"_s.arg(productAt(firmware.product).name, firmware.version),
                           {},
                           fromVersion,
                           firmware.version,
                           at(m_dice.bounded(7, 150), true),
                           by,
                           u"success"_s,
                           {}});
}

// The release before a firmware version: "7.4.3" → "7.4.2"; empty when there is none.
QString previousVersion(const QString &version)
{
    static const QRegularExpression last(u"(\\d+)$"_s);
    const QRegularExpressionMatch m = last.match(version);
    if (!m.hasMatch())
        return {};
    const int number = m.captured(1).toInt();
    if (number <= 0)
        return {};
    return version.left(m.capturedStart(1)) + QString::number(number - 1);
}

Plan Planner::run()
{
    static const QRegularExpression round(u"-\\d+$"_s);
    const int behind = m_ci.daysUnseen > 14 ? -30 : 0; // away for weeks: missed updates (M14)
    switch (m_ci.ciClass) {
    case CiClass::Client:
    case CiClass::Laptop:
        chosenRelease(m_ci.platformVersion.startsWith(u"10"_s) ? u"windows-10"_s : u"windows-11"_s, behind);
        pick(DemoCatalogue::windowsClient(), behind);
        if (m_ci.ciClass == CiClass::Laptop)
            pick(DemoCatalogue::laptop(), behind);
        pick(DemoCatalogue::department(m_ci.department), behind);
        patchHistory(u"Intune"_s, false);
        break;
    case CiClass::VirtualMachine:
        if (m_ci.platform.startsWith(u"Windows"_s)) {
            chosenRelease(
                m_ci.platformVersion == u"2019" ? u"windows-server-2019"_s : u"windows-server-2022"_s, 0);
            pick(DemoCatalogue::windowsServer(), 0);
            patchHistory(u"WSUS"_s, true);
        } else {
            pick(DemoCatalogue::debianServer(), 0);
            patchHistory(u"unattended-upgrades"_s, true);
        }
        break;
    case CiClass::Server:
        if (m_ci.platform == u"VMware ESXi") {
            custom(u"esxi"_s, m_ci.platformVersion);
            if (m_ci.firmwareVersion.startsWith(u"iLO 6 "_s))
                custom(u"ilo6"_s, m_ci.firmwareVersion.mid(6));
            static const QRegularExpression update(u"^(\\d+\\.\\d+) U(\\d+)$"_s);
            if (const auto m = update.match(m_ci.platformVersion); m.hasMatch() && m.captured(2).toInt() > 1)
                firmwareUpdate(u"%1 U%2"_s.arg(m.captured(1)).arg(m.captured(2).toInt() - 1));
        }
        break;
    case CiClass::Database:
        if (m_ci.platform == u"PostgreSQL")
            chosenRelease(u"postgresql"_s, 0);
        else if (m_ci.platform == u"SQL Server")
            chosenRelease(u"sql-server-2022"_s, 0);
        else if (m_ci.platform == u"Oracle")
            chosenRelease(u"oracle-database"_s, 0);
        break;
    case CiClass::Application:
        pick(DemoCatalogue::application(QString(m_ci.name).remove(round)), 0);
        break;
    case CiClass::Firewall:
        custom(u"fortios"_s, m_ci.firmwareVersion);
        firmwareUpdate(previousVersion(m_ci.firmwareVersion));
        break;
    case CiClass::Switch:
        custom(u"arubaos-cx"_s, m_ci.firmwareVersion);
        firmwareUpdate(previousVersion(m_ci.firmwareVersion));
        break;
    case CiClass::Router:
        custom(u"ios-xe"_s, m_ci.firmwareVersion);
        firmwareUpdate(previousVersion(m_ci.firmwareVersion));
        break;
    case CiClass::Printer: {
        static const QStringList models {u"hp-m507"_s, u"hp-m528"_s, u"hp-m578"_s};
        custom(models.at(m_dice.bounded(int(models.size()))), m_ci.firmwareVersion);
        break;
    }
    case CiClass::Smartphone: {
        const bool ios = m_ci.platform == u"iOS";
        custom(ios ? u"ios"_s : u"android"_s, m_ci.platformVersion);
        pick(DemoCatalogue::phone(), behind);
        break;
    }
    case CiClass::Service:
    case CiClass::Other:
        break;
    }
    // Firmware without a version is not worth a row.
    m_plan.installs.removeIf([](const Install &i) { return i.version.isEmpty(); });
    return std::move(m_plan);
}

// Inserts rows many at a time with statements prepared once: one INSERT with `rowsPerStatement`
// rows of placeholders for full batches, another for the rest at the end.
class BulkWriter
{
public:
    BulkWriter(const Database &db, QSqlDatabase connection, QString head, QString row, int columns,
               QString tail, int rowsPerStatement, QString what)
        : m_db(db)
        , m_connection(std::move(connection))
        , m_head(std::move(head))
        , m_row(std::move(row))
        , m_tail(std::move(tail))
        , m_columns(columns)
        , m_rowsPerStatement(rowsPerStatement)
        , m_what(std::move(what))
    {
        m_pending.reserve(m_columns * m_rowsPerStatement);
    }

    template<typename... Values> Status add(Values &&...values)
    {
        static_assert(sizeof...(Values) > 0);
        (m_pending.append(QVariant(std::forward<Values>(values))), ...);
        if (m_pending.size() < m_columns * m_rowsPerStatement)
            return {};
        if (!m_full) {
            m_full.emplace(m_connection);
            if (!m_full->prepare(statement(m_rowsPerStatement)))
                return fail(m_db.translateError(m_full->lastError(), m_what));
        }
        return run(*m_full);
    }

    Status finish()
    {
        if (m_pending.isEmpty())
            return {};
        QSqlQuery rest(m_connection);
        if (!rest.prepare(statement(int(m_pending.size() / m_columns))))
            return fail(m_db.translateError(rest.lastError(), m_what));
        return run(rest);
    }

    qint64 written() const { return m_written; }

private:
    QString statement(int rows) const { return m_head + QStringList(rows, m_row).join(u", "_s) + m_tail; }

    Status run(QSqlQuery &query)
    {
        for (qsizetype i = 0; i < m_pending.size(); ++i)
            query.bindValue(int(i), m_pending.at(i));
        if (!query.exec())
            return fail(m_db.translateError(query.lastError(), m_what));
        m_written += query.numRowsAffected();
        m_pending.clear();
        return {};
    }

    const Database &m_db;
    QSqlDatabase m_connection;
    QString m_head;
    QString m_row;
    QString m_tail;
    int m_columns;
    int m_rowsPerStatement;
    QString m_what;
    QVariantList m_pending;
    std::optional<QSqlQuery> m_full;
    qint64 m_written = 0;
};

// The CPE 2.3 name and purl of a product in a version, as an inventory reports them.
struct Identifiers {
    QString cpe23;
    QString purl;
};

QString cpeBase(const Product &p)
{
    if (p.cpe.isEmpty())
        return {};
    const QStringList parts = p.cpe.split(u':');
    Cpe cpe;
    cpe.part = parts.value(0);
    cpe.vendor = parts.value(1);
    cpe.product = parts.value(2);
    return cpe.toCpe23();
}

Identifiers identifiersFor(const Product &p, qsizetype release, const QString &version)
{
    Identifiers out;
    const bool debian = p.purl.startsWith(u"pkg:deb/"_s);
    if (!p.cpe.isEmpty()) {
        const QStringList parts = p.cpe.split(u':');
        Cpe cpe;
        cpe.part = parts.value(0);
        cpe.vendor = parts.value(1);
        cpe.product = parts.value(2);
        QString cpeVersion = release >= 0 ? p.releases.at(release).cpeVersion : QString();
        if (cpeVersion.isEmpty()) {
            static const QRegularExpression update(u"^(\\d+\\.\\d+) U(\\d+)$"_s); // "8.0 U2"
            if (const auto m = update.match(version); m.hasMatch())
                cpeVersion = m.captured(1) + u":update_"_s + m.captured(2);
            else
                cpeVersion = debian ? upstreamVersion(version) : version;
        }
        const QStringList versionParts = cpeVersion.toLower().split(u':');
        cpe.version = versionParts.value(0);
        if (versionParts.size() > 1)
            cpe.update = versionParts.value(1);
        out.cpe23 = cpe.toCpe23();
    }
    if (!p.purl.isEmpty()) {
        if (auto purl = PackageUrl::parse(p.purl)) {
            purl->version = version;
            if (debian)
                purl->qualifiers = {{u"arch"_s, u"amd64"_s}, {u"distro"_s, u"debian-12"_s}};
            out.purl = purl->toString();
        }
    }
    return out;
}

// The statement that creates an index, read from the database (empty when there is none).
Result<QString> indexDefinition(const Database &db, const QString &name)
{
    auto sql = db.scalar(
        db.backend() == Backend::PostgreSQL
            ? u"SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND indexname = ?"_s
            : u"SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?"_s,
        {name}, DemoData::tr("creating demo data"));
    if (!sql)
        return fail(sql.error());
    return sql->isNull() ? QString() : sql->toString();
}

struct RightsContext {
    std::optional<qint64> itUnit;
    QList<qint64> itPeople;
    QHash<qint64, qint64> firstPersonOfUnit;
};

// Who may do what on the demo systems (M11): the IT department administers servers and the
// network, one administrator holds the emergency access to the core, and each department uses
// and administers its applications.
Status generateRights(const Database &db, const QSqlDatabase &connection, const QList<CiSketch> &cis,
                      const QString &stamp, DemoData::Report &report)
{
    RightsContext context;
    {
        auto it = db.scalar(u"SELECT id FROM org_unit WHERE code = 'IT'"_s, {},
                            DemoData::tr("creating demo data"));
        if (!it)
            return fail(it.error());
        if (!it->isNull())
            context.itUnit = it->toLongLong();
        auto people
            = db.exec(u"SELECT id, org_unit_id FROM person WHERE org_unit_id IS NOT NULL ORDER BY id"_s, {},
                      DemoData::tr("creating demo data"));
        if (!people)
            return fail(people.error());
        while (people->next()) {
            const qint64 person = people->value(0).toLongLong();
            const qint64 unit = people->value(1).toLongLong();
            if (!context.firstPersonOfUnit.contains(unit))
                context.firstPersonOfUnit.insert(unit, person);
            if (context.itUnit && unit == *context.itUnit)
                context.itPeople << person;
        }
    }
    const QString what = DemoData::tr("creating demo data");
    QSqlQuery byPerson(connection);
    QSqlQuery byUnit(connection);
    if (!byPerson.prepare(u"INSERT INTO rights_profile (ci_id, person_id, org_unit_id, profile, description, "
                          "row_version, created_at, updated_at) SELECT ?, ?, NULL, ?, ?, 1, '%1', '%1' "
                          "WHERE NOT EXISTS (SELECT 1 FROM rights_profile WHERE ci_id = ? AND person_id = ? "
                          "AND profile = ?)"_s.arg(stamp)))
        return fail(db.translateError(byPerson.lastError(), what));
    if (!byUnit.prepare(u"INSERT INTO rights_profile (ci_id, person_id, org_unit_id, profile, description, "
                        "row_version, created_at, updated_at) SELECT ?, NULL, ?, ?, ?, 1, '%1', '%1' "
                        "WHERE NOT EXISTS (SELECT 1 FROM rights_profile WHERE ci_id = ? AND org_unit_id = ? "
                        "AND profile = ?)"_s.arg(stamp)))
        return fail(db.translateError(byUnit.lastError(), what));
    qint64 written = 0;
    auto grant = [&](QSqlQuery &query, qint64 ci, qint64 holder, const QString &profile,
                     const QString &description) -> Status {
        const QVariantList values {ci, holder, profile, description, ci, holder, profile};
        for (qsizetype i = 0; i < values.size(); ++i)
            query.bindValue(int(i), values.at(i));
        if (!query.exec())
            return fail(db.translateError(query.lastError(), what));
        written += query.numRowsAffected();
        return {};
    };
    const QString administration = DemoData::tr("Server and network administration by the IT department");
    const QString emergency = DemoData::tr("Break-glass account: sealed credentials, every use is reviewed");
    const QString users = DemoData::tr("Staff of the department that owns the application");
    const QString functional = DemoData::tr("Functional administrator of the application");
    for (const CiSketch &ci : cis) {
        switch (ci.ciClass) {
        case CiClass::Server:
        case CiClass::VirtualMachine:
        case CiClass::Database:
        case CiClass::Firewall:
        case CiClass::Switch:
        case CiClass::Router:
            if (context.itUnit) {
                if (auto g = grant(byUnit, ci.id, *context.itUnit, u"administrator"_s, administration); !g)
                    return g;
            }
            if (!context.itPeople.isEmpty()
                && (ci.ciClass == CiClass::Server || ci.ciClass == CiClass::Firewall
                    || ci.name.startsWith(u"sw-core-"_s))) {
                if (auto g
                    = grant(byPerson, ci.id, context.itPeople.constFirst(), u"emergency-access"_s, emergency);
                    !g)
                    return g;
            }
            break;
        case CiClass::Application:
            if (ci.orgUnitId) {
                if (auto g = grant(byUnit, ci.id, *ci.orgUnitId, u"user"_s, users); !g)
                    return g;
                if (const auto person = context.firstPersonOfUnit.constFind(*ci.orgUnitId);
                    person != context.firstPersonOfUnit.cend()) {
                    if (auto g = grant(byPerson, ci.id, *person, u"application-administrator"_s, functional);
                        !g)
                        return g;
                }
            }
            break;
        default:
            break;
        }
    }
    report[u"rights_profiles"_s] += written;
    return {};
}

} // namespace

QString upstreamVersion(const QString &debianVersion)
{
    QString v = debianVersion;
    if (const qsizetype colon = v.indexOf(u':'); colon >= 0) // epoch
        v = v.mid(colon + 1);
    if (const qsizetype dash = v.lastIndexOf(u'-'); dash > 0) // Debian revision
        v.truncate(dash);
    for (const QChar cut : {u'+', u'~'}) { // repacking: +dfsg, +ds, ~rc
        if (const qsizetype at = v.indexOf(cut); at > 0)
            v.truncate(at);
    }
    if (v.endsWith(u".dfsg"_s))
        v.chop(5);
    return v;
}

Plan plan(const PlanContext &context, const CiSketch &ci)
{
    return Planner(context, ci).run();
}

Result<QList<CiSketch>> sketches(const Database &db, const QStringList &names)
{
    const QSet<QString> wanted(names.cbegin(), names.cend());
    auto rows = db.exec(
        u"SELECT ci.id, ci.name, ci.ci_class, ci.platform, ci.platform_version, ci.firmware_version, "
        "ci.org_unit_id, u.code, ci.last_seen, ci.created_at FROM configuration_item ci "
        "LEFT JOIN org_unit u ON u.id = ci.org_unit_id ORDER BY ci.id"_s,
        {}, DemoData::tr("reading configuration items"));
    if (!rows)
        return fail(rows.error());
    QList<CiSketch> out;
    while (rows->next()) {
        const QString name = rows->value(1).toString();
        if (!wanted.isEmpty() && !wanted.contains(name))
            continue;
        CiSketch ci;
        ci.id = rows->value(0).toLongLong();
        ci.name = name;
        ci.ciClass = CmdbNames::ciClass(rows->value(2).toString()).value_or(CiClass::Other);
        ci.platform = rows->value(3).toString();
        ci.platformVersion = rows->value(4).toString();
        ci.firmwareVersion = rows->value(5).toString();
        if (!rows->value(6).isNull())
            ci.orgUnitId = rows->value(6).toLongLong();
        ci.department = rows->value(7).toString().section(u'-', 0, 0);
        // Days between the last report and the CI's creation, the demo's "now".
        const QDateTime lastSeen = db.dialect().dateTimeFromDb(rows->value(8));
        const QDateTime created = db.dialect().dateTimeFromDb(rows->value(9));
        ci.daysUnseen = lastSeen.isValid() && created.isValid() ? int(lastSeen.daysTo(created)) : 0;
        out.append(ci);
    }
    return out;
}

Result<QStringList> administrators(const Database &db)
{
    auto rows
        = db.exec(u"SELECT p.login FROM person p JOIN org_unit u ON u.id = p.org_unit_id WHERE u.code = 'IT' "
                  "ORDER BY p.id"_s,
                  {}, DemoData::tr("reading people"));
    if (!rows)
        return fail(rows.error());
    QStringList logins;
    while (rows->next())
        logins << rows->value(0).toString();
    return logins;
}

Status generate(const Database &db, quint32 seed, const QList<CiSketch> &cis, const QDateTime &now,
                DemoData::Report &report)
{
    const QList<Product> &catalogue = DemoCatalogue::products();
    const QString what = DemoData::tr("creating demo data");
    auto connection = db.connection();
    if (!connection)
        return fail(connection.error());

    // The catalogue: every spelling of a product becomes an alias of it.
    const ManualClock clock(now);
    const SoftwareRepository software(db, clock);
    auto before = db.scalar(u"SELECT count(*) FROM product"_s, {}, what);
    if (!before)
        return fail(before.error());
    QList<qint64> productIds(catalogue.size(), 0);
    for (qsizetype i = 0; i < catalogue.size(); ++i) {
        const Product &p = catalogue.at(i);
        QStringList spellings;
        for (qsizetype r = 0; r < p.releases.size(); ++r)
            spellings << releaseName(p, r);
        if (spellings.isEmpty())
            spellings << p.name;
        spellings.removeDuplicates();
        for (const QString &spelling : std::as_const(spellings)) {
            auto product = software.ensureProduct(p.vendor, spelling, p.purl, cpeBase(p));
            if (!product)
                return fail(product.error());
            productIds[i] = product->id;
        }
        if (!p.cpe.isEmpty()) {
            const QStringList parts = p.cpe.split(u':');
            auto named = db.exec(
                u"UPDATE product SET cpe_vendor = ?, cpe_product = ? WHERE id = ? AND cpe_vendor = ''"_s,
                {parts.value(1), parts.value(2), productIds.at(i)}, what);
            if (!named)
                return fail(named.error());
        }
    }
    auto after = db.scalar(u"SELECT count(*) FROM product"_s, {}, what);
    if (!after)
        return fail(after.error());
    report[u"products"_s] += after->toLongLong() - before->toLongLong();

    // Identifiers of every release, computed once (the agency has millions of rows).
    QList<QList<Identifiers>> identifiers(catalogue.size());
    for (qsizetype i = 0; i < catalogue.size(); ++i) {
        const Product &p = catalogue.at(i);
        for (qsizetype r = 0; r < p.releases.size(); ++r)
            identifiers[i].append(identifiersFor(p, r, p.releases.at(r).version));
    }
    QHash<QString, Identifiers> customIdentifiers; // firmware versions of devices

    // Patches only for CIs that have none yet, so that running the demo again adds nothing.
    QSet<qint64> patched;
    {
        auto rows = db.exec(u"SELECT DISTINCT ci_id FROM applied_patch"_s, {}, what);
        if (!rows)
            return fail(rows.error());
        while (rows->next())
            patched.insert(rows->value(0).toLongLong());
    }
    auto admins = administrators(db);
    if (!admins)
        return fail(admins.error());

    // Maintaining the index by product row by row costs more than building it once: it is
    // dropped for the bulk load and built again at the end, in the same transaction, so that a
    // failure rolls both back (agency scale: 25 s instead of 60 s on SQLite).
    const QString productIndex = u"installed_software_product_idx"_s;
    auto productIndexSql = indexDefinition(db, productIndex);
    if (!productIndexSql)
        return fail(productIndexSql.error());
    if (!productIndexSql->isEmpty()) {
        if (auto dropped = db.exec(u"DROP INDEX %1"_s.arg(productIndex), {}, what); !dropped)
            return fail(dropped.error());
    }

    // Timestamps of creation are one constant text, the same on both backends' inputs.
    const QString stamp = now.toUTC().toString(Qt::ISODateWithMs);
    BulkWriter installs(
        db, *connection,
        u"INSERT INTO installed_software (ci_id, product_id, version, cpe23, purl, source, row_version, "
        "created_at, updated_at) VALUES "_s,
        u"(?, ?, ?, ?, ?, 'demo', 1, '%1', '%1')"_s.arg(stamp), 5,
        u" ON CONFLICT (ci_id, product_id, version) DO NOTHING"_s, 200, what);
    BulkWriter patches(
        db, *connection,
        u"INSERT INTO applied_patch (ci_id, product_id, title, reference, from_version, to_version, "
        "applied_at, applied_by, result, notes, row_version, created_at) VALUES "_s,
        u"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, '%1')"_s.arg(stamp), 10, QString(), 100, what);
    const PlanContext context {seed, now, *admins};
    const Dialect &dialect = db.dialect();
    QSet<std::pair<qint64, QString>> seen;
    for (const CiSketch &ci : cis) {
        const Plan planned = plan(context, ci);
        seen.clear();
        for (const Install &install : planned.installs) {
            const qint64 productId = productIds.at(install.product);
            if (seen.contains({productId, install.version}))
                continue; // two spellings of one product in one version: one row
            seen.insert({productId, install.version});
            const Identifiers *ids = nullptr;
            if (install.release >= 0) {
                ids = &identifiers.at(install.product).at(install.release);
            } else {
                const QString key = QString::number(install.product) + u'|' + install.version;
                auto it = customIdentifiers.find(key);
                if (it == customIdentifiers.end())
                    it = customIdentifiers.insert(
                        key, identifiersFor(catalogue.at(install.product), -1, install.version));
                ids = &*it;
            }
            if (auto added
                = installs.add(ci.id, productId, install.version, sqlText(ids->cpe23), sqlText(ids->purl));
                !added)
                return added;
        }
        if (patched.contains(ci.id))
            continue;
        for (const PatchPlan &patch : planned.patches) {
            if (auto added = patches.add(ci.id, productIds.at(patch.product), patch.title,
                                         sqlText(patch.reference), sqlText(patch.fromVersion),
                                         sqlText(patch.toVersion), dialect.toDb(patch.appliedAt),
                                         sqlText(patch.appliedBy), patch.result, sqlText(patch.notes));
                !added)
                return added;
        }
    }
    if (auto done = installs.finish(); !done)
        return done;
    if (auto done = patches.finish(); !done)
        return done;
    if (!productIndexSql->isEmpty()) {
        if (auto rebuilt = db.exec(*productIndexSql, {}, what); !rebuilt)
            return fail(rebuilt.error());
    }
    report[u"installed_software"_s] += installs.written();
    report[u"applied_patches"_s] += patches.written();
    return generateRights(db, *connection, cis, stamp, report);
}

} // namespace ChangeDesk::DemoSoftware
