#pragma once

#include <QIcon>
#include <QWidget>

#include <memory>

namespace ChangeDesk {
class Database;
}

namespace ChangeDesk::Ui {

// One of the main window's work areas (CMDB, change calendar, requests for change, CAB). Each
// pane owns its widgets and actions; the main window only hosts and switches them.
class Pane : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    // The database changed (or closed: nullptr); reload everything shown.
    virtual void setDatabase(std::shared_ptr<Database> db) = 0;
};

} // namespace ChangeDesk::Ui
