#include "bulkinsert.h"

#include "storage/database.h"

#include <QAtomicInteger>
#include <QRegularExpression>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {

QAtomicInteger<quint64> s_tables;

void appendJsonString(QByteArray &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte == '"' || byte == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20) {
            out += "\\u00";
            out += hex[byte >> 4];
            out += hex[byte & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
}

} // namespace

BulkInsert::BulkInsert(const Database &db, QString sql, QVariantList fixed, QString what)
    : m_db(db)
    , m_what(std::move(what))
{
    if (db.backend() == Backend::SQLite && SqliteStatement::available(db))
        m_error = prepareStaged(db.dialect().expand(sql));
    if (m_error)
        m_error = addTarget(std::move(sql), std::move(fixed));
    m_json.reserve(64 * 1024);
}

BulkInsert::~BulkInsert()
{
    if (!m_staged)
        return;
    const QString table = m_staged->table;
    m_targets.clear(); // the statements go first
    m_staged.reset();
    if (auto drop = SqliteStatement::prepare(m_db, u"DROP TABLE IF EXISTS temp.%1"_s.arg(table), m_what))
        (void)drop->step();
}

void BulkInsert::also(QString sql, QVariantList fixed)
{
    if (m_error)
        m_error = addTarget(std::move(sql), std::move(fixed));
}

namespace {
const QRegularExpression &fieldPattern()
{
    static const QRegularExpression field(u"j\\.value->>(\\d+)"_s);
    return field;
}
} // namespace

// A temporary table with a column per field of the first statement; rows are added to it one by
// one through SQLite's interface and it is emptied after each batch.
Status BulkInsert::prepareStaged(const QString &sql)
{
    Staged staged;
    staged.table = u"changedesk_bulk_%1"_s.arg(++s_tables);
    for (auto it = fieldPattern().globalMatch(sql); it.hasNext();)
        staged.fields = qMax(staged.fields, it.next().captured(1).toInt() + 1);
    QStringList columns;
    QStringList marks;
    for (int i = 0; i < qMax(1, staged.fields); ++i) {
        columns << u"c%1"_s.arg(i);
        marks << u"?%1"_s.arg(i + 1);
    }
    auto create = SqliteStatement::prepare(
        m_db, u"CREATE TEMP TABLE %1 (%2)"_s.arg(staged.table, columns.join(u", "_s)), m_what);
    if (!create)
        return fail(create.error());
    if (auto created = create->step(); !created)
        return created;
    m_staged.emplace(std::move(staged));
    if (m_staged->fields > 0) {
        auto add = SqliteStatement::prepare(
            m_db, u"INSERT INTO temp.%1 VALUES (%2)"_s.arg(m_staged->table, marks.join(u", "_s)), m_what);
        if (!add)
            return fail(add.error());
        m_staged->add.emplace(std::move(*add));
    } else {
        auto add = SqliteStatement::prepare(m_db, u"INSERT INTO temp.%1 VALUES (NULL)"_s.arg(m_staged->table),
                                            m_what);
        if (!add)
            return fail(add.error());
        m_staged->add.emplace(std::move(*add));
    }
    auto clear = SqliteStatement::prepare(m_db, u"DELETE FROM temp.%1"_s.arg(m_staged->table), m_what);
    if (!clear)
        return fail(clear.error());
    m_staged->clear.emplace(std::move(*clear));
    return {};
}

Status BulkInsert::addTarget(QString sql, QVariantList fixed)
{
    Target target;
    target.fixed = std::move(fixed);
    sql = m_db.dialect().expand(sql);
    if (!m_staged) {
        const QString rows = m_db.backend() == Backend::SQLite ? u"json_each(?)"_s
                                                               : u"jsonb_array_elements(CAST(? AS jsonb))"_s;
        target.sql = sql.replace(u"${ROWS}"_s, rows);
        m_targets.push_back(std::move(target));
        return {};
    }
    // The statement reads the table where it read ${ROWS}, its column cN where it read
    // j.value->>N, and numbers its fixed parameters ?1..?k.
    QString staged;
    int count = 0;
    for (const QChar c : std::as_const(sql)) {
        if (c == u'?')
            staged += u'?' + QString::number(++count);
        else
            staged += c;
    }
    if (count != target.fixed.size())
        return fail(ErrorKind::Internal,
                    u"BulkInsert: %1 parameters, %2 values"_s.arg(count).arg(target.fixed.size()));
    for (auto it = fieldPattern().globalMatch(staged); it.hasNext();) {
        if (it.next().captured(1).toInt() >= qMax(1, m_staged->fields))
            return fail(ErrorKind::Internal, u"BulkInsert: a statement reads a field the rows do not have"_s);
    }
    staged.replace(fieldPattern(), u"j.c\\1"_s);
    staged.replace(u"${ROWS}"_s, u"temp.%1"_s.arg(m_staged->table));
    auto statement = SqliteStatement::prepare(m_db, staged, m_what);
    if (!statement)
        return fail(statement.error());
    int index = 1;
    for (const QVariant &value : std::as_const(target.fixed)) {
        if (value.isNull())
            statement->bindNull(index++);
        else if (value.metaType().id() == QMetaType::LongLong || value.metaType().id() == QMetaType::Int)
            statement->bindInteger(index++, value.toLongLong());
        else
            statement->bindText(index++, value.toString());
    }
    target.sql = staged;
    target.staged.emplace(std::move(*statement));
    m_targets.push_back(std::move(target));
    return {};
}

