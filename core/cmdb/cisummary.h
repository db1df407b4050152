#pragma once

#include "cmdb/ci.h"
#include "common/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QSet>
#include <QVariantList>

#include <optional>

namespace ChangeDesk {

class Database;

// What a table of configuration items shows of each: the columns people scan, sort and filter
// by, the custom attributes and the row version. Everything else (description, responsibilities,
// update mode, …) is read with CiRepository::byId when one CI is opened.
struct CiSummary {
    qint64 id = 0;
    QString name;
    CiClass ciClass = CiClass::Other;
    std::optional<qint64> ownerId;
    std::optional<qint64> orgUnitId;
    QString site;
    Lifecycle lifecycle = Lifecycle::InProduction;
    QString platform;
    QString platformVersion;
    QString firmwareVersion;
    Protection protection;
    bool mobile = false;
    QDateTime lastSeen; // UTC
    UpdateSource updateSource = UpdateSource::None;
    QMap<QString, QString> attributes;
    int rowVersion = 0;

    static CiSummary of(const ConfigurationItem &ci);
    bool operator==(const CiSummary &) const = default;
};

// Reads summaries of every CI quickly: one statement for the CIs and one for their attributes
// (100,000 CIs in a few hundred milliseconds on SQLite), and which CIs match a condition.
class CiSummaries
{
    Q_DECLARE_TR_FUNCTIONS(CiSummaries)

public:
    // Every CI, in no particular order.
    static Result<QList<CiSummary>> all(const Database &db);
    // The ids of the CIs matching an SQL condition over alias `ci` (GroupExpression::toSql).
    static Result<QSet<qint64>> idsWhere(const Database &db, const QString &where,
                                         const QVariantList &params = {});
};

} // namespace ChangeDesk
