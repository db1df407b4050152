// Server-side authorization on PostgreSQL: roles, privileges, row-level security and guards
// generated from the workflow definition and the edit rules (see serverpolicy.h).

#include "access/serverpolicy.h"

#include "change/changeanalysis.h"
#include "change/changerecord.h"
#include "change/changeservice.h"
#include "change/workflow.h"
#include "change/workflowstore.h"
#include "cmdb/ci.h"
#include "cmdb/impact.h"
#include "people/peoplerepository.h"
#include "people/personroles.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {

// The roles that work on requests for change (everyone but auditors and administrators).
const QStringList kWorkers {u"applicant"_s,           u"change_manager"_s, u"cab_member"_s,
                            u"security_management"_s, u"implementer"_s,    u"management"_s};
const QStringList kCmdbWriters {u"administrator"_s, u"change_manager"_s, u"implementer"_s};
const QStringList kCmdbTables {u"configuration_item"_s, u"ci_attribute"_s,       u"ci_responsibility"_s,
                               u"ci_relation"_s,        u"ci_history"_s,         u"product"_s,
                               u"product_alias"_s,      u"installed_software"_s, u"applied_patch"_s,
                               u"ci_group"_s,           u"ci_group_member"_s,    u"rights_profile"_s};
const QStringList kPeopleTables {u"person"_s, u"org_unit"_s, u"app_setting"_s};
// The parts of a request: each belongs to one request through change_id.
const QStringList kPartTables {u"change_ci"_s,        u"change_group"_s,      u"change_wave"_s,
                               u"change_test_case"_s, u"change_attachment"_s, u"change_implementer"_s,
                               u"change_package"_s};
// The change calendar's rules: the change manager and administrators keep them, with an audit event
// about the window or freeze in the same transaction.
const QStringList kCalendarTables {u"maintenance_window"_s, u"freeze_period"_s};
const QStringList kCalendarWriters {u"administrator"_s, u"change_manager"_s};
// The CAB's meetings: convened by change managers and administrators, kept by them or the chair (a
// board member), votes cast by the members; each write with an audit event about the meeting.
const QStringList kCabTables {u"cab_meeting"_s, u"cab_member"_s, u"cab_item"_s, u"cab_vote"_s};
const QStringList kCabWriters {u"administrator"_s, u"change_manager"_s, u"cab_member"_s};
// The trust store of package signatures: kept by change managers, administrators and security
// management. Verifications are recorded by whoever verifies (implementers above all). Each write
// with its audit event.
const QStringList kTrustWriters {u"administrator"_s, u"change_manager"_s, u"security_management"_s};
// The software library: kept (added, verified, accepted) by change managers, implementers, security
// management and administrators; released into the append-only checksum register by change
// managers and administrators. Each write with its audit event about the package.
const QStringList kLibraryKeepers {u"administrator"_s, u"change_manager"_s, u"implementer"_s,
                                   u"security_management"_s};
const QStringList kReleasers {u"administrator"_s, u"change_manager"_s};
const QString kPinned = u"SECURITY DEFINER SET search_path = public, pg_temp"_s;
// The helpers the guards call have neither: a function with a SET clause changes a setting at
// every call and is never inlined, which made the guards' checks cost more than the transition.
// Nobody but the owner may execute them (EXECUTE is revoked) and the guards that call them run
// with the pinned search path.

QString ident(const QString &name)
{
    return u'"' + QString(name).replace(u'"', u"\"\""_s) + u'"';
}

QString literal(const QString &text)
{
    return u'\'' + QString(text).replace(u'\'', u"''"_s) + u'\'';
}

QString textArray(const QStringList &items)
{
    QStringList quoted;
    for (const QString &item : items)
        quoted << literal(item);
    return u"ARRAY[%1]::TEXT[]"_s.arg(quoted.join(u", "_s));
}

QString roleList(const QString &prefix, const QStringList &roles)
{
    QStringList names;
    for (const QString &role : roles)
        names << ident(ServerPolicy::groupRole(prefix, role));
    return names.join(u", "_s);
}

// The column of change_request that holds a field of ChangeRecordFields::textKeys().
QString columnOf(const QString &key)
{
    if (key == u"type")
        return u"change_type"_s;
    if (key == u"follow_up")
        return u"follow_up_id"_s;
    return key;
}

// The field a column of change_request belongs to, for the edit rules; empty for the columns
// the guard treats by themselves.
QString fieldOfColumn(const QString &column)
{
    static const QHash<QString, QString> special {
        {u"applicant_id"_s, u"applicant"_s},
        {u"department_id"_s, u"department"_s},
        {u"eval_goal_reached"_s, u"evaluation"_s},
        {u"eval_users_satisfied"_s, u"evaluation"_s},
        {u"eval_budget_kept"_s, u"evaluation"_s},
        {u"eval_schedule_kept"_s, u"evaluation"_s},
        {u"eval_side_effects"_s, u"evaluation"_s},
        {u"eval_post_tests"_s, u"evaluation"_s},
        {u"evaluated_at"_s, u"evaluation"_s},
        {u"evaluated_by"_s, u"evaluation"_s},
        {u"authorized_at"_s, u"authorized_at"_s},
        {u"rolled_back_at"_s, u"rolled_back_at"_s},
        {u"ended_at"_s, u"ended_at"_s},
        {u"state"_s, u"state"_s},
    };
    if (const auto found = special.constFind(column); found != special.cend())
        return *found;
    for (const QString &key : ChangeRecordFields::textKeys()) {
        if (columnOf(key) == column)
            return key;
    }
    return {};
}

QString filledFunction()
{
    QStringList cases;
    for (const QString &key : ChangeRecordFields::textKeys()) {
        if (key == u"security_relevant")
            continue;
        cases << u"    WHEN %1 THEN btrim(COALESCE(r.%2::TEXT, '')) <> ''"_s.arg(literal(key), columnOf(key));
    }
    cases
        << u"    WHEN 'applicant' THEN true"_s << u"    WHEN 'security_relevant' THEN true"_s
        << u"    WHEN 'department' THEN r.department_id IS NOT NULL"_s
        << u"    WHEN 'affected' THEN EXISTS (SELECT 1 FROM change_ci p WHERE p.change_id = r.id)\n"
           "      OR EXISTS (SELECT 1 FROM change_group p WHERE p.change_id = r.id)"_s
        << u"    WHEN 'rollout_waves' THEN EXISTS (SELECT 1 FROM change_wave p WHERE p.change_id = r.id)"_s
        << u"    WHEN 'test_results' THEN EXISTS (SELECT 1 FROM change_test_case p WHERE p.change_id = "
           u"r.id)\n"
           "      AND NOT EXISTS (SELECT 1 FROM change_test_case p WHERE p.change_id = r.id AND p.result = 'pending')"_s
        << u"    WHEN 'implementers' THEN EXISTS (SELECT 1 FROM change_implementer p WHERE p.change_id = r.id)"_s
        << u"    WHEN 'attachments' THEN EXISTS (SELECT 1 FROM change_attachment p WHERE p.change_id = r.id)"_s
        << u"    WHEN 'evaluation' THEN r.evaluated_at IS NOT NULL"_s
        << u"    WHEN 'packages_verified' THEN NOT EXISTS (SELECT 1 FROM change_package p JOIN package k ON k.id = "
           "p.package_id\n"
           "      WHERE p.change_id = r.id AND k.status NOT IN ('verified', 'released'))"_s;
    return u"CREATE OR REPLACE FUNCTION cd_filled(r change_request, field TEXT) RETURNS BOOLEAN\n"
           "LANGUAGE sql STABLE AS $$\n"
           "  SELECT CASE field\n%1\n    ELSE false END\n$$"_s.arg(cases.join(u'\n'));
}

