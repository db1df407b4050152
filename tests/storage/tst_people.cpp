// People and organizational units, stored the same way on both backends.

#include "testsupport.h"

#include "people/peoplerepository.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

namespace {
const QDateTime kStart(QDate(2025, 6, 30), QTime(23, 59, 58, 123), QTimeZone::UTC);
}

class TestPeople : public QObject
{
    Q_OBJECT

private slots:
    void init() { Test::failOnSqlWarnings(); }
    void storedAsGiven_data() { Test::addBackendColumn(); }
    void storedAsGiven();
    void invalidInputIsRefusedBeforeWriting_data();
    void invalidInputIsRefusedBeforeWriting();
    void duplicatesAreRefused_data() { Test::addBackendColumn(); }
    void duplicatesAreRefused();
    void removedPersonIsGone_data() { Test::addBackendColumn(); }
    void removedPersonIsGone();
};

// Every field comes back as it went in, timestamps in UTC to the millisecond.
void TestPeople::storedAsGiven()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto db = Test::openFresh(backend, dir);
    QVERIFY2(db, Test::why(db));
    ManualClock clock(kStart);
    const PeopleRepository people(**db, clock);

    OrgUnit parent;
    parent.code = u"BZ"_s;
    parent.name = u"  Burgerzaken  "_s;
    const auto addedParent = people.addOrgUnit(parent);
    QVERIFY2(addedParent, Test::why(addedParent));
    OrgUnit child;
    child.code = u"BZ-VERG"_s;
    child.name = u"Vergunningen"_s;
    child.parentId = addedParent->id;
    const auto addedChild = people.addOrgUnit(child);
    QVERIFY2(addedChild, Test::why(addedChild));

    const auto units = people.orgUnits();
    QVERIFY2(units, Test::why(units));
    QCOMPARE(units->size(), 2);
    QCOMPARE(units->at(0).code, u"BZ"_s);
    QCOMPARE(units->at(0).name, u"Burgerzaken"_s); // trimmed
    QVERIFY(!units->at(0).parentId.has_value());
    QCOMPARE(units->at(1).parentId, std::optional<qint64>(addedParent->id));
    QCOMPARE(units->at(1).createdAt, kStart);
    QCOMPARE(units->at(1).rowVersion, 1);

    Person person;
    person.login = u"AD\\j.mueller"_s;
    person.displayName = u"Jürgen Müller"_s;
    person.email = u"j.mueller@stadt.example"_s;
    person.phone = u"+49 221 555-0100"_s;
    person.orgUnitId = addedChild->id;
    person.active = false;
    const auto added = people.addPerson(person);
    QVERIFY2(added, Test::why(added));
    QVERIFY(added->id > 0);

    clock.advanceSeconds(3600);
    const auto loaded = people.personByLogin(person.login);
    QVERIFY2(loaded && loaded->has_value(), "the person cannot be found by login");
    const Person &stored = **loaded;
    QCOMPARE(stored.id, added->id);
    QCOMPARE(stored.login, person.login);
    QCOMPARE(stored.displayName, person.displayName);
    QCOMPARE(stored.email, person.email);
    QCOMPARE(stored.phone, person.phone);
    QCOMPARE(stored.orgUnitId, person.orgUnitId);
    QCOMPARE(stored.active, false);
    QCOMPARE(stored.rowVersion, 1);
    QCOMPARE(stored.createdAt, kStart);
    QCOMPARE(stored.createdAt.timeSpec(), Qt::UTC);

    Person edited = stored;
    edited.active = true;
    edited.orgUnitId.reset();
    QVERIFY2(people.updatePerson(edited), "saving the edit failed");
    const auto byId = people.personById(added->id);
    QVERIFY2(byId && byId->has_value(), "the person cannot be found by id");
    QCOMPARE((*byId)->active, true);
    QVERIFY(!(*byId)->orgUnitId.has_value());
    QCOMPARE((*byId)->createdAt, kStart);
    QCOMPARE((*byId)->updatedAt, kStart.addSecs(3600));
    QCOMPARE((*byId)->rowVersion, 2);
}

