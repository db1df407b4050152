#include "productname.h"

#include "cmdb/cpe.h"
#include "cmdb/packageurl.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {

// Where no rule can tell that two names are one product. Keep it short: each entry is a fact
// about one product's naming, and every entry has a test.
constexpr std::array<std::pair<const char16_t *, const char16_t *>, 9> kAliases {{
    {u"ms-edge", u"edge"},
    {u"microsoft-edge", u"edge"}, // deb/rpm microsoft-edge-stable
    {u"edge-chromium", u"edge"}, // NVD's CPE product for the Chromium-based Edge
    {u"acrobat-reader-dc", u"acrobat-reader"},
    {u"google-chrome", u"chrome"}, // deb/rpm google-chrome-stable
    {u"mozillafirefox", u"firefox"}, // openSUSE's RPM name
    {u"node-js", u"nodejs"}, // NVD nodejs:node.js and Windows "Node.js"
    {u"vlc", u"vlc-media-player"}, // Debian's package vs NVD's and Windows' name
    {u"7zip", u"7-zip"}, // winget/Chocolatey id
}};

const QHash<QString, QString> &aliases()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        for (const auto &[from, to] : kAliases)
            t.insert(QString::fromUtf16(from), QString::fromUtf16(to));
        return t;
    }();
    return table;
}

const QSet<QString> &suffixTokens()
{
    static const QSet<QString> set {u"esr"_s,  u"lts"_s,   u"bin"_s,   u"stable"_s,  u"x64"_s,
                                    u"x86"_s,  u"amd64"_s, u"arm64"_s, u"aarch64"_s, u"i386"_s,
                                    u"i686"_s, u"win32"_s, u"win64"_s};
    return set;
}

const QSet<QString> &architectureWords()
{
    static const QSet<QString> set {u"x64"_s,    u"x86"_s,     u"x86_64"_s, u"x86-64"_s, u"amd64"_s,
                                    u"arm64"_s,  u"aarch64"_s, u"i386"_s,   u"i686"_s,   u"win64"_s,
                                    u"64-bit"_s, u"32-bit"_s,  u"64bit"_s,  u"32bit"_s};
    return set;
}

const QSet<QString> &versionLeadWords()
{
    static const QSet<QString> set {u"version"_s, u"release"_s, u"update"_s, u"build"_s, u"rev"_s};
    return set;
}

const QSet<QString> &knownVendors()
{
    static const QSet<QString> set {u"adobe"_s, u"apple"_s,     u"cisco"_s,   u"citrix"_s, u"google"_s,
                                    u"ibm"_s,   u"microsoft"_s, u"mozilla"_s, u"oracle"_s, u"vmware"_s};
    return set;
}

const QSet<QString> &legalForms()
{
    static const QSet<QString> set {u"inc"_s,     u"incorporated"_s, u"corp"_s,  u"corporation"_s, u"llc"_s,
                                    u"ltd"_s,     u"limited"_s,      u"gmbh"_s,  u"ag"_s,          u"co"_s,
                                    u"company"_s, u"plc"_s,          u"sa"_s,    u"s.a"_s,         u"bv"_s,
                                    u"b.v"_s,     u"srl"_s,          u"s.r.l"_s, u"oy"_s,          u"ab"_s,
                                    u"kg"_s,      u"e.v"_s};
    return set;
}

// Namespaces that are part of a package's identity (a publisher, scope or module path), unlike
// a distribution's name in pkg:deb/debian/...
const QSet<QString> &namespacedTypes()
{
    static const QSet<QString> set {u"maven"_s,  u"npm"_s,       u"composer"_s, u"golang"_s,
                                    u"github"_s, u"bitbucket"_s, u"swift"_s};
    return set;
}

bool isDottedVersion(const QString &word)
{
    static const QRegularExpression re(u"^v?\\d+(\\.\\d+)+[a-z0-9.+~_-]*$"_s);
    return re.match(word).hasMatch();
}

bool isNumber(const QString &word)
{
    return !word.isEmpty() && std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); });
}

