#pragma once

// The trust store (M10): the keys and CA certificates ChangeDesk checks package signatures
// against, kept in the database (table trust_anchor), never in a user's personal keyring.
//
// A key counts only once it is pinned: somebody compared its full fingerprint with one obtained
// through a second channel (the vendor's web page, a telephone call, a letter) and said which.
// Adding and pinning are audited actions of change managers, administrators and security
// management ("trust.add", "trust.pin", "trust.remove"). CRLs need no pin: OpenSSL checks them
// against their pinned CA; a newer CRL of a CA replaces the older one.

#include "change/changeservice.h"
#include "common/clock.h"
#include "common/error.h"
#include "integrity/cmsverifier.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace ChangeDesk {

class Database;

struct TrustAnchor {
    enum class Kind { OpenPgpKey, X509Ca, X509Crl };
    qint64 id = 0;
    Kind kind = Kind::OpenPgpKey;
    // OpenPGP: the primary key's fingerprint; X.509: SHA-256 of the DER; upper-case hex.
    QString fingerprint;
    QString label; // the user ID, the certificate's subject, the CRL's issuer
    QByteArray material; // the armoured key, the DER certificate or CRL
    QDateTime validFrom; // key created, notBefore, lastUpdate
    QDateTime validUntil; // expiry, notAfter, nextUpdate; invalid: never
    bool revoked = false; // an OpenPGP key that carries its revocation
    QString source; // the file it was read from
    bool pinned = false;
    QString confirmedVia; // the second channel the fingerprint was compared through
    QString addedBy;
    QDateTime addedAt;
    QString pinnedBy;
    QDateTime pinnedAt;
};

// What the signature checks need, read in one go.
struct TrustSnapshot {
    QList<QByteArray> openPgpKeys; // every OpenPGP key of the store, pinned or not
    QSet<QString> pinnedOpenPgp; // the primary fingerprints that count
    X509TrustAnchors x509; // the pinned CAs and the CRLs
};

class TrustStore
{
    Q_DECLARE_TR_FUNCTIONS(TrustStore)

public:
    explicit TrustStore(const Database &db, ChangeActor actor = {}, const Clock &clock = Clock::system());

    static bool mayManage(const ChangeActor &actor);
    static QString kindKey(TrustAnchor::Kind kind); // openpgp, x509_ca, x509_crl
    static QString kindName(TrustAnchor::Kind kind); // for people
    static QJsonObject toJson(const TrustAnchor &anchor); // without the material

    // What `data` holds, as it would be added (not yet stored): one anchor per OpenPGP key, or the
    // CA certificate, or the CRL. InvalidInput naming `source` when it is none of these, or a
    // certificate that is not a CA's.
    static Result<QList<TrustAnchor>> inspect(const QByteArray &data, const QString &source);

    // Stores what `data` holds. A key or certificate is pinned at once only when
    // `confirmedFingerprint` (spaces and colons allowed) equals its fingerprint; `confirmedVia`
    // says through which channel it was compared (required then). Adding what is already there
    // changes nothing and returns it. One transaction with its audit events.
    Result<QList<TrustAnchor>> add(const QByteArray &data, const QString &source,
                                   const QString &confirmedFingerprint = {},
                                   const QString &confirmedVia = {}) const;
    // Pins the key or certificate whose fingerprint is `fingerprint` (the full one, retyped or
    // pasted from the second channel).
    Result<TrustAnchor> pin(const QString &fingerprint, const QString &confirmedVia) const;
    Status remove(const QString &fingerprint) const;

    Result<QList<TrustAnchor>> anchors() const;
    Result<TrustSnapshot> snapshot() const;

    // "A1B2 C3D4 …" → "A1B2C3D4…"; empty unless hex digits only.
    static QString normalizeFingerprint(const QString &text);

private:
    Status mayEdit() const;
    Result<std::optional<TrustAnchor>> find(const QString &fingerprint) const;

    const Database &m_db;
    ChangeActor m_actor;
    const Clock &m_clock;
};

} // namespace ChangeDesk
