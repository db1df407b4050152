// Undoing the delete of a CI: everything it took with it comes back (fields, relations, software,
// patches, rights profiles), except what refers to people or CIs deleted in the meantime; a
// restore that cannot be done writes nothing.

#include "testsupport.h"

#include "cmdb/cisnapshot.h"
#include "people/peoplerepository.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

namespace {
const QDateTime kNow(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::UTC);
}

class TestCiSnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { Test::failOnSqlWarnings(); }
    void deleteAndRestoreEverything_data() { Test::addBackendColumn(); }
    void deleteAndRestoreEverything();
    void restoreWithoutWhatIsGone_data() { Test::addBackendColumn(); }
    void restoreWithoutWhatIsGone();
    void restoreRefusedWritesNothing_data() { Test::addBackendColumn(); }
    void restoreRefusedWritesNothing();

private:
    struct Fixture {
        std::shared_ptr<Database> db;
        qint64 server = 0;
        qint64 vm = 0;
        qint64 app = 0;
        Person admin;
        OrgUnit unit;
    };
    Fixture setUp(const QString &backend, const QTemporaryDir &dir);

    ManualClock m_clock {kNow};
};

TestCiSnapshot::Fixture TestCiSnapshot::setUp(const QString &backend, const QTemporaryDir &dir)
{
    Fixture f;
    auto db = Test::openFresh(backend, dir);
    if (!db) {
        qWarning("%s", qPrintable(db.error().message));
        return f;
    }
    const CiRepository cis(**db, u"setup"_s, m_clock);
    const PeopleRepository people(**db, m_clock);
    Person admin;
    admin.login = u"kbakker"_s;
    admin.displayName = u"Karin Bakker"_s;
    OrgUnit unit;
    unit.code = u"IT"_s;
    unit.name = u"Informatievoorziening"_s;
    auto addedAdmin = people.addPerson(admin);
    auto addedUnit = people.addOrgUnit(unit);
    if (!addedAdmin || !addedUnit)
        return f;
    f.admin = *addedAdmin;
    f.unit = *addedUnit;
    auto add = [&](const QString &name, CiClass ciClass) -> qint64 {
        ConfigurationItem ci;
        ci.name = name;
        ci.ciClass = ciClass;
        ci.site = u"Stadhuis"_s;
        auto added = cis.add(ci);
        return added ? added->id : 0;
    };
    f.server = add(u"srv-01"_s, CiClass::Server);
    f.vm = add(u"vm-01"_s, CiClass::VirtualMachine);
    f.app = add(u"zaaksysteem"_s, CiClass::Application);
    if (!f.server || !f.vm || !f.app || !cis.relate(f.vm, RelationType::RunsOn, f.server)
        || !cis.relate(f.app, RelationType::RunsOn, f.vm))
        return f;
    const SoftwareRepository software(**db, m_clock);
    if (!software.install(f.vm, u"Microsoft"_s, u"Windows Server"_s, u"2022"_s))
        return f;
    AppliedPatch patch;
    patch.ciId = f.vm;
    patch.title = u"KB5031364"_s;
    patch.appliedAt = kNow.addDays(-3);
    patch.appliedBy = u"kbakker"_s;
    if (!software.recordPatch(patch))
        return f;
    const RightsProfileRepository rights(**db, u"setup"_s, m_clock);
    RightsProfile personal;
    personal.ciId = f.vm;
    personal.personId = f.admin.id;
    personal.profile = u"administrator"_s;
    personal.description = u"Patch window on Tuesdays"_s;
    RightsProfile team;
    team.ciId = f.vm;
    team.orgUnitId = f.unit.id;
    team.profile = u"operator"_s;
    if (!rights.add(personal) || !rights.add(team))
        return f;
    f.db = *db;
    return f;
}

