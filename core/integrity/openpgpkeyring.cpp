#include "openpgpkeyring.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gpgme++/context.h>
#include <gpgme++/data.h>
#include <gpgme++/engineinfo.h>
#include <gpgme++/error.h>
#include <gpgme++/global.h>
#include <gpgme++/importresult.h>
#include <gpgme++/interfaces/dataprovider.h>
#include <gpgme++/key.h>
#include <gpgme++/keylistresult.h>
#include <gpgme++/verificationresult.h>
#include <gpgme.h>

#include <cerrno>
#include <mutex>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {

// A signature dated this much after the verification time still counts as made "now": the
// signer's clock and ours are not the same clock.
constexpr qint64 kClockSkewSeconds = 10 * 60;

// OpenPGP hash algorithm ids (RFC 4880, 9.4) that do not resist collisions.
constexpr unsigned kMd5 = 1;
constexpr unsigned kSha1 = 2;
constexpr unsigned kRipeMd160 = 3;

bool weakHash(unsigned algorithm)
{
    return algorithm == kMd5 || algorithm == kSha1 || algorithm == kRipeMd160;
}

void initialize()
{
    static std::once_flag once;
    std::call_once(once, [] { GpgME::initializeLibrary(); });
}

QDateTime fromTime(time_t t)
{
    return t > 0 ? QDateTime::fromSecsSinceEpoch(qint64(t), QTimeZone::UTC) : QDateTime();
}

