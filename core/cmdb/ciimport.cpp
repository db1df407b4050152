#include "ciimport.h"

#include "cmdb/bulkinsert.h"
#include "cmdb/cifields.h"
#include "cmdb/cirepository.h"
#include "cmdb/sbom.h"
#include "people/peoplerepository.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>
#include <vector>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {

enum class FileKind { Cis, Relations };

// How often (in records) an import reports progress and looks for a cancel.
constexpr qint64 kProgressEvery = 512;

QString displayPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// "file.csv: line 3: message"
QString atLine(const QString &file, qint64 line, const QString &message)
{
    return CiImporter::tr("%1: line %2: %3").arg(file).arg(line).arg(message);
}

QString quotedList(const QStringList &items)
{
    QStringList quoted;
    for (const QString &item : items)
        quoted << u"'%1'"_s.arg(item);
    return quoted.join(u", "_s);
}

// ---- Reading the file ---------------------------------------------------------------------------

struct FileLayout {
    CsvEncoding encoding = CsvEncoding::Utf8;
    QChar delimiter = u',';
    QStringList header;
    qint64 headerLine = 1;
    QStringList fields; // per column
    QList<ImportWarning> warnings;
    qint64 records = 0; // as the check counted them
};

QString fieldFor(FileKind kind, const QString &text)
{
    if (kind == FileKind::Relations) {
        if (CiFields::relationKeys().contains(text))
            return text;
        return CiFields::relationFieldForHeader(text);
    }
    if (CiFields::isField(text))
        return text;
    return CiFields::fieldForHeader(text);
}

// The field of every column: automatic, then the explicit mapping over it; InvalidInput naming
// the file and the header line for a mapping that cannot work.
Result<FileLayout> resolveMapping(FileLayout layout, const CsvImportOptions &options, FileKind kind,
                                  const QString &file)
{
    const QStringList &header = layout.header;
    QStringList fields;
    for (const QString &column : header)
        fields << (kind == FileKind::Cis ? CiFields::fieldForHeader(column)
                                         : CiFields::relationFieldForHeader(column));

    for (const auto &[columnText, fieldText] : options.mapping) {
        QList<qsizetype> columns;
        bool isNumber = false;
        const int number = columnText.startsWith(u'#') ? columnText.mid(1).toInt(&isNumber) : 0;
        if (isNumber) {
            if (number < 1 || number > header.size())
                return fail(ErrorKind::InvalidInput,
                            CiImporter::tr("%1: the mapping names column %2, but the file has %n column(s)",
                                           nullptr, int(header.size()))
                                .arg(file, columnText));
            columns << number - 1;
        } else {
            const QString wanted = CiFields::normalizeHeader(columnText);
            for (qsizetype i = 0; i < header.size(); ++i) {
                if (header.at(i) == columnText || CiFields::normalizeHeader(header.at(i)) == wanted)
                    columns << i;
            }
            if (columns.isEmpty())
                return fail(ErrorKind::InvalidInput,
                            CiImporter::tr("%1: the mapping names the column '%2', which the "
                                           "file does not have; its columns are %3")
                                .arg(file, columnText, quotedList(header)));
        }
        QString field;
        const QString trimmedField = fieldText.trimmed();
        if (!trimmedField.isEmpty() && trimmedField != u"-") {
            field = fieldFor(kind, trimmedField);
            if (field.isEmpty()) {
                const QStringList known = kind == FileKind::Cis
                    ? CiFields::keys() + QStringList {u"responsible.ROLE"_s, u"attr.NAME"_s}
                    : CiFields::relationKeys();
                return fail(
                    ErrorKind::InvalidInput,
                    CiImporter::tr("%1: '%2' is not a field to map a column to; use one of %3, or '-' to "
                                   "ignore the column")
                        .arg(file, fieldText, known.join(u", "_s)));
            }
        }
        for (qsizetype column : std::as_const(columns))
            fields[column] = field;
    }

    // Every field at most once.
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (fields.at(i).isEmpty())
            continue;
        if (auto it = seen.constFind(fields.at(i)); it != seen.cend())
            return fail(
                ErrorKind::InvalidInput,
                atLine(file, layout.headerLine,
                       CiImporter::tr("the columns '%1' and '%2' both map to the field '%3'; map one of "
                                      "them to another field or ignore it")
                           .arg(header.at(*it), header.at(i), fields.at(i))));
        seen.insert(fields.at(i), i);
    }
    const QStringList required = kind == FileKind::Cis ? QStringList {u"name"_s} : CiFields::relationKeys();
    QStringList missing;
    for (const QString &key : required) {
        if (!seen.contains(key))
            missing << key;
    }
    if (!missing.isEmpty()) {
        const QString message = kind == FileKind::Cis
            ? CiImporter::tr("no column holds the name of the configuration item, which is the key of the "
                             "import; name a column 'name' (or map one to it). The columns are %1")
                  .arg(quotedList(header))
            : CiImporter::tr("a relation file needs the columns source, type and target; missing: %1. The "
                             "columns are %2")
                  .arg(missing.join(u", "_s), quotedList(header));
        return fail(ErrorKind::InvalidInput, atLine(file, layout.headerLine, message));
    }
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (fields.at(i).isEmpty())
            layout.warnings.append(
                {layout.headerLine,
                 CiImporter::tr("column '%1' is not imported: it names no field").arg(header.at(i))});
    }
    layout.fields = fields;
    return layout;
}

void configure(CsvReader &reader, const CsvImportOptions &options, const QString &file)
{
    reader.setSourceName(file);
    if (options.encoding)
        reader.setEncoding(*options.encoding);
    if (options.delimiter)
        reader.setDelimiter(*options.delimiter);
}

Result<std::unique_ptr<QFile>> openFile(const QString &path)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->exists())
        return fail(ErrorKind::NotFound, CiImporter::tr("%1 does not exist.").arg(displayPath(path)));
    if (!file->open(QIODevice::ReadOnly))
        return fail(ErrorKind::Io,
                    CiImporter::tr("%1 cannot be read: %2").arg(displayPath(path), file->errorString()));
    return file;
}

// Stops a read after what it needed (never reaches the caller).
Error stopReading()
{
    return {ErrorKind::Cancelled, {}};
}

// The first pass: the whole file for errors of the file itself, with progress. Nothing in it
// touches the database.
Result<FileLayout> checkFile(QFile &device, const CsvImportOptions &options, FileKind kind,
                             const QString &file)
{
    CsvReader reader;
    configure(reader, options, file);
    reader.setFieldsWanted(false); // the form of the file only; the second pass reads the values
    const qint64 total = device.size();
    std::optional<Error> mappingError;
    std::optional<FileLayout> layout;
    auto resolve = [&]() -> Status {
        FileLayout found;
        found.encoding = reader.encoding();
        found.delimiter = reader.delimiter();
        found.header = reader.header();
        found.headerLine = reader.headerLine();
        auto resolved = resolveMapping(found, options, kind, file);
        if (!resolved)
            return fail(resolved.error());
        layout = std::move(*resolved);
        return {};
    };
    // A mapping that cannot work stops the check, but only after the first records: a binary
    // file or a wrong encoding is the more useful message.
    constexpr qint64 kRecordsBeforeMappingError = 100;
    auto status = reader.read(device, [&](const CsvRecord &) -> Status {
        if (!layout && !mappingError) {
            if (auto resolved = resolve(); !resolved)
                mappingError = resolved.error();
        }
        if (mappingError && reader.recordsRead() >= kRecordsBeforeMappingError)
            return fail(*mappingError);
        if (options.progress && reader.recordsRead() % kProgressEvery == 0
            && !options.progress({ImportProgress::Phase::Checking, reader.bytesRead(), total}))
            return fail(ImportTexts::cancelled(file));
        return {};
    });
    if (!status)
        return fail(status.error());
    if (mappingError)
        return fail(*mappingError);
    if (!layout) {
        if (auto resolved = resolve(); !resolved)
            return fail(resolved.error());
    }
    // What the whole file turned out to be (a file that starts with ASCII may be Windows-1252).
    layout->encoding = reader.encoding();
    layout->records = reader.recordsRead();
    if (options.progress && !options.progress({ImportProgress::Phase::Checking, total, total}))
        return fail(ImportTexts::cancelled(file));
    return *layout;
}

