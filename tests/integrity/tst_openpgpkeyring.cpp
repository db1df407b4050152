// OpenPGP signatures of packages (issue 6, M10): a pitfall corpus made here with the real gpg
// program at faked times — expired, revoked and unpinned keys, a revoked subkey, signatures over
// other bytes, MD5 and SHA-1, an expired signature, signatures from the future, two signatures of
// which one is bad — and each case decided with its reason code against an injected time. The
// provider fixtures of the shared corpus verify with their published key.

#include "gpgcorpus.h"
#include "testconfig.h"
#include "testsupport.h"

#include "integrity/openpgpkeyring.h"

#include <QDirIterator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

namespace {

using Test::utc;

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

using Test::writeFile;

} // namespace

class TestOpenPgpKeyring : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void describeShowsTheFingerprint();
    void goodSignatures();
    void otherBytesAreRejected();
    void keysDecidedAtSigningTime();
    void revokedKeyAndSubkey();
    void unknownAndUnpinnedKeys();
    void weakDigests();
    void signatureTimes();
    void oneGoodOneBad();
    void unreadableSignatures();
    void progressAndCancel();
    void corpusProviderFixtures();

private:
    // One signature check, or an empty list with the failure in `why`.
    QList<SignatureCheck> check(const QString &file, const QByteArray &signature, const QDateTime &at,
                                QString *why = nullptr);

    QTemporaryDir m_dir;
    std::unique_ptr<Test::GpgSigner> m_signer;
    std::unique_ptr<OpenPgpKeyring> m_keyring;
    QSet<QString> m_pinned;
    QString m_package;
    QByteArray m_content;
    const QDateTime m_created = utc(2025, 1, 1);
    const QDateTime m_signed = utc(2025, 3, 1);
    const QDateTime m_at = utc(2026, 1, 15); // the verification time
    QString m_good, m_expiring, m_expiredAtSigning, m_revoked, m_withSub, m_sub, m_stranger, m_unpinned;
    QByteArray m_goodSig, m_revokedSig, m_subSig, m_expiredAtSigningSig, m_expiringSig, m_strangerSig,
        m_unpinnedSig;
};

void TestOpenPgpKeyring::initTestCase()
{
    QVERIFY2(Test::GpgSigner::available(),
             "the gpg program is needed to make the test's keys and signatures");
    QVERIFY2(OpenPgpKeyring::available(), Test::why(OpenPgpKeyring::available()));
    m_signer = std::make_unique<Test::GpgSigner>();
    Test::GpgSigner &s = *m_signer;

    m_package = m_dir.filePath(u"hotfix-4.2.1.tar.gz"_s);
    m_content = QByteArray("hotfix 4.2.1\n").repeated(5000);
    QVERIFY(writeFile(m_package, m_content));

    m_good = s.makeKey(u"Vendor Release <release@vendor.example>"_s, m_created);
    QVERIFY2(!m_good.isEmpty(), qPrintable(s.lastError()));
    m_goodSig = s.sign(m_good, m_package, m_signed);
    QVERIFY2(!m_goodSig.isEmpty(), qPrintable(s.lastError()));

    // Valid for a year: the signature was made while it was valid, the check comes after.
    m_expiring = s.makeKey(u"Yearly Key <yearly@vendor.example>"_s, m_created, u"sign"_s, u"1y"_s);
    m_expiringSig = s.sign(m_expiring, m_package, m_signed);
    QVERIFY2(!m_expiringSig.isEmpty(), qPrintable(s.lastError()));

    // Signed in June; in February the key's expiry was set to the next day (a self-signature made
    // before the package signature): the key had expired when it signed.
    m_expiredAtSigning = s.makeKey(u"Lapsed Key <lapsed@vendor.example>"_s, m_created);
    m_expiredAtSigningSig = s.sign(m_expiredAtSigning, m_package, utc(2025, 6, 1));
    QVERIFY2(!m_expiredAtSigningSig.isEmpty(), qPrintable(s.lastError()));
    QVERIFY2(s.setExpiry(m_expiredAtSigning, utc(2025, 2, 1), u"1d"_s), qPrintable(s.lastError()));

    m_revoked = s.makeKey(u"Compromised <compromised@vendor.example>"_s, m_created);
    m_revokedSig = s.sign(m_revoked, m_package, m_signed);
    QVERIFY2(s.revoke(m_revoked), qPrintable(s.lastError()));

    // A certification-only primary key with a signing subkey that signs, then is revoked.
    m_withSub = s.makeKey(u"Build Farm <build@vendor.example>"_s, m_created, u"cert"_s);
    m_sub = s.addSigningSubkey(m_withSub, m_created.addSecs(60));
    QVERIFY2(!m_sub.isEmpty(), qPrintable(s.lastError()));
    m_subSig = s.sign(m_sub + u'!', m_package, m_signed);
    QVERIFY2(!m_subSig.isEmpty(), qPrintable(s.lastError()));
    QVERIFY2(s.revokeSubkey(m_withSub, 1, utc(2025, 4, 1)), qPrintable(s.lastError()));

    m_stranger = s.makeKey(u"Stranger <stranger@elsewhere.example>"_s, m_created);
    m_strangerSig = s.sign(m_stranger, m_package, m_signed);
    m_unpinned = s.makeKey(u"Unconfirmed <new@vendor.example>"_s, m_created);
    m_unpinnedSig = s.sign(m_unpinned, m_package, m_signed);
    QVERIFY(!m_strangerSig.isEmpty() && !m_unpinnedSig.isEmpty());

    // The trust store: all but the stranger's key; all pinned but the unconfirmed one.
    QList<QByteArray> keys;
    for (const QString &fpr : {m_good, m_expiring, m_expiredAtSigning, m_revoked, m_withSub, m_unpinned})
        keys << s.exportKey(fpr);
    auto keyring = OpenPgpKeyring::create(keys);
    QVERIFY2(keyring, Test::why(keyring));
    m_keyring = std::move(*keyring);
    m_pinned = {m_good, m_expiring, m_expiredAtSigning, m_revoked, m_withSub};
    QCOMPARE(m_keyring->keys().size(), 6);
}

