#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ChangeDesk {

class Database;

// What install() set up.
struct ServerPolicyReport {
    QString owner; // the NOLOGIN role that owns every table and function
    QStringList groupRoles; // one per app role, "<prefix>_<role>"
    QStringList logins; // the people's login roles, created where missing
    int transitions = 0; // rows of workflow_transition the guards check against
};

// Server-side authorization on PostgreSQL (issue 4): the same rules the core applies, enforced by
// the server, so that a person with a login and psql can do no more than the app lets them.
//
// install() runs as a superuser (the DBA) on a migrated database and, in one transaction:
//  - makes a NOLOGIN owner role "<prefix>_owner" (prefix: the database's name) the owner of the
//    schema, every table and every function; one NOLOGIN group role per app role; a login role
//    per person (without a password: the DBA sets one with setPassword() or configures pg_hba
//    for Kerberos, LDAP or certificates), member of the group roles of their app roles;
//  - revokes everything from PUBLIC: the groups may read every table; they may write only the
//    tables of their work (requests for change and their parts, objections, the audit trail;
//    the CMDB for administrators, change managers and implementers; people and roles for
//    administrators) and cannot create anything;
//  - fills workflow_state, workflow_transition and change_edit_rule from the workflow definition
//    in force (WorkflowStore) and ChangeService::editRules(), and installs guards (triggers, SECURITY DEFINER with a pinned
//    search_path) generated from them: a state changes only along a transition that the
//    person's roles (person_role, by session_user) allow, with its conditions, required fields,
//    four eyes and no open objection; a field changes only by the edit rules; row_version goes up
//    by exactly one; objections follow their own rules; and every change of a request commits
//    only with an audit event about it in the same transaction;
//  - turns on row-level security: a security-relevant request (and its parts and audit events)
//    is read only by its applicant and by people with a role beyond applicant;
//  - keeps the memberships in step with person_role and makes a login role for every new person;
//  - lets administrators (only) install another workflow definition, as themselves and with its
//    audit event (WorkflowStore::install); the server reloads its guards from it in the same
//    transaction, and refuses one that strands requests in states it does not have.
//
// Running it again brings an installed policy up to date (new people, a new ChangeDesk version).
class ServerPolicy
{
    Q_DECLARE_TR_FUNCTIONS(ServerPolicy)

public:
    explicit ServerPolicy(const Database &db);

    // `administrator`: a person's login made administrator first, for a database that has none
    // yet (nobody could hand out roles otherwise). Empty to leave the roles as they are.
    Result<ServerPolicyReport> install(const QString &administrator = {}) const;
    // Whether install() has run on this database.
    Result<bool> installed() const;
    // Sets the password of a person's login role (the DBA's job; as a superuser).
    Status setPassword(const QString &login, const QString &password) const;

    // The role names for a database called `databaseName`.
    static QString ownerRole(const QString &databaseName);
    static QString groupRole(const QString &databaseName, const QString &appRole);

private:
    Result<QString> prefix() const;

    const Database &m_db;
};

} // namespace ChangeDesk
