// The trust store and package verification in the database (issue 6, M8, M10), on SQLite and
// on PostgreSQL: a key is shown with its fingerprint and counts only once pinned through a second
// channel; who may keep the store; how checksums, signatures and signed checksum files add up to
// one reason code; every verification recorded with its audit event.

#include "../change/changetestsupport.h"
#include "gpgcorpus.h"

#include "audit/auditlog.h"
#include "integrity/openpgpkeyring.h"
#include "integrity/packageverifier.h"
#include "integrity/truststore.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>
#include <QtCrypto>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

namespace {

using Test::utc;
using Test::writeFile;

// Runs openssl in `dir` with a configuration of its own; the failure's text in `error`.
bool openssl(const QTemporaryDir &dir, const QStringList &args, QString *error)
{
    QProcess p;
    p.setWorkingDirectory(dir.path());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"OPENSSL_CONF"_s, dir.filePath(u"openssl.cnf"_s));
    p.setProcessEnvironment(env);
    p.start(u"openssl"_s, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = u"openssl %1: %2"_s.arg(args.join(u' '), QString::fromLocal8Bit(p.readAllStandardError()));
        return false;
    }
    return true;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray sha256Hex(const QByteArray &data)
{
    return Digests::ofData(data, DigestAlgorithm::Sha256)->toHex();
}

} // namespace

class TestPackageVerifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void trustStore_data();
    void trustStore();
    void evidenceAddsUp();
    void recordsEveryVerification_data();
    void recordsEveryVerification();
    void cmsThroughTheTrustStore();

private:
    PackageVerification verify(PackageVerifier &verifier, const PackageEvidence &evidence,
                               const QString &path = {});

    QTemporaryDir m_dir;
    std::unique_ptr<Test::GpgSigner> m_signer;
    QString m_vendor, m_other;
    QByteArray m_vendorKey, m_otherKey;
    QString m_package;
    QByteArray m_content;
    QByteArray m_signature, m_otherSignature;
    const QDateTime m_at = utc(2026, 1, 15);
};

void TestPackageVerifier::initTestCase()
{
    QVERIFY2(Test::GpgSigner::available(),
             "the gpg program is needed to make the test's keys and signatures");
    m_signer = std::make_unique<Test::GpgSigner>();
    m_vendor = m_signer->makeKey(u"Vendor PSIRT <psirt@vendor.example>"_s, utc(2025, 1, 1));
    m_other = m_signer->makeKey(u"Other <other@elsewhere.example>"_s, utc(2025, 1, 1));
    QVERIFY2(!m_vendor.isEmpty() && !m_other.isEmpty(), qPrintable(m_signer->lastError()));
    m_vendorKey = m_signer->exportKey(m_vendor);
    m_otherKey = m_signer->exportKey(m_other);
    m_package = m_dir.filePath(u"security-patch-2026-11.msu"_s);
    m_content = QByteArray("security patch payload\n").repeated(1000);
    QVERIFY(writeFile(m_package, m_content));
    m_signature = m_signer->sign(m_vendor, m_package, utc(2025, 6, 1));
    m_otherSignature = m_signer->sign(m_other, m_package, utc(2025, 6, 1));
    QVERIFY(!m_signature.isEmpty() && !m_otherSignature.isEmpty());
}

PackageVerification TestPackageVerifier::verify(PackageVerifier &verifier, const PackageEvidence &evidence,
                                                const QString &path)
{
    auto v = verifier.verify(path.isEmpty() ? m_package : path, evidence, m_at);
    if (!v) {
        PackageVerification failed;
        failed.detail = u"ERROR: "_s + v.error().message;
        return failed;
    }
    return *v;
}

void TestPackageVerifier::trustStore_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

