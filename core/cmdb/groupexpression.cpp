#include "groupexpression.h"

#include "storage/dialect.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <compare>
#include <vector>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {

enum class FieldId {
    Name,
    Class,
    Description,
    Site,
    Lifecycle,
    Platform,
    PlatformVersion,
    Firmware,
    Confidentiality,
    Integrity,
    Availability,
    Mobile,
    LastSeen,
    Owner,
    Unit,
    UpdateSource,
    UpdateMode,
    Reboot,
    Attribute,
};

enum class FieldType { Text, Level, Enum, Bool, Time };

struct FieldInfo {
    FieldId id;
    QStringView name;
    FieldType type;
    QStringView column; // empty for owner, unit and attributes (looked up in another table)
};

constexpr std::array<FieldInfo, 18> kFields{{
    {FieldId::Name, u"name", FieldType::Text, u"ci.name"},
    {FieldId::Class, u"class", FieldType::Enum, u"ci.ci_class"},
    {FieldId::Description, u"description", FieldType::Text, u"ci.description"},
    {FieldId::Site, u"site", FieldType::Text, u"ci.site"},
    {FieldId::Lifecycle, u"lifecycle", FieldType::Enum, u"ci.lifecycle"},
    {FieldId::Platform, u"platform", FieldType::Text, u"ci.platform"},
    {FieldId::PlatformVersion, u"platform_version", FieldType::Text, u"ci.platform_version"},
    {FieldId::Firmware, u"firmware", FieldType::Text, u"ci.firmware_version"},
    {FieldId::Confidentiality, u"confidentiality", FieldType::Level, u"ci.confidentiality"},
    {FieldId::Integrity, u"integrity", FieldType::Level, u"ci.integrity"},
    {FieldId::Availability, u"availability", FieldType::Level, u"ci.availability"},
    {FieldId::Mobile, u"mobile", FieldType::Bool, u"ci.mobile"},
    {FieldId::LastSeen, u"last_seen", FieldType::Time, u"ci.last_seen"},
    {FieldId::Owner, u"owner", FieldType::Text, {}},
    {FieldId::Unit, u"unit", FieldType::Text, {}},
    {FieldId::UpdateSource, u"update_source", FieldType::Enum, u"ci.update_source"},
    {FieldId::UpdateMode, u"update_mode", FieldType::Enum, u"ci.update_mode"},
    {FieldId::Reboot, u"reboot", FieldType::Enum, u"ci.reboot_handling"},
}};

constexpr QStringView kAttributePrefix = u"attr.";
constexpr int kMaxDepth = 100;

// Every FieldId but Attribute has its entry in kFields (Attribute is handled before any lookup).
const FieldInfo &fieldInfo(FieldId id)
{
    for (const FieldInfo &info : kFields) {
        if (info.id == id)
            return info;
    }
    Q_ASSERT_X(false, "fieldInfo", "a field without an entry in kFields");
    return kFields[0];
}

FieldType typeOf(FieldId id)
{
    if (id == FieldId::Attribute)
        return FieldType::Text;
    return fieldInfo(id).type;
}

QStringList enumKeys(FieldId id)
{
    QStringList keys;
    switch (id) {
    case FieldId::Class:
        return CmdbNames::ciClassKeys();
    case FieldId::Lifecycle:
        return CmdbNames::lifecycleKeys();
    case FieldId::UpdateSource:
        for (UpdateSource value : {UpdateSource::None, UpdateSource::Vendor,
                                   UpdateSource::InternalServer, UpdateSource::Parallel})
            keys << CmdbNames::key(value);
        return keys;
    case FieldId::UpdateMode:
        for (UpdateMode value : {UpdateMode::DownloadOnly, UpdateMode::AutoInstall})
            keys << CmdbNames::key(value);
        return keys;
    case FieldId::Reboot:
        for (RebootHandling value : {RebootHandling::NotNeeded, RebootHandling::Manual,
                                     RebootHandling::Automatic, RebootHandling::Scheduled})
            keys << CmdbNames::key(value);
        return keys;
    default:
        return keys;
    }
}

QString textFieldNames()
{
    QStringList names;
    for (const FieldInfo &info : kFields) {
        if (info.type == FieldType::Text)
            names << info.name.toString();
    }
    names << u"attr.NAME"_s;
    return names.join(u", "_s);
}

// What SQLite's lower() does and what the PostgreSQL translation below does: ASCII letters only,
// so that both backends and the in-memory evaluation agree on every text.
QString foldAscii(QString text)
{
    for (QChar &c : text) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(char16_t(c.unicode() + 32));
    }
    return text;
}

// Code point order: what SQLite's BINARY collation and PostgreSQL's "C" collation give for UTF-8.
int compareCodePoints(const QString &a, const QString &b)
{
    const QList<uint> left = a.toUcs4();
    const QList<uint> right = b.toUcs4();
    const auto order = std::lexicographical_compare_three_way(left.cbegin(), left.cend(),
                                                               right.cbegin(), right.cend());
    return order < 0 ? -1 : (order > 0 ? 1 : 0);
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'.' || c == u'-';
}

QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u"\\"_s, u"\\\\"_s);
    escaped.replace(u"\""_s, u"\\\""_s);
    return u'"' + escaped + u'"';
}

enum class Op { Eq, Ne, Lt, Le, Gt, Ge };

QString opText(Op op)
{
    switch (op) {
    case Op::Eq: return u"="_s;
    case Op::Ne: return u"!="_s;
    case Op::Lt: return u"<"_s;
    case Op::Le: return u"<="_s;
    case Op::Gt: return u">"_s;
    case Op::Ge: return u">="_s;
    }
    return {};
}

QString sqlOp(Op op)
{
    return op == Op::Ne ? u"<>"_s : opText(op);
}

template<typename T>
bool compareWith(Op op, const T &left, const T &right)
{
    switch (op) {
    case Op::Eq: return left == right;
    case Op::Ne: return left != right;
    case Op::Lt: return left < right;
    case Op::Le: return left <= right;
    case Op::Gt: return left > right;
    case Op::Ge: return left >= right;
    }
    return false;
}

struct Value {
    QString text; // text, or the key of an enum value
    int level = 0;
    bool flag = false;
    QDate day;          // last_seen: a whole day (UTC); invalid for a relative time
    qint64 amount = 0;  // last_seen: now minus amount units
    QChar unit;         // d, h, w; null for plain "now"
};

} // namespace

struct GroupExpression::Node {
    enum class Kind { And, Or, Not, Compare, In, Contains, IsEmpty };
    Kind kind = Kind::Compare;
    std::vector<Node> children; // And, Or, Not
    FieldId field = FieldId::Name;
    QString attribute; // attr.NAME
    Op op = Op::Eq;
    QList<Value> values;
    bool negated = false; // not in, is not empty
};

namespace {

using Node = GroupExpression::Node;

QString fieldText(const Node &node)
{
    if (node.field != FieldId::Attribute)
        return fieldInfo(node.field).name.toString();
    const bool bare = !node.attribute.isEmpty()
        && std::all_of(node.attribute.cbegin(), node.attribute.cend(), isWordChar);
    return kAttributePrefix.toString() + (bare ? node.attribute : quoted(node.attribute));
}

// ---- Reading the text -----------------------------------------------------------------------

struct Token {
    enum class Type { End, Word, String, Operator, Open, Close, Comma };
    Type type = Type::End;
    QString text;     // the word, the string's content, or the operator
    QString source;   // as written
    int column = 1;   // 1-based
    qsizetype end = 0; // index after the token
};

class Parser
{
public:
    explicit Parser(const QString &text)
        : m_text(text)
    {
    }

    Result<Node> run()
    {
        if (auto first = advance(); !first)
            return fail(first.error());
        auto root = parseOr(0);
        if (!root)
            return root;
        if (m_current.type == Token::Type::End)
            return root;
        if (m_current.type == Token::Type::Close) {
            return fail(ErrorKind::InvalidInput,
                        GroupExpression::tr("Column %1: ')' has no matching '('")
                            .arg(QString::number(m_current.column)));
        }
        return fail(ErrorKind::InvalidInput,
                    GroupExpression::tr("Column %1: expected 'and', 'or' or the end of the "
                                        "expression after %2, found %3")
                        .arg(QString::number(m_current.column), describe(m_previous),
                             describe(m_current)));
    }

private:
    static QString describe(const Token &token)
    {
        switch (token.type) {
        case Token::Type::End:
            return GroupExpression::tr("end of expression");
        case Token::Type::String:
            return token.source;
        default:
            return u"'%1'"_s.arg(token.source);
        }
    }

    bool isKeyword(QStringView keyword) const
    {
        return m_current.type == Token::Type::Word
            && m_current.text.compare(keyword, Qt::CaseInsensitive) == 0;
    }

    // Words that can never be a field or a bare value.
    bool isReserved() const
    {
        for (QStringView keyword : {u"and", u"or", u"not", u"in", u"contains", u"is", u"empty"}) {
            if (isKeyword(keyword))
                return true;
        }
        return false;
    }

    std::unexpected<Error> expected(const QString &what) const
    {
        if (!m_hasPrevious) {
            return fail(ErrorKind::InvalidInput,
                        GroupExpression::tr("Column %1: expected %2, found %3")
                            .arg(QString::number(m_current.column), what, describe(m_current)));
        }
        return fail(ErrorKind::InvalidInput,
                    GroupExpression::tr("Column %1: expected %2 after %3, found %4")
                        .arg(QString::number(m_current.column), what, describe(m_previous),
                             describe(m_current)));
    }

