#include "sbom.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {

struct TextPosition {
    qsizetype line = 1;
    qsizetype column = 1;
};

// Line and column (both from 1, the column in characters) of a byte offset in UTF-8 text.
TextPosition positionAt(const QByteArray &data, qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, data.size());
    TextPosition pos;
    qsizetype lineStart = 0;
    const char *bytes = data.constData();
    for (qsizetype i = 0; i < offset; ++i) {
        if (bytes[i] == '\n') {
            ++pos.line;
            lineStart = i + 1;
        }
    }
    for (qsizetype i = lineStart; i < offset; ++i) {
        if ((static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80) // not a UTF-8 continuation byte
            ++pos.column;
    }
    return pos;
}

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

qsizetype firstNonSpace(const QByteArray &data, qsizetype from = 0)
{
    for (qsizetype i = from; i < data.size(); ++i) {
        if (!isJsonSpace(data.at(i)))
            return i;
    }
    return -1;
}

// A string, or a number written where a string belongs (specVersion 1.4, version 2); else "".
QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble())
        return value.toVariant().toString();
    return {};
}

QString organizationName(const QJsonValue &value)
{
    return text(value.toObject().value("name"_L1));
}

// SPDX actors: "Organization: Example Inc. (contact@example.com)", "Person: Jane Doe", "NOASSERTION".
QString spdxActorName(const QString &actor)
{
    QString name = actor.trimmed();
    if (name.compare(u"NOASSERTION"_s, Qt::CaseInsensitive) == 0
        || name.compare(u"NONE"_s, Qt::CaseInsensitive) == 0)
        return {};
    for (const QString &prefix : {u"Organization:"_s, u"Person:"_s, u"Tool:"_s}) {
        if (name.startsWith(prefix, Qt::CaseInsensitive)) {
            name = name.mid(prefix.size()).trimmed();
            break;
        }
    }
    if (name.endsWith(u')')) {
        const qsizetype open = name.lastIndexOf(u'(');
        if (open > 0 && name.mid(open).contains(u'@'))
            name = name.left(open).trimmed();
    }
    return name;
}

std::unexpected<Error> tooLarge(const QString &file, qint64 limit)
{
    return fail(ErrorKind::InvalidInput,
                SbomParser::tr("%1 is larger than %2, the limit for SBOM files; it was not read. Split the "
                               "SBOM or raise the limit.")
                    .arg(file, QLocale().formattedDataSize(limit, 1, QLocale::DataSizeTraditionalFormat)));
}

// Qt's parser reports token errors just past the token it did not expect.
bool isTokenError(const QJsonParseError &error)
{
    switch (error.error) {
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::MissingNameSeparator:
    case QJsonParseError::MissingValueSeparator:
    case QJsonParseError::IllegalValue:
    case QJsonParseError::MissingObject:
        return true;
    default:
        return false;
    }
}

// Where a person finds the error: the unexpected token itself.
qsizetype errorPosition(const QJsonParseError &error, qsizetype size)
{
    const qsizetype offset = qsizetype(error.offset) - (isTokenError(error) ? 1 : 0);
    return std::clamp<qsizetype>(offset, 0, size);
}

// Where an incomplete multi-byte UTF-8 character at the end of `data` starts, or -1.
qsizetype incompleteUtf8Tail(const QByteArray &data)
{
    qsizetype i = data.size() - 1;
    while (i >= 0 && data.size() - i <= 4 && (static_cast<unsigned char>(data.at(i)) & 0xC0) == 0x80)
        --i;
    if (i < 0)
        return -1;
    const auto lead = static_cast<unsigned char>(data.at(i));
    const qsizetype needed = (lead & 0xE0) == 0xC0 ? 2
        : (lead & 0xF0) == 0xE0                    ? 3
        : (lead & 0xF8) == 0xF0                    ? 4
                                                   : 0;
    return needed > data.size() - i ? i : -1;
}

