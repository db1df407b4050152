#include "integritycommands.h"
#include "ctlsupport.h"

#include "change/changerecord.h"
#include "change/changeservice.h"
#include "change/workflow.h"
#include "documents/releasestatement.h"
#include "integrity/checksumregister.h"
#include "integrity/openpgpkeyring.h"
#include "integrity/packagelibrary.h"
#include "integrity/packageverifier.h"
#include "integrity/truststore.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Ctl {

namespace {

class IntegrityCommands
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityCommands)

public:
    explicit IntegrityCommands(CommandContext &context)
        : m_ctx(context)
    { }

    int verify(const QStringList &args);
    int trust(const QStringList &args);
    int package(const QStringList &args);
    int registerCommand(const QStringList &args);

private:
    int trustAdd(const QStringList &args);
    int trustList(const QStringList &args);
    int trustPin(const QStringList &args);
    int trustRemove(const QStringList &args);
    int packageAdd(const QStringList &args);
    int packageList(const QStringList &args);
    int packageShow(const QStringList &args);
    int packageVerify(const QStringList &args);
    int packageAccept(const QStringList &args);
    int packageRelease(const QStringList &args);
    int packageStatement(const QStringList &args);
    int packageAttach(const QStringList &args) { return attachment(args, true); }
    int packageDetach(const QStringList &args) { return attachment(args, false); }
    int attachment(const QStringList &args, bool attach);
    int registerList(const QStringList &args);
    int registerVerify(const QStringList &args);
    int registerExport(const QStringList &args);

    // Writes the release statement as PDF to `path` and says so in `json` and `text`.
    static Status writeStatement(const ReleaseStatement &statement, const QString &path, QJsonObject &json,
                                 QString &text);
    // The verdict in lines (or JSON); exit 0 when verified, else 1 with the reason on stderr.
    int reportVerification(const PackageVerification &v);
    // The evidence options of verify and package add, read into `evidence` for `fileName`.
    std::optional<int> readEvidence(const QCommandLineParser &parser, const QString &fileName,
                                    PackageEvidence &evidence);
    // A package id given as the first positional argument; exit 2 when it is none.
    std::optional<qint64> packageId(const QCommandLineParser &parser);

    using Subcommand = int (IntegrityCommands::*)(const QStringList &);
    // Runs the subcommand args[0] of `command` with the rest; a usage error naming the choices
    // when there is none or no such one.
    int dispatch(const QString &command, const QStringList &args,
                 const QList<std::pair<QString, Subcommand>> &subcommands);
    // Parses and opens the database; the exit code when that fails.
    std::optional<int> prepare(QCommandLineParser &parser, const QString &command, const QStringList &args,
                               qsizetype positionals, const QString &usage);
    // Who acts (--as, else the login); for a verification also somebody the database does not
    // know as a person, by their login.
    Result<ChangeActor> actor(const QString &login, bool personRequired) const;

    CommandContext &m_ctx;
    std::shared_ptr<Database> m_db;
};

int IntegrityCommands::dispatch(const QString &command, const QStringList &args,
                                const QList<std::pair<QString, Subcommand>> &subcommands)
{
    const QString sub = args.value(0);
    QStringList names;
    for (const auto &[name, run] : subcommands) {
        if (name == sub)
            return (this->*run)(args.mid(1));
        names << name;
    }
    if (sub.isEmpty())
        return m_ctx.usageError(tr("%1 needs a subcommand: %2").arg(command, names.join(u", "_s)));
    return m_ctx.usageError(tr("unknown %1 subcommand '%2': use %3").arg(command, sub, names.join(u", "_s)));
}

std::optional<int> IntegrityCommands::prepare(QCommandLineParser &parser, const QString &command,
                                              const QStringList &args, qsizetype positionals,
                                              const QString &usage)
{
    if (auto bad = m_ctx.parseOptions(parser, command, args))
        return bad;
    if (parser.positionalArguments().size() != positionals)
        return m_ctx.usageError(usage);
    auto db = m_ctx.openCurrent();
    if (!db)
        return m_ctx.failed(db.error());
    m_db = *db;
    return std::nullopt;
}

Result<ChangeActor> IntegrityCommands::actor(const QString &login, bool personRequired) const
{
    const ChangeService changes(*m_db, WorkflowDefinition::builtIn());
    auto found = changes.actor(login);
    if (found || personRequired || found.error().kind != ErrorKind::NotFound || !login.trimmed().isEmpty())
        return found;
    ChangeActor unknown;
    unknown.login = m_db->sessionUser();
    return unknown;
}

