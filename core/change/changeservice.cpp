#include "changeservice.h"
#include "integrity/packagelibrary.h"
#include "integrity/verification.h"

#include "people/peoplerepository.h"
#include "people/personroles.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {

const QString kTable = u"change_request"_s;

// How many objections to the request `change` (an SQL expression) are open or escalated, that is,
// block its progress.
QString openObjectionCount(const QString &change)
{
    return u"SELECT COUNT(*) FROM change_objection o WHERE o.change_id = %1 AND o.status IN ('open', "
           "'escalated')"_s.arg(change);
}
const QString kObjectType = u"change_request"_s;

// The scalar columns of change_request in the order save() binds them.
const QStringList kColumns {
    u"state"_s,
    u"title"_s,
    u"description"_s,
    u"reason"_s,
    u"applicant_id"_s,
    u"department_id"_s,
    u"problem_reference"_s,
    u"change_type"_s,
    u"template"_s,
    u"priority"_s,
    u"category"_s,
    u"override_reason"_s,
    u"impact"_s,
    u"resources"_s,
    u"cost"_s,
    u"change_manager_recommendation"_s,
    u"cab_recommendation"_s,
    u"security_assessment"_s,
    u"security_relevant"_s,
    u"authorized_at"_s,
    u"planned_start"_s,
    u"planned_end"_s,
    u"actual_start"_s,
    u"actual_end"_s,
    u"evaluation_due"_s,
    u"rejection_reason"_s,
    u"duplicate_of"_s,
    u"test_plan"_s,
    u"fallback_plan"_s,
    u"fallback_criteria"_s,
    u"eval_goal_reached"_s,
    u"eval_users_satisfied"_s,
    u"eval_budget_kept"_s,
    u"eval_schedule_kept"_s,
    u"eval_side_effects"_s,
    u"eval_post_tests"_s,
    u"evaluated_at"_s,
    u"evaluated_by"_s,
    u"follow_up_id"_s,
    u"rolled_back_at"_s,
    u"ended_at"_s,
    u"expected_downtime"_s,
    u"needs_restart"_s,
};

QVariant optionalBool(const Dialect &dialect, const std::optional<bool> &value)
{
    return value ? dialect.toDb(*value) : QVariant(QMetaType::fromType<int>());
}

std::optional<bool> boolFromDb(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toBool();
}

std::optional<qint64> idFromDb(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

QVariantList columnValues(const Dialect &d, const ChangeRequest &r)
{
    const ChangeEvaluation &e = r.evaluation;
    return {r.state,
            r.title,
            sqlText(r.description),
            sqlText(r.reason),
            r.applicantId,
            sqlId(r.departmentId),
            sqlText(r.problemReference),
            r.type,
            sqlText(r.templateName),
            sqlText(r.priority),
            sqlText(r.category),
            sqlText(r.overrideReason),
            sqlText(r.impact),
            sqlText(r.resources),
            sqlText(r.cost),
            sqlText(r.changeManagerRecommendation),
            sqlText(r.cabRecommendation),
            sqlText(r.securityAssessment),
            d.toDb(r.securityRelevant),
            d.toDb(r.authorizedAt),
            d.toDb(r.plannedStart),
            d.toDb(r.plannedEnd),
            d.toDb(r.actualStart),
            d.toDb(r.actualEnd),
            d.toDb(r.evaluationDue),
            sqlText(r.rejectionReason),
            sqlId(r.duplicateOf),
            sqlText(r.testPlan),
            sqlText(r.fallbackPlan),
            sqlText(r.fallbackCriteria),
            optionalBool(d, e.goalReached),
            optionalBool(d, e.usersSatisfied),
            optionalBool(d, e.budgetKept),
            optionalBool(d, e.scheduleKept),
            sqlText(e.sideEffects),
            sqlText(e.postTests),
            d.toDb(e.evaluatedAt),
            sqlId(e.evaluatedBy),
            sqlId(r.followUpId),
            d.toDb(r.rolledBackAt),
            d.toDb(r.endedAt),
            r.expectedDowntimeMinutes ? QVariant(*r.expectedDowntimeMinutes) : QVariant(QMetaType::fromType<int>()),
            d.toDb(r.needsRestart)};
}

ChangeRequest requestFrom(const Dialect &d, const QSqlQuery &q)
{
    // id, columns…, row_version, created_at, updated_at
    ChangeRequest r;
    int i = 0;
    r.id = q.value(i++).toLongLong();
    r.state = q.value(i++).toString();
    r.title = q.value(i++).toString();
    r.description = q.value(i++).toString();
    r.reason = q.value(i++).toString();
    r.applicantId = q.value(i++).toLongLong();
    r.departmentId = idFromDb(q.value(i++));
    r.problemReference = q.value(i++).toString();
    r.type = q.value(i++).toString();
    r.templateName = q.value(i++).toString();
    r.priority = q.value(i++).toString();
    r.category = q.value(i++).toString();
    r.overrideReason = q.value(i++).toString();
    r.impact = q.value(i++).toString();
    r.resources = q.value(i++).toString();
    r.cost = q.value(i++).toString();
    r.changeManagerRecommendation = q.value(i++).toString();
    r.cabRecommendation = q.value(i++).toString();
    r.securityAssessment = q.value(i++).toString();
    r.securityRelevant = q.value(i++).toBool();
    r.authorizedAt = d.dateTimeFromDb(q.value(i++));
    r.plannedStart = d.dateTimeFromDb(q.value(i++));
    r.plannedEnd = d.dateTimeFromDb(q.value(i++));
    r.actualStart = d.dateTimeFromDb(q.value(i++));
    r.actualEnd = d.dateTimeFromDb(q.value(i++));
    r.evaluationDue = d.dateTimeFromDb(q.value(i++));
    r.rejectionReason = q.value(i++).toString();
    r.duplicateOf = idFromDb(q.value(i++));
    r.testPlan = q.value(i++).toString();
    r.fallbackPlan = q.value(i++).toString();
    r.fallbackCriteria = q.value(i++).toString();
    ChangeEvaluation &e = r.evaluation;
    e.goalReached = boolFromDb(q.value(i++));
    e.usersSatisfied = boolFromDb(q.value(i++));
    e.budgetKept = boolFromDb(q.value(i++));
    e.scheduleKept = boolFromDb(q.value(i++));
    e.sideEffects = q.value(i++).toString();
    e.postTests = q.value(i++).toString();
    e.evaluatedAt = d.dateTimeFromDb(q.value(i++));
    e.evaluatedBy = idFromDb(q.value(i++));
    r.followUpId = idFromDb(q.value(i++));
    r.rolledBackAt = d.dateTimeFromDb(q.value(i++));
    r.endedAt = d.dateTimeFromDb(q.value(i++));
    const QVariant downtime = q.value(i++);
    r.expectedDowntimeMinutes = downtime.isNull() ? std::nullopt : std::optional<int>(downtime.toInt());
    r.needsRestart = q.value(i++).toBool();
    r.rowVersion = q.value(i++).toInt();
    r.createdAt = d.dateTimeFromDb(q.value(i++));
    r.updatedAt = d.dateTimeFromDb(q.value(i++));
    return r;
}

// The structure of the waves, without their status.
bool sameWavePlan(const QList<RolloutWave> &a, const QList<RolloutWave> &b)
{
    return std::ranges::equal(a, b, [](const RolloutWave &x, const RolloutWave &y) {
        return x.name == y.name && x.groupId == y.groupId && x.goCriteria == y.goCriteria
            && x.breakPoint == y.breakPoint && x.plannedStart == y.plannedStart
            && x.plannedEnd == y.plannedEnd;
    });
}

bool sameWaveStatus(const QList<RolloutWave> &a, const QList<RolloutWave> &b)
{
    return std::ranges::equal(a, b, [](const RolloutWave &x, const RolloutWave &y) {
        return x.status == y.status && x.statusNote == y.statusNote;
    });
}

bool sameTestPlan(const QList<TestCase> &a, const QList<TestCase> &b)
{
    return std::ranges::equal(a, b, [](const TestCase &x, const TestCase &y) {
        return x.description == y.description && x.expected == y.expected;
    });
}

bool sameTestResults(const QList<TestCase> &a, const QList<TestCase> &b)
{
    return std::ranges::equal(a, b, [](const TestCase &x, const TestCase &y) {
        return x.actual == y.actual && x.result == y.result && x.testedBy == y.testedBy
            && x.testedAt == y.testedAt;
    });
}

QString decisionKey(ObjectionDecision decision)
{
    switch (decision) {
    case ObjectionDecision::Accept:
        return u"accept"_s;
    case ObjectionDecision::Escalate:
        return u"escalate"_s;
    case ObjectionDecision::Withdraw:
        return u"withdraw"_s;
    case ObjectionDecision::Uphold:
        return u"uphold"_s;
    case ObjectionDecision::Dismiss:
        return u"dismiss"_s;
    }
    return {};
}

QJsonObject objectionJson(const ChangeObjection &o)
{
    return {{u"id"_s, o.id},
            {u"change"_s, o.changeId},
            {u"field"_s, o.field},
            {u"proposed"_s, o.proposed},
            {u"reason"_s, o.reason},
            {u"status"_s, o.status},
            {u"resolution"_s, o.resolution}};
}

} // namespace

