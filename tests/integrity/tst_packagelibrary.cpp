// The software library, acceptance, release and the reference checksum register (issue 6: M8, M9,
// M10) on a real SQLite file and a real PostgreSQL server: packages with a signature made by gpg
// and a pinned key, statuses that follow the verifications, the rules of acceptance and release,
// the append-only hash-chained register that finds a file changed after its release, its export,
// and the workflow guard that keeps a request from starting with an unverified package.

#include "../change/changetestsupport.h"
#include "gpgcorpus.h"

#include "audit/auditlog.h"
#include "integrity/checksumregister.h"
#include "integrity/packagelibrary.h"
#include "integrity/truststore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QtCrypto>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

namespace {

using Test::utc;
using Test::writeFile;

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QList<AcceptanceTest> passedTests()
{
    return {{u"Installs on the reference client"_s, u"passed"_s, {}},
            {u"Specialist procedure still starts"_s, u"passed"_s, u"checked by the department"_s}};
}

} // namespace

class TestPackageLibrary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void backends_data();
    void libraryAcceptanceRelease_data() { backends_data(); }
    void libraryAcceptanceRelease();
    void registerIsAppendOnlyAndChained_data() { backends_data(); }
    void registerIsAppendOnlyAndChained();
    void startWaitsForVerifiedPackages_data() { backends_data(); }
    void startWaitsForVerifiedPackages();

private:
    QString file(const QString &name, const QByteArray &content);

    QTemporaryDir m_dir;
    std::unique_ptr<Test::GpgSigner> m_signer;
    QString m_vendor;
    QByteArray m_vendorKey;
};

void TestPackageLibrary::initTestCase()
{
    QVERIFY2(Test::GpgSigner::available(),
             "the gpg program is needed to make the test's keys and signatures");
    m_signer = std::make_unique<Test::GpgSigner>();
    m_vendor = m_signer->makeKey(u"Vendor PSIRT <psirt@vendor.example>"_s, utc(2025, 1, 1));
    QVERIFY2(!m_vendor.isEmpty(), qPrintable(m_signer->lastError()));
    m_vendorKey = m_signer->exportKey(m_vendor);
}

void TestPackageLibrary::backends_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

QString TestPackageLibrary::file(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    return writeFile(path, content) ? path : QString();
}