std::optional<int> IntegrityCommands::readEvidence(const QCommandLineParser &parser, const QString &fileName,
                                                   PackageEvidence &evidence)
{
    const QString sha256Option = u"sha256"_s;
    const QString checksumsOption = u"checksums"_s;
    const QString checksumsSignatureOption = u"checksums-signature"_s;
    const QString signatureOption = u"signature"_s;
    if (parser.isSet(sha256Option) && parser.isSet(checksumsOption))
        return m_ctx.usageError(tr("give --sha256 or --checksums, not both"));
    if (parser.isSet(checksumsSignatureOption) && !parser.isSet(checksumsOption))
        return m_ctx.usageError(tr("--checksums-signature needs --checksums, the file it signs"));
    if (parser.isSet(sha256Option)) {
        const QString hex = parser.value(sha256Option).trimmed().toLower();
        static const QRegularExpression sha256Hex(u"^[0-9a-f]{64}$"_s);
        if (!sha256Hex.match(hex).hasMatch())
            return m_ctx.usageError(tr("--sha256 '%1' is not a SHA-256 digest (64 hex digits)").arg(hex));
        evidence.checksums << ChecksumEntry {DigestAlgorithm::Sha256, QByteArray::fromHex(hex.toLatin1()),
                                             fileName, 0};
        evidence.checksumSource = u"--sha256"_s;
    }
    if (parser.isSet(checksumsOption)) {
        const QString sums = parser.value(checksumsOption);
        auto text = ChecksumFile::read(sums, tr("checksum file"));
        if (!text)
            return m_ctx.failed(text.error());
        if (auto added
            = PackageVerifier::addChecksumFile(evidence, *text, QFileInfo(sums).fileName(), fileName);
            !added)
            return m_ctx.failed(added.error());
    }
    if (parser.isSet(checksumsSignatureOption)) {
        const QString sig = parser.value(checksumsSignatureOption);
        auto bytes = ChecksumFile::read(sig, tr("signature"));
        if (!bytes)
            return m_ctx.failed(bytes.error());
        evidence.checksumFileSignature = *bytes;
        evidence.checksumFileSignatureSource = QFileInfo(sig).fileName();
    }
    if (parser.isSet(signatureOption)) {
        const QString sig = parser.value(signatureOption);
        auto bytes = ChecksumFile::read(sig, tr("signature"));
        if (!bytes)
            return m_ctx.failed(bytes.error());
        evidence.signature = *bytes;
        evidence.signatureSource = QFileInfo(sig).fileName();
    }
    return std::nullopt;
}

int IntegrityCommands::verify(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption sha256Option(u"sha256"_s, {}, u"HEX"_s);
    const QCommandLineOption checksumsOption(u"checksums"_s, {}, u"FILE"_s);
    const QCommandLineOption checksumsSignatureOption(u"checksums-signature"_s, {}, u"FILE"_s);
    const QCommandLineOption signatureOption(u"signature"_s, {}, u"FILE"_s);
    const QCommandLineOption atOption(u"at"_s, {}, u"DATETIME"_s);
    const QCommandLineOption asOption(u"as"_s, {}, u"USER"_s);
    parser.addOptions(
        {sha256Option, checksumsOption, checksumsSignatureOption, signatureOption, atOption, asOption});
    if (auto bad = prepare(parser, u"verify"_s, args, 1, tr("verify needs the package file")))
        return *bad;
    const QString path = parser.positionalArguments().first();
    const QString fileName = QFileInfo(path).fileName();
    if (!QFileInfo(path).isFile())
        return m_ctx.usageError(tr("There is no file %1.").arg(QDir::toNativeSeparators(path)));
    PackageEvidence evidence;
    if (auto bad = readEvidence(parser, fileName, evidence))
        return *bad;
    QDateTime at = QDateTime::currentDateTimeUtc();
    if (parser.isSet(atOption)) {
        auto parsed = ChangeRecordFields::parseTime(u"--at"_s, parser.value(atOption));
        if (!parsed)
            return m_ctx.failed(parsed.error());
        at = *parsed;
    }
    auto acting = actor(parser.value(asOption), false);
    if (!acting)
        return m_ctx.failed(acting.error());
    auto trust = TrustStore(*m_db).snapshot();
    if (!trust)
        return m_ctx.failed(trust.error());

    PackageVerifier verifier(*trust);
    auto result = verifier.verify(path, evidence, at);
    if (!result)
        return m_ctx.failed(result.error());
    auto recorded = VerificationLog(*m_db, *acting).record(*result);
    if (!recorded)
        return m_ctx.failed(recorded.error());
    return reportVerification(*recorded);
}

int IntegrityCommands::reportVerification(const PackageVerification &v)
{

    QStringList lines;
    switch (v.verdict()) {
    case Reasons::Verdict::Green:
        lines << tr("VERIFIED %1: %2").arg(v.fileName, v.detail);
        break;
    case Reasons::Verdict::Amber:
        lines << tr("WEAK %1 (%2): %3").arg(v.fileName, Reasons::key(v.reason), v.detail);
        break;
    case Reasons::Verdict::Red:
        lines << tr("FAILED %1 (%2): %3").arg(v.fileName, Reasons::key(v.reason), v.detail);
        break;
    }
    lines << tr("  SHA-256      %1").arg(QString::fromLatin1(v.sha256.toHex()));
    if (const SignatureCheck *s = v.decisive()) {
        if (!s->signerFingerprint.isEmpty())
            lines
                << tr("  signer       %1, %2").arg(s->signer, OpenPgpKeyring::grouped(s->signerFingerprint));
        if (s->signedAt.isValid() && !s->keyValidityAtSigning.isEmpty())
            lines << tr("  signed       %1 over %2, the key %3 then")
                         .arg(s->signedAt.toString(Qt::ISODate), s->digestAlgorithm,
                              Reasons::validityText(s->keyValidityAtSigning));
        else if (s->signedAt.isValid())
            lines
                << tr("  signed       %1 over %2").arg(s->signedAt.toString(Qt::ISODate), s->digestAlgorithm);
    }
    lines << tr("  recorded as  verification %1").arg(v.id);
    if (v.ok()) {
        if (m_ctx.json()) {
            QJsonObject out = v.toJson();
            out.insert(u"ok"_s, true);
            writeOut(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)));
        } else {
            writeOut(lines.join(u'\n'));
        }
        return 0;
    }
    writeErr(
        tr("%1 is not verified: %2 (%3)").arg(v.fileName, Reasons::text(v.reason), Reasons::key(v.reason)));
    if (m_ctx.json()) {
        QJsonObject out = v.toJson();
        out.insert(u"ok"_s, false);
        writeOut(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)));
    } else {
        writeOut(lines.join(u'\n'));
    }
    return 1;
}