// Whether the parser failed because the data ended.
bool endsTooEarly(const QByteArray &data, const QJsonParseError &error)
{
    const qsizetype size = data.size();
    // Cut inside true, false or null.
    if (error.error == QJsonParseError::IllegalValue && error.offset > 0) {
        const QByteArray tail = data.mid(error.offset - 1).trimmed();
        for (const QByteArray &literal : {QByteArray("true"), QByteArray("false"), QByteArray("null")}) {
            if (!tail.isEmpty() && tail.size() < literal.size() && literal.startsWith(tail))
                return true;
        }
    }
    // Cut inside a multi-byte UTF-8 character.
    if (error.error == QJsonParseError::IllegalUTF8String) {
        const qsizetype lead = incompleteUtf8Tail(data);
        if (lead >= 0 && error.offset >= lead)
            return true;
    }
    const qsizetype at = errorPosition(error, size);
    if (firstNonSpace(data, isTokenError(error) ? at + 1 : at) >= 0)
        return false; // more JSON follows the point of failure
    // Parsed once more with a byte appended that is never valid JSON, a parser that ran out of
    // data now fails on that byte (or after it); a wrong last token fails where it did.
    QJsonParseError again;
    QJsonDocument::fromJson(data + '\x01', &again);
    if (again.offset > size)
        return true;
    return again.offset == size
        && (again.error == QJsonParseError::IllegalValue || again.error == QJsonParseError::IllegalNumber);
}

QString describe(const QJsonParseError &error)
{
    switch (error.error) {
    case QJsonParseError::UnterminatedObject:
        return SbomParser::tr("expected ',' or '}'");
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::MissingValueSeparator:
        return SbomParser::tr("expected ',' or ']'");
    case QJsonParseError::MissingNameSeparator:
        return SbomParser::tr("expected ':' after the name");
    case QJsonParseError::IllegalValue:
        return SbomParser::tr("expected a value (text in quotes, a number, true, false, null, an object or "
                              "a list)");
    case QJsonParseError::MissingObject:
        return SbomParser::tr("expected a value after ','");
    case QJsonParseError::GarbageAtEnd:
        return SbomParser::tr("unexpected text after the end of the JSON document");
    case QJsonParseError::IllegalNumber:
    case QJsonParseError::TerminationByNumber:
        return SbomParser::tr("invalid number");
    case QJsonParseError::UnterminatedString:
        return SbomParser::tr("text in quotes is not closed");
    case QJsonParseError::IllegalEscapeSequence:
        return SbomParser::tr("invalid escape sequence");
    case QJsonParseError::IllegalUTF8String:
        return SbomParser::tr("the text is not valid UTF-8");
    default:
        return error.errorString();
    }
}

class Reader
{
public:
    explicit Reader(const QString &fileName)
        : m_file(fileName.isEmpty() ? u"(unnamed)"_s : fileName)
    { }

    Result<Sbom> read(QByteArray data, const SbomParseOptions &options);

private:
    Result<Sbom> readCycloneDx(const QJsonObject &root);
    Result<Sbom> readSpdx(const QJsonObject &root);
    Status readComponents(const QJsonValue &value, const QString &path, QList<SbomComponent> &out);
    Result<Sbom> notJson(const QByteArray &data, qsizetype start);
    Result<Sbom> syntaxError(const QByteArray &data, const QJsonParseError &error);

    std::unexpected<Error> invalid(const QString &message) const
    {
        return fail(ErrorKind::InvalidInput, message);
    }

    QString m_file;
};

Result<Sbom> Reader::read(QByteArray data, const SbomParseOptions &options)
{
    if (data.size() > options.maxBytes)
        return tooLarge(m_file, options.maxBytes);

    // Windows tools write byte order marks, PowerShell 5 even UTF-16.
    if (data.startsWith("\xEF\xBB\xBF")) {
        data.remove(0, 3);
    } else if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(data.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE
                                                           : QStringDecoder::Utf16BE);
        data = QString(decoder.decode(data.mid(2))).toUtf8();
    }

    const qsizetype start = firstNonSpace(data);
    if (start < 0)
        return invalid(
            SbomParser::tr("%1 is empty; expected a CycloneDX or SPDX SBOM in JSON format.").arg(m_file));
    const char first = data.at(start);
    if (first != '{' && first != '[')
        return notJson(data, start);

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError)
        return syntaxError(data, error);

    const QJsonObject root = document.object();
    if (!document.isObject()) {
        return invalid(SbomParser::tr("%1 is JSON but neither a CycloneDX nor an SPDX document (it is a "
                                      "list, not an object).")
                           .arg(m_file));
    }
    if (root.value("bomFormat"_L1).toString().compare(u"CycloneDX"_s, Qt::CaseInsensitive) == 0)
        return readCycloneDx(root);
    if (root.contains("spdxVersion"_L1))
        return readSpdx(root);
    const QJsonValue context = root.value("@context"_L1);
    const QByteArray contextText
        = context.isArray() ? QJsonDocument(context.toArray()).toJson() : context.toString().toUtf8();
    if (contextText.contains("spdx")) {
        return invalid(SbomParser::tr("%1 is an SPDX 3 document (JSON-LD), which is not supported. "
                                      "Supported: SPDX-2.3 JSON and CycloneDX %2 JSON.")
                           .arg(m_file, SbomParser::supportedCycloneDxVersions().join(u", "_s)));
    }
    return invalid(SbomParser::tr("%1 is JSON but neither a CycloneDX nor an SPDX document: it has no "
                                  "\"bomFormat\": \"CycloneDX\" and no \"spdxVersion\".")
                       .arg(m_file));
}

