#include "cabservice.h"

#include "audit/auditlog.h"
#include "calendar/calendarrepository.h"
#include "calendar/conflicts.h"
#include "change/changerecord.h"
#include "cmdb/cirepository.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {

const QString kObjectType = u"cab_meeting"_s;

QString meetingLabel(qint64 id)
{
    return CabService::tr("CAB meeting %1").arg(id);
}

QString timeJson(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}

bool final(CabDecision decision)
{
    return decision == CabDecision::Approve || decision == CabDecision::Reject;
}

QString actorName(const ChangeActor &actor)
{
    return actor.login.isEmpty() ? CabService::tr("nobody acting") : actor.login;
}

} // namespace

ProtectionLevel CabSheet::Ci::highest() const
{
    return std::max({protection.confidentiality, protection.integrity, protection.availability});
}

CabService::CabService(const Database &db, const ChangeService &changes, const Clock &clock)
    : m_db(db)
    , m_changes(changes)
    , m_clock(clock)
{ }

bool CabService::mayConvene(const ChangeActor &actor)
{
    return actor.has(u"change_manager"_s) || actor.has(u"administrator"_s);
}

bool CabService::mayKeep(const CabMeeting &meeting, const ChangeActor &actor)
{
    if (mayConvene(actor))
        return true;
    const CabMember *member = meeting.member(actor.personId);
    return member && member->role == CabMember::Role::Chair;
}

QStringList CabService::awaitingStates() const
{
    QStringList states;
    for (const WorkflowTransition &t : m_changes.definition().transitions()) {
        if (!t.roles.contains(u"cab_member"_s))
            continue;
        for (const QString &from : t.from) {
            if (!states.contains(from))
                states << from;
        }
    }
    return states;
}

const WorkflowTransition *CabService::boardTransition(const QString &state, bool approve) const
{
    const WorkflowDefinition &definition = m_changes.definition();
    for (const WorkflowTransition &t : definition.transitions()) {
        if (!t.roles.contains(u"cab_member"_s) || !t.from.contains(state))
            continue;
        const WorkflowState *target = definition.state(t.to);
        const bool ends = target && target->final;
        if (approve != ends)
            return &t;
    }
    return nullptr;
}

QString CabService::decisionName(CabDecision decision)
{
    switch (decision) {
    case CabDecision::None:
        return tr("not decided");
    case CabDecision::Approve:
        return tr("approved");
    case CabDecision::Reject:
        return tr("rejected");
    case CabDecision::Defer:
        return tr("deferred");
    case CabDecision::MoreInformation:
        return tr("more information needed");
    case CabDecision::Escalate:
        return tr("escalated to management");
    }
    return {};
}

QString CabService::choiceName(CabVote::Choice choice)
{
    switch (choice) {
    case CabVote::Choice::Approve:
        return tr("for approval");
    case CabVote::Choice::Reject:
        return tr("for rejection");
    case CabVote::Choice::Abstain:
        return tr("abstains");
    }
    return {};
}

QString CabService::roleName(CabMember::Role role)
{
    switch (role) {
    case CabMember::Role::Chair:
        return tr("chair");
    case CabMember::Role::Member:
        return tr("member");
    case CabMember::Role::Guest:
        return tr("guest");
    }
    return {};
}

// ---- reading -------------------------------------------------------------------------------------

