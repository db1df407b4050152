// The import dialog, driven offscreen on real SQLite files: detection and mapping, the preview,
// dry run versus import, rejected records, a broken file, cancel, an SBOM; screenshots in three
// languages.

#include "guitestmain.h"
#include "testsupport.h"

#include "cmdb/ciimportdialog.h"
#include "cmdb/cirepository.h"
#include "cmdb/civiewsettings.h"
#include "cmdb/cmdbpane.h"
#include "cmdb/softwarerepository.h"
#include "common/translations.h"
#include "storage/database.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStringConverter>
#include <QTemporaryDir>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;
using namespace ChangeDesk::Ui;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(file.errorString()));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray windows1252(const QString &text)
{
    auto encode = QStringEncoder(QStringConverter::Latin1);
    return encode(text); // the characters used here are the same in Latin-1 and Windows-1252
}

qint64 ciCount(const Database &db)
{
    return CiRepository(db, u"test"_s).count().value_or(-1);
}

// Runs a dry run or the import and waits for its report (or error) to be shown.
bool run(CiImportDialog &dialog, bool dryRun)
{
    QSignalSpy finished(&dialog, &CiImportDialog::finished);
    dryRun ? dialog.startDryRun() : dialog.startImport();
    return finished.wait(120000);
}

// Only `language`'s catalogues, whatever was installed before.
void useLanguage(const QString &language)
{
    const auto translators = qApp->findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installTranslations(*qApp, language);
}

} // namespace

class TestCiImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void detectsMapsAndImports();
    void rejectedRecordsAreListedAndNothingIsWritten();
    void brokenFileNamesTheLine();
    void cancelLeavesNothing();
    void importsAnSbomAsTheSoftwareOfACi();
    void importsRelations();
    void exportsThroughThePane();
    void screenshots_data();
    void screenshots();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
};

void TestCiImportDialog::init()
{
    Test::failOnSqlWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Test::openFresh(u"sqlite"_s, *m_dir);
    QVERIFY2(db, Test::why(db));
    m_db = *db;
}

void TestCiImportDialog::cleanup()
{
    m_db.reset();
    m_dir.reset();
    useLanguage(u"en"_s);
}

void TestCiImportDialog::detectsMapsAndImports()
{
    // As Excel saves "CSV (semicolon-separated)" on a German or Dutch Windows.
    const QString path = m_dir->filePath(u"cis.csv"_s);
    writeFile(path,
              windows1252(u"Name;Class;Site;Availability;Serial number\r\n"
                          "srv-01;server;Bürgerbüro;high;SN-1\r\n"
                          "srv-02;vm;Stadhuis;very_high;SN-2\r\n"_s));
    CiImportDialog dialog(m_db);
    dialog.setFile(path);
    QVERIFY2(dialog.previewError().isEmpty(), qPrintable(dialog.previewError()));
    QCOMPARE(dialog.effectiveFormat(), ImportFormat::Csv);
    QCOMPARE(dialog.mappedFields(),
             (QStringList {u"name"_s, u"class"_s, u"site"_s, u"availability"_s, QString()}));
    // The preview decodes the umlauts and shows the line each record starts on.
    QAbstractItemModel *preview = dialog.previewModel();
    QCOMPARE(preview->rowCount(), 2);
    QCOMPARE(preview->index(0, 0).data().toString(), u"2"_s);
    QCOMPARE(preview->index(0, 3).data().toString(), u"Bürgerbüro"_s);
    QVERIFY(preview->headerData(3, Qt::Horizontal).toString().startsWith(u"Site\n→ "_s));

    // The column that names no field becomes a custom attribute when the person says so.
    dialog.setColumnField(4, u"attr.serial_number"_s);
    QCOMPARE(dialog.mappedFields().value(4), u"attr.serial_number"_s);

    QSignalSpy imported(&dialog, &CiImportDialog::imported);
    QVERIFY(run(dialog, true));
    QVERIFY2(dialog.lastError().isEmpty(), qPrintable(dialog.lastError()));
    QVERIFY(dialog.lastReport());
    QCOMPARE(dialog.lastReport()->created, 2);
    QVERIFY(dialog.lastReport()->dryRun);
    QCOMPARE(ciCount(*m_db), 0);
    QCOMPARE(imported.count(), 0);
    const ImportReport dry = *dialog.lastReport();

    QVERIFY(run(dialog, false));
    QVERIFY2(dialog.lastError().isEmpty(), qPrintable(dialog.lastError()));
    QCOMPARE(dialog.lastReport()->created, 2);
    QVERIFY(dialog.lastReport()->committed);
    QCOMPARE(dialog.lastReport()->entries, dry.entries);
    QCOMPARE(imported.count(), 1);
    QCOMPARE(ciCount(*m_db), 2);
    auto ci = CiRepository(*m_db, u"test"_s).byName(u"srv-01"_s);
    QVERIFY2(ci && *ci, Test::why(ci));
    QCOMPARE((*ci)->site, u"Bürgerbüro"_s);
    QCOMPARE((*ci)->protection.availability, ProtectionLevel::High);
    QCOMPARE((*ci)->attributes.value(u"serial_number"_s), u"SN-1"_s);
    QCOMPARE(dialog.reportModel()->rowCount(), 2);

    // Importing the same file again changes nothing.
    QVERIFY(run(dialog, false));
    QCOMPARE(dialog.lastReport()->unchanged, 2);
    QCOMPARE(dialog.lastReport()->created, 0);
}

