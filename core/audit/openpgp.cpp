#include "openpgp.h"

#include <QStandardPaths>
#include <QtCrypto>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {

const QString kProvider = u"qca-gnupg"_s;

QString keyringName()
{
    const QString home = qEnvironmentVariable("GNUPGHOME");
    return home.isEmpty() ? u"~/.gnupg"_s : home;
}

OpenPgp::Key toKey(const QCA::PGPKey &key)
{
    OpenPgp::Key out;
    if (key.isNull())
        return out;
    out.fingerprint = OpenPgp::normalizeFingerprint(key.fingerprint());
    out.keyId = key.keyId().toUpper();
    // Not primaryUserId(): it takes the first of the list, and the key of an unknown signer has none.
    out.userId = key.userIds().value(0);
    out.secret = key.isSecret();
    return out;
}

// The OpenPGP keys in the keyring, with the secret part where there is one. QCA reads the
// keyring once per process, on first use, in its key store thread.
QList<QCA::KeyStoreEntry> keyringEntries()
{
    QCA::KeyStoreManager::start(kProvider);
    QCA::KeyStoreManager manager;
    manager.waitForBusyFinished();
    QList<QCA::KeyStoreEntry> entries;
    const QStringList stores = manager.keyStores();
    for (const QString &id : stores) {
        QCA::KeyStore store(id, &manager);
        if (store.type() == QCA::KeyStore::PGPKeyring)
            entries += store.entryList();
    }
    return entries;
}

// The key (secret when asked) that `fingerprint` names.
std::optional<QCA::PGPKey> lookup(const QString &fingerprint, bool secret)
{
    const QList<QCA::KeyStoreEntry> entries = keyringEntries();
    for (const QCA::KeyStoreEntry &entry : entries) {
        const QCA::PGPKey key = secret ? entry.pgpSecretKey() : entry.pgpPublicKey();
        if (!key.isNull() && OpenPgp::matches(toKey(key), fingerprint))
            return key;
    }
    return std::nullopt;
}

// gpg's own words, for an error message: its stderr lines without QCA's bookkeeping.
QString gpgSays(const QString &diagnostic)
{
    const qsizetype from = diagnostic.lastIndexOf(u"stderr: ["_s);
    if (from < 0)
        return {};
    const qsizetype to = diagnostic.indexOf(u']', from);
    return diagnostic.mid(from + 9, to < 0 ? -1 : to - from - 9).simplified();
}

} // namespace

Status OpenPgp::available()
{
    if (!QCA::isSupported("openpgp"))
        return fail(ErrorKind::Unavailable,
                    tr("OpenPGP signatures are not available: QCA has no OpenPGP provider. Install QCA's "
                       "GnuPG plugin (qca-gnupg, in Debian libqca-qt6-plugins)."));
    if (QStandardPaths::findExecutable(u"gpg"_s).isEmpty()
        && QStandardPaths::findExecutable(u"gpg2"_s).isEmpty())
        return fail(ErrorKind::Unavailable,
                    tr("OpenPGP signatures are not available: the program gpg (GnuPG) is not installed or "
                       "not on the PATH."));
    return {};
}

QString OpenPgp::normalizeFingerprint(const QString &text)
{
    QString hex = text.trimmed();
    if (hex.startsWith(u"0x"_s, Qt::CaseInsensitive))
        hex = hex.mid(2);
    hex.remove(u' ');
    hex = hex.toUpper();
    if (hex.size() < 16 || hex.size() > 64)
        return {};
    for (const QChar c : std::as_const(hex)) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'F')))
            return {};
    }
    return hex;
}

bool OpenPgp::matches(const Key &key, const QString &fingerprint)
{
    const QString wanted = normalizeFingerprint(fingerprint);
    if (wanted.isEmpty() || key.fingerprint.isEmpty())
        return false;
    if (wanted.size() == 16)
        return key.fingerprint.endsWith(wanted);
    return key.fingerprint == wanted;
}