    Status advance()
    {
        if (m_started) {
            m_previous = m_current;
            m_hasPrevious = true;
        }
        m_started = true;
        qsizetype pos = m_current.end;
        while (pos < m_text.size() && m_text.at(pos).isSpace())
            ++pos;
        Token token;
        token.column = int(pos) + 1;
        if (pos >= m_text.size()) {
            token.end = pos;
            m_current = token;
            return {};
        }
        const QChar c = m_text.at(pos);
        qsizetype end = pos + 1;
        if (c == u'"' || c == u'\'') {
            bool closed = false;
            while (end < m_text.size()) {
                const QChar d = m_text.at(end);
                if (d == u'\\' && end + 1 < m_text.size()) {
                    const QChar next = m_text.at(end + 1);
                    if (next == u'"' || next == u'\'' || next == u'\\') {
                        token.text += next;
                        end += 2;
                        continue;
                    }
                }
                ++end;
                if (d == c) {
                    closed = true;
                    break;
                }
                token.text += d;
            }
            if (!closed) {
                return fail(ErrorKind::InvalidInput,
                            GroupExpression::tr("Column %1: unterminated string: the text that "
                                                "starts here needs a closing %2")
                                .arg(QString::number(token.column), QString(c)));
            }
            token.type = Token::Type::String;
        } else if (isWordChar(c)) {
            while (end < m_text.size() && isWordChar(m_text.at(end)))
                ++end;
            token.type = Token::Type::Word;
            token.text = m_text.mid(pos, end - pos);
        } else if (c == u'(' || c == u')' || c == u',') {
            token.type = c == u'(' ? Token::Type::Open
                                   : (c == u')' ? Token::Type::Close : Token::Type::Comma);
        } else if (c == u'=' || c == u'<' || c == u'>' || c == u'!') {
            const QChar next = end < m_text.size() ? m_text.at(end) : QChar();
            if (c == u'!' && next != u'=') {
                return fail(ErrorKind::InvalidInput,
                            GroupExpression::tr("Column %1: unexpected character '!'; use != or "
                                                "'not'")
                                .arg(QString::number(token.column)));
            }
            if ((c != u'=' && next == u'=') || (c == u'<' && next == u'>'))
                ++end;
            token.type = Token::Type::Operator;
            token.text = m_text.mid(pos, end - pos);
        } else {
            QString hint;
            if (c == u'&')
                hint = GroupExpression::tr("; use 'and'");
            else if (c == u'|')
                hint = GroupExpression::tr("; use 'or'");
            return fail(ErrorKind::InvalidInput,
                        GroupExpression::tr("Column %1: unexpected character '%2'%3")
                            .arg(QString::number(token.column), QString(c), hint));
        }
        token.source = m_text.mid(pos, end - pos);
        token.end = end;
        m_current = token;
        return {};
    }

    static Node combine(Node::Kind kind, std::vector<Node> operands)
    {
        if (operands.size() == 1)
            return std::move(operands.front());
        Node node;
        node.kind = kind;
        for (Node &operand : operands) {
            if (operand.kind == kind) {
                for (Node &child : operand.children)
                    node.children.push_back(std::move(child));
            } else {
                node.children.push_back(std::move(operand));
            }
        }
        return node;
    }

    Result<Node> parseOr(int depth)
    {
        std::vector<Node> operands;
        while (true) {
            auto operand = parseAnd(depth);
            if (!operand)
                return operand;
            operands.push_back(std::move(*operand));
            if (!isKeyword(u"or"))
                break;
            if (auto next = advance(); !next)
                return fail(next.error());
        }
        return combine(Node::Kind::Or, std::move(operands));
    }

    Result<Node> parseAnd(int depth)
    {
        std::vector<Node> operands;
        while (true) {
            auto operand = parseUnary(depth);
            if (!operand)
                return operand;
            operands.push_back(std::move(*operand));
            if (!isKeyword(u"and"))
                break;
            if (auto next = advance(); !next)
                return fail(next.error());
        }
        return combine(Node::Kind::And, std::move(operands));
    }

    Result<Node> parseUnary(int depth)
    {
        if (depth > kMaxDepth) {
            return fail(ErrorKind::InvalidInput,
                        GroupExpression::tr("Column %1: the expression nests more than %2 levels "
                                            "deep")
                            .arg(QString::number(m_current.column), QString::number(kMaxDepth)));
        }
        if (isKeyword(u"not")) {
            if (auto next = advance(); !next)
                return fail(next.error());
            auto operand = parseUnary(depth + 1);
            if (!operand)
                return operand;
            Node node;
            node.kind = Node::Kind::Not;
            node.children.push_back(std::move(*operand));
            return node;
        }
        if (m_current.type == Token::Type::Open) {
            const int open = m_current.column;
            if (auto next = advance(); !next)
                return fail(next.error());
            auto inner = parseOr(depth + 1);
            if (!inner)
                return inner;
            if (m_current.type == Token::Type::Close) {
                if (auto next = advance(); !next)
                    return fail(next.error());
                return inner;
            }
            if (m_current.type == Token::Type::End) {
                return fail(ErrorKind::InvalidInput,
                            GroupExpression::tr("Column %1: expected ')' to close the '(' at "
                                                "column %2, found end of expression")
                                .arg(QString::number(m_current.column), QString::number(open)));
            }
            return fail(ErrorKind::InvalidInput,
                        GroupExpression::tr("Column %1: expected 'and', 'or' or ')' to close the "
                                            "'(' at column %2, found %3")
                            .arg(QString::number(m_current.column), QString::number(open),
                                 describe(m_current)));
        }
        return parseComparison();
    }

