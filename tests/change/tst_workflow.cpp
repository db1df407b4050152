// The workflow definition: the shipped OPS.1.1.3 default walked path by path, every transition
// for every role, the guards (fields, conditions, four eyes, objections) and broken definitions
// with the place of the problem in the message.

#include "testsupport.h"

#include "change/workflow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

namespace {

constexpr qint64 kApplicant = 1;
constexpr qint64 kManager = 2;
constexpr qint64 kImplementer = 3;
constexpr qint64 kSecurity = 4;
constexpr qint64 kCab = 5;

WorkflowActor actor(qint64 person, const QStringList &roles)
{
    return {person, QSet<QString>(roles.cbegin(), roles.cend())};
}

// A change of `type` whose every field is filled in: only roles, conditions and the rules of
// the process decide.
ChangeFacts complete(const QString &type, const QString &category = u"minor"_s)
{
    ChangeFacts facts;
    facts.state = WorkflowDefinition::builtIn().initialState();
    facts.values = {{u"type"_s, type},
                    {u"category"_s, category},
                    {u"priority"_s, u"normal"_s},
                    {u"security_relevant"_s, u"false"_s}};
    const QStringList &keys = ChangeFields::keys();
    facts.filled = QSet<QString>(keys.cbegin(), keys.cend());
    facts.applicantId = kApplicant;
    return facts;
}

// Takes `action` as `who`, failing the test with the refusal when it is refused.
bool take(ChangeFacts &facts, const QString &action, const WorkflowActor &who)
{
    const WorkflowDefinition &definition = WorkflowDefinition::builtIn();
    const Status allowed = definition.check(facts, action, who);
    if (!allowed) {
        qWarning("%s refused in %s: %s", qPrintable(action), qPrintable(facts.state),
                 qPrintable(allowed.error().message));
        return false;
    }
    facts.state = definition.transition(facts.state, action)->to;
    return true;
}

QStringList actionsOf(const QList<const WorkflowTransition *> &transitions)
{
    QStringList actions;
    for (const WorkflowTransition *t : transitions)
        actions << t->action;
    actions.sort();
    return actions;
}

// The smallest valid definition, for the broken variants.
QJsonObject minimal()
{
    return QJsonObject {
        {u"format"_s, u"changedesk-workflow"_s},
        {u"version"_s, 1},
        {u"name"_s, u"Minimal"_s},
        {u"states"_s,
         QJsonArray {QJsonObject {{u"id"_s, u"draft"_s}, {u"initial"_s, true}},
                     QJsonObject {{u"id"_s, u"open"_s}},
                     QJsonObject {{u"id"_s, u"done"_s}, {u"final"_s, true}}}},
        {u"transitions"_s,
         QJsonArray {QJsonObject {{u"action"_s, u"submit"_s},
                                  {u"from"_s, QJsonArray {u"draft"_s}},
                                  {u"to"_s, u"open"_s},
                                  {u"roles"_s, QJsonArray {u"applicant"_s}}},
                     QJsonObject {{u"action"_s, u"close"_s},
                                  {u"from"_s, QJsonArray {u"open"_s}},
                                  {u"to"_s, u"done"_s},
                                  {u"roles"_s, QJsonArray {u"change_manager"_s}},
                                  {u"requires"_s, QJsonArray {u"evaluation"_s}},
                                  {u"when"_s, QJsonObject {{u"type"_s, QJsonArray {u"normal"_s}}}}}}},
    };
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

// `object` with `key` of the element `index` of the list `list` set to `value` (or removed when
// `value` is undefined).
QJsonObject withElement(QJsonObject object, const QString &list, int index, const QString &key,
                        const QJsonValue &value)
{
    QJsonArray items = object.value(list).toArray();
    QJsonObject item = items.at(index).toObject();
    if (value.isUndefined())
        item.remove(key);
    else
        item.insert(key, value);
    items.replace(index, item);
    object.insert(list, items);
    return object;
}

} // namespace

class TestWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInLoads();
    void normalChangeByCategory_data();
    void normalChangeByCategory();
    void standardEmergencyAndServiceRequest();
    void haltRollBackAndFailure();
    void rejectionAndDuplicates();
    void everyTransitionForEveryRole_data();
    void everyTransitionForEveryRole();
    void rolesOfTheProcess();
    void requiredFieldsAreNamed();
    void fourEyes();
    void objectionBlocksUntilResolved();
    void unknownActionsAndFinalStates();
    void availableAndPossible();
    void brokenDefinitions_data();
    void brokenDefinitions();
    void minimalDefinitionWorks();
};

