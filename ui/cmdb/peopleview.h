#pragma once

#include "people/people.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;
class QTreeView;

namespace ChangeDesk::Ui {

class PeopleFilter;
class PeopleModel;

// Organizational units as a tree and the people in them as a filterable table (M11): who owns
// and who answers for the configuration items.
class PeopleView : public QWidget
{
    Q_OBJECT

public:
    explicit PeopleView(QWidget *parent = nullptr);
    ~PeopleView() override;

    void setContents(const QList<OrgUnit> &units, QList<Person> people);
    void clear();
    PeopleModel *peopleModel() const { return m_people; }

private:
    void unitSelected();
    void updateCount();

    QStandardItemModel *m_units;
    QTreeView *m_unitView;
    PeopleModel *m_people;
    PeopleFilter *m_filter;
    QLineEdit *m_search;
    QTableView *m_peopleView;
    QLabel *m_count;
};

} // namespace ChangeDesk::Ui