int IntegrityCommands::trust(const QStringList &args)
{
    return dispatch(u"trust"_s, args,
                    {
                        {u"add"_s, &IntegrityCommands::trustAdd},
                        {u"list"_s, &IntegrityCommands::trustList},
                        {u"pin"_s, &IntegrityCommands::trustPin},
                        {u"remove"_s, &IntegrityCommands::trustRemove},
                    });
}

QString anchorLine(const TrustAnchor &a)
{
    const QString state = a.kind == TrustAnchor::Kind::X509Crl
        ? IntegrityCommands::tr("until %1").arg(a.validUntil.toString(Qt::ISODate))
        : (a.pinned ? IntegrityCommands::tr("pinned by %1 (%2)").arg(a.pinnedBy, a.confirmedVia)
                    : IntegrityCommands::tr("NOT PINNED"));
    return IntegrityCommands::tr("%1  %2\n    %3  %4%5")
        .arg(TrustStore::kindName(a.kind), a.label, OpenPgpKeyring::grouped(a.fingerprint), state,
             a.revoked ? IntegrityCommands::tr("  REVOKED") : QString());
}

int IntegrityCommands::trustAdd(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption fingerprintOption(u"fingerprint"_s, {}, u"FPR"_s);
    const QCommandLineOption viaOption(u"via"_s, {}, u"TEXT"_s);
    const QCommandLineOption asOption(u"as"_s, {}, u"USER"_s);
    parser.addOptions({fingerprintOption, viaOption, asOption});
    if (auto bad = prepare(parser, u"trust add"_s, args, 1,
                           tr("trust add needs one file: an OpenPGP key, a CA certificate or a CRL")))
        return *bad;
    if (parser.isSet(fingerprintOption) != parser.isSet(viaOption))
        return m_ctx.usageError(tr("--fingerprint and --via go together: the fingerprint you compared, and "
                                   "through which channel"));
    const QString path = parser.positionalArguments().first();
    auto data = ChecksumFile::read(path, tr("file"));
    if (!data)
        return m_ctx.failed(data.error());
    auto acting = actor(parser.value(asOption), true);
    if (!acting)
        return m_ctx.failed(acting.error());
    auto added = TrustStore(*m_db, *acting)
                     .add(*data, QFileInfo(path).fileName(), parser.value(fingerprintOption),
                          parser.value(viaOption));
    if (!added)
        return m_ctx.failed(added.error());
    QJsonArray json;
    QStringList lines;
    bool unpinned = false;
    for (const TrustAnchor &a : std::as_const(*added)) {
        json.append(TrustStore::toJson(a));
        lines << anchorLine(a);
        unpinned = unpinned || !a.pinned;
    }
    if (unpinned)
        lines << tr(
            "Not pinned yet: compare the fingerprint above with the one the vendor publishes through "
            "another channel, then run: changedeskctl trust pin FINGERPRINT --via \"how you compared it\"");
    return m_ctx.printResult({{u"anchors"_s, json}}, lines.join(u'\n'));
}

int IntegrityCommands::trustList(const QStringList &args)
{
    QCommandLineParser parser;
    if (auto bad = prepare(parser, u"trust list"_s, args, 0, tr("trust list takes no arguments")))
        return *bad;
    auto all = TrustStore(*m_db).anchors();
    if (!all)
        return m_ctx.failed(all.error());
    QJsonArray json;
    QStringList lines;
    for (const TrustAnchor &a : std::as_const(*all)) {
        json.append(TrustStore::toJson(a));
        lines << anchorLine(a);
    }
    return m_ctx.printResult({{u"anchors"_s, json}},
                             lines.isEmpty() ? tr("The trust store is empty.") : lines.join(u'\n'));
}

int IntegrityCommands::trustPin(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption viaOption(u"via"_s, {}, u"TEXT"_s);
    const QCommandLineOption asOption(u"as"_s, {}, u"USER"_s);
    parser.addOptions({viaOption, asOption});
    if (auto bad = prepare(parser, u"trust pin"_s, args, 1, tr("trust pin needs the full fingerprint")))
        return *bad;
    auto acting = actor(parser.value(asOption), true);
    if (!acting)
        return m_ctx.failed(acting.error());
    auto pinned
        = TrustStore(*m_db, *acting).pin(parser.positionalArguments().first(), parser.value(viaOption));
    if (!pinned)
        return m_ctx.failed(pinned.error());
    return m_ctx.printResult({{u"anchor"_s, TrustStore::toJson(*pinned)}},
                             tr("Pinned: %1").arg(anchorLine(*pinned)));
}

