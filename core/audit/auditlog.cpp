#include "auditlog.h"

#include "audit/openpgp.h"
#include "storage/database.h"
#include "storage/sqlitedirect.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {

constexpr int kHashBytes = 32;
constexpr int kBatch = 20000; // rows per query while verifying: memory stays bounded on both backends
constexpr qsizetype kMaxName = 200;

const QString kColumns
    = u"seq, occurred_at, actor, action, object_type, object_id, before_json, after_json, hash"_s;

// ---- canonical JSON ----------------------------------------------------------------------------

void writeJson(QString &out, const QJsonValue &value);

void writeString(QString &out, QStringView text)
{
    out += u'"';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"':
            out += u"\\\""_s;
            break;
        case u'\\':
            out += u"\\\\"_s;
            break;
        case u'\b':
            out += u"\\b"_s;
            break;
        case u'\f':
            out += u"\\f"_s;
            break;
        case u'\n':
            out += u"\\n"_s;
            break;
        case u'\r':
            out += u"\\r"_s;
            break;
        case u'\t':
            out += u"\\t"_s;
            break;
        default:
            if (u < 0x20)
                out += u"\\u%1"_s.arg(uint(u), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += u'"';
}

void writeNumber(QString &out, double value)
{
    constexpr double kExact = 9007199254740992.0; // 2^53
    if (std::isfinite(value) && std::floor(value) == value && std::fabs(value) <= kExact)
        out += QString::number(qint64(value));
    else
        out += QString::number(value, 'g', QLocale::FloatingPointShortest);
}

void writeObject(QString &out, const QJsonObject &object)
{
    QStringList keys = object.keys();
    std::sort(keys.begin(), keys.end()); // UTF-16 code units
    out += u'{';
    bool first = true;
    for (const QString &key : std::as_const(keys)) {
        if (!first)
            out += u',';
        first = false;
        writeString(out, key);
        out += u':';
        writeJson(out, object.value(key));
    }
    out += u'}';
}

void writeJson(QString &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += u"null"_s;
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? u"true"_s : u"false"_s;
        break;
    case QJsonValue::Double:
        // QJsonValue keeps integers that fit 64 bits exactly; others are doubles.
        if (const QVariant v = value.toVariant(); v.metaType() == QMetaType::fromType<qlonglong>())
            out += QString::number(v.toLongLong());
        else
            writeNumber(out, value.toDouble());
        break;
    case QJsonValue::String:
        writeString(out, value.toString());
        break;
    case QJsonValue::Array: {
        out += u'[';
        bool first = true;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            if (!first)
                out += u',';
            first = false;
            writeJson(out, item);
        }
        out += u']';
        break;
    }
    case QJsonValue::Object:
        writeObject(out, value.toObject());
        break;
    }
}

// ---- canonical event bytes -----------------------------------------------------------------------

void appendField(QByteArray &out, QByteArrayView bytes)
{
    const quint32 size = quint32(bytes.size());
    const char length[4] = {char(size >> 24), char(size >> 16), char(size >> 8), char(size)};
    out.append(length, 4);
    out.append(bytes);
}

void appendSeq(QByteArray &out, qint64 seq)
{
    const quint64 value = quint64(seq);
    char bytes[8];
    for (int i = 0; i < 8; ++i)
        bytes[i] = char(value >> (56 - 8 * i));
    out.append(bytes, 8);
}

// An event's fields as the texts that are stored and hashed.
struct EventText {
    QByteArray occurredAt;
    QByteArray actor;
    QByteArray action;
    QByteArray objectType;
    QByteArray objectId;
    QByteArray before;
    QByteArray after;

    void appendTo(QByteArray &out) const
    {
        for (const QByteArray *field :
             {&occurredAt, &actor, &action, &objectType, &objectId, &before, &after})
            appendField(out, *field);
    }
};

EventText textOf(const AuditEvent &event)
{
    return EventText {
        Dialect::utcText(event.occurredAt).toLatin1(),
        event.actor.toUtf8(),
        event.action.toUtf8(),
        event.objectType.toUtf8(),
        event.objectId ? QByteArray::number(*event.objectId) : QByteArray(),
        event.before ? AuditLog::canonicalJson(*event.before) : QByteArray(),
        event.after ? AuditLog::canonicalJson(*event.after) : QByteArray(),
    };
}