// The category and priority ChangeAnalysis::suggest derives from the affected CIs, their
// dependents (ImpactAnalysis::dependentsQuery, the same recursive query) and their protection needs, for the
// guard that asks for an override reason. Returns {category, priority}.
QString suggestionFunction()
{
    // ImpactAnalysis's own query, its parameters written in: the loop's CI, the relation keys.
    QString dependents = ImpactAnalysis::dependentsQuery();
    for (const QString &value :
         {u"c"_s, literal(CmdbNames::key(RelationType::RunsOn)), literal(CmdbNames::key(RelationType::DependsOn)),
          literal(CmdbNames::key(RelationType::LocatedAt)), literal(CmdbNames::key(RelationType::PartOf))}) {
        const qsizetype at = dependents.indexOf(u'?');
        Q_ASSERT(at >= 0);
        dependents.replace(at, 1, value);
    }
    Q_ASSERT(!dependents.contains(u'?'));
    return uR"SQL(CREATE OR REPLACE FUNCTION cd_suggestion(p_change BIGINT, p_type TEXT, p_security BOOLEAN)
RETURNS TEXT[] LANGUAGE plpgsql STABLE @PINNED@ AS $$
DECLARE
  c BIGINT;
  lvl INTEGER;
  n BIGINT;
  r INTEGER;
  best INTEGER := 0; -- 0 minor, 1 serious, 2 far-reaching
  top INTEGER := 1;
  category TEXT;
  priority TEXT;
BEGIN
  FOR c IN SELECT ci_id FROM change_ci WHERE change_id = p_change LOOP
    -- The CI and everything that depends on it: each edge reached names it by its source, a
    -- part_of edge by its target (the whole).
    SELECT COALESCE(MAX(GREATEST(ci.confidentiality, ci.integrity, ci.availability)), 1),
           COUNT(*) FILTER (WHERE x.id <> c)
      INTO lvl, n
      FROM (SELECT c AS id
            UNION SELECT CASE WHEN e.relation_type = '%1' THEN e.target_id ELSE e.source_id END
                  FROM (@DEPENDENTS@) e) x
      JOIN configuration_item ci ON ci.id = x.id;
    r := CASE WHEN lvl >= 3 THEN 2 WHEN lvl = 2 THEN 1 ELSE 0 END;
    IF n >= %2 AND r < 1 THEN
      r := 1;
    END IF;
    best := GREATEST(best, r);
    top := GREATEST(top, lvl);
  END LOOP;
  category := CASE best WHEN 2 THEN 'far_reaching' WHEN 1 THEN 'serious' ELSE 'minor' END;
  IF p_type = 'emergency' THEN
    priority := 'high';
  ELSIF p_security AND top > 1 THEN
    priority := 'high';
  ELSIF category = 'minor' AND NOT p_security THEN
    priority := 'low';
  ELSE
    priority := 'normal';
  END IF;
  RETURN ARRAY[category, priority];
END $$)SQL"_s.arg(CmdbNames::key(RelationType::PartOf))
        .arg(ChangeAnalysis::kManyDependents)
        .replace(u"@DEPENDENTS@"_s, dependents);
}

QString changedFieldsFunction(const QStringList &columns)
{
    QStringList items;
    for (const QString &column : columns)
        items << u"    CASE WHEN o.%1 IS DISTINCT FROM n.%1 THEN %2 END"_s.arg(
            column, literal(fieldOfColumn(column)));
    // PL/pgSQL, not SQL: PostgreSQL plans an SQL function that it cannot inline again at every
    // call, and a PL/pgSQL function once per session. A field may come more than once.
    return u"CREATE OR REPLACE FUNCTION cd_changed_fields(o change_request, n change_request) RETURNS "
           u"TEXT[]\n"
           "LANGUAGE plpgsql STABLE AS $$\nBEGIN\n"
           "  RETURN array_remove(ARRAY[\n%1\n  ]::TEXT[], NULL);\nEND $$"_s.arg(items.join(u",\n"_s));
}

// The guards as PL/pgSQL. @PREFIX@ stands for the role prefix.
const QString kFunctions[] = {
    uR"SQL(CREATE OR REPLACE FUNCTION cd_current_xid() RETURNS xid LANGUAGE sql VOLATILE AS $$
  SELECT (pg_current_xact_id()::TEXT::BIGINT % 4294967296)::TEXT::xid
$$)SQL"_s,
    uR"SQL(CREATE OR REPLACE FUNCTION cd_me() RETURNS BIGINT LANGUAGE plpgsql STABLE AS $$
DECLARE
  pid BIGINT;
BEGIN
  SELECT id INTO pid FROM person WHERE login = session_user AND active;
  IF pid IS NULL THEN
    RAISE EXCEPTION 'ChangeDesk: the login % is not an active person of this database', session_user
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN pid;
END $$)SQL"_s,
    // The app roles of a person; "applicant" only for their own request (or when no request
    // is in question).
    // The helpers are PL/pgSQL for the same reason as cd_changed_fields: planned once per session.
    uR"SQL(CREATE OR REPLACE FUNCTION cd_roles(me BIGINT, request_applicant BIGINT) RETURNS TEXT[]
LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN (SELECT COALESCE(array_agg(r.role ORDER BY r.role), '{}') FROM person_role r
    WHERE r.person_id = me AND (r.role <> 'applicant' OR request_applicant IS NULL OR request_applicant = me));
END $$)SQL"_s,
    uR"SQL(CREATE OR REPLACE FUNCTION cd_sees_confidential(request_applicant BIGINT) RETURNS BOOLEAN
LANGUAGE plpgsql STABLE @PINNED@ AS $$
BEGIN
  RETURN EXISTS (SELECT 1 FROM person p WHERE p.login = session_user AND p.active
    AND (p.id = request_applicant
         OR EXISTS (SELECT 1 FROM person_role r WHERE r.person_id = p.id AND r.role <> 'applicant')));
END $$)SQL"_s,
    uR"SQL(CREATE OR REPLACE FUNCTION cd_condition(r change_request, field TEXT) RETURNS TEXT
LANGUAGE sql STABLE AS $$
  SELECT CASE field
    WHEN 'type' THEN r.change_type
    WHEN 'category' THEN r.category
    WHEN 'priority' THEN r.priority
    WHEN 'security_relevant' THEN CASE WHEN r.security_relevant THEN 'true' ELSE 'false' END
  END
$$)SQL"_s,
    uR"SQL(CREATE OR REPLACE FUNCTION cd_editable(p_state TEXT, p_roles TEXT[]) RETURNS TEXT[]
LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN (SELECT COALESCE(array_agg(DISTINCT e.field), '{}')
    FROM change_edit_rule e JOIN workflow_state s ON s.id = p_state
    WHERE NOT s.final AND e.role = ANY (p_roles)
      AND (e.applies = 'any' OR (e.applies = 'initial') = s.initial));
END $$)SQL"_s,
    uR"SQL(CREATE OR REPLACE FUNCTION cd_change_guard() RETURNS trigger LANGUAGE plpgsql @PINNED@ AS $$
DECLARE
  me BIGINT := cd_me();
  my_roles TEXT[];
  may TEXT[];
  changed TEXT[];
  f TEXT;
  t workflow_transition;
  missing TEXT[];
  why TEXT := '';
  taken BOOLEAN := false;
