#include "workflow.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

// The shipped definition lives in the core library's resources.
static void initWorkflowResource()
{
    Q_INIT_RESOURCE(workflow);
}

namespace ChangeDesk {

namespace {

const QString kFormat = u"changedesk-workflow"_s;
constexpr int kVersion = 1;

// "line 3, column 7" for a byte offset into `json`.
QString position(const QByteArray &json, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, json.size());
    const QByteArrayView before(json.constData(), offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype lastBreak = before.lastIndexOf('\n');
    const qsizetype column = QString::fromUtf8(before.mid(lastBreak + 1)).size() + 1;
    return WorkflowDefinition::tr("line %1, column %2").arg(line).arg(column);
}

bool isIdentifier(const QString &text)
{
    static const QRegularExpression pattern(u"^[a-z][a-z0-9_]{0,63}$"_s);
    return pattern.match(text).hasMatch();
}

QString quotedList(const QStringList &items)
{
    QStringList quoted;
    for (const QString &item : items)
        quoted << u"'%1'"_s.arg(item);
    return quoted.join(u", "_s);
}

// Reads the JSON of a definition into `definition`'s parts; the first problem with the shape of
// the document (a key of the wrong type, an unknown key) names where it is.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowDefinition)

public:
    explicit Reader(QString source)
        : m_source(std::move(source))
    { }

    std::unexpected<Error> error(const QString &where, const QString &message) const
    {
        return fail(ErrorKind::InvalidInput, tr("%1: %2: %3").arg(m_source, where, message));
    }

    Result<QStringList> stringList(const QJsonObject &object, const QString &key, const QString &where,
                                   bool required) const
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            if (required)
                return error(where, tr("'%1' is missing").arg(key));
            return QStringList();
        }
        if (!value.isArray())
            return error(where, tr("'%1' must be a list of texts").arg(key));
        QStringList items;
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString())
                return error(where, tr("'%1' must be a list of texts").arg(key));
            items << item.toString();
        }
        return items;
    }

    Result<bool> flag(const QJsonObject &object, const QString &key, const QString &where) const
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return false;
        if (!value.isBool())
            return error(where, tr("'%1' must be true or false").arg(key));
        return value.toBool();
    }

    Status onlyKnownKeys(const QJsonObject &object, const QStringList &known, const QString &where) const
    {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!known.contains(it.key()))
                return error(where, tr("unknown key '%1' (known: %2)").arg(it.key(), quotedList(known)));
        }
        return {};
    }

private:
    QString m_source;
};

} // namespace

// ---- Roles and fields ---------------------------------------------------------------------------

const QStringList &ChangeRoles::keys()
{
    static const QStringList keys {
        u"applicant"_s,   u"change_manager"_s, u"cab_member"_s, u"security_management"_s,
        u"implementer"_s, u"management"_s,     u"auditor"_s,    u"administrator"_s};
    return keys;
}

const QStringList &WorkflowTransition::stampKeys()
{
    static const QStringList keys {u"authorized_at"_s, u"actual_start"_s, u"actual_end"_s,
                                   u"rolled_back_at"_s};
    return keys;
}

QString ChangeRoles::label(const QString &key)
{
    static const QHash<QString, const char *> labels {
        {u"applicant"_s, QT_TR_NOOP("Applicant")},
        {u"change_manager"_s, QT_TR_NOOP("Change manager")},
        {u"cab_member"_s, QT_TR_NOOP("CAB member")},
        {u"security_management"_s, QT_TR_NOOP("Security management")},
        {u"implementer"_s, QT_TR_NOOP("Implementer")},
        {u"management"_s, QT_TR_NOOP("Management (escalation)")},
        {u"auditor"_s, QT_TR_NOOP("Auditor")},
        {u"administrator"_s, QT_TR_NOOP("Administrator")},
    };
    const auto found = labels.constFind(key);
    return found == labels.cend() ? QString() : tr(*found);
}

