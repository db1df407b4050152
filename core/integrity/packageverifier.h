#pragma once

// Verifying a package file (M8, M10): its digests against the published checksums, its detached
// signature (OpenPGP or CMS) against the trust store, and a signed checksum file (SHA256SUMS with
// SHA256SUMS.asc) — ending in one reason code, and recorded (table package_verification).
//
// How the evidence adds up:
//   - a published checksum that differs, in any algorithm given: ChecksumMismatch;
//   - a signature that does not fit the bytes, also beside a good one: BadSignature (a tampered
//     file must not hide behind a second, good signature);
//   - otherwise a good signature by a pinned key (over the file, or over the checksum file whose
//     SHA-256 or stronger entry matches): Ok;
//   - a signature that fails for another reason (key revoked, not pinned, …): that reason;
//   - no signature, and a SHA-256/384/512 checksum that matches: Ok, the record saying "checksum
//     only";
//   - only MD5 or SHA-1 evidence: WeakDigest (amber: never enough on its own);
//   - no evidence at all: NoSignature.

#include "change/changeservice.h"
#include "common/clock.h"
#include "common/error.h"
#include "integrity/digest.h"
#include "integrity/truststore.h"
#include "integrity/verification.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace ChangeDesk {

class Database;
class OpenPgpKeyring;

// What is published beside a package.
struct PackageEvidence {
    // Expected digests, e.g. from --sha256 (source "--sha256") or from a checksum file.
    QList<ChecksumEntry> checksums;
    QString checksumSource;
    // The whole checksum file as published, when its signature is to be checked too.
    QByteArray checksumFile;
    QByteArray checksumFileSignature;
    QString checksumFileSignatureSource;
    // A detached signature of the package itself: OpenPGP (.asc, .sig, .gpg) or CMS (.p7s, .p7b,
    // .pem, .der); told apart by content.
    QByteArray signature;
    QString signatureSource;

    bool isEmpty() const
    {
        return checksums.isEmpty() && signature.isEmpty() && checksumFileSignature.isEmpty();
    }
};

struct PackageVerification {
    qint64 id = 0; // of the record, once recorded
    qint64 packageId = 0; // the library's package, when it was one
    QString fileName;
    qint64 fileSize = 0;
    QByteArray sha256; // raw; always computed
    ReasonCode reason = ReasonCode::NoSignature;
    QString detail;
    QString checksumAlgorithm; // the strongest published digest that was compared ("sha256"), if any
    QList<SignatureCheck> signatures; // of the package and of the checksum file
    QString toolVersions;
    QString verifiedBy;
    QDateTime verifiedAt;

    Reasons::Verdict verdict() const { return Reasons::verdict(reason); }
    bool ok() const { return reason == ReasonCode::Ok; }
    // The signature the verdict rests on (the good one, else the first), if any.
    const SignatureCheck *decisive() const;
    QJsonObject toJson() const;
};

class PackageVerifier
{
    Q_DECLARE_TR_FUNCTIONS(PackageVerifier)

public:
    explicit PackageVerifier(TrustSnapshot trust);
    ~PackageVerifier();
    PackageVerifier(const PackageVerifier &) = delete;
    PackageVerifier &operator=(const PackageVerifier &) = delete;

    // Checks the file at `path` at the time `at`. An error only when the file or a piece of
    // evidence cannot be read at all (NotFound, InvalidInput naming it) or `progress` said stop
    // (Cancelled); every verdict, good or bad, is a PackageVerification.
    Result<PackageVerification> verify(const QString &path, const PackageEvidence &evidence,
                                       const QDateTime &at, const Digests::Progress &progress = {});

    // Reads the checksum file `text` (named `source`) for the package `fileName` into `evidence`:
    // InvalidInput when it cannot be read or names nothing for this file.
    static Status addChecksumFile(PackageEvidence &evidence, const QByteArray &text, const QString &source,
                                  const QString &fileName);
    // Whether `signature` is a CMS/PKCS#7 structure (else OpenPGP).
    static bool isCms(const QByteArray &signature);

private:
    Result<QList<SignatureCheck>> checkSignature(const QString *path, const QByteArray *data,
                                                 const QByteArray &signature, const QString &source,
                                                 const QDateTime &at, const Digests::Progress &progress);

    TrustSnapshot m_trust;
    std::unique_ptr<OpenPgpKeyring> m_keyring; // made on first use, kept for a batch
};

// The verification records (table package_verification), each written with an audit event
// ("package.verify") in one transaction.
class VerificationLog
{
    Q_DECLARE_TR_FUNCTIONS(VerificationLog)

public:
    explicit VerificationLog(const Database &db, ChangeActor actor = {},
                             const Clock &clock = Clock::system());

    // Stores `v` (its verifiedBy and verifiedAt set from the actor and the clock); returns it with
    // its id.
    Result<PackageVerification> record(PackageVerification v) const;
    // The newest first; those of one file (by SHA-256, hex) when `sha256Hex` is given.
    Result<QList<PackageVerification>> recent(int limit = 100, const QString &sha256Hex = {}) const;
    // Those of one package of the library, the newest first.
    Result<QList<PackageVerification>> ofPackage(qint64 packageId, int limit = 100) const;

private:
    Result<QList<PackageVerification>> select(const QString &where, const QVariantList &params, int limit) const;

    const Database &m_db;
    ChangeActor m_actor;
    const Clock &m_clock;
};

} // namespace ChangeDesk
