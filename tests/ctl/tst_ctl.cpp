// changedeskctl as scripts use it: the real binary, its exit codes (0 ok, 1 failed, 2 bad input),
// its messages and its JSON.

#include "testsupport.h"

#include "buildinfo.h"
#include "storage/migrator.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

namespace {

QJsonObject errorOf(const Test::ProcessResult &run)
{
    return run.json().value(u"error"_s).toObject();
}

} // namespace

class TestCtl : public QObject
{
    Q_OBJECT

private slots:
    void versionText();
    void versionJson();
    void help();
    void initThenCheckSqlite();
    void defaultDatabaseIsInTheUsersDataFolder();
    void checkOfMissingFile();
    void unknownCommand();
    void backupWithoutFile();
    void badDemoOptions_data();
    void badDemoOptions();
    void badUrlScheme();
    void jsonErrors_data();
    void jsonErrors();
    void postgresInitCheckDemo();
    void postgresWrongPassword();
};

void TestCtl::versionText()
{
    const auto run = Test::runCtl({u"version"_s});
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(run.out.contains(u"ChangeDesk %1"_s.arg(QString::fromLatin1(CHANGEDESK_VERSION_STRING))), run.describe());
    QVERIFY2(run.out.contains(u"Qt %1"_s.arg(QString::fromLatin1(qVersion()))), run.describe());
    QVERIFY2(run.out.contains(u"qca-ossl"_s), run.describe());
    QVERIFY2(run.out.contains(u"Database schema version %1"_s.arg(Migrator::latestVersion())), run.describe());
    QVERIFY2(run.err.isEmpty(), run.describe());
}

void TestCtl::versionJson()
{
    const auto run = Test::runCtl({u"--json"_s, u"version"_s});
    QVERIFY2(run.exitCode == 0, run.describe());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QVERIFY(doc.isObject());
    const QJsonObject json = doc.object();
    QCOMPARE(json.value(u"ok"_s).toBool(), true);
    QCOMPARE(json.value(u"changedesk"_s).toString(), QString::fromLatin1(CHANGEDESK_VERSION_STRING));
    QCOMPARE(json.value(u"qt"_s).toString(), QString::fromLatin1(qVersion()));
    QVERIFY(!json.value(u"kf6_syntax_highlighting"_s).toString().isEmpty());
    QCOMPARE(json.value(u"schema_version"_s).toInt(), Migrator::latestVersion());

    const QJsonArray providers = json.value(u"qca_providers"_s).toArray();
    QVERIFY(!providers.isEmpty());
    QStringList names;
    for (const QJsonValue &provider : providers)
        names << provider.toObject().value(u"name"_s).toString();
    // OpenSSL for hashes and signatures, GnuPG for signed vendor advisories.
    QVERIFY2(names.contains(u"qca-ossl"_s), qPrintable(names.join(u", "_s)));
    QVERIFY2(names.contains(u"qca-gnupg"_s), qPrintable(names.join(u", "_s)));

    const QJsonArray drivers = json.value(u"sql_drivers"_s).toArray();
    QVERIFY(drivers.contains(u"QSQLITE"_s));
    QVERIFY(drivers.contains(u"QPSQL"_s));
}

void TestCtl::help()
{
    const auto run = Test::runCtl({u"--help"_s});
    QVERIFY2(run.exitCode == 0, run.describe());
    for (const QString &command : {u"version"_s, u"init"_s, u"check"_s, u"backup"_s, u"demo-data"_s})
        QVERIFY2(run.out.contains(command), run.describe());
}

void TestCtl::initThenCheckSqlite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sub/folder/cd.db"_s);
    const QString db = u"sqlite:"_s + path;

    const auto init = Test::runCtl({u"--db"_s, db, u"init"_s});
    QVERIFY2(init.exitCode == 0, init.describe());
    QVERIFY2(init.out.contains(u"Created"_s), init.describe());
    QVERIFY(QFileInfo::exists(path));

    const auto again = Test::runCtl({u"--json"_s, u"--db"_s, db, u"init"_s});
    QVERIFY2(again.exitCode == 0, again.describe());
    QCOMPARE(again.json().value(u"applied"_s).toArray().size(), 0);
    QCOMPARE(again.json().value(u"to_version"_s).toInt(), Migrator::latestVersion());

    const auto check = Test::runCtl({u"--db"_s, db, u"check"_s});
    QVERIFY2(check.exitCode == 0, check.describe());
    QVERIFY2(check.out.contains(u"Integrity: ok"_s), check.describe());

    const auto demo = Test::runCtl({u"--json"_s, u"--db"_s, db, u"demo-data"_s, u"--seed"_s, u"9"_s});
    QVERIFY2(demo.exitCode == 0, demo.describe());
    QCOMPARE(demo.json().value(u"created"_s).toObject().value(u"people"_s).toInt(), 12);

    // CHANGEDESK_DB is the default when --db is not given.
    QProcessEnvironment env;
    env.insert(u"CHANGEDESK_DB"_s, db);
    const auto viaEnv = Test::runCtl({u"--json"_s, u"check"_s}, env);
    QVERIFY2(viaEnv.exitCode == 0, viaEnv.describe());
    QCOMPARE(viaEnv.json().value(u"database"_s).toString(), db);
}