Result<CabMeeting> CabService::load(qint64 id, bool withVotes) const
{
    const Dialect &d = m_db.dialect();
    auto rows = m_db.exec(u"SELECT id, title, starts_at, ends_at, location, quorum, status, closed_at, "
                          "row_version, created_at, updated_at FROM cab_meeting WHERE id = ?"_s,
                          {id}, tr("reading %1").arg(meetingLabel(id)));
    if (!rows)
        return fail(rows.error());
    if (!rows->next())
        return fail(ErrorKind::NotFound, tr("There is no CAB meeting %1.").arg(id));
    CabMeeting m;
    m.id = rows->value(0).toLongLong();
    m.title = rows->value(1).toString();
    m.start = d.dateTimeFromDb(rows->value(2));
    m.end = rows->value(3).isNull() ? QDateTime() : d.dateTimeFromDb(rows->value(3));
    m.location = rows->value(4).toString();
    m.quorum = rows->value(5).toInt();
    m.status
        = rows->value(6).toString() == u"closed" ? CabMeeting::Status::Closed : CabMeeting::Status::Planned;
    m.closedAt = rows->value(7).isNull() ? QDateTime() : d.dateTimeFromDb(rows->value(7));
    m.rowVersion = rows->value(8).toInt();
    m.createdAt = d.dateTimeFromDb(rows->value(9));
    m.updatedAt = d.dateTimeFromDb(rows->value(10));

    auto members = m_db.exec(u"SELECT m.person_id, m.role, m.present, p.display_name FROM cab_member m "
                             "JOIN person p ON p.id = m.person_id WHERE m.meeting_id = ? "
                             "ORDER BY CASE m.role WHEN 'chair' THEN 0 WHEN 'member' THEN 1 ELSE 2 END, "
                             "p.display_name, p.id"_s,
                             {id}, tr("reading the members of %1").arg(meetingLabel(id)));
    if (!members)
        return fail(members.error());
    while (members->next()) {
        CabMember member;
        member.personId = members->value(0).toLongLong();
        member.role = CabKeys::roleFrom(members->value(1).toString()).value_or(CabMember::Role::Member);
        member.present = members->value(2).toBool();
        member.name = members->value(3).toString();
        m.members << member;
    }

    auto items
        = m_db.exec(u"SELECT i.id, i.change_id, i.position, i.decision, i.recommendation, i.note, "
                    "i.decided_by, i.decided_at, c.title, c.state, c.priority, c.category, c.planned_start, "
                    "d.display_name FROM cab_item i JOIN change_request c ON c.id = i.change_id "
                    "LEFT JOIN person d ON d.id = i.decided_by "
                    "WHERE i.meeting_id = ? ORDER BY i.position, i.id"_s,
                    {id}, tr("reading the agenda of %1").arg(meetingLabel(id)));
    if (!items)
        return fail(items.error());
    QHash<qint64, int> itemAt;
    while (items->next()) {
        CabItem item;
        item.id = items->value(0).toLongLong();
        item.changeId = items->value(1).toLongLong();
        item.position = items->value(2).toInt();
        item.decision = CabKeys::decisionFrom(items->value(3).toString()).value_or(CabDecision::None);
        item.recommendation = items->value(4).toString();
        item.note = items->value(5).toString();
        if (!items->value(6).isNull())
            item.decidedBy = items->value(6).toLongLong();
        item.decidedAt = items->value(7).isNull() ? QDateTime() : d.dateTimeFromDb(items->value(7));
        item.title = items->value(8).toString();
        item.state = items->value(9).toString();
        item.priority = items->value(10).toString();
        item.category = items->value(11).toString();
        item.plannedStart = items->value(12).isNull() ? QDateTime() : d.dateTimeFromDb(items->value(12));
        item.decidedByName = items->value(13).toString();
        itemAt.insert(item.id, int(m.items.size()));
        m.items << item;
    }
    if (!withVotes || m.items.isEmpty())
        return m;

    auto votes = m_db.exec(u"SELECT v.item_id, v.person_id, v.choice, v.comment, v.cast_at, p.display_name "
                           "FROM cab_vote v JOIN cab_item i ON i.id = v.item_id "
                           "JOIN person p ON p.id = v.person_id WHERE i.meeting_id = ? "
                           "ORDER BY v.item_id, p.display_name, p.id"_s,
                           {id}, tr("reading the votes of %1").arg(meetingLabel(id)));
    if (!votes)
        return fail(votes.error());
    while (votes->next()) {
        CabVote vote;
        vote.personId = votes->value(1).toLongLong();
        vote.choice = CabKeys::choiceFrom(votes->value(2).toString()).value_or(CabVote::Choice::Abstain);
        vote.comment = votes->value(3).toString();
        vote.castAt = d.dateTimeFromDb(votes->value(4));
        vote.name = votes->value(5).toString();
        m.items[itemAt.value(votes->value(0).toLongLong())].votes << vote;
    }
    return m;
}

Result<CabMeeting> CabService::meeting(qint64 id) const
{
    return load(id, true);
}

Result<QList<CabMeeting>> CabService::meetings() const
{
    auto ids = m_db.exec(u"SELECT id FROM cab_meeting ORDER BY starts_at DESC, id DESC"_s, {},
                         tr("reading the CAB meetings"));
    if (!ids)
        return fail(ids.error());
    QList<qint64> list;
    while (ids->next())
        list << ids->value(0).toLongLong();
    QList<CabMeeting> meetings;
    for (const qint64 id : list) {
        auto m = load(id, false);
        if (!m)
            return fail(m.error());
        meetings << *m;
    }
    return meetings;
}

// ---- writing -------------------------------------------------------------------------------------

