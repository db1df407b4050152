#include "packageverifier.h"

#include "audit/auditlog.h"
#include "integrity/cmsverifier.h"
#include "integrity/openpgpkeyring.h"
#include "storage/database.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QtCrypto>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {

QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject checkJson(const SignatureCheck &c)
{
    return {
        {u"kind"_s, c.kind == SignatureCheck::Kind::Cms ? u"cms"_s : u"openpgp"_s},
        {u"reason"_s, Reasons::key(c.reason)},
        {u"signer_fingerprint"_s, c.signerFingerprint},
        {u"signing_key_fingerprint"_s, c.signingKeyFingerprint},
        {u"signer"_s, c.signer},
        {u"signed_at"_s, timeJson(c.signedAt)},
        {u"key_expires"_s, timeJson(c.keyExpires)},
        {u"digest_algorithm"_s, c.digestAlgorithm},
        {u"key_validity_at_signing"_s, c.keyValidityAtSigning},
        {u"detail"_s, c.detail},
    };
}

SignatureCheck checkFromJson(const QJsonObject &o)
{
    SignatureCheck c;
    c.kind
        = o.value(u"kind"_s).toString() == u"cms" ? SignatureCheck::Kind::Cms : SignatureCheck::Kind::OpenPgp;
    c.reason = Reasons::fromKey(o.value(u"reason"_s).toString()).value_or(ReasonCode::BadSignature);
    c.signerFingerprint = o.value(u"signer_fingerprint"_s).toString();
    c.signingKeyFingerprint = o.value(u"signing_key_fingerprint"_s).toString();
    c.signer = o.value(u"signer"_s).toString();
    c.signedAt = QDateTime::fromString(o.value(u"signed_at"_s).toString(), Qt::ISODate);
    c.keyExpires = QDateTime::fromString(o.value(u"key_expires"_s).toString(), Qt::ISODate);
    c.digestAlgorithm = o.value(u"digest_algorithm"_s).toString();
    c.keyValidityAtSigning = o.value(u"key_validity_at_signing"_s).toString();
    c.detail = o.value(u"detail"_s).toString();
    return c;
}

QString verdictKey(Reasons::Verdict verdict)
{
    switch (verdict) {
    case Reasons::Verdict::Green:
        return u"green"_s;
    case Reasons::Verdict::Amber:
        return u"amber"_s;
    case Reasons::Verdict::Red:
        return u"red"_s;
    }
    return {};
}

const SignatureCheck *firstWith(const QList<SignatureCheck> &checks, ReasonCode reason)
{
    for (const SignatureCheck &c : checks) {
        if (c.reason == reason)
            return &c;
    }
    return nullptr;
}

} // namespace

const SignatureCheck *PackageVerification::decisive() const
{
    if (const SignatureCheck *bad = firstWith(signatures, ReasonCode::BadSignature))
        return bad;
    if (const SignatureCheck *good = firstWith(signatures, ReasonCode::Ok))
        return good;
    return signatures.isEmpty() ? nullptr : &signatures.first();
}

QJsonObject PackageVerification::toJson() const
{
    QJsonArray checks;
    for (const SignatureCheck &c : signatures)
        checks.append(checkJson(c));
    QJsonObject o {
        {u"file_name"_s, fileName},
        {u"file_size"_s, fileSize},
        {u"sha256"_s, QString::fromLatin1(sha256.toHex())},
        {u"verdict"_s, verdictKey(verdict())},
        {u"reason"_s, Reasons::key(reason)},
        {u"reason_text"_s, Reasons::text(reason)},
        {u"detail"_s, detail},
        {u"checksum_algorithm"_s, checksumAlgorithm},
        {u"signatures"_s, checks},
        {u"tool_versions"_s, toolVersions},
        {u"verified_by"_s, verifiedBy},
        {u"verified_at"_s, timeJson(verifiedAt)},
    };
    if (id > 0)
        o.insert(u"id"_s, id);
    if (packageId > 0)
        o.insert(u"package_id"_s, packageId);
    return o;
}

PackageVerifier::PackageVerifier(TrustSnapshot trust)
    : m_trust(std::move(trust))
{ }

