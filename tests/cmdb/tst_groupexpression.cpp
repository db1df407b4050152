// Group expressions: what parses (and how it is written back), what is refused with which message,
// and that the SQL on both backends selects exactly the CIs that matches() selects in memory, and
// the CIs that plain C++ predicates over the generated data select.

#include "testsupport.h"

#include "cmdb/groupexpression.h"
#include "storage/database.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <functional>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

namespace {

const QDateTime kNow(QDate(2025, 6, 15), QTime(12, 0), QTimeZone::UTC);
constexpr int kCiCount = 300;

const QStringList kLogins{u"jdoe"_s, u"AD\\j.mueller"_s, u"m.jansen"_s, u"k.schmidt"_s, u"Özdemir"_s};
const QStringList kUnits{u"IT"_s, u"BZ"_s, u"BZ-VERG"_s, u"FB3"_s};

QDateTime at(int year, int month, int day, int hour = 0, int minute = 0, int second = 0, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), QTimeZone::UTC);
}

// One generated CI as plain values: the independent oracle for the expected selections.
struct Row {
    qint64 id = 0;
    QString name;
    QString ciClass;
    QString description;
    QString site;
    QString lifecycle;
    QString platform;
    QString platformVersion;
    QString firmware;
    int confidentiality = 1;
    int integrity = 1;
    int availability = 1;
    bool mobile = false;
    QDateTime lastSeen; // invalid: never seen
    QString updateSource;
    QString updateMode;
    QString reboot;
    QString owner; // login, empty for none
    QString unit;  // code, empty for none
    QMap<QString, QString> attributes;
};

// 300 CIs. Fixed by rule (so that some counts are known by hand): class = the (i % 13)th key,
// never seen when i >= 25 and i % 6 == 1, no owner when i % 7 == 0, no unit when i % 5 == 0,
// attribute "rack position" when i % 3 == 0, and last_seen exactly on day and "now-30d"
// boundaries for i = 5..11. Everything else is pseudo-random with a fixed seed; random times
// avoid the days 2025-05-31 to 2025-06-02. Empty texts are u""_s: a null QString binds as NULL.
QList<Row> generateRows()
{
    QRandomGenerator rng(20250615);
    const auto pick = [&rng](const QStringList &list) {
        return list.at(rng.bounded(int(list.size())));
    };
    const QStringList classes = CmdbNames::ciClassKeys();
    QList<Row> rows;
    for (int i = 0; i < kCiCount; ++i) {
        Row row;
        row.id = i + 1;
        const QString number = u"%1"_s.arg(i, 3, 10, QChar(u'0'));
        row.name = (i % 10 == 3 ? u"SRV-"_s : (i % 10 == 7 ? u"Ämter-"_s : u"ci-"_s)) + number;
        row.ciClass = classes.at(i % classes.size());
        row.description = pick({u""_s, u"Mail server"_s, u"mail relay"_s, u"MAIL gateway"_s,
                                u"Fachverfahren Ämter"_s, u"Datenbank für das Bürgerbüro"_s,
                                u"print queue"_s, u"Über-Server"_s});
        row.site = pick({u"Stadhuis"_s, u"stadhuis"_s, u"Stadhuis Annex"_s, u"Rathaus"_s, u""_s,
                         u"Bauhof"_s});
        row.lifecycle = pick(CmdbNames::lifecycleKeys());
        row.platform = pick({u"Windows Server"_s, u"Linux"_s, u"linux"_s, u""_s, u"Cisco IOS"_s});
        row.platformVersion = pick({u"2019"_s, u"2022"_s, u"10"_s, u"9"_s, u""_s, u"10.1"_s});
        row.firmware = pick({u""_s, u"1.2.3"_s, u"1.10"_s, u"FW-7"_s});
        row.confidentiality = rng.bounded(1, 4);
        row.integrity = rng.bounded(1, 4);
        row.availability = rng.bounded(1, 4);
        row.mobile = rng.bounded(2) == 1;
        switch (i) {
        case 5: row.lastSeen = at(2025, 6, 1); break;
        case 6: row.lastSeen = at(2025, 5, 31, 23, 59, 59, 999); break;
        case 7: row.lastSeen = at(2025, 6, 1, 23, 59, 59, 999); break;
        case 8: row.lastSeen = at(2025, 6, 2); break;
        case 9: row.lastSeen = kNow.addDays(-30); break;
        case 10: row.lastSeen = kNow.addDays(-30).addMSecs(1); break;
        case 11: row.lastSeen = kNow.addDays(-30).addMSecs(-1); break;
        default:
            if (i >= 25 && i % 6 == 1)
                break;
            row.lastSeen = kNow.addMSecs(-rng.bounded(qint64(0), qint64(90) * 86400 * 1000));
            if (row.lastSeen >= at(2025, 5, 31) && row.lastSeen < at(2025, 6, 3))
                row.lastSeen = row.lastSeen.addDays(-5);
            break;
        }
        row.updateSource = pick({u"none"_s, u"vendor"_s, u"internal"_s, u"parallel"_s});
        row.updateMode = pick({u"download_only"_s, u"auto_install"_s});
        row.reboot = pick({u"not_needed"_s, u"manual"_s, u"automatic"_s, u"scheduled"_s});
        row.owner = i % 7 == 0 ? u""_s : pick(kLogins);
        row.unit = i % 5 == 0 ? u""_s : pick(kUnits);
        switch (rng.bounded(5)) {
        case 0: break; // no "os" attribute
        case 1: row.attributes.insert(u"os"_s, u""_s); break;
        case 2: row.attributes.insert(u"os"_s, u"debian"_s); break;
        case 3: row.attributes.insert(u"os"_s, u"Debian 12"_s); break;
        default: row.attributes.insert(u"os"_s, u"windows"_s); break;
        }
        if (i % 3 == 0)
            row.attributes.insert(u"rack position"_s, u"R%1-U%2"_s.arg(i % 4).arg((i / 3) % 12));
        rows << row;
    }
    return rows;
}