void TestWorkflow::builtInLoads()
{
    auto loaded = WorkflowDefinition::fromJson(WorkflowDefinition::builtInJson(), u"default-workflow.json"_s);
    QVERIFY2(loaded, Test::why(loaded));
    const WorkflowDefinition &definition = WorkflowDefinition::builtIn();
    QCOMPARE(definition.name(), u"BSI OPS.1.1.3"_s);
    QCOMPARE(definition.initialState(), u"draft"_s);
    QStringList finals;
    for (const WorkflowState &s : definition.states()) {
        if (s.final)
            finals << s.id;
    }
    QCOMPARE(finals, (QStringList {u"rejected"_s, u"closed"_s, u"failed"_s}));
    // Labels for every role and field the definition may name, in words.
    for (const QString &role : ChangeRoles::keys())
        QVERIFY2(!ChangeRoles::label(role).isEmpty(), qPrintable(role));
    for (const QString &field : ChangeFields::keys())
        QVERIFY2(!ChangeFields::label(field).isEmpty(), qPrintable(field));
}

void TestWorkflow::normalChangeByCategory_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QStringList>("path"); // actions from classified to authorized, with their actors
    // Minor: the change manager authorizes alone; serious: the CAB; far-reaching: security
    // management first, then the CAB (M5).
    QTest::newRow("minor") << u"minor"_s << QStringList {u"authorize:manager"_s};
    QTest::newRow("serious") << u"serious"_s
                             << QStringList {u"request_cab_review:manager"_s, u"cab_authorize:cab"_s};
    QTest::newRow("far-reaching") << u"far_reaching"_s
                                  << QStringList {u"request_security_review:manager"_s,
                                                  u"security_authorize:security"_s, u"cab_authorize:cab"_s};
}

void TestWorkflow::normalChangeByCategory()
{
    QFETCH(QString, category);
    QFETCH(QStringList, path);
    const QHash<QString, WorkflowActor> actors {
        {u"manager"_s, actor(kManager, {u"change_manager"_s})},
        {u"cab"_s, actor(kCab, {u"cab_member"_s})},
        {u"security"_s, actor(kSecurity, {u"security_management"_s})},
    };
    ChangeFacts facts = complete(u"normal"_s, category);
    QVERIFY(take(facts, u"submit"_s, actor(kApplicant, {u"applicant"_s})));
    QCOMPARE(facts.state, u"submitted"_s);
    QVERIFY(take(facts, u"accept"_s, actors.value(u"manager"_s)));
    QVERIFY(take(facts, u"classify"_s, actors.value(u"manager"_s)));
    QCOMPARE(facts.state, u"classified"_s);
    // Only the path of the category is open.
    QStringList expected {path.first().section(u':', 0, 0), u"reclassify"_s};
    expected.sort();
    QCOMPARE(actionsOf(WorkflowDefinition::builtIn().possible(facts)), expected);
    for (const QString &step : std::as_const(path))
        QVERIFY(take(facts, step.section(u':', 0, 0), actors.value(step.section(u':', 1, 1))));
    QCOMPARE(facts.state, u"authorized"_s);
    const WorkflowActor implementer = actor(kImplementer, {u"implementer"_s});
    QVERIFY(take(facts, u"schedule"_s, actors.value(u"manager"_s)));
    QVERIFY(take(facts, u"start"_s, implementer));
    QVERIFY(take(facts, u"complete"_s, implementer));
    QVERIFY(take(facts, u"start_evaluation"_s, actors.value(u"manager"_s)));
    QVERIFY(take(facts, u"close"_s, actors.value(u"manager"_s)));
    QCOMPARE(facts.state, u"closed"_s);
}