int IntegrityCommands::trustRemove(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption asOption(u"as"_s, {}, u"USER"_s);
    parser.addOptions({asOption});
    if (auto bad = prepare(parser, u"trust remove"_s, args, 1, tr("trust remove needs the fingerprint")))
        return *bad;
    auto acting = actor(parser.value(asOption), true);
    if (!acting)
        return m_ctx.failed(acting.error());
    const QString fpr = parser.positionalArguments().first();
    if (auto removed = TrustStore(*m_db, *acting).remove(fpr); !removed)
        return m_ctx.failed(removed.error());
    return m_ctx.printResult({{u"removed"_s, TrustStore::normalizeFingerprint(fpr)}},
                             tr("Removed %1 from the trust store.").arg(fpr));
}

// ---- package ---------------------------------------------------------------------------------------

std::optional<qint64> IntegrityCommands::packageId(const QCommandLineParser &parser)
{
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (!ok || id <= 0) {
        m_ctx.usageError(tr("'%1' is not a package number").arg(parser.positionalArguments().value(0)));
        return std::nullopt;
    }
    return id;
}

QString packageLine(const Package &p)
{
    return IntegrityCommands::tr("%1  %2  %3 (%4)  %5  %6")
        .arg(p.id, 4)
        .arg(PackageLibrary::statusKey(p.status).leftJustified(10), p.label(),
             PackageLibrary::kindLabel(p.kind), p.fileName,
             p.statusReason.isEmpty() ? QString() : u"[%1]"_s.arg(p.statusReason));
}

int IntegrityCommands::package(const QStringList &args)
{
    return dispatch(u"package"_s, args,
                    {
                        {u"add"_s, &IntegrityCommands::packageAdd},
                        {u"list"_s, &IntegrityCommands::packageList},
                        {u"show"_s, &IntegrityCommands::packageShow},
                        {u"verify"_s, &IntegrityCommands::packageVerify},
                        {u"accept"_s, &IntegrityCommands::packageAccept},
                        {u"release"_s, &IntegrityCommands::packageRelease},
                        {u"statement"_s, &IntegrityCommands::packageStatement},
                        {u"attach"_s, &IntegrityCommands::packageAttach},
                        {u"detach"_s, &IntegrityCommands::packageDetach},
                    });
}

int IntegrityCommands::packageAdd(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption kindOption(u"kind"_s, {}, u"KIND"_s);
    const QCommandLineOption vendorOption(u"vendor"_s, {}, u"TEXT"_s);
    const QCommandLineOption productOption(u"product"_s, {}, u"TEXT"_s);
    const QCommandLineOption versionOption(u"version"_s, {}, u"TEXT"_s);
    const QCommandLineOption sourceOption(u"source"_s, {}, u"TEXT"_s);
    const QCommandLineOption notesOption(u"notes"_s, {}, u"TEXT"_s);
    const QCommandLineOption sha256Option(u"sha256"_s, {}, u"HEX"_s);
    const QCommandLineOption checksumsOption(u"checksums"_s, {}, u"FILE"_s);
    const QCommandLineOption checksumsSignatureOption(u"checksums-signature"_s, {}, u"FILE"_s);
    const QCommandLineOption signatureOption(u"signature"_s, {}, u"FILE"_s);
    const QCommandLineOption asOption(u"as"_s, {}, u"USER"_s);
    parser.addOptions({kindOption, vendorOption, productOption, versionOption, sourceOption, notesOption,
                       sha256Option, checksumsOption, checksumsSignatureOption, signatureOption, asOption});
    if (auto bad = prepare(parser, u"package add"_s, args, 1, tr("package add needs the package file")))
        return *bad;
    const QString path = parser.positionalArguments().first();
    if (!QFileInfo(path).isFile())
        return m_ctx.usageError(tr("There is no file %1.").arg(QDir::toNativeSeparators(path)));
    for (const QCommandLineOption *needed : {&kindOption, &vendorOption, &productOption, &versionOption}) {
        if (!parser.isSet(*needed))
            return m_ctx.usageError(tr("package add needs --%1").arg(needed->names().first()));
    }
    PackageEvidence evidence;
    if (auto bad = readEvidence(parser, QFileInfo(path).fileName(), evidence))
        return *bad;
    auto acting = actor(parser.value(asOption), true);
    if (!acting)
        return m_ctx.failed(acting.error());
    Package p;
    p.kind = parser.value(kindOption);
    p.vendor = parser.value(vendorOption);
    p.product = parser.value(productOption);
    p.version = parser.value(versionOption);
    p.source = parser.value(sourceOption);
    p.notes = parser.value(notesOption);
    if (parser.isSet(sha256Option)) {
        p.checksums = ChecksumFile::line(parser.value(sha256Option), path);
        p.checksumsSource = u"--sha256"_s;
    } else if (!evidence.checksumFile.isEmpty()) {
        p.checksums = evidence.checksumFile;
        p.checksumsSource = evidence.checksumSource;
    }
    p.checksumsSignature = evidence.checksumFileSignature;
    p.checksumsSignatureSource = evidence.checksumFileSignatureSource;
    p.signature = evidence.signature;
    p.signatureSource = evidence.signatureSource;
    auto added = PackageLibrary(*m_db, *acting).add(p, path);
    if (!added)
        return m_ctx.failed(added.error());
    return m_ctx.printResult(
        {{u"package"_s, added->toJson()}},
        tr("Added package %1: %2, %3 (SHA-256 %4). Verify it: changedeskctl package verify %1")
            .arg(added->id)
            .arg(added->label(), added->fileName, added->sha256));
}

