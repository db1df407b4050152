#pragma once

#include <QString>
#include <QStringList>

namespace ChangeDesk::Ctl {

class CommandContext;

// changedeskctl calendar …: conflicts, the next free slot, downtime notices and iCalendar,
// maintenance windows and freeze periods (issue 5).
int calendarCommand(CommandContext &context, const QStringList &args);
QString calendarUsage();

} // namespace ChangeDesk::Ctl