void TestWorkflow::standardEmergencyAndServiceRequest()
{
    const WorkflowDefinition &definition = WorkflowDefinition::builtIn();
    const WorkflowActor applicant = actor(kApplicant, {u"applicant"_s});
    const WorkflowActor manager = actor(kManager, {u"change_manager"_s});

    // A standard change goes straight to scheduled; it is not accepted like a normal one.
    ChangeFacts standard = complete(u"standard"_s);
    QVERIFY(take(standard, u"submit"_s, applicant));
    const Status accept = definition.check(standard, u"accept"_s, manager);
    QVERIFY(!accept);
    QCOMPARE(accept.error().kind, ErrorKind::Conflict);
    QVERIFY2(accept.error().message.contains(u"'normal'"_s), qPrintable(accept.error().message));
    QVERIFY(take(standard, u"schedule_standard"_s, manager));
    QCOMPARE(standard.state, u"scheduled"_s);

    // An emergency change takes the expedited path, and its review by the CAB comes afterwards:
    // it cannot be closed without the CAB's recommendation.
    ChangeFacts emergency = complete(u"emergency"_s, u"serious"_s);
    QVERIFY(take(emergency, u"submit"_s, applicant));
    QVERIFY(definition.transition(emergency.state, u"expedite"_s)->expedited);
    QVERIFY(take(emergency, u"expedite"_s, manager));
    QCOMPARE(emergency.state, u"authorized"_s);
    for (const QString &action : {u"schedule"_s, u"start"_s, u"complete"_s, u"start_evaluation"_s})
        QVERIFY(take(emergency, action, actor(kManager, {u"change_manager"_s, u"implementer"_s})));
    QCOMPARE(actionsOf(definition.possible(emergency)),
             (QStringList {u"close_emergency"_s, u"close_failed"_s}));
    emergency.filled.remove(u"cab_recommendation"_s);
    const Status unreviewed = definition.check(emergency, u"close_emergency"_s, manager);
    QVERIFY(!unreviewed);
    QVERIFY2(unreviewed.error().message.contains(ChangeFields::label(u"cab_recommendation"_s)),
             qPrintable(unreviewed.error().message));

    // A service request takes the short path.
    ChangeFacts service = complete(u"service_request"_s);
    QVERIFY(take(service, u"submit"_s, applicant));
    QVERIFY(take(service, u"fulfil"_s, actor(kImplementer, {u"implementer"_s})));
    QCOMPARE(service.state, u"implementing"_s);
}

void TestWorkflow::haltRollBackAndFailure()
{
    const WorkflowActor manager = actor(kManager, {u"change_manager"_s});
    const WorkflowActor implementer = actor(kImplementer, {u"implementer"_s});
    ChangeFacts facts = complete(u"normal"_s);
    facts.state = u"implementing"_s;
    // A break point: the rollout halts (M12), resumes, halts again and is rolled back by the
    // fallback plan (M1); the change fails with a follow-up request (M4).
    QVERIFY(WorkflowDefinition::builtIn().transition(u"implementing"_s, u"halt"_s)->reason);
    QVERIFY(take(facts, u"halt"_s, implementer));
    QCOMPARE(facts.state, u"halted"_s);
    QVERIFY(
        !WorkflowDefinition::builtIn().check(facts, u"resume"_s, implementer)); // the change manager decides
    QVERIFY(take(facts, u"resume"_s, manager));
    QVERIFY(take(facts, u"halt"_s, implementer));
    facts.filled.remove(u"fallback_plan"_s);
    QVERIFY(!WorkflowDefinition::builtIn().check(facts, u"roll_back"_s, implementer));
    facts.filled.insert(u"fallback_plan"_s);
    QVERIFY(take(facts, u"roll_back"_s, implementer));
    QCOMPARE(facts.state, u"rolled_back"_s);
    QVERIFY(take(facts, u"close_failed"_s, manager));
    QCOMPARE(facts.state, u"failed"_s);
}