void TestCiImportDialog::rejectedRecordsAreListedAndNothingIsWritten()
{
    const QString path = m_dir->filePath(u"bad.csv"_s);
    writeFile(path,
              "name,class,site\n"
              "ok-1,server,Stadhuis\n"
              "bad-class,toaster,Stadhuis\n"
              "twice,client,Stadhuis\n"
              "twice,client,Bibliotheek\n");
    CiImportDialog dialog(m_db);
    dialog.setFile(path);
    QVERIFY(run(dialog, false));
    QVERIFY(dialog.lastReport());
    QVERIFY(dialog.lastReport()->refused());
    QCOMPARE(ciCount(*m_db), 0);
    QVERIFY2(dialog.statusText().contains(u"Nothing was written"_s), qPrintable(dialog.statusText()));
    // The rejected records come first, with their lines and what is wrong.
    QAbstractItemModel *report = dialog.reportModel();
    QVERIFY(report->rowCount() >= 2);
    QCOMPARE(report->index(0, 0).data().toString(), u"3"_s);
    QVERIFY2(report->index(0, 3).data().toString().contains(u"toaster"_s),
             qPrintable(report->index(0, 3).data().toString()));
    QCOMPARE(report->index(1, 0).data().toString(), u"5"_s);
    QVERIFY2(report->index(1, 3).data().toString().contains(u"4"_s),
             qPrintable(report->index(1, 3).data().toString()));
    QVERIFY(report->index(0, 0).data(Qt::FontRole).value<QFont>().bold());

    // Written anyway, the valid records arrive and the rejected stay out.
    dialog.setSkipRejected(true);
    QVERIFY(run(dialog, false));
    QVERIFY(dialog.lastReport()->committed);
    QCOMPARE(ciCount(*m_db), 2);
    auto bad = CiRepository(*m_db, u"test"_s).byName(u"bad-class"_s);
    QVERIFY2(bad && !*bad, Test::why(bad));
}

void TestCiImportDialog::brokenFileNamesTheLine()
{
    const QString path = m_dir->filePath(u"quote.csv"_s);
    writeFile(path, "name,description\nsrv-01,\"fine\"\nsrv-02,\"never closed\nsrv-03,x\n");
    CiImportDialog dialog(m_db);
    dialog.setFile(path);
    const QString error = dialog.previewError();
    QVERIFY2(error.contains(u"quote.csv"_s) && error.contains(u"3"_s), qPrintable(error));
    // Neither a dry run nor an import can start from a file that cannot be read.
    const auto buttons = dialog.findChildren<QPushButton *>();
    for (QPushButton *button : buttons)
        if (button->text().contains(u"Import"_s) || button->text().contains(u"dry run"_s))
            QVERIFY2(!button->isEnabled(), qPrintable(button->text()));
}

