// CSV import and export: the encodings and delimiters German and Dutch offices produce, RFC 4180
// quoting, a message with the line for every kind of broken file, chunk boundaries anywhere,
// files of hundreds of MB in bounded memory, and writer output that reads back unchanged.

#include "testsupport.h"

#include "cmdb/csv.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <optional>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

namespace {

struct ReadOptions {
    std::optional<CsvEncoding> encoding = std::nullopt;
    std::optional<QChar> delimiter = std::nullopt;
    bool hasHeader = true;
    qint64 chunkSize = 0; // 0: the reader's default
    qsizetype maxRecordChars = 0;
    bool fieldsWanted = true;
};

struct Outcome {
    Status status;
    QList<QStringList> rows; // the records' fields
    QList<qint64> lines; // the records' first lines
    QStringList header;
    CsvEncoding encoding = CsvEncoding::Utf8;
    bool bom = false;
    QChar delimiter;
    qint64 errorLine = 0;
    qint64 bytesRead = 0;
};

Outcome readCsv(const QByteArray &bytes, const ReadOptions &options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader;
    if (options.encoding)
        reader.setEncoding(*options.encoding);
    if (options.delimiter)
        reader.setDelimiter(*options.delimiter);
    reader.setHasHeader(options.hasHeader);
    if (options.chunkSize > 0)
        reader.setChunkSize(options.chunkSize);
    if (options.maxRecordChars > 0)
        reader.setMaxRecordChars(options.maxRecordChars);
    reader.setFieldsWanted(options.fieldsWanted);
    Outcome outcome;
    outcome.status = reader.read(buffer, [&](const CsvRecord &record) -> Status {
        outcome.rows.append(record.fields);
        outcome.lines.append(record.line);
        return {};
    });
    outcome.header = reader.header();
    outcome.encoding = reader.encoding();
    outcome.bom = reader.hadByteOrderMark();
    outcome.delimiter = reader.delimiter();
    outcome.errorLine = reader.errorLine();
    outcome.bytesRead = reader.bytesRead();
    return outcome;
}

QByteArray encode(const QString &text, QStringConverter::Encoding encoding, bool bom)
{
    QStringEncoder encoder(encoding,
                           bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

QByteArray windows1252(const QString &text)
{
    QStringEncoder encoder("windows-1252");
    if (!encoder.isValid())
        return {};
    return encoder.encode(text);
}

// Byte size of one character of `text` in UTF-8, to aim chunk boundaries at it.
qsizetype utf8Offset(const QString &text, qsizetype index)
{
    return text.first(index).toUtf8().size();
}

// A header and rows that contain everything the encodings must carry: umlauts, ß, é, €, quotes,
// a quoted delimiter, a CRLF and an LF inside quoted fields, an empty field.
const QString kTable = u"Name;Standort;Notiz;Betrag\r\n"
                       u"Müller;Köln;\"Größe \"\"XL\"\"; Fußweg\";12,50 €\r\n"
                       u"Jérôme;Überlingen;\"Zeile 1\r\nZeile 2\";€ 3\r\n"
                       u"Smit;Den Haag;\"a\nb\";ß\r\n"
                       u"Ärger;Öl;;ü\r\n"_s;
const QString kEmojiRow = u"Emoji;\U0001F642;\"\U0001F600\";x\r\n"_s;

QStringList tableHeader()
{
    return {u"Name"_s, u"Standort"_s, u"Notiz"_s, u"Betrag"_s};
}

QList<QStringList> tableRows(bool emoji)
{
    QList<QStringList> rows {
        {u"Müller"_s, u"Köln"_s, u"Größe \"XL\"; Fußweg"_s, u"12,50 €"_s},
        {u"Jérôme"_s, u"Überlingen"_s, u"Zeile 1\r\nZeile 2"_s, u"€ 3"_s},
        {u"Smit"_s, u"Den Haag"_s, u"a\nb"_s, u"ß"_s},
        {u"Ärger"_s, u"Öl"_s, QString(), u"ü"_s},
    };
    if (emoji)
        rows.append({u"Emoji"_s, u"\U0001F642"_s, u"\U0001F600"_s, u"x"_s});
    return rows;
}

QList<qint64> tableLines(bool emoji)
{
    return emoji ? QList<qint64> {2, 3, 5, 7, 8} : QList<qint64> {2, 3, 5, 7};
}

#define COMPARE_ROWS(actual, expected)                                                                       \
    do {                                                                                                     \
        QCOMPARE((actual).size(), (expected).size());                                                        \
        for (qsizetype row_ = 0; row_ < (actual).size(); ++row_)                                             \
            QCOMPARE((actual).at(row_), (expected).at(row_));                                                \
    } while (false)

// A CSV file that is made while it is read: no disk, no copy in memory; it records what the
// reader asks of it.
class GeneratedCsv : public QIODevice
{
public:
    // `header` once, then `row(i)` for i = 0, 1, ... until at least `bytes` were produced.
    GeneratedCsv(QByteArray header, std::function<QByteArray(qint64)> row, qint64 bytes)
        : m_current(std::move(header))
        , m_row(std::move(row))
        , m_target(bytes)
    { }

    bool isSequential() const override { return true; }

    qint64 rowsProduced() const { return m_rows; }
    qint64 bytesProduced() const { return m_produced; }
    qint64 largestRequest() const { return m_largestRequest; }
    qint64 bytesRequested() const { return m_requested; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        m_largestRequest = qMax(m_largestRequest, maxSize);
        m_requested += maxSize;
        qint64 copied = 0;
        while (copied < maxSize) {
            if (m_offset == m_current.size()) {
                if (m_produced + copied >= m_target)
                    break;
                m_current = m_row(m_rows++);
                m_offset = 0;
            }
            const qint64 count = qMin(maxSize - copied, qint64(m_current.size() - m_offset));
            std::memcpy(data + copied, m_current.constData() + m_offset, size_t(count));
            copied += count;
            m_offset += qsizetype(count);
        }
        m_produced += copied;
        return copied;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_current;
    qsizetype m_offset = 0;
    std::function<QByteArray(qint64)> m_row;
    qint64 m_target;
    qint64 m_rows = 0;
    qint64 m_produced = 0;
    qint64 m_largestRequest = 0;
    qint64 m_requested = 0;
};

// A device that takes `capacity` bytes and then fails like a full disk.
class FullDevice : public QIODevice
{
public:
    explicit FullDevice(qint64 capacity)
        : m_capacity(capacity)
    { }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        if (m_written + size > m_capacity) {
            setErrorString(u"No space left on device"_s);
            return -1;
        }
        m_written += size;
        return size;
    }

private:
    qint64 m_capacity;
    qint64 m_written = 0;
};

// The process's peak memory is measured on Linux, except under AddressSanitizer, whose quarantine
// keeps freed memory resident on purpose.
#if defined(__SANITIZE_ADDRESS__)
#define CSV_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CSV_UNDER_ASAN 1
#endif
#endif
#if defined(Q_OS_LINUX) && !defined(CSV_UNDER_ASAN)
#define CSV_MEASURE_PROCESS_MEMORY 1
#endif

#ifdef CSV_MEASURE_PROCESS_MEMORY
// Peak resident memory of this process in KiB since the last resetPeakMemory().
qint64 peakMemoryKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QRegularExpression hwm(u"VmHWM:\\s+(\\d+) kB"_s);
    const auto match = hwm.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

bool resetPeakMemory()
{
    QFile clearRefs(u"/proc/self/clear_refs"_s);
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}
#endif

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void encodingsReadBackIdentically_data();
    void encodingsReadBackIdentically();
    void encodingDecidedByFirstNonAsciiBytes();
    void forcedEncoding();
    void chunkBoundaries_data();
    void chunkBoundaries();
    void delimiterSniffing_data();
    void delimiterSniffing();
    void quotingAndLineNumbers();
    void withoutHeader();
    void malformedFiles_data();
    void malformedFiles();
    void messageNamesTheFile();
    void callbackErrorStopsReading();
    void progressReachesTheEnd();
    void hundredsOfMegabytesInBoundedMemory();
    void unclosedQuoteInLargeFileStaysBounded();
    void writerQuotesOnlyWhenNeeded_data();
    void writerQuotesOnlyWhenNeeded();
    void writerLineEndingsAndByteOrderMark();
    void writerRefusesUnusableInput();
    void writeErrorsAreIoErrors();
    void delimiterForLocale();
    void randomRoundTrip_data();
    void randomRoundTrip();
};

// ---- Encodings ---------------------------------------------------------------------------------

void TestCsv::encodingsReadBackIdentically_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<bool>("emoji");

    const QString unicodeTable = kTable + kEmojiRow;
    QTest::newRow("UTF-8") << encode(unicodeTable, QStringConverter::Utf8, false) << int(CsvEncoding::Utf8)
                           << false << true;
    QTest::newRow("UTF-8 with BOM") << encode(unicodeTable, QStringConverter::Utf8, true)
                                    << int(CsvEncoding::Utf8) << true << true;
    QTest::newRow("UTF-16LE with BOM")
        << encode(unicodeTable, QStringConverter::Utf16LE, true) << int(CsvEncoding::Utf16LE) << true << true;
    QTest::newRow("UTF-16BE with BOM")
        << encode(unicodeTable, QStringConverter::Utf16BE, true) << int(CsvEncoding::Utf16BE) << true << true;
    QTest::newRow("Windows-1252") << windows1252(kTable) << int(CsvEncoding::Windows1252) << false << false;
}

// Every chunk size from 1 byte up puts a boundary inside each multi-byte UTF-8 sequence, each
// UTF-16 code unit and surrogate pair, the byte order mark and each quoted field.
void TestCsv::encodingsReadBackIdentically()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, encoding);
    QFETCH(bool, bom);
    QFETCH(bool, emoji);
    QVERIFY2(!bytes.isEmpty(), "this Qt cannot encode Windows-1252");
    if (encoding == int(CsvEncoding::Windows1252))
        QVERIFY(bytes.contains('\x80')); // € as Windows-1252 has it

    for (const qint64 chunkSize : {1, 2, 3, 4, 5, 7, 11, 64 * 1024}) {
        const Outcome read = readCsv(bytes, {.chunkSize = chunkSize});
        QVERIFY2(read.status, Test::why(read.status));
        QCOMPARE(int(read.encoding), encoding);
        QCOMPARE(read.bom, bom);
        QCOMPARE(read.delimiter, QChar(u';'));
        QCOMPARE(read.header, tableHeader());
        COMPARE_ROWS(read.rows, tableRows(emoji));
        QCOMPARE(read.lines, tableLines(emoji));
        QCOMPARE(read.bytesRead, bytes.size());
    }
}