// The second pass, with the encoding and delimiter the first found.
Status readRecords(QFile &device, const FileLayout &layout, const CsvImportOptions &options,
                   const QString &file, const std::function<Status(const CsvRecord &)> &onRecord)
{
    if (!device.seek(0))
        return fail(ErrorKind::Io, CiImporter::tr("%1 cannot be read: %2").arg(file, device.errorString()));
    CsvReader reader;
    reader.setSourceName(file);
    reader.setEncoding(layout.encoding);
    reader.setDelimiter(layout.delimiter);
    const qint64 total = device.size();
    auto status = reader.read(device, [&](const CsvRecord &record) -> Status {
        if (options.progress && reader.recordsRead() % kProgressEvery == 0
            && !options.progress({ImportProgress::Phase::Importing, reader.bytesRead(), total}))
            return fail(ImportTexts::cancelled(file));
        if (record.isBlank())
            return {};
        return onRecord(record);
    });
    if (!status)
        return status;
    if (reader.header() != layout.header)
        return fail(ErrorKind::Io,
                    CiImporter::tr("%1 changed while it was being imported; nothing was changed. "
                                   "Import it again.")
                        .arg(file));
    if (options.progress && !options.progress({ImportProgress::Phase::Importing, total, total}))
        return fail(ImportTexts::cancelled(file));
    return {};
}

ImportReport startReport(const QString &file, ImportFormat format, const CsvImportOptions &options,
                         const FileLayout &layout)
{
    ImportReport report;
    report.file = file;
    report.format = format;
    report.dryRun = options.dryRun;
    report.skipRejected = options.skipRejected;
    report.encoding = CsvReader::encodingName(layout.encoding);
    report.delimiter = layout.delimiter;
    report.columns = layout.header;
    report.fields = layout.fields;
    report.warnings = layout.warnings;
    report.entries.reserve(qsizetype(layout.records));
    return report;
}

// Runs `work` in one transaction that is kept only when it is no dry run and nothing refused it.
Result<ImportReport> inTransaction(const Database &db, ImportReport &report,
                                   const std::function<Status()> &work)
{
    bool reachedEnd = false;
    auto status = db.write([&]() -> Status {
        if (auto done = work(); !done)
            return done;
        reachedEnd = true;
        if (report.dryRun || report.refused())
            return fail(ErrorKind::Cancelled, u"roll back"_s); // rolls the transaction back
        return {};
    });
    if (!status && !(reachedEnd && (report.dryRun || report.refused())))
        return fail(status.error());
    report.committed = !report.dryRun && !report.refused();
    return report;
}

// ---- Values -----------------------------------------------------------------------------------

QString normalized(const QString &text)
{
    return CiFields::normalizeHeader(text);
}

template<typename Enum> struct Choices {
    QHash<QString, Enum> byText;
    QStringList keys;

    std::optional<Enum> find(const QString &text) const
    {
        // Most files hold the keys themselves: found without building the normalised text.
        if (auto it = byText.constFind(text); it != byText.cend())
            return *it;
        if (auto it = byText.constFind(normalized(text)); it != byText.cend())
            return *it;
        return std::nullopt;
    }
};

template<typename Enum> Choices<Enum> choicesOf(std::initializer_list<Enum> values)
{
    Choices<Enum> choices;
    for (Enum value : values) {
        choices.keys << CmdbNames::key(value);
        choices.byText.insert(CmdbNames::key(value), value);
        choices.byText.insert(normalized(CmdbNames::key(value)), value);
        choices.byText.insert(normalized(CmdbNames::display(value)), value);
    }
    return choices;
}

// Everything a record's values are looked up in, built once per import.
struct Vocabulary {
    Choices<CiClass> classes = choicesOf(
        {CiClass::Server, CiClass::Client, CiClass::Laptop, CiClass::Smartphone, CiClass::VirtualMachine,
         CiClass::Router, CiClass::Switch, CiClass::Firewall, CiClass::Printer, CiClass::Application,
         CiClass::Service, CiClass::Database, CiClass::Other});
    Choices<Lifecycle> lifecycles = choicesOf({Lifecycle::Planned, Lifecycle::InTest, Lifecycle::InProduction,
                                               Lifecycle::InMaintenance, Lifecycle::Retired});
    Choices<ProtectionLevel> levels = [] {
        auto c = choicesOf({ProtectionLevel::Normal, ProtectionLevel::High, ProtectionLevel::VeryHigh});
        c.byText.insert(u"1"_s, ProtectionLevel::Normal);
        c.byText.insert(u"2"_s, ProtectionLevel::High);
        c.byText.insert(u"3"_s, ProtectionLevel::VeryHigh);
        return c;
    }();
    Choices<UpdateSource> sources = choicesOf(
        {UpdateSource::None, UpdateSource::Vendor, UpdateSource::InternalServer, UpdateSource::Parallel});
    Choices<UpdateMode> modes = choicesOf({UpdateMode::DownloadOnly, UpdateMode::AutoInstall});
    Choices<RebootHandling> reboots = choicesOf({RebootHandling::NotNeeded, RebootHandling::Manual,
                                                 RebootHandling::Automatic, RebootHandling::Scheduled});
    Choices<RelationType> relationTypes
        = choicesOf({RelationType::RunsOn, RelationType::DependsOn, RelationType::ConnectedTo,
                     RelationType::PartOf, RelationType::LocatedAt});
    Choices<bool> booleans = [] {
        Choices<bool> c;
        // English, German and Dutch words, and what Excel shows for TRUE/FALSE in de and nl.
        for (const char16_t *yes : {u"yes", u"true", u"1", u"y", u"ja", u"j", u"wahr", u"waar"})
            c.byText.insert(QString::fromUtf16(yes), true);
        for (const char16_t *no : {u"no", u"false", u"0", u"n", u"nein", u"nee", u"falsch", u"onwaar"})
            c.byText.insert(QString::fromUtf16(no), false);
        c.byText.insert(normalized(CiImporter::tr("yes")), true);
        c.byText.insert(normalized(CiImporter::tr("no")), false);
        c.keys = QStringList {u"yes"_s, u"no"_s};
        return c;
    }();

    QHash<QString, qint64> personByLogin;
    QHash<QString, QList<qint64>> personByLowerLogin;
    QHash<QString, qint64> unitByCode;
    QHash<QString, QList<qint64>> unitByLowerText; // lower-case code or name

    std::optional<qint64> person(const QString &login) const
    {
        if (auto it = personByLogin.constFind(login); it != personByLogin.cend())
            return *it;
        if (auto it = personByLowerLogin.constFind(login.toLower());
            it != personByLowerLogin.cend() && it->size() == 1)
            return it->constFirst();
        return std::nullopt;
    }
    std::optional<qint64> unit(const QString &text) const
    {
        if (auto it = unitByCode.constFind(text); it != unitByCode.cend())
            return *it;
        if (auto it = unitByLowerText.constFind(text.toLower());
            it != unitByLowerText.cend() && it->size() == 1)
            return it->constFirst();
        return std::nullopt;
    }
};

