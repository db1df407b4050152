#include "cisummary.h"

#include "storage/database.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {

// Enum keys as they come from the database, looked up once per distinct text rather than
// parsed for every row.
template<typename Enum> class KeyCache
{
public:
    using Parser = std::optional<Enum> (*)(const QString &);
    KeyCache(Parser parser, Enum fallback)
        : m_parser(parser)
        , m_fallback(fallback)
    { }
    Enum operator()(const QString &key)
    {
        if (key == m_lastKey)
            return m_last;
        auto found = m_known.constFind(key);
        if (found == m_known.cend())
            found = m_known.insert(key, m_parser(key).value_or(m_fallback));
        m_lastKey = key;
        m_last = *found;
        return m_last;
    }

private:
    Parser m_parser;
    Enum m_fallback;
    QHash<QString, Enum> m_known;
    QString m_lastKey;
    Enum m_last {};
};

ProtectionLevel level(const QVariant &value)
{
    const int n = value.toInt();
    return n >= 1 && n <= 3 ? ProtectionLevel(n) : ProtectionLevel::Normal;
}

} // namespace

CiSummary CiSummary::of(const ConfigurationItem &ci)
{
    return {ci.id,        ci.name,          ci.ciClass,         ci.ownerId,         ci.orgUnitId,  ci.site,
            ci.lifecycle, ci.platform,      ci.platformVersion, ci.firmwareVersion, ci.protection, ci.mobile,
            ci.lastSeen,  ci.update.source, ci.attributes,      ci.rowVersion};
}

Result<QList<CiSummary>> CiSummaries::all(const Database &db)
{
    const Dialect &dialect = db.dialect();
    // The attributes first: they are few, and then each CI takes its own while it is read.
    QHash<qint64, QMap<QString, QString>> attributes;
    {
        auto rows = db.exec(u"SELECT ci_id, name, value FROM ci_attribute"_s, {}, tr("reading attributes"));
        if (!rows)
            return fail(rows.error());
        while (rows->next())
            attributes[rows->value(0).toLongLong()].insert(rows->value(1).toString(),
                                                           rows->value(2).toString());
    }
    auto rows
        = db.exec(u"SELECT id, name, ci_class, owner_id, org_unit_id, site, lifecycle, platform, "
                  "platform_version, firmware_version, confidentiality, integrity, availability, mobile, "
                  "last_seen, update_source, row_version FROM configuration_item"_s,
                  {}, tr("reading configuration items"));
    if (!rows)
        return fail(rows.error());
    QList<CiSummary> items;
    KeyCache<CiClass> classes(&CmdbNames::ciClass, CiClass::Other);
    KeyCache<Lifecycle> lifecycles(&CmdbNames::lifecycle, Lifecycle::InProduction);
    KeyCache<UpdateSource> sources(&CmdbNames::updateSource, UpdateSource::None);
    while (rows->next()) {
        CiSummary &ci = items.emplace_back();
        ci.id = rows->value(0).toLongLong();
        ci.name = rows->value(1).toString();
        ci.ciClass = classes(rows->value(2).toString());
        if (const QVariant owner = rows->value(3); !owner.isNull())
            ci.ownerId = owner.toLongLong();
        if (const QVariant unit = rows->value(4); !unit.isNull())
            ci.orgUnitId = unit.toLongLong();
        ci.site = rows->value(5).toString();
        ci.lifecycle = lifecycles(rows->value(6).toString());
        ci.platform = rows->value(7).toString();
        ci.platformVersion = rows->value(8).toString();
        ci.firmwareVersion = rows->value(9).toString();
        ci.protection = {level(rows->value(10)), level(rows->value(11)), level(rows->value(12))};
        ci.mobile = rows->value(13).toBool();
        ci.lastSeen = dialect.dateTimeFromDb(rows->value(14));
        ci.updateSource = sources(rows->value(15).toString());
        ci.rowVersion = rows->value(16).toInt();
        if (!attributes.isEmpty())
            ci.attributes = attributes.take(ci.id);
    }
    return items;
}

Result<QSet<qint64>> CiSummaries::idsWhere(const Database &db, const QString &where,
                                           const QVariantList &params)
{
    auto rows = db.exec(u"SELECT ci.id FROM configuration_item ci WHERE %1"_s.arg(where), params,
                        tr("finding the matching configuration items"));
    if (!rows)
        return fail(rows.error());
    QSet<qint64> ids;
    while (rows->next())
        ids.insert(rows->value(0).toLongLong());
    return ids;
}

} // namespace ChangeDesk
