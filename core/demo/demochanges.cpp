#include "demochanges.h"

#include "audit/auditlog.h"
#include "cab/cabservice.h"
#include "change/changerecord.h"
#include "change/workflow.h"
#include "storage/database.h"

#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {

// What the demo office does: which people hold which app roles (by position in the person
// table), the rest are applicants.
const QList<QStringList> kRoleHolders {
    {u"administrator"_s, u"change_manager"_s},
    {u"change_manager"_s},
    {u"cab_member"_s},
    {u"cab_member"_s},
    {u"cab_member"_s},
    {u"security_management"_s},
    {u"implementer"_s},
    {u"implementer"_s},
    {u"implementer"_s},
    {u"management"_s},
    {u"auditor"_s},
};

struct Path {
    QString type;
    QString category;
    QStringList actions;
    int weight;
};

const QList<Path> kPaths {
    {u"normal"_s,
     u"minor"_s,
     {u"submit"_s, u"accept"_s, u"classify"_s, u"authorize"_s, u"schedule"_s, u"start"_s, u"complete"_s,
      u"start_evaluation"_s, u"close"_s},
     30},
    {u"normal"_s,
     u"serious"_s,
     {u"submit"_s, u"accept"_s, u"classify"_s, u"request_cab_review"_s, u"cab_authorize"_s, u"schedule"_s,
      u"start"_s, u"complete"_s, u"start_evaluation"_s, u"close"_s},
     20},
    {u"normal"_s,
     u"far_reaching"_s,
     {u"submit"_s, u"accept"_s, u"classify"_s, u"request_security_review"_s, u"security_authorize"_s,
      u"cab_authorize"_s, u"schedule"_s, u"start"_s, u"complete"_s, u"start_evaluation"_s, u"close"_s},
     6},
    {u"standard"_s,
     u"minor"_s,
     {u"submit"_s, u"schedule_standard"_s, u"start"_s, u"complete"_s, u"start_evaluation"_s, u"close"_s},
     20},
    {u"emergency"_s,
     u"serious"_s,
     {u"submit"_s, u"expedite"_s, u"schedule"_s, u"start"_s, u"complete"_s, u"start_evaluation"_s,
      u"close_emergency"_s},
     6},
    {u"service_request"_s,
     u"minor"_s,
     {u"submit"_s, u"fulfil"_s, u"complete"_s, u"start_evaluation"_s, u"close"_s},
     10},
    {u"normal"_s, u"minor"_s, {u"submit"_s, u"reject"_s}, 5},
    {u"normal"_s,
     u"serious"_s,
     {u"submit"_s, u"accept"_s, u"classify"_s, u"request_cab_review"_s, u"cab_authorize"_s, u"schedule"_s,
      u"start"_s, u"halt"_s, u"roll_back"_s},
     3},
};

const QStringList kSubjects {
    u"Security update for Firefox ESR"_s,
    u"Monthly Windows cumulative update"_s,
    u"Firmware update of the core switches"_s,
    u"Upgrade of the document management system"_s,
    u"New certificate for the citizen portal"_s,
    u"PostgreSQL minor release on the database servers"_s,
    u"Replace the printer driver in the town hall"_s,
    u"Kernel update of the Linux servers"_s,
    u"Patch for the VPN gateway"_s,
    u"Java runtime update for the permit application"_s,
    u"New mailbox for the election office"_s,
    u"Hotfix for the payroll application"_s,
};

int requestsFor(DemoScale scale)
{
    switch (scale) {
    case DemoScale::Small:
        return 40;
    case DemoScale::Municipality:
        return 400;
    case DemoScale::Agency:
        break;
    }
    return 20000;
}

} // namespace

