// Configuration items: every field stored as given, validation before writing, optimistic
// concurrency, relations, and the history of every edit; on SQLite and PostgreSQL.

#include "testsupport.h"

#include "cmdb/cirepository.h"
#include "cmdb/cisummary.h"
#include "people/peoplerepository.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

namespace {
const QDateTime kStart(QDate(2026, 3, 2), QTime(8, 15, 0, 250), QTimeZone::UTC);

ConfigurationItem mailServer(qint64 ownerId, qint64 unitId, qint64 osOwnerId)
{
    ConfigurationItem ci;
    ci.name = u"srv-mail-01"_s;
    ci.ciClass = CiClass::Server;
    ci.description = u"Exchange-Server im Rechenzentrum Süd"_s;
    ci.ownerId = ownerId;
    ci.orgUnitId = unitId;
    ci.responsibilities = {{u"os"_s, osOwnerId}, {u"service"_s, ownerId}};
    ci.site = u"Stadhuis"_s;
    ci.lifecycle = Lifecycle::InProduction;
    ci.platform = u"Windows Server"_s;
    ci.platformVersion = u"2022"_s;
    ci.firmwareVersion = u"iLO 5 2.78"_s;
    ci.protection = {ProtectionLevel::High, ProtectionLevel::High, ProtectionLevel::VeryHigh};
    ci.mobile = false;
    ci.lastSeen = kStart.addDays(-1);
    ci.update = {UpdateSource::InternalServer, UpdateMode::DownloadOnly, RebootHandling::Scheduled,
                 u"none (WSUS)"_s};
    ci.attributes = {{u"rack"_s, u"B3"_s}, {u"serial"_s, u"CZJ1234567"_s}};
    return ci;
}
} // namespace

class TestCiRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { Test::failOnSqlWarnings(); }
    void storedAsGiven_data() { Test::addBackendColumn(); }
    void storedAsGiven();
    void invalidInputIsRefused_data();
    void invalidInputIsRefused();
    void everyEditIsInTheHistory_data() { Test::addBackendColumn(); }
    void everyEditIsInTheHistory();
    void concurrentEditsConflict_data() { Test::addBackendColumn(); }
    void concurrentEditsConflict();
    void relations_data() { Test::addBackendColumn(); }
    void relations();
    void listFiltersAndOrders_data() { Test::addBackendColumn(); }
    void listFiltersAndOrders();
    void restoreUnderTheOldId_data() { Test::addBackendColumn(); }
    void restoreUnderTheOldId();
    void summariesMatchTheFullRecords_data() { Test::addBackendColumn(); }
    void summariesMatchTheFullRecords();

private:
    struct Fixture {
        std::shared_ptr<Database> db;
        qint64 unitId = 0;
        qint64 ownerId = 0;
        qint64 osOwnerId = 0;
    };
    Fixture setUp(const QString &backend, const QTemporaryDir &dir, const Clock &clock);
};

TestCiRepository::Fixture TestCiRepository::setUp(const QString &backend, const QTemporaryDir &dir, const Clock &clock)
{
    Fixture f;
    auto db = Test::openFresh(backend, dir);
    if (!db) {
        QTest::qFail(Test::why(db), __FILE__, __LINE__);
        return f;
    }
    f.db = *db;
    const PeopleRepository people(*f.db, clock);
    auto unit = people.addOrgUnit(OrgUnit{0, u"IT"_s, u"Informatievoorziening"_s, {}, 0, {}, {}});
    Person owner;
    owner.login = u"jvries"_s;
    owner.displayName = u"Jan de Vries"_s;
    Person admin;
    admin.login = u"kbakker"_s;
    admin.displayName = u"Karin Bakker"_s;
    auto a = people.addPerson(owner);
    auto b = people.addPerson(admin);
    if (!unit || !a || !b) {
        QTest::qFail("could not create the people of the fixture", __FILE__, __LINE__);
        return f;
    }
    f.unitId = unit->id;
    f.ownerId = a->id;
    f.osOwnerId = b->id;
    return f;
}