Status CabService::validate(const CabMeeting &m) const
{
    if (m.title.trimmed().isEmpty())
        return fail(ErrorKind::InvalidInput, tr("A CAB meeting needs a title."));
    if (!m.start.isValid())
        return fail(ErrorKind::InvalidInput, tr("The CAB meeting '%1' needs a date and time.").arg(m.title));
    if (m.end.isValid() && m.end <= m.start)
        return fail(ErrorKind::InvalidInput, tr("The CAB meeting '%1' ends before it starts.").arg(m.title));
    QSet<qint64> seen;
    int voters = 0;
    int chairs = 0;
    for (const CabMember &member : m.members) {
        if (seen.contains(member.personId))
            return fail(
                ErrorKind::InvalidInput,
                tr("Person %1 is named twice among the members of '%2'.").arg(member.personId).arg(m.title));
        seen.insert(member.personId);
        voters += member.votes() ? 1 : 0;
        chairs += member.role == CabMember::Role::Chair ? 1 : 0;
    }
    if (chairs > 1)
        return fail(ErrorKind::InvalidInput,
                    tr("The CAB meeting '%1' has more than one chair.").arg(m.title));
    if (m.quorum < 1 || m.quorum > std::max(voters, 1))
        return fail(ErrorKind::InvalidInput,
                    tr("The quorum of '%1' must be between 1 and the %n voting member(s).", nullptr, voters)
                        .arg(m.title));
    return {};
}

Status CabService::audit(const ChangeActor &actor, const QString &action, qint64 id,
                         const std::optional<QJsonObject> &before,
                         const std::optional<QJsonObject> &after) const
{
    return AuditLog(m_db, actor.login, m_clock).record(action, kObjectType, id, before, after);
}

Status CabService::writeMembers(const CabMeeting &m) const
{
    if (auto removed = m_db.exec(u"DELETE FROM cab_member WHERE meeting_id = ?"_s, {m.id},
                                 tr("saving the members of %1").arg(meetingLabel(m.id)));
        !removed)
        return fail(removed.error());
    for (const CabMember &member : m.members) {
        auto added = m_db.exec(
            u"INSERT INTO cab_member (meeting_id, person_id, role, present) VALUES (?, ?, ?, ?)"_s,
            {m.id, member.personId, CabKeys::role(member.role), m_db.dialect().toDb(member.present)},
            tr("adding person %1 to %2").arg(member.personId).arg(meetingLabel(m.id)));
        if (!added)
            return fail(added.error());
    }
    return {};
}

Status CabService::bump(const CabMeeting &m) const
{
    return m_db.execGuarded(u"UPDATE cab_meeting SET row_version = row_version + 1, updated_at = ? "
                            "WHERE id = ? AND row_version = ?"_s,
                            {m_db.dialect().toDb(m_clock.now()), m.id, m.rowVersion},
                            RecordRef {u"cab_meeting"_s, m.id, meetingLabel(m.id), m.rowVersion});
}

Status CabService::renumber(qint64 meetingId, const QList<qint64> &itemIds) const
{
    // Two steps, so that the unique (meeting, position) never sees two items on one place.
    if (auto moved = m_db.exec(u"UPDATE cab_item SET position = -position WHERE meeting_id = ?"_s,
                               {meetingId}, tr("ordering the agenda of %1").arg(meetingLabel(meetingId)));
        !moved)
        return fail(moved.error());
    for (int i = 0; i < itemIds.size(); ++i) {
        auto placed = m_db.exec(u"UPDATE cab_item SET position = ? WHERE id = ?"_s, {i + 1, itemIds.at(i)},
                                tr("ordering the agenda of %1").arg(meetingLabel(meetingId)));
        if (!placed)
            return fail(placed.error());
    }
    return {};
}

Result<CabMeeting> CabService::create(CabMeeting m, const ChangeActor &actor) const
{
    if (!mayConvene(actor))
        return fail(ErrorKind::ReadOnly,
                    tr("Only a change manager or an administrator convenes the CAB; %1 is neither.")
                        .arg(actorName(actor)));
    m.title = m.title.trimmed();
    if (auto valid = validate(m); !valid)
        return fail(valid.error());
    return m_db.write([&]() -> Result<CabMeeting> {
        const Dialect &d = m_db.dialect();
        const QDateTime now = m_clock.now();
        auto inserted = m_db.exec(
            u"INSERT INTO cab_meeting (title, starts_at, ends_at, location, quorum, status, row_version, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'planned', 1, ?, ?) RETURNING id"_s,
            {m.title, d.toDb(m.start), m.end.isValid() ? d.toDb(m.end) : QVariant(),
             sqlText(m.location.trimmed()), m.quorum, d.toDb(now), d.toDb(now)},
            tr("adding the CAB meeting '%1'").arg(m.title));
        if (!inserted)
            return fail(inserted.error());
        inserted->next();
        m.id = inserted->value(0).toLongLong();
        if (auto saved = writeMembers(m); !saved)
            return fail(saved.error());
        auto stored = load(m.id, true);
        if (!stored)
            return stored;
        if (auto logged = audit(actor, u"cab.create"_s, m.id, std::nullopt, toJson(*stored)); !logged)
            return fail(logged.error());
        return stored;
    });
}

