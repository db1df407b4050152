#include "changeform.h"

#include "change/changeservice.h"
#include "change/workflow.h"
#include "changes/changelabels.h"
#include "cmdb/recordtablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Ui {

namespace {

// A time edit at this value shows "not set".
const QDateTime kUnset(QDate(2000, 1, 1), QTime(0, 0), QTimeZone::UTC);
const QString kTimeFormat = u"yyyy-MM-dd HH:mm"_s;

enum WaveColumn { WaveName, WaveStart, WaveEnd, WaveBreak, WaveCriteria, WaveStatus, WaveNote, WaveColumns };
enum CaseColumn { CaseDescription, CaseExpected, CaseActual, CaseResult, CaseColumns };

QString localText(const QDateTime &when)
{
    return when.isValid() ? when.toLocalTime().toString(kTimeFormat) : QString();
}

QDateTime fromLocalText(const QString &text)
{
    if (text.trimmed().isEmpty())
        return {};
    QDateTime local = QDateTime::fromString(text.trimmed(), kTimeFormat);
    return local.isValid() ? local.toUTC() : QDateTime();
}

QScrollArea *scrolled(QWidget *page)
{
    auto *area = new QScrollArea;
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(page);
    return area;
}

void setItemEditable(QTableWidgetItem *item, bool editable)
{
    if (editable)
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    else
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
}

} // namespace

ChangeForm::ChangeForm(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_applicant(new QLabel(this))
    , m_department(new QComboBox(this))
    , m_affected(new QLabel(this))
    , m_chooseAffected(new QPushButton(this))
    , m_suggestion(new QLabel(this))
    , m_useSuggestion(new QPushButton(this))
    , m_waves(new QTableWidget(0, WaveColumns, this))
    , m_addWave(new QPushButton(this))
    , m_removeWave(new QPushButton(this))
    , m_testCases(new QTableWidget(0, CaseColumns, this))
    , m_addTestCase(new QPushButton(this))
    , m_removeTestCase(new QPushButton(this))
    , m_goalReached(answerCombo(u"field-goal_reached"_s))
    , m_usersSatisfied(answerCombo(u"field-users_satisfied"_s))
    , m_budgetKept(answerCombo(u"field-budget_kept"_s))
    , m_scheduleKept(answerCombo(u"field-schedule_kept"_s))
    , m_sideEffects(new QPlainTextEdit(this))
    , m_postTests(new QPlainTextEdit(this))
    , m_evaluatedAt(new QLabel(this))
    , m_attachments(new QTableWidget(0, 4, this))
    , m_attach(new QPushButton(this))
    , m_detach(new QPushButton(this))
    , m_openAttachment(new QPushButton(this))
    , m_compareAttachments(new QPushButton(this))
    , m_history(new RecordTableModel({tr("Time"), tr("Who"), tr("What"), tr("Reason")}, this))
    , m_historyView(new QTableView(this))
    , m_implementers(new QListWidget(this))
    , m_conflicts(new QLabel(this))
{
    setObjectName(u"changeForm"_s);
    m_tabs->setObjectName(u"changeTabs"_s);
    m_department->setObjectName(u"field-department"_s);
    m_affected->setObjectName(u"field-affected"_s);
    m_chooseAffected->setObjectName(u"chooseAffected"_s);
    m_applicant->setObjectName(u"field-applicant"_s);
    m_suggestion->setObjectName(u"classificationSuggestion"_s);
    m_useSuggestion->setObjectName(u"useSuggestion"_s);
    m_waves->setObjectName(u"field-rollout_waves"_s);
    m_testCases->setObjectName(u"field-test_results"_s);
    m_historyView->setObjectName(u"changeHistory"_s);
    m_fields.insert(u"department"_s, m_department);
    m_fields.insert(u"affected"_s, m_affected);
    m_fields.insert(u"applicant"_s, m_applicant);
    m_fields.insert(u"rollout_waves"_s, m_waves);
    m_fields.insert(u"test_results"_s, m_testCases);

    m_tabs->addTab(buildGeneral(), tr("General"));
    m_tabs->addTab(buildClassification(), tr("Classification"));
    m_tabs->addTab(buildPlanning(), tr("Planning"));
    m_tabs->addTab(buildTests(), tr("Tests"));
    m_tabs->addTab(buildEvaluation(), tr("Evaluation"));
    m_tabs->addTab(buildAttachments(), tr("Attachments"));
    m_tabs->addTab(buildHistory(), tr("History"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    setRecord({}, {}, {}, {});
}

// ---- Building ---------------------------------------------------------------------------------

QLineEdit *ChangeForm::lineField(const QString &key)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(u"field-"_s + key);
    connect(edit, &QLineEdit::textEdited, this, &ChangeForm::changed);
    m_fields.insert(key, edit);
    return edit;
}

QPlainTextEdit *ChangeForm::textField(const QString &key, int lines)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setObjectName(u"field-"_s + key);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    connect(edit, &QPlainTextEdit::textChanged, this, &ChangeForm::changed);
    m_fields.insert(key, edit);
    return edit;
}

QComboBox *ChangeForm::comboField(const QString &key, const QStringList &ids, bool withEmpty)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(u"field-"_s + key);
    if (withEmpty)
        combo->addItem(tr("— not set —"), QString());
    for (const QString &id : ids) {
        const QString text = key == u"type" ? ChangeLabels::type(id)
            : key == u"priority"            ? ChangeLabels::priority(id)
            : key == u"category"            ? ChangeLabels::category(id)
                                            : id;
        combo->addItem(text, id);
    }
    connect(combo, &QComboBox::activated, this, &ChangeForm::changed);
    m_fields.insert(key, combo);
    return combo;
}

