#include "digest.h"

#include <QFile>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QtCrypto>

#include <algorithm>
#include <array>
#include <memory>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {

struct AlgorithmInfo {
    DigestAlgorithm algorithm;
    QString key;
    int hexLength;
    bool weak;
};

const std::array<AlgorithmInfo, 5> kAlgorithms {{
    {DigestAlgorithm::Md5, u"md5"_s, 32, true},
    {DigestAlgorithm::Sha1, u"sha1"_s, 40, true},
    {DigestAlgorithm::Sha256, u"sha256"_s, 64, false},
    {DigestAlgorithm::Sha384, u"sha384"_s, 96, false},
    {DigestAlgorithm::Sha512, u"sha512"_s, 128, false},
}};

const AlgorithmInfo &info(DigestAlgorithm algorithm)
{
    for (const AlgorithmInfo &i : kAlgorithms) {
        if (i.algorithm == algorithm)
            return i;
    }
    return kAlgorithms[2];
}

constexpr qint64 kBlock = 1 << 20; // 1 MiB per read

bool isHex(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return std::isxdigit(c.unicode()) != 0 && c.unicode() < 128;
    });
}

} // namespace

QString Digests::key(DigestAlgorithm algorithm)
{
    return info(algorithm).key;
}

std::optional<DigestAlgorithm> Digests::fromKey(const QString &key)
{
    // "SHA-256", "sha256", "SHA256" all name the same algorithm.
    const QString normal = key.toLower().remove(u'-');
    for (const AlgorithmInfo &i : kAlgorithms) {
        if (i.key == normal)
            return i.algorithm;
    }
    return std::nullopt;
}

bool Digests::weak(DigestAlgorithm algorithm)
{
    return info(algorithm).weak;
}

int Digests::hexLength(DigestAlgorithm algorithm)
{
    return info(algorithm).hexLength;
}

std::optional<DigestAlgorithm> Digests::fromHexLength(qsizetype length)
{
    for (const AlgorithmInfo &i : kAlgorithms) {
        if (i.hexLength == length)
            return i.algorithm;
    }
    return std::nullopt;
}

bool Digests::supported(DigestAlgorithm algorithm)
{
    return QCA::isSupported(key(algorithm).toLatin1().constData());
}

