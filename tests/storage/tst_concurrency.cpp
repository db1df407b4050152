// Several users and threads on one database: optimistic concurrency (row_version), whole-or-nothing
// writes, and one connection per thread.

#include "testsupport.h"

#include "people/peoplerepository.h"
#include "storage/database.h"
#include "storage/migrator.h"

#include <QMutex>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <latch>
#include <vector>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

namespace {

Person person(const QString &login, const QString &name)
{
    Person p;
    p.login = login;
    p.displayName = name;
    p.email = login + u"@example.org"_s;
    return p;
}

// Runs `work(i)` on `count` threads that all start at the same moment; returns when all ended.
bool runTogether(int count, const std::function<void(int)> &work)
{
    std::latch start(count);
    QList<QThread *> threads;
    for (int i = 0; i < count; ++i) {
        threads << QThread::create([&, i] {
            start.arrive_and_wait();
            work(i);
        });
        threads.last()->start();
    }
    bool finished = true;
    for (QThread *thread : std::as_const(threads)) {
        finished &= thread->wait(QDeadlineTimer(300000));
        delete thread;
    }
    return finished;
}

// Two users: separate Database objects (separate connections) on the same database.
struct TwoUsers {
    std::shared_ptr<Database> alice;
    std::shared_ptr<Database> bob;
};

Result<TwoUsers> twoUsers(const QString &backend, const QTemporaryDir &dir)
{
    auto alice = Test::openFresh(backend, dir);
    if (!alice)
        return fail(alice.error());
    auto bob = Database::open((*alice)->url());
    if (!bob)
        return fail(bob.error());
    return TwoUsers{*alice, *bob};
}

} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void init() { Test::failOnSqlWarnings(); }
    void secondSaveConflicts_data() { Test::addBackendColumn(); }
    void secondSaveConflicts();
    void staleRemoveConflicts_data() { Test::addBackendColumn(); }
    void staleRemoveConflicts();
    void updatingDeletedPersonIsNotFound_data() { Test::addBackendColumn(); }
    void updatingDeletedPersonIsNotFound();
    void failedWriteRollsBackEverything_data() { Test::addBackendColumn(); }
    void failedWriteRollsBackEverything();
    void oneConnectionPerThread_data() { Test::addBackendColumn(); }
    void oneConnectionPerThread();
    void noLostUpdates_data() { Test::addBackendColumn(); }
    void noLostUpdates();
};

void TestConcurrency::secondSaveConflicts()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    const auto users = twoUsers(backend, dir);
    QVERIFY2(users, Test::why(users));
    const PeopleRepository alice(*users->alice);
    const PeopleRepository bob(*users->bob);
    QVERIFY2(alice.addPerson(person(u"jdoe"_s, u"Jane Doe"_s)), "adding jdoe failed");

    auto aliceCopy = alice.personByLogin(u"jdoe"_s);
    auto bobCopy = bob.personByLogin(u"jdoe"_s);
    QVERIFY2(aliceCopy && aliceCopy->has_value(), "alice cannot load jdoe");
    QVERIFY2(bobCopy && bobCopy->has_value(), "bob cannot load jdoe");
    Person mine = **aliceCopy;
    Person theirs = **bobCopy;
    QCOMPARE(mine.rowVersion, 1);
    QCOMPARE(theirs.rowVersion, 1);

    mine.displayName = u"Jane Doe-Alice"_s;
    mine.phone = u"+31 30 1111111"_s;
    const auto first = alice.updatePerson(mine);
    QVERIFY2(first, Test::why(first));
    QCOMPARE(mine.rowVersion, 2);

    theirs.displayName = u"Jane Doe-Bob"_s;
    theirs.email = u"bob-was-here@example.org"_s;
    const auto second = bob.updatePerson(theirs);
    QVERIFY(!second);
    QCOMPARE(second.error().kind, ErrorKind::Conflict);
    QVERIFY2(second.error().message.contains(u"'jdoe'"_s), qPrintable(second.error().message));
    QCOMPARE(theirs.rowVersion, 1); // unchanged: the caller may reload and retry

    // What is stored is Alice's change, whole; nothing of Bob's.
    const auto stored = bob.personById(mine.id);
    QVERIFY2(stored && stored->has_value(), "jdoe is gone");
    QCOMPARE((*stored)->displayName, u"Jane Doe-Alice"_s);
    QCOMPARE((*stored)->phone, u"+31 30 1111111"_s);
    QCOMPARE((*stored)->email, u"jdoe@example.org"_s);
    QCOMPARE((*stored)->rowVersion, 2);

    // Bob reloads, reapplies and succeeds.
    Person reloaded = **stored;
    reloaded.email = u"bob-was-here@example.org"_s;
    const auto retried = bob.updatePerson(reloaded);
    QVERIFY2(retried, Test::why(retried));
    QCOMPARE(reloaded.rowVersion, 3);
}