void TestWorkflow::rejectionAndDuplicates()
{
    const WorkflowDefinition &definition = WorkflowDefinition::builtIn();
    const WorkflowActor manager = actor(kManager, {u"change_manager"_s});
    ChangeFacts facts = complete(u"normal"_s);
    facts.state = u"submitted"_s;
    facts.filled.remove(u"rejection_reason"_s);
    facts.filled.remove(u"duplicate_of"_s);
    // Rejected only with a justification; a duplicate only with the original (M5).
    const Status reject = definition.check(facts, u"reject"_s, manager);
    QVERIFY(!reject);
    QVERIFY2(reject.error().message.contains(ChangeFields::label(u"rejection_reason"_s)),
             qPrintable(reject.error().message));
    const Status duplicate = definition.check(facts, u"reject_duplicate"_s, manager);
    QVERIFY(!duplicate);
    QVERIFY2(duplicate.error().message.contains(ChangeFields::label(u"duplicate_of"_s)),
             qPrintable(duplicate.error().message));
    facts.filled.insert(u"duplicate_of"_s);
    QVERIFY(take(facts, u"reject_duplicate"_s, manager));
    QCOMPARE(facts.state, u"rejected"_s);
    QVERIFY(definition.possible(facts).isEmpty());
}

void TestWorkflow::everyTransitionForEveryRole_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("role");
    const WorkflowDefinition &definition = WorkflowDefinition::builtIn();
    for (const WorkflowTransition &t : definition.transitions()) {
        for (const QString &from : t.from) {
            for (const QString &role : ChangeRoles::keys())
                QTest::addRow("%s %s %s", qPrintable(from), qPrintable(t.action), qPrintable(role))
                    << from << t.action << role;
        }
    }
}

// Each transition of the default, from each of its states, for each role: the allowed roles take
// it, the others are refused with the roles that may, in words.
void TestWorkflow::everyTransitionForEveryRole()
{
    QFETCH(QString, from);
    QFETCH(QString, action);
    QFETCH(QString, role);
    const WorkflowDefinition &definition = WorkflowDefinition::builtIn();
    const WorkflowTransition *t = definition.transition(from, action);
    QVERIFY(t);
    ChangeFacts facts = complete(u"normal"_s);
    facts.state = from;
    for (auto it = t->when.cbegin(); it != t->when.cend(); ++it)
        facts.values.insert(it.key(), it->first());
    // An applicant acts on their own request; the others on somebody else's.
    const qint64 person = role == u"applicant" ? facts.applicantId : kManager;
    const Status decided = definition.check(facts, action, actor(person, {role}));
    if (t->roles.contains(role)) {
        QVERIFY2(decided, Test::why(decided));
        if (role == u"applicant") {
            const Status foreign = definition.check(facts, action, actor(kManager, {role}));
            QVERIFY(!foreign);
            QCOMPARE(foreign.error().kind, ErrorKind::ReadOnly);
            QVERIFY2(foreign.error().message.contains(u"own request"_s), qPrintable(foreign.error().message));
        }
        return;
    }
    QVERIFY(!decided);
    QCOMPARE(decided.error().kind, ErrorKind::ReadOnly);
    for (const QString &allowed : t->roles)
        QVERIFY2(decided.error().message.contains(ChangeRoles::label(allowed)),
                 qPrintable(decided.error().message));
}