    Result<Node> parseField()
    {
        if (m_current.type != Token::Type::Word || isReserved())
            return expected(GroupExpression::tr("a field name"));
        Node node;
        const QString word = m_current.text;
        const int column = m_current.column;
        if (word.startsWith(kAttributePrefix, Qt::CaseInsensitive)) {
            node.field = FieldId::Attribute;
            node.attribute = word.mid(kAttributePrefix.size());
            const qsizetype wordEnd = m_current.end;
            if (auto next = advance(); !next)
                return fail(next.error());
            if (node.attribute.isEmpty()) {
                // attr."rack position": a quoted name right after the dot
                if (m_current.type != Token::Type::String || m_current.column != wordEnd + 1
                    || m_current.text.isEmpty()) {
                    return expected(GroupExpression::tr("an attribute name"));
                }
                node.attribute = m_current.text;
                if (auto next = advance(); !next)
                    return fail(next.error());
            }
            return node;
        }
        const QString lower = word.toLower();
        for (const FieldInfo &info : kFields) {
            if (info.name == lower) {
                node.field = info.id;
                if (auto next = advance(); !next)
                    return fail(next.error());
                return node;
            }
        }
        QStringList names;
        for (const FieldInfo &info : kFields)
            names << info.name.toString();
        names << u"attr.NAME"_s;
        return fail(ErrorKind::InvalidInput,
                    GroupExpression::tr("Column %1: unknown field '%2'; fields: %3")
                        .arg(QString::number(column), word, names.join(u", "_s)));
    }

    Result<Node> parseComparison()
    {
        auto parsed = parseField();
        if (!parsed)
            return parsed;
        Node node = std::move(*parsed);
        const FieldType type = typeOf(node.field);
        const QString field = fieldText(node);
        const int column = m_current.column;

        if (m_current.type == Token::Type::Operator) {
            const QString op = m_current.text;
            node.kind = Node::Kind::Compare;
            node.op = op == u"="_s ? Op::Eq
                : (op == u"!="_s || op == u"<>"_s) ? Op::Ne
                : op == u"<"_s ? Op::Lt
                : op == u"<="_s ? Op::Le
                : op == u">"_s ? Op::Gt
                : Op::Ge;
            const bool ordering = node.op != Op::Eq && node.op != Op::Ne;
            if (ordering && type == FieldType::Bool) {
                return fail(ErrorKind::InvalidInput,
                            GroupExpression::tr("Column %1: '%2' cannot be used with '%3': it is "
                                                "true or false; use = or !=")
                                .arg(QString::number(column), field, op));
            }
            if (ordering && type == FieldType::Enum) {
                return fail(ErrorKind::InvalidInput,
                            GroupExpression::tr("Column %1: '%2' cannot be used with '%3': its "
                                                "values have no order; use =, != or in")
                                .arg(QString::number(column), field, op));
            }
            if (auto next = advance(); !next)
                return fail(next.error());
            auto value = parseValue(node);
            if (!value)
                return fail(value.error());
            node.values << *value;
            return node;
        }
        if (isKeyword(u"not") || isKeyword(u"in")) {
            node.kind = Node::Kind::In;
            if (isKeyword(u"not")) {
                node.negated = true;
                if (auto next = advance(); !next)
                    return fail(next.error());
                if (!isKeyword(u"in"))
                    return expected(GroupExpression::tr("'in'"));
            }
            if (auto next = advance(); !next)
                return fail(next.error());
            if (m_current.type != Token::Type::Open)
                return expected(GroupExpression::tr("'(' and a list of values"));
            const int open = m_current.column;
            if (auto next = advance(); !next)
                return fail(next.error());
            while (true) {
                auto value = parseValue(node);
                if (!value)
                    return fail(value.error());
                node.values << *value;
                if (m_current.type == Token::Type::Close)
                    break;
                if (m_current.type == Token::Type::End) {
                    return fail(ErrorKind::InvalidInput,
                                GroupExpression::tr("Column %1: expected ',' or ')' to close the "
                                                    "list that opens at column %2, found end of "
                                                    "expression")
                                    .arg(QString::number(m_current.column),
                                         QString::number(open)));
                }
                if (m_current.type != Token::Type::Comma)
                    return expected(GroupExpression::tr("',' or ')'"));
                if (auto next = advance(); !next)
                    return fail(next.error());
            }
            if (auto next = advance(); !next)
                return fail(next.error());
            return node;
        }
        if (isKeyword(u"contains")) {
            if (type != FieldType::Text) {
                return fail(ErrorKind::InvalidInput,
                            GroupExpression::tr("Column %1: 'contains' needs a text field; '%2' "
                                                "is not one (text fields: %3)")
                                .arg(QString::number(column), field, textFieldNames()));
            }
            node.kind = Node::Kind::Contains;
            if (auto next = advance(); !next)
                return fail(next.error());
            auto value = parseValue(node);
            if (!value)
                return fail(value.error());
            node.values << *value;
            return node;
        }
        if (isKeyword(u"is")) {
            if (type != FieldType::Text && type != FieldType::Time) {
                return fail(ErrorKind::InvalidInput,
                            GroupExpression::tr("Column %1: '%2' always has a value, so it is "
                                                "never empty; 'is empty' applies to text fields "
                                                "and last_seen")
                                .arg(QString::number(column), field));
            }
            node.kind = Node::Kind::IsEmpty;
            if (auto next = advance(); !next)
                return fail(next.error());
            if (isKeyword(u"not")) {
                node.negated = true;
                if (auto next = advance(); !next)
                    return fail(next.error());
            }
            if (!isKeyword(u"empty")) {
                return expected(node.negated ? GroupExpression::tr("'empty'")
                                             : GroupExpression::tr("'empty' or 'not empty'"));
            }
            if (auto next = advance(); !next)
                return fail(next.error());
            return node;
        }
        return expected(GroupExpression::tr("an operator (=, !=, <, <=, >, >=, in, not in, "
                                            "contains, is empty)"));
    }

