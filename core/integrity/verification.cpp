#include "verification.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {

constexpr std::array kKeys {
    std::pair {ReasonCode::Ok, "ok"},
    std::pair {ReasonCode::ChecksumMismatch, "checksum_mismatch"},
    std::pair {ReasonCode::BadSignature, "bad_signature"},
    std::pair {ReasonCode::NoSignature, "no_signature"},
    std::pair {ReasonCode::UnknownKey, "unknown_key"},
    std::pair {ReasonCode::KeyNotPinned, "key_not_pinned"},
    std::pair {ReasonCode::KeyExpired, "key_expired"},
    std::pair {ReasonCode::KeyRevoked, "key_revoked"},
    std::pair {ReasonCode::SignatureExpired, "signature_expired"},
    std::pair {ReasonCode::WeakDigest, "weak_digest"},
    std::pair {ReasonCode::CertificateRevoked, "certificate_revoked"},
    std::pair {ReasonCode::ChainInvalid, "chain_invalid"},
    std::pair {ReasonCode::WrongKeyUsage, "wrong_key_usage"},
    std::pair {ReasonCode::NotYetValid, "not_yet_valid"},
    std::pair {ReasonCode::CrlMissing, "crl_missing"},
    std::pair {ReasonCode::FileChangedSinceRelease, "file_changed_since_release"},
};

} // namespace

QString Reasons::key(ReasonCode code)
{
    for (const auto &[c, k] : kKeys) {
        if (c == code)
            return QString::fromLatin1(k);
    }
    return {};
}

std::optional<ReasonCode> Reasons::fromKey(const QString &key)
{
    for (const auto &[c, k] : kKeys) {
        if (key == QLatin1StringView(k))
            return c;
    }
    return std::nullopt;
}

QList<ReasonCode> Reasons::all()
{
    QList<ReasonCode> codes;
    for (const auto &entry : kKeys)
        codes << entry.first;
    return codes;
}

QString Reasons::text(ReasonCode code)
{
    switch (code) {
    case ReasonCode::Ok:
        return tr("The file is the one its publisher signed or published.");
    case ReasonCode::ChecksumMismatch:
        return tr("The file's checksum differs from the published one.");
    case ReasonCode::BadSignature:
        return tr("The signature does not match the file.");
    case ReasonCode::NoSignature:
        return tr("There is no signature or checksum for this file.");
    case ReasonCode::UnknownKey:
        return tr("The signing key is not in the trust store.");
    case ReasonCode::KeyNotPinned:
        return tr("The signing key is in the trust store but its fingerprint has not been confirmed.");
    case ReasonCode::KeyExpired:
        return tr("The signing key or certificate had expired.");
    case ReasonCode::KeyRevoked:
        return tr("The signing key was revoked.");
    case ReasonCode::SignatureExpired:
        return tr("The signature has expired.");
    case ReasonCode::WeakDigest:
        return tr("Only MD5 or SHA-1 evidence: not enough on its own.");
    case ReasonCode::CertificateRevoked:
        return tr("A certificate of the signer's chain is revoked.");
    case ReasonCode::ChainInvalid:
        return tr("The signer's certificate does not lead to a trusted CA.");
    case ReasonCode::WrongKeyUsage:
        return tr("The signer's certificate is not meant for code signing.");
    case ReasonCode::NotYetValid:
        return tr("The key, certificate or signature is not valid yet.");
    case ReasonCode::CrlMissing:
        return tr("A CA's revocation list is missing or out of date.");
    case ReasonCode::FileChangedSinceRelease:
        return tr("The file has changed since it was released.");
    }
    return {};
}

QString Reasons::validityText(const QString &validity)
{
    if (validity == u"valid")
        return tr("valid");
    if (validity == u"expired")
        return tr("expired");
    if (validity == u"revoked")
        return tr("revoked");
    if (validity == u"not yet valid")
        return tr("not yet valid");
    return validity;
}

Reasons::Verdict Reasons::verdict(ReasonCode code)
{
    if (code == ReasonCode::Ok)
        return Verdict::Green;
    if (code == ReasonCode::WeakDigest)
        return Verdict::Amber;
    return Verdict::Red;
}

} // namespace ChangeDesk