BEGIN
  IF TG_OP = 'INSERT' THEN
    my_roles := cd_roles(me, NULL);
    IF NOT (my_roles && ARRAY['applicant', 'change_manager']) THEN
      RAISE EXCEPTION 'ChangeDesk: % may not apply for changes: that needs the role applicant or change_manager',
        session_user USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.applicant_id IS DISTINCT FROM me AND NOT ('change_manager' = ANY (my_roles)) THEN
      RAISE EXCEPTION 'ChangeDesk: only a change manager applies for someone else'
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM workflow_state WHERE id = NEW.state AND initial) THEN
      RAISE EXCEPTION 'ChangeDesk: a new request starts in the initial state of the workflow, not in %', NEW.state
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.row_version <> 0 OR NEW.authorized_at IS NOT NULL OR NEW.rolled_back_at IS NOT NULL
       OR NEW.ended_at IS NOT NULL OR NEW.evaluated_at IS NOT NULL THEN
      RAISE EXCEPTION 'ChangeDesk: a new request has row_version 0 and no authorization, roll-back, end or evaluation'
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
  END IF;

  IF NEW.id <> OLD.id OR NEW.created_at IS DISTINCT FROM OLD.created_at THEN
    RAISE EXCEPTION 'ChangeDesk: the id and creation time of request #% never change', OLD.id
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.row_version IS DISTINCT FROM OLD.row_version + 1 THEN
    RAISE EXCEPTION 'ChangeDesk: each change of request #% raises row_version by exactly one (it is %)',
      OLD.id, OLD.row_version USING ERRCODE = 'insufficient_privilege';
  END IF;
  my_roles := cd_roles(me, OLD.applicant_id);
  may := cd_editable(OLD.state, my_roles);
  changed := cd_changed_fields(OLD, NEW);
  IF NEW.state IS DISTINCT FROM OLD.state THEN
    FOR t IN SELECT * FROM workflow_transition WHERE from_state = OLD.state AND to_state = NEW.state
             ORDER BY action LOOP
      IF NOT (t.roles && my_roles) THEN
        why := format('%s needs one of the roles %s', t.action, array_to_string(t.roles, ', '));
        CONTINUE;
      END IF;
      -- (Each query only where there is something to check: a query costs more than the test.)
      IF t.conditions <> '{}'::JSONB THEN
        IF EXISTS (SELECT 1 FROM jsonb_each(t.conditions) c
                   WHERE NOT (c.value ? COALESCE(cd_condition(NEW, c.key), ''))) THEN
          why := format('%s needs %s', t.action, t.conditions::TEXT);
          CONTINUE;
        END IF;
      END IF;
      IF cardinality(t.required) > 0 THEN
        SELECT array_agg(x) INTO missing FROM unnest(t.required) AS x WHERE NOT cd_filled(NEW, x);
        IF missing IS NOT NULL THEN
          why := format('%s needs %s filled in', t.action, array_to_string(missing, ', '));
          CONTINUE;
        END IF;
      END IF;
      IF t.four_eyes AND OLD.applicant_id = me THEN
        why := format('nobody takes %s on their own request (four eyes)', t.action);
        CONTINUE;
      END IF;
      IF NOT t.ignores_objection AND EXISTS (SELECT 1 FROM change_objection o
          WHERE o.change_id = OLD.id AND o.status IN ('open', 'escalated')) THEN
        why := format('%s waits until the objection of security management is decided', t.action);
        CONTINUE;
      END IF;
      taken := true;
      may := may || t.required || t.stamps || ARRAY['state'];
      IF EXISTS (SELECT 1 FROM workflow_state WHERE id = NEW.state AND final) THEN
        may := may || ARRAY['ended_at'];
      END IF;
      EXIT;
    END LOOP;
    IF NOT taken THEN
      RAISE EXCEPTION 'ChangeDesk: % may not move request #% from % to %: %', session_user, OLD.id,
        OLD.state, NEW.state, COALESCE(NULLIF(why, ''), 'no transition of the workflow leads there')
        USING ERRCODE = 'insufficient_privilege';
    END IF;
  END IF;
  FOREACH f IN ARRAY changed LOOP
    CONTINUE WHEN f = ANY (may);
    -- A decided objection sets the value it proposed.
    CONTINUE WHEN f IN ('priority', 'category') AND EXISTS (SELECT 1 FROM change_objection o
      WHERE o.change_id = OLD.id AND o.field = f AND o.status IN ('accepted', 'upheld')
        AND o.proposed = CASE f WHEN 'priority' THEN NEW.priority ELSE NEW.category END
        AND o.resolved_by = me AND o.xmin = cd_current_xid());
    RAISE EXCEPTION 'ChangeDesk: % of request #% cannot be changed by % while it is %', f, OLD.id,
      session_user, OLD.state USING ERRCODE = 'insufficient_privilege';
  END LOOP;
  RETURN NEW;
END $$)SQL"_s,
    uR"SQL(CREATE OR REPLACE FUNCTION cd_change_part_guard() RETURNS trigger LANGUAGE plpgsql @PINNED@ AS $$
DECLARE
  me BIGINT := cd_me();
  cid BIGINT;
  parent change_request;
  fresh BOOLEAN;
  field TEXT;
BEGIN
  IF TG_OP = 'DELETE' THEN cid := OLD.change_id; ELSE cid := NEW.change_id; END IF;
  IF TG_OP = 'UPDATE' AND NEW.change_id <> OLD.change_id THEN
    RAISE EXCEPTION 'ChangeDesk: a part of request #% stays with it', OLD.change_id
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_TABLE_NAME = 'change_attachment' THEN
    IF TG_OP = 'UPDATE' THEN
      RAISE EXCEPTION 'ChangeDesk: an attachment is never changed; remove it and attach the new one'
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'INSERT' AND (NEW.added_by IS DISTINCT FROM me
                             OR NEW.sha256 <> encode(sha256(NEW.content), 'hex')) THEN
      RAISE EXCEPTION 'ChangeDesk: an attachment is added by the login that adds it, with the SHA-256 of its content'
        USING ERRCODE = 'insufficient_privilege';
    END IF;
  END IF;
  SELECT * INTO parent FROM change_request WHERE id = cid;
  IF NOT FOUND THEN
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW; -- the foreign key answers
  END IF;
  -- A request made in this transaction gets its parts with it.
  SELECT c.xmin = cd_current_xid() AND c.row_version <= 1 INTO fresh FROM change_request c WHERE c.id = cid;
  fresh := fresh AND EXISTS (SELECT 1 FROM workflow_state WHERE id = parent.state AND initial);
  field := CASE TG_TABLE_NAME
    WHEN 'change_ci' THEN 'affected'
    WHEN 'change_group' THEN 'affected'
    WHEN 'change_attachment' THEN 'attachments'
    WHEN 'change_package' THEN 'attachments'
    WHEN 'change_implementer' THEN 'implementers'
    WHEN 'change_wave' THEN CASE WHEN TG_OP = 'UPDATE'
      AND to_jsonb(NEW) - 'status' - 'status_note' = to_jsonb(OLD) - 'status' - 'status_note'
      THEN 'wave_status' ELSE 'rollout_waves' END
    WHEN 'change_test_case' THEN CASE WHEN TG_OP = 'UPDATE'
      AND to_jsonb(NEW) - 'actual' - 'result' - 'tested_by' - 'tested_at'
        = to_jsonb(OLD) - 'actual' - 'result' - 'tested_by' - 'tested_at'
      THEN 'test_results' ELSE 'test_plan' END
  END;
  IF NOT fresh AND NOT (field = ANY (cd_editable(parent.state, cd_roles(me, parent.applicant_id)))) THEN
    RAISE EXCEPTION 'ChangeDesk: % of request #% cannot be changed by % while it is %', field, cid,
      session_user, parent.state USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$)SQL"_s,
    uR"SQL(CREATE OR REPLACE FUNCTION cd_objection_guard() RETURNS trigger LANGUAGE plpgsql @PINNED@ AS $$
