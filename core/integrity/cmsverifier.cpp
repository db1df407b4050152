#include "cmsverifier.h"

#include <QFile>
#include <QFileInfo>
#include <QTimeZone>
#include <QtCrypto>

// pem.h first: cms.h declares PEM_read_bio_CMS only when the PEM macros are already known.
#include <openssl/pem.h>

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <climits>
#include <ctime>
#include <memory>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

// Who does what, and why not QCA for the signature too.
//
// The plan was for QCA::CMS to check the signature over the bytes and for OpenSSL to decide the
// chain. Measured with QCA 2.3.10 and its ossl provider (the one this build links), QCA cannot do
// the first part:
//  - its detached verify appends every update() to one QByteArray and hands the whole file to
//    PKCS7_verify at end(): a file of 200 MB took 465 MiB of memory, a package of gigabytes would
//    not fit;
//  - PKCS7_verify runs with the S/MIME signing purpose, the system time and no CRLs, and its
//    verdict is the only one QCA reports: a correct signature by a code-signing certificate (EKU
//    codeSigning only) or by a certificate whose chain QCA does not trust comes back as
//    InvalidSignature, exactly like changed bytes, so "the bytes differ" cannot be told apart from
//    "the chain is not accepted";
//  - there is no switch for CRL checking and no way to give the verification time, its hashName()
//    is always "sha1", and it reports one signer however many SignerInfos there are.
// So both parts use libcrypto directly. The bytes are checked with the steps CMS_verify() is made
// of (CMS_dataInit, CMS_SignerInfo_verify, CMS_SignerInfo_verify_content) rather than CMS_verify()
// itself, because that way the file is fed in blocks of 1 MiB with progress and cancel, and every
// SignerInfo gets its own answer (the 200 MB file above now takes 16 MiB). The chain is decided by
// X509_verify_cert against a store that holds only the pinned CAs and their CRLs, at the injected
// time, never the system's. QCA is left with naming its version in toolVersions().

namespace ChangeDesk {

namespace {

constexpr qint64 kBlock = 1 << 20; // 1 MiB per read

template<auto Free> struct Deleter {
    template<typename T> void operator()(T *p) const { Free(p); }
};

void freeCertificates(STACK_OF(X509) * certificates)
{
    sk_X509_pop_free(certificates, X509_free);
}

using Bio = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using Cms = std::unique_ptr<CMS_ContentInfo, Deleter<CMS_ContentInfo_free>>;
using Certificate = std::unique_ptr<X509, Deleter<X509_free>>;
using Crl = std::unique_ptr<X509_CRL, Deleter<X509_CRL_free>>;
using Store = std::unique_ptr<X509_STORE, Deleter<X509_STORE_free>>;
using StoreContext = std::unique_ptr<X509_STORE_CTX, Deleter<X509_STORE_CTX_free>>;
using Certificates = std::unique_ptr<STACK_OF(X509), Deleter<freeCertificates>>;

// A read-only BIO over `data`, which must outlive it.
Bio memoryBio(const QByteArray &data)
{
    if (data.size() > INT_MAX)
        return {};
    return Bio(BIO_new_mem_buf(data.constData(), int(data.size())));
}

bool isPem(const QByteArray &data)
{
    return data.contains("-----BEGIN ");
}

// OpenSSL's own words for what just failed; empties its error queue.
QString opensslErrors()
{
    QStringList reasons;
    while (const unsigned long e = ERR_get_error()) {
        const char *reason = ERR_reason_error_string(e);
        const QString text = reason ? QString::fromUtf8(reason) : u"error %1"_s.arg(e, 0, 16);
        if (!reasons.contains(text))
            reasons << text;
    }
    return reasons.join(u"; "_s);
}

QDateTime fromAsn1(const ASN1_TIME *time)
{
    struct tm t = {};
    if (!time || ASN1_TIME_to_tm(time, &t) != 1)
        return {};
    return QDateTime(QDate(t.tm_year + 1900, t.tm_mon + 1, t.tm_mday), QTime(t.tm_hour, t.tm_min, t.tm_sec),
                     QTimeZone::UTC);
}

QString oneLine(const X509_NAME *name)
{
    Bio out(BIO_new(BIO_s_mem()));
    if (!name || !out)
        return {};
    // "O=Vendor, CN=Signer", as `openssl x509 -subject -nameopt utf8,sep_comma_plus_space,sname`.
    const unsigned long flags = ((ASN1_STRFLGS_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) | ASN1_STRFLGS_UTF8_CONVERT)
        | XN_FLAG_SEP_CPLUS_SPC | XN_FLAG_FN_SN;
    if (X509_NAME_print_ex(out.get(), name, 0, flags) < 0)
        return {};
    char *text = nullptr;
    const long length = BIO_get_mem_data(out.get(), &text);
    return QString::fromUtf8(text, qsizetype(length));
}

QString hexFingerprint(const unsigned char *md, unsigned int length)
{
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(md), qsizetype(length)).toHex().toUpper());
}