Status DemoChanges::generate(const Database &db, QRandomGenerator &random, DemoScale scale,
                             const Clock &clock, int shrink, QMap<QString, qint64> &report)
{
    const WorkflowDefinition &definition = WorkflowDefinition::builtIn();
    const Dialect &d = db.dialect();
    const QString what = tr("creating demo requests for change");

    auto existing = db.scalar(u"SELECT COUNT(*) FROM change_request"_s, {}, what);
    if (!existing)
        return fail(existing.error());
    if (existing->toLongLong() > 0)
        return {}; // already there: demo data adds nothing twice

    // People and their roles.
    QList<std::pair<qint64, QString>> people;
    auto rows = db.exec(u"SELECT id, login FROM person WHERE active = ? ORDER BY id"_s, {d.toDb(true)}, what);
    if (!rows)
        return fail(rows.error());
    while (rows->next())
        people.append({rows->value(0).toLongLong(), rows->value(1).toString()});
    if (people.size() < kRoleHolders.size() + 1)
        return {}; // too few people for an office
    QHash<QString, QList<qsizetype>> holders; // role -> indexes into people
    for (qsizetype i = 0; i < people.size(); ++i) {
        QStringList roles = i < kRoleHolders.size() ? kRoleHolders.at(i) : QStringList {};
        roles << u"applicant"_s;
        for (const QString &role : std::as_const(roles)) {
            holders[role] << i;
            auto added
                = db.exec(u"INSERT INTO person_role (person_id, role) VALUES (?, ?) ON CONFLICT DO NOTHING"_s,
                          {people.at(i).first, role}, what);
            if (!added)
                return fail(added.error());
            report[u"role_assignments"_s] += added->numRowsAffected();
        }
    }

    QList<qint64> cis;
    auto ciRows = db.exec(u"SELECT id FROM configuration_item ORDER BY id"_s, {}, what);
    if (!ciRows)
        return fail(ciRows.error());
    while (ciRows->next())
        cis << ciRows->value(0).toLongLong();
    if (cis.isEmpty())
        return {};

    int totalWeight = 0;
    for (const Path &p : kPaths)
        totalWeight += p.weight;
    const int count = std::max(1, requestsFor(scale) / shrink);
    const QDateTime now = clock.now();
    QList<AuditEvent> events;
    events.reserve(count * 6);
    const auto flush = [&](bool force) -> Status {
        if (events.isEmpty() || (!force && events.size() < 20000))
            return {};
        if (auto appended = AuditLog(db, {}, clock).append(events); !appended)
            return fail(appended.error());
        report[u"audit_events"_s] += events.size();
        events.clear();
        return {};
    };

    for (int n = 0; n < count; ++n) {
        int pick = random.bounded(totalWeight);
        const Path *path = &kPaths.first();
        for (const Path &p : kPaths) {
            if (pick < p.weight) {
                path = &p;
                break;
            }
            pick -= p.weight;
        }
        // Older requests have come further: the first ones (oldest) mostly finished.
        const QDateTime created
            = now.addSecs(-qint64(count - n) * (365LL * 86400 / count) - random.bounded(3600));
        const bool recent = n >= count * 4 / 5; // the newest fifth is still under way
        const qsizetype steps = recent ? random.bounded(int(path->actions.size()) + 1) : path->actions.size();
        const qsizetype applicant = random.bounded(int(people.size()));

        ChangeRequest r;
        r.title = kSubjects.at(random.bounded(int(kSubjects.size())));
        r.description = tr("Apply the vendor's update as described in the attached notes.");
        r.reason = tr("Security advisory of the vendor; the systems are affected.");
        r.applicantId = people.at(applicant).first;
        r.type = path->type;
        r.fallbackPlan = tr("Restore the snapshot taken before the change.");
        r.fallbackCriteria = tr("The service does not answer within 15 minutes after the change.");
        r.testPlan = tr("Functional test by the application owner on the test system.");
        r.securityRelevant = random.bounded(3) == 0;
        const int ciCount = 1 + random.bounded(3);
        for (int c = 0; c < ciCount; ++c) {
            const qint64 ci = cis.at(random.bounded(int(cis.size())));
            if (!r.ciIds.contains(ci))
                r.ciIds << ci;
        }
        r.state = definition.initialState();
        QDateTime at = created;
        QList<AuditEvent> trail;
        AuditEvent create;
        create.actor = people.at(applicant).second;
        create.action = u"change.create"_s;
        create.objectType = u"change_request"_s;
        create.after = QJsonObject {{u"state"_s, r.state}, {u"title"_s, r.title}};
        trail << create;
        for (qsizetype s = 0; s < steps; ++s) {
            const QString &action = path->actions.at(s);
            const WorkflowTransition *t = definition.transition(r.state, action);
            if (!t)
                break;
            at = at.addSecs(3600 + random.bounded(3 * 86400));
            if (at > now)
                at = now;
            // Whoever may take it: the applicant for their own steps, else a holder of a role.
            qsizetype actor = applicant;
            if (!t->roles.contains(u"applicant"_s)) {
                const QList<qsizetype> &candidates = holders.value(t->roles.constFirst());
                if (candidates.isEmpty())
                    break;
                actor = candidates.at(random.bounded(int(candidates.size())));
                if (t->fourEyes && actor == applicant)
                    actor = candidates.size() > 1
                        ? candidates.at((candidates.indexOf(actor) + 1) % candidates.size())
                        : actor;
            }
            if (action == u"classify" || action == u"expedite") {
                r.category = path->category;
                r.priority = path->type == u"emergency" ? u"high"_s
                    : r.securityRelevant                ? u"normal"_s
                                                        : u"low"_s;
                r.impact = tr("Short interruption of the affected services.");
                r.resources = tr("One administrator, two hours.");
                r.overrideReason = tr("Classified by the change manager.");
            }
            if (action == u"authorize" || action == u"request_cab_review"
                || action == u"request_security_review")
                r.changeManagerRecommendation = tr("Approve: tested on the test system.");
            if (action == u"security_authorize")
                r.securityAssessment = tr("No new attack surface.");
            if (action == u"cab_authorize" || action == u"expedite")
                r.cabRecommendation = tr("Approved by the CAB.");
            if (action == u"reject")
                r.rejectionReason = tr("Not needed: the systems are already up to date.");
            if (action == u"schedule" || action == u"schedule_standard") {
                r.plannedStart = at.addDays(3);
                r.plannedEnd = r.plannedStart.addSecs(2 * 3600);
                r.waves = {
                    RolloutWave {
                        tr("Pilot"), {}, tr("No errors for one working day"), true, {}, {}, u"pending"_s, {}},
                    RolloutWave {tr("All systems"), {}, {}, false, {}, {}, u"pending"_s, {}}};
            }
            if (t->stamps.contains(u"authorized_at"_s))
                r.authorizedAt = at;
            if (t->stamps.contains(u"actual_start"_s))
                r.actualStart = at;
            if (action == u"complete") {
                r.actualEnd = at;
                r.testCases = {TestCase {tr("The service answers"), tr("Start page within 2 seconds"),
                                         tr("1.2 seconds"), u"passed"_s, people.at(actor).first, at}};
                for (RolloutWave &w : r.waves)
                    w.status = u"passed"_s;
            }
            if (action == u"roll_back")
                r.rolledBackAt = at;
            if (action == u"start_evaluation")
                r.evaluationDue = at.addDays(14);
            if (action == u"close" || action == u"close_emergency") {
                r.evaluation.goalReached = true;
                r.evaluation.usersSatisfied = random.bounded(5) != 0;
                r.evaluation.budgetKept = true;
                r.evaluation.scheduleKept = random.bounded(4) != 0;
                r.evaluation.evaluatedAt = at;
                r.evaluation.evaluatedBy = people.at(actor).first;
            }
            const QString from = r.state;
            r.state = t->to;
            if (const WorkflowState *to = definition.state(r.state); to && to->final)
                r.endedAt = at;
            AuditEvent event;
            event.actor = people.at(actor).second;
            event.action = u"change."_s + action;
            event.objectType = u"change_request"_s;
            event.before = QJsonObject {{u"state"_s, from}};
            event.after
                = QJsonObject {{u"state"_s, r.state},
                               {u"transition"_s,
                                QJsonObject {{u"action"_s, action},
                                             {u"from"_s, from},
                                             {u"to"_s, r.state},
                                             {u"reason"_s, t->reason ? tr("Demo data") : QString()}}}};
            trail << event;
        }

        const ChangeEvaluation &e = r.evaluation;
        const auto optionalBool = [&](const std::optional<bool> &v) {
            return v ? d.toDb(*v) : QVariant(QMetaType::fromType<int>());
        };
        auto inserted = db.exec(
            u"INSERT INTO change_request (state, title, description, reason, applicant_id, change_type, "
            u"priority, "
            "category, override_reason, impact, resources, change_manager_recommendation, "
            "cab_recommendation, "
            "security_assessment, security_relevant, authorized_at, planned_start, planned_end, "
            "actual_start, "
            "actual_end, evaluation_due, rejection_reason, test_plan, fallback_plan, fallback_criteria, "
            "eval_goal_reached, eval_users_satisfied, eval_budget_kept, eval_schedule_kept, evaluated_at, "
            "evaluated_by, rolled_back_at, ended_at, row_version, created_at, updated_at) VALUES (?, ?, ?, "
            "?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "RETURNING id"_s,
            {r.state,
             r.title,
             r.description,
             r.reason,
             r.applicantId,
             r.type,
             sqlText(r.priority),
             sqlText(r.category),
             sqlText(r.overrideReason),
             sqlText(r.impact),
             sqlText(r.resources),
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
             r.testPlan,
             r.fallbackPlan,
             r.fallbackCriteria,
             optionalBool(e.goalReached),
             optionalBool(e.usersSatisfied),
             optionalBool(e.budgetKept),
             optionalBool(e.scheduleKept),
             d.toDb(e.evaluatedAt),
             sqlId(e.evaluatedBy),
             d.toDb(r.rolledBackAt),
             d.toDb(r.endedAt),
             int(trail.size()),
             d.toDb(created),
             d.toDb(at)},
            what);
        if (!inserted)
            return fail(inserted.error());
        inserted->next();
        const qint64 id = inserted->value(0).toLongLong();
        report[u"requests_for_change"_s] += 1;
        for (qint64 ci : std::as_const(r.ciIds)) {
            if (auto added
                = db.exec(u"INSERT INTO change_ci (change_id, ci_id) VALUES (?, ?)"_s, {id, ci}, what);
                !added)
                return fail(added.error());
        }
        for (qsizetype w = 0; w < r.waves.size(); ++w) {
            const RolloutWave &wave = r.waves.at(w);
            if (auto added
                = db.exec(u"INSERT INTO change_wave (change_id, position, name, go_criteria, break_point, "
                          "status) VALUES (?, ?, ?, ?, ?, ?)"_s,
                          {id, int(w + 1), wave.name, sqlText(wave.goCriteria), d.toDb(wave.breakPoint),
                           wave.status},
                          what);
                !added)
                return fail(added.error());
        }
        for (qsizetype c = 0; c < r.testCases.size(); ++c) {
            const TestCase &test = r.testCases.at(c);
            if (auto added
                = db.exec(u"INSERT INTO change_test_case (change_id, position, description, expected, "
                          "actual, result, tested_by, tested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                          {id, int(c + 1), test.description, test.expected, test.actual, test.result,
                           sqlId(test.testedBy), d.toDb(test.testedAt)},
                          what);
                !added)
                return fail(added.error());
        }
        for (AuditEvent &event : trail) {
            event.objectId = id;
            events << event;
        }
        if (auto flushed = flush(false); !flushed)
            return flushed;
    }
    return flush(true);
}

