#include "ci.h"

#include <array>
#include <string>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {

template<typename Enum, std::size_t N>
using KeyTable = std::array<std::pair<Enum, const char16_t *>, N>;

constexpr KeyTable<CiClass, 13> kClasses{{
    {CiClass::Server, u"server"},         {CiClass::Client, u"client"},
    {CiClass::Laptop, u"laptop"},         {CiClass::Smartphone, u"smartphone"},
    {CiClass::VirtualMachine, u"vm"},     {CiClass::Router, u"router"},
    {CiClass::Switch, u"switch"},         {CiClass::Firewall, u"firewall"},
    {CiClass::Printer, u"printer"},       {CiClass::Application, u"application"},
    {CiClass::Service, u"service"},       {CiClass::Database, u"database"},
    {CiClass::Other, u"other"},
}};
constexpr KeyTable<Lifecycle, 5> kLifecycles{{
    {Lifecycle::Planned, u"planned"},
    {Lifecycle::InTest, u"in_test"},
    {Lifecycle::InProduction, u"in_production"},
    {Lifecycle::InMaintenance, u"in_maintenance"},
    {Lifecycle::Retired, u"retired"},
}};
constexpr KeyTable<ProtectionLevel, 3> kLevels{{
    {ProtectionLevel::Normal, u"normal"},
    {ProtectionLevel::High, u"high"},
    {ProtectionLevel::VeryHigh, u"very_high"},
}};
constexpr KeyTable<UpdateSource, 4> kSources{{
    {UpdateSource::None, u"none"},
    {UpdateSource::Vendor, u"vendor"},
    {UpdateSource::InternalServer, u"internal"},
    {UpdateSource::Parallel, u"parallel"},
}};
constexpr KeyTable<UpdateMode, 2> kModes{{
    {UpdateMode::DownloadOnly, u"download_only"},
    {UpdateMode::AutoInstall, u"auto_install"},
}};
constexpr KeyTable<RebootHandling, 4> kReboots{{
    {RebootHandling::NotNeeded, u"not_needed"},
    {RebootHandling::Manual, u"manual"},
    {RebootHandling::Automatic, u"automatic"},
    {RebootHandling::Scheduled, u"scheduled"},
}};
constexpr KeyTable<RelationType, 5> kRelations{{
    {RelationType::RunsOn, u"runs_on"},
    {RelationType::DependsOn, u"depends_on"},
    {RelationType::ConnectedTo, u"connected_to"},
    {RelationType::PartOf, u"part_of"},
    {RelationType::LocatedAt, u"located_at"},
}};

