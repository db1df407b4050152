#pragma once

#include <QList>
#include <QString>

namespace ChangeDesk::DemoCatalogue {

// One release of a product as an inventory reports it.
struct Release {
    QString version; // as the inventory reports it ("128.7.0", "3.0.15-1~deb12u1")
    QString cpeVersion; // CPE version (and ":update") when it differs: "1.8.0:update_441"; empty = derived
    QString reference; // the update that brought it (KB number), for the patch history
    QString name; // the inventory's name when it names the release ("Java 8 Update 441 (64-bit)")
};

// A product that municipalities and agencies really run, with the spelling an inventory reports
// (Windows "Programs and Features", dpkg, a device's firmware) and the identifiers that exist
// for it. The catalogue in the database is built from these through ProductName, so vendor
// spellings, purls and CPEs become aliases of one product.
struct Product {
    QString id; // key within this catalogue (software profiles refer to it)
    QString vendor; // publisher as reported ("Mozilla", "Google LLC")
    QString name; // name as reported; "%1" stands for the version
    QString purl; // versionless package URL ("pkg:deb/debian/openssl"), or empty
    QString cpe; // "part:vendor:product" of the CPE 2.3 name ("a:mozilla:firefox_esr"), or empty
    int currency = 75; // percent of systems on the newest release; the rest trail behind
    QList<Release> releases; // newest first; empty for firmware, whose version comes from the CI
    QString follows; // installed with (and in the release of) that product, e.g. a helper service
    QString patchTitle; // title of the update that brings a release; "%1" = its reference
};

// Snapshot of early 2025. Versions with a KB reference are Microsoft's cumulative updates.
const QList<Product> &products();
// Index into products(), or -1.
qsizetype indexOf(const QString &id);

// Which products a kind of system has: a product id and the percent of such systems that have it.
struct Pick {
    QString product;
    int percent = 100;
};

const QList<Pick> &windowsClient();
const QList<Pick> &laptop();
// Extras by the code of a department (the municipality's departments, e.g. "IT", "FIN").
const QList<Pick> &department(const QString &code);
const QList<Pick> &windowsServer();
const QList<Pick> &debianServer();
const QList<Pick> &phone();
// The middleware an application consists of, by the application's template name.
const QList<Pick> &application(const QString &templateName);
// Every profile above, for a consistency check.
QList<const QList<Pick> *> allProfiles();

} // namespace ChangeDesk::DemoCatalogue