QVariant jsonParameter(const QByteArray &json, bool present)
{
    return present ? QVariant(QString::fromUtf8(json)) : QVariant(QMetaType::fromType<QString>());
}

std::optional<QJsonObject> jsonFromDb(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

} // namespace

// ---- public types ------------------------------------------------------------------------------

QString AuditProblem::kindName() const
{
    switch (kind) {
    case Kind::HashMismatch:
        return u"hash-mismatch"_s;
    case Kind::Gap:
        return u"gap"_s;
    case Kind::BadValue:
        return u"bad-value"_s;
    case Kind::CutOff:
        return u"cut-off"_s;
    case Kind::NotAppended:
        return u"not-appended"_s;
    case Kind::HeadMismatch:
        return u"head-mismatch"_s;
    case Kind::CheckpointMismatch:
        return u"checkpoint-mismatch"_s;
    }
    return {};
}

bool AuditVerification::intact() const
{
    return !problem && (!checkpoint || checkpoint->good());
}

AuditLog::AuditLog(const Database &db, QString actor, const Clock &clock)
    : m_db(db)
    , m_actor(std::move(actor))
    , m_clock(clock)
{ }

QByteArray AuditLog::canonicalJson(const QJsonObject &object)
{
    QString out;
    writeObject(out, object);
    return out.toUtf8();
}

QByteArray AuditLog::canonicalBytes(const AuditEvent &event)
{
    QByteArray out;
    textOf(event).appendTo(out);
    return out;
}

QByteArray AuditLog::chainHash(const QByteArray &previous, qint64 seq, const QByteArray &canonical)
{
    QByteArray input;
    input.reserve(previous.size() + 8 + canonical.size());
    input.append(previous);
    appendSeq(input, seq);
    input.append(canonical);
    return QCryptographicHash::hash(input, QCryptographicHash::Sha256);
}

QString AuditLog::genesisHash()
{
    return QString(2 * kHashBytes, u'0');
}

// ---- appending -----------------------------------------------------------------------------------

Result<AuditEvent> AuditLog::append(const AuditEvent &event) const
{
    QList<AuditEvent> stored;
    auto head = appendAll({event}, &stored, Sealing::Now);
    if (!head)
        return fail(head.error());
    return stored.constFirst();
}

Result<AuditHead> AuditLog::append(const QList<AuditEvent> &events) const
{
    return appendAll(events, nullptr, Sealing::Now);
}

Status AuditLog::record(const QString &action, const QString &objectType, qint64 objectId,
                        const std::optional<QJsonObject> &before,
                        const std::optional<QJsonObject> &after) const
{
    AuditEvent event;
    event.action = action;
    event.objectType = objectType;
    event.objectId = objectId;
    event.before = before;
    event.after = after;
    return record(event);
}

Status AuditLog::record(const AuditEvent &event) const
{
    auto head = appendAll({event}, nullptr, Sealing::AtCommit);
    if (!head)
        return fail(head.error());
    return {};
}

Status AuditLog::validate(const AuditEvent &event)
{
    if (event.action.trimmed().isEmpty())
        return fail(ErrorKind::InvalidInput, tr("An audit event needs an action (what was done)."));
    if (event.action.size() > kMaxName || event.objectType.size() > kMaxName || event.actor.size() > kMaxName)
        return fail(
            ErrorKind::InvalidInput,
            tr("The audit event '%1' is not valid: its action, object type and actor may have at most "
               "%2 characters each.")
                .arg(event.action.left(kMaxName))
                .arg(kMaxName));
    return {};
}