PackageVerifier::~PackageVerifier() = default;

bool PackageVerifier::isCms(const QByteArray &signature)
{
    const QByteArray head = signature.left(64).trimmed();
    return head.startsWith('\x30') || head.startsWith("-----BEGIN PKCS7-----")
        || head.startsWith("-----BEGIN CMS-----");
}

Status PackageVerifier::addChecksumFile(PackageEvidence &evidence, const QByteArray &text,
                                        const QString &source, const QString &fileName)
{
    auto entries = ChecksumFile::parse(text, source);
    if (!entries)
        return fail(entries.error());
    const QList<ChecksumEntry> mine = ChecksumFile::forFile(*entries, fileName);
    if (mine.isEmpty())
        return fail(ErrorKind::InvalidInput, tr("%1 has no checksum for %2.").arg(source, fileName));
    evidence.checksums << mine;
    evidence.checksumSource = source;
    evidence.checksumFile = text;
    return {};
}

Result<QList<SignatureCheck>> PackageVerifier::checkSignature(const QString *path, const QByteArray *data,
                                                              const QByteArray &signature,
                                                              const QString &source, const QDateTime &at,
                                                              const Digests::Progress &progress)
{
    if (isCms(signature)) {
        if (path)
            return CmsVerifier::verifyDetached(*path, signature, source, m_trust.x509, at, progress);
        QTemporaryFile file;
        if (!file.open() || file.write(*data) != data->size() || !file.flush())
            return fail(ErrorKind::Io, tr("Could not write a temporary file: %1").arg(file.errorString()));
        return CmsVerifier::verifyDetached(file.fileName(), signature, source, m_trust.x509, at);
    }
    if (!m_keyring) {
        auto keyring = OpenPgpKeyring::create(m_trust.openPgpKeys);
        if (!keyring)
            return fail(keyring.error());
        m_keyring = std::move(*keyring);
    }
    if (path)
        return m_keyring->verifyFile(*path, signature, source, m_trust.pinnedOpenPgp, at, progress);
    return m_keyring->verifyData(*data, signature, source, m_trust.pinnedOpenPgp, at);
}