// Without a byte order mark, ASCII is read the same either way; the first non-ASCII bytes decide,
// however far into the file they come.
void TestCsv::encodingDecidedByFirstNonAsciiBytes()
{
    QString ascii = u"host;class\r\n"_s;
    for (int i = 0; i < 10000; ++i) // about 190 KB: several chunks
        ascii += u"host-%1;server\r\n"_s.arg(i);
    const QString text = ascii + u"Müller;Größe\r\nlast;x\r\n"_s;
    const qint64 firstNonAsciiLine = 10002;

    const Outcome utf8 = readCsv(text.toUtf8());
    QVERIFY2(utf8.status, Test::why(utf8.status));
    QCOMPARE(utf8.encoding, CsvEncoding::Utf8);
    QCOMPARE(utf8.rows.size(), 10002);
    QCOMPARE(utf8.rows.at(10000), (QStringList {u"Müller"_s, u"Größe"_s}));
    QCOMPARE(utf8.lines.at(10000), firstNonAsciiLine);

    const Outcome ansi = readCsv(windows1252(text));
    QVERIFY2(ansi.status, Test::why(ansi.status));
    QCOMPARE(ansi.encoding, CsvEncoding::Windows1252);
    QCOMPARE(ansi.rows.at(10000), (QStringList {u"Müller"_s, u"Größe"_s}));

    // Only ASCII: reported as UTF-8, which it is.
    const Outcome plain = readCsv(ascii.toLatin1());
    QVERIFY2(plain.status, Test::why(plain.status));
    QCOMPARE(plain.encoding, CsvEncoding::Utf8);
    QCOMPARE(plain.bom, false);

    // Valid UTF-8 in the chunk that decided, Windows-1252 in a later one: a file of mixed
    // encodings is refused at the line where it stops being UTF-8.
    QByteArray mixed = text.toUtf8();
    for (int i = 0; i < 5000; ++i) // about 100 KB: past the deciding chunk
        mixed += "more-" + QByteArray::number(i) + ";server\r\n";
    mixed += windows1252(u"Café;x\r\n"_s);
    const Outcome broken = readCsv(mixed);
    QVERIFY(!broken.status);
    QCOMPARE(broken.status.error().kind, ErrorKind::InvalidInput);
    QCOMPARE(broken.status.error().message,
             u"line 15004: the text is not valid UTF-8; save the file as UTF-8 or choose its encoding "
             u"(for example Windows-1252)"_s);
    QCOMPARE(broken.errorLine, 15004);
    QCOMPARE(broken.rows.size(), 15002); // every record before it was delivered

    // Invalid bytes inside the deciding chunk make the whole file Windows-1252.
    const Outcome early = readCsv(text.toUtf8() + windows1252(u"Café;x\r\n"_s));
    QVERIFY2(early.status, Test::why(early.status));
    QCOMPARE(early.encoding, CsvEncoding::Windows1252);
    QCOMPARE(early.rows.last(), (QStringList {u"Café"_s, u"x"_s}));
}