Status loadPeople(const Database &db, Vocabulary &vocabulary)
{
    const PeopleRepository people(db);
    auto persons = people.persons();
    if (!persons)
        return fail(persons.error());
    for (const Person &p : std::as_const(*persons)) {
        vocabulary.personByLogin.insert(p.login, p.id);
        vocabulary.personByLowerLogin[p.login.toLower()].append(p.id);
    }
    auto units = people.orgUnits();
    if (!units)
        return fail(units.error());
    for (const OrgUnit &u : std::as_const(*units)) {
        vocabulary.unitByCode.insert(u.code, u.id);
        auto &byCode = vocabulary.unitByLowerText[u.code.toLower()];
        if (!byCode.contains(u.id))
            byCode.append(u.id);
        auto &byName = vocabulary.unitByLowerText[u.name.toLower()];
        if (!byName.contains(u.id))
            byName.append(u.id);
    }
    return {};
}

// last_seen: ISO 8601 (a zone as written, else local time) or the forms Excel writes in de and nl.
std::optional<QDateTime> parseDateTime(const QString &text)
{
    // What exports write, read fast: 2025-06-30T14:05:00Z and 2025-06-30T14:05:00.250Z.
    if ((text.size() == 20 || (text.size() == 24 && text[19] == u'.')) && text.back() == u'Z'
        && text[4] == u'-' && text[7] == u'-' && text[10] == u'T' && text[13] == u':' && text[16] == u':') {
        auto number = [&](qsizetype from, qsizetype length) {
            int result = 0;
            for (qsizetype i = from; i < from + length; ++i) {
                const char16_t c = text[i].unicode();
                if (c < u'0' || c > u'9')
                    return -1;
                result = result * 10 + (c - u'0');
            }
            return result;
        };
        const QDate date(number(0, 4), number(5, 2), number(8, 2));
        const int hour = number(11, 2), minute = number(14, 2), second = number(17, 2);
        const int ms = text.size() == 24 ? number(20, 3) : 0;
        if (date.isValid() && QTime::isValid(hour, minute, second, ms))
            return QDateTime(date, QTime(hour, minute, second, ms), QTimeZone::UTC);
    }
    for (Qt::DateFormat format : {Qt::ISODateWithMs, Qt::ISODate}) {
        QDateTime parsed = QDateTime::fromString(text, format);
        if (parsed.isValid())
            return parsed.toUTC();
    }
    static const QStringList formats {
        u"yyyy-MM-dd H:mm:ss"_s, u"yyyy-MM-dd H:mm"_s,  u"d.M.yyyy H:mm:ss"_s, u"d.M.yyyy H:mm"_s,
        u"d.M.yyyy"_s,           u"d-M-yyyy H:mm:ss"_s, u"d-M-yyyy H:mm"_s,    u"d-M-yyyy"_s,
    };
    for (const QString &format : formats) {
        QDateTime parsed = QDateTime::fromString(text, format);
        if (parsed.isValid())
            return parsed.toUTC();
    }
    return std::nullopt;
}

// ---- CIs --------------------------------------------------------------------------------------

enum class Field {
    Name,
    Class,
    Description,
    Owner,
    OrgUnit,
    Site,
    Lifecycle,
    Platform,
    PlatformVersion,
    FirmwareVersion,
    Confidentiality,
    Integrity,
    Availability,
    Mobile,
    LastSeen,
    UpdateSource,
    UpdateMode,
    Reboot,
    DataSent,
    Responsible,
    Attribute,
};

struct Column {
    qsizetype index = 0;
    Field field = Field::Name;
    QString key; // the field key
    QString sub; // role or attribute name
    QString header; // as the file has it, for messages
};

Field fieldOfKey(const QString &key)
{
    if (key.startsWith(CiFields::responsiblePrefix()))
        return Field::Responsible;
    if (key.startsWith(CiFields::attributePrefix()))
        return Field::Attribute;
    return Field(CiFields::keys().indexOf(key));
}

QList<Column> columnsOf(const FileLayout &layout)
{
    QList<Column> columns;
    for (qsizetype i = 0; i < layout.fields.size(); ++i) {
        const QString &key = layout.fields.at(i);
        if (key.isEmpty())
            continue;
        Column column {i, fieldOfKey(key), key, {}, layout.header.at(i)};
        if (column.field == Field::Responsible)
            column.sub = key.mid(CiFields::responsiblePrefix().size());
        else if (column.field == Field::Attribute)
            column.sub = key.mid(CiFields::attributePrefix().size());
        columns << column;
    }
    return columns;
}

bool responsibilityLess(const Responsibility &a, const Responsibility &b)
{
    return std::tie(a.role, a.personId) < std::tie(b.role, b.personId);
}

// Every stored field of two CIs (responsibilities in the order loadDetails reads them).
bool sameCi(const ConfigurationItem &a, const ConfigurationItem &b)
{
    return a.name == b.name && a.ciClass == b.ciClass && a.description == b.description
        && a.ownerId == b.ownerId && a.orgUnitId == b.orgUnitId && a.site == b.site
        && a.lifecycle == b.lifecycle && a.platform == b.platform && a.platformVersion == b.platformVersion
        && a.firmwareVersion == b.firmwareVersion && a.protection == b.protection && a.mobile == b.mobile
        && a.lastSeen == b.lastSeen && a.update == b.update && a.attributes == b.attributes
        && a.responsibilities == b.responsibilities;
}