void TestCiSnapshot::deleteAndRestoreEverything()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    const Fixture f = setUp(backend, dir);
    QVERIFY(f.db);
    const CiSnapshots snapshots(*f.db, u"editor"_s, m_clock);
    auto snapshot = snapshots.take(f.vm);
    QVERIFY2(snapshot, Test::why(snapshot));
    QCOMPARE(snapshot->relations.size(), 2);
    QCOMPARE(snapshot->software.size(), 1);
    QCOMPARE(snapshot->patches.size(), 1);
    QCOMPARE(snapshot->rights.size(), 2);

    const CiRepository cis(*f.db, u"editor"_s, m_clock);
    QVERIFY(cis.remove(snapshot->ci));
    const RightsProfileRepository rights(*f.db, u"reader"_s, m_clock);
    QVERIFY(rights.ofCi(f.vm)->isEmpty()); // they went with the CI

    auto restored = snapshots.restore(*snapshot);
    QVERIFY2(restored, Test::why(restored));
    QCOMPARE(restored->id, f.vm);
    QVERIFY(CiRepository::differences(snapshot->ci, *restored).isEmpty());
    QCOMPARE(cis.relationsOf(f.vm)->size(), 2);
    const SoftwareRepository software(*f.db, m_clock);
    QCOMPARE(software.installedOn(f.vm)->constFirst().version, u"2022"_s);
    QCOMPARE(software.patchesOf(f.vm)->constFirst().title, u"KB5031364"_s);
    auto back = rights.ofCi(f.vm);
    QVERIFY2(back, Test::why(back));
    QCOMPARE(back->size(), 2);
    QStringList grants;
    for (const RightsProfile &r : std::as_const(*back))
        grants << r.holderKey() + u'=' + r.profile + u'/' + r.description;
    grants.sort();
    QCOMPARE(
        grants,
        (QStringList {u"person:kbakker=administrator/Patch window on Tuesdays"_s, u"unit:IT=operator/"_s}));
    // The history tells it: deleted, then restored with the grants.
    QStringList actions;
    const auto history = cis.history(f.vm);
    QVERIFY2(history, Test::why(history));
    for (const CiHistoryEntry &e : *history)
        actions << e.action;
    QVERIFY(actions.lastIndexOf(u"deleted"_s) < actions.lastIndexOf(u"restored"_s));
    QCOMPARE(actions.mid(actions.lastIndexOf(u"restored"_s)).count(u"granted"_s), 2);
}

void TestCiSnapshot::restoreWithoutWhatIsGone()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    const Fixture f = setUp(backend, dir);
    QVERIFY(f.db);
    const CiSnapshots snapshots(*f.db, u"editor"_s, m_clock);
    auto snapshot = snapshots.take(f.vm);
    QVERIFY2(snapshot, Test::why(snapshot));
    const CiRepository cis(*f.db, u"editor"_s, m_clock);
    QVERIFY(cis.remove(snapshot->ci));
    // Meanwhile the application and the administrator go.
    QVERIFY(cis.remove(cis.byId(f.app)->value()));
    QVERIFY(PeopleRepository(*f.db, m_clock).removePerson(f.admin));

    auto restored = snapshots.restore(*snapshot);
    QVERIFY2(restored, Test::why(restored));
    const auto relations = cis.relationsOf(f.vm);
    QCOMPARE(relations->size(), 1);
    QCOMPARE(relations->constFirst().targetId, f.server);
    const auto back = RightsProfileRepository(*f.db, u"reader"_s, m_clock).ofCi(f.vm);
    QCOMPARE(back->size(), 1);
    QCOMPARE(back->constFirst().orgUnitId, std::optional(f.unit.id));
}

void TestCiSnapshot::restoreRefusedWritesNothing()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    const Fixture f = setUp(backend, dir);
    QVERIFY(f.db);
    const CiSnapshots snapshots(*f.db, u"editor"_s, m_clock);
    auto snapshot = snapshots.take(f.vm);
    QVERIFY2(snapshot, Test::why(snapshot));
    const CiRepository cis(*f.db, u"editor"_s, m_clock);
    QVERIFY(cis.remove(snapshot->ci));
    // Someone else took the name in the meantime.
    ConfigurationItem other;
    other.name = u"vm-01"_s;
    other.ciClass = CiClass::Client;
    QVERIFY(cis.add(other));
    const auto before = Test::dumpTables(*f.db);
    QVERIFY2(before, Test::why(before));
    auto restored = snapshots.restore(*snapshot);
    QVERIFY(!restored);
    QCOMPARE(restored.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(restored.error().message.contains(u"vm-01"_s), qPrintable(restored.error().message));
    QCOMPARE(*Test::dumpTables(*f.db), *before);
    // A CI that is not there cannot be snapshot.
    auto gone = snapshots.take(f.vm);
    QVERIFY(!gone);
    QCOMPARE(gone.error().kind, ErrorKind::NotFound);
}

QTEST_GUILESS_MAIN(TestCiSnapshot)
#include "tst_cisnapshot.moc"