QString text(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

QString errorText(const GpgME::Error &e)
{
    return QString::fromStdString(e.asStdString());
}

// gpg.conf of the private home: never fetch or import keys on its own, and leave the decision about
// trust to ChangeDesk's pin list.
constexpr auto kGpgConf = "no-auto-key-retrieve\nno-auto-key-import\ntrust-model always\n";

std::unique_ptr<GpgME::Context> contextFor(const QString &home)
{
    std::unique_ptr<GpgME::Context> ctx(GpgME::Context::createForProtocol(GpgME::OpenPGP));
    if (!ctx)
        return ctx;
    ctx->setEngineHomeDirectory(QFile::encodeName(QDir::toNativeSeparators(home)).constData());
    ctx->setOffline(true);
    ctx->setArmor(false);
    ctx->setKeyListMode(GpgME::Local);
    return ctx;
}

Result<std::unique_ptr<QTemporaryDir>> makeHome()
{
    auto home = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/changedesk-gnupg-XXXXXX"_s);
    if (!home->isValid())
        return fail(ErrorKind::Io,
                    OpenPgpKeyring::tr("Could not create a private GnuPG home: %1").arg(home->errorString()));
    // QTemporaryDir makes it readable by the owner only (0700), as GnuPG wants.
    QFile conf(home->filePath(u"gpg.conf"_s));
    if (!conf.open(QIODevice::WriteOnly) || conf.write(kGpgConf) < 0)
        return fail(ErrorKind::Io,
                    OpenPgpKeyring::tr("Could not write %1: %2").arg(conf.fileName(), conf.errorString()));
    return home;
}

// gpg starts no agent for public keys; should anything have started one (a keyboxd configured
// system-wide), it goes with the home.
void stopDaemons(const QString &home)
{
    if (QDir(home).entryList({u"S.*"_s}, QDir::System | QDir::Files).isEmpty())
        return;
    const QString gpgconf = QStandardPaths::findExecutable(u"gpgconf"_s);
    if (!gpgconf.isEmpty())
        QProcess::execute(gpgconf, {u"--homedir"_s, home, u"--kill"_s, u"all"_s});
}

Result<QList<OpenPgpKeyInfo>> listKeys(GpgME::Context &ctx)
{
    QList<OpenPgpKeyInfo> keys;
    if (const GpgME::Error started = ctx.startKeyListing(); started)
        return fail(ErrorKind::Io, OpenPgpKeyring::tr("Could not list the keys: %1").arg(errorText(started)));
    for (;;) {
        GpgME::Error e;
        const GpgME::Key key = ctx.nextKey(e);
        if (e || key.isNull())
            break;
        OpenPgpKeyInfo info;
        info.fingerprint = text(key.primaryFingerprint()).toUpper();
        for (const GpgME::UserID &uid : key.userIDs())
            info.userIds << text(uid.id());
        for (const GpgME::Subkey &sub : key.subkeys()) {
            info.subkeys.append({text(sub.fingerprint()).toUpper(), fromTime(sub.creationTime()),
                                 sub.neverExpires() ? QDateTime() : fromTime(sub.expirationTime()),
                                 sub.isRevoked(), sub.canSign()});
        }
        if (!info.subkeys.isEmpty()) {
            const GpgME::Subkey primary = key.subkey(0);
            info.created = info.subkeys.first().created;
            info.expires = info.subkeys.first().expires;
            info.algorithm = QString::fromStdString(primary.algoName());
        }
        info.revoked = key.isRevoked();
        keys << info;
    }
    ctx.endKeyListing();
    return keys;
}

Status import(GpgME::Context &ctx, const QByteArray &material, const QString &source)
{
    const GpgME::Data data(material.constData(), size_t(material.size()), true);
    const GpgME::ImportResult result = ctx.importKeys(data);
    if (result.error())
        return fail(ErrorKind::InvalidInput,
                    OpenPgpKeyring::tr("%1 could not be read as an OpenPGP key: %2")
                        .arg(source, errorText(result.error())));
    if (result.numConsidered() == 0 && result.newRevocations() == 0)
        return fail(ErrorKind::InvalidInput, OpenPgpKeyring::tr("%1 holds no OpenPGP key.").arg(source));
    return {};
}

// Feeds a file to GPGME in the blocks it asks for, telling `progress` each MiB.
class FileProvider : public GpgME::DataProvider
{
public:
    FileProvider(QFile &file, const Digests::Progress &progress)
        : m_file(file)
        , m_progress(progress)
        , m_total(file.size())
    { }

    bool cancelled() const { return m_cancelled; }
    bool failed() const { return m_failed; }

    bool isSupported(Operation op) const override { return op == Read || op == Seek || op == Release; }

    ssize_t read(void *buffer, size_t size) override
    {
        if (m_cancelled) {
            errno = ECANCELED;
            return -1;
        }
        const qint64 n = m_file.read(static_cast<char *>(buffer), qint64(size));
        if (n < 0) {
            m_failed = true;
            errno = EIO;
            return -1;
        }
        m_done += n;
        if (m_progress && (n == 0 || m_done / kStep != (m_done - n) / kStep)) {
            if (!m_progress(m_done, m_total)) {
                m_cancelled = true;
                errno = ECANCELED;
                return -1;
            }
        }
        return ssize_t(n);
    }

    ssize_t write(const void *, size_t) override
    {
        errno = EBADF;
        return -1;
    }

    off_t seek(off_t offset, int whence) override
    {
        qint64 to = offset;
        if (whence == SEEK_CUR)
            to += m_file.pos();
        else if (whence == SEEK_END)
            to += m_total;
        if (to < 0 || !m_file.seek(to)) {
            errno = EINVAL;
            return -1;
        }
        m_done = to;
        return off_t(to);
    }

    void release() override { }

private:
    static constexpr qint64 kStep = 1 << 20;
    QFile &m_file;
    const Digests::Progress &m_progress;
    qint64 m_total = 0;
    qint64 m_done = 0;
    bool m_cancelled = false;
    bool m_failed = false;
};

} // namespace

struct OpenPgpKeyring::Private {
    std::unique_ptr<QTemporaryDir> home;
    std::unique_ptr<GpgME::Context> ctx;
    QList<OpenPgpKeyInfo> keys;

    Result<QList<SignatureCheck>> verify(const GpgME::Data &signedData, const QByteArray &signature,
                                         const QString &source, const QSet<QString> &pinned,
                                         const QDateTime &at) const;
    SignatureCheck decide(const GpgME::Signature &sig, const QSet<QString> &pinned,
                          const QDateTime &at) const;
};