void TestPackageLibrary::libraryAcceptanceRelease()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto o = Test::office(backend, dir);
    QVERIFY2(o, Test::why(o));
    ManualClock clock(Test::kStart);
    QVERIFY(TrustStore(*o->db, (*o)[u"sam"_s], clock)
                .add(m_vendorKey, u"vendor.asc"_s, m_vendor, u"vendor's security page, by telephone"_s));

    const QByteArray content = QByteArray("cumulative update\n").repeated(5000);
    const QString path = file(u"kb5070001-%1.msu"_s.arg(backend), content);
    QVERIFY(!path.isEmpty());
    const QByteArray signature = m_signer->sign(m_vendor, path, utc(2026, 11, 10));
    QVERIFY(!signature.isEmpty());

    const PackageLibrary ian(*o->db, (*o)[u"ian"_s], clock);
    Package p;
    p.kind = u"security_patch"_s;
    p.vendor = u"Microsoft"_s;
    p.product = u"Windows 11"_s;
    p.version = u"KB5070001"_s;
    p.source = u"https://catalog.update.microsoft.com"_s;
    p.signature = signature;
    p.signatureSource = u"kb5070001.msu.asc"_s;

    // Bad input names what is wrong; an applicant does not keep the library.
    Package noVendor = p;
    noVendor.vendor = u"  "_s;
    auto refused = ian.add(noVendor, path);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(refused.error().message.contains(u"vendor"_s), qPrintable(refused.error().message));
    Package badKind = p;
    badKind.kind = u"driver"_s;
    QVERIFY(!ian.add(badKind, path));
    Package wrongSums = p;
    wrongSums.checksums = "0000000000000000000000000000000000000000000000000000000000000000  other.msu\n";
    wrongSums.checksumsSource = u"SHA256SUMS"_s;
    auto noEntry = ian.add(wrongSums, path);
    QVERIFY(!noEntry);
    QVERIFY2(noEntry.error().message.contains(u"SHA256SUMS"_s), qPrintable(noEntry.error().message));
    QVERIFY(!ian.add(p, m_dir.filePath(u"missing.msu"_s)));
    auto byAnn = PackageLibrary(*o->db, (*o)[u"ann"_s], clock).add(p, path);
    QVERIFY(!byAnn);
    QCOMPARE(byAnn.error().kind, ErrorKind::ReadOnly);
    QVERIFY(ian.list()->isEmpty()); // nothing half-written

    auto added = ian.add(p, path);
    QVERIFY2(added, Test::why(added));
    QCOMPARE(added->status, Package::Status::Unverified);
    QCOMPARE(added->sha256, sha256Hex(content));
    QCOMPARE(added->fileSize, content.size());
    QCOMPARE(added->addedBy, u"ian"_s);
    auto twice = ian.add(p, path);
    QVERIFY(!twice);
    QCOMPARE(twice.error().kind, ErrorKind::Conflict);

    // Not verified yet: neither accepted nor released.
    auto early
        = ian.accept(added->id, PackageAcceptance {0, 0, {}, u"Test lab"_s, passedTests(), true, {}, {}, {}});
    QVERIFY(!early);
    QCOMPARE(early.error().kind, ErrorKind::Conflict);

    PackageVerifier verifier(*TrustStore(*o->db).snapshot());
    clock.set(utc(2026, 11, 20));
    auto verified = ian.verify(added->id, verifier);
    QVERIFY2(verified, Test::why(verified));
    QVERIFY2(verified->ok(), qPrintable(verified->detail));
    QCOMPARE(verified->packageId, added->id);
    QCOMPARE(verified->decisive()->signerFingerprint, m_vendor);
    QCOMPARE(ian.get(added->id)->status, Package::Status::Verified);
    QCOMPARE(ian.verifications(added->id)->size(), 1);

    // Acceptance: the environment, at least one test, all passed to accept, reasons to refuse.
    const auto acceptance = [](QList<AcceptanceTest> tests, bool accepted, const QString &reasons) {
        PackageAcceptance a;
        a.testEnvironment = u"Test lab, reference client W11-REF-01"_s;
        a.tests = std::move(tests);
        a.accepted = accepted;
        a.refusalReasons = reasons;
        return a;
    };
    QVERIFY(!ian.accept(added->id, acceptance({}, true, {})));
    PackageAcceptance noEnvironment = acceptance(passedTests(), true, {});
    noEnvironment.testEnvironment.clear();
    QVERIFY(!ian.accept(added->id, noEnvironment));
    auto failedTest
        = ian.accept(added->id, acceptance({{u"Printing"_s, u"failed"_s, u"spooler hangs"_s}}, true, {}));
    QVERIFY(!failedTest);
    QVERIFY2(failedTest.error().message.contains(u"Printing"_s), qPrintable(failedTest.error().message));
    QVERIFY(!ian.accept(added->id, acceptance({{u"Printing"_s, u"maybe"_s, {}}}, true, {})));
    QVERIFY(!ian.accept(added->id, acceptance({{u"Printing"_s, u"failed"_s, {}}}, false, {})));
    auto refusal = ian.accept(added->id,
                              acceptance({{u"Printing"_s, u"failed"_s, u"spooler hangs"_s}}, false,
                                         u"The print spooler hangs after the update."_s));
    QVERIFY2(refusal, Test::why(refusal));
    QVERIFY(!refusal->accepted);

    // Releasing: change managers only, and only after an acceptance that was not a refusal.
    QVERIFY(!PackageLibrary(*o->db, (*o)[u"ian"_s], clock).release(added->id, QDate(2026, 11, 24), {}));
    const PackageLibrary carl(*o->db, (*o)[u"carl"_s], clock);
    auto refusedRelease = carl.release(added->id, QDate(2026, 11, 24), {});
    QVERIFY(!refusedRelease);
    QVERIFY2(refusedRelease.error().message.contains(u"spooler"_s),
             qPrintable(refusedRelease.error().message));

    clock.set(utc(2026, 11, 21));
    auto accepted = ian.accept(added->id, acceptance(passedTests(), true, {}));
    QVERIFY2(accepted, Test::why(accepted));
    QCOMPARE(accepted->sha256, sha256Hex(content));
    QCOMPARE(accepted->declaredBy, u"ian"_s);
    QCOMPARE(ian.acceptances(added->id)->size(), 2);
    QCOMPARE(ian.acceptances(added->id)->last().tests.size(), 2);

    clock.set(utc(2026, 11, 22));
    auto released = carl.release(added->id, QDate(2026, 11, 24), u"Not on the lab's measuring PCs"_s);
    QVERIFY2(released, Test::why(released));
    QCOMPARE(released->seq, 1);
    QCOMPARE(released->sha256, sha256Hex(content));
    QCOMPARE(released->sha512,
             QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha512).toHex()));
    QCOMPARE(released->acceptanceId, accepted->id);
    QCOMPARE(released->releasedBy, u"carl"_s);
    QCOMPARE(released->releasedAt, utc(2026, 11, 22));
    QCOMPARE(carl.get(added->id)->status, Package::Status::Released);
    QVERIFY(!carl.release(added->id, QDate(2026, 11, 24), {})); // once

    auto statement = carl.statement(added->id);
    QVERIFY2(statement, Test::why(statement));
    QCOMPARE(statement->entry.seq, 1);
    QCOMPARE(statement->acceptance.id, accepted->id);
    QCOMPARE(statement->verification.id, verified->id);
    QCOMPARE(statement->entry.restrictions, u"Not on the lab's measuring PCs"_s);

    // Verified again: unchanged stays released; changed after the release fails with its reason.
    auto again = ian.verify(added->id, verifier);
    QVERIFY2(again && again->ok(), "unchanged");
    QCOMPARE(ian.get(added->id)->status, Package::Status::Released);
    QVERIFY(writeFile(path, content + "tampered"));
    auto changed = ian.verify(added->id, verifier);
    QVERIFY2(changed, Test::why(changed));
    QCOMPARE(changed->reason, ReasonCode::FileChangedSinceRelease);
    QVERIFY2(changed->detail.contains(released->sha256), qPrintable(changed->detail));
    QCOMPARE(ian.get(added->id)->status, Package::Status::Failed);
    QCOMPARE(ian.get(added->id)->statusReason, u"file_changed_since_release"_s);
    // Still measured against the register while failed; the released bytes restored, released again.
    QCOMPARE(ian.verify(added->id, verifier)->reason, ReasonCode::FileChangedSinceRelease);
    QVERIFY(writeFile(path, content));
    auto restored = ian.verify(added->id, verifier);
    QVERIFY2(restored && restored->ok(), "restored");
    QCOMPARE(ian.get(added->id)->status, Package::Status::Released);

    // Every step is in the audit trail, about the package.
    auto events = AuditLog(*o->db).eventsFor(u"package"_s, added->id);
    QVERIFY2(events, Test::why(events));
    QStringList actions;
    for (const AuditEvent &e : std::as_const(*events))
        actions << e.action;
    for (const QString &action : {u"package.add"_s, u"package.status"_s, u"package.refuse"_s,
                                  u"package.accept"_s, u"package.release"_s})
        QVERIFY2(actions.contains(action), qPrintable(actions.join(u", "_s)));
}