    // The current token as a value of the node's field.
    Result<Value> parseValue(const Node &node)
    {
        if ((m_current.type != Token::Type::Word && m_current.type != Token::Type::String)
            || (m_current.type == Token::Type::Word && isReserved())) {
            return expected(GroupExpression::tr("a value"));
        }
        const QString text = m_current.text;
        const QString column = QString::number(m_current.column);
        Value value;
        switch (typeOf(node.field)) {
        case FieldType::Text:
            value.text = text;
            break;
        case FieldType::Level: {
            const QString key = text.trimmed();
            if (const auto level = CmdbNames::protectionLevel(key)) {
                value.level = int(*level);
            } else if (key == u"1" || key == u"2" || key == u"3") {
                value.level = key.toInt();
            } else {
                return fail(ErrorKind::InvalidInput,
                            GroupExpression::tr("Column %1: '%2' is not a protection level; "
                                                "levels: %3")
                                .arg(column, text,
                                     CmdbNames::protectionLevelKeys().join(u", "_s)));
            }
            break;
        }
        case FieldType::Enum: {
            const QStringList keys = enumKeys(node.field);
            const QString key = text.trimmed().toLower();
            if (!keys.contains(key)) {
                QString message;
                switch (node.field) {
                case FieldId::Class:
                    message = GroupExpression::tr("Column %1: '%2' is not a class; classes: %3");
                    break;
                case FieldId::Lifecycle:
                    message = GroupExpression::tr("Column %1: '%2' is not a lifecycle state; "
                                                  "lifecycle states: %3");
                    break;
                case FieldId::UpdateSource:
                    message = GroupExpression::tr("Column %1: '%2' is not an update source; "
                                                  "update sources: %3");
                    break;
                case FieldId::UpdateMode:
                    message = GroupExpression::tr("Column %1: '%2' is not an update mode; "
                                                  "update modes: %3");
                    break;
                default:
                    message = GroupExpression::tr("Column %1: '%2' is not a reboot handling; "
                                                  "reboot handlings: %3");
                    break;
                }
                return fail(ErrorKind::InvalidInput,
                            message.arg(column, text, keys.join(u", "_s)));
            }
            value.text = key;
            break;
        }
        case FieldType::Bool:
            if (text.compare(u"true", Qt::CaseInsensitive) == 0) {
                value.flag = true;
            } else if (text.compare(u"false", Qt::CaseInsensitive) == 0) {
                value.flag = false;
            } else {
                return fail(ErrorKind::InvalidInput,
                            GroupExpression::tr("Column %1: '%2' is not true or false; '%3' "
                                                "takes true or false")
                                .arg(column, text, fieldText(node)));
            }
            break;
        case FieldType::Time: {
            static const QRegularExpression relative(
                u"^now(?:-([0-9]{1,5})([dhw]))?$"_s, QRegularExpression::CaseInsensitiveOption);
            static const QRegularExpression date(u"^([0-9]{4})-([0-9]{2})-([0-9]{2})$"_s);
            bool valid = false;
            if (const auto match = relative.match(text); match.hasMatch()) {
                valid = true;
                if (match.hasCaptured(1)) {
                    value.amount = match.captured(1).toLongLong();
                    value.unit = match.captured(2).toLower().at(0);
                }
            } else if (const auto day = date.match(text); day.hasMatch()) {
                value.day = QDate(day.captured(1).toInt(), day.captured(2).toInt(),
                                  day.captured(3).toInt());
                valid = value.day.isValid();
            }
            if (!valid) {
                return fail(ErrorKind::InvalidInput,
                            GroupExpression::tr("Column %1: '%2' is not a date or time; use a "
                                                "date (YYYY-MM-DD), now, or now minus an amount "
                                                "of days, hours or weeks: now-30d, now-12h, "
                                                "now-2w")
                                .arg(column, text));
            }
            break;
        }
        }
        if (auto next = advance(); !next)
            return fail(next.error());
        return value;
    }