template<typename Change>
Result<CabMeeting> CabService::modify(qint64 meetingId, const ChangeActor &actor, const QString &action,
                                      Change &&change, qint64 ownVoteOf) const
{
    return m_db.write([&]() -> Result<CabMeeting> {
        auto before = load(meetingId, true);
        if (!before)
            return before;
        if (!mayKeep(*before, actor) && !(ownVoteOf != 0 && actor.personId == ownVoteOf))
            return fail(
                ErrorKind::ReadOnly,
                tr("Only a change manager, an administrator or the chair keeps '%1'; %2 is none of them.")
                    .arg(before->title, actorName(actor)));
        if (before->status == CabMeeting::Status::Closed)
            return fail(
                ErrorKind::Conflict,
                tr("The CAB meeting '%1' is closed; its record no longer changes.").arg(before->title));
        if (Status done = change(*before); !done)
            return fail(done.error());
        if (auto bumped = bump(*before); !bumped)
            return fail(bumped.error());
        auto after = load(meetingId, true);
        if (!after)
            return after;
        if (auto logged = audit(actor, action, meetingId, toJson(*before), toJson(*after)); !logged)
            return fail(logged.error());
        return after;
    });
}

Result<CabMeeting> CabService::update(const CabMeeting &edited, const ChangeActor &actor) const
{
    CabMeeting m = edited;
    m.title = m.title.trimmed();
    if (auto valid = validate(m); !valid)
        return fail(valid.error());
    return modify(m.id, actor, u"cab.update"_s, [&](const CabMeeting &before) -> Status {
        if (before.rowVersion != m.rowVersion)
            return fail(ErrorKind::Conflict,
                        tr("Someone saved the CAB meeting '%1' in the meantime; reload it and try again.")
                            .arg(before.title));
        for (const CabItem &item : before.items) {
            for (const CabVote &vote : item.votes) {
                if (!m.member(vote.personId))
                    return fail(ErrorKind::Conflict,
                                tr("%1 has voted in '%2' and stays a member.").arg(vote.name, before.title));
            }
        }
        const Dialect &d = m_db.dialect();
        if (auto saved
            = m_db.exec(u"UPDATE cab_meeting SET title = ?, starts_at = ?, ends_at = ?, location = ?, "
                        "quorum = ? WHERE id = ?"_s,
                        {m.title, d.toDb(m.start), m.end.isValid() ? d.toDb(m.end) : QVariant(),
                         sqlText(m.location.trimmed()), m.quorum, m.id},
                        tr("saving %1").arg(meetingLabel(m.id)));
            !saved)
            return fail(saved.error());
        return writeMembers(m);
    });
}

Status CabService::remove(qint64 meetingId, const ChangeActor &actor) const
{
    return m_db.write([&]() -> Status {
        auto m = load(meetingId, false);
        if (!m)
            return fail(m.error());
        if (!mayConvene(actor))
            return fail(ErrorKind::ReadOnly,
                        tr("Only a change manager or an administrator removes a CAB meeting; %1 is neither.")
                            .arg(actorName(actor)));
        for (const CabItem &item : m->items) {
            if (item.decision != CabDecision::None)
                return fail(
                    ErrorKind::Conflict,
                    tr("The CAB meeting '%1' has recorded decisions; it stays in the record.").arg(m->title));
        }
        if (auto removed = m_db.exec(u"DELETE FROM cab_meeting WHERE id = ?"_s, {meetingId},
                                     tr("removing %1").arg(meetingLabel(meetingId)));
            !removed)
            return fail(removed.error());
        return audit(actor, u"cab.remove"_s, meetingId, toJson(*m), std::nullopt);
    });
}