QString BulkInsert::timestamp(const QDateTime &when)
{
    return Dialect::utcText(when);
}

void BulkInsert::separate()
{
    if (!m_rowOpen) {
        m_json += m_rows == 0 ? "[[" : ",[";
        m_rowOpen = true;
    } else {
        m_json += ',';
    }
}

BulkInsert &BulkInsert::text(const QString &value)
{
    if (m_staged) {
        m_staged->add->bindText(++m_staged->field, value);
        return *this;
    }
    separate();
    appendJsonString(m_json, value);
    return *this;
}

BulkInsert &BulkInsert::integer(qint64 value)
{
    if (m_staged) {
        m_staged->add->bindInteger(++m_staged->field, value);
        return *this;
    }
    separate();
    m_json += QByteArray::number(value);
    return *this;
}

BulkInsert &BulkInsert::null()
{
    if (m_staged) {
        m_staged->add->bindNull(++m_staged->field);
        return *this;
    }
    separate();
    m_json += "null";
    return *this;
}

BulkInsert &BulkInsert::value(const QVariant &value)
{
    if (value.isNull())
        return null();
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        return integer(value.toBool() ? 1 : 0);
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return integer(value.toLongLong());
    case QMetaType::QDateTime:
        return text(timestamp(value.toDateTime()));
    default:
        return text(value.toString());
    }
}

BulkInsert &BulkInsert::values(const QVariantList &values)
{
    for (const QVariant &v : values)
        value(v);
    return *this;
}

void BulkInsert::endRow()
{
    ++m_rows;
    if (m_staged) {
        Q_ASSERT(m_staged->field == m_staged->fields);
        m_staged->field = 0;
        if (m_error) {
            if (auto added = m_staged->add->step(); !added)
                m_error = added;
        }
        return;
    }
    if (!m_rowOpen) // a row without fields
        m_json += m_rows == 1 ? "[[" : ",[";
    m_json += ']';
    m_rowOpen = false;
}

Status BulkInsert::run(Target &target)
{
    if (target.staged) {
        if (auto stepped = target.staged->step(); !stepped)
            return stepped;
        if (&target == &m_targets.front())
            m_lastChanges = target.staged->changes();
        return {};
    }
    if (!target.query) {
        auto connection = m_db.connection();
        if (!connection)
            return fail(connection.error());
        target.query.emplace(*connection);
        target.query->setForwardOnly(true);
        if (!target.query->prepare(target.sql))
            return fail(m_db.translateError(target.query->lastError(), m_what));
    }
    int index = 0;
    for (const QVariant &fixed : std::as_const(target.fixed))
        target.query->bindValue(index++, fixed);
    target.query->bindValue(index, QString::fromUtf8(m_json));
    if (!target.query->exec())
        return fail(m_db.translateError(target.query->lastError(), m_what));
    if (&target == &m_targets.front())
        m_lastChanges = target.query->numRowsAffected();
    target.query->finish();
    return {};
}

Status BulkInsert::flush()
{
    Q_ASSERT(!m_rowOpen);
    if (!m_error)
        return m_error;
    m_lastChanges = 0;
    if (m_rows == 0)
        return {};
    if (!m_staged)
        m_json += ']';
    for (Target &target : m_targets) {
        if (auto written = run(target); !written)
            return written;
    }
    if (m_staged) {
        if (auto cleared = m_staged->clear->step(); !cleared)
            return cleared;
    }
    m_json.clear();
    m_written += m_rows;
    m_rows = 0;
    return {};
}

} // namespace ChangeDesk