// Lower case; letters, digits and '+' stay, everything else becomes one '-'.
QString keyChars(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool dash = false;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c == u'+') {
            if (dash && !out.isEmpty())
                out.append(u'-');
            dash = false;
            out.append(c.toLower());
        } else {
            dash = true;
        }
    }
    return out;
}

QString stripSuffixTokens(const QString &key)
{
    QStringList tokens = key.split(u'-', Qt::SkipEmptyParts);
    while (tokens.size() > 1 && suffixTokens().contains(tokens.constLast()))
        tokens.removeLast();
    return tokens.join(u'-');
}

QString applyAlias(const QString &key)
{
    return aliases().value(key, key);
}

// Removes trademark signs, bracketed groups and a trailing " - en-us" locale.
QString stripDecorations(QString text)
{
    static const QRegularExpression marks(u"[\u2122\u00ae\u00a9]"_s);
    static const QRegularExpression parens(u"\\([^()]*\\)|\\[[^\\[\\]]*\\]"_s);
    static const QRegularExpression locale(u"\\s+-\\s+[A-Za-z]{2}(-[A-Za-z]{2,4})?\\s*$"_s);
    text.replace(marks, u" "_s);
    for (int i = 0; i < 4; ++i) { // nested groups, innermost first
        const QString before = text;
        text.replace(parens, u" "_s);
        if (text == before)
            break;
    }
    if (const qsizetype open = text.indexOf(u'('); open >= 0) // unbalanced: "Foo (x64"
        text.truncate(open);
    text.replace(locale, QString());
    return text.simplified();
}

struct NameWords {
    QStringList words; // original case
    QString vendor; // a well-known publisher found at the start, as written
};

// The words of a free-text name that name the product: versions, architectures and the vendor
// gone.
NameWords productWords(const QString &name, const QString &vendor)
{
    NameWords result;
    const QStringList words = stripDecorations(name).split(u' ', Qt::SkipEmptyParts);

    QStringList kept;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString w = words.at(i).toLower();
        if (w == u"-"_s || architectureWords().contains(w) || isDottedVersion(w))
            continue;
        if (versionLeadWords().contains(w) && i + 1 < words.size()) {
            const QString next = words.at(i + 1).toLower();
            if (isDottedVersion(next) || isNumber(next)) {
                ++i;
                continue;
            }
        }
        kept.append(words.at(i));
    }

    // The vendor goes only when a product name (not just a number) remains.
    auto namesSomething = [&](qsizetype from) {
        for (qsizetype i = from; i < kept.size(); ++i) {
            if (!isNumber(kept.at(i)))
                return true;
        }
        return false;
    };
    const QStringList vendorWords = ProductName::cleanVendor(vendor).split(u' ', Qt::SkipEmptyParts);
    bool stripped = false;
    if (!vendorWords.isEmpty() && kept.size() > vendorWords.size() && namesSomething(vendorWords.size())) {
        bool same = true;
        for (qsizetype i = 0; i < vendorWords.size() && same; ++i)
            same = keyChars(kept.at(i)) == keyChars(vendorWords.at(i));
        if (same) {
            kept.remove(0, vendorWords.size());
            stripped = true;
        }
    }
    if (!stripped && kept.size() > 1 && knownVendors().contains(keyChars(kept.constFirst()))
        && namesSomething(1))
        result.vendor = kept.takeFirst();

    while (kept.size() > 1 && isNumber(kept.constLast()))
        kept.removeLast();
    while (kept.size() > 1 && suffixTokens().contains(kept.constLast().toLower()))
        kept.removeLast();
    result.words = kept;
    return result;
}

QString keyFromWords(const NameWords &words, const QString &name)
{
    const QString key = ProductName::keyFromPackageName(words.words.join(u' '));
    return key.isEmpty() ? keyChars(name) : key; // nothing but a version: keep what was given
}

// An unescaped '*' or '?' makes a CPE value a pattern rather than a name.
bool hasWildcard(const QString &value)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) == u'\\')
            ++i;
        else if (value.at(i) == u'*' || value.at(i) == u'?')
            return true;
    }
    return false;
}

struct PurlKey {
    QString key;
    QString display;
    QString vendor;
};

