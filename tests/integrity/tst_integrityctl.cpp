// changedeskctl verify and trust (issue 6) on a real SQLite file with keys and signatures made
// by gpg: the trust store from an empty start to a pinned key, each verdict with its exit code
// (0 verified, 1 not verified with the reason code, 2 unreadable input) and its record.

#include "../change/changetestsupport.h"
#include "gpgcorpus.h"

#include "change/changeservice.h"
#include "integrity/openpgpkeyring.h"
#include "integrity/packageverifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QtCrypto>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

namespace {

using Test::utc;
using Test::writeFile;

QJsonObject jsonOf(const Test::ProcessResult &result)
{
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

} // namespace

class TestIntegrityCtl : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void trustAndVerify();
    void checksumsAndBadInput();
    void libraryReleaseAndRegister();

private:
    Test::ProcessResult ctl(const QStringList &args) const
    {
        return Test::runCtl(QStringList {u"--db"_s, m_db} + args);
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    std::optional<Test::Office> m_office;
    QString m_db;
    std::unique_ptr<Test::GpgSigner> m_signer;
    QString m_vendor;
    QByteArray m_content;
};

void TestIntegrityCtl::initTestCase()
{
    QVERIFY2(Test::GpgSigner::available(),
             "the gpg program is needed to make the test's keys and signatures");
    auto office = Test::office(u"sqlite"_s, m_dir);
    QVERIFY2(office, Test::why(office));
    m_office = *office;
    m_db = u"sqlite:"_s + m_office->db->url().path();
    m_signer = std::make_unique<Test::GpgSigner>();
    m_vendor = m_signer->makeKey(u"Vendor PSIRT <psirt@vendor.example>"_s, utc(2025, 1, 1));
    QVERIFY2(!m_vendor.isEmpty(), qPrintable(m_signer->lastError()));
    QVERIFY(writeFile(path(u"vendor.asc"_s), m_signer->exportKey(m_vendor)));
    m_content = QByteArray("hotfix\n").repeated(4096);
    QVERIFY(writeFile(path(u"hotfix.zip"_s), m_content));
    QVERIFY(writeFile(path(u"hotfix.zip.asc"_s),
                      m_signer->sign(m_vendor, path(u"hotfix.zip"_s), utc(2025, 6, 1))));
}

void TestIntegrityCtl::trustAndVerify()
{
    const QStringList verify {
        u"--json"_s, u"verify"_s, path(u"hotfix.zip"_s), u"--signature"_s, path(u"hotfix.zip.asc"_s),
        u"--as"_s,   u"ian"_s};

    // An empty trust store knows no key.
    const auto unknown = ctl(verify);
    QCOMPARE(unknown.exitCode, 1);
    QCOMPARE(jsonOf(unknown).value(u"reason"_s).toString(), u"unknown_key"_s);
    QCOMPARE(jsonOf(unknown).value(u"ok"_s).toBool(), false);
    QVERIFY2(unknown.err.contains(u"unknown_key"_s), qPrintable(unknown.err));

    // Added: the fingerprint is shown in groups of four, not pinned yet.
    const auto byAnn = ctl({u"trust"_s, u"add"_s, path(u"vendor.asc"_s), u"--as"_s, u"ann"_s});
    QCOMPARE(byAnn.exitCode, 1);
    const auto added = ctl({u"trust"_s, u"add"_s, path(u"vendor.asc"_s), u"--as"_s, u"carl"_s});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QVERIFY2(added.out.contains(OpenPgpKeyring::grouped(m_vendor)), qPrintable(added.out));
    QVERIFY2(added.out.contains(u"NOT PINNED"_s) && added.out.contains(u"trust pin"_s),
             qPrintable(added.out));
    const auto notPinned = ctl(verify);
    QCOMPARE(notPinned.exitCode, 1);
    QCOMPARE(jsonOf(notPinned).value(u"reason"_s).toString(), u"key_not_pinned"_s);

    // Pinning needs the full fingerprint and the channel.
    QCOMPARE(
        ctl({u"trust"_s, u"pin"_s, m_vendor.right(16), u"--via"_s, u"web"_s, u"--as"_s, u"carl"_s}).exitCode,
        2);
    QCOMPARE(ctl({u"trust"_s, u"pin"_s, m_vendor, u"--as"_s, u"carl"_s}).exitCode, 2);
    const auto pinned = ctl({u"trust"_s, u"pin"_s, OpenPgpKeyring::grouped(m_vendor), u"--via"_s,
                             u"telephone, vendor PSIRT"_s, u"--as"_s, u"carl"_s});
    QVERIFY2(pinned.exitCode == 0, qPrintable(pinned.err));

    const auto good = ctl(verify);
    QVERIFY2(good.exitCode == 0, qPrintable(good.err + good.out));
    const QJsonObject v = jsonOf(good);
    QCOMPARE(v.value(u"ok"_s).toBool(), true);
    QCOMPARE(v.value(u"reason"_s).toString(), u"ok"_s);
    QCOMPARE(v.value(u"verdict"_s).toString(), u"green"_s);
    QCOMPARE(v.value(u"sha256"_s).toString(),
             QString::fromLatin1(Digests::ofData(m_content, DigestAlgorithm::Sha256)->toHex()));
    const QJsonObject sig = v.value(u"signatures"_s).toArray().at(0).toObject();
    QCOMPARE(sig.value(u"signer_fingerprint"_s).toString(), m_vendor);
    QCOMPARE(sig.value(u"signed_at"_s).toString(), u"2025-06-01T00:00:00Z"_s);
    QCOMPARE(sig.value(u"key_validity_at_signing"_s).toString(), u"valid"_s);
    QCOMPARE(v.value(u"verified_by"_s).toString(), u"ian"_s);
    // The same in words.
    const auto words = ctl(verify.mid(1));
    QCOMPARE(words.exitCode, 0);
    QVERIFY2(words.out.startsWith(u"VERIFIED hotfix.zip"_s), qPrintable(words.out));

    // The verification time is the caller's to choose: a check dated before the signature.
    const auto early = ctl(verify + QStringList {u"--at"_s, u"2025-01-02T00:00:00Z"_s});
    QCOMPARE(early.exitCode, 1);
    QCOMPARE(jsonOf(early).value(u"reason"_s).toString(), u"not_yet_valid"_s);

    // The file changed after it was signed.
    QVERIFY(writeFile(path(u"hotfix-changed.zip"_s), m_content + "!"));
    const auto changed = ctl({u"--json"_s, u"verify"_s, path(u"hotfix-changed.zip"_s), u"--signature"_s,
                              path(u"hotfix.zip.asc"_s)});
    QCOMPARE(changed.exitCode, 1);
    QCOMPARE(jsonOf(changed).value(u"reason"_s).toString(), u"bad_signature"_s);

    // trust list shows the pinned key with its channel.
    const auto list = ctl({u"--json"_s, u"trust"_s, u"list"_s});
    QCOMPARE(list.exitCode, 0);
    const QJsonObject anchor = jsonOf(list).value(u"anchors"_s).toArray().at(0).toObject();
    QCOMPARE(anchor.value(u"fingerprint"_s).toString(), m_vendor);
    QCOMPARE(anchor.value(u"pinned"_s).toBool(), true);
    QCOMPARE(anchor.value(u"confirmed_via"_s).toString(), u"telephone, vendor PSIRT"_s);

    // Every verification is recorded: six so far, the newest first.
    auto recorded = VerificationLog(*m_office->db).recent(100);
    QVERIFY2(recorded, Test::why(recorded));
    QCOMPARE(recorded->size(), 6);
    QCOMPARE(recorded->first().reason, ReasonCode::BadSignature);

    // Removed, the key no longer counts.
    QCOMPARE(ctl({u"trust"_s, u"remove"_s, m_vendor, u"--as"_s, u"carl"_s}).exitCode, 0);
    QCOMPARE(jsonOf(ctl(verify)).value(u"reason"_s).toString(), u"unknown_key"_s);
    // Added and pinned in one step when the compared fingerprint matches; a wrong one is refused.
    const auto wrong = ctl({u"trust"_s, u"add"_s, path(u"vendor.asc"_s), u"--fingerprint"_s,
                            QString(40, u'A'), u"--via"_s, u"web"_s, u"--as"_s, u"carl"_s});
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY2(wrong.err.contains(u"do not trust"_s), qPrintable(wrong.err));
    QCOMPARE(ctl({u"trust"_s, u"add"_s, path(u"vendor.asc"_s), u"--fingerprint"_s, m_vendor, u"--via"_s,
                  u"web page"_s, u"--as"_s, u"carl"_s})
                 .exitCode,
             0);
    QCOMPARE(ctl(verify).exitCode, 0);
}

void TestIntegrityCtl::checksumsAndBadInput()
{
    const QString file = path(u"hotfix.zip"_s);
    const QString sha = QString::fromLatin1(Digests::ofData(m_content, DigestAlgorithm::Sha256)->toHex());
    QCOMPARE(ctl({u"verify"_s, file, u"--sha256"_s, sha}).exitCode, 0);
    QString wrongSha = sha;
    wrongSha[0] = wrongSha.at(0) == u'0' ? u'1' : u'0';
    const auto mismatch = ctl({u"--json"_s, u"verify"_s, file, u"--sha256"_s, wrongSha});
    QCOMPARE(mismatch.exitCode, 1);
    QCOMPARE(jsonOf(mismatch).value(u"reason"_s).toString(), u"checksum_mismatch"_s);

    // A checksum file, BSD style, with only MD5: weak, exit 1.
    const QByteArray md5 = Digests::ofData(m_content, DigestAlgorithm::Md5)->toHex();
    QVERIFY(writeFile(path(u"MD5SUMS"_s), "MD5 (hotfix.zip) = " + md5 + "\n"));
    const auto weak = ctl({u"--json"_s, u"verify"_s, file, u"--checksums"_s, path(u"MD5SUMS"_s)});
    QCOMPARE(weak.exitCode, 1);
    QCOMPARE(jsonOf(weak).value(u"reason"_s).toString(), u"weak_digest"_s);
    QCOMPARE(jsonOf(weak).value(u"verdict"_s).toString(), u"amber"_s);

    // A signed SHA256SUMS.
    QVERIFY(writeFile(path(u"SHA256SUMS"_s), sha.toLatin1() + "  hotfix.zip\n"));
    QVERIFY(writeFile(path(u"SHA256SUMS.asc"_s),
                      m_signer->sign(m_vendor, path(u"SHA256SUMS"_s), utc(2025, 6, 1))));
    const auto viaSums = ctl({u"--json"_s, u"verify"_s, file, u"--checksums"_s, path(u"SHA256SUMS"_s),
                              u"--checksums-signature"_s, path(u"SHA256SUMS.asc"_s)});
    QVERIFY2(viaSums.exitCode == 0, qPrintable(viaSums.err));
    QCOMPARE(jsonOf(viaSums).value(u"checksum_algorithm"_s).toString(), u"sha256"_s);

    // Unreadable input: exit 2, naming what.
    const auto noFile = ctl({u"verify"_s, path(u"gone.zip"_s), u"--sha256"_s, sha});
    QCOMPARE(noFile.exitCode, 2);
    QVERIFY2(noFile.err.contains(u"gone.zip"_s), qPrintable(noFile.err));
    const auto noSig = ctl({u"verify"_s, file, u"--signature"_s, path(u"gone.asc"_s)});
    QCOMPARE(noSig.exitCode, 2);
    QVERIFY2(noSig.err.contains(u"gone.asc"_s), qPrintable(noSig.err));
    QVERIFY(writeFile(path(u"junk.asc"_s), "this is no signature"));
    const auto junk = ctl({u"verify"_s, file, u"--signature"_s, path(u"junk.asc"_s)});
    QCOMPARE(junk.exitCode, 2);
    QVERIFY2(junk.err.contains(u"junk.asc"_s), qPrintable(junk.err));
    const auto badHex = ctl({u"verify"_s, file, u"--sha256"_s, u"abc"_s});
    QCOMPARE(badHex.exitCode, 2);
    QVERIFY(writeFile(path(u"OTHERSUMS"_s), sha.toLatin1() + "  other.zip\n"));
    const auto namesNothing = ctl({u"verify"_s, file, u"--checksums"_s, path(u"OTHERSUMS"_s)});
    QCOMPARE(namesNothing.exitCode, 2);
    QVERIFY2(namesNothing.err.contains(u"hotfix.zip"_s), qPrintable(namesNothing.err));
    QCOMPARE(ctl({u"verify"_s}).exitCode, 2);
    QCOMPARE(ctl({u"trust"_s, u"frobnicate"_s}).exitCode, 2);
    QVERIFY(writeFile(path(u"notakey.txt"_s), "hello"));
    const auto notAKey = ctl({u"trust"_s, u"add"_s, path(u"notakey.txt"_s), u"--as"_s, u"carl"_s});
    QCOMPARE(notAKey.exitCode, 2);
    QVERIFY2(notAKey.err.contains(u"notakey.txt"_s), qPrintable(notAKey.err));
    // No evidence: not verified.
    const auto nothing = ctl({u"--json"_s, u"verify"_s, file});
    QCOMPARE(nothing.exitCode, 1);
    QCOMPARE(jsonOf(nothing).value(u"reason"_s).toString(), u"no_signature"_s);
}

void TestIntegrityCtl::libraryReleaseAndRegister()
{
    const QByteArray content = QByteArray("service pack\n").repeated(3000);
    const QString file = path(u"sp2.exe"_s);
    QVERIFY(writeFile(file, content));
    const QString sha = QString::fromLatin1(Digests::ofData(content, DigestAlgorithm::Sha256)->toHex());
    const QStringList add {u"--json"_s,   u"package"_s,    u"add"_s,     file,         u"--kind"_s,
                           u"service_pack"_s, u"--vendor"_s, u"Fabrikam"_s, u"--product"_s, u"Records"_s,
                           u"--version"_s, u"2.0 SP2"_s,    u"--sha256"_s, sha,          u"--as"_s,
                           u"ian"_s};

    // Bad input: exit 2 naming it.
    const auto noKind = ctl({u"package"_s, u"add"_s, file, u"--vendor"_s, u"F"_s, u"--as"_s, u"ian"_s});
    QCOMPARE(noKind.exitCode, 2);
    QVERIFY2(noKind.err.contains(u"--kind"_s), qPrintable(noKind.err));
    QStringList badKind = add;
    badKind[badKind.indexOf(u"service_pack"_s)] = u"driver"_s;
    const auto kind = ctl(badKind);
    QCOMPARE(kind.exitCode, 2);
    QVERIFY2(kind.err.contains(u"driver"_s), qPrintable(kind.err));
    QCOMPARE(ctl({u"package"_s, u"verify"_s, u"x"_s}).exitCode, 2);
    QCOMPARE(ctl({u"package"_s, u"frobnicate"_s}).exitCode, 2);

    const auto added = ctl(add);
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const qint64 id = jsonOf(added).value(u"package"_s).toObject().value(u"id"_s).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(jsonOf(added).value(u"package"_s).toObject().value(u"status"_s).toString(), u"unverified"_s);
    const QString n = QString::number(id);

    const auto verified = ctl({u"--json"_s, u"package"_s, u"verify"_s, n, u"--as"_s, u"ian"_s});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
    QCOMPARE(jsonOf(verified).value(u"package_id"_s).toInteger(), id);

    // Accept after the tests (a failed test cannot be accepted), release with the statement as PDF.
    const auto failing = ctl({u"package"_s, u"accept"_s, n, u"--environment"_s, u"Lab"_s, u"--test"_s,
                              u"Install=failed:rollback"_s, u"--accept"_s, u"--as"_s, u"ian"_s});
    QCOMPARE(failing.exitCode, 2);
    QCOMPARE(ctl({u"package"_s, u"accept"_s, n, u"--environment"_s, u"Lab"_s, u"--as"_s, u"ian"_s}).exitCode, 2);
    const auto accepted = ctl({u"--json"_s, u"package"_s, u"accept"_s, n, u"--environment"_s,
                               u"Lab, records server clone"_s, u"--test"_s, u"Install=passed"_s, u"--test"_s,
                               u"Search a record=passed:3 s"_s, u"--accept"_s, u"--as"_s, u"ian"_s});
    QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.err));
    QCOMPARE(jsonOf(accepted).value(u"acceptance"_s).toObject().value(u"tests"_s).toArray().size(), 2);
    QCOMPARE(ctl({u"package"_s, u"release"_s, n, u"--as"_s, u"ian"_s}).exitCode, 1); // not a change manager
    const QString pdf = path(u"release-statement.pdf"_s);
    const auto released = ctl({u"--json"_s, u"package"_s, u"release"_s, n, u"--date"_s, u"2026-11-30"_s,
                               u"--restrictions"_s, u"Not before the year-end closing"_s, u"--pdf"_s, pdf,
                               u"--as"_s, u"carl"_s});
    QVERIFY2(released.exitCode == 0, qPrintable(released.err));
    const QJsonObject entry = jsonOf(released).value(u"register_entry"_s).toObject();
    QCOMPARE(entry.value(u"sha256"_s).toString(), sha);
    QCOMPARE(entry.value(u"release_date"_s).toString(), u"2026-11-30"_s);
    QFile statement(pdf);
    QVERIFY(statement.open(QIODevice::ReadOnly));
    QVERIFY(statement.read(5) == "%PDF-");
    QVERIFY(statement.size() > 2000);
    const auto text = ctl({u"package"_s, u"statement"_s, n});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(u"Search a record"_s) && text.out.contains(u"Not before the year-end closing"_s),
             qPrintable(text.out));
    const auto shown = ctl({u"--json"_s, u"package"_s, u"show"_s, n});
    QCOMPARE(jsonOf(shown).value(u"package"_s).toObject().value(u"status"_s).toString(), u"released"_s);

    // The register: intact, exported, then a changed file is found (exit 1) and recorded.
    const auto intact = ctl({u"--json"_s, u"register"_s, u"verify"_s, u"--as"_s, u"carl"_s});
    QVERIFY2(intact.exitCode == 0, qPrintable(intact.err + intact.out));
    const QString exported = path(u"register.json"_s);
    const auto written = ctl({u"--json"_s, u"register"_s, u"export"_s, exported});
    QVERIFY2(written.exitCode == 0, qPrintable(written.err));
    QCOMPARE(jsonOf(written).value(u"head_hash"_s).toString(), entry.value(u"hash"_s).toString());
    QCOMPARE(ctl({u"register"_s, u"verify"_s, u"--export"_s, exported}).exitCode, 0);
    QVERIFY(writeFile(file, content + "x"));
    const auto changed = ctl({u"--json"_s, u"register"_s, u"verify"_s, u"--as"_s, u"carl"_s});
    QCOMPARE(changed.exitCode, 1);
    const QJsonObject files = jsonOf(changed).value(u"register"_s).toObject().value(u"files"_s).toArray().at(0).toObject();
    QCOMPARE(files.value(u"state"_s).toString(), u"changed"_s);
    const auto after = ctl({u"--json"_s, u"package"_s, u"show"_s, n});
    QCOMPARE(jsonOf(after).value(u"package"_s).toObject().value(u"status"_s).toString(), u"failed"_s);
    const auto reverify = ctl({u"--json"_s, u"package"_s, u"verify"_s, n, u"--as"_s, u"ian"_s});
    QCOMPARE(reverify.exitCode, 1);
    QCOMPARE(jsonOf(reverify).value(u"reason"_s).toString(), u"file_changed_since_release"_s);
    // An edited export is found out.
    QFile exportFile(exported);
    QVERIFY(exportFile.open(QIODevice::ReadOnly));
    QByteArray json = exportFile.readAll();
    exportFile.close();
    json.replace(sha.toLatin1(), QByteArray(64, 'f'));
    QVERIFY(writeFile(exported, json));
    QCOMPARE(ctl({u"register"_s, u"verify"_s, u"--export"_s, exported}).exitCode, 1);

    // Attached to a request: the ids are checked.
    QCOMPARE(ctl({u"package"_s, u"attach"_s, n, u"--as"_s, u"ian"_s}).exitCode, 2);
    QCOMPARE(ctl({u"package"_s, u"attach"_s, n, u"--rfc"_s, u"999"_s, u"--as"_s, u"ian"_s}).exitCode, 1);
}

int main(int argc, char *argv[])
{
    QCA::Initializer crypto; // the digests go through QCA
    QCoreApplication app(argc, argv);
    TestIntegrityCtl test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_integrityctl.moc"
