#include "auditcheckpoint.h"

#include "audit/openpgp.h"
#include "storage/dialect.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {

const QString kFormat = u"changedesk-audit-checkpoint/1"_s;
constexpr qint64 kMaxFileSize = 1024 * 1024;

QDateTime parseTime(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

QString CheckpointCheck::statusName() const
{
    switch (status) {
    case Status::Good:
        return u"good"_s;
    case Status::Malformed:
        return u"malformed"_s;
    case Status::BadSignature:
        return u"bad-signature"_s;
    case Status::UnknownKey:
        return u"unknown-key"_s;
    case Status::WrongKey:
        return u"wrong-key"_s;
    case Status::OtherDatabase:
        return u"other-database"_s;
    }
    return {};
}

QByteArray AuditCheckpointFile::payload(const AuditCheckpoint &checkpoint)
{
    // QJsonDocument writes an object's members sorted by key.
    const QJsonObject object {
        {u"database"_s, checkpoint.database},
        {u"database_id"_s, checkpoint.databaseId},
        {u"hash"_s, checkpoint.hash},
        {u"head_occurred_at"_s, Dialect::utcText(checkpoint.headOccurredAt)},
        {u"key"_s, checkpoint.keyFingerprint},
        {u"seq"_s, checkpoint.seq},
        {u"taken_at"_s, Dialect::utcText(checkpoint.takenAt)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Status AuditCheckpointFile::write(AuditCheckpoint &checkpoint, const QString &keyFingerprint,
                                  const QString &file)
{
    auto key = OpenPgp::findKey(keyFingerprint, true);
    if (!key)
        return fail(key.error());
    checkpoint.keyFingerprint = key->fingerprint;
    const QByteArray signedBytes = payload(checkpoint);
    auto signature = OpenPgp::signDetached(key->fingerprint, signedBytes);
    if (!signature)
        return fail(signature.error());
    const QJsonObject document {
        {u"format"_s, kFormat},
        {u"payload"_s, QString::fromUtf8(signedBytes)},
        {u"signature"_s, QString::fromLatin1(*signature)},
    };
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)
        || out.write(QJsonDocument(document).toJson(QJsonDocument::Indented)) < 0 || !out.commit())
        return fail(ErrorKind::Io,
                    tr("The checkpoint cannot be written to %1: %2").arg(file, out.errorString()));
    return {};
}

Result<CheckpointCheck> AuditCheckpointFile::read(const QString &file, const QString &expectedFingerprint)
{
    CheckpointCheck check;
    check.file = file;
    QFile in(file);
    if (!in.exists())
        return fail(ErrorKind::NotFound, tr("There is no checkpoint file %1.").arg(file));
    if (!in.open(QIODevice::ReadOnly))
        return fail(ErrorKind::Io,
                    tr("The checkpoint file %1 cannot be read: %2").arg(file, in.errorString()));
    const auto malformed = [&](const QString &why) {
        check.status = CheckpointCheck::Status::Malformed;
        check.message = tr("%1 is not a valid audit checkpoint: %2").arg(file, why);
        return check;
    };
    if (in.size() > kMaxFileSize)
        return malformed(tr("it is larger than 1 MiB"));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(in.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return malformed(tr("it is not JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset));
    const QJsonObject outer = document.object();
    if (outer.value(u"format"_s).toString() != kFormat)
        return malformed(tr("its \"format\" is not \"%1\"").arg(kFormat));
    const QString payloadText = outer.value(u"payload"_s).toString();
    const QString signature = outer.value(u"signature"_s).toString();
    if (payloadText.isEmpty() || signature.isEmpty())
        return malformed(tr("it has no \"payload\" or no \"signature\""));
    const QJsonObject payload = QJsonDocument::fromJson(payloadText.toUtf8(), &error).object();
    if (error.error != QJsonParseError::NoError)
        return malformed(
            tr("its payload is not JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset));

    AuditCheckpoint &cp = check.checkpoint;
    cp.seq = payload.value(u"seq"_s).toInteger(-1);
    cp.hash = payload.value(u"hash"_s).toString();
    cp.takenAt = parseTime(payload.value(u"taken_at"_s));
    cp.headOccurredAt = parseTime(payload.value(u"head_occurred_at"_s));
    cp.databaseId = payload.value(u"database_id"_s).toString();
    cp.database = payload.value(u"database"_s).toString();
    cp.keyFingerprint = payload.value(u"key"_s).toString();
    static const QRegularExpression hex64(u"^[0-9a-f]{64}$"_s);
    if (cp.seq < 0 || !hex64.match(cp.hash).hasMatch() || cp.databaseId.isEmpty())
        return malformed(tr("its payload lacks a valid \"seq\", \"hash\" or \"database_id\""));

    auto verified = OpenPgp::verifyDetached(payloadText.toUtf8(), signature.toLatin1());
    if (!verified) {
        if (verified.error().kind == ErrorKind::Unavailable)
            return fail(verified.error());
        return malformed(verified.error().message);
    }
    check.signerFingerprint = verified->key.fingerprint;
    check.signerUserId = verified->key.userId;
    switch (verified->outcome) {
    case OpenPgp::Verification::Outcome::Bad:
        check.status = CheckpointCheck::Status::BadSignature;
        check.message = tr("The signature of the checkpoint %1 does not match its contents: the file was "
                           "changed after key %2 signed it.")
                            .arg(file, verified->key.fingerprint);
        return check;
    case OpenPgp::Verification::Outcome::UnknownKey:
        check.status = CheckpointCheck::Status::UnknownKey;
        check.message = tr("The checkpoint %1 was signed by key %2, which is not in the keyring: import that "
                           "public key if you trust it.")
                            .arg(file, verified->key.keyId);
        return check;
    case OpenPgp::Verification::Outcome::Good:
        break;
    }
    const QString expected = expectedFingerprint.isEmpty() ? cp.keyFingerprint : expectedFingerprint;
    if (!OpenPgp::matches(verified->key, expected)) {
        check.status = CheckpointCheck::Status::WrongKey;
        check.message = expectedFingerprint.isEmpty()
            ? tr("The checkpoint %1 names key %2 as its signer but was signed by key %3 (%4).")
                  .arg(file, cp.keyFingerprint, verified->key.fingerprint, verified->key.userId)
            : tr("The checkpoint %1 was signed by key %2 (%3), not by the key %4 you gave.")
                  .arg(file, verified->key.fingerprint, verified->key.userId,
                       OpenPgp::normalizeFingerprint(expectedFingerprint));
        return check;
    }
    check.status = CheckpointCheck::Status::Good;
    return check;
}

} // namespace ChangeDesk