OpenPgpKeyring::OpenPgpKeyring(std::unique_ptr<Private> p)
    : d(std::move(p))
{ }

OpenPgpKeyring::~OpenPgpKeyring()
{
    if (d && d->home) {
        d->ctx.reset();
        stopDaemons(d->home->path());
    }
}

Status OpenPgpKeyring::available()
{
    initialize();
    if (const GpgME::Error e = GpgME::checkEngine(GpgME::OpenPGP); e)
        return fail(
            ErrorKind::Unavailable,
            tr("OpenPGP signatures cannot be checked: GnuPG (the gpg program) was not found or is too "
               "old (%1). Install GnuPG 2.2 or later.")
                .arg(errorText(e)));
    return {};
}

Result<std::unique_ptr<OpenPgpKeyring>> OpenPgpKeyring::create(const QList<QByteArray> &keys)
{
    if (auto ok = available(); !ok)
        return fail(ok.error());
    auto home = makeHome();
    if (!home)
        return fail(home.error());
    auto d = std::make_unique<Private>();
    d->home = std::move(*home);
    d->ctx = contextFor(d->home->path());
    if (!d->ctx)
        return fail(ErrorKind::Unavailable, tr("GPGME has no OpenPGP engine."));
    std::unique_ptr<OpenPgpKeyring> keyring(new OpenPgpKeyring(std::move(d)));
    int n = 0;
    for (const QByteArray &key : keys) {
        ++n;
        if (auto imported = import(*keyring->d->ctx, key, tr("key %1 of the trust store").arg(n)); !imported)
            return fail(imported.error());
    }
    auto listed = listKeys(*keyring->d->ctx);
    if (!listed)
        return fail(listed.error());
    keyring->d->keys = *listed;
    return keyring;
}

Result<QList<OpenPgpKeyInfo>> OpenPgpKeyring::describe(const QByteArray &data, const QString &source)
{
    if (auto ok = available(); !ok)
        return fail(ok.error());
    auto home = makeHome();
    if (!home)
        return fail(home.error());
    const QString path = (*home)->path();
    Result<QList<OpenPgpKeyInfo>> keys = [&]() -> Result<QList<OpenPgpKeyInfo>> {
        auto ctx = contextFor(path);
        if (!ctx)
            return fail(ErrorKind::Unavailable, tr("GPGME has no OpenPGP engine."));
        if (auto imported = import(*ctx, data, source); !imported)
            return fail(imported.error());
        auto listed = listKeys(*ctx);
        if (listed && listed->isEmpty())
            return fail(ErrorKind::InvalidInput, tr("%1 holds no OpenPGP public key.").arg(source));
        return listed;
    }();
    stopDaemons(path);
    return keys;
}

QString OpenPgpKeyring::grouped(const QString &fingerprint)
{
    QStringList groups;
    for (qsizetype i = 0; i < fingerprint.size(); i += 4)
        groups << fingerprint.mid(i, 4);
    return groups.join(u' ');
}

QList<OpenPgpKeyInfo> OpenPgpKeyring::keys() const
{
    return d->keys;
}

Result<QByteArray> OpenPgpKeyring::exportKey(const QString &fingerprint) const
{
    GpgME::Data out;
    d->ctx->setArmor(true);
    const GpgME::Error e = d->ctx->exportPublicKeys(fingerprint.toLatin1().constData(), out);
    d->ctx->setArmor(false);
    if (e)
        return fail(ErrorKind::Io, tr("Could not export key %1: %2").arg(fingerprint, errorText(e)));
    const std::string text = out.toString();
    if (text.empty())
        return fail(ErrorKind::NotFound, tr("Key %1 is not in this keyring.").arg(fingerprint));
    return QByteArray::fromStdString(text);
}

