#include "cpe.h"

#include <QList>
#include <QStringList>

#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {

bool isAsciiAlnum(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

bool isSpecial(QChar c)
{
    return c == u'*' || c == u'?' || c == u'\\';
}

// The formatted string's attribute syntax: '\' quotes the next character. Quotes that NISTIR
// 7695 does not need ("\.", "\_", "\-" inside a value) are dropped; lenient about the empty
// string, which some tools write for ANY.
std::optional<QString> unbindFs(const QString &raw)
{
    if (raw.isEmpty() || raw == u"*"_s)
        return u"*"_s;
    if (raw == u"-"_s)
        return u"-"_s;
    QString out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (c != u'\\') {
            out.append(c);
            continue;
        }
        if (i + 1 >= raw.size())
            return std::nullopt;
        const QChar next = raw.at(++i);
        if (isSpecial(next))
            out.append(u'\\');
        out.append(next);
    }
    if (out == u"-"_s)
        return u"\\-"_s;
    return out;
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// The URI binding: percent-escapes, with %01 and %02 as the wildcards '?' and '*'.
std::optional<QString> unbindUri(const QString &raw)
{
    if (raw.isEmpty())
        return u"*"_s;
    if (raw == u"-"_s)
        return u"-"_s;
    QByteArray bytes;
    bytes.reserve(raw.size());
    QString out;
    auto flush = [&] {
        if (!bytes.isEmpty())
            out += QString::fromUtf8(bytes);
        bytes.clear();
    };
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (c != u'%') {
            flush();
            out.append(c);
            continue;
        }
        if (i + 2 >= raw.size())
            return std::nullopt;
        const int high = hexValue(raw.at(i + 1));
        const int low = hexValue(raw.at(i + 2));
        if (high < 0 || low < 0)
            return std::nullopt;
        i += 2;
        const int byte = high * 16 + low;
        if (byte == 0x01 || byte == 0x02) {
            flush();
            out.append(byte == 0x01 ? u'?' : u'*');
        } else if (byte < 0x80 && isSpecial(QChar(byte))) {
            flush();
            out.append(u'\\');
            out.append(QChar(byte));
        } else {
            bytes.append(char(byte));
        }
    }
    flush();
    if (out == u"-"_s)
        return u"\\-"_s;
    return out;
}

QString bindFs(const QString &value)
{
    if (value.isEmpty() || Cpe::isAny(value))
        return u"*"_s;
    if (Cpe::isNa(value))
        return u"-"_s;
    QString out;
    out.reserve(value.size() + 4);
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'\\' && i + 1 < value.size()) {
            out.append(u'\\');
            out.append(value.at(++i));
        } else if (isAsciiAlnum(c.unicode()) || c == u'_' || c == u'.' || c == u'-' || c == u'*' || c == u'?'
                   || c.unicode() >= 0x80) {
            out.append(c);
        } else {
            out.append(u'\\');
            out.append(c);
        }
    }
    return out;
}

QString percentByte(uchar byte)
{
    static constexpr char hex[] = "0123456789abcdef";
    QString out(u'%');
    out.append(QLatin1Char(hex[byte >> 4]));
    out.append(QLatin1Char(hex[byte & 0xF]));
    return out;
}

QString percentChar(QChar c)
{
    QString out;
    for (const char byte : QString(c).toUtf8())
        out += percentByte(static_cast<uchar>(byte));
    return out;
}

QString bindUri(const QString &value)
{
    if (value.isEmpty() || Cpe::isAny(value))
        return {};
    if (Cpe::isNa(value))
        return u"-"_s;
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'\\' && i + 1 < value.size()) {
            out += percentChar(value.at(++i));
        } else if (c == u'*') {
            out += u"%02"_s;
        } else if (c == u'?') {
            out += u"%01"_s;
        } else if (isAsciiAlnum(c.unicode()) || c == u'_' || c == u'.' || c == u'-') {
            out.append(c);
        } else {
            out += percentChar(c);
        }
    }
    return out;
}

} // namespace

QString Cpe::plain(const QString &value)
{
    if (!value.contains(u'\\'))
        return value;
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) == u'\\' && i + 1 < value.size())
            ++i;
        out.append(value.at(i));
    }
    return out;
}

