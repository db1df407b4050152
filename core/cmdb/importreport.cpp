#include "importreport.h"

#include <QJsonArray>

#include <limits>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

Error ImportReport::refusal() const
{
    return {ErrorKind::InvalidInput,
            ImportTexts::tr("%1: %n record(s) rejected, so nothing was imported. Correct them, or import "
                            "with 'skip rejected' to import the others.",
                            nullptr, int(qMin<qint64>(rejected, std::numeric_limits<int>::max())))
                .arg(file)};
}

QString ImportReport::formatKey(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Auto:
        return u"auto"_s;
    case ImportFormat::Csv:
        return u"csv"_s;
    case ImportFormat::CsvRelations:
        return u"csv-relations"_s;
    case ImportFormat::CycloneDx:
        return u"cyclonedx"_s;
    case ImportFormat::Spdx:
        return u"spdx"_s;
    }
    return {};
}

std::optional<ImportFormat> ImportReport::formatFromKey(const QString &key)
{
    for (ImportFormat format : {ImportFormat::Auto, ImportFormat::Csv, ImportFormat::CsvRelations,
                                ImportFormat::CycloneDx, ImportFormat::Spdx}) {
        if (key.trimmed().compare(formatKey(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

QString ImportReport::outcomeKey(ImportOutcome outcome)
{
    switch (outcome) {
    case ImportOutcome::Created:
        return u"created"_s;
    case ImportOutcome::Updated:
        return u"updated"_s;
    case ImportOutcome::Unchanged:
        return u"unchanged"_s;
    case ImportOutcome::Removed:
        return u"removed"_s;
    case ImportOutcome::Rejected:
        return u"rejected"_s;
    }
    return {};
}

QString ImportReport::outcomeName(ImportOutcome outcome)
{
    switch (outcome) {
    case ImportOutcome::Created:
        return ImportTexts::tr("created");
    case ImportOutcome::Updated:
        return ImportTexts::tr("updated");
    case ImportOutcome::Unchanged:
        return ImportTexts::tr("unchanged");
    case ImportOutcome::Removed:
        return ImportTexts::tr("removed");
    case ImportOutcome::Rejected:
        return ImportTexts::tr("rejected");
    }
    return {};
}

QString ImportReport::summary() const
{
    const QString counts = ImportTexts::tr("Created %1, updated %2, unchanged %3, removed %4, rejected %5.")
                               .arg(created)
                               .arg(updated)
                               .arg(unchanged)
                               .arg(removed)
                               .arg(rejected);
    if (dryRun)
        return ImportTexts::tr("Dry run of %1, nothing was written: %2").arg(file, counts);
    if (refused())
        return ImportTexts::tr("%1 was not imported: %2").arg(file, counts);
    return ImportTexts::tr("Imported %1: %2").arg(file, counts);
}

QJsonObject ImportReport::toJson() const
{
    QJsonArray entryJson;
    for (const ImportEntry &e : entries) {
        QJsonObject o {{u"line"_s, e.line}, {u"key"_s, e.key}, {u"outcome"_s, outcomeKey(e.outcome)}};
        if (!e.message.isEmpty())
            o.insert(u"message"_s, e.message);
        entryJson.append(o);
    }
    QJsonArray warningJson;
    for (const ImportWarning &w : warnings)
        warningJson.append(QJsonObject {{u"line"_s, w.line}, {u"message"_s, w.message}});
    QJsonObject json {
        {u"file"_s, file},
        {u"format"_s, formatKey(format)},
        {u"dry_run"_s, dryRun},
        {u"skip_rejected"_s, skipRejected},
        {u"committed"_s, committed},
        {u"counts"_s,
         QJsonObject {{u"created"_s, created},
                      {u"updated"_s, updated},
                      {u"unchanged"_s, unchanged},
                      {u"removed"_s, removed},
                      {u"rejected"_s, rejected}}},
        {u"entries"_s, entryJson},
        {u"warnings"_s, warningJson},
    };
    if (!columns.isEmpty()) {
        QJsonArray mapping;
        for (qsizetype i = 0; i < columns.size(); ++i)
            mapping.append(QJsonObject {
                {u"column"_s, columns.at(i)},
                {u"field"_s,
                 fields.value(i).isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(fields.value(i))}});
        json.insert(u"mapping"_s, mapping);
        json.insert(u"encoding"_s, encoding);
        json.insert(u"delimiter"_s, QString(delimiter));
    }
    if (!ciName.isEmpty())
        json.insert(u"ci"_s, ciName);
    if (!subjectName.isEmpty())
        json.insert(u"subject"_s, subjectName);
    return json;
}

Error ImportTexts::cancelled(const QString &file)
{
    return {ErrorKind::Cancelled, tr("The import of %1 was cancelled; nothing was changed.").arg(file)};
}

} // namespace ChangeDesk