// Who may do what in the default, written out: the table above follows the definition, this one
// follows OPS.1.1.3.
void TestWorkflow::rolesOfTheProcess()
{
    const WorkflowDefinition &definition = WorkflowDefinition::builtIn();
    QHash<QString, QStringList> actionsOfRole;
    for (const WorkflowTransition &t : definition.transitions()) {
        for (const QString &role : t.roles)
            actionsOfRole[role] << t.action;
    }
    for (QStringList &actions : actionsOfRole)
        actions.sort();
    QCOMPARE(actionsOfRole.value(u"applicant"_s), QStringList {u"submit"_s});
    QCOMPARE(actionsOfRole.value(u"security_management"_s),
             (QStringList {u"security_authorize"_s, u"security_reject"_s}));
    QCOMPARE(actionsOfRole.value(u"cab_member"_s), (QStringList {u"cab_authorize"_s, u"cab_reject"_s}));
    QCOMPARE(actionsOfRole.value(u"implementer"_s),
             (QStringList {u"complete"_s, u"fulfil"_s, u"halt"_s, u"roll_back"_s, u"start"_s}));
    // Auditors read; management decides disputes and administrators configure, outside the
    // states of a change.
    QVERIFY(actionsOfRole.value(u"auditor"_s).isEmpty());
    QVERIFY(actionsOfRole.value(u"management"_s).isEmpty());
    QVERIFY(actionsOfRole.value(u"administrator"_s).isEmpty());
    // Every authorization is under the four-eyes rule.
    for (const QString &action :
         {u"authorize"_s, u"cab_authorize"_s, u"security_authorize"_s, u"expedite"_s}) {
        const auto t = std::find_if(definition.transitions().cbegin(), definition.transitions().cend(),
                                    [&](const WorkflowTransition &x) { return x.action == action; });
        QVERIFY(t != definition.transitions().cend());
        QVERIFY2(t->fourEyes, qPrintable(action));
    }
}

void TestWorkflow::requiredFieldsAreNamed()
{
    ChangeFacts facts = complete(u"normal"_s);
    facts.filled = {u"title"_s, u"applicant"_s, u"type"_s};
    const Status submitted
        = WorkflowDefinition::builtIn().check(facts, u"submit"_s, actor(kApplicant, {u"applicant"_s}));
    QVERIFY(!submitted);
    QCOMPARE(submitted.error().kind, ErrorKind::Conflict);
    // In the order the definition lists them, by their labels.
    const QString expected
        = u"%1, %2, %3"_s.arg(ChangeFields::label(u"description"_s), ChangeFields::label(u"reason"_s),
                              ChangeFields::label(u"affected"_s));
    QVERIFY2(submitted.error().message.contains(expected), qPrintable(submitted.error().message));
    QVERIFY(!submitted.error().message.contains(ChangeFields::label(u"title"_s)));
}

void TestWorkflow::fourEyes()
{
    const WorkflowDefinition &definition = WorkflowDefinition::builtIn();
    // The change manager applied for this change: someone else must authorize it.
    ChangeFacts facts = complete(u"normal"_s);
    facts.state = u"classified"_s;
    facts.applicantId = kManager;
    const Status own = definition.check(facts, u"authorize"_s, actor(kManager, {u"change_manager"_s}));
    QVERIFY(!own);
    QCOMPARE(own.error().kind, ErrorKind::ReadOnly);
    QVERIFY2(own.error().message.contains(u"four-eyes"_s), qPrintable(own.error().message));
    QVERIFY(definition.check(facts, u"authorize"_s, actor(kCab, {u"change_manager"_s})));
    // Steps that are no authorization are not under the rule.
    QVERIFY(definition.check(facts, u"reclassify"_s, actor(kManager, {u"change_manager"_s})));
}

