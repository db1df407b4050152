#pragma once

#include <QStringList>

namespace ChangeDesk::Ctl {

// Parses the command line and runs one command; returns the process exit code.
int run(const QStringList &arguments);

} // namespace ChangeDesk::Ctl
