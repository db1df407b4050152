#include "changes/affecteddialog.h"

#include <QAbstractTableModel>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Ui {

// Every CI with a tick box: name, class, site, platform and protection need.
class AffectedCiModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ClassColumn, SiteColumn, PlatformColumn, ProtectionColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    AffectedCiModel(QList<CiSummary> cis, QSet<qint64> chosen, QObject *parent)
        : QAbstractTableModel(parent)
        , m_cis(std::move(cis))
        , m_chosen(std::move(chosen))
    {
        std::sort(m_cis.begin(), m_cis.end(), [](const CiSummary &a, const CiSummary &b) {
            return QString::compare(a.name, b.name, Qt::CaseInsensitive) < 0;
        });
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_cis.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid())
            return {};
        const CiSummary &ci = m_cis.at(index.row());
        if (role == IdRole)
            return ci.id;
        if (role == Qt::CheckStateRole && index.column() == NameColumn)
            return m_chosen.contains(ci.id) ? Qt::Checked : Qt::Unchecked;
        if (role != Qt::DisplayRole)
            return {};
        switch (index.column()) {
        case NameColumn:
            return ci.name;
        case ClassColumn:
            return CmdbNames::display(ci.ciClass);
        case SiteColumn:
            return ci.site;
        case PlatformColumn:
            return ci.platformVersion.isEmpty() ? ci.platform
                                                : u"%1 %2"_s.arg(ci.platform, ci.platformVersion);
        case ProtectionColumn:
            return CmdbNames::display(std::max(
                {ci.protection.confidentiality, ci.protection.integrity, ci.protection.availability}));
        }
        return {};
    }

    bool setData(const QModelIndex &index, const QVariant &value, int role) override
    {
        if (!index.isValid() || role != Qt::CheckStateRole || index.column() != NameColumn)
            return false;
        const qint64 id = m_cis.at(index.row()).id;
        if (value.value<Qt::CheckState>() == Qt::Checked)
            m_chosen.insert(id);
        else
            m_chosen.remove(id);
        Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
        return true;
    }

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        Qt::ItemFlags f = QAbstractTableModel::flags(index);
        if (index.column() == NameColumn)
            f |= Qt::ItemIsUserCheckable;
        return f;
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case NameColumn:
            return AffectedDialog::tr("Configuration item");
        case ClassColumn:
            return AffectedDialog::tr("Class");
        case SiteColumn:
            return AffectedDialog::tr("Site");
        case PlatformColumn:
            return AffectedDialog::tr("Platform");
        case ProtectionColumn:
            return AffectedDialog::tr("Protection need");
        }
        return {};
    }

    int rowOf(qint64 id) const
    {
        for (int row = 0; row < m_cis.size(); ++row) {
            if (m_cis.at(row).id == id)
                return row;
        }
        return -1;
    }

    QList<qint64> chosen() const
    {
        QList<qint64> ids;
        for (const CiSummary &ci : m_cis) {
            if (m_chosen.contains(ci.id))
                ids << ci.id;
        }
        return ids;
    }

private:
    QList<CiSummary> m_cis;
    QSet<qint64> m_chosen;
};