QString fingerprint(const X509 *certificate)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (X509_digest(certificate, EVP_sha256(), md, &length) != 1)
        return {};
    return hexFingerprint(md, length);
}

QByteArray derOf(const X509 *certificate)
{
    const int length = i2d_X509(certificate, nullptr);
    if (length <= 0)
        return {};
    QByteArray der(length, Qt::Uninitialized);
    auto *p = reinterpret_cast<unsigned char *>(der.data());
    i2d_X509(certificate, &p);
    return der;
}

QByteArray derOf(const X509_CRL *crl)
{
    const int length = i2d_X509_CRL(crl, nullptr);
    if (length <= 0)
        return {};
    QByteArray der(length, Qt::Uninitialized);
    auto *p = reinterpret_cast<unsigned char *>(der.data());
    i2d_X509_CRL(crl, &p);
    return der;
}

// Every certificate in a PEM blob, or the one DER certificate.
std::vector<Certificate> readCertificates(const QByteArray &data)
{
    std::vector<Certificate> found;
    Bio in = memoryBio(data);
    if (!in)
        return found;
    if (isPem(data)) {
        while (X509 *x = PEM_read_bio_X509(in.get(), nullptr, nullptr, nullptr))
            found.emplace_back(x);
    } else if (X509 *x = d2i_X509_bio(in.get(), nullptr)) {
        found.emplace_back(x);
    }
    ERR_clear_error(); // the end of the PEM data is reported as an error
    return found;
}

std::vector<Crl> readCrls(const QByteArray &data)
{
    std::vector<Crl> found;
    Bio in = memoryBio(data);
    if (!in)
        return found;
    if (isPem(data)) {
        while (X509_CRL *c = PEM_read_bio_X509_CRL(in.get(), nullptr, nullptr, nullptr))
            found.emplace_back(c);
    } else if (X509_CRL *c = d2i_X509_CRL_bio(in.get(), nullptr)) {
        found.emplace_back(c);
    }
    ERR_clear_error();
    return found;
}

X509Description describeCertificate(X509 *certificate)
{
    X509Description d;
    d.kind = X509Description::Kind::Certificate;
    d.subject = oneLine(X509_get_subject_name(certificate));
    d.issuer = oneLine(X509_get_issuer_name(certificate));
    d.sha256Fingerprint = fingerprint(certificate);
    d.notBefore = fromAsn1(X509_get0_notBefore(certificate));
    d.notAfter = fromAsn1(X509_get0_notAfter(certificate));
    // The flags are computed on first use; EXFLAG_CA is basicConstraints CA:TRUE.
    d.isCa = (X509_get_extension_flags(certificate) & EXFLAG_CA) != 0;
    d.der = derOf(certificate);
    return d;
}

X509Description describeCrl(X509_CRL *crl)
{
    X509Description d;
    d.kind = X509Description::Kind::Crl;
    d.subject = oneLine(X509_CRL_get_issuer(crl));
    d.issuer = d.subject;
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (X509_CRL_digest(crl, EVP_sha256(), md, &length) == 1)
        d.sha256Fingerprint = hexFingerprint(md, length);
    d.notBefore = fromAsn1(X509_CRL_get0_lastUpdate(crl));
    d.notAfter = fromAsn1(X509_CRL_get0_nextUpdate(crl));
    d.der = derOf(crl);
    return d;
}

