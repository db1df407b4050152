#pragma once

#include "common/clock.h"
#include "common/error.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace ChangeDesk {

class Database;

enum class DemoScale { Small, Municipality, Agency };

// Deterministic synthetic data: the same seed and scale always give the same records, so demos,
// screenshots and benchmarks are repeatable. Grows with each capability. Running it again adds
// nothing that is already there (records are keyed).
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)

public:
    static Result<DemoScale> parseScale(const QString &text);
    static QString scaleName(DemoScale scale);
    // "13 organizational units" for a report entry, in the user's language.
    static QString describe(const QString &kind, qint64 count);

    // Counts of records created, by kind ("org_units", "people", "configuration_items",
    // "relations", "groups", "products", "installed_software", "applied_patches",
    // "rights_profiles", "role_assignments", "requests_for_change", "audit_events").
    using Report = QMap<QString, qint64>;
    // `shrink` divides the number of people per department and of systems per site (at least
    // one of each kind stays), so that tests run a large scale's code at a fraction of its size.
    // Without `withRequests`, the change office is left out: no app roles, no requests for change
    // (DemoChanges).
    static Result<Report> generate(const Database &db, quint32 seed, DemoScale scale,
                                   const Clock &clock = Clock::system(), int shrink = 1, bool withRequests = true);
};

} // namespace ChangeDesk
