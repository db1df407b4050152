#include "csv.h"

#include <QDir>
#include <QFileDevice>
#include <QIODevice>
#include <QLocale>
#include <QStringDecoder>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {

constexpr char16_t kCr = u'\r';
constexpr char16_t kLf = u'\n';
constexpr char16_t kQuote = u'"';
constexpr char16_t kNul = u'\0';

bool isUnusableDelimiter(QChar c)
{
    return c == kQuote || c == kCr || c == kLf || c == kNul;
}

QString delimiterDisplay(QChar c)
{
    if (c == u'\t')
        return u"tab"_s;
    if (c.isPrint())
        return QString(c);
    return u"U+%1"_s.arg(uint(c.unicode()), 4, 16, QChar(u'0')).toUpper();
}

qint64 stringBytes(const QString &text)
{
    return qint64(text.capacity()) * qint64(sizeof(QChar));
}

// The name of the file behind `device`, for messages; empty for buffers and pipes.
QString deviceFileName(const QIODevice &device)
{
    if (const auto *file = qobject_cast<const QFileDevice *>(&device); file && !file->fileName().isEmpty())
        return QDir::toNativeSeparators(file->fileName());
    return {};
}

// Whether UTF-8 `tail` (the last bytes seen) ends inside a multi-byte sequence.
bool endsInsideUtf8Sequence(QByteArrayView tail)
{
    for (qsizetype back = 1; back <= qMin<qsizetype>(3, tail.size()); ++back) {
        const auto byte = uchar(tail.at(tail.size() - back));
        if (byte < 0x80)
            return false; // ASCII: complete
        if (byte >= 0xC0) {
            const qsizetype length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
            return back < length;
        }
        // a continuation byte: look further back for the lead byte
    }
    return false;
}

} // namespace

bool CsvRecord::isBlank() const
{
    return std::all_of(fields.cbegin(), fields.cend(), [](const QString &field) { return field.isEmpty(); });
}

QString CsvReader::encodingName(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf8:
        return u"UTF-8"_s;
    case CsvEncoding::Utf16LE:
        return u"UTF-16LE"_s;
    case CsvEncoding::Utf16BE:
        return u"UTF-16BE"_s;
    case CsvEncoding::Windows1252:
        return u"Windows-1252"_s;
    }
    return {};
}

// One read(): turns the device's chunks into text, finds the delimiter in the first line and
// runs the RFC 4180 state machine over the text, chunk after chunk.
struct CsvReader::Pass {
    enum class Stage { ByteOrderMark, Undecided, Decided };
    enum class State { RecordStart, FieldStart, Unquoted, Quoted, QuoteInQuoted };

    Pass(CsvReader &owner, QIODevice &input, const RecordHandler &handler)
        : reader(owner)
        , device(input)
        , onRecord(handler)
    {
        source = reader.m_sourceName.isEmpty() ? deviceFileName(device) : reader.m_sourceName;
    }

    CsvReader &reader; // options in, results out
    QIODevice &device;
    const RecordHandler &onRecord;
    QString source;

    // Decoding
    Stage stage = Stage::ByteOrderMark;
    QByteArray chunk;
    QByteArray pendingBytes; // a byte order mark still incomplete, or undecided non-ASCII bytes
    std::optional<QStringDecoder> decoder;
    QByteArray utf8Tail; // the last bytes given to a UTF-8 decoder
    qint64 utf16Bytes = 0; // bytes given to a UTF-16 decoder
    bool nulBytesSeen = false; // in an 8-bit encoding
    bool invalidBytesSeen = false;
    qsizetype textCapacity = 0; // of the chunk's text being parsed

    // Delimiter sniffing, on the text of the first line
    bool sniffing = true;
    bool sepLineChecked = false;
    qsizetype sniffSkip = 0; // the `sep=X` text
    qsizetype sniffPos = 0;
    bool sniffInQuotes = false;
    bool sniffSeenText = false;
    int tabs = 0;
    int semicolons = 0;
    int commas = 0;
    QString sniffText;

    // Parsing
    char16_t delimiter = u',';
    State state = State::RecordStart;
    qint64 line = 1;
    bool lastWasCr = false;
    qint64 recordLine = 0;
    qint64 quoteLine = 0;
    QString field;
    QStringList fields;
    bool keepText = true; // false while the fields of records are not wanted (only counted)
    qsizetype fieldCount = 0; // of the current record, when the text is not kept
    qsizetype recordChars = 0;
    qsizetype expectedFields = -1;
    bool headerPending = false;
    qint64 recordsSeen = 0; // header included