const QStringList &ChangeFields::keys()
{
    static const QStringList keys {
        u"title"_s,
        u"description"_s,
        u"reason"_s,
        u"applicant"_s,
        u"department"_s,
        u"problem_reference"_s,
        u"affected"_s,
        u"type"_s,
        u"template"_s,
        u"priority"_s,
        u"category"_s,
        u"impact"_s,
        u"resources"_s,
        u"cost"_s,
        u"change_manager_recommendation"_s,
        u"cab_recommendation"_s,
        u"security_assessment"_s,
        u"planned_start"_s,
        u"planned_end"_s,
        u"expected_downtime"_s,
        u"needs_restart"_s,
        u"implementers"_s,
        u"actual_start"_s,
        u"actual_end"_s,
        u"evaluation_due"_s,
        u"rejection_reason"_s,
        u"duplicate_of"_s,
        u"rollout_waves"_s,
        u"test_plan"_s,
        u"test_results"_s,
        u"fallback_plan"_s,
        u"fallback_criteria"_s,
        u"security_relevant"_s,
        u"attachments"_s,
        u"evaluation"_s,
        u"follow_up"_s,
        u"packages_verified"_s,
    };
    return keys;
}

QString ChangeFields::label(const QString &key)
{
    static const QHash<QString, const char *> labels {
        {u"title"_s, QT_TR_NOOP("Title")},
        {u"description"_s, QT_TR_NOOP("Description")},
        {u"reason"_s, QT_TR_NOOP("Reason")},
        {u"applicant"_s, QT_TR_NOOP("Applicant")},
        {u"department"_s, QT_TR_NOOP("Department")},
        {u"problem_reference"_s, QT_TR_NOOP("Problem or incident")},
        {u"affected"_s, QT_TR_NOOP("Affected configuration items")},
        {u"type"_s, QT_TR_NOOP("Type")},
        {u"template"_s, QT_TR_NOOP("Standard change template")},
        {u"priority"_s, QT_TR_NOOP("Priority")},
        {u"category"_s, QT_TR_NOOP("Category")},
        {u"impact"_s, QT_TR_NOOP("Impact")},
        {u"resources"_s, QT_TR_NOOP("Resources")},
        {u"cost"_s, QT_TR_NOOP("Cost")},
        {u"change_manager_recommendation"_s, QT_TR_NOOP("Change manager's recommendation")},
        {u"cab_recommendation"_s, QT_TR_NOOP("CAB recommendation")},
        {u"security_assessment"_s, QT_TR_NOOP("Security assessment")},
        {u"planned_start"_s, QT_TR_NOOP("Planned start")},
        {u"planned_end"_s, QT_TR_NOOP("Planned end")},
        {u"expected_downtime"_s, QT_TR_NOOP("Expected downtime (minutes)")},
        {u"needs_restart"_s, QT_TR_NOOP("Needs a restart")},
        {u"implementers"_s, QT_TR_NOOP("Implementers")},
        {u"actual_start"_s, QT_TR_NOOP("Actual start")},
        {u"actual_end"_s, QT_TR_NOOP("Actual end")},
        {u"evaluation_due"_s, QT_TR_NOOP("Evaluation due")},
        {u"rejection_reason"_s, QT_TR_NOOP("Rejection justification")},
        {u"duplicate_of"_s, QT_TR_NOOP("Duplicate of")},
        {u"rollout_waves"_s, QT_TR_NOOP("Rollout waves")},
        {u"test_plan"_s, QT_TR_NOOP("Test plan")},
        {u"test_results"_s, QT_TR_NOOP("Test results")},
        {u"fallback_plan"_s, QT_TR_NOOP("Fallback plan")},
        {u"fallback_criteria"_s, QT_TR_NOOP("Criteria for the fallback plan")},
        {u"security_relevant"_s, QT_TR_NOOP("Security-relevant")},
        {u"attachments"_s, QT_TR_NOOP("Attachments")},
        {u"packages_verified"_s, QT_TR_NOOP("Verified packages")},
        {u"evaluation"_s, QT_TR_NOOP("Evaluation")},
        {u"follow_up"_s, QT_TR_NOOP("Follow-up request for change")},
    };
    const auto found = labels.constFind(key);
    return found == labels.cend() ? QString() : tr(*found);
}

