#include "sbomimport.h"

#include "cmdb/bulkinsert.h"
#include "cmdb/cpe.h"
#include "cmdb/packageurl.h"
#include "cmdb/productname.h"
#include "storage/database.h"

#include <QDir>
#include <QHash>
#include <QSet>
#include <QSqlError>

#include <vector>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {

constexpr qsizetype kLookupBatch = 500;
constexpr qsizetype kProgressEvery = 256;

QString formatName(Sbom::Format format)
{
    return format == Sbom::Spdx ? u"SPDX"_s : u"CycloneDX"_s;
}

// One component of the SBOM, as the catalogue sees it.
struct Item {
    qint64 position = 0; // 1-based in the SBOM
    QString label; // "name version"
    ProductKey product;
    QString version;
    QString cpe23;
    QString purl;
    qint64 productId = 0; // 0 until the product exists
};

struct Installed {
    qint64 id = 0;
    QString productName;
    QString version;
    QString cpe23;
    QString purl;
    QString source;
    int rowVersion = 0;
    bool listed = false; // the SBOM lists it
};

QString installedKey(qint64 productId, const QString &version)
{
    return QString::number(productId) + u'\x1f' + version;
}

// Runs `sql` with "IN (?, ...)" filled from `values`, in batches; `onRow` for each row.
Status selectIn(const Database &db, const QString &sql, const QVariantList &before,
                const QVariantList &values, const QString &what,
                const std::function<void(const QSqlQuery &)> &onRow)
{
    for (qsizetype start = 0; start < values.size(); start += kLookupBatch) {
        const QVariantList part = values.mid(start, kLookupBatch);
        const QVariantList params = before + part;
        auto rows = db.exec(sql.arg(QStringList(part.size(), u"?"_s).join(u", "_s)), params, what);
        if (!rows)
            return fail(rows.error());
        while (rows->next())
            onRow(*rows);
    }
    return {};
}

} // namespace