int IntegrityCommands::packageList(const QStringList &args)
{
    QCommandLineParser parser;
    if (auto bad = prepare(parser, u"package list"_s, args, 0, tr("package list takes no arguments")))
        return *bad;
    auto all = PackageLibrary(*m_db, {}).list();
    if (!all)
        return m_ctx.failed(all.error());
    QJsonArray json;
    QStringList lines;
    for (const Package &p : std::as_const(*all)) {
        json.append(p.toJson());
        lines << packageLine(p);
    }
    if (lines.isEmpty())
        lines << tr("The software library is empty.");
    return m_ctx.printResult({{u"packages"_s, json}}, lines.join(u'\n'));
}

int IntegrityCommands::packageShow(const QStringList &args)
{
    QCommandLineParser parser;
    if (auto bad = prepare(parser, u"package show"_s, args, 1, tr("package show needs the package number")))
        return *bad;
    const auto id = packageId(parser);
    if (!id)
        return 2;
    PackageLibrary library(*m_db, {});
    auto p = library.get(*id);
    if (!p)
        return m_ctx.failed(p.error());
    auto verified = library.verifications(*id);
    auto accepted = library.acceptances(*id);
    auto changes = library.changesOf(*id);
    auto entries = ChecksumRegister(*m_db).entries(*id);
    if (!verified || !accepted || !changes || !entries)
        return m_ctx.failed(!verified       ? verified.error()
                                : !accepted ? accepted.error()
                                : !changes  ? changes.error()
                                            : entries.error());
    QJsonObject json = p->toJson();
    QStringList lines {packageLine(*p), tr("  file          %1, %2 bytes").arg(p->filePath).arg(p->fileSize),
                       tr("  SHA-256       %1").arg(p->sha256)};
    if (!p->checksumsSource.isEmpty())
        lines << tr("  checksums     %1").arg(p->checksumsSource);
    if (!p->signatureSource.isEmpty())
        lines << tr("  signature     %1").arg(p->signatureSource);
    QJsonArray vs;
    for (const PackageVerification &v : std::as_const(*verified)) {
        vs.append(v.toJson());
        lines << tr("  verification  %1 %2 by %3: %4 — %5")
                     .arg(v.id)
                     .arg(v.verifiedAt.toString(Qt::ISODate), v.verifiedBy, Reasons::key(v.reason), v.detail);
    }
    json.insert(u"verifications"_s, vs);
    QJsonArray as;
    for (const PackageAcceptance &a : std::as_const(*accepted)) {
        as.append(a.toJson());
        lines << tr("  acceptance    %1 %2 by %3 in %4: %5")
                     .arg(a.id)
                     .arg(a.declaredAt.toString(Qt::ISODate), a.declaredBy, a.testEnvironment,
                          a.accepted ? tr("accepted") : tr("refused: %1").arg(a.refusalReasons));
    }
    json.insert(u"acceptances"_s, as);
    QJsonArray es;
    for (const RegisterEntry &e : std::as_const(*entries)) {
        es.append(e.toJson());
        lines << tr("  released      %1 by %2, register entry %3")
                     .arg(e.releaseDate.toString(Qt::ISODate), e.releasedBy)
                     .arg(e.seq);
    }
    json.insert(u"register"_s, es);
    QJsonArray cs;
    QStringList changeNames;
    for (qint64 c : std::as_const(*changes)) {
        cs.append(c);
        changeNames << u"#%1"_s.arg(c);
    }
    json.insert(u"changes"_s, cs);
    if (!changeNames.isEmpty())
        lines << tr("  attached to   %1").arg(changeNames.join(u", "_s));
    return m_ctx.printResult({{u"package"_s, json}}, lines.join(u'\n'));
}

int IntegrityCommands::packageVerify(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption asOption(u"as"_s, {}, u"USER"_s);
    parser.addOption(asOption);
    if (auto bad
        = prepare(parser, u"package verify"_s, args, 1, tr("package verify needs the package number")))
        return *bad;
    const auto id = packageId(parser);
    if (!id)
        return 2;
    auto acting = actor(parser.value(asOption), true);
    if (!acting)
        return m_ctx.failed(acting.error());
    auto trust = TrustStore(*m_db).snapshot();
    if (!trust)
        return m_ctx.failed(trust.error());
    PackageVerifier verifier(*trust);
    auto result = PackageLibrary(*m_db, *acting).verify(*id, verifier);
    if (!result)
        return m_ctx.failed(result.error());
    return reportVerification(*result);
}