const QHash<QString, QStringList> &ChangeFields::conditionValues()
{
    static const QHash<QString, QStringList> values {
        {u"type"_s, {u"standard"_s, u"normal"_s, u"emergency"_s, u"service_request"_s}},
        {u"category"_s, {u"minor"_s, u"serious"_s, u"far_reaching"_s}},
        {u"priority"_s, {u"high"_s, u"normal"_s, u"low"_s}},
        {u"security_relevant"_s, {u"true"_s, u"false"_s}},
    };
    return values;
}

// ---- Reading and validating -------------------------------------------------------------------------

Result<WorkflowDefinition> WorkflowDefinition::fromJson(const QByteArray &json, const QString &source)
{
    const Reader reader(source);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return reader.error(position(json, parseError.offset),
                            tr("not valid JSON: %1").arg(parseError.errorString()));
    if (!document.isObject())
        return reader.error(tr("line 1"), tr("a workflow definition is a JSON object"));
    const QJsonObject root = document.object();
    const QString top = tr("the document");
    if (auto known = reader.onlyKnownKeys(
            root, {u"format"_s, u"version"_s, u"name"_s, u"states"_s, u"transitions"_s}, top);
        !known)
        return fail(known.error());
    if (root.value(u"format"_s).toString() != kFormat)
        return reader.error(top, tr("'format' must be \"%1\"").arg(kFormat));
    if (root.value(u"version"_s).toInt(-1) != kVersion)
        return reader.error(top,
                            tr("'version' %1 is not supported (this ChangeDesk reads version %2)")
                                .arg(root.value(u"version"_s).toVariant().toString())
                                .arg(kVersion));

    WorkflowDefinition definition;
    definition.m_name = root.value(u"name"_s).toString().trimmed();
    if (definition.m_name.isEmpty())
        return reader.error(top, tr("'name' is missing"));

    if (!root.value(u"states"_s).isArray())
        return reader.error(top, tr("'states' must be a list"));
    const QJsonArray states = root.value(u"states"_s).toArray();
    for (qsizetype i = 0; i < states.size(); ++i) {
        const QString where = tr("states[%1]").arg(i);
        if (!states.at(i).isObject())
            return reader.error(where, tr("a state is an object with an 'id'"));
        const QJsonObject object = states.at(i).toObject();
        if (auto known = reader.onlyKnownKeys(object, {u"id"_s, u"initial"_s, u"final"_s}, where); !known)
            return fail(known.error());
        WorkflowState state;
        state.id = object.value(u"id"_s).toString();
        auto initial = reader.flag(object, u"initial"_s, where);
        auto final = reader.flag(object, u"final"_s, where);
        if (!initial)
            return fail(initial.error());
        if (!final)
            return fail(final.error());
        state.initial = *initial;
        state.final = *final;
        definition.m_states.append(state);
    }

    if (!root.value(u"transitions"_s).isArray())
        return reader.error(top, tr("'transitions' must be a list"));
    const QJsonArray transitions = root.value(u"transitions"_s).toArray();
    for (qsizetype i = 0; i < transitions.size(); ++i) {
        QString where = tr("transitions[%1]").arg(i);
        if (!transitions.at(i).isObject())
            return reader.error(where,
                                tr("a transition is an object with 'action', 'from', 'to' and 'roles'"));
        const QJsonObject object = transitions.at(i).toObject();
        WorkflowTransition t;
        t.action = object.value(u"action"_s).toString();
        if (!t.action.isEmpty())
            where = tr("transitions[%1] ('%2')").arg(i).arg(t.action);
        if (auto known = reader.onlyKnownKeys(object,
                                              {u"action"_s, u"from"_s, u"to"_s, u"roles"_s, u"requires"_s,
                                               u"when"_s, u"four_eyes"_s, u"reason"_s, u"expedited"_s,
                                               u"ignores_objection"_s, u"stamps"_s},
                                              where);
            !known)
            return fail(known.error());
        auto from = reader.stringList(object, u"from"_s, where, true);
        auto roles = reader.stringList(object, u"roles"_s, where, true);
        auto required = reader.stringList(object, u"requires"_s, where, false);
        auto stamps = reader.stringList(object, u"stamps"_s, where, false);
        if (!stamps)
            return fail(stamps.error());
        t.stamps = *stamps;
        if (!from)
            return fail(from.error());
        if (!roles)
            return fail(roles.error());
        if (!required)
            return fail(required.error());
        t.from = *from;
        t.roles = *roles;
        t.required = *required;
        if (!object.value(u"to"_s).isString())
            return reader.error(where, tr("'to' must name a state"));
        t.to = object.value(u"to"_s).toString();
        const QJsonValue when = object.value(u"when"_s);
        if (!when.isUndefined() && !when.isObject())
            return reader.error(where, tr("'when' must be an object of fields and their values"));
        const QJsonObject conditions = when.toObject();
        for (auto it = conditions.constBegin(); it != conditions.constEnd(); ++it) {
            auto values = reader.stringList(conditions, it.key(), where, true);
            if (!values)
                return fail(values.error());
            t.when.insert(it.key(), *values);
        }
        for (const auto &[key, member] :
             {std::pair {u"four_eyes"_s, &WorkflowTransition::fourEyes},
              std::pair {u"reason"_s, &WorkflowTransition::reason},
              std::pair {u"expedited"_s, &WorkflowTransition::expedited},
              std::pair {u"ignores_objection"_s, &WorkflowTransition::ignoresObjection}}) {
            auto value = reader.flag(object, key, where);
            if (!value)
                return fail(value.error());
            t.*member = *value;
        }
        definition.m_transitions.append(t);
    }
    if (auto valid = definition.validate(source); !valid)
        return fail(valid.error());
    return definition;
}

