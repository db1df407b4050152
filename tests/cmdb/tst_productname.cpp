// Product identity in the CMDB: package URLs (purl spec), CPE names (NISTIR 7695) and the
// normalised product catalogue key (ProductName), with real-world names from Windows "Programs
// and Features", Debian and RPM packages and SBOMs.

#include "testsupport.h"

#include "cmdb/cpe.h"
#include "cmdb/packageurl.h"
#include "cmdb/productname.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;
using ChangeDesk::Test::why;

using Qualifiers = QList<std::pair<QString, QString>>;

class TestProductName : public QObject
{
    Q_OBJECT

private slots:
    void purlParse_data();
    void purlParse();
    void purlCanonical_data();
    void purlCanonical();
    void purlInvalid_data();
    void purlInvalid();
    void purlBuild();

    void cpeParse_data();
    void cpeParse();
    void cpeBindings_data();
    void cpeBindings();
    void cpeInvalid_data();
    void cpeInvalid();

    void normalize_data();
    void normalize();
    void sameProduct_data();
    void sameProduct();
    void differentProducts_data();
    void differentProducts();
    void details();
    void cleanVendor_data();
    void cleanVendor();
};

// ---- purl ------------------------------------------------------------------------------------

void TestProductName::purlParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("ns");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("version");
    QTest::addColumn<Qualifiers>("qualifiers");
    QTest::addColumn<QString>("subpath");

    // The purl spec's examples and test suite.
    QTest::newRow("deb") << u"pkg:deb/debian/curl@7.50.3-1?arch=i386&distro=jessie"_s << u"deb"_s
                         << u"debian"_s << u"curl"_s << u"7.50.3-1"_s
                         << Qualifiers {{u"arch"_s, u"i386"_s}, {u"distro"_s, u"jessie"_s}} << QString();
    QTest::newRow("deb epoch, encoded +")
        << u"pkg:deb/debian/attr@1:2.4.47-2%2Bb1?arch=amd64"_s << u"deb"_s << u"debian"_s << u"attr"_s
        << u"1:2.4.47-2+b1"_s << Qualifiers {{u"arch"_s, u"amd64"_s}} << QString();
    QTest::newRow("deb lower-cased") << u"pkg:DEB/Debian/Firefox-ESR@115.5.0esr-1"_s << u"deb"_s
                                     << u"debian"_s << u"firefox-esr"_s << u"115.5.0esr-1"_s << Qualifiers {}
                                     << QString();
    QTest::newRow("rpm name keeps case")
        << u"pkg:rpm/openSUSE/MozillaFirefox@120.0-1.1?arch=x86_64"_s << u"rpm"_s << u"opensuse"_s
        << u"MozillaFirefox"_s << u"120.0-1.1"_s << Qualifiers {{u"arch"_s, u"x86_64"_s}} << QString();
    QTest::newRow("rpm without namespace")
        << u"pkg:rpm/centerim@4.22.10-1.el6?arch=i686&epoch=1&distro=fedora-25"_s << u"rpm"_s << QString()
        << u"centerim"_s << u"4.22.10-1.el6"_s
        << Qualifiers {{u"arch"_s, u"i686"_s}, {u"distro"_s, u"fedora-25"_s}, {u"epoch"_s, u"1"_s}}
        << QString();
    QTest::newRow("pypi normalised") << u"pkg:pypi/Django_Allauth@12.23"_s << u"pypi"_s << QString()
                                     << u"django-allauth"_s << u"12.23"_s << Qualifiers {} << QString();
    QTest::newRow("pypi runs of separators")
        << u"pkg:pypi/zope.interface__compat@1"_s << u"pypi"_s << QString() << u"zope-interface-compat"_s
        << u"1"_s << Qualifiers {} << QString();
    QTest::newRow("npm scope encoded")
        << u"pkg:npm/%40angular/animation@12.3.1"_s << u"npm"_s << u"@angular"_s << u"animation"_s
        << u"12.3.1"_s << Qualifiers {} << QString();
    QTest::newRow("npm scope unencoded, no version")
        << u"pkg:npm/@Angular/Core"_s << u"npm"_s << u"@angular"_s << u"core"_s << QString() << Qualifiers {}
        << QString();
    QTest::newRow("maven keeps case")
        << u"pkg:maven/HTTPClient/HTTPClient@0.3-3"_s << u"maven"_s << u"HTTPClient"_s << u"HTTPClient"_s
        << u"0.3-3"_s << Qualifiers {} << QString();
    QTest::newRow("maven qualifiers")
        << u"pkg:Maven/org.apache.xmlgraphics/batik-anim@1.9.1?type=pom&repositorY_url=repo.spring.io/release"_s
        << u"maven"_s << u"org.apache.xmlgraphics"_s << u"batik-anim"_s << u"1.9.1"_s
        << Qualifiers {{u"repository_url"_s, u"repo.spring.io/release"_s}, {u"type"_s, u"pom"_s}}
        << QString();
    QTest::newRow("maven slashes after scheme")
        << u"pkg:///maven/org.apache.commons/io"_s << u"maven"_s << u"org.apache.commons"_s << u"io"_s
        << QString() << Qualifiers {} << QString();
    QTest::newRow("nuget keeps case")
        << u"pkg:Nuget/EnterpriseLibrary.Common@6.0.1304"_s << u"nuget"_s << QString()
        << u"EnterpriseLibrary.Common"_s << u"6.0.1304"_s << Qualifiers {} << QString();
    QTest::newRow("generic with checksums")
        << u"pkg:generic/openssl@1.1.10g?download_url=https://openssl.org/source/openssl-1.1.0g.tar.gz&checksum=sha256:de4d501267da"_s
        << u"generic"_s << QString() << u"openssl"_s << u"1.1.10g"_s
        << Qualifiers {{u"checksum"_s, u"sha256:de4d501267da"_s},
                       {u"download_url"_s, u"https://openssl.org/source/openssl-1.1.0g.tar.gz"_s}}
        << QString();
    QTest::newRow("generic vcs_url")
        << u"pkg:generic/bitwarderl?vcs_url=git%2Bhttps://git.fsfe.org/dxtr/bitwarderl%40cc55108da32"_s
        << u"generic"_s << QString() << u"bitwarderl"_s << QString()
        << Qualifiers {{u"vcs_url"_s, u"git+https://git.fsfe.org/dxtr/bitwarderl@cc55108da32"_s}}
        << QString();
    QTest::newRow("golang subpath") << u"pkg:golang/github.com/gorilla/context@234fd47e07d1004f0aed9c#api"_s
                                    << u"golang"_s << u"github.com/gorilla"_s << u"context"_s
                                    << u"234fd47e07d1004f0aed9c"_s << Qualifiers {} << u"api"_s;
    QTest::newRow("subpath dots and slashes")
        << u"pkg:golang/google.golang.org/genproto#/googleapis/./api/../annotations/"_s << u"golang"_s
        << u"google.golang.org"_s << u"genproto"_s << QString() << Qualifiers {}
        << u"googleapis/api/annotations"_s;
    QTest::newRow("empty qualifier dropped")
        << u"pkg:gem/ruby-advisory-db-check@0.12.4?platform=&arch=x86"_s << u"gem"_s << QString()
        << u"ruby-advisory-db-check"_s << u"0.12.4"_s << Qualifiers {{u"arch"_s, u"x86"_s}} << QString();
    QTest::newRow("space and unicode")
        << u"pkg:generic/B%C3%BCrgerservice%20Portal@2.0"_s << u"generic"_s << QString()
        << u"Bürgerservice Portal"_s << u"2.0"_s << Qualifiers {} << QString();
}