Result<CabMeeting> CabService::buildAgenda(qint64 meetingId, const ChangeActor &actor) const
{
    return modify(meetingId, actor, u"cab.agenda"_s, [&](const CabMeeting &before) -> Status {
        ChangeFilter filter;
        filter.states = awaitingStates();
        if (filter.states.isEmpty())
            return {};
        auto waiting = m_changes.list(filter);
        if (!waiting)
            return fail(waiting.error());
        auto booked
            = m_db.exec(u"SELECT i.change_id FROM cab_item i JOIN cab_meeting m ON m.id = i.meeting_id "
                        "WHERE m.status = 'planned'"_s,
                        {}, tr("reading the agendas of the planned CAB meetings"));
        if (!booked)
            return fail(booked.error());
        QSet<qint64> onAgenda;
        while (booked->next())
            onAgenda.insert(booked->value(0).toLongLong());
        QList<ChangeSummary> add;
        for (const ChangeSummary &s : *waiting) {
            if (!onAgenda.contains(s.id))
                add << s;
        }
        std::sort(add.begin(), add.end(), [](const ChangeSummary &a, const ChangeSummary &b) {
            const auto key = [](const ChangeSummary &s) {
                return std::tuple(ChangeRecordFields::priorityRank(s.priority),
                                  ChangeRecordFields::categoryRank(s.category), !s.plannedStart.isValid(),
                                  s.plannedStart.isValid() ? s.plannedStart.toMSecsSinceEpoch() : 0, s.id);
            };
            return key(a) < key(b);
        });
        int position = int(before.items.size());
        for (const ChangeSummary &s : add) {
            auto added = m_db.exec(u"INSERT INTO cab_item (meeting_id, change_id, position, decision) "
                                   "VALUES (?, ?, ?, '')"_s,
                                   {meetingId, s.id, ++position},
                                   tr("putting RfC %1 on the agenda of '%2'").arg(s.id).arg(before.title));
            if (!added)
                return fail(added.error());
        }
        return {};
    });
}

Result<CabMeeting> CabService::addItem(qint64 meetingId, qint64 changeId, const ChangeActor &actor) const
{
    return modify(meetingId, actor, u"cab.agenda"_s, [&](const CabMeeting &before) -> Status {
        for (const CabItem &item : before.items) {
            if (item.changeId == changeId)
                return fail(ErrorKind::Conflict,
                            tr("RfC %1 is on the agenda of '%2' already.").arg(changeId).arg(before.title));
        }
        auto request = m_changes.get(changeId);
        if (!request)
            return fail(request.error());
        if (!awaitingStates().contains(request->state))
            return fail(ErrorKind::Conflict,
                        tr("RfC %1 does not await the CAB: it is in the state '%2'.")
                            .arg(changeId)
                            .arg(request->state));
        auto added = m_db.exec(
            u"INSERT INTO cab_item (meeting_id, change_id, position, decision) VALUES (?, ?, ?, '')"_s,
            {meetingId, changeId, int(before.items.size()) + 1},
            tr("putting RfC %1 on the agenda of '%2'").arg(changeId).arg(before.title));
        return added ? Status() : fail(added.error());
    });
}

Result<CabMeeting> CabService::removeItem(qint64 meetingId, qint64 itemId, const ChangeActor &actor) const
{
    return modify(meetingId, actor, u"cab.agenda"_s, [&](const CabMeeting &before) -> Status {
        const CabItem *item = before.item(itemId);
        if (!item)
            return fail(ErrorKind::NotFound, tr("'%1' has no agenda item %2.").arg(before.title).arg(itemId));
        if (item->decision != CabDecision::None || !item->votes.isEmpty())
            return fail(ErrorKind::Conflict,
                        tr("RfC %1 has votes or a decision in '%2'; it stays on the agenda.")
                            .arg(item->changeId)
                            .arg(before.title));
        if (auto removed = m_db.exec(u"DELETE FROM cab_item WHERE id = ?"_s, {itemId},
                                     tr("taking RfC %1 off the agenda").arg(item->changeId));
            !removed)
            return fail(removed.error());
        QList<qint64> order;
        for (const CabItem &i : before.items) {
            if (i.id != itemId)
                order << i.id;
        }
        return renumber(meetingId, order);
    });
}

Result<CabMeeting> CabService::moveItem(qint64 meetingId, qint64 itemId, int position,
                                        const ChangeActor &actor) const
{
    return modify(meetingId, actor, u"cab.agenda"_s, [&](const CabMeeting &before) -> Status {
        QList<qint64> order;
        for (const CabItem &i : before.items)
            order << i.id;
        const auto from = order.indexOf(itemId);
        if (from < 0)
            return fail(ErrorKind::NotFound, tr("'%1' has no agenda item %2.").arg(before.title).arg(itemId));
        order.move(from, std::clamp(qsizetype(position) - 1, qsizetype(0), order.size() - 1));
        return renumber(meetingId, order);
    });
}

Result<CabMeeting> CabService::setPresent(qint64 meetingId, qint64 personId, bool present,
                                          const ChangeActor &actor) const
{
    return modify(meetingId, actor, u"cab.attendance"_s, [&](const CabMeeting &before) -> Status {
        if (!before.member(personId))
            return fail(ErrorKind::NotFound,
                        tr("Person %1 is not a member of '%2'.").arg(personId).arg(before.title));
        auto saved = m_db.exec(u"UPDATE cab_member SET present = ? WHERE meeting_id = ? AND person_id = ?"_s,
                               {m_db.dialect().toDb(present), meetingId, personId},
                               tr("recording who is present at '%1'").arg(before.title));
        return saved ? Status() : fail(saved.error());
    });
}