Result<PackageVerification> PackageVerifier::verify(const QString &path, const PackageEvidence &evidence,
                                                    const QDateTime &at, const Digests::Progress &progress)
{
    const QFileInfo info(path);
    PackageVerification v;
    v.fileName = info.fileName();
    v.fileSize = info.size();

    // One pass for the SHA-256 of the record and every published algorithm; a second one (gpg or
    // OpenSSL reading the file) for a signature over the file.
    QList<DigestAlgorithm> algorithms {DigestAlgorithm::Sha256};
    for (const ChecksumEntry &e : evidence.checksums) {
        if (!algorithms.contains(e.algorithm))
            algorithms << e.algorithm;
    }
    const int passes = evidence.signature.isEmpty() ? 1 : 2;
    const auto pass = [&](int n) -> Digests::Progress {
        if (!progress)
            return {};
        return [&progress, n, passes](qint64 done, qint64 total) {
            return progress(n * total + done, passes * total);
        };
    };
    auto digests = Digests::ofFile(path, algorithms, pass(0));
    if (!digests)
        return fail(digests.error());
    v.sha256 = digests->at(0);

    const ChecksumEntry *mismatch = nullptr;
    bool strongMatch = false;
    bool weakMatch = false;
    for (const ChecksumEntry &e : evidence.checksums) {
        const QByteArray &actual = digests->at(algorithms.indexOf(e.algorithm));
        if (actual != e.digest) {
            mismatch = &e;
            break;
        }
        (Digests::weak(e.algorithm) ? weakMatch : strongMatch) = true;
        if (v.checksumAlgorithm.isEmpty()
            || Digests::hexLength(e.algorithm) > Digests::hexLength(*Digests::fromKey(v.checksumAlgorithm)))
            v.checksumAlgorithm = Digests::key(e.algorithm);
    }

    QStringList tools {u"QCA %1"_s.arg(QString::fromLatin1(qcaVersionStr()))};
    QList<SignatureCheck> ofFile;
    if (!evidence.signature.isEmpty()) {
        auto checks
            = checkSignature(&path, nullptr, evidence.signature, evidence.signatureSource, at, pass(1));
        if (!checks)
            return fail(checks.error());
        ofFile = *checks;
    }
    QList<SignatureCheck> ofSums;
    if (!evidence.checksumFileSignature.isEmpty()) {
        auto checks = checkSignature(nullptr, &evidence.checksumFile, evidence.checksumFileSignature,
                                     evidence.checksumFileSignatureSource, at, {});
        if (!checks)
            return fail(checks.error());
        ofSums = *checks;
    }
    v.signatures = ofFile + ofSums;
    const bool usedCms = std::any_of(v.signatures.cbegin(), v.signatures.cend(), [](const SignatureCheck &c) {
        return c.kind == SignatureCheck::Kind::Cms;
    });
    const bool usedPgp = std::any_of(v.signatures.cbegin(), v.signatures.cend(), [](const SignatureCheck &c) {
        return c.kind == SignatureCheck::Kind::OpenPgp;
    });
    if (usedPgp)
        tools << OpenPgpKeyring::toolVersions();
    if (usedCms)
        tools << CmsVerifier::toolVersions();
    v.toolVersions = tools.join(u"; "_s);

    if (mismatch) {
        v.reason = ReasonCode::ChecksumMismatch;
        const QByteArray actual = digests->at(algorithms.indexOf(mismatch->algorithm));
        v.detail = tr("The %1 of %2 is %3, but %4 (line %5) says %6.")
                       .arg(Digests::key(mismatch->algorithm).toUpper(), v.fileName,
                            QString::fromLatin1(actual.toHex()), evidence.checksumSource)
                       .arg(mismatch->line)
                       .arg(QString::fromLatin1(mismatch->digest.toHex()));
        return v;
    }
    if (const SignatureCheck *bad = firstWith(v.signatures, ReasonCode::BadSignature)) {
        v.reason = ReasonCode::BadSignature;
        v.detail = bad->detail;
        return v;
    }
    const SignatureCheck *goodOfFile = firstWith(ofFile, ReasonCode::Ok);
    const SignatureCheck *goodOfSums = firstWith(ofSums, ReasonCode::Ok);
    if (goodOfFile || (goodOfSums && strongMatch)) {
        v.reason = ReasonCode::Ok;
        v.detail = goodOfFile ? goodOfFile->detail
                              : tr("%1 — and %2 of the signed checksum file matches.")
                                    .arg(goodOfSums->detail, v.checksumAlgorithm.toUpper());
        return v;
    }
    if (goodOfSums && weakMatch) {
        v.reason = ReasonCode::WeakDigest;
        v.detail = tr("The checksum file is signed, but it gives only MD5 or SHA-1 for %1.").arg(v.fileName);
        return v;
    }
    if (!v.signatures.isEmpty()) {
        const SignatureCheck &first = v.signatures.first();
        v.reason = first.reason;
        v.detail = first.detail;
        return v;
    }
    if (strongMatch) {
        v.reason = ReasonCode::Ok;
        v.detail = tr("The %1 checksum from %2 matches; no signature was checked (checksum only).")
                       .arg(v.checksumAlgorithm.toUpper(), evidence.checksumSource);
        return v;
    }
    if (weakMatch) {
        v.reason = ReasonCode::WeakDigest;
        v.detail
            = tr("Only a weak checksum (%1) matches, and that can be forged: get a SHA-256 checksum or a "
                 "signature from the vendor.")
                  .arg(v.checksumAlgorithm.toUpper());
        return v;
    }
    v.reason = ReasonCode::NoSignature;
    v.detail
        = tr("Nothing to compare %1 with: give the published checksum or the signature.").arg(v.fileName);
    return v;
}

VerificationLog::VerificationLog(const Database &db, ChangeActor actor, const Clock &clock)
    : m_db(db)
    , m_actor(std::move(actor))
    , m_clock(clock)
{ }

