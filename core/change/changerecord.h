#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace ChangeDesk {

// One rollout wave of a change's implementation plan (M12): a pilot group first, then further
// groups, each with go/no-go criteria and a break point where the rollout can be halted.
struct RolloutWave {
    QString name;
    std::optional<qint64> groupId; // the CI group it covers, when there is one
    QString goCriteria; // what must hold before the next wave may start
    bool breakPoint = true; // the rollout stops here for a go/no-go decision
    QDateTime plannedStart;
    QDateTime plannedEnd;
    QString status = QStringLiteral("pending"); // pending, running, passed, halted, failed
    QString statusNote;

    static const QStringList &statuses();
    friend bool operator==(const RolloutWave &, const RolloutWave &) = default;
};

// A test case of the test plan with the expected and the actual result (M9).
struct TestCase {
    QString description;
    QString expected;
    QString actual;
    QString result = QStringLiteral("pending"); // pending, passed, failed, skipped
    std::optional<qint64> testedBy;
    QDateTime testedAt;

    static const QStringList &results();
    friend bool operator==(const TestCase &, const TestCase &) = default;
};

// A file attached to a request: a script, a configuration, a vendor notice.
struct ChangeAttachment {
    qint64 id = 0;
    QString name;
    QString mediaType;
    QByteArray content; // empty when read with the record (ChangeService::attachmentContent)
    qint64 size = 0; // bytes of the content
    QString sha256; // hex, computed when added
    std::optional<qint64> addedBy;
    QDateTime addedAt;
};

// Security management's objection to the priority or category of a request (M5). It blocks
// progress until the change manager accepts it or management decides (M7).
struct ChangeObjection {
    qint64 id = 0;
    qint64 changeId = 0;
    QString field; // priority or category
    QString proposed; // the value security management asks for
    QString reason;
    std::optional<qint64> raisedBy;
    QDateTime raisedAt;
    QString status = QStringLiteral("open"); // open, escalated, accepted, upheld, dismissed, withdrawn
    std::optional<qint64> escalatedBy;
    QDateTime escalatedAt;
    std::optional<qint64> resolvedBy;
    QDateTime resolvedAt;
    QString resolution; // why it ended as it did
    int rowVersion = 0;

    bool isOpen() const { return status == u"open" || status == u"escalated"; }
};

// The post-implementation review (M4, M13).
struct ChangeEvaluation {
    std::optional<bool> goalReached;
    std::optional<bool> usersSatisfied;
    std::optional<bool> budgetKept; // cost and effort as planned
    std::optional<bool> scheduleKept;
    QString sideEffects;
    QString postTests; // tests on reference systems by business users, and their outcome
    QDateTime evaluatedAt; // set when the review is recorded: the record is then evaluated
    std::optional<qint64> evaluatedBy;

    bool done() const { return evaluatedAt.isValid(); }
    friend bool operator==(const ChangeEvaluation &, const ChangeEvaluation &) = default;
};

// A request for change with everything M1 and M5 ask for.
struct ChangeRequest {
    qint64 id = 0;
    QString state;
    QString title;
    QString description;
    QString reason;
    qint64 applicantId = 0;
    std::optional<qint64> departmentId;
    QString problemReference; // the problem or incident it solves
    QList<qint64> ciIds; // affected configuration items
    QList<qint64> groupIds; // affected CI groups
    QString type = QStringLiteral("normal"); // standard, normal, emergency, service_request
    QString templateName; // the pre-approved template of a standard change
    QString priority; // high, normal, low; empty until classified
    QString category; // minor, serious, far_reaching; empty until classified
    QString overrideReason; // why category or priority differ from the suggestion
    QString impact;
    QString resources;
    QString cost;
    QString changeManagerRecommendation;
    QString cabRecommendation;
    QString securityAssessment;
    bool securityRelevant = false;
    QDateTime authorizedAt;
    QDateTime plannedStart;
    QDateTime plannedEnd;
    std::optional<int> expectedDowntimeMinutes; // how long users cannot work (M7 notice)
    bool needsRestart = false; // the change restarts its systems: it goes last in a window (M14)
    QList<qint64> implementerIds; // the people who carry it out (persons)
    QDateTime actualStart;
    QDateTime actualEnd;
    QDateTime evaluationDue;
    QString rejectionReason;
    std::optional<qint64> duplicateOf;
    QList<RolloutWave> waves;
    QString testPlan;
    QList<TestCase> testCases;
    QString fallbackPlan;
    QString fallbackCriteria; // when the fallback plan is used
    QList<ChangeAttachment> attachments; // without content when read in lists
    ChangeEvaluation evaluation;
    std::optional<qint64> followUpId; // the RfC that follows a rolled-back or failed change
    QDateTime rolledBackAt; // when the fallback plan was used (a transition stamps it)
    QDateTime endedAt; // when it reached a final state
    int rowVersion = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// The fields of a request by their keys (ChangeFields::keys()): reading, setting from text and
// what counts as filled for the workflow's guards.
class ChangeRecordFields
{
    Q_DECLARE_TR_FUNCTIONS(ChangeRecordFields)

public:
    // The fields a person sets as text (changedeskctl rfc act --set, the JSON of rfc create):
    // title, description, reason, problem_reference, type, template, priority, category,
    // override_reason, impact, resources, cost, change_manager_recommendation,
    // cab_recommendation, security_assessment, security_relevant, planned_start, planned_end,
    // expected_downtime (minutes), needs_restart,
    // actual_start, actual_end, evaluation_due, rejection_reason, duplicate_of, test_plan,
    // fallback_plan, fallback_criteria, follow_up. Ids of other requests as numbers, times as
    // ISO 8601 (a time without zone is UTC), booleans as true/false/yes/no/1/0.
    static const QStringList &textKeys();
    // Sets one of textKeys() from text; InvalidInput naming the field and the value when the
    // text does not fit (unknown key, type or level, unreadable time or number).
    static Status set(ChangeRequest &request, const QString &key, const QString &text);
    // The value of one of textKeys() as text (times as ISO 8601 UTC); empty when not set.
    static QString text(const ChangeRequest &request, const QString &key);

    // The keys of ChangeFields::keys() that have a value: what the workflow's "requires" checks.
    // affected: a CI or group; rollout_waves: a wave; test_results: test cases, each with a
    // result other than pending; attachments: a file; evaluation: the review is recorded;
    // applicant: always.
    static QSet<QString> filled(const ChangeRequest &request);
    // type, category, priority, security_relevant: the values the workflow's "when" looks at.
    static QHash<QString, QString> conditionValues(const ChangeRequest &request);

    // The record as JSON with ChangeFields keys (and id, state, row_version, created_at,
    // updated_at), for the audit trail, changedeskctl --json and comparisons. Attachments by
    // name, size and SHA-256.
    static QJsonObject toJson(const ChangeRequest &request);

    static QString timeText(const QDateTime &when);
    static Result<QDateTime> parseTime(const QString &key, const QString &text);

    // The order of urgency: high (0), normal, low, then anything else; far_reaching (0),
    // serious, minor, then anything else. The CAB agenda and the request list sort by these.
    static int priorityRank(const QString &priority);
    static int categoryRank(const QString &category);
};

} // namespace ChangeDesk
