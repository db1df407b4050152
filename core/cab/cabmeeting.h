#pragma once

// A meeting of the Change Advisory Board (M2): who sits on the board this time, who is present,
// the agenda of requests awaiting the board, and per item the votes and the decision.

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ChangeDesk {

struct CabMember {
    enum class Role { Chair, Member, Guest }; // guests speak, they do not vote or count for quorum
    qint64 personId = 0;
    Role role = Role::Member;
    bool present = false;
    QString name; // read with the meeting

    bool votes() const { return role != Role::Guest; }
    friend bool operator==(const CabMember &, const CabMember &) = default;
};

struct CabVote {
    enum class Choice { Approve, Reject, Abstain };
    qint64 personId = 0;
    Choice choice = Choice::Approve;
    QString comment;
    QDateTime castAt;
    QString name; // read with the meeting
};

// What the board decided on an item.
enum class CabDecision {
    None, // not (yet) decided: the item goes onto the next meeting's agenda
    Approve, // the request is authorized (the workflow's board authorization)
    Reject, // the request is rejected (the workflow's board rejection)
    Defer, // to a later meeting
    MoreInformation, // the applicant or the change manager must supply more
    Escalate, // the board cannot decide: management decides
};

struct CabItem {
    qint64 id = 0;
    qint64 changeId = 0;
    int position = 0; // 1, 2, … on the agenda
    CabDecision decision = CabDecision::None;
    QString recommendation; // the board's recommendation; becomes the request's
    QString note; // why, conditions, what is missing
    std::optional<qint64> decidedBy;
    QDateTime decidedAt;
    QList<CabVote> votes;
    // Read with the meeting, for lists and minutes.
    QString decidedByName;
    QString title;
    QString state;
    QString priority;
    QString category;
    QDateTime plannedStart;

    int count(CabVote::Choice choice) const;
};

struct CabMeeting {
    enum class Status { Planned, Closed };
    qint64 id = 0;
    QString title;
    QDateTime start;
    QDateTime end;
    QString location;
    int quorum = 1; // voting members who must be present for a decision
    Status status = Status::Planned;
    QList<CabMember> members;
    QList<CabItem> items; // in agenda order
    QDateTime closedAt;
    int rowVersion = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    int presentVoters() const;
    bool quorate() const { return presentVoters() >= quorum; }
    const CabMember *member(qint64 personId) const;
    const CabItem *item(qint64 itemId) const;
};

// Keys for storage, JSON and the command line, and names for people.
namespace CabKeys {
QString role(CabMember::Role role);
std::optional<CabMember::Role> roleFrom(const QString &key);
QString choice(CabVote::Choice choice);
std::optional<CabVote::Choice> choiceFrom(const QString &key);
QString decision(CabDecision decision); // "" for None
std::optional<CabDecision> decisionFrom(const QString &key);
QString status(CabMeeting::Status status);
QStringList decisions(); // every key but None
} // namespace CabKeys

} // namespace ChangeDesk