Result<Sbom> Reader::syntaxError(const QByteArray &data, const QJsonParseError &error)
{
    if (endsTooEarly(data, error)) {
        const TextPosition end = positionAt(data, data.size());
        return invalid(SbomParser::tr("%1, line %2, column %3: the JSON document ends unexpectedly; the file "
                                      "seems truncated (an interrupted download or copy?).")
                           .arg(m_file, QString::number(end.line), QString::number(end.column)));
    }
    const TextPosition pos = positionAt(data, errorPosition(error, data.size()));
    return invalid(SbomParser::tr("%1, line %2, column %3: invalid JSON: %4.")
                       .arg(m_file, QString::number(pos.line), QString::number(pos.column), describe(error)));
}

Result<Sbom> Reader::notJson(const QByteArray &data, qsizetype start)
{
    const QByteArray head = data.mid(start, 64 * 1024).toLower();
    if (head.startsWith('<')) {
        if (head.contains("cyclonedx.org/schema/bom")) {
            return invalid(SbomParser::tr("%1 is a CycloneDX SBOM in XML format; only JSON is supported. "
                                          "Export or convert the SBOM to CycloneDX JSON and import that.")
                               .arg(m_file));
        }
        if (head.contains("spdx.org/rdf")) {
            return invalid(SbomParser::tr("%1 is an SPDX document in RDF/XML format; only SPDX-2.3 JSON is "
                                          "supported.")
                               .arg(m_file));
        }
        return invalid(SbomParser::tr("%1 is an XML file, not a JSON SBOM. Supported: CycloneDX %2 JSON "
                                      "and SPDX-2.3 JSON.")
                           .arg(m_file, SbomParser::supportedCycloneDxVersions().join(u", "_s)));
    }
    if (head.startsWith("spdxversion:") || head.contains("\nspdxversion:")) {
        return invalid(SbomParser::tr("%1 is an SPDX document in tag-value format; only SPDX-2.3 JSON is "
                                      "supported.")
                           .arg(m_file));
    }
    const TextPosition pos = positionAt(data, start);
    return invalid(SbomParser::tr("%1, line %2, column %3: not a JSON document (JSON starts with '{'). "
                                  "Supported: CycloneDX %4 JSON and SPDX-2.3 JSON.")
                       .arg(m_file, QString::number(pos.line), QString::number(pos.column),
                            SbomParser::supportedCycloneDxVersions().join(u", "_s)));
}

Result<Sbom> Reader::readCycloneDx(const QJsonObject &root)
{
    Sbom sbom;
    sbom.format = Sbom::CycloneDX;
    sbom.specVersion = text(root.value("specVersion"_L1));
    if (!SbomParser::supportedCycloneDxVersions().contains(sbom.specVersion)) {
        const QString found = sbom.specVersion.isEmpty() ? SbomParser::tr("without a specVersion")
                                                         : SbomParser::tr("version %1").arg(sbom.specVersion);
        return invalid(SbomParser::tr("%1 is a CycloneDX document %2, which is not supported. Supported "
                                      "CycloneDX versions: %3 (JSON).")
                           .arg(m_file, found, SbomParser::supportedCycloneDxVersions().join(u", "_s)));
    }
    const QJsonObject subject = root.value("metadata"_L1).toObject().value("component"_L1).toObject();
    sbom.subjectName = text(subject.value("name"_L1));
    // Parts of the subject itself (a device's firmware, an image's packages) are its software too.
    if (Status status
        = readComponents(subject.value("components"_L1), u"metadata.component.components"_s, sbom.components);
        !status)
        return fail(status.error());
    if (Status status = readComponents(root.value("components"_L1), u"components"_s, sbom.components);
        !status)
        return fail(status.error());
    return sbom;
}