ChangeService::ChangeService(const Database &db, const WorkflowDefinition &definition, const Clock &clock)
    : m_db(db)
    , m_definition(definition)
    , m_clock(clock)
{ }

QString ChangeService::label(qint64 id) const
{
    return tr("request for change #%1").arg(id);
}

// ---- who acts --------------------------------------------------------------------------------

Result<ChangeActor> ChangeService::actor(const QString &login) const
{
    QString who = login.trimmed();
    if (m_db.backend() == Backend::PostgreSQL) {
        auto session = m_db.scalar(u"SELECT session_user"_s, {}, tr("asking the server who is logged in"));
        if (!session)
            return fail(session.error());
        const QString sessionUser = session->toString();
        if (!who.isEmpty() && who != sessionUser)
            return fail(ErrorKind::ReadOnly,
                        tr("On PostgreSQL everybody acts as their own login: this connection is '%1', "
                           "so it cannot act as '%2'.")
                            .arg(sessionUser, who));
        who = sessionUser;
    } else if (who.isEmpty()) {
        who = m_db.sessionUser();
    }
    auto person = PeopleRepository(m_db).personByLogin(who);
    if (!person)
        return fail(person.error());
    if (!*person)
        return fail(ErrorKind::NotFound, tr("There is no person with the login '%1'.").arg(who));
    if (!(*person)->active)
        return fail(ErrorKind::ReadOnly, tr("The person '%1' is no longer active.").arg(who));
    auto roles = PersonRoles(m_db).rolesOf((*person)->id);
    if (!roles)
        return fail(roles.error());
    ChangeActor actor;
    actor.personId = (*person)->id;
    actor.login = (*person)->login;
    actor.displayName = (*person)->displayName;
    actor.roles = *roles;
    return actor;
}

// ---- the edit rules ----------------------------------------------------------------------------

const QList<ChangeService::EditRule> &ChangeService::editRules()
{
    static const QList<EditRule> rules = [] {
        QStringList manager;
        for (const QString &key : ChangeRecordFields::textKeys()) {
            if (key != u"security_assessment")
                manager << key;
        }
        manager << QStringList {u"affected"_s,     u"department"_s,  u"rollout_waves"_s, u"wave_status"_s,
                                u"test_results"_s, u"attachments"_s, u"evaluation"_s,    u"implementers"_s};
        return QList<EditRule> {
            {u"applicant"_s,
             EditRule::When::InitialState,
             {u"title"_s, u"description"_s, u"reason"_s, u"department"_s, u"problem_reference"_s, u"affected"_s,
              u"type"_s, u"template"_s, u"security_relevant"_s, u"impact"_s, u"resources"_s, u"cost"_s,
              u"planned_start"_s, u"planned_end"_s, u"expected_downtime"_s, u"needs_restart"_s, u"test_plan"_s,
              u"fallback_plan"_s, u"fallback_criteria"_s, u"attachments"_s}},
            {u"change_manager"_s, EditRule::When::AnyState, manager},
            {u"security_management"_s,
             EditRule::When::AnyState,
             {u"security_assessment"_s, u"security_relevant"_s, u"attachments"_s}},
            {u"cab_member"_s, EditRule::When::LaterStates, {u"cab_recommendation"_s}},
            {u"implementer"_s,
             EditRule::When::LaterStates,
             {u"test_results"_s, u"wave_status"_s, u"actual_start"_s, u"actual_end"_s, u"attachments"_s}},
        };
    }();
    return rules;
}

QSet<QString> ChangeService::editableFields(const ChangeRequest &request, const ChangeActor &actor) const
{
    const WorkflowState *state = m_definition.state(request.state);
    if (!state || state->final)
        return {};
    const bool initial = request.state == m_definition.initialState();
    QSet<QString> fields;
    for (const EditRule &rule : editRules()) {
        if (!actor.has(rule.role) || (rule.role == u"applicant" && actor.personId != request.applicantId))
            continue;
        if ((rule.when == EditRule::When::InitialState && !initial)
            || (rule.when == EditRule::When::LaterStates && initial))
            continue;
        for (const QString &field : rule.fields)
            fields.insert(field);
    }
    return fields;
}

QStringList ChangeService::changedFields(const ChangeRequest &before, const ChangeRequest &after)
{
    QStringList changed;
    for (const QString &key : ChangeRecordFields::textKeys()) {
        if (ChangeRecordFields::text(before, key) != ChangeRecordFields::text(after, key))
            changed << key;
    }
    if (before.applicantId != after.applicantId)
        changed << u"applicant"_s;
    if (before.departmentId != after.departmentId)
        changed << u"department"_s;
    if (before.ciIds != after.ciIds || before.groupIds != after.groupIds)
        changed << u"affected"_s;
    if (before.implementerIds != after.implementerIds)
        changed << u"implementers"_s;
    if (!sameWavePlan(before.waves, after.waves))
        changed << u"rollout_waves"_s;
    else if (!sameWaveStatus(before.waves, after.waves))
        changed << u"wave_status"_s;
    if (!sameTestPlan(before.testCases, after.testCases)) {
        if (!changed.contains(u"test_plan"_s))
            changed << u"test_plan"_s;
    } else if (!sameTestResults(before.testCases, after.testCases)) {
        changed << u"test_results"_s;
    }
    if (!(before.evaluation == after.evaluation))
        changed << u"evaluation"_s;
    return changed;
}

Status ChangeService::checkEdits(const ChangeRequest &before, const ChangeRequest &after,
                                 const QSet<QString> &editable, const ChangeActor &actor) const
{
    for (const QString &key : changedFields(before, after)) {
        if (editable.contains(key))
            continue;
        const QString field = key == u"wave_status"_s ? tr("Status of the rollout waves")
            : ChangeFields::label(key).isEmpty()      ? key
                                                      : ChangeFields::label(key);
        return fail(ErrorKind::ReadOnly,
                    tr("%1 of %2 cannot be changed by %3 while it is '%4'.")
                        .arg(field, label(before.id), actor.login, before.state));
    }
    return {};
}

// ---- validation ---------------------------------------------------------------------------------

