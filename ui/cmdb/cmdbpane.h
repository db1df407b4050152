#pragma once

#include "shell/pane.h"

class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;
class QTreeView;

namespace ChangeDesk::Ui {

class PeopleFilter;
class PeopleModel;

// The configuration management database: organizational units and the people in them (M11);
// configuration items join them with the CMDB capability.
class CmdbPane : public Pane
{
    Q_OBJECT

public:
    explicit CmdbPane(QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void setDatabase(std::shared_ptr<Database> db) override;

    PeopleModel *peopleModel() const { return m_people; }

private:
    void unitSelected();
    void updateCount();

    std::shared_ptr<Database> m_db;
    QStandardItemModel *m_units;
    QTreeView *m_unitView;
    PeopleModel *m_people;
    PeopleFilter *m_filter;
    QLineEdit *m_search;
    QTableView *m_peopleView;
    QLabel *m_count;
};

} // namespace ChangeDesk::Ui