QVariant nullId()
{
    return QVariant(QMetaType::fromType<qint64>());
}

Status insertRows(const Database &db, const QList<Row> &rows)
{
    const Dialect &dialect = db.dialect();
    const QVariant created = dialect.toDb(kNow.addYears(-1));
    return db.write([&]() -> Status {
        for (int i = 0; i < kUnits.size(); ++i) {
            auto unit = db.exec(u"INSERT INTO org_unit (id, code, name, created_at, updated_at) "
                                "VALUES (?, ?, ?, ?, ?)"_s,
                                {i + 1, kUnits.at(i), u"Unit "_s + kUnits.at(i), created, created});
            if (!unit)
                return fail(unit.error());
        }
        for (int i = 0; i < kLogins.size(); ++i) {
            auto person = db.exec(u"INSERT INTO person (id, login, display_name, created_at, "
                                  "updated_at) VALUES (?, ?, ?, ?, ?)"_s,
                                  {i + 1, kLogins.at(i), u"Person "_s + kLogins.at(i), created,
                                   created});
            if (!person)
                return fail(person.error());
        }
        for (const Row &row : rows) {
            const qsizetype owner = kLogins.indexOf(row.owner);
            const qsizetype unit = kUnits.indexOf(row.unit);
            auto ci = db.exec(
                u"INSERT INTO configuration_item (id, name, ci_class, description, owner_id, "
                "org_unit_id, site, lifecycle, platform, platform_version, firmware_version, "
                "confidentiality, integrity, availability, mobile, last_seen, update_source, "
                "update_mode, reboot_handling, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                {row.id, row.name, row.ciClass, row.description,
                 owner < 0 ? nullId() : QVariant(qint64(owner + 1)),
                 unit < 0 ? nullId() : QVariant(qint64(unit + 1)), row.site, row.lifecycle,
                 row.platform, row.platformVersion, row.firmware, row.confidentiality,
                 row.integrity, row.availability, dialect.toDb(row.mobile),
                 dialect.toDb(row.lastSeen), row.updateSource, row.updateMode, row.reboot, created,
                 created});
            if (!ci)
                return fail(ci.error());
            for (auto it = row.attributes.cbegin(); it != row.attributes.cend(); ++it) {
                auto attribute = db.exec(
                    u"INSERT INTO ci_attribute (ci_id, name, value) VALUES (?, ?, ?)"_s,
                    {row.id, it.key(), it.value()});
                if (!attribute)
                    return fail(attribute.error());
            }
        }
        return {};
    });
}

struct Loaded {
    QList<ConfigurationItem> items;
    GroupExpression::MatchContext context;
};

// The CIs as stored, read back with a SELECT of our own (independent of any CI repository).
Result<Loaded> loadItems(const Database &db)
{
    Loaded loaded;
    auto query = db.exec(u"SELECT id, name, ci_class, description, owner_id, org_unit_id, site, "
                         "lifecycle, platform, platform_version, firmware_version, confidentiality, "
                         "integrity, availability, mobile, last_seen, update_source, update_mode, "
                         "reboot_handling FROM configuration_item ORDER BY id"_s);
    if (!query)
        return fail(query.error());
    QHash<qint64, qsizetype> indexById;
    while (query->next()) {
        ConfigurationItem ci;
        ci.id = query->value(0).toLongLong();
        ci.name = query->value(1).toString();
        const auto ciClass = CmdbNames::ciClass(query->value(2).toString());
        const auto lifecycle = CmdbNames::lifecycle(query->value(7).toString());
        const auto source = CmdbNames::updateSource(query->value(16).toString());
        const auto mode = CmdbNames::updateMode(query->value(17).toString());
        const auto reboot = CmdbNames::rebootHandling(query->value(18).toString());
        if (!ciClass || !lifecycle || !source || !mode || !reboot)
            return fail(ErrorKind::Corrupt, u"CI %1 has an unknown key"_s.arg(ci.id));
        ci.ciClass = *ciClass;
        ci.description = query->value(3).toString();
        if (!query->value(4).isNull())
            ci.ownerId = query->value(4).toLongLong();
        if (!query->value(5).isNull())
            ci.orgUnitId = query->value(5).toLongLong();
        ci.site = query->value(6).toString();
        ci.lifecycle = *lifecycle;
        ci.platform = query->value(8).toString();
        ci.platformVersion = query->value(9).toString();
        ci.firmwareVersion = query->value(10).toString();
        ci.protection.confidentiality = ProtectionLevel(query->value(11).toInt());
        ci.protection.integrity = ProtectionLevel(query->value(12).toInt());
        ci.protection.availability = ProtectionLevel(query->value(13).toInt());
        ci.mobile = query->value(14).toBool();
        ci.lastSeen = db.dialect().dateTimeFromDb(query->value(15));
        ci.update.source = *source;
        ci.update.mode = *mode;
        ci.update.reboot = *reboot;
        indexById.insert(ci.id, loaded.items.size());
        loaded.items << ci;
    }
    auto attributes = db.exec(u"SELECT ci_id, name, value FROM ci_attribute"_s);
    if (!attributes)
        return fail(attributes.error());
    while (attributes->next()) {
        const qsizetype index = indexById.value(attributes->value(0).toLongLong(), -1);
        if (index < 0)
            return fail(ErrorKind::Corrupt, u"attribute of an unknown CI"_s);
        loaded.items[index].attributes.insert(attributes->value(1).toString(),
                                              attributes->value(2).toString());
    }
    auto people = db.exec(u"SELECT id, login FROM person"_s);
    if (!people)
        return fail(people.error());
    while (people->next())
        loaded.context.loginById.insert(people->value(0).toLongLong(), people->value(1).toString());
    auto units = db.exec(u"SELECT id, code FROM org_unit"_s);
    if (!units)
        return fail(units.error());
    while (units->next())
        loaded.context.unitCodeById.insert(units->value(0).toLongLong(), units->value(1).toString());
    return loaded;
}

