#pragma once

// The software library (M8, M9, M10): every package a change installs, with the evidence its vendor
// published (checksums, a signed checksum file, a detached signature), its verifications, its
// acceptance after the tests and its release into the reference checksum register.
//
// A package's status follows from what happened to it:
//   unverified  added, or its newest verification was amber (only MD5/SHA-1 evidence);
//   verified    its newest verification was green;
//   failed      its newest verification was red (also: the file changed after its release);
//   released    accepted and released; its SHA-256 and SHA-512 are in the register.
// A request for change cannot start while a package attached to it is unverified or failed (the
// workflow's "packages_verified").
//
// Who: change managers, implementers, security management and administrators keep the library
// (add, verify, accept); change managers and administrators release. Each action is one
// transaction with its audit event ("package.add", "package.verify", "package.accept",
// "package.refuse", "package.release").

#include "change/changeservice.h"
#include "common/clock.h"
#include "common/error.h"
#include "integrity/checksumregister.h"
#include "integrity/digest.h"
#include "integrity/packageverifier.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ChangeDesk {

class Database;

struct Package {
    enum class Status { Unverified, Verified, Failed, Released };
    qint64 id = 0;
    QString kind; // PackageLibrary::kinds()
    QString vendor;
    QString product;
    QString version;
    QString source; // where it was obtained: a URL, a vendor portal, a medium
    QString fileName;
    QString filePath; // absolute
    qint64 fileSize = 0;
    QString sha256; // lower-case hex, at intake
    QByteArray checksums; // the published checksum file as given (or "HEX  NAME" from a digest)
    QString checksumsSource;
    QByteArray checksumsSignature;
    QString checksumsSignatureSource;
    QByteArray signature; // detached signature of the file
    QString signatureSource;
    Status status = Status::Unverified;
    QString statusReason; // the reason code of the verification that set the status
    QString notes;
    QString addedBy;
    int rowVersion = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    QString label() const; // "Vendor Product 1.2.3"
    QJsonObject toJson() const; // without the evidence's bytes
};

struct AcceptanceTest {
    QString name;
    QString result; // passed, failed, not_run
    QString note;
};

// The acceptance record (M9): the tests a package went through and the declaration that it is
// accepted, or why it is refused.
struct PackageAcceptance {
    qint64 id = 0;
    qint64 packageId = 0;
    QString sha256; // of the file that was tested
    QString testEnvironment;
    QList<AcceptanceTest> tests;
    bool accepted = false;
    QString refusalReasons;
    QString declaredBy;
    QDateTime declaredAt;

    QJsonObject toJson() const;
};

// Everything the release statement prints.
struct ReleaseStatement {
    Package package;
    PackageAcceptance acceptance;
    RegisterEntry entry;
    PackageVerification verification; // the newest green one
};

// What re-verifying the released files against the register found.
struct RegisterFileCheck {
    enum class State { Intact, Changed, Missing };
    RegisterEntry entry;
    State state = State::Intact;
    QString actualSha256;
    QString detail;
};

struct RegisterReport {
    RegisterChainCheck chain;
    QList<RegisterFileCheck> files;

    bool intact() const;
    QJsonObject toJson() const;
};

class PackageLibrary
{
    Q_DECLARE_TR_FUNCTIONS(PackageLibrary)

public:
    PackageLibrary(const Database &db, ChangeActor actor, const Clock &clock = Clock::system());

    // patch, security_patch, hotfix, service_pack, update_rollup, feature_pack, release (BSI).
    static const QStringList &kinds();
    static QString kindLabel(const QString &kind);
    static QString statusKey(Package::Status status);
    static std::optional<Package::Status> statusFromKey(const QString &key);
    static QString statusLabel(Package::Status status);
    static QString testResultLabel(const QString &result);
    static bool mayKeep(const ChangeActor &actor);
    static bool mayRelease(const ChangeActor &actor);

    // Adds the package whose file is at `path` (hashed here; name, size and SHA-256 taken from the
    // file) with the evidence in `package` (checksums, signatures). InvalidInput naming the field
    // for a missing vendor, product, version or an unknown kind, or a checksum file that names
    // nothing for this file; Conflict when the library has this vendor/product/version/file.
    Result<Package> add(Package package, const QString &path, const Digests::Progress &progress = {}) const;
    Result<Package> get(qint64 id) const;
    Result<QList<Package>> list() const;
    // The evidence as the verifier takes it (the checksum file read for this file).
    static Result<PackageEvidence> evidence(const Package &package);

    // Verifies the package's file as it is now and records it (package_verification with the
    // package's id); the status follows the verdict. For a released package the file must still
    // have the SHA-256 the register holds, else the reason is file_changed_since_release.
    Result<PackageVerification> verify(qint64 id, PackageVerifier &verifier,
                                       const Digests::Progress &progress = {}) const;
    // verify() in two steps, for a check on a background thread: check() reads the file and the
    // signatures (no database), record() stores the result and sets the status.
    static Result<PackageVerification> check(const Package &package, PackageVerifier &verifier,
                                             const QDateTime &at, const Digests::Progress &progress = {});
    Result<PackageVerification> record(qint64 id, PackageVerification verification) const;
    Result<QList<PackageVerification>> verifications(qint64 id) const;

    // Records the acceptance or refusal of a verified package. InvalidInput without a test
    // environment, without tests, an accepted package with a test that did not pass, a refusal
    // without reasons; Conflict unless the package is verified.
    Result<PackageAcceptance> accept(qint64 id, PackageAcceptance acceptance) const;
    Result<QList<PackageAcceptance>> acceptances(qint64 id) const;

    // Releases an accepted package: hashes its file again (SHA-256 and SHA-512), which must be the
    // file that was verified and accepted, and enters it into the register, all in one
    // transaction. Conflict when it is not verified, not accepted, already released or changed.
    Result<RegisterEntry> release(qint64 id, const QDate &releaseDate, const QString &restrictions,
                                  const Digests::Progress &progress = {}) const;
    Result<ReleaseStatement> statement(qint64 id) const;

    // The ids of the requests for change the package is attached to.
    Result<QList<qint64>> changesOf(qint64 id) const;

    // Checks the register's chain and hashes every released file again. A changed file is recorded
    // as a red verification (file_changed_since_release) and its package fails.
    Result<RegisterReport> verifyRegister(const Digests::Progress &progress = {}) const;

private:
    Status mayKeepHere() const;
    // Sets the status (and the file's new SHA-256 and size, when given) with its audit event.
    Status setStatus(const Package &package, Package::Status status, const QString &reason,
                     const QString &sha256 = {}, qint64 fileSize = 0) const;

    const Database &m_db;
    ChangeActor m_actor;
    const Clock &m_clock;
};

} // namespace ChangeDesk