// Matches the search text in any column, ignoring case.
class AffectedCiFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setText(const QString &text)
    {
        m_text = text.trimmed();
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (m_text.isEmpty())
            return true;
        for (int column = 0; column < AffectedCiModel::ColumnCount; ++column) {
            if (sourceModel()
                    ->index(row, column, parent)
                    .data()
                    .toString()
                    .contains(m_text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

private:
    QString m_text;
};

AffectedDialog::AffectedDialog(const QList<CiSummary> &cis, const QList<CiGroup> &groups,
                               const QList<qint64> &chosenCis, const QList<qint64> &chosenGroups,
                               QWidget *parent)
    : QDialog(parent)
    , m_model(new AffectedCiModel(cis, QSet<qint64>(chosenCis.cbegin(), chosenCis.cend()), this))
    , m_filter(new AffectedCiFilter(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_groups(new QListWidget(this))
    , m_count(new QLabel(this))
{
    setObjectName(u"affectedDialog"_s);
    setWindowTitle(tr("Affected configuration items and groups"));
    m_search->setObjectName(u"affectedSearch"_s);
    m_view->setObjectName(u"affectedCis"_s);
    m_groups->setObjectName(u"affectedGroups"_s);
    m_count->setObjectName(u"affectedCount"_s);

    m_filter->setSourceModel(m_model);
    m_search->setPlaceholderText(tr("Type to filter by name, class, site or platform"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_filter, &AffectedCiFilter::setText);
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(AffectedCiModel::NameColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(AffectedCiModel::ClassColumn, 130);
    m_view->setColumnWidth(AffectedCiModel::SiteColumn, 100);
    m_view->setColumnWidth(AffectedCiModel::PlatformColumn, 130);
    m_view->setColumnWidth(AffectedCiModel::ProtectionColumn, 120);
    // Enter or a double click on a row ticks or unticks it (the box itself takes a click or Space).
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex name = index.siblingAtColumn(AffectedCiModel::NameColumn);
        const bool on = name.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked;
        m_filter->setData(name, on ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AffectedDialog::updateCount);

    const QSet<qint64> groupSet(chosenGroups.cbegin(), chosenGroups.cend());
    for (const CiGroup &group : groups) {
        auto *item = new QListWidgetItem(group.name, m_groups);
        item->setData(Qt::UserRole, group.id);
        item->setToolTip(group.kind == CiGroup::Kind::Dynamic
                             ? tr("Dynamic group: %1").arg(group.expression)
                             : (group.description.isEmpty() ? tr("Static group") : group.description));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(groupSet.contains(group.id) ? Qt::Checked : Qt::Unchecked);
    }
    connect(m_groups, &QListWidget::itemChanged, this, &AffectedDialog::updateCount);

    auto *ciBox = new QWidget(this);
    auto *ciLayout = new QVBoxLayout(ciBox);
    ciLayout->setContentsMargins(0, 0, 0, 0);
    auto *ciCaption = new QLabel(tr("Configuration items"), ciBox);
    ciCaption->setBuddy(m_search);
    ciLayout->addWidget(ciCaption);
    ciLayout->addWidget(m_search);
    ciLayout->addWidget(m_view, 1);
    auto *groupBox = new QWidget(this);
    auto *groupLayout = new QVBoxLayout(groupBox);
    groupLayout->setContentsMargins(0, 0, 0, 0);
    auto *groupCaption = new QLabel(tr("Groups"), groupBox);
    groupCaption->setBuddy(m_groups);
    groupLayout->addWidget(groupCaption);
    groupLayout->addWidget(m_groups, 1);
    if (groups.isEmpty()) {
        m_groups->setEnabled(false);
        groupLayout->addWidget(new QLabel(tr("The CMDB has no groups yet."), groupBox));
    }
    auto *splitter = new QSplitter(this);
    splitter->addWidget(ciBox);
    splitter->addWidget(groupBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);
    resize(900, 560);
    updateCount();
    m_search->setFocus();
}

AffectedDialog::~AffectedDialog() = default;

QSortFilterProxyModel *AffectedDialog::ciFilter() const
{
    return m_filter;
}

QList<qint64> AffectedDialog::chosenCis() const
{
    return m_model->chosen();
}

QList<qint64> AffectedDialog::chosenGroups() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_groups->count(); ++row) {
        if (m_groups->item(row)->checkState() == Qt::Checked)
            ids << m_groups->item(row)->data(Qt::UserRole).toLongLong();
    }
    return ids;
}

void AffectedDialog::setCiChosen(qint64 id, bool chosen)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_model->setData(m_model->index(row, AffectedCiModel::NameColumn),
                         chosen ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

void AffectedDialog::updateCount()
{
    m_count->setText(tr("%n configuration item(s)", nullptr, int(m_model->chosen().size())) + u", "_s
                     + tr("%n group(s) chosen", nullptr, int(chosenGroups().size())));
}

} // namespace ChangeDesk::Ui

#include "affecteddialog.moc"
