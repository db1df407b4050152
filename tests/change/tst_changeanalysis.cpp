// The suggested classification of a change from the protection need of what it touches (M5), and
// the detection of similar open requests (duplicates, M5).

#include "testsupport.h"

#include "change/changeanalysis.h"
#include "cmdb/cirepository.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

namespace {

// A CI whose highest need is `level` in availability, held by `source` (itself when 0).
AffectedCi affected(qint64 id, const QString &name, ProtectionLevel level, qint64 source = 0,
                    const QString &sourceName = {}, int dependents = 0)
{
    AffectedCi ci;
    ci.id = id;
    ci.name = name;
    ci.protection.confidentiality = {ProtectionLevel::Normal, id, {id}, {}};
    ci.protection.integrity = {ProtectionLevel::Normal, id, {id}, {}};
    ci.protection.availability = {level, source ? source : id, {id}, {}};
    ci.sourceNames = {{id, name}};
    if (source)
        ci.sourceNames.insert(source, sourceName);
    ci.dependents = dependents;
    return ci;
}

} // namespace

class TestChangeAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { Test::failOnSqlWarnings(); }
    void categoryFollowsProtection_data();
    void categoryFollowsProtection();
    void priority_data();
    void priority();
    void suggestionFromTheCmdb_data() { Test::addBackendColumn(); }
    void suggestionFromTheCmdb();
    void words();
    void similarRequests();
};

void TestChangeAnalysis::categoryFollowsProtection_data()
{
    QTest::addColumn<QList<AffectedCi>>("cis");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("reason"); // a part of one of the reasons
    QTest::newRow("nothing") << QList<AffectedCi> {} << u"minor"_s << u"normal protection"_s;
    QTest::newRow("normal") << QList<AffectedCi> {affected(1, u"pc-01"_s, ProtectionLevel::Normal)}
                            << u"minor"_s << u"normal protection"_s;
    QTest::newRow("high, own") << QList<AffectedCi> {affected(1, u"srv-01"_s, ProtectionLevel::High)}
                               << u"serious"_s << u"'srv-01' has a high need for availability."_s;
    QTest::newRow("very high, inherited")
        << QList<AffectedCi> {affected(1, u"pc-01"_s, ProtectionLevel::Normal),
                              affected(2, u"srv-01"_s, ProtectionLevel::VeryHigh, 9, u"zaaksysteem"_s)}
        << u"far_reaching"_s
        << u"'srv-01' has a very high need for availability, from 'zaaksysteem' that depends on it."_s;
    QTest::newRow("many dependents")
        << QList<AffectedCi> {affected(1, u"core-switch"_s, ProtectionLevel::Normal, 0, {},
                                       ChangeAnalysis::kManyDependents)}
        << u"serious"_s
        << u"depend on 'core-switch'."_s; // "100 configuration item(s)" without the English catalogue
    QTest::newRow("few dependents") << QList<AffectedCi> {affected(
        1, u"switch-3"_s, ProtectionLevel::Normal, 0, {}, ChangeAnalysis::kManyDependents - 1)}
                                    << u"minor"_s << u"normal protection"_s;
}

void TestChangeAnalysis::categoryFollowsProtection()
{
    QFETCH(QList<AffectedCi>, cis);
    QFETCH(QString, category);
    QFETCH(QString, reason);
    const ClassificationSuggestion suggestion = ChangeAnalysis::suggest(cis, u"normal"_s, false);
    QCOMPARE(suggestion.category, category);
    QVERIFY2(std::any_of(suggestion.reasons.cbegin(), suggestion.reasons.cend(),
                         [&](const QString &r) { return r.contains(reason); }),
             qPrintable(suggestion.reasons.join(u" | "_s)));
}

void TestChangeAnalysis::priority_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("securityRelevant");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("priority");
    QTest::newRow("emergency") << u"emergency"_s << false << int(ProtectionLevel::Normal) << u"high"_s;
    QTest::newRow("security, high need") << u"normal"_s << true << int(ProtectionLevel::High) << u"high"_s;
    QTest::newRow("security, normal need")
        << u"normal"_s << true << int(ProtectionLevel::Normal) << u"normal"_s;
    QTest::newRow("high need") << u"normal"_s << false << int(ProtectionLevel::High) << u"normal"_s;
    QTest::newRow("minor") << u"standard"_s << false << int(ProtectionLevel::Normal) << u"low"_s;
}

void TestChangeAnalysis::priority()
{
    QFETCH(QString, type);
    QFETCH(bool, securityRelevant);
    QFETCH(int, level);
    QFETCH(QString, priority);
    const auto suggestion
        = ChangeAnalysis::suggest({affected(1, u"srv-01"_s, ProtectionLevel(level))}, type, securityRelevant);
    QCOMPARE(suggestion.priority, priority);
}

