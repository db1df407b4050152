#include "ciexport.h"

#include "cmdb/cifields.h"
#include "cmdb/cirepository.h"
#include "cmdb/csv.h"
#include "cmdb/groupexpression.h"
#include "people/peoplerepository.h"
#include "storage/database.h"

#include <QDir>
#include <QHash>
#include <QSaveFile>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {

QString timestamp(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    const QDateTime utc = when.toUTC();
    return utc.toString(utc.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate);
}

} // namespace

CiExporter::CiExporter(const Database &db)
    : m_db(db)
{ }

Result<qint64> CiExporter::exportToFile(const QString &path, const CiExportOptions &options) const
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorKind::Io, tr("%1 cannot be written: %2").arg(shown, file.errorString()));
    auto written = exportTo(file, options);
    if (!written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit())
        return fail(ErrorKind::Io, tr("%1 cannot be written: %2").arg(shown, file.errorString()));
    return written;
}

Result<qint64> CiExporter::exportTo(QIODevice &device, const CiExportOptions &options) const
{
    QString where;
    QVariantList params;
    if (!options.filter.trimmed().isEmpty()) {
        auto expression = GroupExpression::parse(options.filter);
        if (!expression)
            return fail(ErrorKind::InvalidInput,
                        tr("The filter is not valid: %1").arg(expression.error().message));
        const GroupExpression::SqlFilter filter = expression->toSql(m_db.dialect(), Clock::system());
        where = filter.where;
        params = filter.params;
    }
    auto items = CiRepository(m_db, {}).list(where, params);
    if (!items)
        return fail(items.error());
    QHash<qint64, QString> logins;
    QHash<qint64, QString> units;
    {
        const PeopleRepository people(m_db);
        auto persons = people.persons();
        if (!persons)
            return fail(persons.error());
        for (const Person &p : std::as_const(*persons))
            logins.insert(p.id, p.login);
        auto orgUnits = people.orgUnits();
        if (!orgUnits)
            return fail(orgUnits.error());
        for (const OrgUnit &u : std::as_const(*orgUnits))
            units.insert(u.id, u.code);
    }

    QSet<QString> roleSet;
    QSet<QString> attributeSet;
    for (const ConfigurationItem &ci : std::as_const(*items)) {
        for (const Responsibility &r : ci.responsibilities)
            roleSet.insert(r.role);
        for (auto it = ci.attributes.cbegin(); it != ci.attributes.cend(); ++it)
            attributeSet.insert(it.key());
    }
    QStringList roles(roleSet.cbegin(), roleSet.cend());
    QStringList attributes(attributeSet.cbegin(), attributeSet.cend());
    roles.sort();
    attributes.sort();

    CsvWriter writer(device);
    writer.setDelimiter(options.delimiter);
    writer.setByteOrderMark(options.byteOrderMark);
    QStringList header = CiFields::keys();
    for (const QString &role : std::as_const(roles))
        header << CiFields::responsiblePrefix() + role;
    for (const QString &attribute : std::as_const(attributes))
        header << CiFields::attributePrefix() + attribute;
    if (auto written = writer.writeRecord(header); !written)
        return fail(written.error());

    auto reference = [](const std::optional<qint64> &id, const QHash<qint64, QString> &names) {
        return id ? names.value(*id, QString::number(*id)) : QString();
    };
    for (const ConfigurationItem &ci : std::as_const(*items)) {
        QStringList record {
            ci.name,
            CmdbNames::key(ci.ciClass),
            ci.description,
            reference(ci.ownerId, logins),
            reference(ci.orgUnitId, units),
            ci.site,
            CmdbNames::key(ci.lifecycle),
            ci.platform,
            ci.platformVersion,
            ci.firmwareVersion,
            CmdbNames::key(ci.protection.confidentiality),
            CmdbNames::key(ci.protection.integrity),
            CmdbNames::key(ci.protection.availability),
            ci.mobile ? u"true"_s : u"false"_s,
            timestamp(ci.lastSeen),
            CmdbNames::key(ci.update.source),
            CmdbNames::key(ci.update.mode),
            CmdbNames::key(ci.update.reboot),
            ci.update.dataSentToVendor,
        };
        for (const QString &role : std::as_const(roles)) {
            QStringList people;
            for (const Responsibility &r : ci.responsibilities) {
                if (r.role == role)
                    people << logins.value(r.personId, QString::number(r.personId));
            }
            record << people.join(u", "_s);
        }
        for (const QString &attribute : std::as_const(attributes))
            record << ci.attributes.value(attribute);
        if (auto written = writer.writeRecord(record); !written)
            return fail(written.error());
    }
    if (auto finished = writer.finish(); !finished)
        return fail(finished.error());
    return qint64(items->size());
}

} // namespace ChangeDesk
