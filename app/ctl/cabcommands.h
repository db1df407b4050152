#pragma once

#include <QString>
#include <QStringList>

namespace ChangeDesk::Ctl {

class CommandContext;

// changedeskctl cab …: meetings of the Change Advisory Board, their agenda and pre-read package,
// attendance, votes, decisions and minutes (issue 5).
int cabCommand(CommandContext &context, const QStringList &args);
QString cabUsage();

} // namespace ChangeDesk::Ctl