void TestCiRepository::storedAsGiven()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    ManualClock clock(kStart);
    const Fixture f = setUp(backend, dir, clock);
    QVERIFY(f.db);
    const CiRepository repo(*f.db, u"jvries"_s, clock);
    const ConfigurationItem given = mailServer(f.ownerId, f.unitId, f.osOwnerId);
    auto added = repo.add(given);
    QVERIFY2(added, Test::why(added));
    QVERIFY(added->id > 0);

    auto loaded = repo.byName(u"srv-mail-01"_s);
    QVERIFY2(loaded && *loaded, "the CI cannot be found by name");
    const ConfigurationItem &ci = **loaded;
    QCOMPARE(ci.id, added->id);
    QCOMPARE(ci.ciClass, CiClass::Server);
    QCOMPARE(ci.description, given.description);
    QCOMPARE(ci.ownerId, given.ownerId);
    QCOMPARE(ci.orgUnitId, given.orgUnitId);
    QCOMPARE(ci.responsibilities.size(), 2);
    QVERIFY(ci.responsibilities.contains(Responsibility{u"os"_s, f.osOwnerId}));
    QVERIFY(ci.responsibilities.contains(Responsibility{u"service"_s, f.ownerId}));
    QCOMPARE(ci.site, given.site);
    QCOMPARE(ci.lifecycle, Lifecycle::InProduction);
    QCOMPARE(ci.platform, given.platform);
    QCOMPARE(ci.platformVersion, given.platformVersion);
    QCOMPARE(ci.firmwareVersion, given.firmwareVersion);
    QVERIFY(ci.protection == given.protection);
    QCOMPARE(ci.mobile, false);
    QCOMPARE(ci.lastSeen, given.lastSeen);
    QVERIFY(ci.update == given.update);
    QCOMPARE(ci.attributes, given.attributes);
    QCOMPARE(ci.rowVersion, 1);
    QCOMPARE(ci.createdAt, kStart);
    QCOMPARE(repo.count().value_or(-1), 1);

    // A CI without optional fields.
    ConfigurationItem bare;
    bare.name = u"printer-2-og"_s;
    bare.ciClass = CiClass::Printer;
    auto addedBare = repo.add(bare);
    QVERIFY2(addedBare, Test::why(addedBare));
    auto loadedBare = repo.byId(addedBare->id);
    QVERIFY(loadedBare && *loadedBare);
    QVERIFY(!(*loadedBare)->ownerId);
    QVERIFY(!(*loadedBare)->lastSeen.isValid());
    QVERIFY((*loadedBare)->attributes.isEmpty());
}

void TestCiRepository::invalidInputIsRefused_data()
{
    QTest::addColumn<QString>("case_");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty name") << u"empty"_s << u"needs a name"_s;
    QTest::newRow("padded name") << u"padded"_s << u"not valid"_s;
    QTest::newRow("control character") << u"control"_s << u"not valid"_s;
    QTest::newRow("attribute name") << u"attribute"_s << u"Attribute name '1rack'"_s;
    QTest::newRow("role without person") << u"role"_s << u"Responsibility 'os'"_s;
    QTest::newRow("duplicate") << u"duplicate"_s << u"already exists"_s;
    QTest::newRow("unknown owner") << u"owner"_s << u"refused"_s;
}