void TestProductName::purlParse()
{
    QFETCH(QString, text);
    const Result<PackageUrl> purl = PackageUrl::parse(text);
    QVERIFY2(purl, why(purl));
    QTEST(purl->type, "type");
    QTEST(purl->namespace_, "ns");
    QTEST(purl->name, "name");
    QTEST(purl->version, "version");
    QTEST(purl->qualifiers, "qualifiers");
    QTEST(purl->subpath, "subpath");

    const Result<PackageUrl> again = PackageUrl::parse(purl->toString());
    QVERIFY2(again, why(again));
    QCOMPARE(*again, *purl);
}

void TestProductName::purlCanonical_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical");
    // From the purl spec's test suite.
    QTest::newRow("maven")
        << u"pkg:Maven/org.apache.xmlgraphics/batik-anim@1.9.1?classifier=sources&repositorY_url=https://repo.spring.io/release"_s
        << u"pkg:maven/org.apache.xmlgraphics/batik-anim@1.9.1?classifier=sources&repository_url=https:%2F%2Frepo.spring.io%2Frelease"_s;
    QTest::newRow("qualifier order")
        << u"pkg:Maven/org.apache.xmlgraphics/batik-anim@1.9.1?type=pom&repositorY_url=repo.spring.io/release"_s
        << u"pkg:maven/org.apache.xmlgraphics/batik-anim@1.9.1?repository_url=repo.spring.io%2Frelease&type=pom"_s;
    QTest::newRow("checksums")
        << u"pkg:generic/bitwarderl?checksum=sha1:ad9503c3e994a4f%2Csha256:41bf9088b3a1e6c1ef1d"_s
        << u"pkg:generic/bitwarderl?checksum=sha1:ad9503c3e994a4f%2Csha256:41bf9088b3a1e6c1ef1d"_s;
    QTest::newRow("nuget") << u"pkg:Nuget/EnterpriseLibrary.Common@6.0.1304"_s
                           << u"pkg:nuget/EnterpriseLibrary.Common@6.0.1304"_s;
    QTest::newRow("npm scope") << u"pkg:npm/@angular/animation@12.3.1"_s
                               << u"pkg:npm/%40angular/animation@12.3.1"_s;
    QTest::newRow("slashes") << u"pkg://maven/org.apache.commons/io"_s
                             << u"pkg:maven/org.apache.commons/io"_s;
    QTest::newRow("deb +") << u"pkg:deb/debian/attr@1:2.4.47-2+b1?arch=amd64"_s
                           << u"pkg:deb/debian/attr@1:2.4.47-2%2Bb1?arch=amd64"_s;
    QTest::newRow("deb tilde stays")
        << u"pkg:deb/debian/firefox-esr@115.5.0esr-1~deb12u1?distro=debian-12&arch=amd64"_s
        << u"pkg:deb/debian/firefox-esr@115.5.0esr-1~deb12u1?arch=amd64&distro=debian-12"_s;
    QTest::newRow("space") << u"pkg:maven/mygroup/myartifact@1.0.0 Final?mykey=my value"_s
                           << u"pkg:maven/mygroup/myartifact@1.0.0%20Final?mykey=my%20value"_s;
    QTest::newRow("notepad++") << u"pkg:generic/notepad++@8.6.2"_s << u"pkg:generic/notepad%2B%2B@8.6.2"_s;
    QTest::newRow("unicode") << u"pkg:generic/Bürgerservice@2.0"_s << u"pkg:generic/B%C3%BCrgerservice@2.0"_s;
}

void TestProductName::purlCanonical()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    const Result<PackageUrl> purl = PackageUrl::parse(input);
    QVERIFY2(purl, why(purl));
    QCOMPARE(purl->toString(), canonical);
    const Result<PackageUrl> again = PackageUrl::parse(canonical);
    QVERIFY2(again, why(again));
    QCOMPARE(again->toString(), canonical);
}

void TestProductName::purlInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    // From the purl spec's test suite, and what inventories get wrong.
    QTest::newRow("no scheme")
        << u"EnterpriseLibrary.Common@6.0.1304"_s
        << u"'EnterpriseLibrary.Common@6.0.1304' is not a valid package URL (purl): it does "
           "not start with \"pkg:\"."_s;
    QTest::newRow("encoded colon")
        << u"pkg%3Amaven/org.apache.commons/io"_s
        << u"'pkg%3Amaven/org.apache.commons/io' is not a valid package URL (purl): it "
           "does not start with \"pkg:\"."_s;
    QTest::newRow("no type")
        << u"pkg:EnterpriseLibrary.Common@6.0.1304"_s
        << u"'pkg:EnterpriseLibrary.Common@6.0.1304' is not a valid package URL (purl): it has "
           "no type and name (pkg:TYPE/NAME)."_s;
    QTest::newRow("type starts with digit")
        << u"pkg:3nginx/nginx@0.8.9"_s
        << u"'pkg:3nginx/nginx@0.8.9' is not a valid package URL (purl): '3nginx' "
           "is not a valid package type (letters, digits, '.', '-', starting with "
           "a letter)."_s;
    QTest::newRow("colon in type")
        << u"pkg:nginx:a/nginx@0.8.9"_s
        << u"'pkg:nginx:a/nginx@0.8.9' is not a valid package URL (purl): 'nginx:a' is not a "
           "valid package type (letters, digits, '.', '-', starting with a letter)."_s;
    QTest::newRow("no name") << u"pkg:maven/@1.3.4"_s
                             << u"'pkg:maven/@1.3.4' is not a valid package URL (purl): it has no name."_s;
    QTest::newRow("bad qualifier key")
        << u"pkg:npm/myartifact@1.0.0?in%20production=true"_s
        << u"'pkg:npm/myartifact@1.0.0?in%20production=true' is not a valid package "
           "URL (purl): 'in%20production' is not a valid qualifier key (letters, "
           "digits, '.', '-', '_', starting with a letter)."_s;
    QTest::newRow("repeated qualifier")
        << u"pkg:deb/debian/curl@1?arch=i386&Arch=amd64"_s
        << u"'pkg:deb/debian/curl@1?arch=i386&Arch=amd64' is not a valid package URL "
           "(purl): the qualifier 'arch' appears more than once."_s;
    QTest::newRow("broken escape")
        << u"pkg:generic/foo%2@1"_s
        << u"'pkg:generic/foo%2@1' is not a valid package URL (purl): the name has a broken "
           "percent-escape."_s;
    QTest::newRow("not UTF-8")
        << u"pkg:generic/foo%FF"_s
        << u"'pkg:generic/foo%FF' is not a valid package URL (purl): the name has a broken "
           "percent-escape."_s;
    QTest::newRow("empty") << u"  "_s << u"The package URL (purl) is empty."_s;
}

