// Groups of CIs: static lists and dynamic expressions, validation, members, concurrency; on
// SQLite and PostgreSQL.

#include "testsupport.h"

#include "cmdb/cirepository.h"
#include "cmdb/grouprepository.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

class TestGroupRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { Test::failOnSqlWarnings(); }
    void staticAndDynamic_data() { Test::addBackendColumn(); }
    void staticAndDynamic();
    void invalidGroupsAreRefused_data() { Test::addBackendColumn(); }
    void invalidGroupsAreRefused();
    void staleEditConflicts_data() { Test::addBackendColumn(); }
    void staleEditConflicts();

private:
    std::shared_ptr<Database> open(const QString &backend, const QTemporaryDir &dir, QHash<QString, qint64> &ids);
};

std::shared_ptr<Database> TestGroupRepository::open(const QString &backend, const QTemporaryDir &dir,
                                                    QHash<QString, qint64> &ids)
{
    auto db = Test::openFresh(backend, dir);
    if (!db) {
        QTest::qFail(Test::why(db), __FILE__, __LINE__);
        return {};
    }
    const CiRepository cis(**db, u"test"_s);
    const QList<std::tuple<QString, CiClass, QString, ProtectionLevel>> items{
        {u"srv-a"_s, CiClass::Server, u"Stadhuis"_s, ProtectionLevel::High},
        {u"srv-b"_s, CiClass::Server, u"Bibliotheek"_s, ProtectionLevel::VeryHigh},
        {u"vm-c"_s, CiClass::VirtualMachine, u"Stadhuis"_s, ProtectionLevel::Normal},
        {u"ws-d"_s, CiClass::Client, u"Stadhuis"_s, ProtectionLevel::High},
    };
    for (const auto &[name, ciClass, site, availability] : items) {
        ConfigurationItem ci;
        ci.name = name;
        ci.ciClass = ciClass;
        ci.site = site;
        ci.protection.availability = availability;
        auto added = cis.add(ci);
        if (!added) {
            QTest::qFail(Test::why(added), __FILE__, __LINE__);
            return {};
        }
        ids.insert(name, added->id);
    }
    return *db;
}

static QStringList names(const Result<QList<ConfigurationItem>> &items)
{
    QStringList result;
    for (const ConfigurationItem &ci : items.value_or(QList<ConfigurationItem>{}))
        result << ci.name;
    return result;
}

void TestGroupRepository::staticAndDynamic()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    QHash<QString, qint64> ids;
    auto db = open(backend, dir, ids);
    QVERIFY(db);
    const GroupRepository groups(*db);

    auto pilot = groups.add({0, u"Pilot"_s, CiGroup::Kind::Static, {}, u"first wave"_s, 0});
    QVERIFY2(pilot, Test::why(pilot));
    QVERIFY(groups.addMembers(*pilot, {ids.value(u"ws-d"_s), ids.value(u"srv-a"_s)}));
    QVERIFY(groups.addMembers(*pilot, {ids.value(u"srv-a"_s)})); // already a member: no error, no duplicate
    QCOMPARE(names(groups.members(*pilot)), (QStringList{u"srv-a"_s, u"ws-d"_s}));
    QVERIFY(groups.removeMembers(*pilot, {ids.value(u"ws-d"_s)}));
    QCOMPARE(names(groups.members(*pilot)), QStringList{u"srv-a"_s});

    // The example of a dynamic group.
    auto critical = groups.add({0, u"Critical at the town hall"_s, CiGroup::Kind::Dynamic,
                                u"availability >= high and site = \"Stadhuis\" and class in (server, vm)"_s, {}, 0});
    QVERIFY2(critical, Test::why(critical));
    QCOMPARE(names(groups.members(*critical)), QStringList{u"srv-a"_s});
    // Members follow the CIs: a change to a CI changes the group.
    const CiRepository cis(*db, u"test"_s);
    auto vm = cis.byName(u"vm-c"_s).value().value();
    vm.protection.availability = ProtectionLevel::VeryHigh;
    QVERIFY(cis.update(vm));
    QCOMPARE(names(groups.members(*critical)), (QStringList{u"srv-a"_s, u"vm-c"_s}));
    // A dynamic group has no list to add to.
    auto refused = groups.addMembers(*critical, {ids.value(u"ws-d"_s)});
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::InvalidInput);

    auto all = groups.list();
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).name, u"Critical at the town hall"_s);
    QVERIFY(groups.byName(u"Pilot"_s).value().has_value());
    QVERIFY(groups.remove(*pilot));
    QVERIFY(!groups.byName(u"Pilot"_s).value().has_value());
    QCOMPARE(db->scalar(u"SELECT count(*) FROM ci_group_member"_s).value().toInt(), 0); // members went with it
}

void TestGroupRepository::invalidGroupsAreRefused()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    QHash<QString, qint64> ids;
    auto db = open(backend, dir, ids);
    QVERIFY(db);
    const GroupRepository groups(*db);
    QVERIFY(groups.add({0, u"Servers"_s, CiGroup::Kind::Dynamic, u"class = server"_s, {}, 0}));
    const QStringList before = Test::dumpTables(*db).value();

    const QList<std::pair<CiGroup, QString>> cases{
        {{0, u"Broken"_s, CiGroup::Kind::Dynamic, u"availability >= "_s, {}, 0}, u"Column"_s},
        {{0, u"Typo"_s, CiGroup::Kind::Dynamic, u"class = serveer"_s, {}, 0}, u"serveer"_s},
        {{0, u"Empty"_s, CiGroup::Kind::Dynamic, u"  "_s, {}, 0}, u"needs an expression"_s},
        {{0, u"Mixed"_s, CiGroup::Kind::Static, u"class = server"_s, {}, 0}, u"only a dynamic group"_s},
        {{0, u" padded "_s, CiGroup::Kind::Static, {}, {}, 0}, u"without spaces"_s},
        {{0, u"Servers"_s, CiGroup::Kind::Static, {}, {}, 0}, u"already exists"_s},
    };
    for (const auto &[group, message] : cases) {
        auto added = groups.add(group);
        QVERIFY2(!added, qPrintable(group.name));
        QCOMPARE(added.error().kind, ErrorKind::InvalidInput);
        QVERIFY2(added.error().message.contains(message), qPrintable(added.error().message));
    }
    QCOMPARE(Test::dumpTables(*db).value(), before); // nothing written
}

void TestGroupRepository::staleEditConflicts()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    QHash<QString, qint64> ids;
    auto db = open(backend, dir, ids);
    QVERIFY(db);
    const GroupRepository groups(*db);
    auto mine = groups.add({0, u"Servers"_s, CiGroup::Kind::Dynamic, u"class = server"_s, {}, 0});
    QVERIFY(mine);
    CiGroup theirs = *mine;
    mine->expression = u"class in (server, vm)"_s;
    QVERIFY(groups.update(*mine));
    QCOMPARE(mine->rowVersion, 2);
    theirs.description = u"all servers"_s;
    auto refused = groups.update(theirs);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::Conflict);
    QVERIFY2(refused.error().message.contains(u"Servers"_s), qPrintable(refused.error().message));
    QCOMPARE(groups.byName(u"Servers"_s).value()->expression, u"class in (server, vm)"_s);
}

QTEST_GUILESS_MAIN(TestGroupRepository)
#include "tst_grouprepository.moc"
