#include "packagelibrary.h"

#include "audit/auditlog.h"
#include "storage/database.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {

constexpr auto kColumns
    = "id, kind, vendor, product, version, source, file_name, file_path, file_size, sha256, "
      "checksums, checksums_source, checksums_signature, checksums_signature_source, signature, "
      "signature_source, status, status_reason, notes, added_by, row_version, created_at, "
      "updated_at";

Package fromRow(const QSqlQuery &q, const Dialect &d)
{
    Package p;
    p.id = q.value(0).toLongLong();
    p.kind = q.value(1).toString();
    p.vendor = q.value(2).toString();
    p.product = q.value(3).toString();
    p.version = q.value(4).toString();
    p.source = q.value(5).toString();
    p.fileName = q.value(6).toString();
    p.filePath = q.value(7).toString();
    p.fileSize = q.value(8).toLongLong();
    p.sha256 = q.value(9).toString();
    p.checksums = q.value(10).toString().toUtf8();
    p.checksumsSource = q.value(11).toString();
    p.checksumsSignature = q.value(12).toByteArray();
    p.checksumsSignatureSource = q.value(13).toString();
    p.signature = q.value(14).toByteArray();
    p.signatureSource = q.value(15).toString();
    p.status = PackageLibrary::statusFromKey(q.value(16).toString()).value_or(Package::Status::Unverified);
    p.statusReason = q.value(17).toString();
    p.notes = q.value(18).toString();
    p.addedBy = q.value(19).toString();
    p.rowVersion = q.value(20).toInt();
    p.createdAt = d.dateTimeFromDb(q.value(21));
    p.updatedAt = d.dateTimeFromDb(q.value(22));
    return p;
}

QVariant blob(const QByteArray &bytes)
{
    return bytes.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(bytes);
}

const QStringList kTestResults {u"passed"_s, u"failed"_s, u"not_run"_s};

} // namespace

QString Package::label() const
{
    return u"%1 %2 %3"_s.arg(vendor, product, version);
}

QJsonObject Package::toJson() const
{
    QJsonObject o {{u"kind"_s, kind},
                   {u"vendor"_s, vendor},
                   {u"product"_s, product},
                   {u"version"_s, version},
                   {u"source"_s, source},
                   {u"file_name"_s, fileName},
                   {u"file_path"_s, filePath},
                   {u"file_size"_s, fileSize},
                   {u"sha256"_s, sha256},
                   {u"checksums_source"_s, checksumsSource},
                   {u"checksums_signature_source"_s, checksumsSignatureSource},
                   {u"signature_source"_s, signatureSource},
                   {u"status"_s, PackageLibrary::statusKey(status)},
                   {u"status_reason"_s, statusReason},
                   {u"notes"_s, notes},
                   {u"added_by"_s, addedBy}};
    if (id > 0)
        o.insert(u"id"_s, id);
    return o;
}

QJsonObject PackageAcceptance::toJson() const
{
    QJsonArray list;
    for (const AcceptanceTest &t : tests)
        list.append(QJsonObject {{u"name"_s, t.name}, {u"result"_s, t.result}, {u"note"_s, t.note}});
    QJsonObject o {{u"package_id"_s, packageId},
                   {u"sha256"_s, sha256},
                   {u"test_environment"_s, testEnvironment},
                   {u"tests"_s, list},
                   {u"decision"_s, accepted ? u"accepted"_s : u"refused"_s},
                   {u"refusal_reasons"_s, refusalReasons},
                   {u"declared_by"_s, declaredBy},
                   {u"declared_at"_s, declaredAt.toUTC().toString(Qt::ISODateWithMs)}};
    if (id > 0)
        o.insert(u"id"_s, id);
    return o;
}

bool RegisterReport::intact() const
{
    return chain.intact() && std::ranges::all_of(files, [](const RegisterFileCheck &f) {
               return f.state == RegisterFileCheck::State::Intact;
           });
}

