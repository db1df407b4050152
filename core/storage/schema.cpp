// The ChangeDesk schema, one step per version. Never edit a released step: add a new one.
// Every mutable table carries row_version for optimistic concurrency.

#include "storage/database.h"
#include "storage/migrator.h"

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {

Status version1(const Database &db)
{
    return execSchema(db, {
        u"CREATE TABLE IF NOT EXISTS schema_version ("
        "  version INTEGER PRIMARY KEY,"
        "  description TEXT NOT NULL,"
        "  applied_at ${TIMESTAMP} NOT NULL,"
        "  applied_by TEXT NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS app_setting ("
        "  key TEXT PRIMARY KEY,"
        "  value TEXT NOT NULL,"
        "  row_version INTEGER NOT NULL DEFAULT 1,"
        "  updated_at ${TIMESTAMP} NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS org_unit ("
        "  id ${ID},"
        "  code TEXT NOT NULL UNIQUE,"
        "  name TEXT NOT NULL,"
        "  parent_id ${BIGINT} REFERENCES org_unit(id) ON DELETE RESTRICT,"
        "  row_version INTEGER NOT NULL DEFAULT 1,"
        "  created_at ${TIMESTAMP} NOT NULL,"
        "  updated_at ${TIMESTAMP} NOT NULL)"_s,
        u"CREATE INDEX IF NOT EXISTS org_unit_parent_idx ON org_unit(parent_id)"_s,
        u"CREATE TABLE IF NOT EXISTS person ("
        "  id ${ID},"
        "  login TEXT NOT NULL UNIQUE,"
        "  display_name TEXT NOT NULL,"
        "  email TEXT NOT NULL DEFAULT '',"
        "  phone TEXT NOT NULL DEFAULT '',"
        "  org_unit_id ${BIGINT} REFERENCES org_unit(id) ON DELETE SET NULL,"
        "  active ${BOOL} NOT NULL DEFAULT ${TRUE},"
        "  row_version INTEGER NOT NULL DEFAULT 1,"
        "  created_at ${TIMESTAMP} NOT NULL,"
        "  updated_at ${TIMESTAMP} NOT NULL)"_s,
        u"CREATE INDEX IF NOT EXISTS person_org_unit_idx ON person(org_unit_id)"_s,
    });
}

} // namespace

const QList<MigrationStep> &Migrator::schemaSteps()
{
    static const QList<MigrationStep> steps = {
        {1, u"organizational units, people, settings"_s, version1},
    };
    return steps;
}

} // namespace ChangeDesk