Result<CabMeeting> CabService::vote(qint64 meetingId, qint64 itemId, qint64 personId, CabVote::Choice choice,
                                    const QString &comment, const ChangeActor &actor) const
{
    // A member votes for themselves; whoever keeps the meeting may record any member's vote.
    return modify(
        meetingId, actor, u"cab.vote"_s,
        [&](const CabMeeting &before) -> Status {
            const CabItem *item = before.item(itemId);
            if (!item)
                return fail(ErrorKind::NotFound,
                            tr("'%1' has no agenda item %2.").arg(before.title).arg(itemId));
            if (final(item->decision))
                return fail(ErrorKind::Conflict,
                            tr("RfC %1 is decided (%2); the vote is over.")
                                .arg(item->changeId)
                                .arg(decisionName(item->decision)));
            const CabMember *member = before.member(personId);
            if (!member || !member->votes())
                return fail(ErrorKind::ReadOnly,
                            tr("Person %1 has no vote in '%2'.").arg(personId).arg(before.title));
            if (!member->present)
                return fail(ErrorKind::Conflict,
                            tr("%1 is not recorded as present at '%2' and cannot vote.")
                                .arg(member->name, before.title));
            if (auto removed
                = m_db.exec(u"DELETE FROM cab_vote WHERE item_id = ? AND person_id = ?"_s, {itemId, personId},
                            tr("recording the vote of %1").arg(member->name));
                !removed)
                return fail(removed.error());
            auto cast = m_db.exec(u"INSERT INTO cab_vote (item_id, person_id, choice, comment, cast_at) "
                                  "VALUES (?, ?, ?, ?, ?)"_s,
                                  {itemId, personId, CabKeys::choice(choice), sqlText(comment.trimmed()),
                                   m_db.dialect().toDb(m_clock.now())},
                                  tr("recording the vote of %1").arg(member->name));
            return cast ? Status() : fail(cast.error());
        },
        personId);
}

Result<CabMeeting> CabService::decide(qint64 meetingId, qint64 itemId, CabDecision decision,
                                      const QString &recommendation, const QString &note,
                                      const ChangeActor &actor) const
{
    return modify(meetingId, actor, u"cab.decide"_s, [&](const CabMeeting &before) -> Status {
        const CabItem *item = before.item(itemId);
        if (!item)
            return fail(ErrorKind::NotFound, tr("'%1' has no agenda item %2.").arg(before.title).arg(itemId));
        if (decision == CabDecision::None)
            return fail(ErrorKind::InvalidInput, tr("Choose a decision for RfC %1.").arg(item->changeId));
        if (final(item->decision))
            return fail(
                ErrorKind::Conflict,
                tr("RfC %1 is decided already (%2).").arg(item->changeId).arg(decisionName(item->decision)));
        const QString why = note.trimmed();
        const QString advice = recommendation.trimmed();
        if (final(decision) && !before.quorate())
            return fail(ErrorKind::Conflict,
                        tr("The board is not quorate: %1 of %2 voting members needed are present. Without a "
                           "quorum it may defer, ask for more information or escalate.")
                            .arg(before.presentVoters())
                            .arg(before.quorum));
        if (why.isEmpty()
            && (decision == CabDecision::Reject || decision == CabDecision::MoreInformation
                || decision == CabDecision::Escalate))
            return fail(ErrorKind::InvalidInput,
                        tr("The decision '%1' on RfC %2 needs a note saying why or what is missing.")
                            .arg(decisionName(decision))
                            .arg(item->changeId));

        auto request = m_changes.get(item->changeId);
        if (!request)
            return fail(request.error());
        if (final(decision)) {
            const WorkflowTransition *t = boardTransition(request->state, decision == CabDecision::Approve);
            if (!t)
                return fail(
                    ErrorKind::Conflict,
                    tr("RfC %1 is in the state '%2', from which the workflow has no transition for the "
                       "board to %3 it.")
                        .arg(item->changeId)
                        .arg(request->state,
                             decision == CabDecision::Approve ? tr("approve") : tr("reject")));
            QHash<QString, QString> sets;
            if (!advice.isEmpty())
                sets.insert(u"cab_recommendation"_s, advice);
            else if (request->cabRecommendation.trimmed().isEmpty())
                // The decision is the board's recommendation when it gave none in words.
                sets.insert(u"cab_recommendation"_s,
                            tr("%1 by the CAB in '%2'").arg(decisionName(decision), before.title));
            if (decision == CabDecision::Reject)
                sets.insert(u"rejection_reason"_s, why);
            auto acted = m_changes.act(item->changeId, t->action, actor, sets, why);
            if (!acted)
                return fail(acted.error());
        } else if (!advice.isEmpty() && advice != request->cabRecommendation) {
            ChangeRequest edited = *request;
            edited.cabRecommendation = advice;
            auto saved = m_changes.update(edited, actor);
            if (!saved)
                return fail(saved.error());
        }
        auto recorded
            = m_db.exec(u"UPDATE cab_item SET decision = ?, recommendation = ?, note = ?, decided_by = ?, "
                        "decided_at = ? WHERE id = ?"_s,
                        {CabKeys::decision(decision), sqlText(advice), sqlText(why), actor.personId,
                         m_db.dialect().toDb(m_clock.now()), itemId},
                        tr("recording the decision on RfC %1").arg(item->changeId));
        return recorded ? Status() : fail(recorded.error());
    });
}

