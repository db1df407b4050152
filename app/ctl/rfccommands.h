#pragma once

#include <QString>
#include <QStringList>

namespace ChangeDesk::Ctl {

class CommandContext;

// changedeskctl person …: people and their app roles (M2).
int personCommand(CommandContext &context, const QStringList &args);
// changedeskctl rfc …: requests for change through their workflow (issue 4).
int rfcCommand(CommandContext &context, const QStringList &args);
// changedeskctl kpi: the key figures per month (M13).
int kpiCommand(CommandContext &context, const QStringList &args);
// changedeskctl workflow show|install: the workflow definition in force (issue 4).
int workflowCommand(CommandContext &context, const QStringList &args);
// The part of the usage text about both.
QString rfcUsage();

} // namespace ChangeDesk::Ctl