QWidget *ChangeForm::timeField(const QString &key)
{
    auto *box = new QWidget(this);
    auto *edit = new QDateTimeEdit(box);
    edit->setObjectName(u"field-"_s + key);
    edit->setTimeZone(QTimeZone::systemTimeZone());
    edit->setMinimumDateTime(kUnset);
    edit->setSpecialValueText(tr("not set"));
    edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    edit->setCalendarPopup(true);
    connect(edit, &QDateTimeEdit::dateTimeChanged, this, &ChangeForm::changed);
    m_fields.insert(key, edit);
    // A time once set can be taken back to "not set" with one click.
    auto *clear = new QToolButton(box);
    clear->setObjectName(u"clear-"_s + key);
    clear->setText(u"✕"_s);
    clear->setToolTip(tr("Clear: not set"));
    clear->setAutoRaise(true);
    connect(clear, &QToolButton::clicked, edit, [edit] { edit->setDateTime(kUnset); });
    connect(edit, &QDateTimeEdit::dateTimeChanged, clear, [this, key] { updateClearButton(key); });
    m_clearButtons.insert(key, clear);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(2);
    row->addWidget(edit);
    row->addWidget(clear);
    updateClearButton(key);
    return box;
}

void ChangeForm::updateClearButton(const QString &key)
{
    QToolButton *clear = m_clearButtons.value(key);
    const auto *edit = qobject_cast<const QDateTimeEdit *>(m_fields.value(key));
    if (!clear || !edit)
        return;
    clear->setEnabled(!edit->isReadOnly() && edit->dateTime().toUTC() != kUnset);
}

QCheckBox *ChangeForm::checkField(const QString &key)
{
    auto *box = new QCheckBox(this);
    box->setObjectName(u"field-"_s + key);
    connect(box, &QCheckBox::toggled, this, &ChangeForm::changed);
    m_fields.insert(key, box);
    return box;
}

QComboBox *ChangeForm::answerCombo(const QString &name)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(name);
    combo->addItem(tr("— not answered —"));
    combo->addItem(tr("Yes"), true);
    combo->addItem(tr("No"), false);
    connect(combo, &QComboBox::activated, this, &ChangeForm::changed);
    return combo;
}

QWidget *ChangeForm::buildGeneral()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_affected->setWordWrap(true);
    // Labels would take the page's spare height and drift away from their captions.
    m_affected->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_applicant->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_affected->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_department->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_department->setMinimumContentsLength(24);
    connect(m_department, &QComboBox::activated, this, &ChangeForm::changed);
    form->addRow(ChangeFields::label(u"title"_s), lineField(u"title"_s));
    form->addRow(ChangeFields::label(u"description"_s), textField(u"description"_s, 4));
    form->addRow(ChangeFields::label(u"reason"_s), textField(u"reason"_s));
    form->addRow(ChangeFields::label(u"applicant"_s), m_applicant);
    form->addRow(ChangeFields::label(u"department"_s), m_department);
    form->addRow(ChangeFields::label(u"problem_reference"_s), lineField(u"problem_reference"_s));
    form->addRow(ChangeFields::label(u"type"_s),
                 comboField(u"type"_s, ChangeFields::conditionValues().value(u"type"_s), false));
    form->addRow(ChangeFields::label(u"template"_s), lineField(u"template"_s));
    QCheckBox *security = checkField(u"security_relevant"_s);
    security->setText(tr("This change is relevant to information security"));
    form->addRow(ChangeFields::label(u"security_relevant"_s), security);
    m_chooseAffected->setText(tr("Choose…"));
    m_chooseAffected->setToolTip(tr("Choose the configuration items and groups this change affects"));
    connect(m_chooseAffected, &QPushButton::clicked, this, &ChangeForm::chooseAffectedRequested);
    // A row of its own height, like the labels above, with the button beside the names.
    auto *affected = new QWidget(page);
    affected->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *affectedRow = new QHBoxLayout(affected);
    affectedRow->setContentsMargins(0, 0, 0, 0);
    affectedRow->addWidget(m_affected, 1);
    affectedRow->addWidget(m_chooseAffected, 0, Qt::AlignTop);
    form->addRow(ChangeFields::label(u"affected"_s), affected);
    return scrolled(page);
}

QWidget *ChangeForm::buildClassification()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_suggestion->setWordWrap(true);
    m_suggestion->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_useSuggestion->setText(tr("Use the suggestion"));
    m_useSuggestion->setToolTip(tr("Sets priority and category to the suggested values"));
    connect(m_useSuggestion, &QPushButton::clicked, this, [this] {
        if (!m_suggested)
            return;
        for (const auto &[key, value] : {std::pair {u"priority"_s, m_suggested->priority},
                                         std::pair {u"category"_s, m_suggested->category}}) {
            auto *combo = qobject_cast<QComboBox *>(m_fields.value(key));
            if (combo && combo->isEnabled())
                combo->setCurrentIndex(std::max(0, combo->findData(value)));
        }
        changed();
    });
    auto *suggestionRow = new QHBoxLayout;
    suggestionRow->addWidget(m_suggestion, 1);
    suggestionRow->addWidget(m_useSuggestion, 0, Qt::AlignTop);
    form->addRow(tr("Suggested"), suggestionRow);
    form->addRow(ChangeFields::label(u"priority"_s),
                 comboField(u"priority"_s, ChangeFields::conditionValues().value(u"priority"_s), true));
    form->addRow(ChangeFields::label(u"category"_s),
                 comboField(u"category"_s, ChangeFields::conditionValues().value(u"category"_s), true));
    QPlainTextEdit *override = textField(u"override_reason"_s, 2);
    override->setPlaceholderText(tr("Why priority or category differ from the suggestion"));
    form->addRow(tr("Reason for the difference"), override);
    form->addRow(ChangeFields::label(u"impact"_s), textField(u"impact"_s));
    form->addRow(ChangeFields::label(u"resources"_s), textField(u"resources"_s, 2));
    form->addRow(ChangeFields::label(u"cost"_s), lineField(u"cost"_s));
    form->addRow(ChangeFields::label(u"change_manager_recommendation"_s),
                 textField(u"change_manager_recommendation"_s, 2));
    form->addRow(ChangeFields::label(u"cab_recommendation"_s), textField(u"cab_recommendation"_s, 2));
    form->addRow(ChangeFields::label(u"security_assessment"_s), textField(u"security_assessment"_s, 2));
    form->addRow(ChangeFields::label(u"rejection_reason"_s), textField(u"rejection_reason"_s, 2));
    form->addRow(ChangeFields::label(u"duplicate_of"_s), lineField(u"duplicate_of"_s));
    return scrolled(page);
}

