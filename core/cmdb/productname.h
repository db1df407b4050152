#pragma once

#include <QString>
#include <QStringList>

namespace ChangeDesk {

// A product of the normalised catalogue, as computed from one sighting (a Windows
// "Programs and Features" entry, a package, an SBOM component).
struct ProductKey {
    QString key; // catalogue key: "firefox", "visual-c++-2015-2022-redistributable",
                 // "laravel/framework"; empty when nothing usable was given
    QString vendor; // for display: "Mozilla", "Google" (legal form removed); may be empty
    QString displayName; // for display: "Firefox", "Visual C++ 2015-2022 Redistributable"
    QStringList aliases; // lower-case texts this sighting is known by, key excluded: the name as
                         // given, the versionless purl, the versionless CPE 2.3 name

    bool operator==(const ProductKey &) const = default;
};

// Maps the many spellings of a product to one catalogue key, so that "Mozilla Firefox (x64
// en-US)", "firefox", "Firefox ESR", pkg:deb/debian/firefox-esr@115.5.0esr-1 and
// cpe:2.3:a:mozilla:firefox:115.0:*:*:*:esr:*:*:* are one product.
//
// Source of the key, first that applies:
//  1. the CPE product, when `cpe` parses (2.3 or 2.2) and names a product without wildcards;
//  2. the purl name, when `purl` parses. For types whose namespace is part of the identity
//     (maven, npm scopes, composer, golang, github, bitbucket, swift) the key is
//     "namespace/name" with each segment normalised, so that org.foo:core and org.bar:core stay
//     apart; distribution namespaces (pkg:deb/debian, pkg:rpm/fedora) are not part of it;
//  3. the free-text `name`.
// Invalid purls and CPEs are ignored, not reported: they come from other people's inventories.
//
// Package names (rules 1, 2): lower case; '_', '.', blanks and other punctuation become '-'
// ('+' stays: notepad++ is not notepad); trailing packaging and edition tokens are removed
// (esr, lts, bin, stable, x64, x86, amd64, arm64, aarch64, i386, i686, win32, win64). Trailing
// numbers stay: python3, libssl3, postgresql-15 and gcc-12 are packages of their own.
// Free-text names (rule 3), in this order:
//  - "™", "®", "©" and every "(...)" / "[...]" group go ("(x64 en-US)", "(64-bit)", "(R)");
//  - a trailing " - en-us"-style locale goes;
//  - the vendor goes when the name starts with it and more follows ("Mozilla Firefox" with
//    vendor "Mozilla Corporation"); without such a vendor, a well-known publisher word does
//    (adobe, apple, cisco, citrix, google, ibm, microsoft, mozilla, oracle, vmware);
//  - version words go: dotted versions anywhere ("7-Zip 23.01", "LibreOffice 7.6.2.1"),
//    "update/version/release/build N" ("Java 8 Update 381"), architecture words (x64, 64-bit,
//    amd64, ...) and then trailing plain numbers ("Java 8", "Office ... 2019");
//  - the rest is treated as a package name (above).
// Finally a small alias table maps what no rule can (see kAliases in productname.cpp):
// ms-edge, microsoft-edge, edge-chromium → edge; acrobat-reader-dc → acrobat-reader;
// google-chrome → chrome; mozillafirefox (openSUSE) → firefox; node-js → nodejs;
// vlc → vlc-media-player; 7zip → 7-zip.
//
// Deliberately not merged: libssl3 and openssl (a binary package and its source package;
// relating them is the distribution's source mapping, not a naming question, and an SBOM that
// gives libssl3 the CPE openssl:openssl does merge it by rule 1); python3 and python3-requests;
// Acrobat and Acrobat Reader; Edge and Edge WebView2 Runtime; KeePass and KeePassXC; Visual C++
// 2013 and 2015-2022 redistributables.
class ProductName
{
public:
    static ProductKey normalize(const QString &vendor, const QString &name, const QString &purl = {},
                                const QString &cpe = {});

    // The building blocks of normalize(), for the catalogue's search box.
    static QString keyFromName(const QString &name, const QString &vendor = {});
    static QString keyFromPackageName(const QString &packageName);
    // "Google LLC" → "Google", "Adobe Systems Incorporated" → "Adobe Systems".
    static QString cleanVendor(const QString &vendor);
};

} // namespace ChangeDesk