Result<AuditHead> AuditLog::appendAll(const QList<AuditEvent> &events, QList<AuditEvent> *stored,
                                      Sealing sealing) const
{
    for (const AuditEvent &event : events) {
        if (auto valid = validate(event); !valid)
            return fail(valid.error());
    }
    const QString what = tr("appending to the audit trail");
    return m_db.write([&]() -> Result<AuditHead> {
        if (m_db.backend() == Backend::PostgreSQL) {
            // The trigger audit_event_chain fills in the time and actor and makes the event pending;
            // audit_event_seal gives it its seq and hash at commit (schema version 8).
            for (const AuditEvent &event : events) {
                const EventText text = textOf(event);
                auto inserted = m_db.exec(
                    u"INSERT INTO audit_event (action, object_type, object_id, before_json, after_json) "
                    "VALUES (?, ?, ?, ?, ?)"_s,
                    {event.action, sqlText(event.objectType), sqlId(event.objectId),
                     jsonParameter(text.before, event.before.has_value()),
                     jsonParameter(text.after, event.after.has_value())},
                    what, Database::Plan::Kept);
                if (!inserted)
                    return fail(inserted.error());
            }
            if (sealing == Sealing::AtCommit)
                return AuditHead {};
            // Sealed now, so that the caller learns where they are. From here to the commit this
            // transaction holds the head: the others' seals wait.
            for (const QString &sql :
                 {u"SET CONSTRAINTS audit_event_seal IMMEDIATE"_s, u"SET CONSTRAINTS audit_event_seal DEFERRED"_s}) {
                if (auto set = m_db.exec(sql, {}, what); !set)
                    return fail(set.error());
            }
            auto current = this->head();
            if (!current)
                return fail(current.error());
            if (stored && !events.isEmpty()) {
                // This transaction's events are the newest: nobody else seals while it holds the head.
                auto rows = m_db.exec(u"SELECT seq, occurred_at, actor, hash FROM audit_event "
                                      "ORDER BY seq DESC LIMIT ?"_s,
                                      {events.size()}, what);
                if (!rows)
                    return fail(rows.error());
                QList<AuditEvent> done;
                for (auto it = events.crbegin(); it != events.crend() && rows->next(); ++it) {
                    AuditEvent event = *it;
                    event.seq = rows->value(0).toLongLong();
                    event.occurredAt = m_db.dialect().dateTimeFromDb(rows->value(1));
                    event.actor = rows->value(2).toString();
                    event.hash = rows->value(3).toString();
                    done.prepend(std::move(event));
                }
                if (done.size() != events.size())
                    return fail(ErrorKind::Internal,
                                tr("The database returned no audit event after appending one."));
                stored->append(done);
            }
            return *current;
        }

        auto current = this->head();
        if (!current)
            return fail(current.error());
        AuditHead head = *current;
        QByteArray previous = QByteArray::fromHex(head.hash.toLatin1());
        const QString defaultActor = m_actor.isEmpty() ? m_db.sessionUser() : m_actor;
        const QString insertSql
            = u"INSERT INTO audit_event (%1) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"_s.arg(kColumns);
        // SQLite's own interface where it can be had (see sqlitedirect.h), else Qt's.
        std::optional<SqliteStatement> direct;
        std::optional<QSqlQuery> query;
        if (SqliteStatement::available(m_db)) {
            auto prepared = SqliteStatement::prepare(m_db, insertSql, what);
            if (!prepared)
                return fail(prepared.error());
            direct.emplace(std::move(*prepared));
        } else {
            auto connection = m_db.connection();
            if (!connection)
                return fail(connection.error());
            query.emplace(*connection);
            if (!query->prepare(insertSql))
                return fail(m_db.translateError(query->lastError(), what));
        }
        QByteArray canonical;
        for (const AuditEvent &event : events) {
            AuditEvent done = event;
            done.seq = head.seq + 1;
            done.occurredAt = m_clock.now().toUTC();
            if (done.actor.isEmpty())
                done.actor = defaultActor;
            const EventText text = textOf(done);
            canonical.resize(0);
            text.appendTo(canonical);
            previous = chainHash(previous, done.seq, canonical);
            done.hash = QString::fromLatin1(previous.toHex());
            const QString time = QString::fromLatin1(text.occurredAt);
            if (direct) {
                direct->bindInteger(1, done.seq);
                direct->bindText(2, time);
                direct->bindText(3, done.actor);
                direct->bindText(4, done.action);
                direct->bindText(5, sqlText(done.objectType));
                if (done.objectId)
                    direct->bindInteger(6, *done.objectId);
                else
                    direct->bindNull(6);
                for (const auto &[index, json, present] :
                     {std::tuple {7, &text.before, done.before.has_value()},
                      std::tuple {8, &text.after, done.after.has_value()}}) {
                    if (present)
                        direct->bindText(index, QString::fromUtf8(*json));
                    else
                        direct->bindNull(index);
                }
                direct->bindText(9, done.hash);
                if (auto stepped = direct->step(); !stepped)
                    return fail(stepped.error());
            } else {
                const QVariantList values {done.seq,
                                           time,
                                           done.actor,
                                           done.action,
                                           sqlText(done.objectType),
                                           sqlId(done.objectId),
                                           jsonParameter(text.before, done.before.has_value()),
                                           jsonParameter(text.after, done.after.has_value()),
                                           done.hash};
                for (int i = 0; i < values.size(); ++i)
                    query->bindValue(i, values.at(i));
                if (!query->exec())
                    return fail(m_db.translateError(query->lastError(), what));
            }
            head.seq = done.seq;
            head.hash = done.hash;
            if (stored)
                stored->append(std::move(done));
        }
        if (!events.isEmpty()) {
            auto moved = m_db.exec(u"UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1"_s,
                                   {head.seq, head.hash}, what);
            if (!moved)
                return fail(moved.error());
        }
        return head;
    });
}