Result<Cpe> Cpe::parse(const QString &input)
{
    const QString text = input.trimmed().toLower();
    auto invalid = [&](const QString &why) {
        return fail(ErrorKind::InvalidInput,
                    tr("'%1' is not a valid CPE name: %2").arg(input.trimmed(), why));
    };
    if (text.isEmpty())
        return fail(ErrorKind::InvalidInput, tr("The CPE name is empty."));

    Cpe cpe;
    const auto checkPart = [&](const QString &part) {
        return part == u"a"_s || part == u"o"_s || part == u"h"_s || part == u"*"_s;
    };

    if (text.startsWith(u"cpe:2.3:"_s)) {
        // Split on the colons that are not quoted by a backslash.
        QStringList fields;
        QString current;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == u'\\' && i + 1 < text.size()) {
                current.append(c);
                current.append(text.at(++i));
            } else if (c == u':') {
                fields.append(current);
                current.clear();
            } else {
                current.append(c);
            }
        }
        fields.append(current);
        if (fields.size() != 13)
            return invalid(tr("a CPE 2.3 formatted string has 11 components after \"cpe:2.3:\", "
                              "this one has %1.")
                               .arg(fields.size() - 2));
        std::array<QString *, 11> targets {&cpe.part,     &cpe.vendor,   &cpe.product,  &cpe.version,
                                           &cpe.update,   &cpe.edition,  &cpe.language, &cpe.swEdition,
                                           &cpe.targetSw, &cpe.targetHw, &cpe.other};
        for (std::size_t i = 0; i < targets.size(); ++i) {
            const std::optional<QString> value = unbindFs(fields.at(qsizetype(i) + 2));
            if (!value)
                return invalid(tr("component %1 ends with a lone backslash.").arg(i + 1));
            *targets[i] = *value;
        }
        if (!checkPart(cpe.part))
            return invalid(tr("the part must be a, o or h, not '%1'.").arg(fields.at(2)));
        return cpe;
    }

    if (text.startsWith(u"cpe:/"_s)) {
        const QStringList fields = text.mid(5).split(u':');
        if (fields.size() > 7)
            return invalid(tr("a CPE 2.2 URI has at most 7 components after \"cpe:/\", this one has %1.")
                               .arg(fields.size()));
        auto field = [&](qsizetype i) {
            return i < fields.size() ? fields.at(i) : QString();
        };
        std::array<QString *, 4> leading {&cpe.part, &cpe.vendor, &cpe.product, &cpe.version};
        for (std::size_t i = 0; i < leading.size(); ++i) {
            const std::optional<QString> value = unbindUri(field(qsizetype(i)));
            if (!value)
                return invalid(tr("component %1 has a broken percent-escape.").arg(i + 1));
            *leading[i] = *value;
        }
        const std::optional<QString> update = unbindUri(field(4));
        const std::optional<QString> language = unbindUri(field(6));
        if (!update || !language)
            return invalid(tr("a component has a broken percent-escape."));
        cpe.update = *update;
        cpe.language = *language;

        // A 2.2 edition that starts with '~' packs the 2.3 extended attributes:
        // ~edition~sw_edition~target_sw~target_hw~other.
        const QString edition = field(5);
        if (edition.startsWith(u'~')) {
            const QStringList packed = edition.split(u'~');
            if (packed.size() != 6)
                return invalid(tr("a packed edition has the form ~edition~sw_edition~target_sw~"
                                  "target_hw~other, this one has %1 parts.")
                                   .arg(packed.size() - 1));
            std::array<QString *, 5> targets {&cpe.edition, &cpe.swEdition, &cpe.targetSw, &cpe.targetHw,
                                              &cpe.other};
            for (std::size_t i = 0; i < targets.size(); ++i) {
                const std::optional<QString> value = unbindUri(packed.at(qsizetype(i) + 1));
                if (!value)
                    return invalid(tr("the edition has a broken percent-escape."));
                *targets[i] = *value;
            }
        } else {
            const std::optional<QString> value = unbindUri(edition);
            if (!value)
                return invalid(tr("the edition has a broken percent-escape."));
            cpe.edition = *value;
        }
        if (!checkPart(cpe.part))
            return invalid(tr("the part must be a, o or h, not '%1'.").arg(field(0)));
        return cpe;
    }

    return invalid(tr("it starts with neither \"cpe:2.3:\" (CPE 2.3) nor \"cpe:/\" (CPE 2.2)."));
}

QString Cpe::toCpe23() const
{
    const QStringList fields {bindFs(part),     bindFs(vendor),   bindFs(product),  bindFs(version),
                              bindFs(update),   bindFs(edition),  bindFs(language), bindFs(swEdition),
                              bindFs(targetSw), bindFs(targetHw), bindFs(other)};
    return u"cpe:2.3:"_s + fields.join(u':');
}

QString Cpe::toCpe22() const
{
    QString boundEdition;
    if (isAny(swEdition) && isAny(targetSw) && isAny(targetHw) && isAny(other)) {
        boundEdition = bindUri(edition);
    } else {
        boundEdition = u'~' + bindUri(edition) + u'~' + bindUri(swEdition) + u'~' + bindUri(targetSw) + u'~'
            + bindUri(targetHw) + u'~' + bindUri(other);
    }
    QString out = u"cpe:/"_s
        + QStringList {bindUri(part),   bindUri(vendor), bindUri(product), bindUri(version),
                       bindUri(update), boundEdition,    bindUri(language)}
              .join(u':');
    while (out.endsWith(u':'))
        out.chop(1);
    return out;
}

} // namespace ChangeDesk
