#include "calendarrulesdialog.h"

#include "cmdb/cirepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Ui {

namespace {

enum Scope { EveryCi = 0, OneCi = 1, FirstGroup = 2 };

QString scopeText(const std::optional<qint64> &ciId, const std::optional<qint64> &groupId,
                  const QHash<qint64, QString> &ciNames, const QList<CiGroup> &groups)
{
    if (ciId)
        return CalendarRulesDialog::tr("CI %1").arg(ciNames.value(*ciId, QString::number(*ciId)));
    if (groupId) {
        for (const CiGroup &g : groups) {
            if (g.id == *groupId)
                return CalendarRulesDialog::tr("Group %1").arg(g.name);
        }
    }
    return CalendarRulesDialog::tr("Every CI");
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setToolTip(text);
    return item;
}

} // namespace

// ---- WindowEditor ---------------------------------------------------------------------------------

WindowEditor::WindowEditor(const MaintenanceWindow &window, const QList<CiGroup> &groups,
                           const QString &ciName, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_window(window)
    , m_clock(clock)
    , m_name(new QLineEdit(window.name, this))
    , m_scope(new QComboBox(this))
    , m_ci(new QLineEdit(ciName, this))
    , m_zone(new QComboBox(this))
    , m_frequency(new QComboBox(this))
    , m_interval(new QSpinBox(this))
    , m_monthMode(new QComboBox(this))
    , m_monthDay(new QSpinBox(this))
    , m_weekOfMonth(new QComboBox(this))
    , m_monthWeekday(new QComboBox(this))
    , m_start(new QTimeEdit(window.startTime.isValid() ? window.startTime : QTime(22, 0), this))
    , m_end(new QTimeEdit(window.endTime.isValid() ? window.endTime : QTime(2, 0), this))
    , m_first(new QDateEdit(this))
    , m_hasLast(new QCheckBox(tr("Ends on"), this))
    , m_last(new QDateEdit(this))
    , m_description(new QPlainTextEdit(window.description, this))
    , m_preview(new QLabel(this))
    , m_weeklyRow(new QWidget(this))
    , m_monthlyRow(new QWidget(this))
{
    setObjectName(u"windowEditor"_s);
    setWindowTitle(window.id ? tr("Maintenance window '%1'").arg(window.name) : tr("New maintenance window"));
    const QLocale locale;
    m_name->setObjectName(u"windowName"_s);
    m_scope->setObjectName(u"windowScope"_s);
    m_scope->addItem(tr("Every configuration item"));
    m_scope->addItem(tr("One configuration item"));
    for (const CiGroup &group : groups)
        m_scope->addItem(tr("Group: %1").arg(group.name), group.id);
    m_scope->setCurrentIndex(window.ciId ? OneCi : 0);
    if (window.groupId)
        m_scope->setCurrentIndex(std::max(0, m_scope->findData(*window.groupId)));
    m_ci->setObjectName(u"windowCi"_s);
    m_ci->setPlaceholderText(tr("name of the CI, e.g. srv-01"));
    m_zone->setObjectName(u"windowZone"_s);
    m_zone->setEditable(true);
    for (const char *zone : {"Europe/Berlin", "Europe/Amsterdam", "Europe/Brussels", "Europe/Vienna",
                             "Europe/Zurich", "Europe/London", "UTC", "America/New_York"})
        m_zone->addItem(QString::fromLatin1(zone));
    m_zone->setCurrentText(window.timeZone);
    m_frequency->setObjectName(u"windowFrequency"_s);
    m_frequency->addItem(tr("Daily"), u"daily"_s);
    m_frequency->addItem(tr("Weekly"), u"weekly"_s);
    m_frequency->addItem(tr("Monthly"), u"monthly"_s);
    m_frequency->setCurrentIndex(int(window.recurrence.frequency));
    m_interval->setRange(1, 52);
    m_interval->setValue(window.recurrence.interval);
    m_interval->setPrefix(tr("every "));
    auto *weekly = new QHBoxLayout(m_weeklyRow);
    weekly->setContentsMargins(0, 0, 0, 0);
    for (int day = 1; day <= 7; ++day) {
        auto *box = new QCheckBox(locale.dayName(day, QLocale::ShortFormat), m_weeklyRow);
        box->setObjectName(u"windowDay%1"_s.arg(day));
        box->setChecked(window.recurrence.weekdays.contains(day));
        weekly->addWidget(box);
        m_days << box;
    }
    weekly->addStretch(1);
    auto *monthly = new QHBoxLayout(m_monthlyRow);
    monthly->setContentsMargins(0, 0, 0, 0);
    m_monthMode->addItem(tr("on day"));
    m_monthMode->addItem(tr("on the last day"));
    m_monthMode->addItem(tr("on the"));
    m_monthDay->setRange(1, 31);
    m_monthDay->setValue(std::max(1, window.recurrence.monthDay));
    m_weekOfMonth->addItem(tr("first"), 1);
    m_weekOfMonth->addItem(tr("second"), 2);
    m_weekOfMonth->addItem(tr("third"), 3);
    m_weekOfMonth->addItem(tr("fourth"), 4);
    m_weekOfMonth->addItem(tr("last"), -1);
    for (int day = 1; day <= 7; ++day)
        m_monthWeekday->addItem(locale.dayName(day, QLocale::LongFormat), day);
    const Recurrence &rule = window.recurrence;
    m_monthMode->setCurrentIndex(rule.monthDay == -1 ? 1 : rule.weekOfMonth != 0 ? 2 : 0);
    m_weekOfMonth->setCurrentIndex(std::max(0, m_weekOfMonth->findData(rule.weekOfMonth)));
    if (!rule.weekdays.isEmpty())
        m_monthWeekday->setCurrentIndex(rule.weekdays.first() - 1);
    monthly->addWidget(m_monthMode);
    monthly->addWidget(m_monthDay);
    monthly->addWidget(m_weekOfMonth);
    monthly->addWidget(m_monthWeekday);
    monthly->addStretch(1);
    m_start->setObjectName(u"windowStart"_s);
    m_end->setObjectName(u"windowEnd"_s);
    m_start->setDisplayFormat(u"HH:mm"_s);
    m_end->setDisplayFormat(u"HH:mm"_s);
    const QDate today = clock.now().toLocalTime().date();
    m_first->setDate(window.firstDate.isValid() ? window.firstDate : today);
    m_first->setCalendarPopup(true);
    m_hasLast->setChecked(window.lastDate.isValid());
    m_last->setDate(window.lastDate.isValid() ? window.lastDate : today.addYears(1));
    m_last->setCalendarPopup(true);
    m_description->setFixedHeight(fontMetrics().lineSpacing() * 3 + 12);
    m_preview->setObjectName(u"windowPreview"_s);
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *times = new QHBoxLayout;
    times->addWidget(m_start);
    times->addWidget(new QLabel(tr("to"), this));
    times->addWidget(m_end);
    times->addWidget(new QLabel(tr("local time of"), this));
    times->addWidget(m_zone, 1);
    auto *repeat = new QHBoxLayout;
    repeat->addWidget(m_frequency);
    repeat->addWidget(m_interval);
    repeat->addStretch(1);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_first);
    dates->addWidget(m_hasLast);
    dates->addWidget(m_last);
    dates->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Applies to"), m_scope);
    form->addRow(tr("Configuration item"), m_ci);
    form->addRow(tr("Time"), times);
    form->addRow(tr("Repeats"), repeat);
    form->addRow(tr("Days"), m_weeklyRow);
    form->addRow(tr("Day of the month"), m_monthlyRow);
    form->addRow(tr("From"), dates);
    form->addRow(tr("Description"), m_description);
    form->addRow(tr("Next times"), m_preview);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    for (QWidget *row : {m_weeklyRow, m_monthlyRow, static_cast<QWidget *>(m_preview)})
        row->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    const auto update = [this, form] {
        static const char *const units[]
            = {QT_TR_NOOP("day(s)"), QT_TR_NOOP("week(s)"), QT_TR_NOOP("month(s)")};
        m_interval->setSuffix(u' ' + tr(units[std::clamp(m_frequency->currentIndex(), 0, 2)]));
        form->setRowVisible(m_weeklyRow, m_frequency->currentIndex() == 1);
        form->setRowVisible(m_monthlyRow, m_frequency->currentIndex() == 2);
        form->setRowVisible(m_ci, m_scope->currentIndex() == OneCi);
        m_monthDay->setVisible(m_monthMode->currentIndex() == 0);
        m_weekOfMonth->setVisible(m_monthMode->currentIndex() == 2);
        m_monthWeekday->setVisible(m_monthMode->currentIndex() == 2);
        m_last->setEnabled(m_hasLast->isChecked());
        updatePreview();
    };
    for (QComboBox *combo : {m_scope, m_frequency, m_monthMode, m_weekOfMonth, m_monthWeekday})
        connect(combo, &QComboBox::currentIndexChanged, this, update);
    connect(m_zone, &QComboBox::currentTextChanged, this, update);
    for (QCheckBox *box : std::as_const(m_days))
        connect(box, &QCheckBox::toggled, this, update);
    connect(m_hasLast, &QCheckBox::toggled, this, update);
    for (QSpinBox *spin : {m_interval, m_monthDay})
        connect(spin, &QSpinBox::valueChanged, this, update);
    for (QDateTimeEdit *edit : {static_cast<QDateTimeEdit *>(m_start), static_cast<QDateTimeEdit *>(m_end),
                                static_cast<QDateTimeEdit *>(m_first), static_cast<QDateTimeEdit *>(m_last)})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, update);
    update();
}

