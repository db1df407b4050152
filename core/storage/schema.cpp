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

// The CMDB: configuration items with their attributes, responsibilities, relations and edit
// history; the product catalogue, installed software and applied patches; groups; rights
// profiles (M2, M3, M8, M11, M14, N1, N8).
Status version2(const Database &db)
{
    return execSchema(db, {
        u"CREATE TABLE IF NOT EXISTS configuration_item ("
        "  id ${ID},"
        "  name TEXT NOT NULL UNIQUE,"
        "  ci_class TEXT NOT NULL,"
        "  description TEXT NOT NULL DEFAULT '',"
        "  owner_id ${BIGINT} REFERENCES person(id) ON DELETE SET NULL,"
        "  org_unit_id ${BIGINT} REFERENCES org_unit(id) ON DELETE SET NULL,"
        "  site TEXT NOT NULL DEFAULT '',"
        "  lifecycle TEXT NOT NULL DEFAULT 'in_production',"
        "  platform TEXT NOT NULL DEFAULT '',"
        "  platform_version TEXT NOT NULL DEFAULT '',"
        "  firmware_version TEXT NOT NULL DEFAULT '',"
        "  confidentiality INTEGER NOT NULL DEFAULT 1 CHECK (confidentiality BETWEEN 1 AND 3),"
        "  integrity INTEGER NOT NULL DEFAULT 1 CHECK (integrity BETWEEN 1 AND 3),"
        "  availability INTEGER NOT NULL DEFAULT 1 CHECK (availability BETWEEN 1 AND 3),"
        "  mobile ${BOOL} NOT NULL DEFAULT ${FALSE},"
        "  last_seen ${TIMESTAMP},"
        "  update_source TEXT NOT NULL DEFAULT 'none',"
        "  update_mode TEXT NOT NULL DEFAULT 'download_only',"
        "  reboot_handling TEXT NOT NULL DEFAULT 'manual',"
        "  update_data_sent TEXT NOT NULL DEFAULT '',"
        "  row_version INTEGER NOT NULL DEFAULT 1,"
        "  created_at ${TIMESTAMP} NOT NULL,"
        "  updated_at ${TIMESTAMP} NOT NULL)"_s,
        u"CREATE INDEX IF NOT EXISTS ci_org_unit_idx ON configuration_item(org_unit_id)"_s,
        u"CREATE INDEX IF NOT EXISTS ci_owner_idx ON configuration_item(owner_id)"_s,
        u"CREATE TABLE IF NOT EXISTS ci_attribute ("
        "  ci_id ${BIGINT} NOT NULL REFERENCES configuration_item(id) ON DELETE CASCADE,"
        "  name TEXT NOT NULL,"
        "  value TEXT NOT NULL,"
        "  PRIMARY KEY (ci_id, name))"_s,
        u"CREATE TABLE IF NOT EXISTS ci_responsibility ("
        "  ci_id ${BIGINT} NOT NULL REFERENCES configuration_item(id) ON DELETE CASCADE,"
        "  role TEXT NOT NULL,"
        "  person_id ${BIGINT} NOT NULL REFERENCES person(id) ON DELETE CASCADE,"
        "  PRIMARY KEY (ci_id, role, person_id))"_s,
        u"CREATE INDEX IF NOT EXISTS ci_responsibility_person_idx ON ci_responsibility(person_id)"_s,
        u"CREATE TABLE IF NOT EXISTS ci_relation ("
        "  id ${ID},"
        "  source_id ${BIGINT} NOT NULL REFERENCES configuration_item(id) ON DELETE CASCADE,"
        "  target_id ${BIGINT} NOT NULL REFERENCES configuration_item(id) ON DELETE CASCADE,"
        "  relation_type TEXT NOT NULL,"
        "  row_version INTEGER NOT NULL DEFAULT 1,"
        "  created_at ${TIMESTAMP} NOT NULL,"
        "  UNIQUE (source_id, target_id, relation_type),"
        "  CHECK (source_id <> target_id))"_s,
        u"CREATE INDEX IF NOT EXISTS ci_relation_target_idx ON ci_relation(target_id, relation_type)"_s,
        // The history outlives the CI: it names the CI and is not tied to it by a foreign key.
        u"CREATE TABLE IF NOT EXISTS ci_history ("
        "  id ${ID},"
        "  ci_id ${BIGINT} NOT NULL,"
        "  ci_name TEXT NOT NULL,"
        "  changed_at ${TIMESTAMP} NOT NULL,"
        "  changed_by TEXT NOT NULL,"
        "  action TEXT NOT NULL,"
        "  field TEXT NOT NULL DEFAULT '',"
        "  old_value TEXT NOT NULL DEFAULT '',"
        "  new_value TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE INDEX IF NOT EXISTS ci_history_ci_idx ON ci_history(ci_id, id)"_s,
        u"CREATE TABLE IF NOT EXISTS product ("
        "  id ${ID},"
        "  vendor TEXT NOT NULL DEFAULT '',"
        "  name TEXT NOT NULL,"
        "  normalized_key TEXT NOT NULL UNIQUE,"
        "  cpe_vendor TEXT NOT NULL DEFAULT '',"
        "  cpe_product TEXT NOT NULL DEFAULT '',"
        "  row_version INTEGER NOT NULL DEFAULT 1,"
        "  created_at ${TIMESTAMP} NOT NULL,"
        "  updated_at ${TIMESTAMP} NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS product_alias ("
        "  alias TEXT PRIMARY KEY,"
        "  product_id ${BIGINT} NOT NULL REFERENCES product(id) ON DELETE CASCADE)"_s,
        u"CREATE INDEX IF NOT EXISTS product_alias_product_idx ON product_alias(product_id)"_s,
        u"CREATE TABLE IF NOT EXISTS installed_software ("
        "  id ${ID},"
        "  ci_id ${BIGINT} NOT NULL REFERENCES configuration_item(id) ON DELETE CASCADE,"
        "  product_id ${BIGINT} NOT NULL REFERENCES product(id) ON DELETE RESTRICT,"
        "  version TEXT NOT NULL DEFAULT '',"
        "  cpe23 TEXT NOT NULL DEFAULT '',"
        "  purl TEXT NOT NULL DEFAULT '',"
        "  source TEXT NOT NULL DEFAULT 'manual',"
        "  row_version INTEGER NOT NULL DEFAULT 1,"
        "  created_at ${TIMESTAMP} NOT NULL,"
        "  updated_at ${TIMESTAMP} NOT NULL,"
        "  UNIQUE (ci_id, product_id, version))"_s,
        u"CREATE INDEX IF NOT EXISTS installed_software_product_idx ON installed_software(product_id, version)"_s,
        u"CREATE TABLE IF NOT EXISTS applied_patch ("
        "  id ${ID},"
        "  ci_id ${BIGINT} NOT NULL REFERENCES configuration_item(id) ON DELETE CASCADE,"
        "  product_id ${BIGINT} REFERENCES product(id) ON DELETE SET NULL,"
        "  title TEXT NOT NULL,"
        "  reference TEXT NOT NULL DEFAULT '',"
        "  from_version TEXT NOT NULL DEFAULT '',"
        "  to_version TEXT NOT NULL DEFAULT '',"
        "  applied_at ${TIMESTAMP} NOT NULL,"
        "  applied_by TEXT NOT NULL DEFAULT '',"
        "  change_ref TEXT NOT NULL DEFAULT '',"
        "  result TEXT NOT NULL DEFAULT 'success',"
        "  notes TEXT NOT NULL DEFAULT '',"
        "  row_version INTEGER NOT NULL DEFAULT 1,"
        "  created_at ${TIMESTAMP} NOT NULL)"_s,
        u"CREATE INDEX IF NOT EXISTS applied_patch_ci_idx ON applied_patch(ci_id, applied_at)"_s,
        u"CREATE TABLE IF NOT EXISTS ci_group ("
        "  id ${ID},"
        "  name TEXT NOT NULL UNIQUE,"
        "  kind TEXT NOT NULL CHECK (kind IN ('static', 'dynamic')),"
        "  expression TEXT NOT NULL DEFAULT '',"
        "  description TEXT NOT NULL DEFAULT '',"
        "  row_version INTEGER NOT NULL DEFAULT 1,"
        "  created_at ${TIMESTAMP} NOT NULL,"
        "  updated_at ${TIMESTAMP} NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS ci_group_member ("
        "  group_id ${BIGINT} NOT NULL REFERENCES ci_group(id) ON DELETE CASCADE,"
        "  ci_id ${BIGINT} NOT NULL REFERENCES configuration_item(id) ON DELETE CASCADE,"
        "  PRIMARY KEY (group_id, ci_id))"_s,
        u"CREATE INDEX IF NOT EXISTS ci_group_member_ci_idx ON ci_group_member(ci_id)"_s,
        // Who may do what on a system (M11): a person or a whole unit, with a named profile.
        u"CREATE TABLE IF NOT EXISTS rights_profile ("
        "  id ${ID},"
        "  ci_id ${BIGINT} NOT NULL REFERENCES configuration_item(id) ON DELETE CASCADE,"
        "  person_id ${BIGINT} REFERENCES person(id) ON DELETE CASCADE,"
        "  org_unit_id ${BIGINT} REFERENCES org_unit(id) ON DELETE CASCADE,"
        "  profile TEXT NOT NULL,"
        "  description TEXT NOT NULL DEFAULT '',"
        "  row_version INTEGER NOT NULL DEFAULT 1,"
        "  created_at ${TIMESTAMP} NOT NULL,"
        "  updated_at ${TIMESTAMP} NOT NULL,"
        "  CHECK ((person_id IS NULL) <> (org_unit_id IS NULL)))"_s,
        u"CREATE INDEX IF NOT EXISTS rights_profile_ci_idx ON rights_profile(ci_id)"_s,
    });
}

