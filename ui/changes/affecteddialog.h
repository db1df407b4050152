#pragma once

#include "cmdb/cisummary.h"
#include "cmdb/grouprepository.h"

#include <QDialog>
#include <QList>
#include <QSet>

class QLabel;
class QLineEdit;
class QListWidget;
class QSortFilterProxyModel;
class QTableView;

namespace ChangeDesk::Ui {

class AffectedCiFilter;
class AffectedCiModel;

// What a request for change affects (M1, M5): configuration items from the CMDB, ticked in a
// table that a search narrows by name, class, site or platform, and groups of CIs. The protection
// need shown beside each CI is what the suggested category and priority follow from.
class AffectedDialog : public QDialog
{
    Q_OBJECT

public:
    AffectedDialog(const QList<CiSummary> &cis, const QList<CiGroup> &groups, const QList<qint64> &chosenCis,
                   const QList<qint64> &chosenGroups, QWidget *parent = nullptr);
    ~AffectedDialog() override;

    // The ticked CIs in name order, the ticked groups in list order.
    QList<qint64> chosenCis() const;
    QList<qint64> chosenGroups() const;

    QLineEdit *search() const { return m_search; }
    QTableView *ciView() const { return m_view; }
    QSortFilterProxyModel *ciFilter() const;
    QListWidget *groupList() const { return m_groups; }
    // Ticks or unticks the CI `id` as a person would.
    void setCiChosen(qint64 id, bool chosen);

private:
    void updateCount();

    AffectedCiModel *m_model;
    AffectedCiFilter *m_filter;
    QLineEdit *m_search;
    QTableView *m_view;
    QListWidget *m_groups;
    QLabel *m_count;
};

} // namespace ChangeDesk::Ui