// Keys are static text: the strings refer to it without a copy (imports and exports ask for
// hundreds of thousands of them).
template<typename Enum, std::size_t N>
QString keyOf(const KeyTable<Enum, N> &table, Enum value)
{
    for (const auto &[entry, key] : table) {
        if (entry == value)
            return QString::fromRawData(reinterpret_cast<const QChar *>(key),
                                        qsizetype(std::char_traits<char16_t>::length(key)));
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const KeyTable<Enum, N> &table, const QString &key)
{
    const QStringView wanted = QStringView(key).trimmed();
    for (const auto &[entry, text] : table) {
        if (wanted.compare(QStringView(text), Qt::CaseInsensitive) == 0)
            return entry;
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
QStringList keysOf(const KeyTable<Enum, N> &table)
{
    QStringList keys;
    for (const auto &[entry, key] : table)
        keys << QString::fromUtf16(key);
    return keys;
}

} // namespace

QString CmdbNames::key(CiClass value) { return keyOf(kClasses, value); }
QString CmdbNames::key(Lifecycle value) { return keyOf(kLifecycles, value); }
QString CmdbNames::key(ProtectionLevel value) { return keyOf(kLevels, value); }
QString CmdbNames::key(UpdateSource value) { return keyOf(kSources, value); }
QString CmdbNames::key(UpdateMode value) { return keyOf(kModes, value); }
QString CmdbNames::key(RebootHandling value) { return keyOf(kReboots, value); }
QString CmdbNames::key(RelationType value) { return keyOf(kRelations, value); }

std::optional<CiClass> CmdbNames::ciClass(const QString &key) { return valueOf(kClasses, key); }
std::optional<Lifecycle> CmdbNames::lifecycle(const QString &key) { return valueOf(kLifecycles, key); }
std::optional<ProtectionLevel> CmdbNames::protectionLevel(const QString &key) { return valueOf(kLevels, key); }
std::optional<UpdateSource> CmdbNames::updateSource(const QString &key) { return valueOf(kSources, key); }
std::optional<UpdateMode> CmdbNames::updateMode(const QString &key) { return valueOf(kModes, key); }
std::optional<RebootHandling> CmdbNames::rebootHandling(const QString &key) { return valueOf(kReboots, key); }
std::optional<RelationType> CmdbNames::relationType(const QString &key) { return valueOf(kRelations, key); }

QStringList CmdbNames::ciClassKeys() { return keysOf(kClasses); }
QStringList CmdbNames::lifecycleKeys() { return keysOf(kLifecycles); }
QStringList CmdbNames::protectionLevelKeys() { return keysOf(kLevels); }
QStringList CmdbNames::relationTypeKeys() { return keysOf(kRelations); }

QString CmdbNames::display(CiClass value)
{
    switch (value) {
    case CiClass::Server: return tr("Server");
    case CiClass::Client: return tr("Client");
    case CiClass::Laptop: return tr("Laptop");
    case CiClass::Smartphone: return tr("Smartphone");
    case CiClass::VirtualMachine: return tr("Virtual machine");
    case CiClass::Router: return tr("Router");
    case CiClass::Switch: return tr("Switch");
    case CiClass::Firewall: return tr("Firewall");
    case CiClass::Printer: return tr("Printer");
    case CiClass::Application: return tr("Application");
    case CiClass::Service: return tr("Service");
    case CiClass::Database: return tr("Database");
    case CiClass::Other: return tr("Other");
    }
    return {};
}

QString CmdbNames::display(Lifecycle value)
{
    switch (value) {
    case Lifecycle::Planned: return tr("Planned");
    case Lifecycle::InTest: return tr("In test");
    case Lifecycle::InProduction: return tr("In production");
    case Lifecycle::InMaintenance: return tr("In maintenance");
    case Lifecycle::Retired: return tr("Retired");
    }
    return {};
}

QString CmdbNames::display(ProtectionLevel value)
{
    switch (value) {
    case ProtectionLevel::Normal: return tr("normal");
    case ProtectionLevel::High: return tr("high");
    case ProtectionLevel::VeryHigh: return tr("very high");
    }
    return {};
}

QString CmdbNames::display(UpdateSource value)
{
    switch (value) {
    case UpdateSource::None: return tr("No update mechanism");
    case UpdateSource::Vendor: return tr("From the vendor");
    case UpdateSource::InternalServer: return tr("Internal update server");
    case UpdateSource::Parallel: return tr("Vendor and internal server in parallel");
    }
    return {};
}

QString CmdbNames::display(UpdateMode value)
{
    switch (value) {
    case UpdateMode::DownloadOnly: return tr("Download only");
    case UpdateMode::AutoInstall: return tr("Install automatically");
    }
    return {};
}

QString CmdbNames::display(RebootHandling value)
{
    switch (value) {
    case RebootHandling::NotNeeded: return tr("No restart needed");
    case RebootHandling::Manual: return tr("Restart by an administrator");
    case RebootHandling::Automatic: return tr("Restarts automatically");
    case RebootHandling::Scheduled: return tr("Restart in the maintenance window");
    }
    return {};
}

QString CmdbNames::display(RelationType value)
{
    switch (value) {
    case RelationType::RunsOn: return tr("runs on");
    case RelationType::DependsOn: return tr("depends on");
    case RelationType::ConnectedTo: return tr("connected to");
    case RelationType::PartOf: return tr("part of");
    case RelationType::LocatedAt: return tr("located at");
    }
    return {};
}

} // namespace ChangeDesk
