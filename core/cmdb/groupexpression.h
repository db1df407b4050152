#pragma once

#include "cmdb/ci.h"
#include "common/clock.h"
#include "common/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>

namespace ChangeDesk {

class Dialect;

// A condition over configuration items written by a person, e.g.
//     availability >= high and site = "Stadhuis" and class in (server, vm)
// It defines dynamic CMDB groups and `changedeskctl ci list --filter`. It runs as SQL (toSql) or
// in memory (matches) with the same result.
//
// Grammar (keywords and field names are case-insensitive):
//     or-expr    := and-expr ('or' and-expr)*
//     and-expr   := unary ('and' unary)*
//     unary      := 'not' unary | '(' or-expr ')' | comparison
//     comparison := field op value | field ['not'] 'in' '(' value (',' value)* ')'
//                 | field 'contains' value | field 'is' ['not'] 'empty'
//     op         := = | != | <> | < | <= | > | >=
//     value      := "text" | 'text' (escapes \" \' \\; any other backslash is kept as is)
//                 | a bare word of letters, digits, '_', '.', '-' (enum key, true, false,
//                   number, date YYYY-MM-DD, now, now-30d with the units d, h, w)
//     field      := name | class | description | site | lifecycle | platform | platform_version
//                 | firmware | confidentiality | integrity | availability | mobile | last_seen
//                 | owner | unit | update_source | update_mode | reboot | attr.NAME | attr."NAME"
//
// Semantics:
// - Text fields (name, description, site, platform, platform_version, firmware, owner = the
//   owner's login, unit = the org unit's code, attr.NAME): '=' and '!=' are exact; '<' … '>='
//   compare by Unicode code point (so "10" < "9"); 'contains' is a case-insensitive substring
//   test that folds ASCII letters only (so "Ä" and "ä" differ). A missing owner, unit or
//   attribute is the empty text, so 'is empty' is true for it and `owner != "x"` includes it.
// - Protection levels (confidentiality, integrity, availability) are ordered
//   normal < high < very_high (also written 1, 2, 3).
// - class, lifecycle, update_source, update_mode, reboot take their CmdbNames keys; only '=',
//   '!=' and 'in'. mobile takes true or false; only '=', '!=' and 'in'.
// - last_seen: a date means that whole day in UTC (`last_seen = 2025-06-01` is any time that
//   day, `> 2025-06-01` from the next day on); now-30d is an instant. A CI never seen matches
//   no comparison (not even '!='), only `last_seen is empty`.
class GroupExpression
{
    Q_DECLARE_TR_FUNCTIONS(GroupExpression)

public:
    // A WHERE fragment over alias `ci` (table configuration_item) with positional parameters.
    struct SqlFilter {
        QString where;
        QVariantList params;
    };

    // What matches() needs beyond the CI itself: logins and org unit codes by id.
    struct MatchContext {
        QHash<qint64, QString> loginById;
        QHash<qint64, QString> unitCodeById;
    };

    // InvalidInput naming the column (1-based), what was found and what was expected.
    static Result<GroupExpression> parse(const QString &text);

    SqlFilter toSql(const Dialect &dialect, const Clock &clock) const;
    bool matches(const ConfigurationItem &ci, const MatchContext &context, const Clock &clock) const;

    // The expression in normal form: lower-case keywords and fields, enum keys, quoted texts,
    // minimal parentheses. parse(toText()) gives the same expression.
    QString toText() const;

    // The field names for completion; the last one, "attr.", takes an attribute name after it.
    static QStringList fields();

    struct Node;

private:
    explicit GroupExpression(std::shared_ptr<const Node> root);
    std::shared_ptr<const Node> m_root;
};

} // namespace ChangeDesk
