// The package integrity pane on a real SQLite file with keys and signatures made by gpg: a file
// dropped onto the verification dialog (its signature picked up from beside it) verified in the
// background with a green verdict, a tampered one red, a weak checksum amber, cancel; the trust
// store dialog adding and pinning a key after comparing its fingerprint; the records in the pane;
// screenshots of the pane and the dialogs in English, German and Dutch.

#include "../change/changetestsupport.h"
#include "../integrity/gpgcorpus.h"
#include "guitestmain.h"

#include "common/messages.h"
#include "integrity/integritypane.h"
#include "integrity/librarydialogs.h"
#include "integrity/openpgpkeyring.h"
#include "integrity/trustdialog.h"
#include "integrity/verifydialog.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

namespace {

const QDateTime kNow(QDate(2026, 11, 23), QTime(8, 0), QTimeZone::UTC);

using Test::utc;
using Test::writeFile;

// Drops `path` onto `target` as a file manager would.
void dropFile(QWidget *target, const QString &path)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
}

} // namespace

class TestIntegrityPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void trustStoreDialog();
    void verifyDialogVerdicts();
    void libraryAcceptanceRelease();
    void screenshots_data();
    void screenshots();

private:
    // Runs the dialog's check to its end.
    bool finish(Ui::VerifyDialog *dialog);

    QTemporaryDir m_dir;
    std::optional<Test::Office> m_office;
    ManualClock m_clock {kNow};
    std::unique_ptr<Test::GpgSigner> m_signer;
    QString m_vendor;
    QString m_package;
};

void TestIntegrityPane::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(Test::GpgSigner::available(),
             "the gpg program is needed to make the test's keys and signatures");
    auto office = Test::office(u"sqlite"_s, m_dir);
    QVERIFY2(office, Test::why(office));
    m_office = *office;
    m_signer = std::make_unique<Test::GpgSigner>();
    m_vendor = m_signer->makeKey(u"Vendor PSIRT <psirt@vendor.example>"_s, utc(2025, 1, 1));
    QVERIFY2(!m_vendor.isEmpty(), qPrintable(m_signer->lastError()));
    QVERIFY(writeFile(m_dir.filePath(u"vendor.asc"_s), m_signer->exportKey(m_vendor)));
    m_package = m_dir.filePath(u"hotfix-4.2.1.zip"_s);
    QVERIFY(writeFile(m_package, QByteArray("hotfix 4.2.1\n").repeated(200000)));
    QVERIFY(writeFile(m_package + u".asc"_s, m_signer->sign(m_vendor, m_package, utc(2025, 6, 1))));
}

bool TestIntegrityPane::finish(Ui::VerifyDialog *dialog)
{
    if (!dialog->isRunning())
        return true;
    QSignalSpy done(dialog, &Ui::VerifyDialog::finished);
    return done.wait(60000);
}

void TestIntegrityPane::trustStoreDialog()
{
    // Somebody who does not keep the store sees it read-only.
    Ui::TrustDialog readOnly(m_office->db, (*m_office)[u"ian"_s], m_clock);
    QVERIFY(!readOnly.addButton()->isEnabled());

    Ui::TrustDialog dialog(m_office->db, (*m_office)[u"sam"_s], m_clock);
    QVERIFY(dialog.addButton()->isEnabled());
    QCOMPARE(dialog.list()->topLevelItemCount(), 0);

    // Before pinning: the fingerprint shown large; Pin only once the fingerprints agree and the
    // channel is named.
    auto inspected = TrustStore::inspect(m_signer->exportKey(m_vendor), u"vendor.asc"_s);
    QVERIFY2(inspected, Test::why(inspected));
    Ui::ConfirmKeyDialog confirm(*inspected, Ui::ConfirmKeyDialog::Mode::Add);
    QVERIFY(!confirm.pinButton()->isEnabled());
    QVERIFY(confirm.unpinnedButton()->isEnabled());
    confirm.fingerprintField()->setText(QString(40, u'A'));
    QVERIFY2(confirm.matchLabel()->text().contains(u"differ"_s), qPrintable(confirm.matchLabel()->text()));
    confirm.channelField()->setText(u"telephone call with the vendor's PSIRT"_s);
    QVERIFY(!confirm.pinButton()->isEnabled());
    confirm.fingerprintField()->setText(OpenPgpKeyring::grouped(m_vendor).toLower());
    QVERIFY2(confirm.matchLabel()->text().contains(u"same"_s), qPrintable(confirm.matchLabel()->text()));
    QVERIFY(confirm.pinButton()->isEnabled());
    QVERIFY(confirm.grab().save(Test::screenshotPath(u"integrity-confirm-key-en.png"_s)));

    // Added through the dialog: first a wrong fingerprint is refused with nothing stored.
    const QString keyFile = m_dir.filePath(u"vendor.asc"_s);
    const Status wrong = dialog.add(keyFile, QString(40, u'B'), u"web page"_s);
    QVERIFY(!wrong);
    QCOMPARE(dialog.list()->topLevelItemCount(), 0);
    QVERIFY2(dialog.add(keyFile, {}, {}), "added unpinned");
    QCOMPARE(dialog.list()->topLevelItemCount(), 1);
    QVERIFY2(dialog.messageText().contains(u"not pinned"_s), qPrintable(dialog.messageText()));
    QCOMPARE(dialog.list()->topLevelItem(0)->text(2), OpenPgpKeyring::grouped(m_vendor));
    QVERIFY(dialog.grab().save(Test::screenshotPath(u"integrity-trust-unpinned-en.png"_s)));
    // Pinned later, once the fingerprint has been compared.
    auto pinned = TrustStore(*m_office->db, (*m_office)[u"sam"_s], m_clock)
                      .pin(m_vendor, u"telephone call with the vendor's PSIRT"_s);
    QVERIFY2(pinned, Test::why(pinned));
    dialog.reload();
    QVERIFY2(dialog.list()->topLevelItem(0)->text(4).contains(u"telephone"_s),
             qPrintable(dialog.list()->topLevelItem(0)->text(4)));
}