void TestCiRepository::invalidInputIsRefused()
{
    QFETCH(QString, case_);
    QFETCH(QString, message);
    QTemporaryDir dir;
    ManualClock clock(kStart);
    const Fixture f = setUp(u"sqlite"_s, dir, clock);
    QVERIFY(f.db);
    const CiRepository repo(*f.db, u"jvries"_s, clock);
    QVERIFY(repo.add(mailServer(f.ownerId, f.unitId, f.osOwnerId)));
    ConfigurationItem ci;
    ci.name = u"ok-name"_s;
    if (case_ == u"empty")
        ci.name = u"  "_s;
    else if (case_ == u"padded")
        ci.name = u" srv "_s;
    else if (case_ == u"control")
        ci.name = u"srv\n01"_s;
    else if (case_ == u"attribute")
        ci.attributes.insert(u"1rack"_s, u"B3"_s);
    else if (case_ == u"role")
        ci.responsibilities = {{u"os"_s, 0}};
    else if (case_ == u"duplicate")
        ci.name = u"srv-mail-01"_s;
    else if (case_ == u"owner")
        ci.ownerId = 999999;
    const auto before = Test::dumpTables(*f.db);
    auto added = repo.add(ci);
    QVERIFY(!added);
    QCOMPARE(added.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(added.error().message.contains(message), qPrintable(added.error().message));
    QCOMPARE(Test::dumpTables(*f.db).value(), before.value()); // nothing half-written
}

void TestCiRepository::everyEditIsInTheHistory()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    ManualClock clock(kStart);
    const Fixture f = setUp(backend, dir, clock);
    QVERIFY(f.db);
    const CiRepository repo(*f.db, u"kbakker"_s, clock);
    auto ci = repo.add(mailServer(f.ownerId, f.unitId, f.osOwnerId));
    QVERIFY(ci);
    clock.advanceSeconds(60);
    ci->site = u"Rechenzentrum Nord"_s;
    ci->protection.availability = ProtectionLevel::High;
    ci->attributes.remove(u"rack"_s);
    ci->attributes.insert(u"cluster"_s, u"dag-01"_s);
    ci->responsibilities = {{u"os"_s, f.ownerId}, {u"service"_s, f.ownerId}};
    QVERIFY2(repo.update(*ci), "update failed");
    QCOMPARE(ci->rowVersion, 2);

    auto history = repo.history(ci->id);
    QVERIFY2(history, Test::why(history));
    QStringList lines;
    for (const CiHistoryEntry &e : *history)
        lines << u"%1|%2|%3|%4|%5"_s.arg(e.action, e.field, e.oldValue, e.newValue, e.changedBy);
    const QStringList expected{
        u"created||||kbakker"_s,
        u"updated|attr.cluster||dag-01|kbakker"_s,
        u"updated|attr.rack|B3||kbakker"_s,
        u"updated|availability|very_high|high|kbakker"_s,
        u"updated|responsible.os|%1|%2|kbakker"_s.arg(f.osOwnerId).arg(f.ownerId),
        u"updated|site|Stadhuis|Rechenzentrum Nord|kbakker"_s,
    };
    QCOMPARE(lines, expected);
    QCOMPARE(history->at(1).changedAt, kStart.addSecs(60));

    // An update that changes nothing records nothing.
    QVERIFY(repo.update(*ci));
    QCOMPARE(repo.history(ci->id)->size(), expected.size());

    // Deleting keeps the history, and says so.
    QVERIFY(repo.remove(*ci));
    QVERIFY(!repo.byId(ci->id).value());
    auto after = repo.history(ci->id);
    QVERIFY(after);
    QCOMPARE(after->constLast().action, u"deleted"_s);
    QCOMPARE(after->constLast().ciName, u"srv-mail-01"_s);
}

void TestCiRepository::restoreUnderTheOldId()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    ManualClock clock(kStart);
    const Fixture f = setUp(backend, dir, clock);
    QVERIFY(f.db);
    const CiRepository repo(*f.db, u"kbakker"_s, clock);
    auto ci = repo.add(mailServer(f.ownerId, f.unitId, f.osOwnerId));
    QVERIFY2(ci, Test::why(ci));
    QVERIFY(repo.remove(*ci));
    clock.advanceSeconds(30);

    auto restored = repo.restore(*ci);
    QVERIFY2(restored, Test::why(restored));
    QCOMPARE(restored->id, ci->id);
    QCOMPARE(restored->rowVersion, 1);
    auto stored = repo.byId(ci->id);
    QVERIFY(stored && *stored);
    QVERIFY(CiRepository::differences(**stored, *ci).isEmpty()); // every field, attributes and roles
    QCOMPARE((*stored)->createdAt, kStart);
    QCOMPARE((*stored)->updatedAt, kStart.addSecs(30));
    auto history = repo.history(ci->id);
    QVERIFY(history);
    QStringList actions;
    for (const CiHistoryEntry &entry : *history)
        actions << entry.action;
    QCOMPARE(actions, (QStringList{u"created"_s, u"deleted"_s, u"restored"_s}));

    // A new CI gets a fresh id, after the restored one.
    ConfigurationItem other;
    other.name = u"srv-other"_s;
    auto added = repo.add(other);
    QVERIFY2(added, Test::why(added));
    QVERIFY(added->id > ci->id);

    // Refused: the id is taken, the name is taken, no id.
    ConfigurationItem sameId = *ci;
    sameId.name = u"srv-renamed"_s;
    auto taken = repo.restore(sameId);
    QVERIFY(!taken);
    QCOMPARE(taken.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(taken.error().message.contains(u"srv-mail-01"_s), qPrintable(taken.error().message));
    QVERIFY(repo.remove(*added));
    ConfigurationItem sameName = *added;
    sameName.name = ci->name;
    auto clash = repo.restore(sameName);
    QVERIFY(!clash);
    QVERIFY2(clash.error().message.contains(u"already exists"_s), qPrintable(clash.error().message));
    ConfigurationItem noId = *ci;
    noId.id = 0;
    noId.name = u"srv-no-id"_s;
    const auto before = Test::dumpTables(*f.db);
    QVERIFY(before);
    QVERIFY(!repo.restore(noId));
    QCOMPARE(*Test::dumpTables(*f.db), *before); // nothing written
}

