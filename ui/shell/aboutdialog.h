#pragma once

#include <QDialog>

namespace ChangeDesk::Ui {

// Name, purpose, licence and the versions of everything ChangeDesk runs on.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace ChangeDesk::Ui