Result<QList<qint64>> selectBySql(const Database &db, const GroupExpression &expression,
                                  const Clock &clock)
{
    const GroupExpression::SqlFilter filter = expression.toSql(db.dialect(), clock);
    auto query = db.exec(u"SELECT ci.id FROM configuration_item ci WHERE %1 ORDER BY ci.id"_s.arg(
                             filter.where),
                         filter.params);
    if (!query)
        return fail(query.error());
    QList<qint64> ids;
    while (query->next())
        ids << query->value(0).toLongLong();
    return ids;
}

QList<qint64> selectInMemory(const Loaded &loaded, const GroupExpression &expression,
                             const Clock &clock)
{
    QList<qint64> ids;
    for (const ConfigurationItem &ci : loaded.items) {
        if (expression.matches(ci, loaded.context, clock))
            ids << ci.id;
    }
    return ids;
}

QString describeDifference(const QList<qint64> &left, const QList<qint64> &right)
{
    QStringList onlyLeft;
    QStringList onlyRight;
    for (qint64 id : left) {
        if (!right.contains(id))
            onlyLeft << QString::number(id);
    }
    for (qint64 id : right) {
        if (!left.contains(id))
            onlyRight << QString::number(id);
    }
    return u"%1 vs %2 ids; only in the first: [%3]; only in the second: [%4]"_s.arg(
        QString::number(left.size()), QString::number(right.size()), onlyLeft.join(u", "_s),
        onlyRight.join(u", "_s));
}

// An expression for the cross-check and what it must select besides agreeing with matches():
// the ids that `oracle` accepts, and/or exactly `count` CIs (worked out by hand from the rules in
// generateRows()).
struct Case {
    QString text;
    std::function<bool(const Row &)> oracle;
    int count = -1;
    bool mayBeAllOrNone = false;
};

bool seenBefore(const Row &row, const QDateTime &when)
{
    return row.lastSeen.isValid() && row.lastSeen < when;
}