PurlKey keyFromPurl(const PackageUrl &purl)
{
    PurlKey out;
    if (!purl.namespace_.isEmpty() && namespacedTypes().contains(purl.type)) {
        QStringList segments;
        for (const QString &segment : purl.namespace_.split(u'/', Qt::SkipEmptyParts)) {
            const QString k = keyChars(segment);
            if (!k.isEmpty())
                segments.append(k);
        }
        segments.append(keyChars(purl.name));
        out.key = segments.join(u'/');
        out.display = purl.namespace_ + u'/' + purl.name;
        out.vendor = purl.namespace_;
    } else {
        out.key = ProductName::keyFromPackageName(purl.name);
        out.display = purl.name;
    }
    return out;
}

} // namespace

QString ProductName::cleanVendor(const QString &vendor)
{
    QStringList words = vendor.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words.size() > 1 && words.constFirst().compare(u"the"_s, Qt::CaseInsensitive) == 0)
        words.removeFirst();
    auto bare = [](QString w) {
        while (!w.isEmpty() && (w.endsWith(u',') || w.endsWith(u'.')))
            w.chop(1);
        return w;
    };
    while (words.size() > 1 && legalForms().contains(bare(words.constLast()).toLower()))
        words.removeLast();
    if (!words.isEmpty()) {
        QString &last = words.last();
        while (last.endsWith(u','))
            last.chop(1);
    }
    return words.join(u' ');
}

QString ProductName::keyFromPackageName(const QString &packageName)
{
    return applyAlias(stripSuffixTokens(keyChars(packageName)));
}

QString ProductName::keyFromName(const QString &name, const QString &vendor)
{
    return keyFromWords(productWords(name, vendor), name);
}

ProductKey ProductName::normalize(const QString &vendor, const QString &name, const QString &purlText,
                                  const QString &cpeText)
{
    ProductKey out;
    out.vendor = cleanVendor(vendor);

    std::optional<Cpe> cpe;
    if (!cpeText.trimmed().isEmpty()) {
        if (Result<Cpe> parsed = Cpe::parse(cpeText);
            parsed && Cpe::isConcrete(parsed->product) && !hasWildcard(parsed->product))
            cpe = *parsed;
    }
    std::optional<PackageUrl> purl;
    if (!purlText.trimmed().isEmpty()) {
        if (Result<PackageUrl> parsed = PackageUrl::parse(purlText))
            purl = *parsed;
    }

    const NameWords words = name.trimmed().isEmpty() ? NameWords {} : productWords(name, vendor);
    const QString nameDisplay = words.words.join(u' ');

    PurlKey fromPurl;
    if (purl)
        fromPurl = keyFromPurl(*purl);

    if (cpe) {
        out.key = keyFromPackageName(Cpe::plain(cpe->product));
    } else if (purl) {
        out.key = fromPurl.key;
    } else if (!name.trimmed().isEmpty()) {
        out.key = keyFromWords(words, name);
    }

    if (!nameDisplay.isEmpty())
        out.displayName = nameDisplay;
    else if (purl)
        out.displayName = fromPurl.display;
    else if (cpe)
        out.displayName = Cpe::plain(cpe->product).replace(u'_', u' ');
    else
        out.displayName = name.simplified();

    if (out.vendor.isEmpty())
        out.vendor = words.vendor;
    if (out.vendor.isEmpty() && cpe && Cpe::isConcrete(cpe->vendor))
        out.vendor = Cpe::plain(cpe->vendor);
    if (out.vendor.isEmpty() && purl)
        out.vendor = fromPurl.vendor;

    auto addAlias = [&](const QString &alias) {
        if (!alias.isEmpty() && alias != out.key && !out.aliases.contains(alias))
            out.aliases.append(alias);
    };
    addAlias(name.simplified().toLower());
    if (purl)
        addAlias(purl->toVersionlessString().toLower());
    if (cpe) {
        Cpe product;
        product.part = cpe->part;
        product.vendor = cpe->vendor;
        product.product = cpe->product;
        addAlias(product.toCpe23());
    }
    return out;
}

} // namespace ChangeDesk