Status Reader::readComponents(const QJsonValue &value, const QString &path, QList<SbomComponent> &out)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray())
        return invalid(SbomParser::tr("%1: \"%2\" is not a list.").arg(m_file, path));
    const QJsonArray array = value.toArray();
    out.reserve(out.size() + array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = u"%1[%2]"_s.arg(path).arg(i);
        const QJsonValue item = array.at(i);
        if (!item.isObject())
            return invalid(
                SbomParser::tr("%1: the component at %2 is not a JSON object.").arg(m_file, where));
        const QJsonObject object = item.toObject();
        if (object.value("scope"_L1).toString() == u"excluded"_s)
            continue;

        SbomComponent component;
        component.name = text(object.value("name"_L1));
        component.bomRef = text(object.value("bom-ref"_L1));
        if (component.name.isEmpty()) {
            if (component.bomRef.isEmpty())
                return invalid(SbomParser::tr("%1: the component at %2 has no name (and no bom-ref).")
                                   .arg(m_file, where));
            return invalid(SbomParser::tr("%1: the component at %2 (bom-ref \"%3\") has no name.")
                               .arg(m_file, where, component.bomRef));
        }
        component.version = text(object.value("version"_L1));
        component.purl = text(object.value("purl"_L1));
        component.cpe = text(object.value("cpe"_L1));
        component.type = text(object.value("type"_L1)).toLower();
        for (const QString &candidate :
             {organizationName(object.value("supplier"_L1)),
              organizationName(object.value("manufacturer"_L1)), text(object.value("publisher"_L1)),
              text(object.value("author"_L1)), organizationName(object.value("authors"_L1).toArray().at(0)),
              text(object.value("group"_L1))}) {
            if (!candidate.isEmpty()) {
                component.vendor = candidate;
                break;
            }
        }
        out.append(component);

        if (Status nested = readComponents(object.value("components"_L1), where + u".components"_s, out);
            !nested)
            return nested;
    }
    return {};
}