// The decision about the chain, in reason codes. Anything not named here (an issuer that is not
// pinned, a self-signed certificate brought along in the signature, a bad certificate or CRL
// signature, a CA without CA rights) means the chain does not lead to a pinned CA.
ReasonCode reasonForVerifyError(int error)
{
    switch (error) {
    case X509_V_OK:
        return ReasonCode::Ok;
    case X509_V_ERR_CERT_REVOKED:
        return ReasonCode::CertificateRevoked;
    // Fail closed: a CA whose CRL is absent or not current at the verification time cannot vouch
    // that the certificate below it is not revoked.
    case X509_V_ERR_UNABLE_TO_GET_CRL:
    case X509_V_ERR_CRL_HAS_EXPIRED:
    case X509_V_ERR_CRL_NOT_YET_VALID:
        return ReasonCode::CrlMissing;
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return ReasonCode::NotYetValid;
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return ReasonCode::KeyExpired;
    case X509_V_ERR_INVALID_PURPOSE:
    case X509_V_ERR_KEYUSAGE_NO_DIGITAL_SIGNATURE:
        return ReasonCode::WrongKeyUsage;
    default:
        return ReasonCode::ChainInvalid;
    }
}

struct ChainVerdict {
    ReasonCode reason = ReasonCode::ChainInvalid;
    QString detail;
};

class Chain
{
    Q_DECLARE_TR_FUNCTIONS(CmsVerifier)

public:
    // Decides whether `signer` leads, through `untrusted` (the certificates the signature brings),
    // to a pinned CA, with CRLs checked for every certificate of the chain, at `at`.
    static ChainVerdict verify(X509_STORE *store, X509 *signer, STACK_OF(X509) * untrusted, time_t at)
    {
        ChainVerdict verdict;
        StoreContext ctx(X509_STORE_CTX_new());
        if (!ctx || X509_STORE_CTX_init(ctx.get(), store, signer, untrusted) != 1) {
            verdict.detail = tr("OpenSSL could not set up the chain check: %1").arg(opensslErrors());
            return verdict;
        }
        X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(ctx.get());
        // CRL_CHECK_ALL: not only the signer's CRL but the CRL of every CA up the chain.
        // PARTIAL_CHAIN: a pinned intermediate is an anchor of its own; nothing outside the
        // store (no system CA, no self-signed root in the signature) is ever trusted.
        X509_VERIFY_PARAM_set_flags(
            param, X509_V_FLAG_CRL_CHECK | X509_V_FLAG_CRL_CHECK_ALL | X509_V_FLAG_PARTIAL_CHAIN);
        // The injected verification time, never the system clock.
        X509_VERIFY_PARAM_set_time(param, at);
        X509_STORE_CTX_set_purpose(ctx.get(), X509_PURPOSE_CODE_SIGN);
        if (X509_verify_cert(ctx.get()) == 1) {
            // OpenSSL's code-signing purpose is checked above; this states the rule of ChangeDesk
            // on its own, whatever a future OpenSSL lets pass (anyExtendedKeyUsage, no EKU).
            const bool hasEku = (X509_get_extension_flags(signer) & EXFLAG_XKUSAGE) != 0;
            if (!hasEku || (X509_get_extended_key_usage(signer) & XKU_CODE_SIGN) == 0) {
                verdict.reason = ReasonCode::WrongKeyUsage;
                verdict.detail = tr("The certificate \"%1\" is not for code signing: its extended key usage "
                                    "lacks codeSigning (1.3.6.1.5.5.7.3.3).")
                                     .arg(oneLine(X509_get_subject_name(signer)));
                return verdict;
            }
            // OpenSSL 3.5's code-signing purpose does not look at the EKU of the CAs: a CA that its
            // own issuer restricted to other uses (say serverAuth) must not vouch for code signing.
            const STACK_OF(X509) *chain = X509_STORE_CTX_get0_chain(ctx.get());
            for (int depth = 1; depth < sk_X509_num(chain); ++depth) {
                X509 *ca = sk_X509_value(chain, depth);
                if ((X509_get_extension_flags(ca) & EXFLAG_XKUSAGE) != 0
                    && (X509_get_extended_key_usage(ca) & (XKU_CODE_SIGN | XKU_ANYEKU)) == 0) {
                    verdict.reason = ReasonCode::WrongKeyUsage;
                    verdict.detail
                        = tr("The CA certificate \"%1\" is restricted by its extended key usage to "
                             "uses other than code signing.")
                              .arg(oneLine(X509_get_subject_name(ca)));
                    return verdict;
                }
            }
            verdict.reason = ReasonCode::Ok;
            return verdict;
        }
        const int error = X509_STORE_CTX_get_error(ctx.get());
        const X509 *current = X509_STORE_CTX_get_current_cert(ctx.get());
        verdict.reason = reasonForVerifyError(error);
        verdict.detail = tr("%1 (certificate \"%2\" at depth %3 of the chain)")
                             .arg(QString::fromUtf8(X509_verify_cert_error_string(error)),
                                  current ? oneLine(X509_get_subject_name(current)) : tr("unknown"))
                             .arg(X509_STORE_CTX_get_error_depth(ctx.get()));
        ERR_clear_error();
        return verdict;
    }
};