Result<CabMeeting> CabService::close(qint64 meetingId, const ChangeActor &actor) const
{
    return modify(meetingId, actor, u"cab.close"_s, [&](const CabMeeting &) -> Status {
        auto closed = m_db.exec(u"UPDATE cab_meeting SET status = 'closed', closed_at = ? WHERE id = ?"_s,
                                {m_db.dialect().toDb(m_clock.now()), meetingId},
                                tr("closing %1").arg(meetingLabel(meetingId)));
        return closed ? Status() : fail(closed.error());
    });
}

// ---- sheets --------------------------------------------------------------------------------------

Result<QList<CabSheet>> CabService::sheets(const CabMeeting &meeting) const
{
    QList<CabSheet> sheets;
    QDateTime from;
    QDateTime to;
    for (const CabItem &item : meeting.items) {
        CabSheet sheet;
        sheet.item = item;
        auto request = m_changes.get(item.changeId);
        if (!request)
            return fail(request.error());
        sheet.request = *request;
        auto objections = m_changes.objections(item.changeId);
        if (!objections)
            return fail(objections.error());
        sheet.objections = *objections;
        const auto widen = [&](const QDateTime &start, const QDateTime &end) {
            if (!start.isValid() || !end.isValid())
                return;
            from = from.isValid() ? std::min(from, start) : start;
            to = to.isValid() ? std::max(to, end) : end;
        };
        widen(request->plannedStart, request->plannedEnd);
        for (const RolloutWave &wave : request->waves)
            widen(wave.plannedStart, wave.plannedEnd);
        sheets << sheet;
    }
    if (sheets.isEmpty())
        return sheets;

    // The calendar around the planned items: enough for their conflicts, not the whole schedule.
    CalendarData data;
    if (from.isValid()) {
        auto loaded = CalendarRepository(m_db).load(from.addDays(-1), to.addDays(1), m_changes.definition());
        if (!loaded)
            return fail(loaded.error());
        data = std::move(*loaded);
    } else {
        auto loaded = CalendarRepository(m_db).load(QDateTime::fromSecsSinceEpoch(0, QTimeZone::UTC),
                                                    QDateTime::fromSecsSinceEpoch(1, QTimeZone::UTC),
                                                    m_changes.definition());
        if (!loaded)
            return fail(loaded.error());
        data = std::move(*loaded);
    }
    const ConflictDetector detector(data);

    auto people = m_db.exec(u"SELECT id, display_name FROM person"_s, {}, tr("reading the people"));
    if (!people)
        return fail(people.error());
    QHash<qint64, QString> names;
    while (people->next())
        names.insert(people->value(0).toLongLong(), people->value(1).toString());

    const CiRepository cis(m_db, QString());
    for (CabSheet &sheet : sheets) {
        const ChangeRequest &r = sheet.request;
        sheet.applicant = names.value(r.applicantId);
        for (const qint64 id : r.implementerIds)
            sheet.implementers << names.value(id);
        for (const qint64 id : r.groupIds)
            sheet.groups << data.groupNames.value(id, tr("group %1").arg(id));
        const QList<qint64> ids = CalendarRepository::cisOf(r, data.groupMembers);
        if (!ids.isEmpty()) {
            QStringList marks;
            QVariantList params;
            for (const qint64 id : ids) {
                marks << u"?"_s;
                params << id;
            }
            auto read = cis.list(u"ci.id IN (%1)"_s.arg(marks.join(u", "_s)), params);
            if (!read)
                return fail(read.error());
            for (const ConfigurationItem &ci : *read)
                sheet.cis << CabSheet::Ci {ci.id, ci.name, ci.ciClass, ci.protection};
        }
        for (const ScheduledItem &candidate : CalendarRepository::itemsOf(r, data.groupMembers)) {
            for (const Conflict &c : detector.check(candidate)) {
                sheet.conflicts << CabSheet::Clash {Conflict::severityKey(c.severity),
                                                    Conflict::kindKey(c.kind), detector.reason(c)};
            }
        }
    }
    return sheets;
}

