#pragma once

#include "audit/auditlog.h"
#include "change/changeanalysis.h"
#include "change/changerecord.h"
#include "change/workflow.h"
#include "common/clock.h"
#include "common/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace ChangeDesk {

class Database;

// Who acts on a request: a person with their app roles.
struct ChangeActor {
    qint64 personId = 0;
    QString login;
    QString displayName;
    QSet<QString> roles;

    WorkflowActor workflowActor() const { return {personId, roles}; }
    bool has(const QString &role) const { return roles.contains(role); }
};

// A package of the software library attached to a request (table change_package).
struct AttachedPackage {
    qint64 id = 0;
    QString label; // "Vendor Product 1.2.3"
    QString fileName;
    QString status; // unverified, verified, failed, released
    QString statusReason; // the reason code of its newest verification
};

// One line of the request list.
struct ChangeSummary {
    qint64 id = 0;
    QString state;
    QString title;
    QString type;
    QString priority;
    QString category;
    qint64 applicantId = 0;
    QString applicantName;
    bool securityRelevant = false;
    bool objectionOpen = false;
    int ciCount = 0;
    QDateTime plannedStart;
    QDateTime plannedEnd;
    QDateTime evaluationDue;
    QDateTime updatedAt;
};

struct ChangeFilter {
    QStringList states; // any of these; all when empty
    QStringList types;
    QStringList priorities;
    QStringList categories;
    std::optional<qint64> applicantId;
    QString text; // in title or description, case-insensitive
};

// What becomes of an objection (M5, M7).
enum class ObjectionDecision {
    Accept, // the change manager agrees: the proposed value is taken
    Escalate, // change manager or security management hand it to management
    Withdraw, // security management takes it back
    Uphold, // management decides for the objection: the proposed value is taken
    Dismiss, // management decides against it: the value stays
};

// Requests for change and every rule about them (M1, M2, M4, M5, M7, M9, M12, M13): creating,
// editing under the edit rules below, taking workflow transitions under the workflow definition,
// objections and their escalation. Each action is one transaction together with its audit event
// ("change.create", "change.update", "change.<action>", "change.objection.<decision>", …), so
// the record's history is its part of the audit trail.
//
// Edit rules (editableFields()): nobody edits a request in a final state. The applicant edits
// their own request while it is a draft (everything they apply with). The change manager edits
// everything but the applicant and the security assessment. Security management edits the
// security assessment and relevance; CAB members the CAB's recommendation; implementers test
// results, the status of rollout waves and the actual times, once the request is past the draft.
// Whoever takes a transition may fill in what it requires. Auditors, management and
// administrators read.
class ChangeService
{
    Q_DECLARE_TR_FUNCTIONS(ChangeService)

public:
    explicit ChangeService(const Database &db,
                           const WorkflowDefinition &definition = WorkflowDefinition::builtIn(),
                           const Clock &clock = Clock::system());
    // It keeps a reference to the definition: not to a temporary one.
    ChangeService(const Database &, WorkflowDefinition &&, const Clock & = Clock::system()) = delete;

    const WorkflowDefinition &definition() const { return m_definition; }

    // The person acting: `login` on SQLite (the operating-system user when empty); on PostgreSQL
    // always the login of the connection, and `login` must be empty or the same. NotFound when no
    // person has that login, ReadOnly when PostgreSQL is asked to act as somebody else.
    Result<ChangeActor> actor(const QString &login = {}) const;

    // A new request in the definition's initial state. The applicant is `actor` unless a change
    // manager names somebody else. Needs the applicant or change manager role.
    Result<ChangeRequest> create(ChangeRequest request, const ChangeActor &actor) const;
    // The whole record (attachments without their content). NotFound for an unknown id.
    Result<ChangeRequest> get(qint64 id) const;
    Result<QList<ChangeSummary>> list(const ChangeFilter &filter = {}) const;
    Result<QByteArray> attachmentContent(qint64 attachmentId) const;

    // Saves `edited` over the stored record: Conflict when someone saved since `edited.rowVersion`,
    // ReadOnly naming the first field `actor` may not change (edit rules above), InvalidInput for
    // bad values. The state is not a field: transitions change it.
    Result<ChangeRequest> update(const ChangeRequest &edited, const ChangeActor &actor) const;
    // Takes the transition `action` after setting `sets` (field key -> text, as
    // ChangeRecordFields::set), with `reason` when the transition asks for one (it also fills an
    // empty rejection reason). Refused with the workflow's reason (WorkflowDefinition::check)
    // when the role, the state, a required field, the four-eyes rule or an open objection stands
    // in the way; nothing is changed then. `expectedVersion` (when not 0) guards against acting on
    // a record someone changed meanwhile.
    Result<ChangeRequest> act(qint64 id, const QString &action, const ChangeActor &actor,
                              const QHash<QString, QString> &sets = {}, const QString &reason = {},
                              int expectedVersion = 0) const;