void TestCiRepository::summariesMatchTheFullRecords()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    ManualClock clock(kStart);
    const Fixture f = setUp(backend, dir, clock);
    QVERIFY(f.db);
    const CiRepository repo(*f.db, u"kbakker"_s, clock);
    QVERIFY(repo.add(mailServer(f.ownerId, f.unitId, f.osOwnerId)));
    ConfigurationItem bare;
    bare.name = u"pc-0001"_s; // nothing but a name: nulls, defaults, never seen
    QVERIFY(repo.add(bare));
    ConfigurationItem laptop;
    laptop.name = u"nb-Müller-2"_s;
    laptop.ciClass = CiClass::Laptop;
    laptop.mobile = true;
    laptop.lifecycle = Lifecycle::Retired;
    laptop.lastSeen = QDateTime(QDate(2026, 1, 31), QTime(23, 59, 59), QTimeZone::UTC); // no milliseconds
    laptop.protection = {ProtectionLevel::VeryHigh, ProtectionLevel::Normal, ProtectionLevel::High};
    laptop.update.source = UpdateSource::Parallel;
    laptop.attributes = {{u"asset"_s, u"A-17"_s}};
    QVERIFY(repo.add(laptop));

    auto full = repo.list();
    auto summaries = CiSummaries::all(*f.db);
    QVERIFY2(summaries, Test::why(summaries));
    QCOMPARE(summaries->size(), full->size());
    QHash<qint64, CiSummary> byId;
    for (const CiSummary &summary : *summaries)
        byId.insert(summary.id, summary);
    for (const ConfigurationItem &ci : *full) {
        QVERIFY2(byId.contains(ci.id), qPrintable(ci.name));
        const CiSummary expected = CiSummary::of(ci);
        const CiSummary actual = byId.value(ci.id);
        QCOMPARE(actual.name, expected.name);
        QCOMPARE(actual.lastSeen, expected.lastSeen);
        QCOMPARE(actual.attributes, expected.attributes);
        QVERIFY2(actual == expected, qPrintable(ci.name));
    }
    // Which CIs match a condition, as GroupExpression::toSql writes them.
    auto ids = CiSummaries::idsWhere(*f.db, u"ci.mobile = ? OR ci.name = ?"_s,
                                     {f.db->dialect().toDb(true), u"pc-0001"_s});
    QVERIFY2(ids, Test::why(ids));
    QCOMPARE(ids->size(), 2);
    auto none = CiSummaries::idsWhere(*f.db, u"ci.name = ?"_s, {u"nothing"_s});
    QVERIFY(none && none->isEmpty());
    auto broken = CiSummaries::idsWhere(*f.db, u"ci.no_such_column = 1"_s);
    QVERIFY(!broken);
}