Result<Sbom> Reader::readSpdx(const QJsonObject &root)
{
    Sbom sbom;
    sbom.format = Sbom::Spdx;
    const QString version = text(root.value("spdxVersion"_L1));
    if (!SbomParser::supportedSpdxVersions().contains(version, Qt::CaseInsensitive)) {
        return invalid(SbomParser::tr("%1 is an SPDX document of version \"%2\", which is not supported. "
                                      "Supported: %3 (JSON).")
                           .arg(m_file, version, SbomParser::supportedSpdxVersions().join(u", "_s)));
    }
    sbom.specVersion = version.mid(5); // "SPDX-2.3" → "2.3"

    const QString documentId
        = text(root.value("SPDXID"_L1)).isEmpty() ? u"SPDXRef-DOCUMENT"_s : text(root.value("SPDXID"_L1));
    QSet<QString> described;
    for (const QJsonValue id : root.value("documentDescribes"_L1).toArray())
        described.insert(text(id));
    for (const QJsonValue relation : root.value("relationships"_L1).toArray()) {
        const QJsonObject r = relation.toObject();
        const QString type = text(r.value("relationshipType"_L1)).toUpper();
        const QString element = text(r.value("spdxElementId"_L1));
        const QString related = text(r.value("relatedSpdxElement"_L1));
        if (type == u"DESCRIBES"_s && element == documentId)
            described.insert(related);
        else if (type == u"DESCRIBED_BY"_s && related == documentId)
            described.insert(element);
    }
    described.remove(QString());

    const QJsonValue packagesValue = root.value("packages"_L1);
    if (!packagesValue.isUndefined() && !packagesValue.isNull() && !packagesValue.isArray())
        return invalid(SbomParser::tr("%1: \"packages\" is not a list.").arg(m_file));
    const QJsonArray packages = packagesValue.toArray();
    sbom.components.reserve(packages.size());
    QString subject;
    for (qsizetype i = 0; i < packages.size(); ++i) {
        const QString where = u"packages[%1]"_s.arg(i);
        if (!packages.at(i).isObject())
            return invalid(SbomParser::tr("%1: the package at %2 is not a JSON object.").arg(m_file, where));
        const QJsonObject object = packages.at(i).toObject();

        SbomComponent component;
        component.name = text(object.value("name"_L1));
        component.bomRef = text(object.value("SPDXID"_L1));
        if (component.name.isEmpty()) {
            if (component.bomRef.isEmpty())
                return invalid(
                    SbomParser::tr("%1: the package at %2 has no name (and no SPDXID).").arg(m_file, where));
            return invalid(SbomParser::tr("%1: the package at %2 (SPDXID \"%3\") has no name.")
                               .arg(m_file, where, component.bomRef));
        }
        if (described.size() == 1 && described.contains(component.bomRef)) {
            subject = component.name;
            continue;
        }
        component.version = text(object.value("versionInfo"_L1));
        if (component.version.compare(u"NOASSERTION"_s, Qt::CaseInsensitive) == 0)
            component.version.clear();
        component.vendor = spdxActorName(text(object.value("supplier"_L1)));
        if (component.vendor.isEmpty())
            component.vendor = spdxActorName(text(object.value("originator"_L1)));
        component.type = text(object.value("primaryPackagePurpose"_L1)).toLower().replace(u'_', u'-');

        QString cpe22;
        for (const QJsonValue ref : object.value("externalRefs"_L1).toArray()) {
            const QJsonObject r = ref.toObject();
            const QString type = text(r.value("referenceType"_L1)).toLower();
            const QString locator = text(r.value("referenceLocator"_L1));
            if (type == u"purl"_s && component.purl.isEmpty())
                component.purl = locator;
            else if (type == u"cpe23type"_s && component.cpe.isEmpty())
                component.cpe = locator;
            else if (type == u"cpe22type"_s && cpe22.isEmpty())
                cpe22 = locator;
        }
        if (component.cpe.isEmpty())
            component.cpe = cpe22;
        sbom.components.append(component);
    }
    sbom.subjectName = subject.isEmpty() ? text(root.value("name"_L1)) : subject;
    return sbom;
}

} // namespace

QStringList SbomParser::supportedCycloneDxVersions()
{
    return {u"1.2"_s, u"1.3"_s, u"1.4"_s, u"1.5"_s, u"1.6"_s};
}

QStringList SbomParser::supportedSpdxVersions()
{
    return {u"SPDX-2.3"_s};
}

Result<Sbom> SbomParser::parse(const QByteArray &data, const QString &fileName,
                               const SbomParseOptions &options)
{
    return Reader(fileName).read(data, options);
}

Result<Sbom> SbomParser::parseFile(const QString &path, const SbomParseOptions &options)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(ErrorKind::NotFound, tr("The SBOM file %1 does not exist.").arg(path));
    if (info.isDir())
        return fail(ErrorKind::InvalidInput, tr("%1 is a folder, not an SBOM file.").arg(path));
    if (info.size() > options.maxBytes)
        return tooLarge(path, options.maxBytes);

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorKind::Io, tr("Cannot read the SBOM file %1: %2").arg(path, file.errorString()));
    // Read in chunks up to the limit: the size on disk says nothing for pipes and special files,
    // and a file may grow while it is read.
    QByteArray data;
    if (!file.isSequential())
        data.reserve(qsizetype(qMin(info.size(), options.maxBytes)));
    constexpr qint64 chunk = 4 * 1024 * 1024;
    for (;;) {
        const QByteArray part = file.read(qMin(chunk, options.maxBytes + 1 - data.size()));
        if (part.isEmpty()) {
            if (file.error() != QFileDevice::NoError)
                return fail(ErrorKind::Io,
                            tr("Cannot read the SBOM file %1: %2").arg(path, file.errorString()));
            break;
        }
        data += part;
        if (data.size() > options.maxBytes)
            return tooLarge(path, options.maxBytes);
    }
    return parse(data, path, options);
}

} // namespace ChangeDesk