void TestWorkflow::objectionBlocksUntilResolved()
{
    const WorkflowDefinition &definition = WorkflowDefinition::builtIn();
    const WorkflowActor manager = actor(kManager, {u"change_manager"_s});
    ChangeFacts facts = complete(u"normal"_s, u"serious"_s);
    facts.state = u"classified"_s;
    facts.objectionOpen = true;
    const Status blocked = definition.check(facts, u"request_cab_review"_s, manager);
    QVERIFY(!blocked);
    QCOMPARE(blocked.error().kind, ErrorKind::Conflict);
    QVERIFY2(blocked.error().message.contains(u"objects"_s), qPrintable(blocked.error().message));
    // Reclassifying answers the objection; it stays possible.
    QVERIFY(definition.check(facts, u"reclassify"_s, manager));
    QCOMPARE(actionsOf(definition.available(facts, manager)), QStringList {u"reclassify"_s});
    facts.objectionOpen = false;
    QVERIFY(definition.check(facts, u"request_cab_review"_s, manager));
}

void TestWorkflow::unknownActionsAndFinalStates()
{
    const WorkflowDefinition &definition = WorkflowDefinition::builtIn();
    ChangeFacts facts = complete(u"normal"_s);
    facts.state = u"submitted"_s;
    const Status unknown = definition.check(facts, u"close"_s, actor(kManager, {u"change_manager"_s}));
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(unknown.error().message.contains(u"'accept'"_s)
                 && unknown.error().message.contains(u"'reject'"_s),
             qPrintable(unknown.error().message));
    facts.state = u"closed"_s;
    const Status ended = definition.check(facts, u"close"_s, actor(kManager, {u"change_manager"_s}));
    QVERIFY(!ended);
    QVERIFY2(ended.error().message.contains(u"nothing follows"_s), qPrintable(ended.error().message));
}

void TestWorkflow::availableAndPossible()
{
    const WorkflowDefinition &definition = WorkflowDefinition::builtIn();
    ChangeFacts facts = complete(u"normal"_s);
    facts.state = u"submitted"_s;
    QCOMPARE(actionsOf(definition.possible(facts)),
             (QStringList {u"accept"_s, u"reject"_s, u"reject_duplicate"_s}));
    QCOMPARE(actionsOf(definition.available(facts, actor(kManager, {u"change_manager"_s}))),
             (QStringList {u"accept"_s, u"reject"_s, u"reject_duplicate"_s}));
    QVERIFY(definition.available(facts, actor(kApplicant, {u"applicant"_s})).isEmpty());
    // A person with several roles gets what each role allows.
    facts.state = u"implementing"_s;
    QCOMPARE(actionsOf(definition.available(facts, actor(kImplementer, {u"implementer"_s, u"auditor"_s}))),
             (QStringList {u"complete"_s, u"halt"_s, u"roll_back"_s}));
}