void TestPackageLibrary::registerIsAppendOnlyAndChained()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto o = Test::office(backend, dir);
    QVERIFY2(o, Test::why(o));
    ManualClock clock(Test::kStart);
    const PackageLibrary ian(*o->db, (*o)[u"ian"_s], clock);
    const PackageLibrary carl(*o->db, (*o)[u"carl"_s], clock);
    PackageVerifier verifier(*TrustStore(*o->db).snapshot());

    // Three packages released on checksums alone (SHA-256 published by the vendor).
    QStringList paths;
    for (int i = 1; i <= 3; ++i) {
        const QByteArray content
            = QByteArray("firmware %1\n").replace("%1", QByteArray::number(i)).repeated(700 * i);
        const QString name = u"fw-%1-%2.bin"_s.arg(backend).arg(i);
        const QString path = file(name, content);
        QVERIFY(!path.isEmpty());
        paths << path;
        Package p;
        p.kind = u"release"_s;
        p.vendor = u"Lancom"_s;
        p.product = u"LCOS"_s;
        p.version = u"10.80.%1"_s.arg(i);
        p.checksums = sha256Hex(content).toLatin1() + "  " + name.toUtf8() + '\n';
        p.checksumsSource = u"vendor download page"_s;
        auto added = ian.add(p, path);
        QVERIFY2(added, Test::why(added));
        auto v = ian.verify(added->id, verifier);
        QVERIFY2(v && v->ok(), v ? qPrintable(v->detail) : "verify");
        QVERIFY(ian.accept(added->id,
                           PackageAcceptance {0, 0, {}, u"Lab router"_s, passedTests(), true, {}, {}, {}}));
        clock.advanceSeconds(3600);
        auto r = carl.release(added->id, QDate(2026, 11, 24).addDays(i), {});
        QVERIFY2(r, Test::why(r));
        QCOMPARE(r->seq, i);
    }
    const ChecksumRegister reg(*o->db, clock);
    auto entries = reg.entries();
    QVERIFY2(entries && entries->size() == 3, "three entries");
    QCOMPARE(ChecksumRegister::chainHash(QString(64, u'0'), entries->first()), entries->first().hash);

    auto report = carl.verifyRegister();
    QVERIFY2(report, Test::why(report));
    QVERIFY(report->intact());
    QCOMPARE(report->chain.checked, 3);
    QCOMPARE(report->files.size(), 3);

    // Append-only for everybody, also in raw SQL.
    QVERIFY(!o->db->exec(u"UPDATE checksum_register SET sha256 = 'x' WHERE seq = 2"_s));
    QVERIFY(!o->db->exec(u"DELETE FROM checksum_register WHERE seq = 3"_s));
    QCOMPARE(reg.entries()->size(), 3);

    // The export for write-once media reads back with the same chain; an edited copy does not.
    const QString exported = dir.filePath(u"register.json"_s);
    auto written = reg.exportTo(exported);
    QVERIFY2(written, Test::why(written));
    QCOMPARE(written->headHash, entries->last().hash);
    auto read = ChecksumRegister::readExport(exported);
    QVERIFY2(read, Test::why(read));
    QVERIFY(ChecksumRegister::checkChain(*read).intact());
    QCOMPARE(ChecksumRegister::checkChain(*read).headHash, entries->last().hash);
    QList<RegisterEntry> edited = *read;
    edited[1].sha256 = sha256Hex("something else");
    const RegisterChainCheck broken = ChecksumRegister::checkChain(edited);
    QVERIFY(!broken.intact());
    QCOMPARE(broken.badSeq, 2);
    QCOMPARE(ChecksumRegister::firstDifference(*read, *entries), 0);
    QCOMPARE(ChecksumRegister::firstDifference(edited, *entries), 0); // the hashes were left alone
    edited[1].hash = ChecksumRegister::chainHash(edited[0].hash, edited[1]);
    QCOMPARE(ChecksumRegister::firstDifference(edited, *entries), 2);
    QList<RegisterEntry> gap = *read;
    gap.removeAt(1);
    QCOMPARE(ChecksumRegister::checkChain(gap).badSeq, 3);
    QVERIFY(writeFile(dir.filePath(u"not-a-register.json"_s), "{\"format\": \"other\"}"));
    QVERIFY(!ChecksumRegister::readExport(dir.filePath(u"not-a-register.json"_s)));

    // A released file altered on the share: found, recorded, and its package fails.
    QVERIFY(writeFile(paths.at(1), "replaced by somebody"));
    QVERIFY(QFile::remove(paths.at(2)));
    auto found = carl.verifyRegister();
    QVERIFY2(found, Test::why(found));
    QVERIFY(!found->intact());
    QVERIFY(found->chain.intact());
    QCOMPARE(found->files.at(0).state, RegisterFileCheck::State::Intact);
    QCOMPARE(found->files.at(1).state, RegisterFileCheck::State::Changed);
    QCOMPARE(found->files.at(1).actualSha256, sha256Hex("replaced by somebody"));
    QCOMPARE(found->files.at(2).state, RegisterFileCheck::State::Missing);
    const qint64 changedId = found->files.at(1).entry.packageId;
    QCOMPARE(carl.get(changedId)->status, Package::Status::Failed);
    auto records = carl.verifications(changedId);
    QVERIFY2(records, Test::why(records));
    QCOMPARE(records->first().reason, ReasonCode::FileChangedSinceRelease);
    QCOMPARE(records->first().verifiedBy, u"carl"_s);
    QCOMPARE(found->toJson().value(u"intact"_s).toBool(), false);
}

