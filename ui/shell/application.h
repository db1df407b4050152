#pragma once

class QApplication;

namespace ChangeDesk::Ui {

// Everything the GUI does between QApplication and the event loop: command line, language,
// choosing and opening the database, the main window, --smoke. Returns the exit code.
int runApplication(QApplication &app);

} // namespace ChangeDesk::Ui