void TestPackageVerifier::trustStore()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto o = Test::office(backend, dir);
    QVERIFY2(o, Test::why(o));
    ManualClock clock(Test::kStart);

    // What a file holds is shown before anything is stored: the full fingerprint.
    auto inspected = TrustStore::inspect(m_vendorKey, u"vendor.asc"_s);
    QVERIFY2(inspected, Test::why(inspected));
    QCOMPARE(inspected->size(), 1);
    QCOMPARE(inspected->first().fingerprint, m_vendor);
    QCOMPARE(inspected->first().label, u"Vendor PSIRT <psirt@vendor.example>"_s);
    QVERIFY(!inspected->first().pinned);
    const auto notAKey = TrustStore::inspect("hello", u"readme.txt"_s);
    QVERIFY(!notAKey);
    QCOMPARE(notAKey.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(notAKey.error().message.contains(u"readme.txt"_s), qPrintable(notAKey.error().message));

    // Only change managers, administrators and security management keep the store.
    QVERIFY(!TrustStore(*o->db, (*o)[u"ian"_s], clock).add(m_vendorKey, u"vendor.asc"_s));
    QVERIFY(!TrustStore(*o->db, (*o)[u"ann"_s], clock).add(m_vendorKey, u"vendor.asc"_s));
    const TrustStore store(*o->db, (*o)[u"sam"_s], clock);

    // A fingerprint that is not this key's is refused (somebody swapped the file), as is a
    // comparison without saying how it was made.
    const auto swapped = store.add(m_vendorKey, u"vendor.asc"_s, m_other, u"vendor web page"_s);
    QVERIFY(!swapped);
    QCOMPARE(swapped.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(swapped.error().message.contains(u"do not trust"_s), qPrintable(swapped.error().message));
    QVERIFY(!store.add(m_vendorKey, u"vendor.asc"_s, m_vendor, {}));
    QVERIFY(TrustStore(*o->db).anchors()->isEmpty()); // nothing half-written

    // Added unpinned: its signatures do not count yet.
    auto added = store.add(m_otherKey, u"other.asc"_s);
    QVERIFY2(added, Test::why(added));
    QVERIFY(!added->first().pinned);
    QCOMPARE(added->first().addedBy, u"sam"_s);
    // Added and pinned in one go, the fingerprint typed with spaces as read aloud.
    auto pinned = store.add(m_vendorKey, u"vendor.asc"_s, OpenPgpKeyring::grouped(m_vendor).toLower(),
                            u"telephone call with the vendor's PSIRT"_s);
    QVERIFY2(pinned, Test::why(pinned));
    QVERIFY(pinned->first().pinned);
    QCOMPARE(pinned->first().confirmedVia, u"telephone call with the vendor's PSIRT"_s);
    QCOMPARE(pinned->first().pinnedAt, Test::kStart);
    // Adding it again changes nothing.
    auto again = store.add(m_vendorKey, u"vendor-copy.asc"_s);
    QVERIFY2(again && again->first().id == pinned->first().id, "the same anchor");

    auto snapshot = TrustStore(*o->db).snapshot();
    QVERIFY2(snapshot, Test::why(snapshot));
    QCOMPARE(snapshot->openPgpKeys.size(), 2);
    QCOMPARE(snapshot->pinnedOpenPgp, QSet<QString> {m_vendor});
    {
        PackageVerifier verifier(*snapshot);
        PackageEvidence byOther;
        byOther.signature = m_otherSignature;
        byOther.signatureSource = u"patch.asc"_s;
        QCOMPARE(verify(verifier, byOther).reason, ReasonCode::KeyNotPinned);
    }

    // Pinning later: a short ID is not a comparison, the channel is required.
    QVERIFY(!store.pin(m_other.right(16), u"web page"_s));
    QVERIFY(!store.pin(m_other, u"  "_s));
    QVERIFY(!TrustStore(*o->db, (*o)[u"ann"_s], clock).pin(m_other, u"web page"_s));
    clock.advanceSeconds(60);
    auto pinnedLater = store.pin(m_other, u"fingerprint on the vendor's web page over HTTPS"_s);
    QVERIFY2(pinnedLater, Test::why(pinnedLater));
    QVERIFY(pinnedLater->pinned);
    QCOMPARE(pinnedLater->pinnedBy, u"sam"_s);
    {
        PackageVerifier verifier(*TrustStore(*o->db).snapshot());
        PackageEvidence byOther;
        byOther.signature = m_otherSignature;
        byOther.signatureSource = u"patch.asc"_s;
        QCOMPARE(verify(verifier, byOther).reason, ReasonCode::Ok);
    }

    // Removed: the key is gone from the checks.
    QVERIFY2(store.remove(m_other), "removed");
    QVERIFY(!store.remove(m_other));
    {
        PackageVerifier verifier(*TrustStore(*o->db).snapshot());
        PackageEvidence byOther;
        byOther.signature = m_otherSignature;
        byOther.signatureSource = u"patch.asc"_s;
        QCOMPARE(verify(verifier, byOther).reason, ReasonCode::UnknownKey);
    }

    // The audit trail tells the story of the other key.
    const qint64 otherId = added->first().id;
    auto events = AuditLog(*o->db).eventsFor(u"trust_anchor"_s, otherId);
    QVERIFY2(events, Test::why(events));
    QStringList actions;
    for (const AuditEvent &e : std::as_const(*events))
        actions << e.action;
    QCOMPARE(actions, (QStringList {u"trust.add"_s, u"trust.pin"_s, u"trust.remove"_s}));
}

void TestPackageVerifier::evidenceAddsUp()
{
    const TrustSnapshot trust {{m_vendorKey, m_otherKey}, {m_vendor}, {}};
    PackageVerifier verifier(trust);
    const QByteArray sha = sha256Hex(m_content);
    const QString name = QFileInfo(m_package).fileName();

    // No evidence at all.
    QCOMPARE(verify(verifier, {}).reason, ReasonCode::NoSignature);

    // A SHA-256 checksum alone: verified, and the record says "checksum only".
    PackageEvidence sums;
    QVERIFY(PackageVerifier::addChecksumFile(sums, sha + "  " + name.toUtf8() + "\n", u"SHA256SUMS"_s, name));
    auto checksumOnly = verify(verifier, sums);
    QCOMPARE(checksumOnly.reason, ReasonCode::Ok);
    QCOMPARE(checksumOnly.checksumAlgorithm, u"sha256"_s);
    QVERIFY2(checksumOnly.detail.contains(u"checksum only"_s), qPrintable(checksumOnly.detail));
    QCOMPARE(checksumOnly.sha256.toHex(), sha);

    // A checksum file without this file's name is bad input, named.
    PackageEvidence elsewhere;
    const auto none
        = PackageVerifier::addChecksumFile(elsewhere, sha + "  other.msu\n", u"SHA256SUMS"_s, name);
    QVERIFY(!none);
    QVERIFY2(none.error().message.contains(name), qPrintable(none.error().message));

    // A differing checksum fails, whatever else is good.
    PackageEvidence wrong;
    QByteArray bad = sha;
    bad[0] = bad.at(0) == '0' ? '1' : '0';
    QVERIFY(
        PackageVerifier::addChecksumFile(wrong, bad + "  " + name.toUtf8() + "\n", u"SHA256SUMS"_s, name));
    wrong.signature = m_signature;
    wrong.signatureSource = u"patch.asc"_s;
    const auto mismatch = verify(verifier, wrong);
    QCOMPARE(mismatch.reason, ReasonCode::ChecksumMismatch);
    QVERIFY2(mismatch.detail.contains(u"SHA256SUMS"_s) && mismatch.detail.contains(QString::fromLatin1(sha)),
             qPrintable(mismatch.detail));

    // MD5 and SHA-1 alone are weak (amber), however well they match.
    PackageEvidence weak;
    const QByteArray md5 = Digests::ofData(m_content, DigestAlgorithm::Md5)->toHex();
    const QByteArray sha1 = Digests::ofData(m_content, DigestAlgorithm::Sha1)->toHex();
    QVERIFY(PackageVerifier::addChecksumFile(
        weak, "MD5 (" + name.toUtf8() + ") = " + md5 + "\nSHA1 (" + name.toUtf8() + ") = " + sha1 + "\n",
        u"CHECKSUMS"_s, name));
    const auto weakOnly = verify(verifier, weak);
    QCOMPARE(weakOnly.reason, ReasonCode::WeakDigest);
    QCOMPARE(weakOnly.verdict(), Reasons::Verdict::Amber);
    // … and a wrong MD5 is still a mismatch.
    PackageEvidence weakWrong;
    QVERIFY(PackageVerifier::addChecksumFile(
        weakWrong, "MD5 (" + name.toUtf8() + ") = " + QByteArray(32, 'a') + "\n", u"CHECKSUMS"_s, name));
    QCOMPARE(verify(verifier, weakWrong).reason, ReasonCode::ChecksumMismatch);

    // The signature of the file by the pinned key.
    PackageEvidence signedFile;
    signedFile.signature = m_signature;
    signedFile.signatureSource = u"patch.asc"_s;
    const auto good = verify(verifier, signedFile);
    QCOMPARE(good.reason, ReasonCode::Ok);
    QCOMPARE(good.decisive()->signerFingerprint, m_vendor);
    QVERIFY2(good.toolVersions.contains(u"gpg"_s) && good.toolVersions.contains(u"QCA"_s),
             qPrintable(good.toolVersions));
    // A failing signature beats a matching checksum from an unsigned source.
    PackageEvidence unpinnedWithSum = sums;
    unpinnedWithSum.signature = m_otherSignature;
    unpinnedWithSum.signatureSource = u"patch.asc"_s;
    QCOMPARE(verify(verifier, unpinnedWithSum).reason, ReasonCode::KeyNotPinned);
    // Two signatures, one good and one over other bytes: bad.
    const QString other = m_dir.filePath(u"other.bin"_s);
    QVERIFY(writeFile(other, "other"));
    PackageEvidence twoSigs;
    twoSigs.signature = m_signer->sign(m_vendor, m_package, utc(2025, 6, 1), {}, false)
        + m_signer->sign(m_vendor, other, utc(2025, 6, 1), {}, false);
    twoSigs.signatureSource = u"patch.sig"_s;
    const auto oneBad = verify(verifier, twoSigs);
    QCOMPARE(oneBad.reason, ReasonCode::BadSignature);
    QCOMPARE(oneBad.signatures.size(), 2);

    // A signed checksum file (SHA256SUMS + SHA256SUMS.asc).
    const QString sumsPath = m_dir.filePath(u"SHA256SUMS"_s);
    const QByteArray sumsText = sha + "  " + name.toUtf8() + "\n" + QByteArray(64, 'b') + "  another.msu\n";
    QVERIFY(writeFile(sumsPath, sumsText));
    PackageEvidence signedSums;
    QVERIFY(PackageVerifier::addChecksumFile(signedSums, sumsText, u"SHA256SUMS"_s, name));
    signedSums.checksumFileSignature = m_signer->sign(m_vendor, sumsPath, utc(2025, 6, 1));
    signedSums.checksumFileSignatureSource = u"SHA256SUMS.asc"_s;
    const auto viaSums = verify(verifier, signedSums);
    QCOMPARE(viaSums.reason, ReasonCode::Ok);
    QVERIFY2(viaSums.detail.contains(u"SHA256"_s), qPrintable(viaSums.detail));
    // The checksum file altered after signing: its signature is bad.
    PackageEvidence alteredSums = signedSums;
    alteredSums.checksumFile = sumsText + "\n";
    QCOMPARE(verify(verifier, alteredSums).reason, ReasonCode::BadSignature);
    // The package altered: the signed checksum does not match.
    const QString altered = m_dir.filePath(name + u".altered"_s);
    QVERIFY(writeFile(altered, m_content + "x"));
    QCOMPARE(verify(verifier, signedSums, altered).reason, ReasonCode::ChecksumMismatch);

    // Progress runs across both passes (hashing, then the signature) to the end; cancel stops it.
    qint64 last = 0;
    qint64 total = 0;
    auto withProgress = verifier.verify(m_package, signedFile, m_at, [&](qint64 d, qint64 t) {
        last = d;
        total = t;
        return true;
    });
    QVERIFY2(withProgress, Test::why(withProgress));
    QCOMPARE(total, 2 * QFileInfo(m_package).size());
    QCOMPARE(last, total);
    auto cancelled = verifier.verify(m_package, signedFile, m_at, [](qint64, qint64) { return false; });
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().kind, ErrorKind::Cancelled);
    // A file that is not there.
    auto missing = verifier.verify(m_dir.filePath(u"gone.msu"_s), signedFile, m_at);
    QVERIFY(!missing);
    QVERIFY2(missing.error().message.contains(u"gone.msu"_s), qPrintable(missing.error().message));
}