Status ChangeService::validate(const ChangeRequest &r) const
{
    if (r.title.trimmed().isEmpty())
        return fail(ErrorKind::InvalidInput, tr("A request for change needs a title."));
    if (r.title.size() > 200)
        return fail(ErrorKind::InvalidInput,
                    tr("The title has %1 characters; at most 200 fit.").arg(r.title.size()));
    if (!ChangeFields::conditionValues().value(u"type"_s).contains(r.type))
        return fail(ErrorKind::InvalidInput, tr("'%1' is not a type of change.").arg(r.type));
    for (const auto &[from, to, what] : {std::tuple {r.plannedStart, r.plannedEnd, tr("The planned end")},
                                         std::tuple {r.actualStart, r.actualEnd, tr("The actual end")}}) {
        if (from.isValid() && to.isValid() && to < from)
            return fail(ErrorKind::InvalidInput,
                        tr("%1 (%2) is before the start (%3).")
                            .arg(what, ChangeRecordFields::timeText(to), ChangeRecordFields::timeText(from)));
    }
    for (const auto &[id, key] :
         {std::pair {r.duplicateOf, u"duplicate_of"_s}, std::pair {r.followUpId, u"follow_up"_s}}) {
        if (!id)
            continue;
        if (*id == r.id)
            return fail(ErrorKind::InvalidInput,
                        tr("%1 cannot be the request itself (#%2).").arg(ChangeFields::label(key)).arg(*id));
        auto exists = m_db.scalar(u"SELECT COUNT(*) FROM change_request WHERE id = ?"_s, {*id},
                                  tr("looking up request #%1").arg(*id));
        if (!exists)
            return fail(exists.error());
        if (exists->toLongLong() == 0)
            return fail(
                ErrorKind::InvalidInput,
                tr("%1 names request #%2, which does not exist.").arg(ChangeFields::label(key)).arg(*id));
    }
    for (qsizetype i = 0; i < r.waves.size(); ++i) {
        const RolloutWave &w = r.waves.at(i);
        if (w.name.trimmed().isEmpty())
            return fail(ErrorKind::InvalidInput, tr("Rollout wave %1 needs a name.").arg(i + 1));
        if (!RolloutWave::statuses().contains(w.status))
            return fail(ErrorKind::InvalidInput,
                        tr("Rollout wave %1 ('%2'): '%3' is not a status (%4).")
                            .arg(i + 1)
                            .arg(w.name, w.status, RolloutWave::statuses().join(u", "_s)));
        if (w.plannedStart.isValid() && w.plannedEnd.isValid() && w.plannedEnd < w.plannedStart)
            return fail(ErrorKind::InvalidInput,
                        tr("Rollout wave %1 ('%2') ends before it starts.").arg(i + 1).arg(w.name));
    }
    for (qsizetype i = 0; i < r.testCases.size(); ++i) {
        const TestCase &t = r.testCases.at(i);
        if (t.description.trimmed().isEmpty())
            return fail(ErrorKind::InvalidInput, tr("Test case %1 needs a description.").arg(i + 1));
        if (!TestCase::results().contains(t.result))
            return fail(ErrorKind::InvalidInput,
                        tr("Test case %1: '%2' is not a result (%3).")
                            .arg(i + 1)
                            .arg(t.result, TestCase::results().join(u", "_s)));
    }
    return {};
}

Status ChangeService::checkOverride(const ChangeRequest &before, const ChangeRequest &after) const
{
    const bool categoryChanged = !after.category.isEmpty() && after.category != before.category;
    const bool priorityChanged = !after.priority.isEmpty() && after.priority != before.priority;
    if (!categoryChanged && !priorityChanged)
        return {};
    if (!after.overrideReason.trimmed().isEmpty())
        return {};
    auto suggested = suggestion(after);
    if (!suggested)
        return fail(suggested.error());
    if (categoryChanged && after.category != suggested->category)
        return fail(ErrorKind::InvalidInput,
                    tr("The category '%1' differs from the suggested '%2' (%3): give a reason for the "
                       "override (override_reason).")
                        .arg(after.category, suggested->category, suggested->reasons.join(u"; "_s)));
    if (priorityChanged && after.priority != suggested->priority)
        return fail(ErrorKind::InvalidInput,
                    tr("The priority '%1' differs from the suggested '%2' (%3): give a reason for the "
                       "override (override_reason).")
                        .arg(after.priority, suggested->priority, suggested->reasons.join(u"; "_s)));
    return {};
}

Result<ClassificationSuggestion> ChangeService::suggestion(const ChangeRequest &request) const
{
    return ChangeAnalysis::suggest(m_db, request.ciIds, request.type, request.securityRelevant);
}

// ---- reading ------------------------------------------------------------------------------------

Result<ChangeRequest> ChangeService::load(qint64 id, bool withChildren, bool *objectionOpen) const
{
    // The record with its parts in one statement: the affected CIs and groups as lists of ids,
    // waves, test cases and attachments as JSON arrays of rows (a transition reads one record,
    // and each round trip counts when many people work at once).
    const bool pg = m_db.backend() == Backend::PostgreSQL;
    const auto ids = [pg](const QString &column, const QString &table) {
        return pg ? u"(SELECT string_agg(%1::TEXT, ',') FROM %2 WHERE change_id = change_request.id)"_s.arg(column,
                                                                                                          table)
                  : u"(SELECT group_concat(%1) FROM %2 WHERE change_id = change_request.id)"_s.arg(column, table);
    };
    const auto rows = [pg](const QString &columns, const QString &table, const QString &order) {
        return pg ? u"(SELECT json_agg(json_build_array(%1) ORDER BY %3) FROM %2 WHERE change_id = "
                    "change_request.id)"_s.arg(columns, table, order)
                  : u"(SELECT json_group_array(json_array(%1)) FROM (SELECT * FROM %2 WHERE change_id = "
                    "change_request.id ORDER BY %3))"_s.arg(columns, table, order);
    };
    const QString children
        = withChildren
        ? QStringList {QString(),
                       ids(u"ci_id"_s, u"change_ci"_s),
                       ids(u"group_id"_s, u"change_group"_s),
                       rows(u"name, group_id, go_criteria, break_point, planned_start, planned_end, status, "
                            "status_note"_s,
                            u"change_wave"_s, u"position"_s),
                       rows(u"description, expected, actual, result, tested_by, tested_at"_s,
                            u"change_test_case"_s, u"position"_s),
                       rows(u"id, name, media_type, sha256, added_by, added_at, length(content)"_s,
                            u"change_attachment"_s, u"id"_s),
                       ids(u"person_id"_s, u"change_implementer"_s)}
              .join(u", "_s)
        : QString();
    const QString objections
        = objectionOpen ? u", (%1)"_s.arg(openObjectionCount(u"change_request.id"_s)) : QString();
    auto row = m_db.exec(u"SELECT id, %1, row_version, created_at, updated_at%2%3 FROM change_request WHERE id = ?"_s
                             .arg(kColumns.join(u", "_s), children, objections),
                         {id}, tr("reading %1").arg(label(id)), Database::Plan::Kept);
    if (!row)
        return fail(row.error());
    if (!row->next())
        return fail(ErrorKind::NotFound, tr("There is no request for change #%1.").arg(id));
    const Dialect &d = m_db.dialect();
    ChangeRequest r = requestFrom(d, *row);
    const int first = int(kColumns.size()) + 4; // after id, the columns, version and times
    if (objectionOpen)
        *objectionOpen = row->value(first + (withChildren ? 6 : 0)).toLongLong() > 0;
    if (!withChildren)
        return r;
    const auto idList = [](const QVariant &value) {
        QList<qint64> list;
        const QString text = value.toString();
        for (const QStringView part : text.tokenize(u',', Qt::SkipEmptyParts))
            list << part.toLongLong();
        std::ranges::sort(list);
        return list;
    };
    const auto array = [&](const QVariant &value) -> Result<QJsonArray> {
        if (value.isNull())
            return QJsonArray();
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isArray())
            return fail(ErrorKind::Internal,
                        tr("The database returned the parts of %1 in a form ChangeDesk does not read: %2")
                            .arg(label(id), error.errorString()));
        return document.array();
    };
    const auto time = [&](const QJsonValue &v) {
        return v.isString() ? d.dateTimeFromDb(v.toString()) : QDateTime();
    };
    const auto optionalId = [](const QJsonValue &v) {
        return v.isDouble() ? std::optional<qint64>(v.toInteger()) : std::nullopt;
    };
    r.ciIds = idList(row->value(first));
    r.groupIds = idList(row->value(first + 1));
    r.implementerIds = idList(row->value(first + 5));
    auto waves = array(row->value(first + 2));
    auto tests = array(row->value(first + 3));
    auto files = array(row->value(first + 4));
    for (const Result<QJsonArray> *parsed : {&waves, &tests, &files}) {
        if (!*parsed)
            return fail(parsed->error());
    }
    for (const QJsonValue &value : std::as_const(*waves)) {
        const QJsonArray c = value.toArray();
        RolloutWave w;
        w.name = c.at(0).toString();
        w.groupId = optionalId(c.at(1));
        w.goCriteria = c.at(2).toString();
        w.breakPoint = c.at(3).isBool() ? c.at(3).toBool() : c.at(3).toInteger() != 0; // SQLite: 0 or 1
        w.plannedStart = time(c.at(4));
        w.plannedEnd = time(c.at(5));
        w.status = c.at(6).toString();
        w.statusNote = c.at(7).toString();
        r.waves << w;
    }
    for (const QJsonValue &value : std::as_const(*tests)) {
        const QJsonArray c = value.toArray();
        TestCase t;
        t.description = c.at(0).toString();
        t.expected = c.at(1).toString();
        t.actual = c.at(2).toString();
        t.result = c.at(3).toString();
        t.testedBy = optionalId(c.at(4));
        t.testedAt = time(c.at(5));
        r.testCases << t;
    }
    for (const QJsonValue &value : std::as_const(*files)) {
        const QJsonArray c = value.toArray();
        ChangeAttachment a;
        a.id = c.at(0).toInteger();
        a.name = c.at(1).toString();
        a.mediaType = c.at(2).toString();
        a.sha256 = c.at(3).toString();
        a.addedBy = optionalId(c.at(4));
        a.addedAt = time(c.at(5));
        a.size = c.at(6).toInteger();
        r.attachments << a;
    }
    return r;
}