void TestCiRepository::concurrentEditsConflict()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    ManualClock clock(kStart);
    const Fixture f = setUp(backend, dir, clock);
    QVERIFY(f.db);
    auto second = Database::open(f.db->url());
    QVERIFY2(second, Test::why(second));
    const CiRepository alice(*f.db, u"alice"_s, clock);
    const CiRepository bob(**second, u"bob"_s, clock);
    QVERIFY(alice.add(mailServer(f.ownerId, f.unitId, f.osOwnerId)));

    auto mine = alice.byName(u"srv-mail-01"_s).value().value();
    auto theirs = bob.byName(u"srv-mail-01"_s).value().value();
    mine.site = u"Stadskantoor"_s;
    QVERIFY(alice.update(mine));
    theirs.platformVersion = u"2025"_s;
    auto refused = bob.update(theirs);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::Conflict);
    QVERIFY2(refused.error().message.contains(u"srv-mail-01"_s), qPrintable(refused.error().message));
    const auto stored = alice.byName(u"srv-mail-01"_s).value().value();
    QCOMPARE(stored.site, u"Stadskantoor"_s);
    QCOMPARE(stored.platformVersion, u"2022"_s);
    // The refused edit left no history.
    const QList<CiHistoryEntry> history = alice.history(stored.id).value();
    for (const CiHistoryEntry &e : history)
        QVERIFY(e.changedBy != u"bob");

    auto gone = stored;
    QVERIFY(alice.remove(gone));
    auto late = bob.update(theirs);
    QVERIFY(!late);
    QCOMPARE(late.error().kind, ErrorKind::NotFound);
}

void TestCiRepository::relations()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    ManualClock clock(kStart);
    const Fixture f = setUp(backend, dir, clock);
    QVERIFY(f.db);
    const CiRepository repo(*f.db, u"jvries"_s, clock);
    auto server = repo.add(mailServer(f.ownerId, f.unitId, f.osOwnerId));
    ConfigurationItem app;
    app.name = u"exchange"_s;
    app.ciClass = CiClass::Application;
    auto application = repo.add(app);
    QVERIFY(server && application);

    auto relation = repo.relate(application->id, RelationType::RunsOn, server->id);
    QVERIFY2(relation, Test::why(relation));
    auto again = repo.relate(application->id, RelationType::RunsOn, server->id);
    QVERIFY(!again);
    QVERIFY2(again.error().message.contains(u"already"_s), qPrintable(again.error().message));
    auto self = repo.relate(server->id, RelationType::DependsOn, server->id);
    QVERIFY(!self);
    QCOMPARE(self.error().kind, ErrorKind::InvalidInput);
    auto missing = repo.relate(server->id, RelationType::DependsOn, 987654);
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, ErrorKind::NotFound);

    auto ofServer = repo.relationsOf(server->id);
    QVERIFY(ofServer);
    QCOMPARE(ofServer->size(), 1);
    QCOMPARE(ofServer->constFirst().sourceId, application->id);
    QCOMPARE(ofServer->constFirst().type, RelationType::RunsOn);
    QCOMPARE(repo.history(server->id)->constLast().newValue, u"exchange"_s);
    QCOMPARE(repo.history(application->id)->constLast().newValue, u"srv-mail-01"_s);

    QVERIFY(repo.unrelate(*relation));
    QVERIFY(repo.relationsOf(server->id)->isEmpty());
    QCOMPARE(repo.history(server->id)->constLast().action, u"unrelated"_s);

    // Deleting a CI removes its relations with it.
    QVERIFY(repo.relate(application->id, RelationType::RunsOn, server->id));
    QVERIFY(repo.remove(repo.byId(server->id).value().value()));
    QVERIFY(repo.relationsOf(application->id)->isEmpty());
}

void TestCiRepository::listFiltersAndOrders()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    ManualClock clock(kStart);
    const Fixture f = setUp(backend, dir, clock);
    QVERIFY(f.db);
    const CiRepository repo(*f.db, u"jvries"_s, clock);
    for (const QString &name : {u"ws-0003"_s, u"ws-0001"_s, u"srv-db-01"_s, u"ws-0002"_s}) {
        ConfigurationItem ci;
        ci.name = name;
        ci.ciClass = name.startsWith(u"ws") ? CiClass::Client : CiClass::Server;
        ci.attributes.insert(u"floor"_s, name.right(1));
        QVERIFY(repo.add(ci));
    }
    auto all = repo.list();
    QVERIFY(all);
    QStringList names;
    for (const auto &ci : *all)
        names << ci.name;
    QCOMPARE(names, (QStringList{u"srv-db-01"_s, u"ws-0001"_s, u"ws-0002"_s, u"ws-0003"_s}));
    QCOMPARE(all->at(2).attributes.value(u"floor"_s), u"2"_s);
    auto clients = repo.list(u"ci.ci_class = ?"_s, {u"client"_s});
    QVERIFY(clients);
    QCOMPARE(clients->size(), 3);
}

QTEST_GUILESS_MAIN(TestCiRepository)
#include "tst_cirepository.moc"
