#include "citablemodel.h"

#include <QLocale>
#include <QSet>
#include <QThread>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Ui {

namespace {

const QStringList kColumnKeys
    = {u"name"_s,     u"class"_s,           u"site"_s,      u"lifecycle"_s,    u"platform"_s, u"owner"_s,
       u"unit"_s,     u"confidentiality"_s, u"integrity"_s, u"availability"_s, u"mobile"_s,   u"last_seen"_s,
       u"firmware"_s, u"update_source"_s};

bool isTextColumn(int column)
{
    switch (column) {
    case CiTableModel::NameColumn:
    case CiTableModel::SiteColumn:
    case CiTableModel::PlatformColumn:
    case CiTableModel::OwnerColumn:
    case CiTableModel::OrgUnitColumn:
    case CiTableModel::FirmwareColumn:
        return true;
    default:
        return column >= CiTableModel::FixedColumnCount;
    }
}

ProtectionLevel levelOf(const CiSummary &ci, int column)
{
    switch (column) {
    case CiTableModel::ConfidentialityColumn:
        return ci.protection.confidentiality;
    case CiTableModel::IntegrityColumn:
        return ci.protection.integrity;
    default:
        return ci.protection.availability;
    }
}

QString platformText(const CiSummary &ci)
{
    if (ci.platformVersion.isEmpty())
        return ci.platform;
    if (ci.platform.isEmpty())
        return ci.platformVersion;
    return ci.platform + u' ' + ci.platformVersion;
}

} // namespace

CiTableModel::CiTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    cacheDisplayNames();
}

void CiTableModel::cacheDisplayNames()
{
    m_classNames.clear();
    for (const QString &key : CmdbNames::ciClassKeys())
        m_classNames << CmdbNames::display(*CmdbNames::ciClass(key));
    m_lifecycleNames.clear();
    for (const QString &key : CmdbNames::lifecycleKeys())
        m_lifecycleNames << CmdbNames::display(*CmdbNames::lifecycle(key));
    m_levelNames = {CmdbNames::display(ProtectionLevel::Normal), CmdbNames::display(ProtectionLevel::High),
                    CmdbNames::display(ProtectionLevel::VeryHigh)};
    m_sourceNames
        = {CmdbNames::display(UpdateSource::None), CmdbNames::display(UpdateSource::Vendor),
           CmdbNames::display(UpdateSource::InternalServer), CmdbNames::display(UpdateSource::Parallel)};
    m_yes = tr("yes");
}

void CiTableModel::setSlot(int slot, CiSummary ci)
{
    if (m_namesIndexed && m_items.at(slot).name != ci.name) {
        m_idByName.remove(m_items.at(slot).name);
        m_idByName.insert(ci.name, ci.id);
    }
    m_items[slot] = std::move(ci);
    m_lastSeenDone[slot] = false;
    m_lastSeenTexts[slot].clear();
}

const QString &CiTableModel::lastSeenText(int slot) const
{
    if (!m_lastSeenDone[slot]) {
        const QDateTime &when = m_items.at(slot).lastSeen;
        m_lastSeenTexts[slot] = when.isValid() ? m_dates.format(when) : QString();
        m_lastSeenDone[slot] = true;
    }
    return m_lastSeenTexts[slot];
}

qint64 CiTableModel::idOf(const QString &name) const
{
    // Built when first asked: opening the table does not need it.
    if (!m_namesIndexed) {
        m_idByName.reserve(m_items.size());
        for (int slot = 0; slot < int(m_items.size()); ++slot) {
            if (m_rowOfSlot[slot] >= 0)
                m_idByName.insert(m_items.at(slot).name, m_items.at(slot).id);
        }
        m_namesIndexed = true;
    }
    return m_idByName.value(name, 0);
}

void CiTableModel::DateTimeFormatter::reset()
{
    m_locale = QLocale();
    m_offsetByHour.clear();
    m_dates.clear();
    m_times.clear();
}