DECLARE
  me BIGINT := cd_me();
  my_roles TEXT[] := cd_roles(me, NULL);
  needed TEXT[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NOT ('security_management' = ANY (my_roles)) THEN
      RAISE EXCEPTION 'ChangeDesk: only security management objects to a priority or category'
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.raised_by IS DISTINCT FROM me OR NEW.status <> 'open' OR NEW.row_version <> 1
       OR NEW.escalated_by IS NOT NULL OR NEW.escalated_at IS NOT NULL
       OR NEW.resolved_by IS NOT NULL OR NEW.resolved_at IS NOT NULL THEN
      RAISE EXCEPTION 'ChangeDesk: a new objection is open, version 1, raised by the login that raises it'
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF EXISTS (SELECT 1 FROM change_request c JOIN workflow_state s ON s.id = c.state
               WHERE c.id = NEW.change_id AND s.final) THEN
      RAISE EXCEPTION 'ChangeDesk: request #% has ended and takes no objections', NEW.change_id
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
  END IF;
  IF (NEW.id, NEW.change_id, NEW.field, NEW.proposed, NEW.reason, NEW.raised_by, NEW.raised_at)
     IS DISTINCT FROM (OLD.id, OLD.change_id, OLD.field, OLD.proposed, OLD.reason, OLD.raised_by, OLD.raised_at) THEN
    RAISE EXCEPTION 'ChangeDesk: only the status and the decision of objection % change', OLD.id
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.row_version IS DISTINCT FROM OLD.row_version + 1 THEN
    RAISE EXCEPTION 'ChangeDesk: each change of objection % raises row_version by exactly one', OLD.id
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  needed := CASE
    WHEN OLD.status = 'open' AND NEW.status = 'accepted' THEN ARRAY['change_manager']
    WHEN OLD.status = 'open' AND NEW.status = 'escalated' THEN ARRAY['change_manager', 'security_management']
    WHEN OLD.status IN ('open', 'escalated') AND NEW.status = 'withdrawn' THEN ARRAY['security_management']
    WHEN OLD.status = 'escalated' AND NEW.status IN ('upheld', 'dismissed') THEN ARRAY['management']
  END;
  IF needed IS NULL THEN
    RAISE EXCEPTION 'ChangeDesk: objection % does not go from % to %', OLD.id, OLD.status, NEW.status
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NOT (needed && my_roles) THEN
    RAISE EXCEPTION 'ChangeDesk: objection % from % to % needs the role %', OLD.id, OLD.status, NEW.status,
      array_to_string(needed, ' or ') USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.status = 'escalated' THEN
    IF NEW.escalated_by IS DISTINCT FROM me OR NEW.resolved_by IS NOT NULL THEN
      RAISE EXCEPTION 'ChangeDesk: an escalation is recorded as made by the login that makes it'
        USING ERRCODE = 'insufficient_privilege';
    END IF;
  ELSIF NEW.resolved_by IS DISTINCT FROM me OR NEW.escalated_by IS DISTINCT FROM OLD.escalated_by THEN
    RAISE EXCEPTION 'ChangeDesk: a decision is recorded as made by the login that makes it'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$)SQL"_s,
    // At commit: every change of a request, its parts, objections or someone's roles has an
    // audit event about it, appended in the same transaction.
    // The guards' tables from a workflow definition's JSON (as WorkflowDefinition reads it; the
    // core validated it before it was stored). Refuses one that strands requests.
    uR"SQL(CREATE OR REPLACE FUNCTION cd_load_workflow(def JSONB) RETURNS INTEGER LANGUAGE plpgsql @PINNED@ AS $$
DECLARE
  t JSONB;
  f TEXT;
  n INTEGER := 0;
  bad TEXT;
BEGIN
  IF def->>'format' IS DISTINCT FROM 'changedesk-workflow' OR jsonb_typeof(def->'states') IS DISTINCT FROM 'array'
     OR jsonb_typeof(def->'transitions') IS DISTINCT FROM 'array' THEN
    RAISE EXCEPTION 'ChangeDesk: this is not a workflow definition (format changedesk-workflow with states and transitions)'
      USING ERRCODE = 'invalid_parameter_value';
  END IF;
  DELETE FROM workflow_transition;
  DELETE FROM workflow_state;
  INSERT INTO workflow_state (id, initial, final)
    SELECT s->>'id', COALESCE((s->>'initial')::BOOLEAN, false), COALESCE((s->>'final')::BOOLEAN, false)
    FROM jsonb_array_elements(def->'states') s;
  FOR t IN SELECT * FROM jsonb_array_elements(def->'transitions') LOOP
    FOR f IN SELECT jsonb_array_elements_text(t->'from') LOOP
      INSERT INTO workflow_transition (from_state, action, to_state, roles, required, conditions, four_eyes,
                                       ignores_objection, stamps)
      VALUES (f, t->>'action', t->>'to',
              ARRAY(SELECT jsonb_array_elements_text(COALESCE(t->'roles', '[]'))),
              ARRAY(SELECT jsonb_array_elements_text(COALESCE(t->'requires', '[]'))),
              COALESCE(t->'when', '{}'),
              COALESCE((t->>'four_eyes')::BOOLEAN, false), COALESCE((t->>'ignores_objection')::BOOLEAN, false),
              ARRAY(SELECT jsonb_array_elements_text(COALESCE(t->'stamps', '[]'))));
      n := n + 1;
    END LOOP;
  END LOOP;
  SELECT string_agg(DISTINCT x.s, ', ') INTO bad FROM (
    SELECT from_state AS s FROM workflow_transition UNION SELECT to_state FROM workflow_transition) x
  WHERE NOT EXISTS (SELECT 1 FROM workflow_state w WHERE w.id = x.s);
  IF bad IS NOT NULL THEN
    RAISE EXCEPTION 'ChangeDesk: the workflow definition''s transitions name states it does not have: %', bad
      USING ERRCODE = 'invalid_parameter_value';
  END IF;
  SELECT string_agg(DISTINCT c.state, ', ') INTO bad FROM change_request c
  WHERE NOT EXISTS (SELECT 1 FROM workflow_state w WHERE w.id = c.state);
  IF bad IS NOT NULL THEN
    RAISE EXCEPTION 'ChangeDesk: requests for change are in states the workflow definition does not have: %', bad
      USING ERRCODE = 'invalid_parameter_value';
  END IF;
  UPDATE server_policy SET value = def->>'name' WHERE key = 'workflow';
  RETURN n;
END $$)SQL"_s,
    // Only an administrator installs a workflow definition, as themselves; the guards follow it.
    uR"SQL(CREATE OR REPLACE FUNCTION cd_workflow_guard() RETURNS trigger LANGUAGE plpgsql @PINNED@ AS $$
DECLARE
  me BIGINT := cd_me();
BEGIN
  IF NOT ('administrator' = ANY (cd_roles(me, NULL))) THEN
    RAISE EXCEPTION 'ChangeDesk: only an administrator may install a workflow definition'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.installed_by IS DISTINCT FROM me THEN
    RAISE EXCEPTION 'ChangeDesk: a workflow definition is installed in the name of the person logged in'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.sha256 IS DISTINCT FROM encode(sha256(convert_to(NEW.definition, 'UTF8')), 'hex') THEN
    RAISE EXCEPTION 'ChangeDesk: the SHA-256 of the workflow definition does not match its text'
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$)SQL"_s,
    uR"SQL(CREATE OR REPLACE FUNCTION cd_workflow_installed() RETURNS trigger LANGUAGE plpgsql @PINNED@ AS $$
BEGIN
  PERFORM cd_load_workflow(NEW.definition::JSONB);
  RETURN NULL;
