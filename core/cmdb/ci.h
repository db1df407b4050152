#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace ChangeDesk {

// The kinds of configuration item (CI) the CMDB knows (N1, M4: firmware devices included).
enum class CiClass {
    Server,
    Client,
    Laptop,
    Smartphone,
    VirtualMachine,
    Router,
    Switch,
    Firewall,
    Printer,
    Application,
    Service,
    Database,
    Other,
};

enum class Lifecycle { Planned, InTest, InProduction, InMaintenance, Retired };

// BSI protection requirement categories; ordered, so that the maximum principle is max().
enum class ProtectionLevel { Normal = 1, High = 2, VeryHigh = 3 };

struct Protection {
    ProtectionLevel confidentiality = ProtectionLevel::Normal;
    ProtectionLevel integrity = ProtectionLevel::Normal;
    ProtectionLevel availability = ProtectionLevel::Normal;
    bool operator==(const Protection &) const = default;
};

// How a system or product updates itself (M3).
enum class UpdateSource { None, Vendor, InternalServer, Parallel };
enum class UpdateMode { DownloadOnly, AutoInstall };
enum class RebootHandling { NotNeeded, Manual, Automatic, Scheduled };

struct UpdateMechanism {
    UpdateSource source = UpdateSource::None;
    UpdateMode mode = UpdateMode::DownloadOnly;
    RebootHandling reboot = RebootHandling::Manual;
    QString dataSentToVendor; // what telemetry or inventory the mechanism reports
    bool operator==(const UpdateMechanism &) const = default;
};

// A split responsibility for one system (M2): e.g. role "os" → the operating-system owner.
struct Responsibility {
    QString role; // os, service, application, hardware, security, or an agency's own
    qint64 personId = 0;
    bool operator==(const Responsibility &) const = default;
};

// A configuration item. `name` is its unique key (the host name for systems).
struct ConfigurationItem {
    qint64 id = 0;
    QString name;
    CiClass ciClass = CiClass::Other;
    QString description;
    std::optional<qint64> ownerId;   // person
    std::optional<qint64> orgUnitId; // organizational unit
    QList<Responsibility> responsibilities;
    QString site; // site or location, e.g. "Stadhuis"
    Lifecycle lifecycle = Lifecycle::InProduction;
    QString platform;        // operating system or platform, e.g. "Windows Server"
    QString platformVersion; // e.g. "2022"
    QString firmwareVersion;
    Protection protection;
    bool mobile = false;  // often offline: tracked until updated (M14)
    QDateTime lastSeen;   // UTC; when the system last reported
    UpdateMechanism update;
    QMap<QString, QString> attributes; // free custom attributes
    int rowVersion = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// A directed relation: source <type> target, e.g. "mail-app runs on srv-01".
enum class RelationType { RunsOn, DependsOn, ConnectedTo, PartOf, LocatedAt };

struct CiRelation {
    qint64 id = 0;
    qint64 sourceId = 0;
    qint64 targetId = 0;
    RelationType type = RelationType::DependsOn;
    int rowVersion = 0;
};

// Stable, language-independent keys for the enums (database, CSV, JSON, expressions) and their
// names in the user's language.
class CmdbNames
{
    Q_DECLARE_TR_FUNCTIONS(CmdbNames)

public:
    static QString key(CiClass value);
    static QString key(Lifecycle value);
    static QString key(ProtectionLevel value);
    static QString key(UpdateSource value);
    static QString key(UpdateMode value);
    static QString key(RebootHandling value);
    static QString key(RelationType value);

    static std::optional<CiClass> ciClass(const QString &key);
    static std::optional<Lifecycle> lifecycle(const QString &key);
    static std::optional<ProtectionLevel> protectionLevel(const QString &key);
    static std::optional<UpdateSource> updateSource(const QString &key);
    static std::optional<UpdateMode> updateMode(const QString &key);
    static std::optional<RebootHandling> rebootHandling(const QString &key);
    static std::optional<RelationType> relationType(const QString &key);

    static QStringList ciClassKeys();
    static QStringList lifecycleKeys();
    static QStringList protectionLevelKeys();
    static QStringList relationTypeKeys();

    static QString display(CiClass value);
    static QString display(Lifecycle value);
    static QString display(ProtectionLevel value);
    static QString display(UpdateSource value);
    static QString display(UpdateMode value);
    static QString display(RebootHandling value);
    static QString display(RelationType value);
};

} // namespace ChangeDesk