// Fills `ci` from the mapped columns of `record`; the problems, one per column, when a value
// does not fit. `isNew` decides what an empty enum cell means.
QStringList applyRecord(ConfigurationItem &ci, const CsvRecord &record, const QList<Column> &columns,
                        const Vocabulary &vocabulary, bool isNew)
{
    QStringList problems;
    auto notOneOf = [&](const Column &c, const QString &value, const QStringList &keys) {
        problems << CiImporter::tr("column '%1' (%2): '%3' is not one of %4")
                        .arg(c.header, c.key, value, keys.join(u", "_s));
    };
    auto choose = [&]<typename Enum>(const Column &c, const QString &raw, const Choices<Enum> &choices,
                                     Enum &target, Enum fallback) {
        const QString value = raw.trimmed();
        if (value.isEmpty()) {
            if (isNew)
                target = fallback;
            return;
        }
        if (auto found = choices.find(value))
            target = *found;
        else
            notOneOf(c, value, choices.keys);
    };
    const ConfigurationItem defaults;
    for (const Column &c : columns) {
        const QString &raw = record.fields.at(c.index);
        switch (c.field) {
        case Field::Name:
            break; // the key, set by the caller
        case Field::Class:
            choose(c, raw, vocabulary.classes, ci.ciClass, defaults.ciClass);
            break;
        case Field::Description:
            ci.description = raw;
            break;
        case Field::Owner: {
            const QString login = raw.trimmed();
            if (login.isEmpty()) {
                ci.ownerId.reset();
            } else if (auto id = vocabulary.person(login)) {
                ci.ownerId = *id;
            } else {
                problems << CiImporter::tr("column '%1' (%2): no person has the login '%3'")
                                .arg(c.header, c.key, login);
            }
            break;
        }
        case Field::OrgUnit: {
            const QString unit = raw.trimmed();
            if (unit.isEmpty()) {
                ci.orgUnitId.reset();
            } else if (auto id = vocabulary.unit(unit)) {
                ci.orgUnitId = *id;
            } else {
                problems << CiImporter::tr(
                                "column '%1' (%2): no organizational unit has the code or name '%3'")
                                .arg(c.header, c.key, unit);
            }
            break;
        }
        case Field::Site:
            ci.site = raw.trimmed();
            break;
        case Field::Lifecycle:
            choose(c, raw, vocabulary.lifecycles, ci.lifecycle, defaults.lifecycle);
            break;
        case Field::Platform:
            ci.platform = raw.trimmed();
            break;
        case Field::PlatformVersion:
            ci.platformVersion = raw.trimmed();
            break;
        case Field::FirmwareVersion:
            ci.firmwareVersion = raw.trimmed();
            break;
        case Field::Confidentiality:
            choose(c, raw, vocabulary.levels, ci.protection.confidentiality,
                   defaults.protection.confidentiality);
            break;
        case Field::Integrity:
            choose(c, raw, vocabulary.levels, ci.protection.integrity, defaults.protection.integrity);
            break;
        case Field::Availability:
            choose(c, raw, vocabulary.levels, ci.protection.availability, defaults.protection.availability);
            break;
        case Field::Mobile: {
            const QString value = raw.trimmed();
            if (value.isEmpty()) {
                if (isNew)
                    ci.mobile = defaults.mobile;
            } else if (auto found = vocabulary.booleans.find(value)) {
                ci.mobile = *found;
            } else {
                problems << CiImporter::tr("column '%1' (%2): '%3' is neither yes nor no")
                                .arg(c.header, c.key, value);
            }
            break;
        }
        case Field::LastSeen: {
            const QString value = raw.trimmed();
            if (value.isEmpty()) {
                ci.lastSeen = {};
            } else if (auto when = parseDateTime(value)) {
                ci.lastSeen = *when;
            } else {
                problems << CiImporter::tr("column '%1' (%2): '%3' is not a date and time; write it as "
                                           "2025-06-30T14:05:00Z or 30.06.2025 14:05")
                                .arg(c.header, c.key, value);
            }
            break;
        }
        case Field::UpdateSource:
            choose(c, raw, vocabulary.sources, ci.update.source, defaults.update.source);
            break;
        case Field::UpdateMode:
            choose(c, raw, vocabulary.modes, ci.update.mode, defaults.update.mode);
            break;
        case Field::Reboot:
            choose(c, raw, vocabulary.reboots, ci.update.reboot, defaults.update.reboot);
            break;
        case Field::DataSent:
            ci.update.dataSentToVendor = raw;
            break;
        case Field::Responsible: {
            ci.responsibilities.removeIf([&](const Responsibility &r) { return r.role == c.sub; });
            const QStringList logins = raw.split(QRegularExpression(u"[,;]"_s), Qt::SkipEmptyParts);
            for (const QString &part : logins) {
                const QString login = part.trimmed();
                if (login.isEmpty())
                    continue;
                if (auto id = vocabulary.person(login)) {
                    const Responsibility r {c.sub, *id};
                    if (!ci.responsibilities.contains(r))
                        ci.responsibilities.append(r);
                } else {
                    problems << CiImporter::tr("column '%1' (%2): no person has the login '%3'")
                                    .arg(c.header, c.key, login);
                }
            }
            break;
        }
        case Field::Attribute:
            if (raw.isEmpty())
                ci.attributes.remove(c.sub);
            else
                ci.attributes.insert(c.sub, raw);
            break;
        }
    }
    std::sort(ci.responsibilities.begin(), ci.responsibilities.end(), responsibilityLess);
    return problems;
}

// The fields that differ, as CiFields keys in the order of CiFields::keys(), then roles and
// attributes (the history names some fields differently).
using Differences = QList<std::array<QString, 3>>;

QString changedFields(const Differences &differences)
{
    static const QHash<QString, QString> historyToField {{u"unit"_s, u"org_unit"_s},
                                                         {u"firmware"_s, u"firmware_version"_s},
                                                         {u"update_data_sent"_s, u"data_sent_to_vendor"_s}};
    QStringList fields;
    for (const auto &difference : differences)
        fields << historyToField.value(difference[0], difference[0]);
    const QStringList &order = CiFields::keys();
    std::stable_sort(fields.begin(), fields.end(), [&](const QString &a, const QString &b) {
        const qsizetype ia = order.contains(a) ? order.indexOf(a) : order.size();
        const qsizetype ib = order.contains(b) ? order.indexOf(b) : order.size();
        return ia < ib;
    });
    return fields.join(u", "_s);
}

// The SQL type a column of configuration_item is cast to from JSON text.
QString castFor(const QString &column)
{
    static const QHash<QString, QString> types {
        {u"owner_id"_s, u"${BIGINT}"_s},      {u"org_unit_id"_s, u"${BIGINT}"_s},
        {u"confidentiality"_s, u"INTEGER"_s}, {u"integrity"_s, u"INTEGER"_s},
        {u"availability"_s, u"INTEGER"_s},    {u"mobile"_s, u"${BOOL}"_s},
        {u"last_seen"_s, u"${TIMESTAMP}"_s},
    };
    return types.value(column, u"TEXT"_s);
}

// Writes what the CI import decided, in bulk (BulkInsert): a few set-based statements per
// thousand CIs. Details and history find new CIs by name, so no ids travel back; each batch
// writes new CIs, then changed ones, then their details, then the history.
class CiWriter
{
public:
    CiWriter(const Database &db, const QString &actor, const QDateTime &now)
        : m_db(db)
        , m_cis(db, insertCis(), {BulkInsert::timestamp(now), BulkInsert::timestamp(now)},
                CiImporter::tr("adding configuration items"))
        , m_updates(db, updateCis(), {BulkInsert::timestamp(now)},
                    CiImporter::tr("updating configuration items"))
        , m_clearAttributes(db,
                            u"DELETE FROM ci_attribute WHERE ci_id IN (SELECT CAST(j.value->>0 AS ${BIGINT}) "
                            "FROM ${ROWS} AS j)"_s,
                            {}, CiImporter::tr("saving attributes"))
        , m_clearResponsibilities(db,
                                  u"DELETE FROM ci_responsibility WHERE ci_id IN (SELECT CAST(j.value->>0 AS "
                                  "${BIGINT}) FROM ${ROWS} AS j)"_s,
                                  {}, CiImporter::tr("saving responsibilities"))
        , m_attributes(
              db,
              u"INSERT INTO ci_attribute (ci_id, name, value) SELECT (SELECT id FROM configuration_item "
              "WHERE name = j.value->>0), j.value->>1, j.value->>2 FROM ${ROWS} AS j"_s,
              {}, CiImporter::tr("saving attributes"))
        , m_responsibilities(db,
                             u"INSERT INTO ci_responsibility (ci_id, role, person_id) SELECT (SELECT id FROM "
                             "configuration_item WHERE name = j.value->>0), j.value->>1, CAST(j.value->>2 AS "
                             "${BIGINT}) FROM ${ROWS} AS j"_s,
                             {}, CiImporter::tr("saving responsibilities"))
        , m_changes(
              db,
              u"INSERT INTO ci_history (ci_id, ci_name, changed_at, changed_by, action, field, old_value, "
              "new_value) SELECT CAST(j.value->>0 AS ${BIGINT}), j.value->>1, CAST(? AS ${TIMESTAMP}), "
              "CAST(? AS TEXT), 'updated', j.value->>2, j.value->>3, j.value->>4 FROM ${ROWS} AS j"_s,
              {BulkInsert::timestamp(now), actor}, CiImporter::tr("recording the history"))
    {
        // The history of the new CIs, from the same rows (the name is field 0).
        m_cis.also(
            u"INSERT INTO ci_history (ci_id, ci_name, changed_at, changed_by, action) SELECT (SELECT id "
            "FROM configuration_item WHERE name = j.value->>0), j.value->>0, CAST(? AS ${TIMESTAMP}), "
            "CAST(? AS TEXT), 'created' FROM ${ROWS} AS j"_s,
            {BulkInsert::timestamp(now), actor});
    }

