#pragma once

#include "cab/cabmeeting.h"
#include "people/people.h"

#include <QDialog>

class QDateTimeEdit;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace ChangeDesk::Ui {

// A CAB meeting's title, time, place, quorum and members: every person with a role for this
// meeting (chair, member, guest or none), so the composition may differ per meeting. The service
// checks it on saving.
class CabMeetingDialog : public QDialog
{
    Q_OBJECT

public:
    // `boardIds` are proposed as members of a new meeting (the holders of the CAB member role).
    CabMeetingDialog(const CabMeeting &meeting, const QList<Person> &people, const QList<qint64> &boardIds,
                     QWidget *parent = nullptr);

    CabMeeting meeting() const;
    QLineEdit *titleField() const { return m_title; }
    QTableWidget *memberTable() const { return m_members; }
    QSpinBox *quorumField() const { return m_quorum; }
    // Sets the role of the person in row `row` (for tests): 0 none, 1 chair, 2 member, 3 guest.
    void setRole(int row, int role);

private:
    CabMeeting m_meeting;
    QList<Person> m_people;
    QLineEdit *m_title;
    QDateTimeEdit *m_start;
    QDateTimeEdit *m_end;
    QLineEdit *m_location;
    QSpinBox *m_quorum;
    QTableWidget *m_members;
};

} // namespace ChangeDesk::Ui