QList<Case> crossCheckCases()
{
    const QDateTime monthAgo = kNow.addDays(-30);
    return {
        {u"availability >= high and site = \"Stadhuis\" and class in (server, vm)"_s,
         [](const Row &r) {
             return r.availability >= 2 && r.site == u"Stadhuis"_s
                 && (r.ciClass == u"server"_s || r.ciClass == u"vm"_s);
         }},
        {u"class = server"_s, [](const Row &r) { return r.ciClass == u"server"_s; }, 24},
        {u"class != server"_s, {}, 276},
        {u"class not in (server, vm, laptop)"_s,
         [](const Row &r) {
             return r.ciClass != u"server"_s && r.ciClass != u"vm"_s && r.ciClass != u"laptop"_s;
         }},
        {u"lifecycle in (in_production, in_test)"_s,
         [](const Row &r) { return r.lifecycle == u"in_production"_s || r.lifecycle == u"in_test"_s; }},
        {u"confidentiality > normal"_s, [](const Row &r) { return r.confidentiality > 1; }},
        {u"integrity <= high"_s, [](const Row &r) { return r.integrity <= 2; }},
        {u"availability = very_high or confidentiality = 3"_s,
         [](const Row &r) { return r.availability == 3 || r.confidentiality == 3; }},
        {u"availability < 2"_s, [](const Row &r) { return r.availability == 1; }},
        {u"mobile = true"_s, [](const Row &r) { return r.mobile; }},
        {u"mobile != true and class = laptop"_s,
         [](const Row &r) { return !r.mobile && r.ciClass == u"laptop"_s; }},
        {u"mobile in (false)"_s, [](const Row &r) { return !r.mobile; }},
        {u"not not mobile = true"_s, [](const Row &r) { return r.mobile; }},
        {u"last_seen < now-30d"_s, [monthAgo](const Row &r) { return seenBefore(r, monthAgo); }},
        {u"last_seen >= now-30d"_s,
         [monthAgo](const Row &r) { return r.lastSeen.isValid() && r.lastSeen >= monthAgo; }},
        {u"last_seen is empty"_s, [](const Row &r) { return !r.lastSeen.isValid(); }, 46},
        {u"last_seen is not empty"_s, {}, 254},
        // Never-seen CIs match no comparison, so the negation includes them.
        {u"not (last_seen < now-30d)"_s, [monthAgo](const Row &r) { return !seenBefore(r, monthAgo); }},
        {u"last_seen != now-30d"_s,
         [monthAgo](const Row &r) { return r.lastSeen.isValid() && r.lastSeen != monthAgo; }, 253},
        {u"last_seen = now-30d"_s, {}, 1},
        {u"last_seen = 2025-06-01"_s, {}, 2},
        {u"last_seen > 2025-06-01"_s,
         [](const Row &r) { return r.lastSeen.isValid() && r.lastSeen >= at(2025, 6, 2); }},
        {u"last_seen <= 2025-05-31"_s, [](const Row &r) { return seenBefore(r, at(2025, 6, 1)); }},
        {u"last_seen < 2025-06-01"_s, [](const Row &r) { return seenBefore(r, at(2025, 6, 1)); }},
        {u"last_seen in (2025-06-01, 2025-06-02)"_s, {}, 3},
        {u"last_seen not in (2025-06-01)"_s, {}, 252},
        {u"last_seen >= now-2w and last_seen < now-12h"_s,
         [](const Row &r) {
             return r.lastSeen.isValid() && r.lastSeen >= kNow.addDays(-14)
                 && r.lastSeen < kNow.addSecs(-12 * 3600);
         }},
        {u"site = \"stadhuis\""_s, [](const Row &r) { return r.site == u"stadhuis"_s; }},
        {u"site contains 'STADHUIS'"_s,
         [](const Row &r) { return r.site.startsWith(u"stadhuis"_s, Qt::CaseInsensitive); }},
        {u"description contains \"mail\""_s,
         [](const Row &r) { return r.description.contains(u"mail"_s, Qt::CaseInsensitive); }},
        // Only ASCII letters fold: "über" is not in "Über-Server", "ÜBER" is.
        {u"description contains \"über\""_s, {}, 0, true},
        {u"description contains \"ÜBER\""_s,
         [](const Row &r) { return r.description == u"Über-Server"_s; }},
        {u"name contains \"ämter\""_s, {}, 0, true},
        {u"name contains \"Ämter\""_s, [](const Row &r) { return r.name.startsWith(u"Ämter"_s); }, 30},
        {u"description is empty"_s, [](const Row &r) { return r.description.isEmpty(); }},
        {u"site is not empty and not (site = Rathaus)"_s,
         [](const Row &r) { return !r.site.isEmpty() && r.site != u"Rathaus"_s; }},
        // Text orders by code point: "SRV-…" < "ci-…" < "Ämter-…".
        {u"name < \"ci-050\""_s,
         [](const Row &r) { return r.name < u"ci-050"_s; }},
        {u"name >= \"ci-100\""_s, [](const Row &r) { return r.name >= u"ci-100"_s; }},
        {u"platform_version > \"10\""_s,
         [](const Row &r) {
             return r.platformVersion == u"2019"_s || r.platformVersion == u"2022"_s
                 || r.platformVersion == u"9"_s || r.platformVersion == u"10.1"_s;
         }},
        {u"firmware >= \"1.2\""_s,
         [](const Row &r) { return r.firmware == u"1.2.3"_s || r.firmware == u"FW-7"_s; }},
        {u"platform = linux"_s, [](const Row &r) { return r.platform == u"linux"_s; }},
        {u"owner = \"AD\\\\j.mueller\""_s, [](const Row &r) { return r.owner == u"AD\\j.mueller"_s; }},
        {u"owner = 'AD\\j.mueller' or owner = jdoe"_s,
         [](const Row &r) { return r.owner == u"AD\\j.mueller"_s || r.owner == u"jdoe"_s; }},
        {u"owner is empty"_s, [](const Row &r) { return r.owner.isEmpty(); }, 43},
        {u"owner != jdoe"_s, [](const Row &r) { return r.owner != u"jdoe"_s; }},
        {u"owner in (jdoe, \"m.jansen\")"_s,
         [](const Row &r) { return r.owner == u"jdoe"_s || r.owner == u"m.jansen"_s; }},
        // Upper case sorts before lower case ("AD\…" < "a"), "Ö" after every ASCII letter.
        {u"owner >= \"a\""_s,
         [](const Row &r) { return !r.owner.isEmpty() && r.owner != u"AD\\j.mueller"_s; }},
        {u"owner contains \"MUELLER\""_s, [](const Row &r) { return r.owner == u"AD\\j.mueller"_s; }},
        {u"unit = BZ"_s, [](const Row &r) { return r.unit == u"BZ"_s; }},
        {u"unit is empty or unit in (IT, \"BZ-VERG\")"_s,
         [](const Row &r) { return r.unit.isEmpty() || r.unit == u"IT"_s || r.unit == u"BZ-VERG"_s; }},
        {u"unit > \"BZ\""_s,
         [](const Row &r) {
             return r.unit == u"BZ-VERG"_s || r.unit == u"IT"_s || r.unit == u"FB3"_s;
         }},
        {u"attr.os = debian"_s, [](const Row &r) { return r.attributes.value(u"os"_s) == u"debian"_s; }},
        {u"attr.os is empty"_s, [](const Row &r) { return r.attributes.value(u"os"_s).isEmpty(); }},
        {u"attr.os is not empty and attr.os contains \"DEB\""_s,
         [](const Row &r) { return r.attributes.value(u"os"_s).startsWith(u"deb"_s, Qt::CaseInsensitive); }},
        {u"attr.os != debian"_s, [](const Row &r) { return r.attributes.value(u"os"_s) != u"debian"_s; }},
        {u"attr.os < \"e\""_s,
         [](const Row &r) { return r.attributes.value(u"os"_s) != u"windows"_s; }},
        {u"attr.\"rack position\" is not empty"_s, {}, 100},
        {u"attr.\"rack position\" contains \"u1\""_s,
         [](const Row &r) {
             return r.attributes.value(u"rack position"_s).contains(u"U1"_s);
         }},
        {u"attr.OS is empty"_s, {}, kCiCount, true}, // attribute names are case-sensitive
        {u"not (class = server or class = vm) and availability > normal"_s,
         [](const Row &r) {
             return r.ciClass != u"server"_s && r.ciClass != u"vm"_s && r.availability > 1;
         }},
        {u"update_source = vendor and update_mode = auto_install or reboot = scheduled"_s,
         [](const Row &r) {
             return (r.updateSource == u"vendor"_s && r.updateMode == u"auto_install"_s)
                 || r.reboot == u"scheduled"_s;
         }},
        {u"NOT Class IN (Server) AND Site = 'Stadhuis'"_s,
         [](const Row &r) { return r.ciClass != u"server"_s && r.site == u"Stadhuis"_s; }},
        {u"name contains \"\""_s, {}, kCiCount, true},
    };
}

} // namespace

class TestGroupExpression : public QObject
{
    Q_OBJECT

private slots:
    void init() { Test::failOnSqlWarnings(); }
    void parsesAndNormalises_data();
    void parsesAndNormalises();
    void refusesWithPosition_data();
    void refusesWithPosition();
    void fieldsAreTheDocumentedOnes();
    void sqlAndMemorySelectTheSameCis_data();
    void sqlAndMemorySelectTheSameCis();
    void valuesAreBoundNeverSpliced_data() { Test::addBackendColumn(); }
    void valuesAreBoundNeverSpliced();
};

