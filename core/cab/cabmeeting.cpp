#include "cabmeeting.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {

template<typename Enum, std::size_t N>
std::optional<Enum> lookup(const std::array<std::pair<Enum, QString>, N> &table, const QString &key)
{
    for (const auto &[value, name] : table) {
        if (name == key)
            return value;
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
QString keyOf(const std::array<std::pair<Enum, QString>, N> &table, Enum value)
{
    for (const auto &[candidate, name] : table) {
        if (candidate == value)
            return name;
    }
    return {};
}

const std::array<std::pair<CabMember::Role, QString>, 3> kRoles {{
    {CabMember::Role::Chair, u"chair"_s},
    {CabMember::Role::Member, u"member"_s},
    {CabMember::Role::Guest, u"guest"_s},
}};

const std::array<std::pair<CabVote::Choice, QString>, 3> kChoices {{
    {CabVote::Choice::Approve, u"approve"_s},
    {CabVote::Choice::Reject, u"reject"_s},
    {CabVote::Choice::Abstain, u"abstain"_s},
}};

const std::array<std::pair<CabDecision, QString>, 6> kDecisions {{
    {CabDecision::None, QString()},
    {CabDecision::Approve, u"approve"_s},
    {CabDecision::Reject, u"reject"_s},
    {CabDecision::Defer, u"defer"_s},
    {CabDecision::MoreInformation, u"more_information"_s},
    {CabDecision::Escalate, u"escalate"_s},
}};

} // namespace

int CabItem::count(CabVote::Choice choice) const
{
    return int(
        std::count_if(votes.cbegin(), votes.cend(), [&](const CabVote &v) { return v.choice == choice; }));
}

int CabMeeting::presentVoters() const
{
    return int(std::count_if(members.cbegin(), members.cend(),
                             [](const CabMember &m) { return m.present && m.votes(); }));
}

const CabMember *CabMeeting::member(qint64 personId) const
{
    for (const CabMember &m : members) {
        if (m.personId == personId)
            return &m;
    }
    return nullptr;
}

const CabItem *CabMeeting::item(qint64 itemId) const
{
    for (const CabItem &i : items) {
        if (i.id == itemId)
            return &i;
    }
    return nullptr;
}

namespace CabKeys {

QString role(CabMember::Role role)
{
    return keyOf(kRoles, role);
}

std::optional<CabMember::Role> roleFrom(const QString &key)
{
    return lookup(kRoles, key);
}

QString choice(CabVote::Choice choice)
{
    return keyOf(kChoices, choice);
}

std::optional<CabVote::Choice> choiceFrom(const QString &key)
{
    return lookup(kChoices, key);
}

QString decision(CabDecision decision)
{
    return keyOf(kDecisions, decision);
}

std::optional<CabDecision> decisionFrom(const QString &key)
{
    return lookup(kDecisions, key);
}

QString status(CabMeeting::Status status)
{
    return status == CabMeeting::Status::Closed ? u"closed"_s : u"planned"_s;
}

QStringList decisions()
{
    QStringList keys;
    for (const auto &[value, name] : kDecisions) {
        if (value != CabDecision::None)
            keys << name;
    }
    return keys;
}

} // namespace CabKeys

} // namespace ChangeDesk
