#pragma once

// OpenPGP signatures through QCA's GnuPG provider (qca-gnupg), which runs the gpg program on the
// user's keyring ($GNUPGHOME, else ~/.gnupg). Needs a live QCA::Initializer (the mains and the
// tests make one).

#include "common/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace ChangeDesk {

class OpenPgp
{
    Q_DECLARE_TR_FUNCTIONS(OpenPgp)

public:
    struct Key {
        QString fingerprint; // upper-case hex, no spaces
        QString keyId; // the long key ID: the last 16 digits
        QString userId; // e.g. "Audit Office <audit@example.org>"
        bool secret = false;
    };

    struct Verification {
        enum class Outcome {
            Good, // made by `key`, over exactly these bytes
            Bad, // made by `key`, but the bytes differ from those it signed
            UnknownKey, // made by a key that is not in the keyring (only keyId is known)
        };
        Outcome outcome = Outcome::Bad;
        Key key;
        QDateTime signedAt;
    };

    // Unavailable, saying what to install, when QCA has no OpenPGP provider or gpg is missing.
    static Status available();
    // "0x1234 ABCD …" → "1234ABCD…"; empty unless 16 to 64 hex digits.
    static QString normalizeFingerprint(const QString &text);
    // The key with this fingerprint (or long key ID) in the keyring; with `secret`, one whose
    // secret key is there too. NotFound naming the keyring when there is none.
    static Result<Key> findKey(const QString &fingerprint, bool secret);
    // A detached, ASCII-armoured signature of `data` by the secret key `fingerprint`.
    static Result<QByteArray> signDetached(const QString &fingerprint, const QByteArray &data);
    // Checks a detached signature; an error only when it could not be checked at all (no gpg,
    // not a signature).
    static Result<Verification> verifyDetached(const QByteArray &data, const QByteArray &signature);
    // Whether `key` is the key `fingerprint` names (a full fingerprint, or a long key ID).
    static bool matches(const Key &key, const QString &fingerprint);
};

} // namespace ChangeDesk
