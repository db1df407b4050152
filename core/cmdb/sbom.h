#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ChangeDesk {

// One piece of software (or hardware, for an HBOM) an SBOM lists.
struct SbomComponent {
    QString name;
    QString version;
    QString vendor; // CycloneDX: supplier.name, manufacturer.name, publisher, author, authors[0].name
                    // or group, first that is set; SPDX: the supplier's, else the originator's name
    QString purl; // as written; PackageUrl::parse() when needed
    QString cpe; // as written (2.3 preferred over 2.2 in SPDX)
    QString bomRef; // CycloneDX bom-ref or SPDX SPDXID
    QString type; // CycloneDX type ("library", "application", "device", ...) or SPDX
                  // primaryPackagePurpose in lower case; may be empty
};

// The installed software of one subject (a CI) as read from an SBOM file.
struct Sbom {
    enum Format { CycloneDX, Spdx };
    Format format = CycloneDX;
    QString specVersion; // "1.6", "2.3"
    QString subjectName; // what the SBOM describes: CycloneDX metadata.component.name; SPDX the
                         // single package the document DESCRIBES, else the document name
    QList<SbomComponent> components;
};

struct SbomParseOptions {
    static constexpr qint64 DefaultMaxBytes = 512LL * 1024 * 1024;
    // Larger files are refused before they are read: the JSON tree needs several times the
    // file's size in memory.
    qint64 maxBytes = DefaultMaxBytes;
};

// Reads CycloneDX JSON (specVersion 1.2 to 1.6) and SPDX 2.3 JSON SBOMs.
//
// CycloneDX: metadata.component is the subject, not a component; its nested `components` (parts
// of the subject) and then `components` are read recursively, in document order. Components with
// scope "excluded" are left out with what they contain (the spec: not part of the runtime).
// SPDX: every package; when the document DESCRIBES exactly one package (documentDescribes or
// a DESCRIBES / DESCRIBED_BY relationship), that package is the subject (the system or image
// the SBOM was taken of, like CycloneDX's metadata.component) and not a component; when it
// describes none or several, all packages are components and the document name is the subject.
// Files and snippets are not software packages and are not read.
//
// CycloneDX 1.2 and 1.3 are read although the catalogue targets 1.4–1.6: the JSON format and
// every field read here are the same since 1.2 (the first version with JSON), and real exports
// (the conformance corpus among them) still use them. CycloneDX 1.0/1.1 (XML only), later
// versions, SPDX before 2.3 and SPDX 3 are refused with the supported versions named.
//
// Every error is ErrorKind::InvalidInput and names the file; JSON syntax errors and truncated
// files give the line and column.
class SbomParser
{
    Q_DECLARE_TR_FUNCTIONS(SbomParser)

public:
    static Result<Sbom> parse(const QByteArray &data, const QString &fileName,
                              const SbomParseOptions &options = {});
    // Checks the size before reading; NotFound / Io errors when the file cannot be read.
    static Result<Sbom> parseFile(const QString &path, const SbomParseOptions &options = {});

    static QStringList supportedCycloneDxVersions(); // "1.2" ... "1.6"
    static QStringList supportedSpdxVersions(); // "SPDX-2.3"
};

} // namespace ChangeDesk