Result<ChangeRequest> ChangeService::get(qint64 id) const
{
    return load(id, true);
}

Result<QList<ChangeSummary>> ChangeService::list(const ChangeFilter &filter) const
{
    QStringList where;
    QVariantList params;
    const auto anyOf = [&](const QString &column, const QStringList &values) {
        if (values.isEmpty())
            return;
        QStringList marks;
        for (const QString &v : values) {
            marks << u"?"_s;
            params << v;
        }
        where << u"r.%1 IN (%2)"_s.arg(column, marks.join(u", "_s));
    };
    anyOf(u"state"_s, filter.states);
    anyOf(u"change_type"_s, filter.types);
    anyOf(u"priority"_s, filter.priorities);
    anyOf(u"category"_s, filter.categories);
    if (filter.applicantId) {
        where << u"r.applicant_id = ?"_s;
        params << *filter.applicantId;
    }
    if (!filter.text.trimmed().isEmpty()) {
        where << u"(LOWER(r.title) LIKE ? OR LOWER(r.description) LIKE ?)"_s;
        const QString pattern = u"%"_s + filter.text.trimmed().toLower() + u"%"_s;
        params << pattern << pattern;
    }
    const QString sql
        = u"SELECT r.id, r.state, r.title, r.change_type, r.priority, r.category, r.applicant_id, "
          u"p.display_name, "
          "r.security_relevant, "
          "EXISTS (SELECT 1 FROM change_objection o WHERE o.change_id = r.id AND o.status IN ('open', "
          "'escalated')), "
          "(SELECT COUNT(*) FROM change_ci c WHERE c.change_id = r.id), "
          "r.planned_start, r.planned_end, r.evaluation_due, r.updated_at "
          "FROM change_request r JOIN person p ON p.id = r.applicant_id %1 ORDER BY r.id DESC"_s.arg(
              where.isEmpty() ? QString() : u"WHERE "_s + where.join(u" AND "_s));
    auto rows = m_db.exec(sql, params, tr("listing requests for change"));
    if (!rows)
        return fail(rows.error());
    const Dialect &d = m_db.dialect();
    QList<ChangeSummary> list;
    while (rows->next()) {
        ChangeSummary s;
        s.id = rows->value(0).toLongLong();
        s.state = rows->value(1).toString();
        s.title = rows->value(2).toString();
        s.type = rows->value(3).toString();
        s.priority = rows->value(4).toString();
        s.category = rows->value(5).toString();
        s.applicantId = rows->value(6).toLongLong();
        s.applicantName = rows->value(7).toString();
        s.securityRelevant = rows->value(8).toBool();
        s.objectionOpen = rows->value(9).toBool();
        s.ciCount = rows->value(10).toInt();
        s.plannedStart = d.dateTimeFromDb(rows->value(11));
        s.plannedEnd = d.dateTimeFromDb(rows->value(12));
        s.evaluationDue = d.dateTimeFromDb(rows->value(13));
        s.updatedAt = d.dateTimeFromDb(rows->value(14));
        list << s;
    }
    return list;
}

Result<QByteArray> ChangeService::attachmentContent(qint64 attachmentId) const
{
    auto content = m_db.scalar(u"SELECT content FROM change_attachment WHERE id = ?"_s, {attachmentId},
                               tr("reading attachment %1").arg(attachmentId));
    if (!content)
        return fail(content.error());
    if (content->isNull())
        return fail(ErrorKind::NotFound, tr("There is no attachment %1.").arg(attachmentId));
    return content->toByteArray();
}

Result<bool> ChangeService::objectionOpen(qint64 changeId) const
{
    auto open
        = m_db.scalar(openObjectionCount(u"?"_s), {changeId},
                      tr("reading the objections to %1").arg(label(changeId)), Database::Plan::Kept);
    if (!open)
        return fail(open.error());
    return open->toLongLong() > 0;
}

ChangeFacts ChangeService::factsOf(const ChangeRequest &request, bool objectionOpen,
                                   const QStringList &packageProblems)
{
    ChangeFacts facts;
    facts.state = request.state;
    facts.values = ChangeRecordFields::conditionValues(request);
    facts.filled = ChangeRecordFields::filled(request);
    facts.applicantId = request.applicantId;
    facts.objectionOpen = objectionOpen;
    facts.packageProblems = packageProblems;
    if (packageProblems.isEmpty())
        facts.filled.insert(u"packages_verified"_s);
    return facts;
}

Result<ChangeFacts> ChangeService::facts(const ChangeRequest &request) const
{
    bool open = false;
    QStringList problems;
    if (request.id) {
        auto found = objectionOpen(request.id);
        if (!found)
            return fail(found.error());
        open = *found;
        auto unverified = packageProblems(request.id);
        if (!unverified)
            return fail(unverified.error());
        problems = *unverified;
    }
    return factsOf(request, open, problems);
}

Result<QList<const WorkflowTransition *>> ChangeService::available(const ChangeRequest &request,
                                                                   const ChangeActor &actor) const
{
    auto f = facts(request);
    if (!f)
        return fail(f.error());
    return m_definition.available(*f, actor.workflowActor());
}

Result<QList<AuditEvent>> ChangeService::history(qint64 changeId) const
{
    return AuditLog(m_db).eventsFor(kObjectType, changeId);
}