// ---- reading -------------------------------------------------------------------------------------

Result<AuditHead> AuditLog::head() const
{
    auto row = m_db.exec(u"SELECT seq, hash, database_id FROM audit_head WHERE id = 1"_s, {},
                         tr("reading the head of the audit trail"));
    if (!row)
        return fail(row.error());
    if (!row->next())
        return fail(ErrorKind::Corrupt,
                    tr("The audit trail of %1 has no head (the table audit_head is empty): it was damaged.")
                        .arg(m_db.url().toDisplayString()));
    return AuditHead {row->value(0).toLongLong(), row->value(1).toString(), row->value(2).toString()};
}

Result<QList<AuditEvent>> AuditLog::latest(int limit) const
{
    return events(u"SELECT %1 FROM audit_event ORDER BY seq DESC LIMIT ?"_s.arg(kColumns), {limit});
}

Result<QList<AuditEvent>> AuditLog::eventsFor(const QString &objectType, qint64 objectId) const
{
    return events(u"SELECT %1 FROM audit_event WHERE object_type = ? AND object_id = ? ORDER BY seq"_s.arg(kColumns),
                  {objectType, objectId});
}

Result<QList<AuditEvent>> AuditLog::events(const QString &sql, const QVariantList &params) const
{
    auto rows = m_db.exec(sql, params, tr("reading the audit trail"));
    if (!rows)
        return fail(rows.error());
    QList<AuditEvent> events;
    while (rows->next()) {
        AuditEvent event;
        event.seq = rows->value(0).toLongLong();
        event.occurredAt = m_db.dialect().dateTimeFromDb(rows->value(1));
        event.actor = rows->value(2).toString();
        event.action = rows->value(3).toString();
        event.objectType = rows->value(4).toString();
        if (!rows->value(5).isNull())
            event.objectId = rows->value(5).toLongLong();
        event.before = jsonFromDb(rows->value(6));
        event.after = jsonFromDb(rows->value(7));
        event.hash = rows->value(8).toString();
        events.append(std::move(event));
    }
    return events;
}

// ---- verifying -----------------------------------------------------------------------------------

Result<AuditVerification> AuditLog::verify() const
{
    return verifyChain(std::nullopt);
}

Result<AuditVerification> AuditLog::verify(const QString &checkpointFile, const QString &keyFingerprint) const
{
    if (!keyFingerprint.isEmpty() && OpenPgp::normalizeFingerprint(keyFingerprint).isEmpty())
        return fail(
            ErrorKind::InvalidInput,
            tr("'%1' is not an OpenPGP key fingerprint: give its 40 hexadecimal digits or its long key ID "
               "of 16.")
                .arg(keyFingerprint));
    auto check = AuditCheckpointFile::read(checkpointFile, keyFingerprint);
    if (!check)
        return fail(check.error());
    auto head = this->head();
    if (!head)
        return fail(head.error());
    if (check->good() && check->checkpoint.databaseId != head->databaseId) {
        check->status = CheckpointCheck::Status::OtherDatabase;
        check->message = tr("The checkpoint %1 is of another database (%2, identity %3); this database's "
                            "identity is %4.")
                             .arg(checkpointFile, check->checkpoint.database, check->checkpoint.databaseId,
                                  head->databaseId);
    }
    auto verification = verifyChain(check->good() ? std::optional(check->checkpoint) : std::nullopt);
    if (!verification)
        return fail(verification.error());
    verification->checkpoint = *check;
    return verification;
}