void TestCiImportDialog::cancelLeavesNothing()
{
    const QString path = m_dir->filePath(u"large.csv"_s);
    {
        QByteArray bytes = "name,class,site,platform\n";
        for (int i = 0; i < 300000; ++i)
            bytes += "ws-" + QByteArray::number(i) + ",client,Stadhuis,Windows 11\n";
        writeFile(path, bytes);
    }
    CiImportDialog dialog(m_db);
    dialog.setFile(path);
    // Cancel as soon as the first progress arrives.
    connect(&dialog, &CiImportDialog::progressed, &dialog, &CiImportDialog::cancel);
    QVERIFY(run(dialog, false));
    QVERIFY2(dialog.lastError().contains(u"cancelled"_s),
             qPrintable(dialog.lastError() + dialog.statusText()));
    QVERIFY(!dialog.lastReport());
    QCOMPARE(ciCount(*m_db), 0);
}

void TestCiImportDialog::importsAnSbomAsTheSoftwareOfACi()
{
    ConfigurationItem ci;
    ci.name = u"ws-0001"_s;
    ci.ciClass = CiClass::Client;
    auto added = CiRepository(*m_db, u"test"_s).add(ci);
    QVERIFY2(added, Test::why(added));

    const QString path = m_dir->filePath(u"ws.cdx.json"_s);
    writeFile(path, R"({"bomFormat": "CycloneDX", "specVersion": "1.5", "version": 1,
        "metadata": {"component": {"type": "device", "name": "some-laptop"}},
        "components": [
          {"type": "application", "name": "Firefox", "version": "128.5.0esr",
           "supplier": {"name": "Mozilla"}, "purl": "pkg:deb/debian/firefox-esr@128.5.0esr"},
          {"type": "library", "name": "openssl", "version": "3.0.15",
           "purl": "pkg:deb/debian/openssl@3.0.15"}]})");
    CiImportDialog dialog(m_db);
    dialog.setFile(path);
    QVERIFY2(dialog.previewError().isEmpty(), qPrintable(dialog.previewError()));
    QCOMPARE(dialog.effectiveFormat(), ImportFormat::CycloneDx);
    QCOMPARE(dialog.previewModel()->rowCount(), 2);
    QCOMPARE(dialog.previewModel()->index(0, 1).data().toString(), u"Firefox"_s);

    // The SBOM names a CI that is not in the CMDB: the import says so and writes nothing.
    QVERIFY(run(dialog, false));
    QVERIFY2(dialog.lastError().contains(u"some-laptop"_s), qPrintable(dialog.lastError()));

    dialog.setTargetCi(u"ws-0001"_s);
    QVERIFY(run(dialog, false));
    QVERIFY2(dialog.lastError().isEmpty(), qPrintable(dialog.lastError()));
    QCOMPARE(dialog.lastReport()->created, 2);
    auto software = SoftwareRepository(*m_db).installedOn(added->id);
    QVERIFY2(software, Test::why(software));
    QCOMPARE(software->size(), 2);
}

void TestCiImportDialog::importsRelations()
{
    CiRepository repository(*m_db, u"test"_s);
    for (const QString &name : {u"app"_s, u"srv"_s}) {
        ConfigurationItem ci;
        ci.name = name;
        QVERIFY(repository.add(ci));
    }
    const QString path = m_dir->filePath(u"relations.csv"_s);
    writeFile(path, "source;type;target\napp;runs_on;srv\n");
    CiImportDialog dialog(m_db);
    dialog.setFile(path);
    QCOMPARE(dialog.effectiveFormat(), ImportFormat::CsvRelations);
    QCOMPARE(dialog.mappedFields(), (QStringList {u"source"_s, u"type"_s, u"target"_s}));
    QVERIFY(run(dialog, false));
    QVERIFY2(dialog.lastError().isEmpty(), qPrintable(dialog.lastError()));
    QCOMPARE(dialog.lastReport()->created, 1);
    auto app = repository.byName(u"app"_s);
    QVERIFY(app && *app);
    auto relations = repository.relationsOf((*app)->id);
    QVERIFY2(relations, Test::why(relations));
    QCOMPARE(relations->size(), 1);
}