QWidget *ChangeForm::buildPlanning()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *times = new QFormLayout;
    times->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *planned = new QHBoxLayout;
    planned->addWidget(timeField(u"planned_start"_s));
    planned->addWidget(new QLabel(tr("to"), this));
    planned->addWidget(timeField(u"planned_end"_s));
    planned->addStretch(1);
    times->addRow(tr("Planned"), planned);
    auto *actual = new QHBoxLayout;
    actual->addWidget(timeField(u"actual_start"_s));
    actual->addWidget(new QLabel(tr("to"), this));
    actual->addWidget(timeField(u"actual_end"_s));
    actual->addStretch(1);
    times->addRow(tr("Actual"), actual);
    QLineEdit *downtime = lineField(u"expected_downtime"_s);
    downtime->setValidator(new QIntValidator(0, 60 * 24 * 366, downtime));
    downtime->setMaximumWidth(fontMetrics().horizontalAdvance(u"0000000"_s) + 16);
    downtime->setPlaceholderText(tr("minutes"));
    times->addRow(ChangeFields::label(u"expected_downtime"_s), downtime);
    QCheckBox *restart = checkField(u"needs_restart"_s);
    restart->setText(tr("The systems are restarted; the change goes last in its maintenance window"));
    times->addRow(ChangeFields::label(u"needs_restart"_s), restart);
    m_implementers->setObjectName(u"field-implementers"_s);
    m_implementers->setMaximumHeight((fontMetrics().lineSpacing() + 6) * 5 + 6);
    m_implementers->setToolTip(tr("Tick the people who carry out the change"));
    connect(m_implementers, &QListWidget::itemChanged, this, &ChangeForm::changed);
    times->addRow(ChangeFields::label(u"implementers"_s), m_implementers);
    layout->addLayout(times);
    m_conflicts->setObjectName(u"planningConflicts"_s);
    m_conflicts->setWordWrap(true);
    m_conflicts->setTextFormat(Qt::RichText);
    m_conflicts->setFrameShape(QFrame::StyledPanel);
    m_conflicts->setContentsMargins(6, 4, 6, 4);
    m_conflicts->hide();
    layout->addWidget(m_conflicts);

    auto *waves = new QGroupBox(ChangeFields::label(u"rollout_waves"_s), this);
    auto *wavesLayout = new QVBoxLayout(waves);
    m_waves->setHorizontalHeaderLabels({tr("Wave"), tr("Planned start"), tr("Planned end"), tr("Break point"),
                                        tr("Go/no-go criteria"), tr("Status"), tr("Note")});
    m_waves->horizontalHeaderItem(WaveStart)->setToolTip(tr("Local time, %1").arg(kTimeFormat));
    m_waves->horizontalHeader()->setSectionResizeMode(WaveCriteria, QHeaderView::Stretch);
    m_waves->verticalHeader()->hide();
    m_waves->setMinimumHeight(fontMetrics().height() * 7);
    connect(m_waves, &QTableWidget::itemChanged, this, &ChangeForm::changed);
    m_addWave->setText(tr("Add wave"));
    m_removeWave->setText(tr("Remove wave"));
    m_addWave->setObjectName(u"addWave"_s);
    m_removeWave->setObjectName(u"removeWave"_s);
    connect(m_addWave, &QPushButton::clicked, this, &ChangeForm::addWave);
    connect(m_removeWave, &QPushButton::clicked, this, &ChangeForm::removeWave);
    auto *waveButtons = new QHBoxLayout;
    waveButtons->addWidget(m_addWave);
    waveButtons->addWidget(m_removeWave);
    waveButtons->addStretch(1);
    wavesLayout->addWidget(m_waves);
    wavesLayout->addLayout(waveButtons);
    layout->addWidget(waves, 1);

    auto *fallback = new QFormLayout;
    fallback->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    fallback->addRow(ChangeFields::label(u"fallback_plan"_s), textField(u"fallback_plan"_s));
    fallback->addRow(ChangeFields::label(u"fallback_criteria"_s), textField(u"fallback_criteria"_s, 2));
    layout->addLayout(fallback);
    return scrolled(page);
}

