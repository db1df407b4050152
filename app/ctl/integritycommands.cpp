#include "integritycommands.h"
#include "ctlsupport.h"

#include "change/changerecord.h"
#include "change/changeservice.h"
#include "change/workflow.h"
#include "integrity/openpgpkeyring.h"
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

private:
    int trustAdd(const QStringList &args);
    int trustList(const QStringList &args);
    int trustPin(const QStringList &args);
    int trustRemove(const QStringList &args);

    // Parses and opens the database; the exit code when that fails.
    std::optional<int> prepare(QCommandLineParser &parser, const QString &command, const QStringList &args,
                               qsizetype positionals, const QString &usage);
    // Who acts (--as, else the login); for a verification also somebody the database does not
    // know as a person, by their login.
    Result<ChangeActor> actor(const QString &login, bool personRequired) const;
    // The bytes of a file the user named: InvalidInput (exit 2) naming it when unreadable.
    static Result<QByteArray> readInput(const QString &path, const QString &what);

    CommandContext &m_ctx;
    std::shared_ptr<Database> m_db;
};

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

Result<QByteArray> IntegrityCommands::readInput(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            ErrorKind::InvalidInput,
            tr("Could not read the %1 %2: %3").arg(what, QDir::toNativeSeparators(path), file.errorString()));
    return file.readAll();
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
    if (parser.isSet(sha256Option) && parser.isSet(checksumsOption))
        return m_ctx.usageError(tr("verify takes --sha256 or --checksums, not both"));
    if (parser.isSet(checksumsSignatureOption) && !parser.isSet(checksumsOption))
        return m_ctx.usageError(tr("--checksums-signature needs --checksums, the file it signs"));

    PackageEvidence evidence;
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
        auto text = readInput(sums, tr("checksum file"));
        if (!text)
            return m_ctx.failed(text.error());
        if (auto added
            = PackageVerifier::addChecksumFile(evidence, *text, QFileInfo(sums).fileName(), fileName);
            !added)
            return m_ctx.failed(added.error());
    }
    if (parser.isSet(checksumsSignatureOption)) {
        const QString sig = parser.value(checksumsSignatureOption);
        auto bytes = readInput(sig, tr("signature"));
        if (!bytes)
            return m_ctx.failed(bytes.error());
        evidence.checksumFileSignature = *bytes;
        evidence.checksumFileSignatureSource = QFileInfo(sig).fileName();
    }
    if (parser.isSet(signatureOption)) {
        const QString sig = parser.value(signatureOption);
        auto bytes = readInput(sig, tr("signature"));
        if (!bytes)
            return m_ctx.failed(bytes.error());
        evidence.signature = *bytes;
        evidence.signatureSource = QFileInfo(sig).fileName();
    }
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
    const PackageVerification &v = *recorded;

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
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == u"add")
        return trustAdd(rest);
    if (sub == u"list")
        return trustList(rest);
    if (sub == u"pin")
        return trustPin(rest);
    if (sub == u"remove")
        return trustRemove(rest);
    const QString subs = u"add, list, pin, remove"_s;
    if (sub.isEmpty())
        return m_ctx.usageError(tr("trust needs a subcommand: %1").arg(subs));
    return m_ctx.usageError(tr("unknown trust subcommand '%1': use %2").arg(sub, subs));
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
    auto data = readInput(path, tr("file"));
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

} // namespace

int verifyCommand(CommandContext &context, const QStringList &args)
{
    return IntegrityCommands(context).verify(args);
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
        "  trust remove FPR [--as USER]\n");
}

} // namespace ChangeDesk::Ctl