void TestCsv::forcedEncoding()
{
    // Windows-1252 forced on UTF-8 text: honoured, the bytes read as Windows-1252 characters.
    const Outcome ansi = readCsv(u"a,b\r\nä,€\r\n"_s.toUtf8(), {.encoding = CsvEncoding::Windows1252});
    QVERIFY2(ansi.status, Test::why(ansi.status));
    QCOMPARE(ansi.encoding, CsvEncoding::Windows1252);
    QCOMPARE(ansi.rows, (QList<QStringList> {{u"Ã¤"_s, u"â‚¬"_s}}));

    // The byte order mark of the forced encoding is skipped.
    const Outcome marked
        = readCsv(encode(u"a,b\r\nä,€\r\n"_s, QStringConverter::Utf8, true), {.encoding = CsvEncoding::Utf8});
    QVERIFY2(marked.status, Test::why(marked.status));
    QCOMPARE(marked.bom, true);
    QCOMPARE(marked.header, (QStringList {u"a"_s, u"b"_s}));
    QCOMPARE(marked.rows, (QList<QStringList> {{u"ä"_s, u"€"_s}}));

    // UTF-16 without a byte order mark needs the encoding named.
    const Outcome utf16 = readCsv(encode(u"a;b\r\nä;\U0001F642\r\n"_s, QStringConverter::Utf16LE, false),
                                  {.encoding = CsvEncoding::Utf16LE, .chunkSize = 3});
    QVERIFY2(utf16.status, Test::why(utf16.status));
    QCOMPARE(utf16.bom, false);
    QCOMPARE(utf16.rows, (QList<QStringList> {{u"ä"_s, u"\U0001F642"_s}}));
}

// The first chunk ends exactly at a chosen byte: inside a character, a byte order mark, a quoted
// field, a doubled quote or a CRLF.
void TestCsv::chunkBoundaries_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("split");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QList<qint64>>("lines");

    const QString euro = u"a,b\r\nx€y,z\r\n"_s;
    const QList<QStringList> euroRows {{u"x€y"_s, u"z"_s}};
    const QStringList ab {u"a"_s, u"b"_s};
    const qsizetype euroAt = utf8Offset(euro, euro.indexOf(u'€'));
    QTest::newRow("UTF-8 after the 1st byte of €")
        << euro.toUtf8() << qint64(euroAt + 1) << ab << euroRows << QList<qint64> {2};
    QTest::newRow("UTF-8 after the 2nd byte of €")
        << euro.toUtf8() << qint64(euroAt + 2) << ab << euroRows << QList<qint64> {2};
    QTest::newRow("UTF-8 BOM after its 1st byte")
        << encode(euro, QStringConverter::Utf8, true) << qint64(1) << ab << euroRows << QList<qint64> {2};
    QTest::newRow("UTF-8 BOM after its 2nd byte")
        << encode(euro, QStringConverter::Utf8, true) << qint64(2) << ab << euroRows << QList<qint64> {2};

    const QString umlaut = u"a,b\r\nM\u00fcller,z\r\n"_s;
    const qsizetype umlautAt = utf8Offset(umlaut, umlaut.indexOf(u'ü'));
    QTest::newRow("UTF-8 undecided, after the lead byte of ü")
        << umlaut.toUtf8() << qint64(umlautAt + 1) << ab << QList<QStringList> {{u"Müller"_s, u"z"_s}}
        << QList<qint64> {2};
    // 0xE4 (ä in Windows-1252) looks like the start of a 3-byte UTF-8 sequence until the next byte.
    const QString ansi = u"a,b\r\nJ\u00e4ger,z\r\n"_s;
    QTest::newRow("Windows-1252 undecided, right after ä")
        << windows1252(ansi) << qint64(ansi.indexOf(u'ä') + 1) << ab
        << QList<QStringList> {{u"Jäger"_s, u"z"_s}} << QList<qint64> {2};

    const QString wide = u"a;b\r\n\u00e4\U0001F642;z\r\n"_s;
    const QList<QStringList> wideRows {{u"ä\U0001F642"_s, u"z"_s}};
    const qsizetype wideAt = 2 + 2 * wide.indexOf(u'ä'); // after the byte order mark
    const QByteArray le = encode(wide, QStringConverter::Utf16LE, true);
    const QByteArray be = encode(wide, QStringConverter::Utf16BE, true);
    QTest::newRow("UTF-16LE BOM after its 1st byte")
        << le << qint64(1) << QStringList {u"a"_s, u"b"_s} << wideRows << QList<qint64> {2};
    QTest::newRow("UTF-16LE inside the code unit of ä")
        << le << qint64(wideAt + 1) << QStringList {u"a"_s, u"b"_s} << wideRows << QList<qint64> {2};
    QTest::newRow("UTF-16LE inside the high surrogate")
        << le << qint64(wideAt + 3) << QStringList {u"a"_s, u"b"_s} << wideRows << QList<qint64> {2};
    QTest::newRow("UTF-16LE between the surrogates")
        << le << qint64(wideAt + 4) << QStringList {u"a"_s, u"b"_s} << wideRows << QList<qint64> {2};
    QTest::newRow("UTF-16BE inside the low surrogate")
        << be << qint64(wideAt + 5) << QStringList {u"a"_s, u"b"_s} << wideRows << QList<qint64> {2};
    QTest::newRow("UTF-16BE between the surrogates")
        << be << qint64(wideAt + 4) << QStringList {u"a"_s, u"b"_s} << wideRows << QList<qint64> {2};

    const QString quoted = u"a,b\r\n\"x,\"\"y\"\"\r\nz\",w\r\nnext,1\r\n"_s;
    const QList<QStringList> quotedRows {{u"x,\"y\"\r\nz"_s, u"w"_s}, {u"next"_s, u"1"_s}};
    const QList<qint64> quotedLines {2, 4};
    const QByteArray quotedBytes = quoted.toUtf8();
    QTest::newRow("right after the opening quote")
        << quotedBytes << qint64(quoted.indexOf(u'"') + 1) << ab << quotedRows << quotedLines;
    QTest::newRow("between a doubled quote")
        << quotedBytes << qint64(quoted.indexOf(u"\"\"y"_s) + 1) << ab << quotedRows << quotedLines;
    QTest::newRow("between CR and LF inside quotes")
        << quotedBytes << qint64(quoted.indexOf(u"\r\nz"_s) + 1) << ab << quotedRows << quotedLines;
    QTest::newRow("right after the closing quote")
        << quotedBytes << qint64(quoted.indexOf(u"\",w"_s) + 1) << ab << quotedRows << quotedLines;
    QTest::newRow("between CR and LF ending a record")
        << quotedBytes << qint64(quoted.indexOf(u"w\r\n"_s) + 2) << ab << quotedRows << quotedLines;
}

void TestCsv::chunkBoundaries()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, split);
    QFETCH(QStringList, header);
    QFETCH(QList<QStringList>, rows);
    QFETCH(QList<qint64>, lines);
    QVERIFY(split > 0 && split < bytes.size());

    const Outcome read = readCsv(bytes, {.chunkSize = split});
    QVERIFY2(read.status, Test::why(read.status));
    QCOMPARE(read.header, header);
    COMPARE_ROWS(read.rows, rows);
    QCOMPARE(read.lines, lines);
}

// ---- Delimiters and quoting --------------------------------------------------------------------

