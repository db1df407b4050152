#include "changelabels.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Ui {

QString ChangeLabels::fallback(const QString &id)
{
    QString text = id;
    text.replace(u'_', u' ');
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString ChangeLabels::state(const QString &id)
{
    if (id == u"draft")
        return tr("Draft");
    if (id == u"submitted")
        return tr("Submitted");
    if (id == u"accepted")
        return tr("Accepted");
    if (id == u"rejected")
        return tr("Rejected");
    if (id == u"classified")
        return tr("Classified");
    if (id == u"security_review")
        return tr("Security review");
    if (id == u"cab_review")
        return tr("CAB review");
    if (id == u"authorized")
        return tr("Authorized");
    if (id == u"scheduled")
        return tr("Scheduled");
    if (id == u"implementing")
        return tr("Implementing");
    if (id == u"halted")
        return tr("Halted");
    if (id == u"implemented")
        return tr("Implemented");
    if (id == u"rolled_back")
        return tr("Rolled back");
    if (id == u"evaluation")
        return tr("Evaluation");
    if (id == u"closed")
        return tr("Closed");
    if (id == u"failed")
        return tr("Failed");
    return fallback(id);
}

QString ChangeLabels::action(const QString &id)
{
    if (id == u"submit")
        return tr("Submit");
    if (id == u"accept")
        return tr("Accept");
    if (id == u"reject")
        return tr("Reject");
    if (id == u"reject_duplicate")
        return tr("Reject as duplicate");
    if (id == u"schedule_standard")
        return tr("Schedule standard change");
    if (id == u"expedite")
        return tr("Expedite");
    if (id == u"fulfil")
        return tr("Fulfil");
    if (id == u"classify")
        return tr("Classify");
    if (id == u"authorize")
        return tr("Authorize");
    if (id == u"request_cab_review")
        return tr("Send to CAB");
    if (id == u"request_security_review")
        return tr("Send to security review");
    if (id == u"reclassify")
        return tr("Reclassify");
    if (id == u"security_authorize")
        return tr("Authorize (security)");
    if (id == u"security_reject")
        return tr("Reject (security)");
    if (id == u"cab_authorize")
        return tr("Authorize (CAB)");
    if (id == u"cab_reject")
        return tr("Reject (CAB)");
    if (id == u"schedule")
        return tr("Schedule");
    if (id == u"start")
        return tr("Start");
    if (id == u"halt")
        return tr("Halt");
    if (id == u"resume")
        return tr("Resume");
    if (id == u"roll_back")
        return tr("Roll back");
    if (id == u"complete")
        return tr("Complete");
    if (id == u"start_evaluation")
        return tr("Start evaluation");
    if (id == u"close")
        return tr("Close");
    if (id == u"close_emergency")
        return tr("Close emergency change");
    if (id == u"close_failed")
        return tr("Close as failed");
    // Objection decisions, as the to-do list names them.
    if (id == u"accept_objection")
        return tr("Accept objection");
    if (id == u"escalate")
        return tr("Escalate");
    if (id == u"withdraw")
        return tr("Withdraw");
    if (id == u"uphold")
        return tr("Uphold");
    if (id == u"dismiss")
        return tr("Dismiss");
    return fallback(id);
}

QString ChangeLabels::type(const QString &id)
{
    if (id == u"standard")
        return tr("Standard change");
    if (id == u"normal")
        return tr("Normal change");
    if (id == u"emergency")
        return tr("Emergency change");
    if (id == u"service_request")
        return tr("Service request");
    return fallback(id);
}

QString ChangeLabels::priority(const QString &id)
{
    if (id == u"high")
        return tr("High", "priority");
    if (id == u"normal")
        return tr("Normal", "priority");
    if (id == u"low")
        return tr("Low", "priority");
    return fallback(id);
}

QString ChangeLabels::category(const QString &id)
{
    if (id == u"minor")
        return tr("Minor");
    if (id == u"serious")
        return tr("Serious");
    if (id == u"far_reaching")
        return tr("Far-reaching");
    return fallback(id);
}

QString ChangeLabels::waveStatus(const QString &id)
{
    if (id == u"pending")
        return tr("Pending", "rollout wave");
    if (id == u"running")
        return tr("Running");
    if (id == u"passed")
        return tr("Passed", "rollout wave");
    if (id == u"halted")
        return tr("Halted", "rollout wave");
    if (id == u"failed")
        return tr("Failed", "rollout wave");
    return fallback(id);
}

QString ChangeLabels::testResult(const QString &id)
{
    if (id == u"pending")
        return tr("Pending", "test result");
    if (id == u"passed")
        return tr("Passed", "test result");
    if (id == u"failed")
        return tr("Failed", "test result");
    if (id == u"skipped")
        return tr("Skipped");
    return fallback(id);
}

QString ChangeLabels::objectionStatus(const QString &id)
{
    if (id == u"open")
        return tr("Open", "objection");
    if (id == u"escalated")
        return tr("Escalated");
    if (id == u"accepted")
        return tr("Accepted", "objection");
    if (id == u"upheld")
        return tr("Upheld");
    if (id == u"dismissed")
        return tr("Dismissed");
    if (id == u"withdrawn")
        return tr("Withdrawn");
    return fallback(id);
}

QString ChangeLabels::yesNo(const std::optional<bool> &value)
{
    if (!value)
        return {};
    return *value ? tr("Yes") : tr("No");
}

} // namespace ChangeDesk::Ui
