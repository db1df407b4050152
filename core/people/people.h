#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace ChangeDesk {

// A department, office or team; units nest (M11, and owners of systems in the CMDB).
struct OrgUnit {
    qint64 id = 0;
    QString code; // short unique key, e.g. "IT" or "BZ-VERG"
    QString name;
    std::optional<qint64> parentId;
    int rowVersion = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// Someone who applies for, decides on or carries out changes, or owns a system.
struct Person {
    qint64 id = 0;
    QString login; // unique; matches the operating-system or database user
    QString displayName;
    QString email;
    QString phone;
    std::optional<qint64> orgUnitId;
    bool active = true;
    int rowVersion = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace ChangeDesk