void TestProductName::purlInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const Result<PackageUrl> purl = PackageUrl::parse(text);
    QVERIFY(!purl);
    QCOMPARE(purl.error().kind, ErrorKind::InvalidInput);
    QCOMPARE(purl.error().message, message);
}

void TestProductName::purlBuild()
{
    // The spec's "build" tests: components to the canonical string.
    PackageUrl purl;
    purl.type = u"generic"_s;
    purl.name = u"openssl"_s;
    purl.version = u"1.1.10g"_s;
    purl.qualifiers = {{u"checksum"_s, u"sha1:ad9503c3e994a4f,sha256:41bf9088b3a1e6c1ef1d"_s}};
    QCOMPARE(purl.toString(),
             u"pkg:generic/openssl@1.1.10g?checksum=sha1:ad9503c3e994a4f%2Csha256:41bf9088b3a1e6c1ef1d"_s);

    PackageUrl maven;
    maven.type = u"maven"_s;
    maven.namespace_ = u"org.apache.xmlgraphics"_s;
    maven.name = u"batik-anim"_s;
    maven.version = u"1.9.1"_s;
    maven.qualifiers = {{u"repository_url"_s, u"repo.spring.io/release"_s},
                        {u"classifier"_s, u"foo"_s},
                        {u"empty"_s, QString()}};
    QCOMPARE(
        maven.toString(),
        u"pkg:maven/org.apache.xmlgraphics/batik-anim@1.9.1?classifier=foo&repository_url=repo.spring.io%2Frelease"_s);
    QCOMPARE(maven.toVersionlessString(), u"pkg:maven/org.apache.xmlgraphics/batik-anim"_s);
    QCOMPARE(maven.qualifier(u"classifier"_s), u"foo"_s);
    QCOMPARE(maven.qualifier(u"type"_s), QString());
}

// ---- CPE -------------------------------------------------------------------------------------

void TestProductName::cpeParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("fields"); // the 11 attributes in 2.3 order

    QTest::newRow("2.3 firefox esr") << u"cpe:2.3:a:mozilla:firefox:115.0:*:*:*:esr:*:*:*"_s
                                     << QStringList {u"a"_s, u"mozilla"_s, u"firefox"_s, u"115.0"_s,
                                                     u"*"_s, u"*"_s,       u"*"_s,       u"esr"_s,
                                                     u"*"_s, u"*"_s,       u"*"_s};
    QTest::newRow("2.2 firefox") << u"cpe:/a:mozilla:firefox:115.0"_s
                                 << QStringList {u"a"_s, u"mozilla"_s, u"firefox"_s, u"115.0"_s,
                                                 u"*"_s, u"*"_s,       u"*"_s,       u"*"_s,
                                                 u"*"_s, u"*"_s,       u"*"_s};
    QTest::newRow("2.3 escapes") << u"cpe:2.3:a:notepad-plus-plus:notepad\\+\\+:8.6:*:*:*:*:*:*:*"_s
                                 << QStringList {u"a"_s,         u"notepad-plus-plus"_s,
                                                 u"notepad++"_s, u"8.6"_s,
                                                 u"*"_s,         u"*"_s,
                                                 u"*"_s,         u"*"_s,
                                                 u"*"_s,         u"*"_s,
                                                 u"*"_s};
    QTest::newRow("2.3 needless escapes, upper case")
        << u"CPE:2.3:A:Microsoft:.NET\\_Framework:4\\.8:*:*:*:*:*:*:*"_s
        << QStringList {
               u"a"_s, u"microsoft"_s, u".net_framework"_s, u"4.8"_s, u"*"_s, u"*"_s, u"*"_s, u"*"_s, u"*"_s,
               u"*"_s, u"*"_s};
    QTest::newRow("2.3 escaped colon, NA, wildcard")
        << u"cpe:2.3:a:foo\\:bar:big\\$money_2010:8.*:-:*:*:*:*:*:*"_s
        << QStringList {
               u"a"_s, u"foo:bar"_s, u"big$money_2010"_s, u"8.*"_s, u"-"_s, u"*"_s, u"*"_s, u"*"_s, u"*"_s,
               u"*"_s, u"*"_s};
    QTest::newRow("2.3 literal asterisk and lone hyphen")
        << u"cpe:2.3:a:vendor:star\\*:\\-:*:*:*:*:*:*:*"_s
        << QStringList {u"a"_s, u"vendor"_s, u"star\\*"_s, u"\\-"_s, u"*"_s, u"*"_s,
                        u"*"_s, u"*"_s,      u"*"_s,       u"*"_s,   u"*"_s};
    QTest::newRow("2.3 empty as ANY (SPDX example)")
        << u"cpe:2.3:o:canonical:ubuntu_linux:10.04::lts:*:*:*:*:*"_s
        << QStringList {u"o"_s,     u"canonical"_s, u"ubuntu_linux"_s,
                        u"10.04"_s, u"*"_s,         u"lts"_s,
                        u"*"_s,     u"*"_s,         u"*"_s,
                        u"*"_s,     u"*"_s};
    QTest::newRow("2.2 NA update (SPDX example)")
        << u"cpe:/o:canonical:ubuntu_linux:10.04:-:lts"_s
        << QStringList {u"o"_s,     u"canonical"_s, u"ubuntu_linux"_s,
                        u"10.04"_s, u"-"_s,         u"lts"_s,
                        u"*"_s,     u"*"_s,         u"*"_s,
                        u"*"_s,     u"*"_s};
    // NISTIR 7695's example of a packed edition.
    QTest::newRow("2.2 packed edition")
        << u"cpe:/a:hp:insight_diagnostics:7.4.0.1570::~~online~win2003~x64~"_s
        << QStringList {u"a"_s,          u"hp"_s,     u"insight_diagnostics"_s,
                        u"7.4.0.1570"_s, u"*"_s,      u"*"_s,
                        u"*"_s,          u"online"_s, u"win2003"_s,
                        u"x64"_s,        u"*"_s};
    QTest::newRow("2.2 percent escapes and wildcards")
        << u"cpe:/a:microsoft:internet_explorer:8.%02:sp%01"_s
        << QStringList {u"a"_s,   u"microsoft"_s, u"internet_explorer"_s,
                        u"8.*"_s, u"sp?"_s,       u"*"_s,
                        u"*"_s,   u"*"_s,         u"*"_s,
                        u"*"_s,   u"*"_s};
    QTest::newRow("2.2 encoded specials")
        << u"cpe:/a:foo%5cbar:big%24money:2010%2a:::en-us"_s
        << QStringList {u"a"_s,     u"foo\\\\bar"_s, u"big$money"_s, u"2010\\*"_s, u"*"_s, u"*"_s,
                        u"en-us"_s, u"*"_s,          u"*"_s,         u"*"_s,       u"*"_s};
    QTest::newRow("2.2 hardware, part only")
        << u"cpe:/h"_s << QStringList {u"h"_s, u"*"_s, u"*"_s, u"*"_s, u"*"_s, u"*"_s,
                                       u"*"_s, u"*"_s, u"*"_s, u"*"_s, u"*"_s};
}