// ---- JSON ----------------------------------------------------------------------------------------

QJsonObject CabService::toJson(const CabMeeting &m)
{
    QJsonArray members;
    for (const CabMember &member : m.members)
        members.append(QJsonObject {{u"person"_s, member.personId},
                                    {u"name"_s, member.name},
                                    {u"role"_s, CabKeys::role(member.role)},
                                    {u"present"_s, member.present}});
    QJsonArray items;
    for (const CabItem &item : m.items) {
        QJsonArray votes;
        for (const CabVote &v : item.votes)
            votes.append(QJsonObject {{u"person"_s, v.personId},
                                      {u"name"_s, v.name},
                                      {u"choice"_s, CabKeys::choice(v.choice)},
                                      {u"comment"_s, v.comment}});
        items.append(QJsonObject {
            {u"id"_s, item.id},
            {u"rfc"_s, item.changeId},
            {u"position"_s, item.position},
            {u"title"_s, item.title},
            {u"state"_s, item.state},
            {u"priority"_s, item.priority},
            {u"category"_s, item.category},
            {u"planned_start"_s, timeJson(item.plannedStart)},
            {u"decision"_s, CabKeys::decision(item.decision)},
            {u"recommendation"_s, item.recommendation},
            {u"note"_s, item.note},
            {u"decided_by"_s, item.decidedBy ? QJsonValue(*item.decidedBy) : QJsonValue()},
            {u"decided_at"_s, timeJson(item.decidedAt)},
            {u"votes"_s, votes},
        });
    }
    return {
        {u"id"_s, m.id},
        {u"title"_s, m.title},
        {u"start"_s, timeJson(m.start)},
        {u"end"_s, timeJson(m.end)},
        {u"location"_s, m.location},
        {u"quorum"_s, m.quorum},
        {u"present_voters"_s, m.presentVoters()},
        {u"status"_s, CabKeys::status(m.status)},
        {u"closed_at"_s, timeJson(m.closedAt)},
        {u"row_version"_s, m.rowVersion},
        {u"members"_s, members},
        {u"items"_s, items},
    };
}

QJsonObject CabService::toJson(const CabSheet &s)
{
    QJsonArray cis;
    for (const CabSheet::Ci &ci : s.cis)
        cis.append(QJsonObject {{u"id"_s, ci.id},
                                {u"name"_s, ci.name},
                                {u"class"_s, CmdbNames::key(ci.ciClass)},
                                {u"protection"_s, CmdbNames::key(ci.highest())}});
    QJsonArray conflicts;
    for (const CabSheet::Clash &c : s.conflicts)
        conflicts.append(
            QJsonObject {{u"severity"_s, c.severity}, {u"kind"_s, c.kind}, {u"reason"_s, c.reason}});
    QJsonArray objections;
    for (const ChangeObjection &o : s.objections)
        objections.append(QJsonObject {{u"field"_s, o.field},
                                       {u"proposed"_s, o.proposed},
                                       {u"reason"_s, o.reason},
                                       {u"status"_s, o.status}});
    const ChangeRequest &r = s.request;
    QJsonArray tests;
    for (const TestCase &t : r.testCases)
        tests.append(QJsonObject {{u"description"_s, t.description}, {u"result"_s, t.result}});
    return {
        {u"position"_s, s.item.position},
        {u"rfc"_s, r.id},
        {u"title"_s, r.title},
        {u"state"_s, r.state},
        {u"type"_s, r.type},
        {u"priority"_s, r.priority},
        {u"category"_s, r.category},
        {u"applicant"_s, s.applicant},
        {u"description"_s, r.description},
        {u"impact"_s, r.impact},
        {u"planned_start"_s, timeJson(r.plannedStart)},
        {u"planned_end"_s, timeJson(r.plannedEnd)},
        {u"expected_downtime"_s,
         r.expectedDowntimeMinutes ? QJsonValue(*r.expectedDowntimeMinutes) : QJsonValue()},
        {u"fallback_plan"_s, r.fallbackPlan},
        {u"change_manager_recommendation"_s, r.changeManagerRecommendation},
        {u"implementers"_s, QJsonArray::fromStringList(s.implementers)},
        {u"groups"_s, QJsonArray::fromStringList(s.groups)},
        {u"cis"_s, cis},
        {u"conflicts"_s, conflicts},
        {u"objections"_s, objections},
        {u"tests"_s, tests},
        {u"decision"_s, CabKeys::decision(s.item.decision)},
    };
}

} // namespace ChangeDesk
