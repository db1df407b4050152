#include "softwarerepository.h"

#include "cmdb/cpe.h"
#include "cmdb/packageurl.h"
#include "cmdb/productname.h"
#include "storage/database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {
const QStringList kResults = {u"success"_s, u"failed"_s, u"rolled_back"_s};

const QString kInstalledColumns =
    u"s.id, s.ci_id, s.product_id, p.normalized_key, p.name, p.vendor, s.version, s.cpe23, s.purl, s.source, "
    "s.row_version"_s;

InstalledSoftware installedFrom(const QSqlQuery &row)
{
    return {row.value(0).toLongLong(), row.value(1).toLongLong(), row.value(2).toLongLong(),
            row.value(3).toString(),  row.value(4).toString(),    row.value(5).toString(),
            row.value(6).toString(),  row.value(7).toString(),    row.value(8).toString(),
            row.value(9).toString(),  row.value(10).toInt()};
}
} // namespace

SoftwareRepository::SoftwareRepository(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<Product> SoftwareRepository::ensureProduct(const QString &vendor, const QString &name, const QString &purl,
                                                  const QString &cpe) const
{
    const ProductKey key = ProductName::normalize(vendor, name, purl, cpe);
    if (key.key.isEmpty())
        return fail(ErrorKind::InvalidInput,
                    tr("'%1' does not name a product: give a name, a package URL or a CPE.").arg(name));
    return m_db.write([&]() -> Result<Product> {
        const QVariant now = m_db.dialect().toDb(m_clock.now());
        auto added = m_db.exec(u"INSERT INTO product (vendor, name, normalized_key, row_version, created_at, updated_at) "
                               "VALUES (?, ?, ?, 1, ?, ?) ON CONFLICT (normalized_key) DO NOTHING"_s,
                               {sqlText(key.vendor), key.displayName.isEmpty() ? key.key : key.displayName, key.key,
                                now, now},
                               tr("adding product '%1'").arg(key.key));
        if (!added)
            return fail(added.error());
        added->finish();
        auto row = m_db.exec(u"SELECT id, normalized_key, vendor, name, row_version FROM product WHERE normalized_key = ?"_s,
                             {key.key}, tr("reading product '%1'").arg(key.key));
        if (!row)
            return fail(row.error());
        if (!row->next())
            return fail(ErrorKind::Internal, tr("Product '%1' vanished while it was being added.").arg(key.key));
        Product product{row->value(0).toLongLong(), row->value(1).toString(), row->value(2).toString(),
                        row->value(3).toString(), row->value(4).toInt()};
        row->finish();
        for (const QString &alias : key.aliases) {
            auto aliased = m_db.exec(u"INSERT INTO product_alias (alias, product_id) VALUES (?, ?) ON CONFLICT DO NOTHING"_s,
                                     {alias, product.id}, tr("adding product '%1'").arg(key.key));
            if (!aliased)
                return fail(aliased.error());
        }
        return product;
    });
}

Result<std::optional<Product>> SoftwareRepository::findProduct(const QString &text) const
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return std::optional<Product>();
    // The same normalisation as for sightings: a purl, a CPE or a free-text name.
    QString purl;
    QString cpe;
    QString name = wanted;
    if (PackageUrl::parse(wanted)) {
        purl = wanted;
        name.clear();
    } else if (Cpe::parse(wanted)) {
        cpe = wanted;
        name.clear();
    }
    const ProductKey key = ProductName::normalize({}, name, purl, cpe);
    auto row = m_db.exec(u"SELECT p.id, p.normalized_key, p.vendor, p.name, p.row_version FROM product p "
                         "WHERE p.normalized_key = ? OR p.id IN (SELECT product_id FROM product_alias WHERE alias = ?) "
                         "ORDER BY p.id LIMIT 1"_s,
                         {key.key, wanted.toLower()}, tr("looking up product '%1'").arg(wanted));
    if (!row)
        return fail(row.error());
    if (!row->next())
        return std::optional<Product>();
    return std::optional<Product>(Product{row->value(0).toLongLong(), row->value(1).toString(),
                                          row->value(2).toString(), row->value(3).toString(), row->value(4).toInt()});
}

