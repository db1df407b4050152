// DatabaseUrl: what users type into --db, CHANGEDESK_DB or the connection dialog.

#include "testsupport.h"

#include "storage/databaseurl.h"

#include <QDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

class TestDatabaseUrl : public QObject
{
    Q_OBJECT

private slots:
    void validUrls_data();
    void validUrls();
    void invalidUrls_data();
    void invalidUrls();
    void passwordIsNeverShown_data();
    void passwordIsNeverShown();
    void connectOptions();
    void displayStringParsesBack_data();
    void displayStringParsesBack();
};

void TestDatabaseUrl::validUrls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("sslMode");

    const QString here = QDir::currentPath();
    QTest::newRow("sqlite absolute") << u"sqlite:/var/lib/changedesk/cd.db"_s << u"sqlite"_s
                                     << u"/var/lib/changedesk/cd.db"_s << QString() << 5432
                                     << QString() << QString() << QString();
    QTest::newRow("sqlite relative") << u"sqlite:data/cd.db"_s << u"sqlite"_s << here + u"/data/cd.db"_s
                                     << QString() << 5432 << QString() << QString() << QString();
    QTest::newRow("sqlite file url") << u"sqlite:///srv/cd.db"_s << u"sqlite"_s << u"/srv/cd.db"_s
                                     << QString() << 5432 << QString() << QString() << QString();
    QTest::newRow("sqlite surrounding blanks") << u"  sqlite:/srv/cd.db \n"_s << u"sqlite"_s
                                               << u"/srv/cd.db"_s << QString() << 5432 << QString()
                                               << QString() << QString();
    QTest::newRow("sqlite upper-case scheme") << u"SQLite:/srv/cd.db"_s << u"sqlite"_s << u"/srv/cd.db"_s
                                              << QString() << 5432 << QString() << QString() << QString();
    QTest::newRow("postgresql full")
        << u"postgresql://jdoe@db.example.org:5433/changedesk?sslmode=require"_s << u"postgresql"_s
        << QString() << u"db.example.org"_s << 5433 << u"changedesk"_s << u"jdoe"_s << u"require"_s;
    QTest::newRow("postgres alias, default port")
        << u"postgres://jdoe@db.example.org/changedesk"_s << u"postgresql"_s << QString()
        << u"db.example.org"_s << 5432 << u"changedesk"_s << u"jdoe"_s << QString();
    QTest::newRow("no user") << u"postgresql://127.0.0.1:6000/cd?sslmode=verify-full"_s
                             << u"postgresql"_s << QString() << u"127.0.0.1"_s << 6000 << u"cd"_s
                             << QString() << u"verify-full"_s;
    QTest::newRow("encoded user and database")
        << u"postgresql://ad%5Cjdoe@db.example.org/change%20desk"_s << u"postgresql"_s << QString()
        << u"db.example.org"_s << 5432 << u"change desk"_s << u"ad\\jdoe"_s << QString();
    QTest::newRow("ipv6 host") << u"postgresql://jdoe@[::1]:5432/cd"_s << u"postgresql"_s << QString()
                               << u"::1"_s << 5432 << u"cd"_s << u"jdoe"_s << QString();
}

void TestDatabaseUrl::validUrls()
{
    QFETCH(QString, text);
    QFETCH(QString, backend);
    QFETCH(QString, path);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, sslMode);

    const auto url = DatabaseUrl::parse(text);
    QVERIFY2(url, Test::why(url));
    QCOMPARE(url->backend(), backend == u"sqlite" ? Backend::SQLite : Backend::PostgreSQL);
    QCOMPARE(url->path(), path);
    QCOMPARE(url->host(), host);
    if (url->backend() == Backend::PostgreSQL)
        QCOMPARE(url->port(), port);
    QCOMPARE(url->databaseName(), database);
    QCOMPARE(url->userName(), user);
    QCOMPARE(url->sslMode(), sslMode);
    QVERIFY(url->password().isEmpty());
}

void TestDatabaseUrl::invalidUrls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions"); // what the message must name, so a person can fix it

    QTest::newRow("mysql scheme") << u"mysql://jdoe@db.example.org/cd"_s << u"'mysql'"_s;
    QTest::newRow("odbc scheme") << u"odbc:DSN=cd"_s << u"'odbc'"_s;
    QTest::newRow("empty") << QString() << u"empty"_s;
    QTest::newRow("blank") << u"   "_s << u"empty"_s;
    QTest::newRow("no scheme") << u"changedesk.db"_s << u"'changedesk.db'"_s;
    QTest::newRow("sqlite without path") << u"sqlite:"_s << u"names no file"_s;
    QTest::newRow("sqlite in memory") << u"sqlite::memory:"_s << u"In-memory"_s;
    QTest::newRow("no database name") << u"postgresql://jdoe@db.example.org:5432/"_s << u"names no database"_s;
    QTest::newRow("no path at all") << u"postgresql://jdoe@db.example.org"_s << u"names no database"_s;
    QTest::newRow("nested path") << u"postgresql://jdoe@db.example.org/a/b"_s << u"names no database"_s;
    QTest::newRow("no host") << u"postgresql:///cd"_s << u"names no server"_s;
    QTest::newRow("port out of range") << u"postgresql://jdoe@db.example.org:70000/cd"_s << u"port"_s;
    QTest::newRow("port zero") << u"postgresql://jdoe@db.example.org:0/cd"_s << u"port"_s;
    QTest::newRow("port not a number") << u"postgresql://jdoe@db.example.org:54x/cd"_s << u"port"_s;
    QTest::newRow("bad sslmode") << u"postgresql://jdoe@db.example.org/cd?sslmode=sometimes"_s
                                 << u"sslmode 'sometimes'"_s;
    QTest::newRow("unsupported parameter") << u"postgresql://jdoe@db.example.org/cd?options=-c%20x"_s
                                           << u"'options'"_s;
    QTest::newRow("parameter of another driver") << u"postgresql://jdoe@db.example.org/cd?charset=utf8"_s
                                                 << u"'charset'"_s;
}

