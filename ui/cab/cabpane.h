#pragma once

#include "shell/pane.h"

namespace ChangeDesk::Ui {

class EmptyState;

// The Change Advisory Board: meeting agenda, wall-screen mode and live decisions (filled by the
// CAB capability).
class CabPane : public Pane
{
    Q_OBJECT

public:
    explicit CabPane(QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void setDatabase(std::shared_ptr<Database> db) override;

private:
    EmptyState *m_empty;
};

} // namespace ChangeDesk::Ui