Result<AuditVerification> AuditLog::verifyChain(const std::optional<AuditCheckpoint> &checkpoint) const
{
    auto headBefore = head();
    if (!headBefore)
        return fail(headBefore.error());
    AuditVerification result;
    result.head.databaseId = headBefore->databaseId;
    const auto found = [&](AuditProblem::Kind kind, qint64 seq, const QString &message) {
        result.problem = AuditProblem {kind, seq, message};
        return result;
    };

    const bool pg = m_db.backend() == Backend::PostgreSQL;
    const QString what = tr("verifying the audit trail");
    QByteArray previous(kHashBytes, '\0');
    QByteArray input;
    QByteArray hex(2 * kHashBytes, '0');
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 last = 0;

    // One event: its seq, the seven fields as hashed (UTF-8) and the stored hash. Recomputes
    // h_seq; the problem with it, if any.
    const auto check = [&](qint64 seq, const std::array<QByteArrayView, 7> &fields,
                           QByteArrayView stored) -> std::optional<AuditProblem> {
        if (seq != last + 1)
            return AuditProblem {AuditProblem::Kind::Gap, last + 1,
                                 last == 0
                                     ? tr("Event 1 is missing: the audit trail starts at event %1.").arg(seq)
                                     : tr("Event %1 is missing: after event %2 comes event %3.")
                                           .arg(last + 1)
                                           .arg(last)
                                           .arg(seq)};
        input.resize(0);
        input.append(previous);
        appendSeq(input, seq);
        for (const QByteArrayView field : fields)
            appendField(input, field);
        hash.reset();
        hash.addData(input);
        // No allocation per event: the digest is copied over the previous one, and written as hex
        // into a buffer of its own.
        const QByteArrayView digest = hash.resultView();
        std::copy(digest.begin(), digest.end(), previous.begin());
        static constexpr char kHex[] = "0123456789abcdef";
        for (int i = 0; i < kHashBytes; ++i) {
            const auto byte = quint8(previous.at(i));
            hex[2 * i] = kHex[byte >> 4];
            hex[2 * i + 1] = kHex[byte & 15];
        }
        const QByteArrayView computed(hex.data(), hex.size());
        if (stored != computed)
            return AuditProblem {AuditProblem::Kind::HashMismatch, seq,
                                 tr("Event %1 does not match its hash: its contents or its hash were changed "
                                    "after it was written (stored %2, computed %3).")
                                     .arg(seq)
                                     .arg(QString::fromUtf8(stored), QString::fromLatin1(computed))};
        if (checkpoint && checkpoint->seq == seq && checkpoint->hash != QLatin1StringView(computed))
            return AuditProblem {
                AuditProblem::Kind::CheckpointMismatch, seq,
                tr("At event %1 the chain has the hash %2, but the signed checkpoint has %3: "
                   "the trail up to that event was rewritten.")
                    .arg(seq)
                    .arg(QString::fromLatin1(computed), checkpoint->hash)};
        last = seq;
        ++result.checked;
        return std::nullopt;
    };

    if (SqliteStatement::available(m_db)) {
        // SQLite's own interface: the stored UTF-8 bytes without a copy, one pass over the table.
        auto rows = SqliteStatement::prepare(
            m_db,
            u"SELECT seq, CAST(occurred_at AS TEXT), actor, action, object_type, CAST(object_id AS TEXT), "
            "before_json, after_json, hash FROM audit_event ORDER BY seq"_s,
            what);
        if (!rows)
            return fail(rows.error());
        while (true) {
            auto row = rows->next();
            if (!row)
                return fail(row.error());
            if (!*row)
                break;
            const auto problem = check(rows->integer(0),
                                       {rows->text(1), rows->text(2), rows->text(3), rows->text(4),
                                        rows->text(5), rows->text(6), rows->text(7)},
                                       rows->text(8));
            if (problem) {
                result.problem = problem;
                return result;
            }
        }
    } else {
        // Qt's interface, in batches so that memory stays bounded on PostgreSQL too. PostgreSQL
        // gives the time with microseconds, so that a changed sub-millisecond part is seen.
        const QString sql = pg
            ? u"SELECT seq, to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), "
              u"actor, "
              "action, object_type, object_id::text, before_json, after_json, hash "
              "FROM audit_event WHERE seq > ? ORDER BY seq LIMIT ?"_s
            : u"SELECT seq, CAST(occurred_at AS TEXT), actor, action, object_type, CAST(object_id AS TEXT), "
              "before_json, after_json, hash FROM audit_event WHERE seq > ? ORDER BY seq LIMIT ?"_s;
        std::array<QByteArray, 8> texts;
        bool more = true;
        while (more) {
            auto rows = m_db.exec(sql, {last, kBatch}, what);
            if (!rows)
                return fail(rows.error());
            int count = 0;
            while (rows->next()) {
                ++count;
                const qint64 seq = rows->value(0).toLongLong();
                for (int i = 0; i < 8; ++i)
                    texts[size_t(i)] = rows->value(i + 1).toString().toUtf8();
                QByteArray &time = texts[0];
                if (pg) {
                    // "2026-03-02T08:15:00.250000Z": ChangeDesk stores whole milliseconds.
                    if (time.size() != 27 || QByteArrayView(time).sliced(23, 3) != "000")
                        return found(
                            AuditProblem::Kind::BadValue, seq,
                            tr("Event %1 has the time %2, which has more than millisecond precision: it was "
                               "changed after it was written.")
                                .arg(seq)
                                .arg(QString::fromLatin1(time)));
                    time = time.left(23) + 'Z';
                }
                const auto problem = check(
                    seq, {texts[0], texts[1], texts[2], texts[3], texts[4], texts[5], texts[6]}, texts[7]);
                if (problem) {
                    result.problem = problem;
                    return result;
                }
            }
            more = count == kBatch;
        }
    }
    result.head.seq = last;
    result.head.hash = QString::fromLatin1(previous.toHex());

    auto headAfter = head();
    if (!headAfter)
        return fail(headAfter.error());
    if (last < headBefore->seq)
        return found(
            AuditProblem::Kind::CutOff, last + 1,
            tr("Event %1 is missing: the audit trail ends at event %2, but its head records %3 events, "
               "so events were cut off the end.")
                .arg(last + 1)
                .arg(last)
                .arg(headBefore->seq));
    if (last > headAfter->seq)
        return found(
            AuditProblem::Kind::NotAppended, headAfter->seq + 1,
            tr("Event %1 was not appended through the audit log: its head records only %2 events, but "
               "the chain goes on to event %3.")
                .arg(headAfter->seq + 1)
                .arg(headAfter->seq)
                .arg(last));
    if (last == headAfter->seq && headAfter->hash != result.head.hash)
        return found(
            AuditProblem::Kind::HeadMismatch, last,
            tr("The head of the audit trail records the hash %1 for event %2, but the chain gives %3.")
                .arg(headAfter->hash)
                .arg(last)
                .arg(result.head.hash));
    if (checkpoint) {
        if (checkpoint->seq > last)
            return found(
                AuditProblem::Kind::CutOff, last + 1,
                tr("Event %1 is missing: the audit trail ends at event %2, but the signed checkpoint "
                   "holds event %3, so events were cut off the end.")
                    .arg(last + 1)
                    .arg(last)
                    .arg(checkpoint->seq));
        if (checkpoint->seq == 0 && checkpoint->hash != genesisHash())
            return found(AuditProblem::Kind::CheckpointMismatch, 0,
                         tr("The signed checkpoint of the empty trail has the hash %1 instead of %2.")
                             .arg(checkpoint->hash, genesisHash()));
    }
    return result;
}