void TestCsv::delimiterSniffing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("forced"); // null: sniff
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QList<qint64>>("lines");

    const QStringList abc {u"a"_s, u"b"_s, u"c"_s};
    QTest::newRow("comma") << u"a,b,c\r\n1,2;3,4\r\n"_s << QChar() << QChar(u',') << abc
                           << QList<QStringList> {{u"1"_s, u"2;3"_s, u"4"_s}} << QList<qint64> {2};
    QTest::newRow("semicolon (Excel de/nl)")
        << u"a;b;c\r\n1,5;2,5;3\r\n"_s << QChar() << QChar(u';') << abc
        << QList<QStringList> {{u"1,5"_s, u"2,5"_s, u"3"_s}} << QList<qint64> {2};
    QTest::newRow("tab") << u"a\tb\tc\n1 2\t3,4\t5;6\n"_s << QChar() << QChar(u'\t') << abc
                         << QList<QStringList> {{u"1 2"_s, u"3,4"_s, u"5;6"_s}} << QList<qint64> {2};
    QTest::newRow("delimiters inside quotes do not count")
        << u"\"a;x;y;z\",b,c\r\n1,2,3\r\n"_s << QChar() << QChar(u',')
        << QStringList {u"a;x;y;z"_s, u"b"_s, u"c"_s} << QList<QStringList> {{u"1"_s, u"2"_s, u"3"_s}}
        << QList<qint64> {2};
    QTest::newRow("quoted header with a line break")
        << u"\"a\r\n;;;\",b,c\r\n1,2,3\r\n"_s << QChar() << QChar(u',')
        << QStringList {u"a\r\n;;;"_s, u"b"_s, u"c"_s} << QList<QStringList> {{u"1"_s, u"2"_s, u"3"_s}}
        << QList<qint64> {3};
    QTest::newRow("tie: semicolon before comma")
        << u"Name, Vorname;Ort\r\nMüller, Anna;Köln\r\n"_s << QChar() << QChar(u';')
        << QStringList {u"Name, Vorname"_s, u"Ort"_s} << QList<QStringList> {{u"Müller, Anna"_s, u"Köln"_s}}
        << QList<qint64> {2};
    QTest::newRow("one column") << u"hostname\r\nweb01\r\nweb02\r\n"_s << QChar() << QChar(u',')
                                << QStringList {u"hostname"_s}
                                << QList<QStringList> {{u"web01"_s}, {u"web02"_s}} << QList<qint64> {2, 3};
    QTest::newRow("Excel sep= line") << u"sep=;\r\na,b;c\r\n1;2\r\n"_s << QChar() << QChar(u';')
                                     << QStringList {u"a,b"_s, u"c"_s}
                                     << QList<QStringList> {{u"1"_s, u"2"_s}} << QList<qint64> {3};
    QTest::newRow("Excel sep= line, other case, LF")
        << u"SEP=|\na;b,c|d\n1|2\n"_s << QChar() << QChar(u'|') << QStringList {u"a;b,c"_s, u"d"_s}
        << QList<QStringList> {{u"1"_s, u"2"_s}} << QList<qint64> {3};
    QTest::newRow("not a sep= line") << u"sep=x,b\r\n1,2\r\n"_s << QChar() << QChar(u',')
                                     << QStringList {u"sep=x"_s, u"b"_s}
                                     << QList<QStringList> {{u"1"_s, u"2"_s}} << QList<qint64> {2};
    QTest::newRow("leading empty lines")
        << u"\r\n\r\na;b\r\n1;2\r\n"_s << QChar() << QChar(u';') << QStringList {u"a"_s, u"b"_s}
        << QList<QStringList> {{u"1"_s, u"2"_s}} << QList<qint64> {4};
    QTest::newRow("forced over sniffing")
        << u"a;b,c\r\n1;2,3\r\n"_s << QChar(u',') << QChar(u',') << QStringList {u"a;b"_s, u"c"_s}
        << QList<QStringList> {{u"1;2"_s, u"3"_s}} << QList<qint64> {2};
    QTest::newRow("forced, sep= line still skipped")
        << u"sep=;\r\na,b\r\n1,2\r\n"_s << QChar(u',') << QChar(u',') << QStringList {u"a"_s, u"b"_s}
        << QList<QStringList> {{u"1"_s, u"2"_s}} << QList<qint64> {3};
}

void TestCsv::delimiterSniffing()
{
    QFETCH(QString, text);
    QFETCH(QChar, forced);
    QFETCH(QChar, delimiter);
    QFETCH(QStringList, header);
    QFETCH(QList<QStringList>, rows);
    QFETCH(QList<qint64>, lines);

    for (const qint64 chunkSize : {1, 3, 64 * 1024}) {
        ReadOptions options {.chunkSize = chunkSize};
        if (!forced.isNull())
            options.delimiter = forced;
        const Outcome read = readCsv(text.toUtf8(), options);
        QVERIFY2(read.status, Test::why(read.status));
        QCOMPARE(read.delimiter, delimiter);
        QCOMPARE(read.header, header);
        COMPARE_ROWS(read.rows, rows);
        QCOMPARE(read.lines, lines);
    }
}

// Quoted fields keep delimiters, doubled quotes and line breaks of every kind; records after
// multi-line fields report the physical line they start on.
void TestCsv::quotingAndLineNumbers()
{
    const QString text = u"id,text,end\r\n" // 1
                         u"1,\"two\r\nlines\",x\r\n" // 2-3
                         u"2,\"three\nlines\n\",y\r\n" // 4-6
                         u"3,\"old mac\rline\",z\r\n" // 7-8
                         u"\r\n" // 9: empty, skipped
                         u"4,\"\",\"a,b\"\r\n" // 10
                         u"5,\"say \"\"hi\"\"\",\"\"\"\"\r\n" // 11
                         u"6,27\" screen,\r" // 12: quote inside an unquoted field; CR only
                         u"7,  spaced  ,\"\r\n\r\n\"\n" // 13-15
                         u"8,last,\r\n" // 16
                         u"\r\n"_s; // trailing empty line
    // clang-format off
    const QList<QStringList> rows{
        {u"1"_s, u"two\r\nlines"_s, u"x"_s},
        {u"2"_s, u"three\nlines\n"_s, u"y"_s},
        {u"3"_s, u"old mac\rline"_s, u"z"_s},
        {u"4"_s, QString(), u"a,b"_s},
        {u"5"_s, u"say \"hi\""_s, u"\""_s},
        {u"6"_s, u"27\" screen"_s, QString()},
        {u"7"_s, u"  spaced  "_s, u"\r\n\r\n"_s},
        {u"8"_s, u"last"_s, QString()},
    };
    // clang-format on
    const QList<qint64> lines {2, 4, 7, 10, 11, 12, 13, 16};
    for (const qint64 chunkSize : {1, 2, 5, 64 * 1024}) {
        const Outcome read = readCsv(text.toUtf8(), {.chunkSize = chunkSize});
        QVERIFY2(read.status, Test::why(read.status));
        COMPARE_ROWS(read.rows, rows);
        QCOMPARE(read.lines, lines);
    }

    // No line break after the last record, a trailing delimiter, a closing quote at the end.
    const Outcome unterminated = readCsv("a,b\n1,\n2,\"x\""_ba);
    QVERIFY2(unterminated.status, Test::why(unterminated.status));
    QCOMPARE(unterminated.rows, (QList<QStringList> {{u"1"_s, QString()}, {u"2"_s, u"x"_s}}));

    QVERIFY((CsvRecord {1, {QString(), QString()}}).isBlank());
    QVERIFY(!(CsvRecord {1, {QString(), u"x"_s}}).isBlank());
}