void TestCtl::defaultDatabaseIsInTheUsersDataFolder()
{
    QTemporaryDir home;
    QProcessEnvironment env;
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    const auto init = Test::runCtl({u"--json"_s, u"init"_s}, env);
    QVERIFY2(init.exitCode == 0, init.describe());
    const QString database = init.json().value(u"database"_s).toString();
    QVERIFY2(database.startsWith(u"sqlite:"_s + home.filePath(u"data/"_s)), init.describe());
    QVERIFY(QFileInfo::exists(database.mid(7)));
}

void TestCtl::checkOfMissingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"nothing-here.db"_s);
    const auto run = Test::runCtl({u"--db"_s, u"sqlite:"_s + path, u"check"_s});
    QVERIFY2(run.exitCode == 1, run.describe());
    QVERIFY2(run.err.contains(path), run.describe());
    QVERIFY2(!QFileInfo::exists(path), "check created the file it was asked to check");
}

void TestCtl::unknownCommand()
{
    const auto run = Test::runCtl({u"frobnicate"_s});
    QVERIFY2(run.exitCode == 2, run.describe());
    QVERIFY2(run.err.contains(u"unknown command 'frobnicate'"_s), run.describe());
    QVERIFY2(run.err.contains(u"--help"_s), run.describe());

    const auto none = Test::runCtl({});
    QVERIFY2(none.exitCode == 2, none.describe());
}

void TestCtl::backupWithoutFile()
{
    QTemporaryDir dir;
    const QString db = u"sqlite:"_s + dir.filePath(u"cd.db"_s);
    QVERIFY2(Test::runCtl({u"--db"_s, db, u"init"_s}).exitCode == 0, "init failed");
    const auto run = Test::runCtl({u"--db"_s, db, u"backup"_s});
    QVERIFY2(run.exitCode == 2, run.describe());
    QVERIFY2(run.err.contains(u"backup needs exactly one argument"_s), run.describe());
    const auto two = Test::runCtl({u"--db"_s, db, u"backup"_s, dir.filePath(u"a"_s), dir.filePath(u"b"_s)});
    QVERIFY2(two.exitCode == 2, two.describe());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"cd.db"_s});
}

void TestCtl::badDemoOptions_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("seed not a number") << QStringList{u"--seed"_s, u"abc"_s} << u"'abc'"_s;
    QTest::newRow("negative seed") << QStringList{u"--seed"_s, u"-1"_s} << u"'-1'"_s;
    QTest::newRow("seed too large") << QStringList{u"--seed"_s, u"4294967296"_s} << u"'4294967296'"_s;
    QTest::newRow("fractional seed") << QStringList{u"--seed"_s, u"1.5"_s} << u"'1.5'"_s;
    QTest::newRow("seed without value") << QStringList{u"--seed"_s} << u"seed"_s;
    QTest::newRow("unknown scale") << QStringList{u"--scale"_s, u"city"_s} << u"'city'"_s;
    QTest::newRow("stray argument") << QStringList{u"lots"_s} << u"demo-data takes no arguments"_s;
}

void TestCtl::badDemoOptions()
{
    QFETCH(QStringList, options);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cd.db"_s);
    const auto run = Test::runCtl(QStringList{u"--db"_s, u"sqlite:"_s + path, u"demo-data"_s} + options);
    QVERIFY2(run.exitCode == 2, run.describe());
    QVERIFY2(run.err.contains(mentions), run.describe());
    QVERIFY2(!QFileInfo::exists(path), "bad options still created the database");
}

void TestCtl::badUrlScheme()
{
    const auto run = Test::runCtl({u"--db"_s, u"mysql://cdtest@127.0.0.1/cd"_s, u"check"_s});
    QVERIFY2(run.exitCode == 2, run.describe());
    QVERIFY2(run.err.contains(u"'mysql'"_s), run.describe());

    QProcessEnvironment env;
    env.insert(u"CHANGEDESK_DB"_s, u"oracle://scott@db/orcl"_s);
    const auto viaEnv = Test::runCtl({u"init"_s}, env);
    QVERIFY2(viaEnv.exitCode == 2, viaEnv.describe());
    QVERIFY2(viaEnv.err.contains(u"'oracle'"_s), viaEnv.describe());
}