void TestWorkflow::brokenDefinitions_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("message"); // a regular expression for the message after "broken.json: "

    const QJsonObject ok = minimal();
    auto without = [](QJsonObject object, const QString &key) {
        object.remove(key);
        return object;
    };
    auto with = [](QJsonObject object, const QString &key, const QJsonValue &value) {
        object.insert(key, value);
        return object;
    };
    QTest::newRow("not JSON") << QByteArray(
        "{\n  \"format\": \"changedesk-workflow\",\n  \"version\": 1,,\n}")
                              << u"line 3, column 17: not valid JSON: .+"_s;
    QTest::newRow("a list") << QByteArray("[]") << u"line 1: a workflow definition is a JSON object"_s;
    QTest::newRow("other format") << json(with(ok, u"format"_s, u"bpmn"_s))
                                  << u"the document: 'format' must be \"changedesk-workflow\""_s;
    QTest::newRow("newer version") << json(
        with(ok, u"version"_s,
             2)) << u"the document: 'version' 2 is not supported \\(this ChangeDesk reads version 1\\)"_s;
    QTest::newRow("no name") << json(without(ok, u"name"_s)) << u"the document: 'name' is missing"_s;
    QTest::newRow("unknown key") << json(with(ok, u"colour"_s, u"red"_s))
                                 << u"the document: unknown key 'colour' \\(known: .+\\)"_s;
    QTest::newRow("bad state id") << json(withElement(ok, u"states"_s, 1, u"id"_s, u"Open Items"_s))
                                  << u"states\\[1\\]: 'Open Items' is not a valid state id .+"_s;
    QTest::newRow("state twice") << json(withElement(ok, u"states"_s, 1, u"id"_s, u"draft"_s))
                                 << u"states\\[1\\]: the state 'draft' is declared twice"_s;
    QTest::newRow("no initial") << json(withElement(ok, u"states"_s, 0, u"initial"_s, QJsonValue::Undefined))
                                << u"the document: no state is marked initial; exactly one must be"_s;
    QTest::newRow("two initial") << json(withElement(
        ok, u"states"_s, 1, u"initial"_s,
        true)) << u"the document: 2 states are marked initial \\('draft', 'open'\\); exactly one must be"_s;
    QTest::newRow("no final") << json(withElement(ok, u"states"_s, 2, u"final"_s, QJsonValue::Undefined))
                              << u"the document: no state is marked final; a change must be able to end"_s;
    QTest::newRow("flag not bool") << json(withElement(ok, u"states"_s, 2, u"final"_s, u"yes"_s))
                                   << u"states\\[2\\]: 'final' must be true or false"_s;
    QTest::newRow("no from") << json(withElement(ok, u"transitions"_s, 0, u"from"_s, QJsonValue::Undefined))
                             << u"transitions\\[0\\] \\('submit'\\): 'from' is missing"_s;
    QTest::newRow("from unknown")
        << json(withElement(ok, u"transitions"_s, 1, u"from"_s, QJsonArray {u"opne"_s}))
        << u"transitions\\[1\\] \\('close'\\): 'from' names the state 'opne', which is not declared"_s;
    QTest::newRow("from final")
        << json(withElement(ok, u"transitions"_s, 1, u"from"_s, QJsonArray {u"open"_s, u"done"_s}))
        << u"transitions\\[1\\] \\('close'\\): 'from' names the final state 'done'; .+"_s;
    QTest::newRow("to unknown")
        << json(withElement(ok, u"transitions"_s, 1, u"to"_s, u"finished"_s))
        << u"transitions\\[1\\] \\('close'\\): 'to' names the state 'finished', which is not declared"_s;
    QTest::newRow("action twice") << json(withElement(
        ok, u"transitions"_s, 1, u"action"_s,
        u"submit"_s)) << u".+'submit'.+"_s; // ('submit' leaves draft and open: allowed) checked below
    QTest::newRow("nobody")
        << json(withElement(ok, u"transitions"_s, 0, u"roles"_s, QJsonArray {}))
        << u"transitions\\[0\\] \\('submit'\\): 'roles' names nobody; at least one role must be allowed"_s;
    QTest::newRow("unknown role")
        << json(withElement(ok, u"transitions"_s, 0, u"roles"_s, QJsonArray {u"ciso"_s}))
        << u"transitions\\[0\\] \\('submit'\\): 'roles' names 'ciso', which is not a role \\(roles: 'applicant', .+\\)"_s;
    QTest::newRow("unknown field")
        << json(withElement(ok, u"transitions"_s, 1, u"requires"_s, QJsonArray {u"evalutaion"_s}))
        << u"transitions\\[1\\] \\('close'\\): 'requires' names 'evalutaion', which is not a field of a change"_s;
    QTest::newRow("when unknown field")
        << json(withElement(ok, u"transitions"_s, 1, u"when"_s,
                            QJsonObject {{u"colour"_s, QJsonArray {u"red"_s}}}))
        << u"transitions\\[1\\] \\('close'\\): 'when' names 'colour'; a transition can depend on .+"_s;
    QTest::newRow("when bad value")
        << json(withElement(ok, u"transitions"_s, 1, u"when"_s,
                            QJsonObject {{u"category"_s, QJsonArray {u"major"_s}}}))
        << u"transitions\\[1\\] \\('close'\\): 'when' gives 'category' the value 'major' \\(values: 'minor', 'serious', 'far_reaching'\\)"_s;
    QTest::newRow("unknown transition key") << json(withElement(ok, u"transitions"_s, 0, u"guard"_s, u"x"_s))
                                            << u"transitions\\[0\\] \\('submit'\\): unknown key 'guard' .+"_s;
    QJsonObject unreachable = ok;
    QJsonArray states = unreachable.value(u"states"_s).toArray();
    states.append(QJsonObject {{u"id"_s, u"limbo"_s}, {u"final"_s, true}});
    unreachable.insert(u"states"_s, states);
    QTest::newRow("unreachable") << json(unreachable)
                                 << u"the document: the state 'limbo' cannot be reached from 'draft'"_s;
    QJsonObject deadEnd = withElement(ok, u"transitions"_s, 1, u"to"_s, u"open"_s);
    QTest::newRow("dead end") << json(withElement(deadEnd, u"states"_s, 2, u"final"_s, true))
                              << u"the document: the state 'done' cannot be reached from 'draft'"_s;
    QJsonObject stuck = ok;
    QJsonArray stuckStates = stuck.value(u"states"_s).toArray();
    stuckStates.append(QJsonObject {{u"id"_s, u"waiting"_s}});
    stuck.insert(u"states"_s, stuckStates);
    QJsonArray stuckTransitions = stuck.value(u"transitions"_s).toArray();
    stuckTransitions.append(QJsonObject {{u"action"_s, u"wait"_s},
                                         {u"from"_s, QJsonArray {u"open"_s}},
                                         {u"to"_s, u"waiting"_s},
                                         {u"roles"_s, QJsonArray {u"change_manager"_s}}});
    stuck.insert(u"transitions"_s, stuckTransitions);
    QTest::newRow("no way out") << json(
        stuck) << u"the document: no transition leaves the state 'waiting', which is not final"_s;
}

