#include "changespane.h"

#include "common/emptystate.h"

#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Ui {

ChangesPane::ChangesPane(QWidget *parent)
    : Pane(parent)
    , m_empty(new EmptyState(this))
{
    setObjectName(u"changesPane"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    setDatabase(nullptr);
}

QString ChangesPane::title() const
{
    return tr("Requests for change");
}

QIcon ChangesPane::icon() const
{
    return QIcon(u":/ui/icons/changes.svg"_s);
}

void ChangesPane::setDatabase(std::shared_ptr<Database> db)
{
    if (!db)
        m_empty->setText(tr("No database open"), tr("Open a database to see its requests for change."));
    else
        m_empty->setText(tr("No requests for change yet"),
                         tr("Requests for change from every department are listed here with their "
                            "priority, category and where they stand in the process."));
}

} // namespace ChangeDesk::Ui