Result<PackageVerification> VerificationLog::record(PackageVerification v) const
{
    v.verifiedBy = m_actor.login;
    v.verifiedAt = m_clock.now();
    const SignatureCheck *sig = v.decisive();
    QJsonArray checks;
    for (const SignatureCheck &c : std::as_const(v.signatures))
        checks.append(checkJson(c));
    return m_db.write([&]() -> Result<PackageVerification> {
        auto inserted = m_db.exec(
            u"INSERT INTO package_verification (file_name, file_size, sha256, verdict, reason, detail, "
            "checksum_algorithm, signature_kind, signer_fingerprint, signer, signed_at, key_validity, "
            "digest_algorithm, tool_versions, evidence, verified_by, verified_at, package_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
            {v.fileName, v.fileSize, QString::fromLatin1(v.sha256.toHex()), verdictKey(v.verdict()),
             Reasons::key(v.reason), sqlText(v.detail), sqlText(v.checksumAlgorithm),
             sig ? (sig->kind == SignatureCheck::Kind::Cms ? u"cms"_s : u"openpgp"_s) : u""_s,
             sig ? sqlText(sig->signerFingerprint) : u""_s, sig ? sqlText(sig->signer) : u""_s,
             m_db.dialect().toDb(sig ? sig->signedAt : QDateTime()),
             sig ? sqlText(sig->keyValidityAtSigning) : u""_s, sig ? sqlText(sig->digestAlgorithm) : u""_s,
             sqlText(v.toolVersions), QString::fromUtf8(QJsonDocument(checks).toJson(QJsonDocument::Compact)),
             sqlText(v.verifiedBy), m_db.dialect().toDb(v.verifiedAt), sqlId(v.packageId ? std::optional<qint64>(v.packageId) : std::nullopt)},
            tr("recording the verification of %1").arg(v.fileName));
        if (!inserted)
            return fail(inserted.error());
        inserted->next();
        v.id = inserted->value(0).toLongLong();
        if (auto logged
            = AuditLog(m_db, m_actor.login, m_clock)
                  .record(u"package.verify"_s, u"package_verification"_s, v.id, std::nullopt, v.toJson());
            !logged)
            return fail(logged.error());
        return v;
    });
}

Result<QList<PackageVerification>> VerificationLog::recent(int limit, const QString &sha256Hex) const
{
    if (sha256Hex.isEmpty())
        return select({}, {}, limit);
    return select(u"sha256 = ?"_s, {sha256Hex.toLower()}, limit);
}

Result<QList<PackageVerification>> VerificationLog::ofPackage(qint64 packageId, int limit) const
{
    return select(u"package_id = ?"_s, {packageId}, limit);
}

Result<QList<PackageVerification>> VerificationLog::select(const QString &where, const QVariantList &params,
                                                           int limit) const
{
    QString sql
        = u"SELECT id, file_name, file_size, sha256, reason, detail, checksum_algorithm, tool_versions, "
          "evidence, verified_by, verified_at, package_id FROM package_verification"_s;
    if (!where.isEmpty())
        sql += u" WHERE "_s + where;
    sql += u" ORDER BY id DESC LIMIT %1"_s.arg(std::max(1, limit));
    auto q = m_db.exec(sql, params, tr("reading the verification records"));
    if (!q)
        return fail(q.error());
    QList<PackageVerification> list;
    while (q->next()) {
        PackageVerification v;
        v.id = q->value(0).toLongLong();
        v.fileName = q->value(1).toString();
        v.fileSize = q->value(2).toLongLong();
        v.sha256 = QByteArray::fromHex(q->value(3).toString().toLatin1());
        v.reason = Reasons::fromKey(q->value(4).toString()).value_or(ReasonCode::BadSignature);
        v.detail = q->value(5).toString();
        v.checksumAlgorithm = q->value(6).toString();
        v.toolVersions = q->value(7).toString();
        const QJsonArray checks = QJsonDocument::fromJson(q->value(8).toString().toUtf8()).array();
        for (const QJsonValue &c : checks)
            v.signatures << checkFromJson(c.toObject());
        v.verifiedBy = q->value(9).toString();
        v.verifiedAt = m_db.dialect().dateTimeFromDb(q->value(10));
        v.packageId = q->value(11).isNull() ? 0 : q->value(11).toLongLong();
        list << v;
    }
    return list;
}

} // namespace ChangeDesk