// srv-01 <- vm-01 <- zaaksysteem (very high availability): a change to the server is far-reaching
// because of the application that runs on it.
void TestChangeAnalysis::suggestionFromTheCmdb()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto db = Test::openFresh(backend, dir);
    QVERIFY2(db, Test::why(db));
    const CiRepository cis(**db, u"setup"_s);
    auto add = [&](const QString &name, CiClass ciClass, ProtectionLevel availability) -> qint64 {
        ConfigurationItem ci;
        ci.name = name;
        ci.ciClass = ciClass;
        ci.protection.availability = availability;
        auto added = cis.add(ci);
        return added ? added->id : 0;
    };
    const qint64 server = add(u"srv-01"_s, CiClass::Server, ProtectionLevel::Normal);
    const qint64 vm = add(u"vm-01"_s, CiClass::VirtualMachine, ProtectionLevel::Normal);
    const qint64 app = add(u"zaaksysteem"_s, CiClass::Application, ProtectionLevel::VeryHigh);
    const qint64 printer = add(u"printer-2"_s, CiClass::Printer, ProtectionLevel::Normal);
    QVERIFY(server && vm && app && printer);
    QVERIFY(cis.relate(vm, RelationType::RunsOn, server));
    QVERIFY(cis.relate(app, RelationType::RunsOn, vm));

    auto suggestion = ChangeAnalysis::suggest(**db, {printer, server}, u"normal"_s, true);
    QVERIFY2(suggestion, Test::why(suggestion));
    QCOMPARE(suggestion->category, u"far_reaching"_s);
    QCOMPARE(suggestion->priority, u"high"_s);
    QVERIFY2(suggestion->reasons.constFirst().contains(u"'srv-01'"_s)
                 && suggestion->reasons.constFirst().contains(u"'zaaksysteem'"_s),
             qPrintable(suggestion->reasons.join(u" | "_s)));
    auto printerOnly = ChangeAnalysis::suggest(**db, {printer}, u"normal"_s, false);
    QVERIFY2(printerOnly, Test::why(printerOnly));
    QCOMPARE(printerOnly->category, u"minor"_s);
    QCOMPARE(printerOnly->priority, u"low"_s);
    auto unknown = ChangeAnalysis::suggest(**db, {printer + 1000}, u"normal"_s, false);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().kind, ErrorKind::NotFound);
}

void TestChangeAnalysis::words()
{
    QCOMPARE(ChangeAnalysis::words(u"Sicherheits-Update für Firefox ESR auf den Clients, firefox 128"_s),
             (QStringList {u"sicherheits"_s, u"update"_s, u"fur"_s, u"firefox"_s, u"esr"_s, u"auf"_s,
                           u"den"_s, u"clients"_s, u"128"_s}));
    QCOMPARE(ChangeAnalysis::words(u"Café, CAFÉ; cafe! a an"_s), QStringList {u"cafe"_s});
    QVERIFY(ChangeAnalysis::words(u"  ,; "_s).isEmpty());
}

void TestChangeAnalysis::similarRequests()
{
    const QList<ChangeAnalysis::Request> open {
        {11, u"Firefox ESR update on all clients"_s, u"Security update 128.5 for the clients"_s, {1, 2, 3}},
        {12, u"Replace the core switch"_s, u"End of support; new hardware"_s, {9}},
        {13, u"firefox esr update on all clients"_s, u"security update 128.5 for the clients"_s, {7}},
        {14, u"Printer firmware"_s, u"Update the firmware of the printers"_s, {1}},
    };
    ChangeAnalysis::Request candidate {
        0, u"Update Firefox ESR on the clients"_s, u"Security update 128.5 for all clients"_s, {1, 2, 3}};
    const auto similar = ChangeAnalysis::similarRequests(candidate, open);
    QList<qint64> ids;
    for (const auto &s : similar)
        ids << s.id;
    // Same CIs and wording first; the same wording on other CIs next; the rest is not similar.
    QCOMPARE(ids, (QList<qint64> {11, 13}));
    QCOMPARE(similar.at(0).sharedCis, (QList<qint64> {1, 2, 3}));
    QVERIFY(similar.at(0).sharedWords.contains(u"firefox"_s));
    QVERIFY(similar.at(0).score > similar.at(1).score);
    QVERIFY(similar.at(1).sharedCis.isEmpty());
    QVERIFY(similar.at(1).score <= 0.6);
    // A request is not its own duplicate; a stricter threshold keeps only the closest.
    candidate.id = 11;
    QCOMPARE(ChangeAnalysis::similarRequests(candidate, open).constFirst().id, 13);
    candidate.id = 0;
    QCOMPARE(ChangeAnalysis::similarRequests(candidate, open, 0.8).size(), 1);
}

QTEST_GUILESS_MAIN(TestChangeAnalysis)
#include "tst_changeanalysis.moc"
