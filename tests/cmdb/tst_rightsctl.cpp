// changedeskctl's rights commands on a demo municipality: rights list (all, by CI, person and
// unit), rights grant and rights revoke; text, JSON, exit codes and messages, on both backends.

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

class TestRightsCtl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void grantListRevoke_data() { Test::addBackendColumn(); }
    void grantListRevoke();
    void badInput_data();
    void badInput();

private:
    QString prepare(const QString &backend, QTemporaryDir &dir, QProcessEnvironment &env,
                    qint64 *rights = nullptr);
};

QString TestRightsCtl::prepare(const QString &backend, QTemporaryDir &dir, QProcessEnvironment &env,
                               qint64 *rights)
{
    auto url = Test::freshUrl(backend, dir);
    if (!url) {
        QTest::qFail(Test::why(url), __FILE__, __LINE__);
        return {};
    }
    env = backend == u"postgresql" ? Test::postgresEnvironment() : QProcessEnvironment();
    const QString text = url->toDisplayString();
    const auto seeded
        = Test::runCtl({u"--db"_s, text, u"--json"_s, u"demo-data"_s, u"--scale"_s, u"municipality"_s}, env);
    if (seeded.exitCode != 0) {
        QTest::qFail(seeded.describe(), __FILE__, __LINE__);
        return {};
    }
    if (rights)
        *rights = seeded.json().value(u"created"_s).toObject().value(u"rights_profiles"_s).toInteger();
    return text;
}