Status WorkflowDefinition::validate(const QString &source) const
{
    const Reader reader(source);
    const QString top = tr("the document");
    QSet<QString> ids;
    QStringList initial;
    bool anyFinal = false;
    for (qsizetype i = 0; i < m_states.size(); ++i) {
        const WorkflowState &s = m_states.at(i);
        const QString where = tr("states[%1]").arg(i);
        if (!isIdentifier(s.id))
            return reader.error(where,
                                tr("'%1' is not a valid state id (lower-case letters, digits and '_', "
                                   "starting with a letter)")
                                    .arg(s.id));
        if (ids.contains(s.id))
            return reader.error(where, tr("the state '%1' is declared twice").arg(s.id));
        ids.insert(s.id);
        if (s.initial)
            initial << s.id;
        if (s.initial && s.final)
            return reader.error(where, tr("the state '%1' cannot be both initial and final").arg(s.id));
        anyFinal = anyFinal || s.final;
    }
    if (initial.size() != 1)
        return reader.error(top,
                            initial.isEmpty() ? tr("no state is marked initial; exactly one must be")
                                              : tr("%1 states are marked initial (%2); exactly one must be")
                                                    .arg(initial.size())
                                                    .arg(quotedList(initial)));
    if (!anyFinal)
        return reader.error(top, tr("no state is marked final; a change must be able to end"));

    QSet<std::pair<QString, QString>> seen; // (from, action)
    for (qsizetype i = 0; i < m_transitions.size(); ++i) {
        const WorkflowTransition &t = m_transitions.at(i);
        const QString where = t.action.isEmpty() ? tr("transitions[%1]").arg(i)
                                                 : tr("transitions[%1] ('%2')").arg(i).arg(t.action);
        if (!isIdentifier(t.action))
            return reader.error(where,
                                tr("'action' must be an id (lower-case letters, digits and '_', "
                                   "starting with a letter)"));
        if (t.from.isEmpty())
            return reader.error(where, tr("'from' names no state"));
        for (const QString &state : t.from) {
            if (!ids.contains(state))
                return reader.error(where,
                                    tr("'from' names the state '%1', which is not declared").arg(state));
            if (this->state(state)->final)
                return reader.error(
                    where, tr("'from' names the final state '%1'; nothing leaves a final state").arg(state));
            if (seen.contains({state, t.action}))
                return reader.error(where,
                                    tr("the state '%1' has two transitions named '%2'").arg(state, t.action));
            seen.insert({state, t.action});
        }
        if (!ids.contains(t.to))
            return reader.error(where, tr("'to' names the state '%1', which is not declared").arg(t.to));
        if (t.roles.isEmpty())
            return reader.error(where, tr("'roles' names nobody; at least one role must be allowed"));
        for (const QString &role : t.roles) {
            if (!ChangeRoles::keys().contains(role))
                return reader.error(where,
                                    tr("'roles' names '%1', which is not a role (roles: %2)")
                                        .arg(role, quotedList(ChangeRoles::keys())));
        }
        for (const QString &stamp : t.stamps) {
            if (!WorkflowTransition::stampKeys().contains(stamp))
                return reader.error(where,
                                    tr("'stamps' names '%1'; a transition can stamp %2")
                                        .arg(stamp, quotedList(WorkflowTransition::stampKeys())));
        }
        for (const QString &field : t.required) {
            if (!ChangeFields::keys().contains(field))
                return reader.error(where,
                                    tr("'requires' names '%1', which is not a field of a change").arg(field));
        }
        for (auto it = t.when.cbegin(); it != t.when.cend(); ++it) {
            const auto values = ChangeFields::conditionValues().constFind(it.key());
            if (values == ChangeFields::conditionValues().cend())
                return reader.error(where,
                                    tr("'when' names '%1'; a transition can depend on %2")
                                        .arg(it.key(), quotedList(ChangeFields::conditionValues().keys())));
            if (it->isEmpty())
                return reader.error(where, tr("'when' gives '%1' no value").arg(it.key()));
            for (const QString &value : *it) {
                if (!values->contains(value))
                    return reader.error(where,
                                        tr("'when' gives '%1' the value '%2' (values: %3)")
                                            .arg(it.key(), value, quotedList(*values)));
            }
        }
    }

    // Every state can be reached from the initial one, and every state that is not final can be
    // left: no dead ends.
    QSet<QString> reached {initial.first()};
    QStringList pending {initial.first()};
    while (!pending.isEmpty()) {
        const QString current = pending.takeLast();
        for (const WorkflowTransition &t : m_transitions) {
            if (t.from.contains(current) && !reached.contains(t.to)) {
                reached.insert(t.to);
                pending << t.to;
            }
        }
    }
    for (const WorkflowState &s : m_states) {
        if (!reached.contains(s.id))
            return reader.error(top,
                                tr("the state '%1' cannot be reached from '%2'").arg(s.id, initial.first()));
        const bool leaves = std::any_of(m_transitions.cbegin(), m_transitions.cend(),
                                        [&](const WorkflowTransition &t) { return t.from.contains(s.id); });
        if (!s.final && !leaves)
            return reader.error(top, tr("no transition leaves the state '%1', which is not final").arg(s.id));
    }
    return {};
}