    Status run();

    QString decode(QByteArrayView bytes, bool eof);
    QString decodeBody(QByteArrayView bytes, bool eof);
    QString decodeDecided(QByteArrayView bytes, bool eof);
    void startDecoder(CsvEncoding encoding);

    Status consume(QString text, bool eof);
    Result<bool> sniff(bool eof);
    Status parse(QStringView text);
    Status finish();

    Status append(const char16_t *begin, const char16_t *end);
    void endField();
    Status endRecord();
    void lineBreak(char16_t c);

    void noteMemory();
    std::unexpected<Error> fileError(qint64 errorLine, const QString &message);
    std::unexpected<Error> nulError();
    QString withSource(const QString &message) const;
};

Status CsvReader::read(QIODevice &device, const RecordHandler &onRecord)
{
    m_encoding = m_forcedEncoding.value_or(CsvEncoding::Utf8);
    m_hadBom = false;
    m_delimiter = m_forcedDelimiter.value_or(u',');
    m_header.clear();
    m_headerLine = 0;
    m_bytesRead = 0;
    m_recordsRead = 0;
    m_errorLine = 0;
    m_peakBufferedBytes = 0;
    Pass pass(*this, device, onRecord);
    return pass.run();
}

Status CsvReader::Pass::run()
{
    if (!device.isOpen() || !device.isReadable())
        return fail(ErrorKind::Internal, withSource(CsvReader::tr("the file is not open for reading")));
    if (reader.m_forcedDelimiter && isUnusableDelimiter(*reader.m_forcedDelimiter))
        return fail(ErrorKind::InvalidInput,
                    CsvReader::tr("%1 cannot be the delimiter of a CSV file")
                        .arg(delimiterDisplay(*reader.m_forcedDelimiter)));
    headerPending = reader.m_hasHeader;
    keepText = headerPending || reader.m_fieldsWanted;

    chunk.resize(qsizetype(reader.m_chunkSize));
    for (;;) {
        const qint64 count = device.read(chunk.data(), reader.m_chunkSize);
        if (count < 0)
            return fail(ErrorKind::Io,
                        withSource(CsvReader::tr("cannot read the file: %1").arg(device.errorString())));
        // A pipe or socket may have nothing yet; a file or buffer at 0 is at its end.
        const bool eof = count == 0 && (!device.isSequential() || !device.waitForReadyRead(-1));
        if (count == 0 && !eof)
            continue;
        reader.m_bytesRead += count;
        QString text = decode(QByteArrayView(chunk.constData(), qsizetype(count)), eof);
        if (decoder && !decoder->isValid())
            return fail(ErrorKind::Unavailable,
                        CsvReader::tr("this build of Qt cannot decode %1")
                            .arg(CsvReader::encodingName(reader.m_encoding)));
        textCapacity = text.capacity();
        noteMemory();
        if (Status status = consume(std::move(text), eof); !status)
            return status;
        textCapacity = 0;
        if (eof)
            break;
    }
    return finish();
}

// ---- Decoding ----------------------------------------------------------------------------------

QString CsvReader::Pass::decode(QByteArrayView bytes, bool eof)
{
    if (stage != Stage::ByteOrderMark)
        return decodeBody(bytes, eof);

    pendingBytes.append(bytes);
    if (pendingBytes.size() < 3 && !eof)
        return {};
    std::optional<CsvEncoding> marked;
    qsizetype markLength = 0;
    if (pendingBytes.startsWith("\xEF\xBB\xBF")) {
        marked = CsvEncoding::Utf8;
        markLength = 3;
    } else if (pendingBytes.startsWith("\xFF\xFE")) {
        marked = CsvEncoding::Utf16LE;
        markLength = 2;
    } else if (pendingBytes.startsWith("\xFE\xFF")) {
        marked = CsvEncoding::Utf16BE;
        markLength = 2;
    }
    const QByteArray body = std::exchange(pendingBytes, {});
    if (reader.m_forcedEncoding) {
        // A mark of another encoding is text in the forced one.
        if (marked != reader.m_forcedEncoding)
            markLength = 0;
        startDecoder(*reader.m_forcedEncoding);
    } else if (marked) {
        startDecoder(*marked);
    } else {
        stage = Stage::Undecided;
    }
    reader.m_hadBom = markLength > 0;
    return decodeBody(QByteArrayView(body).sliced(markLength), eof);
}