Result<std::pair<InstalledSoftware, SoftwareRepository::Outcome>>
SoftwareRepository::install(qint64 ciId, const QString &vendor, const QString &name, const QString &version,
                            const QString &purl, const QString &cpe, const QString &source) const
{
    // The CPE is kept in its 2.3 form; a 2.2 URI is converted.
    QString cpe23;
    if (!cpe.trimmed().isEmpty()) {
        auto parsed = Cpe::parse(cpe.trimmed());
        if (!parsed)
            return fail(parsed.error());
        cpe23 = parsed->toCpe23();
    }
    if (!purl.trimmed().isEmpty()) {
        if (auto parsed = PackageUrl::parse(purl.trimmed()); !parsed)
            return fail(parsed.error());
    }
    return m_db.write([&]() -> Result<std::pair<InstalledSoftware, Outcome>> {
        auto product = ensureProduct(vendor, name, purl, cpe);
        if (!product)
            return fail(product.error());
        const QString what = tr("recording %1 %2 on a configuration item").arg(product->name, version);
        // Read into a value so that the query is gone before the next statement: on PostgreSQL a
        // statement cannot be freed once a later one has failed in the same transaction.
        std::optional<InstalledSoftware> found;
        {
            auto existing = m_db.exec(u"SELECT %1 FROM installed_software s JOIN product p ON p.id = s.product_id "
                                      "WHERE s.ci_id = ? AND s.product_id = ? AND s.version = ?"_s.arg(kInstalledColumns),
                                      {ciId, product->id, sqlText(version)}, what);
            if (!existing)
                return fail(existing.error());
            if (existing->next())
                found = installedFrom(*existing);
        }
        const QVariant now = m_db.dialect().toDb(m_clock.now());
        if (found) {
            InstalledSoftware current = *found;
            if (current.cpe23 == cpe23 && current.purl == sqlText(purl.trimmed()) && current.source == source)
                return std::pair{current, Outcome::Unchanged};
            auto updated = m_db.execGuarded(
                u"UPDATE installed_software SET cpe23 = ?, purl = ?, source = ?, updated_at = ?, "
                "row_version = row_version + 1 WHERE id = ? AND row_version = ?"_s,
                {sqlText(cpe23), sqlText(purl.trimmed()), source, now, current.id, current.rowVersion},
                RecordRef{u"installed_software"_s, current.id, u"%1 %2"_s.arg(product->name, version), current.rowVersion});
            if (!updated)
                return fail(updated.error());
            current.cpe23 = cpe23;
            current.purl = purl.trimmed();
            current.source = source;
            ++current.rowVersion;
            return std::pair{current, Outcome::Updated};
        }
        auto inserted = m_db.exec(u"INSERT INTO installed_software (ci_id, product_id, version, cpe23, purl, source, "
                                  "row_version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?) RETURNING id"_s,
                                  {ciId, product->id, sqlText(version), sqlText(cpe23), sqlText(purl.trimmed()), source,
                                   now, now},
                                  what);
        if (!inserted)
            return fail(inserted.error());
        inserted->next();
        const InstalledSoftware created{inserted->value(0).toLongLong(), ciId, product->id, product->key, product->name,
                                        product->vendor, sqlText(version), sqlText(cpe23), sqlText(purl.trimmed()),
                                        source, 1};
        return std::pair{created, Outcome::Created};
    });
}

Status SoftwareRepository::uninstall(const InstalledSoftware &software) const
{
    return m_db.write([&]() -> Status {
        return m_db.execGuarded(u"DELETE FROM installed_software WHERE id = ? AND row_version = ?"_s,
                                {software.id, software.rowVersion},
                                RecordRef{u"installed_software"_s, software.id,
                                          u"%1 %2"_s.arg(software.productName, software.version), software.rowVersion});
    });
}