QString CiTableModel::DateTimeFormatter::format(const QDateTime &utc)
{
    // Time zones change their offset on the hour (or half hour): one lookup per UTC hour.
    const qint64 seconds = utc.toSecsSinceEpoch();
    const qint64 hour = seconds / 3600 - (seconds % 3600 < 0 ? 1 : 0);
    auto offset = m_offsetByHour.constFind(hour);
    if (offset == m_offsetByHour.cend()) {
        const QDateTime start = QDateTime::fromSecsSinceEpoch(hour * 3600, QTimeZone::UTC).toLocalTime();
        offset = m_offsetByHour.insert(hour, start.offsetFromUtc());
    }
    const QDateTime local = QDateTime::fromSecsSinceEpoch(seconds + *offset, QTimeZone::UTC);
    const QDate date = local.date();
    auto dateText = m_dates.constFind(date.toJulianDay());
    if (dateText == m_dates.cend())
        dateText = m_dates.insert(date.toJulianDay(), m_locale.toString(date, QLocale::ShortFormat));
    const QTime time = local.time();
    const int minute = time.hour() * 60 + time.minute();
    auto timeText = m_times.constFind(minute);
    if (timeText == m_times.cend())
        timeText = m_times.insert(minute,
                                  m_locale.toString(QTime(time.hour(), time.minute()), QLocale::ShortFormat));
    return *dateText + u' ' + *timeText;
}

void CiTableModel::setContents(QList<CiSummary> items, QHash<qint64, QString> personNames,
                               QHash<qint64, QString> unitNames)
{
    beginResetModel();
    cacheDisplayNames();
    m_dates.reset();
    m_collator.setLocale(QLocale());
    m_keys.clear();
    m_items = std::move(items);
    m_lastSeenTexts.assign(m_items.size(), QString());
    m_lastSeenDone.assign(m_items.size(), false);
    m_idByName.clear();
    m_namesIndexed = false;
    m_slotById.clear();
    m_slotById.reserve(m_items.size());
    QSet<QString> attributeNames;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const CiSummary &ci = std::as_const(m_items)[i];
        for (auto it = ci.attributes.cbegin(); it != ci.attributes.cend(); ++it)
            attributeNames.insert(it.key());
        m_slotById.insert(ci.id, int(i));
    }
    m_attributeNames = attributeNames.values();
    m_attributeNames.sort(Qt::CaseInsensitive);
    m_personNames = std::move(personNames);
    m_unitNames = std::move(unitNames);
    m_order.resize(m_items.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    sortSlots(m_order, m_sortColumn, m_sortOrder);
    rebuildRowIndex();
    endResetModel();
}

void CiTableModel::rebuildRowIndex()
{
    m_rowOfSlot.assign(m_items.size(), -1);
    for (int row = 0; row < int(m_order.size()); ++row)
        m_rowOfSlot[m_order[row]] = row;
}

void CiTableModel::addAttributeColumns(const CiSummary &ci)
{
    for (auto it = ci.attributes.cbegin(); it != ci.attributes.cend(); ++it) {
        if (m_attributeNames.contains(it.key()))
            continue;
        const int column = FixedColumnCount + int(m_attributeNames.size());
        beginInsertColumns({}, column, column);
        m_attributeNames << it.key();
        endInsertColumns();
    }
}

