#pragma once

#include "shell/pane.h"

namespace ChangeDesk::Ui {

class EmptyState;

// Requests for change: the list, the RfC form and the workflow (filled by the RfC capability).
class ChangesPane : public Pane
{
    Q_OBJECT

public:
    explicit ChangesPane(QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void setDatabase(std::shared_ptr<Database> db) override;

private:
    EmptyState *m_empty;
};

} // namespace ChangeDesk::Ui
