// The hardening review (N10): products approved, unneeded or forbidden, and the systems that still
// have what should go; through the core on SQLite and PostgreSQL, and through changedeskctl.

#include "testsupport.h"

#include "cmdb/cirepository.h"
#include "cmdb/softwarerepository.h"
#include "cmdb/softwarereview.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

class TestSoftwareReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { Test::failOnSqlWarnings(); }
    void reviewAndFind_data() { Test::addBackendColumn(); }
    void reviewAndFind();
    void throughTheCommandLine_data() { Test::addBackendColumn(); }
    void throughTheCommandLine();
};

namespace {

// ws-001 (client) has Flash Player and 7-Zip; srv-001 (server) has 7-Zip and Firefox.
void seed(const Database &db)
{
    CiRepository cis(db, u"test"_s);
    SoftwareRepository software(db);
    ConfigurationItem ws;
    ws.name = u"ws-001"_s;
    ws.ciClass = CiClass::Client;
    auto client = cis.add(ws);
    QVERIFY2(client, Test::why(client));
    ConfigurationItem srv;
    srv.name = u"srv-001"_s;
    srv.ciClass = CiClass::Server;
    auto server = cis.add(srv);
    QVERIFY2(server, Test::why(server));
    QVERIFY(software.install(client->id, u"Adobe"_s, u"Flash Player"_s, u"32.0.0.465"_s));
    QVERIFY(software.install(client->id, u"Igor Pavlov"_s, u"7-Zip"_s, u"23.01"_s));
    QVERIFY(software.install(server->id, u"Igor Pavlov"_s, u"7-Zip"_s, u"19.00"_s));
    QVERIFY(software.install(server->id, u"Mozilla"_s, u"Firefox"_s, u"128.5.0"_s,
                             u"pkg:deb/debian/firefox-esr@128.5.0esr"_s));
}

} // namespace

void TestSoftwareReview::reviewAndFind()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto opened = Test::openFresh(backend, dir);
    QVERIFY2(opened, Test::why(opened));
    const Database &db = **opened;
    seed(db);
    if (QTest::currentTestFailed())
        return;
    const SoftwareReview review(db);

    // Everything starts unreviewed, so nothing is to be removed yet.
    auto none = review.unneeded();
    QVERIFY2(none, Test::why(none));
    QVERIFY(none->isEmpty());

    // Unneeded and forbidden need a reason; refused, nothing changes.
    auto noReason = review.setApproval(u"Flash Player"_s, ProductApproval::Forbidden, u"  "_s);
    QVERIFY(!noReason);
    QCOMPARE(noReason.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(noReason.error().message.contains(u"Flash Player"_s), qPrintable(noReason.error().message));
    auto flash = SoftwareRepository(db).findProduct(u"flash player"_s);
    QVERIFY(flash && *flash);
    auto state = review.approvalOf((*flash)->id);
    QVERIFY2(state, Test::why(state));
    QCOMPARE(state->first, ProductApproval::Unreviewed);

    // Found by another spelling; 7-Zip approved, Flash forbidden, Firefox not needed on servers.
    QVERIFY(
        review.setApproval(u"adobe flash player"_s, ProductApproval::Forbidden, u"end of life since 2020"_s));
    QVERIFY(review.setApproval(u"7-zip"_s, ProductApproval::Approved, {}));
    QVERIFY(review.setApproval(u"pkg:deb/debian/firefox-esr"_s, ProductApproval::Unneeded,
                               u"no browsing on servers"_s));
    state = review.approvalOf((*flash)->id);
    QVERIFY2(state, Test::why(state));
    QCOMPARE(state->first, ProductApproval::Forbidden);
    QCOMPARE(state->second, u"end of life since 2020"_s);

    auto all = review.unneeded();
    QVERIFY2(all, Test::why(all));
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).ciName, u"srv-001"_s); // ordered by CI name
    QCOMPARE(all->at(0).approval, ProductApproval::Unneeded);
    QCOMPARE(all->at(0).reason, u"no browsing on servers"_s);
    QCOMPARE(all->at(1).ciName, u"ws-001"_s);
    QCOMPARE(all->at(1).version, u"32.0.0.465"_s);
    QCOMPARE(all->at(1).approval, ProductApproval::Forbidden);

    // Restricted to a group expression; a malformed one names its column.
    auto clients = review.unneeded(u"class = client"_s);
    QVERIFY2(clients, Test::why(clients));
    QCOMPARE(clients->size(), 1);
    QCOMPARE(clients->constFirst().ciName, u"ws-001"_s);
    auto broken = review.unneeded(u"class = toaster"_s);
    QVERIFY(!broken);
    QVERIFY2(broken.error().message.startsWith(u"Column 9:"_s), qPrintable(broken.error().message));

    // Approving it again takes it off the list.
    QVERIFY(review.setApproval(u"Firefox"_s, ProductApproval::Approved, {}));
    all = review.unneeded();
    QVERIFY2(all, Test::why(all));
    QCOMPARE(all->size(), 1);

    auto unknown = review.setApproval(u"Lotus Notes"_s, ProductApproval::Unneeded, u"gone"_s);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().kind, ErrorKind::NotFound);
}