void CiTableModel::updateItem(const CiSummary &ci)
{
    const auto found = m_slotById.constFind(ci.id);
    if (found == m_slotById.cend() || m_rowOfSlot.at(*found) < 0) {
        addItem(ci);
        return;
    }
    const int slot = *found;
    addAttributeColumns(ci);
    setSlot(slot, ci);
    for (auto &[column, keys] : m_keys)
        keys[slot] = m_collator.sortKey(sortText(slot, column));
    const int row = m_rowOfSlot.at(slot);
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

int CiTableModel::insertionRow(int slot) const
{
    // The first row that does not sort before the new CI.
    const auto at = std::partition_point(m_order.cbegin(), m_order.cend(), [&](int other) {
        return m_sortOrder == Qt::AscendingOrder ? !lessThan(slot, other, m_sortColumn)
                                                 : !lessThan(other, slot, m_sortColumn);
    });
    return int(at - m_order.cbegin());
}

void CiTableModel::addItem(const CiSummary &ci)
{
    if (const int row = rowOf(ci.id); row >= 0) {
        updateItem(ci);
        return;
    }
    addAttributeColumns(ci);
    const int slot = int(m_items.size());
    m_items.append(ci);
    m_lastSeenTexts.emplace_back();
    m_lastSeenDone.push_back(false);
    m_rowOfSlot.push_back(-1);
    m_slotById.insert(ci.id, slot);
    if (m_namesIndexed)
        m_idByName.insert(ci.name, ci.id);
    for (auto &[column, keys] : m_keys)
        keys.push_back(m_collator.sortKey(sortText(slot, column)));
    const int row = insertionRow(slot);
    beginInsertRows({}, row, row);
    m_order.insert(m_order.begin() + row, slot);
    for (int r = row; r < int(m_order.size()); ++r)
        m_rowOfSlot[m_order[r]] = r;
    endInsertRows();
}

bool CiTableModel::removeItem(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    const int slot = m_order.at(row);
    Q_EMIT itemAboutToBeRemoved(id);
    beginRemoveRows({}, row, row);
    m_order.erase(m_order.begin() + row);
    m_rowOfSlot[slot] = -1;
    for (int r = row; r < int(m_order.size()); ++r)
        m_rowOfSlot[m_order[r]] = r;
    if (m_namesIndexed)
        m_idByName.remove(m_items.at(slot).name);
    m_slotById.remove(id);
    endRemoveRows();
    Q_EMIT itemRemoved(id);
    return true;
}

int CiTableModel::rowOf(qint64 id) const
{
    const auto found = m_slotById.constFind(id);
    return found == m_slotById.cend() ? -1 : m_rowOfSlot.at(*found);
}

const CiSummary *CiTableModel::item(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &itemAtRow(row);
}

QString CiTableModel::columnKey(int column) const
{
    if (column >= 0 && column < FixedColumnCount)
        return kColumnKeys.at(column);
    if (column >= FixedColumnCount && column < columnCount())
        return u"attr."_s + m_attributeNames.at(column - FixedColumnCount);
    return {};
}

int CiTableModel::columnForKey(const QString &key) const
{
    if (const qsizetype fixed = kColumnKeys.indexOf(key); fixed >= 0)
        return int(fixed);
    if (key.startsWith(u"attr."_s)) {
        if (const qsizetype attribute = m_attributeNames.indexOf(key.mid(5)); attribute >= 0)
            return FixedColumnCount + int(attribute);
    }
    return -1;
}

QString CiTableModel::displayText(int slot, int column) const
{
    const CiSummary &ci = m_items.at(slot);
    switch (column) {
    case NameColumn:
        return ci.name;
    case ClassColumn:
        return m_classNames.value(int(ci.ciClass));
    case SiteColumn:
        return ci.site;
    case LifecycleColumn:
        return m_lifecycleNames.value(int(ci.lifecycle));
    case PlatformColumn:
        return platformText(ci);
    case OwnerColumn:
        return ci.ownerId ? m_personNames.value(*ci.ownerId) : QString();
    case OrgUnitColumn:
        return ci.orgUnitId ? m_unitNames.value(*ci.orgUnitId) : QString();
    case ConfidentialityColumn:
    case IntegrityColumn:
    case AvailabilityColumn:
        return m_levelNames.value(int(levelOf(ci, column)) - 1);
    case MobileColumn:
        return ci.mobile ? m_yes : QString();
    case LastSeenColumn:
        return lastSeenText(slot);
    case FirmwareColumn:
        return ci.firmwareVersion;
    case UpdateSourceColumn:
        return m_sourceNames.value(int(ci.updateSource));
    default:
        if (column >= FixedColumnCount && column < columnCount())
            return ci.attributes.value(m_attributeNames.at(column - FixedColumnCount));
        return {};
    }
}

int CiTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int CiTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FixedColumnCount + int(m_attributeNames.size());
}

QVariant CiTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int slot = m_order.at(index.row());
    const CiSummary &ci = m_items.at(slot);
    switch (role) {
    case Qt::DisplayRole:
        return displayText(slot, index.column());
    case CiIdRole:
        return ci.id;
    case SortRole:
        switch (index.column()) {
        case ClassColumn:
            return int(ci.ciClass);
        case LifecycleColumn:
            return int(ci.lifecycle);
        case ConfidentialityColumn:
        case IntegrityColumn:
        case AvailabilityColumn:
            return int(levelOf(ci, index.column()));
        case MobileColumn:
            return ci.mobile;
        case LastSeenColumn:
            return ci.lastSeen;
        case UpdateSourceColumn:
            return int(ci.updateSource);
        default:
            return sortText(slot, index.column());
        }
    default:
        return {};
    }
}

