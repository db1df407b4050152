#include "changes/kpidialog.h"

#include "changes/changelabels.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Ui {

namespace {

QChartView *makeView(QWidget *parent, const QString &name)
{
    auto *view = new QChartView(parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(360, 240);
    return view;
}

// QChartView comes with a chart of its own and only lets go of the one it is given another for.
void replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

QString monthName(const QDate &month)
{
    return QLocale().toString(month, u"MMM yy"_s);
}

QString percent(double rate)
{
    return rate < 0 ? QStringLiteral("–") : QLocale().toString(rate * 100, 'f', 0) + u" %"_s;
}

} // namespace

KpiDialog::KpiDialog(QWidget *parent)
    : QDialog(parent)
    , m_rates(makeView(this, u"kpiRates"_s))
    , m_counts(makeView(this, u"kpiCounts"_s))
    , m_leadTime(makeView(this, u"kpiLeadTime"_s))
    , m_table(new QTableWidget(this))
    , m_note(new QLabel(this))
{
    setObjectName(u"kpiDialog"_s);
    setWindowTitle(tr("Key figures of the change process"));
    m_table->setObjectName(u"kpiTable"_s);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_note->setWordWrap(true);
    m_note->setText(tr("Success and rollback rates count the requests that were implemented and ended in the "
                       "month; lead time runs from the request to its successful close."));
    auto *grid = new QGridLayout;
    grid->addWidget(m_rates, 0, 0);
    grid->addWidget(m_counts, 0, 1);
    grid->addWidget(m_leadTime, 1, 0);
    grid->addWidget(m_table, 1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid, 1);
    layout->addWidget(m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(1100, 720);
}

void KpiDialog::setFigures(const QList<MonthKpi> &months)
{
    QStringList names; // the table's column heads
    QStringList shortNames; // the charts' axes, where twelve months must fit
    for (const MonthKpi &m : months) {
        names << monthName(m.month);
        shortNames << m.month.toString(u"MM/yy"_s);
    }

    // Rates in percent, as lines; a month without implemented requests has no point.
    auto *rates = new QChart;
    rates->setTitle(tr("Rates per month (%)"));
    const QList<std::pair<QString, double (MonthKpi::*)() const>> rateSeries {
        {tr("Success rate"), &MonthKpi::successRate},
        {tr("Emergency share"), &MonthKpi::emergencyShare},
        {tr("Rollback rate"), &MonthKpi::rollbackRate},
    };
    auto *monthsAxis = new QBarCategoryAxis;
    monthsAxis->append(shortNames);
    monthsAxis->setLabelsAngle(-90);
    auto *percentAxis = new QValueAxis;
    percentAxis->setRange(0, 100);
    percentAxis->setLabelFormat(u"%d"_s);
    rates->addAxis(monthsAxis, Qt::AlignBottom);
    rates->addAxis(percentAxis, Qt::AlignLeft);
    for (const auto &[name, rate] : rateSeries) {
        auto *series = new QLineSeries;
        series->setName(name);
        series->setPointsVisible(true);
        for (int i = 0; i < months.size(); ++i) {
            const double value = (months.at(i).*rate)();
            if (value >= 0)
                series->append(i, value * 100);
        }
        rates->addSeries(series);
        series->attachAxis(monthsAxis);
        series->attachAxis(percentAxis);
    }
    replaceChart(m_rates, rates);

    // Counts as grouped bars.
    auto *counts = new QChart;
    counts->setTitle(tr("Requests and evaluations per month"));
    auto *bars = new QBarSeries;
    const QList<std::pair<QString, int MonthKpi::*>> countSets {
        {tr("Created"), &MonthKpi::created},
        {tr("Ended"), &MonthKpi::ended},
        {tr("Evaluations due"), &MonthKpi::evaluationsDue},
        {tr("Evaluations overdue"), &MonthKpi::evaluationsOverdue},
    };
    int highest = 1;
    for (const auto &[name, count] : countSets) {
        auto *set = new QBarSet(name);
        for (const MonthKpi &m : months) {
            *set << m.*count;
            highest = std::max(highest, m.*count);
        }
        bars->append(set);
    }
    counts->addSeries(bars);
    auto *countMonths = new QBarCategoryAxis;
    countMonths->append(shortNames);
    countMonths->setLabelsAngle(-90);
    auto *countAxis = new QValueAxis;
    countAxis->setRange(0, highest);
    countAxis->setLabelFormat(u"%d"_s);
    countAxis->applyNiceNumbers();
    counts->addAxis(countMonths, Qt::AlignBottom);
    counts->addAxis(countAxis, Qt::AlignLeft);
    bars->attachAxis(countMonths);
    bars->attachAxis(countAxis);
    replaceChart(m_counts, counts);

    // Median lead time per category.
    auto *lead = new QChart;
    lead->setTitle(tr("Median lead time to success (days)"));
    auto *leadBars = new QBarSeries;
    double longest = 1;
    for (const QString &category : {u"minor"_s, u"serious"_s, u"far_reaching"_s}) {
        auto *set = new QBarSet(ChangeLabels::category(category));
        for (const MonthKpi &m : months) {
            const double days = m.medianLeadDays.value(category, 0);
            *set << days;
            longest = std::max(longest, days);
        }
        leadBars->append(set);
    }
    lead->addSeries(leadBars);
    auto *leadMonths = new QBarCategoryAxis;
    leadMonths->append(shortNames);
    leadMonths->setLabelsAngle(-90);
    auto *daysAxis = new QValueAxis;
    daysAxis->setRange(0, longest);
    daysAxis->applyNiceNumbers();
    daysAxis->setLabelFormat(u"%d"_s);
    lead->addAxis(leadMonths, Qt::AlignBottom);
    lead->addAxis(daysAxis, Qt::AlignLeft);
    leadBars->attachAxis(leadMonths);
    leadBars->attachAxis(daysAxis);
    replaceChart(m_leadTime, lead);

    // The numbers.
    const QStringList rows {
        tr("Created"),         tr("Emergency changes"), tr("Ended"),           tr("Succeeded"),
        tr("Failed"),          tr("Rejected"),          tr("Rolled back"),     tr("Success rate"),
        tr("Emergency share"), tr("Rollback rate"),     tr("Evaluations due"), tr("Evaluations overdue")};
    m_table->clear();
    m_table->setRowCount(int(rows.size()));
    m_table->setColumnCount(int(months.size()));
    m_table->setVerticalHeaderLabels(rows);
    m_table->setHorizontalHeaderLabels(names);
    for (int column = 0; column < months.size(); ++column) {
        const MonthKpi &m = months.at(column);
        const QStringList values {QString::number(m.created),        QString::number(m.emergency),
                                  QString::number(m.ended),          QString::number(m.succeeded),
                                  QString::number(m.failed),         QString::number(m.rejected),
                                  QString::number(m.rolledBack),     percent(m.successRate()),
                                  percent(m.emergencyShare()),       percent(m.rollbackRate()),
                                  QString::number(m.evaluationsDue), QString::number(m.evaluationsOverdue)};
        for (int row = 0; row < values.size(); ++row) {
            auto *item = new QTableWidgetItem(values.at(row));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
}

} // namespace ChangeDesk::Ui
