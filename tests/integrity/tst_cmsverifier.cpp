// CMS detached signatures (issue 6, M10) against a pitfall corpus the openssl program makes at run
// time: a pinned root, an intermediate that only the signatures bring, CRLs for both, and leaves
// that are good, revoked, for TLS servers only, not yet valid, expired or short-lived, plus a
// second root nobody pinned. Every case asserts the exact reason code; the facts the verifier
// reports (fingerprints, subjects, dates) are compared with what openssl itself prints.

#include "testsupport.h"

#include "integrity/cmsverifier.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QtCrypto>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

class TestCmsVerifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reasons_data();
    void reasons();
    void signerFacts();
    void severalSigners();
    void unreadableSignatures_data();
    void unreadableSignatures();
    void unreadableFileAndTrust();
    void progressAndCancel();
    void describeCertificatesAndCrls();
    void toolVersions();

private:
    // Runs openssl in the corpus folder; false with m_error set when it fails.
    bool openssl(const QStringList &args, QByteArray *out = nullptr);
    bool key(const QString &name, bool rsa = false);
    bool request(const QString &name, const QString &subject);
    bool issue(const QString &name, const QString &ca, const QString &serial, const QString &extensions,
               const QStringList &validity);
    // Key, request and certificate `name`.pem issued by `ca`.
    bool leaf(const QString &name, const QString &subject, const QString &ca, const QString &serial,
              const QString &extensions, const QStringList &validity, bool rsa = false);
    bool sign(const QString &out, const QStringList &signers, const QStringList &extra = {});
    // The value of `field` (e.g. "notAfter") in openssl's "field=value" output.
    QDateTime date(const QByteArray &output, const QString &name) const;
    QString field(const QByteArray &output, const QString &name) const;
    QString fingerprintOf(const QStringList &args);
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QByteArray read(const QString &name) const;
    bool write(const QString &name, const QByteArray &content) const;
    X509TrustAnchors trustFor(const QString &variant) const;
    QDateTime timeFor(const QString &variant) const;
    QString dataFor(const QString &variant) const;

    QTemporaryDir m_dir;
    QString m_openssl;
    QString m_error;
    QByteArray m_package;
    QDateTime m_at; // "now" for the corpus: an hour after the root CRL was issued
    QDateTime m_interCrlNextUpdate;
    QDateTime m_shortNotAfter;
    QDateTime m_goodNotBefore;
};

namespace {

constexpr qint64 kMiB = 1 << 20;

const char *const kCaExtensions = "basicConstraints=critical,CA:TRUE\n"
                                  "keyUsage=critical,keyCertSign,cRLSign\n"
                                  "subjectKeyIdentifier=hash\n"
                                  "authorityKeyIdentifier=keyid\n";
const char *const kCodeExtensions = "basicConstraints=critical,CA:FALSE\n"
                                    "keyUsage=critical,digitalSignature\n"
                                    "extendedKeyUsage=codeSigning\n";
// A CA its issuer restricted to TLS servers.
const char *const kTlsCaExtensions = "basicConstraints=critical,CA:TRUE\n"
                                     "keyUsage=critical,keyCertSign,cRLSign\n"
                                     "extendedKeyUsage=serverAuth\n";
// Code signing by EKU, but a key usage without digitalSignature.
const char *const kNoDigitalSignatureExtensions = "basicConstraints=critical,CA:FALSE\n"
                                                  "keyUsage=critical,keyEncipherment\n"
                                                  "extendedKeyUsage=codeSigning\n";
const char *const kServerExtensions = "basicConstraints=critical,CA:FALSE\n"
                                      "keyUsage=critical,digitalSignature\n"
                                      "extendedKeyUsage=serverAuth\n";

QString asn1Time(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyyMMddHHmmss'Z'"_s);
}

QString reasonText(const SignatureCheck &check)
{
    return u"reason %1 (%2)"_s.arg(int(check.reason)).arg(check.detail);
}

} // namespace

bool TestCmsVerifier::openssl(const QStringList &args, QByteArray *out)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    // A minimal configuration: nothing from the system's openssl.cnf ends up in the corpus.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"OPENSSL_CONF"_s, path(u"openssl.cnf"_s));
    process.setProcessEnvironment(env);
    process.start(m_openssl, args);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        m_error = u"openssl %1 failed: %2 %3"_s.arg(args.join(u' '), process.errorString(),
                                                    QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    if (out)
        *out = process.readAllStandardOutput();
    return true;
}

bool TestCmsVerifier::key(const QString &name, bool rsa)
{
    if (rsa)
        return openssl({u"genpkey"_s, u"-algorithm"_s, u"RSA"_s, u"-pkeyopt"_s, u"rsa_keygen_bits:2048"_s,
                        u"-out"_s, name + u".key"_s});
    return openssl({u"genpkey"_s, u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s,
                    u"-out"_s, name + u".key"_s});
}

bool TestCmsVerifier::request(const QString &name, const QString &subject)
{
    return openssl(
        {u"req"_s, u"-new"_s, u"-key"_s, name + u".key"_s, u"-subj"_s, subject, u"-out"_s, name + u".csr"_s});
}