Result<QList<ChangeAnalysis::Similar>> ChangeService::similarOpen(const ChangeRequest &request) const
{
    QStringList open;
    for (const WorkflowState &s : m_definition.states()) {
        if (!s.final)
            open << s.id;
    }
    QStringList marks(open.size(), u"?"_s);
    QVariantList params(open.cbegin(), open.cend());
    params << request.id;
    auto rows = m_db.exec(u"SELECT r.id, r.title, r.description, c.ci_id FROM change_request r "
                          "LEFT JOIN change_ci c ON c.change_id = r.id WHERE r.state IN (%1) AND r.id <> ? "
                          "ORDER BY r.id"_s.arg(marks.join(u", "_s)),
                          params, tr("looking for similar requests"));
    if (!rows)
        return fail(rows.error());
    QList<ChangeAnalysis::Request> candidates;
    while (rows->next()) {
        const qint64 id = rows->value(0).toLongLong();
        if (candidates.isEmpty() || candidates.last().id != id)
            candidates.append({id, rows->value(1).toString(), rows->value(2).toString(), {}});
        if (!rows->value(3).isNull())
            candidates.last().ciIds << rows->value(3).toLongLong();
    }
    return ChangeAnalysis::similarRequests({request.id, request.title, request.description, request.ciIds},
                                           candidates);
}

// ---- writing ------------------------------------------------------------------------------------

Status ChangeService::audit(const ChangeActor &actor, const QString &action, qint64 id,
                            const std::optional<QJsonObject> &before,
                            const std::optional<QJsonObject> &after) const
{
    return AuditLog(m_db, actor.login, m_clock).record(action, kObjectType, id, before, after);
}

Status ChangeService::save(const ChangeRequest &before, ChangeRequest &after) const
{
    const Dialect &d = m_db.dialect();
    const QString what = tr("saving %1").arg(label(after.id));
    const QDateTime now = m_clock.now();
    QStringList assignments;
    for (const QString &column : kColumns)
        assignments << column + u" = ?"_s;
    QVariantList params = columnValues(d, after);
    params << d.toDb(now) << after.id << before.rowVersion;
    if (auto updated
        = m_db.execGuarded(u"UPDATE change_request SET %1, row_version = row_version + 1, updated_at = ? "
                           "WHERE id = ? AND row_version = ?"_s.arg(assignments.join(u", "_s)),
                           params, {kTable, after.id, label(after.id), before.rowVersion}, Database::Plan::Kept);
        !updated)
        return fail(updated.error());
    after.rowVersion = before.rowVersion + 1;
    after.updatedAt = now;

    if (before.ciIds != after.ciIds) {
        if (auto cleared = m_db.exec(u"DELETE FROM change_ci WHERE change_id = ?"_s, {after.id}, what);
            !cleared)
            return fail(cleared.error());
        for (qint64 ci : std::as_const(after.ciIds)) {
            if (auto added = m_db.exec(u"INSERT INTO change_ci (change_id, ci_id) VALUES (?, ?)"_s,
                                       {after.id, ci}, what);
                !added)
                return fail(added.error());
        }
    }
    if (before.implementerIds != after.implementerIds) {
        if (auto cleared = m_db.exec(u"DELETE FROM change_implementer WHERE change_id = ?"_s, {after.id}, what);
            !cleared)
            return fail(cleared.error());
        for (qint64 person : std::as_const(after.implementerIds)) {
            if (auto added = m_db.exec(u"INSERT INTO change_implementer (change_id, person_id) VALUES (?, ?)"_s,
                                       {after.id, person}, what);
                !added)
                return fail(added.error());
        }
    }
    if (before.groupIds != after.groupIds) {
        if (auto cleared = m_db.exec(u"DELETE FROM change_group WHERE change_id = ?"_s, {after.id}, what);
            !cleared)
            return fail(cleared.error());
        for (qint64 group : std::as_const(after.groupIds)) {
            if (auto added = m_db.exec(u"INSERT INTO change_group (change_id, group_id) VALUES (?, ?)"_s,
                                       {after.id, group}, what);
                !added)
                return fail(added.error());
        }
    }
    if (!(before.waves == after.waves) && sameWavePlan(before.waves, after.waves)) {
        // Only the statuses moved: the rows stay (on PostgreSQL the guards tell a status from a
        // new plan by the columns that change).
        for (qsizetype i = 0; i < after.waves.size(); ++i) {
            const RolloutWave &w = after.waves.at(i);
            if (auto updated = m_db.exec(u"UPDATE change_wave SET status = ?, status_note = ? "
                                         "WHERE change_id = ? AND position = ?"_s,
                                         {w.status, sqlText(w.statusNote), after.id, int(i + 1)}, what);
                !updated)
                return fail(updated.error());
        }
    } else if (!(before.waves == after.waves)) {
        if (auto cleared = m_db.exec(u"DELETE FROM change_wave WHERE change_id = ?"_s, {after.id}, what);
            !cleared)
            return fail(cleared.error());
        for (qsizetype i = 0; i < after.waves.size(); ++i) {
            const RolloutWave &w = after.waves.at(i);
            if (auto added = m_db.exec(
                    u"INSERT INTO change_wave (change_id, position, name, group_id, go_criteria, "
                    u"break_point, "
                    "planned_start, planned_end, status, status_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                    {after.id, int(i + 1), w.name.trimmed(), sqlId(w.groupId), sqlText(w.goCriteria),
                     d.toDb(w.breakPoint), d.toDb(w.plannedStart), d.toDb(w.plannedEnd), w.status,
                     sqlText(w.statusNote)},
                    what);
                !added)
                return fail(added.error());
        }
    }
    if (!(before.testCases == after.testCases) && sameTestPlan(before.testCases, after.testCases)) {
        for (qsizetype i = 0; i < after.testCases.size(); ++i) {
            const TestCase &t = after.testCases.at(i);
            if (auto updated = m_db.exec(u"UPDATE change_test_case SET actual = ?, result = ?, tested_by = ?, "
                                         "tested_at = ? WHERE change_id = ? AND position = ?"_s,
                                         {sqlText(t.actual), t.result, sqlId(t.testedBy), d.toDb(t.testedAt),
                                          after.id, int(i + 1)},
                                         what);
                !updated)
                return fail(updated.error());
        }
    } else if (!(before.testCases == after.testCases)) {
        if (auto cleared = m_db.exec(u"DELETE FROM change_test_case WHERE change_id = ?"_s, {after.id}, what);
            !cleared)
            return fail(cleared.error());
        for (qsizetype i = 0; i < after.testCases.size(); ++i) {
            const TestCase &t = after.testCases.at(i);
            if (auto added = m_db.exec(u"INSERT INTO change_test_case (change_id, position, description, "
                                       u"expected, actual, result, "
                                       "tested_by, tested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                       {after.id, int(i + 1), t.description.trimmed(), sqlText(t.expected),
                                        sqlText(t.actual), t.result, sqlId(t.testedBy), d.toDb(t.testedAt)},
                                       what);
                !added)
                return fail(added.error());
        }
    }
    return {};
}

Status ChangeService::bumpVersion(const ChangeRequest &request) const
{
    return m_db.execGuarded(u"UPDATE change_request SET row_version = row_version + 1, updated_at = ? "
                            "WHERE id = ? AND row_version = ?"_s,
                            {m_db.dialect().toDb(m_clock.now()), request.id, request.rowVersion},
                            {kTable, request.id, label(request.id), request.rowVersion});
}