Result<QList<SignatureCheck>> OpenPgpKeyring::verifyFile(const QString &path, const QByteArray &signature,
                                                         const QString &source, const QSet<QString> &pinned,
                                                         const QDateTime &at,
                                                         const Digests::Progress &progress) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.exists() ? ErrorKind::InvalidInput : ErrorKind::NotFound,
                    tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    FileProvider provider(file, progress);
    const GpgME::Data data(&provider);
    auto checks = d->verify(data, signature, source, pinned, at);
    if (provider.cancelled())
        return fail(ErrorKind::Cancelled,
                    tr("The check of %1 was cancelled.").arg(QDir::toNativeSeparators(path)));
    if (provider.failed())
        return fail(ErrorKind::Io,
                    tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return checks;
}

Result<QList<SignatureCheck>> OpenPgpKeyring::verifyData(const QByteArray &data, const QByteArray &signature,
                                                         const QString &source, const QSet<QString> &pinned,
                                                         const QDateTime &at) const
{
    const GpgME::Data signedData(data.constData(), size_t(data.size()), false);
    return d->verify(signedData, signature, source, pinned, at);
}

Result<QList<SignatureCheck>>
OpenPgpKeyring::Private::verify(const GpgME::Data &signedData, const QByteArray &signature,
                                const QString &source, const QSet<QString> &pinned, const QDateTime &at) const
{
    const GpgME::Data sig(signature.constData(), size_t(signature.size()), false);
    const GpgME::VerificationResult result = ctx->verifyDetachedSignature(sig, signedData);
    if (result.error() && result.numSignatures() == 0) {
        if (result.error().isCanceled() || result.error().code() == GPG_ERR_ECANCELED)
            return fail(ErrorKind::Cancelled, tr("The check was cancelled."));
        return fail(
            ErrorKind::InvalidInput,
            tr("%1 could not be read as an OpenPGP signature: %2").arg(source, errorText(result.error())));
    }
    if (result.numSignatures() == 0)
        return fail(ErrorKind::InvalidInput, tr("%1 holds no OpenPGP signature.").arg(source));
    QList<SignatureCheck> checks;
    for (const GpgME::Signature &s : result.signatures())
        checks << decide(s, pinned, at);
    return checks;
}