QJsonObject RegisterReport::toJson() const
{
    QJsonArray list;
    for (const RegisterFileCheck &f : files) {
        static const QStringList states {u"intact"_s, u"changed"_s, u"missing"_s};
        list.append(QJsonObject {{u"seq"_s, f.entry.seq},
                                 {u"package_id"_s, f.entry.packageId},
                                 {u"file_name"_s, f.entry.fileName},
                                 {u"state"_s, states.at(int(f.state))},
                                 {u"registered_sha256"_s, f.entry.sha256},
                                 {u"actual_sha256"_s, f.actualSha256},
                                 {u"detail"_s, f.detail}});
    }
    QJsonObject chainJson {{u"entries"_s, chain.checked},
                           {u"head_seq"_s, chain.headSeq},
                           {u"head_hash"_s, chain.headHash},
                           {u"intact"_s, chain.intact()}};
    if (!chain.intact()) {
        chainJson.insert(u"bad_seq"_s, chain.badSeq);
        chainJson.insert(u"problem"_s, chain.problem);
    }
    return {{u"intact"_s, intact()}, {u"chain"_s, chainJson}, {u"files"_s, list}};
}

PackageLibrary::PackageLibrary(const Database &db, ChangeActor actor, const Clock &clock)
    : m_db(db)
    , m_actor(std::move(actor))
    , m_clock(clock)
{ }

const QStringList &PackageLibrary::kinds()
{
    static const QStringList keys {u"patch"_s,         u"security_patch"_s, u"hotfix"_s, u"service_pack"_s,
                                   u"update_rollup"_s, u"feature_pack"_s,   u"release"_s};
    return keys;
}

QString PackageLibrary::kindLabel(const QString &kind)
{
    static const QHash<QString, const char *> labels {
        {u"patch"_s, QT_TR_NOOP("Patch")},
        {u"security_patch"_s, QT_TR_NOOP("Security patch")},
        {u"hotfix"_s, QT_TR_NOOP("Hotfix")},
        {u"service_pack"_s, QT_TR_NOOP("Service pack")},
        {u"update_rollup"_s, QT_TR_NOOP("Update roll-up")},
        {u"feature_pack"_s, QT_TR_NOOP("Feature pack")},
        {u"release"_s, QT_TR_NOOP("Release")},
    };
    const auto found = labels.constFind(kind);
    return found == labels.cend() ? kind : tr(*found);
}

QString PackageLibrary::statusKey(Package::Status status)
{
    switch (status) {
    case Package::Status::Unverified:
        return u"unverified"_s;
    case Package::Status::Verified:
        return u"verified"_s;
    case Package::Status::Failed:
        return u"failed"_s;
    case Package::Status::Released:
        return u"released"_s;
    }
    return {};
}

