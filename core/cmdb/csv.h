#pragma once

#include "common/error.h"

#include <QChar>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QIODevice;
class QLocale;

namespace ChangeDesk {

// The encodings CSV files reach the CMDB in: Excel's "CSV UTF-8", "Unicode text" and the plain
// "CSV" of a German or Dutch Windows.
enum class CsvEncoding { Utf8, Utf16LE, Utf16BE, Windows1252 };

struct CsvRecord {
    qint64 line = 0; // 1-based physical line where the record starts
    QStringList fields;

    // Every field empty: Excel writes such rows (";;;;") below a table.
    bool isBlank() const;
};

// Streams records out of a CSV file of any size: detects the encoding and the delimiter, follows
// RFC 4180 quoting and names the line of whatever is wrong with the file.
//
// Encoding, unless forced: a byte order mark (UTF-8, UTF-16LE, UTF-16BE); without one, UTF-8
// when the first non-ASCII bytes are valid UTF-8, else Windows-1252. Delimiter, unless forced:
// Excel's `sep=X` first line, else the most frequent of tab, `;` and `,` outside quotes in the
// first line (ties in that order; a line without any means one column, read with `,`).
// Line breaks are CRLF, LF or CR; line breaks inside quoted fields are kept as they are. Empty
// lines are skipped. Memory stays bounded: one chunk of bytes, its text and the current record,
// which may not exceed maxRecordChars().
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    using RecordHandler = std::function<Status(const CsvRecord &)>;

    static constexpr qint64 kDefaultChunkSize = 64 * 1024;
    static constexpr qsizetype kDefaultMaxRecordChars = 1024 * 1024;

    // Forces an encoding (a byte order mark of that encoding is still skipped).
    void setEncoding(CsvEncoding encoding) { m_forcedEncoding = encoding; }
    // Forces a delimiter (a `sep=` line is still skipped). `"`, CR, LF and NUL are refused.
    void setDelimiter(QChar delimiter) { m_forcedDelimiter = delimiter; }
    // When true (the default), the first record is the header: header() holds it, and
    // read() passes only the records after it. Every record must have as many fields as the
    // header (without a header: as the first record).
    void setHasHeader(bool hasHeader) { m_hasHeader = hasHeader; }
    // The name that starts error messages; by default the file name of a QFileDevice.
    void setSourceName(const QString &name) { m_sourceName = name; }
    // Bytes asked from the device at a time; tests make it tiny to put boundaries anywhere.
    void setChunkSize(qint64 bytes) { m_chunkSize = qMax<qint64>(1, bytes); }
    // A longer record is an error (it is usually a quote that is never closed).
    void setMaxRecordChars(qsizetype chars) { m_maxRecordChars = qMax<qsizetype>(1, chars); }
    qsizetype maxRecordChars() const { return m_maxRecordChars; }
    // When false, the records after the header reach `onRecord` without their fields (the line
    // only): a pass that checks the form of a file, which still finds every error it would find
    // with them, in a fraction of the time. The header is read either way.
    void setFieldsWanted(bool wanted) { m_fieldsWanted = wanted; }

    // Reads `device` (open for reading; a file, a buffer, or a pipe whose waitForReadyRead()
    // blocks) to its end from where it stands, calling `onRecord` for each record after
    // the header. Stops at the first error: the file's (InvalidInput, naming the line), the
    // device's (Io) or the one `onRecord` returns (returned unchanged, e.g. for a cancel).
    Status read(QIODevice &device, const RecordHandler &onRecord);

    // Known once read() has seen enough of the file (a file of ASCII only reports UTF-8).
    CsvEncoding encoding() const { return m_encoding; }
    bool hadByteOrderMark() const { return m_hadBom; }
    QChar delimiter() const { return m_delimiter; }
    const QStringList &header() const { return m_header; }
    // Line on which the header starts (after a `sep=` line: 2); 0 before it was read.
    qint64 headerLine() const { return m_headerLine; }
    // Bytes taken from the device so far, for progress (also inside the callback).
    qint64 bytesRead() const { return m_bytesRead; }
    qint64 recordsRead() const { return m_recordsRead; }
    // Line of the last error read() found in the file (0 when there was none).
    qint64 errorLine() const { return m_errorLine; }
    // Test hook: the most memory the reader's own buffers held at any time during read().
    qint64 peakBufferedBytes() const { return m_peakBufferedBytes; }

    static QString encodingName(CsvEncoding encoding);

private:
    struct Pass;
    friend struct Pass;

    std::optional<CsvEncoding> m_forcedEncoding;
    std::optional<QChar> m_forcedDelimiter;
    bool m_hasHeader = true;
    QString m_sourceName;
    qint64 m_chunkSize = kDefaultChunkSize;
    qsizetype m_maxRecordChars = kDefaultMaxRecordChars;
    bool m_fieldsWanted = true;

    CsvEncoding m_encoding = CsvEncoding::Utf8;
    bool m_hadBom = false;
    QChar m_delimiter = u',';
    QStringList m_header;
    qint64 m_headerLine = 0;
    qint64 m_bytesRead = 0;
    qint64 m_recordsRead = 0;
    qint64 m_errorLine = 0;
    qint64 m_peakBufferedBytes = 0;
};

// Writes records as UTF-8 CSV that Excel and CsvReader read back unchanged: fields are quoted
// only when they must be (delimiter, quote, CR, LF, leading or trailing white space).
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    enum class LineEnding { CrLf, Lf };

    // `device` must be open for writing and outlive the writer.
    explicit CsvWriter(QIODevice &device)
        : m_device(&device)
    { }

    // `,` by default; `"`, CR, LF and NUL are refused by writeRecord().
    void setDelimiter(QChar delimiter) { m_delimiter = delimiter; }
    void setLineEnding(LineEnding ending) { m_lineEnding = ending; }
    // A UTF-8 byte order mark before the first record: Excel needs it to show umlauts.
    void setByteOrderMark(bool bom) { m_bom = bom; }

    // Io when the device refuses the bytes.
    Status writeRecord(const QStringList &fields);
    // Flushes a file's buffer, so that a full disk is reported here rather than lost (a
    // QSaveFile still needs its commit()).
    Status finish();

    qint64 recordsWritten() const { return m_recordsWritten; }

    // The list separator Excel uses in `locale`: `;` where the decimal separator is a comma
    // (de, nl), else `,`.
    static QChar delimiterFor(const QLocale &locale);

private:
    Status writeBytes(const QByteArray &bytes);

    QIODevice *m_device;
    QChar m_delimiter = u',';
    LineEnding m_lineEnding = LineEnding::CrLf;
    bool m_bom = false;
    qint64 m_recordsWritten = 0;
};

} // namespace ChangeDesk
