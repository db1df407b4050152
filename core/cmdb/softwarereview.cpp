#include "softwarereview.h"

#include "cmdb/groupexpression.h"
#include "storage/database.h"
#include "storage/dialect.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {

constexpr std::array kApprovals {ProductApproval::Unreviewed, ProductApproval::Approved,
                                 ProductApproval::Unneeded, ProductApproval::Forbidden};

} // namespace

SoftwareReview::SoftwareReview(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

QString SoftwareReview::key(ProductApproval approval)
{
    switch (approval) {
    case ProductApproval::Unreviewed:
        return u"unreviewed"_s;
    case ProductApproval::Approved:
        return u"approved"_s;
    case ProductApproval::Unneeded:
        return u"unneeded"_s;
    case ProductApproval::Forbidden:
        return u"forbidden"_s;
    }
    return u"unreviewed"_s;
}

std::optional<ProductApproval> SoftwareReview::approval(const QString &text)
{
    const QString wanted = text.trimmed().toLower();
    for (ProductApproval approval : kApprovals)
        if (key(approval) == wanted)
            return approval;
    return std::nullopt;
}

QStringList SoftwareReview::keys()
{
    QStringList list;
    for (ProductApproval approval : kApprovals)
        list << key(approval);
    return list;
}

QString SoftwareReview::display(ProductApproval approval)
{
    switch (approval) {
    case ProductApproval::Unreviewed:
        return tr("not reviewed");
    case ProductApproval::Approved:
        return tr("approved");
    case ProductApproval::Unneeded:
        return tr("not needed");
    case ProductApproval::Forbidden:
        return tr("forbidden");
    }
    return {};
}

Result<Product> SoftwareReview::setApproval(const QString &productText, ProductApproval approval,
                                            const QString &reason) const
{
    const QString why = reason.trimmed();
    if ((approval == ProductApproval::Unneeded || approval == ProductApproval::Forbidden) && why.isEmpty())
        return fail(ErrorKind::InvalidInput,
                    tr("Say why '%1' is %2: the reason tells the system owners why it has to go.")
                        .arg(productText.trimmed(), display(approval)));
    auto found = SoftwareRepository(m_db, m_clock).findProduct(productText);
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(ErrorKind::NotFound,
                    tr("There is no product '%1' in the catalogue (searched by name, alias, package URL "
                       "and CPE).")
                        .arg(productText.trimmed()));
    Product product = **found;
    const RecordRef ref {u"product"_s, product.id, tr("product '%1'").arg(product.name), product.rowVersion};
    auto written = m_db.write([&]() -> Status {
        return m_db.execGuarded(
            u"UPDATE product SET approval = ?, approval_reason = ?, "
            "row_version = row_version + 1, updated_at = ? WHERE id = ? AND row_version = ?"_s,
            {key(approval), sqlText(why), m_db.dialect().toDb(m_clock.now()), product.id, product.rowVersion},
            ref);
    });
    if (!written)
        return fail(written.error());
    ++product.rowVersion;
    return product;
}

Result<std::pair<ProductApproval, QString>> SoftwareReview::approvalOf(qint64 productId) const
{
    auto row = m_db.exec(u"SELECT approval, approval_reason FROM product WHERE id = ?"_s, {productId},
                         tr("reading the approval of product %1").arg(productId));
    if (!row)
        return fail(row.error());
    if (!row->next())
        return fail(ErrorKind::NotFound, tr("There is no product with id %1.").arg(productId));
    return std::pair {approval(row->value(0).toString()).value_or(ProductApproval::Unreviewed),
                      row->value(1).toString()};
}

Result<QList<UnneededSoftware>> SoftwareReview::unneeded(const QString &filter) const
{
    QString where = u"p.approval IN (?, ?)"_s;
    QVariantList params {key(ProductApproval::Unneeded), key(ProductApproval::Forbidden)};
    if (!filter.trimmed().isEmpty()) {
        auto expression = GroupExpression::parse(filter);
        if (!expression)
            return fail(expression.error());
        const GroupExpression::SqlFilter sql = expression->toSql(m_db.dialect(), m_clock);
        where += u" AND ("_s + sql.where + u")"_s;
        params += sql.params;
    }
    auto rows = m_db.exec(
        u"SELECT ci.id, ci.name, p.id, p.normalized_key, p.name, p.vendor, s.version, p.approval, "
        "p.approval_reason FROM installed_software s "
        "JOIN product p ON p.id = s.product_id "
        "JOIN configuration_item ci ON ci.id = s.ci_id WHERE "_s
            + where + u" ORDER BY ci.name, p.name, s.version"_s,
        params, tr("finding software that is not needed"));
    if (!rows)
        return fail(rows.error());
    QList<UnneededSoftware> found;
    while (rows->next()) {
        UnneededSoftware item;
        item.ciId = rows->value(0).toLongLong();
        item.ciName = rows->value(1).toString();
        item.productId = rows->value(2).toLongLong();
        item.productKey = rows->value(3).toString();
        item.product = rows->value(4).toString();
        item.vendor = rows->value(5).toString();
        item.version = rows->value(6).toString();
        item.approval = approval(rows->value(7).toString()).value_or(ProductApproval::Unneeded);
        item.reason = rows->value(8).toString();
        found.append(item);
    }
    return found;
}

} // namespace ChangeDesk
