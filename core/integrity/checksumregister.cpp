#include "checksumregister.h"

#include "storage/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlQuery>
#include <QTimeZone>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {

constexpr auto kFormat = "changedesk-checksum-register";
constexpr auto kColumns
    = "seq, package_id, acceptance_id, kind, vendor, product, version, file_name, file_size, "
      "sha256, sha512, restrictions, release_date, released_by, released_at, hash";

void appendField(QByteArray &out, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    char length[4];
    qToBigEndian(quint32(bytes.size()), length);
    out.append(length, 4);
    out.append(bytes);
}

QString isoMillis(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
}

QString zeroHash()
{
    return QString(64, u'0');
}

} // namespace

QJsonObject RegisterEntry::toJson() const
{
    return {{u"seq"_s, seq},
            {u"package_id"_s, packageId},
            {u"acceptance_id"_s, acceptanceId},
            {u"kind"_s, kind},
            {u"vendor"_s, vendor},
            {u"product"_s, product},
            {u"version"_s, version},
            {u"file_name"_s, fileName},
            {u"file_size"_s, fileSize},
            {u"sha256"_s, sha256},
            {u"sha512"_s, sha512},
            {u"restrictions"_s, restrictions},
            {u"release_date"_s, releaseDate.toString(Qt::ISODate)},
            {u"released_by"_s, releasedBy},
            {u"released_at"_s, isoMillis(releasedAt)},
            {u"hash"_s, hash}};
}

std::optional<RegisterEntry> RegisterEntry::fromJson(const QJsonObject &json)
{
    static const QStringList keys {u"seq"_s,          u"package_id"_s,  u"acceptance_id"_s, u"kind"_s,
                                   u"vendor"_s,       u"product"_s,     u"version"_s,       u"file_name"_s,
                                   u"file_size"_s,    u"sha256"_s,      u"sha512"_s,        u"restrictions"_s,
                                   u"release_date"_s, u"released_by"_s, u"released_at"_s,   u"hash"_s};
    for (const QString &key : keys) {
        if (!json.contains(key))
            return std::nullopt;
    }
    RegisterEntry e;
    e.seq = json.value(u"seq"_s).toInteger();
    e.packageId = json.value(u"package_id"_s).toInteger();
    e.acceptanceId = json.value(u"acceptance_id"_s).toInteger();
    e.kind = json.value(u"kind"_s).toString();
    e.vendor = json.value(u"vendor"_s).toString();
    e.product = json.value(u"product"_s).toString();
    e.version = json.value(u"version"_s).toString();
    e.fileName = json.value(u"file_name"_s).toString();
    e.fileSize = json.value(u"file_size"_s).toInteger();
    e.sha256 = json.value(u"sha256"_s).toString();
    e.sha512 = json.value(u"sha512"_s).toString();
    e.restrictions = json.value(u"restrictions"_s).toString();
    e.releaseDate = QDate::fromString(json.value(u"release_date"_s).toString(), Qt::ISODate);
    e.releasedBy = json.value(u"released_by"_s).toString();
    e.releasedAt = QDateTime::fromString(json.value(u"released_at"_s).toString(), Qt::ISODateWithMs);
    e.hash = json.value(u"hash"_s).toString();
    if (e.seq <= 0 || !e.releaseDate.isValid() || !e.releasedAt.isValid())
        return std::nullopt;
    return e;
}

ChecksumRegister::ChecksumRegister(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

QByteArray ChecksumRegister::canonicalBytes(const RegisterEntry &e)
{
    QByteArray out;
    appendField(out, QString::number(e.packageId));
    appendField(out, QString::number(e.acceptanceId));
    appendField(out, e.kind);
    appendField(out, e.vendor);
    appendField(out, e.product);
    appendField(out, e.version);
    appendField(out, e.fileName);
    appendField(out, QString::number(e.fileSize));
    appendField(out, e.sha256);
    appendField(out, e.sha512);
    appendField(out, e.restrictions);
    appendField(out, e.releaseDate.toString(Qt::ISODate));
    appendField(out, e.releasedBy);
    appendField(out, isoMillis(e.releasedAt));
    return out;
}

QString ChecksumRegister::chainHash(const QString &previousHash, const RegisterEntry &entry)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::fromHex(previousHash.toLatin1()));
    char seq[8];
    qToBigEndian(quint64(entry.seq), seq);
    hash.addData(QByteArrayView(seq, 8));
    hash.addData(canonicalBytes(entry));
    return QString::fromLatin1(hash.result().toHex());
}