void TestPeople::invalidInputIsRefusedBeforeWriting_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("mentions");
    for (const QString &backend : Test::backends()) {
        const QByteArray prefix = backend.toUtf8() + ": ";
        QTest::newRow((prefix + "empty login").constData()) << backend << QString() << u"Name"_s << QString() << u"Login ''"_s;
        QTest::newRow((prefix + "login with space").constData()) << backend << u"j doe"_s << u"Name"_s << QString() << u"'j doe'"_s;
        QTest::newRow((prefix + "login too long").constData()) << backend << QString(65, u'a') << u"Name"_s << QString() << u"64"_s;
        QTest::newRow((prefix + "blank name").constData()) << backend << u"jdoe"_s << u"   "_s << QString() << u"'jdoe' needs a name"_s;
        QTest::newRow((prefix + "bad e-mail").constData()) << backend << u"jdoe"_s << u"Jane"_s << u"jdoe@localhost"_s << u"'jdoe@localhost'"_s;
    }
}

void TestPeople::invalidInputIsRefusedBeforeWriting()
{
    QFETCH(QString, backend);
    QFETCH(QString, login);
    QFETCH(QString, name);
    QFETCH(QString, email);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    auto db = Test::openFresh(backend, dir);
    QVERIFY2(db, Test::why(db));
    const PeopleRepository people(**db);
    Person person;
    person.login = login;
    person.displayName = name;
    person.email = email;
    const auto added = people.addPerson(person);
    QVERIFY(!added);
    QCOMPARE(added.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(added.error().message.contains(mentions), qPrintable(added.error().message));
    const auto count = people.personCount();
    QVERIFY2(count, Test::why(count));
    QCOMPARE(*count, 0);
}

void TestPeople::duplicatesAreRefused()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto db = Test::openFresh(backend, dir);
    QVERIFY2(db, Test::why(db));
    const PeopleRepository people(**db);
    Person person;
    person.login = u"jdoe"_s;
    person.displayName = u"Jane Doe"_s;
    QVERIFY2(people.addPerson(person), "the first jdoe was refused");
    person.displayName = u"John Doe"_s;
    const auto again = people.addPerson(person);
    QVERIFY(!again);
    QCOMPARE(again.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(again.error().message.contains(u"'jdoe'"_s), qPrintable(again.error().message));

    // Renaming another person onto a taken login is refused by the database's unique rule.
    Person other;
    other.login = u"jroe"_s;
    other.displayName = u"Jim Roe"_s;
    auto added = people.addPerson(other);
    QVERIFY2(added, Test::why(added));
    added->login = u"jdoe"_s;
    const auto renamed = people.updatePerson(*added);
    QVERIFY(!renamed);
    QCOMPARE(renamed.error().kind, ErrorKind::InvalidInput);
    QCOMPARE(added->rowVersion, 1);

    OrgUnit unit;
    unit.code = u"IT"_s;
    unit.name = u"ICT"_s;
    QVERIFY2(people.addOrgUnit(unit), "the first IT unit was refused");
    const auto unitAgain = people.addOrgUnit(unit);
    QVERIFY(!unitAgain);
    QCOMPARE(unitAgain.error().kind, ErrorKind::InvalidInput);

    const auto all = people.persons();
    QVERIFY2(all, Test::why(all));
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).displayName, u"Jane Doe"_s);
    QCOMPARE(all->at(1).login, u"jroe"_s);
}

void TestPeople::removedPersonIsGone()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto db = Test::openFresh(backend, dir);
    QVERIFY2(db, Test::why(db));
    const PeopleRepository people(**db);
    Person person;
    person.login = u"leaver"_s;
    person.displayName = u"Lea Ver"_s;
    const auto added = people.addPerson(person);
    QVERIFY2(added, Test::why(added));
    QVERIFY2(people.removePerson(*added), "removing failed");
    const auto byId = people.personById(added->id);
    QVERIFY2(byId, Test::why(byId));
    QVERIFY(!byId->has_value());
    const auto twice = people.removePerson(*added);
    QVERIFY(!twice);
    QCOMPARE(twice.error().kind, ErrorKind::NotFound);
}

QTEST_GUILESS_MAIN(TestPeople)
#include "tst_people.moc"