QWidget *ChangeForm::buildTests()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(ChangeFields::label(u"test_plan"_s), textField(u"test_plan"_s));
    layout->addLayout(form);
    m_testCases->setHorizontalHeaderLabels({tr("Test case"), tr("Expected"), tr("Actual"), tr("Result")});
    m_testCases->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_testCases->horizontalHeader()->setSectionResizeMode(CaseResult, QHeaderView::ResizeToContents);
    m_testCases->verticalHeader()->hide();
    connect(m_testCases, &QTableWidget::itemChanged, this, &ChangeForm::changed);
    m_addTestCase->setText(tr("Add test case"));
    m_removeTestCase->setText(tr("Remove test case"));
    m_addTestCase->setObjectName(u"addTestCase"_s);
    m_removeTestCase->setObjectName(u"removeTestCase"_s);
    connect(m_addTestCase, &QPushButton::clicked, this, &ChangeForm::addTestCase);
    connect(m_removeTestCase, &QPushButton::clicked, this, &ChangeForm::removeTestCase);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addTestCase);
    buttons->addWidget(m_removeTestCase);
    buttons->addStretch(1);
    layout->addWidget(new QLabel(ChangeFields::label(u"test_results"_s), this));
    layout->addWidget(m_testCases, 1);
    layout->addLayout(buttons);
    return page;
}

QWidget *ChangeForm::buildEvaluation()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_sideEffects->setObjectName(u"field-side_effects"_s);
    m_postTests->setObjectName(u"field-post_tests"_s);
    for (QPlainTextEdit *edit : {m_sideEffects, m_postTests}) {
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
        connect(edit, &QPlainTextEdit::textChanged, this, &ChangeForm::changed);
    }
    m_evaluatedAt->setObjectName(u"evaluatedAt"_s);
    m_evaluatedAt->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_fields.insert(u"evaluation"_s, m_goalReached);
    form->addRow(ChangeFields::label(u"evaluation_due"_s), timeField(u"evaluation_due"_s));
    form->addRow(tr("Goal reached"), m_goalReached);
    form->addRow(tr("Users satisfied"), m_usersSatisfied);
    form->addRow(tr("Cost and effort as planned"), m_budgetKept);
    form->addRow(tr("Schedule kept"), m_scheduleKept);
    form->addRow(tr("Side effects"), m_sideEffects);
    form->addRow(tr("Post-tests by business users"), m_postTests);
    form->addRow(ChangeFields::label(u"follow_up"_s), lineField(u"follow_up"_s));
    form->addRow(tr("Recorded"), m_evaluatedAt);
    return scrolled(page);
}

QWidget *ChangeForm::buildAttachments()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_attachments->setObjectName(u"attachments"_s);
    m_attachments->setHorizontalHeaderLabels({tr("File"), tr("Size"), tr("Added"), tr("SHA-256")});
    m_attachments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attachments->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attachments->verticalHeader()->hide();
    m_attachments->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_attachments->horizontalHeader()->setStretchLastSection(true);
    connect(m_attachments, &QTableWidget::itemSelectionChanged, this, &ChangeForm::updateAttachmentButtons);
    connect(m_attachments, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (QTableWidgetItem *item = m_attachments->item(row, 0))
            Q_EMIT openAttachmentRequested(item->data(Qt::UserRole).toLongLong());
    });
    const QList<std::tuple<QPushButton *, QString, QString>> buttons {
        {m_attach, u"attach"_s, tr("Add file…")},
        {m_detach, u"detach"_s, tr("Remove")},
        {m_openAttachment, u"openAttachment"_s, tr("Open")},
        {m_compareAttachments, u"compareAttachments"_s, tr("Compare side by side")},
    };
    auto *row = new QHBoxLayout;
    for (const auto &[button, name, text] : buttons) {
        button->setObjectName(name);
        button->setText(text);
        row->addWidget(button);
    }
    row->addStretch(1);
    m_compareAttachments->setToolTip(tr("Select two text files, e.g. a configuration before and after the change"));
    connect(m_attach, &QPushButton::clicked, this, &ChangeForm::attachRequested);
    connect(m_detach, &QPushButton::clicked, this, [this] {
        for (qint64 id : selectedAttachments())
            Q_EMIT removeAttachmentRequested(id);
    });
    connect(m_openAttachment, &QPushButton::clicked, this, [this] {
        if (const QList<qint64> ids = selectedAttachments(); ids.size() == 1)
            Q_EMIT openAttachmentRequested(ids.constFirst());
    });
    connect(m_compareAttachments, &QPushButton::clicked, this, [this] {
        if (const QList<qint64> ids = selectedAttachments(); ids.size() == 2)
            Q_EMIT compareAttachmentsRequested(ids.at(0), ids.at(1));
    });
    layout->addWidget(m_attachments, 1);
    layout->addLayout(row);
    updateAttachmentButtons();
    return page;
}

QList<qint64> ChangeForm::selectedAttachments() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_attachments->selectionModel()->selectedRows())
        rows << index.row();
    std::ranges::sort(rows);
    QList<qint64> ids;
    for (int row : std::as_const(rows))
        ids << m_attachments->item(row, 0)->data(Qt::UserRole).toLongLong();
    return ids;
}

void ChangeForm::fillAttachments(const QList<ChangeAttachment> &attachments)
{
    m_attachments->setRowCount(0);
    for (const ChangeAttachment &a : attachments) {
        const int row = m_attachments->rowCount();
        m_attachments->insertRow(row);
        auto *name = new QTableWidgetItem(a.name);
        name->setData(Qt::UserRole, a.id);
        m_attachments->setItem(row, 0, name);
        m_attachments->setItem(row, 1, new QTableWidgetItem(QLocale().formattedDataSize(a.size)));
        m_attachments->setItem(
            row, 2,
            new QTableWidgetItem(tr("%1 by %2").arg(QLocale().toString(a.addedAt.toLocalTime(), QLocale::ShortFormat),
                                                    m_personNames.value(a.addedBy.value_or(0)))));
        m_attachments->setItem(row, 3, new QTableWidgetItem(a.sha256));
    }
    updateAttachmentButtons();
}