void TestProductName::cpeParse()
{
    QFETCH(QString, text);
    QFETCH(QStringList, fields);
    const Result<Cpe> cpe = Cpe::parse(text);
    QVERIFY2(cpe, why(cpe));
    const QStringList got {cpe->part,     cpe->vendor,   cpe->product,  cpe->version,
                           cpe->update,   cpe->edition,  cpe->language, cpe->swEdition,
                           cpe->targetSw, cpe->targetHw, cpe->other};
    QCOMPARE(got, fields);

    // Both bindings parse back to the same name.
    const Result<Cpe> from23 = Cpe::parse(cpe->toCpe23());
    QVERIFY2(from23, why(from23));
    QCOMPARE(*from23, *cpe);
    const Result<Cpe> from22 = Cpe::parse(cpe->toCpe22());
    QVERIFY2(from22, why(from22));
    QCOMPARE(*from22, *cpe);
}

void TestProductName::cpeBindings_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("cpe23");
    QTest::addColumn<QString>("cpe22");
    QTest::newRow("firefox esr") << u"cpe:2.3:a:mozilla:firefox:115.0:*:*:*:esr:*:*:*"_s
                                 << u"cpe:2.3:a:mozilla:firefox:115.0:*:*:*:esr:*:*:*"_s
                                 << u"cpe:/a:mozilla:firefox:115.0::~~esr~~~"_s;
    QTest::newRow("2.2 to 2.3") << u"cpe:/a:mozilla:firefox:115.0"_s
                                << u"cpe:2.3:a:mozilla:firefox:115.0:*:*:*:*:*:*:*"_s
                                << u"cpe:/a:mozilla:firefox:115.0"_s;
    QTest::newRow("packed edition")
        << u"cpe:/a:hp:insight_diagnostics:7.4.0.1570::~~online~win2003~x64~"_s
        << u"cpe:2.3:a:hp:insight_diagnostics:7.4.0.1570:*:*:*:online:win2003:x64:*"_s
        << u"cpe:/a:hp:insight_diagnostics:7.4.0.1570::~~online~win2003~x64~"_s;
    QTest::newRow("plus signs") << u"cpe:2.3:a:notepad-plus-plus:notepad\\+\\+:8.6:*:*:*:*:*:*:*"_s
                                << u"cpe:2.3:a:notepad-plus-plus:notepad\\+\\+:8.6:*:*:*:*:*:*:*"_s
                                << u"cpe:/a:notepad-plus-plus:notepad%2b%2b:8.6"_s;
    QTest::newRow("needless escapes dropped") << u"cpe:2.3:a:microsoft:.net\\_framework:4\\.8:*:*:*:*:*:*:*"_s
                                              << u"cpe:2.3:a:microsoft:.net_framework:4.8:*:*:*:*:*:*:*"_s
                                              << u"cpe:/a:microsoft:.net_framework:4.8"_s;
    QTest::newRow("NA and wildcards") << u"cpe:/a:microsoft:internet_explorer:8.%02:sp%01:-"_s
                                      << u"cpe:2.3:a:microsoft:internet_explorer:8.*:sp?:-:*:*:*:*:*"_s
                                      << u"cpe:/a:microsoft:internet_explorer:8.%02:sp%01:-"_s;
    QTest::newRow("literal specials") << u"cpe:2.3:a:foo\\\\bar:big\\$money:2010\\*:*:*:en-us:*:*:*:*"_s
                                      << u"cpe:2.3:a:foo\\\\bar:big\\$money:2010\\*:*:*:en-us:*:*:*:*"_s
                                      << u"cpe:/a:foo%5cbar:big%24money:2010%2a:::en-us"_s;
    QTest::newRow("colon and tilde") << u"cpe:2.3:a:foo\\:bar:a\\~b:1:*:*:*:*:*:*:*"_s
                                     << u"cpe:2.3:a:foo\\:bar:a\\~b:1:*:*:*:*:*:*:*"_s
                                     << u"cpe:/a:foo%3abar:a%7eb:1"_s;
    QTest::newRow("only other set") << u"cpe:2.3:o:linux:linux_kernel:6.1:*:*:*:*:*:*:rt"_s
                                    << u"cpe:2.3:o:linux:linux_kernel:6.1:*:*:*:*:*:*:rt"_s
                                    << u"cpe:/o:linux:linux_kernel:6.1::~~~~~rt"_s;
}

void TestProductName::cpeBindings()
{
    QFETCH(QString, input);
    const Result<Cpe> cpe = Cpe::parse(input);
    QVERIFY2(cpe, why(cpe));
    QTEST(cpe->toCpe23(), "cpe23");
    QTEST(cpe->toCpe22(), "cpe22");
}

void TestProductName::cpeInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("too few")
        << u"cpe:2.3:a:mozilla:firefox:115.0"_s
        << u"'cpe:2.3:a:mozilla:firefox:115.0' is not a valid CPE name: a CPE 2.3 formatted "
           "string has 11 components after \"cpe:2.3:\", this one has 4."_s;
    QTest::newRow("unescaped colon")
        << u"cpe:2.3:a:foo:bar:baz:1:*:*:*:*:*:*:*"_s
        << u"'cpe:2.3:a:foo:bar:baz:1:*:*:*:*:*:*:*' is not a valid CPE name: a CPE 2.3 "
           "formatted string has 11 components after \"cpe:2.3:\", this one has 12."_s;
    QTest::newRow("bad part")
        << u"cpe:2.3:x:mozilla:firefox:115.0:*:*:*:*:*:*:*"_s
        << u"'cpe:2.3:x:mozilla:firefox:115.0:*:*:*:*:*:*:*' is not a valid CPE name: the part "
           "must be a, o or h, not 'x'."_s;
    QTest::newRow("lone backslash")
        << u"cpe:2.3:a:mozilla:firefox:*:*:*:*:*:*:*:foo\\"_s
        << u"'cpe:2.3:a:mozilla:firefox:*:*:*:*:*:*:*:foo\\' is not a valid CPE name: "
           "component 11 ends with a lone backslash."_s;
    QTest::newRow("2.2 too long")
        << u"cpe:/a:a:b:c:d:e:f:g"_s
        << u"'cpe:/a:a:b:c:d:e:f:g' is not a valid CPE name: a CPE 2.2 URI has at most 7 "
           "components after \"cpe:/\", this one has 8."_s;
    QTest::newRow("2.2 broken escape")
        << u"cpe:/a:mozilla:fire%zzfox"_s
        << u"'cpe:/a:mozilla:fire%zzfox' is not a valid CPE name: component 3 has a "
           "broken percent-escape."_s;
    QTest::newRow("2.2 packed edition wrong")
        << u"cpe:/a:hp:x:1::~a~b"_s
        << u"'cpe:/a:hp:x:1::~a~b' is not a valid CPE name: a packed edition has "
           "the form ~edition~sw_edition~target_sw~target_hw~other, this one "
           "has 2 parts."_s;
    QTest::newRow("neither")
        << u"mozilla firefox 115"_s
        << u"'mozilla firefox 115' is not a valid CPE name: it starts with neither \"cpe:2.3:\" "
           "(CPE 2.3) nor \"cpe:/\" (CPE 2.2)."_s;
    QTest::newRow("empty") << QString() << u"The CPE name is empty."_s;
}

