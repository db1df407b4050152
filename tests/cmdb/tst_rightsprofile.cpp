// Rights profiles (M11): who may do what on a system. Validation, lists by CI, person and unit,
// row-version conflicts, the CI's history, and what happens when a CI or person is deleted; on
// SQLite and PostgreSQL.

#include "testsupport.h"

#include "cmdb/cirepository.h"
#include "people/peoplerepository.h"
#include "people/rightsprofilerepository.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

namespace {

const QDateTime kStart(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::UTC);

struct Fixture {
    std::shared_ptr<Database> db;
    QHash<QString, qint64> cis; // by name
    QHash<QString, qint64> people; // by login
    QHash<QString, qint64> units; // by code
};

// A municipality with its IT department and a team below it, two people and three systems.
Fixture prepare(const QString &backend, const QTemporaryDir &dir)
{
    Fixture f;
    auto db = Test::openFresh(backend, dir);
    if (!db) {
        QTest::qFail(Test::why(db), __FILE__, __LINE__);
        return {};
    }
    f.db = *db;
    const PeopleRepository people(*f.db);
    OrgUnit root {0, u"ORG"_s, u"Gemeente Demodorp"_s, {}, 0, {}, {}};
    auto addedRoot = people.addOrgUnit(root);
    OrgUnit it {
        0,  u"IT"_s, u"Informatievoorziening"_s, addedRoot ? std::optional(addedRoot->id) : std::nullopt, 0,
        {}, {}};
    auto addedIt = people.addOrgUnit(it);
    OrgUnit team {0,  u"IT-NET"_s, u"Netwerkbeheer"_s, addedIt ? std::optional(addedIt->id) : std::nullopt, 0,
                  {}, {}};
    auto addedTeam = people.addOrgUnit(team);
    if (!addedRoot || !addedIt || !addedTeam) {
        QTest::qFail("adding units failed", __FILE__, __LINE__);
        return {};
    }
    f.units = {{u"ORG"_s, addedRoot->id}, {u"IT"_s, addedIt->id}, {u"IT-NET"_s, addedTeam->id}};
    for (const auto &[login, name, unit] : {std::tuple {u"jdevries"_s, u"Jan de Vries"_s, u"IT-NET"_s},
                                            std::tuple {u"pmueller"_s, u"Petra Müller"_s, u"IT"_s}}) {
        Person p;
        p.login = login;
        p.displayName = name;
        p.orgUnitId = f.units.value(unit);
        auto added = people.addPerson(p);
        if (!added) {
            QTest::qFail(Test::why(added), __FILE__, __LINE__);
            return {};
        }
        f.people.insert(login, added->id);
    }
    const CiRepository cis(*f.db, u"setup"_s);
    for (const QString &name : {u"srv-zaak"_s, u"fw-edge-01"_s, u"zaaksysteem"_s}) {
        ConfigurationItem ci;
        ci.name = name;
        auto added = cis.add(ci);
        if (!added) {
            QTest::qFail(Test::why(added), __FILE__, __LINE__);
            return {};
        }
        f.cis.insert(name, added->id);
    }
    return f;
}

RightsProfile forPerson(qint64 ci, qint64 person, const QString &profile, const QString &description = {})
{
    RightsProfile r;
    r.ciId = ci;
    r.personId = person;
    r.profile = profile;
    r.description = description;
    return r;
}

RightsProfile forUnit(qint64 ci, qint64 unit, const QString &profile)
{
    RightsProfile r;
    r.ciId = ci;
    r.orgUnitId = unit;
    r.profile = profile;
    return r;
}

QStringList describe(const Result<QList<RightsProfile>> &list)
{
    QStringList out;
    for (const RightsProfile &r : list.value_or(QList<RightsProfile> {}))
        out << u"%1|%2|%3"_s.arg(r.ciName, r.holderKey(), r.profile);
    return out;
}

// The history entries of a CI about rights, as "action field old→new by".
QStringList rightsHistory(const Database &db, qint64 ciId)
{
    QStringList out;
    const auto entries = CiRepository(db, {}).history(ciId);
    for (const CiHistoryEntry &e : entries.value_or(QList<CiHistoryEntry> {})) {
        if (e.field.startsWith(u"rights."_s))
            out << u"%1 %2 %3→%4 by %5"_s.arg(e.action, e.field, e.oldValue, e.newValue, e.changedBy);
    }
    return out;
}

} // namespace

class TestRightsProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { Test::failOnSqlWarnings(); }
    void validation_data();
    void validation();
    void profileNames_data();
    void profileNames();
    void grantListAndHistory_data() { Test::addBackendColumn(); }
    void grantListAndHistory();
    void refusalsWriteNothing_data() { Test::addBackendColumn(); }
    void refusalsWriteNothing();
    void staleEditsConflict_data() { Test::addBackendColumn(); }
    void staleEditsConflict();
    void deletingCiOrPersonRemovesRights_data() { Test::addBackendColumn(); }
    void deletingCiOrPersonRemovesRights();
};

void TestRightsProfile::validation_data()
{
    QTest::addColumn<qint64>("ci");
    QTest::addColumn<qint64>("person"); // 0: none
    QTest::addColumn<qint64>("unit"); // 0: none
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("message");
    QTest::newRow("no CI") << qint64(0) << qint64(2) << qint64(0) << u"administrator"_s << QString()
                           << u"configuration item"_s;
    QTest::newRow("no holder") << qint64(1) << qint64(0) << qint64(0) << u"administrator"_s << QString()
                               << u"needs a holder"_s;
    QTest::newRow("both holders") << qint64(1) << qint64(2) << qint64(3) << u"administrator"_s << QString()
                                  << u"not by both"_s;
    QTest::newRow("no profile") << qint64(1) << qint64(2) << qint64(0) << u""_s << QString()
                                << u"needs a profile"_s;
    QTest::newRow("blank profile") << qint64(1) << qint64(0) << qint64(3) << u"  \t "_s << QString()
                                   << u"needs a profile"_s;
    QTest::newRow("too long") << qint64(1) << qint64(2) << qint64(0) << QString(101, u'x') << QString()
                              << u"at most 100 characters"_s;
    QTest::newRow("control character")
        << qint64(1) << qint64(2) << qint64(0) << u"admin\u0007"_s << QString() << u"control characters"_s;
    QTest::newRow("long description")
        << qint64(1) << qint64(2) << qint64(0) << u"user"_s << QString(2001, u'd') << u"too long"_s;
}

void TestRightsProfile::validation()
{
    QFETCH(qint64, ci);
    QFETCH(qint64, person);
    QFETCH(qint64, unit);
    QFETCH(QString, profile);
    QFETCH(QString, description);
    QFETCH(QString, message);
    RightsProfile rights;
    rights.ciId = ci;
    if (person)
        rights.personId = person;
    if (unit)
        rights.orgUnitId = unit;
    rights.profile = profile;
    rights.description = description;
    const Status valid = RightsProfileRepository::validate(rights);
    QVERIFY(!valid);
    QCOMPARE(valid.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(valid.error().message.contains(message), qPrintable(valid.error().message));
    // The smallest valid profile passes.
    QVERIFY2(RightsProfileRepository::validate(forPerson(1, 2, u"x"_s)), "a one-letter profile is refused");
}

void TestRightsProfile::profileNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::newRow("key") << u"administrator"_s << u"administrator"_s;
    QTest::newRow("display name") << u"Emergency access"_s << u"emergency-access"_s;
    QTest::newRow("spaces and case") << u"  Read   only "_s << u"read-only"_s;
    QTest::newRow("underscore") << u"application_administrator"_s << u"application-administrator"_s;
    QTest::newRow("agency's own") << u"Fachadministrator  Meldewesen"_s << u"Fachadministrator Meldewesen"_s;
}

void TestRightsProfile::profileNames()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QCOMPARE(RightsProfileRepository::normalizeProfile(text), key);
    for (const QString &standard : RightsProfileRepository::standardProfiles()) {
        QVERIFY(!RightsProfileRepository::displayName(standard).isEmpty());
        QVERIFY(RightsProfileRepository::displayName(standard) != standard);
        QVERIFY(!RightsProfileRepository::explanation(standard).isEmpty());
    }
    QCOMPARE(RightsProfileRepository::displayName(u"Fachadministrator Meldewesen"_s),
             u"Fachadministrator Meldewesen"_s);
    QVERIFY(RightsProfileRepository::explanation(u"Fachadministrator Meldewesen"_s).isEmpty());
}