void TestGroupExpression::parsesAndNormalises_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normal");
    const QString issue = u"availability >= high and site = \"Stadhuis\" and class in (server, vm)"_s;
    QTest::newRow("issue example") << issue << issue;
    QTest::newRow("case-insensitive keywords, fields and keys")
        << u"AVAILABILITY >= HIGH AND Site = 'Stadhuis' AND Class IN (Server, VM)"_s << issue;
    QTest::newRow("no spaces, level as number") << u"availability>=2"_s << u"availability >= high"_s;
    QTest::newRow("level 3") << u"confidentiality = 3"_s << u"confidentiality = very_high"_s;
    QTest::newRow("and binds tighter than or")
        << u"site = a or site = b and mobile = true"_s
        << u"site = \"a\" or site = \"b\" and mobile = true"_s;
    QTest::newRow("needed parentheses stay")
        << u"(site = a or site = b) and mobile = true"_s
        << u"(site = \"a\" or site = \"b\") and mobile = true"_s;
    QTest::newRow("needless parentheses go")
        << u"site = a or (site = b and mobile = true)"_s
        << u"site = \"a\" or site = \"b\" and mobile = true"_s;
    QTest::newRow("nested parentheses") << u"((site = a))"_s << u"site = \"a\""_s;
    QTest::newRow("and flattened")
        << u"site = a and (site = b and (site = c))"_s
        << u"site = \"a\" and site = \"b\" and site = \"c\""_s;
    QTest::newRow("double not") << u"not not mobile = false"_s << u"not not mobile = false"_s;
    QTest::newRow("not of a group")
        << u"not (site = a and site = b)"_s << u"not (site = \"a\" and site = \"b\")"_s;
    QTest::newRow("not binds tighter than and")
        << u"not site = a and site = b"_s << u"not site = \"a\" and site = \"b\""_s;
    QTest::newRow("not in") << u"class NOT IN (server,vm)"_s << u"class not in (server, vm)"_s;
    QTest::newRow("is not empty") << u"site is not empty"_s << u"site is not empty"_s;
    QTest::newRow("is empty") << u"SITE IS EMPTY"_s << u"site is empty"_s;
    QTest::newRow("contains") << u"name contains 'Mail'"_s << u"name contains \"Mail\""_s;
    QTest::newRow("escapes")
        << u"name = \"say \\\"hi\\\" \\\\ now\""_s << u"name = \"say \\\"hi\\\" \\\\ now\""_s;
    QTest::newRow("lone backslash kept")
        << u"owner = 'AD\\j.mueller'"_s << u"owner = \"AD\\\\j.mueller\""_s;
    QTest::newRow("escaped single quote") << u"name = 'it\\'s'"_s << u"name = \"it's\""_s;
    QTest::newRow("single quote in double quotes") << u"name = \"it's\""_s << u"name = \"it's\""_s;
    QTest::newRow("relative time") << u"last_seen < NOW-30D"_s << u"last_seen < now-30d"_s;
    QTest::newRow("date") << u"last_seen >= 2025-06-01"_s << u"last_seen >= 2025-06-01"_s;
    QTest::newRow("now") << u"last_seen > now"_s << u"last_seen > now"_s;
    QTest::newRow("times in a list")
        << u"last_seen in (2025-06-01, now-12h, now-2w)"_s
        << u"last_seen in (2025-06-01, now-12h, now-2w)"_s;
    QTest::newRow("attribute") << u"attr.os = debian"_s << u"attr.os = \"debian\""_s;
    QTest::newRow("attribute name keeps its case") << u"ATTR.OS is empty"_s << u"attr.OS is empty"_s;
    QTest::newRow("quoted attribute name")
        << u"attr.\"rack position\" is empty"_s << u"attr.\"rack position\" is empty"_s;
    QTest::newRow("attribute name with a quote")
        << u"attr.'a\"b' = x"_s << u"attr.\"a\\\"b\" = \"x\""_s;
    QTest::newRow("number as text") << u"platform_version > 10"_s << u"platform_version > \"10\""_s;
    QTest::newRow("<> is !=") << u"site <> x"_s << u"site != \"x\""_s;
    QTest::newRow("boolean") << u"mobile = TRUE"_s << u"mobile = true"_s;
    QTest::newRow("list spacing")
        << u"lifecycle in (in_production,in_test)"_s << u"lifecycle in (in_production, in_test)"_s;
    QTest::newRow("update keys")
        << u"update_source = INTERNAL and update_mode != auto_install and reboot != not_needed"_s
        << u"update_source = internal and update_mode != auto_install and reboot != not_needed"_s;
    QTest::newRow("non-ASCII bare word") << u"site = Bürgerbüro"_s << u"site = \"Bürgerbüro\""_s;
    QTest::newRow("surrounding space") << u"  site='x'  "_s << u"site = \"x\""_s;
    QTest::newRow("empty text") << u"name = \"\""_s << u"name = \"\""_s;
    QTest::newRow("keyword-like word") << u"site = and_more"_s << u"site = \"and_more\""_s;
    QTest::newRow("true as text") << u"site = true"_s << u"site = \"true\""_s;
    QTest::newRow("owner and unit")
        << u"owner = jdoe or unit = BZ"_s << u"owner = \"jdoe\" or unit = \"BZ\""_s;
}

void TestGroupExpression::parsesAndNormalises()
{
    QFETCH(QString, text);
    QFETCH(QString, normal);
    const auto parsed = GroupExpression::parse(text);
    QVERIFY2(parsed, Test::why(parsed));
    QCOMPARE(parsed->toText(), normal);
    const auto again = GroupExpression::parse(normal);
    QVERIFY2(again, Test::why(again));
    QCOMPARE(again->toText(), normal);
}

