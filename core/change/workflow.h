#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace ChangeDesk {

// The roles of the change process (M2) as workflow definitions and the authorization concept
// name them.
class ChangeRoles
{
    Q_DECLARE_TR_FUNCTIONS(ChangeRoles)

public:
    // applicant, change_manager, cab_member, security_management, implementer, management,
    // auditor, administrator.
    static const QStringList &keys();
    // What a person calls the role, in the user's language; empty for an unknown key.
    static QString label(const QString &key);
};

// The fields of a change record (M1, M5) that a workflow definition can require before a
// transition, and the ones whose values a transition can depend on.
class ChangeFields
{
    Q_DECLARE_TR_FUNCTIONS(ChangeFields)

public:
    // title, description, reason, applicant, department, problem_reference, affected (CIs or
    // groups), type, template, priority, category, impact, resources, cost,
    // change_manager_recommendation, cab_recommendation, security_assessment, planned_start,
    // planned_end, expected_downtime, needs_restart, implementers, actual_start, actual_end, evaluation_due, rejection_reason, duplicate_of,
    // rollout_waves, test_plan, test_results, fallback_plan, fallback_criteria, security_relevant,
    // attachments, evaluation, follow_up.
    static const QStringList &keys();
    // What a person calls the field, in the user's language; empty for an unknown key.
    static QString label(const QString &key);
    // The fields a transition may depend on ("when") and their values: type (standard, normal,
    // emergency, service_request), category (minor, serious, far_reaching), priority (high,
    // normal, low), security_relevant (true, false).
    static const QHash<QString, QStringList> &conditionValues();
};

struct WorkflowState {
    QString id;
    bool initial = false;
    bool final = false;
};

struct WorkflowTransition {
    QString action; // unique among the transitions that leave a state
    QStringList from;
    QString to;
    QStringList roles; // who may take it
    QStringList required; // fields that must be filled first ("requires" in JSON)
    QHash<QString, QStringList> when; // field -> the values it must have (all must hold)
    bool fourEyes = false; // nobody takes it on a change they applied for themselves
    bool reason = false; // the person says why (kept in the record's history)
    bool expedited = false; // the expedited path of urgent changes (M6)
    bool ignoresObjection = false; // may be taken while security management objects (M5, M7)
    // Times the record takes when the transition is taken, unless a person entered them:
    // authorized_at, actual_start, actual_end, rolled_back_at (stampKeys()). Stamped before "requires" is
    // checked.
    QStringList stamps;

    static const QStringList &stampKeys();
};

// What a guard looks at: the record as it is now.
struct ChangeFacts {
    QString state;
    QHash<QString, QString> values; // type, category, priority, security_relevant ("true"/"false")
    QSet<QString> filled; // the fields (ChangeFields::keys()) that have a value
    qint64 applicantId = 0;
    bool objectionOpen = false;
    // The attached packages that are not verified, in words; "packages_verified" is filled when
    // there are none.
    QStringList packageProblems;
};

// Who asks to take a transition.
struct WorkflowActor {
    qint64 personId = 0;
    QSet<QString> roles;
};

// A workflow definition (JSON): states, transitions, the roles allowed for each and their guards.
// ChangeDesk ships one that models OPS.1.1.3 (builtIn()); an administrator may replace it. A
// definition is validated as a whole when it is loaded, so that everything it names exists and
// every state can be reached and left:
//
//   {"format": "changedesk-workflow", "version": 1, "name": "...",
//    "states": [{"id": "draft", "initial": true}, ..., {"id": "closed", "final": true}],
//    "transitions": [{"action": "submit", "from": ["draft"], "to": "submitted",
//                     "roles": ["applicant"], "requires": ["title"],
//                     "when": {"type": ["normal"]}, "four_eyes": false, "reason": false,
//                     "expedited": false, "ignores_objection": false,
//                     "stamps": ["authorized_at"]}, ...]}
class WorkflowDefinition
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowDefinition)

public:
    // InvalidInput naming `source`, and the line and column or the transition and key of the
    // first problem.
    static Result<WorkflowDefinition> fromJson(const QByteArray &json, const QString &source);
    // The shipped default (OPS.1.1.3).
    static const WorkflowDefinition &builtIn();
    static QByteArray builtInJson();

    QString name() const { return m_name; }
    const QList<WorkflowState> &states() const { return m_states; }
    const QList<WorkflowTransition> &transitions() const { return m_transitions; }
    const WorkflowState *state(const QString &id) const;
    QString initialState() const;
    // The transition `action` out of `state`, or nullptr.
    const WorkflowTransition *transition(const QString &state, const QString &action) const;

    // Whether `actor` may take `action` on a change with `facts`: InvalidInput when the state has
    // no such action, otherwise a refusal (kind Conflict for a state of the record, ReadOnly for a
    // missing role) that says why in words: the role, the fields still empty, the condition, the
    // four-eyes rule or the open objection.
    Status check(const ChangeFacts &facts, const QString &action, const WorkflowActor &actor) const;
    // The transitions out of the record's state that `actor` may take now.
    QList<const WorkflowTransition *> available(const ChangeFacts &facts, const WorkflowActor &actor) const;
    // Every transition out of the record's state whose conditions ("when") hold, whoever may take
    // it; what a form highlights as needed next.
    QList<const WorkflowTransition *> possible(const ChangeFacts &facts) const;
    // The fields `transition` requires that the record has not filled yet, in the order it names them.
    static QStringList missingFields(const WorkflowTransition &transition, const ChangeFacts &facts);
    // Whether `actor` has one of the transition's roles for this record: the role "applicant"
    // counts only for the applicant of the request (when the facts name one).
    static bool holdsRole(const WorkflowTransition &transition, const ChangeFacts &facts,
                          const WorkflowActor &actor);

private:
    Status validate(const QString &source) const;

    QString m_name;
    QList<WorkflowState> m_states;
    QList<WorkflowTransition> m_transitions;
};

} // namespace ChangeDesk