void TestRightsProfile::grantListAndHistory()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    Fixture f = prepare(backend, dir);
    QVERIFY(f.db);
    ManualClock clock(kStart);
    const RightsProfileRepository rights(*f.db, u"cab.chair"_s, clock);

    auto admin = rights.add(forUnit(f.cis[u"srv-zaak"_s], f.units[u"IT"_s], u"Administrator"_s));
    QVERIFY2(admin, Test::why(admin));
    QCOMPARE(admin->profile, u"administrator"_s); // normalised
    QCOMPARE(admin->ciName, u"srv-zaak"_s);
    QCOMPARE(admin->unitCode, u"IT"_s);
    QCOMPARE(admin->rowVersion, 1);
    QCOMPARE(admin->createdAt, kStart);
    auto emergency = rights.add(forPerson(f.cis[u"fw-edge-01"_s], f.people[u"jdevries"_s],
                                          u"emergency access"_s, u"  sealed envelope in the safe  "_s));
    QVERIFY2(emergency, Test::why(emergency));
    QCOMPARE(emergency->profile, u"emergency-access"_s);
    QCOMPARE(emergency->description, u"sealed envelope in the safe"_s);
    auto own
        = rights.add(forPerson(f.cis[u"zaaksysteem"_s], f.people[u"pmueller"_s], u"Functioneel beheerder"_s));
    QVERIFY2(own, Test::why(own));
    auto netTeam = rights.add(forUnit(f.cis[u"fw-edge-01"_s], f.units[u"IT-NET"_s], u"operator"_s));
    QVERIFY2(netTeam, Test::why(netTeam));
    // The same holder may hold another profile on the same CI, and another holder the same one.
    QVERIFY2(rights.add(forPerson(f.cis[u"srv-zaak"_s], f.people[u"pmueller"_s], u"administrator"_s)),
             "second admin");

    QCOMPARE(describe(rights.ofCi(f.cis[u"fw-edge-01"_s])),
             (QStringList {u"fw-edge-01|person:jdevries|emergency-access"_s,
                           u"fw-edge-01|unit:IT-NET|operator"_s}));
    QCOMPARE(describe(rights.ofPerson(f.people[u"jdevries"_s])),
             QStringList {u"fw-edge-01|person:jdevries|emergency-access"_s});
    // Through the units: jdevries is in IT-NET, which is part of IT.
    QCOMPARE(describe(rights.ofPerson(f.people[u"jdevries"_s], true)),
             (QStringList {u"fw-edge-01|person:jdevries|emergency-access"_s,
                           u"fw-edge-01|unit:IT-NET|operator"_s, u"srv-zaak|unit:IT|administrator"_s}));
    QCOMPARE(describe(rights.ofPerson(f.people[u"pmueller"_s], true)),
             (QStringList {u"srv-zaak|unit:IT|administrator"_s, u"srv-zaak|person:pmueller|administrator"_s,
                           u"zaaksysteem|person:pmueller|Functioneel beheerder"_s}));
    QCOMPARE(describe(rights.ofOrgUnit(f.units[u"IT"_s])), QStringList {u"srv-zaak|unit:IT|administrator"_s});
    QCOMPARE(describe(rights.ofOrgUnit(f.units[u"ORG"_s])), QStringList {});
    const auto all = rights.all();
    QVERIFY2(all, Test::why(all));
    QCOMPARE(all->size(), 5);
    const auto byId = rights.byId(emergency->id);
    QVERIFY2(byId && *byId, "byId found nothing");
    QCOMPARE((*byId)->personName, u"Jan de Vries"_s);
    QCOMPARE((*byId)->description, u"sealed envelope in the safe"_s);

    // Every grant is in the CI's history, with who did it.
    QCOMPARE(rightsHistory(*f.db, f.cis[u"fw-edge-01"_s]),
             (QStringList {u"granted rights.emergency-access →person:jdevries by cab.chair"_s,
                           u"granted rights.operator →unit:IT-NET by cab.chair"_s}));
    QCOMPARE(rightsHistory(*f.db, f.cis[u"zaaksysteem"_s]),
             QStringList {u"granted rights.Functioneel beheerder →person:pmueller by cab.chair"_s});

    // An edit records what changed: the holder, then the profile, then the description.
    clock.advanceSeconds(3600);
    RightsProfile edited = *emergency;
    edited.personId = f.people[u"pmueller"_s];
    QVERIFY2(rights.update(edited), "changing the holder failed");
    QCOMPARE(edited.rowVersion, 2);
    QCOMPARE(edited.personLogin, u"pmueller"_s);
    edited.profile = u"Administrator"_s;
    edited.description = u"replaces the break-glass account"_s;
    QVERIFY2(rights.update(edited), "changing the profile failed");
    QCOMPARE(edited.rowVersion, 3);
    QCOMPARE(edited.profile, u"administrator"_s);
    QCOMPARE(edited.updatedAt, kStart.addSecs(3600));
    QVERIFY2(rights.remove(edited), "revoking failed");
    QCOMPARE(
        rightsHistory(*f.db, f.cis[u"fw-edge-01"_s]),
        (QStringList {u"granted rights.emergency-access →person:jdevries by cab.chair"_s,
                      u"granted rights.operator →unit:IT-NET by cab.chair"_s,
                      u"updated rights.emergency-access person:jdevries→person:pmueller by cab.chair"_s,
                      u"updated rights.emergency-access person:pmueller→ by cab.chair"_s,
                      u"updated rights.administrator →person:pmueller by cab.chair"_s,
                      u"updated rights.administrator.description sealed envelope in the safe→replaces the "
                      "break-glass account by cab.chair"_s,
                      u"revoked rights.administrator person:pmueller→ by cab.chair"_s}));
    QCOMPARE(describe(rights.ofCi(f.cis[u"fw-edge-01"_s])),
             QStringList {u"fw-edge-01|unit:IT-NET|operator"_s});
}

