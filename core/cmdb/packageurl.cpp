#include "packageurl.h"

#include <QSet>
#include <QStringDecoder>
#include <QStringList>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {

bool isAsciiAlnum(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Percent-decodes one component; nullopt for a broken escape or bytes that are not UTF-8.
std::optional<QString> percentDecode(QStringView text)
{
    if (!text.contains(u'%'))
        return text.toString();
    const QByteArray utf8 = text.toUtf8();
    QByteArray bytes;
    bytes.reserve(utf8.size());
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8.at(i);
        if (c != '%') {
            bytes.append(c);
            continue;
        }
        if (i + 2 >= utf8.size())
            return std::nullopt;
        const int high = hexValue(utf8.at(i + 1));
        const int low = hexValue(utf8.at(i + 2));
        if (high < 0 || low < 0)
            return std::nullopt;
        bytes.append(char(high * 16 + low));
        i += 2;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString decoded = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return decoded;
}

// Canonical encoding: letters, digits, the punctuation ".-_~" and ':' stay; every other byte of
// the UTF-8 form becomes %XX.
QString percentEncode(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool plain = true;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!(isAsciiAlnum(u) || u == u'.' || u == u'-' || u == u'_' || u == u'~' || u == u':')) {
            plain = false;
            break;
        }
    }
    if (plain)
        return text;
    static constexpr char hex[] = "0123456789ABCDEF";
    for (const char byte : text.toUtf8()) {
        const auto b = static_cast<unsigned char>(byte);
        if (b < 0x80 && (isAsciiAlnum(b) || b == '.' || b == '-' || b == '_' || b == '~' || b == ':')) {
            out.append(QLatin1Char(byte));
        } else {
            out.append(u'%');
            out.append(QLatin1Char(hex[b >> 4]));
            out.append(QLatin1Char(hex[b & 0xF]));
        }
    }
    return out;
}

bool validType(const QString &type)
{
    if (type.isEmpty() || !(type.at(0) >= u'a' && type.at(0) <= u'z'))
        return false;
    return std::all_of(type.cbegin(), type.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        // '+' was allowed by the first spec versions and still appears in the wild.
        return isAsciiAlnum(u) || u == u'.' || u == u'-' || u == u'+';
    });
}

bool validQualifierKey(const QString &key)
{
    if (key.isEmpty() || !(key.at(0) >= u'a' && key.at(0) <= u'z'))
        return false;
    return std::all_of(key.cbegin(), key.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return isAsciiAlnum(u) || u == u'.' || u == u'-' || u == u'_';
    });
}

// The registered types whose namespace and/or name are case-insensitive and must be lowercased
// (purl-spec types/*-definition.json).
bool lowercasesNamespace(const QString &type)
{
    static const QSet<QString> types {u"alpm"_s,   u"apk"_s,    u"bitbucket"_s, u"composer"_s, u"deb"_s,
                                      u"github"_s, u"golang"_s, u"hex"_s,       u"npm"_s,      u"rpm"_s};
    return types.contains(type);
}

bool lowercasesName(const QString &type)
{
    static const QSet<QString> types {u"alpm"_s,   u"apk"_s,    u"bitbucket"_s, u"composer"_s, u"deb"_s,
                                      u"github"_s, u"golang"_s, u"hex"_s,       u"npm"_s,      u"pypi"_s};
    return types.contains(type);
}

// PyPI: case-insensitive, and runs of '-', '_' and '.' are one '-' (PEP 503 name normalisation).
QString normalizePypiName(const QString &name)
{
    QString out;
    out.reserve(name.size());
    bool inRun = false;
    for (const QChar c : name) {
        if (c == u'-' || c == u'_' || c == u'.') {
            if (!inRun)
                out.append(u'-');
            inRun = true;
        } else {
            out.append(c.toLower());
            inRun = false;
        }
    }
    return out;
}

// Splits on '/', drops empty segments (and "." / ".." for subpaths), decodes each; an error
// text when a segment cannot be decoded or decodes to something containing '/'.
std::optional<QString> decodeSegments(QStringView text, bool dropDots)
{
    QStringList segments;
    for (const QStringView raw : text.split(u'/')) {
        if (raw.isEmpty())
            continue;
        const std::optional<QString> segment = percentDecode(raw);
        if (!segment || segment->contains(u'/'))
            return std::nullopt;
        if (dropDots && (*segment == u"."_s || *segment == u".."_s))
            continue;
        segments.append(*segment);
    }
    return segments.join(u'/');
}

QString encodeSegments(const QString &text)
{
    QStringList out;
    for (const QString &segment : text.split(u'/', Qt::SkipEmptyParts))
        out.append(percentEncode(segment));
    return out.join(u'/');
}

} // namespace