int IntegrityCommands::packageAccept(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption environmentOption(u"environment"_s, {}, u"TEXT"_s);
    const QCommandLineOption testOption(u"test"_s, {}, u"NAME=RESULT[:NOTE]"_s);
    const QCommandLineOption acceptOption(u"accept"_s);
    const QCommandLineOption refuseOption(u"refuse"_s, {}, u"REASONS"_s);
    const QCommandLineOption asOption(u"as"_s, {}, u"USER"_s);
    parser.addOptions({environmentOption, testOption, acceptOption, refuseOption, asOption});
    if (auto bad
        = prepare(parser, u"package accept"_s, args, 1, tr("package accept needs the package number")))
        return *bad;
    const auto id = packageId(parser);
    if (!id)
        return 2;
    if (parser.isSet(acceptOption) == parser.isSet(refuseOption))
        return m_ctx.usageError(tr("package accept needs --accept or --refuse REASONS (one of them)"));
    PackageAcceptance a;
    a.testEnvironment = parser.value(environmentOption);
    a.accepted = parser.isSet(acceptOption);
    a.refusalReasons = parser.value(refuseOption);
    for (const QString &test : parser.values(testOption)) {
        const qsizetype eq = test.lastIndexOf(u'=');
        if (eq <= 0)
            return m_ctx.usageError(
                tr("--test '%1' is not NAME=RESULT[:NOTE] (RESULT: passed, failed, not_run)").arg(test));
        const QString rest = test.mid(eq + 1);
        a.tests << AcceptanceTest {test.left(eq), rest.section(u':', 0, 0).trimmed(),
                                   rest.section(u':', 1).trimmed()};
    }
    auto acting = actor(parser.value(asOption), true);
    if (!acting)
        return m_ctx.failed(acting.error());
    auto recorded = PackageLibrary(*m_db, *acting).accept(*id, a);
    if (!recorded)
        return m_ctx.failed(recorded.error());
    return m_ctx.printResult({{u"acceptance"_s, recorded->toJson()}},
                             recorded->accepted
                                 ? tr("Package %1 accepted after %n test case(s) in %2 (acceptance %3).",
                                      nullptr, int(recorded->tests.size()))
                                       .arg(*id)
                                       .arg(recorded->testEnvironment)
                                       .arg(recorded->id)
                                 : tr("Package %1 refused (acceptance %2): %3")
                                       .arg(*id)
                                       .arg(recorded->id)
                                       .arg(recorded->refusalReasons));
}

int IntegrityCommands::packageRelease(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption dateOption(u"date"_s, {}, u"YYYY-MM-DD"_s);
    const QCommandLineOption restrictionsOption(u"restrictions"_s, {}, u"TEXT"_s);
    const QCommandLineOption pdfOption(u"pdf"_s, {}, u"FILE"_s);
    const QCommandLineOption asOption(u"as"_s, {}, u"USER"_s);
    parser.addOptions({dateOption, restrictionsOption, pdfOption, asOption});
    if (auto bad
        = prepare(parser, u"package release"_s, args, 1, tr("package release needs the package number")))
        return *bad;
    const auto id = packageId(parser);
    if (!id)
        return 2;
    QDate date = QDate::currentDate();
    if (parser.isSet(dateOption)) {
        date = QDate::fromString(parser.value(dateOption), Qt::ISODate);
        if (!date.isValid())
            return m_ctx.usageError(
                tr("--date '%1' is not a date (YYYY-MM-DD)").arg(parser.value(dateOption)));
    }
    auto acting = actor(parser.value(asOption), true);
    if (!acting)
        return m_ctx.failed(acting.error());
    PackageLibrary library(*m_db, *acting);
    auto entry = library.release(*id, date, parser.value(restrictionsOption));
    if (!entry)
        return m_ctx.failed(entry.error());
    QJsonObject json {{u"register_entry"_s, entry->toJson()}};
    QString text = tr("Package %1 released for %2; register entry %3 (SHA-256 %4).")
                       .arg(*id)
                       .arg(entry->releaseDate.toString(Qt::ISODate))
                       .arg(entry->seq)
                       .arg(entry->sha256);
    if (parser.isSet(pdfOption)) {
        auto statement = library.statement(*id);
        if (!statement)
            return m_ctx.failed(statement.error());
        if (auto written = writeStatement(*statement, parser.value(pdfOption), json, text); !written)
            return m_ctx.failed(written.error());
    }
    return m_ctx.printResult(json, text);
}

Status IntegrityCommands::writeStatement(const ReleaseStatement &statement, const QString &path,
                                         QJsonObject &json, QString &text)
{
    if (auto written
        = Documents::ReleaseStatementDocument::write(statement, QDateTime::currentDateTimeUtc(), path);
        !written)
        return written;
    json.insert(u"pdf"_s, QDir::toNativeSeparators(path));
    text += u'\n' + tr("Wrote the release statement to %1.").arg(QDir::toNativeSeparators(path));
    return {};
}

int IntegrityCommands::packageStatement(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption pdfOption(u"pdf"_s, {}, u"FILE"_s);
    parser.addOption(pdfOption);
    if (auto bad
        = prepare(parser, u"package statement"_s, args, 1, tr("package statement needs the package number")))
        return *bad;
    const auto id = packageId(parser);
    if (!id)
        return 2;
    auto statement = PackageLibrary(*m_db, {}).statement(*id);
    if (!statement)
        return m_ctx.failed(statement.error());
    QJsonObject json {{u"package"_s, statement->package.toJson()},
                      {u"acceptance"_s, statement->acceptance.toJson()},
                      {u"register_entry"_s, statement->entry.toJson()},
                      {u"verification"_s, statement->verification.toJson()}};
    QString text = Documents::ReleaseStatementDocument::text(*statement);
    if (parser.isSet(pdfOption)) {
        if (auto written = writeStatement(*statement, parser.value(pdfOption), json, text); !written)
            return m_ctx.failed(written.error());
    }
    return m_ctx.printResult(json, text);
}