// The hardening review (N10): whether a product belongs on the systems, and why not.
Status version3(const Database &db)
{
    if (auto added = addColumnIfMissing(db, u"product"_s, u"approval"_s, u"TEXT NOT NULL DEFAULT 'unreviewed'"_s);
        !added)
        return added;
    if (auto added = addColumnIfMissing(db, u"product"_s, u"approval_reason"_s, u"TEXT NOT NULL DEFAULT ''"_s);
        !added)
        return added;
    return execSchema(db, {u"CREATE INDEX IF NOT EXISTS product_approval_idx ON product(approval)"_s});
}

// Class and site have a handful of values each: a filter on them reads a large share of the
// table, which a scan does faster than an index, and every new CI paid for the two indexes
// (a fifth of a large import). Version 2 no longer creates them; older files drop them here.
Status version4(const Database &db)
{
    return execSchema(db, {u"DROP INDEX IF EXISTS ci_class_idx"_s, u"DROP INDEX IF EXISTS ci_site_idx"_s});
}

} // namespace

const QList<MigrationStep> &Migrator::schemaSteps()
{
    static const QList<MigrationStep> steps = {
        {1, u"organizational units, people, settings"_s, version1},
        {2, u"CMDB: configuration items, relations, history, software, patches, groups, rights"_s, version2},
        {3, u"software review: approved, unneeded and forbidden products"_s, version3},
        {4, u"CMDB: no indexes on class and site"_s, version4},
    };
    return steps;
}

} // namespace ChangeDesk