void TestRightsCtl::grantListRevoke()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    QProcessEnvironment env;
    qint64 demoRights = 0;
    const QString db = prepare(backend, dir, env, &demoRights);
    QVERIFY(!db.isEmpty());
    QVERIFY(demoRights > 100);
    auto ctl = [&](const QStringList &args) {
        return Test::runCtl(QStringList {u"--db"_s, db} + args, env);
    };

    // Everything the demo granted.
    const auto all = ctl({u"--json"_s, u"rights"_s, u"list"_s});
    QVERIFY2(all.exitCode == 0, all.describe());
    QCOMPARE(all.json().value(u"count"_s).toInteger(), demoRights);
    QCOMPARE(all.json().value(u"rights_profiles"_s).toArray().size(), demoRights);

    // A hypervisor: administered by the IT unit, with one person's emergency access.
    const auto esx = ctl({u"--json"_s, u"rights"_s, u"list"_s, u"--ci"_s, u"esx-001"_s});
    QVERIFY2(esx.exitCode == 0, esx.describe());
    const QJsonArray esxRights = esx.json().value(u"rights_profiles"_s).toArray();
    QCOMPARE(esxRights.size(), 2);
    QCOMPARE(esxRights.at(0).toObject().value(u"profile"_s).toString(), u"administrator"_s);
    QCOMPARE(esxRights.at(0).toObject().value(u"unit"_s).toString(), u"IT"_s);
    QVERIFY(esxRights.at(0).toObject().value(u"person"_s).isNull());
    QCOMPARE(esxRights.at(1).toObject().value(u"profile"_s).toString(), u"emergency-access"_s);
    const QString keeper = esxRights.at(1).toObject().value(u"person"_s).toString();
    QVERIFY(!keeper.isEmpty());

    // Grant a person an agency's own profile, and a unit a standard one given by its name.
    const auto granted = ctl({u"--json"_s, u"rights"_s, u"grant"_s, u"esx-001"_s, u"--person"_s, keeper,
                              u"Backup operator"_s, u"--description"_s, u"restores only"_s});
    QVERIFY2(granted.exitCode == 0, granted.describe());
    const QJsonObject grant = granted.json().value(u"rights_profile"_s).toObject();
    QCOMPARE(grant.value(u"ci"_s).toString(), u"esx-001"_s);
    QCOMPARE(grant.value(u"person"_s).toString(), keeper);
    QCOMPARE(grant.value(u"profile"_s).toString(), u"Backup operator"_s);
    QCOMPARE(grant.value(u"description"_s).toString(), u"restores only"_s);
    const qint64 grantId = grant.value(u"id"_s).toInteger();
    QVERIFY(grantId > 0);
    const auto unitGrant
        = ctl({u"rights"_s, u"grant"_s, u"esx-001"_s, u"--unit"_s, u"Burgerzaken"_s, u"Read only"_s});
    QVERIFY2(unitGrant.exitCode == 0, unitGrant.describe());
    QVERIFY2(unitGrant.out.contains(u"Granted 'Read-only' on 'esx-001' to unit BZ (Burgerzaken)"_s),
             unitGrant.describe());

    // By unit (code or name) and by person, with what the person holds through their unit.
    const auto byUnit = ctl({u"--json"_s, u"rights"_s, u"list"_s, u"--unit"_s, u"BZ"_s});
    QVERIFY2(byUnit.exitCode == 0, byUnit.describe());
    const QJsonArray unitRights = byUnit.json().value(u"rights_profiles"_s).toArray();
    bool readOnly = false;
    for (const QJsonValue &v : unitRights) {
        QCOMPARE(v.toObject().value(u"unit"_s).toString(), u"BZ"_s);
        readOnly = readOnly || v.toObject().value(u"profile"_s).toString() == u"read-only";
    }
    QVERIFY(readOnly);
    const auto byPerson = ctl({u"--json"_s, u"rights"_s, u"list"_s, u"--person"_s, keeper});
    QVERIFY2(byPerson.exitCode == 0, byPerson.describe());
    int own = 0;
    int throughUnit = 0;
    for (const QJsonValue &v : byPerson.json().value(u"rights_profiles"_s).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(u"through_unit"_s).toBool()) {
            ++throughUnit;
            QCOMPARE(o.value(u"unit"_s).toString(), u"IT"_s);
        } else {
            ++own;
            QCOMPARE(o.value(u"person"_s).toString(), keeper);
        }
    }
    QVERIFY(own >= 2); // the emergency access on the hypervisors and firewalls, and the new one
    QVERIFY(throughUnit > 50); // IT administers every server and network device
    const auto text = ctl({u"rights"_s, u"list"_s, u"--person"_s, keeper});
    QVERIFY2(text.exitCode == 0, text.describe());
    QVERIFY2(text.out.contains(u"(through unit IT)"_s), text.describe());
    QVERIFY2(text.out.contains(u"Backup operator  restores only"_s), text.describe());

    // Revoke: gone from the list, and the CI's history counts the grant and the revocation.
    const auto revoked = ctl({u"--json"_s, u"rights"_s, u"revoke"_s, QString::number(grantId)});
    QVERIFY2(revoked.exitCode == 0, revoked.describe());
    QCOMPARE(revoked.json().value(u"revoked"_s).toObject().value(u"profile"_s).toString(),
             u"Backup operator"_s);
    const auto after = ctl({u"--json"_s, u"rights"_s, u"list"_s, u"--ci"_s, u"esx-001"_s});
    QCOMPARE(after.json().value(u"count"_s).toInt(), 3);
    const auto shown = ctl({u"--json"_s, u"ci"_s, u"show"_s, u"esx-001"_s});
    QCOMPARE(shown.json().value(u"configuration_item"_s).toObject().value(u"history_entries"_s).toInt(), 3);
    const auto again = ctl({u"rights"_s, u"revoke"_s, QString::number(grantId)});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(u"no rights profile with the id %1"_s.arg(grantId)), again.describe());
}