RegisterChainCheck ChecksumRegister::checkChain(const QList<RegisterEntry> &entries)
{
    RegisterChainCheck check;
    check.headHash = zeroHash();
    for (const RegisterEntry &e : entries) {
        if (e.seq != check.headSeq + 1) {
            check.badSeq = e.seq;
            check.problem = tr("Entry %1 follows entry %2: entries are missing or out of order.")
                                .arg(e.seq)
                                .arg(check.headSeq);
            return check;
        }
        const QString expected = chainHash(check.headHash, e);
        if (expected != e.hash) {
            check.badSeq = e.seq;
            check.problem = tr("Entry %1 (%2 %3 %4) does not match its hash: it or an entry before it was "
                               "changed after it was written.")
                                .arg(e.seq)
                                .arg(e.vendor, e.product, e.version);
            return check;
        }
        ++check.checked;
        check.headSeq = e.seq;
        check.headHash = expected;
    }
    return check;
}

Result<RegisterEntry> ChecksumRegister::append(RegisterEntry entry) const
{
    return m_db.write([&]() -> Result<RegisterEntry> {
        if (m_db.backend() == Backend::PostgreSQL) {
            // Releases queue here until the transaction ends (the seq's primary key would refuse a
            // fork anyway). An advisory lock needs no privilege beyond INSERT.
            if (auto locked = m_db.exec(u"SELECT pg_advisory_xact_lock(hashtext('checksum_register'))"_s, {},
                                        tr("waiting for the checksum register"));
                !locked)
                return fail(locked.error());
        }
        auto head = m_db.exec(u"SELECT seq, hash FROM checksum_register ORDER BY seq DESC LIMIT 1"_s, {},
                              tr("reading the end of the checksum register"));
        if (!head)
            return fail(head.error());
        QString previous = zeroHash();
        entry.seq = 1;
        if (head->next()) {
            entry.seq = head->value(0).toLongLong() + 1;
            previous = head->value(1).toString();
        }
        // Milliseconds, as the canonical bytes write them: what is stored reads back the same.
        const QDateTime now = m_clock.now().toUTC();
        entry.releasedAt = QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), QTimeZone::UTC);
        entry.hash = chainHash(previous, entry);
        auto inserted = m_db.exec(
            u"INSERT INTO checksum_register (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s
                .arg(QLatin1StringView(kColumns)),
            {entry.seq, entry.packageId, entry.acceptanceId, entry.kind, entry.vendor, entry.product,
             entry.version, entry.fileName, entry.fileSize, entry.sha256, entry.sha512,
             sqlText(entry.restrictions), entry.releaseDate.toString(Qt::ISODate), entry.releasedBy,
             m_db.dialect().toDb(entry.releasedAt), entry.hash},
            tr("entering %1 %2 %3 into the checksum register")
                .arg(entry.vendor, entry.product, entry.version));
        if (!inserted)
            return fail(inserted.error());
        return entry;
    });
}