void TestGroupExpression::refusesWithPosition_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("mentions");
    const auto row = [](const char *name, const QString &text, int column, const QStringList &mentions) {
        QTest::newRow(name) << text << column << mentions;
    };
    row("value missing at the end", u"availability >= "_s, 17,
        {u"expected a value after '>='"_s, u"found end of expression"_s});
    row("value missing, no space", u"availability >="_s, 16, {u"expected a value"_s, u"'>='"_s});
    row("unknown field", u"sitee = \"Stadhuis\""_s, 1,
        {u"unknown field 'sitee'"_s, u"fields: name, class,"_s, u"availability"_s, u"attr.NAME"_s});
    row("unknown class", u"class = serveer"_s, 9,
        {u"'serveer' is not a class"_s, u"classes: server, client,"_s, u"vm"_s, u"other"_s});
    row("unknown class in a list", u"class in (server, serveer)"_s, 19, {u"'serveer' is not a class"_s});
    row("ordering a boolean", u"mobile < true"_s, 8, {u"'mobile'"_s, u"'<'"_s, u"true or false"_s});
    row("ordering a class", u"class >= server"_s, 7, {u"'class'"_s, u"'>='"_s, u"no order"_s});
    row("ordering a lifecycle", u"lifecycle > planned"_s, 11, {u"'lifecycle'"_s, u"no order"_s});
    row("unclosed parenthesis", u"(class = server"_s, 16,
        {u"expected ')'"_s, u"'(' at column 1"_s, u"found end of expression"_s});
    row("unclosed outer parenthesis", u"((site = a) or site = b"_s, 24,
        {u"expected ')'"_s, u"'(' at column 1,"_s});
    row("junk inside parentheses", u"(site = a site = b)"_s, 11,
        {u"expected 'and', 'or' or ')'"_s, u"'(' at column 1"_s, u"found 'site'"_s});
    row("extra closing parenthesis", u"class = server)"_s, 15, {u"')' has no matching '('"_s});
    row("unterminated double-quoted", u"site = \"Stadhuis"_s, 8, {u"unterminated string"_s, u"closing \""_s});
    row("unterminated single-quoted", u"site = 'Stadhuis and class = server"_s, 8,
        {u"unterminated string"_s, u"closing '"_s});
    row("escaped closing quote", u"site = \"a\\\""_s, 8, {u"unterminated string"_s});
    row("unknown level", u"availability >= extreme"_s, 17,
        {u"'extreme' is not a protection level"_s, u"normal, high, very_high"_s});
    row("level out of range", u"availability = 4"_s, 16, {u"'4' is not a protection level"_s});
    row("not a time", u"last_seen > yesterday"_s, 13,
        {u"'yesterday' is not a date or time"_s, u"YYYY-MM-DD"_s, u"now-30d"_s});
    row("impossible date", u"last_seen > 2025-02-30"_s, 13, {u"'2025-02-30' is not a date"_s});
    row("unknown time unit", u"last_seen > now-30m"_s, 13, {u"'now-30m' is not a date"_s});
    row("not a boolean", u"mobile = yes"_s, 10, {u"'yes' is not true or false"_s});
    row("unknown lifecycle", u"lifecycle = live"_s, 13,
        {u"'live' is not a lifecycle state"_s, u"in_production"_s});
    row("unknown update source", u"update_source = internal_server"_s, 17,
        {u"'internal_server' is not an update source"_s, u"none, vendor, internal, parallel"_s});
    row("unknown update mode", u"update_mode = auto"_s, 15,
        {u"'auto' is not an update mode"_s, u"download_only, auto_install"_s});
    row("unknown reboot", u"reboot = sometimes"_s, 10,
        {u"'sometimes' is not a reboot handling"_s, u"not_needed, manual, automatic, scheduled"_s});
    row("contains on a class", u"class contains serv"_s, 7,
        {u"'contains' needs a text field"_s, u"'class'"_s});
    row("contains on a time", u"last_seen contains 2025"_s, 11, {u"'contains' needs a text field"_s});
    row("boolean never empty", u"mobile is empty"_s, 8, {u"'mobile'"_s, u"never empty"_s});
    row("operator missing at the end", u"site"_s, 5,
        {u"expected an operator"_s, u"after 'site'"_s, u"found end of expression"_s});
    row("operator missing before a value", u"site \"x\""_s, 6, {u"expected an operator"_s, u"found \"x\""_s});
    row("value missing", u"site ="_s, 7, {u"expected a value after '='"_s});
    row("dangling and", u"site = \"a\" and"_s, 15,
        {u"expected a field name after 'and'"_s, u"found end of expression"_s});
    row("two comparisons without and", u"site = \"a\" site = \"b\""_s, 12,
        {u"expected 'and', 'or' or the end of the expression"_s, u"found 'site'"_s});
    row("in without list", u"class in server"_s, 10,
        {u"expected '('"_s, u"after 'in'"_s, u"found 'server'"_s});
    row("list without comma", u"class in (server vm)"_s, 18, {u"expected ',' or ')'"_s, u"found 'vm'"_s});
    row("list ends after comma", u"class in (server,"_s, 18,
        {u"expected a value after ','"_s, u"found end of expression"_s});
    row("list never closed", u"class in (server"_s, 17,
        {u"expected ',' or ')'"_s, u"list that opens at column 10"_s, u"found end of expression"_s});
    row("empty list", u"class in ()"_s, 11, {u"expected a value after '('"_s, u"found ')'"_s});
    row("not without in", u"class not server"_s, 11, {u"expected 'in' after 'not'"_s, u"found 'server'"_s});
    row("is without empty", u"site is full"_s, 9, {u"expected 'empty' or 'not empty' after 'is'"_s});
    row("is not without empty", u"site is not full"_s, 13, {u"expected 'empty' after 'not'"_s});
    row("empty expression", QString(), 1, {u"expected a field name, found end of expression"_s});
    row("blank expression", u"   "_s, 4, {u"expected a field name"_s});
    row("&& instead of and", u"site = \"a\" && mobile = true"_s, 12,
        {u"unexpected character '&'"_s, u"'and'"_s});
    row("lone !", u"site ! \"a\""_s, 6, {u"unexpected character '!'"_s});
    row("attr without name", u"attr. = x"_s, 7,
        {u"expected an attribute name after 'attr.'"_s, u"found '='"_s});
    row("keyword as value", u"site = and"_s, 8, {u"expected a value after '='"_s, u"found 'and'"_s});
    row("not alone", u"not"_s, 4, {u"expected a field name after 'not'"_s});
    row("empty parentheses", u"()"_s, 2, {u"expected a field name after '('"_s, u"found ')'"_s});
    row("leading and", u"and site = x"_s, 1, {u"expected a field name, found 'and'"_s});
    row("or or", u"site = x or or"_s, 13, {u"expected a field name after 'or'"_s, u"found 'or'"_s});
    row("too deep", QString(150, u'(') + u"site = x"_s + QString(150, u')'), 102,
        {u"more than 100 levels"_s});
}