void TestWorkflow::brokenDefinitions()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, message);
    auto loaded = WorkflowDefinition::fromJson(document, u"broken.json"_s);
    if (QByteArray(QTest::currentDataTag()) == "action twice") {
        // The same action may leave two different states; only twice from one state is refused.
        QVERIFY2(loaded, Test::why(loaded));
        QJsonObject twice = minimal();
        QJsonArray transitions = twice.value(u"transitions"_s).toArray();
        transitions.append(transitions.at(0));
        twice.insert(u"transitions"_s, transitions);
        loaded = WorkflowDefinition::fromJson(json(twice), u"broken.json"_s);
        message
            = u"transitions\\[2\\] \\('submit'\\): the state 'draft' has two transitions named 'submit'"_s;
    }
    QVERIFY2(!loaded, "the broken definition was accepted");
    QCOMPARE(loaded.error().kind, ErrorKind::InvalidInput);
    const QRegularExpression expected(QRegularExpression::anchoredPattern(u"broken\\.json: "_s + message));
    QVERIFY(expected.isValid());
    QVERIFY2(expected.match(loaded.error().message).hasMatch(), qPrintable(loaded.error().message));
}

void TestWorkflow::minimalDefinitionWorks()
{
    auto loaded = WorkflowDefinition::fromJson(json(minimal()), u"minimal.json"_s);
    QVERIFY2(loaded, Test::why(loaded));
    ChangeFacts facts;
    facts.state = loaded->initialState();
    facts.values.insert(u"type"_s, u"emergency"_s);
    QVERIFY(loaded->check(facts, u"submit"_s, actor(kApplicant, {u"applicant"_s})));
    facts.state = u"open"_s;
    facts.filled.insert(u"evaluation"_s);
    const Status closed = loaded->check(facts, u"close"_s, actor(kManager, {u"change_manager"_s}));
    QVERIFY(!closed); // the condition on the type does not hold
    facts.values.insert(u"type"_s, u"normal"_s);
    QVERIFY(loaded->check(facts, u"close"_s, actor(kManager, {u"change_manager"_s})));
}

QTEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"
