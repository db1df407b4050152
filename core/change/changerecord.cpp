#include "changerecord.h"

#include "change/workflow.h"

#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>

#include <functional>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

const QStringList &RolloutWave::statuses()
{
    static const QStringList keys {u"pending"_s, u"running"_s, u"passed"_s, u"halted"_s, u"failed"_s};
    return keys;
}

const QStringList &TestCase::results()
{
    static const QStringList keys {u"pending"_s, u"passed"_s, u"failed"_s, u"skipped"_s};
    return keys;
}

namespace {

struct TextField {
    std::function<QString(const ChangeRequest &)> get;
    std::function<Status(ChangeRequest &, const QString &key, const QString &text)> set;
};

TextField plain(QString ChangeRequest::*member)
{
    return {[member](const ChangeRequest &r) { return r.*member; },
            [member](ChangeRequest &r, const QString &, const QString &text) -> Status {
                r.*member = text;
                return {};
            }};
}

TextField time(QDateTime ChangeRequest::*member)
{
    return {[member](const ChangeRequest &r) { return ChangeRecordFields::timeText(r.*member); },
            [member](ChangeRequest &r, const QString &key, const QString &text) -> Status {
                auto parsed = ChangeRecordFields::parseTime(key, text);
                if (!parsed)
                    return fail(parsed.error());
                r.*member = *parsed;
                return {};
            }};
}

TextField oneOf(QString ChangeRequest::*member, const QString &conditionKey, bool mayBeEmpty)
{
    return {[member](const ChangeRequest &r) { return r.*member; },
            [member, conditionKey, mayBeEmpty](ChangeRequest &r, const QString &key,
                                               const QString &text) -> Status {
                const QString value = text.trimmed();
                const QStringList allowed = ChangeFields::conditionValues().value(conditionKey);
                if (!(mayBeEmpty && value.isEmpty()) && !allowed.contains(value))
                    return fail(ErrorKind::InvalidInput,
                                ChangeRecordFields::tr("%1 '%2' is not one of: %3.")
                                    .arg(ChangeFields::label(key), text, allowed.join(u", "_s)));
                r.*member = value;
                return {};
            }};
}

TextField yesNo(bool ChangeRequest::*member)
{
    return {[member](const ChangeRequest &r) { return r.*member ? u"true"_s : u"false"_s; },
            [member](ChangeRequest &r, const QString &key, const QString &text) -> Status {
                const QString value = text.trimmed().toLower();
                if (value == u"true" || value == u"yes" || value == u"1")
                    r.*member = true;
                else if (value == u"false" || value == u"no" || value == u"0")
                    r.*member = false;
                else
                    return fail(ErrorKind::InvalidInput, ChangeRecordFields::tr("%1 '%2' is neither true nor false.")
                                                             .arg(ChangeFields::label(key), text));
                return {};
            }};
}

TextField minutes(std::optional<int> ChangeRequest::*member)
{
    return {[member](const ChangeRequest &r) { return r.*member ? QString::number(*(r.*member)) : QString(); },
            [member](ChangeRequest &r, const QString &key, const QString &text) -> Status {
                const QString value = text.trimmed();
                if (value.isEmpty()) {
                    r.*member = std::nullopt;
                    return {};
                }
                bool ok = false;
                const int number = value.toInt(&ok);
                if (!ok || number < 0 || number > 60 * 24 * 366)
                    return fail(ErrorKind::InvalidInput,
                                ChangeRecordFields::tr("%1 '%2' is not a number of minutes (0 or more).")
                                    .arg(ChangeFields::label(key), text));
                r.*member = number;
                return {};
            }};
}

TextField requestId(std::optional<qint64> ChangeRequest::*member)
{
    return {
        [member](const ChangeRequest &r) { return r.*member ? QString::number(*(r.*member)) : QString(); },
        [member](ChangeRequest &r, const QString &key, const QString &text) -> Status {
            const QString value = text.trimmed();
            if (value.isEmpty()) {
                r.*member = std::nullopt;
                return {};
            }
            bool ok = false;
            const qint64 id = (value.startsWith(u'#') ? value.mid(1) : value).toLongLong(&ok);
            if (!ok || id <= 0)
                return fail(ErrorKind::InvalidInput,
                            ChangeRecordFields::tr("%1 '%2' is not the number of a request for change.")
                                .arg(ChangeFields::label(key), text));
            r.*member = id;
            return {};
        }};
}

const QHash<QString, TextField> &textFields()
{
    static const QHash<QString, TextField> fields {
        {u"title"_s, plain(&ChangeRequest::title)},
        {u"description"_s, plain(&ChangeRequest::description)},
        {u"reason"_s, plain(&ChangeRequest::reason)},
        {u"problem_reference"_s, plain(&ChangeRequest::problemReference)},
        {u"type"_s, oneOf(&ChangeRequest::type, u"type"_s, false)},
        {u"template"_s, plain(&ChangeRequest::templateName)},
        {u"priority"_s, oneOf(&ChangeRequest::priority, u"priority"_s, true)},
        {u"category"_s, oneOf(&ChangeRequest::category, u"category"_s, true)},
        {u"override_reason"_s, plain(&ChangeRequest::overrideReason)},
        {u"impact"_s, plain(&ChangeRequest::impact)},
        {u"resources"_s, plain(&ChangeRequest::resources)},
        {u"cost"_s, plain(&ChangeRequest::cost)},
        {u"change_manager_recommendation"_s, plain(&ChangeRequest::changeManagerRecommendation)},
        {u"cab_recommendation"_s, plain(&ChangeRequest::cabRecommendation)},
        {u"security_assessment"_s, plain(&ChangeRequest::securityAssessment)},
        {u"security_relevant"_s, yesNo(&ChangeRequest::securityRelevant)},
        {u"planned_start"_s, time(&ChangeRequest::plannedStart)},
        {u"planned_end"_s, time(&ChangeRequest::plannedEnd)},
        {u"expected_downtime"_s, minutes(&ChangeRequest::expectedDowntimeMinutes)},
        {u"needs_restart"_s, yesNo(&ChangeRequest::needsRestart)},
        {u"actual_start"_s, time(&ChangeRequest::actualStart)},
        {u"actual_end"_s, time(&ChangeRequest::actualEnd)},
        {u"evaluation_due"_s, time(&ChangeRequest::evaluationDue)},
        {u"rejection_reason"_s, plain(&ChangeRequest::rejectionReason)},
        {u"duplicate_of"_s, requestId(&ChangeRequest::duplicateOf)},
        {u"test_plan"_s, plain(&ChangeRequest::testPlan)},
        {u"fallback_plan"_s, plain(&ChangeRequest::fallbackPlan)},
        {u"fallback_criteria"_s, plain(&ChangeRequest::fallbackCriteria)},
        {u"follow_up"_s, requestId(&ChangeRequest::followUpId)},
    };
    return fields;
}

QJsonValue timeJson(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(ChangeRecordFields::timeText(when)) : QJsonValue();
}

QJsonValue idJson(const std::optional<qint64> &id)
{
    return id ? QJsonValue(*id) : QJsonValue();
}

QJsonValue boolJson(const std::optional<bool> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

} // namespace

int ChangeRecordFields::priorityRank(const QString &priority)
{
    static const QStringList order {u"high"_s, u"normal"_s, u"low"_s};
    const auto at = order.indexOf(priority);
    return at < 0 ? int(order.size()) : int(at);
}

int ChangeRecordFields::categoryRank(const QString &category)
{
    static const QStringList order {u"far_reaching"_s, u"serious"_s, u"minor"_s};
    const auto at = order.indexOf(category);
    return at < 0 ? int(order.size()) : int(at);
}

const QStringList &ChangeRecordFields::textKeys()
{
    static const QStringList keys = [] {
        QStringList k;
        // In the order of ChangeFields::keys(), override_reason after category.
        for (const QString &key : ChangeFields::keys()) {
            if (textFields().contains(key))
                k << key;
            if (key == u"category")
                k << u"override_reason"_s;
        }
        return k;
    }();
    return keys;
}

Status ChangeRecordFields::set(ChangeRequest &request, const QString &key, const QString &text)
{
    const auto found = textFields().constFind(key);
    if (found == textFields().cend())
        return fail(ErrorKind::InvalidInput,
                    tr("'%1' is not a field that can be set as text; these are: %2.")
                        .arg(key, textKeys().join(u", "_s)));
    return found->set(request, key, text);
}

QString ChangeRecordFields::text(const ChangeRequest &request, const QString &key)
{
    const auto found = textFields().constFind(key);
    return found == textFields().cend() ? QString() : found->get(request);
}

QSet<QString> ChangeRecordFields::filled(const ChangeRequest &request)
{
    QSet<QString> keys;
    for (auto it = textFields().cbegin(); it != textFields().cend(); ++it) {
        if (it.key() == u"security_relevant")
            continue; // a yes/no is always answered
        if (!it->get(request).trimmed().isEmpty())
            keys.insert(it.key());
    }
    keys.insert(u"applicant"_s);
    keys.insert(u"security_relevant"_s);
    if (request.departmentId)
        keys.insert(u"department"_s);
    if (!request.ciIds.isEmpty() || !request.groupIds.isEmpty())
        keys.insert(u"affected"_s);
    if (!request.implementerIds.isEmpty())
        keys.insert(u"implementers"_s);
    if (!request.waves.isEmpty())
        keys.insert(u"rollout_waves"_s);
    if (!request.testCases.isEmpty()
        && std::ranges::none_of(request.testCases, [](const TestCase &t) { return t.result == u"pending"; }))
        keys.insert(u"test_results"_s);
    if (!request.attachments.isEmpty())
        keys.insert(u"attachments"_s);
    if (request.evaluation.done())
        keys.insert(u"evaluation"_s);
    return keys;
}

QHash<QString, QString> ChangeRecordFields::conditionValues(const ChangeRequest &request)
{
    return {{u"type"_s, request.type},
            {u"category"_s, request.category},
            {u"priority"_s, request.priority},
            {u"security_relevant"_s, request.securityRelevant ? u"true"_s : u"false"_s}};
}

QJsonObject ChangeRecordFields::toJson(const ChangeRequest &request)
{
    QJsonObject json;
    json.insert(u"id"_s, request.id);
    json.insert(u"state"_s, request.state);
    json.insert(u"row_version"_s, request.rowVersion);
    json.insert(u"created_at"_s, timeJson(request.createdAt));
    json.insert(u"updated_at"_s, timeJson(request.updatedAt));
    for (auto it = textFields().cbegin(); it != textFields().cend(); ++it) {
        if (it.key() == u"security_relevant" || it.key() == u"needs_restart")
            json.insert(it.key(), it.key() == u"needs_restart" ? request.needsRestart : request.securityRelevant);
        else if (it.key() == u"expected_downtime")
            json.insert(it.key(), request.expectedDowntimeMinutes ? QJsonValue(*request.expectedDowntimeMinutes)
                                                                  : QJsonValue());
        else if (it.key() == u"duplicate_of" || it.key() == u"follow_up")
            json.insert(it.key(),
                        idJson(it.key() == u"duplicate_of" ? request.duplicateOf : request.followUpId));
        else if (it.key().startsWith(u"planned_") || it.key().startsWith(u"actual_")
                 || it.key() == u"evaluation_due")
            json.insert(it.key(), it->get(request).isEmpty() ? QJsonValue() : QJsonValue(it->get(request)));
        else
            json.insert(it.key(), it->get(request));
    }
    json.insert(u"authorized_at"_s, timeJson(request.authorizedAt));
    json.insert(u"rolled_back_at"_s, timeJson(request.rolledBackAt));
    json.insert(u"ended_at"_s, timeJson(request.endedAt));
    json.insert(u"applicant"_s, request.applicantId);
    json.insert(u"department"_s, idJson(request.departmentId));
    QJsonArray cis;
    for (qint64 id : request.ciIds)
        cis.append(id);
    QJsonArray groups;
    for (qint64 id : request.groupIds)
        groups.append(id);
    json.insert(u"affected"_s, QJsonObject {{u"cis"_s, cis}, {u"groups"_s, groups}});
    QJsonArray implementers;
    for (qint64 id : request.implementerIds)
        implementers.append(id);
    json.insert(u"implementers"_s, implementers);
    QJsonArray waves;
    for (const RolloutWave &w : request.waves)
        waves.append(QJsonObject {{u"name"_s, w.name},
                                  {u"group"_s, idJson(w.groupId)},
                                  {u"go_criteria"_s, w.goCriteria},
                                  {u"break_point"_s, w.breakPoint},
                                  {u"planned_start"_s, timeJson(w.plannedStart)},
                                  {u"planned_end"_s, timeJson(w.plannedEnd)},
                                  {u"status"_s, w.status},
                                  {u"status_note"_s, w.statusNote}});
    json.insert(u"rollout_waves"_s, waves);
    QJsonArray tests;
    for (const TestCase &t : request.testCases)
        tests.append(QJsonObject {{u"description"_s, t.description},
                                  {u"expected"_s, t.expected},
                                  {u"actual"_s, t.actual},
                                  {u"result"_s, t.result},
                                  {u"tested_by"_s, idJson(t.testedBy)},
                                  {u"tested_at"_s, timeJson(t.testedAt)}});
    json.insert(u"test_cases"_s, tests);
    QJsonArray files;
    for (const ChangeAttachment &a : request.attachments)
        files.append(
            QJsonObject {{u"id"_s, a.id},
                         {u"name"_s, a.name},
                         {u"media_type"_s, a.mediaType},
                         {u"size"_s, a.content.isNull() ? QJsonValue() : QJsonValue(a.content.size())},
                         {u"sha256"_s, a.sha256}});
    json.insert(u"attachments"_s, files);
    const ChangeEvaluation &e = request.evaluation;
    json.insert(u"evaluation"_s,
                QJsonObject {{u"goal_reached"_s, boolJson(e.goalReached)},
                             {u"users_satisfied"_s, boolJson(e.usersSatisfied)},
                             {u"budget_kept"_s, boolJson(e.budgetKept)},
                             {u"schedule_kept"_s, boolJson(e.scheduleKept)},
                             {u"side_effects"_s, e.sideEffects},
                             {u"post_tests"_s, e.postTests},
                             {u"evaluated_at"_s, timeJson(e.evaluatedAt)},
                             {u"evaluated_by"_s, idJson(e.evaluatedBy)}});
    return json;
}

QString ChangeRecordFields::timeText(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    return when.toUTC().toString(Qt::ISODateWithMs);
}

Result<QDateTime> ChangeRecordFields::parseTime(const QString &key, const QString &text)
{
    const QString value = text.trimmed();
    if (value.isEmpty())
        return QDateTime();
    QDateTime when = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(value, Qt::ISODate);
    if (!when.isValid())
        return fail(ErrorKind::InvalidInput,
                    tr("%1 '%2' is not a date and time: write it as 2026-03-02T08:15 (UTC) or "
                       "2026-03-02T09:15+01:00.")
                        .arg(ChangeFields::label(key), text));
    if (when.timeSpec() == Qt::LocalTime) // no zone given: UTC
        when.setTimeZone(QTimeZone::UTC);
    return when.toUTC();
}

} // namespace ChangeDesk
