// Integrity of packages (issue 6): the SHA-256 of a 1 GiB file through QCA (goal: at least 0.9 ×
// the throughput of openssl dgst on the same file), and a batch of 100 OpenPGP detached signatures
// checked through GPGME against a pinned key (goal: ≥ 50 verifications/s), beside gpg --verify
// run for each of the same files. The key and the signatures are made here with the real gpg in a
// throwaway home, never the user's keyring.

#include "benchmarks.h"

#include "../integrity/gpgcorpus.h"

#include "integrity/digest.h"
#include "integrity/openpgpkeyring.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QtCrypto>

#include <vector>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Bench {

namespace {

constexpr qint64 kMiB = 1024 * 1024;
constexpr int kSignedFiles = 100;
constexpr qint64 kSignedFileBytes = 64 * 1024;

// The figure is for 1 GiB; the small scale (the suite's check that the program runs)
// hashes less so that the check stays quick.
qint64 hashedBytes(DemoScale scale)
{
    return scale == DemoScale::Small ? 64 * kMiB : 1024 * kMiB;
}

// Pseudo-random bytes (incompressible, so no layer below can cheat), written a block at a time.
QString writeRandomFile(const QString &path, qint64 size, quint32 seed)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return u"cannot write %1: %2"_s.arg(path, file.errorString());
    QRandomGenerator random(seed);
    std::vector<quint32> block(std::size_t(std::min(size, 4 * kMiB) / qint64(sizeof(quint32))));
    for (qint64 written = 0; written < size;) {
        random.fillRange(block.data(), qsizetype(block.size()));
        const qint64 chunk = std::min(size - written, qint64(block.size() * sizeof(quint32)));
        if (file.write(reinterpret_cast<const char *>(block.data()), chunk) != chunk)
            return u"cannot write %1: %2"_s.arg(path, file.errorString());
        written += chunk;
    }
    if (!file.flush())
        return u"cannot write %1: %2"_s.arg(path, file.errorString());
    return {};
}

QString mibPerSecond(qint64 bytes, double ms)
{
    return formatCount(qint64(double(bytes) / double(kMiB) / (ms / 1000)));
}

QString hashFigure(Context &context, Report &report)
{
    const qint64 size = hashedBytes(context.scale);
    const QString path = QDir(context.work).filePath(u"integrity-%1mib.bin"_s.arg(size / kMiB));
    if (QFileInfo(path).size() != size) {
        if (auto written = writeRandomFile(path, size, 6u); !written.isEmpty())
            return written;
    }

    // Once untimed: the file is then in the page cache for both, and the digest is there to compare.
    auto warm = Digests::ofFile(path, {DigestAlgorithm::Sha256});
    if (!warm)
        return warm.error().message;
    const QString expected = QString::fromLatin1(warm->value(0).toHex());

    // Alternating, so that a load from elsewhere on the machine falls on both alike.
    const int runs = std::min(context.runs, 3);
    QList<double> times;
    QList<double> referenceTimes;
    QElapsedTimer timer;
    for (int run = 0; run < runs; ++run) {
        timer.start();
        auto digests = Digests::ofFile(path, {DigestAlgorithm::Sha256});
        times.append(double(timer.nsecsElapsed()) / 1e6);
        if (!digests)
            return digests.error().message;
        if (QString::fromLatin1(digests->value(0).toHex()) != expected)
            return u"Digests::ofFile computed two different SHA-256 of the same file"_s;

        const ToolRun openssl = runTool(u"openssl"_s, {u"dgst"_s, u"-sha256"_s, path});
        if (!openssl.error.isEmpty())
            return openssl.error;
        // "SHA2-256(FILE)= HEX" (OpenSSL 3) or "SHA256(FILE)= HEX".
        const QString theirs = QString::fromUtf8(openssl.output).trimmed().section(u"= "_s, -1);
        if (theirs != expected)
            return u"openssl computed SHA-256 %1, ChangeDesk %2"_s.arg(theirs, expected);
        referenceTimes.append(openssl.ms);
    }

    const double measured = median(times);
    const double reference = median(referenceTimes);
    report.add({.name = u"SHA-256 of a %1 MiB file"_s.arg(formatCount(size / kMiB)),
                .measuredMs = measured,
                .runs = runs,
                .goalText = u"≥ 0.9 × openssl throughput"_s,
                .referenceMs = reference,
                .referenceText = u"openssl dgst -sha256 on the same file"_s,
                .maxFactor = 1 / 0.9,
                .note = u"Digests::ofFile through QCA: %1 MiB/s, openssl %2 MiB/s (process start included); "
                        "pseudo-random bytes, read once before timing so that both read from the page "
                        "cache; runs alternate; the same digest"_s.arg(mibPerSecond(size, measured),
                                                                       mibPerSecond(size, reference))});
    return {};
}