// When the signer said it signed: the signingTime attribute, if the signature carries one.
QDateTime signingTime(const CMS_SignerInfo *si)
{
    const int index = CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1);
    if (index < 0)
        return {};
    X509_ATTRIBUTE *attribute = CMS_signed_get_attr(si, index);
    const ASN1_TYPE *value = attribute ? X509_ATTRIBUTE_get0_type(attribute, 0) : nullptr;
    if (!value)
        return {};
    if (value->type == V_ASN1_UTCTIME)
        return fromAsn1(value->value.utctime);
    if (value->type == V_ASN1_GENERALIZEDTIME)
        return fromAsn1(value->value.generalizedtime);
    return {};
}

// The state of the signer's certificate at `when`, for the record: on a pinned CRL with a
// revocation date not after `when`, outside its validity, or valid.
QString validityAt(X509 *signer, const std::vector<Crl> &crls, const QDateTime &when)
{
    time_t t = time_t(when.toSecsSinceEpoch());
    for (const Crl &crl : crls) {
        X509_REVOKED *revoked = nullptr;
        if (X509_CRL_get0_by_cert(crl.get(), &revoked, signer) == 1 && revoked
            && X509_cmp_time(X509_REVOKED_get0_revocationDate(revoked), &t) <= 0)
            return u"revoked"_s;
    }
    if (X509_cmp_time(X509_get0_notBefore(signer), &t) > 0)
        return u"not yet valid"_s;
    if (X509_cmp_time(X509_get0_notAfter(signer), &t) < 0)
        return u"expired"_s;
    return u"valid"_s;
}

bool weakDigest(int nid)
{
    return nid == NID_md5 || nid == NID_sha1 || nid == NID_md4 || nid == NID_md2 || nid == NID_md5_sha1;
}

} // namespace

Status CmsVerifier::available()
{
    // The check runs in libcrypto, which is linked in. What can be missing at run time is the
    // provider OpenSSL takes its algorithms from (an OPENSSL_CONF or OPENSSL_MODULES that points
    // elsewhere, or a FIPS-only configuration without the digests of older signatures).
    EVP_MD *sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    if (!sha256) {
        ERR_clear_error();
        return fail(ErrorKind::Unavailable,
                    tr("OpenSSL offers no SHA-256 here (check OPENSSL_CONF and OPENSSL_MODULES; the "
                       "default provider must be loadable): CMS signatures cannot be checked."));
    }
    EVP_MD_free(sha256);
    return {};
}

Result<X509Description> CmsVerifier::describe(const QByteArray &data, const QString &source)
{
    ERR_clear_error();
    Bio in = memoryBio(data);
    if (!in)
        return fail(ErrorKind::InvalidInput, tr("%1 is too large for a certificate or a CRL.").arg(source));
    if (isPem(data)) {
        // The first certificate or CRL; other PEM blocks before it (a key, a request) are passed.
        while (true) {
            char *name = nullptr;
            char *header = nullptr;
            unsigned char *body = nullptr;
            long length = 0;
            if (PEM_read_bio(in.get(), &name, &header, &body, &length) != 1)
                break;
            const QByteArray type(name);
            const unsigned char *p = body;
            std::optional<X509Description> found;
            if (type == "CERTIFICATE" || type == "X509 CERTIFICATE") {
                if (Certificate x {d2i_X509(nullptr, &p, length)})
                    found = describeCertificate(x.get());
            } else if (type == "TRUSTED CERTIFICATE") {
                if (Certificate x {d2i_X509_AUX(nullptr, &p, length)})
                    found = describeCertificate(x.get());
            } else if (type == "X509 CRL") {
                if (Crl c {d2i_X509_CRL(nullptr, &p, length)})
                    found = describeCrl(c.get());
            }
            OPENSSL_free(name);
            OPENSSL_free(header);
            OPENSSL_free(body);
            if (found) {
                ERR_clear_error();
                return *found;
            }
        }
        const QString why = opensslErrors();
        return fail(ErrorKind::InvalidInput,
                    tr("%1 holds no readable PEM certificate or CRL (%2).").arg(source, why));
    }
    if (Certificate x {d2i_X509_bio(in.get(), nullptr)}) {
        ERR_clear_error();
        return describeCertificate(x.get());
    }
    in = memoryBio(data);
    if (Crl c {d2i_X509_CRL_bio(in.get(), nullptr)}) {
        ERR_clear_error();
        return describeCrl(c.get());
    }
    const QString why = opensslErrors();
    return fail(ErrorKind::InvalidInput,
                tr("%1 is neither a certificate nor a CRL, in PEM or DER (%2).").arg(source, why));
}