void TestProductName::cpeInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const Result<Cpe> cpe = Cpe::parse(text);
    QVERIFY(!cpe);
    QCOMPARE(cpe.error().kind, ErrorKind::InvalidInput);
    QCOMPARE(cpe.error().message, message);
}

// ---- Normalised product keys -----------------------------------------------------------------

void TestProductName::normalize_data()
{
    QTest::addColumn<QString>("vendor");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("purl");
    QTest::addColumn<QString>("cpe");
    QTest::addColumn<QString>("key");

    auto row = [](const char *tag, const QString &vendor, const QString &name, const QString &purl,
                  const QString &cpe, const QString &key) {
        QTest::newRow(tag) << vendor << name << purl << cpe << key;
    };
    const QString none;

    // Windows "Programs and Features": DisplayName and Publisher as the registry has them.
    row("win firefox", u"Mozilla"_s, u"Mozilla Firefox (x64 en-US)"_s, none, none, u"firefox"_s);
    row("win firefox esr", u"Mozilla"_s, u"Mozilla Firefox ESR (x64 de)"_s, none, none, u"firefox"_s);
    row("win firefox 32-bit", u"Mozilla"_s, u"Mozilla Firefox (x86 nl)"_s, none, none, u"firefox"_s);
    row("win firefox developer", u"Mozilla"_s, u"Firefox Developer Edition (x64 en-US)"_s, none, none,
        u"firefox-developer-edition"_s);
    row("win thunderbird", u"Mozilla"_s, u"Mozilla Thunderbird (x64 en-US)"_s, none, none, u"thunderbird"_s);
    row("win maintenance service", u"Mozilla"_s, u"Mozilla Maintenance Service"_s, none, none,
        u"maintenance-service"_s);
    row("win chrome", u"Google LLC"_s, u"Google Chrome"_s, none, none, u"chrome"_s);
    row("win edge", u"Microsoft Corporation"_s, u"Microsoft Edge"_s, none, none, u"edge"_s);
    row("win edge webview", u"Microsoft Corporation"_s, u"Microsoft Edge WebView2 Runtime"_s, none, none,
        u"edge-webview2-runtime"_s);
    row("win vc++ 2015-2022 x64", u"Microsoft Corporation"_s,
        u"Microsoft Visual C++ 2015-2022 Redistributable (x64) - 14.38.33135"_s, none, none,
        u"visual-c++-2015-2022-redistributable"_s);
    row("win vc++ 2015-2022 x86", u"Microsoft Corporation"_s,
        u"Microsoft Visual C++ 2015-2022 Redistributable (x86) - 14.38.33135"_s, none, none,
        u"visual-c++-2015-2022-redistributable"_s);
    row("win vc++ 2013", u"Microsoft Corporation"_s,
        u"Microsoft Visual C++ 2013 Redistributable (x64) - 12.0.40664"_s, none, none,
        u"visual-c++-2013-redistributable"_s);
    row("win vc++ 2010 arch inside", u"Microsoft Corporation"_s,
        u"Microsoft Visual C++ 2010  x64 Redistributable - 10.0.40219"_s, none, none,
        u"visual-c++-2010-redistributable"_s);
    row("win 7-zip 23", u"Igor Pavlov"_s, u"7-Zip 23.01 (x64)"_s, none, none, u"7-zip"_s);
    row("win 7-zip 19", u"Igor Pavlov"_s, u"7-Zip 19.00"_s, none, none, u"7-zip"_s);
    row("win notepad++", u"Notepad++ Team"_s, u"Notepad++ (64-bit x64)"_s, none, none, u"notepad++"_s);
    row("win acrobat reader dc", u"Adobe Systems Incorporated"_s, u"Adobe Acrobat Reader DC"_s, none, none,
        u"acrobat-reader"_s);
    row("win acrobat reader 64", u"Adobe"_s, u"Adobe Acrobat Reader (64-bit)"_s, none, none,
        u"acrobat-reader"_s);
    row("win acrobat", u"Adobe"_s, u"Adobe Acrobat (64-bit)"_s, none, none, u"acrobat"_s);
    row("win vlc", u"VideoLAN"_s, u"VLC media player"_s, none, none, u"vlc-media-player"_s);
    row("win keepass", u"Dominik Reichl"_s, u"KeePass Password Safe 2.55"_s, none, none,
        u"keepass-password-safe"_s);
    row("win keepassxc", u"KeePassXC Team"_s, u"KeePassXC"_s, none, none, u"keepassxc"_s);
    row("win libreoffice", u"The Document Foundation"_s, u"LibreOffice 7.6.2.1"_s, none, none,
        u"libreoffice"_s);
    row("win virtualbox", u"Oracle Corporation"_s, u"Oracle VM VirtualBox 7.0.12"_s, none, none,
        u"vm-virtualbox"_s);
    row("win java 8", u"Oracle Corporation"_s, u"Java 8 Update 381 (64-bit)"_s, none, none, u"java"_s);
    row("win git", u"The Git Development Community"_s, u"Git"_s, none, none, u"git"_s);
    row("win winrar", u"win.rar GmbH"_s, u"WinRAR 6.24 (64-bit)"_s, none, none, u"winrar"_s);
    row("win putty", u"Simon Tatham"_s, u"PuTTY release 0.79 (64-bit)"_s, none, none, u"putty"_s);
    row("win zoom", u"Zoom Video Communications, Inc."_s, u"Zoom"_s, none, none, u"zoom"_s);
    row("win teamviewer", u"TeamViewer"_s, u"TeamViewer"_s, none, none, u"teamviewer"_s);
    row("win anyconnect", u"Cisco Systems, Inc."_s, u"Cisco AnyConnect Secure Mobility Client "_s, none, none,
        u"anyconnect-secure-mobility-client"_s);
    row("win m365 locale", u"Microsoft Corporation"_s, u"Microsoft 365 Apps for enterprise - de-de"_s, none,
        none, u"365-apps-for-enterprise"_s);
    row("win office 2019", u"Microsoft Corporation"_s, u"Microsoft Office Professional Plus 2019 - nl-nl"_s,
        none, none, u"office-professional-plus"_s);
    row("win wireshark", u"The Wireshark developer community, https://www.wireshark.org"_s,
        u"Wireshark 4.2.0 64-bit"_s, none, none, u"wireshark"_s);
    row("win openvpn", u"OpenVPN, Inc."_s, u"OpenVPN 2.6.8-I001 amd64"_s, none, none, u"openvpn"_s);
    row("win node.js", u"Node.js Foundation"_s, u"Node.js"_s, none, none, u"nodejs"_s);
    row("win python", u"Python Software Foundation"_s, u"Python 3.12.0 (64-bit)"_s, none, none, u"python"_s);
    row("win python launcher", u"Python Software Foundation"_s, u"Python Launcher"_s, none, none,
        u"python-launcher"_s);
    row("win python core", u"Python Software Foundation"_s, u"Python 3.12.0 Core Interpreter (64-bit)"_s,
        none, none, u"python-core-interpreter"_s);
    row("win trademark", u"Intel Corporation"_s, u"Intel(R) Management Engine Components"_s, none, none,
        u"management-engine-components"_s);
    row("win trademark sign", u"Oracle Corporation"_s, u"Java\u2122 SE Development Kit 17.0.8 (64-bit)"_s,
        none, none, u"java-se-development-kit"_s);
    row("win .net", u"Microsoft Corporation"_s, u"Microsoft .NET Runtime - 8.0.0 (x64)"_s, none, none,
        u"net-runtime"_s);
    row("win unicode", u"Gemeente Süderstadt"_s, u"Bürgerservice-Portal 2.0"_s, none, none,
        u"bürgerservice-portal"_s);
    row("win no vendor, known publisher", none, u"Google Chrome"_s, none, none, u"chrome"_s);
    row("win no vendor, mozilla", none, u"Mozilla Firefox"_s, none, none, u"firefox"_s);

    // Debian and RPM packages (by purl, as SBOM tools write them, or by plain package name).
    row("deb firefox-esr", none, u"firefox-esr"_s,
        u"pkg:deb/debian/firefox-esr@115.5.0esr-1~deb12u1?arch=amd64"_s, none, u"firefox"_s);
    row("name firefox", none, u"firefox"_s, none, none, u"firefox"_s);
    row("name firefox-esr", none, u"firefox-esr"_s, none, none, u"firefox"_s);
    row("rpm firefox", none, u"firefox"_s, u"pkg:rpm/fedora/firefox@120.0-1.fc39?arch=x86_64"_s, none,
        u"firefox"_s);
    row("rpm opensuse", none, u"MozillaFirefox"_s, u"pkg:rpm/opensuse/MozillaFirefox@120.0-1.1"_s, none,
        u"firefox"_s);
    row("deb thunderbird", none, u"thunderbird"_s, u"pkg:deb/debian/thunderbird@1:115.5.0-1~deb12u1"_s, none,
        u"thunderbird"_s);
    row("deb python3", none, u"python3"_s, u"pkg:deb/debian/python3@3.11.2-1+b1"_s, none, u"python3"_s);
    row("deb python3-requests", none, u"python3-requests"_s,
        u"pkg:deb/debian/python3-requests@2.28.1+dfsg-1"_s, none, u"python3-requests"_s);
    row("deb libssl3", none, u"libssl3"_s, u"pkg:deb/debian/libssl3@3.0.11-1~deb12u2"_s, none, u"libssl3"_s);
    row("deb openssl", none, u"openssl"_s, u"pkg:deb/debian/openssl@3.0.11-1~deb12u2"_s, none, u"openssl"_s);
    row("rpm openssl-libs", none, u"openssl-libs"_s,
        u"pkg:rpm/redhat/openssl-libs@3.0.7-24.el9?arch=x86_64"_s, none, u"openssl-libs"_s);
    row("deb postgresql-15", none, u"postgresql-15"_s, u"pkg:deb/debian/postgresql-15@15.5-0+deb12u1"_s, none,
        u"postgresql-15"_s);
    row("deb vlc", none, u"vlc"_s, u"pkg:deb/debian/vlc@3.0.20-0+deb12u1"_s, none, u"vlc-media-player"_s);
    row("deb chrome", none, u"google-chrome-stable"_s,
        u"pkg:deb/ubuntu/google-chrome-stable@120.0.6099.109-1"_s, none, u"chrome"_s);
    row("rpm edge", none, u"microsoft-edge-stable"_s,
        u"pkg:rpm/microsoft/microsoft-edge-stable@120.0.2210.77-1"_s, none, u"edge"_s);
    row("deb nodejs", none, u"nodejs"_s, u"pkg:deb/debian/nodejs@18.19.0+dfsg-6~deb12u1"_s, none,
        u"nodejs"_s);
    row("deb p7zip", none, u"p7zip-full"_s, u"pkg:deb/debian/p7zip-full@16.02+dfsg-8"_s, none,
        u"p7zip-full"_s);
    row("deb openjdk", none, u"openjdk-17-jre"_s, u"pkg:deb/debian/openjdk-17-jre@17.0.9+9-1~deb12u1"_s, none,
        u"openjdk-17-jre"_s);
    row("winget 7zip", none, u"7zip"_s, none, none, u"7-zip"_s);
    row("aur bin", none, u"keepassxc-bin"_s, u"pkg:alpm/arch/keepassxc-bin@2.7.6-1"_s, none, u"keepassxc"_s);

    // Language ecosystems in SBOMs.
    row("pypi requests", none, u"Requests"_s, u"pkg:pypi/Requests@2.31.0"_s, none, u"requests"_s);
    row("npm scoped", none, u"@angular/core"_s, u"pkg:npm/%40angular/core@17.0.0"_s, none, u"angular/core"_s);
    row("npm plain", none, u"lodash"_s, u"pkg:npm/lodash@4.17.21"_s, none, u"lodash"_s);
    row("maven", u"org.apache.logging.log4j"_s, u"log4j-core"_s,
        u"pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1?type=jar"_s, none,
        u"org-apache-logging-log4j/log4j-core"_s);
    row("maven with cpe", none, u"log4j-core"_s, u"pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1"_s,
        u"cpe:2.3:a:apache:log4j:2.17.1:*:*:*:*:*:*:*"_s, u"log4j"_s);
    row("composer", u"Taylor Otwell"_s, u"framework"_s, u"pkg:composer/laravel/framework@7.12.0"_s, none,
        u"laravel/framework"_s);
    row("golang", none, u"github.com/ProtonMail/go-crypto"_s,
        u"pkg:golang/github.com/ProtonMail/go-crypto@v0.0.0-20210428141323-04723f9f07d7"_s, none,
        u"github-com/protonmail/go-crypto"_s);
    row("nuget", none, u"Newtonsoft.Json"_s, u"pkg:nuget/Newtonsoft.Json@13.0.3"_s, none,
        u"newtonsoft-json"_s);
    row("generic notepad++", u"Don Ho"_s, u"Notepad++"_s, u"pkg:generic/notepad%2B%2B@8.6.2"_s, none,
        u"notepad++"_s);

    // CPE names: the product wins over every other spelling.
    row("cpe 2.3 firefox esr", none, none, none, u"cpe:2.3:a:mozilla:firefox:115.0:*:*:*:esr:*:*:*"_s,
        u"firefox"_s);
    row("cpe 2.2 firefox", none, none, none, u"cpe:/a:mozilla:firefox:115.0"_s, u"firefox"_s);
    row("cpe firefox_esr", none, none, none, u"cpe:2.3:a:mozilla:firefox_esr:115.5.0:*:*:*:*:*:*:*"_s,
        u"firefox"_s);
    row("cpe edge_chromium", none, none, none, u"cpe:2.3:a:microsoft:edge_chromium:120.0:*:*:*:*:*:*:*"_s,
        u"edge"_s);
    row("cpe acrobat_reader_dc", none, none, none,
        u"cpe:2.3:a:adobe:acrobat_reader_dc:23.006:*:*:*:continuous:*:*:*"_s, u"acrobat-reader"_s);
    row("cpe vlc", none, none, none, u"cpe:2.3:a:videolan:vlc_media_player:3.0.20:*:*:*:*:*:*:*"_s,
        u"vlc-media-player"_s);
    row("cpe 7-zip", none, none, none, u"cpe:2.3:a:7-zip:7-zip:23.01:*:*:*:*:*:*:*"_s, u"7-zip"_s);
    row("cpe notepad++", none, none, none, u"cpe:2.3:a:notepad-plus-plus:notepad\\+\\+:8.6:*:*:*:*:*:*:*"_s,
        u"notepad++"_s);
    row("cpe node.js", none, none, none, u"cpe:2.3:a:nodejs:node.js:18.19.0:*:*:*:*:*:*:*"_s, u"nodejs"_s);
    row("cpe over name", u"Mozilla"_s, u"Mozilla Firefox ESR (x64 de)"_s, none,
        u"cpe:2.3:a:mozilla:firefox:115.0:*:*:*:esr:*:*:*"_s, u"firefox"_s);
    row("cpe openssl over libssl3", none, u"libssl3"_s, u"pkg:deb/debian/libssl3@3.0.11-1~deb12u2"_s,
        u"cpe:2.3:a:openssl:openssl:3.0.11:*:*:*:*:*:*:*"_s, u"openssl"_s);
    row("wildcard cpe ignored", none, u"firefox-esr"_s, none, u"cpe:2.3:a:mozilla:fire*:*:*:*:*:*:*:*:*"_s,
        u"firefox"_s);
    row("invalid cpe and purl ignored", u"Mozilla"_s, u"Mozilla Firefox"_s, u"firefox"_s, u"firefox 115"_s,
        u"firefox"_s);
    row("nothing", none, u"  "_s, none, none, QString());
    row("only a version", none, u"1.0"_s, none, none, u"1-0"_s);
}

