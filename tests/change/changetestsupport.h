#pragma once

// What the change tests share: an office of people with one role each and three CIs of
// different protection needs.

#include "testsupport.h"

#include "change/changeservice.h"
#include "cmdb/cirepository.h"
#include "people/peoplerepository.h"
#include "people/personroles.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QTimeZone>

namespace ChangeDesk::Test {

using namespace Qt::StringLiterals;

inline const QDateTime kStart(QDate(2026, 11, 23), QTime(8, 0), QTimeZone::UTC);

// People with one role each (and "dual", applicant and change manager), and three CIs.
struct Office {
    std::shared_ptr<Database> db;
    QHash<QString, ChangeActor> people; // by login
    qint64 printer = 0; // normal protection
    qint64 server = 0; // high availability: changes to it are serious
    qint64 database = 0; // very high: far-reaching

    const ChangeActor &operator[](const QString &login) const { return people.find(login).value(); }
};

inline Result<Office> office(const QString &backend, const QTemporaryDir &dir)
{
    auto db = Test::openFresh(backend, dir);
    if (!db)
        return fail(db.error());
    Office o;
    o.db = *db;
    const PeopleRepository people(**db);
    const PersonRoles roles(**db);
    const QList<std::pair<QString, QSet<QString>>> staff {
        {u"adm"_s, {u"administrator"_s}}, {u"ann"_s, {u"applicant"_s}},
        {u"ada"_s, {u"applicant"_s}},     {u"carl"_s, {u"change_manager"_s}},
        {u"bea"_s, {u"cab_member"_s}},    {u"sam"_s, {u"security_management"_s}},
        {u"ian"_s, {u"implementer"_s}},   {u"mia"_s, {u"management"_s}},
        {u"aud"_s, {u"auditor"_s}},       {u"dual"_s, {u"applicant"_s, u"change_manager"_s}},
    };
    qint64 admin = 0;
    for (const auto &[login, set] : staff) {
        Person p;
        p.login = login;
        p.displayName = login.toUpper();
        auto added = people.addPerson(p);
        if (!added)
            return fail(added.error());
        if (login == u"adm")
            admin = added->id;
        if (auto given = roles.setRoles(added->id, set, admin, u"adm"_s); !given)
            return fail(given.error());
        o.people.insert(login, ChangeActor {added->id, login, p.displayName, set});
    }
    const CiRepository cis(**db, u"setup"_s);
    const auto add
        = [&](const QString &name, CiClass ciClass, ProtectionLevel availability) -> Result<qint64> {
        ConfigurationItem ci;
        ci.name = name;
        ci.ciClass = ciClass;
        ci.protection.availability = availability;
        auto added = cis.add(ci);
        if (!added)
            return fail(added.error());
        return added->id;
    };
    auto printer = add(u"printer-2"_s, CiClass::Printer, ProtectionLevel::Normal);
    auto server = add(u"srv-01"_s, CiClass::Server, ProtectionLevel::High);
    auto database = add(u"db-01"_s, CiClass::Server, ProtectionLevel::VeryHigh);
    if (!printer || !server || !database)
        return fail(ErrorKind::Internal, u"could not add the CIs"_s);
    o.printer = *printer;
    o.server = *server;
    o.database = *database;
    return o;
}

inline ChangeRequest draft(const QString &title, QList<qint64> cis)
{
    ChangeRequest r;
    r.title = title;
    r.description = u"Apply the vendor's security update."_s;
    r.reason = u"Security advisory of the vendor."_s;
    r.ciIds = std::move(cis);
    return r;
}

// A draft with everything filled in that any transition of `t` requires, of the type and
// category its conditions ask for; `original` is what it duplicates and follows up.
inline ChangeRequest filledFor(const WorkflowTransition &t, const QString &title, qint64 ci, qint64 original)
{
    ChangeRequest r = draft(title, {ci});
    r.type = t.when.value(u"type"_s, {u"normal"_s}).constFirst();
    r.category = t.when.value(u"category"_s, {u"minor"_s}).constFirst();
    r.priority = u"normal"_s;
    r.templateName = u"Monthly patch day"_s;
    r.impact = r.resources = r.cost = u"small"_s;
    r.changeManagerRecommendation = r.cabRecommendation = r.securityAssessment = u"ok"_s;
    r.plannedStart = kStart;
    r.plannedEnd = kStart.addSecs(3600);
    r.actualStart = kStart;
    r.actualEnd = kStart.addSecs(1800);
    r.evaluationDue = kStart.addDays(14);
    r.rejectionReason = u"no"_s;
    r.duplicateOf = original;
    r.followUpId = original;
    r.testPlan = r.fallbackPlan = r.fallbackCriteria = u"written"_s;
    r.waves = {RolloutWave {u"Pilot"_s, {}, {}, true, {}, {}, u"pending"_s, {}}};
    r.testCases = {TestCase {u"Check"_s, u"ok"_s, u"ok"_s, u"passed"_s, {}, {}}};
    return r;
}

// A request that the change manager has sent to the board: submitted by ann, accepted, classified
// serious with `priority`, planned at `start` (not planned when invalid), with its test and
// fallback plans written.
inline Result<qint64> awaitingBoard(const ChangeService &service, const Office &o, const QString &title,
                                    const QString &priority, const QDateTime &start, qint64 ci)
{
    ChangeRequest r = draft(title, {ci});
    r.testPlan = u"Smoke test of the web shop"_s;
    r.fallbackPlan = u"Restore the snapshot"_s;
    r.fallbackCriteria = u"No answer after 15 minutes"_s;
    r.plannedStart = start;
    r.plannedEnd = start.isValid() ? start.addSecs(3600) : QDateTime();
    auto created = service.create(r, o[u"ann"_s]);
    if (!created)
        return fail(created.error());
    const qint64 id = created->id;
    const QList<std::tuple<QString, QString, QHash<QString, QString>>> steps {
        {u"submit"_s, u"ann"_s, {}},
        {u"accept"_s, u"carl"_s, {}},
        {u"classify"_s,
         u"carl"_s,
         {{u"priority"_s, priority},
          {u"category"_s, u"serious"_s},
          {u"impact"_s, u"Web shop down for 30 minutes"_s},
          {u"resources"_s, u"One administrator"_s},
          {u"override_reason"_s, u"Test data"_s}}},
        {u"request_cab_review"_s, u"carl"_s, {{u"change_manager_recommendation"_s, u"Approve"_s}}},
    };
    for (const auto &[action, who, sets] : steps) {
        auto acted = service.act(id, action, o[who], sets);
        if (!acted)
            return fail(acted.error());
    }
    return id;
}

} // namespace ChangeDesk::Test