Result<ChangeRequest> ChangeService::create(ChangeRequest request, const ChangeActor &actor) const
{
    if (!actor.has(u"applicant"_s) && !actor.has(u"change_manager"_s))
        return fail(ErrorKind::ReadOnly,
                    tr("%1 may not apply for changes: that needs the role applicant or change manager.")
                        .arg(actor.login));
    if (request.applicantId == 0 || !actor.has(u"change_manager"_s))
        request.applicantId = actor.personId;
    request.id = 0;
    request.state = m_definition.initialState();
    request.title = request.title.trimmed();
    // What the workflow records by itself stays empty.
    request.authorizedAt = {};
    request.rolledBackAt = {};
    request.endedAt = {};
    request.evaluation = {};
    if (auto valid = validate(request); !valid)
        return fail(valid.error());
    return m_db.write([&]() -> Result<ChangeRequest> {
        auto applicant = PeopleRepository(m_db).personById(request.applicantId);
        if (!applicant)
            return fail(applicant.error());
        if (!*applicant)
            return fail(ErrorKind::InvalidInput,
                        tr("There is no person with the id %1.").arg(request.applicantId));
        const Dialect &d = m_db.dialect();
        const QDateTime now = m_clock.now();
        QStringList marks(kColumns.size(), u"?"_s);
        QVariantList params = columnValues(d, request);
        params << d.toDb(now) << d.toDb(now);
        auto inserted = m_db.exec(
            u"INSERT INTO change_request (%1, row_version, created_at, updated_at) "
            "VALUES (%2, 0, ?, ?) RETURNING id"_s.arg(kColumns.join(u", "_s), marks.join(u", "_s)),
            params, tr("adding the request for change '%1'").arg(request.title));
        if (!inserted)
            return fail(inserted.error());
        inserted->next();
        const qint64 id = inserted->value(0).toLongLong();
        // Children through save(), against an empty record of version 0.
        ChangeRequest empty;
        empty.id = id;
        empty.rowVersion = 0;
        request.id = id;
        if (auto saved = save(empty, request); !saved)
            return fail(saved.error());
        request.createdAt = now;
        if (auto logged
            = audit(actor, u"change.create"_s, id, std::nullopt, ChangeRecordFields::toJson(request));
            !logged)
            return fail(logged.error());
        return request;
    });
}

Result<ChangeRequest> ChangeService::update(const ChangeRequest &edited, const ChangeActor &actor) const
{
    return m_db.write([&]() -> Result<ChangeRequest> {
        auto current = load(edited.id, true);
        if (!current)
            return fail(current.error());
        if (current->rowVersion != edited.rowVersion)
            return fail(ErrorKind::Conflict,
                        tr("%1 was changed by someone else since it was read (version %2, now %3); "
                           "reload it and make the change again.")
                            .arg(label(edited.id))
                            .arg(edited.rowVersion)
                            .arg(current->rowVersion));
        ChangeRequest next = edited;
        next.state = current->state; // only transitions change the state
        next.authorizedAt = current->authorizedAt;
        next.rolledBackAt = current->rolledBackAt;
        next.endedAt = current->endedAt;
        next.createdAt = current->createdAt;
        next.attachments = current->attachments; // addAttachment/removeAttachment
        next.title = next.title.trimmed();
        if (changedFields(*current, next).isEmpty())
            return *current;
        if (next.evaluation != current->evaluation && !next.evaluation.done()) {
            next.evaluation.evaluatedAt = m_clock.now();
            next.evaluation.evaluatedBy = actor.personId;
        }
        if (auto allowed = checkEdits(*current, next, editableFields(*current, actor), actor); !allowed)
            return fail(allowed.error());
        if (auto valid = validate(next); !valid)
            return fail(valid.error());
        if (auto override = checkOverride(*current, next); !override)
            return fail(override.error());
        if (auto saved = save(*current, next); !saved)
            return fail(saved.error());
        if (auto logged = audit(actor, u"change.update"_s, next.id, ChangeRecordFields::toJson(*current),
                                ChangeRecordFields::toJson(next));
            !logged)
            return fail(logged.error());
        return next;
    });
}

Result<ChangeRequest> ChangeService::act(qint64 id, const QString &action, const ChangeActor &actor,
                                         const QHash<QString, QString> &sets, const QString &reason,
                                         int expectedVersion) const
{
    return m_db.write([&]() -> Result<ChangeRequest> {
        bool objectionOpen = false;
        auto current = load(id, true, &objectionOpen);
        if (!current)
            return fail(current.error());
        if (expectedVersion != 0 && current->rowVersion != expectedVersion)
            return fail(ErrorKind::Conflict,
                        tr("%1 was changed by someone else since it was read (version %2, now %3); "
                           "reload it and decide again.")
                            .arg(label(id))
                            .arg(expectedVersion)
                            .arg(current->rowVersion));
        auto problems = packageProblems(id);
        if (!problems)
            return fail(problems.error());
        const WorkflowTransition *transition = m_definition.transition(current->state, action);
        if (!transition) {
            if (auto checked
                = m_definition.check(factsOf(*current, objectionOpen, *problems), action, actor.workflowActor());
                !checked)
                return fail(checked.error());
            return fail(ErrorKind::Internal,
                        tr("No transition '%1' out of '%2'.").arg(action, current->state));
        }

        ChangeRequest next = *current;
        QStringList keys = sets.keys();
        std::ranges::sort(keys);
        for (const QString &key : std::as_const(keys)) {
            if (auto set = ChangeRecordFields::set(next, key, sets.value(key)); !set)
                return fail(set.error());
        }
        QSet<QString> editable = editableFields(*current, actor);
        ChangeFacts whose;
        whose.applicantId = current->applicantId;
        if (WorkflowDefinition::holdsRole(*transition, whose, actor.workflowActor())) {
            for (const QString &key : transition->required)
                editable.insert(key);
        }
        if (auto allowed = checkEdits(*current, next, editable, actor); !allowed)
            return fail(allowed.error());

        const QString why = reason.trimmed();
        if (transition->reason && why.isEmpty())
            return fail(ErrorKind::InvalidInput,
                        tr("'%1' needs a reason: say why (--reason).").arg(transition->action));
        if (transition->required.contains(u"rejection_reason"_s) && next.rejectionReason.trimmed().isEmpty())
            next.rejectionReason = why;
        const QDateTime now = m_clock.now();
        for (const QString &stamp : transition->stamps) {
            QDateTime &field = stamp == u"authorized_at"_s ? next.authorizedAt
                : stamp == u"actual_start"_s               ? next.actualStart
                : stamp == u"rolled_back_at"_s             ? next.rolledBackAt
                                                           : next.actualEnd;
            if (!field.isValid())
                field = now;
        }
        if (auto valid = validate(next); !valid)
            return fail(valid.error());
        if (auto override = checkOverride(*current, next); !override)
            return fail(override.error());
        if (auto checked
            = m_definition.check(factsOf(next, objectionOpen, *problems), action, actor.workflowActor());
            !checked)
            return fail(checked.error());

        next.state = transition->to;
        if (const WorkflowState *to = m_definition.state(next.state); to && to->final)
            next.endedAt = now;
        if (auto saved = save(*current, next); !saved)
            return fail(saved.error());
        QJsonObject after = ChangeRecordFields::toJson(next);
        after.insert(u"transition"_s,
                     QJsonObject {{u"action"_s, action},
                                  {u"from"_s, current->state},
                                  {u"to"_s, next.state},
                                  {u"reason"_s, why}});
        if (auto logged
            = audit(actor, u"change."_s + action, id, ChangeRecordFields::toJson(*current), after);
            !logged)
            return fail(logged.error());
        return next;
    });
}

Result<ChangeAttachment> ChangeService::addAttachment(qint64 changeId, const QString &name,
                                                      const QString &mediaType, const QByteArray &content,
                                                      const ChangeActor &actor) const
{
    if (name.trimmed().isEmpty())
        return fail(ErrorKind::InvalidInput, tr("An attachment needs a file name."));
    return m_db.write([&]() -> Result<ChangeAttachment> {
        auto current = load(changeId, false);
        if (!current)
            return fail(current.error());
        if (!editableFields(*current, actor).contains(u"attachments"_s))
            return fail(ErrorKind::ReadOnly,
                        tr("%1 cannot add attachments to %2 while it is '%3'.")
                            .arg(actor.login, label(changeId), current->state));
        ChangeAttachment a;
        a.name = name.trimmed();
        a.mediaType = mediaType;
        a.content = content;
        a.size = content.size();
        a.sha256 = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        a.addedBy = actor.personId;
        a.addedAt = m_clock.now();
        const Dialect &d = m_db.dialect();
        auto inserted
            = m_db.exec(u"INSERT INTO change_attachment (change_id, name, media_type, content, sha256, "
                        "added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                        {changeId, a.name, sqlText(a.mediaType), content.isNull() ? QByteArray("") : content,
                         a.sha256, actor.personId, d.toDb(a.addedAt)},
                        tr("attaching '%1' to %2").arg(a.name, label(changeId)));
        if (!inserted)
            return fail(inserted.error());
        inserted->next();
        a.id = inserted->value(0).toLongLong();
        if (auto bumped = bumpVersion(*current); !bumped)
            return fail(bumped.error());
        if (auto logged = audit(actor, u"change.attach"_s, changeId, std::nullopt,
                                QJsonObject {{u"attachment"_s, a.id},
                                             {u"name"_s, a.name},
                                             {u"size"_s, content.size()},
                                             {u"sha256"_s, a.sha256}});
            !logged)
            return fail(logged.error());
        return a;
    });
}

