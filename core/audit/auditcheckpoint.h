#pragma once

// Signed checkpoints of the audit trail: the head (seq and hash) at one moment, signed with an
// OpenPGP key. The chain alone cannot tell that events were cut off its end; a checkpoint can,
// because the chain must still hold the checkpointed event with the checkpointed hash.
//
// The file is JSON:
//     {"format": "changedesk-audit-checkpoint/1",
//      "payload": "{\"database\":…,\"database_id\":…,\"hash\":…,\"head_occurred_at\":…,
//                   \"key\":…,\"seq\":…,\"taken_at\":…}",
//      "signature": "-----BEGIN PGP SIGNATURE-----…"}
// The signature is a detached, ASCII-armoured OpenPGP signature of the payload's UTF-8 bytes, so
// it can be checked without ChangeDesk as well:
//     jq -j .payload FILE > payload; jq -r .signature FILE > payload.asc; gpg --verify payload.asc

#include "common/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace ChangeDesk {

struct AuditCheckpoint {
    qint64 seq = 0;
    QString hash; // h_seq, 64 lower-case hex digits
    QDateTime takenAt;
    QDateTime headOccurredAt; // when event `seq` happened; invalid for an empty trail
    QString databaseId; // audit_head.database_id
    QString database; // the database as shown to people (no password)
    QString keyFingerprint; // the key that signed it
};

// What reading a checkpoint file and checking its signature found.
struct CheckpointCheck {
    enum class Status {
        Good, // signed by the expected key (or a key in the keyring), unchanged
        Malformed, // not a checkpoint file, or damaged
        BadSignature, // the signature does not match the contents: changed after signing
        UnknownKey, // signed by a key that is not in the keyring
        WrongKey, // signed by another key than the one expected or named inside
        OtherDatabase, // a checkpoint of another database
    };
    Status status = Status::Malformed;
    QString file;
    AuditCheckpoint checkpoint; // as the file states it; to be trusted only when good()
    QString signerFingerprint;
    QString signerUserId;
    QString message; // what is wrong, for a person; empty when good

    bool good() const { return status == Status::Good; }
    QString statusName() const; // stable key for JSON: "good", "bad-signature", …
};

class AuditCheckpointFile
{
    Q_DECLARE_TR_FUNCTIONS(AuditCheckpointFile)

public:
    // The bytes that are signed.
    static QByteArray payload(const AuditCheckpoint &checkpoint);
    // Signs `checkpoint` with the secret key `keyFingerprint` and writes it to `file` (atomically).
    // Fills in checkpoint.keyFingerprint.
    static Status write(AuditCheckpoint &checkpoint, const QString &keyFingerprint, const QString &file);
    // Reads `file` and checks its signature: by `expectedFingerprint` when given, else by the key
    // the file names, which must be in the keyring. An error only when the file cannot be read.
    static Result<CheckpointCheck> read(const QString &file, const QString &expectedFingerprint = {});
};

} // namespace ChangeDesk