void ChangeForm::updateAttachmentButtons()
{
    const qsizetype selected = m_attachments->selectionModel()->selectedRows().size();
    const bool mayChange = m_record.id != 0 && m_editable.contains(u"attachments"_s);
    m_attach->setEnabled(mayChange);
    m_detach->setEnabled(mayChange && selected > 0);
    m_openAttachment->setEnabled(selected == 1);
    m_compareAttachments->setEnabled(selected == 2);
}

QWidget *ChangeForm::buildHistory()
{
    m_historyView->setModel(m_history);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setWordWrap(true);
    m_historyView->verticalHeader()->hide();
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->setAlternatingRowColors(true);
    return m_historyView;
}

// ---- Showing ----------------------------------------------------------------------------------

void ChangeForm::setChoices(const QList<Person> &people, const QList<OrgUnit> &units)
{
    m_personNames.clear();
    for (const Person &person : people)
        m_personNames.insert(person.id, person.displayName);
    QList<Person> sorted = people;
    std::ranges::sort(sorted, [](const Person &a, const Person &b) {
        return a.displayName.localeAwareCompare(b.displayName) < 0;
    });
    m_filling = true;
    m_implementers->clear();
    for (const Person &person : std::as_const(sorted)) {
        if (!person.active)
            continue;
        auto *item = new QListWidgetItem(u"%1 (%2)"_s.arg(person.displayName, person.login), m_implementers);
        item->setData(Qt::UserRole, person.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_filling = false;
    m_department->clear();
    m_department->addItem(tr("— none —"), QVariant());
    for (const OrgUnit &unit : units)
        m_department->addItem(unit.name, unit.id);
}

void ChangeForm::setRecord(const ChangeRequest &request, const QSet<QString> &editable,
                           const QHash<QString, QStringList> &needed, const QHash<qint64, QString> &ciNames)
{
    m_filling = true;
    m_record = request;
    m_editable = request.id ? editable : QSet<QString>();
    for (const QString &key : ChangeRecordFields::textKeys()) {
        if (m_fields.contains(key))
            setWidgetText(key, ChangeRecordFields::text(request, key));
    }
    m_applicant->setText(m_personNames.value(request.applicantId));
    m_department->setCurrentIndex(
        request.departmentId ? std::max(0, m_department->findData(*request.departmentId)) : 0);
    m_ciNames.insert(ciNames);
    m_affectedCis = request.ciIds;
    m_affectedGroups = request.groupIds;
    showAffected();
    for (int row = 0; row < m_implementers->count(); ++row) {
        QListWidgetItem *item = m_implementers->item(row);
        item->setCheckState(request.implementerIds.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked
                                                                                                     : Qt::Unchecked);
    }
    fillWaves(request.waves);
    fillTestCases(request.testCases);
    fillAttachments(request.attachments);
    const auto answer = [](QComboBox *combo, const std::optional<bool> &value) {
        combo->setCurrentIndex(!value ? 0 : *value ? 1 : 2);
    };
    answer(m_goalReached, request.evaluation.goalReached);
    answer(m_usersSatisfied, request.evaluation.usersSatisfied);
    answer(m_budgetKept, request.evaluation.budgetKept);
    answer(m_scheduleKept, request.evaluation.scheduleKept);
    m_sideEffects->setPlainText(request.evaluation.sideEffects);
    m_postTests->setPlainText(request.evaluation.postTests);
    m_evaluatedAt->setText(
        request.evaluation.done()
            ? tr("%1 by %2")
                  .arg(QLocale().toString(request.evaluation.evaluatedAt.toLocalTime(), QLocale::ShortFormat),
                       m_personNames.value(request.evaluation.evaluatedBy.value_or(0)))
            : tr("not yet"));

    // What the widgets show now is the baseline: only what the user changes from it is written.
    m_loadedText.clear();
    for (const QString &key : ChangeRecordFields::textKeys()) {
        if (m_fields.contains(key))
            m_loadedText.insert(key, widgetText(key));
    }
    m_loadedDepartment = m_department->currentData();
    m_loadedWaves = wavesFromTable().value_or(QList<RolloutWave>());
    m_loadedCases = testCasesFromTable();
    m_loadedEvaluation = evaluationFromWidgets();
    m_loadedCis = m_affectedCis;
    m_loadedGroups = m_affectedGroups;
    m_loadedImplementers = implementersFromList();
    setEditable(m_editable);
    highlight(request.id ? needed : QHash<QString, QStringList>());
    if (!request.id)
        m_history->setRows({});
    m_filling = false;
}

void ChangeForm::setAffected(const QList<qint64> &cis, const QList<qint64> &groups,
                             const QHash<qint64, QString> &ciNames, const QHash<qint64, QString> &groupNames)
{
    m_ciNames.insert(ciNames);
    m_groupNames.insert(groupNames);
    // In the order the record keeps them (by id), so that the same choice is no change.
    QList<qint64> sortedCis = cis;
    QList<qint64> sortedGroups = groups;
    std::sort(sortedCis.begin(), sortedCis.end());
    std::sort(sortedGroups.begin(), sortedGroups.end());
    if (sortedCis == m_affectedCis && sortedGroups == m_affectedGroups)
        return;
    m_affectedCis = sortedCis;
    m_affectedGroups = sortedGroups;
    showAffected();
    changed();
}

void ChangeForm::showAffected()
{
    QStringList names;
    for (qint64 id : std::as_const(m_affectedCis))
        names << m_ciNames.value(id, tr("CI %1").arg(id));
    for (qint64 id : std::as_const(m_affectedGroups))
        names << m_groupNames.value(id, tr("group %1").arg(id));
    m_affected->setText(names.isEmpty() ? tr("none yet") : names.join(u", "_s));
}

void ChangeForm::setStored(const ChangeRequest &request)
{
    m_record = request;
}

void ChangeForm::setSuggestion(const std::optional<ClassificationSuggestion> &suggestion)
{
    m_suggested = suggestion;
    if (!suggestion) {
        m_suggestion->setText(tr("No suggestion: no affected configuration items yet."));
        m_useSuggestion->setEnabled(false);
        return;
    }
    QString text = tr("Priority %1, category %2.")
                       .arg(ChangeLabels::priority(suggestion->priority),
                            ChangeLabels::category(suggestion->category));
    for (const QString &reason : suggestion->reasons)
        text += u"\n• "_s + reason;
    m_suggestion->setText(text);
    m_useSuggestion->setEnabled(m_editable.contains(u"priority"_s) && m_editable.contains(u"category"_s));
}

void ChangeForm::setHistoryRows(const QList<QList<QString>> &rows)
{
    QList<RecordTableModel::Row> records;
    for (const QList<QString> &row : rows) {
        RecordTableModel::Row record;
        for (const QString &text : row)
            record.cells << RecordTableModel::Cell {text, {}, text};
        records << record;
    }
    m_history->setRows(records);
    m_historyView->resizeColumnsToContents();
    m_historyView->horizontalHeader()->setStretchLastSection(true);
}

QString ChangeForm::widgetText(const QString &key) const
{
    QWidget *widget = m_fields.value(key);
    if (auto *line = qobject_cast<QLineEdit *>(widget))
        return line->text().trimmed();
    if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
        return text->toPlainText();
    if (auto *combo = qobject_cast<QComboBox *>(widget))
        return combo->currentData().toString();
    if (auto *box = qobject_cast<QCheckBox *>(widget))
        return box->isChecked() ? u"true"_s : u"false"_s;
    if (auto *time = qobject_cast<QDateTimeEdit *>(widget)) {
        const QDateTime when = time->dateTime();
        return when == kUnset || when.toUTC() == kUnset ? QString()
                                                        : ChangeRecordFields::timeText(when.toUTC());
    }
    return {};
}

void ChangeForm::setWidgetText(const QString &key, const QString &text)
{
    QWidget *widget = m_fields.value(key);
    if (auto *line = qobject_cast<QLineEdit *>(widget)) {
        line->setText(text);
        line->setCursorPosition(0);
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget)) {
        plain->setPlainText(text);
    } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        combo->setCurrentIndex(std::max(0, combo->findData(text)));
    } else if (auto *box = qobject_cast<QCheckBox *>(widget)) {
        box->setChecked(text == u"true");
    } else if (auto *time = qobject_cast<QDateTimeEdit *>(widget)) {
        const auto parsed = ChangeRecordFields::parseTime(key, text);
        time->setDateTime(text.isEmpty() || !parsed ? kUnset
                                                    : parsed->toTimeZone(QTimeZone::systemTimeZone()));
    }
}

