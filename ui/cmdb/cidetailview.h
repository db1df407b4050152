#pragma once

#include "cmdb/ci.h"
#include "people/people.h"
#include "people/rightsprofilerepository.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeView;
class QUndoStack;

namespace ChangeDesk::Ui {

class CiForm;
class CiStore;
class ImpactModel;
class RecordTableModel;

// The selected configuration item in detail, one tab each: its attributes (an editable form),
// relations (add and remove), installed software, patch history, the history of its edits, the
// impact of its failure with the protection requirement it inherits, and the rights profiles
// people and units hold on it (grant and revoke). Edits go through the
// undo stack; tabs other than the form load when they are shown.
class CiDetailView : public QWidget
{
    Q_OBJECT

public:
    enum Tab { AttributesTab, RelationsTab, SoftwareTab, PatchesTab, HistoryTab, ImpactTab, RightsTab };

    CiDetailView(CiStore *store, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~CiDetailView() override;

    void setChoices(const QList<Person> &people, const QList<OrgUnit> &units, const QStringList &sites);
    void setReadOnly(bool readOnly);
    // Shows the CI (0: none). Does not ask about unsaved changes: see maybeSave().
    void showItem(qint64 id);
    qint64 itemId() const { return m_id; }
    bool isModified() const;
    // Before leaving a modified CI: asks whether to save. False when the user cancels or saving
    // failed, so the caller stays.
    bool maybeSave();
    // Saves the form's changes as one undoable edit. On a conflict the form shows what is stored
    // now with the user's changes applied again, and says so.
    bool save();
    void revert();

    QTabWidget *tabs() const { return m_tabs; }
    CiForm *form() const { return m_form; }
    RecordTableModel *relationsModel() const { return m_relations; }
    RecordTableModel *softwareModel() const { return m_software; }
    RecordTableModel *patchesModel() const { return m_patches; }
    RecordTableModel *historyModel() const { return m_history; }
    RecordTableModel *protectionModel() const { return m_protection; }
    ImpactModel *impactModel() const { return m_impact; }
    RecordTableModel *rightsModel() const { return m_rights; }
    // Adds a relation as one undoable step; `otherName` names the other CI.
    bool addRelation(RelationType type, bool outgoing, const QString &otherName);
    // Removes the relation in this row of the relations tab.
    bool removeRelation(int row);
    // Grants a rights profile on the shown CI as one undoable step (the CI is filled in).
    bool grantRights(RightsProfile rights);
    // Asks for a grant (RightsGrantDialog) and grants it.
    void openGrantDialog();
    // Revokes the rights profile in this row of the rights tab as one undoable step.
    bool revokeRights(int row);
    // Saves `changed` (holder, profile, description) over the grant in row `row`, undoably.
    bool changeRights(int row, RightsProfile changed);
    // Asks for the change of the grant in row `row` in a dialog.
    void openChangeDialog(int row);

private:
    void itemChanged(qint64 id);
    void relationsChanged(qint64 sourceId, qint64 targetId);
    void loadCurrentTab();
    void loadRelations();
    void loadSoftware();
    void loadPatches();
    void loadHistory();
    void loadImpact();
    void loadRights();
    void rightsChanged(qint64 ciId);
    void updateRightsButtons();
    void updateHeader();
    void updateRelationDirections();
    QString nameOf(qint64 id) const;
    // The CI as stored; a message and nullopt when it cannot be read.
    std::optional<ConfigurationItem> readStored(qint64 id);
    QString historyField(const QString &field) const;
    QString historyValue(const QString &field, const QString &value) const;

    CiStore *m_store;
    QUndoStack *m_undoStack;
    qint64 m_id = 0;
    bool m_readOnly = false;
    // Which tabs show the current CI's data; cleared when it changes.
    QList<bool> m_loaded;

    QLabel *m_title;
    QLabel *m_subtitle;
    QTabWidget *m_tabs;
    CiForm *m_form;
    RecordTableModel *m_relations;
    QTableView *m_relationView;
    QComboBox *m_relationType;
    QComboBox *m_relationDirection;
    QLineEdit *m_relationOther;
    QPushButton *m_relationAdd;
    QPushButton *m_relationRemove;
    RecordTableModel *m_software;
    RecordTableModel *m_patches;
    RecordTableModel *m_history;
    ImpactModel *m_impact;
    QTreeView *m_impactView;
    QLabel *m_impactSummary;
    RecordTableModel *m_protection;
    RecordTableModel *m_rights;
    QTableView *m_rightsView;
    QPushButton *m_rightsGrant;
    QPushButton *m_rightsRevoke;
    QPushButton *m_rightsChange;
    QList<RightsProfile> m_rightsRows; // behind the rows of m_rights
    QList<Person> m_people;
    QList<OrgUnit> m_units;
};

} // namespace ChangeDesk::Ui