void TestCtl::jsonErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("kind");
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << 2 << u"usage"_s;
    QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s, u"check"_s} << 2 << u"usage"_s;
    QTest::newRow("missing file") << QStringList{u"--db"_s, u"sqlite:/nonexistent/cd.db"_s, u"check"_s} << 1 << u"not-found"_s;
    QTest::newRow("bad scheme") << QStringList{u"--db"_s, u"mysql://h/d"_s, u"check"_s} << 2 << u"invalid-input"_s;
    QTest::newRow("bad sslmode") << QStringList{u"--db"_s, u"postgresql://u@h/d?sslmode=maybe"_s, u"check"_s} << 2 << u"invalid-input"_s;
    QTest::newRow("bad seed") << QStringList{u"demo-data"_s, u"--seed"_s, u"x"_s} << 2 << u"usage"_s;
}

// With --json, failures are one JSON object on standard output, for scripts; the message for a
// person still goes to standard error.
void TestCtl::jsonErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, kind);
    const auto run = Test::runCtl(QStringList{u"--json"_s} + args);
    QVERIFY2(run.exitCode == exitCode, run.describe());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError && doc.isObject(), run.describe());
    QCOMPARE(doc.object().value(u"ok"_s).toBool(true), false);
    const QJsonObject error = doc.object().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"kind"_s).toString(), kind);
    const QString message = error.value(u"message"_s).toString();
    QVERIFY(!message.isEmpty());
    QVERIFY2(run.err.contains(message), run.describe());
}

void TestCtl::postgresInitCheckDemo()
{
    const auto url = Test::freshPostgresUrl();
    QVERIFY2(url, Test::why(url));
    const QString db = url->toDisplayString();
    const QProcessEnvironment env = Test::postgresEnvironment();
    QVERIFY2(!env.value(u"PGPASSWORD"_s).isEmpty(), "no password for the fixture");

    const auto init = Test::runCtl({u"--json"_s, u"--db"_s, db, u"init"_s}, env);
    QVERIFY2(init.exitCode == 0, init.describe());
    QCOMPARE(init.json().value(u"from_version"_s).toInt(), 0);
    QCOMPARE(init.json().value(u"to_version"_s).toInt(), Migrator::latestVersion());

    const auto check = Test::runCtl({u"--json"_s, u"--db"_s, db, u"check"_s}, env);
    QVERIFY2(check.exitCode == 0, check.describe());
    QCOMPARE(check.json().value(u"healthy"_s).toBool(), true);
    QVERIFY2(check.json().value(u"engine"_s).toString().startsWith(u"PostgreSQL 17"_s), check.describe());

    const auto demo = Test::runCtl({u"--json"_s, u"--db"_s, db, u"demo-data"_s, u"--scale"_s, u"municipality"_s, u"--seed"_s, u"4"_s}, env);
    QVERIFY2(demo.exitCode == 0, demo.describe());
    QCOMPARE(demo.json().value(u"created"_s).toObject().value(u"people"_s).toInt(), 240);
    QCOMPARE(demo.json().value(u"created"_s).toObject().value(u"org_units"_s).toInt(), 13);

    const auto again = Test::runCtl({u"--json"_s, u"--db"_s, db, u"demo-data"_s, u"--scale"_s, u"municipality"_s, u"--seed"_s, u"4"_s}, env);
    QVERIFY2(again.exitCode == 0, again.describe());
    QCOMPARE(again.json().value(u"created"_s).toObject().value(u"people"_s).toInt(), 0);

    const auto text = Test::runCtl({u"--db"_s, db, u"check"_s}, env);
    QVERIFY2(text.exitCode == 0, text.describe());
    QVERIFY2(text.out.contains(db), text.describe());
    QVERIFY2(!text.out.contains(env.value(u"PGPASSWORD"_s)), "the password was printed");
}

void TestCtl::postgresWrongPassword()
{
    const auto fixture = Test::postgresFixture();
    QVERIFY2(fixture, Test::why(fixture));
    QProcessEnvironment env;
    env.insert(u"PGPASSWORD"_s, u"certainly-wrong"_s);
    const auto run = Test::runCtl({u"--json"_s, u"--db"_s, fixture->urlText, u"check"_s}, env);
    QVERIFY2(run.exitCode == 1, run.describe());
    QCOMPARE(errorOf(run).value(u"kind"_s).toString(), u"authentication-failed"_s);
    QVERIFY2(!run.out.contains(u"certainly-wrong"_s) && !run.err.contains(u"certainly-wrong"_s), run.describe());
}

QTEST_GUILESS_MAIN(TestCtl)
#include "tst_ctl.moc"