void TestGroupExpression::refusesWithPosition()
{
    QFETCH(QString, text);
    QFETCH(int, column);
    QFETCH(QStringList, mentions);
    const auto parsed = GroupExpression::parse(text);
    QVERIFY2(!parsed, qPrintable(u"accepted as: "_s + (parsed ? parsed->toText() : QString())));
    QCOMPARE(parsed.error().kind, ErrorKind::InvalidInput);
    const QString message = parsed.error().message;
    // Every message has one shape: it starts with the column, then says what is wrong.
    const QString start = u"Column %1: "_s.arg(column);
    QVERIFY2(message.startsWith(start), qPrintable(u"does not start with '%1': %2"_s.arg(start, message)));
    for (const QString &mention : mentions)
        QVERIFY2(message.contains(mention), qPrintable(u"'%1' not in: %2"_s.arg(mention, message)));
}

void TestGroupExpression::fieldsAreTheDocumentedOnes()
{
    const QStringList expected{u"name"_s, u"class"_s, u"description"_s, u"site"_s, u"lifecycle"_s,
                               u"platform"_s, u"platform_version"_s, u"firmware"_s,
                               u"confidentiality"_s, u"integrity"_s, u"availability"_s, u"mobile"_s,
                               u"last_seen"_s, u"owner"_s, u"unit"_s, u"update_source"_s,
                               u"update_mode"_s, u"reboot"_s, u"attr."_s};
    QCOMPARE(GroupExpression::fields(), expected);
    // Each one is known to the parser (an operator is expected after it, not a field).
    for (const QString &field : expected) {
        const QString text = field == u"attr."_s ? u"attr.x"_s : field;
        const auto parsed = GroupExpression::parse(text);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.contains(u"expected an operator"_s),
                 qPrintable(parsed.error().message));
    }
}

void TestGroupExpression::sqlAndMemorySelectTheSameCis_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<bool>("linguistic");
    for (const QString &backend : Test::backends())
        QTest::newRow(backend.toUtf8().constData()) << backend << false;
    // Production servers often sort and fold case by language (de_DE, en_US); the fixture uses
    // C.UTF-8, which sorts by code point like SQLite and would hide a missing COLLATE "C".
    QTest::newRow("postgresql, ICU collation") << u"postgresql"_s << true;
}

namespace {

// The text columns of a PostgreSQL test database switched to ICU's root collation, which orders
// "SRV" after "ci" and lower-cases "Ü".
Status useLinguisticCollation(const Database &db)
{
    const QStringList columns{u"configuration_item.name"_s, u"configuration_item.description"_s,
                              u"configuration_item.site"_s, u"configuration_item.platform"_s,
                              u"configuration_item.platform_version"_s,
                              u"configuration_item.firmware_version"_s, u"ci_attribute.value"_s,
                              u"person.login"_s, u"org_unit.code"_s};
    for (const QString &column : columns) {
        const QStringList parts = column.split(u'.');
        auto altered = db.exec(u"ALTER TABLE %1 ALTER COLUMN %2 TYPE TEXT COLLATE \"und-x-icu\""_s.arg(
            parts.at(0), parts.at(1)));
        if (!altered)
            return fail(altered.error());
    }
    return {};
}

} // namespace

