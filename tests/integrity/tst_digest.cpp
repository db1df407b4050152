// Checksums of package files (issue 6, M8, M9): digests through QCA checked against openssl on the
// same bytes, streaming across block boundaries, progress and cancel, unreadable files, and the
// checksum file formats vendors publish (GNU, BSD, bare), with bad lines named; the CSAF provider
// fixtures of the shared corpus verify against their .sha256 and .sha512 files.

#include "testconfig.h"
#include "testsupport.h"

#include "integrity/digest.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtCrypto>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

// openssl dgst -<algorithm> -r FILE: "HEX *FILE".
QByteArray opensslDigest(const QString &algorithm, const QString &path)
{
    QProcess openssl;
    openssl.start(u"openssl"_s, {u"dgst"_s, u"-"_s + algorithm, u"-r"_s, path});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
        return {};
    return QByteArray::fromHex(openssl.readAllStandardOutput().split(' ').value(0));
}

} // namespace

class TestDigest : public QObject
{
    Q_OBJECT

private slots:
    void knownVectors();
    void fileAgreesWithOpenssl();
    void progressAndCancel();
    void unreadableFiles();
    void checksumFormats();
    void badChecksumLinesNamed_data();
    void badChecksumLinesNamed();
    void corpusProviderFiles();
};

void TestDigest::knownVectors()
{
    // FIPS 180-2 "abc".
    QCOMPARE(Digests::ofData("abc", DigestAlgorithm::Sha256)->toHex(),
             QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(Digests::ofData("abc", DigestAlgorithm::Sha1)->toHex(),
             QByteArray("a9993e364706816aba3e25717850c26c9cd0d89d"));
    QCOMPARE(Digests::ofData("abc", DigestAlgorithm::Sha512)->size(), 64);
    QVERIFY(Digests::weak(DigestAlgorithm::Md5));
    QVERIFY(Digests::weak(DigestAlgorithm::Sha1));
    QVERIFY(!Digests::weak(DigestAlgorithm::Sha384));
    QCOMPARE(Digests::fromKey(u"SHA-384"_s), DigestAlgorithm::Sha384);
    QCOMPARE(Digests::fromKey(u"whirlpool"_s), std::nullopt);
}

void TestDigest::fileAgreesWithOpenssl()
{
    QVERIFY2(!QStandardPaths::findExecutable(u"openssl"_s).isEmpty(), "openssl is needed as the reference");
    QTemporaryDir dir;
    // 3 MiB and a bit: several blocks and a partial one, pseudo-random bytes.
    QByteArray content(3 * (1 << 20) + 12345, Qt::Uninitialized);
    quint32 x = 2463534242u;
    for (char &c : content) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        c = char(x & 0xff);
    }
    const QString path = writeFile(dir, u"package.bin"_s, content);
    QVERIFY(!path.isEmpty());
    const QList<DigestAlgorithm> all {DigestAlgorithm::Md5, DigestAlgorithm::Sha1, DigestAlgorithm::Sha256,
                                      DigestAlgorithm::Sha384, DigestAlgorithm::Sha512};
    auto digests = Digests::ofFile(path, all);
    QVERIFY2(digests, Test::why(digests));
    QCOMPARE(digests->size(), all.size());
    for (int i = 0; i < all.size(); ++i)
        QCOMPARE(digests->at(i).toHex(), opensslDigest(Digests::key(all.at(i)), path).toHex());
    // An empty file too.
    const QString empty = writeFile(dir, u"empty.bin"_s, {});
    QCOMPARE(Digests::ofFile(empty, {DigestAlgorithm::Sha256})->first().toHex(),
             opensslDigest(u"sha256"_s, empty).toHex());
}

void TestDigest::progressAndCancel()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, u"big.bin"_s, QByteArray(5 * (1 << 20), 'x'));
    QList<qint64> seen;
    auto done = Digests::ofFile(path, {DigestAlgorithm::Sha256}, [&](qint64 read, qint64 total) {
        seen << read;
        return total == 5 * (1 << 20);
    });
    QVERIFY2(done, Test::why(done));
    QCOMPARE(seen.size(), 5);
    QCOMPARE(seen.last(), qint64(5 * (1 << 20)));
    int calls = 0;
    auto cancelled
        = Digests::ofFile(path, {DigestAlgorithm::Sha256}, [&](qint64, qint64) { return ++calls < 2; });
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().kind, ErrorKind::Cancelled);
    QCOMPARE(calls, 2);
}

void TestDigest::unreadableFiles()
{
    QTemporaryDir dir;
    const auto missing = Digests::ofFile(dir.filePath(u"nope.bin"_s), {DigestAlgorithm::Sha256});
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, ErrorKind::NotFound);
    QVERIFY(missing.error().message.contains(u"nope.bin"_s));
    const auto directory = Digests::ofFile(dir.path(), {DigestAlgorithm::Sha256});
    QVERIFY(!directory);
}

