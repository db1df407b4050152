#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

class QSettings;

namespace ChangeDesk::Ui {

// A filter of the CMDB table that someone named to use again.
struct SavedFilter {
    QString name;
    QString text; // the free text
    QString expression; // a group expression, may be empty
    QStringList columns; // column keys to show; empty leaves the columns as they are
    bool operator==(const SavedFilter &) const = default;
};

// What the CMDB table remembers between sessions: saved filters and the visible columns. Kept
// behind this class so that tests can point it at a file of their own.
class CiViewSettings
{
    Q_DECLARE_TR_FUNCTIONS(CiViewSettings)

public:
    // The application's settings.
    CiViewSettings();
    // An INI file (tests).
    explicit CiViewSettings(const QString &iniFile);
    ~CiViewSettings();

    // Sorted by name.
    QList<SavedFilter> savedFilters() const;
    std::optional<SavedFilter> savedFilter(const QString &name) const;
    // Adds or replaces the filter with the same name. InvalidInput for an empty name; Io when the
    // settings cannot be written.
    Status saveFilter(SavedFilter filter);
    Status removeFilter(const QString &name);

    // The column keys to show; nullopt until the user chose.
    std::optional<QStringList> visibleColumns() const;
    Status setVisibleColumns(const QStringList &keys);

private:
    Status writeFilters(const QList<SavedFilter> &filters);
    Status flush();

    std::unique_ptr<QSettings> m_settings;
};

} // namespace ChangeDesk::Ui
