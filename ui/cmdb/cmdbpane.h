#pragma once

#include "cmdb/ci.h"
#include "cmdb/groupexpression.h"
#include "common/clock.h"
#include "common/error.h"
#include "people/people.h"
#include "shell/pane.h"

#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QTabWidget;
class QTableView;
class QToolBar;
class QToolButton;
class QUndoStack;

namespace ChangeDesk::Ui {

class CiDetailView;
class CiFilterModel;
class CiStore;
class CiTableModel;
class CiViewSettings;
class PeopleModel;
class PeopleView;

// The configuration management database (N1, M11): every configuration item in a table that
// filters as one types, with saved filters, a column chooser and typed sorting; the selected CI in
// a detail editor whose every edit can be undone and lands in the CI's history; and, on a second
// tab, the organizational units and people who own the CIs.
class CmdbPane : public Pane
{
    Q_OBJECT

public:
    explicit CmdbPane(const Clock &clock = Clock::system(), QWidget *parent = nullptr);
    // With view settings of the caller's choosing (tests use a file of their own).
    CmdbPane(const Clock &clock, std::unique_ptr<CiViewSettings> settings, QWidget *parent = nullptr);
    ~CmdbPane() override;

    QString title() const override;
    QIcon icon() const override;
    // Loads everything synchronously: when this returns, the table is filled.
    void setDatabase(std::shared_ptr<Database> db) override;

    // ---- What the toolbar, menus and keys do; public for tests and benchmarks ----
    // Applies the free-text filter at once (as typing into the filter field does).
    void setFilterText(const QString &text);
    QString filterText() const;
    // Applies a group expression; an error is shown under the field and returned. Empty clears.
    Status setFilterExpression(const QString &text);
    int shownCount() const;
    int totalCount() const;
    QString countText() const;

    void selectItem(qint64 id);
    // The CI the detail editor shows (0: none).
    qint64 currentItemId() const;
    // Adds a CI with this name and class as one undoable step and selects it.
    Result<qint64> addItem(const QString &name, CiClass ciClass);
    // Deletes the selected CI after asking; undoable.
    bool deleteCurrentItem();
    void undo();
    void redo();

    Status saveCurrentFilter(const QString &name);
    bool applySavedFilter(const QString &name);
    Status deleteSavedFilter(const QString &name);

    void setColumnVisible(int column, bool visible);
    bool isColumnVisible(int column) const;
    QStringList visibleColumnKeys() const;

    CiTableModel *ciModel() const { return m_model; }
    CiFilterModel *ciFilter() const { return m_filter; }
    QTableView *ciView() const { return m_view; }
    CiDetailView *detailView() const { return m_detail; }
    QUndoStack *undoStack() const { return m_undoStack; }
    PeopleModel *peopleModel() const;
    QTabWidget *tabs() const { return m_tabs; }
    // New, Delete, Undo, Redo, Import…, Export…, the column chooser and the saved filters.
    QToolBar *toolBar() const { return m_toolBar; }

private:
    void importFile();
    void exportFile();
    void createActions();
    void showLoadError(const QString &message);
    void showPeopleWhenVisible();
    void currentRowChanged(const QModelIndex &current, const QModelIndex &previous);
    void reselectAfterFilter();
    void updateCount();
    void updateActions();
    void applyVisibleColumns(const QStringList &keys);
    void columnsChanged();
    void showColumnMenu(const QPoint &position);
    void fillColumnMenu(QMenu *menu);
    void fillSavedFilterMenu(QMenu *menu);
    void expressionEdited();
    void askNewItem();
    void followExpression(qint64 id);

    const Clock &m_clock;
    std::unique_ptr<CiViewSettings> m_settings;
    std::shared_ptr<Database> m_db;
    QList<Person> m_people;
    QList<OrgUnit> m_units;

    QTabWidget *m_tabs;
    CiTableModel *m_model;
    CiFilterModel *m_filter;
    CiStore *m_store;
    QUndoStack *m_undoStack;
    QToolBar *m_toolBar;
    QLineEdit *m_search;
    QLineEdit *m_expression;
    QLabel *m_expressionError;
    QTableView *m_view;
    QLabel *m_count;
    CiDetailView *m_detail;
    PeopleView *m_peopleView;
    QToolButton *m_columnsButton;
    QToolButton *m_savedFiltersButton;
    QAction *m_newAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;

    std::optional<GroupExpression::SqlFilter> m_expressionSql; // the expression applied
    qint64 m_selectedId = 0; // the CI selected in the table, kept across filter changes
    bool m_reselecting = false;
    bool m_peopleShown = false;
};

} // namespace ChangeDesk::Ui