Result<QList<SignatureCheck>> CmsVerifier::verifyDetached(const QString &path, const QByteArray &signature,
                                                          const QString &source,
                                                          const X509TrustAnchors &trust, const QDateTime &at,
                                                          const Digests::Progress &progress)
{
    ERR_clear_error();
    if (!at.isValid())
        return fail(ErrorKind::InvalidInput, tr("No verification time was given for %1.").arg(source));

    // ---- The signature ----
    Bio sigIn = memoryBio(signature);
    if (!sigIn)
        return fail(ErrorKind::InvalidInput, tr("%1 is too large for a signature.").arg(source));
    Cms cms(isPem(signature) ? PEM_read_bio_CMS(sigIn.get(), nullptr, nullptr, nullptr)
                             : d2i_CMS_bio(sigIn.get(), nullptr));
    if (!cms) {
        const QString why = opensslErrors();
        return fail(ErrorKind::InvalidInput,
                    tr("%1 is not a CMS signature in PEM or DER (%2).").arg(source, why));
    }
    if (OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed)
        return fail(ErrorKind::InvalidInput, tr("%1 is a CMS structure, but not signed data.").arg(source));
    if (CMS_is_detached(cms.get()) != 1)
        return fail(ErrorKind::InvalidInput,
                    tr("%1 carries the signed content itself; a detached signature is needed (openssl cms "
                       "-sign without -nodetach).")
                        .arg(source));
    STACK_OF(CMS_SignerInfo) *signerInfos = CMS_get0_SignerInfos(cms.get());
    const int signerCount = signerInfos ? sk_CMS_SignerInfo_num(signerInfos) : 0;
    if (signerCount <= 0)
        return fail(ErrorKind::InvalidInput, tr("%1 holds no signer.").arg(source));
    // Finds each signer's certificate among the certificates the signature brings; a signer whose
    // certificate is not there stays without one (checked below).
    CMS_set1_signers_certs(cms.get(), nullptr, 0);
    ERR_clear_error();

    // ---- The pinned trust: only these CAs and CRLs are in the store ----
    Store store(X509_STORE_new());
    if (!store)
        return fail(ErrorKind::Internal, tr("OpenSSL could not create a certificate store."));
    for (int i = 0; i < trust.caCertificates.size(); ++i) {
        const std::vector<Certificate> certificates = readCertificates(trust.caCertificates.at(i));
        if (certificates.empty())
            return fail(ErrorKind::InvalidInput,
                        tr("Pinned CA certificate %1 is neither a PEM nor a DER certificate.").arg(i + 1));
        for (const Certificate &c : certificates)
            X509_STORE_add_cert(store.get(), c.get());
    }
    std::vector<Crl> crls;
    for (int i = 0; i < trust.crls.size(); ++i) {
        std::vector<Crl> read = readCrls(trust.crls.at(i));
        if (read.empty())
            return fail(ErrorKind::InvalidInput,
                        tr("CRL %1 of the trust store is neither a PEM nor a DER CRL.").arg(i + 1));
        for (Crl &c : read) {
            X509_STORE_add_crl(store.get(), c.get());
            crls.push_back(std::move(c));
        }
    }
    ERR_clear_error();

    // ---- The bytes, streamed through the digests the signature names ----
    const QString fileName = QFileInfo(path).fileName();
    if (!QFileInfo::exists(path))
        return fail(ErrorKind::NotFound, tr("The file %1 does not exist.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorKind::InvalidInput,
                    tr("The file %1 cannot be read: %2").arg(path, file.errorString()));
    // With no content given, CMS_dataInit puts the digest BIOs of the signature in front of a
    // null sink for detached signatures: what is written passes every digest and goes nowhere.
    Bio digests(CMS_dataInit(cms.get(), nullptr));
    if (!digests) {
        const QString why = opensslErrors();
        return fail(ErrorKind::InvalidInput,
                    tr("%1 cannot be used to check %2 (%3).").arg(source, fileName, why));
    }
    const qint64 total = file.size();
    qint64 done = 0;
    QByteArray block(kBlock, Qt::Uninitialized);
    while (true) {
        const qint64 read = file.read(block.data(), kBlock);
        if (read < 0)
            return fail(ErrorKind::Io, tr("Reading %1 failed: %2").arg(path, file.errorString()));
        if (read == 0)
            break;
        if (BIO_write(digests.get(), block.constData(), int(read)) != int(read)) {
            const QString why = opensslErrors();
            return fail(ErrorKind::Internal, tr("OpenSSL could not digest %1 (%2).").arg(fileName, why));
        }
        done += read;
        if (progress && !progress(done, total))
            return fail(ErrorKind::Cancelled,
                        tr("Checking the signature of %1 was cancelled.").arg(fileName));
    }

    // ---- One answer per SignerInfo ----
    Certificates untrusted(CMS_get1_certs(cms.get()));
    const time_t atTime = time_t(at.toSecsSinceEpoch());
    QList<SignatureCheck> checks;
    for (int i = 0; i < signerCount; ++i) {
        CMS_SignerInfo *si = sk_CMS_SignerInfo_value(signerInfos, i);
        SignatureCheck check;
        check.kind = SignatureCheck::Kind::Cms;
        EVP_PKEY *key = nullptr;
        X509 *signer = nullptr;
        X509_ALGOR *digestAlgorithm = nullptr;
        X509_ALGOR *signatureAlgorithm = nullptr;
        CMS_SignerInfo_get0_algs(si, &key, &signer, &digestAlgorithm, &signatureAlgorithm);
        const ASN1_OBJECT *digestOid = nullptr;
        X509_ALGOR_get0(&digestOid, nullptr, nullptr, digestAlgorithm);
        const int digestNid = OBJ_obj2nid(digestOid);
        if (digestNid != NID_undef) {
            check.digestAlgorithm = QString::fromLatin1(OBJ_nid2sn(digestNid));
        } else {
            char oid[128] = {};
            OBJ_obj2txt(oid, sizeof oid, digestOid, 1);
            check.digestAlgorithm = QString::fromLatin1(oid);
        }
        check.signedAt = signingTime(si);

        if (!signer) {
            // Without the certificate neither the signature nor its chain can be checked.
            check.reason = ReasonCode::ChainInvalid;
            check.detail = tr("The certificate of signer %1 is not in %2.").arg(i + 1).arg(source);
            checks << check;
            continue;
        }
        check.signerFingerprint = fingerprint(signer);
        check.signer = oneLine(X509_get_subject_name(signer));
        check.keyExpires = fromAsn1(X509_get0_notAfter(signer));
        check.keyValidityAtSigning = validityAt(signer, crls, check.signedAt.isValid() ? check.signedAt : at);

        // The bytes first: a signature that does not fit them is bad whatever the chain says.
        // With signed attributes the signature covers them (CMS_SignerInfo_verify) and they carry
        // the digest of the content (compared by CMS_SignerInfo_verify_content); without, the
        // signature covers the content's digest directly.
        ERR_clear_error();
        const bool attributesOk = CMS_signed_get_attr_count(si) < 0 || CMS_SignerInfo_verify(si) == 1;
        const bool contentOk = attributesOk && CMS_SignerInfo_verify_content(si, digests.get()) == 1;
        if (!contentOk) {
            const QString why = opensslErrors();
            check.reason = ReasonCode::BadSignature;
            check.detail = tr("The signature by \"%1\" does not fit the bytes of %2 (%3).")
                               .arg(check.signer, fileName, why.isEmpty() ? tr("verification failure") : why);
            checks << check;
            continue;
        }

        // Then the chain. A red finding there outranks the amber one about the digest: a revoked
        // or unpinned signer must not come out merely "weak".
        const ChainVerdict chain = Chain::verify(store.get(), signer, untrusted.get(), atTime);
        if (chain.reason != ReasonCode::Ok) {
            check.reason = chain.reason;
            check.detail = chain.detail;
        } else if (weakDigest(digestNid)) {
            check.reason = ReasonCode::WeakDigest;
            check.detail = tr("The signature uses the digest %1, which does not resist collisions.")
                               .arg(check.digestAlgorithm);
        } else {
            check.reason = ReasonCode::Ok;
        }
        checks << check;
    }
    ERR_clear_error();
    return checks;
}

QString CmsVerifier::toolVersions()
{
    return tr("%1, QCA %2")
        .arg(QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)), QString::fromLatin1(qcaVersionStr()));
}

} // namespace ChangeDesk
