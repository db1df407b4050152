#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace ChangeDesk {

// A package URL (purl, ECMA-427 / github.com/package-url/purl-spec):
// pkg:type/namespace/name@version?qualifiers#subpath. The fields hold decoded text; parse()
// applies the spec's per-type normalisation, so that equal packages compare equal and
// toString() gives the canonical form.
struct PackageUrl {
    QString type; // lower case: deb, rpm, npm, maven, ...
    QString namespace_; // decoded segments joined by '/', e.g. "debian", "@angular", "org.apache"
    QString name;
    QString version;
    QList<std::pair<QString, QString>> qualifiers; // keys lower case and unique, sorted by key
    QString subpath; // decoded segments joined by '/', without "." and ".." segments

    // Accepts what the spec's parsing rules accept (e.g. "pkg://Maven/..." or an unencoded '@'
    // in an npm scope) and refuses a missing scheme, type or name, bad percent-escapes,
    // malformed or repeated qualifier keys.
    static Result<PackageUrl> parse(const QString &text);

    // The canonical form: only letters, digits, ".-_~" and ':' unencoded within components,
    // qualifiers sorted by key, empty qualifier values left out.
    QString toString() const;
    // The package without version, qualifiers and subpath ("pkg:deb/debian/firefox-esr").
    QString toVersionlessString() const;

    QString qualifier(const QString &key) const;

    bool operator==(const PackageUrl &) const = default;

    Q_DECLARE_TR_FUNCTIONS(PackageUrl)
};

} // namespace ChangeDesk