bool TestCmsVerifier::issue(const QString &name, const QString &ca, const QString &serial,
                            const QString &extensions, const QStringList &validity)
{
    return openssl(QStringList {u"x509"_s, u"-req"_s, u"-in"_s, name + u".csr"_s, u"-CA"_s, ca + u".pem"_s,
                                u"-CAkey"_s, ca + u".key"_s, u"-set_serial"_s, serial, u"-extfile"_s,
                                extensions, u"-out"_s, name + u".pem"_s}
                   + validity);
}

bool TestCmsVerifier::leaf(const QString &name, const QString &subject, const QString &ca,
                           const QString &serial, const QString &extensions, const QStringList &validity,
                           bool rsa)
{
    return key(name, rsa) && request(name, subject) && issue(name, ca, serial, extensions, validity);
}

bool TestCmsVerifier::sign(const QString &out, const QStringList &signers, const QStringList &extra)
{
    QStringList args {u"cms"_s, u"-sign"_s, u"-binary"_s, u"-in"_s, u"package.bin"_s, u"-out"_s, out};
    for (const QString &signer : signers)
        args << u"-signer"_s << signer + u".pem"_s << u"-inkey"_s << signer + u".key"_s;
    // Defaults, unless `extra` says otherwise: SHA-256, DER, the intermediate brought along.
    if (!extra.contains(u"-md"_s))
        args << u"-md"_s << u"sha256"_s;
    if (!extra.contains(u"-outform"_s))
        args << u"-outform"_s << u"DER"_s;
    if (!extra.contains(u"-nocerts"_s) && !extra.contains(u"-certfile"_s) && !extra.contains(u"-nointer"_s))
        args << u"-certfile"_s << u"inter.pem"_s;
    for (const QString &e : extra) {
        if (e != u"-nointer"_s)
            args << e;
    }
    return openssl(args);
}