    Status create(const ConfigurationItem &ci)
    {
        writeColumns(m_cis, ci);
        m_cis.endRow();
        addDetails(ci);
        return flushWhenFull();
    }

    // Guarded by the row version read at the start of the import, as CiRepository::update is.
    Status update(const ConfigurationItem &before, const ConfigurationItem &after,
                  const Differences &differences)
    {
        m_updates.integer(before.id);
        writeColumns(m_updates, after);
        m_updates.integer(before.rowVersion).endRow();
        m_updatedNames.append(after.name);
        // Details are replaced as a whole, as CiRepository does.
        const bool attributes = before.attributes != after.attributes;
        const bool responsibilities = before.responsibilities != after.responsibilities;
        if (attributes)
            m_clearAttributes.integer(after.id).endRow();
        if (responsibilities)
            m_clearResponsibilities.integer(after.id).endRow();
        addDetails(after, attributes, responsibilities);
        for (const auto &[field, oldValue, newValue] : differences)
            m_changes.integer(after.id).text(after.name).text(field).text(oldValue).text(newValue).endRow();
        return flushWhenFull();
    }

    Status finish() { return flushAll(); }

private:
    static QString insertCis()
    {
        QStringList fields;
        const QStringList &columns = CiRepository::writableColumns();
        for (qsizetype i = 0; i < columns.size(); ++i)
            fields << u"CAST(j.value->>%1 AS %2)"_s.arg(i).arg(castFor(columns.at(i)));
        return u"INSERT INTO configuration_item (%1, row_version, created_at, updated_at) SELECT %2, 1, "
               "CAST(? AS ${TIMESTAMP}), CAST(? AS ${TIMESTAMP}) FROM ${ROWS} AS j"_s.arg(
                   columns.join(u", "_s), fields.join(u", "_s));
    }

    // Rows: id, the writable columns, the row version read.
    static QString updateCis()
    {
        QStringList assignments;
        const QStringList &columns = CiRepository::writableColumns();
        for (qsizetype i = 0; i < columns.size(); ++i)
            assignments << u"%1 = CAST(j.value->>%2 AS %3)"_s.arg(columns.at(i))
                               .arg(i + 1)
                               .arg(castFor(columns.at(i)));
        return u"UPDATE configuration_item SET %1, updated_at = CAST(? AS ${TIMESTAMP}), row_version = "
               "configuration_item.row_version + 1 FROM ${ROWS} AS j WHERE configuration_item.id = "
               "CAST(j.value->>0 AS ${BIGINT}) AND configuration_item.row_version = CAST(j.value->>%2 AS INTEGER)"_s
                   .arg(assignments.join(u", "_s))
                   .arg(columns.size() + 1);
    }

    // The values of CiRepository::columnValues() without a QVariant each (100,000 rows).
    void writeColumns(BulkInsert &bulk, const ConfigurationItem &ci)
    {
        static const QStringList expected {u"name"_s,
                                           u"ci_class"_s,
                                           u"description"_s,
                                           u"owner_id"_s,
                                           u"org_unit_id"_s,
                                           u"site"_s,
                                           u"lifecycle"_s,
                                           u"platform"_s,
                                           u"platform_version"_s,
                                           u"firmware_version"_s,
                                           u"confidentiality"_s,
                                           u"integrity"_s,
                                           u"availability"_s,
                                           u"mobile"_s,
                                           u"last_seen"_s,
                                           u"update_source"_s,
                                           u"update_mode"_s,
                                           u"reboot_handling"_s,
                                           u"update_data_sent"_s};
        if (CiRepository::writableColumns() != expected) { // a column was added: the general way
            bulk.values(CiRepository::columnValues(ci, m_db.dialect()));
            return;
        }
        auto id = [&](const std::optional<qint64> &value) {
            if (value)
                bulk.integer(*value);
            else
                bulk.null();
        };
        bulk.text(ci.name).text(CmdbNames::key(ci.ciClass)).text(ci.description);
        id(ci.ownerId);
        id(ci.orgUnitId);
        bulk.text(ci.site)
            .text(CmdbNames::key(ci.lifecycle))
            .text(ci.platform)
            .text(ci.platformVersion)
            .text(ci.firmwareVersion)
            .integer(int(ci.protection.confidentiality))
            .integer(int(ci.protection.integrity))
            .integer(int(ci.protection.availability))
            .integer(ci.mobile ? 1 : 0);
        if (ci.lastSeen.isValid())
            bulk.text(BulkInsert::timestamp(ci.lastSeen));
        else
            bulk.null();
        bulk.text(CmdbNames::key(ci.update.source))
            .text(CmdbNames::key(ci.update.mode))
            .text(CmdbNames::key(ci.update.reboot))
            .text(ci.update.dataSentToVendor);
    }

    void addDetails(const ConfigurationItem &ci, bool attributes = true, bool responsibilities = true)
    {
        if (attributes) {
            for (auto it = ci.attributes.cbegin(); it != ci.attributes.cend(); ++it)
                m_attributes.text(ci.name).text(it.key()).text(it.value()).endRow();
        }
        if (responsibilities) {
            for (const Responsibility &r : ci.responsibilities)
                m_responsibilities.text(ci.name).text(r.role).integer(r.personId).endRow();
        }
    }

    Status flushWhenFull()
    {
        constexpr qsizetype kRows = 1000;
        for (const BulkInsert *bulk : {&m_cis, &m_updates, &m_attributes, &m_responsibilities, &m_changes}) {
            if (bulk->pendingRows() >= kRows)
                return flushAll();
        }
        return {};
    }

    Status flushAll()
    {
        if (auto flushed = m_cis.flush(); !flushed)
            return flushed;
        const qsizetype updates = m_updates.pendingRows();
        if (auto flushed = m_updates.flush(); !flushed)
            return flushed;
        if (m_updates.lastChanges() != updates)
            return fail(
                ErrorKind::Conflict,
                CiImporter::tr("Someone else changed configuration items of this file during the import "
                               "(among them '%1'). Nothing was imported; import the file again.")
                    .arg(m_updatedNames.value(0)));
        m_updatedNames.clear();
        for (BulkInsert *bulk :
             {&m_clearAttributes, &m_clearResponsibilities, &m_attributes, &m_responsibilities, &m_changes}) {
            if (auto flushed = bulk->flush(); !flushed)
                return flushed;
        }
        return {};
    }

    const Database &m_db;
    BulkInsert m_cis;
    BulkInsert m_updates;
    BulkInsert m_clearAttributes;
    BulkInsert m_clearResponsibilities;
    BulkInsert m_attributes;
    BulkInsert m_responsibilities;
    BulkInsert m_changes;
    QStringList m_updatedNames; // of the batch, for the conflict message
};

// ---- Relations --------------------------------------------------------------------------------

struct RelationKey {
    qint64 source = 0;
    qint64 target = 0;
    RelationType type = RelationType::DependsOn;
    bool operator==(const RelationKey &) const = default;
};

size_t qHash(const RelationKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.source, key.target, int(key.type));
}

bool isHierarchical(RelationType type)
{
    return type == RelationType::RunsOn || type == RelationType::PartOf || type == RelationType::LocatedAt;
}

struct Edge {
    qint64 source = 0;
    qint64 target = 0;
    RelationType type = RelationType::DependsOn;
    qint64 line = 0; // 0: already in the database
    qsizetype entry = -1; // index of the report entry
};