Result<QList<RegisterEntry>> ChecksumRegister::entries(qint64 packageId) const
{
    QString sql = u"SELECT %1 FROM checksum_register"_s.arg(QLatin1StringView(kColumns));
    QVariantList params;
    if (packageId) {
        sql += u" WHERE package_id = ?"_s;
        params << packageId;
    }
    sql += u" ORDER BY seq"_s;
    auto q = m_db.exec(sql, params, tr("reading the checksum register"));
    if (!q)
        return fail(q.error());
    QList<RegisterEntry> list;
    while (q->next()) {
        RegisterEntry e;
        e.seq = q->value(0).toLongLong();
        e.packageId = q->value(1).toLongLong();
        e.acceptanceId = q->value(2).toLongLong();
        e.kind = q->value(3).toString();
        e.vendor = q->value(4).toString();
        e.product = q->value(5).toString();
        e.version = q->value(6).toString();
        e.fileName = q->value(7).toString();
        e.fileSize = q->value(8).toLongLong();
        e.sha256 = q->value(9).toString();
        e.sha512 = q->value(10).toString();
        e.restrictions = q->value(11).toString();
        e.releaseDate = QDate::fromString(q->value(12).toString(), Qt::ISODate);
        e.releasedBy = q->value(13).toString();
        e.releasedAt = m_db.dialect().dateTimeFromDb(q->value(14));
        e.hash = q->value(15).toString();
        list << e;
    }
    return list;
}

Result<RegisterChainCheck> ChecksumRegister::exportTo(const QString &path) const
{
    auto all = entries();
    if (!all)
        return fail(all.error());
    const RegisterChainCheck check = checkChain(*all);
    QJsonArray list;
    for (const RegisterEntry &e : std::as_const(*all))
        list.append(e.toJson());
    const QJsonObject document {
        {u"format"_s, QLatin1StringView(kFormat)},
        {u"version"_s, 1},
        {u"exported_at"_s, isoMillis(m_clock.now())},
        {u"chain"_s,
         u"h_n = SHA-256(h_(n-1) || seq_n as 8 bytes big-endian || fields as 4-byte length and "
         "UTF-8), h_0 = 32 zero bytes; fields: package_id, acceptance_id, kind, vendor, product, "
         "version, file_name, file_size, sha256, sha512, restrictions, release_date, released_by, "
         "released_at"_s},
        {u"head"_s, QJsonObject {{u"seq"_s, check.headSeq}, {u"hash"_s, check.headHash}}},
        {u"intact"_s, check.intact()},
        {u"entries"_s, list},
    };
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return fail(ErrorKind::InvalidInput,
                    tr("Cannot write the register export %1: %2").arg(path, out.errorString()));
    out.write(QJsonDocument(document).toJson(QJsonDocument::Indented));
    if (!out.commit())
        return fail(ErrorKind::InvalidInput,
                    tr("Cannot write the register export %1: %2").arg(path, out.errorString()));
    return check;
}

qint64 ChecksumRegister::firstDifference(const QList<RegisterEntry> &exported,
                                         const QList<RegisterEntry> &stored)
{
    QHash<qint64, QString> hashes;
    for (const RegisterEntry &e : stored)
        hashes.insert(e.seq, e.hash);
    for (const RegisterEntry &e : exported) {
        if (hashes.value(e.seq) != e.hash)
            return e.seq;
    }
    return 0;
}

Result<QList<RegisterEntry>> ChecksumRegister::readExport(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorKind::NotFound,
                    tr("Cannot read the register export %1: %2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return fail(ErrorKind::InvalidInput,
                    tr("The register export %1 is not JSON (at byte %2: %3).")
                        .arg(path)
                        .arg(error.offset)
                        .arg(error.errorString()));
    const QJsonObject root = document.object();
    if (root.value(u"format"_s).toString() != QLatin1StringView(kFormat))
        return fail(ErrorKind::InvalidInput,
                    tr("%1 is not a ChangeDesk checksum register export (format '%2').")
                        .arg(path, QLatin1StringView(kFormat)));
    QList<RegisterEntry> list;
    const QJsonArray entries = root.value(u"entries"_s).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        auto e = RegisterEntry::fromJson(entries.at(i).toObject());
        if (!e)
            return fail(ErrorKind::InvalidInput,
                        tr("Entry %1 of the register export %2 lacks a field or has a bad value.")
                            .arg(i + 1)
                            .arg(path));
        list << *e;
    }
    return list;
}

} // namespace ChangeDesk