int IntegrityCommands::attachment(const QStringList &args, bool attach)
{
    QCommandLineParser parser;
    const QCommandLineOption rfcOption(u"rfc"_s, {}, u"N"_s);
    const QCommandLineOption asOption(u"as"_s, {}, u"USER"_s);
    parser.addOptions({rfcOption, asOption});
    const QString command = attach ? u"package attach"_s : u"package detach"_s;
    if (auto bad
        = prepare(parser, command, args, 1, tr("%1 needs the package number and --rfc N").arg(command)))
        return *bad;
    const auto id = packageId(parser);
    if (!id)
        return 2;
    bool ok = false;
    const qint64 rfc = parser.value(rfcOption).toLongLong(&ok);
    if (!ok || rfc <= 0)
        return m_ctx.usageError(tr("%1 needs --rfc N, the request for change").arg(command));
    auto acting = actor(parser.value(asOption), true);
    if (!acting)
        return m_ctx.failed(acting.error());
    const ChangeService changes(*m_db, WorkflowDefinition::builtIn());
    if (auto done
        = attach ? changes.attachPackage(rfc, *id, *acting) : changes.detachPackage(rfc, *id, *acting);
        !done)
        return m_ctx.failed(done.error());
    return m_ctx.printResult({{u"rfc"_s, rfc}, {u"package"_s, *id}, {u"attached"_s, attach}},
                             attach ? tr("Package %1 is attached to RfC #%2.").arg(*id).arg(rfc)
                                    : tr("Package %1 is no longer attached to RfC #%2.").arg(*id).arg(rfc));
}

// ---- register --------------------------------------------------------------------------------------

int IntegrityCommands::registerCommand(const QStringList &args)
{
    return dispatch(u"register"_s, args,
                    {
                        {u"list"_s, &IntegrityCommands::registerList},
                        {u"verify"_s, &IntegrityCommands::registerVerify},
                        {u"export"_s, &IntegrityCommands::registerExport},
                    });
}

int IntegrityCommands::registerList(const QStringList &args)
{
    QCommandLineParser parser;
    if (auto bad = prepare(parser, u"register list"_s, args, 0, tr("register list takes no arguments")))
        return *bad;
    auto entries = ChecksumRegister(*m_db).entries();
    if (!entries)
        return m_ctx.failed(entries.error());
    QJsonArray json;
    QStringList lines;
    for (const RegisterEntry &e : std::as_const(*entries)) {
        json.append(e.toJson());
        lines << tr("%1  %2 %3 %4  %5  %6  released %7 by %8")
                     .arg(e.seq, 4)
                     .arg(e.vendor, e.product, e.version, e.fileName, e.sha256,
                          e.releaseDate.toString(Qt::ISODate), e.releasedBy);
    }
    if (lines.isEmpty())
        lines << tr("The checksum register is empty: nothing has been released.");
    return m_ctx.printResult({{u"entries"_s, json}}, lines.join(u'\n'));
}

int IntegrityCommands::registerVerify(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption exportOption(u"export"_s, {}, u"FILE"_s);
    const QCommandLineOption asOption(u"as"_s, {}, u"USER"_s);
    parser.addOptions({exportOption, asOption});
    if (auto bad = prepare(parser, u"register verify"_s, args, 0, tr("register verify takes no arguments")))
        return *bad;
    QStringList lines;
    QJsonObject json;
    bool intact = true;
    if (parser.isSet(exportOption)) {
        // An export read back (from write-once media): its chain, and whether the database still
        // holds the same entries.
        auto exported = ChecksumRegister::readExport(parser.value(exportOption));
        if (!exported)
            return m_ctx.failed(exported.error());
        const RegisterChainCheck chain = ChecksumRegister::checkChain(*exported);
        auto stored = ChecksumRegister(*m_db).entries();
        if (!stored)
            return m_ctx.failed(stored.error());
        const qint64 differs = ChecksumRegister::firstDifference(*exported, *stored);
        intact = chain.intact() && differs == 0;
        json.insert(u"export"_s,
                    QJsonObject {{u"entries"_s, exported->size()},
                                 {u"chain_intact"_s, chain.intact()},
                                 {u"head_hash"_s, chain.headHash},
                                 {u"first_difference"_s, differs}});
        lines << (chain.intact()
                      ? tr("The export's chain is intact: %n entries, head %1.", nullptr, int(chain.checked))
                            .arg(chain.headHash)
                      : tr("The export's chain is broken at entry %1: %2")
                            .arg(chain.badSeq)
                            .arg(chain.problem));
        if (differs)
            lines << tr("The database differs from the export at entry %1.").arg(differs);
        else if (chain.intact())
            lines << tr("The database holds the same entries.");
    }
    auto acting = actor(parser.value(asOption), false);
    if (!acting)
        return m_ctx.failed(acting.error());
    auto report = PackageLibrary(*m_db, *acting).verifyRegister();
    if (!report)
        return m_ctx.failed(report.error());
    intact = intact && report->intact();
    json.insert(u"register"_s, report->toJson());
    lines << (report->chain.intact() ? tr("The register's chain is intact: %n entries, head %1.", nullptr,
                                          int(report->chain.checked))
                                           .arg(report->chain.headHash)
                                     : tr("The register's chain is broken at entry %1: %2")
                                           .arg(report->chain.badSeq)
                                           .arg(report->chain.problem));
    for (const RegisterFileCheck &f : std::as_const(report->files)) {
        switch (f.state) {
        case RegisterFileCheck::State::Intact:
            lines << tr("  intact   %1 (entry %2)").arg(f.entry.fileName).arg(f.entry.seq);
            break;
        case RegisterFileCheck::State::Changed:
            lines << tr("  CHANGED  %1 (entry %2): file_changed_since_release — %3")
                         .arg(f.entry.fileName)
                         .arg(f.entry.seq)
                         .arg(f.detail);
            break;
        case RegisterFileCheck::State::Missing:
            lines << tr("  MISSING  %1 (entry %2): %3").arg(f.entry.fileName).arg(f.entry.seq).arg(f.detail);
            break;
        }
    }
    json.insert(u"ok"_s, intact);
    if (intact)
        return m_ctx.printResult(json, lines.join(u'\n'));
    writeErr(tr("The checksum register or a released file is not intact."));
    writeOut(m_ctx.json() ? QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))
                          : lines.join(u'\n'));
    return 1;
}