END $$)SQL"_s,
    // At commit, when the request's CIs are final: a category or priority that a step changed
    // away from the suggestion needs an override reason, unless an objection decided it.
    uR"SQL(CREATE OR REPLACE FUNCTION cd_override_guard() RETURNS trigger LANGUAGE plpgsql @PINNED@ AS $$
DECLARE
  r change_request;
  s TEXT[];
  f TEXT;
  now_value TEXT;
  old_value TEXT;
BEGIN
  SELECT * INTO r FROM change_request WHERE id = NEW.id;
  IF NOT FOUND OR btrim(r.override_reason) <> '' THEN
    RETURN NULL;
  END IF;
  FOREACH f IN ARRAY ARRAY['category', 'priority'] LOOP
    now_value := CASE f WHEN 'category' THEN r.category ELSE r.priority END;
    old_value := CASE f WHEN 'category' THEN OLD.category ELSE OLD.priority END;
    CONTINUE WHEN now_value = '' OR now_value = old_value;
    IF s IS NULL THEN
      s := cd_suggestion(r.id, r.change_type, r.security_relevant);
    END IF;
    CONTINUE WHEN now_value = s[CASE f WHEN 'category' THEN 1 ELSE 2 END];
    CONTINUE WHEN EXISTS (SELECT 1 FROM change_objection o WHERE o.change_id = r.id AND o.field = f
                          AND o.proposed = now_value AND o.status IN ('accepted', 'upheld')
                          AND o.xmin = cd_current_xid());
    RAISE EXCEPTION 'ChangeDesk: the % ''%'' of request % differs from the suggested ''%'': the override needs a reason',
      f, now_value, r.id, s[CASE f WHEN 'category' THEN 1 ELSE 2 END] USING ERRCODE = 'check_violation';
  END LOOP;
  RETURN NULL;
END $$)SQL"_s,
    uR"SQL(CREATE OR REPLACE FUNCTION cd_require_audit() RETURNS trigger LANGUAGE plpgsql @PINNED@ AS $$
DECLARE
  r RECORD;
  kind TEXT := 'change_request';
  object BIGINT;
BEGIN
  IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
  IF TG_TABLE_NAME = 'change_request' THEN
    object := r.id;
  ELSIF TG_TABLE_NAME = 'workflow_definition' THEN
    kind := 'workflow';
    object := r.id;
  ELSIF TG_TABLE_NAME IN ('maintenance_window', 'freeze_period') THEN
    kind := TG_TABLE_NAME;
    object := r.id;
    -- Removed with its CI or group: the CMDB's own record tells of that.
    IF TG_OP = 'DELETE' THEN
      IF r.group_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ci_group WHERE id = r.group_id) THEN
        RETURN NULL;
      END IF;
      IF TG_TABLE_NAME = 'maintenance_window' AND (to_jsonb(r) ->> 'ci_id') IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM configuration_item WHERE id = (to_jsonb(r) ->> 'ci_id')::BIGINT) THEN
        RETURN NULL;
      END IF;
    END IF;
  ELSIF TG_TABLE_NAME IN ('trust_anchor', 'package_verification') THEN
    kind := TG_TABLE_NAME;
    object := r.id;
  ELSIF TG_TABLE_NAME = 'package' THEN
    kind := 'package';
    object := r.id;
  ELSIF TG_TABLE_NAME IN ('package_acceptance', 'checksum_register') THEN
    kind := 'package';
    object := r.package_id;
  ELSIF TG_TABLE_NAME = 'cab_meeting' THEN
    kind := 'cab_meeting';
    object := r.id;
  ELSIF TG_TABLE_NAME IN ('cab_member', 'cab_item') THEN
    kind := 'cab_meeting';
    object := r.meeting_id;
  ELSIF TG_TABLE_NAME = 'cab_vote' THEN
    kind := 'cab_meeting';
    SELECT i.meeting_id INTO object FROM cab_item i WHERE i.id = r.item_id;
    IF object IS NULL THEN
      RETURN NULL; -- removed with its agenda item
    END IF;
  ELSIF TG_TABLE_NAME = 'person_role' THEN
    kind := 'person';
    object := r.person_id;
    IF NOT EXISTS (SELECT 1 FROM person WHERE id = object) THEN
      RETURN NULL; -- the person was removed with their roles
    END IF;
  ELSE
    object := r.change_id;
  END IF;
  -- This transaction's event is pending (seen by nobody else), or, once sealed, the newest about
  -- the object: nobody seals after it while this transaction holds the chain's head.
  IF NOT EXISTS (SELECT 1 FROM audit_event e WHERE e.object_type = kind AND e.object_id = object AND e.seq < 0)
     AND NOT COALESCE((SELECT e.xmin = cd_current_xid() FROM audit_event e
                       WHERE e.object_type = kind AND e.object_id = object ORDER BY e.seq DESC LIMIT 1), false) THEN
    RAISE EXCEPTION 'ChangeDesk: % % was changed in %, and the transaction wrote no audit event about it',
      kind, object, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NULL;
END $$)SQL"_s,
    // A person's login role follows person_role into the group roles.
    uR"SQL(CREATE OR REPLACE FUNCTION cd_sync_membership() RETURNS trigger LANGUAGE plpgsql @PINNED@ AS $$
DECLARE
  r RECORD;
  who TEXT;
  grp TEXT;
BEGIN
  IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
  SELECT login INTO who FROM person WHERE id = r.person_id;
  grp := '@PREFIX@_' || r.role;
  IF who IS NULL OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = grp) THEN
    RETURN NULL;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = who) THEN
    EXECUTE format('CREATE ROLE %I LOGIN', who);
  END IF;
  IF TG_OP = 'DELETE' THEN
    EXECUTE format('REVOKE %I FROM %I', grp, who);
  ELSE
    EXECUTE format('GRANT %I TO %I', grp, who);
  END IF;
  RETURN NULL;
END $$)SQL"_s,
    uR"SQL(CREATE OR REPLACE FUNCTION cd_person_login() RETURNS trigger LANGUAGE plpgsql @PINNED@ AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.login IS DISTINCT FROM OLD.login THEN
    RAISE EXCEPTION 'ChangeDesk: on PostgreSQL a login is a role of the server and is not renamed (%)', OLD.login
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.login LIKE '@PREFIX@\_%' OR NEW.login LIKE 'pg\_%'
     OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname = NEW.login AND (rolsuper OR NOT rolcanlogin)) THEN
    RAISE EXCEPTION 'ChangeDesk: % is a role of the server, not a person''s login', NEW.login
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = NEW.login) THEN
    EXECUTE format('CREATE ROLE %I LOGIN', NEW.login);
  END IF;
  RETURN NEW;
END $$)SQL"_s,
    // Everybody's memberships as person_role says, at install time.
    uR"SQL(CREATE OR REPLACE FUNCTION cd_sync_all_memberships() RETURNS SETOF TEXT LANGUAGE plpgsql @PINNED@ AS $$
DECLARE
  p RECORD;
  m RECORD;