QString verifyFigure(Context &context, Report &report)
{
    if (!Test::GpgSigner::available())
        return u"the gpg program was not found"_s;
    if (auto ready = OpenPgpKeyring::available(); !ready)
        return ready.error().message;

    // Killed with its gpg-agent when the signer goes.
    Test::GpgSigner signer;
    if (signer.home().isEmpty())
        return u"cannot create a GnuPG home for the signer"_s;
    const QString fingerprint = signer.makeKey(u"ChangeDesk Bench <bench@example.org>"_s, {});
    if (fingerprint.isEmpty())
        return u"gpg could not make a key: %1"_s.arg(signer.lastError().trimmed());
    const QByteArray publicKey = signer.exportKey(fingerprint);
    if (publicKey.isEmpty())
        return u"gpg could not export the key: %1"_s.arg(signer.lastError().trimmed());

    const QDir folder(QDir(context.work).filePath(u"integrity-signed"_s));
    if (!folder.mkpath(u"."_s))
        return u"cannot create %1"_s.arg(folder.path());
    QStringList files;
    QList<QByteArray> signatures;
    for (int i = 0; i < kSignedFiles; ++i) {
        const QString file = folder.filePath(u"package-%1.bin"_s.arg(i, 3, 10, QLatin1Char('0')));
        if (auto written = writeRandomFile(file, kSignedFileBytes, quint32(1000 + i)); !written.isEmpty())
            return written;
        // A fresh signature each time: the key is new.
        const QByteArray signature = signer.sign(fingerprint, file, {});
        if (signature.isEmpty())
            return u"gpg could not sign %1: %2"_s.arg(file, signer.lastError().trimmed());
        QFile out(file + u".asc"_s);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(signature) != signature.size())
            return u"cannot write %1: %2"_s.arg(out.fileName(), out.errorString());
        files << file;
        signatures << signature;
    }

    auto keyring = OpenPgpKeyring::create({publicKey});
    if (!keyring)
        return keyring.error().message;
    const QSet<QString> pinned {fingerprint};
    const QDateTime at = QDateTime::currentDateTimeUtc();

    const int runs = std::min(context.runs, 3);
    QString problem;
    const double measured = medianMs(runs, [&] {
        for (qsizetype i = 0; i < files.size(); ++i) {
            auto checks
                = (*keyring)->verifyFile(files.at(i), signatures.at(i), files.at(i) + u".asc"_s, pinned, at);
            if (!checks) {
                problem = checks.error().message;
                return;
            }
            if (checks->isEmpty())
                problem = u"no signature found for %1"_s.arg(files.at(i));
            for (const SignatureCheck &check : std::as_const(*checks)) {
                if (check.reason != ReasonCode::Ok)
                    problem = u"%1 did not verify: %2 (%3)"_s.arg(files.at(i), Reasons::key(check.reason),
                                                                  check.detail);
            }
            if (!problem.isEmpty())
                return;
        }
    });
    if (!problem.isEmpty())
        return problem;

    QList<double> referenceTimes;
    for (int run = 0; run < runs; ++run) {
        double sum = 0;
        for (const QString &file : std::as_const(files)) {
            const ToolRun gpg = runTool(
                u"gpg"_s,
                {u"--homedir"_s, signer.home(), u"--batch"_s, u"--verify"_s, file + u".asc"_s, file});
            if (!gpg.error.isEmpty())
                return gpg.error;
            sum += gpg.ms;
        }
        referenceTimes.append(sum);
    }

    const double goalMs = kSignedFiles * 20.0; // 50 verifications per second
    const double reference = median(referenceTimes);
    const auto perSecond = [](double ms) {
        return formatCount(qint64(kSignedFiles / (ms / 1000)));
    };
    report.add(
        {.name = u"OpenPGP verify, %1 files of %2 KiB"_s.arg(kSignedFiles).arg(kSignedFileBytes / 1024),
         .measuredMs = measured,
         .runs = runs,
         .goalMs = goalMs,
         .goalText = u"≥ 50 verifications/s (≤ %1)"_s.arg(formatMs(goalMs)),
         .referenceMs = reference,
         .referenceText = u"gpg --verify for each of the same files"_s,
         .note = u"OpenPgpKeyring::verifyFile (GPGME) in one batch, ed25519 key pinned, armoured "
                 "detached signatures, every one Ok: %1 verifications/s; gpg --verify %2 "
                 "verifications/s; %3"_s.arg(perSecond(measured), perSecond(reference),
                                             OpenPgpKeyring::toolVersions())});
    return {};
}

} // namespace

QString benchIntegrity(Context &context, Report &report)
{
    // The digests go through QCA, whose providers live as long as this.
    QCA::Initializer crypto;
    if (auto hashed = hashFigure(context, report); !hashed.isEmpty())
        return hashed;
    return verifyFigure(context, report);
}

} // namespace ChangeDesk::Bench
