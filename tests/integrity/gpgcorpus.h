#pragma once

// A signer's side for tests: a throwaway GnuPG home in which the test makes keys and signatures
// with the real gpg program, at whatever time `--faked-system-time` says, so that expired,
// revoked and future keys and signatures are real ones. Never touches the user's keyring.

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimeZone>

namespace ChangeDesk::Test {

// Midnight UTC of a day: the times the signatures and checks of the integrity tests happen at.
inline QDateTime utc(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0), QTimeZone::UTC);
}

// Writes `content` to `path` whole; false when it could not.
inline bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

class GpgSigner
{
public:
    GpgSigner()
        : m_home(QDir::tempPath() + QStringLiteral("/cd-signer-XXXXXX"))
    { }
    ~GpgSigner()
    {
        if (m_home.isValid())
            QProcess::execute(QStringLiteral("gpgconf"),
                              {QStringLiteral("--homedir"), m_home.path(), QStringLiteral("--kill"),
                               QStringLiteral("all")});
    }
    GpgSigner(const GpgSigner &) = delete;
    GpgSigner &operator=(const GpgSigner &) = delete;

    static bool available() { return !QStandardPaths::findExecutable(QStringLiteral("gpg")).isEmpty(); }
    QString home() const { return m_home.path(); }
    // The last command's stderr, for failure messages.
    QString lastError() const { return m_lastError; }

    static QString timeArg(const QDateTime &when)
    {
        return when.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
    }

    // Runs gpg in the signer's home at `when` (the real time when invalid); stdin from `input`.
    bool gpg(const QStringList &args, const QDateTime &when = {}, const QByteArray &input = {},
             QByteArray *output = nullptr)
    {
        QStringList all {QStringLiteral("--homedir"),       m_home.path(),
                         QStringLiteral("--batch"),         QStringLiteral("--no-tty"),
                         QStringLiteral("--pinentry-mode"), QStringLiteral("loopback"),
                         QStringLiteral("--passphrase="),   QStringLiteral("--yes")};
        if (when.isValid())
            all << QStringLiteral("--faked-system-time") << timeArg(when);
        all << args;
        QProcess p;
        p.start(QStringLiteral("gpg"), all);
        if (!p.waitForStarted()) {
            m_lastError = QStringLiteral("gpg did not start");
            return false;
        }
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000)) {
            m_lastError = QStringLiteral("gpg did not finish");
            return false;
        }
        m_lastError = QString::fromLocal8Bit(p.readAllStandardError());
        if (output)
            *output = p.readAllStandardOutput();
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    // A new key made at `created`; `usage` "sign" or "cert" (then add a signing subkey yourself).
    // Returns the primary fingerprint, empty on failure.
    QString makeKey(const QString &uid, const QDateTime &created,
                    const QString &usage = QStringLiteral("sign"),
                    const QString &expire = QStringLiteral("3y"))
    {
        if (!gpg({QStringLiteral("--quick-gen-key"), uid, QStringLiteral("ed25519"), usage, expire}, created))
            return {};
        return fingerprints(uid).value(0);
    }

    // Adds a signing subkey made at `created`; returns its fingerprint.
    QString addSigningSubkey(const QString &primary, const QDateTime &created)
    {
        const QStringList before = fingerprints(primary);
        if (!gpg({QStringLiteral("--quick-add-key"), primary, QStringLiteral("ed25519"),
                  QStringLiteral("sign"), QStringLiteral("3y")},
                 created))
            return {};
        const QStringList after = fingerprints(primary);
        for (const QString &f : after) {
            if (!before.contains(f))
                return f;
        }
        return {};
    }

    // The primary key's fingerprint first, then its subkeys'.
    QStringList fingerprints(const QString &who)
    {
        QByteArray out;
        if (!gpg({QStringLiteral("--with-colons"), QStringLiteral("--list-keys"), who}, {}, {}, &out))
            return {};
        QStringList result;
        for (const QByteArray &line : out.split('\n')) {
            if (line.startsWith("fpr:"))
                result << QString::fromLatin1(line.split(':').value(9));
        }
        return result;
    }

    QByteArray exportKey(const QString &fingerprint)
    {
        QByteArray out;
        gpg({QStringLiteral("--armor"), QStringLiteral("--export"), fingerprint}, {}, {}, &out);
        return out;
    }

    // A detached signature of `file` by `key` (append "!" to force a subkey) at `when`.
    QByteArray sign(const QString &key, const QString &file, const QDateTime &when,
                    const QStringList &extra = {}, bool armor = true)
    {
        const QString out = m_home.filePath(QStringLiteral("signature.out"));
        QFile::remove(out);
        QStringList args {QStringLiteral("--local-user"), key, QStringLiteral("--output"), out};
        if (armor)
            args << QStringLiteral("--armor");
        args << extra << QStringLiteral("--detach-sign") << file;
        if (!gpg(args, when))
            return {};
        QFile f(out);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // Sets the key's expiry (a new self-signature made at `when`).
    bool setExpiry(const QString &fingerprint, const QDateTime &when, const QString &expire)
    {
        return gpg({QStringLiteral("--quick-set-expire"), fingerprint, expire}, when);
    }

    // Imports the revocation certificate gpg wrote when it made the key.
    bool revoke(const QString &fingerprint)
    {
        QFile rev(m_home.filePath(QStringLiteral("openpgp-revocs.d/%1.rev").arg(fingerprint)));
        if (!rev.open(QIODevice::ReadOnly))
            return false;
        QByteArray text = rev.readAll();
        text.replace("\n:-----", "\n-----"); // gpg guards the block against accidental import
        return gpg({QStringLiteral("--import")}, {}, text);
    }

    // Revokes the subkey at `index` (1 = the first subkey) at `when`, as a person would in --edit-key.
    bool revokeSubkey(const QString &primary, int index, const QDateTime &when)
    {
        const QByteArray commands = QStringLiteral("key %1\nrevkey\ny\n0\n\ny\nsave\n").arg(index).toUtf8();
        return gpg(
            {QStringLiteral("--command-fd"), QStringLiteral("0"), QStringLiteral("--edit-key"), primary},
            when, commands);
    }

private:
    QTemporaryDir m_home;
    QString m_lastError;
};

} // namespace ChangeDesk::Test