void TestDatabaseUrl::invalidUrls()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);

    const auto url = DatabaseUrl::parse(text);
    QVERIFY2(!url, qPrintable(u"accepted as %1"_s.arg(url ? url->toDisplayString() : QString())));
    QCOMPARE(url.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(url.error().message.contains(mentions, Qt::CaseInsensitive), qPrintable(url.error().message));
}

void TestDatabaseUrl::passwordIsNeverShown_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("valid");

    QTest::newRow("plain") << u"postgresql://jdoe:Tr0ub4dor@db.example.org/cd"_s << u"Tr0ub4dor"_s << true;
    QTest::newRow("encoded") << u"postgresql://jdoe:s%40fe%2Fpw@db.example.org:5433/cd?sslmode=require"_s
                             << u"s@fe/pw"_s << true;
    QTest::newRow("no database") << u"postgresql://jdoe:Tr0ub4dor@db.example.org/"_s << u"Tr0ub4dor"_s << false;
    QTest::newRow("no host") << u"postgresql://jdoe:Tr0ub4dor@/cd"_s << u"Tr0ub4dor"_s << false;
    QTest::newRow("bad port") << u"postgresql://jdoe:Tr0ub4dor@db.example.org:99999/cd"_s
                              << u"Tr0ub4dor"_s << false;
    QTest::newRow("bad parameter") << u"postgresql://jdoe:Tr0ub4dor@db.example.org/cd?foo=1"_s
                                   << u"Tr0ub4dor"_s << false;
}

// The password may be given in the URL (libpq allows it) but never appears in what is shown,
// remembered or reported, including error messages about the URL.
void TestDatabaseUrl::passwordIsNeverShown()
{
    QFETCH(QString, text);
    QFETCH(QString, password);
    QFETCH(bool, valid);

    const QString encoded = QString::fromUtf8(QUrl::toPercentEncoding(password));
    const auto url = DatabaseUrl::parse(text);
    QCOMPARE(bool(url), valid);
    if (!valid) {
        QVERIFY2(!url.error().message.contains(password), qPrintable(url.error().message));
        QVERIFY2(!url.error().message.contains(encoded), qPrintable(url.error().message));
        return;
    }
    QCOMPARE(url->password(), password);
    for (const QString &shown : {url->toDisplayString(), url->credentialKey(), url->connectOptions()}) {
        QVERIFY2(!shown.contains(password), qPrintable(shown));
        QVERIFY2(!shown.contains(encoded), qPrintable(shown));
    }
    QVERIFY(url->toDisplayString().contains(u"jdoe@db.example.org"_s));
}

void TestDatabaseUrl::connectOptions()
{
    const auto plain = DatabaseUrl::parse(u"postgresql://jdoe@db.example.org/cd"_s);
    QVERIFY2(plain, Test::why(plain));
    // A dead server must not hang the application forever; the server sees who connects.
    QCOMPARE(plain->connectOptions(), u"connect_timeout=10;application_name=ChangeDesk"_s);

    const auto tuned = DatabaseUrl::parse(
        u"postgresql://jdoe@db.example.org/cd?sslmode=verify-full&connect_timeout=3&application_name=cd-batch"_s);
    QVERIFY2(tuned, Test::why(tuned));
    QCOMPARE(tuned->connectOptions(), u"sslmode=verify-full;connect_timeout=3;application_name=cd-batch"_s);
}

void TestDatabaseUrl::displayStringParsesBack_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("sqlite") << u"sqlite:/srv/change desk/cd.db"_s;
    QTest::newRow("postgresql") << u"postgresql://jdoe@db.example.org:5433/cd?sslmode=require"_s;
    QTest::newRow("postgresql with password") << u"postgresql://jdoe:pw@db.example.org/cd?connect_timeout=4"_s;
}

void TestDatabaseUrl::displayStringParsesBack()
{
    QFETCH(QString, text);
    const auto url = DatabaseUrl::parse(text);
    QVERIFY2(url, Test::why(url));
    const auto again = DatabaseUrl::parse(url->toDisplayString());
    QVERIFY2(again, Test::why(again));
    QCOMPARE(again->toDisplayString(), url->toDisplayString());
    QCOMPARE(again->backend(), url->backend());
    QCOMPARE(again->path(), url->path());
    QCOMPARE(again->host(), url->host());
    QCOMPARE(again->port(), url->port());
    QCOMPARE(again->databaseName(), url->databaseName());
    QCOMPARE(again->connectOptions(), url->connectOptions());
    QVERIFY(again->password().isEmpty());
}

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