void TestRightsProfile::refusalsWriteNothing()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    Fixture f = prepare(backend, dir);
    QVERIFY(f.db);
    const RightsProfileRepository rights(*f.db, u"tester"_s);
    auto first = rights.add(forPerson(f.cis[u"srv-zaak"_s], f.people[u"jdevries"_s], u"operator"_s));
    QVERIFY2(first, Test::why(first));
    const auto before = Test::dumpTables(*f.db);
    QVERIFY2(before, Test::why(before));

    struct Case {
        RightsProfile rights;
        ErrorKind kind;
        QString message;
    };
    const QList<Case> cases {
        {forPerson(999999, f.people[u"jdevries"_s], u"user"_s), ErrorKind::NotFound,
         u"configuration item with id 999999"_s},
        {forPerson(f.cis[u"srv-zaak"_s], 999999, u"user"_s), ErrorKind::NotFound, u"person with id 999999"_s},
        {forUnit(f.cis[u"srv-zaak"_s], 999999, u"user"_s), ErrorKind::NotFound,
         u"organizational unit with id 999999"_s},
        {forPerson(f.cis[u"srv-zaak"_s], f.people[u"jdevries"_s], u"Operator"_s), ErrorKind::InvalidInput,
         u"person 'jdevries' already holds the profile 'Operator' on 'srv-zaak'"_s},
        {forPerson(f.cis[u"srv-zaak"_s], f.people[u"jdevries"_s], u" "_s), ErrorKind::InvalidInput,
         u"needs a profile"_s},
    };
    for (const Case &c : cases) {
        const auto added = rights.add(c.rights);
        QVERIFY2(!added, qPrintable(c.message));
        QCOMPARE(added.error().kind, c.kind);
        QVERIFY2(added.error().message.contains(c.message), qPrintable(added.error().message));
    }
    // An edit that would duplicate another profile, or move it to another CI, is refused too.
    auto second = rights.add(forPerson(f.cis[u"srv-zaak"_s], f.people[u"jdevries"_s], u"user"_s));
    QVERIFY2(second, Test::why(second));
    const auto middle = Test::dumpTables(*f.db);
    QVERIFY2(middle, Test::why(middle));
    RightsProfile clash = *second;
    clash.profile = u"operator"_s;
    const Status clashed = rights.update(clash);
    QVERIFY(!clashed);
    QCOMPARE(clashed.error().kind, ErrorKind::InvalidInput);
    QCOMPARE(clash.rowVersion, 1);
    RightsProfile moved = *second;
    moved.ciId = f.cis[u"zaaksysteem"_s];
    const Status moving = rights.update(moved);
    QVERIFY(!moving);
    QVERIFY2(moving.error().message.contains(u"another configuration item"_s),
             qPrintable(moving.error().message));
    const auto after = Test::dumpTables(*f.db);
    QVERIFY2(after, Test::why(after));
    QCOMPARE(*after, *middle);
    QVERIFY(*before != *middle);
}

