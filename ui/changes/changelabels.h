#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace ChangeDesk::Ui {

// What the change pane calls the workflow's states and actions and the record's fixed values, in
// the user's language. The ids are the workflow definition's; an id this list does not know (an
// agency's own definition) is shown with its underscores as spaces.
class ChangeLabels
{
    Q_DECLARE_TR_FUNCTIONS(ChangeLabels)

public:
    static QString state(const QString &id);
    static QString action(const QString &id);
    static QString type(const QString &id);
    static QString priority(const QString &id);
    static QString category(const QString &id);
    static QString waveStatus(const QString &id);
    static QString testResult(const QString &id);
    static QString objectionStatus(const QString &id);
    // "Yes", "No" or empty for a tri-state answer of the evaluation.
    static QString yesNo(const std::optional<bool> &value);

private:
    static QString fallback(const QString &id);
};

} // namespace ChangeDesk::Ui