void TestDigest::checksumFormats()
{
    const QByteArray sha256 = *Digests::ofData("x", DigestAlgorithm::Sha256);
    const QByteArray sha512 = *Digests::ofData("x", DigestAlgorithm::Sha512);
    const QByteArray text = "# vendor checksums\r\n" + sha256.toHex() + "  dir/update-1.2.msi\r\n"
        + sha512.toHex() + " *update-1.2.msi\n"
        + "SHA384 (other.msi) = " + Digests::ofData("y", DigestAlgorithm::Sha384)->toHex() + "\n\n";
    auto entries = ChecksumFile::parse(text, u"SHA256SUMS"_s);
    QVERIFY2(entries, Test::why(entries));
    QCOMPARE(entries->size(), 3);
    QCOMPARE(entries->at(0).line, 2);
    QCOMPARE(entries->at(2).algorithm, DigestAlgorithm::Sha384);
    QCOMPARE(entries->at(2).fileName, u"other.msi"_s);
    // For the file: both of its lines, the strongest first; directories do not count.
    const QList<ChecksumEntry> mine = ChecksumFile::forFile(*entries, u"/downloads/update-1.2.msi"_s);
    QCOMPARE(mine.size(), 2);
    QCOMPARE(mine.first().algorithm, DigestAlgorithm::Sha512);
    QCOMPARE(mine.first().digest, sha512);
    QCOMPARE(mine.last().digest, sha256);
    QVERIFY(ChecksumFile::forFile(*entries, u"unknown.msi"_s).isEmpty());
    // A bare digest (a .sha256 file without a name) applies to the file it comes with.
    auto bare = ChecksumFile::parse(sha256.toHex() + "\n", u"update.msi.sha256"_s);
    QVERIFY2(bare, Test::why(bare));
    QCOMPARE(ChecksumFile::forFile(*bare, u"update.msi"_s).size(), 1);
}

void TestDigest::badChecksumLinesNamed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    const QByteArray hex64 = QByteArray(64, 'a');
    QTest::newRow("not a line") << QByteArray("hello world\n") << u"SUMS, line 1 is not a checksum line"_s;
    QTest::newRow("odd length") << QByteArray(hex64 + "a  f.msi\n") << u"65 hex digits"_s;
    QTest::newRow("unknown tag") << QByteArray("WHIRLPOOL (f) = " + hex64 + "\n")
                                 << u"unknown checksum algorithm"_s;
    QTest::newRow("tag and length") << QByteArray("SHA512 (f) = " + hex64 + "\n") << u"not 64"_s;
    QTest::newRow("second line") << QByteArray(hex64 + "  f\nnonsense\n") << u"line 2"_s;
    QTest::newRow("empty") << QByteArray("# only a comment\n") << u"holds no checksum"_s;
}

void TestDigest::badChecksumLinesNamed()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    const auto parsed = ChecksumFile::parse(text, u"SUMS"_s);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(parsed.error().message.contains(expected), qPrintable(parsed.error().message));
}

void TestDigest::corpusProviderFiles()
{
    const QString corpus = QDir::cleanPath(
        qEnvironmentVariable("CHANGEDESK_CORPUS_DIR", QStringLiteral(CHANGEDESK_SHARED_CORPUS_DIR))
        + u"/csaf/distribution"_s);
    if (!QFileInfo::exists(corpus))
        QSKIP(qPrintable(
            u"the shared corpus is not here (%1): the provider fixtures are not checked"_s.arg(corpus)));
    int checked = 0;
    QDirIterator files(corpus, {u"*.sha256"_s, u"*.sha512"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString sums = files.next();
        const QString target = sums.left(sums.lastIndexOf(u'.'));
        QFile file(sums);
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto entries = ChecksumFile::parse(file.readAll(), sums);
        QVERIFY2(entries, Test::why(entries));
        const QList<ChecksumEntry> mine = ChecksumFile::forFile(*entries, target);
        QVERIFY2(!mine.isEmpty(), qPrintable(sums));
        auto digest = Digests::ofFile(target, {mine.first().algorithm});
        QVERIFY2(digest, Test::why(digest));
        QCOMPARE(digest->first().toHex(), mine.first().digest.toHex());
        ++checked;
    }
    QVERIFY2(checked >= 4, qPrintable(u"only %1 checksum files in %2"_s.arg(checked).arg(corpus)));
}

int main(int argc, char *argv[])
{
    QCA::Initializer crypto;
    QCoreApplication app(argc, argv);
    TestDigest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_digest.moc"
