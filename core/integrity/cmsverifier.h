#pragma once

// CMS (PKCS#7) detached signatures of packages, checked against pinned X.509 CA certificates and
// their CRLs (M10).
//
// Both the signature over the bytes and the chain are decided by OpenSSL's libcrypto directly, not
// by QCA: measured with QCA 2.3.10, its CMS verify holds the whole file in memory, reports a
// correct code-signing signature as invalid (it checks the chain with the S/MIME purpose and the
// system time, without CRLs), names no digest and one signer only. See cmsverifier.cpp. The chain
// is checked in an X509_STORE holding only the pinned CAs and their CRLs, with
// X509_V_FLAG_CRL_CHECK | X509_V_FLAG_CRL_CHECK_ALL, the code-signing purpose and the time of the
// injectable clock. A CA whose CRL is missing or out of date fails closed (CrlMissing).

#include "common/error.h"
#include "integrity/digest.h"
#include "integrity/verification.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ChangeDesk {

// The pinned X.509 material: CA certificates (root or intermediate) and the CRLs of those CAs,
// each PEM or DER.
struct X509TrustAnchors {
    QList<QByteArray> caCertificates;
    QList<QByteArray> crls;
};

// What a certificate or a CRL file says about itself, for showing it before it is pinned.
struct X509Description {
    enum class Kind { Certificate, Crl };
    Kind kind = Kind::Certificate;
    QString subject; // the certificate's subject, or the CRL's issuer, in one line
    QString issuer;
    QString sha256Fingerprint; // upper-case hex of the DER, no separators
    QDateTime notBefore; // CRL: lastUpdate
    QDateTime notAfter; // CRL: nextUpdate
    bool isCa = false; // basicConstraints CA:TRUE
    QByteArray der;
};

class CmsVerifier
{
    Q_DECLARE_TR_FUNCTIONS(CmsVerifier)

public:
    // Unavailable, saying what to check, when OpenSSL cannot load its default provider here.
    static Status available();

    // Reads a PEM or DER certificate or CRL (the first one in a PEM file); InvalidInput naming
    // `source` when it is neither.
    static Result<X509Description> describe(const QByteArray &data, const QString &source);

    // Checks the detached CMS signature `signature` (PEM or DER, as `openssl cms -sign -binary
    // -outform DER|PEM` writes it) over the file at `path`, at the time `at`. One SignatureCheck
    // per SignerInfo, its `reason` decided thus:
    //   BadSignature        the bytes differ from the signed ones
    //   WeakDigest          the signature is over MD5 or SHA-1
    //   ChainInvalid        the signer certificate does not lead to a pinned CA
    //   CertificateRevoked  a certificate of the chain is on its CA's CRL
    //   CrlMissing          a CA of the chain has no CRL, or its CRL is out of date at `at`
    //   NotYetValid         a certificate of the chain is not yet valid at `at`
    //   KeyExpired          a certificate of the chain has expired at `at`
    //   WrongKeyUsage       the signer certificate's extended key usage lacks code signing
    //   Ok                  otherwise
    // An error only when the signature cannot be read at all (InvalidInput naming `source`), the
    // file is missing (NotFound) or unreadable; Cancelled when `progress` said stop.
    static Result<QList<SignatureCheck>> verifyDetached(const QString &path, const QByteArray &signature,
                                                        const QString &source, const X509TrustAnchors &trust,
                                                        const QDateTime &at,
                                                        const Digests::Progress &progress = {});
    // "OpenSSL 3.5.1 1 Jul 2025" and QCA's version, for the verification record.
    static QString toolVersions();
};

} // namespace ChangeDesk