int IntegrityCommands::registerExport(const QStringList &args)
{
    QCommandLineParser parser;
    if (auto bad
        = prepare(parser, u"register export"_s, args, 1, tr("register export needs the file to write")))
        return *bad;
    const QString path = parser.positionalArguments().first();
    auto check = ChecksumRegister(*m_db).exportTo(path);
    if (!check)
        return m_ctx.failed(check.error());
    return m_ctx.printResult({{u"file"_s, QDir::toNativeSeparators(path)},
                              {u"entries"_s, check->checked},
                              {u"head_hash"_s, check->headHash},
                              {u"intact"_s, check->intact()}},
                             tr("Wrote %n register entries to %1; head %2.", nullptr, int(check->checked))
                                 .arg(QDir::toNativeSeparators(path), check->headHash));
}

} // namespace

int verifyCommand(CommandContext &context, const QStringList &args)
{
    return IntegrityCommands(context).verify(args);
}

int packageCommand(CommandContext &context, const QStringList &args)
{
    return IntegrityCommands(context).package(args);
}

int registerCommand(CommandContext &context, const QStringList &args)
{
    return IntegrityCommands(context).registerCommand(args);
}

int trustCommand(CommandContext &context, const QStringList &args)
{
    return IntegrityCommands(context).trust(args);
}

QString integrityUsage()
{
    return IntegrityCommands::tr(
        "Integrity and authenticity of packages:\n"
        "  verify FILE [--sha256 HEX | --checksums FILE [--checksums-signature FILE]]\n"
        "              [--signature FILE] [--at DATETIME] [--as USER]\n"
        "                         checks the file against its published checksum and its OpenPGP or\n"
        "                         CMS signature with the trust store, and records the verification;\n"
        "                         exit 0 verified, 1 not verified (with the reason code), 2 unreadable\n"
        "                         input\n"
        "  trust list             the keys, CA certificates and CRLs of the trust store\n"
        "  trust add FILE [--fingerprint FPR --via TEXT] [--as USER]\n"
        "                         adds an OpenPGP key, a CA certificate or a CRL and shows its\n"
        "                         fingerprint; pinned at once when FPR, compared through another\n"
        "                         channel (--via), matches\n"
        "  trust pin FPR --via TEXT [--as USER]\n"
        "  trust remove FPR [--as USER]\n"
        "  package add FILE --kind KIND --vendor V --product P --version X [--source TEXT]\n"
        "              [--sha256 HEX | --checksums FILE [--checksums-signature FILE]]\n"
        "              [--signature FILE] [--notes TEXT] [--as USER]\n"
        "                         adds a package to the software library (KIND: patch, security_patch,\n"
        "                         hotfix, service_pack, update_rollup, feature_pack, release)\n"
        "  package list | show N  the library; one package with its verifications, acceptance, release\n"
        "  package verify N       verifies the package's file as it is now (exit as verify)\n"
        "  package accept N --environment TEXT --test NAME=RESULT[:NOTE]... (--accept | --refuse TEXT)\n"
        "                         the acceptance record after the tests (RESULT: passed, failed, not_run)\n"
        "  package release N [--date YYYY-MM-DD] [--restrictions TEXT] [--pdf FILE]\n"
        "                         releases an accepted package into the checksum register\n"
        "  package statement N [--pdf FILE]\n"
        "                         the acceptance record and release statement\n"
        "  package attach|detach N --rfc M\n"
        "                         a request cannot start while an attached package is not verified\n"
        "  register list          the reference checksum register\n"
        "  register verify [--export FILE]\n"
        "                         checks the register's hash chain and hashes every released file again\n"
        "                         (exit 1 when a file changed since its release or the chain is broken);\n"
        "                         with --export also an export read back and compared\n"
        "  register export FILE   writes the register for write-once media\n");
}

} // namespace ChangeDesk::Ctl