MaintenanceWindow WindowEditor::window() const
{
    MaintenanceWindow w = m_window;
    w.name = m_name->text().trimmed();
    w.ciId.reset();
    w.groupId.reset();
    if (m_scope->currentIndex() >= FirstGroup)
        w.groupId = m_scope->currentData().toLongLong();
    else if (m_scope->currentIndex() == OneCi)
        w.ciId = m_window.ciId.value_or(-1); // resolved from ciName() on saving
    w.timeZone = m_zone->currentText().trimmed();
    w.recurrence = {};
    w.recurrence.frequency = Recurrence::Frequency(m_frequency->currentIndex());
    w.recurrence.interval = m_interval->value();
    if (w.recurrence.frequency == Recurrence::Frequency::Weekly) {
        for (int day = 1; day <= 7; ++day) {
            if (m_days.at(day - 1)->isChecked())
                w.recurrence.weekdays << day;
        }
    } else if (w.recurrence.frequency == Recurrence::Frequency::Monthly) {
        switch (m_monthMode->currentIndex()) {
        case 0:
            w.recurrence.monthDay = m_monthDay->value();
            break;
        case 1:
            w.recurrence.monthDay = -1;
            break;
        default:
            w.recurrence.weekOfMonth = m_weekOfMonth->currentData().toInt();
            w.recurrence.weekdays = {m_monthWeekday->currentData().toInt()};
            break;
        }
    }
    w.startTime = m_start->time();
    w.endTime = m_end->time();
    w.firstDate = m_first->date();
    w.lastDate = m_hasLast->isChecked() ? m_last->date() : QDate();
    w.description = m_description->toPlainText().trimmed();
    return w;
}