    const QString &m_text;
    Token m_current;
    Token m_previous;
    bool m_started = false;
    bool m_hasPrevious = false;
};

// ---- Writing it back ------------------------------------------------------------------------

QString valueText(const Node &node, const Value &value)
{
    switch (typeOf(node.field)) {
    case FieldType::Text:
        return quoted(value.text);
    case FieldType::Enum:
        return value.text;
    case FieldType::Level:
        return CmdbNames::key(ProtectionLevel(value.level));
    case FieldType::Bool:
        return value.flag ? u"true"_s : u"false"_s;
    case FieldType::Time:
        if (value.day.isValid())
            return value.day.toString(Qt::ISODate);
        if (value.unit.isNull())
            return u"now"_s;
        return u"now-%1%2"_s.arg(QString::number(value.amount), QString(value.unit));
    }
    return {};
}

QString render(const Node &node, Node::Kind parent)
{
    switch (node.kind) {
    case Node::Kind::And:
    case Node::Kind::Or: {
        QStringList parts;
        for (const Node &child : node.children)
            parts << render(child, node.kind);
        const QString joined = parts.join(node.kind == Node::Kind::And ? u" and "_s : u" or "_s);
        const bool wrap = parent == Node::Kind::Not
            || (node.kind == Node::Kind::Or && parent == Node::Kind::And);
        return wrap ? u'(' + joined + u')' : joined;
    }
    case Node::Kind::Not:
        return u"not "_s + render(node.children.front(), Node::Kind::Not);
    case Node::Kind::Compare:
        return u"%1 %2 %3"_s.arg(fieldText(node), opText(node.op),
                                 valueText(node, node.values.front()));
    case Node::Kind::In: {
        QStringList values;
        for (const Value &value : node.values)
            values << valueText(node, value);
        return u"%1 %2(%3)"_s.arg(fieldText(node), node.negated ? u"not in "_s : u"in "_s,
                                  values.join(u", "_s));
    }
    case Node::Kind::Contains:
        return u"%1 contains %2"_s.arg(fieldText(node), valueText(node, node.values.front()));
    case Node::Kind::IsEmpty:
        return u"%1 is %2empty"_s.arg(fieldText(node), node.negated ? u"not "_s : QString());
    }
    return {};
}

// ---- Times ------------------------------------------------------------------------------------

QDateTime instantOf(const Value &value, const Clock &clock)
{
    qint64 unitSeconds = 0;
    if (value.unit == u'h')
        unitSeconds = 3600;
    else if (value.unit == u'd')
        unitSeconds = 86400;
    else if (value.unit == u'w')
        unitSeconds = 7 * 86400;
    return clock.now().toUTC().addSecs(-value.amount * unitSeconds);
}

QDateTime dayStart(const Value &value)
{
    return QDateTime(value.day, QTime(0, 0), QTimeZone::UTC);
}

// ---- SQL --------------------------------------------------------------------------------------

class SqlWriter
{
public:
    SqlWriter(const Dialect &dialect, const Clock &clock)
        : m_dialect(dialect)
        , m_clock(clock)
        , m_postgres(dialect.backend() == Backend::PostgreSQL)
    {
    }

    QVariantList params() const { return m_params; }

