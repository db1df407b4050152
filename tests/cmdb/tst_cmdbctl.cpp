// changedeskctl's CMDB commands on a demo municipality: ci list (with --filter), ci show,
// ci impact, group list and group members; text, JSON and exit codes, on both backends.

#include "testsupport.h"

#include "storage/database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

class TestCmdbCtl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commands_data() { Test::addBackendColumn(); }
    void commands();
    void badInput_data();
    void badInput();

private:
    QString prepare(const QString &backend, QTemporaryDir &dir, QProcessEnvironment &env);
};

QString TestCmdbCtl::prepare(const QString &backend, QTemporaryDir &dir, QProcessEnvironment &env)
{
    auto url = Test::freshUrl(backend, dir);
    if (!url) {
        QTest::qFail(Test::why(url), __FILE__, __LINE__);
        return {};
    }
    env = backend == u"postgresql" ? Test::postgresEnvironment() : QProcessEnvironment();
    const QString text = url->toDisplayString();
    const auto seeded = Test::runCtl({u"--db"_s, text, u"demo-data"_s, u"--scale"_s, u"municipality"_s}, env);
    if (seeded.exitCode != 0) {
        QTest::qFail(seeded.describe(), __FILE__, __LINE__);
        return {};
    }
    return text;
}

void TestCmdbCtl::commands()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    QProcessEnvironment env;
    const QString db = prepare(backend, dir, env);
    QVERIFY(!db.isEmpty());

    // Everything, then a filter; the JSON count matches the listed items.
    const auto all = Test::runCtl({u"--db"_s, db, u"--json"_s, u"ci"_s, u"list"_s}, env);
    QVERIFY2(all.exitCode == 0, all.describe());
    QCOMPARE(all.json().value(u"count"_s).toInt(), 834);
    const auto servers = Test::runCtl({u"--db"_s, db, u"--json"_s, u"ci"_s, u"list"_s, u"--filter"_s,
                                       u"class in (server, vm) and site = \"Stadhuis\""_s},
                                      env);
    QVERIFY2(servers.exitCode == 0, servers.describe());
    const QJsonArray serverItems = servers.json().value(u"configuration_items"_s).toArray();
    QCOMPARE(serverItems.size(), 8 + 64); // hypervisors and their VMs are in the data centre
    for (const QJsonValue &v : serverItems) {
        const QString ciClass = v.toObject().value(u"class"_s).toString();
        QVERIFY2(ciClass == u"server" || ciClass == u"vm", qPrintable(ciClass));
        QCOMPARE(v.toObject().value(u"site"_s).toString(), u"Stadhuis"_s);
    }

    // One CI in text: its fields and relations.
    const auto shown = Test::runCtl({u"--db"_s, db, u"ci"_s, u"show"_s, u"esx-001"_s}, env);
    QVERIFY2(shown.exitCode == 0, shown.describe());
    QVERIFY(shown.out.contains(u"Class: Server"_s));
    QVERIFY(shown.out.contains(u"vm-001-01 runs on esx-001"_s));

    // Impact of a hypervisor: its VMs, and through them databases and applications.
    const auto impact = Test::runCtl({u"--db"_s, db, u"--json"_s, u"ci"_s, u"impact"_s, u"esx-001"_s}, env);
    QVERIFY2(impact.exitCode == 0, impact.describe());
    const QJsonArray dependents = impact.json().value(u"dependents"_s).toArray();
    QVERIFY(dependents.size() >= 8);
    int depthOne = 0;
    for (const QJsonValue &v : dependents) {
        const QJsonObject e = v.toObject();
        const QJsonArray path = e.value(u"path"_s).toArray();
        QCOMPARE(path.first().toString(), u"esx-001"_s);
        QCOMPARE(path.last().toString(), e.value(u"ci"_s).toString());
        QCOMPARE(path.size(), e.value(u"depth"_s).toInt() + 1);
        depthOne += e.value(u"depth"_s).toInt() == 1;
    }
    QCOMPARE(depthOne, 8); // the eight VMs that run on it
    const QJsonObject availability =
        impact.json().value(u"inherited_protection"_s).toObject().value(u"availability"_s).toObject();
    QVERIFY(!availability.value(u"level"_s).toString().isEmpty());
    QVERIFY(availability.value(u"path"_s).toString().startsWith(u"esx-001"_s));
    const auto shallow = Test::runCtl({u"--db"_s, db, u"--json"_s, u"ci"_s, u"impact"_s, u"esx-001"_s, u"--depth"_s, u"1"_s}, env);
    QCOMPARE(shallow.json().value(u"dependents"_s).toArray().size(), 8);

    // Groups: the static pilot and a dynamic profile.
    const auto groups = Test::runCtl({u"--db"_s, db, u"--json"_s, u"group"_s, u"list"_s}, env);
    QVERIFY2(groups.exitCode == 0, groups.describe());
    QCOMPARE(groups.json().value(u"groups"_s).toArray().size(), 4);
    const auto pilot = Test::runCtl({u"--db"_s, db, u"--json"_s, u"group"_s, u"members"_s, u"Pilot Stadhuis"_s}, env);
    QVERIFY2(pilot.exitCode == 0, pilot.describe());
    QCOMPARE(pilot.json().value(u"count"_s).toInt(), 10);
    const auto windows = Test::runCtl({u"--db"_s, db, u"--json"_s, u"group"_s, u"members"_s, u"Windows workplaces"_s}, env);
    QVERIFY2(windows.exitCode == 0, windows.describe());
    QCOMPARE(windows.json().value(u"count"_s).toInt(), 450 + 120);
}

void TestCmdbCtl::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no subcommand") << QStringList{u"ci"_s} << 2 << u"subcommand"_s;
    QTest::newRow("unknown subcommand") << QStringList{u"ci"_s, u"frobnicate"_s} << 2 << u"frobnicate"_s;
    QTest::newRow("show without name") << QStringList{u"ci"_s, u"show"_s} << 2 << u"name"_s;
    QTest::newRow("unknown CI") << QStringList{u"ci"_s, u"show"_s, u"no-such-host"_s} << 1 << u"no-such-host"_s;
    QTest::newRow("malformed filter") << QStringList{u"ci"_s, u"list"_s, u"--filter"_s, u"availability >="_s} << 2 << u"--filter"_s;
    QTest::newRow("unknown class") << QStringList{u"ci"_s, u"list"_s, u"--filter"_s, u"class = serveer"_s} << 2 << u"serveer"_s;
    QTest::newRow("bad depth") << QStringList{u"ci"_s, u"impact"_s, u"esx-001"_s, u"--depth"_s, u"0"_s} << 2 << u"--depth"_s;
    QTest::newRow("unknown group") << QStringList{u"group"_s, u"members"_s, u"Nope"_s} << 1 << u"Nope"_s;
}

void TestCmdbCtl::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    static QTemporaryDir dir;
    static QProcessEnvironment env;
    static const QString db = prepare(u"sqlite"_s, dir, env);
    QVERIFY(!db.isEmpty());
    const auto run = Test::runCtl(QStringList{u"--db"_s, db} + args, env);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), run.describe());
}

QTEST_GUILESS_MAIN(TestCmdbCtl)
#include "tst_cmdbctl.moc"
