#pragma once

#include "cmdb/softwarerepository.h"
#include "common/clock.h"
#include "common/error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace ChangeDesk {

class Database;

// Whether a product of the catalogue belongs on the organisation's systems (N10: know and
// remove unneeded software). A product starts unreviewed.
enum class ProductApproval { Unreviewed, Approved, Unneeded, Forbidden };

// A product found on a CI although it is marked unneeded or forbidden.
struct UnneededSoftware {
    qint64 ciId = 0;
    QString ciName;
    qint64 productId = 0;
    QString productKey;
    QString product;
    QString vendor;
    QString version;
    ProductApproval approval = ProductApproval::Unneeded;
    QString reason;
};

// The hardening review of installed software (N10): products are approved, or marked unneeded
// or forbidden with a reason, and every system that still has such a product is listed so that
// it can be removed.
class SoftwareReview
{
    Q_DECLARE_TR_FUNCTIONS(SoftwareReview)

public:
    explicit SoftwareReview(const Database &db, const Clock &clock = Clock::system());

    static QString key(ProductApproval approval); // unreviewed, approved, unneeded, forbidden
    static std::optional<ProductApproval> approval(const QString &key);
    static QStringList keys();
    static QString display(ProductApproval approval);

    // Sets the approval of the product found by any of its spellings (SoftwareRepository::
    // findProduct). Unneeded and forbidden need a reason. One transaction.
    Result<Product> setApproval(const QString &product, ProductApproval approval,
                                const QString &reason) const;
    // The approval of a product and its reason.
    Result<std::pair<ProductApproval, QString>> approvalOf(qint64 productId) const;
    // Installed software whose product is unneeded or forbidden, on the CIs that match `filter`
    // (a GroupExpression; empty: every CI), ordered by CI name, product and version.
    Result<QList<UnneededSoftware>> unneeded(const QString &filter = {}) const;

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace ChangeDesk