BEGIN
  FOR p IN SELECT login FROM person WHERE active ORDER BY login LOOP
    IF p.login LIKE '@PREFIX@\_%' OR p.login LIKE 'pg\_%' THEN
      CONTINUE;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p.login) THEN
      EXECUTE format('CREATE ROLE %I LOGIN', p.login);
      RETURN NEXT p.login;
    END IF;
  END LOOP;
  FOR m IN SELECT g.rolname AS grp, u.rolname AS who FROM pg_auth_members a
           JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles u ON u.oid = a.member
           WHERE g.rolname LIKE '@PREFIX@\_%' AND u.rolname <> '@PREFIX@_owner'
             AND NOT EXISTS (SELECT 1 FROM person pe JOIN person_role pr ON pr.person_id = pe.id
                             WHERE pe.login = u.rolname AND pe.active AND '@PREFIX@_' || pr.role = g.rolname) LOOP
    EXECUTE format('REVOKE %I FROM %I', m.grp, m.who);
  END LOOP;
  FOR m IN SELECT '@PREFIX@_' || pr.role AS grp, pe.login AS who FROM person pe
           JOIN person_role pr ON pr.person_id = pe.id
           WHERE pe.active AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '@PREFIX@_' || pr.role)
             AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = pe.login AND NOT rolsuper) LOOP
    EXECUTE format('GRANT %I TO %I', m.grp, m.who);
  END LOOP;
END $$)SQL"_s,
};

} // namespace

ServerPolicy::ServerPolicy(const Database &db)
    : m_db(db)
{ }

QString ServerPolicy::ownerRole(const QString &databaseName)
{
    return databaseName + u"_owner"_s;
}

QString ServerPolicy::groupRole(const QString &databaseName, const QString &appRole)
{
    return databaseName + u'_' + appRole;
}

Result<QString> ServerPolicy::prefix() const
{
    if (m_db.backend() != Backend::PostgreSQL)
        return fail(ErrorKind::InvalidInput,
                    tr("Server-side authorization is for PostgreSQL. An SQLite file has one user, and "
                       "ChangeDesk's own checks apply to it."));
    auto name
        = m_db.scalar(u"SELECT current_database()"_s, {}, tr("asking the server for the database name"));
    if (!name)
        return fail(name.error());
    const QString prefix = name->toString();
    static const QRegularExpression plain(u"^[a-z_][a-z0-9_]{0,39}$"_s);
    if (!plain.match(prefix).hasMatch())
        return fail(ErrorKind::InvalidInput,
                    tr("The database is called '%1'; its roles are named after it, so the name must be at "
                       "most 40 lower-case letters, digits and underscores.")
                        .arg(prefix));
    return prefix;
}

Result<bool> ServerPolicy::installed() const
{
    if (m_db.backend() != Backend::PostgreSQL)
        return false;
    auto found = m_db.scalar(u"SELECT to_regclass('public.server_policy') IS NOT NULL"_s, {},
                             tr("looking for the server-side authorization"));
    if (!found)
        return fail(found.error());
    return found->toBool();
}

Status ServerPolicy::setPassword(const QString &login, const QString &password) const
{
    if (password.isEmpty())
        return fail(ErrorKind::InvalidInput, tr("The password for '%1' is empty.").arg(login));
    if (auto p = prefix(); !p)
        return fail(p.error());
    auto person = PeopleRepository(m_db).personByLogin(login);
    if (!person)
        return fail(person.error());
    if (!*person)
        return fail(ErrorKind::NotFound, tr("There is no person with the login '%1'.").arg(login));
    return m_db.write([&]() -> Status {
        auto role = m_db.scalar(u"SELECT rolsuper FROM pg_roles WHERE rolname = ?"_s, {login},
                                tr("looking up the login role '%1'").arg(login));
        if (!role)
            return fail(role.error());
        if (role->isNull())
            return fail(ErrorKind::NotFound,
                        tr("'%1' has no login role on the server yet: secure the database first "
                           "(changedeskctl server secure).")
                            .arg(login));
        if (auto set = m_db.exec(u"ALTER ROLE %1 PASSWORD %2"_s.arg(ident(login), literal(password)), {},
                                 tr("setting the password of '%1'").arg(login));
            !set)
            return fail(set.error());
        return {};
    });
}

