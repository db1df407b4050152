#pragma once

#include "change/workflow.h"
#include "common/clock.h"
#include "common/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ChangeDesk {

class Database;
struct ChangeActor;

// A workflow definition as the database keeps it.
struct InstalledWorkflow {
    qint64 id = 0; // 0: none installed, the shipped default is in force
    QString name;
    QString sha256; // of the JSON as installed
    qint64 installedBy = 0;
    QString installedByLogin;
    QDateTime installedAt;
    bool shipped() const { return id == 0; }
};

// The workflow definition in force on a database (issue 4): the shipped default until an
// administrator installs another; the newest installed one after that. Every installation is
// kept (table workflow_definition), so the history says which rules were in force when.
//
// install() is one transaction with its audit event ("workflow.install"). It refuses a definition
// that does not validate (WorkflowDefinition::fromJson) and one that would strand requests: every
// state a request is in must exist in the new definition. On a PostgreSQL database secured with
// ServerPolicy the server reloads its guards from the new row in the same transaction.
class WorkflowStore
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowStore)

public:
    explicit WorkflowStore(const Database &db, const Clock &clock = Clock::system());

    // The definition in force. InvalidInput naming the installation when the stored JSON does not
    // validate (someone changed the table by hand).
    Result<WorkflowDefinition> active() const;
    // The JSON of the definition in force (the shipped default's when none is installed).
    Result<QByteArray> activeJson() const;
    // Which installation is in force.
    Result<InstalledWorkflow> current() const;
    // Every installation, oldest first.
    Result<QList<InstalledWorkflow>> history() const;

    // Installs `json` (read from `source`, named in error messages) as the definition in force.
    // Needs the administrator role (ReadOnly otherwise). Conflict naming the states when requests
    // are in states the definition lacks.
    Result<InstalledWorkflow> install(const QByteArray &json, const QString &source,
                                      const ChangeActor &actor) const;

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace ChangeDesk