void TestCiImportDialog::exportsThroughThePane()
{
    CiRepository repository(*m_db, u"test"_s);
    for (const auto &[name, ciClass] :
         {std::pair {u"srv-01"_s, CiClass::Server}, std::pair {u"srv-02"_s, CiClass::Server},
          std::pair {u"ws-01"_s, CiClass::Client}}) {
        ConfigurationItem ci;
        ci.name = name;
        ci.ciClass = ciClass;
        QVERIFY(repository.add(ci));
    }
    CmdbPane pane(Clock::system(), std::make_unique<CiViewSettings>(m_dir->filePath(u"view.ini"_s)));
    pane.setDatabase(m_db);
    // Only what the expression selects, in a file the importer reads back unchanged.
    const Status applied = pane.setFilterExpression(u"class = server"_s);
    QVERIFY2(applied, Test::why(applied));
    const QString path = m_dir->filePath(u"servers.csv"_s);
    Messages::setNextFileName(path);
    auto *exportAction = pane.findChild<QAction *>(u"exportAction"_s);
    QVERIFY(exportAction && exportAction->isEnabled());
    exportAction->trigger();
    const QStringList shown = Messages::takeShownMessages();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.constFirst().contains(u"2"_s), qPrintable(shown.constFirst()));
    CiImportDialog dialog(m_db);
    dialog.setFile(path);
    QVERIFY(run(dialog, true));
    QVERIFY2(dialog.lastReport(), qPrintable(dialog.lastError()));
    QCOMPARE(dialog.lastReport()->unchanged, 2);
    QCOMPARE(dialog.lastReport()->entries.size(), 2);
}

void TestCiImportDialog::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("de") << u"de"_s;
    QTest::newRow("nl") << u"nl"_s;
}

void TestCiImportDialog::screenshots()
{
    QFETCH(QString, language);
    useLanguage(language);
    const QString path = m_dir->filePath(u"inventory.csv"_s);
    writeFile(
        path,
        windows1252(u"Name;Class;Site;Lifecycle;Platform;Platform version;Availability;Owner;Room\r\n"
                    "srv-app-01;server;Stadhuis;in_production;Windows Server;2022;high;;B.014\r\n"
                    "srv-db-01;server;Stadhuis;in_production;Debian;12;very_high;;B.014\r\n"
                    "ws-bz-001;client;Bürgerbüro;in_production;Windows;11;normal;;A.101\r\n"
                    "ws-bz-002;toaster;Bürgerbüro;in_production;Windows;11;normal;;A.102\r\n"
                    "prn-bz-01;printer;Bürgerbüro;in_production;HP FutureSmart;5.7;normal;;A.100\r\n"
                    "fw-01;firewall;Rechenzentrum;in_production;FortiOS;7.4.4;very_high;nobody;RZ\r\n"_s));
    CiImportDialog dialog(m_db);
    dialog.setFile(path);
    QVERIFY2(dialog.previewError().isEmpty(), qPrintable(dialog.previewError()));
    QVERIFY(run(dialog, true));
    QVERIFY(dialog.lastReport());
    QCOMPARE(dialog.lastReport()->rejected, 2); // the toaster and the unknown owner
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.grab().save(Test::screenshotPath(u"cmdb-import-dialog-%1.png"_s.arg(language))));
}

CHANGEDESK_GUI_TEST_MAIN(TestCiImportDialog)
#include "tst_ciimportdialog.moc"