void TestCsv::withoutHeader()
{
    const Outcome read = readCsv("web01;10.0.0.1\r\nweb02;10.0.0.2\r\n"_ba, {.hasHeader = false});
    QVERIFY2(read.status, Test::why(read.status));
    QVERIFY(read.header.isEmpty());
    QCOMPARE(read.delimiter, QChar(u';'));
    QCOMPARE(read.rows, (QList<QStringList> {{u"web01"_s, u"10.0.0.1"_s}, {u"web02"_s, u"10.0.0.2"_s}}));
    QCOMPARE(read.lines, (QList<qint64> {1, 2}));
}

// ---- Broken files --------------------------------------------------------------------------------

void TestCsv::malformedFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("encoding"); // -1: detect
    QTest::addColumn<bool>("hasHeader");
    QTest::addColumn<qsizetype>("maxRecordChars"); // 0: default
    QTest::addColumn<QString>("message"); // a regular expression for the whole message
    QTest::addColumn<qint64>("line"); // errorLine(); 0 for none

    const auto literal = [](const QString &text) {
        return QRegularExpression::escape(text);
    };
    const auto rows = [](int count) {
        QByteArray text = "id,name,site,class,owner,note\r\n";
        for (int i = 1; i <= count; ++i)
            text += QByteArray::number(i) + ",host,Rathaus,server,IT,ok\r\n";
        return text;
    };

    QTest::newRow("unbalanced quote")
        << rows(15) + "16,\"host,Rathaus,server,IT,ok\r\n17,host,Rathaus,server,IT,ok\r\n"_ba << -1 << true
        << qsizetype(0) << literal(u"line 17: a quoted field opened here is never closed"_s) << qint64(17);
    QTest::newRow("more fields than the header")
        << rows(7) + "8,host,Rathaus,server,IT,ok,extra\r\n9,a,b,c,d,e\r\n"_ba << -1 << true << qsizetype(0)
        << u"line 9: 7 field(s|\\(s\\)), the header has 6"_s << qint64(9);
    QTest::newRow("fewer fields than the header")
        << rows(3) + "4,host\r\n"_ba << -1 << true << qsizetype(0)
        << u"line 5: 2 field(s|\\(s\\)), the header has 6"_s << qint64(5);
    QTest::newRow("one field: an empty-looking line")
        << rows(3) + "   \r\n"_ba << -1 << true << qsizetype(0)
        << u"line 5: 1 field(\\(s\\))?, the header has 6"_s << qint64(5);
    QTest::newRow("fewer fields after a multi-line field")
        << "a,b\r\n\"x\r\ny\",1\r\n2\r\n"_ba << -1 << true << qsizetype(0)
        << u"line 4: 1 field(\\(s\\))?, the header has 2"_s << qint64(4);
    QTest::newRow("no header: count of the first record")
        << "a,b,c\r\n1,2\r\n"_ba << -1 << false << qsizetype(0)
        << u"line 2: 2 field(s|\\(s\\)), the first record has 3"_s << qint64(2);
    QTest::newRow("text after the closing quote")
        << rows(2) + "3,\"host\"x,Rathaus,server,IT,ok\r\n"_ba << -1 << true << qsizetype(0)
        << literal(
               u"line 4: text after the closing quote of field 2; a quote inside a quoted field must be doubled (\"\")"_s)
        << qint64(4);
    QTest::newRow("space after the closing quote")
        << "a;b\r\n\"x\" ;y\r\n"_ba << -1 << true << qsizetype(0)
        << literal(u"line 2: text after the closing quote of field 1; a quote inside "
                   u"a quoted field must be doubled (\"\")"_s)
        << qint64(2);
    QTest::newRow("empty file") << QByteArray() << -1 << true << qsizetype(0)
                                << literal(u"the file is empty"_s) << qint64(0);
    QTest::newRow("only a byte order mark")
        << "\xEF\xBB\xBF"_ba << -1 << true << qsizetype(0) << literal(u"the file is empty"_s) << qint64(0);
    QTest::newRow("only empty lines")
        << "\r\n\r\n\n"_ba << -1 << true << qsizetype(0) << literal(u"the file is empty"_s) << qint64(0);
    QTest::newRow("only a sep= line")
        << "sep=;\r\n"_ba << -1 << true << qsizetype(0) << literal(u"the file is empty"_s) << qint64(0);
    QTest::newRow("empty without a header")
        << QByteArray() << -1 << false << qsizetype(0) << literal(u"the file is empty"_s) << qint64(0);
    const QString notText
        = u"line %1: the file contains NUL characters: it is not a text file, or it is UTF-16 without a "
          u"byte order mark (choose the encoding)"_s;
    QTest::newRow("NUL bytes: binary") << rows(1)
            + QByteArray("\x7F"
                         "ELF\x02\x01\x00\x00\x00\x00",
                         10) << -1 << true
                                       << qsizetype(0) << literal(notText.arg(3)) << qint64(3);
    QTest::newRow("NUL bytes after non-ASCII") << "a,b\r\nä,b\r\nx\0y,z\r\n"_ba << -1 << true << qsizetype(0)
                                               << literal(notText.arg(3)) << qint64(3);
    QTest::newRow("NUL bytes in Windows-1252") << "a,b\r\n\xE4,b\r\nx\0y,z\r\n"_ba << -1 << true
                                               << qsizetype(0) << literal(notText.arg(3)) << qint64(3);
    QTest::newRow("UTF-16 without a byte order mark")
        << encode(u"a,b\r\n1,2\r\n"_s, QStringConverter::Utf16LE, false) << -1 << true << qsizetype(0)
        << literal(notText.arg(1)) << qint64(1);
    QTest::newRow("NUL character in UTF-16")
        << encode(u"a,b\r\n1,2\r\n3,\0\r\n"_s, QStringConverter::Utf16BE, true) << -1 << true << qsizetype(0)
        << literal(notText.arg(3)) << qint64(3);
    const QString notUtf8
        = u"line %1: the text is not valid UTF-8; save the file as UTF-8 or choose its encoding (for example Windows-1252)"_s;
    QTest::newRow("UTF-8 forced, Windows-1252 bytes")
        << rows(3) + "4,M\xFCller,Rathaus,server,IT,ok\r\n"_ba << int(CsvEncoding::Utf8) << true
        << qsizetype(0) << literal(notUtf8.arg(5)) << qint64(5);
    QTest::newRow("UTF-8 forced, invalid inside a quoted field")
        << "a,b\r\n\"1\r\n\xC3\x28\",2\r\n"_ba << int(CsvEncoding::Utf8) << true << qsizetype(0)
        << literal(notUtf8.arg(3)) << qint64(3);
    QTest::newRow("UTF-8 forced, ends inside a character")
        << "a,b\r\n1,\xE2\x82"_ba << int(CsvEncoding::Utf8) << true << qsizetype(0) << literal(notUtf8.arg(2))
        << qint64(2);
    QTest::newRow("UTF-16LE ends inside a code unit")
        << encode(u"a,b\r\n1,2"_s, QStringConverter::Utf16LE, true) + "x"_ba << -1 << true << qsizetype(0)
        << literal(u"line 2: the file ends in the middle of a UTF-16LE character"_s) << qint64(2);
    QTest::newRow("sep= names a quote")
        << "sep=\"\r\na,b\r\n"_ba << -1 << true << qsizetype(0)
        << literal(u"line 1: \" cannot be the delimiter of a CSV file"_s) << qint64(1);
    QTest::newRow("record longer than the limit")
        << "a,b\r\n1,2\r\n3," + QByteArray(200, 'x') + "\r\n"_ba << -1 << true << qsizetype(100)
        << literal(u"line 3: the record is longer than 100 characters"_s) << qint64(3);
    QTest::newRow("quote not closed within the limit")
        << "a,b\r\n1,2\r\n3,\"" + QByteArray(50, 'x') + "\r\n" + QByteArray(50, 'y') + "\r\n4,5\r\n"_ba << -1
        << true << qsizetype(100)
        << literal(u"line 3: a quoted field opened here is not closed within 100 characters"_s) << qint64(3);
}