Status ChangeService::removeAttachment(qint64 attachmentId, const ChangeActor &actor) const
{
    return m_db.write([&]() -> Status {
        auto row = m_db.exec(u"SELECT change_id, name, sha256 FROM change_attachment WHERE id = ?"_s,
                             {attachmentId}, tr("reading attachment %1").arg(attachmentId));
        if (!row)
            return fail(row.error());
        if (!row->next())
            return fail(ErrorKind::NotFound, tr("There is no attachment %1.").arg(attachmentId));
        const qint64 changeId = row->value(0).toLongLong();
        const QString name = row->value(1).toString();
        const QString sha = row->value(2).toString();
        auto current = load(changeId, false);
        if (!current)
            return fail(current.error());
        if (!editableFields(*current, actor).contains(u"attachments"_s))
            return fail(ErrorKind::ReadOnly,
                        tr("%1 cannot remove attachments of %2 while it is '%3'.")
                            .arg(actor.login, label(changeId), current->state));
        if (auto removed = m_db.exec(u"DELETE FROM change_attachment WHERE id = ?"_s, {attachmentId},
                                     tr("removing attachment '%1'").arg(name));
            !removed)
            return fail(removed.error());
        if (auto bumped = bumpVersion(*current); !bumped)
            return fail(bumped.error());
        return audit(actor, u"change.detach"_s, changeId,
                     QJsonObject {{u"attachment"_s, attachmentId}, {u"name"_s, name}, {u"sha256"_s, sha}},
                     std::nullopt);
    });
}

Status ChangeService::attachPackage(qint64 changeId, qint64 packageId, const ChangeActor &actor) const
{
    return m_db.write([&]() -> Status {
        auto current = load(changeId, false);
        if (!current)
            return fail(current.error());
        if (!editableFields(*current, actor).contains(u"attachments"_s))
            return fail(ErrorKind::ReadOnly, tr("%1 cannot attach packages to %2 while it is '%3'.")
                                                 .arg(actor.login, label(changeId), current->state));
        auto package = PackageLibrary(m_db, actor, m_clock).get(packageId);
        if (!package)
            return fail(package.error());
        auto there = m_db.scalar(u"SELECT COUNT(*) FROM change_package WHERE change_id = ? AND package_id = ?"_s,
                                 {changeId, packageId}, tr("reading the packages of %1").arg(label(changeId)));
        if (!there)
            return fail(there.error());
        if (there->toLongLong() > 0)
            return {};
        if (auto inserted = m_db.exec(u"INSERT INTO change_package (change_id, package_id) VALUES (?, ?)"_s,
                                      {changeId, packageId},
                                      tr("attaching %1 to %2").arg(package->label(), label(changeId)));
            !inserted)
            return fail(inserted.error());
        if (auto bumped = bumpVersion(*current); !bumped)
            return fail(bumped.error());
        return audit(actor, u"change.attach_package"_s, changeId, std::nullopt,
                     QJsonObject {{u"package"_s, packageId},
                                  {u"label"_s, package->label()},
                                  {u"sha256"_s, package->sha256},
                                  {u"status"_s, PackageLibrary::statusKey(package->status)}});
    });
}

Status ChangeService::detachPackage(qint64 changeId, qint64 packageId, const ChangeActor &actor) const
{
    return m_db.write([&]() -> Status {
        auto current = load(changeId, false);
        if (!current)
            return fail(current.error());
        if (!editableFields(*current, actor).contains(u"attachments"_s))
            return fail(ErrorKind::ReadOnly, tr("%1 cannot take packages off %2 while it is '%3'.")
                                                 .arg(actor.login, label(changeId), current->state));
        auto removed = m_db.exec(u"DELETE FROM change_package WHERE change_id = ? AND package_id = ?"_s,
                                 {changeId, packageId}, tr("taking package %1 off %2").arg(packageId).arg(label(changeId)));
        if (!removed)
            return fail(removed.error());
        if (removed->numRowsAffected() == 0)
            return fail(ErrorKind::NotFound,
                        tr("Package %1 is not attached to %2.").arg(packageId).arg(label(changeId)));
        if (auto bumped = bumpVersion(*current); !bumped)
            return fail(bumped.error());
        return audit(actor, u"change.detach_package"_s, changeId, QJsonObject {{u"package"_s, packageId}},
                     std::nullopt);
    });
}

Result<QList<AttachedPackage>> ChangeService::packages(qint64 changeId) const
{
    auto q = m_db.exec(u"SELECT p.id, p.vendor, p.product, p.version, p.file_name, p.status, p.status_reason "
                       "FROM change_package c JOIN package p ON p.id = c.package_id WHERE c.change_id = ? "
                       "ORDER BY p.vendor, p.product, p.version, p.id"_s,
                       {changeId}, tr("reading the packages of %1").arg(label(changeId)), Database::Plan::Kept);
    if (!q)
        return fail(q.error());
    QList<AttachedPackage> list;
    while (q->next()) {
        Package named;
        named.vendor = q->value(1).toString();
        named.product = q->value(2).toString();
        named.version = q->value(3).toString();
        AttachedPackage p;
        p.id = q->value(0).toLongLong();
        p.label = named.label();
        p.fileName = q->value(4).toString();
        p.status = q->value(5).toString();
        p.statusReason = q->value(6).toString();
        list << p;
    }
    return list;
}

Result<QStringList> ChangeService::packageProblems(qint64 changeId) const
{
    auto attached = packages(changeId);
    if (!attached)
        return fail(attached.error());
    QStringList problems;
    for (const AttachedPackage &p : std::as_const(*attached)) {
        if (p.status == u"verified" || p.status == u"released")
            continue;
        const auto status = PackageLibrary::statusFromKey(p.status).value_or(Package::Status::Unverified);
        const auto reason = Reasons::fromKey(p.statusReason);
        problems << (reason ? tr("%1 (package %2) is %3: %4")
                                  .arg(p.label)
                                  .arg(p.id)
                                  .arg(PackageLibrary::statusLabel(status).toLower(), Reasons::text(*reason))
                            : tr("%1 (package %2) is %3").arg(p.label).arg(p.id).arg(
                                  PackageLibrary::statusLabel(status).toLower()));
    }
    return problems;
}

// ---- objections ---------------------------------------------------------------------------------

Result<QList<ChangeObjection>> ChangeService::objections(qint64 changeId) const
{
    auto rows = m_db.exec(
        u"SELECT id, change_id, field, proposed, reason, raised_by, raised_at, status, escalated_by, "
        "escalated_at, resolved_by, resolved_at, resolution, row_version FROM change_objection "
        "WHERE change_id = ? ORDER BY id"_s,
        {changeId}, tr("reading the objections to %1").arg(label(changeId)));
    if (!rows)
        return fail(rows.error());
    const Dialect &d = m_db.dialect();
    QList<ChangeObjection> list;
    while (rows->next()) {
        ChangeObjection o;
        o.id = rows->value(0).toLongLong();
        o.changeId = rows->value(1).toLongLong();
        o.field = rows->value(2).toString();
        o.proposed = rows->value(3).toString();
        o.reason = rows->value(4).toString();
        o.raisedBy = idFromDb(rows->value(5));
        o.raisedAt = d.dateTimeFromDb(rows->value(6));
        o.status = rows->value(7).toString();
        o.escalatedBy = idFromDb(rows->value(8));
        o.escalatedAt = d.dateTimeFromDb(rows->value(9));
        o.resolvedBy = idFromDb(rows->value(10));
        o.resolvedAt = d.dateTimeFromDb(rows->value(11));
        o.resolution = rows->value(12).toString();
        o.rowVersion = rows->value(13).toInt();
        list << o;
    }
    return list;
}

