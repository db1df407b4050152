// The main window: panes, navigation, status bar, backup through the GUI, startup errors of the
// real executable, and screenshots of the shell in English, German and Dutch.

#include "guitestmain.h"
#include "testsupport.h"

#include "cmdb/peoplemodel.h"
#include "demo/demodata.h"
#include "common/messages.h"
#include "shell/mainwindow.h"
#include "shell/pane.h"
#include "shell/session.h"
#include "storage/database.h"
#include "storage/migrator.h"

#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;
using namespace ChangeDesk::Ui;

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runGui(const QStringList &args, const QString &home)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.remove(u"LANGUAGE"_s);
    process.setProcessEnvironment(env);
    process.start(Test::binary(u"changedesk"_s), args);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Checks that a PNG is a real picture: decodes, has the size asked for and more than a few colours.
void verifyScreenshot(const QString &path, QSize minimum)
{
    QImage image(path);
    QVERIFY2(!image.isNull(), qPrintable(u"not a readable image: "_s + path));
    QVERIFY(image.width() >= minimum.width() && image.height() >= minimum.height());
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 20, qPrintable(u"%1 looks empty (%2 colours)"_s.arg(path).arg(colours.size())));
}
} // namespace

class TestShell : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void panesAndNavigation();
    void statusBarNamesDatabaseAndUser();
    void backupThroughTheGui();
    void failedOpenKeepsCurrentDatabase();
    void screenshotsInEachLanguage_data();
    void screenshotsInEachLanguage();
    void startupErrors_data();
    void startupErrors();
    void wrongPasswordAtStartup();
    void readOnlyDatabaseOpensForReading();

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(9, 30), QTimeZone::UTC)};
};

void TestShell::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(Test::binary(u"changedesk"_s)), "build/bin/changedesk is missing");
}

void TestShell::panesAndNavigation()
{
    Session session(m_clock, nullptr);
    QVERIFY(session.openDemo(3));
    MainWindow window(session);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const QStringList names{u"cmdbPane"_s, u"calendarPane"_s, u"changesPane"_s, u"cabPane"_s, u"integrityPane"_s};
    QCOMPARE(window.panes().size(), names.size());
    auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
    QVERIFY(navigation);
    QCOMPARE(navigation->count(), names.size());
    for (int i = 0; i < names.size(); ++i) {
        // Keyboard: Ctrl+1..5 switch panes through the View menu.
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        QTRY_COMPARE(window.currentPane()->objectName(), names.at(i));
        QCOMPARE(navigation->currentRow(), i);
        QVERIFY(!window.currentPane()->icon().isNull());
        QVERIFY(window.grab().save(Test::screenshotPath(u"shell-pane-%1.png"_s.arg(names.at(i)))));
    }
    // Mouse: clicking the navigation entry.
    const QRect first = navigation->visualItemRect(navigation->item(0));
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, first.center());
    QTRY_COMPARE(window.currentPane()->objectName(), names.at(0));
}

void TestShell::statusBarNamesDatabaseAndUser()
{
    const DatabaseUrl url = Test::freshSqliteUrl(m_dir, u"status.db"_s);
    Session session(m_clock, nullptr);
    QVERIFY(session.open(url));
    MainWindow window(session);
    auto *database = window.findChild<QLabel *>(u"statusDatabase"_s);
    auto *user = window.findChild<QLabel *>(u"statusUser"_s);
    QVERIFY(database && user);
    QVERIFY2(database->text().contains(url.path()), qPrintable(database->text()));
    QVERIFY(user->text().contains(session.database()->sessionUser()));
    QVERIFY(window.windowTitle().contains(u"status.db"_s));
    QVERIFY(!database->text().contains(u"read-only"_s));
}

void TestShell::backupThroughTheGui()
{
    Session session(m_clock, nullptr);
    QVERIFY(session.openDemo(5));
    MainWindow window(session);
    const QString target = m_dir.filePath(u"gui-backup.db"_s);
    Messages::setNextFileName(target);
    window.backupDatabase();
    QStringList shown = Messages::takeShownMessages();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.constFirst().contains(target), qPrintable(shown.constFirst()));
    QVERIFY(QFile::exists(target));
    auto copy = Database::open(DatabaseUrl::sqlite(target));
    QVERIFY(copy);
    auto people = (*copy)->scalar(u"SELECT count(*) FROM person"_s);
    QVERIFY(people);
    QCOMPARE(people->toInt(), 240);

    // The same name again: refused, and the first backup stays as it was.
    const QByteArray before = sha256(target);
    Messages::setNextFileName(target);
    window.backupDatabase();
    shown = Messages::takeShownMessages();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.constFirst().contains(u"already exists"_s), qPrintable(shown.constFirst()));
    QCOMPARE(sha256(target), before);
}

void TestShell::failedOpenKeepsCurrentDatabase()
{
    Session session(m_clock, nullptr);
    QVERIFY(session.openDemo(1));
    const auto before = session.database();
    const QString corrupt = m_dir.filePath(u"corrupt.db"_s);
    {
        QFile file(corrupt);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
    }
    const QByteArray hash = sha256(corrupt);
    auto opened = session.open(DatabaseUrl::sqlite(corrupt));
    QVERIFY(!opened);
    QCOMPARE(opened.error().kind, ErrorKind::Corrupt);
    QVERIFY(opened.error().message.contains(corrupt));
    QCOMPARE(session.database(), before);
    QCOMPARE(sha256(corrupt), hash);
}