void TestProductName::normalize()
{
    QFETCH(QString, vendor);
    QFETCH(QString, name);
    QFETCH(QString, purl);
    QFETCH(QString, cpe);
    QFETCH(QString, key);
    QCOMPARE(ProductName::normalize(vendor, name, purl, cpe).key, key);
}

void TestProductName::sameProduct_data()
{
    QTest::addColumn<QStringList>("spellings"); // vendor|name|purl|cpe
    QTest::newRow("firefox") << QStringList {
        u"Mozilla|Mozilla Firefox||"_s,
        u"|firefox||"_s,
        u"|Firefox ESR||"_s,
        u"||pkg:deb/debian/firefox-esr@115.5.0esr-1|"_s,
        u"|||cpe:2.3:a:mozilla:firefox:115.0:*:*:*:esr:*:*:*"_s,
        u"|||cpe:/a:mozilla:firefox:115.0"_s,
        u"||pkg:rpm/opensuse/MozillaFirefox@120.0|"_s,
    };
    QTest::newRow("edge") << QStringList {u"Microsoft Corporation|Microsoft Edge||"_s, u"|ms-edge||"_s,
                                          u"|microsoft edge||"_s,
                                          u"||pkg:deb/debian/microsoft-edge-stable@120.0|"_s,
                                          u"|||cpe:2.3:a:microsoft:edge_chromium:120.0:*:*:*:*:*:*:*"_s};
    QTest::newRow("acrobat reader") << QStringList {
        u"Adobe Systems Incorporated|Adobe Acrobat Reader DC||"_s, u"|adobe acrobat reader dc||"_s,
        u"Adobe|Adobe Acrobat Reader||"_s, u"|||cpe:/a:adobe:acrobat_reader_dc:23.006"_s};
    QTest::newRow("chrome") << QStringList {u"Google LLC|Google Chrome||"_s,
                                            u"||pkg:deb/ubuntu/google-chrome-stable@120.0|"_s,
                                            u"|||cpe:2.3:a:google:chrome:120.0:*:*:*:*:*:*:*"_s};
    QTest::newRow("vlc") << QStringList {u"VideoLAN|VLC media player||"_s, u"||pkg:deb/debian/vlc@3.0.20|"_s,
                                         u"|||cpe:2.3:a:videolan:vlc_media_player:3.0.20:*:*:*:*:*:*:*"_s};
    QTest::newRow("7-zip") << QStringList {u"Igor Pavlov|7-Zip 23.01 (x64)||"_s, u"|7zip||"_s,
                                           u"|||cpe:2.3:a:7-zip:7-zip:23.01:*:*:*:*:*:*:*"_s};
    QTest::newRow("node.js") << QStringList {u"Node.js Foundation|Node.js||"_s,
                                             u"||pkg:deb/debian/nodejs@18.19.0|"_s,
                                             u"|||cpe:2.3:a:nodejs:node.js:18.19.0:*:*:*:*:*:*:*"_s};
    QTest::newRow("rhel") << QStringList {u"Red Hat|Red Hat Enterprise Linux||"_s,
                                          u"|||cpe:2.3:o:redhat:enterprise_linux:8.0:*:*:*:*:*:*:*"_s};
}

