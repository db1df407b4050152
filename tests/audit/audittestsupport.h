#pragma once

// Helpers shared by the audit trail's tests: sample events, and raw SQL that gets past the
// append-only triggers the way someone tampering with the database would.

#include "testsupport.h"

#include "audit/auditlog.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

namespace ChangeDesk::Test {

// Event `i` of a sample trail: a CI's change with before and after, some text outside ASCII.
inline AuditEvent sampleEvent(int i)
{
    using namespace Qt::StringLiterals;
    AuditEvent event;
    event.action = i % 3 == 0 ? u"ci.create"_s : u"ci.update"_s;
    event.objectType = u"configuration_item"_s;
    event.objectId = 100 + i;
    if (i % 3 != 0)
        event.before
            = QJsonObject {{u"name"_s, u"srv-%1"_s.arg(i)}, {u"site"_s, u"Rathaus Süd"_s}, {u"c"_s, 2}};
    event.after = QJsonObject {{u"name"_s, u"srv-%1"_s.arg(i)},
                               {u"site"_s, u"Stadhuis \"Noord\"\n2e etage"_s},
                               {u"c"_s, 3},
                               {u"tags"_s, QJsonArray {u"web"_s, 1.5, true, QJsonValue()}}};
    return event;
}

// Runs `statements` with the append-only triggers out of the way (SQLite: dropped; PostgreSQL:
// disabled for the statements and enabled again), as a person with the file or the superuser
// could. On PostgreSQL the chaining trigger is disabled too: what is inserted is stored as given.
inline Status tamper(const Database &db, const QStringList &statements,
                     const QList<QVariantList> &params = {})
{
    using namespace Qt::StringLiterals;
    const bool pg = db.backend() == Backend::PostgreSQL;
    const QStringList before = pg ? QStringList {u"ALTER TABLE audit_event DISABLE TRIGGER USER"_s,
                                                 u"ALTER TABLE audit_head DISABLE TRIGGER USER"_s}
                                  : QStringList {u"DROP TRIGGER IF EXISTS audit_event_no_update"_s,
                                                 u"DROP TRIGGER IF EXISTS audit_event_no_delete"_s};
    const QStringList after = pg ? QStringList {u"ALTER TABLE audit_event ENABLE TRIGGER USER"_s,
                                                u"ALTER TABLE audit_head ENABLE TRIGGER USER"_s}
                                 : QStringList {};
    for (const QString &sql : before) {
        if (auto done = db.exec(sql); !done)
            return fail(done.error());
    }
    for (qsizetype i = 0; i < statements.size(); ++i) {
        if (auto done = db.exec(statements.at(i), params.value(i)); !done)
            return fail(done.error());
    }
    for (const QString &sql : after) {
        if (auto done = db.exec(sql); !done)
            return fail(done.error());
    }
    return {};
}

// A throwaway GnuPG home with keys made for the test (no passphrase). Its agent is stopped when it
// goes.
class GpgHome
{
public:
    GpgHome() = default;
    GpgHome(const GpgHome &) = delete;
    GpgHome &operator=(const GpgHome &) = delete;
    ~GpgHome()
    {
        using namespace Qt::StringLiterals;
        if (m_dir.isValid())
            runProcess(u"gpgconf"_s, {u"--homedir"_s, m_dir.path(), u"--kill"_s, u"all"_s}, environment(), {},
                       30000);
    }

    QString path() const { return m_dir.path(); }
    // GNUPGHOME for child processes.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("GNUPGHOME"), m_dir.path());
        return env;
    }

    // Makes an ed25519 signing key for `userId` and returns its fingerprint.
    Result<QString> generate(const QString &userId) const
    {
        using namespace Qt::StringLiterals;
        if (!m_dir.isValid())
            return fail(ErrorKind::Io, u"no temporary folder for GNUPGHOME"_s);
        const auto made = runProcess(u"gpg"_s,
                                     {u"--homedir"_s, m_dir.path(), u"--batch"_s, u"--pinentry-mode"_s,
                                      u"loopback"_s, u"--passphrase"_s, QString(), u"--quick-gen-key"_s,
                                      userId, u"ed25519"_s, u"sign"_s, u"never"_s},
                                     environment(), {}, 60000);
        if (!made.started() || made.exitCode != 0)
            return fail(ErrorKind::Internal, QString::fromLocal8Bit(made.describe().text));
        const auto listed = runProcess(
            u"gpg"_s,
            {u"--homedir"_s, m_dir.path(), u"--batch"_s, u"--with-colons"_s, u"--list-secret-keys"_s, userId},
            environment(), {}, 60000);
        if (!listed.started() || listed.exitCode != 0)
            return fail(ErrorKind::Internal, QString::fromLocal8Bit(listed.describe().text));
        const QStringList lines = listed.out.split(u'\n');
        for (const QString &line : lines) {
            if (line.startsWith(u"fpr:"_s))
                return line.section(u':', 9, 9);
        }
        return fail(ErrorKind::Internal, u"gpg listed no fingerprint for "_s + userId);
    }

private:
    QTemporaryDir m_dir {QStringLiteral("/tmp/cdgpg-XXXXXX")};
};

} // namespace ChangeDesk::Test