    QString write(const Node &node)
    {
        switch (node.kind) {
        case Node::Kind::And:
        case Node::Kind::Or: {
            QStringList parts;
            for (const Node &child : node.children)
                parts << write(child);
            return u'(' + parts.join(node.kind == Node::Kind::And ? u" AND "_s : u" OR "_s)
                + u')';
        }
        case Node::Kind::Not:
            return u"(NOT "_s + write(node.children.front()) + u')';
        case Node::Kind::Compare:
            return compare(node);
        case Node::Kind::In:
            return in(node);
        case Node::Kind::Contains: {
            const QString field = fieldSql(node);
            m_params << foldAscii(node.values.front().text);
            if (m_postgres) {
                return u"(strpos(translate(%1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', "
                       "'abcdefghijklmnopqrstuvwxyz'), ?) > 0)"_s.arg(field);
            }
            return u"(instr(lower(%1), ?) > 0)"_s.arg(field);
        }
        case Node::Kind::IsEmpty:
            if (node.field == FieldId::LastSeen)
                return node.negated ? u"(ci.last_seen IS NOT NULL)"_s : u"(ci.last_seen IS NULL)"_s;
            return u"(%1 %2 '')"_s.arg(fieldSql(node), node.negated ? u"<>"_s : u"="_s);
        }
        return {};
    }

private:
    // The field as an SQL expression that is never NULL (except last_seen, which every
    // condition guards), so that NOT keeps two-valued logic and agrees with matches().
    QString fieldSql(const Node &node)
    {
        switch (node.field) {
        case FieldId::Owner:
            return u"COALESCE((SELECT ge_p.login FROM person ge_p WHERE ge_p.id = ci.owner_id), '')"_s;
        case FieldId::Unit:
            return u"COALESCE((SELECT ge_u.code FROM org_unit ge_u WHERE ge_u.id = ci.org_unit_id), '')"_s;
        case FieldId::Attribute:
            m_params << node.attribute;
            return u"COALESCE((SELECT ge_a.value FROM ci_attribute ge_a WHERE ge_a.ci_id = ci.id "
                   "AND ge_a.name = ?), '')"_s;
        default:
            return fieldInfo(node.field).column.toString();
        }
    }

    QVariant bind(const Node &node, const Value &value) const
    {
        switch (typeOf(node.field)) {
        case FieldType::Text:
        case FieldType::Enum:
            return value.text;
        case FieldType::Level:
            return value.level;
        case FieldType::Bool:
            return m_dialect.toDb(value.flag);
        case FieldType::Time:
            return m_dialect.toDb(instantOf(value, m_clock));
        }
        return {};
    }

    // last_seen against one value, without the NULL guard.
    QString timeCondition(Op op, const Value &value)
    {
        if (!value.day.isValid()) {
            m_params << m_dialect.toDb(instantOf(value, m_clock));
            return u"ci.last_seen %1 ?"_s.arg(sqlOp(op));
        }
        const QVariant start = m_dialect.toDb(dayStart(value));
        const QVariant end = m_dialect.toDb(dayStart(value).addDays(1));
        switch (op) {
        case Op::Eq:
            m_params << start << end;
            return u"(ci.last_seen >= ? AND ci.last_seen < ?)"_s;
        case Op::Ne:
            m_params << start << end;
            return u"(ci.last_seen < ? OR ci.last_seen >= ?)"_s;
        case Op::Lt:
            m_params << start;
            return u"ci.last_seen < ?"_s;
        case Op::Le:
            m_params << end;
            return u"ci.last_seen < ?"_s;
        case Op::Gt:
            m_params << end;
            return u"ci.last_seen >= ?"_s;
        case Op::Ge:
            m_params << start;
            return u"ci.last_seen >= ?"_s;
        }
        return {};
    }

    QString compare(const Node &node)
    {
        const FieldType type = typeOf(node.field);
        if (type == FieldType::Time) {
            return u"(ci.last_seen IS NOT NULL AND %1)"_s.arg(
                timeCondition(node.op, node.values.front()));
        }
        const QString field = fieldSql(node);
        m_params << bind(node, node.values.front());
        const bool ordering = node.op != Op::Eq && node.op != Op::Ne;
        // PostgreSQL orders text by the database's locale; "C" gives code point order, as SQLite.
        const QString collate = ordering && type == FieldType::Text && m_postgres
            ? u" COLLATE \"C\""_s
            : QString();
        return u"(%1%2 %3 ?)"_s.arg(field, collate, sqlOp(node.op));
    }

    QString in(const Node &node)
    {
        if (typeOf(node.field) == FieldType::Time) {
            QStringList days;
            for (const Value &value : node.values)
                days << timeCondition(Op::Eq, value);
            return u"(ci.last_seen IS NOT NULL AND %1(%2))"_s.arg(
                node.negated ? u"NOT "_s : QString(), days.join(u" OR "_s));
        }
        const QString field = fieldSql(node);
        QStringList marks;
        for (const Value &value : node.values) {
            m_params << bind(node, value);
            marks << u"?"_s;
        }
        return u"(%1%2 IN (%3))"_s.arg(node.negated ? u"NOT "_s : QString(), field,
                                       marks.join(u", "_s));
    }