Result<PackageUrl> PackageUrl::parse(const QString &input)
{
    const QString text = input.trimmed();
    auto invalid = [&](const QString &why) {
        return fail(ErrorKind::InvalidInput, tr("'%1' is not a valid package URL (purl): %2").arg(text, why));
    };
    if (text.isEmpty())
        return fail(ErrorKind::InvalidInput, tr("The package URL (purl) is empty."));

    PackageUrl purl;
    QStringView rest = text;

    // Right to left, as the spec's parsing rules say: subpath, qualifiers, then scheme, type,
    // version, name and namespace.
    if (const qsizetype hash = rest.lastIndexOf(u'#'); hash >= 0) {
        const std::optional<QString> subpath = decodeSegments(rest.mid(hash + 1), true);
        if (!subpath)
            return invalid(tr("the subpath has a broken percent-escape or an encoded '/'."));
        purl.subpath = *subpath;
        rest = rest.left(hash);
    }

    if (const qsizetype question = rest.lastIndexOf(u'?'); question >= 0) {
        for (const QStringView pair : rest.mid(question + 1).split(u'&')) {
            if (pair.isEmpty())
                continue;
            const qsizetype equals = pair.indexOf(u'=');
            if (equals < 0)
                return invalid(tr("the qualifier '%1' has no '='.").arg(pair.toString()));
            const QString key = pair.left(equals).toString().toLower();
            if (!validQualifierKey(key))
                return invalid(tr("'%1' is not a valid qualifier key (letters, digits, '.', '-', '_', "
                                  "starting with a letter).")
                                   .arg(pair.left(equals).toString()));
            const std::optional<QString> value = percentDecode(pair.mid(equals + 1));
            if (!value)
                return invalid(tr("the value of qualifier '%1' has a broken percent-escape.").arg(key));
            if (value->isEmpty())
                continue; // an empty value is the same as no qualifier
            const bool duplicate = std::any_of(purl.qualifiers.cbegin(), purl.qualifiers.cend(),
                                               [&](const auto &q) { return q.first == key; });
            if (duplicate)
                return invalid(tr("the qualifier '%1' appears more than once.").arg(key));
            purl.qualifiers.append({key, *value});
        }
        std::sort(purl.qualifiers.begin(), purl.qualifiers.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
        rest = rest.left(question);
    }

    const qsizetype colon = rest.indexOf(u':');
    if (colon < 0 || rest.left(colon).toString().toLower() != u"pkg"_s)
        return invalid(tr("it does not start with \"pkg:\"."));
    rest = rest.mid(colon + 1);
    while (rest.startsWith(u'/'))
        rest = rest.mid(1);

    const qsizetype typeEnd = rest.indexOf(u'/');
    if (typeEnd < 0)
        return invalid(tr("it has no type and name (pkg:TYPE/NAME)."));
    purl.type = rest.left(typeEnd).toString().toLower();
    if (!validType(purl.type))
        return invalid(tr("'%1' is not a valid package type (letters, digits, '.', '-', starting "
                          "with a letter).")
                           .arg(rest.left(typeEnd).toString()));
    rest = rest.mid(typeEnd + 1);
    while (rest.endsWith(u'/'))
        rest.chop(1);

    // The version follows the last '@' of the last segment, so that an unencoded npm scope
    // ("pkg:npm/@angular/core") is not taken for a version.
    const qsizetype lastSlash = rest.lastIndexOf(u'/');
    if (const qsizetype at = rest.lastIndexOf(u'@'); at > lastSlash) {
        const std::optional<QString> version = percentDecode(rest.mid(at + 1));
        if (!version)
            return invalid(tr("the version has a broken percent-escape."));
        purl.version = *version;
        rest = rest.left(at);
        while (rest.endsWith(u'/'))
            rest.chop(1);
    }

    const qsizetype nameStart = rest.lastIndexOf(u'/') + 1;
    const std::optional<QString> name = percentDecode(rest.mid(nameStart));
    if (!name)
        return invalid(tr("the name has a broken percent-escape."));
    if (name->isEmpty())
        return invalid(tr("it has no name."));
    purl.name = *name;

    const std::optional<QString> ns = decodeSegments(rest.left(qMax<qsizetype>(0, nameStart - 1)), false);
    if (!ns)
        return invalid(tr("the namespace has a broken percent-escape or an encoded '/'."));
    purl.namespace_ = *ns;

    if (lowercasesNamespace(purl.type))
        purl.namespace_ = purl.namespace_.toLower();
    if (purl.type == u"pypi"_s)
        purl.name = normalizePypiName(purl.name);
    else if (lowercasesName(purl.type))
        purl.name = purl.name.toLower();
    return purl;
}

QString PackageUrl::toVersionlessString() const
{
    QString out = u"pkg:"_s + type.toLower() + u'/';
    if (!namespace_.isEmpty())
        out += encodeSegments(namespace_) + u'/';
    out += percentEncode(name);
    return out;
}

QString PackageUrl::toString() const
{
    QString out = toVersionlessString();
    if (!version.isEmpty())
        out += u'@' + percentEncode(version);
    QList<std::pair<QString, QString>> sorted = qualifiers;
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList pairs;
    for (const auto &[key, value] : std::as_const(sorted)) {
        if (!value.isEmpty())
            pairs.append(key.toLower() + u'=' + percentEncode(value));
    }
    if (!pairs.isEmpty())
        out += u'?' + pairs.join(u'&');
    const QString path = encodeSegments(subpath);
    if (!path.isEmpty())
        out += u'#' + path;
    return out;
}

QString PackageUrl::qualifier(const QString &key) const
{
    for (const auto &[k, v] : qualifiers) {
        if (k == key)
            return v;
    }
    return {};
}

} // namespace ChangeDesk
