#pragma once

// The reference checksum register (M8 backup of reference checksums, M9 integrity after the
// release): one entry per released package, append-only and hash-chained like the audit trail.
//
// The chain. Entries are numbered 1, 2, 3, … without gaps (seq); each stores
//     h_n = SHA-256(h_{n-1} ‖ seq_n ‖ E_n),   h_0 = 32 zero bytes,
// as 64 lower-case hexadecimal digits, where seq_n is 8 bytes big-endian and E_n the entry's
// fields, each as its length in UTF-8 bytes (4 bytes big-endian) followed by the bytes, in this
// order: package id, acceptance id, kind, vendor, product, version, file name, file size (all
// numbers in decimal), SHA-256, SHA-512 (lower-case hex), restrictions, release date
// (YYYY-MM-DD), released by, released at (ISO 8601 in UTC with milliseconds). The same bytes on
// SQLite and PostgreSQL; the triggers of schema version 12 refuse UPDATE, DELETE (and TRUNCATE).
//
// An export (exportTo) holds every entry with its hash and the head: burnt to write-once media, it
// lets anybody recompute the chain and compare the files years later, without ChangeDesk's
// database.

#include "common/clock.h"
#include "common/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ChangeDesk {

class Database;

struct RegisterEntry {
    qint64 seq = 0;
    qint64 packageId = 0;
    qint64 acceptanceId = 0;
    QString kind;
    QString vendor;
    QString product;
    QString version;
    QString fileName;
    qint64 fileSize = 0;
    QString sha256; // lower-case hex
    QString sha512;
    QString restrictions;
    QDate releaseDate;
    QString releasedBy;
    QDateTime releasedAt;
    QString hash; // h_seq

    QJsonObject toJson() const;
    static std::optional<RegisterEntry> fromJson(const QJsonObject &json);
};

// What checkChain() found.
struct RegisterChainCheck {
    qint64 checked = 0;
    qint64 headSeq = 0;
    QString headHash; // recomputed; 64 zeros for an empty register
    qint64 badSeq = 0; // the first entry whose hash or number is wrong; 0 when intact
    QString problem;

    bool intact() const { return badSeq == 0; }
};

class ChecksumRegister
{
    Q_DECLARE_TR_FUNCTIONS(ChecksumRegister)

public:
    explicit ChecksumRegister(const Database &db, const Clock &clock = Clock::system());

    // The bytes E_n and the hash h_n of `entry` after `previousHash` (hex).
    static QByteArray canonicalBytes(const RegisterEntry &entry);
    static QString chainHash(const QString &previousHash, const RegisterEntry &entry);
    // Recomputes the chain of `entries` (in seq order, as read or as exported).
    static RegisterChainCheck checkChain(const QList<RegisterEntry> &entries);

    // Appends `entry` (seq, releasedAt and hash filled in here) inside the caller's write
    // transaction; on PostgreSQL releases queue on an advisory lock so that the chain never forks.
    Result<RegisterEntry> append(RegisterEntry entry) const;
    // In seq order; those of one package when `packageId` is given.
    Result<QList<RegisterEntry>> entries(qint64 packageId = 0) const;

    // Writes every entry and the head as JSON to `path` (whole or not at all).
    Result<RegisterChainCheck> exportTo(const QString &path) const;
    // The seq of the first entry of `exported` that `stored` does not hold with the same hash (an
    // export read back against the database); 0 when all of them are there.
    static qint64 firstDifference(const QList<RegisterEntry> &exported, const QList<RegisterEntry> &stored);
    // Reads an export back: InvalidInput naming `path` and the entry when it does not read.
    static Result<QList<RegisterEntry>> readExport(const QString &path);

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace ChangeDesk