std::optional<Package::Status> PackageLibrary::statusFromKey(const QString &key)
{
    for (auto s : {Package::Status::Unverified, Package::Status::Verified, Package::Status::Failed,
                   Package::Status::Released}) {
        if (statusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString PackageLibrary::statusLabel(Package::Status status)
{
    switch (status) {
    case Package::Status::Unverified:
        return tr("Unverified");
    case Package::Status::Verified:
        return tr("Verified");
    case Package::Status::Failed:
        return tr("Failed");
    case Package::Status::Released:
        return tr("Released");
    }
    return {};
}

QString PackageLibrary::testResultLabel(const QString &result)
{
    if (result == u"passed")
        return tr("passed");
    if (result == u"failed")
        return tr("failed");
    if (result == u"not_run")
        return tr("not run");
    return result;
}

bool PackageLibrary::mayKeep(const ChangeActor &actor)
{
    return actor.has(u"change_manager"_s) || actor.has(u"implementer"_s)
        || actor.has(u"security_management"_s) || actor.has(u"administrator"_s);
}

bool PackageLibrary::mayRelease(const ChangeActor &actor)
{
    return actor.has(u"change_manager"_s) || actor.has(u"administrator"_s);
}

Status PackageLibrary::mayKeepHere() const
{
    if (mayKeep(m_actor))
        return {};
    return fail(
        ErrorKind::ReadOnly,
        tr("Only change managers, implementers, security management and administrators keep the software "
           "library; %1 is none of these.")
            .arg(m_actor.login.isEmpty() ? tr("nobody acting") : m_actor.login));
}

Result<Package> PackageLibrary::add(Package package, const QString &path,
                                    const Digests::Progress &progress) const
{
    if (auto allowed = mayKeepHere(); !allowed)
        return fail(allowed.error());
    package.kind = package.kind.trimmed();
    package.vendor = package.vendor.trimmed();
    package.product = package.product.trimmed();
    package.version = package.version.trimmed();
    package.source = package.source.trimmed();
    if (!kinds().contains(package.kind))
        return fail(ErrorKind::InvalidInput,
                    tr("The kind '%1' is none of %2.").arg(package.kind, kinds().join(u", "_s)));
    const QList<std::pair<QString, QString>> needed {
        {package.vendor, tr("vendor")}, {package.product, tr("product")}, {package.version, tr("version")}};
    for (const auto &[value, name] : needed) {
        if (value.isEmpty())
            return fail(ErrorKind::InvalidInput, tr("A package needs its %1.").arg(name));
    }
    const QFileInfo info(path);
    if (!info.exists())
        return fail(ErrorKind::NotFound, tr("The package file %1 does not exist.").arg(path));
    if (!info.isFile())
        return fail(ErrorKind::InvalidInput, tr("The package %1 is not a file.").arg(path));
    package.fileName = info.fileName();
    package.filePath = info.absoluteFilePath();
    package.fileSize = info.size();
    if (!package.checksums.isEmpty()) {
        PackageEvidence check;
        if (auto read = PackageVerifier::addChecksumFile(check, package.checksums, package.checksumsSource,
                                                         package.fileName);
            !read)
            return fail(read.error());
    }
    if (!package.checksumsSignature.isEmpty() && package.checksums.isEmpty())
        return fail(ErrorKind::InvalidInput,
                    tr("%1 signs a checksum file, but no checksum file was given.")
                        .arg(package.checksumsSignatureSource));
    auto digest = Digests::ofFile(package.filePath, {DigestAlgorithm::Sha256}, progress);
    if (!digest)
        return fail(digest.error());
    package.sha256 = QString::fromLatin1(digest->first().toHex());
    package.status = Package::Status::Unverified;
    package.statusReason.clear();
    package.addedBy = m_actor.login;
    package.createdAt = package.updatedAt = m_clock.now();
    package.rowVersion = 1;

    return m_db.write([&]() -> Result<Package> {
        auto existing = m_db.scalar(
            u"SELECT id FROM package WHERE vendor = ? AND product = ? AND version = ? AND file_name = ?"_s,
            {package.vendor, package.product, package.version, package.fileName},
            tr("looking for %1 in the software library").arg(package.label()));
        if (!existing)
            return fail(existing.error());
        if (existing->isValid() && !existing->isNull())
            return fail(ErrorKind::Conflict,
                        tr("The software library already has %1 (%2) as package %3.")
                            .arg(package.label(), package.fileName)
                            .arg(existing->toLongLong()));
        const Dialect &d = m_db.dialect();
        auto inserted = m_db.exec(
            u"INSERT INTO package (kind, vendor, product, version, source, file_name, file_path, file_size, "
            "sha256, checksums, checksums_source, checksums_signature, checksums_signature_source, "
            "signature, "
            "signature_source, status, status_reason, notes, added_by, row_version, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'unverified', '', ?, ?, 1, ?, ?) RETURNING id"_s,
            {package.kind, package.vendor, package.product, package.version, sqlText(package.source),
             package.fileName, package.filePath, package.fileSize, package.sha256,
             sqlText(QString::fromUtf8(package.checksums)), sqlText(package.checksumsSource),
             blob(package.checksumsSignature), sqlText(package.checksumsSignatureSource),
             blob(package.signature), sqlText(package.signatureSource), sqlText(package.notes),
             sqlText(package.addedBy), d.toDb(package.createdAt), d.toDb(package.updatedAt)},
            tr("adding %1 to the software library").arg(package.label()));
        if (!inserted)
            return fail(inserted.error());
        inserted->next();
        package.id = inserted->value(0).toLongLong();
        if (auto logged
            = AuditLog(m_db, m_actor.login, m_clock)
                  .record(u"package.add"_s, u"package"_s, package.id, std::nullopt, package.toJson());
            !logged)
            return fail(logged.error());
        return package;
    });
}

Result<Package> PackageLibrary::get(qint64 id) const
{
    auto q = m_db.exec(u"SELECT %1 FROM package WHERE id = ?"_s.arg(QLatin1StringView(kColumns)), {id},
                       tr("reading package %1").arg(id));
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(ErrorKind::NotFound, tr("The software library has no package %1.").arg(id));
    return fromRow(*q, m_db.dialect());
}

Result<QList<Package>> PackageLibrary::list() const
{
    auto q = m_db.exec(u"SELECT %1 FROM package ORDER BY vendor, product, version, file_name"_s.arg(
                           QLatin1StringView(kColumns)),
                       {}, tr("reading the software library"));
    if (!q)
        return fail(q.error());
    QList<Package> list;
    while (q->next())
        list << fromRow(*q, m_db.dialect());
    return list;
}

Result<PackageEvidence> PackageLibrary::evidence(const Package &package)
{
    PackageEvidence e;
    if (!package.checksums.isEmpty()) {
        if (auto read = PackageVerifier::addChecksumFile(e, package.checksums, package.checksumsSource,
                                                         package.fileName);
            !read)
            return fail(read.error());
    }
    e.checksumFileSignature = package.checksumsSignature;
    e.checksumFileSignatureSource = package.checksumsSignatureSource;
    e.signature = package.signature;
    e.signatureSource = package.signatureSource;
    return e;
}

Status PackageLibrary::setStatus(const Package &package, Package::Status status, const QString &reason,
                                 const QString &sha256, qint64 fileSize) const
{
    const bool newFile = !sha256.isEmpty() && sha256 != package.sha256;
    if (package.status == status && package.statusReason == reason && !newFile)
        return {};
    auto updated
        = m_db.exec(u"UPDATE package SET status = ?, status_reason = ?, sha256 = ?, file_size = ?, "
                    "row_version = row_version + 1, updated_at = ? WHERE id = ?"_s,
                    {statusKey(status), reason, newFile ? sha256 : package.sha256,
                     newFile ? fileSize : package.fileSize, m_db.dialect().toDb(m_clock.now()), package.id},
                    tr("setting the status of %1").arg(package.label()));
    if (!updated)
        return fail(updated.error());
    QJsonObject before {{u"status"_s, statusKey(package.status)}, {u"status_reason"_s, package.statusReason}};
    QJsonObject after {{u"status"_s, statusKey(status)}, {u"status_reason"_s, reason}};
    if (newFile) {
        before.insert(u"sha256"_s, package.sha256);
        after.insert(u"sha256"_s, sha256);
    }
    return AuditLog(m_db, m_actor.login, m_clock)
        .record(u"package.status"_s, u"package"_s, package.id, before, after);
}

Result<PackageVerification> PackageLibrary::verify(qint64 id, PackageVerifier &verifier,
                                                   const Digests::Progress &progress) const
{
    if (auto allowed = mayKeepHere(); !allowed)
        return fail(allowed.error());
    auto package = get(id);
    if (!package)
        return fail(package.error());
    auto checked = check(*package, verifier, m_clock.now(), progress);
    if (!checked)
        return fail(checked.error());
    return record(id, *checked);
}

Result<PackageVerification> PackageLibrary::check(const Package &package, PackageVerifier &verifier,
                                                  const QDateTime &at, const Digests::Progress &progress)
{
    auto given = evidence(package);
    if (!given)
        return fail(given.error());
    auto checked = verifier.verify(package.filePath, *given, at, progress);
    if (!checked)
        return fail(checked.error());
    PackageVerification v = *checked;
    v.packageId = package.id;
    return v;
}

Result<PackageVerification> PackageLibrary::record(qint64 id, PackageVerification v) const
{
    if (auto allowed = mayKeepHere(); !allowed)
        return fail(allowed.error());
    return m_db.write([&]() -> Result<PackageVerification> {
        auto package = get(id);
        if (!package)
            return fail(package.error());
        v.packageId = id;
        const QString actual = QString::fromLatin1(v.sha256.toHex());
        // Once released, the register holds the reference: also after a later failure, the file
        // must be the released one again.
        auto entries = ChecksumRegister(m_db, m_clock).entries(id);
        if (!entries)
            return fail(entries.error());
        const bool released = !entries->isEmpty();
        if (released && entries->last().sha256 != actual) {
            v.reason = ReasonCode::FileChangedSinceRelease;
            v.detail
                = tr("%1 has changed since it was released on %2: its SHA-256 is %3, the register (entry %4) "
                     "holds %5.")
                      .arg(package->fileName, entries->last().releaseDate.toString(Qt::ISODate), actual)
                      .arg(entries->last().seq)
                      .arg(entries->last().sha256);
        } else if (!released && v.ok() && actual != package->sha256) {
            // Evidence that fits another file than the one taken into the library: say so.
            v.detail += u' '
                + tr("The file is not the one added to the library (SHA-256 then %1); the package record "
                     "keeps the "
                     "new one.")
                      .arg(package->sha256);
        }
        auto recorded = VerificationLog(m_db, m_actor, m_clock).record(v);
        if (!recorded)
            return fail(recorded.error());
        Package::Status next = released ? Package::Status::Released : Package::Status::Verified;
        if (!v.ok())
            next = Reasons::verdict(v.reason) == Reasons::Verdict::Red ? Package::Status::Failed
                                                                       : Package::Status::Unverified;
        // A package that was never released takes the file as it is now (its record says so).
        const QString newSha = released ? QString() : actual;
        if (auto set = setStatus(*package, next, Reasons::key(v.reason), newSha, v.fileSize); !set)
            return fail(set.error());
        return recorded;
    });
}

Result<QList<PackageVerification>> PackageLibrary::verifications(qint64 id) const
{
    return VerificationLog(m_db, m_actor, m_clock).ofPackage(id);
}

Result<PackageAcceptance> PackageLibrary::accept(qint64 id, PackageAcceptance acceptance) const
{
    if (auto allowed = mayKeepHere(); !allowed)
        return fail(allowed.error());
    acceptance.testEnvironment = acceptance.testEnvironment.trimmed();
    acceptance.refusalReasons = acceptance.refusalReasons.trimmed();
    if (acceptance.testEnvironment.isEmpty())
        return fail(ErrorKind::InvalidInput, tr("Name the test environment the package was tested in."));
    if (acceptance.tests.isEmpty())
        return fail(ErrorKind::InvalidInput,
                    tr("An acceptance record needs at least one test case and its result."));
    for (qsizetype i = 0; i < acceptance.tests.size(); ++i) {
        AcceptanceTest &t = acceptance.tests[i];
        t.name = t.name.trimmed();
        if (t.name.isEmpty())
            return fail(ErrorKind::InvalidInput, tr("Test case %1 has no name.").arg(i + 1));
        if (!kTestResults.contains(t.result))
            return fail(ErrorKind::InvalidInput,
                        tr("The result '%1' of the test case '%2' is none of %3.")
                            .arg(t.result, t.name, kTestResults.join(u", "_s)));
        if (acceptance.accepted && t.result != u"passed")
            return fail(ErrorKind::InvalidInput,
                        (t.result == u"failed"
                             ? tr("The package cannot be accepted: the test case '%1' failed. "
                                  "Refuse it, saying why, or test again.")
                             : tr("The package cannot be accepted: the test case '%1' was not "
                                  "run. Run it, or refuse the package, saying why."))
                            .arg(t.name));
    }
    if (!acceptance.accepted && acceptance.refusalReasons.isEmpty())
        return fail(ErrorKind::InvalidInput, tr("A refusal needs its reasons."));
    if (acceptance.accepted)
        acceptance.refusalReasons.clear();

    return m_db.write([&]() -> Result<PackageAcceptance> {
        auto package = get(id);
        if (!package)
            return fail(package.error());
        if (package->status == Package::Status::Released)
            return fail(ErrorKind::Conflict, tr("%1 is released already.").arg(package->label()));
        if (package->status != Package::Status::Verified)
            return fail(ErrorKind::Conflict,
                        tr("%1 is %2: only a verified package is tested for acceptance. Verify it first.")
                            .arg(package->label(), statusLabel(package->status).toLower()));
        acceptance.packageId = id;
        acceptance.sha256 = package->sha256;
        acceptance.declaredBy = m_actor.login;
        acceptance.declaredAt = m_clock.now();
        QJsonArray tests;
        for (const AcceptanceTest &t : std::as_const(acceptance.tests))
            tests.append(QJsonObject {{u"name"_s, t.name}, {u"result"_s, t.result}, {u"note"_s, t.note}});
        auto inserted = m_db.exec(
            u"INSERT INTO package_acceptance (package_id, sha256, test_environment, test_cases, decision, "
            "refusal_reasons, declared_by, declared_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
            {id, acceptance.sha256, acceptance.testEnvironment,
             QString::fromUtf8(QJsonDocument(tests).toJson(QJsonDocument::Compact)),
             acceptance.accepted ? u"accepted"_s : u"refused"_s, sqlText(acceptance.refusalReasons),
             sqlText(acceptance.declaredBy), m_db.dialect().toDb(acceptance.declaredAt)},
            tr("recording the acceptance of %1").arg(package->label()));
        if (!inserted)
            return fail(inserted.error());
        inserted->next();
        acceptance.id = inserted->value(0).toLongLong();
        if (auto logged = AuditLog(m_db, m_actor.login, m_clock)
                              .record(acceptance.accepted ? u"package.accept"_s : u"package.refuse"_s,
                                      u"package"_s, id, std::nullopt, acceptance.toJson());
            !logged)
            return fail(logged.error());
        return acceptance;
    });
}

Result<QList<PackageAcceptance>> PackageLibrary::acceptances(qint64 id) const
{
    auto q = m_db.exec(
        u"SELECT id, sha256, test_environment, test_cases, decision, refusal_reasons, declared_by, "
        "declared_at FROM package_acceptance WHERE package_id = ? ORDER BY id"_s,
        {id}, tr("reading the acceptance records of package %1").arg(id));
    if (!q)
        return fail(q.error());
    QList<PackageAcceptance> list;
    while (q->next()) {
        PackageAcceptance a;
        a.id = q->value(0).toLongLong();
        a.packageId = id;
        a.sha256 = q->value(1).toString();
        a.testEnvironment = q->value(2).toString();
        const QJsonArray tests = QJsonDocument::fromJson(q->value(3).toString().toUtf8()).array();
        for (const QJsonValue &t : tests) {
            const QJsonObject o = t.toObject();
            a.tests << AcceptanceTest {o.value(u"name"_s).toString(), o.value(u"result"_s).toString(),
                                       o.value(u"note"_s).toString()};
        }
        a.accepted = q->value(4).toString() == u"accepted";
        a.refusalReasons = q->value(5).toString();
        a.declaredBy = q->value(6).toString();
        a.declaredAt = m_db.dialect().dateTimeFromDb(q->value(7));
        list << a;
    }
    return list;
}

Result<RegisterEntry> PackageLibrary::release(qint64 id, const QDate &releaseDate,
                                              const QString &restrictions,
                                              const Digests::Progress &progress) const
{
    if (!mayRelease(m_actor))
        return fail(ErrorKind::ReadOnly,
                    tr("Only change managers and administrators release packages; %1 is "
                       "neither.")
                        .arg(m_actor.login.isEmpty() ? tr("nobody acting") : m_actor.login));
    if (!releaseDate.isValid())
        return fail(ErrorKind::InvalidInput, tr("A release needs its date."));
    auto package = get(id);
    if (!package)
        return fail(package.error());
    // The bytes entered into the register are the bytes on disk now: hashed before the
    // transaction (it may take a while), compared inside it.
    auto digests
        = Digests::ofFile(package->filePath, {DigestAlgorithm::Sha256, DigestAlgorithm::Sha512}, progress);
    if (!digests)
        return fail(digests.error());
    const QString sha256 = QString::fromLatin1(digests->at(0).toHex());
    const QString sha512 = QString::fromLatin1(digests->at(1).toHex());
    const qint64 size = QFileInfo(package->filePath).size();

    return m_db.write([&]() -> Result<RegisterEntry> {
        auto now = get(id);
        if (!now)
            return fail(now.error());
        if (now->status == Package::Status::Released)
            return fail(ErrorKind::Conflict, tr("%1 is released already.").arg(now->label()));
        if (now->status != Package::Status::Verified)
            return fail(ErrorKind::Conflict,
                        tr("%1 is %2: only a verified and accepted package is released.")
                            .arg(now->label(), statusLabel(now->status).toLower()));
        if (sha256 != now->sha256)
            return fail(
                ErrorKind::Conflict,
                tr("%1 is not the file that was verified (SHA-256 now %2, verified %3): verify it again.")
                    .arg(now->filePath, sha256, now->sha256));
        auto accepted = acceptances(id);
        if (!accepted)
            return fail(accepted.error());
        if (accepted->isEmpty() || !accepted->last().accepted)
            return fail(ErrorKind::Conflict,
                        accepted->isEmpty()
                            ? tr("%1 has no acceptance record: record its tests and accept it first.")
                                  .arg(now->label())
                            : tr("%1 was refused at its last acceptance: %2")
                                  .arg(now->label(), accepted->last().refusalReasons));
        if (accepted->last().sha256 != sha256)
            return fail(ErrorKind::Conflict,
                        tr("%1 was accepted as another file (SHA-256 %2): test and accept this one.")
                            .arg(now->label(), accepted->last().sha256));
        RegisterEntry e;
        e.packageId = id;
        e.acceptanceId = accepted->last().id;
        e.kind = now->kind;
        e.vendor = now->vendor;
        e.product = now->product;
        e.version = now->version;
        e.fileName = now->fileName;
        e.fileSize = size;
        e.sha256 = sha256;
        e.sha512 = sha512;
        e.restrictions = restrictions.trimmed();
        e.releaseDate = releaseDate;
        e.releasedBy = m_actor.login;
        auto entered = ChecksumRegister(m_db, m_clock).append(e);
        if (!entered)
            return fail(entered.error());
        auto updated
            = m_db.exec(u"UPDATE package SET status = 'released', status_reason = 'ok', "
                        "row_version = row_version + 1, updated_at = ? WHERE id = ?"_s,
                        {m_db.dialect().toDb(m_clock.now()), id}, tr("releasing %1").arg(now->label()));
        if (!updated)
            return fail(updated.error());
        if (auto logged = AuditLog(m_db, m_actor.login, m_clock)
                              .record(u"package.release"_s, u"package"_s, id,
                                      QJsonObject {{u"status"_s, statusKey(now->status)}}, entered->toJson());
            !logged)
            return fail(logged.error());
        return entered;
    });
}

Result<ReleaseStatement> PackageLibrary::statement(qint64 id) const
{
    auto package = get(id);
    if (!package)
        return fail(package.error());
    auto entries = ChecksumRegister(m_db, m_clock).entries(id);
    if (!entries)
        return fail(entries.error());
    if (entries->isEmpty())
        return fail(ErrorKind::Conflict,
                    tr("%1 has not been released: there is no release statement.").arg(package->label()));
    auto accepted = acceptances(id);
    if (!accepted)
        return fail(accepted.error());
    ReleaseStatement s;
    s.package = *package;
    s.entry = entries->last();
    for (const PackageAcceptance &a : std::as_const(*accepted)) {
        if (a.id == s.entry.acceptanceId)
            s.acceptance = a;
    }
    auto verified = verifications(id);
    if (!verified)
        return fail(verified.error());
    for (const PackageVerification &v : std::as_const(*verified)) {
        if (v.ok() && QString::fromLatin1(v.sha256.toHex()) == s.entry.sha256) {
            s.verification = v;
            break;
        }
    }
    return s;
}

Result<QList<qint64>> PackageLibrary::changesOf(qint64 id) const
{
    auto q = m_db.exec(u"SELECT change_id FROM change_package WHERE package_id = ? ORDER BY change_id"_s,
                       {id}, tr("reading the requests package %1 is attached to").arg(id));
    if (!q)
        return fail(q.error());
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    return ids;
}

Result<RegisterReport> PackageLibrary::verifyRegister(const Digests::Progress &progress) const
{
    ChecksumRegister reg(m_db, m_clock);
    auto entries = reg.entries();
    if (!entries)
        return fail(entries.error());
    RegisterReport report;
    report.chain = ChecksumRegister::checkChain(*entries);

    // The newest entry of each package counts; the sizes add up for the progress.
    QHash<qint64, qsizetype> newest;
    for (qsizetype i = 0; i < entries->size(); ++i)
        newest.insert(entries->at(i).packageId, i);
    qint64 total = 0;
    for (qsizetype i : std::as_const(newest))
        total += entries->at(i).fileSize;
    qint64 before = 0;
    for (qsizetype i = 0; i < entries->size(); ++i) {
        if (newest.value(entries->at(i).packageId) != i)
            continue;
        const RegisterEntry &e = entries->at(i);
        RegisterFileCheck check;
        check.entry = e;
        auto package = get(e.packageId);
        if (!package)
            return fail(package.error());
        const qint64 offset = before;
        auto digest
            = Digests::ofFile(package->filePath, {DigestAlgorithm::Sha256},
                              progress ? Digests::Progress([&progress, offset, total](qint64 done, qint64) {
                                  return progress(offset + done, total);
                              })
                                       : Digests::Progress());
        before += e.fileSize;
        if (!digest) {
            if (digest.error().kind == ErrorKind::Cancelled)
                return fail(digest.error());
            check.state = RegisterFileCheck::State::Missing;
            check.detail = digest.error().message;
            report.files << check;
            continue;
        }
        check.actualSha256 = QString::fromLatin1(digest->first().toHex());
        if (check.actualSha256 == e.sha256) {
            check.state = RegisterFileCheck::State::Intact;
            report.files << check;
            continue;
        }
        check.state = RegisterFileCheck::State::Changed;
        check.detail
            = tr("%1 has changed since it was released on %2: its SHA-256 is %3, the register (entry %4) "
                 "holds %5.")
                  .arg(package->filePath, e.releaseDate.toString(Qt::ISODate), check.actualSha256)
                  .arg(e.seq)
                  .arg(e.sha256);
        report.files << check;
        if (!mayKeep(m_actor))
            continue; // reported; recorded by somebody who keeps the library
        // Recorded, and the package fails, so that no request starts with it.
        PackageVerification v;
        v.packageId = e.packageId;
        v.fileName = package->fileName;
        v.fileSize = QFileInfo(package->filePath).size();
        v.sha256 = digest->first();
        v.reason = ReasonCode::FileChangedSinceRelease;
        v.detail = check.detail;
        v.checksumAlgorithm = u"sha256"_s;
        auto recorded = m_db.write([&]() -> Status {
            if (auto r = VerificationLog(m_db, m_actor, m_clock).record(v); !r)
                return fail(r.error());
            return setStatus(*package, Package::Status::Failed, Reasons::key(v.reason));
        });
        if (!recorded)
            return fail(recorded.error());
    }
    return report;
}

} // namespace ChangeDesk
