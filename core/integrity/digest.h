#pragma once

// Checksums of package files (M8, M9): digests computed through QCA, streamed so that a file of
// gigabytes takes little memory, with progress and cancel; and the checksum files vendors
// publish next to their packages (sha256sum style "HEX  NAME", BSD style "SHA256 (NAME) = HEX").

#include "common/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace ChangeDesk {

enum class DigestAlgorithm { Md5, Sha1, Sha256, Sha384, Sha512 };

class Digests
{
    Q_DECLARE_TR_FUNCTIONS(Digests)

public:
    // md5, sha1, sha256, sha384, sha512 (QCA's names too).
    static QString key(DigestAlgorithm algorithm);
    static std::optional<DigestAlgorithm> fromKey(const QString &key);
    // MD5 and SHA-1 are broken for collisions: evidence from them is never enough on its own.
    static bool weak(DigestAlgorithm algorithm);
    // The length of a digest in hex digits (32, 40, 64, 96, 128).
    static int hexLength(DigestAlgorithm algorithm);
    // The algorithm a hex digest of that length belongs to; none for other lengths.
    static std::optional<DigestAlgorithm> fromHexLength(qsizetype length);
    // Whether QCA can compute it here (a provider for it is loaded).
    static bool supported(DigestAlgorithm algorithm);

    // Called with the bytes read so far and the file's size; returning false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // The digests of the file at `path` in one pass (raw bytes, in the order of `algorithms`).
    // NotFound or InvalidInput naming the file when it cannot be read, Cancelled when `progress`
    // said stop.
    static Result<QList<QByteArray>> ofFile(const QString &path, const QList<DigestAlgorithm> &algorithms,
                                            const Progress &progress = {});
    static Result<QByteArray> ofData(const QByteArray &data, DigestAlgorithm algorithm);
};

// One line of a checksum file.
struct ChecksumEntry {
    DigestAlgorithm algorithm = DigestAlgorithm::Sha256;
    QByteArray digest; // raw bytes
    QString fileName; // as written in the file; empty for a bare digest
    int line = 0;
};

class ChecksumFile
{
    Q_DECLARE_TR_FUNCTIONS(ChecksumFile)

public:
    // Reads sha*sum output ("HEX  NAME", "HEX *NAME" for binary mode), BSD style
    // ("SHA256 (NAME) = HEX") and a bare digest. The algorithm comes from the BSD tag or from the
    // digest's length. Empty lines and lines starting with # are skipped; anything else that does
    // not read is InvalidInput naming `source` and the line.
    static Result<QList<ChecksumEntry>> parse(const QByteArray &text, const QString &source);
    // The entries for `fileName` (compared without directories), or the bare digests when the file
    // names none; the strongest algorithm first.
    static QList<ChecksumEntry> forFile(const QList<ChecksumEntry> &entries, const QString &fileName);
    // One line in sha*sum format ("HEX  NAME"): a digest typed in, kept as a checksum file.
    static QByteArray line(const QString &hexDigest, const QString &fileName);
    // The bytes of an evidence file somebody named (a checksum file, a signature): InvalidInput
    // naming `what` and the path when it cannot be read.
    static Result<QByteArray> read(const QString &path, const QString &what);
};

} // namespace ChangeDesk