void ChangeForm::setEditable(const QSet<QString> &editable)
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString &key = it.key();
        QWidget *widget = it.value();
        if (key == u"applicant" || key == u"affected" || key == u"rollout_waves" || key == u"test_results"
            || key == u"evaluation")
            continue;
        const bool on = editable.contains(key);
        if (auto *line = qobject_cast<QLineEdit *>(widget))
            line->setReadOnly(!on);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
            text->setReadOnly(!on);
        else if (auto *time = qobject_cast<QDateTimeEdit *>(widget))
            time->setReadOnly(!on);
        else
            widget->setEnabled(on);
        widget->setProperty("editable", on);
        updateClearButton(key);
    }
    m_chooseAffected->setEnabled(editable.contains(u"affected"_s));
    m_implementers->setEnabled(editable.contains(u"implementers"_s));
    const bool evaluation = editable.contains(u"evaluation"_s);
    for (QComboBox *combo : {m_goalReached, m_usersSatisfied, m_budgetKept, m_scheduleKept})
        combo->setEnabled(evaluation);
    m_sideEffects->setReadOnly(!evaluation);
    m_postTests->setReadOnly(!evaluation);

    const bool waves = editable.contains(u"rollout_waves"_s);
    const bool waveStatus = waves || editable.contains(u"wave_status"_s);
    m_addWave->setEnabled(waves);
    m_removeWave->setEnabled(waves);
    m_waves->setEditTriggers(waves || waveStatus ? QAbstractItemView::AllEditTriggers
                                                 : QAbstractItemView::NoEditTriggers);
    m_filling = true;
    for (int row = 0; row < m_waves->rowCount(); ++row) {
        for (int column = 0; column < WaveColumns; ++column) {
            if (QTableWidgetItem *item = m_waves->item(row, column)) {
                const bool on = column == WaveStatus || column == WaveNote ? waveStatus : waves;
                if (column == WaveBreak)
                    item->setFlags(on ? item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsEnabled
                                      : item->flags() & ~Qt::ItemIsUserCheckable);
                else
                    setItemEditable(item, on);
            }
        }
        if (QWidget *status = m_waves->cellWidget(row, WaveStatus))
            status->setEnabled(waveStatus);
    }
    const bool plan = editable.contains(u"test_plan"_s);
    const bool results = plan || editable.contains(u"test_results"_s);
    m_addTestCase->setEnabled(plan);
    m_removeTestCase->setEnabled(plan);
    for (int row = 0; row < m_testCases->rowCount(); ++row) {
        for (int column = 0; column < CaseColumns; ++column) {
            if (QTableWidgetItem *item = m_testCases->item(row, column))
                setItemEditable(item, column == CaseActual ? results : plan);
        }
        if (QWidget *result = m_testCases->cellWidget(row, CaseResult))
            result->setEnabled(results);
    }
    m_filling = false;
}