void TestProductName::sameProduct()
{
    QFETCH(QStringList, spellings);
    QString first;
    for (const QString &spelling : std::as_const(spellings)) {
        const QStringList p = spelling.split(u'|');
        QCOMPARE(p.size(), 4);
        const QString key = ProductName::normalize(p[0], p[1], p[2], p[3]).key;
        QVERIFY2(!key.isEmpty(), qPrintable(spelling));
        if (first.isEmpty())
            first = key;
        QVERIFY2(key == first, qPrintable(u"%1 gives %2, expected %3"_s.arg(spelling, key, first)));
    }
}

void TestProductName::differentProducts_data()
{
    QTest::addColumn<QString>("a"); // vendor|name|purl|cpe
    QTest::addColumn<QString>("b");
    QTest::newRow("firefox / thunderbird")
        << u"Mozilla|Mozilla Firefox||"_s << u"Mozilla|Mozilla Thunderbird||"_s;
    QTest::newRow("firefox / developer edition")
        << u"Mozilla|Mozilla Firefox (x64 en-US)||"_s << u"Mozilla|Firefox Developer Edition (x64 en-US)||"_s;
    QTest::newRow("python3 / python3-requests")
        << u"||pkg:deb/debian/python3@3.11.2-1|"_s << u"||pkg:deb/debian/python3-requests@2.28.1+dfsg-1|"_s;
    QTest::newRow("libssl3 / openssl")
        << u"||pkg:deb/debian/libssl3@3.0.11-1|"_s << u"||pkg:deb/debian/openssl@3.0.11-1|"_s;
    QTest::newRow("notepad++ / notepad")
        << u"Notepad++ Team|Notepad++ (64-bit x64)||"_s << u"Microsoft Corporation|Windows Notepad||"_s;
    QTest::newRow("notepad++ / notepad by name") << u"|notepad++||"_s << u"|notepad||"_s;
    QTest::newRow("acrobat / reader")
        << u"Adobe|Adobe Acrobat (64-bit)||"_s << u"Adobe|Adobe Acrobat Reader DC||"_s;
    QTest::newRow("edge / webview2") << u"Microsoft Corporation|Microsoft Edge||"_s
                                     << u"Microsoft Corporation|Microsoft Edge WebView2 Runtime||"_s;
    QTest::newRow("keepass / keepassxc")
        << u"Dominik Reichl|KeePass Password Safe 2.55||"_s << u"|KeePassXC||"_s;
    QTest::newRow("vc++ 2013 / 2015-2022")
        << u"Microsoft Corporation|Microsoft Visual C++ 2013 Redistributable (x64) - 12.0.40664||"_s
        << u"Microsoft Corporation|Microsoft Visual C++ 2015-2022 Redistributable (x64) - 14.38.33135||"_s;
    QTest::newRow("python / launcher") << u"Python Software Foundation|Python 3.12.0 (64-bit)||"_s
                                       << u"Python Software Foundation|Python Launcher||"_s;
    QTest::newRow("maven core / core")
        << u"||pkg:maven/org.foo/core@1.0|"_s << u"||pkg:maven/org.bar/core@1.0|"_s;
    QTest::newRow("7-zip / p7zip") << u"Igor Pavlov|7-Zip 23.01 (x64)||"_s
                                   << u"||pkg:deb/debian/p7zip-full@16.02|"_s;
    QTest::newRow("go-crypto fork") << u"||pkg:golang/github.com/ProtonMail/go-crypto@v0.1|"_s
                                    << u"||pkg:golang/golang.org/x/crypto@v0.1|"_s;
    QTest::newRow("cpe python / requests") << u"|||cpe:2.3:a:python:python:3.11:*:*:*:*:*:*:*"_s
                                           << u"|||cpe:2.3:a:python:requests:2.31.0:*:*:*:*:*:*:*"_s;
}