void TestRightsCtl::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no subcommand") << QStringList {u"rights"_s} << 2 << u"subcommand"_s;
    QTest::newRow("unknown subcommand") << QStringList {u"rights"_s, u"give"_s} << 2 << u"'give'"_s;
    QTest::newRow("two filters") << QStringList {u"rights"_s,  u"list"_s,   u"--ci"_s,
                                                 u"esx-001"_s, u"--unit"_s, u"IT"_s}
                                 << 2 << u"at most one"_s;
    QTest::newRow("list argument") << QStringList {u"rights"_s, u"list"_s, u"esx-001"_s} << 2
                                   << u"no arguments"_s;
    QTest::newRow("unknown CI in list")
        << QStringList {u"rights"_s, u"list"_s, u"--ci"_s, u"no-such-host"_s} << 1 << u"no-such-host"_s;
    QTest::newRow("unknown person in list")
        << QStringList {u"rights"_s, u"list"_s, u"--person"_s, u"nobody"_s} << 1 << u"login 'nobody'"_s;
    QTest::newRow("unknown unit in list")
        << QStringList {u"rights"_s, u"list"_s, u"--unit"_s, u"Zoo"_s} << 1 << u"code or name 'Zoo'"_s;
    QTest::newRow("grant without holder") << QStringList {u"rights"_s, u"grant"_s, u"esx-001"_s, u"user"_s}
                                          << 2 << u"exactly one of --person"_s;
    QTest::newRow("grant with two holders")
        << QStringList {u"rights"_s, u"grant"_s,    u"esx-001"_s, u"--unit"_s,
                        u"IT"_s,     u"--person"_s, u"x"_s,       u"user"_s}
        << 2 << u"exactly one of --person"_s;
    QTest::newRow("grant without profile")
        << QStringList {u"rights"_s, u"grant"_s, u"esx-001"_s, u"--unit"_s, u"IT"_s} << 2
        << u"a configuration item and a profile"_s;
    QTest::newRow("grant empty profile")
        << QStringList {u"rights"_s, u"grant"_s, u"esx-001"_s, u"--unit"_s, u"BZ"_s, u" "_s} << 2
        << u"needs a profile"_s;
    QTest::newRow("grant on unknown CI")
        << QStringList {u"rights"_s, u"grant"_s, u"no-such-host"_s, u"--unit"_s, u"IT"_s, u"user"_s} << 1
        << u"no-such-host"_s;
    QTest::newRow("grant to unknown person")
        << QStringList {u"rights"_s, u"grant"_s, u"esx-001"_s, u"--person"_s, u"nobody"_s, u"user"_s} << 1
        << u"login 'nobody'"_s;
    QTest::newRow("grant twice") << QStringList {u"rights"_s, u"grant"_s, u"esx-001"_s,
                                                 u"--unit"_s, u"IT"_s,    u"Administrator"_s}
                                 << 2
                                 << u"unit 'IT' already holds the profile 'Administrator' on 'esx-001'"_s;
    QTest::newRow("revoke without id") << QStringList {u"rights"_s, u"revoke"_s} << 2 << u"exactly one id"_s;
    QTest::newRow("revoke a name") << QStringList {u"rights"_s, u"revoke"_s, u"esx-001"_s} << 2
                                   << u"'esx-001'"_s;
    QTest::newRow("revoke unknown id")
        << QStringList {u"rights"_s, u"revoke"_s, u"999999"_s} << 1 << u"999999"_s;
}

void TestRightsCtl::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    static QTemporaryDir dir;
    static QProcessEnvironment env;
    static const QString db = prepare(u"sqlite"_s, dir, env);
    QVERIFY(!db.isEmpty());
    const auto before = Test::runCtl({u"--db"_s, db, u"--json"_s, u"rights"_s, u"list"_s}, env);
    const auto run = Test::runCtl(QStringList {u"--db"_s, db} + args, env);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), run.describe());
    // JSON callers get the error as an object too.
    const auto json = Test::runCtl(QStringList {u"--db"_s, db, u"--json"_s} + args, env);
    QCOMPARE(json.exitCode, exitCode);
    QCOMPARE(json.json().value(u"ok"_s).toBool(true), false);
    // Nothing changed.
    const auto after = Test::runCtl({u"--db"_s, db, u"--json"_s, u"rights"_s, u"list"_s}, env);
    QCOMPARE(after.out, before.out);
}

QTEST_GUILESS_MAIN(TestRightsCtl)
#include "tst_rightsctl.moc"