void ChangeForm::highlight(const QHash<QString, QStringList> &needed)
{
    // Clear what the last record highlighted.
    for (const QString &key : std::as_const(m_highlighted)) {
        if (QWidget *widget = m_fields.value(key)) {
            widget->setStyleSheet(QString());
            widget->setToolTip(QString());
            widget->setProperty("needed", false);
        }
    }
    m_highlighted.clear();
    for (auto it = needed.cbegin(); it != needed.cend(); ++it) {
        QWidget *widget = m_fields.value(it.key());
        if (!widget)
            continue;
        m_highlighted.insert(it.key());
        widget->setProperty("needed", true);
        widget->setToolTip(tr("Needed for: %1").arg(it.value().join(u", "_s)));
        widget->setStyleSheet(
            u"#%1 { background-color: #fff3c4; border: 1px solid #d4a017; }"_s.arg(widget->objectName()));
    }
}

// ---- Tables -----------------------------------------------------------------------------------

void ChangeForm::fillWaves(const QList<RolloutWave> &waves)
{
    const bool filling = m_filling;
    m_filling = true;
    m_waves->setRowCount(0);
    for (const RolloutWave &wave : waves) {
        const int row = m_waves->rowCount();
        m_waves->insertRow(row);
        m_waves->setItem(row, WaveName, new QTableWidgetItem(wave.name));
        m_waves->setItem(row, WaveStart, new QTableWidgetItem(localText(wave.plannedStart)));
        m_waves->setItem(row, WaveEnd, new QTableWidgetItem(localText(wave.plannedEnd)));
        auto *breakPoint = new QTableWidgetItem;
        breakPoint->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        breakPoint->setCheckState(wave.breakPoint ? Qt::Checked : Qt::Unchecked);
        breakPoint->setToolTip(tr("The rollout stops here for a go/no-go decision"));
        m_waves->setItem(row, WaveBreak, breakPoint);
        m_waves->setItem(row, WaveCriteria, new QTableWidgetItem(wave.goCriteria));
        auto *status = new QComboBox;
        for (const QString &id : RolloutWave::statuses())
            status->addItem(ChangeLabels::waveStatus(id), id);
        status->setCurrentIndex(std::max(0, status->findData(wave.status)));
        connect(status, &QComboBox::activated, this, &ChangeForm::changed);
        m_waves->setItem(row, WaveStatus, new QTableWidgetItem);
        m_waves->setCellWidget(row, WaveStatus, status);
        m_waves->setItem(row, WaveNote, new QTableWidgetItem(wave.statusNote));
        // The group and anything else the table does not show stays as it was.
        m_waves->item(row, WaveName)->setData(Qt::UserRole, QVariant::fromValue(wave.groupId.value_or(0)));
    }
    m_waves->resizeColumnsToContents();
    m_waves->horizontalHeader()->setSectionResizeMode(WaveCriteria, QHeaderView::Stretch);
    m_filling = filling;
}

void ChangeForm::fillTestCases(const QList<TestCase> &cases)
{
    const bool filling = m_filling;
    m_filling = true;
    m_testCases->setRowCount(0);
    for (const TestCase &test : cases) {
        const int row = m_testCases->rowCount();
        m_testCases->insertRow(row);
        m_testCases->setItem(row, CaseDescription, new QTableWidgetItem(test.description));
        m_testCases->setItem(row, CaseExpected, new QTableWidgetItem(test.expected));
        m_testCases->setItem(row, CaseActual, new QTableWidgetItem(test.actual));
        auto *result = new QComboBox;
        for (const QString &id : TestCase::results())
            result->addItem(ChangeLabels::testResult(id), id);
        result->setCurrentIndex(std::max(0, result->findData(test.result)));
        connect(result, &QComboBox::activated, this, &ChangeForm::changed);
        m_testCases->setItem(row, CaseResult, new QTableWidgetItem);
        m_testCases->setCellWidget(row, CaseResult, result);
    }
    m_filling = filling;
}