// Finds the edges that close a cycle, in the order they are added: existing edges first (they
// are taken as they are), then the file's in line order; an edge closes a cycle when its target
// already reaches its source. The cycles of a graph lie inside its strongly connected
// components, so the search runs only there: linear in the graph, plus the components' size.
class CycleFinder
{
public:
    explicit CycleFinder(const std::vector<Edge> &edges)
        : m_edges(edges)
    { }

    // For each edge of the file that closes a cycle: its index and the cycle, starting with it.
    std::vector<std::pair<qsizetype, std::vector<qsizetype>>> run()
    {
        buildIndex();
        components();
        std::vector<std::pair<qsizetype, std::vector<qsizetype>>> closing;
        // Edges inside one component, grouped by it.
        QHash<int, std::vector<qsizetype>> byComponent;
        for (qsizetype e = 0; e < qsizetype(m_edges.size()); ++e) {
            const int s = m_component[m_index.value(m_edges[e].source)];
            const int t = m_component[m_index.value(m_edges[e].target)];
            if (s == t && m_componentSize[s] > 1)
                byComponent[s].push_back(e);
        }
        for (auto it = byComponent.begin(); it != byComponent.end(); ++it) {
            std::vector<qsizetype> &inside = it.value();
            std::stable_sort(inside.begin(), inside.end(), [this](qsizetype a, qsizetype b) {
                // existing edges (line 0) first, then by line
                return m_edges[a].line < m_edges[b].line;
            });
            std::unordered_map<qint64, std::vector<qsizetype>> accepted; // node -> outgoing accepted edges
            for (qsizetype e : inside) {
                const Edge &edge = m_edges[e];
                if (edge.line > 0) {
                    std::vector<qsizetype> path = pathBetween(accepted, edge.target, edge.source);
                    if (!path.empty()) {
                        path.insert(path.begin(), e);
                        closing.emplace_back(e, std::move(path));
                        continue;
                    }
                }
                accepted[edge.source].push_back(e);
            }
        }
        std::sort(closing.begin(), closing.end(), [this](const auto &a, const auto &b) {
            return m_edges[a.first].line < m_edges[b.first].line;
        });
        return closing;
    }

private:
    void buildIndex()
    {
        for (const Edge &e : m_edges) {
            for (qint64 node : {e.source, e.target}) {
                if (!m_index.contains(node)) {
                    m_index.insert(node, int(m_nodes.size()));
                    m_nodes.push_back(node);
                }
            }
        }
        m_out.assign(m_nodes.size(), {});
        for (const Edge &e : m_edges)
            m_out[m_index.value(e.source)].push_back(m_index.value(e.target));
    }

    // Tarjan's algorithm without recursion.
    void components()
    {
        const int n = int(m_nodes.size());
        std::vector<int> index(n, -1), low(n, 0);
        std::vector<bool> onStack(n, false);
        std::vector<int> stack;
        m_component.assign(n, -1);
        int counter = 0;
        int componentCount = 0;
        struct Frame {
            int node;
            size_t next;
        };
        for (int start = 0; start < n; ++start) {
            if (index[start] >= 0)
                continue;
            std::vector<Frame> frames {{start, 0}};
            index[start] = low[start] = counter++;
            stack.push_back(start);
            onStack[start] = true;
            while (!frames.empty()) {
                Frame &frame = frames.back();
                const int v = frame.node;
                if (frame.next < m_out[v].size()) {
                    const int w = m_out[v][frame.next++];
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        stack.push_back(w);
                        onStack[w] = true;
                        frames.push_back({w, 0});
                    } else if (onStack[w]) {
                        low[v] = std::min(low[v], index[w]);
                    }
                    continue;
                }
                if (low[v] == index[v]) {
                    int size = 0;
                    int w = -1;
                    do {
                        w = stack.back();
                        stack.pop_back();
                        onStack[w] = false;
                        m_component[w] = componentCount;
                        ++size;
                    } while (w != v);
                    m_componentSize.push_back(size);
                    ++componentCount;
                }
                frames.pop_back();
                if (!frames.empty()) {
                    const int parent = frames.back().node;
                    low[parent] = std::min(low[parent], low[v]);
                }
            }
        }
    }

    // A path of accepted edges from `from` to `to` (breadth first: a shortest one), or nothing.
    std::vector<qsizetype> pathBetween(const std::unordered_map<qint64, std::vector<qsizetype>> &accepted,
                                       qint64 from, qint64 to) const
    {
        QHash<qint64, qsizetype> via; // node -> edge that reached it
        std::deque<qint64> queue {from};
        via.insert(from, -1);
        while (!queue.empty()) {
            const qint64 node = queue.front();
            queue.pop_front();
            if (node == to) {
                std::vector<qsizetype> path;
                for (qint64 at = to; via.value(at) >= 0; at = m_edges[via.value(at)].source)
                    path.push_back(via.value(at));
                std::reverse(path.begin(), path.end());
                return path;
            }
            const auto out = accepted.find(node);
            if (out == accepted.end())
                continue;
            for (qsizetype e : out->second) {
                const qint64 next = m_edges[e].target;
                if (!via.contains(next)) {
                    via.insert(next, e);
                    queue.push_back(next);
                }
            }
        }
        return {};
    }

    const std::vector<Edge> &m_edges;
    QHash<qint64, int> m_index;
    std::vector<qint64> m_nodes;
    std::vector<std::vector<int>> m_out;
    std::vector<int> m_component;
    std::vector<int> m_componentSize;
};

// A record the reading thread decided to write: a new CI, or a changed one with what changed.
struct CiWrite {
    ConfigurationItem ci;
    qsizetype before = -1; // index of the CI as it is in the database; -1 for a new one
    Differences differences;
};

// Batches of CiWrite from the reading thread to the writing one. Bounded, so a file of hundreds
// of megabytes is not held in memory when the database is the slower of the two.
class WriteQueue
{
public:
    static constexpr qsizetype kBatch = 1000;

    // Waits while the queue is full; drops the batch once the writer stopped.
    void push(QList<CiWrite> batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_batches.size() < kMaxBatches || m_stopped; });
        if (m_stopped)
            return;
        m_batches.push_back(std::move(batch));
        m_changed.notify_all();
    }
    // The reader is done: the writer takes what is queued, or nothing when reading failed.
    void finish(bool readToTheEnd)
    {
        const std::lock_guard lock(m_mutex);
        m_finished = true;
        if (!readToTheEnd)
            m_batches.clear();
        m_changed.notify_all();
    }
    // The next batch, or nothing at the end.
    std::optional<QList<CiWrite>> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_batches.empty() || m_finished; });
        if (m_batches.empty())
            return std::nullopt;
        QList<CiWrite> batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return batch;
    }
    // The writer failed: the reader stops at its next record.
    void stop()
    {
        const std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_batches.clear();
        m_changed.notify_all();
    }
    bool stopped() const
    {
        const std::lock_guard lock(m_mutex);
        return m_stopped;
    }

private:
    static constexpr size_t kMaxBatches = 4;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QList<CiWrite>> m_batches;
    bool m_finished = false;
    bool m_stopped = false;
};

} // namespace

CiImporter::CiImporter(const Database &db, QString actor, const Clock &clock)
    : m_db(db)
    , m_actor(std::move(actor))
    , m_clock(clock)
{ }

