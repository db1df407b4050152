#pragma once

#include "cab/cabmeeting.h"
#include "change/changeservice.h"
#include "cmdb/ci.h"
#include "common/clock.h"
#include "common/error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace ChangeDesk {

class Database;

// What the board sees of one agenda item (projection mode, the pre-read package, the minutes):
// the request with its affected CIs and their protection needs, its schedule's conflicts, its
// objections and implementers.
struct CabSheet {
    struct Ci {
        qint64 id = 0;
        QString name;
        CiClass ciClass = CiClass::Other;
        Protection protection;
        ProtectionLevel highest() const;
    };
    struct Clash {
        QString severity; // Conflict::severityKey
        QString kind; // Conflict::kindKey
        QString reason; // in the user's language
    };
    CabItem item;
    ChangeRequest request;
    QString applicant;
    QList<Ci> cis; // its own and its groups' members, by name
    QStringList groups;
    QStringList implementers;
    QList<Clash> conflicts;
    QList<ChangeObjection> objections;
};

// The Change Advisory Board's meetings (M2): members and attendance, the agenda built from the
// requests awaiting the board, votes and decisions, and closing the meeting. A decision to
// approve or reject takes the workflow's board transition on the request (ChangeService::act, so
// the workflow's rules hold: required fields, four eyes, objections) in the same transaction as
// the decision; defer, more information and escalation leave the request where it is, and an
// undecided, deferred or escalated request comes onto the next meeting's agenda.
//
// Change managers and administrators convene meetings and keep them; the chair of a meeting keeps
// that meeting. A voting member present casts their own vote, or whoever keeps the meeting
// records it. A closed meeting does not change. Every action is one transaction with an audit
// event on the meeting ("cab.create", "cab.agenda", "cab.vote", "cab.decide", "cab.close", …).
class CabService
{
    Q_DECLARE_TR_FUNCTIONS(CabService)

public:
    // It keeps references to `changes` and `clock`.
    CabService(const Database &db, const ChangeService &changes, const Clock &clock = Clock::system());

    static bool mayConvene(const ChangeActor &actor);
    static bool mayKeep(const CabMeeting &meeting, const ChangeActor &actor);

    // The states whose requests await the board: those a board member may take a transition from.
    QStringList awaitingStates() const;

    // Every meeting, newest first, with members and items (without the items' votes).
    Result<QList<CabMeeting>> meetings() const;
    Result<CabMeeting> meeting(qint64 id) const;

    // A new meeting (status planned) with its members; the title, start and quorum are required,
    // the quorum at most the voting members.
    Result<CabMeeting> create(CabMeeting meeting, const ChangeActor &actor) const;
    // Saves title, times, location, quorum, members and attendance; Conflict when someone saved
    // the meeting since `edited.rowVersion`.
    Result<CabMeeting> update(const CabMeeting &edited, const ChangeActor &actor) const;
    // Only a meeting where nothing was decided.
    Status remove(qint64 meetingId, const ChangeActor &actor) const;

    // Adds every request awaiting the board that is on no agenda of a planned meeting yet,
    // ordered by priority (high first), category (far-reaching first), planned start (unplanned
    // last), number; after the items already there.
    Result<CabMeeting> buildAgenda(qint64 meetingId, const ChangeActor &actor) const;
    Result<CabMeeting> addItem(qint64 meetingId, qint64 changeId, const ChangeActor &actor) const;
    Result<CabMeeting> removeItem(qint64 meetingId, qint64 itemId, const ChangeActor &actor) const;
    // Moves the item to `position` (1-based, clamped).
    Result<CabMeeting> moveItem(qint64 meetingId, qint64 itemId, int position,
                                const ChangeActor &actor) const;
    Result<CabMeeting> setPresent(qint64 meetingId, qint64 personId, bool present,
                                  const ChangeActor &actor) const;

    // `personId`'s vote on an item (replacing an earlier one); they must be a voting member who
    // is present.
    Result<CabMeeting> vote(qint64 meetingId, qint64 itemId, qint64 personId, CabVote::Choice choice,
                            const QString &comment, const ChangeActor &actor) const;
    // Records the decision. Approve and reject need the quorum; reject, more information and
    // escalation need a note (the reason, what is missing, why the board cannot decide). The
    // recommendation becomes the request's CAB recommendation.
    Result<CabMeeting> decide(qint64 meetingId, qint64 itemId, CabDecision decision,
                              const QString &recommendation, const QString &note,
                              const ChangeActor &actor) const;
    Result<CabMeeting> close(qint64 meetingId, const ChangeActor &actor) const;

    // The sheets of the meeting's items, in agenda order.
    Result<QList<CabSheet>> sheets(const CabMeeting &meeting) const;

    static QJsonObject toJson(const CabMeeting &meeting);
    static QJsonObject toJson(const CabSheet &sheet);
    // What a decision is called in the user's language.
    static QString decisionName(CabDecision decision);
    static QString choiceName(CabVote::Choice choice);
    static QString roleName(CabMember::Role role);

private:
    Result<CabMeeting> load(qint64 id, bool withVotes) const;
    // Runs `change` on the meeting inside one write: reads it, checks that `actor` keeps it and
    // that it is not closed (or, with `ownVoteOf`, that `actor` is that person), runs `change`,
    // bumps the version and writes the audit event.
    template<typename Change>
    Result<CabMeeting> modify(qint64 meetingId, const ChangeActor &actor, const QString &action,
                              Change &&change, qint64 ownVoteOf = 0) const;
    Status bump(const CabMeeting &meeting) const;
    Status writeMembers(const CabMeeting &meeting) const;
    Status renumber(qint64 meetingId, const QList<qint64> &itemIds) const;
    Status validate(const CabMeeting &meeting) const;
    Status audit(const ChangeActor &actor, const QString &action, qint64 id,
                 const std::optional<QJsonObject> &before, const std::optional<QJsonObject> &after) const;
    const WorkflowTransition *boardTransition(const QString &state, bool approve) const;

    const Database &m_db;
    const ChangeService &m_changes;
    const Clock &m_clock;
};

} // namespace ChangeDesk