SbomImporter::SbomImporter(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Result<ImportReport> SbomImporter::importFile(const QString &path, const SbomImportOptions &options) const
{
    auto sbom = SbomParser::parseFile(path, options.parse);
    if (!sbom)
        return fail(sbom.error());
    return importSbom(*sbom, QDir::toNativeSeparators(path), options);
}

Result<ImportReport> SbomImporter::importSbom(const Sbom &sbom, const QString &fileName,
                                              const SbomImportOptions &options) const
{
    if (options.expectedFormat && *options.expectedFormat != sbom.format)
        return fail(ErrorKind::InvalidInput,
                    tr("%1 is a %2 SBOM, not %3.")
                        .arg(fileName, formatName(sbom.format), formatName(*options.expectedFormat)));
    ImportReport report;
    report.file = fileName;
    report.format = sbom.format == Sbom::Spdx ? ImportFormat::Spdx : ImportFormat::CycloneDx;
    report.dryRun = options.dryRun;
    report.skipRejected = options.skipRejected;
    report.subjectName = sbom.subjectName;
    const qint64 total = sbom.components.size();
    auto cancelled = [&](ImportProgress::Phase phase, qint64 done) {
        return options.progress && !options.progress({phase, done, total});
    };

    // The catalogue key of every component, before the transaction: it is only computation.
    std::vector<Item> items;
    items.reserve(sbom.components.size());
    QHash<QString, qint64> positionOf; // key + version -> first position
    for (qsizetype i = 0; i < sbom.components.size(); ++i) {
        if (i % kProgressEvery == 0 && cancelled(ImportProgress::Phase::Checking, i))
            return fail(ImportTexts::cancelled(fileName));
        const SbomComponent &c = sbom.components.at(i);
        const qint64 position = i + 1;
        const QString label = c.version.isEmpty() ? c.name : u"%1 %2"_s.arg(c.name, c.version);
        QString cpe23;
        if (!c.cpe.trimmed().isEmpty()) {
            if (auto cpe = Cpe::parse(c.cpe.trimmed()))
                cpe23 = cpe->toCpe23();
            else
                report.warnings.append(
                    {position,
                     tr("component %1 (%2): the CPE '%3' is not valid and was left out: %4")
                         .arg(position)
                         .arg(label, c.cpe, cpe.error().message)});
        }
        QString purl;
        if (!c.purl.trimmed().isEmpty()) {
            if (auto parsed = PackageUrl::parse(c.purl.trimmed()))
                purl = c.purl.trimmed();
            else
                report.warnings.append({position,
                                        tr("component %1 (%2): the package URL '%3' is not valid and was "
                                           "left out: %4")
                                            .arg(position)
                                            .arg(label, c.purl, parsed.error().message)});
        }
        ProductKey product = ProductName::normalize(c.vendor, c.name, purl, cpe23);
        if (product.key.isEmpty()) {
            report.entries.append({position, label, ImportOutcome::Rejected,
                                   tr("'%1' gives no product name the catalogue can use").arg(c.name)});
            ++report.rejected;
            continue;
        }
        const QString key = product.key + u'\x1f' + c.version;
        if (auto first = positionOf.constFind(key); first != positionOf.cend()) {
            report.entries.append({position, label, ImportOutcome::Unchanged,
                                   tr("the same product and version as component %1").arg(*first)});
            ++report.unchanged;
            continue;
        }
        positionOf.insert(key, position);
        report.entries.append({position, label, ImportOutcome::Unchanged, {}}); // decided below
        items.push_back({position, label, std::move(product), c.version, cpe23, purl, 0});
    }

    bool reachedEnd = false;
    auto status = m_db.write([&]() -> Status {
        // The CI.
        const QString wanted = options.ciName.isEmpty() ? sbom.subjectName : options.ciName;
        qint64 ciId = 0;
        if (!wanted.trimmed().isEmpty()) {
            auto found
                = m_db.scalar(u"SELECT id FROM configuration_item WHERE name = ?"_s, {wanted.trimmed()},
                              tr("looking up configuration item '%1'").arg(wanted));
            if (!found)
                return fail(found.error());
            ciId = found->isNull() ? 0 : found->toLongLong();
        }
        if (ciId == 0) {
            if (!options.ciName.isEmpty())
                return fail(ErrorKind::InvalidInput,
                            tr("There is no configuration item named '%1' to import %2 into.")
                                .arg(options.ciName, fileName));
            if (sbom.subjectName.trimmed().isEmpty())
                return fail(ErrorKind::InvalidInput,
                            tr("%1 does not say which system it describes; choose the "
                               "configuration item to import it into.")
                                .arg(fileName));
            return fail(
                ErrorKind::InvalidInput,
                tr("%1 describes '%2', and no configuration item has that name; choose the configuration "
                   "item to import it into.")
                    .arg(fileName, sbom.subjectName));
        }
        report.ciName = wanted.trimmed();

        // The catalogue's products for these keys.
        QVariantList keys;
        {
            QSet<QString> unique;
            for (const Item &item : items) {
                if (!unique.contains(item.product.key)) {
                    unique.insert(item.product.key);
                    keys << item.product.key;
                }
            }
        }
        QHash<QString, qint64> productIds;
        auto loadProducts = [&]() {
            return selectIn(m_db, u"SELECT id, normalized_key FROM product WHERE normalized_key IN (%1)"_s,
                            {}, keys, tr("reading the product catalogue"), [&](const QSqlQuery &row) {
                                productIds.insert(row.value(1).toString(), row.value(0).toLongLong());
                            });
        };
        if (auto loaded = loadProducts(); !loaded)
            return loaded;

        // What the CI has now.
        QHash<QString, Installed> installed;
        std::vector<QString> installedOrder;
        {
            auto rows
                = m_db.exec(u"SELECT s.id, s.product_id, p.name, s.version, s.cpe23, s.purl, s.source, "
                            "s.row_version FROM installed_software s JOIN product p ON p.id = s.product_id "
                            "WHERE s.ci_id = ? ORDER BY p.normalized_key, s.version"_s,
                            {ciId}, tr("reading installed software"));
            if (!rows)
                return fail(rows.error());
            while (rows->next()) {
                const QString key = installedKey(rows->value(1).toLongLong(), rows->value(3).toString());
                installed.insert(key,
                                 {rows->value(0).toLongLong(), rows->value(2).toString(),
                                  rows->value(3).toString(), rows->value(4).toString(),
                                  rows->value(5).toString(), rows->value(6).toString(),
                                  rows->value(7).toInt(), false});
                installedOrder.push_back(key);
            }
        }

        // The outcome of each component.
        QHash<qint64, qsizetype> entryOf; // position -> report entry
        for (qsizetype e = 0; e < report.entries.size(); ++e)
            entryOf.insert(report.entries.at(e).line, e);
        std::vector<const Item *> toCreate;
        std::vector<std::pair<const Item *, const Installed *>> toUpdate;
        for (Item &item : items) {
            item.productId = productIds.value(item.product.key);
            ImportEntry &entry = report.entries[entryOf.value(item.position)];
            auto it = item.productId ? installed.find(installedKey(item.productId, item.version))
                                     : installed.end();
            if (it == installed.end()) {
                entry.outcome = ImportOutcome::Created;
                ++report.created;
                toCreate.push_back(&item);
                continue;
            }
            it->listed = true;
            if (it->source != u"sbom") {
                entry.message = tr("already recorded from %1; left as it is").arg(it->source);
                ++report.unchanged;
            } else if (it->cpe23 == item.cpe23 && it->purl == item.purl) {
                ++report.unchanged;
            } else {
                entry.outcome = ImportOutcome::Updated;
                QStringList changed;
                if (it->cpe23 != item.cpe23)
                    changed << u"cpe"_s;
                if (it->purl != item.purl)
                    changed << u"purl"_s;
                entry.message = changed.join(u", "_s);
                ++report.updated;
                toUpdate.emplace_back(&item, &*it);
            }
        }
        // The SBOM is the whole inventory: what it no longer lists goes, unless entered otherwise.
        std::vector<const Installed *> toRemove;
        for (const QString &key : installedOrder) {
            const Installed &software = installed[key];
            if (software.listed || software.source != u"sbom")
                continue;
            report.entries.append({0,
                                   software.version.isEmpty()
                                       ? software.productName
                                       : u"%1 %2"_s.arg(software.productName, software.version),
                                   ImportOutcome::Removed,
                                   {}});
            ++report.removed;
            toRemove.push_back(&software);
        }
        reachedEnd = true;
        if (report.refused())
            return {};

        // Writing: new products with their spellings, then the software.
        const QString now = BulkInsert::timestamp(m_clock.now());
        {
            BulkInsert products(
                m_db,
                u"INSERT INTO product (vendor, name, normalized_key, row_version, created_at, "
                "updated_at) SELECT j.value->>0, j.value->>1, j.value->>2, 1, CAST(? AS ${TIMESTAMP}), "
                "CAST(? AS ${TIMESTAMP}) FROM ${ROWS} AS j WHERE true "
                "ON CONFLICT (normalized_key) DO NOTHING"_s,
                {now, now}, tr("adding products to the catalogue"));
            QSet<QString> added;
            for (const Item &item : items) {
                if (item.productId || added.contains(item.product.key))
                    continue;
                added.insert(item.product.key);
                const QString name
                    = item.product.displayName.isEmpty() ? item.product.key : item.product.displayName;
                products.text(item.product.vendor).text(name).text(item.product.key).endRow();
            }
            if (auto flushed = products.flush(); !flushed)
                return flushed;
            if (!added.isEmpty()) {
                if (auto loaded = loadProducts(); !loaded)
                    return loaded;
                for (Item &item : items)
                    item.productId = productIds.value(item.product.key);
            }
        }
        {
            QHash<QString, qint64> aliases;
            for (const Item &item : items) {
                for (const QString &alias : item.product.aliases) {
                    if (!aliases.contains(alias))
                        aliases.insert(alias, item.productId);
                }
            }
            const QStringList wantedAliases = aliases.keys();
            QVariantList aliasParams;
            for (const QString &alias : wantedAliases)
                aliasParams << alias;
            if (auto known = selectIn(m_db, u"SELECT alias FROM product_alias WHERE alias IN (%1)"_s, {},
                                      aliasParams, tr("reading the product catalogue"),
                                      [&](const QSqlQuery &row) { aliases.remove(row.value(0).toString()); });
                !known)
                return known;
            BulkInsert aliasRows(
                m_db,
                u"INSERT INTO product_alias (alias, product_id) SELECT j.value->>0, "
                "CAST(j.value->>1 AS ${BIGINT}) FROM ${ROWS} AS j WHERE true ON CONFLICT DO NOTHING"_s,
                {}, tr("adding products to the catalogue"));
            for (const QString &alias : wantedAliases) {
                if (aliases.contains(alias))
                    aliasRows.text(alias).integer(aliases.value(alias)).endRow();
            }
            if (auto flushed = aliasRows.flush(); !flushed)
                return flushed;
        }
        {
            BulkInsert rows(
                m_db,
                u"INSERT INTO installed_software (ci_id, product_id, version, cpe23, purl, source, "
                "row_version, created_at, updated_at) SELECT CAST(? AS ${BIGINT}), "
                "CAST(j.value->>0 AS ${BIGINT}), j.value->>1, j.value->>2, j.value->>3, 'sbom', 1, "
                "CAST(? AS ${TIMESTAMP}), CAST(? AS ${TIMESTAMP}) FROM ${ROWS} AS j"_s,
                {ciId, now, now}, tr("recording installed software"));
            qint64 done = 0;
            for (const Item *item : toCreate) {
                if (++done % kProgressEvery == 0 && cancelled(ImportProgress::Phase::Importing, done))
                    return fail(ImportTexts::cancelled(fileName));
                if (item->productId == 0)
                    return fail(ErrorKind::Internal,
                                tr("Product '%1' vanished while it was being added.").arg(item->product.key));
                rows.integer(item->productId).text(item->version).text(item->cpe23).text(item->purl).endRow();
                if (rows.pendingRows() >= 2000) {
                    if (auto flushed = rows.flush(); !flushed)
                        return flushed;
                }
            }
            if (auto flushed = rows.flush(); !flushed)
                return flushed;
        }
        for (const auto &[item, software] : toUpdate) {
            auto updated = m_db.execGuarded(
                u"UPDATE installed_software SET cpe23 = ?, purl = ?, updated_at = ?, row_version = "
                u"row_version + 1 "
                "WHERE id = ? AND row_version = ?"_s,
                {sqlText(item->cpe23), sqlText(item->purl), now, software->id, software->rowVersion},
                RecordRef {u"installed_software"_s, software->id, item->label, software->rowVersion});
            if (!updated)
                return updated;
        }
        QVariantList removeIds;
        for (const Installed *software : toRemove)
            removeIds << software->id;
        if (auto removed
            = selectIn(m_db, u"DELETE FROM installed_software WHERE ci_id = ? AND id IN (%1)"_s, {ciId},
                       removeIds, tr("removing software the SBOM no longer lists"), [](const QSqlQuery &) {});
            !removed)
            return removed;
        if (cancelled(ImportProgress::Phase::Importing, total))
            return fail(ImportTexts::cancelled(fileName));
        if (report.dryRun)
            return fail(ErrorKind::Cancelled, u"roll back"_s); // rolls the transaction back
        return {};
    });
    if (!status
        && !(reachedEnd && (report.dryRun || report.refused()) && status.error().kind == ErrorKind::Cancelled
             && status.error().message == u"roll back"))
        return fail(status.error());
    // A refused import wrote nothing before it stopped.
    report.committed = status.has_value() && !report.refused();
    return report;
}

} // namespace ChangeDesk