QList<SignatureCheck> TestOpenPgpKeyring::check(const QString &file, const QByteArray &signature,
                                                const QDateTime &at, QString *why)
{
    auto checks = m_keyring->verifyFile(file, signature, u"package.asc"_s, m_pinned, at);
    if (!checks) {
        if (why)
            *why = checks.error().message;
        return {};
    }
    return *checks;
}

void TestOpenPgpKeyring::describeShowsTheFingerprint()
{
    auto keys = OpenPgpKeyring::describe(m_signer->exportKey(m_withSub), u"build-farm.asc"_s);
    QVERIFY2(keys, Test::why(keys));
    QCOMPARE(keys->size(), 1);
    const OpenPgpKeyInfo &k = keys->first();
    QCOMPARE(k.fingerprint, m_withSub);
    QCOMPARE(k.userIds, QStringList {u"Build Farm <build@vendor.example>"_s});
    QCOMPARE(k.created, m_created);
    QVERIFY(k.expires > m_created.addYears(2) && k.expires <= m_created.addYears(3).addDays(1));
    QCOMPARE(k.algorithm, u"ed25519"_s);
    QCOMPARE(k.subkeys.size(), 2);
    QCOMPARE(k.subkeys.at(1).fingerprint, m_sub);
    QVERIFY(k.subkeys.at(1).revoked);
    QVERIFY(!k.subkeys.at(0).canSign);
    // In groups of four for reading aloud over the telephone.
    const QString grouped = OpenPgpKeyring::grouped(m_withSub);
    QCOMPARE(grouped.size(), 40 + 9);
    QCOMPARE(QString(grouped).remove(u' '), m_withSub);

    const auto none = OpenPgpKeyring::describe("not a key at all", u"notes.txt"_s);
    QVERIFY(!none);
    QCOMPARE(none.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(none.error().message.contains(u"notes.txt"_s), qPrintable(none.error().message));
}

void TestOpenPgpKeyring::goodSignatures()
{
    QString why;
    auto checks = check(m_package, m_goodSig, m_at, &why);
    QVERIFY2(checks.size() == 1, qPrintable(why));
    const SignatureCheck &c = checks.first();
    QCOMPARE(c.reason, ReasonCode::Ok);
    QCOMPARE(c.kind, SignatureCheck::Kind::OpenPgp);
    QCOMPARE(c.signerFingerprint, m_good);
    QCOMPARE(c.signingKeyFingerprint, m_good);
    QCOMPARE(c.signer, u"Vendor Release <release@vendor.example>"_s);
    QCOMPARE(c.signedAt, m_signed);
    QCOMPARE(c.keyValidityAtSigning, u"valid"_s);
    QVERIFY2(c.digestAlgorithm.startsWith(u"SHA"_s) && !c.digestAlgorithm.endsWith(u"SHA1"_s),
             qPrintable(c.digestAlgorithm));

    // The same signature in binary form.
    const QByteArray binary = m_signer->sign(m_good, m_package, m_signed, {}, false);
    QVERIFY(!binary.startsWith("-----"));
    QCOMPARE(check(m_package, binary, m_at).value(0).reason, ReasonCode::Ok);

    // A key that expired after it signed: the signature stands, the record tells when it expired.
    const auto lapsedLater = check(m_package, m_expiringSig, m_at).value(0);
    QCOMPARE(lapsedLater.reason, ReasonCode::Ok);
    QCOMPARE(lapsedLater.keyValidityAtSigning, u"valid"_s);
    QVERIFY(lapsedLater.keyExpires.isValid() && lapsedLater.keyExpires < m_at);

    // Also from memory (a checksum file's signature).
    auto fromData = m_keyring->verifyData(m_content, m_goodSig, u"package.asc"_s, m_pinned, m_at);
    QVERIFY2(fromData, Test::why(fromData));
    QCOMPARE(fromData->value(0).reason, ReasonCode::Ok);
}

void TestOpenPgpKeyring::otherBytesAreRejected()
{
    const QString changed = m_dir.filePath(u"changed.tar.gz"_s);
    QByteArray one = m_content;
    one[one.size() / 2] = char(one.at(one.size() / 2) ^ 1);
    QVERIFY(writeFile(changed, one));
    const QString truncated = m_dir.filePath(u"truncated.tar.gz"_s);
    QVERIFY(writeFile(truncated, m_content.left(m_content.size() - 1)));
    const QString extended = m_dir.filePath(u"extended.tar.gz"_s);
    QVERIFY(writeFile(extended, m_content + "\n"));
    for (const QString &file : {changed, truncated, extended}) {
        const auto checks = check(file, m_goodSig, m_at);
        QCOMPARE(checks.size(), 1);
        QCOMPARE(checks.first().reason, ReasonCode::BadSignature);
        QCOMPARE(checks.first().signerFingerprint, m_good); // who claims it, for the record
    }
}

void TestOpenPgpKeyring::keysDecidedAtSigningTime()
{
    const auto lapsed = check(m_package, m_expiredAtSigningSig, m_at).value(0);
    QCOMPARE(lapsed.reason, ReasonCode::KeyExpired);
    QCOMPARE(lapsed.keyValidityAtSigning, u"expired"_s);
    QCOMPARE(lapsed.keyExpires, utc(2025, 2, 2));
    QVERIFY2(lapsed.detail.contains(u"2025-02-02"_s), qPrintable(lapsed.detail));
}

void TestOpenPgpKeyring::revokedKeyAndSubkey()
{
    const auto revoked = check(m_package, m_revokedSig, m_at).value(0);
    QCOMPARE(revoked.reason, ReasonCode::KeyRevoked);
    QCOMPARE(revoked.keyValidityAtSigning, u"revoked"_s);

    // Made by the subkey before it was revoked: a revoked subkey proves nothing any more.
    const auto sub = check(m_package, m_subSig, m_at).value(0);
    QCOMPARE(sub.reason, ReasonCode::KeyRevoked);
    QCOMPARE(sub.signingKeyFingerprint, m_sub);
    QCOMPARE(sub.signerFingerprint, m_withSub); // pinned is the primary key
    QVERIFY2(sub.detail.contains(u"subkey"_s), qPrintable(sub.detail));
}

void TestOpenPgpKeyring::unknownAndUnpinnedKeys()
{
    const auto stranger = check(m_package, m_strangerSig, m_at).value(0);
    QCOMPARE(stranger.reason, ReasonCode::UnknownKey);
    QVERIFY(stranger.signerFingerprint.isEmpty());
    QVERIFY2(stranger.detail.contains(m_stranger.right(16)), qPrintable(stranger.detail));

    // In the keyring, good signature, but nobody confirmed the fingerprint.
    const auto unpinned = check(m_package, m_unpinnedSig, m_at).value(0);
    QCOMPARE(unpinned.reason, ReasonCode::KeyNotPinned);
    QCOMPARE(unpinned.signerFingerprint, m_unpinned);
    // Pinned, the same signature is good: the pin list is what decides.
    auto pinnedNow = m_keyring->verifyFile(m_package, m_unpinnedSig, u"package.asc"_s,
                                           m_pinned + QSet<QString> {m_unpinned}, m_at);
    QVERIFY2(pinnedNow, Test::why(pinnedNow));
    QCOMPARE(pinnedNow->value(0).reason, ReasonCode::Ok);
    // An empty pin list trusts nobody, however good the signature.
    auto nobody = m_keyring->verifyFile(m_package, m_goodSig, u"package.asc"_s, {}, m_at);
    QCOMPARE(nobody->value(0).reason, ReasonCode::KeyNotPinned);
}

void TestOpenPgpKeyring::weakDigests()
{
    // gpg verifies a SHA-1 signature as good: the decision to refuse it is ours.
    const QByteArray sha1 = m_signer->sign(m_good, m_package, m_signed, {u"--digest-algo"_s, u"SHA1"_s});
    QVERIFY2(!sha1.isEmpty(), qPrintable(m_signer->lastError()));
    const auto s1 = check(m_package, sha1, m_at).value(0);
    QCOMPARE(s1.reason, ReasonCode::WeakDigest);
    QCOMPARE(s1.digestAlgorithm, u"SHA1"_s);
    // gpg refuses to check MD5 at all; that is weak, not forged.
    const QByteArray md5 = m_signer->sign(m_good, m_package, m_signed, {u"--digest-algo"_s, u"MD5"_s});
    QVERIFY2(!md5.isEmpty(), qPrintable(m_signer->lastError()));
    const auto m5 = check(m_package, md5, m_at).value(0);
    QCOMPARE(m5.reason, ReasonCode::WeakDigest);
    QCOMPARE(m5.digestAlgorithm, u"MD5"_s);
}

void TestOpenPgpKeyring::signatureTimes()
{
    // A signature valid for one day, checked long after.
    const QByteArray shortLived
        = m_signer->sign(m_good, m_package, m_signed, {u"--default-sig-expire"_s, u"1d"_s});
    QVERIFY2(!shortLived.isEmpty(), qPrintable(m_signer->lastError()));
    QCOMPARE(check(m_package, shortLived, m_at).value(0).reason, ReasonCode::SignatureExpired);
    // … and the same signature checked within its day is good.
    QCOMPARE(check(m_package, shortLived, m_signed.addSecs(3600)).value(0).reason, ReasonCode::Ok);

    // The clock a year off: a signature dated a year after the time of the check.
    const QByteArray future = m_signer->sign(m_good, m_package, m_at.addYears(1));
    QVERIFY2(!future.isEmpty(), qPrintable(m_signer->lastError()));
    QCOMPARE(check(m_package, future, m_at).value(0).reason, ReasonCode::NotYetValid);
    // A check a year before the good signature was made.
    QCOMPARE(check(m_package, m_goodSig, m_signed.addYears(-1)).value(0).reason, ReasonCode::NotYetValid);
    // A year later the same signature is still good: old signatures by valid keys stand.
    QCOMPARE(check(m_package, m_goodSig, m_at.addYears(1)).value(0).reason, ReasonCode::Ok);
    // Ten minutes of clock difference between the signer and us are tolerated.
    QCOMPARE(check(m_package, m_goodSig, m_signed.addSecs(-300)).value(0).reason, ReasonCode::Ok);
}

void TestOpenPgpKeyring::oneGoodOneBad()
{
    // Two signatures in one file: a good one over the package and one over other bytes.
    const QString other = m_dir.filePath(u"other.txt"_s);
    QVERIFY(writeFile(other, "something else"));
    const QByteArray good = m_signer->sign(m_good, m_package, m_signed, {}, false);
    const QByteArray bad = m_signer->sign(m_expiring, other, m_signed, {}, false);
    QVERIFY(!good.isEmpty() && !bad.isEmpty());
    const auto checks = check(m_package, good + bad, m_at);
    QCOMPARE(checks.size(), 2);
    QCOMPARE(checks.at(0).reason, ReasonCode::Ok);
    QCOMPARE(checks.at(1).reason, ReasonCode::BadSignature);
}

void TestOpenPgpKeyring::unreadableSignatures()
{
    for (const QByteArray &garbage :
         {QByteArray(), QByteArray("not a signature\n"), m_signer->exportKey(m_good)}) {
        const auto result = m_keyring->verifyFile(m_package, garbage, u"hotfix.sig"_s, m_pinned, m_at);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ErrorKind::InvalidInput);
        QVERIFY2(result.error().message.contains(u"hotfix.sig"_s), qPrintable(result.error().message));
    }
    const auto missing
        = m_keyring->verifyFile(m_dir.filePath(u"gone.tar.gz"_s), m_goodSig, u"x.asc"_s, m_pinned, m_at);
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, ErrorKind::NotFound);
    QVERIFY2(missing.error().message.contains(u"gone.tar.gz"_s), qPrintable(missing.error().message));
}

