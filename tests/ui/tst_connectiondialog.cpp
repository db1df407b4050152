// The connection dialog: SQLite and PostgreSQL fields, the background connection test, recent
// databases, and what it hands back.

#include "guitestmain.h"
#include "testsupport.h"

#include "shell/connectiondialog.h"
#include "shell/recentdatabases.h"
#include "storage/database.h"
#include "storage/migrator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;
using namespace ChangeDesk::Ui;

class TestConnectionDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void sqliteFileThatDoesNotExistYet();
    void sqliteExistingDatabase();
    void postgresUnreachable();
    void postgresFieldsMakeUrl();
    void emptyFieldsAreRefused();
    void recentDatabasesFillTheFields();

private:
    QTemporaryDir m_dir;
};

void TestConnectionDialog::sqliteFileThatDoesNotExistYet()
{
    const QString path = m_dir.filePath(u"new.db"_s);
    ConnectionDialog dialog(DatabaseUrl::sqlite(path));
    dialog.show();
    QVERIFY(dialog.findChild<QRadioButton *>(u"sqliteChoice"_s)->isChecked());
    QCOMPARE(dialog.findChild<QLineEdit *>(u"sqlitePath"_s)->text(), path);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"testConnection"_s), Qt::LeftButton);
    auto *result = dialog.findChild<QLabel *>(u"testResult"_s);
    QTRY_VERIFY(result->text().contains(u"will create it"_s));
    QVERIFY(!QFile::exists(path)); // testing never creates anything
    QVERIFY(dialog.grab().save(Test::screenshotPath(u"connection-dialog-sqlite.png"_s)));
}

void TestConnectionDialog::sqliteExistingDatabase()
{
    const DatabaseUrl url = Test::freshSqliteUrl(m_dir, u"existing.db"_s);
    QVERIFY(openAndMigrate(url, OpenOptions{true, nullptr}));
    ConnectionDialog dialog(url);
    dialog.testConnection();
    auto *result = dialog.findChild<QLabel *>(u"testResult"_s);
    QTRY_VERIFY(result->text().startsWith(u"Connected"_s));
    QVERIFY2(result->text().contains(QString::number(Migrator::latestVersion())), qPrintable(result->text()));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.url(), url);
}

void TestConnectionDialog::postgresUnreachable()
{
    auto url = DatabaseUrl::parse(u"postgresql://alice@127.0.0.1:1/changes?sslmode=disable"_s);
    QVERIFY(url);
    ConnectionDialog dialog(*url);
    dialog.show();
    QVERIFY(dialog.findChild<QRadioButton *>(u"postgresChoice"_s)->isChecked());
    QCOMPARE(dialog.findChild<QLineEdit *>(u"pgHost"_s)->text(), u"127.0.0.1"_s);
    QCOMPARE(dialog.findChild<QSpinBox *>(u"pgPort"_s)->value(), 1);
    QCOMPARE(dialog.findChild<QComboBox *>(u"pgSslMode"_s)->currentData().toString(), u"disable"_s);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"testConnection"_s), Qt::LeftButton);
    auto *result = dialog.findChild<QLabel *>(u"testResult"_s);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"cannot be reached"_s), 20000);
    QVERIFY(result->text().contains(u"127.0.0.1:1"_s));
    QVERIFY(dialog.grab().save(Test::screenshotPath(u"connection-dialog-postgres.png"_s)));
}

void TestConnectionDialog::postgresFieldsMakeUrl()
{
    ConnectionDialog dialog(DatabaseUrl::sqlite(m_dir.filePath(u"x.db"_s)));
    dialog.findChild<QRadioButton *>(u"postgresChoice"_s)->setChecked(true);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"pgHost"_s), u"db.gemeente.example"_s);
    dialog.findChild<QSpinBox *>(u"pgPort"_s)->setValue(6432);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"pgDatabase"_s), u"changedesk"_s);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"pgUser"_s), u"cm_jansen"_s);
    auto *ssl = dialog.findChild<QComboBox *>(u"pgSslMode"_s);
    ssl->setCurrentIndex(ssl->findData(u"verify-full"_s));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"pgPassword"_s), u"s3cret"_s);
    dialog.findChild<QCheckBox *>(u"rememberPassword"_s)->setChecked(true);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const DatabaseUrl url = dialog.url();
    QCOMPARE(url.backend(), Backend::PostgreSQL);
    QCOMPARE(url.host(), u"db.gemeente.example"_s);
    QCOMPARE(url.port(), 6432);
    QCOMPARE(url.databaseName(), u"changedesk"_s);
    QCOMPARE(url.userName(), u"cm_jansen"_s);
    QCOMPARE(url.sslMode(), u"verify-full"_s);
    QCOMPARE(url.password(), u"s3cret"_s);
    QVERIFY(dialog.rememberPassword());
    QVERIFY(!url.toDisplayString().contains(u"s3cret"_s));
}

void TestConnectionDialog::emptyFieldsAreRefused()
{
    ConnectionDialog dialog(DatabaseUrl::sqlite(m_dir.filePath(u"x.db"_s)));
    dialog.findChild<QRadioButton *>(u"postgresChoice"_s)->setChecked(true);
    dialog.findChild<QLineEdit *>(u"pgHost"_s)->clear();
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // stays open
    QVERIFY(dialog.findChild<QLabel *>(u"testResult"_s)->text().contains(u"server"_s));
}

void TestConnectionDialog::recentDatabasesFillTheFields()
{
    RecentDatabases::remember(u"sqlite:/srv/changedesk/a.db"_s);
    RecentDatabases::remember(u"postgresql://cm@db.example:5433/changes?sslmode=require"_s);
    RecentDatabases::remember(u"sqlite:/srv/changedesk/a.db"_s); // moves to the top, no duplicate
    QCOMPARE(RecentDatabases::list().size(), 2);
    QCOMPARE(RecentDatabases::last(), u"sqlite:/srv/changedesk/a.db"_s);

    ConnectionDialog dialog(DatabaseUrl::sqlite(m_dir.filePath(u"x.db"_s)));
    auto *recent = dialog.findChild<QListWidget *>(u"recentList"_s);
    QCOMPARE(recent->count(), 2);
    recent->setCurrentRow(1);
    QVERIFY(dialog.findChild<QRadioButton *>(u"postgresChoice"_s)->isChecked());
    QCOMPARE(dialog.findChild<QLineEdit *>(u"pgHost"_s)->text(), u"db.example"_s);
    QCOMPARE(dialog.findChild<QSpinBox *>(u"pgPort"_s)->value(), 5433);
    dialog.show();
    QVERIFY(dialog.grab().save(Test::screenshotPath(u"connection-dialog-recent.png"_s)));
    for (int i = 0; i < RecentDatabases::maximum + 3; ++i)
        RecentDatabases::remember(u"sqlite:/tmp/%1.db"_s.arg(i));
    QCOMPARE(RecentDatabases::list().size(), RecentDatabases::maximum);
}

CHANGEDESK_GUI_TEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
