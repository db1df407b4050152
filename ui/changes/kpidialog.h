#pragma once

#include "change/changeagenda.h"

#include <QDialog>

class QLabel;
class QTableWidget;

class QChartView;

namespace ChangeDesk::Ui {

// The key figures of the change process per month (M13) as charts, with the same numbers in a
// table beneath (for reading them exactly, and for screen readers): success rate, emergency
// share and rollback rate; requests created and ended, evaluations due and overdue; the median
// lead time per category. Read-only.
class KpiDialog : public QDialog
{
    Q_OBJECT

public:
    explicit KpiDialog(QWidget *parent = nullptr);

    // The months to show, oldest first (ChangeAgenda::kpis).
    void setFigures(const QList<MonthKpi> &months);

    QChartView *ratesView() const { return m_rates; }
    QChartView *countsView() const { return m_counts; }
    QChartView *leadTimeView() const { return m_leadTime; }
    QTableWidget *table() const { return m_table; }

private:
    QChartView *m_rates;
    QChartView *m_counts;
    QChartView *m_leadTime;
    QTableWidget *m_table;
    QLabel *m_note;
};

} // namespace ChangeDesk::Ui
