#include "cabmeetingdialog.h"

#include "cab/cabservice.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Ui {

namespace {

const QList<std::optional<CabMember::Role>> kRoles {std::nullopt, CabMember::Role::Chair,
                                                    CabMember::Role::Member, CabMember::Role::Guest};

} // namespace

CabMeetingDialog::CabMeetingDialog(const CabMeeting &meeting, const QList<Person> &people,
                                   const QList<qint64> &boardIds, QWidget *parent)
    : QDialog(parent)
    , m_meeting(meeting)
    , m_people(people)
    , m_title(new QLineEdit(meeting.title, this))
    , m_start(new QDateTimeEdit(meeting.start.toLocalTime(), this))
    , m_end(new QDateTimeEdit(meeting.end.isValid() ? meeting.end.toLocalTime()
                                                    : meeting.start.toLocalTime().addSecs(3600),
                              this))
    , m_location(new QLineEdit(meeting.location, this))
    , m_quorum(new QSpinBox(this))
    , m_members(new QTableWidget(int(people.size()), 2, this))
{
    setObjectName(u"cabMeetingDialog"_s);
    setWindowTitle(meeting.id == 0 ? tr("New CAB meeting") : tr("CAB meeting"));
    for (QDateTimeEdit *edit : {m_start, m_end}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    }
    m_title->setPlaceholderText(tr("e.g. Weekly CAB"));
    m_quorum->setRange(1, 99);
    m_quorum->setValue(meeting.quorum);
    m_quorum->setToolTip(tr("How many voting members (chair and members, not guests) must be present "
                            "for the board to approve or reject."));

    m_members->setHorizontalHeaderLabels({tr("Person"), tr("Role in this meeting")});
    m_members->verticalHeader()->hide();
    m_members->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_members->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_members->setSelectionMode(QAbstractItemView::NoSelection);
    for (int row = 0; row < people.size(); ++row) {
        const Person &p = people.at(row);
        auto *name = new QTableWidgetItem(u"%1 (%2)"_s.arg(p.displayName, p.login));
        name->setFlags(Qt::ItemIsEnabled);
        m_members->setItem(row, 0, name);
        auto *role = new QComboBox(m_members);
        role->addItem(tr("not in this meeting"));
        for (int i = 1; i < kRoles.size(); ++i)
            role->addItem(CabService::roleName(*kRoles.at(i)));
        int chosen = 0;
        if (const CabMember *member = meeting.member(p.id))
            chosen = int(kRoles.indexOf(member->role));
        else if (meeting.id == 0 && boardIds.contains(p.id))
            chosen = 2;
        role->setCurrentIndex(chosen);
        m_members->setCellWidget(row, 1, role);
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Starts:"), m_start);
    form->addRow(tr("&Ends:"), m_end);
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("&Quorum:"), m_quorum);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Members (the composition may differ from meeting to meeting):"), this));
    layout->addWidget(m_members, 1);
    layout->addWidget(buttons);
    resize(560, 520);
}

void CabMeetingDialog::setRole(int row, int role)
{
    if (auto *box = qobject_cast<QComboBox *>(m_members->cellWidget(row, 1)))
        box->setCurrentIndex(role);
}

CabMeeting CabMeetingDialog::meeting() const
{
    CabMeeting m = m_meeting;
    m.title = m_title->text().trimmed();
    m.start = m_start->dateTime().toUTC();
    m.end = m_end->dateTime().toUTC();
    m.location = m_location->text().trimmed();
    m.quorum = m_quorum->value();
    m.members.clear();
    for (int row = 0; row < m_people.size(); ++row) {
        const auto *box = qobject_cast<QComboBox *>(m_members->cellWidget(row, 1));
        const int index = box ? box->currentIndex() : 0;
        if (index <= 0)
            continue;
        const CabMember *before = m_meeting.member(m_people.at(row).id);
        m.members << CabMember {m_people.at(row).id, *kRoles.at(index), before && before->present,
                                m_people.at(row).displayName};
    }
    return m;
}

} // namespace ChangeDesk::Ui
