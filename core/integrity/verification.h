#pragma once

// The outcome of checking a package (M8, M9, M10): the reason codes every verification ends with,
// and what one signature check found out. Shared by the OpenPGP and the CMS checks and by the
// verification record.

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ChangeDesk {

// Why a verification ended as it did. The first one is the only good one; WeakDigest is amber
// (evidence was there but not enough on its own), everything else is red.
enum class ReasonCode {
    Ok,
    ChecksumMismatch, // the file's digest differs from the published one
    BadSignature, // a signature does not fit the bytes (or one of several signatures is bad)
    NoSignature, // no evidence at all, or a signature or checksum file that names nothing for this file
    UnknownKey, // the signing key is not in the trust store
    KeyNotPinned, // the signing key is known but its fingerprint is not pinned
    KeyExpired, // the key had expired when the signature was made
    KeyRevoked, // the key (or the subkey that signed) is revoked
    SignatureExpired, // the signature's own validity has ended
    WeakDigest, // only MD5 or SHA-1 evidence: a checksum, or a signature over such a digest
    CertificateRevoked, // a certificate of the chain is on its CA's CRL
    ChainInvalid, // the certificate does not lead to a pinned CA (or the CMS structure is broken)
    WrongKeyUsage, // the certificate is not for code signing
    NotYetValid, // the key or certificate (or the signature) lies in the future
    CrlMissing, // a CA's CRL is missing or out of date: fails closed
    FileChangedSinceRelease, // the file's digest differs from the one registered at release
};

class Reasons
{
    Q_DECLARE_TR_FUNCTIONS(Reasons)

public:
    // Stable identifiers for records, JSON and scripts: ok, checksum_mismatch, bad_signature, …
    static QString key(ReasonCode code);
    static std::optional<ReasonCode> fromKey(const QString &key);
    static QList<ReasonCode> all();
    // One sentence for people, e.g. "The signing key was revoked."
    static QString text(ReasonCode code);
    // Green, amber or red.
    enum class Verdict { Green, Amber, Red };
    static Verdict verdict(ReasonCode code);
    // SignatureCheck::keyValidityAtSigning ("valid", "expired", "revoked", "not yet valid") in
    // the user's language.
    static QString validityText(const QString &validity);
};

// What checking one signature found out. The facts come from the signature and the key (or
// certificate); the decision (`reason`) is made against the verification time of an injectable
// clock, not against the time gpg or OpenSSL reads from the system.
struct SignatureCheck {
    enum class Kind { OpenPgp, Cms };
    Kind kind = Kind::OpenPgp;
    ReasonCode reason = ReasonCode::BadSignature;
    QString signerFingerprint; // OpenPGP: the primary key's; CMS: SHA-256 of the signer certificate
    QString signingKeyFingerprint; // OpenPGP: the (sub)key that signed; CMS: empty
    QString signer; // user ID or certificate subject
    QDateTime signedAt; // invalid when the signature carries no time
    QDateTime keyExpires; // invalid when it never expires
    QString digestAlgorithm; // "SHA256", "SHA1", … as the signature names it
    // "valid", "expired", "revoked", "not yet valid" at signedAt: what the record keeps.
    QString keyValidityAtSigning;
    QString detail; // for people: what exactly was wrong, in the words of the check
};

} // namespace ChangeDesk