void TestIntegrityPane::verifyDialogVerdicts()
{
    Ui::VerifyDialog dialog(m_office->db, (*m_office)[u"ian"_s], m_clock);
    // Nothing chosen: said in words, nothing runs.
    QVERIFY(!dialog.start());
    QVERIFY(!dialog.errorText().isEmpty());

    // Dropped: the signature beside the file is found and the check runs at once.
    dropFile(&dialog, m_package);
    QCOMPARE(dialog.signatureField()->text(), QDir::toNativeSeparators(m_package + u".asc"_s));
    QVERIFY(finish(&dialog));
    QVERIFY2(dialog.result(), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.result()->reason, ReasonCode::Ok);
    QVERIFY(dialog.result()->id > 0); // recorded
    QCOMPARE(dialog.result()->verifiedBy, u"ian"_s);
    QVERIFY2(dialog.verdictLabel()->text().contains(u"✔"_s), qPrintable(dialog.verdictLabel()->text()));
    QVERIFY(dialog.verdictLabel()->styleSheet().contains(u"#2e7d32"_s));
    QVERIFY2(dialog.detailView()->toPlainText().contains(OpenPgpKeyring::grouped(m_vendor)),
             qPrintable(dialog.detailView()->toPlainText()));

    // A tampered copy with the same signature: red, bad signature.
    const QString tampered = m_dir.filePath(u"tampered.zip"_s);
    QFile::remove(tampered);
    QVERIFY(QFile::copy(m_package, tampered));
    {
        QFile f(tampered);
        QVERIFY(f.open(QIODevice::Append));
        f.write("x");
    }
    dialog.fileField()->setText(tampered);
    dialog.checksumField()->clear();
    QVERIFY(dialog.start());
    QVERIFY(finish(&dialog));
    QCOMPARE(dialog.result()->reason, ReasonCode::BadSignature);
    QVERIFY(dialog.verdictLabel()->text().contains(u"✖"_s));
    QVERIFY(dialog.verdictLabel()->styleSheet().contains(u"#c62828"_s));

    // Only an MD5 typed in: amber.
    dialog.fileField()->setText(m_package);
    dialog.signatureField()->clear();
    QFile file(m_package);
    QVERIFY(file.open(QIODevice::ReadOnly));
    dialog.checksumField()->setText(
        QString::fromLatin1(Digests::ofData(file.readAll(), DigestAlgorithm::Md5)->toHex()));
    QVERIFY(dialog.start());
    QVERIFY(finish(&dialog));
    QCOMPARE(dialog.result()->reason, ReasonCode::WeakDigest);
    QVERIFY(dialog.verdictLabel()->text().contains(u"⚠"_s));

    // A checksum file that cannot be read: named, nothing runs.
    dialog.checksumField()->setText(m_dir.filePath(u"missing-SHA256SUMS"_s));
    QVERIFY(!dialog.start());
    QVERIFY2(dialog.errorText().contains(u"missing-SHA256SUMS"_s), qPrintable(dialog.errorText()));

    // Cancelled at once: nothing recorded.
    const int before = int(VerificationLog(*m_office->db).recent(1000)->size());
    dialog.checksumField()->clear();
    dialog.signatureField()->setText(m_package + u".asc"_s);
    QVERIFY(dialog.start());
    QVERIFY(dialog.isRunning());
    QVERIFY(dialog.progressBar()->isVisible() || !dialog.isVisible());
    dialog.cancel();
    QVERIFY(finish(&dialog));
    if (!dialog.result()) { // the check can end before the cancel reaches it
        QVERIFY2(dialog.errorText().contains(u"cancelled"_s), qPrintable(dialog.errorText()));
        QCOMPARE(int(VerificationLog(*m_office->db).recent(1000)->size()), before);
    }

    // Closing while it runs cancels the check; the dialog goes once the check has stopped.
    dialog.show();
    QVERIFY(dialog.start());
    dialog.reject();
    QVERIFY(finish(&dialog));
    QVERIFY(!dialog.isVisible());
}