void TestCsv::malformedFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, encoding);
    QFETCH(bool, hasHeader);
    QFETCH(qsizetype, maxRecordChars);
    QFETCH(QString, message);
    QFETCH(qint64, line);

    const QRegularExpression expected(QRegularExpression::anchoredPattern(message));
    QVERIFY(expected.isValid());
    // A pass that only checks the form (no fields wanted) finds the same error.
    for (const bool fieldsWanted : {true, false}) {
        for (const qint64 chunkSize : {1, 2, 3, 64 * 1024}) {
            ReadOptions options {.hasHeader = hasHeader,
                                 .chunkSize = chunkSize,
                                 .maxRecordChars = maxRecordChars,
                                 .fieldsWanted = fieldsWanted};
            if (encoding >= 0)
                options.encoding = CsvEncoding(encoding);
            const Outcome read = readCsv(bytes, options);
            QVERIFY2(!read.status, "the broken file was accepted");
            QCOMPARE(read.status.error().kind, ErrorKind::InvalidInput);
            QVERIFY2(expected.match(read.status.error().message).hasMatch(),
                     qPrintable(read.status.error().message));
            QCOMPARE(read.errorLine, line);
        }
    }
}

// With a file, the message starts with its path: the user may import many.
void TestCsv::messageNamesTheFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"Inventar März.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Name;Ort\r\nweb01;Rathaus\r\nweb02;\"Rathaus\r\n");
    file.close();

    QVERIFY(file.open(QIODevice::ReadOnly));
    CsvReader reader;
    const Status status = reader.read(file, [](const CsvRecord &) -> Status { return {}; });
    QVERIFY(!status);
    QCOMPARE(status.error().message,
             QDir::toNativeSeparators(path) + u": line 3: a quoted field opened here is never closed"_s);

    QVERIFY(file.seek(0));
    reader.setSourceName(u"import.csv"_s);
    const Status named = reader.read(file, [](const CsvRecord &) -> Status { return {}; });
    QVERIFY(!named);
    QCOMPARE(named.error().message, u"import.csv: line 3: a quoted field opened here is never closed"_s);
}

// ---- Cancel and progress ----------------------------------------------------------------------

void TestCsv::callbackErrorStopsReading()
{
    QByteArray text = "id;name\r\n";
    for (int i = 1; i <= 100; ++i)
        text += QByteArray::number(i) + ";host-" + QByteArray::number(i) + "\r\n";
    QBuffer buffer(&text);
    QVERIFY(buffer.open(QIODevice::ReadOnly));

    CsvReader reader;
    reader.setChunkSize(16);
    QList<qint64> seen;
    const Status status = reader.read(buffer, [&](const CsvRecord &record) -> Status {
        seen.append(record.line);
        if (record.fields.at(0) == u"4"_s)
            return fail(ErrorKind::Unavailable, u"cancelled by the user"_s);
        return {};
    });
    QVERIFY(!status);
    QCOMPARE(status.error().kind, ErrorKind::Unavailable);
    QCOMPARE(status.error().message, u"cancelled by the user"_s);
    QCOMPARE(seen, (QList<qint64> {2, 3, 4, 5}));
    QCOMPARE(reader.recordsRead(), 4);
    QCOMPARE(reader.errorLine(), 0); // not the file's fault
    QVERIFY2(reader.bytesRead() < 100,
             qPrintable(QString::number(reader.bytesRead()))); // stopped, not read to the end
}

void TestCsv::progressReachesTheEnd()
{
    QByteArray text = "id,name\n";
    for (int i = 0; i < 5000; ++i)
        text += QByteArray::number(i) + ",host\n";
    QBuffer buffer(&text);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader;
    reader.setChunkSize(1000);
    qint64 last = 0;
    int increases = 0;
    const Status status = reader.read(buffer, [&](const CsvRecord &) -> Status {
        if (reader.bytesRead() < last)
            return fail(ErrorKind::Internal, u"progress went backwards"_s);
        increases += reader.bytesRead() > last ? 1 : 0;
        last = reader.bytesRead();
        return {};
    });
    QVERIFY2(status, Test::why(status));
    QVERIFY(increases > 20);
    QCOMPARE(reader.bytesRead(), text.size());
    QCOMPARE(reader.recordsRead(), 5000);
}

// ---- Size ----------------------------------------------------------------------------------------

// A 200 MB file is streamed: the reader asks the device for one chunk at a time and its buffers
// never hold more than a few MB, whatever the file's size.
void TestCsv::hundredsOfMegabytesInBoundedMemory()
{
    const qint64 size = 200LL * 1024 * 1024;
    const QByteArray header = "Name;Klasse;Standort;Notiz;Verantwortlich\r\n";
    GeneratedCsv device(
        header,
        [](qint64 i) {
            return "host-" + QByteArray::number(i) + ";Server;\"Rathaus; Raum " + QByteArray::number(i % 500)
                + "\";\"Zeile 1\r\nZeile 2 mit \"\"Zitat\"\"\";M\xC3\xBCller \xC3\xA4\xC3\xB6\xC3\xBC "
                  "\xE2\x82\xAC\r\n";
        },
        size);
    QVERIFY(device.open(QIODevice::ReadOnly));

#ifdef CSV_MEASURE_PROCESS_MEMORY
    QVERIFY2(resetPeakMemory(), "cannot reset the peak memory counter (/proc/self/clear_refs)");
    const qint64 peakBefore = peakMemoryKiB();
    QVERIFY(peakBefore > 0);
#endif

    CsvReader reader;
    qint64 count = 0;
    QString failure;
    const QString note = u"Zeile 1\r\nZeile 2 mit \"Zitat\""_s;
    const QString owner = u"Müller äöü €"_s;
    const Status status = reader.read(device, [&](const CsvRecord &record) -> Status {
        const qint64 i = count++;
        if (record.line != 2 + 2 * i || record.fields.at(0) != u"host-"_s + QString::number(i)
            || record.fields.at(2) != u"Rathaus; Raum "_s + QString::number(i % 500)
            || record.fields.at(3) != note || record.fields.at(4) != owner)
            return fail(
                ErrorKind::Internal,
                u"record %1 at line %2 differs: %3"_s.arg(i).arg(record.line).arg(record.fields.join(u'|')));
        return {};
    });
    QVERIFY2(status, Test::why(status));

#ifdef CSV_MEASURE_PROCESS_MEMORY
    const qint64 peakGrowthKiB = peakMemoryKiB() - peakBefore;
    QVERIFY2(peakGrowthKiB < 32 * 1024, qPrintable(u"the process grew by %1 KiB"_s.arg(peakGrowthKiB)));
#endif

    QVERIFY(device.bytesProduced() >= size);
    QCOMPARE(reader.bytesRead(), device.bytesProduced());
    QCOMPARE(count, device.rowsProduced());
    QCOMPARE(reader.recordsRead(), count);
    QCOMPARE(reader.encoding(), CsvEncoding::Utf8);
    QCOMPARE(reader.delimiter(), QChar(u';'));
    QVERIFY2(device.largestRequest() <= CsvReader::kDefaultChunkSize,
             qPrintable(QString::number(device.largestRequest())));
    QVERIFY2(reader.peakBufferedBytes() < 1024 * 1024,
             qPrintable(QString::number(reader.peakBufferedBytes())));
    QVERIFY(reader.peakBufferedBytes() >= CsvReader::kDefaultChunkSize); // the hook counts at all
}

