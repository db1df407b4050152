#pragma once

// OpenPGP detached signatures of packages, checked against the keys of the trust store (M10).
//
// Why GPGME and not QCA here: QCA's gnupg provider runs gpg on whatever keyring GNUPGHOME names and
// accepts any key in it, hands back neither the signer's fingerprint nor the digest algorithm
// without a key store, and reads its verdict from gpg's own clock (see docs/integrity-design.md).
// A safe decision needs all of that. So the keys live in a GnuPG home of their own (a temporary
// folder of mode 0700 filled from the trust store, never the user's keyring), GPGME reports per
// signature whether the bytes fit and which (sub)key over which digest made it, and the decision
// is taken here: against the pin list (full fingerprints of primary keys) and against the time of
// the injectable clock — a key that expired or was revoked, a signature that has expired or lies
// in the future, MD5 or SHA-1.

#include "common/error.h"
#include "integrity/digest.h"
#include "integrity/verification.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace ChangeDesk {

struct OpenPgpSubkey {
    QString fingerprint; // upper-case hex, no separators
    QDateTime created;
    QDateTime expires; // invalid when it never expires
    bool revoked = false;
    bool canSign = false;
};

struct OpenPgpKeyInfo {
    QString fingerprint; // the primary key's: what is pinned
    QStringList userIds;
    QList<OpenPgpSubkey> subkeys; // the primary key first
    QDateTime created;
    QDateTime expires; // invalid when the key never expires
    bool revoked = false;
    QString algorithm; // e.g. "ed25519", "rsa3072"
};

class OpenPgpKeyring
{
    Q_DECLARE_TR_FUNCTIONS(OpenPgpKeyring)

public:
    ~OpenPgpKeyring();
    OpenPgpKeyring(const OpenPgpKeyring &) = delete;
    OpenPgpKeyring &operator=(const OpenPgpKeyring &) = delete;

    // Unavailable, saying what to install, when GPGME or the gpg program is missing.
    static Status available();
    // A private keyring holding `keys` (armoured or binary OpenPGP public keys; revocation
    // certificates too). InvalidInput when one of them holds no key.
    static Result<std::unique_ptr<OpenPgpKeyring>> create(const QList<QByteArray> &keys);
    // The keys in `data`, read in a throwaway home: what the trust store shows before pinning.
    // InvalidInput naming `source` when it holds no OpenPGP key.
    static Result<QList<OpenPgpKeyInfo>> describe(const QByteArray &data, const QString &source);
    // "1234 5678 9ABC …": the fingerprint in groups of four for reading aloud.
    static QString grouped(const QString &fingerprint);

    QList<OpenPgpKeyInfo> keys() const;
    // The armoured public key `fingerprint` as this keyring has it (one key out of a file of many).
    Result<QByteArray> exportKey(const QString &fingerprint) const;

    // Checks the detached signature(s) in `signature` over the file at `path` (streamed, with
    // progress and cancel) or over `data`, at the time `at`; a key counts only when its primary
    // fingerprint is in `pinned`. One SignatureCheck per signature. An error only when the
    // signature cannot be read at all (InvalidInput naming `source`), the file cannot be read, or
    // `progress` said stop (Cancelled).
    Result<QList<SignatureCheck>> verifyFile(const QString &path, const QByteArray &signature,
                                             const QString &source, const QSet<QString> &pinned,
                                             const QDateTime &at,
                                             const Digests::Progress &progress = {}) const;
    Result<QList<SignatureCheck>> verifyData(const QByteArray &data, const QByteArray &signature,
                                             const QString &source, const QSet<QString> &pinned,
                                             const QDateTime &at) const;

    // "GPGME 1.24.2, gpg 2.4.7": for the verification record.
    static QString toolVersions();

private:
    struct Private;
    explicit OpenPgpKeyring(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace ChangeDesk