QVariant CiTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ConfidentialityColumn:
            return tr("Protection requirement: confidentiality");
        case IntegrityColumn:
            return tr("Protection requirement: integrity");
        case AvailabilityColumn:
            return tr("Protection requirement: availability");
        case MobileColumn:
            return tr("Often offline (laptops, phones): tracked until updated");
        case LastSeenColumn:
            return tr("When the system last reported");
        default:
            if (section >= FixedColumnCount)
                return tr("Custom attribute '%1'").arg(m_attributeNames.at(section - FixedColumnCount));
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ClassColumn:
        return tr("Class");
    case SiteColumn:
        return tr("Site");
    case LifecycleColumn:
        return tr("Lifecycle");
    case PlatformColumn:
        return tr("Platform");
    case OwnerColumn:
        return tr("Owner");
    case OrgUnitColumn:
        return tr("Organizational unit");
    case ConfidentialityColumn:
        //: Column header, short for the confidentiality protection requirement
        return tr("C");
    case IntegrityColumn:
        //: Column header, short for the integrity protection requirement
        return tr("I");
    case AvailabilityColumn:
        //: Column header, short for the availability protection requirement
        return tr("A");
    case MobileColumn:
        return tr("Mobile");
    case LastSeenColumn:
        return tr("Last seen");
    case FirmwareColumn:
        return tr("Firmware");
    case UpdateSourceColumn:
        return tr("Update source");
    default:
        return m_attributeNames.at(section - FixedColumnCount);
    }
}

QString CiTableModel::sortText(int slot, int column) const
{
    return displayText(slot, column);
}

const std::vector<QCollatorSortKey> &CiTableModel::collationKeys(int column) const
{
    auto found = m_keys.find(column);
    if (found != m_keys.end())
        return found->second;
    // Collation keys cost about a microsecond each: 100,000 of them are computed on every core,
    // each part with a collator of its own. Only constant data is read meanwhile.
    const int count = int(m_items.size());
    const int parts = count >= 20000 ? std::clamp(QThread::idealThreadCount(), 1, 8) : 1;
    std::vector<std::vector<QCollatorSortKey>> pieces(parts);
    QList<int> partNumbers(parts);
    std::iota(partNumbers.begin(), partNumbers.end(), 0);
    const auto computePart = [&](int part) {
        QCollator collator(m_collator.locale());
        collator.setNumericMode(m_collator.numericMode());
        collator.setCaseSensitivity(m_collator.caseSensitivity());
        const int from = int(qint64(count) * part / parts);
        const int to = int(qint64(count) * (part + 1) / parts);
        std::vector<QCollatorSortKey> &piece = pieces[part];
        piece.reserve(to - from);
        for (int slot = from; slot < to; ++slot)
            piece.push_back(collator.sortKey(sortText(slot, column)));
    };
    if (parts == 1)
        computePart(0);
    else
        QtConcurrent::blockingMap(partNumbers, computePart);
    std::vector<QCollatorSortKey> keys;
    keys.reserve(count);
    for (std::vector<QCollatorSortKey> &piece : pieces)
        std::move(piece.begin(), piece.end(), std::back_inserter(keys));
    return m_keys.emplace(column, std::move(keys)).first->second;
}

bool CiTableModel::lessThan(int a, int b, int column) const
{
    const CiSummary &x = m_items.at(a);
    const CiSummary &y = m_items.at(b);
    switch (column) {
    case ClassColumn:
        return x.ciClass < y.ciClass;
    case LifecycleColumn:
        return x.lifecycle < y.lifecycle;
    case ConfidentialityColumn:
    case IntegrityColumn:
    case AvailabilityColumn:
        return levelOf(x, column) < levelOf(y, column);
    case MobileColumn:
        return x.mobile < y.mobile;
    case LastSeenColumn:
        // Never seen sorts first.
        if (x.lastSeen.isValid() != y.lastSeen.isValid())
            return !x.lastSeen.isValid();
        return x.lastSeen < y.lastSeen;
    case UpdateSourceColumn:
        return x.updateSource < y.updateSource;
    default: {
        const auto &keys = collationKeys(column);
        return keys[a].compare(keys[b]) < 0;
    }
    }
}

void CiTableModel::sortSlots(std::vector<int> &order, int column, Qt::SortOrder sortOrder) const
{
    if (column < 0 || column >= columnCount())
        return;
    if (isTextColumn(column)) {
        const std::vector<QCollatorSortKey> &keys = collationKeys(column);
        const auto less = [&](int a, int b) {
            return keys[a].compare(keys[b]) < 0;
        };
        if (sortOrder == Qt::AscendingOrder)
            std::stable_sort(order.begin(), order.end(), less);
        else
            std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return less(b, a); });
        return;
    }
    if (sortOrder == Qt::AscendingOrder)
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return lessThan(a, b, column); });
    else
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return lessThan(b, a, column); });
}

void CiTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> slotsBefore;
    slotsBefore.reserve(before.size());
    for (const QModelIndex &index : before)
        slotsBefore << m_order.at(index.row());
    sortSlots(m_order, column, order);
    rebuildRowIndex();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after << index(m_rowOfSlot.at(slotsBefore.at(i)), before.at(i).column());
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace ChangeDesk::Ui