Result<QList<InstalledSoftware>> SoftwareRepository::installedOn(qint64 ciId) const
{
    auto rows = m_db.exec(u"SELECT %1 FROM installed_software s JOIN product p ON p.id = s.product_id "
                          "WHERE s.ci_id = ? ORDER BY p.normalized_key, s.version"_s.arg(kInstalledColumns),
                          {ciId}, tr("reading installed software"));
    if (!rows)
        return fail(rows.error());
    QList<InstalledSoftware> result;
    while (rows->next())
        result << installedFrom(*rows);
    return result;
}

Result<QList<qint64>> SoftwareRepository::cisWith(qint64 productId, const QString &version) const
{
    auto rows = version.isEmpty()
                    ? m_db.exec(u"SELECT DISTINCT ci_id FROM installed_software WHERE product_id = ? ORDER BY ci_id"_s,
                                {productId}, tr("reading installed software"))
                    : m_db.exec(u"SELECT DISTINCT ci_id FROM installed_software WHERE product_id = ? AND version = ? "
                                "ORDER BY ci_id"_s,
                                {productId, version}, tr("reading installed software"));
    if (!rows)
        return fail(rows.error());
    QList<qint64> ids;
    while (rows->next())
        ids << rows->value(0).toLongLong();
    return ids;
}

Result<AppliedPatch> SoftwareRepository::recordPatch(AppliedPatch patch) const
{
    if (patch.title.trimmed().isEmpty())
        return fail(ErrorKind::InvalidInput, tr("An applied patch needs a title."));
    if (!kResults.contains(patch.result))
        return fail(ErrorKind::InvalidInput,
                    tr("'%1' is not a patch result; use %2.").arg(patch.result, kResults.join(u", "_s)));
    if (!patch.appliedAt.isValid())
        patch.appliedAt = m_clock.now();
    return m_db.write([&]() -> Result<AppliedPatch> {
        const Dialect &d = m_db.dialect();
        auto inserted = m_db.exec(
            u"INSERT INTO applied_patch (ci_id, product_id, title, reference, from_version, to_version, applied_at, "
            "applied_by, change_ref, result, notes, row_version, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?) RETURNING id"_s,
            {patch.ciId, sqlId(patch.productId), patch.title.trimmed(), sqlText(patch.reference),
             sqlText(patch.fromVersion), sqlText(patch.toVersion), d.toDb(patch.appliedAt), sqlText(patch.appliedBy),
             sqlText(patch.changeRef), patch.result, sqlText(patch.notes), d.toDb(m_clock.now())},
            tr("recording patch '%1'").arg(patch.title));
        if (!inserted)
            return fail(inserted.error());
        inserted->next();
        patch.id = inserted->value(0).toLongLong();
        return patch;
    });
}

Result<QList<AppliedPatch>> SoftwareRepository::patchesOf(qint64 ciId) const
{
    auto rows = m_db.exec(u"SELECT id, ci_id, product_id, title, reference, from_version, to_version, applied_at, "
                          "applied_by, change_ref, result, notes FROM applied_patch WHERE ci_id = ? "
                          "ORDER BY applied_at DESC, id DESC"_s,
                          {ciId}, tr("reading applied patches"));
    if (!rows)
        return fail(rows.error());
    QList<AppliedPatch> patches;
    while (rows->next()) {
        AppliedPatch p;
        p.id = rows->value(0).toLongLong();
        p.ciId = rows->value(1).toLongLong();
        if (!rows->value(2).isNull())
            p.productId = rows->value(2).toLongLong();
        p.title = rows->value(3).toString();
        p.reference = rows->value(4).toString();
        p.fromVersion = rows->value(5).toString();
        p.toVersion = rows->value(6).toString();
        p.appliedAt = m_db.dialect().dateTimeFromDb(rows->value(7));
        p.appliedBy = rows->value(8).toString();
        p.changeRef = rows->value(9).toString();
        p.result = rows->value(10).toString();
        p.notes = rows->value(11).toString();
        patches << p;
    }
    return patches;
}

} // namespace ChangeDesk
