#pragma once

#include "cmdb/ci.h"

#include <QHash>
#include <QJsonObject>

namespace ChangeDesk {

// CIs as JSON with stable keys (changedeskctl --json, exports). Owners, responsible people and
// units appear by login and code when the lookup knows them, else by id.
struct CiJsonLookup {
    QHash<qint64, QString> loginById;
    QHash<qint64, QString> unitCodeById;
};

QJsonObject ciToJson(const ConfigurationItem &ci, const CiJsonLookup &lookup);

} // namespace ChangeDesk