void TestSoftwareReview::throughTheCommandLine()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto url = Test::freshUrl(backend, dir);
    QVERIFY2(url, Test::why(url));
    const QProcessEnvironment env
        = backend == u"postgresql" ? Test::postgresEnvironment() : QProcessEnvironment();
    const QString db = url->toDisplayString();
    const auto init = Test::runCtl({u"--db"_s, db, u"init"_s}, env);
    QVERIFY2(init.exitCode == 0, init.describe());
    {
        auto opened = Database::open(*url);
        QVERIFY2(opened, Test::why(opened));
        seed(**opened);
        if (QTest::currentTestFailed())
            return;
    }

    const auto marked = Test::runCtl({u"--db"_s, db, u"--json"_s, u"software"_s, u"review"_s,
                                      u"Flash Player"_s, u"forbidden"_s, u"--reason"_s, u"end of life"_s},
                                     env);
    QVERIFY2(marked.exitCode == 0, marked.describe());
    QCOMPARE(marked.json().value(u"approval"_s).toString(), u"forbidden"_s);

    const auto listed = Test::runCtl({u"--db"_s, db, u"--json"_s, u"software"_s, u"unneeded"_s}, env);
    QVERIFY2(listed.exitCode == 0, listed.describe());
    QCOMPARE(listed.json().value(u"count"_s).toInt(), 1);
    QCOMPARE(listed.json().value(u"systems"_s).toInt(), 1);
    const QJsonObject first = listed.json().value(u"software"_s).toArray().at(0).toObject();
    QCOMPARE(first.value(u"ci"_s).toString(), u"ws-001"_s);
    QCOMPARE(first.value(u"reason"_s).toString(), u"end of life"_s);

    const auto text = Test::runCtl(
        {u"--db"_s, db, u"software"_s, u"unneeded"_s, u"--filter"_s, u"class = server"_s}, env);
    QVERIFY2(text.exitCode == 0, text.describe());
    QVERIFY2(text.out.contains(u"0 installations to remove"_s), qPrintable(text.out));

    // Usage errors exit 2 and say what is expected; a missing reason or product exits 1.
    const auto badApproval
        = Test::runCtl({u"--db"_s, db, u"software"_s, u"review"_s, u"7-Zip"_s, u"maybe"_s}, env);
    QCOMPARE(badApproval.exitCode, 2);
    QVERIFY2(badApproval.err.contains(u"approved, unneeded, forbidden"_s), qPrintable(badApproval.err));
    const auto noReason
        = Test::runCtl({u"--db"_s, db, u"software"_s, u"review"_s, u"7-Zip"_s, u"unneeded"_s}, env);
    QCOMPARE(noReason.exitCode, 2);
    QVERIFY2(noReason.err.contains(u"reason"_s), qPrintable(noReason.err));
    const auto unknown
        = Test::runCtl({u"--db"_s, db, u"software"_s, u"review"_s, u"Lotus Notes"_s, u"approved"_s}, env);
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(u"Lotus Notes"_s), qPrintable(unknown.err));
}

QTEST_GUILESS_MAIN(TestSoftwareReview)
#include "tst_softwarereview.moc"