void TestConcurrency::staleRemoveConflicts()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    const auto users = twoUsers(backend, dir);
    QVERIFY2(users, Test::why(users));
    const PeopleRepository alice(*users->alice);
    const PeopleRepository bob(*users->bob);
    const auto added = alice.addPerson(person(u"mvisser"_s, u"Mila Visser"_s));
    QVERIFY2(added, Test::why(added));

    Person edited = *added;
    edited.displayName = u"Mila Visser-Bos"_s;
    QVERIFY2(alice.updatePerson(edited), "alice's edit failed");

    const auto removed = bob.removePerson(*added); // bob still has version 1
    QVERIFY(!removed);
    QCOMPARE(removed.error().kind, ErrorKind::Conflict);
    QVERIFY2(removed.error().message.contains(u"'mvisser'"_s), qPrintable(removed.error().message));
    const auto count = bob.personCount();
    QVERIFY2(count, Test::why(count));
    QCOMPARE(*count, 1);
}

void TestConcurrency::updatingDeletedPersonIsNotFound()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    const auto users = twoUsers(backend, dir);
    QVERIFY2(users, Test::why(users));
    const PeopleRepository alice(*users->alice);
    const PeopleRepository bob(*users->bob);
    const auto added = alice.addPerson(person(u"tkoch"_s, u"Tobias Koch"_s));
    QVERIFY2(added, Test::why(added));
    Person bobsCopy = *added;

    QVERIFY2(alice.removePerson(*added), "alice cannot remove tkoch");

    bobsCopy.phone = u"+49 30 123456"_s;
    const auto saved = bob.updatePerson(bobsCopy);
    QVERIFY(!saved);
    QCOMPARE(saved.error().kind, ErrorKind::NotFound);
    QVERIFY2(saved.error().message.contains(u"'tkoch'"_s), qPrintable(saved.error().message));
    const auto count = bob.personCount();
    QVERIFY2(count, Test::why(count));
    QCOMPARE(*count, 0); // not brought back to life
}

// One user action is one transaction: when its last statement fails, its first ones are undone
// too, including those of nested writes that had "succeeded".
void TestConcurrency::failedWriteRollsBackEverything()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    const auto users = twoUsers(backend, dir);
    QVERIFY2(users, Test::why(users));
    const Database &db = *users->alice;
    const PeopleRepository people(db);
    const auto existing = people.addPerson(person(u"existing"_s, u"Existing Person"_s));
    QVERIFY2(existing, Test::why(existing));
    const auto before = Test::dumpTables(db);
    QVERIFY2(before, Test::why(before));
    const QString preparedCount = u"SELECT count(*) FROM pg_prepared_statements"_s;
    const auto preparedBefore = backend == u"postgresql" ? db.scalar(preparedCount) : Result<QVariant>(0);
    QVERIFY2(preparedBefore, Test::why(preparedBefore));

    const Status result = db.write([&]() -> Status {
        OrgUnit unit;
        unit.code = u"FIN"_s;
        unit.name = u"Finance"_s;
        const auto addedUnit = people.addOrgUnit(unit);
        if (!addedUnit)
            return fail(addedUnit.error());
        Person newcomer = person(u"newcomer"_s, u"New Comer"_s);
        newcomer.orgUnitId = addedUnit->id;
        if (auto added = people.addPerson(newcomer); !added)
            return fail(added.error());
        Person changed = *existing;
        changed.displayName = u"Changed Inside The Failed Write"_s;
        if (auto updated = people.updatePerson(changed); !updated)
            return updated;
        // The last statement breaks a NOT NULL rule, inside a nested write.
        return db.write([&]() -> Status {
            auto broken = db.exec(u"INSERT INTO person (login, created_at, updated_at) VALUES ('x', ?, ?)"_s,
                                  {db.dialect().toDb(QDateTime::currentDateTimeUtc()),
                                   db.dialect().toDb(QDateTime::currentDateTimeUtc())});
            if (!broken)
                return fail(broken.error());
            return {};
        });
    });
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ErrorKind::InvalidInput);

    const auto after = Test::dumpTables(db);
    QVERIFY2(after, Test::why(after));
    QCOMPARE(*after, *before);
    // The other user sees nothing of it either.
    const auto seen = Test::dumpTables(*users->bob);
    QVERIFY2(seen, Test::why(seen));
    QCOMPARE(*seen, *before);

    const auto preparedAfter = backend == u"postgresql" ? db.scalar(preparedCount) : Result<QVariant>(0);
    QVERIFY2(preparedAfter, Test::why(preparedAfter));
    QCOMPARE(preparedAfter->toInt(), preparedBefore->toInt());

    // The connection is not left inside a transaction: the next write commits on its own.
    const auto next = people.addPerson(person(u"next"_s, u"Next Person"_s));
    QVERIFY2(next, Test::why(next));
    const auto visible = PeopleRepository(*users->bob).personByLogin(u"next"_s);
    QVERIFY2(visible && visible->has_value(), "the write after the failed one was not committed");
}