// ---- checkpoints ---------------------------------------------------------------------------------

Result<AuditCheckpoint> AuditLog::checkpoint(const QString &keyFingerprint, const QString &file) const
{
    // Fails early, before the chain is read, when the key is not there.
    if (auto key = OpenPgp::findKey(keyFingerprint, true); !key)
        return fail(key.error());
    auto verification = verify();
    if (!verification)
        return fail(verification.error());
    if (!verification->intact())
        return fail(ErrorKind::Corrupt,
                    tr("No checkpoint was written: the audit trail is damaged. %1")
                        .arg(verification->problem->message));
    AuditCheckpoint checkpoint;
    checkpoint.seq = verification->head.seq;
    checkpoint.hash = verification->head.hash;
    checkpoint.databaseId = verification->head.databaseId;
    checkpoint.database = m_db.url().toDisplayString();
    checkpoint.takenAt = m_clock.now().toUTC();
    if (checkpoint.seq > 0) {
        auto time = m_db.scalar(u"SELECT occurred_at FROM audit_event WHERE seq = ?"_s, {checkpoint.seq},
                                tr("reading the audit trail"));
        if (!time)
            return fail(time.error());
        checkpoint.headOccurredAt = m_db.dialect().dateTimeFromDb(*time);
    }
    if (auto written = AuditCheckpointFile::write(checkpoint, keyFingerprint, file); !written)
        return fail(written.error());
    return checkpoint;
}

} // namespace ChangeDesk