QString WindowEditor::ciName() const
{
    return m_ci->text().trimmed();
}

void WindowEditor::updatePreview()
{
    MaintenanceWindow w = window();
    if (w.name.isEmpty())
        w.name = tr("New maintenance window");
    w.ciId.reset(); // the CI is checked on saving
    if (auto valid = WindowRules::validate(w); !valid) {
        m_preview->setText(valid.error().message);
        m_preview->setStyleSheet(u"color: #b00020"_s);
        return;
    }
    m_preview->setStyleSheet(QString());
    QStringList lines {WindowRules::describe(w)};
    const QLocale locale;
    const QTimeZone zone(w.timeZone.toUtf8());
    QDateTime from = m_clock.now();
    for (int i = 0; i < 3; ++i) {
        const auto next = WindowRules::occurrenceAtOrAfter(w, from);
        if (!next)
            break;
        const QDateTime start = next->start.toTimeZone(zone);
        const QDateTime end = next->end.toTimeZone(zone);
        lines << u"%1 – %2 (%3)"_s.arg(locale.toString(start, QLocale::ShortFormat),
                                       locale.toString(end, QLocale::ShortFormat),
                                       start.timeZoneAbbreviation());
        from = next->end;
    }
    m_preview->setText(lines.join(u'\n'));
}