Result<QList<QByteArray>> Digests::ofFile(const QString &path, const QList<DigestAlgorithm> &algorithms,
                                          const Progress &progress)
{
    std::vector<std::unique_ptr<QCA::Hash>> hashes;
    for (const DigestAlgorithm algorithm : algorithms) {
        if (!supported(algorithm))
            return fail(ErrorKind::Unavailable,
                        tr("No QCA provider computes %1 here (is the qca-qt6 ossl plugin installed?).")
                            .arg(key(algorithm).toUpper()));
        hashes.push_back(std::make_unique<QCA::Hash>(key(algorithm)));
    }
    QFile file(path);
    if (!QFileInfo::exists(path))
        return fail(ErrorKind::NotFound, tr("The file %1 does not exist.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorKind::InvalidInput,
                    tr("The file %1 cannot be read: %2").arg(path, file.errorString()));
    const qint64 total = file.size();
    qint64 done = 0;
    QByteArray block(kBlock, Qt::Uninitialized);
    while (true) {
        const qint64 read = file.read(block.data(), kBlock);
        if (read < 0)
            return fail(ErrorKind::Io, tr("Reading %1 failed: %2").arg(path, file.errorString()));
        if (read == 0)
            break;
        const QCA::MemoryRegion region(QByteArray::fromRawData(block.constData(), qsizetype(read)));
        for (const auto &hash : hashes)
            hash->update(region);
        done += read;
        if (progress && !progress(done, total))
            return fail(ErrorKind::Cancelled, tr("Computing the checksum of %1 was cancelled.").arg(path));
    }
    QList<QByteArray> digests;
    for (const auto &hash : hashes)
        digests << hash->final().toByteArray();
    return digests;
}

Result<QByteArray> Digests::ofData(const QByteArray &data, DigestAlgorithm algorithm)
{
    if (!supported(algorithm))
        return fail(ErrorKind::Unavailable,
                    tr("No QCA provider computes %1 here.").arg(key(algorithm).toUpper()));
    QCA::Hash hash(key(algorithm));
    hash.update(data);
    return hash.final().toByteArray();
}

Result<QList<ChecksumEntry>> ChecksumFile::parse(const QByteArray &text, const QString &source)
{
    static const QRegularExpression bsd(uR"(^([A-Za-z0-9-]+) \((.+)\) = ([0-9A-Fa-f]+)$)"_s);
    static const QRegularExpression gnu(uR"(^\\?([0-9A-Fa-f]+)(?:[ \t]+[ *]?(.+))?$)"_s);
    QList<ChecksumEntry> entries;
    const QStringList lines = QString::fromUtf8(text).split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = QString(lines.at(i)).remove(u'\r').trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        ChecksumEntry entry;
        entry.line = i + 1;
        QString hex;
        if (const auto m = bsd.match(line); m.hasMatch()) {
            const auto algorithm = Digests::fromKey(m.captured(1));
            if (!algorithm)
                return fail(ErrorKind::InvalidInput,
                            tr("%1, line %2: unknown checksum algorithm '%3'.")
                                .arg(source)
                                .arg(i + 1)
                                .arg(m.captured(1)));
            entry.algorithm = *algorithm;
            entry.fileName = m.captured(2);
            hex = m.captured(3);
            if (hex.size() != Digests::hexLength(*algorithm))
                return fail(ErrorKind::InvalidInput,
                            tr("%1, line %2: a %3 checksum has %4 hex digits, not %5.")
                                .arg(source)
                                .arg(i + 1)
                                .arg(m.captured(1))
                                .arg(Digests::hexLength(*algorithm))
                                .arg(hex.size()));
        } else if (const auto g = gnu.match(line); g.hasMatch() && isHex(g.captured(1))) {
            hex = g.captured(1);
            const auto algorithm = Digests::fromHexLength(hex.size());
            if (!algorithm)
                return fail(
                    ErrorKind::InvalidInput,
                    tr("%1, line %2: %3 hex digits are no checksum ChangeDesk knows (MD5 32, SHA-1 40, "
                       "SHA-256 64, SHA-384 96, SHA-512 128).")
                        .arg(source)
                        .arg(i + 1)
                        .arg(hex.size()));
            entry.algorithm = *algorithm;
            entry.fileName = g.captured(2).trimmed();
        } else {
            return fail(
                ErrorKind::InvalidInput,
                tr("%1, line %2 is not a checksum line (\"HEX  FILE\" or \"SHA256 (FILE) = HEX\"): %3")
                    .arg(source)
                    .arg(i + 1)
                    .arg(line.left(80)));
        }
        entry.digest = QByteArray::fromHex(hex.toLatin1());
        entries << entry;
    }
    if (entries.isEmpty())
        return fail(ErrorKind::InvalidInput, tr("%1 holds no checksum.").arg(source));
    return entries;
}

QByteArray ChecksumFile::line(const QString &hexDigest, const QString &fileName)
{
    return hexDigest.trimmed().toLower().toLatin1() + "  " + QFileInfo(fileName).fileName().toUtf8() + '\n';
}

Result<QByteArray> ChecksumFile::read(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorKind::InvalidInput, tr("Could not read the %1 %2: %3")
                                                 .arg(what, QDir::toNativeSeparators(path), file.errorString()));
    return file.readAll();
}

QList<ChecksumEntry> ChecksumFile::forFile(const QList<ChecksumEntry> &entries, const QString &fileName)
{
    const QString wanted = QFileInfo(fileName).fileName();
    QList<ChecksumEntry> named;
    QList<ChecksumEntry> bare;
    for (const ChecksumEntry &e : entries) {
        if (e.fileName.isEmpty())
            bare << e;
        else if (QFileInfo(e.fileName).fileName() == wanted)
            named << e;
    }
    QList<ChecksumEntry> found = named.isEmpty() ? bare : named;
    std::stable_sort(found.begin(), found.end(), [](const ChecksumEntry &a, const ChecksumEntry &b) {
        return Digests::hexLength(a.algorithm) > Digests::hexLength(b.algorithm);
    });
    return found;
}

} // namespace ChangeDesk