void TestRightsProfile::staleEditsConflict()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    Fixture f = prepare(backend, dir);
    QVERIFY(f.db);
    const RightsProfileRepository alice(*f.db, u"alice"_s);
    const RightsProfileRepository bob(*f.db, u"bob"_s);
    auto granted = alice.add(forUnit(f.cis[u"zaaksysteem"_s], f.units[u"IT"_s], u"user"_s));
    QVERIFY2(granted, Test::why(granted));

    RightsProfile aliceCopy = *granted;
    RightsProfile bobCopy = *granted;
    aliceCopy.description = u"all of IT"_s;
    QVERIFY2(alice.update(aliceCopy), "alice's edit failed");
    bobCopy.description = u"only the service desk"_s;
    const Status late = bob.update(bobCopy);
    QVERIFY(!late);
    QCOMPARE(late.error().kind, ErrorKind::Conflict);
    QCOMPARE(bobCopy.rowVersion, 1);
    const Status staleRevoke = bob.remove(bobCopy);
    QVERIFY(!staleRevoke);
    QCOMPARE(staleRevoke.error().kind, ErrorKind::Conflict);
    const auto stored = alice.byId(granted->id);
    QVERIFY2(stored && *stored, "the profile vanished");
    QCOMPARE((*stored)->description, u"all of IT"_s);
    QCOMPARE((*stored)->rowVersion, 2);

    QVERIFY2(bob.remove(**stored), "revoking the current version failed");
    const Status twice = alice.remove(aliceCopy);
    QVERIFY(!twice);
    QCOMPARE(twice.error().kind, ErrorKind::NotFound);
    const Status gone = alice.update(aliceCopy);
    QVERIFY(!gone);
    QCOMPARE(gone.error().kind, ErrorKind::NotFound);
    QCOMPARE(rightsHistory(*f.db, f.cis[u"zaaksysteem"_s]),
             (QStringList {u"granted rights.user →unit:IT by alice"_s,
                           u"updated rights.user.description →all of IT by alice"_s,
                           u"revoked rights.user unit:IT→ by bob"_s}));
}

void TestRightsProfile::deletingCiOrPersonRemovesRights()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    Fixture f = prepare(backend, dir);
    QVERIFY(f.db);
    const RightsProfileRepository rights(*f.db, u"tester"_s);
    for (const RightsProfile &r :
         {forPerson(f.cis[u"srv-zaak"_s], f.people[u"jdevries"_s], u"administrator"_s),
          forPerson(f.cis[u"fw-edge-01"_s], f.people[u"jdevries"_s], u"read-only"_s),
          forUnit(f.cis[u"srv-zaak"_s], f.units[u"IT"_s], u"operator"_s),
          forPerson(f.cis[u"fw-edge-01"_s], f.people[u"pmueller"_s], u"administrator"_s)}) {
        auto added = rights.add(r);
        QVERIFY2(added, Test::why(added));
    }

    // The CI goes, and its rights with it.
    const CiRepository cis(*f.db, u"tester"_s);
    const auto server = cis.byId(f.cis[u"srv-zaak"_s]);
    QVERIFY2(server && *server, "srv-zaak is missing");
    QVERIFY2(cis.remove(**server), "removing the CI failed");
    QCOMPARE(describe(rights.all()),
             (QStringList {u"fw-edge-01|person:pmueller|administrator"_s,
                           u"fw-edge-01|person:jdevries|read-only"_s}));

    // The person goes: their rights end, and the CI's history says so.
    const PeopleRepository people(*f.db);
    const auto person = people.personByLogin(u"jdevries"_s);
    QVERIFY2(person && *person, "jdevries is missing");
    QVERIFY2(people.removePerson(**person), "removing the person failed");
    QCOMPARE(describe(rights.all()), QStringList {u"fw-edge-01|person:pmueller|administrator"_s});
    const QStringList history = rightsHistory(*f.db, f.cis[u"fw-edge-01"_s]);
    QCOMPARE(history.size(), 3);
    QVERIFY2(history.at(2).startsWith(u"revoked rights.read-only person:jdevries→ by "_s),
             qPrintable(history.at(2)));
    QCOMPARE(history.at(2), u"revoked rights.read-only person:jdevries→ by "_s + f.db->sessionUser());
}

QTEST_GUILESS_MAIN(TestRightsProfile)
#include "tst_rightsprofile.moc"