QString TestCmsVerifier::field(const QByteArray &output, const QString &name) const
{
    const QStringList lines = QString::fromUtf8(output).split(u'\n');
    for (const QString &line : lines) {
        const qsizetype eq = line.indexOf(u'=');
        if (eq > 0 && line.left(eq).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(eq + 1).trimmed();
    }
    return {};
}

QDateTime TestCmsVerifier::date(const QByteArray &output, const QString &name) const
{
    // -dateopt iso_8601: "2027-11-23 12:16:49Z"
    const QString value = field(output, name);
    if (value.size() != 20 || !value.endsWith(u'Z'))
        return {};
    return QDateTime(QDate::fromString(value.left(10), u"yyyy-MM-dd"_s),
                     QTime::fromString(value.mid(11, 8), u"HH:mm:ss"_s), QTimeZone::UTC);
}

QString TestCmsVerifier::fingerprintOf(const QStringList &args)
{
    QByteArray out;
    if (!openssl(args + QStringList {u"-noout"_s, u"-fingerprint"_s, u"-sha256"_s}, &out))
        return {};
    // "sha256 Fingerprint=AB:CD:…" (certificates), "SHA2-256 Fingerprint=…" (CRLs)
    const QString line = QString::fromUtf8(out).trimmed();
    return line.mid(line.indexOf(u'=') + 1).remove(u':').toUpper();
}

QByteArray TestCmsVerifier::read(const QString &name) const
{
    QFile file(path(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool TestCmsVerifier::write(const QString &name, const QByteArray &content) const
{
    QFile file(path(name));
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

X509TrustAnchors TestCmsVerifier::trustFor(const QString &variant) const
{
    X509TrustAnchors trust;
    if (variant == u"nothing pinned")
        return trust;
    if (variant == u"DER")
        trust.caCertificates << read(u"root.der"_s);
    else
        trust.caCertificates << read(u"root.pem"_s);
    if (variant != u"no root CRL")
        trust.crls << read(u"root.crl"_s);
    if (variant != u"no intermediate CRL")
        trust.crls << read(u"inter.crl.der"_s); // a DER CRL next to a PEM one
    trust.crls << read(u"tlsca.crl"_s);
    return trust;
}

QDateTime TestCmsVerifier::timeFor(const QString &variant) const
{
    if (variant == u"after intermediate CRL")
        return m_interCrlNextUpdate.addSecs(3600);
    if (variant == u"after short notAfter")
        return m_shortNotAfter.addSecs(3600);
    return m_at;
}

QString TestCmsVerifier::dataFor(const QString &variant) const
{
    QByteArray content = m_package;
    if (variant == u"one byte changed")
        content[content.size() / 2] = char(content.at(content.size() / 2) ^ 0x01);
    else if (variant == u"truncated")
        content.chop(1);
    else if (variant == u"extended")
        content.append('\n');
    else
        return path(u"package.bin"_s);
    const QString name = u"variant-"_s + QString(variant).replace(u' ', u'-') + u".bin"_s;
    return write(name, content) ? path(name) : QString();
}

void TestCmsVerifier::initTestCase()
{
    m_openssl = QStandardPaths::findExecutable(u"openssl"_s);
    QVERIFY2(!m_openssl.isEmpty(),
             "the openssl program makes the test corpus: install it (Debian: openssl) and run again");
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    QByteArray version;
    QVERIFY2(openssl({u"version"_s}, &version), qPrintable(m_error));
    qInfo("corpus made by %s", version.trimmed().constData());

    QVERIFY(write(u"openssl.cnf"_s, "[req]\ndistinguished_name = dn\n[dn]\n"));
    QVERIFY(write(u"ca.ext"_s, kCaExtensions));
    QVERIFY(write(u"code.ext"_s, kCodeExtensions));
    QVERIFY(write(u"server.ext"_s, kServerExtensions));
    QVERIFY(write(u"tlsca.ext"_s, kTlsCaExtensions));
    QVERIFY(write(u"nodigsig.ext"_s, kNoDigitalSignatureExtensions));
    for (const QString &ca : {u"root"_s, u"inter"_s, u"tlsca"_s}) {
        QVERIFY(write(ca + u".index"_s, {}));
        QVERIFY(write(ca + u".crlnumber"_s, "01\n"));
        QVERIFY(
            write(ca + u".cnf"_s,
                  u"[ca]\ndefault_ca = this\n[this]\ndatabase = %1\ncrlnumber = %2\ndefault_md = sha256\n"_s
                      .arg(path(ca + u".index"_s), path(ca + u".crlnumber"_s))
                      .toUtf8()));
    }

    // Two roots; only the first is ever pinned.
    const QStringList tenYears {u"-days"_s, u"3650"_s};
    for (const auto &[root, cn] : {std::pair {u"root"_s, u"/CN=ChangeDesk Test Root"_s},
                                   std::pair {u"stranger-root"_s, u"/CN=Stranger Root"_s}}) {
        QVERIFY2(key(root), qPrintable(m_error));
        QVERIFY2(
            openssl({u"req"_s, u"-x509"_s, u"-new"_s, u"-key"_s, root + u".key"_s, u"-subj"_s, cn, u"-days"_s,
                     u"3650"_s, u"-addext"_s, u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s,
                     u"keyUsage=critical,keyCertSign,cRLSign"_s, u"-out"_s, root + u".pem"_s}),
            qPrintable(m_error));
    }
    QVERIFY2(key(u"inter"_s) && request(u"inter"_s, u"/CN=ChangeDesk Test Intermediate"_s)
                 && issue(u"inter"_s, u"root"_s, u"0x02"_s, u"ca.ext"_s, tenYears),
             qPrintable(m_error));
    QVERIFY2(key(u"tlsca"_s) && request(u"tlsca"_s, u"/CN=ChangeDesk Test TLS CA"_s)
                 && issue(u"tlsca"_s, u"root"_s, u"0x03"_s, u"tlsca.ext"_s, tenYears),
             qPrintable(m_error));

    // The leaves. The good one has an RSA key, the others P-256.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QStringList year {u"-days"_s, u"365"_s};
    const QStringList future {u"-not_before"_s, asn1Time(now.addDays(20)), u"-not_after"_s,
                              asn1Time(now.addDays(400))};
    const QStringList past {u"-not_before"_s, u"20200101000000Z"_s, u"-not_after"_s, u"20210101000000Z"_s};
    QVERIFY2(leaf(u"good"_s, u"/O=ChangeDesk Test/CN=Good Signer"_s, u"inter"_s, u"0x10"_s, u"code.ext"_s,
                  year, true),
             qPrintable(m_error));
    QVERIFY2(leaf(u"revoked"_s, u"/CN=Revoked Signer"_s, u"inter"_s, u"0x11"_s, u"code.ext"_s, year),
             qPrintable(m_error));
    QVERIFY2(leaf(u"server"_s, u"/CN=TLS Server"_s, u"inter"_s, u"0x12"_s, u"server.ext"_s, year),
             qPrintable(m_error));
    QVERIFY2(leaf(u"future"_s, u"/CN=Future Signer"_s, u"inter"_s, u"0x13"_s, u"code.ext"_s, future),
             qPrintable(m_error));
    QVERIFY2(leaf(u"expired"_s, u"/CN=Expired Signer"_s, u"inter"_s, u"0x14"_s, u"code.ext"_s, past),
             qPrintable(m_error));
    QVERIFY2(leaf(u"short"_s, u"/CN=Short-lived Signer"_s, u"inter"_s, u"0x15"_s, u"code.ext"_s,
                  {u"-days"_s, u"7"_s}),
             qPrintable(m_error));
    QVERIFY2(
        leaf(u"nodigsig"_s, u"/CN=No digitalSignature"_s, u"inter"_s, u"0x17"_s, u"nodigsig.ext"_s, year),
        qPrintable(m_error));
    QVERIFY2(
        leaf(u"restricted"_s, u"/CN=Signer below the TLS CA"_s, u"tlsca"_s, u"0x18"_s, u"code.ext"_s, year),
        qPrintable(m_error));
    QVERIFY2(
        leaf(u"stranger"_s, u"/CN=Stranger Signer"_s, u"stranger-root"_s, u"0x16"_s, u"code.ext"_s, year),
        qPrintable(m_error));

    // Revoke one leaf, then the CRLs: the intermediate's is current for 30 days, the root's for 60,
    // so that a time exists at which only the intermediate's is out of date.
    QVERIFY2(openssl({u"ca"_s, u"-config"_s, u"inter.cnf"_s, u"-keyfile"_s, u"inter.key"_s, u"-cert"_s,
                      u"inter.pem"_s, u"-revoke"_s, u"revoked.pem"_s}),
             qPrintable(m_error));
    for (const auto &[ca, days] :
         {std::pair {u"inter"_s, u"30"_s}, std::pair {u"root"_s, u"60"_s}, std::pair {u"tlsca"_s, u"60"_s}}) {
        QVERIFY2(openssl({u"ca"_s, u"-config"_s, ca + u".cnf"_s, u"-keyfile"_s, ca + u".key"_s, u"-cert"_s,
                          ca + u".pem"_s, u"-gencrl"_s, u"-crldays"_s, days, u"-out"_s, ca + u".crl"_s}),
                 qPrintable(m_error));
    }
    QVERIFY2(
        openssl({u"crl"_s, u"-in"_s, u"inter.crl"_s, u"-outform"_s, u"DER"_s, u"-out"_s, u"inter.crl.der"_s}),
        qPrintable(m_error));
    QVERIFY2(openssl({u"x509"_s, u"-in"_s, u"root.pem"_s, u"-outform"_s, u"DER"_s, u"-out"_s, u"root.der"_s}),
             qPrintable(m_error));

    // The times, as openssl reports them.
    QByteArray out;
    QVERIFY2(openssl({u"crl"_s, u"-in"_s, u"root.crl"_s, u"-noout"_s, u"-lastupdate"_s, u"-dateopt"_s,
                      u"iso_8601"_s},
                     &out),
             qPrintable(m_error));
    m_at = date(out, u"lastUpdate"_s).addSecs(3600);
    QVERIFY2(m_at.isValid(), out.constData());
    QVERIFY2(openssl({u"crl"_s, u"-in"_s, u"inter.crl"_s, u"-noout"_s, u"-nextupdate"_s, u"-dateopt"_s,
                      u"iso_8601"_s},
                     &out),
             qPrintable(m_error));
    m_interCrlNextUpdate = date(out, u"nextUpdate"_s);
    QVERIFY2(m_interCrlNextUpdate.isValid(), out.constData());
    QVERIFY2(openssl({u"x509"_s, u"-in"_s, u"short.pem"_s, u"-noout"_s, u"-enddate"_s, u"-dateopt"_s,
                      u"iso_8601"_s},
                     &out),
             qPrintable(m_error));
    m_shortNotAfter = date(out, u"notAfter"_s);
    QVERIFY2(m_shortNotAfter.isValid(), out.constData());
    QVERIFY2(openssl({u"x509"_s, u"-in"_s, u"good.pem"_s, u"-noout"_s, u"-startdate"_s, u"-dateopt"_s,
                      u"iso_8601"_s},
                     &out),
             qPrintable(m_error));
    m_goodNotBefore = date(out, u"notBefore"_s);
    QVERIFY2(m_goodNotBefore.isValid(), out.constData());

    // The package: 2.5 MiB and a bit of pseudo-random bytes, so three blocks of reading.
    m_package.resize(2 * kMiB + kMiB / 2 + 123);
    quint32 x = 2463534242u;
    for (char &c : m_package) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        c = char(x & 0xff);
    }
    QVERIFY(write(u"package.bin"_s, m_package));

    // The signatures.
    QVERIFY2(sign(u"good.p7s"_s, {u"good"_s}), qPrintable(m_error));
    QVERIFY2(sign(u"good.pem.p7s"_s, {u"good"_s}, {u"-outform"_s, u"PEM"_s}), qPrintable(m_error));
    QVERIFY2(sign(u"noattr.p7s"_s, {u"good"_s}, {u"-noattr"_s}), qPrintable(m_error));
    QVERIFY2(sign(u"nocerts.p7s"_s, {u"good"_s}, {u"-nocerts"_s}), qPrintable(m_error));
    QVERIFY2(sign(u"nointer.p7s"_s, {u"good"_s}, {u"-nointer"_s}), qPrintable(m_error));
    QVERIFY2(sign(u"sha1.p7s"_s, {u"good"_s}, {u"-md"_s, u"sha1"_s}), qPrintable(m_error));
    QVERIFY2(sign(u"md5.p7s"_s, {u"good"_s}, {u"-md"_s, u"md5"_s}), qPrintable(m_error));
    QVERIFY2(sign(u"attached.p7s"_s, {u"good"_s}, {u"-nodetach"_s}), qPrintable(m_error));
    for (const QString &name :
         {u"revoked"_s, u"server"_s, u"future"_s, u"expired"_s, u"short"_s, u"nodigsig"_s})
        QVERIFY2(sign(name + u".p7s"_s, {name}), qPrintable(m_error));
    QVERIFY2(sign(u"restricted.p7s"_s, {u"restricted"_s}, {u"-certfile"_s, u"tlsca.pem"_s}),
             qPrintable(m_error));
    // The signature value is the last thing in the DER: one bit of it flipped, the rest intact.
    for (const QString &name : {u"good"_s, u"noattr"_s}) {
        QByteArray altered = read(name + u".p7s"_s);
        QVERIFY(!altered.isEmpty());
        altered.back() = char(altered.back() ^ 0x01);
        QVERIFY(write(name + u"-altered.p7s"_s, altered));
    }
    QVERIFY2(sign(u"revoked-sha1.p7s"_s, {u"revoked"_s}, {u"-md"_s, u"sha1"_s}), qPrintable(m_error));
    // The stranger brings its own self-signed root along: it must not become trusted by that.
    QVERIFY2(sign(u"stranger.p7s"_s, {u"stranger"_s}, {u"-certfile"_s, u"stranger-root.pem"_s}),
             qPrintable(m_error));
    QVERIFY2(sign(u"two.p7s"_s, {u"good"_s, u"revoked"_s}), qPrintable(m_error));
}

void TestCmsVerifier::reasons_data()
{
    QTest::addColumn<QString>("signature");
    QTest::addColumn<QString>("data");
    QTest::addColumn<QString>("trust");
    QTest::addColumn<QString>("at");
    QTest::addColumn<ReasonCode>("expected");

    const QString same = u"package"_s;
    const QString pinned = u"root and both CRLs"_s;
    const QString now = u"now"_s;
    QTest::newRow("good, DER") << u"good.p7s"_s << same << pinned << now << ReasonCode::Ok;
    QTest::newRow("good, PEM") << u"good.pem.p7s"_s << same << pinned << now << ReasonCode::Ok;
    QTest::newRow("good, DER root pinned") << u"good.p7s"_s << same << u"DER"_s << now << ReasonCode::Ok;
    QTest::newRow("good, no signed attributes") << u"noattr.p7s"_s << same << pinned << now << ReasonCode::Ok;

    QTest::newRow("one byte changed")
        << u"good.p7s"_s << u"one byte changed"_s << pinned << now << ReasonCode::BadSignature;
    QTest::newRow("truncated") << u"good.p7s"_s << u"truncated"_s << pinned << now
                               << ReasonCode::BadSignature;
    QTest::newRow("extended") << u"good.pem.p7s"_s << u"extended"_s << pinned << now
                              << ReasonCode::BadSignature;
    QTest::newRow("signature value altered")
        << u"good-altered.p7s"_s << same << pinned << now << ReasonCode::BadSignature;
    QTest::newRow("signature value altered, no signed attributes")
        << u"noattr-altered.p7s"_s << same << pinned << now << ReasonCode::BadSignature;
    QTest::newRow("changed, no signed attributes")
        << u"noattr.p7s"_s << u"one byte changed"_s << pinned << now << ReasonCode::BadSignature;
    // A bad signature is bad whatever the chain.
    QTest::newRow("changed, unpinned root")
        << u"stranger.p7s"_s << u"one byte changed"_s << pinned << now << ReasonCode::BadSignature;
    QTest::newRow("changed, revoked signer")
        << u"revoked.p7s"_s << u"truncated"_s << pinned << now << ReasonCode::BadSignature;
    QTest::newRow("changed, nothing pinned")
        << u"good.p7s"_s << u"extended"_s << u"nothing pinned"_s << now << ReasonCode::BadSignature;

    QTest::newRow("root not pinned (brought along)")
        << u"stranger.p7s"_s << same << pinned << now << ReasonCode::ChainInvalid;
    QTest::newRow("nothing pinned") << u"good.p7s"_s << same << u"nothing pinned"_s << now
                                    << ReasonCode::ChainInvalid;
    QTest::newRow("intermediate left out")
        << u"nointer.p7s"_s << same << pinned << now << ReasonCode::ChainInvalid;
    QTest::newRow("signer certificate left out")
        << u"nocerts.p7s"_s << same << pinned << now << ReasonCode::ChainInvalid;

    QTest::newRow("revoked") << u"revoked.p7s"_s << same << pinned << now << ReasonCode::CertificateRevoked;
    QTest::newRow("revoked, SHA-1: red before amber")
        << u"revoked-sha1.p7s"_s << same << pinned << now << ReasonCode::CertificateRevoked;
    QTest::newRow("intermediate CRL missing")
        << u"good.p7s"_s << same << u"no intermediate CRL"_s << now << ReasonCode::CrlMissing;
    QTest::newRow("root CRL missing")
        << u"good.p7s"_s << same << u"no root CRL"_s << now << ReasonCode::CrlMissing;
    QTest::newRow("intermediate CRL out of date")
        << u"good.p7s"_s << same << pinned << u"after intermediate CRL"_s << ReasonCode::CrlMissing;
    QTest::newRow("serverAuth only") << u"server.p7s"_s << same << pinned << now << ReasonCode::WrongKeyUsage;
    QTest::newRow("key usage without digitalSignature")
        << u"nodigsig.p7s"_s << same << pinned << now << ReasonCode::WrongKeyUsage;
    QTest::newRow("CA restricted to serverAuth")
        << u"restricted.p7s"_s << same << pinned << now << ReasonCode::WrongKeyUsage;
    QTest::newRow("not yet valid") << u"future.p7s"_s << same << pinned << now << ReasonCode::NotYetValid;
    QTest::newRow("expired") << u"expired.p7s"_s << same << pinned << now << ReasonCode::KeyExpired;
    QTest::newRow("checked after notAfter")
        << u"short.p7s"_s << same << pinned << u"after short notAfter"_s << ReasonCode::KeyExpired;
    QTest::newRow("same, checked before notAfter")
        << u"short.p7s"_s << same << pinned << now << ReasonCode::Ok;
    QTest::newRow("SHA-1") << u"sha1.p7s"_s << same << pinned << now << ReasonCode::WeakDigest;
    QTest::newRow("MD5") << u"md5.p7s"_s << same << pinned << now << ReasonCode::WeakDigest;
}

void TestCmsVerifier::reasons()
{
    QFETCH(QString, signature);
    QFETCH(QString, data);
    QFETCH(QString, trust);
    QFETCH(QString, at);
    QFETCH(ReasonCode, expected);

    const QString file = dataFor(data);
    QVERIFY(!file.isEmpty());
    const QByteArray sig = read(signature);
    QVERIFY(!sig.isEmpty());
    const auto checks = CmsVerifier::verifyDetached(file, sig, signature, trustFor(trust), timeFor(at));
    QVERIFY2(checks, Test::why(checks));
    QCOMPARE(checks->size(), 1);
    const SignatureCheck &check = checks->first();
    QCOMPARE(check.kind, SignatureCheck::Kind::Cms);
    QVERIFY2(check.reason == expected,
             qPrintable(u"expected reason %1, got %2"_s.arg(int(expected)).arg(reasonText(check))));
    QCOMPARE(check.reason, expected);
    // Every finding but Ok says in words what was wrong.
    QCOMPARE(check.detail.isEmpty(), expected == ReasonCode::Ok);
}

void TestCmsVerifier::signerFacts()
{
    QByteArray out;
    QVERIFY2(openssl({u"x509"_s, u"-in"_s, u"good.pem"_s, u"-noout"_s, u"-subject"_s, u"-enddate"_s,
                      u"-nameopt"_s, u"utf8,sep_comma_plus_space,sname"_s, u"-dateopt"_s, u"iso_8601"_s},
                     &out),
             qPrintable(m_error));
    const QString subject = field(out, u"subject"_s);
    const QDateTime notAfter = date(out, u"notAfter"_s);
    const QString fingerprint = fingerprintOf({u"x509"_s, u"-in"_s, u"good.pem"_s});
    QVERIFY2(!fingerprint.isEmpty() && !subject.isEmpty() && notAfter.isValid(), qPrintable(m_error));

    for (const QString &signature : {u"good.p7s"_s, u"good.pem.p7s"_s}) {
        const auto checks = CmsVerifier::verifyDetached(path(u"package.bin"_s), read(signature), signature,
                                                        trustFor(u"pinned"_s), m_at);
        QVERIFY2(checks, Test::why(checks));
        QCOMPARE(checks->size(), 1);
        const SignatureCheck &c = checks->first();
        QCOMPARE(c.reason, ReasonCode::Ok);
        QCOMPARE(c.signerFingerprint, fingerprint);
        QVERIFY(c.signingKeyFingerprint.isEmpty());
        QCOMPARE(c.signer, subject);
        QCOMPARE(c.keyExpires, notAfter);
        QCOMPARE(c.digestAlgorithm, u"SHA256"_s);
        QCOMPARE(c.keyValidityAtSigning, u"valid"_s);
        // openssl cms -sign puts a signingTime in: it lies between the leaf's issue and "now".
        QVERIFY2(c.signedAt.isValid() && c.signedAt >= m_goodNotBefore && c.signedAt <= m_at,
                 qPrintable(c.signedAt.toString(Qt::ISODate)));
    }

    // Without signed attributes there is no signing time.
    auto noattr = CmsVerifier::verifyDetached(path(u"package.bin"_s), read(u"noattr.p7s"_s), u"noattr.p7s"_s,
                                              trustFor(u"pinned"_s), m_at);
    QVERIFY2(noattr, Test::why(noattr));
    QVERIFY(!noattr->first().signedAt.isValid());
    QCOMPARE(noattr->first().signerFingerprint, fingerprint);

    struct Expectation {
        QString signature, digest, validity, cn;
    };
    const QList<Expectation> expectations {
        {u"sha1.p7s"_s, u"SHA1"_s, u"valid"_s, u"CN=Good Signer"_s},
        {u"md5.p7s"_s, u"MD5"_s, u"valid"_s, u"CN=Good Signer"_s},
        {u"revoked.p7s"_s, u"SHA256"_s, u"revoked"_s, u"CN=Revoked Signer"_s},
        {u"expired.p7s"_s, u"SHA256"_s, u"expired"_s, u"CN=Expired Signer"_s},
        {u"future.p7s"_s, u"SHA256"_s, u"not yet valid"_s, u"CN=Future Signer"_s},
    };
    for (const Expectation &e : expectations) {
        const auto checks = CmsVerifier::verifyDetached(path(u"package.bin"_s), read(e.signature),
                                                        e.signature, trustFor(u"pinned"_s), m_at);
        QVERIFY2(checks, Test::why(checks));
        const SignatureCheck &c = checks->first();
        QVERIFY2(c.digestAlgorithm == e.digest, qPrintable(e.signature + u": "_s + c.digestAlgorithm));
        QVERIFY2(c.keyValidityAtSigning == e.validity,
                 qPrintable(e.signature + u": "_s + c.keyValidityAtSigning));
        QVERIFY2(c.signer.contains(e.cn), qPrintable(c.signer));
    }
    // The chain's findings name the certificate they are about, in OpenSSL's words.
    const auto revoked = CmsVerifier::verifyDetached(path(u"package.bin"_s), read(u"revoked.p7s"_s),
                                                     u"revoked.p7s"_s, trustFor(u"pinned"_s), m_at);
    QVERIFY2(revoked, Test::why(revoked));
    QVERIFY2(revoked->first().detail.contains(u"CN=Revoked Signer"_s), qPrintable(revoked->first().detail));
    QVERIFY2(revoked->first().detail.contains(u"revoked"_s), qPrintable(revoked->first().detail));
}

void TestCmsVerifier::severalSigners()
{
    const auto checks = CmsVerifier::verifyDetached(path(u"package.bin"_s), read(u"two.p7s"_s), u"two.p7s"_s,
                                                    trustFor(u"pinned"_s), m_at);
    QVERIFY2(checks, Test::why(checks));
    QCOMPARE(checks->size(), 2);
    const QString good = fingerprintOf({u"x509"_s, u"-in"_s, u"good.pem"_s});
    const QString revoked = fingerprintOf({u"x509"_s, u"-in"_s, u"revoked.pem"_s});
    QVERIFY2(!good.isEmpty() && !revoked.isEmpty(), qPrintable(m_error));
    QList<QString> seen;
    for (const SignatureCheck &c : *checks) {
        seen << c.signerFingerprint;
        if (c.signerFingerprint == good)
            QVERIFY2(c.reason == ReasonCode::Ok, qPrintable(reasonText(c)));
        else if (c.signerFingerprint == revoked)
            QVERIFY2(c.reason == ReasonCode::CertificateRevoked, qPrintable(reasonText(c)));
    }
    QVERIFY(seen.contains(good));
    QVERIFY(seen.contains(revoked));

    // Changed bytes: both signers say so.
    const auto changed = CmsVerifier::verifyDetached(dataFor(u"one byte changed"_s), read(u"two.p7s"_s),
                                                     u"two.p7s"_s, trustFor(u"pinned"_s), m_at);
    QVERIFY2(changed, Test::why(changed));
    QCOMPARE(changed->size(), 2);
    for (const SignatureCheck &c : *changed)
        QCOMPARE(c.reason, ReasonCode::BadSignature);
}

void TestCmsVerifier::unreadableSignatures_data()
{
    QTest::addColumn<QByteArray>("signature");
    QTest::addColumn<QString>("expected");

    QByteArray garbage(4096, Qt::Uninitialized);
    quint32 x = 88172645u;
    for (char &c : garbage) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        c = char(x & 0xff);
    }
    const QByteArray good = read(u"good.p7s"_s);
    QByteArray brokenPem = read(u"good.pem.p7s"_s);
    brokenPem.replace(40, 20, QByteArray(20, '*'));
    QTest::newRow("garbage") << garbage << u"not a CMS signature"_s;
    QTest::newRow("empty") << QByteArray() << u"not a CMS signature"_s;
    QTest::newRow("first half of a DER signature") << good.left(good.size() / 2) << u"not a CMS signature"_s;
    QTest::newRow("broken PEM") << brokenPem << u"not a CMS signature"_s;
    QTest::newRow("a certificate") << read(u"root.pem"_s) << u"not a CMS signature"_s;
    QTest::newRow("attached, not detached") << read(u"attached.p7s"_s) << u"detached"_s;
}

void TestCmsVerifier::unreadableSignatures()
{
    QFETCH(QByteArray, signature);
    QFETCH(QString, expected);
    const QString source = u"vendor-package.p7s"_s;
    const auto checks
        = CmsVerifier::verifyDetached(path(u"package.bin"_s), signature, source, trustFor(u"pinned"_s), m_at);
    QVERIFY(!checks);
    QCOMPARE(checks.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(checks.error().message.contains(source), qPrintable(checks.error().message));
    QVERIFY2(checks.error().message.contains(expected), qPrintable(checks.error().message));
}

void TestCmsVerifier::unreadableFileAndTrust()
{
    const QByteArray sig = read(u"good.p7s"_s);
    auto missing = CmsVerifier::verifyDetached(path(u"no-such-package.bin"_s), sig, u"good.p7s"_s,
                                               trustFor(u"pinned"_s), m_at);
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, ErrorKind::NotFound);
    QVERIFY2(missing.error().message.contains(u"no-such-package.bin"_s), qPrintable(missing.error().message));

    X509TrustAnchors badCa = trustFor(u"pinned"_s);
    badCa.caCertificates << QByteArray("not a certificate");
    auto ca = CmsVerifier::verifyDetached(path(u"package.bin"_s), sig, u"good.p7s"_s, badCa, m_at);
    QVERIFY(!ca);
    QCOMPARE(ca.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(ca.error().message.contains(u"CA certificate 2"_s), qPrintable(ca.error().message));

    X509TrustAnchors badCrl = trustFor(u"pinned"_s);
    badCrl.crls.prepend(read(u"root.pem"_s)); // a certificate where a CRL belongs
    auto crl = CmsVerifier::verifyDetached(path(u"package.bin"_s), sig, u"good.p7s"_s, badCrl, m_at);
    QVERIFY(!crl);
    QCOMPARE(crl.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(crl.error().message.contains(u"CRL 1"_s), qPrintable(crl.error().message));

    // The verification time is always given, never taken from the system.
    auto noTime = CmsVerifier::verifyDetached(path(u"package.bin"_s), sig, u"good.p7s"_s,
                                              trustFor(u"pinned"_s), QDateTime());
    QVERIFY(!noTime);
    QCOMPARE(noTime.error().kind, ErrorKind::InvalidInput);
}

void TestCmsVerifier::progressAndCancel()
{
    const qint64 size = m_package.size();
    QList<qint64> seen;
    auto done = CmsVerifier::verifyDetached(path(u"package.bin"_s), read(u"good.p7s"_s), u"good.p7s"_s,
                                            trustFor(u"pinned"_s), m_at, [&](qint64 bytes, qint64 total) {
                                                seen << bytes;
                                                return total == size;
                                            });
    QVERIFY2(done, Test::why(done));
    QCOMPARE(done->first().reason, ReasonCode::Ok);
    QCOMPARE(seen.size(), qsizetype((size + kMiB - 1) / kMiB));
    QCOMPARE(seen.first(), kMiB);
    QCOMPARE(seen.last(), size);
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));

    for (const int stopAt : {1, 2}) {
        int calls = 0;
        auto cancelled = CmsVerifier::verifyDetached(path(u"package.bin"_s), read(u"good.p7s"_s),
                                                     u"good.p7s"_s, trustFor(u"pinned"_s), m_at,
                                                     [&](qint64, qint64) { return ++calls < stopAt; });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().kind, ErrorKind::Cancelled);
        QVERIFY2(cancelled.error().message.contains(u"package.bin"_s), qPrintable(cancelled.error().message));
        QCOMPARE(calls, stopAt);
    }
}

void TestCmsVerifier::describeCertificatesAndCrls()
{
    QByteArray out;
    QVERIFY2(openssl({u"x509"_s, u"-in"_s, u"root.pem"_s, u"-noout"_s, u"-subject"_s, u"-issuer"_s,
                      u"-startdate"_s, u"-enddate"_s, u"-nameopt"_s, u"utf8,sep_comma_plus_space,sname"_s,
                      u"-dateopt"_s, u"iso_8601"_s},
                     &out),
             qPrintable(m_error));
    const QString rootFingerprint = fingerprintOf({u"x509"_s, u"-in"_s, u"root.pem"_s});
    QVERIFY2(!rootFingerprint.isEmpty(), qPrintable(m_error));

    for (const QString &name : {u"root.pem"_s, u"root.der"_s}) {
        auto root = CmsVerifier::describe(read(name), name);
        QVERIFY2(root, Test::why(root));
        QCOMPARE(root->kind, X509Description::Kind::Certificate);
        QVERIFY(root->isCa);
        QCOMPARE(root->sha256Fingerprint, rootFingerprint);
        QCOMPARE(root->subject, field(out, u"subject"_s));
        QCOMPARE(root->issuer, field(out, u"issuer"_s));
        QCOMPARE(root->notBefore, date(out, u"notBefore"_s));
        QCOMPARE(root->notAfter, date(out, u"notAfter"_s));
        QCOMPARE(root->der, read(u"root.der"_s));
    }

    // A leaf is no CA; a PEM file with a key before the certificate describes the certificate.
    QVERIFY(write(u"key-and-leaf.pem"_s, read(u"good.key"_s) + read(u"good.pem"_s)));
    auto leaf = CmsVerifier::describe(read(u"key-and-leaf.pem"_s), u"key-and-leaf.pem"_s);
    QVERIFY2(leaf, Test::why(leaf));
    QVERIFY(!leaf->isCa);
    QCOMPARE(leaf->sha256Fingerprint, fingerprintOf({u"x509"_s, u"-in"_s, u"good.pem"_s}));

    QVERIFY2(openssl({u"crl"_s, u"-in"_s, u"inter.crl"_s, u"-noout"_s, u"-issuer"_s, u"-lastupdate"_s,
                      u"-nextupdate"_s, u"-nameopt"_s, u"utf8,sep_comma_plus_space,sname"_s, u"-dateopt"_s,
                      u"iso_8601"_s},
                     &out),
             qPrintable(m_error));
    const QString crlFingerprint = fingerprintOf({u"crl"_s, u"-in"_s, u"inter.crl"_s});
    QVERIFY2(!crlFingerprint.isEmpty(), qPrintable(m_error));
    for (const QString &name : {u"inter.crl"_s, u"inter.crl.der"_s}) {
        auto crl = CmsVerifier::describe(read(name), name);
        QVERIFY2(crl, Test::why(crl));
        QCOMPARE(crl->kind, X509Description::Kind::Crl);
        QVERIFY(!crl->isCa);
        QCOMPARE(crl->subject, field(out, u"issuer"_s));
        QCOMPARE(crl->issuer, field(out, u"issuer"_s));
        QCOMPARE(crl->sha256Fingerprint, crlFingerprint);
        QCOMPARE(crl->notBefore, date(out, u"lastUpdate"_s));
        QCOMPARE(crl->notAfter, date(out, u"nextUpdate"_s));
        QCOMPARE(crl->der, read(u"inter.crl.der"_s));
    }

    for (const QByteArray &bad : {QByteArray("not a certificate"), read(u"good.key"_s), QByteArray()}) {
        auto described = CmsVerifier::describe(bad, u"pasted.pem"_s);
        QVERIFY(!described);
        QCOMPARE(described.error().kind, ErrorKind::InvalidInput);
        QVERIFY2(described.error().message.contains(u"pasted.pem"_s), qPrintable(described.error().message));
    }
}

void TestCmsVerifier::toolVersions()
{
    QVERIFY(CmsVerifier::available());
    const QString versions = CmsVerifier::toolVersions();
    QVERIFY2(versions.startsWith(u"OpenSSL "_s), qPrintable(versions));
    QVERIFY2(versions.contains(u"QCA "_s + QString::fromLatin1(qcaVersionStr())), qPrintable(versions));
}

int main(int argc, char *argv[])
{
    QCA::Initializer crypto;
    QCoreApplication app(argc, argv);
    TestCmsVerifier test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_cmsverifier.moc"