QByteArray WorkflowDefinition::builtInJson()
{
    initWorkflowResource();
    QFile file(u":/changedesk/workflow/default-workflow.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

const WorkflowDefinition &WorkflowDefinition::builtIn()
{
    static const WorkflowDefinition definition = [] {
        auto loaded = fromJson(builtInJson(), u"default-workflow.json"_s);
        // The shipped file is checked by the tests; a broken build must not start.
        if (!loaded)
            qFatal("%s", qPrintable(loaded.error().message));
        return *loaded;
    }();
    return definition;
}

const WorkflowState *WorkflowDefinition::state(const QString &id) const
{
    for (const WorkflowState &s : m_states) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

QString WorkflowDefinition::initialState() const
{
    for (const WorkflowState &s : m_states) {
        if (s.initial)
            return s.id;
    }
    return {};
}

const WorkflowTransition *WorkflowDefinition::transition(const QString &state, const QString &action) const
{
    for (const WorkflowTransition &t : m_transitions) {
        if (t.action == action && t.from.contains(state))
            return &t;
    }
    return nullptr;
}

// ---- Deciding ---------------------------------------------------------------------------------

namespace {

bool conditionsHold(const WorkflowTransition &t, const ChangeFacts &facts)
{
    for (auto it = t.when.cbegin(); it != t.when.cend(); ++it) {
        if (!it->contains(facts.values.value(it.key())))
            return false;
    }
    return true;
}

} // namespace

QStringList WorkflowDefinition::missingFields(const WorkflowTransition &transition, const ChangeFacts &facts)
{
    QStringList missing;
    for (const QString &field : transition.required) {
        if (!facts.filled.contains(field))
            missing << field;
    }
    return missing;
}

bool WorkflowDefinition::holdsRole(const WorkflowTransition &transition, const ChangeFacts &facts,
                                   const WorkflowActor &actor)
{
    return std::ranges::any_of(transition.roles, [&](const QString &role) {
        if (!actor.roles.contains(role))
            return false;
        // The applicant of a request, not every applicant.
        return role != u"applicant" || facts.applicantId == 0 || facts.applicantId == actor.personId;
    });
}

Status WorkflowDefinition::check(const ChangeFacts &facts, const QString &action,
                                 const WorkflowActor &actor) const
{
    const WorkflowTransition *t = transition(facts.state, action);
    if (!t) {
        QStringList actions;
        for (const WorkflowTransition &other : m_transitions) {
            if (other.from.contains(facts.state))
                actions << other.action;
        }
        return fail(ErrorKind::InvalidInput,
                    actions.isEmpty()
                        ? tr("'%1' is not possible: nothing follows the state '%2'.").arg(action, facts.state)
                        : tr("'%1' is not possible in the state '%2' (possible: %3).")
                              .arg(action, facts.state, quotedList(actions)));
    }
    if (!holdsRole(*t, facts, actor)) {
        QStringList labels;
        for (const QString &role : t->roles)
            labels << ChangeRoles::label(role);
        const bool otherApplicant = t->roles.contains(u"applicant"_s) && actor.roles.contains(u"applicant"_s);
        return fail(ErrorKind::ReadOnly,
                    otherApplicant
                        ? tr("'%1' needs the role %2, and an applicant may take it only on their own "
                             "request; this one is somebody else's.")
                              .arg(action, labels.join(tr(" or ", "between role names")))
                        : tr("'%1' needs the role %2; you do not have it.")
                              .arg(action, labels.join(tr(" or ", "between role names"))));
    }
    for (auto it = t->when.cbegin(); it != t->when.cend(); ++it) {
        const QString value = facts.values.value(it.key());
        if (!it->contains(value))
            return fail(ErrorKind::Conflict,
                        value.isEmpty()
                            ? tr("'%1' needs %2 to be %3; it is not set.")
                                  .arg(action, ChangeFields::label(it.key()), quotedList(*it))
                            : tr("'%1' needs %2 to be %3; it is '%4'.")
                                  .arg(action, ChangeFields::label(it.key()), quotedList(*it), value));
    }
    QStringList missing;
    for (const QString &field : missingFields(*t, facts)) {
        if (field == u"packages_verified" && !facts.packageProblems.isEmpty())
            return fail(ErrorKind::Conflict,
                        tr("'%1' waits for the packages attached to this request to be verified: %2.")
                            .arg(action, facts.packageProblems.join(u"; "_s)));
        missing << ChangeFields::label(field);
    }
    if (!missing.isEmpty())
        return fail(ErrorKind::Conflict,
                    tr("'%1' needs these fields filled in first: %2.").arg(action, missing.join(u", "_s)));
    if (t->fourEyes && facts.applicantId != 0 && facts.applicantId == actor.personId)
        return fail(
            ErrorKind::ReadOnly,
            tr("'%1' must be done by someone other than the applicant (four-eyes principle).").arg(action));
    if (facts.objectionOpen && !t->ignoresObjection)
        return fail(ErrorKind::Conflict,
                    tr("'%1' waits: security management objects to the priority or category. The change "
                       "manager resolves the objection, or management decides.")
                        .arg(action));
    return {};
}

QList<const WorkflowTransition *> WorkflowDefinition::possible(const ChangeFacts &facts) const
{
    QList<const WorkflowTransition *> result;
    for (const WorkflowTransition &t : m_transitions) {
        if (t.from.contains(facts.state) && conditionsHold(t, facts))
            result << &t;
    }
    return result;
}

QList<const WorkflowTransition *> WorkflowDefinition::available(const ChangeFacts &facts,
                                                                const WorkflowActor &actor) const
{
    QList<const WorkflowTransition *> result;
    for (const WorkflowTransition *t : possible(facts)) {
        if (check(facts, t->action, actor))
            result << t;
    }
    return result;
}

} // namespace ChangeDesk