Result<ChangeObjection> ChangeService::object(qint64 changeId, const QString &field, const QString &proposed,
                                              const QString &reason, const ChangeActor &actor) const
{
    if (!actor.has(u"security_management"_s))
        return fail(
            ErrorKind::ReadOnly,
            tr("Only security management may object to the priority or category; %1 is not in that role.")
                .arg(actor.login));
    if (field != u"priority" && field != u"category")
        return fail(ErrorKind::InvalidInput,
                    tr("An objection is to the priority or the category, not to '%1'.").arg(field));
    if (!ChangeFields::conditionValues().value(field).contains(proposed))
        return fail(ErrorKind::InvalidInput,
                    tr("%1 '%2' is not one of: %3.")
                        .arg(ChangeFields::label(field), proposed,
                             ChangeFields::conditionValues().value(field).join(u", "_s)));
    if (reason.trimmed().isEmpty())
        return fail(ErrorKind::InvalidInput, tr("An objection needs a reason."));
    return m_db.write([&]() -> Result<ChangeObjection> {
        auto current = load(changeId, false);
        if (!current)
            return fail(current.error());
        const WorkflowState *state = m_definition.state(current->state);
        if (!state || state->final)
            return fail(
                ErrorKind::Conflict,
                tr("%1 is '%2' and has ended; it takes no objections.").arg(label(changeId), current->state));
        const QString now = field == u"priority" ? current->priority : current->category;
        if (now == proposed)
            return fail(
                ErrorKind::InvalidInput,
                tr("%1 of %2 is already '%3'.").arg(ChangeFields::label(field), label(changeId), proposed));
        auto existing = objections(changeId);
        if (!existing)
            return fail(existing.error());
        for (const ChangeObjection &o : std::as_const(*existing)) {
            if (o.isOpen() && o.field == field)
                return fail(ErrorKind::Conflict,
                            tr("There is already an open objection to the %1 of %2 (objection %3).")
                                .arg(ChangeFields::label(field).toLower(), label(changeId))
                                .arg(o.id));
        }
        ChangeObjection o;
        o.changeId = changeId;
        o.field = field;
        o.proposed = proposed;
        o.reason = reason.trimmed();
        o.raisedBy = actor.personId;
        o.raisedAt = m_clock.now();
        o.rowVersion = 1;
        auto inserted = m_db.exec(
            u"INSERT INTO change_objection (change_id, field, proposed, reason, raised_by, "
            "raised_at, status, row_version) VALUES (?, ?, ?, ?, ?, ?, 'open', 1) RETURNING id"_s,
            {changeId, field, proposed, o.reason, actor.personId, m_db.dialect().toDb(o.raisedAt)},
            tr("recording an objection to %1").arg(label(changeId)));
        if (!inserted)
            return fail(inserted.error());
        inserted->next();
        o.id = inserted->value(0).toLongLong();
        // The record changes too: whoever acts on the version before this one is refused.
        if (auto bumped = bumpVersion(*current); !bumped)
            return fail(bumped.error());
        if (auto logged = audit(actor, u"change.objection.raise"_s, changeId, std::nullopt, objectionJson(o));
            !logged)
            return fail(logged.error());
        return o;
    });
}

Result<ChangeObjection> ChangeService::decide(qint64 objectionId, ObjectionDecision decision,
                                              const QString &reason, const ChangeActor &actor) const
{
    return m_db.write([&]() -> Result<ChangeObjection> {
        auto row = m_db.scalar(u"SELECT change_id FROM change_objection WHERE id = ?"_s, {objectionId},
                               tr("reading objection %1").arg(objectionId));
        if (!row)
            return fail(row.error());
        if (row->isNull())
            return fail(ErrorKind::NotFound, tr("There is no objection %1.").arg(objectionId));
        auto all = objections(row->toLongLong());
        if (!all)
            return fail(all.error());
        const auto found = std::ranges::find(*all, objectionId, &ChangeObjection::id);
        if (found == all->cend())
            return fail(ErrorKind::NotFound, tr("There is no objection %1.").arg(objectionId));
        const ChangeObjection before = *found;
        ChangeObjection o = before;
        const QString why = reason.trimmed();

        // Who may decide what, and from which status.
        QString role;
        QString from;
        QString to;
        switch (decision) {
        case ObjectionDecision::Accept:
            role = u"change_manager"_s, from = u"open"_s, to = u"accepted"_s;
            break;
        case ObjectionDecision::Escalate:
            role = actor.has(u"change_manager"_s) ? u"change_manager"_s : u"security_management"_s;
            from = u"open"_s, to = u"escalated"_s;
            break;
        case ObjectionDecision::Withdraw:
            role = u"security_management"_s, from = o.status == u"escalated" ? u"escalated"_s : u"open"_s;
            to = u"withdrawn"_s;
            break;
        case ObjectionDecision::Uphold:
            role = u"management"_s, from = u"escalated"_s, to = u"upheld"_s;
            break;
        case ObjectionDecision::Dismiss:
            role = u"management"_s, from = u"escalated"_s, to = u"dismissed"_s;
            break;
        }
        if (!actor.has(role))
            return fail(ErrorKind::ReadOnly,
                        tr("'%1' on an objection needs the role %2; %3 does not have it.")
                            .arg(decisionKey(decision), ChangeRoles::label(role), actor.login));
        if (o.status != from)
            return fail(ErrorKind::Conflict,
                        tr("Objection %1 is '%2'; '%3' needs it to be '%4'.")
                            .arg(objectionId)
                            .arg(o.status, decisionKey(decision), from));
        if (decision != ObjectionDecision::Accept && why.isEmpty())
            return fail(ErrorKind::InvalidInput,
                        tr("'%1' on an objection needs a reason.").arg(decisionKey(decision)));

        auto current = load(o.changeId, true);
        if (!current)
            return fail(current.error());
        const QDateTime now = m_clock.now();
        o.status = to;
        if (decision == ObjectionDecision::Escalate) {
            o.escalatedBy = actor.personId;
            o.escalatedAt = now;
        } else {
            o.resolvedBy = actor.personId;
            o.resolvedAt = now;
            o.resolution = why;
        }
        const Dialect &d = m_db.dialect();
        if (auto updated = m_db.execGuarded(
                u"UPDATE change_objection SET status = ?, escalated_by = ?, escalated_at = ?, resolved_by = "
                u"?, "
                "resolved_at = ?, resolution = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?"_s,
                {o.status, sqlId(o.escalatedBy), d.toDb(o.escalatedAt), sqlId(o.resolvedBy),
                 d.toDb(o.resolvedAt), sqlText(o.resolution), o.id, before.rowVersion},
                {u"change_objection"_s, o.id, tr("objection %1").arg(o.id), before.rowVersion});
            !updated)
            return fail(updated.error());
        o.rowVersion = before.rowVersion + 1;

        if (decision == ObjectionDecision::Accept || decision == ObjectionDecision::Uphold) {
            // The proposed value is taken; no override reason is asked: the objection is the reason.
            ChangeRequest next = *current;
            (o.field == u"priority" ? next.priority : next.category) = o.proposed;
            if (auto saved = save(*current, next); !saved)
                return fail(saved.error());
        } else if (auto bumped = bumpVersion(*current); !bumped) {
            return fail(bumped.error());
        }
        if (auto logged = audit(actor, u"change.objection."_s + decisionKey(decision), o.changeId,
                                objectionJson(before), objectionJson(o));
            !logged)
            return fail(logged.error());
        return o;
    });
}

} // namespace ChangeDesk