void TestIntegrityPane::libraryAcceptanceRelease()
{
    Ui::IntegrityPane pane(m_clock);
    pane.setDatabase(m_office->db);
    QVERIFY(pane.setActor(u"ian"_s));
    pane.resize(1100, 700);
    QCOMPARE(pane.tabs()->currentIndex(), 0); // the library first
    const int before = pane.packageList()->topLevelItemCount();

    // Added through the dialog: the signature beside the file is found; a missing field is named
    // and what was typed stays.
    auto *add = pane.openPackageDialog(m_package);
    QVERIFY(add);
    QCOMPARE(QDir::fromNativeSeparators(add->field(u"signature"_s)->text()), m_package + u".asc"_s);
    add->kindBox()->setCurrentIndex(add->kindBox()->findData(u"hotfix"_s));
    add->field(u"vendor"_s)->setText(u"Contoso"_s);
    add->field(u"product"_s)->setText(u"Fachverfahren"_s);
    add->accept();
    QVERIFY(add->isVisible());
    QVERIFY2(add->message()->text().contains(u"version"_s), qPrintable(add->message()->text()));
    QCOMPARE(add->field(u"vendor"_s)->text(), u"Contoso"_s);
    add->field(u"version"_s)->setText(u"4.2.1"_s);
    add->field(u"source"_s)->setText(u"https://contoso.example/downloads"_s);
    QVERIFY(add->grab().save(Test::screenshotPath(u"integrity-package-dialog.png"_s)));
    add->accept();
    QVERIFY2(add->result() == QDialog::Accepted, qPrintable(add->message()->text()));
    const qint64 id = add->addedId();
    QVERIFY(id > 0);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCOMPARE(pane.packageList()->topLevelItemCount(), before + 1);
    QVERIFY(pane.selectPackage(id));
    QVERIFY(!pane.action(u"acceptPackage"_s)->isEnabled()); // not verified yet
    QVERIFY(!pane.action(u"releasePackage"_s)->isEnabled());

    // Verified in the background; the status follows.
    QVERIFY(pane.verifySelected());
    QVERIFY(pane.isVerifying());
    QTRY_VERIFY_WITH_TIMEOUT(!pane.isVerifying(), 60000);
    QVERIFY2(pane.message()->isHidden(), qPrintable(pane.message()->text()));
    QVERIFY(pane.selectPackage(id));
    QVERIFY2(pane.packageView()->toPlainText().contains(u"Verified"_s), qPrintable(pane.packageView()->toPlainText()));
    QVERIFY(pane.action(u"acceptPackage"_s)->isEnabled());
    QVERIFY(!pane.action(u"releasePackage"_s)->isEnabled()); // ian does not release

    // The acceptance record: a failed test cannot be accepted; the refusal needs reasons.
    auto *acceptance = pane.openAcceptanceDialog();
    QVERIFY(acceptance);
    acceptance->environment()->setText(u"Test lab, clone of FV-01"_s);
    acceptance->tests()->item(0, 0)->setText(u"Installs silently"_s);
    acceptance->addTest(u"Monthly report runs"_s, u"failed"_s, u"stops at page 3"_s);
    acceptance->accept();
    QVERIFY(acceptance->isVisible());
    QVERIFY2(acceptance->message()->text().contains(u"Monthly report runs"_s), qPrintable(acceptance->message()->text()));
    acceptance->tests()->removeRow(1);
    acceptance->addTest(u"Monthly report runs"_s, u"passed"_s, u"after the fix in 4.2.1"_s);
    QVERIFY(acceptance->grab().save(Test::screenshotPath(u"integrity-acceptance-dialog.png"_s)));
    acceptance->accept();
    QVERIFY2(acceptance->result() == QDialog::Accepted, qPrintable(acceptance->message()->text()));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    // Released by the change manager; the statement as PDF; the register intact.
    QVERIFY(pane.setActor(u"carl"_s));
    pane.reload();
    QVERIFY(pane.selectPackage(id));
    QVERIFY(pane.action(u"releasePackage"_s)->isEnabled());
    auto *release = pane.openReleaseDialog();
    QVERIFY(release);
    release->date()->setDate(QDate(2026, 11, 30));
    release->restrictions()->setPlainText(u"Only after the year-end closing"_s);
    QVERIFY(release->grab().save(Test::screenshotPath(u"integrity-release-dialog.png"_s)));
    release->accept();
    QVERIFY2(release->result() == QDialog::Accepted, qPrintable(release->message()->text()));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(pane.selectPackage(id));
    QVERIFY(pane.action(u"statement"_s)->isEnabled());
    QVERIFY(pane.packageView()->toPlainText().contains(u"Only after the year-end closing"_s));
    const QString pdf = m_dir.filePath(u"statement.pdf"_s);
    QVERIFY2(pane.writeStatement(pdf), "the release statement is written");
    QFile written(pdf);
    QVERIFY(written.open(QIODevice::ReadOnly) && written.read(5) == "%PDF-");
    auto report = pane.verifyRegister();
    QVERIFY2(report, Test::why(report));
    QVERIFY(report->intact());
    QVERIFY2(pane.message()->text().contains(u"intact"_s), qPrintable(pane.message()->text()));
    QVERIFY(pane.exportRegister(m_dir.filePath(u"register.json"_s)));

    // Attached to a request for change (the change manager may), shown in the list.
    const ChangeService changes(*m_office->db, WorkflowDefinition::builtIn(), m_clock);
    auto rfc = changes.create(Test::draft(u"Roll out hotfix 4.2.1"_s, {m_office->server}), (*m_office)[u"ann"_s]);
    QVERIFY2(rfc, Test::why(rfc));
    QVERIFY2(pane.attachTo(rfc->id), qPrintable(pane.message()->text()));
    QVERIFY(pane.selectPackage(id));
    QCOMPARE(pane.packageList()->currentItem()->text(5), u"#%1"_s.arg(rfc->id));
    QVERIFY(!pane.attachTo(999999));
}

