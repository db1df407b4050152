#include "truststore.h"

#include "audit/auditlog.h"
#include "integrity/openpgpkeyring.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {

constexpr auto kColumns = "id, kind, fingerprint, label, material, valid_from, valid_until, revoked, source, "
                          "pinned, confirmed_via, added_by, added_at, pinned_by, pinned_at";

std::optional<TrustAnchor::Kind> kindFromKey(const QString &key)
{
    for (auto kind : {TrustAnchor::Kind::OpenPgpKey, TrustAnchor::Kind::X509Ca, TrustAnchor::Kind::X509Crl}) {
        if (TrustStore::kindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

TrustAnchor fromRow(const QSqlQuery &q, const Dialect &dialect)
{
    TrustAnchor a;
    a.id = q.value(0).toLongLong();
    a.kind = kindFromKey(q.value(1).toString()).value_or(TrustAnchor::Kind::OpenPgpKey);
    a.fingerprint = q.value(2).toString();
    a.label = q.value(3).toString();
    a.material = q.value(4).toByteArray();
    a.validFrom = dialect.dateTimeFromDb(q.value(5));
    a.validUntil = dialect.dateTimeFromDb(q.value(6));
    a.revoked = q.value(7).toBool();
    a.source = q.value(8).toString();
    a.pinned = q.value(9).toBool();
    a.confirmedVia = q.value(10).toString();
    a.addedBy = q.value(11).toString();
    a.addedAt = dialect.dateTimeFromDb(q.value(12));
    a.pinnedBy = q.value(13).toString();
    a.pinnedAt = dialect.dateTimeFromDb(q.value(14));
    return a;
}

bool looksLikeX509(const QByteArray &data)
{
    return data.startsWith('\x30') || data.contains("-----BEGIN CERTIFICATE-----")
        || data.contains("-----BEGIN X509 CRL-----") || data.contains("-----BEGIN TRUSTED CERTIFICATE-----");
}

} // namespace

TrustStore::TrustStore(const Database &db, ChangeActor actor, const Clock &clock)
    : m_db(db)
    , m_actor(std::move(actor))
    , m_clock(clock)
{ }

bool TrustStore::mayManage(const ChangeActor &actor)
{
    return actor.has(u"change_manager"_s) || actor.has(u"administrator"_s)
        || actor.has(u"security_management"_s);
}

QString TrustStore::kindKey(TrustAnchor::Kind kind)
{
    switch (kind) {
    case TrustAnchor::Kind::OpenPgpKey:
        return u"openpgp"_s;
    case TrustAnchor::Kind::X509Ca:
        return u"x509_ca"_s;
    case TrustAnchor::Kind::X509Crl:
        return u"x509_crl"_s;
    }
    return {};
}

QString TrustStore::kindName(TrustAnchor::Kind kind)
{
    switch (kind) {
    case TrustAnchor::Kind::OpenPgpKey:
        return tr("OpenPGP key");
    case TrustAnchor::Kind::X509Ca:
        return tr("CA certificate");
    case TrustAnchor::Kind::X509Crl:
        return tr("Revocation list (CRL)");
    }
    return {};
}

QJsonObject TrustStore::toJson(const TrustAnchor &a)
{
    const auto time = [](const QDateTime &t) {
        return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
    };
    return {
        {u"id"_s, a.id},
        {u"kind"_s, kindKey(a.kind)},
        {u"fingerprint"_s, a.fingerprint},
        {u"label"_s, a.label},
        {u"valid_from"_s, time(a.validFrom)},
        {u"valid_until"_s, time(a.validUntil)},
        {u"revoked"_s, a.revoked},
        {u"source"_s, a.source},
        {u"pinned"_s, a.pinned},
        {u"confirmed_via"_s, a.confirmedVia},
        {u"added_by"_s, a.addedBy},
        {u"added_at"_s, time(a.addedAt)},
        {u"pinned_by"_s, a.pinnedBy},
        {u"pinned_at"_s, time(a.pinnedAt)},
    };
}

QString TrustStore::normalizeFingerprint(const QString &text)
{
    QString hex = text;
    hex.remove(QRegularExpression(u"[\\s:]"_s));
    if (hex.startsWith(u"0x"_s, Qt::CaseInsensitive))
        hex = hex.mid(2);
    static const QRegularExpression onlyHex(u"^[0-9A-Fa-f]+$"_s);
    return onlyHex.match(hex).hasMatch() ? hex.toUpper() : QString();
}

Result<QList<TrustAnchor>> TrustStore::inspect(const QByteArray &data, const QString &source)
{
    if (data.trimmed().isEmpty())
        return fail(ErrorKind::InvalidInput, tr("%1 is empty.").arg(source));
    if (looksLikeX509(data)) {
        auto described = CmsVerifier::describe(data, source);
        if (!described)
            return fail(described.error());
        TrustAnchor a;
        a.kind = described->kind == X509Description::Kind::Crl ? TrustAnchor::Kind::X509Crl
                                                               : TrustAnchor::Kind::X509Ca;
        if (a.kind == TrustAnchor::Kind::X509Ca && !described->isCa)
            return fail(ErrorKind::InvalidInput,
                        tr("%1 is the certificate of '%2', which is not a CA: pin the CA that issued it "
                           "('%3') instead.")
                            .arg(source, described->subject, described->issuer));
        a.fingerprint = described->sha256Fingerprint;
        a.label = described->subject;
        a.material = described->der;
        a.validFrom = described->notBefore;
        a.validUntil = described->notAfter;
        a.source = source;
        a.pinned = a.kind == TrustAnchor::Kind::X509Crl;
        return QList<TrustAnchor> {a};
    }
    auto keys = OpenPgpKeyring::describe(data, source);
    if (!keys) {
        if (keys.error().kind != ErrorKind::InvalidInput)
            return fail(keys.error());
        return fail(
            ErrorKind::InvalidInput,
            tr("%1 is neither an OpenPGP public key nor an X.509 CA certificate or CRL.").arg(source));
    }
    QList<TrustAnchor> anchors;
    for (const OpenPgpKeyInfo &k : std::as_const(*keys)) {
        TrustAnchor a;
        a.kind = TrustAnchor::Kind::OpenPgpKey;
        a.fingerprint = k.fingerprint;
        a.label = k.userIds.value(0);
        a.validFrom = k.created;
        a.validUntil = k.expires;
        a.revoked = k.revoked;
        a.source = source;
        anchors << a;
    }
    // Each key is kept as its own export, so that removing one leaves the others.
    if (anchors.size() == 1) {
        anchors.first().material = data;
    } else {
        auto keyring = OpenPgpKeyring::create({data});
        if (!keyring)
            return fail(keyring.error());
        for (TrustAnchor &a : anchors) {
            auto exported = (*keyring)->exportKey(a.fingerprint);
            if (!exported)
                return fail(exported.error());
            a.material = *exported;
        }
    }
    return anchors;
}

Status TrustStore::mayEdit() const
{
    if (mayManage(m_actor))
        return {};
    return fail(ErrorKind::ReadOnly,
                tr("Only a change manager, an administrator or security management keeps the trust store; %1 "
                   "is none of these.")
                    .arg(m_actor.login.isEmpty() ? tr("nobody acting") : m_actor.login));
}

Result<std::optional<TrustAnchor>> TrustStore::find(const QString &fingerprint) const
{
    auto q
        = m_db.exec(u"SELECT %1 FROM trust_anchor WHERE fingerprint = ?"_s.arg(QLatin1StringView(kColumns)),
                    {fingerprint}, tr("reading the trust store"));
    if (!q)
        return fail(q.error());
    if (!q->next())
        return std::optional<TrustAnchor>();
    return std::optional<TrustAnchor>(fromRow(*q, m_db.dialect()));
}

Result<QList<TrustAnchor>> TrustStore::add(const QByteArray &data, const QString &source,
                                           const QString &confirmedFingerprint,
                                           const QString &confirmedVia) const
{
    if (auto allowed = mayEdit(); !allowed)
        return fail(allowed.error());
    auto inspected = inspect(data, source);
    if (!inspected)
        return fail(inspected.error());
    const QString confirmed = normalizeFingerprint(confirmedFingerprint);
    if (!confirmedFingerprint.trimmed().isEmpty()) {
        bool matches = false;
        for (const TrustAnchor &a : std::as_const(*inspected))
            matches = matches || (a.kind != TrustAnchor::Kind::X509Crl && a.fingerprint == confirmed);
        if (!matches)
            return fail(
                ErrorKind::InvalidInput,
                tr("The fingerprint you compared (%1) is not that of %2 (%3): do not trust this file.")
                    .arg(confirmedFingerprint.trimmed(), source,
                         OpenPgpKeyring::grouped(inspected->first().fingerprint)));
        if (confirmedVia.trimmed().isEmpty())
            return fail(ErrorKind::InvalidInput,
                        tr("Say through which channel the fingerprint was compared (for example the "
                           "vendor's web page or a telephone call)."));
    }
    return m_db.write([&]() -> Result<QList<TrustAnchor>> {
        const QDateTime now = m_clock.now();
        QList<TrustAnchor> stored;
        for (TrustAnchor a : std::as_const(*inspected)) {
            auto existing = find(a.fingerprint);
            if (!existing)
                return fail(existing.error());
            if (*existing) {
                stored << **existing;
                continue;
            }
            if (a.kind == TrustAnchor::Kind::X509Crl) {
                // The newer CRL of a CA replaces the older ones.
                auto older
                    = m_db.exec(u"SELECT %1 FROM trust_anchor WHERE kind = 'x509_crl' AND label = ?"_s.arg(
                                    QLatin1StringView(kColumns)),
                                {a.label}, tr("reading the trust store"));
                if (!older)
                    return fail(older.error());
                QList<TrustAnchor> replaced;
                while (older->next())
                    replaced << fromRow(*older, m_db.dialect());
                for (const TrustAnchor &old : std::as_const(replaced)) {
                    if (old.validFrom > a.validFrom)
                        return fail(ErrorKind::Conflict,
                                    tr("The trust store already has a newer revocation list of '%1' (of %2).")
                                        .arg(a.label, old.validFrom.toString(Qt::ISODate)));
                    if (auto removed = m_db.exec(u"DELETE FROM trust_anchor WHERE id = ?"_s, {old.id},
                                                 tr("replacing the revocation list of '%1'").arg(a.label));
                        !removed)
                        return fail(removed.error());
                    if (auto logged = AuditLog(m_db, m_actor.login, m_clock)
                                          .record(u"trust.remove"_s, u"trust_anchor"_s, old.id, toJson(old),
                                                  std::nullopt);
                        !logged)
                        return fail(logged.error());
                }
            }
            const bool pinNow = a.kind == TrustAnchor::Kind::X509Crl || a.fingerprint == confirmed;
            a.pinned = pinNow;
            a.confirmedVia
                = a.kind == TrustAnchor::Kind::X509Crl || !pinNow ? QString() : confirmedVia.trimmed();
            a.addedBy = m_actor.login;
            a.addedAt = now;
            if (pinNow && a.kind != TrustAnchor::Kind::X509Crl) {
                a.pinnedBy = m_actor.login;
                a.pinnedAt = now;
            }
            auto inserted
                = m_db.exec(u"INSERT INTO trust_anchor (kind, fingerprint, label, material, valid_from, "
                            u"valid_until, revoked, "
                            "source, pinned, confirmed_via, added_by, added_at, pinned_by, pinned_at) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                            {kindKey(a.kind), a.fingerprint, sqlText(a.label), a.material,
                             m_db.dialect().toDb(a.validFrom), m_db.dialect().toDb(a.validUntil),
                             m_db.dialect().toDb(a.revoked), sqlText(a.source), m_db.dialect().toDb(a.pinned),
                             sqlText(a.confirmedVia), sqlText(a.addedBy), m_db.dialect().toDb(a.addedAt),
                             sqlText(a.pinnedBy), m_db.dialect().toDb(a.pinnedAt)},
                            tr("adding %1 to the trust store").arg(a.fingerprint));
            if (!inserted)
                return fail(inserted.error());
            inserted->next();
            a.id = inserted->value(0).toLongLong();
            if (auto logged = AuditLog(m_db, m_actor.login, m_clock)
                                  .record(u"trust.add"_s, u"trust_anchor"_s, a.id, std::nullopt, toJson(a));
                !logged)
                return fail(logged.error());
            stored << a;
        }
        return stored;
    });
}

Result<TrustAnchor> TrustStore::pin(const QString &fingerprint, const QString &confirmedVia) const
{
    if (auto allowed = mayEdit(); !allowed)
        return fail(allowed.error());
    const QString fpr = normalizeFingerprint(fingerprint);
    if (fpr.size() < 40)
        return fail(ErrorKind::InvalidInput,
                    tr("'%1' is not a full fingerprint: compare and type all of it (40 or 64 hex digits).")
                        .arg(fingerprint));
    if (confirmedVia.trimmed().isEmpty())
        return fail(ErrorKind::InvalidInput,
                    tr("Say through which channel the fingerprint was compared (for example the "
                       "vendor's web page or a telephone call)."));
    return m_db.write([&]() -> Result<TrustAnchor> {
        auto found = find(fpr);
        if (!found)
            return fail(found.error());
        if (!*found)
            return fail(ErrorKind::NotFound,
                        tr("No key or certificate with the fingerprint %1 is in the trust store.").arg(fpr));
        TrustAnchor a = **found;
        if (a.kind == TrustAnchor::Kind::X509Crl)
            return fail(ErrorKind::InvalidInput, tr("A revocation list is not pinned: its CA is."));
        if (a.pinned)
            return a;
        const QJsonObject before = toJson(a);
        a.pinned = true;
        a.confirmedVia = confirmedVia.trimmed();
        a.pinnedBy = m_actor.login;
        a.pinnedAt = m_clock.now();
        if (auto updated = m_db.exec(
                u"UPDATE trust_anchor SET pinned = ?, confirmed_via = ?, pinned_by = ?, pinned_at = ? WHERE id = ?"_s,
                {m_db.dialect().toDb(true), a.confirmedVia, sqlText(a.pinnedBy),
                 m_db.dialect().toDb(a.pinnedAt), a.id},
                tr("pinning %1").arg(fpr));
            !updated)
            return fail(updated.error());
        if (auto logged = AuditLog(m_db, m_actor.login, m_clock)
                              .record(u"trust.pin"_s, u"trust_anchor"_s, a.id, before, toJson(a));
            !logged)
            return fail(logged.error());
        return a;
    });
}

Status TrustStore::remove(const QString &fingerprint) const
{
    if (auto allowed = mayEdit(); !allowed)
        return allowed;
    const QString fpr = normalizeFingerprint(fingerprint);
    return m_db.write([&]() -> Status {
        auto found = find(fpr);
        if (!found)
            return fail(found.error());
        if (!*found)
            return fail(ErrorKind::NotFound,
                        tr("No key or certificate with the fingerprint %1 is in the trust store.")
                            .arg(fingerprint.trimmed()));
        const TrustAnchor &a = **found;
        if (auto removed = m_db.exec(u"DELETE FROM trust_anchor WHERE id = ?"_s, {a.id},
                                     tr("removing %1 from the trust store").arg(fpr));
            !removed)
            return fail(removed.error());
        return AuditLog(m_db, m_actor.login, m_clock)
            .record(u"trust.remove"_s, u"trust_anchor"_s, a.id, toJson(a), std::nullopt);
    });
}

Result<QList<TrustAnchor>> TrustStore::anchors() const
{
    auto q = m_db.exec(
        u"SELECT %1 FROM trust_anchor ORDER BY kind, label, id"_s.arg(QLatin1StringView(kColumns)), {},
        tr("reading the trust store"));
    if (!q)
        return fail(q.error());
    QList<TrustAnchor> all;
    while (q->next())
        all << fromRow(*q, m_db.dialect());
    return all;
}

Result<TrustSnapshot> TrustStore::snapshot() const
{
    auto all = anchors();
    if (!all)
        return fail(all.error());
    TrustSnapshot s;
    for (const TrustAnchor &a : std::as_const(*all)) {
        switch (a.kind) {
        case TrustAnchor::Kind::OpenPgpKey:
            s.openPgpKeys << a.material;
            if (a.pinned)
                s.pinnedOpenPgp << a.fingerprint;
            break;
        case TrustAnchor::Kind::X509Ca:
            if (a.pinned)
                s.x509.caCertificates << a.material;
            break;
        case TrustAnchor::Kind::X509Crl:
            s.x509.crls << a.material;
            break;
        }
    }
    return s;
}

} // namespace ChangeDesk