// The heart of it: ~60 expressions over 300 varied CIs, SQL (both backends) against matches(),
// and both against predicates or counts worked out independently.
void TestGroupExpression::sqlAndMemorySelectTheSameCis()
{
    QFETCH(QString, backend);
    QFETCH(bool, linguistic);
    QTemporaryDir dir;
    auto db = Test::openFresh(backend, dir);
    QVERIFY2(db, Test::why(db));
    const QList<Row> rows = generateRows();
    const auto inserted = insertRows(**db, rows);
    QVERIFY2(inserted, Test::why(inserted));
    if (linguistic) {
        const auto switched = useLinguisticCollation(**db);
        QVERIFY2(switched, Test::why(switched));
        // Proof that the collation matters: plain SQL now disagrees with code point order.
        // By code point no name is below "D" ("S", "c" and "Ä" are above); by language most are.
        const auto plainOrder = (**db).scalar(
            u"SELECT count(*) FROM configuration_item WHERE name < ?"_s, {u"D"_s});
        QVERIFY2(plainOrder, Test::why(plainOrder));
        QVERIFY(plainOrder->toInt() > 0);
        const auto plainLower = (**db).scalar(
            u"SELECT count(*) FROM configuration_item WHERE lower(description) = ?"_s,
            {u"über-server"_s});
        QVERIFY2(plainLower, Test::why(plainLower));
        QVERIFY(plainLower->toInt() > 0);
    }
    const auto loaded = loadItems(**db);
    QVERIFY2(loaded, Test::why(loaded));
    QCOMPARE(loaded->items.size(), kCiCount);
    ManualClock clock(kNow);

    const QList<Case> cases = crossCheckCases();
    QVERIFY(cases.size() >= 40);
    for (const Case &testCase : cases) {
        const QByteArray label = testCase.text.toUtf8();
        const auto expression = GroupExpression::parse(testCase.text);
        QVERIFY2(expression, (label + ": " + Test::why(expression).text).constData());
        const auto bySql = selectBySql(**db, *expression, clock);
        QVERIFY2(bySql, (label + ": " + Test::why(bySql).text).constData());
        const QList<qint64> inMemory = selectInMemory(*loaded, *expression, clock);
        QVERIFY2(*bySql == inMemory,
                 qPrintable(u"%1: SQL vs memory: %2"_s.arg(testCase.text,
                                                           describeDifference(*bySql, inMemory))));
        if (testCase.oracle) {
            QList<qint64> expected;
            for (const Row &row : rows) {
                if (testCase.oracle(row))
                    expected << row.id;
            }
            QVERIFY2(inMemory == expected,
                     qPrintable(u"%1: matches() vs oracle: %2"_s.arg(
                         testCase.text, describeDifference(inMemory, expected))));
        }
        if (testCase.count >= 0) {
            QVERIFY2(inMemory.size() == testCase.count,
                     qPrintable(u"%1: %2 CIs, expected %3"_s.arg(testCase.text,
                                                                 QString::number(inMemory.size()),
                                                                 QString::number(testCase.count))));
        }
        if (!testCase.mayBeAllOrNone) {
            QVERIFY2(!inMemory.isEmpty() && inMemory.size() < kCiCount,
                     qPrintable(u"%1: selects %2 of %3 CIs, which proves little"_s.arg(
                         testCase.text, QString::number(inMemory.size()),
                         QString::number(kCiCount))));
        }
        // The normal form means the same.
        const auto normal = GroupExpression::parse(expression->toText());
        QVERIFY2(normal, (label + ": " + Test::why(normal).text).constData());
        const auto normalBySql = selectBySql(**db, *normal, clock);
        QVERIFY2(normalBySql, Test::why(normalBySql));
        QVERIFY2(*normalBySql == *bySql, qPrintable(expression->toText()));
    }

    // "now" comes from the clock, in SQL as in memory.
    clock.set(kNow.addDays(-40));
    const auto older = GroupExpression::parse(u"last_seen < now-30d"_s);
    QVERIFY2(older, Test::why(older));
    const auto olderBySql = selectBySql(**db, *older, clock);
    QVERIFY2(olderBySql, Test::why(olderBySql));
    QList<qint64> expected;
    for (const Row &row : rows) {
        if (seenBefore(row, kNow.addDays(-70)))
            expected << row.id;
    }
    QVERIFY(!expected.isEmpty());
    QCOMPARE(*olderBySql, expected);
    QCOMPARE(selectInMemory(*loaded, *older, clock), expected);
}

// Values, attribute names and quotes reach the database as parameters: the SQL text holds none
// of them, and a CI whose name is an injection attempt is found by its exact name.
void TestGroupExpression::valuesAreBoundNeverSpliced()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto db = Test::openFresh(backend, dir);
    QVERIFY2(db, Test::why(db));
    const QString evil = u"x'); DELETE FROM person; --"_s;
    const QVariant created = (*db)->dialect().toDb(kNow);
    auto person = (*db)->exec(u"INSERT INTO person (id, login, display_name, created_at, updated_at) "
                              "VALUES (1, ?, 'Evil', ?, ?)"_s,
                              {evil, created, created});
    QVERIFY2(person, Test::why(person));
    for (int id : {1, 2}) {
        auto ci = (*db)->exec(u"INSERT INTO configuration_item (id, name, ci_class, owner_id, "
                              "created_at, updated_at) VALUES (?, ?, 'server', ?, ?, ?)"_s,
                              {id, id == 1 ? evil : u"plain"_s, id == 1 ? QVariant(1) : nullId(),
                               created, created});
        QVERIFY2(ci, Test::why(ci));
    }
    auto attribute = (*db)->exec(u"INSERT INTO ci_attribute (ci_id, name, value) VALUES (1, ?, ?)"_s,
                                 {u"it's"_s, evil});
    QVERIFY2(attribute, Test::why(attribute));

    const QString quotedEvil = u"\"x'); DELETE FROM person; --\""_s;
    const QString text = u"name = %1 and owner = %1 and attr.\"it's\" = %1 and name contains %1 "
                         "and name in (%1, \"y\") and site != %1"_s.arg(quotedEvil);
    const auto expression = GroupExpression::parse(text);
    QVERIFY2(expression, Test::why(expression));
    ManualClock clock(kNow);
    const GroupExpression::SqlFilter filter = expression->toSql((*db)->dialect(), clock);
    QVERIFY2(!filter.where.contains(u"DELETE"_s), qPrintable(filter.where));
    QVERIFY2(!filter.where.contains(u"it's"_s), qPrintable(filter.where));
    QVERIFY(filter.params.contains(QVariant(evil)));
    QVERIFY(filter.params.contains(QVariant(u"it's"_s)));
    const auto ids = selectBySql(**db, *expression, clock);
    QVERIFY2(ids, Test::why(ids));
    QCOMPARE(*ids, QList<qint64>{1});
    const auto people = (*db)->scalar(u"SELECT count(*) FROM person"_s);
    QVERIFY2(people, Test::why(people));
    QCOMPARE(people->toInt(), 1);
}

QTEST_GUILESS_MAIN(TestGroupExpression)
#include "tst_groupexpression.moc"