void TestPackageVerifier::recordsEveryVerification_data()
{
    trustStore_data();
}

void TestPackageVerifier::recordsEveryVerification()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto o = Test::office(backend, dir);
    QVERIFY2(o, Test::why(o));
    ManualClock clock(Test::kStart);
    QVERIFY(
        TrustStore(*o->db, (*o)[u"carl"_s], clock).add(m_vendorKey, u"vendor.asc"_s, m_vendor, u"letter"_s));
    PackageVerifier verifier(*TrustStore(*o->db).snapshot());
    PackageEvidence evidence;
    evidence.signature = m_signature;
    evidence.signatureSource = u"patch.asc"_s;
    const VerificationLog log(*o->db, (*o)[u"ian"_s], clock);

    auto good = log.record(verify(verifier, evidence));
    QVERIFY2(good, Test::why(good));
    QVERIFY(good->id > 0);
    QCOMPARE(good->verifiedBy, u"ian"_s);
    QCOMPARE(good->verifiedAt, Test::kStart);
    clock.advanceSeconds(30);
    const QString altered = m_dir.filePath(u"altered.msu"_s);
    QVERIFY(writeFile(altered, m_content + "!"));
    auto bad = log.record(verify(verifier, evidence, altered));
    QVERIFY2(bad, Test::why(bad));

    auto recent = log.recent();
    QVERIFY2(recent, Test::why(recent));
    QCOMPARE(recent->size(), 2);
    const PackageVerification &last = recent->at(0); // newest first
    QCOMPARE(last.reason, ReasonCode::BadSignature);
    QCOMPARE(last.fileName, u"altered.msu"_s);
    const PackageVerification &first = recent->at(1);
    QCOMPARE(first.reason, ReasonCode::Ok);
    QCOMPARE(first.sha256.toHex(), sha256Hex(m_content));
    QCOMPARE(first.fileSize, m_content.size());
    QCOMPARE(first.signatures.size(), 1);
    QCOMPARE(first.signatures.first().signerFingerprint, m_vendor);
    QCOMPARE(first.signatures.first().signedAt, utc(2025, 6, 1));
    QCOMPARE(first.signatures.first().keyValidityAtSigning, u"valid"_s);
    QVERIFY(!first.signatures.first().digestAlgorithm.isEmpty());
    QVERIFY2(first.toolVersions.contains(u"GPGME"_s), qPrintable(first.toolVersions));
    QCOMPARE(first.verifiedAt, Test::kStart);
    // By file: the SHA-256 finds its verifications.
    QCOMPARE(log.recent(10, QString::fromLatin1(sha256Hex(m_content)))->size(), 1);

    auto events = AuditLog(*o->db).eventsFor(u"package_verification"_s, good->id);
    QVERIFY2(events && events->size() == 1, "one audit event per verification");
    QCOMPARE(events->first().action, u"package.verify"_s);
}