void TestProductName::differentProducts()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    const QStringList pa = a.split(u'|');
    const QStringList pb = b.split(u'|');
    const QString ka = ProductName::normalize(pa[0], pa[1], pa[2], pa[3]).key;
    const QString kb = ProductName::normalize(pb[0], pb[1], pb[2], pb[3]).key;
    QVERIFY(!ka.isEmpty());
    QVERIFY(!kb.isEmpty());
    QVERIFY2(ka != kb, qPrintable(u"both give %1"_s.arg(ka)));
}

void TestProductName::details()
{
    const ProductKey firefox = ProductName::normalize(u"Mozilla"_s, u"Mozilla Firefox ESR (x64 de)"_s);
    QCOMPARE(firefox.key, u"firefox"_s);
    QCOMPARE(firefox.vendor, u"Mozilla"_s);
    QCOMPARE(firefox.displayName, u"Firefox"_s);
    QCOMPARE(firefox.aliases, QStringList {u"mozilla firefox esr (x64 de)"_s});

    const ProductKey vc = ProductName::normalize(
        u"Microsoft Corporation"_s, u"Microsoft Visual C++ 2015-2022 Redistributable (x64) - 14.38.33135"_s);
    QCOMPARE(vc.vendor, u"Microsoft"_s);
    QCOMPARE(vc.displayName, u"Visual C++ 2015-2022 Redistributable"_s);

    const ProductKey chrome = ProductName::normalize(QString(), u"Google Chrome"_s);
    QCOMPARE(chrome.vendor, u"Google"_s); // the well-known publisher word
    QCOMPARE(chrome.displayName, u"Chrome"_s);

    const ProductKey deb = ProductName::normalize(QString(), u"firefox-esr"_s,
                                                  u"pkg:deb/debian/firefox-esr@115.5.0esr-1?arch=amd64"_s,
                                                  u"cpe:2.3:a:mozilla:firefox:115.5.0:*:*:*:esr:*:*:*"_s);
    QCOMPARE(deb.key, u"firefox"_s);
    QCOMPARE(deb.vendor, u"mozilla"_s); // from the CPE
    QCOMPARE(deb.displayName, u"firefox-esr"_s);
    QCOMPARE(deb.aliases,
             (QStringList {u"firefox-esr"_s, u"pkg:deb/debian/firefox-esr"_s,
                           u"cpe:2.3:a:mozilla:firefox:*:*:*:*:*:*:*:*"_s}));

    const ProductKey cpeOnly = ProductName::normalize(QString(), QString(), QString(),
                                                      u"cpe:/a:videolan:vlc_media_player:3.0.20"_s);
    QCOMPARE(cpeOnly.key, u"vlc-media-player"_s);
    QCOMPARE(cpeOnly.vendor, u"videolan"_s);
    QCOMPARE(cpeOnly.displayName, u"vlc media player"_s);

    const ProductKey maven = ProductName::normalize(
        QString(), QString(), u"pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1"_s);
    QCOMPARE(maven.key, u"org-apache-logging-log4j/log4j-core"_s);
    QCOMPARE(maven.vendor, u"org.apache.logging.log4j"_s);
    QCOMPARE(maven.displayName, u"org.apache.logging.log4j/log4j-core"_s);

    QCOMPARE(ProductName::normalize(QString(), QString()), ProductKey {});
    QCOMPARE(ProductName::keyFromName(u"Mozilla Firefox (x64 en-US)"_s, u"Mozilla"_s), u"firefox"_s);
    QCOMPARE(ProductName::keyFromPackageName(u"firefox_esr"_s), u"firefox"_s);
}

void TestProductName::cleanVendor_data()
{
    QTest::addColumn<QString>("vendor");
    QTest::addColumn<QString>("clean");
    QTest::newRow("llc") << u"Google LLC"_s << u"Google"_s;
    QTest::newRow("corporation") << u"Microsoft Corporation"_s << u"Microsoft"_s;
    QTest::newRow("comma inc") << u"Zoom Video Communications, Inc."_s << u"Zoom Video Communications"_s;
    QTest::newRow("incorporated") << u"Adobe Systems Incorporated"_s << u"Adobe Systems"_s;
    QTest::newRow("gmbh") << u"win.rar GmbH"_s << u"win.rar"_s;
    QTest::newRow("the") << u"The Document Foundation"_s << u"Document Foundation"_s;
    QTest::newRow("b.v.") << u"Example B.V."_s << u"Example"_s;
    QTest::newRow("only a legal form") << u"GmbH"_s << u"GmbH"_s;
    QTest::newRow("plain") << u"  Igor   Pavlov "_s << u"Igor Pavlov"_s;
}

void TestProductName::cleanVendor()
{
    QFETCH(QString, vendor);
    QTEST(ProductName::cleanVendor(vendor), "clean");
}

QTEST_GUILESS_MAIN(TestProductName)
#include "tst_productname.moc"