// Threads share one Database; each gets its own connection, and all their writes land, without
// "database is locked" on SQLite.
void TestConcurrency::oneConnectionPerThread()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto db = Test::openFresh(backend, dir);
    QVERIFY2(db, Test::why(db));
    const PeopleRepository people(**db);

    constexpr int kThreads = 4;
    constexpr int kPerThread = 25;
    QMutex mutex;
    QStringList errors;
    std::vector<QString> names(kThreads);
    const bool finished = runTogether(kThreads, [&](int t) {
        auto connection = (*db)->connection();
        if (!connection) {
            QMutexLocker lock(&mutex);
            errors << connection.error().message;
            return;
        }
        names[t] = connection->connectionName();
        for (int i = 0; i < kPerThread; ++i) {
            // addPerson reads, then writes, in one transaction: the pattern that deadlocks
            // deferred SQLite transactions.
            const auto added = people.addPerson(person(u"t%1-p%2"_s.arg(t).arg(i), u"Thread %1 Person %2"_s.arg(t).arg(i)));
            const auto count = people.personCount();
            QMutexLocker lock(&mutex);
            if (!added)
                errors << added.error().message;
            if (!count)
                errors << count.error().message;
        }
    });
    QVERIFY(finished);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));

    const auto mine = (*db)->connection();
    QVERIFY2(mine, Test::why(mine));
    QSet<QString> distinct(names.cbegin(), names.cend());
    distinct.insert(mine->connectionName());
    QCOMPARE(distinct.size(), kThreads + 1);

    const auto count = people.personCount();
    QVERIFY2(count, Test::why(count));
    QCOMPARE(*count, qint64(kThreads * kPerThread));
    // Committed, not only visible on the writer's connection.
    auto other = Database::open((*db)->url());
    QVERIFY2(other, Test::why(other));
    const auto seen = PeopleRepository(**other).personCount();
    QVERIFY2(seen, Test::why(seen));
    QCOMPARE(*seen, qint64(kThreads * kPerThread));
}

// Users on their own connections edit the same person at once, reloading after each conflict:
// every saved change counts, none is lost or applied twice.
void TestConcurrency::noLostUpdates()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto first = Test::openFresh(backend, dir);
    QVERIFY2(first, Test::why(first));
    const auto added = PeopleRepository(**first).addPerson(person(u"counter"_s, u"0"_s));
    QVERIFY2(added, Test::why(added));

    constexpr int kUsers = 3;
    constexpr int kIncrements = 10;
    QList<std::shared_ptr<Database>> users;
    for (int i = 0; i < kUsers; ++i) {
        auto db = Database::open((*first)->url());
        QVERIFY2(db, Test::why(db));
        users << *db;
    }
    QMutex mutex;
    QStringList errors;
    std::vector<int> conflicts(kUsers, 0);
    const bool finished = runTogether(kUsers, [&](int u) {
        const PeopleRepository people(*users.at(u));
        for (int done = 0; done < kIncrements;) {
            const auto loaded = people.personById(added->id);
            if (!loaded || !loaded->has_value()) {
                QMutexLocker lock(&mutex);
                errors << (loaded ? u"counter vanished"_s : loaded.error().message);
                return;
            }
            Person p = **loaded;
            p.displayName = QString::number(p.displayName.toInt() + 1);
            const auto saved = people.updatePerson(p);
            if (saved) {
                ++done;
            } else if (saved.error().kind == ErrorKind::Conflict) {
                ++conflicts[u];
            } else {
                QMutexLocker lock(&mutex);
                errors << saved.error().message;
                return;
            }
        }
    });
    QVERIFY(finished);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    users.clear();

    const auto stored = PeopleRepository(**first).personById(added->id);
    QVERIFY2(stored && stored->has_value(), "counter is gone");
    QCOMPARE((*stored)->displayName, QString::number(kUsers * kIncrements));
    QCOMPARE((*stored)->rowVersion, 1 + kUsers * kIncrements);
    int totalConflicts = 0;
    for (int c : std::as_const(conflicts))
        totalConflicts += c;
    qInfo("%d conflicts were detected and retried", totalConflicts);
}

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
