#include "cabpane.h"

#include "common/emptystate.h"

#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Ui {

CabPane::CabPane(QWidget *parent)
    : Pane(parent)
    , m_empty(new EmptyState(this))
{
    setObjectName(u"cabPane"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    setDatabase(nullptr);
}

QString CabPane::title() const
{
    return tr("CAB");
}

QIcon CabPane::icon() const
{
    return QIcon(u":/ui/icons/cab.svg"_s);
}

void CabPane::setDatabase(std::shared_ptr<Database> db)
{
    if (!db)
        m_empty->setText(tr("No database open"), tr("Open a database to prepare Change Advisory Board meetings."));
    else
        m_empty->setText(tr("No CAB meeting planned"),
                         tr("Meetings of the Change Advisory Board, their agenda of serious and "
                            "far-reaching changes and the decisions taken appear here."));
}

} // namespace ChangeDesk::Ui