void CsvReader::Pass::startDecoder(CsvEncoding encoding)
{
    reader.m_encoding = encoding;
    stage = Stage::Decided;
    // Invalid bytes become NUL, which the parser reports with its line; the byte order mark
    // has been skipped already, so a later U+FEFF is text.
    const auto flags
        = QStringConverter::Flag::ConvertInvalidToNull | QStringConverter::Flag::ConvertInitialBom;
    switch (encoding) {
    case CsvEncoding::Utf8:
        decoder.emplace(QStringConverter::Utf8, flags);
        break;
    case CsvEncoding::Utf16LE:
        decoder.emplace(QStringConverter::Utf16LE, flags);
        break;
    case CsvEncoding::Utf16BE:
        decoder.emplace(QStringConverter::Utf16BE, flags);
        break;
    case CsvEncoding::Windows1252:
        decoder.emplace("windows-1252", flags);
        break;
    }
}

QString CsvReader::Pass::decodeBody(QByteArrayView bytes, bool eof)
{
    if (stage == Stage::Decided)
        return decodeDecided(bytes, eof);

    // Undecided: ASCII reads the same in UTF-8 and Windows-1252, so the first non-ASCII bytes
    // decide, together with the rest of their chunk.
    QByteArray joined;
    if (!pendingBytes.isEmpty()) {
        joined = std::exchange(pendingBytes, {});
        joined.append(bytes);
        bytes = joined;
    }
    if (bytes.contains('\0'))
        nulBytesSeen = true;
    const auto *begin = reinterpret_cast<const uchar *>(bytes.data());
    const auto *nonAscii = std::find_if(begin, begin + bytes.size(), [](uchar byte) { return byte >= 0x80; });
    const auto asciiLength = qsizetype(nonAscii - begin);
    QString text = QString::fromLatin1(bytes.first(asciiLength));
    if (asciiLength == bytes.size())
        return text;

    const QByteArrayView rest = bytes.sliced(asciiLength);
    QStringDecoder probe(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    const QString probed = probe.decode(rest);
    if (!probe.hasError() && probed.isEmpty() && !eof) {
        // Only the start of a multi-byte sequence so far: wait for its end.
        pendingBytes = rest.toByteArray();
        return text;
    }
    startDecoder(!probe.hasError() && !probed.isEmpty() ? CsvEncoding::Utf8 : CsvEncoding::Windows1252);
    text += decodeDecided(rest, eof);
    return text;
}

QString CsvReader::Pass::decodeDecided(QByteArrayView bytes, bool eof)
{
    const CsvEncoding encoding = reader.m_encoding;
    const bool utf16 = encoding == CsvEncoding::Utf16LE || encoding == CsvEncoding::Utf16BE;
    if (!utf16 && bytes.contains('\0'))
        nulBytesSeen = true;
    QString text = decoder->decode(bytes);
    if (decoder->hasError())
        invalidBytesSeen = true;

    if (encoding == CsvEncoding::Utf8) {
        utf8Tail.append(bytes.last(qMin<qsizetype>(3, bytes.size())));
        utf8Tail = utf8Tail.right(3);
    } else if (utf16) {
        utf16Bytes += bytes.size();
    }
    if (eof) {
        // The decoder keeps an incomplete character to itself; the end of the file makes it
        // invalid, reported where the parser stands.
        const bool truncated
            = encoding == CsvEncoding::Utf8 ? endsInsideUtf8Sequence(utf8Tail) : utf16 && utf16Bytes % 2 != 0;
        if (truncated) {
            invalidBytesSeen = true;
            text.append(QChar(kNul));
        }
    }
    return text;
}

// ---- Delimiter -----------------------------------------------------------------------------------

Status CsvReader::Pass::consume(QString text, bool eof)
{
    if (!sniffing)
        return parse(text);

    sniffText.append(text);
    text = QString();
    const Result<bool> decided = sniff(eof);
    if (!decided)
        return fail(decided.error());
    if (!*decided)
        return {};
    sniffing = false;
    const QString first = std::exchange(sniffText, {});
    textCapacity = first.capacity();
    return parse(QStringView(first).sliced(sniffSkip));
}

// True once the delimiter is known: from setDelimiter(), a `sep=` line or the first line.
Result<bool> CsvReader::Pass::sniff(bool eof)
{
    const QStringView text = sniffText;
    if (!sepLineChecked) {
        constexpr QStringView sep = u"sep=";
        const qsizetype compared = qMin(text.size(), sep.size());
        if (text.first(compared).compare(sep.first(compared), Qt::CaseInsensitive) != 0) {
            sepLineChecked = true;
        } else if (text.size() < 6 && !eof) {
            return false;
        } else {
            sepLineChecked = true;
            if (text.size() >= 5 && (text.size() == 5 || text[5] == kCr || text[5] == kLf)) {
                // Excel's "sep=;": the line break after it is an empty line to the parser.
                sniffSkip = 5;
                if (isUnusableDelimiter(text[4]))
                    return fileError(1,
                                     CsvReader::tr("line %1: %2 cannot be the delimiter of a CSV file")
                                         .arg(1)
                                         .arg(delimiterDisplay(text[4])));
                if (!reader.m_forcedDelimiter)
                    reader.m_delimiter = text[4];
                delimiter = reader.m_delimiter.unicode();
                return true;
            }
        }
    }
    if (reader.m_forcedDelimiter) {
        delimiter = reader.m_delimiter.unicode();
        return true;
    }

    // Count the candidates outside quotes in the first line that is not empty.
    bool lineEnded = false;
    for (sniffPos = qMax(sniffPos, sniffSkip); sniffPos < text.size(); ++sniffPos) {
        const char16_t c = text[sniffPos].unicode();
        if (c == kQuote) {
            sniffInQuotes = !sniffInQuotes;
            sniffSeenText = true;
        } else if (sniffInQuotes) {
            continue;
        } else if (c == kCr || c == kLf) {
            if (sniffSeenText) {
                lineEnded = true;
                break;
            }
        } else {
            sniffSeenText = true;
            if (c == u'\t')
                ++tabs;
            else if (c == u';')
                ++semicolons;
            else if (c == u',')
                ++commas;
        }
    }
    if (!lineEnded && !eof && sniffPos - sniffSkip <= reader.m_maxRecordChars)
        return false;

    QChar chosen = u',';
    int best = commas;
    if (semicolons > 0 && semicolons >= best) {
        chosen = u';';
        best = semicolons;
    }
    if (tabs > 0 && tabs >= best)
        chosen = u'\t';
    reader.m_delimiter = chosen;
    delimiter = chosen.unicode();
    return true;
}

// ---- Parsing -------------------------------------------------------------------------------------

Status CsvReader::Pass::parse(QStringView text)
{
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    const char16_t delim = delimiter;
    while (p < end) {
        const char16_t c = *p;
        switch (state) {
        case State::RecordStart:
            if (c == kLf && lastWasCr) { // the LF of a CRLF
                lastWasCr = false;
                ++p;
                continue;
            }
            if (c == kCr || c == kLf) { // an empty line
                lineBreak(c);
                ++p;
                continue;
            }
            lastWasCr = false;
            recordLine = line;
            state = State::FieldStart;
            continue;
        case State::FieldStart:
            if (c == kQuote) {
                quoteLine = line;
                state = State::Quoted;
                ++p;
            } else if (c == delim) {
                endField();
                ++p;
            } else if (c == kCr || c == kLf) {
                endField();
                if (Status status = endRecord(); !status)
                    return status;
                lineBreak(c);
                state = State::RecordStart;
                ++p;
            } else {
                state = State::Unquoted;
            }
            continue;
        case State::Unquoted: {
            const char16_t *const start = p;
            while (p < end && *p != delim && *p != kCr && *p != kLf && *p != kNul)
                ++p;
            if (Status status = append(start, p); !status)
                return status;
            if (p == end)
                continue;
            if (*p == kNul)
                return nulError();
            endField();
            if (*p == delim) {
                state = State::FieldStart;
            } else {
                if (Status status = endRecord(); !status)
                    return status;
                lineBreak(*p);
                state = State::RecordStart;
            }
            ++p;
            continue;
        }
        case State::Quoted: {
            const char16_t *const start = p;
            while (p < end && *p != kQuote && *p != kCr && *p != kLf && *p != kNul)
                ++p;
            if (p != start)
                lastWasCr = false;
            if (Status status = append(start, p); !status)
                return status;
            if (p == end)
                continue;
            if (*p == kNul)
                return nulError();
            if (*p == kQuote) {
                lastWasCr = false;
                state = State::QuoteInQuoted;
                ++p;
                continue;
            }
            // A line break inside the field is part of its value.
            if (Status status = append(p, p + 1); !status)
                return status;
            if (!(*p == kLf && lastWasCr))
                ++line;
            lastWasCr = *p == kCr;
            ++p;
            continue;
        }
        case State::QuoteInQuoted:
            if (c == kQuote) { // a doubled quote
                if (Status status = append(p, p + 1); !status)
                    return status;
                state = State::Quoted;
            } else if (c == delim) {
                endField();
                state = State::FieldStart;
            } else if (c == kCr || c == kLf) {
                endField();
                if (Status status = endRecord(); !status)
                    return status;
                lineBreak(c);
                state = State::RecordStart;
            } else if (c == kNul) {
                return nulError();
            } else {
                return fileError(line,
                                 CsvReader::tr("line %1: text after the closing quote of field %2; a quote "
                                               "inside a quoted field must be doubled (\"\")")
                                     .arg(line)
                                     .arg((keepText ? fields.size() : fieldCount) + 1));
            }
            ++p;
            continue;
        }
    }
    return {};
}

Status CsvReader::Pass::append(const char16_t *begin, const char16_t *end)
{
    if (begin == end)
        return {};
    if (keepText)
        field.append(QStringView(begin, end));
    recordChars += end - begin;
    if (recordChars <= reader.m_maxRecordChars)
        return {};
    if (state == State::Quoted || state == State::QuoteInQuoted)
        return fileError(
            quoteLine,
            CsvReader::tr("line %1: a quoted field opened here is not closed within %2 characters")
                .arg(quoteLine)
                .arg(reader.m_maxRecordChars));
    return fileError(recordLine,
                     CsvReader::tr("line %1: the record is longer than %2 characters")
                         .arg(recordLine)
                         .arg(reader.m_maxRecordChars));
}

void CsvReader::Pass::endField()
{
    if (!keepText) {
        ++fieldCount;
        return;
    }
    fields.append(std::move(field));
    field = QString();
}

void CsvReader::Pass::lineBreak(char16_t c)
{
    ++line;
    lastWasCr = c == kCr;
}

Status CsvReader::Pass::endRecord()
{
    ++recordsSeen;
    noteMemory();
    const qsizetype fieldsRead = keepText ? fields.size() : std::exchange(fieldCount, 0);
    if (expectedFields < 0) {
        expectedFields = fieldsRead;
    } else if (fieldsRead != expectedFields) {
        const auto count = int(fieldsRead);
        return fileError(recordLine,
                         reader.m_hasHeader
                             ? CsvReader::tr("line %1: %n field(s), the header has %2", nullptr, count)
                                   .arg(recordLine)
                                   .arg(expectedFields)
                             : CsvReader::tr("line %1: %n field(s), the first record has %2", nullptr, count)
                                   .arg(recordLine)
                                   .arg(expectedFields));
    }
    recordChars = 0;
    if (headerPending) {
        headerPending = false;
        reader.m_header = std::exchange(fields, {});
        reader.m_headerLine = recordLine;
        keepText = reader.m_fieldsWanted;
        return {};
    }
    CsvRecord record {recordLine, std::exchange(fields, {})};
    ++reader.m_recordsRead;
    if (Status status = onRecord(record); !status)
        return status;
    fields = std::move(record.fields);
    fields.clear();
    return {};
}

Status CsvReader::Pass::finish()
{
    switch (state) {
    case State::RecordStart:
        break;
    case State::Quoted:
        return fileError(quoteLine,
                         CsvReader::tr("line %1: a quoted field opened here is never closed").arg(quoteLine));
    case State::FieldStart:
    case State::Unquoted:
    case State::QuoteInQuoted:
        endField();
        if (Status status = endRecord(); !status)
            return status;
        state = State::RecordStart;
        break;
    }
    if (recordsSeen == 0)
        return fail(ErrorKind::InvalidInput, withSource(CsvReader::tr("the file is empty")));
    return {};
}

// ---- Errors and accounting -----------------------------------------------------------------------

void CsvReader::Pass::noteMemory()
{
    qint64 bytes = chunk.capacity() + pendingBytes.capacity() + qint64(textCapacity) * qint64(sizeof(QChar))
        + stringBytes(sniffText) + stringBytes(field) + qint64(fields.capacity()) * qint64(sizeof(QString));
    for (const QString &value : std::as_const(fields))
        bytes += stringBytes(value);
    reader.m_peakBufferedBytes = qMax(reader.m_peakBufferedBytes, bytes);
}

std::unexpected<Error> CsvReader::Pass::fileError(qint64 errorLine, const QString &message)
{
    reader.m_errorLine = errorLine;
    return fail(ErrorKind::InvalidInput, withSource(message));
}

// A NUL character: a NUL byte (a binary file, or UTF-16 without a byte order mark) or bytes
// that are invalid in the encoding.
std::unexpected<Error> CsvReader::Pass::nulError()
{
    const bool utf16 = reader.m_encoding == CsvEncoding::Utf16LE || reader.m_encoding == CsvEncoding::Utf16BE;
    if (nulBytesSeen || (utf16 && !invalidBytesSeen))
        return fileError(
            line,
            CsvReader::tr("line %1: the file contains NUL characters: it is not a text file, or it "
                          "is UTF-16 without a byte order mark (choose the encoding)")
                .arg(line));
    if (utf16)
        return fileError(line,
                         CsvReader::tr("line %1: the file ends in the middle of a %2 character")
                             .arg(line)
                             .arg(CsvReader::encodingName(reader.m_encoding)));
    return fileError(
        line,
        CsvReader::tr("line %1: the text is not valid UTF-8; save the file as UTF-8 or choose its "
                      "encoding (for example Windows-1252)")
            .arg(line));
}

QString CsvReader::Pass::withSource(const QString &message) const
{
    return source.isEmpty() ? message : CsvReader::tr("%1: %2").arg(source, message);
}

// ---- Writer --------------------------------------------------------------------------------------

Status CsvWriter::writeRecord(const QStringList &fields)
{
    if (isUnusableDelimiter(m_delimiter))
        return fail(ErrorKind::InvalidInput,
                    tr("%1 cannot be the delimiter of a CSV file").arg(delimiterDisplay(m_delimiter)));
    if (fields.isEmpty())
        return fail(ErrorKind::InvalidInput, tr("a CSV record needs at least one field"));

    QString text;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QString &value = fields.at(i);
        if (i > 0)
            text.append(m_delimiter);
        bool quote = value.contains(m_delimiter) || value.contains(kQuote) || value.contains(kCr)
            || value.contains(kLf)
            || (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
        // Alone on a line, an empty field would be an empty line, and "sep=X" first Excel's
        // delimiter line; both are skipped by readers.
        if (fields.size() == 1
            && (value.isEmpty()
                || (m_recordsWritten == 0 && value.size() == 5
                    && value.startsWith(u"sep="_s, Qt::CaseInsensitive))))
            quote = true;
        if (quote) {
            text.append(kQuote);
            text.append(QString(value).replace(u"\""_s, u"\"\""_s));
            text.append(kQuote);
        } else {
            text.append(value);
        }
    }
    text.append(m_lineEnding == LineEnding::CrLf ? u"\r\n"_s : u"\n"_s);

    QByteArray bytes;
    if (m_recordsWritten == 0 && m_bom)
        bytes = QByteArrayLiteral("\xEF\xBB\xBF");
    bytes.append(text.toUtf8());
    if (Status status = writeBytes(bytes); !status)
        return status;
    ++m_recordsWritten;
    return {};
}

Status CsvWriter::finish()
{
    if (auto *file = qobject_cast<QFileDevice *>(m_device); file && !file->flush())
        return fail(ErrorKind::Io, tr("cannot write %1: %2").arg(deviceFileName(*file), file->errorString()));
    return {};
}

Status CsvWriter::writeBytes(const QByteArray &bytes)
{
    if (m_device->write(bytes) == bytes.size())
        return {};
    const QString name = deviceFileName(*m_device);
    return fail(ErrorKind::Io,
                name.isEmpty() ? tr("cannot write the CSV data: %1").arg(m_device->errorString())
                               : tr("cannot write %1: %2").arg(name, m_device->errorString()));
}

QChar CsvWriter::delimiterFor(const QLocale &locale)
{
    return locale.decimalPoint() == u","_s ? u';' : u',';
}

} // namespace ChangeDesk
