#include "civiewsettings.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Ui {

namespace {
const QString kFilters = u"cmdb/savedFilters"_s;
const QString kColumns = u"cmdb/visibleColumns"_s;
} // namespace

CiViewSettings::CiViewSettings()
    : m_settings(std::make_unique<QSettings>())
{ }

CiViewSettings::CiViewSettings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{ }

CiViewSettings::~CiViewSettings() = default;

QList<SavedFilter> CiViewSettings::savedFilters() const
{
    QList<SavedFilter> filters;
    const int count = m_settings->beginReadArray(kFilters);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        SavedFilter filter {m_settings->value(u"name"_s).toString(), m_settings->value(u"text"_s).toString(),
                            m_settings->value(u"expression"_s).toString(),
                            m_settings->value(u"columns"_s).toStringList()};
        if (!filter.name.trimmed().isEmpty())
            filters << filter;
    }
    m_settings->endArray();
    std::ranges::sort(filters, [](const SavedFilter &a, const SavedFilter &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return filters;
}

std::optional<SavedFilter> CiViewSettings::savedFilter(const QString &name) const
{
    for (const SavedFilter &filter : savedFilters()) {
        if (filter.name == name)
            return filter;
    }
    return std::nullopt;
}

Status CiViewSettings::saveFilter(SavedFilter filter)
{
    filter.name = filter.name.trimmed();
    if (filter.name.isEmpty())
        return fail(ErrorKind::InvalidInput, tr("A saved filter needs a name."));
    QList<SavedFilter> filters = savedFilters();
    filters.removeIf([&](const SavedFilter &existing) { return existing.name == filter.name; });
    filters << filter;
    return writeFilters(filters);
}

Status CiViewSettings::removeFilter(const QString &name)
{
    QList<SavedFilter> filters = savedFilters();
    filters.removeIf([&](const SavedFilter &existing) { return existing.name == name; });
    return writeFilters(filters);
}

Status CiViewSettings::writeFilters(const QList<SavedFilter> &filters)
{
    m_settings->remove(kFilters);
    m_settings->beginWriteArray(kFilters, int(filters.size()));
    for (int i = 0; i < filters.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(u"name"_s, filters.at(i).name);
        m_settings->setValue(u"text"_s, filters.at(i).text);
        m_settings->setValue(u"expression"_s, filters.at(i).expression);
        m_settings->setValue(u"columns"_s, filters.at(i).columns);
    }
    m_settings->endArray();
    return flush();
}

std::optional<QStringList> CiViewSettings::visibleColumns() const
{
    if (!m_settings->contains(kColumns))
        return std::nullopt;
    return m_settings->value(kColumns).toStringList();
}

Status CiViewSettings::setVisibleColumns(const QStringList &keys)
{
    m_settings->setValue(kColumns, keys);
    return flush();
}

Status CiViewSettings::flush()
{
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        return fail(ErrorKind::Io,
                    tr("The CMDB view settings could not be saved to %1.").arg(m_settings->fileName()));
    return {};
}

} // namespace ChangeDesk::Ui
