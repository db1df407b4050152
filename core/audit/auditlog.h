#pragma once

// The tamper-evident audit trail (issue 4): every action appends an event to a hash chain that
// nobody may change, and `verify` recomputes the chain.
//
// The chain. Events are numbered 1, 2, 3, … without gaps (seq). Each stores
//     h_n = SHA-256(h_{n-1} ‖ seq_n ‖ E_n),   h_0 = 32 zero bytes,
// as 64 lower-case hexadecimal digits, where seq_n is 8 bytes big-endian and E_n the event's
// canonical bytes: seven fields, each as its length in bytes (4 bytes big-endian) followed by its
// UTF-8 bytes, in this order:
//     occurred_at   ISO 8601 in UTC with milliseconds, "2026-03-02T08:15:00.250Z"
//     actor         who (PostgreSQL: the server's session user; SQLite: the OS user or the caller's)
//     action        what, e.g. "rights.grant"
//     object_type   the kind of record, e.g. "configuration_item"; may be empty
//     object_id     its id in decimal ("-" for negatives), empty when there is none
//     before        the record before the action as canonical JSON, empty when there is none
//     after         the record after the action as canonical JSON, empty when there is none
// Canonical JSON: UTF-8 without whitespace; object members sorted by key (UTF-16 code units, as
// RFC 8785); strings escape only '"', '\\' and control characters (\b \f \n \r \t, else \u00xx);
// integers up to 2^53 in decimal, other numbers in the shortest form that reads back the same.
// The same event gives the same bytes on SQLite and PostgreSQL: on PostgreSQL the server computes
// the hash in a trigger when the transaction commits (schema version 8, function audit_event_seal;
// until then the event is pending, seen only by its own transaction, with a negative seq and no
// hash); on SQLite this class does. verify() recomputes both here.
//
// What it proves: a changed byte in any field, a missing, reordered or inserted event is found by
// verify(). Events cut off the end leave a shorter chain that is valid by itself; a signed
// checkpoint (auditcheckpoint.h) of an earlier head catches that. Someone who can bypass the
// triggers and knows this encoding can rewrite or extend the chain consistently; events up to the
// last checkpoint are still pinned by its signature.

#include "audit/auditcheckpoint.h"
#include "common/clock.h"
#include "common/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace ChangeDesk {

class Database;

// One event of the trail. append() fills in seq, occurredAt, actor (on PostgreSQL) and hash.
struct AuditEvent {
    qint64 seq = 0;
    QDateTime occurredAt;
    QString actor;
    QString action; // e.g. "ci.update", "rights.grant"
    QString objectType; // e.g. "configuration_item"
    std::optional<qint64> objectId;
    std::optional<QJsonObject> before;
    std::optional<QJsonObject> after;
    QString hash; // h_seq, 64 lower-case hex digits
};

// The last event: its seq and hash (0 and 64 zeros for an empty trail).
struct AuditHead {
    qint64 seq = 0;
    QString hash;
    QString databaseId; // made once with the trail; names the database in checkpoints
};

// What verify() found wrong, at the first bad event.
struct AuditProblem {
    enum class Kind {
        HashMismatch, // the stored hash is not the hash of the event's contents and chain
        Gap, // an event is missing: seq jumps
        BadValue, // a field holds what ChangeDesk never writes (e.g. sub-millisecond time)
        CutOff, // events are missing at the end (head or checkpoint knows more)
        NotAppended, // events beyond the head: not written through the audit log
        HeadMismatch, // the head's hash is not the last event's
        CheckpointMismatch, // at the checkpoint's seq the chain has another hash: rewritten
    };
    Kind kind = Kind::HashMismatch;
    qint64 seq = 0; // the first bad event
    QString message;

    QString kindName() const; // stable key for JSON: "hash-mismatch", "gap", …
};

struct AuditVerification {
    qint64 checked = 0; // events recomputed
    AuditHead head; // the last event checked: seq and recomputed hash
    std::optional<AuditProblem> problem;
    std::optional<CheckpointCheck> checkpoint; // when verified against one (auditcheckpoint.h)

    bool intact() const;
};

// Appends events to the trail and verifies it. Cheap to make; one per action or per thread.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    // `actor` is used on SQLite when an event names none (default: the database's session user);
    // the clock gives SQLite's time. On PostgreSQL the server decides both.
    explicit AuditLog(const Database &db, QString actor = {}, const Clock &clock = Clock::system());

    // Appends `event` inside the caller's write transaction (Database::write nests), or in a
    // transaction of its own: a rolled-back action leaves no event. Concurrent appends queue on
    // the head; the chain never forks. Returns the event as stored (on PostgreSQL it is sealed
    // at once for that, and the transaction holds the head until it ends; see record()).
    Result<AuditEvent> append(const AuditEvent &event) const;
    // Appends several events in one transaction (faster on SQLite); returns the new head.
    Result<AuditHead> append(const QList<AuditEvent> &events) const;
    // Appends `event` like append(), for a caller that does not need it back. On PostgreSQL it
    // stays pending until the transaction commits, and is sealed then (seq, time, hash): the
    // transaction holds the chain's head only while it commits, so concurrent actions do not
    // queue behind each other's statements. append() seals at once and holds the head from there.
    Status record(const AuditEvent &event) const;
    // record() of the event that `action` changed one record (`objectType`, `objectId`) from
    // `before` to `after` (none when it was added or removed).
    Status record(const QString &action, const QString &objectType, qint64 objectId,
                  const std::optional<QJsonObject> &before, const std::optional<QJsonObject> &after) const;

    Result<AuditHead> head() const;
    // The latest `limit` events, newest first.
    Result<QList<AuditEvent>> latest(int limit) const;
    // The events about one record, oldest first: its history.
    Result<QList<AuditEvent>> eventsFor(const QString &objectType, qint64 objectId) const;

    // Recomputes the whole chain (streaming, in batches) and names the first bad event. With a
    // checkpoint file, also checks its signature (by `keyFingerprint` when given) and that the
    // chain still holds the checkpointed event with that hash. An error only when it could not
    // check (database or file unreadable); what it found is in the result.
    Result<AuditVerification> verify() const;
    Result<AuditVerification> verify(const QString &checkpointFile, const QString &keyFingerprint = {}) const;

    // Writes the head, signed with the OpenPGP key `keyFingerprint` (needs a live
    // QCA::Initializer and GnuPG), to `file` (auditcheckpoint.h has the format).
    Result<AuditCheckpoint> checkpoint(const QString &keyFingerprint, const QString &file) const;

    // ---- The encoding (see above), public for tests and tools --------------------------------
    static QByteArray canonicalJson(const QJsonObject &object);
    // E_n of `event` (its seq and hash are not part of it).
    static QByteArray canonicalBytes(const AuditEvent &event);
    // h_n from h_{n-1} (32 raw bytes), seq and E_n; 32 raw bytes.
    static QByteArray chainHash(const QByteArray &previous, qint64 seq, const QByteArray &canonical);
    // h_0 as stored: 64 zeros.
    static QString genesisHash();

private:
    static Status validate(const AuditEvent &event);
    Result<QList<AuditEvent>> events(const QString &sql, const QVariantList &params) const;
    enum class Sealing { Now, AtCommit };
    Result<AuditHead> appendAll(const QList<AuditEvent> &events, QList<AuditEvent> *stored, Sealing sealing) const;
    Result<AuditVerification> verifyChain(const std::optional<AuditCheckpoint> &checkpoint) const;

    const Database &m_db;
    QString m_actor;
    const Clock &m_clock;
};

} // namespace ChangeDesk