Result<QList<RolloutWave>> ChangeForm::wavesFromTable() const
{
    QList<RolloutWave> waves;
    for (int row = 0; row < m_waves->rowCount(); ++row) {
        RolloutWave wave = row < m_record.waves.size() ? m_record.waves.at(row) : RolloutWave();
        const auto text = [this, row](int column) {
            const QTableWidgetItem *item = m_waves->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        wave.name = text(WaveName);
        for (const auto &[column, target] :
             {std::pair {int(WaveStart), &wave.plannedStart}, std::pair {int(WaveEnd), &wave.plannedEnd}}) {
            const QString t = text(column);
            if (t == localText(*target))
                continue; // unchanged: keep the stored time to the millisecond
            *target = fromLocalText(t);
            if (!t.isEmpty() && !target->isValid())
                return fail(
                    ErrorKind::InvalidInput,
                    tr("Rollout wave %1: '%2' is not a time like %3.").arg(row + 1).arg(t, kTimeFormat));
        }
        const QTableWidgetItem *breakPoint = m_waves->item(row, WaveBreak);
        wave.breakPoint = breakPoint && breakPoint->checkState() == Qt::Checked;
        wave.goCriteria = text(WaveCriteria);
        if (auto *status = qobject_cast<QComboBox *>(m_waves->cellWidget(row, WaveStatus)))
            wave.status = status->currentData().toString();
        wave.statusNote = text(WaveNote);
        waves << wave;
    }
    return waves;
}

QList<TestCase> ChangeForm::testCasesFromTable() const
{
    QList<TestCase> cases;
    for (int row = 0; row < m_testCases->rowCount(); ++row) {
        TestCase test = row < m_record.testCases.size() ? m_record.testCases.at(row) : TestCase();
        const auto text = [this, row](int column) {
            const QTableWidgetItem *item = m_testCases->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        test.description = text(CaseDescription);
        test.expected = text(CaseExpected);
        test.actual = text(CaseActual);
        if (auto *result = qobject_cast<QComboBox *>(m_testCases->cellWidget(row, CaseResult)))
            test.result = result->currentData().toString();
        cases << test;
    }
    return cases;
}

ChangeEvaluation ChangeForm::evaluationFromWidgets() const
{
    ChangeEvaluation evaluation = m_record.evaluation;
    const auto answer = [](const QComboBox *combo) -> std::optional<bool> {
        if (combo->currentIndex() <= 0)
            return std::nullopt;
        return combo->currentData().toBool();
    };
    evaluation.goalReached = answer(m_goalReached);
    evaluation.usersSatisfied = answer(m_usersSatisfied);
    evaluation.budgetKept = answer(m_budgetKept);
    evaluation.scheduleKept = answer(m_scheduleKept);
    evaluation.sideEffects = m_sideEffects->toPlainText();
    evaluation.postTests = m_postTests->toPlainText();
    return evaluation;
}

void ChangeForm::addWave()
{
    QList<RolloutWave> waves = wavesFromTable().value_or(m_record.waves);
    RolloutWave wave;
    wave.name = waves.isEmpty() ? tr("Pilot group") : tr("Wave %1").arg(waves.size() + 1);
    waves << wave;
    fillWaves(waves);
    setEditable(m_editable);
    changed();
}

void ChangeForm::removeWave()
{
    const int row = m_waves->currentRow() >= 0 ? m_waves->currentRow() : m_waves->rowCount() - 1;
    if (row < 0)
        return;
    m_waves->removeRow(row);
    changed();
}

void ChangeForm::addTestCase()
{
    QList<TestCase> cases = testCasesFromTable();
    cases << TestCase();
    fillTestCases(cases);
    setEditable(m_editable);
    changed();
}

void ChangeForm::removeTestCase()
{
    const int row = m_testCases->currentRow() >= 0 ? m_testCases->currentRow() : m_testCases->rowCount() - 1;
    if (row < 0)
        return;
    m_testCases->removeRow(row);
    changed();
}

void ChangeForm::changed()
{
    if (!m_filling)
        Q_EMIT userEdited();
}

// ---- Reading back -----------------------------------------------------------------------------

Result<ChangeRequest> ChangeForm::edited() const
{
    ChangeRequest r = m_record;
    for (auto it = m_loadedText.cbegin(); it != m_loadedText.cend(); ++it) {
        const QString now = widgetText(it.key());
        if (now == it.value())
            continue;
        if (auto set = ChangeRecordFields::set(r, it.key(), now); !set)
            return fail(set.error());
    }
    if (const QVariant department = m_department->currentData(); department != m_loadedDepartment)
        r.departmentId = department.isValid() ? std::optional<qint64>(department.toLongLong()) : std::nullopt;
    auto waves = wavesFromTable();
    if (!waves)
        return fail(waves.error());
    if (*waves != m_loadedWaves)
        r.waves = *waves;
    if (const QList<TestCase> cases = testCasesFromTable(); cases != m_loadedCases)
        r.testCases = cases;
    if (const ChangeEvaluation evaluation = evaluationFromWidgets(); !(evaluation == m_loadedEvaluation))
        r.evaluation = evaluation;
    // The affected CIs and groups as chosen, when they differ from the loaded ones.
    if (m_affectedCis != m_loadedCis)
        r.ciIds = m_affectedCis;
    if (m_affectedGroups != m_loadedGroups)
        r.groupIds = m_affectedGroups;
    if (const QList<qint64> implementers = implementersFromList(); implementers != m_loadedImplementers)
        r.implementerIds = implementers;
    return r;
}

QList<qint64> ChangeForm::implementersFromList() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_implementers->count(); ++row) {
        const QListWidgetItem *item = m_implementers->item(row);
        if (item->checkState() == Qt::Checked)
            ids << item->data(Qt::UserRole).toLongLong();
    }
    std::ranges::sort(ids);
    return ids;
}

void ChangeForm::setConflicts(const QStringList &blocking, const QStringList &warnings)
{
    QStringList lines;
    for (const QString &text : blocking)
        lines << u"<span style=\"color:#c62828\">⚠ <b>%1</b></span> %2"_s.arg(tr("Blocking:").toHtmlEscaped(),
                                                                               text.toHtmlEscaped());
    for (const QString &text : warnings)
        lines << u"<span style=\"color:#b06000\">⚠ <b>%1</b></span> %2"_s.arg(tr("Warning:").toHtmlEscaped(),
                                                                               text.toHtmlEscaped());
    m_conflicts->setText(lines.join(u"<br>"_s));
    m_conflicts->setVisible(!lines.isEmpty());
}

QString ChangeForm::conflictText() const
{
    return m_conflicts->isVisible() ? m_conflicts->text() : QString();
}

bool ChangeForm::isModified() const
{
    if (!m_record.id)
        return false;
    const auto now = edited();
    return !now || !ChangeService::changedFields(m_record, *now).isEmpty();
}

} // namespace ChangeDesk::Ui