// A quote opened early and never closed must not pull the rest of a large file into memory.
void TestCsv::unclosedQuoteInLargeFileStaysBounded()
{
    const qint64 size = 40LL * 1024 * 1024;
    GeneratedCsv device(
        "id,name,note\r\n",
        [](qint64 i) {
            return i == 15 ? QByteArray("16,\"host,unclosed\r\n")
                           : QByteArray::number(i + 1) + ",host,some text\r\n";
        },
        size);
    QVERIFY(device.open(QIODevice::ReadOnly));
    CsvReader reader;
    qint64 count = 0;
    const Status status = reader.read(device, [&](const CsvRecord &) -> Status {
        ++count;
        return {};
    });
    QVERIFY(!status);
    QCOMPARE(status.error().message,
             u"line 17: a quoted field opened here is not closed within %1 characters"_s.arg(
                 CsvReader::kDefaultMaxRecordChars));
    QCOMPARE(reader.errorLine(), 17);
    QCOMPARE(count, 15);
    QVERIFY2(reader.bytesRead() < 2 * 1024 * 1024, qPrintable(QString::number(reader.bytesRead())));
    QVERIFY2(reader.peakBufferedBytes() < 6 * 1024 * 1024,
             qPrintable(QString::number(reader.peakBufferedBytes())));
}

// ---- Writer --------------------------------------------------------------------------------------

void TestCsv::writerQuotesOnlyWhenNeeded_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QByteArray>("written");

    QTest::newRow("plain") << QStringList {u"web01"_s, u"Müller"_s, u"12.5"_s} << QChar(u',')
                           << "web01,Müller,12.5\r\n"_ba;
    QTest::newRow("comma with ,") << QStringList {u"a,b"_s, u"c"_s} << QChar(u',') << "\"a,b\",c\r\n"_ba;
    QTest::newRow("comma with ;") << QStringList {u"a,b"_s, u"c;d"_s} << QChar(u';') << "a,b;\"c;d\"\r\n"_ba;
    QTest::newRow("tab") << QStringList {u"a\tb"_s, u"c;d"_s} << QChar(u'\t') << "\"a\tb\"\tc;d\r\n"_ba;
    QTest::newRow("quote") << QStringList {u"27\" screen"_s, u"\""_s} << QChar(u',')
                           << "\"27\"\" screen\",\"\"\"\"\r\n"_ba;
    QTest::newRow("CR, LF, CRLF") << QStringList {u"a\rb"_s, u"c\nd"_s, u"e\r\nf"_s} << QChar(u',')
                                  << "\"a\rb\",\"c\nd\",\"e\r\nf\"\r\n"_ba;
    QTest::newRow("leading and trailing space") << QStringList {u" a"_s, u"b "_s, u"c d"_s, u"\te"_s}
                                                << QChar(u';') << "\" a\";\"b \";c d;\"\te\"\r\n"_ba;
    QTest::newRow("empty fields") << QStringList {QString(), u"x"_s, QString()} << QChar(u',')
                                  << ",x,\r\n"_ba;
    QTest::newRow("a single empty field") << QStringList {QString()} << QChar(u',') << "\"\"\r\n"_ba;
    QTest::newRow("a lone sep= field") << QStringList {u"sep=;"_s} << QChar(u',') << "\"sep=;\"\r\n"_ba;
}

void TestCsv::writerQuotesOnlyWhenNeeded()
{
    QFETCH(QStringList, fields);
    QFETCH(QChar, delimiter);
    QFETCH(QByteArray, written);

    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(buffer);
    writer.setDelimiter(delimiter);
    const Status status = writer.writeRecord(fields);
    QVERIFY2(status, Test::why(status));
    QCOMPARE(bytes, written);

    // And back: the reader gives the same field values.
    const Outcome read = readCsv(bytes, {.delimiter = delimiter, .hasHeader = false});
    QVERIFY2(read.status, Test::why(read.status));
    QCOMPARE(read.rows, QList<QStringList> {fields});
}

void TestCsv::writerLineEndingsAndByteOrderMark()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(buffer);
    writer.setDelimiter(u';');
    writer.setByteOrderMark(true);
    QVERIFY(writer.writeRecord({u"Name"_s, u"Ort"_s}));
    QVERIFY(writer.writeRecord({u"Jäger"_s, u"Düsseldorf"_s}));
    QVERIFY(writer.finish());
    QCOMPARE(writer.recordsWritten(), 2);
    QCOMPARE(bytes, "\xEF\xBB\xBFName;Ort\r\nJ\xC3\xA4ger;D\xC3\xBCsseldorf\r\n"_ba);
    const Outcome read = readCsv(bytes);
    QVERIFY2(read.status, Test::why(read.status));
    QVERIFY(read.bom);
    QCOMPARE(read.rows, (QList<QStringList> {{u"Jäger"_s, u"Düsseldorf"_s}}));

    QByteArray lf;
    QBuffer lfBuffer(&lf);
    QVERIFY(lfBuffer.open(QIODevice::WriteOnly));
    CsvWriter lfWriter(lfBuffer);
    lfWriter.setLineEnding(CsvWriter::LineEnding::Lf);
    QVERIFY(lfWriter.writeRecord({u"a"_s, u"b"_s}));
    QVERIFY(lfWriter.writeRecord({u"1"_s, u"x\r\ny"_s}));
    QCOMPARE(lf, "a,b\n1,\"x\r\ny\"\n"_ba);
}