Result<OpenPgp::Key> OpenPgp::findKey(const QString &fingerprint, bool secret)
{
    if (auto ready = available(); !ready)
        return fail(ready.error());
    if (normalizeFingerprint(fingerprint).isEmpty())
        return fail(ErrorKind::InvalidInput,
                    tr("'%1' is not an OpenPGP key fingerprint: give its 40 hexadecimal digits (as 'gpg "
                       "--list-secret-keys' shows them) or its long key ID of 16.")
                        .arg(fingerprint));
    if (auto key = lookup(fingerprint, secret))
        return toKey(*key);
    if (secret)
        return fail(
            ErrorKind::NotFound,
            tr("There is no secret OpenPGP key %1 in the keyring %2, so nothing can be signed with it. "
               "'gpg --list-secret-keys' shows the keys there.")
                .arg(normalizeFingerprint(fingerprint), keyringName()));
    return fail(ErrorKind::NotFound,
                tr("There is no OpenPGP key %1 in the keyring %2.")
                    .arg(normalizeFingerprint(fingerprint), keyringName()));
}

Result<QByteArray> OpenPgp::signDetached(const QString &fingerprint, const QByteArray &data)
{
    if (auto found = findKey(fingerprint, true); !found)
        return fail(found.error());
    const auto secret = lookup(fingerprint, true);
    if (!secret)
        return fail(ErrorKind::NotFound,
                    tr("The OpenPGP key %1 left the keyring %2 while signing.")
                        .arg(normalizeFingerprint(fingerprint), keyringName()));
    QCA::SecureMessageKey signer;
    signer.setPGPSecretKey(*secret);
    QCA::OpenPGP pgp;
    QCA::SecureMessage message(&pgp);
    message.setSigner(signer);
    message.setFormat(QCA::SecureMessage::Ascii);
    message.startSign(QCA::SecureMessage::Detached);
    message.update(data);
    message.end();
    message.waitForFinished(-1);
    if (!message.success() || message.signature().isEmpty()) {
        const QString why = message.errorCode() == QCA::SecureMessage::ErrorPassphrase
            ? tr("the passphrase was wrong or not given")
            : gpgSays(message.diagnosticText());
        return fail(
            ErrorKind::Unavailable,
            tr("Signing with the OpenPGP key %1 failed: %2")
                .arg(normalizeFingerprint(fingerprint), why.isEmpty() ? tr("gpg gave no reason") : why));
    }
    return message.signature();
}

Result<OpenPgp::Verification> OpenPgp::verifyDetached(const QByteArray &data, const QByteArray &signature)
{
    if (auto ready = available(); !ready)
        return fail(ready.error());
    // The key store must be loaded for QCA to name the signer's key and fingerprint.
    (void)keyringEntries();
    QCA::OpenPGP pgp;
    QCA::SecureMessage message(&pgp);
    message.setFormat(QCA::SecureMessage::Ascii);
    message.startVerify(signature);
    message.update(data);
    message.end();
    message.waitForFinished(-1);
    if (!message.success() || !message.wasSigned()) {
        const QString why = gpgSays(message.diagnosticText());
        return fail(ErrorKind::InvalidInput,
                    tr("The OpenPGP signature cannot be checked: %1")
                        .arg(why.isEmpty() ? tr("it is not a signature") : why));
    }
    const QCA::SecureMessageSignature signer = message.signer();
    Verification result;
    result.key = toKey(signer.key().pgpPublicKey());
    result.signedAt = signer.timestamp();
    switch (signer.identityResult()) {
    case QCA::SecureMessageSignature::Valid:
        result.outcome = Verification::Outcome::Good;
        break;
    case QCA::SecureMessageSignature::NoKey:
        result.outcome = Verification::Outcome::UnknownKey;
        break;
    case QCA::SecureMessageSignature::InvalidSignature:
    case QCA::SecureMessageSignature::InvalidKey:
        result.outcome = Verification::Outcome::Bad;
        break;
    }
    return result;
}

} // namespace ChangeDesk