void TestPackageLibrary::startWaitsForVerifiedPackages()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto o = Test::office(backend, dir);
    QVERIFY2(o, Test::why(o));
    ManualClock clock(Test::kStart);
    const ChangeService service(*o->db, WorkflowDefinition::builtIn(), clock);
    const WorkflowTransition *start = WorkflowDefinition::builtIn().transition(u"scheduled"_s, u"start"_s);
    QVERIFY(start);
    QVERIFY(start->required.contains(u"packages_verified"_s));

    // A request that is scheduled (moved there directly: the path is tested elsewhere).
    auto original = service.create(Test::draft(u"Earlier patch day"_s, {o->printer}), (*o)[u"ann"_s]);
    QVERIFY2(original, Test::why(original));
    auto created
        = service.create(Test::filledFor(*start, u"Patch day"_s, o->printer, original->id), (*o)[u"ann"_s]);
    QVERIFY2(created, Test::why(created));
    QVERIFY(o->db->exec(u"UPDATE change_request SET state = 'scheduled' WHERE id = ?"_s, {created->id}));

    const PackageLibrary ian(*o->db, (*o)[u"ian"_s], clock);
    const QByteArray content = QByteArray("driver\n").repeated(900);
    const QString path = file(u"driver-%1.cab"_s.arg(backend), content);
    Package p;
    p.kind = u"hotfix"_s;
    p.vendor = u"HP"_s;
    p.product = u"Universal Print Driver"_s;
    p.version = u"7.3.0"_s;
    p.checksums = QByteArray(64, 'a') + "  " + QFileInfo(path).fileName().toUtf8() + '\n';
    p.checksumsSource = u"a mistyped checksum"_s;
    auto wrong = ian.add(p, path);
    QVERIFY2(wrong, Test::why(wrong));

    // The applicant may not attach packages once it is scheduled; the implementer may.
    QVERIFY(!service.attachPackage(created->id, wrong->id, (*o)[u"ann"_s]));
    QVERIFY2(service.attachPackage(created->id, wrong->id, (*o)[u"ian"_s]), "ian attaches");
    QCOMPARE(service.packages(created->id)->size(), 1);

    // Unverified: start waits, naming the package.
    auto waits = service.act(created->id, u"start"_s, (*o)[u"ian"_s]);
    QVERIFY(!waits);
    QCOMPARE(waits.error().kind, ErrorKind::Conflict);
    QVERIFY2(waits.error().message.contains(u"HP Universal Print Driver 7.3.0"_s),
             qPrintable(waits.error().message));
    QVERIFY2(waits.error().message.contains(u"unverified"_s), qPrintable(waits.error().message));

    // Failed (the checksum does not match): still waits, with the reason.
    PackageVerifier verifier(*TrustStore(*o->db).snapshot());
    auto failed = ian.verify(wrong->id, verifier);
    QVERIFY2(failed && failed->reason == ReasonCode::ChecksumMismatch, "mismatch");
    auto stillWaits = service.act(created->id, u"start"_s, (*o)[u"ian"_s]);
    QVERIFY(!stillWaits);
    QVERIFY2(stillWaits.error().message.contains(u"failed"_s)
                 && stillWaits.error().message.contains(Reasons::text(ReasonCode::ChecksumMismatch)),
             qPrintable(stillWaits.error().message));
    QCOMPARE(service.get(created->id)->state, u"scheduled"_s);
    auto facts = service.facts(*service.get(created->id));
    QVERIFY2(facts, Test::why(facts));
    QVERIFY(!facts->filled.contains(u"packages_verified"_s));
    QCOMPARE(facts->packageProblems.size(), 1);

    // The right package instead of the wrong one: verified, and the request starts.
    Package right = p;
    right.version = u"7.3.0 (re-downloaded)"_s;
    right.checksums = sha256Hex(content).toLatin1() + "  " + QFileInfo(path).fileName().toUtf8() + '\n';
    right.checksumsSource = u"HP support page"_s;
    auto good = ian.add(right, path);
    QVERIFY2(good, Test::why(good));
    QVERIFY(ian.verify(good->id, verifier)->ok());
    QVERIFY2(service.detachPackage(created->id, wrong->id, (*o)[u"ian"_s]), "ian detaches");
    QVERIFY(!service.detachPackage(created->id, wrong->id, (*o)[u"ian"_s])); // not attached any more
    QVERIFY2(service.attachPackage(created->id, good->id, (*o)[u"ian"_s]), "ian attaches");
    auto started = service.act(created->id, u"start"_s, (*o)[u"ian"_s]);
    QVERIFY2(started, Test::why(started));
    QCOMPARE(started->state, u"implementing"_s);

    auto history = service.history(created->id);
    QVERIFY2(history, Test::why(history));
    QStringList actions;
    for (const AuditEvent &e : std::as_const(*history))
        actions << e.action;
    QVERIFY2(actions.contains(u"change.attach_package"_s) && actions.contains(u"change.detach_package"_s),
             qPrintable(actions.join(u", "_s)));
}

int main(int argc, char *argv[])
{
    QCA::Initializer crypto; // the digests go through QCA
    QCoreApplication app(argc, argv);
    TestPackageLibrary test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_packagelibrary.moc"