    const Dialect &m_dialect;
    const Clock &m_clock;
    bool m_postgres = false;
    QVariantList m_params;
};

// ---- In memory --------------------------------------------------------------------------------

QString textOf(const Node &node, const ConfigurationItem &ci,
               const GroupExpression::MatchContext &context)
{
    switch (node.field) {
    case FieldId::Name: return ci.name;
    case FieldId::Description: return ci.description;
    case FieldId::Site: return ci.site;
    case FieldId::Platform: return ci.platform;
    case FieldId::PlatformVersion: return ci.platformVersion;
    case FieldId::Firmware: return ci.firmwareVersion;
    case FieldId::Owner: return ci.ownerId ? context.loginById.value(*ci.ownerId) : QString();
    case FieldId::Unit: return ci.orgUnitId ? context.unitCodeById.value(*ci.orgUnitId) : QString();
    case FieldId::Attribute: return ci.attributes.value(node.attribute);
    case FieldId::Class: return CmdbNames::key(ci.ciClass);
    case FieldId::Lifecycle: return CmdbNames::key(ci.lifecycle);
    case FieldId::UpdateSource: return CmdbNames::key(ci.update.source);
    case FieldId::UpdateMode: return CmdbNames::key(ci.update.mode);
    case FieldId::Reboot: return CmdbNames::key(ci.update.reboot);
    default: return {};
    }
}

int levelOf(FieldId field, const ConfigurationItem &ci)
{
    switch (field) {
    case FieldId::Confidentiality: return int(ci.protection.confidentiality);
    case FieldId::Integrity: return int(ci.protection.integrity);
    default: return int(ci.protection.availability);
    }
}

// last_seen against one value; the caller has checked that the CI was seen.
bool timeMatches(Op op, const Value &value, const QDateTime &seen, const Clock &clock)
{
    if (!value.day.isValid())
        return compareWith(op, seen, instantOf(value, clock));
    const QDateTime start = dayStart(value);
    const QDateTime end = start.addDays(1);
    switch (op) {
    case Op::Eq: return seen >= start && seen < end;
    case Op::Ne: return seen < start || seen >= end;
    case Op::Lt: return seen < start;
    case Op::Le: return seen < end;
    case Op::Gt: return seen >= end;
    case Op::Ge: return seen >= start;
    }
    return false;
}

bool valueMatches(const Node &node, Op op, const Value &value, const ConfigurationItem &ci,
                  const GroupExpression::MatchContext &context, const Clock &clock)
{
    switch (typeOf(node.field)) {
    case FieldType::Text:
        return compareWith(op, compareCodePoints(textOf(node, ci, context), value.text), 0);
    case FieldType::Enum:
        return compareWith(op, textOf(node, ci, context), value.text);
    case FieldType::Level:
        return compareWith(op, levelOf(node.field, ci), value.level);
    case FieldType::Bool:
        return compareWith(op, ci.mobile, value.flag);
    case FieldType::Time:
        return ci.lastSeen.isValid() && timeMatches(op, value, ci.lastSeen.toUTC(), clock);
    }
    return false;
}

bool evaluate(const Node &node, const ConfigurationItem &ci,
              const GroupExpression::MatchContext &context, const Clock &clock)
{
    switch (node.kind) {
    case Node::Kind::And:
        return std::all_of(node.children.cbegin(), node.children.cend(), [&](const Node &child) {
            return evaluate(child, ci, context, clock);
        });
    case Node::Kind::Or:
        return std::any_of(node.children.cbegin(), node.children.cend(), [&](const Node &child) {
            return evaluate(child, ci, context, clock);
        });
    case Node::Kind::Not:
        return !evaluate(node.children.front(), ci, context, clock);
    case Node::Kind::Compare:
        return valueMatches(node, node.op, node.values.front(), ci, context, clock);
    case Node::Kind::In: {
        if (node.field == FieldId::LastSeen && !ci.lastSeen.isValid())
            return false;
        const bool found = std::any_of(node.values.cbegin(), node.values.cend(),
                                       [&](const Value &value) {
                                           return valueMatches(node, Op::Eq, value, ci, context,
                                                               clock);
                                       });
        return found != node.negated;
    }
    case Node::Kind::Contains:
        return foldAscii(textOf(node, ci, context)).contains(foldAscii(node.values.front().text));
    case Node::Kind::IsEmpty: {
        const bool empty = node.field == FieldId::LastSeen ? !ci.lastSeen.isValid()
                                                           : textOf(node, ci, context).isEmpty();
        return empty != node.negated;
    }
    }
    return false;
}

} // namespace

GroupExpression::GroupExpression(std::shared_ptr<const Node> root)
    : m_root(std::move(root))
{
}

Result<GroupExpression> GroupExpression::parse(const QString &text)
{
    Parser parser(text);
    auto root = parser.run();
    if (!root)
        return fail(root.error());
    return GroupExpression(std::make_shared<const Node>(std::move(*root)));
}

GroupExpression::SqlFilter GroupExpression::toSql(const Dialect &dialect, const Clock &clock) const
{
    SqlWriter writer(dialect, clock);
    SqlFilter filter;
    filter.where = writer.write(*m_root);
    filter.params = writer.params();
    return filter;
}

bool GroupExpression::matches(const ConfigurationItem &ci, const MatchContext &context,
                              const Clock &clock) const
{
    return evaluate(*m_root, ci, context, clock);
}

QString GroupExpression::toText() const
{
    return render(*m_root, Node::Kind::Or);
}

QStringList GroupExpression::fields()
{
    QStringList names;
    for (const FieldInfo &info : kFields)
        names << info.name.toString();
    names << kAttributePrefix.toString();
    return names;
}

} // namespace ChangeDesk