Result<ImportReport> CiImporter::importCis(const QString &path, const CsvImportOptions &options) const
{
    const QString file = displayPath(path);
    auto device = openFile(path);
    if (!device)
        return fail(device.error());
    auto layout = checkFile(**device, options, FileKind::Cis, file);
    if (!layout)
        return fail(layout.error());
    const QList<Column> columns = columnsOf(*layout);
    qsizetype nameColumn = layout->fields.indexOf(u"name"_s);

    ImportReport report = startReport(file, ImportFormat::Csv, options, *layout);
    Vocabulary vocabulary;
    return inTransaction(m_db, report, [&]() -> Status {
        if (auto people = loadPeople(m_db, vocabulary); !people)
            return people;
        // Every CI there is, once: the import compares each record with it in memory.
        QList<ConfigurationItem> existing;
        {
            auto all = CiRepository(m_db, {}).list();
            if (!all)
                return fail(all.error());
            existing = std::move(*all);
        }
        QHash<QString, qsizetype> existingByName;
        existingByName.reserve(existing.size());
        for (qsizetype i = 0; i < existing.size(); ++i)
            existingByName.insert(existing.at(i).name, i);

        // Two threads: this one writes (the transaction is its connection's), a second one reads
        // the file and decides about each record, which is all it touches besides the report;
        // `existing` and `vocabulary` are only read from here on.
        WriteQueue queue;
        Status read;
        std::thread reader([&] {
            QHash<QString, qint64> lineOfName; // names seen in the file
            lineOfName.reserve(qsizetype(layout->records));
            QList<CiWrite> batch;
            auto reject = [&](qint64 line, const QString &key, const QString &why) {
                report.entries.append({line, key, ImportOutcome::Rejected, why});
                ++report.rejected;
            };
            read = readRecords(**device, *layout, options, file, [&](const CsvRecord &record) -> Status {
                if (queue.stopped())
                    return fail(ErrorKind::Cancelled, {}); // the writer failed; its error counts
                const QString name = record.fields.at(nameColumn).trimmed();
                if (name.isEmpty()) {
                    reject(record.line, name,
                           tr("column '%1' (name): the name is empty; every configuration item needs one")
                               .arg(layout->header.at(nameColumn)));
                    return {};
                }
                if (auto seen = lineOfName.constFind(name); seen != lineOfName.cend()) {
                    reject(record.line, name,
                           tr("'%1' is on line %2 already; a configuration item may appear only once in the "
                              "file")
                               .arg(name)
                               .arg(*seen));
                    return {};
                }
                lineOfName.insert(name, record.line);
                const auto found = existingByName.constFind(name);
                const bool isNew = found == existingByName.cend();
                ConfigurationItem ci = isNew ? ConfigurationItem {} : existing.at(*found);
                ci.name = name;
                const QStringList problems = applyRecord(ci, record, columns, vocabulary, isNew);
                if (!problems.isEmpty()) {
                    reject(record.line, name, problems.join(u"; "_s));
                    return {};
                }
                if (auto valid = CiRepository::validate(ci); !valid) {
                    reject(record.line, name, valid.error().message);
                    return {};
                }
                // Once the import is refused, the rest is only checked.
                const bool write = !report.refused();
                if (isNew) {
                    report.entries.append({record.line, name, ImportOutcome::Created, {}});
                    ++report.created;
                    if (write)
                        batch.append({std::move(ci), -1, {}});
                } else if (sameCi(existing.at(*found), ci)) {
                    report.entries.append({record.line, name, ImportOutcome::Unchanged, {}});
                    ++report.unchanged;
                } else {
                    // Field by field as CiRepository records them, once for the report and the
                    // history.
                    Differences differences = CiRepository::differences(existing.at(*found), ci);
                    report.entries.append({record.line, name, ImportOutcome::Updated, changedFields(differences)});
                    ++report.updated;
                    if (write)
                        batch.append({std::move(ci), *found, std::move(differences)});
                }
                if (batch.size() >= WriteQueue::kBatch)
                    queue.push(std::exchange(batch, {}));
                return {};
            });
            if (read && !batch.isEmpty() && !report.refused())
                queue.push(std::move(batch));
            queue.finish(bool(read));
        });
        CiWriter writer(m_db, m_actor, m_clock.now());
        Status written;
        while (auto writes = queue.pop()) {
            for (const CiWrite &w : std::as_const(*writes)) {
                written = w.before < 0 ? writer.create(w.ci) : writer.update(existing.at(w.before), w.ci, w.differences);
                if (!written)
                    break;
            }
            if (!written) {
                queue.stop();
                break;
            }
        }
        reader.join();
        if (!written)
            return written;
        if (!read)
            return read;
        if (report.refused())
            return {};
        return writer.finish();
    });
}