    Result<ChangeAttachment> addAttachment(qint64 changeId, const QString &name, const QString &mediaType,
                                           const QByteArray &content, const ChangeActor &actor) const;
    Status removeAttachment(qint64 attachmentId, const ChangeActor &actor) const;

    // Attaches a package of the software library to the request (who may change its attachments
    // may), or takes it off. The workflow's "packages_verified" looks at them.
    Status attachPackage(qint64 changeId, qint64 packageId, const ChangeActor &actor) const;
    Status detachPackage(qint64 changeId, qint64 packageId, const ChangeActor &actor) const;
    Result<QList<AttachedPackage>> packages(qint64 changeId) const;
    // The attached packages that are neither verified nor released, in words: what stops
    // "packages_verified".
    Result<QStringList> packageProblems(qint64 changeId) const;

    // Security management objects to the priority or category, proposing another value.
    Result<ChangeObjection> object(qint64 changeId, const QString &field, const QString &proposed,
                                   const QString &reason, const ChangeActor &actor) const;
    Result<ChangeObjection> decide(qint64 objectionId, ObjectionDecision decision, const QString &reason,
                                   const ChangeActor &actor) const;
    Result<QList<ChangeObjection>> objections(qint64 changeId) const;

    // The record's events in the audit trail, oldest first.
    Result<QList<AuditEvent>> history(qint64 changeId) const;
    // Open requests (not final, not this one) that look like `request` (ChangeAnalysis).
    Result<QList<ChangeAnalysis::Similar>> similarOpen(const ChangeRequest &request) const;
    // The suggested category and priority from the affected CIs' protection needs.
    Result<ClassificationSuggestion> suggestion(const ChangeRequest &request) const;

    Result<ChangeFacts> facts(const ChangeRequest &request) const;
    // The transitions `actor` may take now, and every transition whose conditions hold.
    Result<QList<const WorkflowTransition *>> available(const ChangeRequest &request,
                                                        const ChangeActor &actor) const;

    // The edit rules (see above). Besides textKeys(): affected, department, rollout_waves,
    // wave_status, test_plan (also the test cases), test_results, attachments, evaluation.
    QSet<QString> editableFields(const ChangeRequest &request, const ChangeActor &actor) const;
    // The edit rules as data, the same rows the PostgreSQL guards are generated from
    // (ServerPolicy): a role may edit `fields` in every state that is not final, only in the
    // initial state, or only after it. The applicant role counts only for the request's own
    // applicant.
    struct EditRule {
        enum class When { AnyState, InitialState, LaterStates };
        QString role;
        When when = When::AnyState;
        QStringList fields;
    };
    static const QList<EditRule> &editRules();
    // The field keys in which `after` differs from `before`, in the order of ChangeFields.
    static QStringList changedFields(const ChangeRequest &before, const ChangeRequest &after);

private:
    // With `objectionOpen`, also whether an objection to it is open or escalated (the same
    // statement: a transition reads the record once).
    Result<ChangeRequest> load(qint64 id, bool withChildren, bool *objectionOpen = nullptr) const;
    static ChangeFacts factsOf(const ChangeRequest &request, bool objectionOpen,
                               const QStringList &packageProblems);
    Status validate(const ChangeRequest &request) const;
    Status checkOverride(const ChangeRequest &before, const ChangeRequest &after) const;
    Status checkEdits(const ChangeRequest &before, const ChangeRequest &after, const QSet<QString> &editable,
                      const ChangeActor &actor) const;
    Status save(const ChangeRequest &before, ChangeRequest &after) const;
    Status bumpVersion(const ChangeRequest &request) const;
    Result<bool> objectionOpen(qint64 changeId) const;
    Status audit(const ChangeActor &actor, const QString &action, qint64 id,
                 const std::optional<QJsonObject> &before, const std::optional<QJsonObject> &after) const;
    QString label(qint64 id) const;

    const Database &m_db;
    const WorkflowDefinition &m_definition;
    const Clock &m_clock;
};

} // namespace ChangeDesk