void TestPackageVerifier::cmsThroughTheTrustStore()
{
    // A CA with its CRL and a code-signing certificate it issued, made here with openssl.
    QTemporaryDir x509;
    QString error;
    const auto run = [&](const QStringList &args) {
        return openssl(x509, args, &error);
    };
    QVERIFY(writeFile(x509.filePath(u"openssl.cnf"_s), "[req]\ndistinguished_name = dn\n[dn]\n"));
    QVERIFY(writeFile(x509.filePath(u"index.txt"_s), {}));
    QVERIFY(writeFile(x509.filePath(u"crlnumber"_s), "01\n"));
    QVERIFY(writeFile(x509.filePath(u"ca.cnf"_s),
                      "[ca]\ndefault_ca = this\n[this]\ndatabase = index.txt\ncrlnumber = crlnumber\n"
                      "default_md = sha256\n"));
    QVERIFY(writeFile(x509.filePath(u"code.ext"_s),
                      "basicConstraints=critical,CA:FALSE\n"
                      "keyUsage=critical,digitalSignature\n"
                      "extendedKeyUsage=codeSigning\n"));
    QVERIFY2(run({u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s,
                  u"-nodes"_s, u"-keyout"_s, u"ca.key"_s, u"-subj"_s, u"/CN=Vendor Code Signing CA"_s,
                  u"-days"_s, u"3650"_s, u"-addext"_s, u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s,
                  u"keyUsage=critical,keyCertSign,cRLSign"_s, u"-out"_s, u"ca.pem"_s}),
             qPrintable(error));
    QVERIFY2(run({u"ca"_s, u"-gencrl"_s, u"-config"_s, u"ca.cnf"_s, u"-keyfile"_s, u"ca.key"_s, u"-cert"_s,
                  u"ca.pem"_s, u"-crldays"_s, u"30"_s, u"-out"_s, u"ca.crl"_s}),
             qPrintable(error));
    QVERIFY2(run({u"req"_s, u"-new"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s,
                  u"-nodes"_s, u"-keyout"_s, u"signer.key"_s, u"-subj"_s, u"/CN=Vendor Release Signing"_s,
                  u"-out"_s, u"signer.csr"_s}),
             qPrintable(error));
    QVERIFY2(run({u"x509"_s, u"-req"_s, u"-in"_s, u"signer.csr"_s, u"-CA"_s, u"ca.pem"_s, u"-CAkey"_s,
                  u"ca.key"_s, u"-set_serial"_s, u"0x10"_s, u"-extfile"_s, u"code.ext"_s, u"-days"_s,
                  u"365"_s, u"-out"_s, u"signer.pem"_s}),
             qPrintable(error));
    QVERIFY2(run({u"cms"_s, u"-sign"_s, u"-binary"_s, u"-md"_s, u"sha256"_s, u"-in"_s, m_package,
                  u"-signer"_s, u"signer.pem"_s, u"-inkey"_s, u"signer.key"_s, u"-outform"_s, u"DER"_s,
                  u"-out"_s, u"package.p7s"_s}),
             qPrintable(error));

    QTemporaryDir dir;
    auto o = Test::office(u"sqlite"_s, dir);
    QVERIFY2(o, Test::why(o));
    const TrustStore store(*o->db, (*o)[u"carl"_s]);
    // A signer's own certificate is not a trust anchor: its CA is.
    const auto notCa = store.add(readFile(x509.filePath(u"signer.pem"_s)), u"signer.pem"_s);
    QVERIFY(!notCa);
    QVERIFY2(notCa.error().message.contains(u"not a CA"_s), qPrintable(notCa.error().message));

    auto ca = TrustStore::inspect(readFile(x509.filePath(u"ca.pem"_s)), u"ca.pem"_s);
    QVERIFY2(ca, Test::why(ca));
    QCOMPARE(ca->first().kind, TrustAnchor::Kind::X509Ca);
    QCOMPARE(ca->first().label, u"CN=Vendor Code Signing CA"_s);
    auto pinned = store.add(readFile(x509.filePath(u"ca.pem"_s)), u"ca.pem"_s, ca->first().fingerprint,
                            u"the vendor's certificate policy, printed"_s);
    QVERIFY2(pinned && pinned->first().pinned, "the CA pinned");

    PackageEvidence evidence;
    evidence.signature = readFile(x509.filePath(u"package.p7s"_s));
    evidence.signatureSource = u"package.p7s"_s;
    QVERIFY(PackageVerifier::isCms(evidence.signature));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    {
        // Without the CA's CRL the check fails closed.
        PackageVerifier verifier(*TrustStore(*o->db).snapshot());
        auto v = verifier.verify(m_package, evidence, now);
        QVERIFY2(v, Test::why(v));
        QCOMPARE(v->reason, ReasonCode::CrlMissing);
    }
    // A CRL needs no pin: OpenSSL checks it against its CA.
    auto crl = store.add(readFile(x509.filePath(u"ca.crl"_s)), u"ca.crl"_s);
    QVERIFY2(crl, Test::why(crl));
    QCOMPARE(crl->first().kind, TrustAnchor::Kind::X509Crl);
    QVERIFY(crl->first().pinned);
    {
        PackageVerifier verifier(*TrustStore(*o->db).snapshot());
        auto v = verifier.verify(m_package, evidence, now);
        QVERIFY2(v, Test::why(v));
        QVERIFY2(v->reason == ReasonCode::Ok, qPrintable(v->detail));
        QCOMPARE(v->decisive()->kind, SignatureCheck::Kind::Cms);
        QVERIFY2(v->toolVersions.contains(u"OpenSSL"_s), qPrintable(v->toolVersions));
        // Checked after the CRL's next update (30 days): out of date, fails closed.
        auto late = verifier.verify(m_package, evidence, now.addDays(45));
        QCOMPARE(late->reason, ReasonCode::CrlMissing);
    }
    // The CA removed: the chain leads nowhere.
    QVERIFY(store.remove(ca->first().fingerprint));
    PackageVerifier verifier(*TrustStore(*o->db).snapshot());
    QCOMPARE(verifier.verify(m_package, evidence, now)->reason, ReasonCode::ChainInvalid);
}

int main(int argc, char *argv[])
{
    QCA::Initializer crypto; // the digests go through QCA
    QCoreApplication app(argc, argv);
    TestPackageVerifier test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_packageverifier.moc"