Result<ImportReport> CiImporter::importRelations(const QString &path, const CsvImportOptions &options) const
{
    const QString file = displayPath(path);
    auto device = openFile(path);
    if (!device)
        return fail(device.error());
    auto layout = checkFile(**device, options, FileKind::Relations, file);
    if (!layout)
        return fail(layout.error());
    const qsizetype sourceColumn = layout->fields.indexOf(u"source"_s);
    const qsizetype typeColumn = layout->fields.indexOf(u"type"_s);
    const qsizetype targetColumn = layout->fields.indexOf(u"target"_s);
    const QString sourceHeader = layout->header.at(sourceColumn);
    const QString typeHeader = layout->header.at(typeColumn);
    const QString targetHeader = layout->header.at(targetColumn);

    ImportReport report = startReport(file, ImportFormat::CsvRelations, options, *layout);
    const Vocabulary vocabulary;
    return inTransaction(m_db, report, [&]() -> Status {
        QHash<QString, qint64> idByName;
        QHash<qint64, QString> nameById;
        {
            auto rows = m_db.exec(u"SELECT id, name FROM configuration_item"_s, {},
                                  tr("reading configuration items"));
            if (!rows)
                return fail(rows.error());
            while (rows->next()) {
                idByName.insert(rows->value(1).toString(), rows->value(0).toLongLong());
                nameById.insert(rows->value(0).toLongLong(), rows->value(1).toString());
            }
        }
        QSet<RelationKey> existing;
        std::vector<Edge> hierarchy;
        std::vector<Edge> dependencies;
        {
            auto rows = m_db.exec(u"SELECT source_id, target_id, relation_type FROM ci_relation"_s, {},
                                  tr("reading relations"));
            if (!rows)
                return fail(rows.error());
            while (rows->next()) {
                const auto type = CmdbNames::relationType(rows->value(2).toString());
                if (!type)
                    continue;
                const Edge edge {rows->value(0).toLongLong(), rows->value(1).toLongLong(), *type, 0, -1};
                existing.insert({edge.source, edge.target, edge.type});
                if (isHierarchical(edge.type))
                    hierarchy.push_back(edge);
                else if (edge.type == RelationType::DependsOn)
                    dependencies.push_back(edge);
            }
        }

        QHash<RelationKey, qint64> lineOfRelation;
        std::vector<Edge> created; // candidates, in line order
        auto read = readRecords(**device, *layout, options, file, [&](const CsvRecord &record) -> Status {
            const QString sourceName = record.fields.at(sourceColumn).trimmed();
            const QString typeText = record.fields.at(typeColumn).trimmed();
            const QString targetName = record.fields.at(targetColumn).trimmed();
            const auto type = vocabulary.relationTypes.find(typeText);
            const QString key
                = u"%1 %2 %3"_s.arg(sourceName, type ? CmdbNames::key(*type) : typeText, targetName);
            QStringList problems;
            const auto source = idByName.constFind(sourceName);
            const auto target = idByName.constFind(targetName);
            if (source == idByName.cend())
                problems << tr("column '%1' (source): there is no configuration item named '%2'")
                                .arg(sourceHeader, sourceName);
            if (!type)
                problems << tr("column '%1' (type): '%2' is not one of %3")
                                .arg(typeHeader, typeText, vocabulary.relationTypes.keys.join(u", "_s));
            if (target == idByName.cend())
                problems << tr("column '%1' (target): there is no configuration item named '%2'")
                                .arg(targetHeader, targetName);
            if (problems.isEmpty() && *source == *target)
                problems << tr("'%1' cannot be related to itself").arg(sourceName);
            if (!problems.isEmpty()) {
                report.entries.append({record.line, key, ImportOutcome::Rejected, problems.join(u"; "_s)});
                ++report.rejected;
                return {};
            }
            const RelationKey relation {*source, *target, *type};
            if (auto seen = lineOfRelation.constFind(relation); seen != lineOfRelation.cend()) {
                report.entries.append({record.line, key, ImportOutcome::Rejected,
                                       tr("the same relation is on line %1 already").arg(*seen)});
                ++report.rejected;
                return {};
            }
            lineOfRelation.insert(relation, record.line);
            if (existing.contains(relation)) {
                report.entries.append({record.line, key, ImportOutcome::Unchanged, {}});
                ++report.unchanged;
                return {};
            }
            const Edge edge {*source, *target, *type, record.line, report.entries.size()};
            report.entries.append({record.line, key, ImportOutcome::Created, {}});
            ++report.created;
            created.push_back(edge);
            if (isHierarchical(edge.type))
                hierarchy.push_back(edge);
            else if (edge.type == RelationType::DependsOn)
                dependencies.push_back(edge);
            return {};
        });
        if (!read)
            return read;

        auto describe = [&](const std::vector<Edge> &edges, const std::vector<qsizetype> &cycle) {
            QStringList parts;
            for (qsizetype e : cycle) {
                const Edge &edge = edges[e];
                const QString relation = u"%1 %2 %3"_s.arg(
                    nameById.value(edge.source), CmdbNames::key(edge.type), nameById.value(edge.target));
                parts << (edge.line > 0 ? tr("%1 (line %2)").arg(relation).arg(edge.line)
                                        : tr("%1 (already in the database)").arg(relation));
            }
            return parts.join(u", "_s);
        };
        // A CI cannot sit inside itself: such a cycle is an error in the file.
        QSet<qint64> rejectedLines;
        for (const auto &[closing, cycle] : CycleFinder(hierarchy).run()) {
            const Edge &edge = hierarchy[closing];
            ImportEntry &entry = report.entries[edge.entry];
            entry.outcome = ImportOutcome::Rejected;
            entry.message = tr("this relation would close a cycle of runs_on, part_of and located_at: %1; a "
                               "configuration item cannot be inside itself")
                                .arg(describe(hierarchy, cycle));
            --report.created;
            ++report.rejected;
            rejectedLines.insert(edge.line);
        }
        // Services may depend on each other; impact analysis shows such cycles. A warning only.
        for (const auto &[closing, cycle] : CycleFinder(dependencies).run()) {
            report.warnings.append({dependencies[closing].line,
                                    tr("this relation closes a cycle of depends_on: %1; impact analysis will "
                                       "report it")
                                        .arg(describe(dependencies, cycle))});
        }
        std::stable_sort(report.warnings.begin(), report.warnings.end(),
                         [](const ImportWarning &a, const ImportWarning &b) { return a.line < b.line; });
        if (report.refused())
            return {};

        const QString now = BulkInsert::timestamp(m_clock.now());
        BulkInsert relations(
            m_db,
            u"INSERT INTO ci_relation (source_id, target_id, relation_type, row_version, "
            "created_at) SELECT CAST(j.value->>0 AS ${BIGINT}), CAST(j.value->>1 AS ${BIGINT}), "
            "j.value->>2, 1, CAST(? AS ${TIMESTAMP}) FROM ${ROWS} AS j"_s,
            {now}, tr("adding relations"));
        BulkInsert history(
            m_db,
            u"INSERT INTO ci_history (ci_id, ci_name, changed_at, changed_by, action, field, "
            "old_value, new_value) SELECT CAST(j.value->>0 AS ${BIGINT}), j.value->>1, "
            "CAST(? AS ${TIMESTAMP}), CAST(? AS TEXT), 'related', j.value->>2, '', j.value->>3 "
            "FROM ${ROWS} AS j"_s,
            {now, m_actor}, tr("recording the history"));
        for (const Edge &edge : created) {
            if (rejectedLines.contains(edge.line))
                continue;
            const QString type = CmdbNames::key(edge.type);
            const QString sourceName = nameById.value(edge.source);
            const QString targetName = nameById.value(edge.target);
            relations.integer(edge.source).integer(edge.target).text(type).endRow();
            // As CiRepository::relate records it: on both sides.
            history.integer(edge.source).text(sourceName).text(type).text(targetName).endRow();
            history.integer(edge.target).text(targetName).text(type + u" (from)"_s).text(sourceName).endRow();
            if (relations.pendingRows() >= 1000) {
                if (auto flushed = relations.flush(); !flushed)
                    return flushed;
                if (auto flushed = history.flush(); !flushed)
                    return flushed;
            }
        }
        if (auto flushed = relations.flush(); !flushed)
            return flushed;
        return history.flush();
    });
}

Result<CsvPreview> CiImporter::preview(const QString &path, const CsvImportOptions &options, int maxRecords)
{
    const QString file = displayPath(path);
    auto device = openFile(path);
    if (!device)
        return fail(device.error());
    CsvReader reader;
    configure(reader, options, file);
    CsvPreview preview;
    auto status = reader.read(**device, [&](const CsvRecord &record) -> Status {
        if (preview.records.size() >= maxRecords)
            return fail(stopReading());
        preview.records.append(record);
        return {};
    });
    const bool stopped
        = !status && status.error().kind == ErrorKind::Cancelled && status.error().message.isEmpty();
    if (!status && !stopped)
        return fail(status.error());
    preview.encoding = reader.encoding();
    preview.delimiter = reader.delimiter();
    preview.columns = reader.header();
    FileLayout layout;
    layout.header = reader.header();
    layout.headerLine = reader.headerLine();
    // Relations when the columns say so and no column holds a CI's name.
    QStringList fields;
    for (const QString &column : layout.header)
        fields << CiFields::fieldForHeader(column);
    auto asRelations = resolveMapping(layout, options, FileKind::Relations, file);
    if (asRelations && !fields.contains(u"name"_s)) {
        preview.format = ImportFormat::CsvRelations;
        preview.fields = asRelations->fields;
        return preview;
    }
    auto asCis = resolveMapping(layout, options, FileKind::Cis, file);
    if (!asCis)
        return fail(asCis.error());
    preview.format = ImportFormat::Csv;
    preview.fields = asCis->fields;
    return preview;
}

Result<ImportFormat> CiImporter::detectFormat(const QString &path, const CsvImportOptions &options)
{
    QFile device(path);
    if (!device.exists())
        return fail(ErrorKind::NotFound, tr("%1 does not exist.").arg(displayPath(path)));
    if (!device.open(QIODevice::ReadOnly))
        return fail(ErrorKind::Io, tr("%1 cannot be read: %2").arg(displayPath(path), device.errorString()));
    QByteArray start = device.read(64 * 1024);
    device.close();
    if (start.startsWith("\xEF\xBB\xBF"))
        start.remove(0, 3);
    const QByteArray trimmed = start.trimmed();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        // JSON: the SBOM parser says which, or what is wrong with it.
        if (trimmed.contains("\"spdxVersion\""))
            return ImportFormat::Spdx;
        if (trimmed.contains("\"bomFormat\""))
            return ImportFormat::CycloneDx;
        auto parsed = SbomParser::parseFile(path);
        if (!parsed)
            return fail(parsed.error());
        return parsed->format == Sbom::Spdx ? ImportFormat::Spdx : ImportFormat::CycloneDx;
    }
    auto preview = CiImporter::preview(path, options, 0);
    if (!preview)
        return fail(preview.error());
    return preview->format;
}

} // namespace ChangeDesk