void TestCsv::writerRefusesUnusableInput()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(buffer);
    writer.setDelimiter(u'"');
    const Status quote = writer.writeRecord({u"a"_s});
    QVERIFY(!quote);
    QCOMPARE(quote.error().kind, ErrorKind::InvalidInput);
    QCOMPARE(quote.error().message, u"\" cannot be the delimiter of a CSV file"_s);

    writer.setDelimiter(u',');
    const Status empty = writer.writeRecord({});
    QVERIFY(!empty);
    QCOMPARE(empty.error().kind, ErrorKind::InvalidInput);
    QVERIFY(bytes.isEmpty());

    CsvReader reader;
    reader.setDelimiter(u'\n');
    QBuffer input;
    input.setData("a\nb\n"_ba);
    QVERIFY(input.open(QIODevice::ReadOnly));
    const Status refused = reader.read(input, [](const CsvRecord &) -> Status { return {}; });
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::InvalidInput);
}

void TestCsv::writeErrorsAreIoErrors()
{
    // A device that fills up after the first record.
    FullDevice full(20);
    QVERIFY(full.open(QIODevice::WriteOnly));
    CsvWriter writer(full);
    QVERIFY(writer.writeRecord({u"a"_s, u"b"_s}));
    const Status refused = writer.writeRecord({u"a long value"_s, u"that does not fit"_s});
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::Io);
    QCOMPARE(refused.error().message, u"cannot write the CSV data: No space left on device"_s);

    // A device that is not open for writing.
    QBuffer readOnly;
    QVERIFY(readOnly.open(QIODevice::ReadOnly));
    CsvWriter readOnlyWriter(readOnly);
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
    const Status notWritable = readOnlyWriter.writeRecord({u"a"_s});
    QVERIFY(!notWritable);
    QCOMPARE(notWritable.error().kind, ErrorKind::Io);

#ifdef Q_OS_LINUX
    // A real full disk: unbuffered, the record fails; buffered, finish() reports it.
    QFile unbuffered(u"/dev/full"_s);
    QVERIFY(unbuffered.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    CsvWriter direct(unbuffered);
    const Status directStatus = direct.writeRecord({u"a"_s});
    QVERIFY(!directStatus);
    QCOMPARE(directStatus.error().kind, ErrorKind::Io);
    QVERIFY2(directStatus.error().message.startsWith(u"cannot write /dev/full: "_s),
             qPrintable(directStatus.error().message));

    QFile buffered(u"/dev/full"_s);
    QVERIFY(buffered.open(QIODevice::WriteOnly));
    CsvWriter later(buffered);
    QVERIFY(later.writeRecord({u"a"_s}));
    const Status flushed = later.finish();
    QVERIFY(!flushed);
    QCOMPARE(flushed.error().kind, ErrorKind::Io);
    QVERIFY2(flushed.error().message.startsWith(u"cannot write /dev/full: "_s),
             qPrintable(flushed.error().message));
#endif
}

void TestCsv::delimiterForLocale()
{
    QCOMPARE(CsvWriter::delimiterFor(QLocale(QLocale::German, QLocale::Germany)), QChar(u';'));
    QCOMPARE(CsvWriter::delimiterFor(QLocale(QLocale::Dutch, QLocale::Netherlands)), QChar(u';'));
    QCOMPARE(CsvWriter::delimiterFor(QLocale(QLocale::English, QLocale::UnitedStates)), QChar(u','));
}

// ---- Round trip ----------------------------------------------------------------------------------

void TestCsv::randomRoundTrip_data()
{
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<bool>("crlf");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<qint64>("chunkSize");
    QTest::addColumn<int>("columns");
    QTest::addColumn<quint32>("seed");

    QTest::newRow("comma, CRLF, BOM, 1-byte chunks") << QChar(u',') << true << true << qint64(1) << 4 << 1u;
    QTest::newRow("semicolon, CRLF, 7-byte chunks") << QChar(u';') << true << false << qint64(7) << 6 << 2u;
    QTest::newRow("tab, LF, BOM") << QChar(u'\t') << false << true << qint64(64 * 1024) << 3 << 3u;
    QTest::newRow("semicolon, LF, one column") << QChar(u';') << false << false << qint64(5) << 1 << 4u;
    QTest::newRow("comma, CRLF, many columns") << QChar(u',') << true << false << qint64(4096) << 25 << 5u;
}

// Random fields made of the characters that need care (delimiters, quotes, CR, LF, spaces,
// umlauts, €, characters outside the BMP), written and read back unchanged.
void TestCsv::randomRoundTrip()
{
    QFETCH(QChar, delimiter);
    QFETCH(bool, crlf);
    QFETCH(bool, bom);
    QFETCH(qint64, chunkSize);
    QFETCH(int, columns);
    QFETCH(quint32, seed);

    QRandomGenerator random(seed);
    const QStringList pieces {u","_s,    u";"_s,          u"\t"_s,   u"\""_s, u"\"\""_s, u"\r"_s, u"\n"_s,
                              u"\r\n"_s, u" "_s,          u"a"_s,    u"Z"_s,  u"ä"_s,    u"ß"_s,  u"€"_s,
                              u"é"_s,    u"\U0001F642"_s, u"sep="_s, u"0"_s,  u"x y"_s};
    const auto randomField = [&] {
        QString field;
        const int length = random.bounded(0, 12);
        for (int i = 0; i < length; ++i)
            field += pieces.at(random.bounded(int(pieces.size())));
        return field;
    };

    QStringList header;
    for (int c = 0; c < columns; ++c)
        header.append(u"column %1"_s.arg(c));
    QList<QStringList> rows;
    for (int r = 0; r < 400; ++r) {
        QStringList row;
        for (int c = 0; c < columns; ++c)
            row.append(randomField());
        rows.append(row);
    }

    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(buffer);
    writer.setDelimiter(delimiter);
    writer.setLineEnding(crlf ? CsvWriter::LineEnding::CrLf : CsvWriter::LineEnding::Lf);
    writer.setByteOrderMark(bom);
    QVERIFY(writer.writeRecord(header));
    for (const QStringList &row : std::as_const(rows)) {
        const Status written = writer.writeRecord(row);
        QVERIFY2(written, Test::why(written));
    }
    QVERIFY(writer.finish());

    // Encoding and delimiter detected; one column has no delimiter to detect.
    ReadOptions options {.chunkSize = chunkSize};
    if (columns == 1)
        options.delimiter = delimiter;
    const Outcome read = readCsv(bytes, options);
    QVERIFY2(read.status, Test::why(read.status));
    QCOMPARE(read.bom, bom);
    QCOMPARE(read.encoding, CsvEncoding::Utf8);
    if (columns > 1)
        QCOMPARE(read.delimiter, delimiter);
    QCOMPARE(read.header, header);
    COMPARE_ROWS(read.rows, rows);

    // Without the fields: the same header, records and lines, and no values.
    options.fieldsWanted = false;
    const Outcome checked = readCsv(bytes, options);
    QVERIFY2(checked.status, Test::why(checked.status));
    QCOMPARE(checked.header, header);
    QCOMPARE(checked.lines, read.lines);
    QCOMPARE(checked.rows.size(), rows.size());
    for (const QStringList &fields : std::as_const(checked.rows))
        QVERIFY(fields.isEmpty());
    QCOMPARE(checked.bytesRead, read.bytesRead);
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
