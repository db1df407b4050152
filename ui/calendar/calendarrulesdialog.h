#pragma once

#include "calendar/calendarrepository.h"
#include "cmdb/grouprepository.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QStackedWidget;
class QTableWidget;
class QTimeEdit;

namespace ChangeDesk::Ui {

// One maintenance window: whose (every CI, a group or one CI), its rule in a time zone, and a
// preview of the next occurrences as the rule reads now. The repository checks it on saving.
class WindowEditor : public QDialog
{
    Q_OBJECT

public:
    WindowEditor(const MaintenanceWindow &window, const QList<CiGroup> &groups, const QString &ciName,
                 const Clock &clock, QWidget *parent = nullptr);

    // The window as the fields say; the CI is named by ciName().
    MaintenanceWindow window() const;
    QString ciName() const;
    QLineEdit *nameField() const { return m_name; }
    QComboBox *scopeField() const { return m_scope; }
    QComboBox *frequencyField() const { return m_frequency; }
    QCheckBox *weekdayBox(int day) const { return m_days.value(day - 1); }
    QTimeEdit *startField() const { return m_start; }
    QTimeEdit *endField() const { return m_end; }
    QLabel *preview() const { return m_preview; }

private:
    void updatePreview();

    MaintenanceWindow m_window;
    const Clock &m_clock;
    QLineEdit *m_name;
    QComboBox *m_scope; // every CI, one CI, then the groups
    QLineEdit *m_ci;
    QComboBox *m_zone;
    QComboBox *m_frequency;
    QSpinBox *m_interval;
    QList<QCheckBox *> m_days;
    QComboBox *m_monthMode; // day of the month, last day, nth weekday
    QSpinBox *m_monthDay;
    QComboBox *m_weekOfMonth;
    QComboBox *m_monthWeekday;
    QTimeEdit *m_start;
    QTimeEdit *m_end;
    QDateEdit *m_first;
    QCheckBox *m_hasLast;
    QDateEdit *m_last;
    QPlainTextEdit *m_description;
    QLabel *m_preview;
    QWidget *m_weeklyRow;
    QWidget *m_monthlyRow;
};

class FreezeEditor : public QDialog
{
    Q_OBJECT

public:
    FreezeEditor(const FreezePeriod &freeze, const QList<CiGroup> &groups, QWidget *parent = nullptr);
    FreezePeriod freeze() const;
    QLineEdit *nameField() const { return m_name; }
    QDateTimeEdit *startField() const { return m_start; }
    QDateTimeEdit *endField() const { return m_end; }

private:
    FreezePeriod m_freeze;
    QLineEdit *m_name;
    QComboBox *m_scope;
    QDateTimeEdit *m_start;
    QDateTimeEdit *m_end;
    QPlainTextEdit *m_reason;
};

// The maintenance windows and freeze periods of the calendar, kept by the change manager: two
// lists with add, edit and remove. Every change goes through CalendarRepository (its checks, its
// audit events); a refusal is shown in its words and the editor opens again with what was typed.
class CalendarRulesDialog : public QDialog
{
    Q_OBJECT

public:
    CalendarRulesDialog(const Database &db, const ChangeActor &actor, const Clock &clock,
                        QWidget *parent = nullptr);

    QTableWidget *windowTable() const { return m_windows; }
    QTableWidget *freezeTable() const { return m_freezes; }
    QString messageText() const;
    // What the buttons do; each editor is shown through `edit`, which the tests replace.
    bool addWindow();
    bool editWindow(int row);
    bool removeWindow(int row);
    bool addFreeze();
    bool editFreeze(int row);
    bool removeFreeze(int row);
    // How an editor is run: exec() by default.
    std::function<bool(QDialog &)> runEditor;
    bool changed() const { return m_changed; }

private:
    void reload();
    bool saveWindow(MaintenanceWindow window, const QString &ciName, bool adding);
    bool saveFreeze(FreezePeriod freeze, bool adding);
    bool editWindowUntilSaved(MaintenanceWindow window, QString ciName, bool adding);
    bool editFreezeUntilSaved(FreezePeriod freeze, bool adding);
    void showMessage(const QString &text, bool error);

    const Database &m_db;
    ChangeActor m_actor;
    const Clock &m_clock;
    QList<MaintenanceWindow> m_windowList;
    QList<FreezePeriod> m_freezeList;
    QList<CiGroup> m_groups;
    QHash<qint64, QString> m_ciNames;
    QTableWidget *m_windows;
    QTableWidget *m_freezes;
    QLabel *m_message;
    bool m_changed = false;
};

} // namespace ChangeDesk::Ui