void TestIntegrityPane::screenshots_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : {u"en"_s, u"de"_s, u"nl"_s})
        QTest::newRow(qPrintable(language)) << language;
}

void TestIntegrityPane::screenshots()
{
    QFETCH(QString, language);
    Test::switchLanguage(language);
    Ui::IntegrityPane pane(m_clock);
    QVERIFY(pane.setActor(u"ian"_s));
    pane.setDatabase(m_office->db);
    QVERIFY(pane.setActor(u"ian"_s));
    pane.resize(1100, 700);
    QVERIFY(pane.recordList()->topLevelItemCount() >= 3);
    // Newest first: the weak checksum of the dialog test.
    QVERIFY2(!pane.recordView()->toPlainText().isEmpty(), "the newest record is shown");
    QVERIFY(pane.packageList()->topLevelItemCount() >= 1);
    QVERIFY(pane.grab().save(Test::screenshotPath(u"integrity-library-%1.png"_s.arg(language))));
    pane.tabs()->setCurrentIndex(1);
    QVERIFY(pane.grab().save(Test::screenshotPath(u"integrity-pane-%1.png"_s.arg(language))));

    // A file dropped onto the pane opens the dialog and verifies it.
    const int before = pane.recordList()->topLevelItemCount();
    dropFile(&pane, m_package);
    auto *dialog = pane.findChild<Ui::VerifyDialog *>();
    QVERIFY(dialog);
    QVERIFY(finish(dialog));
    QCOMPARE(dialog->result()->reason, ReasonCode::Ok);
    QCOMPARE(pane.recordList()->topLevelItemCount(), before + 1);
    QVERIFY(dialog->grab().save(Test::screenshotPath(u"integrity-verify-%1.png"_s.arg(language))));
    dialog->close();

    auto *trust = pane.openTrustDialog();
    QVERIFY(trust);
    QCOMPARE(trust->list()->topLevelItemCount(), 1);
    QVERIFY(trust->grab().save(Test::screenshotPath(u"integrity-trust-%1.png"_s.arg(language))));
    trust->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

CHANGEDESK_GUI_TEST_MAIN(TestIntegrityPane)
#include "tst_integritypane.moc"