Result<ServerPolicyReport> ServerPolicy::install(const QString &administrator) const
{
    auto p = prefix();
    if (!p)
        return fail(p.error());
    const QString prefix = *p;
    auto super = m_db.scalar(u"SELECT rolsuper FROM pg_roles WHERE rolname = current_user"_s, {},
                             tr("asking the server who is logged in"));
    if (!super)
        return fail(super.error());
    if (!super->toBool())
        return fail(ErrorKind::ReadOnly,
                    tr("Securing the database makes roles and changes owners: log in as a superuser "
                       "of the PostgreSQL server (the database administrator) to do it."));

    return m_db.write([&]() -> Result<ServerPolicyReport> {
        if (auto quiet
            = m_db.exec(u"SET LOCAL client_min_messages = warning"_s, {}, tr("securing the database"));
            !quiet)
            return fail(quiet.error());
        // The guards follow the workflow definition in force on this database.
        const WorkflowStore store(m_db);
        auto workflowJson = store.activeJson();
        if (!workflowJson)
            return fail(workflowJson.error());
        auto definition = store.active();
        if (!definition)
            return fail(definition.error());
        ServerPolicyReport report;
        report.owner = ownerRole(prefix);
        for (const QString &role : ChangeRoles::keys())
            report.groupRoles << groupRole(prefix, role);
        const QString owner = ident(report.owner);
        const QString database = ident(prefix);
        QStringList sql;

        // The administrator who hands out roles, before the guards ask for one.
        if (!administrator.isEmpty()) {
            auto person = PeopleRepository(m_db).personByLogin(administrator);
            if (!person)
                return fail(person.error());
            if (!*person)
                return fail(ErrorKind::NotFound,
                            tr("There is no person with the login '%1'.").arg(administrator));
            const PersonRoles roles(m_db);
            auto now = roles.rolesOf((*person)->id);
            if (!now)
                return fail(now.error());
            if (!now->contains(u"administrator"_s)) {
                if (auto given = roles.setRoles((*person)->id, *now + QSet<QString> {u"administrator"_s},
                                                (*person)->id, administrator);
                    !given)
                    return fail(given.error());
            }
        }

        // Roles: the owner and one group per app role; the owner may hand out the groups.
        const auto ensureRole = [](const QString &name, const QString &attributes) {
            return u"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = %1) THEN "
                   "CREATE ROLE %2 %3; END IF; END $$"_s.arg(literal(name), ident(name), attributes);
        };
        sql << ensureRole(report.owner, u"NOLOGIN CREATEROLE"_s)
            << u"ALTER ROLE %1 NOLOGIN CREATEROLE NOSUPERUSER NOCREATEDB NOREPLICATION NOBYPASSRLS"_s.arg(
                   owner);
        for (const QString &group : std::as_const(report.groupRoles)) {
            sql << ensureRole(group, u"NOLOGIN"_s)
                << u"ALTER ROLE %1 NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS"_s
                       .arg(ident(group))
                << u"GRANT %1 TO %2 WITH ADMIN OPTION"_s.arg(ident(group), owner);
        }

        // The tables the guards read: the workflow and the edit rules as data.
        sql << u"CREATE TABLE IF NOT EXISTS server_policy (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s
            << u"CREATE TABLE IF NOT EXISTS workflow_state (id TEXT PRIMARY KEY, initial BOOLEAN NOT NULL, "
               "final BOOLEAN NOT NULL)"_s
            << u"CREATE TABLE IF NOT EXISTS workflow_transition (from_state TEXT NOT NULL, action TEXT NOT "
               u"NULL, "
               "to_state TEXT NOT NULL, roles TEXT[] NOT NULL, required TEXT[] NOT NULL, conditions JSONB "
               "NOT NULL, "
               "four_eyes BOOLEAN NOT NULL, ignores_objection BOOLEAN NOT NULL, stamps TEXT[] NOT NULL, "
               "PRIMARY KEY (from_state, action))"_s
            << u"CREATE TABLE IF NOT EXISTS change_edit_rule (role TEXT NOT NULL, applies TEXT NOT NULL "
               "CHECK (applies IN ('any', 'initial', 'later')), field TEXT NOT NULL, PRIMARY KEY (role, applies, field))"_s
            << u"DELETE FROM server_policy"_s << u"DELETE FROM change_edit_rule"_s
            << u"INSERT INTO server_policy (key, value) VALUES ('prefix', %1), ('workflow', %2), "
               "('installed_at', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'))"_s.arg(
                   literal(prefix), literal(definition->name()));
        for (const ChangeService::EditRule &rule : ChangeService::editRules()) {
            const QString applies = rule.when == ChangeService::EditRule::When::InitialState ? u"initial"_s
                : rule.when == ChangeService::EditRule::When::LaterStates                    ? u"later"_s
                                                                                             : u"any"_s;
            for (const QString &field : rule.fields)
                sql << u"INSERT INTO change_edit_rule (role, applies, field) VALUES (%1, %2, %3) "
                       "ON CONFLICT DO NOTHING"_s.arg(literal(rule.role), literal(applies), literal(field));
        }

        // The values the core accepts, as constraints.
        const auto values = ChangeFields::conditionValues();
        sql << u"ALTER TABLE change_request DROP CONSTRAINT IF EXISTS cd_valid"_s
            << u"ALTER TABLE change_request ADD CONSTRAINT cd_valid CHECK (btrim(title) <> '' AND "
               "char_length(title) <= 200 AND change_type = ANY (%1) AND priority = ANY (%2) AND category = "
               "ANY (%3) "
               "AND (planned_end IS NULL OR planned_start IS NULL OR planned_end >= planned_start) "
               "AND (actual_end IS NULL OR actual_start IS NULL OR actual_end >= actual_start))"_s.arg(
                   textArray(values.value(u"type"_s)),
                   textArray(values.value(u"priority"_s) + QStringList {QString()}),
                   textArray(values.value(u"category"_s) + QStringList {QString()}))
            << u"ALTER TABLE change_wave DROP CONSTRAINT IF EXISTS cd_valid"_s
            << u"ALTER TABLE change_wave ADD CONSTRAINT cd_valid CHECK (btrim(name) <> '' AND status = ANY (%1))"_s
                   .arg(textArray(RolloutWave::statuses()))
            << u"ALTER TABLE change_test_case DROP CONSTRAINT IF EXISTS cd_valid"_s
            << u"ALTER TABLE change_test_case ADD CONSTRAINT cd_valid CHECK (btrim(description) <> '' AND "
               "result = ANY (%1))"_s.arg(textArray(TestCase::results()))
            << u"ALTER TABLE change_objection DROP CONSTRAINT IF EXISTS cd_valid"_s
            << u"ALTER TABLE change_objection ADD CONSTRAINT cd_valid CHECK (field IN ('priority', "
               u"'category') "
               "AND btrim(reason) <> '' AND status IN ('open', 'escalated', 'accepted', 'withdrawn', "
               "'upheld', "
               "'dismissed'))"_s;

        // The guards, generated for this schema.
        auto columns = m_db.exec(u"SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                 "'public' AND table_name = 'change_request' ORDER BY ordinal_position"_s,
                                 {}, tr("reading the columns of change_request"));
        if (!columns)
            return fail(columns.error());
        QStringList guarded;
        while (columns->next()) {
            const QString column = columns->value(0).toString();
            if (column == u"id" || column == u"row_version" || column == u"created_at"
                || column == u"updated_at")
                continue;
            if (fieldOfColumn(column).isEmpty())
                return fail(
                    ErrorKind::Internal,
                    tr("The column change_request.%1 belongs to no field the guards know.").arg(column));
            guarded << column;
        }
        if (guarded.isEmpty())
            return fail(
                ErrorKind::InvalidInput,
                tr("The database has no requests for change yet: run changedeskctl init on it first."));
        sql << filledFunction() << changedFieldsFunction(guarded)
            << QString(suggestionFunction()).replace(u"@PINNED@"_s, kPinned);
        for (const QString &function : kFunctions)
            sql << QString(function).replace(u"@PINNED@"_s, kPinned).replace(u"@PREFIX@"_s, prefix);
        sql << u"ALTER FUNCTION audit_event_chain() %1"_s.arg(kPinned)
            << u"ALTER FUNCTION audit_event_seal() %1"_s.arg(kPinned);
        // The workflow in force, into the tables the guards read (the same function reloads them
        // when an administrator installs another).
        sql << u"SELECT cd_load_workflow(%1::JSONB)"_s.arg(literal(QString::fromUtf8(*workflowJson)));

        const auto trigger
            = [](const QString &table, const QString &name, const QString &timing, const QString &function) {
                  return QStringList {u"DROP TRIGGER IF EXISTS %1 ON %2"_s.arg(name, table),
                                      u"CREATE TRIGGER %1 %2 ON %3 FOR EACH ROW EXECUTE FUNCTION %4()"_s.arg(
                                          name, timing, table, function)};
              };
        const auto audited = [](const QString &table, const QString &events) {
            return QStringList {
                u"DROP TRIGGER IF EXISTS cd_audited ON %1"_s.arg(table),
                u"CREATE CONSTRAINT TRIGGER cd_audited AFTER %1 ON %2 DEFERRABLE INITIALLY "
                "DEFERRED FOR EACH ROW EXECUTE FUNCTION cd_require_audit()"_s.arg(events, table)};
        };
        sql << trigger(u"workflow_definition"_s, u"cd_guard"_s, u"BEFORE INSERT"_s, u"cd_workflow_guard"_s)
            << trigger(u"workflow_definition"_s, u"cd_installed"_s, u"AFTER INSERT"_s, u"cd_workflow_installed"_s)
            << audited(u"workflow_definition"_s, u"INSERT"_s)
            << trigger(u"change_request"_s, u"cd_guard"_s, u"BEFORE INSERT OR UPDATE"_s, u"cd_change_guard"_s)
            << audited(u"change_request"_s, u"INSERT OR UPDATE"_s)
            << u"DROP TRIGGER IF EXISTS cd_override ON change_request"_s
            // Only an update that changes the category or the priority is checked at commit.
            << u"CREATE CONSTRAINT TRIGGER cd_override AFTER UPDATE ON change_request DEFERRABLE INITIALLY "
               "DEFERRED FOR EACH ROW WHEN (OLD.category IS DISTINCT FROM NEW.category "
               "OR OLD.priority IS DISTINCT FROM NEW.priority) EXECUTE FUNCTION cd_override_guard()"_s;
        for (const QString &table : kPartTables)
            sql << trigger(table, u"cd_guard"_s, u"BEFORE INSERT OR UPDATE OR DELETE"_s,
                           u"cd_change_part_guard"_s)
                << audited(table, u"INSERT OR UPDATE OR DELETE"_s);
        for (const QString &table : kCalendarTables)
            sql << audited(table, u"INSERT OR UPDATE OR DELETE"_s);
        for (const QString &table : kCabTables)
            sql << audited(table, u"INSERT OR UPDATE OR DELETE"_s);
        sql << audited(u"trust_anchor"_s, u"INSERT OR UPDATE OR DELETE"_s)
            << audited(u"package_verification"_s, u"INSERT"_s)
            << audited(u"package"_s, u"INSERT OR UPDATE OR DELETE"_s)
            << audited(u"package_acceptance"_s, u"INSERT"_s) << audited(u"checksum_register"_s, u"INSERT"_s);
        sql << trigger(u"change_objection"_s, u"cd_guard"_s, u"BEFORE INSERT OR UPDATE"_s,
                       u"cd_objection_guard"_s)
            << audited(u"change_objection"_s, u"INSERT OR UPDATE"_s)
            << trigger(u"person_role"_s, u"cd_membership"_s, u"AFTER INSERT OR DELETE"_s,
                       u"cd_sync_membership"_s)
            << audited(u"person_role"_s, u"INSERT OR DELETE"_s)
            << trigger(u"person"_s, u"cd_login"_s, u"BEFORE INSERT OR UPDATE OF login"_s,
                       u"cd_person_login"_s);

        // Row-level security: a security-relevant request is confidential.
        const auto policies = [](const QString &table, const QString &readable, bool deletes) {
            QStringList s {u"ALTER TABLE %1 ENABLE ROW LEVEL SECURITY"_s.arg(table)};
            for (const QString &name : {u"cd_read"_s, u"cd_insert"_s, u"cd_update"_s, u"cd_delete"_s})
                s << u"DROP POLICY IF EXISTS %1 ON %2"_s.arg(name, table);
            s << u"CREATE POLICY cd_read ON %1 FOR SELECT USING (%2)"_s.arg(table, readable)
              << u"CREATE POLICY cd_insert ON %1 FOR INSERT WITH CHECK (true)"_s.arg(table)
              << u"CREATE POLICY cd_update ON %1 FOR UPDATE USING (true) WITH CHECK (true)"_s.arg(table);
            if (deletes)
                s << u"CREATE POLICY cd_delete ON %1 FOR DELETE USING (true)"_s.arg(table);
            return s;
        };
        sql << policies(u"change_request"_s, u"NOT security_relevant OR cd_sees_confidential(applicant_id)"_s,
                        false);
        for (const QString &table : kPartTables + QStringList {u"change_objection"_s})
            sql << policies(table,
                            u"EXISTS (SELECT 1 FROM change_request c WHERE c.id = %1.change_id)"_s.arg(table),
                            kPartTables.contains(table));
        sql << policies(u"audit_event"_s,
                        u"object_type <> 'change_request' OR EXISTS (SELECT 1 FROM change_request c "
                        "WHERE c.id = audit_event.object_id)"_s,
                        false);

        // Ownership and privileges: clients read; they write only the tables of their work. The
        // CMDB's edit history is appended to, never rewritten or erased.
        QStringList cmdbRewritable = kCmdbTables;
        cmdbRewritable.removeAll(u"ci_history"_s);
        sql << u"ALTER DATABASE %1 OWNER TO %2"_s.arg(database, owner)
            << u"REVOKE ALL ON DATABASE %1 FROM PUBLIC"_s.arg(database)
            << u"GRANT CONNECT ON DATABASE %1 TO %2"_s.arg(database, roleList(prefix, ChangeRoles::keys()))
            << u"ALTER SCHEMA public OWNER TO %1"_s.arg(owner) << u"REVOKE ALL ON SCHEMA public FROM PUBLIC"_s
            << u"GRANT USAGE ON SCHEMA public TO %1"_s.arg(roleList(prefix, ChangeRoles::keys()))
            << u"DO $$ DECLARE r RECORD; BEGIN\n"
               "  FOR r IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' LOOP\n"
               "    EXECUTE format('ALTER TABLE public.%%I OWNER TO %%I', r.tablename, %1);\n"
               "  END LOOP;\n"
               "  FOR r IN SELECT p.oid::regprocedure AS f FROM pg_proc p JOIN pg_namespace n ON n.oid = "
               "p.pronamespace\n"
               "           WHERE n.nspname = 'public' LOOP\n"
               "    EXECUTE format('ALTER FUNCTION %%s OWNER TO %%I', r.f, %1);\n"
               "  END LOOP;\n"
               "END $$"_s.arg(literal(report.owner))
                   .replace(u"%%"_s, u"%"_s)
            << u"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, %1"_s.arg(
                   roleList(prefix, ChangeRoles::keys()))
            << u"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC, %1"_s.arg(
                   roleList(prefix, ChangeRoles::keys()))
            << u"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC, %1"_s.arg(
                   roleList(prefix, ChangeRoles::keys()))
            << u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1"_s.arg(
                   roleList(prefix, ChangeRoles::keys()))
            << u"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1"_s.arg(
                   roleList(prefix, ChangeRoles::keys()))
            << u"GRANT EXECUTE ON FUNCTION cd_sees_confidential(BIGINT) TO %1"_s.arg(
                   roleList(prefix, ChangeRoles::keys()))
            << u"GRANT INSERT ON audit_event TO %1"_s.arg(roleList(prefix, ChangeRoles::keys()))
            << u"GRANT INSERT, UPDATE ON change_request, change_objection TO %1"_s.arg(
                   roleList(prefix, kWorkers))
            << u"GRANT INSERT, UPDATE, DELETE ON %1 TO %2"_s.arg(kPartTables.join(u", "_s),
                                                                 roleList(prefix, kWorkers))
            << u"GRANT INSERT, UPDATE, DELETE ON %1 TO %2"_s.arg(
                   cmdbRewritable.join(u", "_s),
                   roleList(prefix, kCmdbWriters))
            << u"GRANT INSERT ON ci_history TO %1"_s.arg(roleList(prefix, kCmdbWriters))
            << u"GRANT INSERT, UPDATE, DELETE ON %1 TO %2"_s.arg(kCalendarTables.join(u", "_s),
                                                                 roleList(prefix, kCalendarWriters))
            << u"GRANT INSERT, UPDATE, DELETE ON %1 TO %2"_s.arg(kCabTables.join(u", "_s),
                                                                 roleList(prefix, kCabWriters))
            << u"GRANT INSERT, UPDATE, DELETE ON trust_anchor TO %1"_s.arg(roleList(prefix, kTrustWriters))
            << u"GRANT INSERT ON package_verification TO %1"_s.arg(
                   roleList(prefix, kWorkers + QStringList {u"administrator"_s}))
            << u"GRANT INSERT, UPDATE ON package, package_acceptance TO %1"_s.arg(roleList(prefix, kLibraryKeepers))
            << u"GRANT INSERT ON checksum_register TO %1"_s.arg(roleList(prefix, kReleasers))
            << u"GRANT INSERT, UPDATE, DELETE ON %1 TO %2"_s.arg(kPeopleTables.join(u", "_s),
                                                                 ident(groupRole(prefix, u"administrator"_s)))
            << u"GRANT INSERT, DELETE ON person_role TO %1"_s.arg(
                   ident(groupRole(prefix, u"administrator"_s)))
            << u"GRANT INSERT ON workflow_definition TO %1"_s.arg(ident(groupRole(prefix, u"administrator"_s)))
            << u"ALTER DEFAULT PRIVILEGES FOR ROLE %1 IN SCHEMA public GRANT SELECT ON TABLES TO %2"_s.arg(
                   owner, roleList(prefix, ChangeRoles::keys()))
            << u"ALTER DEFAULT PRIVILEGES FOR ROLE %1 IN SCHEMA public REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC"_s
                   .arg(owner);

        for (const QString &statement : std::as_const(sql)) {
            if (auto ran = m_db.exec(statement, {}, tr("securing the database")); !ran)
                return fail(ran.error());
        }
        auto transitions = m_db.scalar(u"SELECT COUNT(*) FROM workflow_transition"_s, {},
                                       tr("counting the transitions the guards check against"));
        if (!transitions)
            return fail(transitions.error());
        report.transitions = transitions->toInt();
        // The people's logins and memberships, granted by the owner (SECURITY DEFINER), who may
        // take them back.
        auto made
            = m_db.exec(u"SELECT cd_sync_all_memberships()"_s, {}, tr("making the people's login roles"));
        if (!made)
            return fail(made.error());
        while (made->next())
            report.logins << made->value(0).toString();
        return report;
    });
}

} // namespace ChangeDesk
