// The ChangeDesk schema, one step per version. Never edit a released step: add a new one.
// Every mutable table carries row_version for optimistic concurrency.

#include "storage/database.h"
#include "storage/migrator.h"

#include <QUuid>

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

// The audit trail (issue 4): an append-only hash chain of events (core/audit/auditlog.h explains
// the chain and its byte encoding). audit_head is one row: the last event's seq and hash, the lock
// that puts appends in a line, and the database's identity for signed checkpoints. Nobody may
// change or delete an event: SQLite and PostgreSQL refuse it with triggers. On PostgreSQL a trigger
// also fills in the seq, the server's time and session user, and the hash of every new event, so
// that a client can neither choose them nor fork the chain.
Status version5(const Database &db)
{
    auto created = execSchema(db, {
        u"CREATE TABLE IF NOT EXISTS audit_event ("
        "  seq ${BIGINT} PRIMARY KEY CHECK (seq > 0),"
        "  occurred_at ${TIMESTAMP} NOT NULL,"
        "  actor TEXT NOT NULL,"
        "  action TEXT NOT NULL,"
        "  object_type TEXT NOT NULL DEFAULT '',"
        "  object_id ${BIGINT},"
        "  before_json TEXT,"
        "  after_json TEXT,"
        "  hash TEXT NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS audit_head ("
        "  id INTEGER PRIMARY KEY CHECK (id = 1),"
        "  seq ${BIGINT} NOT NULL,"
        "  hash TEXT NOT NULL,"
        "  database_id TEXT NOT NULL)"_s,
        u"CREATE INDEX IF NOT EXISTS audit_event_object_idx ON audit_event(object_type, object_id)"_s,
    });
    if (!created)
        return created;
    // h_0: 32 zero bytes. The identity is made once, when the trail is made.
    auto head = db.exec(u"INSERT INTO audit_head (id, seq, hash, database_id) SELECT 1, 0, ?, ? "
                        "WHERE NOT EXISTS (SELECT 1 FROM audit_head)"_s,
                        {QString(64, u'0'), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                        Migrator::tr("changing the database schema"));
    if (!head)
        return fail(head.error());

    if (db.backend() == Backend::SQLite) {
        return execSchema(db, {
            u"CREATE TRIGGER IF NOT EXISTS audit_event_no_update BEFORE UPDATE ON audit_event "
            "BEGIN SELECT RAISE(ABORT, 'audit_event is append-only: an audit event cannot be changed'); END"_s,
            u"CREATE TRIGGER IF NOT EXISTS audit_event_no_delete BEFORE DELETE ON audit_event "
            "BEGIN SELECT RAISE(ABORT, 'audit_event is append-only: an audit event cannot be deleted'); END"_s,
            u"CREATE TRIGGER IF NOT EXISTS audit_head_no_delete BEFORE DELETE ON audit_head "
            "BEGIN SELECT RAISE(ABORT, 'audit_head cannot be deleted: the audit trail needs it'); END"_s,
        });
    }

    return execSchema(db, {
        // One field of the canonical encoding: its length in UTF-8 bytes (4 bytes, big-endian),
        // then the bytes; NULL as the empty text.
        u"CREATE OR REPLACE FUNCTION audit_field(value TEXT) RETURNS BYTEA LANGUAGE sql IMMUTABLE "
        "AS $$ SELECT int4send(octet_length(convert_to(COALESCE(value, ''), 'UTF8'))) "
        "|| convert_to(COALESCE(value, ''), 'UTF8') $$"_s,
        // Locks the head (appends queue here), then fills in the event. Whatever the client sent
        // for seq, time, actor and hash is replaced.
        u"CREATE OR REPLACE FUNCTION audit_event_chain() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        "DECLARE\n"
        "  head_seq BIGINT;\n"
        "  head_hash TEXT;\n"
        "BEGIN\n"
        "  SELECT seq, hash INTO head_seq, head_hash FROM audit_head WHERE id = 1 FOR UPDATE;\n"
        "  IF NOT FOUND THEN\n"
        "    RAISE EXCEPTION 'the audit trail has no head (table audit_head is empty)';\n"
        "  END IF;\n"
        "  NEW.seq := head_seq + 1;\n"
        "  NEW.occurred_at := date_trunc('milliseconds', clock_timestamp());\n"
        "  NEW.actor := session_user;\n"
        "  NEW.object_type := COALESCE(NEW.object_type, '');\n"
        "  NEW.hash := encode(sha256(decode(head_hash, 'hex') || int8send(NEW.seq)\n"
        "    || audit_field(to_char(NEW.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'))\n"
        "    || audit_field(NEW.actor) || audit_field(NEW.action) || audit_field(NEW.object_type)\n"
        "    || audit_field(NEW.object_id::text) || audit_field(NEW.before_json)\n"
        "    || audit_field(NEW.after_json)), 'hex');\n"
        "  UPDATE audit_head SET seq = NEW.seq, hash = NEW.hash WHERE id = 1;\n"
        "  RETURN NEW;\n"
        "END $$"_s,
        u"CREATE OR REPLACE FUNCTION audit_refuse() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        "BEGIN\n"
        "  IF TG_TABLE_NAME = 'audit_head' AND TG_OP = 'UPDATE' AND pg_trigger_depth() > 1 THEN\n"
        "    RETURN NEW;\n"
        "  END IF;\n"
        "  IF TG_TABLE_NAME = 'audit_head' THEN\n"
        "    RAISE EXCEPTION 'audit_head changes only when an event is appended: % is refused for everybody',\n"
        "      TG_OP USING ERRCODE = 'restrict_violation';\n"
        "  END IF;\n"
        "  RAISE EXCEPTION 'audit_event is append-only: % is refused for everybody', TG_OP\n"
        "    USING ERRCODE = 'restrict_violation';\n"
        "END $$"_s,
        u"DROP TRIGGER IF EXISTS audit_event_chain ON audit_event"_s,
        u"CREATE TRIGGER audit_event_chain BEFORE INSERT ON audit_event FOR EACH ROW "
        "EXECUTE FUNCTION audit_event_chain()"_s,
        u"DROP TRIGGER IF EXISTS audit_event_no_change ON audit_event"_s,
        u"CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event FOR EACH ROW "
        "EXECUTE FUNCTION audit_refuse()"_s,
        u"DROP TRIGGER IF EXISTS audit_event_no_truncate ON audit_event"_s,
        u"CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event FOR EACH STATEMENT "
        "EXECUTE FUNCTION audit_refuse()"_s,
        // The head changes only through audit_event_chain (a trigger inside a trigger).
        u"DROP TRIGGER IF EXISTS audit_head_no_change ON audit_head"_s,
        u"CREATE TRIGGER audit_head_no_change BEFORE UPDATE OR DELETE ON audit_head FOR EACH ROW "
        "EXECUTE FUNCTION audit_refuse()"_s,
        u"DROP TRIGGER IF EXISTS audit_head_no_truncate ON audit_head"_s,
        u"CREATE TRIGGER audit_head_no_truncate BEFORE TRUNCATE ON audit_head FOR EACH STATEMENT "
        "EXECUTE FUNCTION audit_refuse()"_s,
    });
}


// Requests for change (issue 4, M1, M2, M4, M5, M7, M9, M12, M13): the record with its affected
// CIs and groups, rollout waves with break points, test cases, attachments and security
// management's objections; the app roles of each person. Its history is the audit trail.
Status version6(const Database &db)
{
    return execSchema(db, {
        u"CREATE TABLE IF NOT EXISTS person_role ("
        "  person_id ${BIGINT} NOT NULL REFERENCES person(id) ON DELETE CASCADE,"
        "  role TEXT NOT NULL,"
        "  PRIMARY KEY (person_id, role))"_s,
        u"CREATE TABLE IF NOT EXISTS change_request ("
        "  id ${ID},"
        "  state TEXT NOT NULL,"
        "  title TEXT NOT NULL,"
        "  description TEXT NOT NULL DEFAULT '',"
        "  reason TEXT NOT NULL DEFAULT '',"
        "  applicant_id ${BIGINT} NOT NULL REFERENCES person(id) ON DELETE RESTRICT,"
        "  department_id ${BIGINT} REFERENCES org_unit(id) ON DELETE SET NULL,"
        "  problem_reference TEXT NOT NULL DEFAULT '',"
        "  change_type TEXT NOT NULL DEFAULT 'normal',"
        "  template TEXT NOT NULL DEFAULT '',"
        "  priority TEXT NOT NULL DEFAULT '',"
        "  category TEXT NOT NULL DEFAULT '',"
        "  override_reason TEXT NOT NULL DEFAULT '',"
        "  impact TEXT NOT NULL DEFAULT '',"
        "  resources TEXT NOT NULL DEFAULT '',"
        "  cost TEXT NOT NULL DEFAULT '',"
        "  change_manager_recommendation TEXT NOT NULL DEFAULT '',"
        "  cab_recommendation TEXT NOT NULL DEFAULT '',"
        "  security_assessment TEXT NOT NULL DEFAULT '',"
        "  security_relevant ${BOOL} NOT NULL DEFAULT ${FALSE},"
        "  authorized_at ${TIMESTAMP},"
        "  planned_start ${TIMESTAMP},"
        "  planned_end ${TIMESTAMP},"
        "  actual_start ${TIMESTAMP},"
        "  actual_end ${TIMESTAMP},"
        "  evaluation_due ${TIMESTAMP},"
        "  rejection_reason TEXT NOT NULL DEFAULT '',"
        "  duplicate_of ${BIGINT} REFERENCES change_request(id) ON DELETE SET NULL,"
        "  test_plan TEXT NOT NULL DEFAULT '',"
        "  fallback_plan TEXT NOT NULL DEFAULT '',"
        "  fallback_criteria TEXT NOT NULL DEFAULT '',"
        "  eval_goal_reached ${BOOL},"
        "  eval_users_satisfied ${BOOL},"
        "  eval_budget_kept ${BOOL},"
        "  eval_schedule_kept ${BOOL},"
        "  eval_side_effects TEXT NOT NULL DEFAULT '',"
        "  eval_post_tests TEXT NOT NULL DEFAULT '',"
        "  evaluated_at ${TIMESTAMP},"
        "  evaluated_by ${BIGINT} REFERENCES person(id) ON DELETE SET NULL,"
        "  follow_up_id ${BIGINT} REFERENCES change_request(id) ON DELETE SET NULL,"
        "  rolled_back_at ${TIMESTAMP},"
        "  ended_at ${TIMESTAMP},"
        "  row_version INTEGER NOT NULL DEFAULT 1,"
        "  created_at ${TIMESTAMP} NOT NULL,"
        "  updated_at ${TIMESTAMP} NOT NULL)"_s,
        u"CREATE INDEX IF NOT EXISTS change_request_state_idx ON change_request(state)"_s,
        u"CREATE INDEX IF NOT EXISTS change_request_applicant_idx ON change_request(applicant_id)"_s,
        u"CREATE INDEX IF NOT EXISTS change_request_ended_idx ON change_request(ended_at)"_s,
        u"CREATE TABLE IF NOT EXISTS change_ci ("
        "  change_id ${BIGINT} NOT NULL REFERENCES change_request(id) ON DELETE CASCADE,"
        "  ci_id ${BIGINT} NOT NULL REFERENCES configuration_item(id) ON DELETE RESTRICT,"
        "  PRIMARY KEY (change_id, ci_id))"_s,
        u"CREATE INDEX IF NOT EXISTS change_ci_ci_idx ON change_ci(ci_id)"_s,
        u"CREATE TABLE IF NOT EXISTS change_group ("
        "  change_id ${BIGINT} NOT NULL REFERENCES change_request(id) ON DELETE CASCADE,"
        "  group_id ${BIGINT} NOT NULL REFERENCES ci_group(id) ON DELETE RESTRICT,"
        "  PRIMARY KEY (change_id, group_id))"_s,
        u"CREATE TABLE IF NOT EXISTS change_wave ("
        "  id ${ID},"
        "  change_id ${BIGINT} NOT NULL REFERENCES change_request(id) ON DELETE CASCADE,"
        "  position INTEGER NOT NULL,"
        "  name TEXT NOT NULL,"
        "  group_id ${BIGINT} REFERENCES ci_group(id) ON DELETE SET NULL,"
        "  go_criteria TEXT NOT NULL DEFAULT '',"
        "  break_point ${BOOL} NOT NULL DEFAULT ${TRUE},"
        "  planned_start ${TIMESTAMP},"
        "  planned_end ${TIMESTAMP},"
        "  status TEXT NOT NULL DEFAULT 'pending',"
        "  status_note TEXT NOT NULL DEFAULT '',"
        "  UNIQUE (change_id, position))"_s,
        u"CREATE TABLE IF NOT EXISTS change_test_case ("
        "  id ${ID},"
        "  change_id ${BIGINT} NOT NULL REFERENCES change_request(id) ON DELETE CASCADE,"
        "  position INTEGER NOT NULL,"
        "  description TEXT NOT NULL,"
        "  expected TEXT NOT NULL DEFAULT '',"
        "  actual TEXT NOT NULL DEFAULT '',"
        "  result TEXT NOT NULL DEFAULT 'pending',"
        "  tested_by ${BIGINT} REFERENCES person(id) ON DELETE SET NULL,"
        "  tested_at ${TIMESTAMP},"
        "  UNIQUE (change_id, position))"_s,
        u"CREATE TABLE IF NOT EXISTS change_attachment ("
        "  id ${ID},"
        "  change_id ${BIGINT} NOT NULL REFERENCES change_request(id) ON DELETE CASCADE,"
        "  name TEXT NOT NULL,"
        "  media_type TEXT NOT NULL DEFAULT '',"
        "  content ${BLOB} NOT NULL,"
        "  sha256 TEXT NOT NULL,"
        "  added_by ${BIGINT} REFERENCES person(id) ON DELETE SET NULL,"
        "  added_at ${TIMESTAMP} NOT NULL)"_s,
        u"CREATE INDEX IF NOT EXISTS change_attachment_change_idx ON change_attachment(change_id)"_s,
        u"CREATE TABLE IF NOT EXISTS change_objection ("
        "  id ${ID},"
        "  change_id ${BIGINT} NOT NULL REFERENCES change_request(id) ON DELETE CASCADE,"
        "  field TEXT NOT NULL,"
        "  proposed TEXT NOT NULL,"
        "  reason TEXT NOT NULL,"
        "  raised_by ${BIGINT} REFERENCES person(id) ON DELETE SET NULL,"
        "  raised_at ${TIMESTAMP} NOT NULL,"
        "  status TEXT NOT NULL DEFAULT 'open',"
        "  escalated_by ${BIGINT} REFERENCES person(id) ON DELETE SET NULL,"
        "  escalated_at ${TIMESTAMP},"
        "  resolved_by ${BIGINT} REFERENCES person(id) ON DELETE SET NULL,"
        "  resolved_at ${TIMESTAMP},"
        "  resolution TEXT NOT NULL DEFAULT '',"
        "  row_version INTEGER NOT NULL DEFAULT 1)"_s,
        u"CREATE INDEX IF NOT EXISTS change_objection_change_idx ON change_objection(change_id)"_s,
    });
}

// The workflow definitions an administrator installed, newest last; the newest is in force. None:
// the shipped default.
Status version7(const Database &db)
{
    return execSchema(db, {
        u"CREATE TABLE IF NOT EXISTS workflow_definition ("
        "  id ${ID},"
        "  name TEXT NOT NULL,"
        "  definition TEXT NOT NULL,"
        "  sha256 TEXT NOT NULL,"
        "  installed_by ${BIGINT} REFERENCES person(id) ON DELETE SET NULL,"
        "  installed_at ${TIMESTAMP} NOT NULL)"_s,
    });
}

// The audit trail under concurrency (issue 4). Version 5 locked the chain's head when an event was
// inserted, so a transaction held it through its remaining statements, its client's round trips
// and its commit: appends of concurrent transactions queued, one WAL flush after the other. Now,
// on PostgreSQL, an inserted event is pending (a negative seq from audit_event_pending, no hash)
// and a deferred constraint trigger seals it at commit: it locks the head, gives the event its
// place, server time and hash, and the transaction commits at once. Pending events are seen only
// by their own transaction; every committed event is sealed. The index by object ends in seq: a
// record's newest event is its last entry there.
Status version8(const Database &db)
{
    auto indexed = execSchema(db, {
        u"DROP INDEX IF EXISTS audit_event_object_idx"_s,
        u"CREATE INDEX IF NOT EXISTS audit_event_object_idx ON audit_event(object_type, object_id, seq)"_s,
    });
    if (!indexed || db.backend() == Backend::SQLite)
        return indexed;
    return execSchema(db, {
        u"ALTER TABLE audit_event DROP CONSTRAINT IF EXISTS audit_event_seq_check"_s,
        u"ALTER TABLE audit_event ADD CONSTRAINT audit_event_seq_check CHECK (seq <> 0)"_s,
        // Owned by the table, so that it follows the table to a new owner (server secure).
        u"CREATE SEQUENCE IF NOT EXISTS audit_event_pending OWNED BY audit_event.seq"_s,
        // STABLE like convert_to, so that the planner can inline it into the sealing expression.
        u"CREATE OR REPLACE FUNCTION audit_field(value TEXT) RETURNS BYTEA LANGUAGE sql STABLE "
        "AS $$ SELECT int4send(octet_length(convert_to(COALESCE(value, ''), 'UTF8'))) "
        "|| convert_to(COALESCE(value, ''), 'UTF8') $$"_s,
        // On insert: pending. Whatever the client sent for seq, time, actor and hash is replaced.
        u"CREATE OR REPLACE FUNCTION audit_event_chain() RETURNS trigger LANGUAGE plpgsql "
        "SECURITY DEFINER SET search_path = public, pg_temp AS $$\n"
        "BEGIN\n"
        "  NEW.seq := -nextval('audit_event_pending');\n"
        "  NEW.occurred_at := date_trunc('milliseconds', clock_timestamp());\n"
        "  NEW.actor := session_user;\n"
        "  NEW.object_type := COALESCE(NEW.object_type, '');\n"
        "  NEW.hash := '';\n"
        "  RETURN NEW;\n"
        "END $$"_s,
        // At commit (or SET CONSTRAINTS audit_event_seal IMMEDIATE): the event's place in the chain.
        u"CREATE OR REPLACE FUNCTION audit_event_seal() RETURNS trigger LANGUAGE plpgsql "
        "SECURITY DEFINER SET search_path = public, pg_temp AS $$\n"
        "DECLARE\n"
        "  head_seq BIGINT;\n"
        "  head_hash TEXT;\n"
        "  sealed_at TIMESTAMPTZ;\n"
        "  sealed TEXT;\n"
        "BEGIN\n"
        // The queue: a lock that wakes only the next in line when it is released (waiting for
        // the head's row lock woke every waiter at each commit).
        "  PERFORM pg_advisory_xact_lock(7275823402716449091);\n"
        "  SELECT seq, hash INTO head_seq, head_hash FROM audit_head WHERE id = 1 FOR UPDATE;\n"
        "  IF NOT FOUND THEN\n"
        "    RAISE EXCEPTION 'the audit trail has no head (table audit_head is empty)';\n"
        "  END IF;\n"
        "  head_seq := head_seq + 1;\n"
        "  sealed_at := date_trunc('milliseconds', clock_timestamp());\n"
        "  sealed := encode(sha256(decode(head_hash, 'hex') || int8send(head_seq)\n"
        "    || audit_field(to_char(sealed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'))\n"
        "    || audit_field(NEW.actor) || audit_field(NEW.action) || audit_field(NEW.object_type)\n"
        "    || audit_field(NEW.object_id::text) || audit_field(NEW.before_json)\n"
        "    || audit_field(NEW.after_json)), 'hex');\n"
        "  UPDATE audit_event SET seq = head_seq, occurred_at = sealed_at, hash = sealed WHERE seq = NEW.seq;\n"
        "  UPDATE audit_head SET seq = head_seq, hash = sealed WHERE id = 1;\n"
        "  RETURN NULL;\n"
        "END $$"_s,
        // Only the seal (a trigger inside a trigger) changes a row, and only a pending one's place,
        // time and hash.
        u"CREATE OR REPLACE FUNCTION audit_refuse() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        "BEGIN\n"
        "  IF TG_OP = 'UPDATE' AND pg_trigger_depth() > 1 THEN\n"
        "    IF TG_TABLE_NAME = 'audit_head' THEN\n"
        "      RETURN NEW;\n"
        "    END IF;\n"
        "    IF OLD.seq < 0 AND OLD.hash = '' AND NEW.seq > 0\n"
        "       AND (NEW.actor, NEW.action, NEW.object_type, NEW.object_id, NEW.before_json, NEW.after_json)\n"
        "           IS NOT DISTINCT FROM\n"
        "           (OLD.actor, OLD.action, OLD.object_type, OLD.object_id, OLD.before_json, OLD.after_json) THEN\n"
        "      RETURN NEW;\n"
        "    END IF;\n"
        "  END IF;\n"
        "  IF TG_TABLE_NAME = 'audit_head' THEN\n"
        "    RAISE EXCEPTION 'audit_head changes only when an event is appended: % is refused for everybody',\n"
        "      TG_OP USING ERRCODE = 'restrict_violation';\n"
        "  END IF;\n"
        "  RAISE EXCEPTION 'audit_event is append-only: % is refused for everybody', TG_OP\n"
        "    USING ERRCODE = 'restrict_violation';\n"
        "END $$"_s,
        u"DROP TRIGGER IF EXISTS audit_event_seal ON audit_event"_s,
        u"CREATE CONSTRAINT TRIGGER audit_event_seal AFTER INSERT ON audit_event DEFERRABLE INITIALLY "
        "DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_event_seal()"_s,
    });
}

// The change calendar (issue 5): what a change's schedule needs besides its planned times, the
// maintenance windows (a CI's, a group's or everybody's) and the freeze periods.
// A column added unless it is there: a step may run again after its record was lost.
Status addColumn(const Database &db, const QString &table, const QString &column, const QString &definition)
{
    auto exists = db.scalar(db.backend() == Backend::SQLite
                                ? u"SELECT count(*) FROM pragma_table_info(?) WHERE name = ?"_s
                                : u"SELECT count(*) FROM information_schema.columns WHERE table_schema = "
                                  "current_schema() AND table_name = ? AND column_name = ?"_s,
                            {table, column}, u"looking for column %1.%2"_s.arg(table, column));
    if (!exists)
        return fail(exists.error());
    if (exists->toInt() > 0)
        return {};
    return execSchema(db, {u"ALTER TABLE %1 ADD COLUMN %2 %3"_s.arg(table, column, definition)});
}

Status version9(const Database &db)
{
    if (auto added = addColumn(db, u"change_request"_s, u"expected_downtime"_s,
                               u"INTEGER CHECK (expected_downtime >= 0)"_s);
        !added)
        return added;
    if (auto added = addColumn(db, u"change_request"_s, u"needs_restart"_s, u"${BOOL} NOT NULL DEFAULT ${FALSE}"_s);
        !added)
        return added;
    return execSchema(db, {
        u"CREATE INDEX IF NOT EXISTS change_request_planned_idx ON change_request(planned_start)"_s,
        u"CREATE TABLE IF NOT EXISTS change_implementer ("
        "  change_id ${BIGINT} NOT NULL REFERENCES change_request(id) ON DELETE CASCADE,"
        "  person_id ${BIGINT} NOT NULL REFERENCES person(id) ON DELETE RESTRICT,"
        "  PRIMARY KEY (change_id, person_id))"_s,
        u"CREATE INDEX IF NOT EXISTS change_implementer_person_idx ON change_implementer(person_id)"_s,
        u"CREATE TABLE IF NOT EXISTS maintenance_window ("
        "  id ${ID},"
        "  name TEXT NOT NULL,"
        "  description TEXT NOT NULL DEFAULT '',"
        "  ci_id ${BIGINT} REFERENCES configuration_item(id) ON DELETE CASCADE,"
        "  group_id ${BIGINT} REFERENCES ci_group(id) ON DELETE CASCADE,"
        "  time_zone TEXT NOT NULL,"
        "  frequency TEXT NOT NULL CHECK (frequency IN ('daily', 'weekly', 'monthly')),"
        "  every_n INTEGER NOT NULL DEFAULT 1 CHECK (every_n BETWEEN 1 AND 52),"
        "  weekdays TEXT NOT NULL DEFAULT '',"
        "  month_day INTEGER NOT NULL DEFAULT 0,"
        "  week_of_month INTEGER NOT NULL DEFAULT 0,"
        "  start_time TEXT NOT NULL,"
        "  end_time TEXT NOT NULL,"
        "  first_date TEXT NOT NULL,"
        "  last_date TEXT,"
        "  row_version INTEGER NOT NULL DEFAULT 1,"
        "  created_at ${TIMESTAMP} NOT NULL,"
        "  updated_at ${TIMESTAMP} NOT NULL,"
        "  CHECK (ci_id IS NULL OR group_id IS NULL))"_s,
        u"CREATE INDEX IF NOT EXISTS maintenance_window_ci_idx ON maintenance_window(ci_id)"_s,
        u"CREATE INDEX IF NOT EXISTS maintenance_window_group_idx ON maintenance_window(group_id)"_s,
        u"CREATE TABLE IF NOT EXISTS freeze_period ("
        "  id ${ID},"
        "  name TEXT NOT NULL,"
        "  reason TEXT NOT NULL DEFAULT '',"
        "  group_id ${BIGINT} REFERENCES ci_group(id) ON DELETE CASCADE,"
        "  starts_at ${TIMESTAMP} NOT NULL,"
        "  ends_at ${TIMESTAMP} NOT NULL,"
        "  row_version INTEGER NOT NULL DEFAULT 1,"
        "  created_at ${TIMESTAMP} NOT NULL,"
        "  updated_at ${TIMESTAMP} NOT NULL,"
        "  CHECK (ends_at > starts_at))"_s,
    });
}

Status version10(const Database &db)
{
    return execSchema(db, {
        u"CREATE TABLE IF NOT EXISTS cab_meeting ("
        "  id ${ID},"
        "  title TEXT NOT NULL,"
        "  starts_at ${TIMESTAMP} NOT NULL,"
        "  ends_at ${TIMESTAMP},"
        "  location TEXT NOT NULL DEFAULT '',"
        "  quorum INTEGER NOT NULL CHECK (quorum >= 1),"
        "  status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'closed')),"
        "  closed_at ${TIMESTAMP},"
        "  row_version INTEGER NOT NULL DEFAULT 1,"
        "  created_at ${TIMESTAMP} NOT NULL,"
        "  updated_at ${TIMESTAMP} NOT NULL,"
        "  CHECK (ends_at IS NULL OR ends_at > starts_at))"_s,
        u"CREATE INDEX IF NOT EXISTS cab_meeting_start_idx ON cab_meeting(starts_at)"_s,
        u"CREATE TABLE IF NOT EXISTS cab_member ("
        "  meeting_id ${BIGINT} NOT NULL REFERENCES cab_meeting(id) ON DELETE CASCADE,"
        "  person_id ${BIGINT} NOT NULL REFERENCES person(id) ON DELETE RESTRICT,"
        "  role TEXT NOT NULL CHECK (role IN ('chair', 'member', 'guest')),"
        "  present ${BOOL} NOT NULL DEFAULT ${FALSE},"
        "  PRIMARY KEY (meeting_id, person_id))"_s,
        u"CREATE TABLE IF NOT EXISTS cab_item ("
        "  id ${ID},"
        "  meeting_id ${BIGINT} NOT NULL REFERENCES cab_meeting(id) ON DELETE CASCADE,"
        "  change_id ${BIGINT} NOT NULL REFERENCES change_request(id) ON DELETE RESTRICT,"
        "  position INTEGER NOT NULL,"
        "  decision TEXT NOT NULL DEFAULT '' CHECK (decision IN ('', 'approve', 'reject', 'defer', "
        "'more_information', 'escalate')),"
        "  recommendation TEXT NOT NULL DEFAULT '',"
        "  note TEXT NOT NULL DEFAULT '',"
        "  decided_by ${BIGINT} REFERENCES person(id) ON DELETE RESTRICT,"
        "  decided_at ${TIMESTAMP},"
        "  UNIQUE (meeting_id, change_id),"
        "  UNIQUE (meeting_id, position))"_s,
        u"CREATE INDEX IF NOT EXISTS cab_item_change_idx ON cab_item(change_id)"_s,
        u"CREATE TABLE IF NOT EXISTS cab_vote ("
        "  item_id ${BIGINT} NOT NULL REFERENCES cab_item(id) ON DELETE CASCADE,"
        "  person_id ${BIGINT} NOT NULL REFERENCES person(id) ON DELETE RESTRICT,"
        "  choice TEXT NOT NULL CHECK (choice IN ('approve', 'reject', 'abstain')),"
        "  comment TEXT NOT NULL DEFAULT '',"
        "  cast_at ${TIMESTAMP} NOT NULL,"
        "  PRIMARY KEY (item_id, person_id))"_s,
    });
}

Status version11(const Database &db)
{
    return execSchema(db, {
        // The keys and CA certificates package signatures are checked against (M10), with the
        // second channel their fingerprint was compared through.
        u"CREATE TABLE IF NOT EXISTS trust_anchor ("
        "  id ${ID},"
        "  kind TEXT NOT NULL CHECK (kind IN ('openpgp', 'x509_ca', 'x509_crl')),"
        "  fingerprint TEXT NOT NULL UNIQUE,"
        "  label TEXT NOT NULL DEFAULT '',"
        "  material ${BLOB} NOT NULL,"
        "  valid_from ${TIMESTAMP},"
        "  valid_until ${TIMESTAMP},"
        "  revoked ${BOOL} NOT NULL DEFAULT ${FALSE},"
        "  source TEXT NOT NULL DEFAULT '',"
        "  pinned ${BOOL} NOT NULL DEFAULT ${FALSE},"
        "  confirmed_via TEXT NOT NULL DEFAULT '',"
        "  added_by TEXT NOT NULL DEFAULT '',"
        "  added_at ${TIMESTAMP} NOT NULL,"
        "  pinned_by TEXT NOT NULL DEFAULT '',"
        "  pinned_at ${TIMESTAMP})"_s,
        // Every verification of a package file (M8, M10): who, when, what, and why it ended so.
        u"CREATE TABLE IF NOT EXISTS package_verification ("
        "  id ${ID},"
        "  file_name TEXT NOT NULL,"
        "  file_size ${BIGINT} NOT NULL,"
        "  sha256 TEXT NOT NULL,"
        "  verdict TEXT NOT NULL CHECK (verdict IN ('green', 'amber', 'red')),"
        "  reason TEXT NOT NULL,"
        "  detail TEXT NOT NULL DEFAULT '',"
        "  checksum_algorithm TEXT NOT NULL DEFAULT '',"
        "  signature_kind TEXT NOT NULL DEFAULT '' CHECK (signature_kind IN ('', 'openpgp', 'cms')),"
        "  signer_fingerprint TEXT NOT NULL DEFAULT '',"
        "  signer TEXT NOT NULL DEFAULT '',"
        "  signed_at ${TIMESTAMP},"
        "  key_validity TEXT NOT NULL DEFAULT '',"
        "  digest_algorithm TEXT NOT NULL DEFAULT '',"
        "  tool_versions TEXT NOT NULL DEFAULT '',"
        "  evidence TEXT NOT NULL DEFAULT '',"
        "  verified_by TEXT NOT NULL DEFAULT '',"
        "  verified_at ${TIMESTAMP} NOT NULL)"_s,
        u"CREATE INDEX IF NOT EXISTS package_verification_sha_idx ON package_verification(sha256)"_s,
    });
}

// The software library (issue 6, M8, M9, M10): packages with the evidence their vendor published,
// attached to requests for change; the acceptance of a package after its tests and its release,
// each release entered into the reference checksum register, which is append-only and
// hash-chained (checksumregister.h) so that a package altered after its release is found.
Status version12(const Database &db)
{
    auto created = execSchema(db, {
        u"CREATE TABLE IF NOT EXISTS package ("
        "  id ${ID},"
        "  kind TEXT NOT NULL CHECK (kind IN ('patch', 'security_patch', 'hotfix', 'service_pack', "
        "'update_rollup', 'feature_pack', 'release')),"
        "  vendor TEXT NOT NULL,"
        "  product TEXT NOT NULL,"
        "  version TEXT NOT NULL,"
        "  source TEXT NOT NULL DEFAULT '',"
        "  file_name TEXT NOT NULL,"
        "  file_path TEXT NOT NULL,"
        "  file_size ${BIGINT} NOT NULL,"
        "  sha256 TEXT NOT NULL,"
        "  checksums TEXT NOT NULL DEFAULT '',"
        "  checksums_source TEXT NOT NULL DEFAULT '',"
        "  checksums_signature ${BLOB},"
        "  checksums_signature_source TEXT NOT NULL DEFAULT '',"
        "  signature ${BLOB},"
        "  signature_source TEXT NOT NULL DEFAULT '',"
        "  status TEXT NOT NULL DEFAULT 'unverified' CHECK (status IN ('unverified', 'verified', 'failed', "
        "'released')),"
        "  status_reason TEXT NOT NULL DEFAULT '',"
        "  notes TEXT NOT NULL DEFAULT '',"
        "  added_by TEXT NOT NULL DEFAULT '',"
        "  row_version INTEGER NOT NULL DEFAULT 1,"
        "  created_at ${TIMESTAMP} NOT NULL,"
        "  updated_at ${TIMESTAMP} NOT NULL,"
        "  UNIQUE (vendor, product, version, file_name))"_s,
        u"CREATE INDEX IF NOT EXISTS package_sha_idx ON package(sha256)"_s,
        u"CREATE TABLE IF NOT EXISTS change_package ("
        "  change_id ${BIGINT} NOT NULL REFERENCES change_request(id) ON DELETE CASCADE,"
        "  package_id ${BIGINT} NOT NULL REFERENCES package(id) ON DELETE RESTRICT,"
        "  PRIMARY KEY (change_id, package_id))"_s,
        u"CREATE INDEX IF NOT EXISTS change_package_package_idx ON change_package(package_id)"_s,
        u"CREATE TABLE IF NOT EXISTS package_acceptance ("
        "  id ${ID},"
        "  package_id ${BIGINT} NOT NULL REFERENCES package(id) ON DELETE RESTRICT,"
        "  sha256 TEXT NOT NULL,"
        "  test_environment TEXT NOT NULL,"
        "  test_cases TEXT NOT NULL,"
        "  decision TEXT NOT NULL CHECK (decision IN ('accepted', 'refused')),"
        "  refusal_reasons TEXT NOT NULL DEFAULT '',"
        "  declared_by TEXT NOT NULL,"
        "  declared_at ${TIMESTAMP} NOT NULL)"_s,
        u"CREATE INDEX IF NOT EXISTS package_acceptance_package_idx ON package_acceptance(package_id)"_s,
        u"CREATE TABLE IF NOT EXISTS checksum_register ("
        "  seq ${BIGINT} PRIMARY KEY CHECK (seq > 0),"
        "  package_id ${BIGINT} NOT NULL REFERENCES package(id) ON DELETE RESTRICT,"
        "  acceptance_id ${BIGINT} NOT NULL REFERENCES package_acceptance(id) ON DELETE RESTRICT,"
        "  kind TEXT NOT NULL,"
        "  vendor TEXT NOT NULL,"
        "  product TEXT NOT NULL,"
        "  version TEXT NOT NULL,"
        "  file_name TEXT NOT NULL,"
        "  file_size ${BIGINT} NOT NULL,"
        "  sha256 TEXT NOT NULL,"
        "  sha512 TEXT NOT NULL,"
        "  restrictions TEXT NOT NULL DEFAULT '',"
        "  release_date TEXT NOT NULL,"
        "  released_by TEXT NOT NULL,"
        "  released_at ${TIMESTAMP} NOT NULL,"
        "  hash TEXT NOT NULL)"_s,
        u"CREATE INDEX IF NOT EXISTS checksum_register_package_idx ON checksum_register(package_id)"_s,
    });
    if (!created)
        return created;
    if (auto added = addColumn(db, u"package_verification"_s, u"package_id"_s,
                               u"${BIGINT} REFERENCES package(id) ON DELETE RESTRICT"_s);
        !added)
        return added;
    if (auto indexed = execSchema(db, {u"CREATE INDEX IF NOT EXISTS package_verification_package_idx ON "
                                       "package_verification(package_id)"_s});
        !indexed)
        return indexed;
    if (db.backend() == Backend::SQLite) {
        return execSchema(db, {
            u"CREATE TRIGGER IF NOT EXISTS checksum_register_no_update BEFORE UPDATE ON checksum_register "
            "BEGIN SELECT RAISE(ABORT, 'checksum_register is append-only: an entry cannot be changed'); END"_s,
            u"CREATE TRIGGER IF NOT EXISTS checksum_register_no_delete BEFORE DELETE ON checksum_register "
            "BEGIN SELECT RAISE(ABORT, 'checksum_register is append-only: an entry cannot be deleted'); END"_s,
        });
    }
    return execSchema(db, {
        u"CREATE OR REPLACE FUNCTION checksum_register_refuse() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        "BEGIN\n"
        "  RAISE EXCEPTION 'checksum_register is append-only: % is refused for everybody', TG_OP\n"
        "    USING ERRCODE = 'restrict_violation';\n"
        "END $$"_s,
        u"DROP TRIGGER IF EXISTS checksum_register_no_change ON checksum_register"_s,
        u"CREATE TRIGGER checksum_register_no_change BEFORE UPDATE OR DELETE ON checksum_register FOR EACH ROW "
        "EXECUTE FUNCTION checksum_register_refuse()"_s,
        u"DROP TRIGGER IF EXISTS checksum_register_no_truncate ON checksum_register"_s,
        u"CREATE TRIGGER checksum_register_no_truncate BEFORE TRUNCATE ON checksum_register FOR EACH STATEMENT "
        "EXECUTE FUNCTION checksum_register_refuse()"_s,
    });
}

} // namespace

const QList<MigrationStep> &Migrator::schemaSteps()
{
    static const QList<MigrationStep> steps = {
        {1, u"organizational units, people, settings"_s, version1},
        {2, u"CMDB: configuration items, relations, history, software, patches, groups, rights"_s, version2},
        {3, u"software review: approved, unneeded and forbidden products"_s, version3},
        {4, u"CMDB: no indexes on class and site"_s, version4},
        {5, u"audit trail: append-only hash chain"_s, version5},
        {6, u"requests for change: records, waves, test cases, attachments, objections; app roles"_s, version6},
        {7, u"workflow definitions installed by administrators"_s, version7},
        {8, u"audit trail: events sealed at commit; index by object and seq"_s, version8},
        {9, u"change calendar: downtime, restart, implementers; maintenance windows; freeze periods"_s, version9},
        {10, u"CAB: meetings, members and attendance, agenda items, decisions, votes"_s, version10},
        {11, u"package integrity: trust store, verification records"_s, version11},
        {12, u"software library: packages, their requests, acceptance, reference checksum register"_s, version12},
    };
    return steps;
}

} // namespace ChangeDesk
