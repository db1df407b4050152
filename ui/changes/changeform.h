#pragma once

#include "change/changeanalysis.h"
#include "change/changerecord.h"
#include "common/error.h"
#include "people/people.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;
class QToolButton;

namespace ChangeDesk::Ui {

class RecordTableModel;

// One request for change as a form in tabs: General, Classification, Planning, Tests, Evaluation
// and History. It holds no rules: the pane tells it which fields the acting person may edit
// (ChangeService::editableFields) and which ones the next transitions still need, and reads the
// edited record back for ChangeService::update. Field widgets are named "field-KEY" after
// ChangeFields keys.
class ChangeForm : public QWidget
{
    Q_OBJECT

public:
    enum Tab { GeneralTab, ClassificationTab, PlanningTab, TestsTab, EvaluationTab, AttachmentsTab, HistoryTab };

    explicit ChangeForm(QWidget *parent = nullptr);

    void setChoices(const QList<Person> &people, const QList<OrgUnit> &units);
    // Shows `request` (id 0: nothing). `editable`: the field keys the person may change;
    // `needed`: field key -> the transitions (in words) that need it and find it empty.
    void setRecord(const ChangeRequest &request, const QSet<QString> &editable,
                   const QHash<QString, QStringList> &needed, const QHash<qint64, QString> &ciNames);
    // After a failed save: the stored record is `request`, the widgets keep what the user typed.
    void setStored(const ChangeRequest &request);
    // What the person chose as affected (the pane's dialog), with the names to show; a change
    // like any typed one.
    void setAffected(const QList<qint64> &cis, const QList<qint64> &groups, const QHash<qint64, QString> &ciNames,
                     const QHash<qint64, QString> &groupNames);
    // The affected CIs and groups as the form holds them now.
    const QList<qint64> &affectedCis() const { return m_affectedCis; }
    const QList<qint64> &affectedGroups() const { return m_affectedGroups; }
    // Names of groups, for showing a record's affected groups.
    void setGroupNames(const QHash<qint64, QString> &names) { m_groupNames = names; }
    void setSuggestion(const std::optional<ClassificationSuggestion> &suggestion);
    void setHistoryRows(const QList<QList<QString>> &rows);
    // The calendar's conflicts of the plan as the form holds it (the pane checks it on every edit).
    void setConflicts(const QStringList &blocking, const QStringList &warnings);
    QString conflictText() const;
    QListWidget *implementersList() const { return m_implementers; }

    const ChangeRequest &stored() const { return m_record; }
    // The stored record with the widgets' values; InvalidInput naming the field that does not fit.
    Result<ChangeRequest> edited() const;
    bool isModified() const;

    QTabWidget *tabs() const { return m_tabs; }
    QWidget *field(const QString &key) const { return m_fields.value(key); }
    // Whether the field is highlighted as needed by a next transition.
    bool isHighlighted(const QString &key) const { return m_highlighted.contains(key); }
    QTableWidget *wavesTable() const { return m_waves; }
    QTableWidget *testCasesTable() const { return m_testCases; }
    RecordTableModel *historyModel() const { return m_history; }
    QTableWidget *attachmentsTable() const { return m_attachments; }
    // The ids of the attachments selected in the table, in row order.
    QList<qint64> selectedAttachments() const;

Q_SIGNALS:
    // The user changed a value.
    void userEdited();
    // "Choose…" beside the affected CIs: the pane asks with AffectedDialog.
    void chooseAffectedRequested();
    // The attachment buttons: the pane does the work through ChangeService.
    void attachRequested();
    void removeAttachmentRequested(qint64 id);
    void openAttachmentRequested(qint64 id);
    void compareAttachmentsRequested(qint64 left, qint64 right);

private:
    QWidget *buildGeneral();
    QWidget *buildClassification();
    QWidget *buildPlanning();
    QWidget *buildTests();
    QWidget *buildEvaluation();
    QWidget *buildAttachments();
    QWidget *buildHistory();
    void fillAttachments(const QList<ChangeAttachment> &attachments);
    void updateAttachmentButtons();

    QLineEdit *lineField(const QString &key);
    QPlainTextEdit *textField(const QString &key, int lines = 3);
    QComboBox *comboField(const QString &key, const QStringList &ids, bool withEmpty);
    // A date and time field with a button that clears it; the field is field(key).
    QWidget *timeField(const QString &key);
    void updateClearButton(const QString &key);
    QCheckBox *checkField(const QString &key);
    QComboBox *answerCombo(const QString &name);

    QString widgetText(const QString &key) const;
    void setWidgetText(const QString &key, const QString &text);
    void setEditable(const QSet<QString> &editable);
    void highlight(const QHash<QString, QStringList> &needed);
    void fillWaves(const QList<RolloutWave> &waves);
    void fillTestCases(const QList<TestCase> &cases);
    Result<QList<RolloutWave>> wavesFromTable() const;
    QList<TestCase> testCasesFromTable() const;
    ChangeEvaluation evaluationFromWidgets() const;
    QList<qint64> implementersFromList() const;
    void addWave();
    void removeWave();
    void addTestCase();
    void removeTestCase();
    void changed();
    void showAffected();

    ChangeRequest m_record;
    QSet<QString> m_editable;
    QHash<QString, QString> m_loadedText; // text keys as the widgets showed them when loaded
    QVariant m_loadedDepartment;
    QList<RolloutWave> m_loadedWaves; // as read back from the table when loaded
    QList<TestCase> m_loadedCases;
    ChangeEvaluation m_loadedEvaluation;
    QList<qint64> m_affectedCis; // as chosen; m_loadedCis when the record was shown
    QList<qint64> m_affectedGroups;
    QList<qint64> m_loadedCis;
    QList<qint64> m_loadedGroups;
    QList<qint64> m_loadedImplementers;
    QHash<qint64, QString> m_ciNames;
    QHash<qint64, QString> m_groupNames;
    QHash<QString, QWidget *> m_fields; // by field key
    QHash<QString, QToolButton *> m_clearButtons; // of the date and time fields, by key
    QSet<QString> m_highlighted;
    bool m_filling = false;

    QTabWidget *m_tabs;
    QLabel *m_applicant;
    QComboBox *m_department;
    QLabel *m_affected;
    QPushButton *m_chooseAffected;
    QLabel *m_suggestion;
    QPushButton *m_useSuggestion;
    std::optional<ClassificationSuggestion> m_suggested;
    QTableWidget *m_waves;
    QPushButton *m_addWave;
    QPushButton *m_removeWave;
    QTableWidget *m_testCases;
    QPushButton *m_addTestCase;
    QPushButton *m_removeTestCase;
    QComboBox *m_goalReached;
    QComboBox *m_usersSatisfied;
    QComboBox *m_budgetKept;
    QComboBox *m_scheduleKept;
    QPlainTextEdit *m_sideEffects;
    QPlainTextEdit *m_postTests;
    QLabel *m_evaluatedAt;
    QTableWidget *m_attachments;
    QPushButton *m_attach;
    QPushButton *m_detach;
    QPushButton *m_openAttachment;
    QPushButton *m_compareAttachments;
    RecordTableModel *m_history;
    QTableView *m_historyView;
    QHash<qint64, QString> m_personNames;
    QListWidget *m_implementers;
    QLabel *m_conflicts;
};

} // namespace ChangeDesk::Ui