void TestOpenPgpKeyring::progressAndCancel()
{
    const QString big = m_dir.filePath(u"big.iso"_s);
    QVERIFY(writeFile(big, QByteArray(5 * (1 << 20) + 77, 'x')));
    const QByteArray sig = m_signer->sign(m_good, big, m_signed);
    QVERIFY(!sig.isEmpty());
    qint64 last = 0;
    qint64 total = 0;
    int calls = 0;
    auto done = m_keyring->verifyFile(big, sig, u"big.iso.asc"_s, m_pinned, m_at, [&](qint64 d, qint64 t) {
        ++calls;
        last = d;
        total = t;
        return true;
    });
    QVERIFY2(done, Test::why(done));
    QCOMPARE(done->value(0).reason, ReasonCode::Ok);
    QVERIFY(calls >= 5);
    QCOMPARE(total, QFileInfo(big).size());
    QCOMPARE(last, total);

    auto cancelled = m_keyring->verifyFile(big, sig, u"big.iso.asc"_s, m_pinned, m_at,
                                           [](qint64 d, qint64) { return d < 2 * (1 << 20); });
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().kind, ErrorKind::Cancelled);
}

void TestOpenPgpKeyring::corpusProviderFixtures()
{
    const QString corpus = QDir::cleanPath(
        qEnvironmentVariable("CHANGEDESK_CORPUS_DIR", QStringLiteral(CHANGEDESK_SHARED_CORPUS_DIR))
        + u"/csaf/distribution"_s);
    if (!QFileInfo::exists(corpus))
        QSKIP(qPrintable(
            u"the shared corpus is not here (%1): the provider fixtures are not checked"_s.arg(corpus)));
    int verified = 0;
    QDirIterator providers(corpus, {u"pubkey.asc"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (providers.hasNext()) {
        const QString keyFile = providers.next();
        const QDir provider = QFileInfo(keyFile).dir().filePath(u".."_s);
        auto keys = OpenPgpKeyring::describe(readFile(keyFile), keyFile);
        QVERIFY2(keys, Test::why(keys));
        auto keyring = OpenPgpKeyring::create({readFile(keyFile)});
        QVERIFY2(keyring, Test::why(keyring));
        QSet<QString> pinned;
        for (const OpenPgpKeyInfo &k : std::as_const(*keys))
            pinned << k.fingerprint;
        QDirIterator signatures(provider.path(), {u"*.json.asc"_s}, QDir::Files,
                                QDirIterator::Subdirectories);
        while (signatures.hasNext()) {
            const QString sig = signatures.next();
            const QString file = sig.chopped(4);
            auto checks
                = (*keyring)->verifyFile(file, readFile(sig), sig, pinned, QDateTime::currentDateTimeUtc());
            QVERIFY2(checks, Test::why(checks));
            QVERIFY2(!checks->isEmpty(), qPrintable(sig));
            QVERIFY2(checks->first().reason == ReasonCode::Ok,
                     qPrintable(u"%1: %2"_s.arg(sig, checks->first().detail)));
            // The fixture with one byte more is refused.
            auto tampered = (*keyring)->verifyData(readFile(file) + ' ', readFile(sig), sig, pinned,
                                                   QDateTime::currentDateTimeUtc());
            QVERIFY2(tampered, Test::why(tampered));
            QCOMPARE(tampered->first().reason, ReasonCode::BadSignature);
            ++verified;
        }
    }
    QVERIFY2(verified >= 2, "the provider fixtures hold signed advisories");
}

QTEST_GUILESS_MAIN(TestOpenPgpKeyring)
#include "tst_openpgpkeyring.moc"
