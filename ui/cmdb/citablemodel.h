#pragma once

#include "cmdb/cisummary.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QHash>
#include <QList>
#include <QLocale>

#include <map>
#include <optional>
#include <vector>

namespace ChangeDesk::Ui {

// Configuration items as a table: an in-memory snapshot of every CI's summary, sorted by the model itself
// on typed values (enum order, dates, protection levels as numbers, text by the user's collation).
// Rows are addressed two ways: the view's row (in the current sort order) and a storage slot that
// never moves while the snapshot lives, so that filters can keep per-CI data keyed by slot.
class CiTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        ClassColumn,
        SiteColumn,
        LifecycleColumn,
        PlatformColumn,
        OwnerColumn,
        OrgUnitColumn,
        ConfidentialityColumn,
        IntegrityColumn,
        AvailabilityColumn,
        MobileColumn,
        LastSeenColumn,
        FirmwareColumn,
        UpdateSourceColumn,
        FixedColumnCount // custom attributes follow, one column per attribute name
    };
    enum Role { SortRole = Qt::UserRole + 1, CiIdRole };

    explicit CiTableModel(QObject *parent = nullptr);

    // Replaces the snapshot (a reset) and sorts it by the current sort column.
    void setContents(QList<CiSummary> items, QHash<qint64, QString> personNames,
                     QHash<qint64, QString> unitNames);
    // The CI with this id changed: its row is updated in place (dataChanged for that row only;
    // a new attribute name adds a column). Unknown ids are added.
    void updateItem(const CiSummary &ci);
    // Adds a CI at its place in the sort order (rowsInserted).
    void addItem(const CiSummary &ci);
    // Removes the CI's row (rowsRemoved); false when it is not shown.
    bool removeItem(qint64 id);

    int rowOf(qint64 id) const;
    const CiSummary *item(qint64 id) const;
    const CiSummary &itemAtRow(int row) const { return m_items.at(m_order.at(row)); }
    // 0 when no CI has this name.
    qint64 idOf(const QString &name) const;
    QString personName(qint64 id) const { return m_personNames.value(id); }
    QString unitName(qint64 id) const { return m_unitNames.value(id); }
    const QHash<qint64, QString> &personNames() const { return m_personNames; }
    const QHash<qint64, QString> &unitNames() const { return m_unitNames; }

    // Stable names of the columns for settings and saved filters: the group expression's field
    // names (name, class, site, …, attr.NAME).
    QString columnKey(int column) const;
    int columnForKey(const QString &key) const;
    QStringList attributeNames() const { return m_attributeNames; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // ---- Storage slots, for CiFilterModel ----
    int slotCount() const { return int(m_items.size()); }
    bool isLive(int slot) const { return m_rowOfSlot.at(slot) >= 0; }
    int rowOfSlot(int slot) const { return m_rowOfSlot.at(slot); }
    int slotOfRow(int row) const { return m_order.at(row); }
    const CiSummary &itemInSlot(int slot) const { return m_items.at(slot); }
    // The text a cell shows, without going through QVariant.
    QString displayText(int slot, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    // Around removeItem(), outside the row signals: views move their current row meanwhile,
    // which is no choice of the user's.
    void itemAboutToBeRemoved(qint64 id);
    void itemRemoved(qint64 id);

private:
    // Local date and time as QLocale's short format shows them, for 100,000 rows: dates, times
    // of day and UTC offsets are each looked up once rather than computed per row.
    class DateTimeFormatter
    {
    public:
        QString format(const QDateTime &utc);
        void reset();

    private:
        QLocale m_locale;
        QHash<qint64, int> m_offsetByHour;
        QHash<qint64, QString> m_dates; // by Julian day
        QHash<int, QString> m_times; // by minute of the day
    };

    void cacheDisplayNames();
    void setSlot(int slot, CiSummary ci);
    const QString &lastSeenText(int slot) const;
    void addAttributeColumns(const CiSummary &ci);
    // Sorts `order` (slots) by the column; stable, so ties keep their previous order.
    void sortSlots(std::vector<int> &order, int column, Qt::SortOrder order_) const;
    bool lessThan(int a, int b, int column) const;
    const std::vector<QCollatorSortKey> &collationKeys(int column) const;
    QString sortText(int slot, int column) const;
    void rebuildRowIndex();
    int insertionRow(int slot) const;

    QList<CiSummary> m_items; // by slot
    mutable std::vector<QString> m_lastSeenTexts; // by slot, formatted when first shown
    mutable std::vector<char> m_lastSeenDone;
    std::vector<int> m_order; // view row -> slot
    std::vector<int> m_rowOfSlot; // slot -> view row, -1 for a removed CI
    QHash<qint64, int> m_slotById;
    mutable QHash<QString, qint64> m_idByName; // built on first use
    mutable bool m_namesIndexed = false;
    QHash<qint64, QString> m_personNames;
    QHash<qint64, QString> m_unitNames;
    QStringList m_attributeNames;
    int m_sortColumn = NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    QCollator m_collator;
    mutable DateTimeFormatter m_dates;
    mutable std::map<int, std::vector<QCollatorSortKey>> m_keys; // per text column, by slot

    // Translated enum names, looked up once instead of once per cell.
    QList<QString> m_classNames;
    QList<QString> m_lifecycleNames;
    QList<QString> m_levelNames;
    QList<QString> m_sourceNames;
    QString m_yes;
};

} // namespace ChangeDesk::Ui