Status DemoChanges::convene(const Database &db, const Clock &clock, QMap<QString, qint64> &report)
{
    auto existing = db.scalar(u"SELECT COUNT(*) FROM cab_meeting"_s, {}, tr("creating demo data"));
    if (!existing)
        return fail(existing.error());
    if (existing->toLongLong() > 0)
        return {};
    auto holders = db.exec(u"SELECT p.id, p.login, p.display_name, r.role FROM person_role r "
                           "JOIN person p ON p.id = r.person_id WHERE r.role IN ('change_manager', 'cab_member') "
                           "ORDER BY p.id"_s,
                           {}, tr("creating demo data"));
    if (!holders)
        return fail(holders.error());
    std::optional<ChangeActor> chair;
    CabMeeting meeting;
    while (holders->next()) {
        const qint64 id = holders->value(0).toLongLong();
        const bool manager = holders->value(3).toString() == u"change_manager";
        if (manager && !chair) {
            chair = ChangeActor {id, holders->value(1).toString(), holders->value(2).toString(), {u"change_manager"_s}};
            meeting.members << CabMember {id, CabMember::Role::Chair, false, {}};
        } else if (!manager && !meeting.member(id)) {
            meeting.members << CabMember {id, CabMember::Role::Member, false, {}};
        }
    }
    if (!chair || meeting.members.size() < 2)
        return {};
    QDate day = clock.now().date().addDays(1);
    while (day.dayOfWeek() != Qt::Thursday)
        day = day.addDays(1);
    meeting.title = tr("Weekly CAB");
    meeting.start = QDateTime(day, QTime(9, 0), QTimeZone::UTC);
    meeting.end = meeting.start.addSecs(5400);
    meeting.location = tr("Town hall, room 2.14");
    meeting.quorum = int(meeting.members.size()) / 2 + 1;
    const ChangeService changes(db, WorkflowDefinition::builtIn(), clock);
    const CabService cab(db, changes, clock);
    auto created = cab.create(meeting, *chair);
    if (!created)
        return fail(created.error());
    auto agenda = cab.buildAgenda(created->id, *chair);
    if (!agenda)
        return fail(agenda.error());
    report[u"cab_meetings"_s] += 1;
    report[u"cab_agenda_items"_s] += agenda->items.size();
    return {};
}

} // namespace ChangeDesk
