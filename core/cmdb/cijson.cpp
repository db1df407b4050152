#include "cijson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {
QJsonValue reference(const std::optional<qint64> &id, const QHash<qint64, QString> &names)
{
    if (!id)
        return QJsonValue::Null;
    const auto it = names.constFind(*id);
    return it != names.cend() ? QJsonValue(*it) : QJsonValue(*id);
}
} // namespace

QJsonObject ciToJson(const ConfigurationItem &ci, const CiJsonLookup &lookup)
{
    QJsonObject attributes;
    for (auto it = ci.attributes.cbegin(); it != ci.attributes.cend(); ++it)
        attributes.insert(it.key(), it.value());
    QJsonArray responsibilities;
    for (const Responsibility &r : ci.responsibilities)
        responsibilities.append(QJsonObject{{u"role"_s, r.role}, {u"person"_s, reference(r.personId, lookup.loginById)}});
    return QJsonObject{
        {u"id"_s, ci.id},
        {u"name"_s, ci.name},
        {u"class"_s, CmdbNames::key(ci.ciClass)},
        {u"description"_s, ci.description},
        {u"owner"_s, reference(ci.ownerId, lookup.loginById)},
        {u"unit"_s, reference(ci.orgUnitId, lookup.unitCodeById)},
        {u"responsibilities"_s, responsibilities},
        {u"site"_s, ci.site},
        {u"lifecycle"_s, CmdbNames::key(ci.lifecycle)},
        {u"platform"_s, ci.platform},
        {u"platform_version"_s, ci.platformVersion},
        {u"firmware"_s, ci.firmwareVersion},
        {u"confidentiality"_s, CmdbNames::key(ci.protection.confidentiality)},
        {u"integrity"_s, CmdbNames::key(ci.protection.integrity)},
        {u"availability"_s, CmdbNames::key(ci.protection.availability)},
        {u"mobile"_s, ci.mobile},
        {u"last_seen"_s, ci.lastSeen.isValid() ? QJsonValue(ci.lastSeen.toUTC().toString(Qt::ISODate)) : QJsonValue::Null},
        {u"update"_s, QJsonObject{{u"source"_s, CmdbNames::key(ci.update.source)},
                                  {u"mode"_s, CmdbNames::key(ci.update.mode)},
                                  {u"reboot"_s, CmdbNames::key(ci.update.reboot)},
                                  {u"data_sent_to_vendor"_s, ci.update.dataSentToVendor}}},
        {u"attributes"_s, attributes},
        {u"row_version"_s, ci.rowVersion},
    };
}

} // namespace ChangeDesk