void TestShell::screenshotsInEachLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("pane");
    QTest::newRow("en-cmdb") << u"en"_s << u"1"_s;
    QTest::newRow("de-cmdb") << u"de"_s << u"1"_s;
    QTest::newRow("nl-cmdb") << u"nl"_s << u"1"_s;
    QTest::newRow("en-calendar") << u"en"_s << u"2"_s;
    QTest::newRow("de-calendar") << u"de"_s << u"2"_s;
    QTest::newRow("nl-calendar") << u"nl"_s << u"2"_s;
    QTest::newRow("de-changes") << u"de"_s << u"3"_s;
    QTest::newRow("nl-cab") << u"nl"_s << u"4"_s;
}

void TestShell::screenshotsInEachLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QString, pane);
    const QString shot = Test::screenshotPath(u"shell-%1.png"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
    QFile::remove(shot);
    QTemporaryDir home;
    const Run run = runGui({u"--demo"_s, u"--lang"_s, lang, u"--pane"_s, pane, u"--smoke"_s, shot}, home.path());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    verifyScreenshot(shot, QSize(800, 500));
}

void TestShell::startupErrors_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown scheme") << u"scheme"_s << 2 << u"mysql"_s;
    QTest::newRow("corrupt file") << u"corrupt"_s << 1 << u"not a ChangeDesk database"_s;
    QTest::newRow("newer schema") << u"newer"_s << 1 << u"newer ChangeDesk"_s;
    QTest::newRow("unreachable server") << u"unreachable"_s << 1 << u"127.0.0.1:1"_s;
    QTest::newRow("unknown language") << u"lang"_s << 2 << u"klingon"_s;
}

void TestShell::startupErrors()
{
    QFETCH(QString, kind);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QTemporaryDir home;
    const QString shot = home.filePath(u"shot.png"_s);
    QStringList args{u"--smoke"_s, shot};
    QString file;
    if (kind == u"scheme") {
        args << u"--db"_s << u"mysql://db.example/changes"_s;
    } else if (kind == u"corrupt") {
        file = home.filePath(u"corrupt.db"_s);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\x5a'));
        out.close();
        args << u"--db"_s << u"sqlite:"_s + file;
    } else if (kind == u"newer") {
        file = home.filePath(u"newer.db"_s);
        {
            auto db = openAndMigrate(DatabaseUrl::sqlite(file), OpenOptions{true, nullptr});
            QVERIFY(db);
            QVERIFY((*db)->exec(u"INSERT INTO schema_version VALUES (999, 'future', '2030-01-01', 'x')"_s));
        }
        args << u"--db"_s << u"sqlite:"_s + file;
    } else if (kind == u"unreachable") {
        args << u"--db"_s << u"postgresql://nobody@127.0.0.1:1/changedesk?connect_timeout=3"_s;
    } else if (kind == u"lang") {
        args << u"--lang"_s << u"klingon"_s;
    }
    const QByteArray before = file.isEmpty() ? QByteArray() : sha256(file);
    const Run run = runGui(args, home.path());
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!QFile::exists(shot));
    if (!file.isEmpty())
        QCOMPARE(sha256(file), before); // nothing was written to the refused file
}

void TestShell::wrongPasswordAtStartup()
{
    const auto fixture = Test::postgresFixture();
    QVERIFY2(fixture, Test::why(fixture));
    const QString wrong = u"n0t-the-Passw0rd"_s;
    QProcessEnvironment env;
    env.insert(u"PGPASSWORD"_s, wrong);
    QTemporaryDir home;
    const QString shot = home.filePath(u"shot.png"_s);
    const Test::ProcessResult run = Test::runProcess(
        Test::binary(u"changedesk"_s), {u"--db"_s, fixture->adminUrl.toDisplayString(), u"--smoke"_s, shot}, env);
    QVERIFY2(run.started(), run.describe());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"refused the password"_s) && run.err.contains(u"cdtest"_s), run.describe());
    QVERIFY(!run.err.contains(wrong));
    QVERIFY(!QFile::exists(shot));
}

void TestShell::readOnlyDatabaseOpensForReading()
{
    if (auto support = Test::mountNamespaceSupport(); !support)
        QSKIP(qPrintable(u"a read-only mount needs a private mount namespace: "_s + support.error().message));
    QTemporaryDir media; // stands for read-only media holding a ChangeDesk database
    const QString file = media.filePath(u"archive.db"_s);
    {
        auto db = openAndMigrate(DatabaseUrl::sqlite(file), OpenOptions{true, nullptr}, m_clock);
        QVERIFY(db);
        QVERIFY(DemoData::generate(**db, 2, DemoScale::Small, m_clock));
    }
    const QByteArray before = sha256(file);
    QTemporaryDir out;
    const QString shot = out.filePath(u"shot.png"_s);
    Test::Confinement readOnly;
    readOnly.kind = Test::Confinement::Kind::ReadOnlyBind;
    readOnly.dir = media.path();
    const Test::ProcessResult run = Test::runProcess(
        Test::binary(u"changedesk"_s), {u"--db"_s, u"sqlite:"_s + file, u"--smoke"_s, shot}, {}, readOnly);
    QVERIFY2(run.started(), run.describe());
    QVERIFY2(run.exitCode == 0, run.describe());
    verifyScreenshot(shot, QSize(800, 500));
    QFile::remove(Test::screenshotPath(u"shell-read-only.png"_s));
    QVERIFY(QFile::copy(shot, Test::screenshotPath(u"shell-read-only.png"_s)));
    QCOMPARE(sha256(file), before);
}

CHANGEDESK_GUI_TEST_MAIN(TestShell)
#include "tst_shell.moc"