SignatureCheck OpenPgpKeyring::Private::decide(const GpgME::Signature &sig, const QSet<QString> &pinned,
                                               const QDateTime &at) const
{
    SignatureCheck check;
    check.kind = SignatureCheck::Kind::OpenPgp;
    check.signingKeyFingerprint = text(sig.fingerprint()).toUpper();
    check.signedAt = fromTime(sig.creationTime());
    check.digestAlgorithm = text(sig.hashAlgorithmAsString());
    const QDateTime sigExpires = sig.neverExpires() ? QDateTime() : fromTime(sig.expirationTime());

    // Until the checks below say otherwise, a signature that fits the bytes is good.
    check.reason = ReasonCode::Ok;
    const auto code = sig.status().code();
    switch (code) {
    case GPG_ERR_NO_ERROR:
    case GPG_ERR_KEY_EXPIRED: // gpg's opinions by its own clock: decided below by ours
    case GPG_ERR_SIG_EXPIRED:
    case GPG_ERR_CERT_REVOKED:
        break;
    case GPG_ERR_NO_PUBKEY:
        check.reason = ReasonCode::UnknownKey;
        check.detail = tr("The signature was made by key %1, which is not in the trust store.")
                           .arg(check.signingKeyFingerprint);
        return check;
    case GPG_ERR_BAD_SIGNATURE:
        check.reason = ReasonCode::BadSignature;
        check.detail = tr("The signature does not fit these bytes.");
        break;
    default:
        // gpg refuses MD5 signatures outright (GPG_ERR_DIGEST_ALGO); they are weak, not forged.
        check.reason = weakHash(sig.hashAlgorithm()) ? ReasonCode::WeakDigest : ReasonCode::BadSignature;
        check.detail = tr("GnuPG could not check the signature: %1").arg(errorText(sig.status()));
        break;
    }

    // The key that made it: the primary key or one of its subkeys.
    const OpenPgpKeyInfo *key = nullptr;
    const OpenPgpSubkey *sub = nullptr;
    for (const OpenPgpKeyInfo &k : keys) {
        for (const OpenPgpSubkey &s : k.subkeys) {
            if (s.fingerprint == check.signingKeyFingerprint
                || (check.signingKeyFingerprint.size() == 16
                    && s.fingerprint.endsWith(check.signingKeyFingerprint))) {
                key = &k;
                sub = &s;
            }
        }
    }
    if (key) {
        check.signerFingerprint = key->fingerprint;
        check.signer = key->userIds.value(0);
        check.keyExpires = sub->expires.isValid() && (!key->expires.isValid() || sub->expires < key->expires)
            ? sub->expires
            : key->expires;
    }
    const auto validityAt = [&](const QDateTime &when) {
        if (!key)
            return QString();
        if (key->revoked || sub->revoked)
            return u"revoked"_s;
        if (when.isValid() && (key->created > when || sub->created > when))
            return u"not yet valid"_s;
        if (when.isValid() && check.keyExpires.isValid() && check.keyExpires <= when)
            return u"expired"_s;
        return u"valid"_s;
    };
    check.keyValidityAtSigning = validityAt(check.signedAt);
    if (check.reason == ReasonCode::BadSignature || check.reason == ReasonCode::WeakDigest)
        return check;
    if (!key) {
        check.reason = ReasonCode::UnknownKey;
        check.detail = tr("The signature was made by key %1, which is not in the trust store.")
                           .arg(check.signingKeyFingerprint);
        return check;
    }
    if (!pinned.contains(key->fingerprint)) {
        check.reason = ReasonCode::KeyNotPinned;
        check.detail = tr("Key %1 (%2) is in the trust store, but its fingerprint has not been confirmed.")
                           .arg(OpenPgpKeyring::grouped(key->fingerprint), check.signer);
        return check;
    }
    if (key->revoked || sub->revoked) {
        check.reason = ReasonCode::KeyRevoked;
        check.detail = key->revoked
            ? tr("Key %1 has been revoked.").arg(OpenPgpKeyring::grouped(key->fingerprint))
            : tr("The subkey %1 that made the signature has been revoked.")
                  .arg(OpenPgpKeyring::grouped(sub->fingerprint));
        return check;
    }
    if (weakHash(sig.hashAlgorithm())) {
        check.reason = ReasonCode::WeakDigest;
        check.detail
            = tr("The signature is made over a %1 digest, which can be forged.").arg(check.digestAlgorithm);
        return check;
    }
    if (check.signedAt.isValid() && check.signedAt > at.addSecs(kClockSkewSeconds)) {
        check.reason = ReasonCode::NotYetValid;
        check.detail = tr("The signature is dated %1, after the time of the check (%2).")
                           .arg(check.signedAt.toString(Qt::ISODate), at.toUTC().toString(Qt::ISODate));
        return check;
    }
    if (check.keyValidityAtSigning == u"not yet valid") {
        check.reason = ReasonCode::NotYetValid;
        check.detail = tr("The key was made on %1, after the signature's date.")
                           .arg(sub->created.toString(Qt::ISODate));
        return check;
    }
    if (check.keyValidityAtSigning == u"expired") {
        check.reason = ReasonCode::KeyExpired;
        check.detail = tr("The key had expired on %1, before the signature was made on %2.")
                           .arg(check.keyExpires.toString(Qt::ISODate), check.signedAt.toString(Qt::ISODate));
        return check;
    }
    if (sigExpires.isValid() && sigExpires <= at) {
        check.reason = ReasonCode::SignatureExpired;
        check.detail = tr("The signature expired on %1.").arg(sigExpires.toString(Qt::ISODate));
        return check;
    }
    check.reason = ReasonCode::Ok;
    check.detail
        = tr("Good signature by %1 (%2).").arg(check.signer, OpenPgpKeyring::grouped(key->fingerprint));
    return check;
}

QString OpenPgpKeyring::toolVersions()
{
    initialize();
    const GpgME::EngineInfo engine = GpgME::engineInfo(GpgME::OpenPGP);
    return u"GPGME %1, gpg %2"_s.arg(text(gpgme_check_version(nullptr)), text(engine.version()));
}

} // namespace ChangeDesk