// ---- FreezeEditor ---------------------------------------------------------------------------------

FreezeEditor::FreezeEditor(const FreezePeriod &freeze, const QList<CiGroup> &groups, QWidget *parent)
    : QDialog(parent)
    , m_freeze(freeze)
    , m_name(new QLineEdit(freeze.name, this))
    , m_scope(new QComboBox(this))
    , m_start(new QDateTimeEdit(freeze.start.toLocalTime(), this))
    , m_end(new QDateTimeEdit(freeze.end.toLocalTime(), this))
    , m_reason(new QPlainTextEdit(freeze.reason, this))
{
    setObjectName(u"freezeEditor"_s);
    setWindowTitle(freeze.id ? tr("Freeze period '%1'").arg(freeze.name) : tr("New freeze period"));
    m_name->setObjectName(u"freezeName"_s);
    m_scope->addItem(tr("Every configuration item"));
    for (const CiGroup &group : groups)
        m_scope->addItem(tr("Group: %1").arg(group.name), group.id);
    if (freeze.groupId)
        m_scope->setCurrentIndex(std::max(0, m_scope->findData(*freeze.groupId)));
    for (QDateTimeEdit *edit : {m_start, m_end}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    }
    m_reason->setFixedHeight(fontMetrics().lineSpacing() * 3 + 12);
    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Applies to"), m_scope);
    form->addRow(tr("From"), m_start);
    form->addRow(tr("To"), m_end);
    form->addRow(tr("Reason"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

FreezePeriod FreezeEditor::freeze() const
{
    FreezePeriod f = m_freeze;
    f.name = m_name->text().trimmed();
    f.groupId = m_scope->currentIndex() > 0 ? std::optional<qint64>(m_scope->currentData().toLongLong())
                                            : std::nullopt;
    f.start = m_start->dateTime().toUTC();
    f.end = m_end->dateTime().toUTC();
    f.reason = m_reason->toPlainText().trimmed();
    return f;
}

// ---- CalendarRulesDialog --------------------------------------------------------------------------

CalendarRulesDialog::CalendarRulesDialog(const Database &db, const ChangeActor &actor, const Clock &clock,
                                         QWidget *parent)
    : QDialog(parent)
    , runEditor([](QDialog &dialog) { return dialog.exec() == QDialog::Accepted; })
    , m_db(db)
    , m_actor(actor)
    , m_clock(clock)
    , m_windows(new QTableWidget(0, 3, this))
    , m_freezes(new QTableWidget(0, 4, this))
    , m_message(new QLabel(this))
{
    setObjectName(u"calendarRulesDialog"_s);
    setWindowTitle(tr("Maintenance windows and freeze periods"));
    resize(860, 520);
    m_windows->setObjectName(u"windowTable"_s);
    m_windows->setHorizontalHeaderLabels({tr("Name"), tr("Applies to"), tr("When")});
    m_freezes->setObjectName(u"freezeTable"_s);
    m_freezes->setHorizontalHeaderLabels({tr("Name"), tr("Applies to"), tr("From – to"), tr("Reason")});
    for (QTableWidget *table : {m_windows, m_freezes}) {
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->verticalHeader()->hide();
        table->horizontalHeader()->setStretchLastSection(true);
        table->setAlternatingRowColors(true);
    }
    const bool may = CalendarRepository::maySchedule(actor);
    const auto page = [this, may](QTableWidget *table, auto add, auto editRow, auto remove) {
        auto *widget = new QWidget(this);
        auto *layout = new QVBoxLayout(widget);
        layout->addWidget(table, 1);
        auto *buttons = new QHBoxLayout;
        auto *addButton = new QPushButton(tr("Add…"), widget);
        auto *editButton = new QPushButton(tr("Edit…"), widget);
        auto *removeButton = new QPushButton(tr("Remove"), widget);
        for (QPushButton *button : {addButton, editButton, removeButton}) {
            button->setEnabled(may);
            buttons->addWidget(button);
        }
        buttons->addStretch(1);
        layout->addLayout(buttons);
        connect(addButton, &QPushButton::clicked, this, add);
        connect(editButton, &QPushButton::clicked, this, [table, editRow] { editRow(table->currentRow()); });
        connect(removeButton, &QPushButton::clicked, this, [table, remove] { remove(table->currentRow()); });
        connect(table, &QTableWidget::cellDoubleClicked, this, [editRow, may](int row) {
            if (may)
                editRow(row);
        });
        return widget;
    };
    auto *tabs = new QTabWidget(this);
    tabs->addTab(page(
                     m_windows, [this] { addWindow(); }, [this](int row) { editWindow(row); },
                     [this](int row) { removeWindow(row); }),
                 tr("Maintenance windows"));
    tabs->addTab(page(
                     m_freezes, [this] { addFreeze(); }, [this](int row) { editFreeze(row); },
                     [this](int row) { removeFreeze(row); }),
                 tr("Freeze periods"));
    m_message->setObjectName(u"rulesMessage"_s);
    m_message->setWordWrap(true);
    if (!may)
        showMessage(tr("Only a change manager or an administrator changes these; you see them read-only."),
                    false);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(tabs, 1);
    layout->addWidget(close);
    reload();
}

void CalendarRulesDialog::reload()
{
    const CalendarRepository calendar(m_db, m_actor, m_clock);
    auto windows = calendar.windows();
    auto freezes = calendar.freezes();
    auto groups = GroupRepository(m_db, m_clock).list();
    if (!windows || !freezes || !groups) {
        showMessage(!windows       ? windows.error().message
                        : !freezes ? freezes.error().message
                                   : groups.error().message,
                    true);
        return;
    }
    m_windowList = *windows;
    m_freezeList = *freezes;
    m_groups = *groups;
    QList<qint64> ciIds;
    for (const MaintenanceWindow &w : std::as_const(m_windowList)) {
        if (w.ciId)
            ciIds << *w.ciId;
    }
    if (!ciIds.isEmpty()) {
        if (auto names = CiRepository(m_db, m_actor.login, m_clock).names(ciIds))
            m_ciNames = *names;
    }
    m_windows->setRowCount(int(m_windowList.size()));
    for (int row = 0; row < m_windowList.size(); ++row) {
        const MaintenanceWindow &w = m_windowList.at(row);
        m_windows->setItem(row, 0, cell(w.name));
        m_windows->setItem(row, 1, cell(scopeText(w.ciId, w.groupId, m_ciNames, m_groups)));
        m_windows->setItem(row, 2, cell(WindowRules::describe(w)));
    }
    const QLocale locale;
    m_freezes->setRowCount(int(m_freezeList.size()));
    for (int row = 0; row < m_freezeList.size(); ++row) {
        const FreezePeriod &f = m_freezeList.at(row);
        m_freezes->setItem(row, 0, cell(f.name));
        m_freezes->setItem(row, 1, cell(scopeText(std::nullopt, f.groupId, m_ciNames, m_groups)));
        m_freezes->setItem(
            row, 2,
            cell(u"%1 – %2"_s.arg(locale.toString(f.start.toLocalTime(), QLocale::ShortFormat),
                                  locale.toString(f.end.toLocalTime(), QLocale::ShortFormat))));
        m_freezes->setItem(row, 3, cell(f.reason));
    }
    for (QTableWidget *table : {m_windows, m_freezes}) {
        table->resizeColumnsToContents();
        table->horizontalHeader()->setStretchLastSection(true);
    }
}

void CalendarRulesDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #b00020; font-weight: bold"_s : QString());
    m_message->setVisible(!text.isEmpty());
}

QString CalendarRulesDialog::messageText() const
{
    return m_message->text();
}

bool CalendarRulesDialog::saveWindow(MaintenanceWindow window, const QString &ciName, bool adding)
{
    if (window.ciId) {
        auto ci = CiRepository(m_db, m_actor.login, m_clock).byName(ciName);
        if (!ci || !*ci) {
            showMessage(!ci ? ci.error().message
                            : tr("There is no configuration item named '%1'.").arg(ciName),
                        true);
            return false;
        }
        window.ciId = (*ci)->id;
    }
    const CalendarRepository calendar(m_db, m_actor, m_clock);
    Status saved = adding ? Status(calendar.addWindow(window).transform([](const MaintenanceWindow &) {}))
                          : calendar.updateWindow(window);
    if (!saved) {
        showMessage(saved.error().message, true);
        return false;
    }
    showMessage(adding ? tr("Added maintenance window '%1'.").arg(window.name)
                       : tr("Saved maintenance window '%1'.").arg(window.name),
                false);
    m_changed = true;
    reload();
    return true;
}

bool CalendarRulesDialog::addWindow()
{
    MaintenanceWindow window;
    window.recurrence.weekdays = {2};
    return editWindowUntilSaved(window, {}, true);
}

// Until the repository takes it or the person cancels: a refusal brings the editor back with what
// was typed, the reason above the lists.
bool CalendarRulesDialog::editWindowUntilSaved(MaintenanceWindow window, QString ciName, bool adding)
{
    for (;;) {
        WindowEditor editor(window, m_groups, ciName, m_clock, this);
        if (!runEditor(editor))
            return false;
        window = editor.window();
        ciName = editor.ciName();
        if (saveWindow(window, ciName, adding))
            return true;
    }
}

bool CalendarRulesDialog::editWindow(int row)
{
    if (row < 0 || row >= m_windowList.size())
        return false;
    const MaintenanceWindow &window = m_windowList.at(row);
    return editWindowUntilSaved(window, window.ciId ? m_ciNames.value(*window.ciId) : QString(), false);
}

bool CalendarRulesDialog::removeWindow(int row)
{
    if (row < 0 || row >= m_windowList.size())
        return false;
    const MaintenanceWindow window = m_windowList.at(row);
    if (auto removed = CalendarRepository(m_db, m_actor, m_clock).removeWindow(window); !removed) {
        showMessage(removed.error().message, true);
        return false;
    }
    showMessage(tr("Removed maintenance window '%1'.").arg(window.name), false);
    m_changed = true;
    reload();
    return true;
}

bool CalendarRulesDialog::saveFreeze(FreezePeriod freeze, bool adding)
{
    const CalendarRepository calendar(m_db, m_actor, m_clock);
    Status saved = adding ? Status(calendar.addFreeze(freeze).transform([](const FreezePeriod &) {}))
                          : calendar.updateFreeze(freeze);
    if (!saved) {
        showMessage(saved.error().message, true);
        return false;
    }
    showMessage(adding ? tr("Added freeze period '%1'.").arg(freeze.name)
                       : tr("Saved freeze period '%1'.").arg(freeze.name),
                false);
    m_changed = true;
    reload();
    return true;
}

bool CalendarRulesDialog::addFreeze()
{
    FreezePeriod freeze;
    const QDate day = m_clock.now().toLocalTime().date().addDays(7);
    freeze.start = QDateTime(day, QTime(0, 0)).toUTC();
    freeze.end = QDateTime(day.addDays(1), QTime(0, 0)).toUTC();
    return editFreezeUntilSaved(freeze, true);
}

bool CalendarRulesDialog::editFreezeUntilSaved(FreezePeriod freeze, bool adding)
{
    for (;;) {
        FreezeEditor editor(freeze, m_groups, this);
        if (!runEditor(editor))
            return false;
        freeze = editor.freeze();
        if (saveFreeze(freeze, adding))
            return true;
    }
}

bool CalendarRulesDialog::editFreeze(int row)
{
    if (row < 0 || row >= m_freezeList.size())
        return false;
    return editFreezeUntilSaved(m_freezeList.at(row), false);
}

bool CalendarRulesDialog::removeFreeze(int row)
{
    if (row < 0 || row >= m_freezeList.size())
        return false;
    const FreezePeriod freeze = m_freezeList.at(row);
    if (auto removed = CalendarRepository(m_db, m_actor, m_clock).removeFreeze(freeze); !removed) {
        showMessage(removed.error().message, true);
        return false;
    }
    showMessage(tr("Removed freeze period '%1'.").arg(freeze.name), false);
    m_changed = true;
    reload();
    return true;
}

} // namespace ChangeDesk::Ui
