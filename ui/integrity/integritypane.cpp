#include "integritypane.h"

#include "change/workflow.h"
#include "common/clock.h"
#include "common/emptystate.h"
#include "storage/database.h"
#include "trustdialog.h"
#include "verificationview.h"
#include "verifydialog.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Ui {

namespace {

QColor verdictColor(Reasons::Verdict verdict)
{
    switch (verdict) {
    case Reasons::Verdict::Green:
        return QColor(0x2e, 0x7d, 0x32);
    case Reasons::Verdict::Amber:
        return QColor(0xb2, 0x6a, 0x00);
    case Reasons::Verdict::Red:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

} // namespace

IntegrityPane::IntegrityPane(const Clock &clock, QWidget *parent)
    : Pane(parent)
    , m_clock(clock)
    , m_empty(new EmptyState(this))
    , m_work(new QWidget(this))
    , m_records(new QTreeWidget(this))
    , m_record(new QTextBrowser(this))
    , m_message(new QLabel(this))
{
    setObjectName(u"integrityPane"_s);
    setAcceptDrops(true);
    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(u"integrityToolBar"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const auto add = [&](const QString &name, const QString &text, auto slot) {
        QAction *action = toolBar->addAction(text);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, slot);
        m_actions.insert(name, action);
        return action;
    };
    add(u"verify"_s, tr("Verify a file…"), [this] { openVerifyDialog(); })
        ->setToolTip(tr("Checks a package against its published checksum and signature (you can also drop "
                        "the file onto this pane)"));
    add(u"trust"_s, tr("Trust store…"), [this] {
        openTrustDialog();
    })->setToolTip(tr("The keys and CA certificates signatures are checked against"));
    add(u"refresh"_s, tr("Refresh"), &IntegrityPane::reload);

    m_records->setHeaderLabels({tr("When"), tr("File"), tr("Verdict"), tr("Reason"), tr("Signer"), tr("By")});
    m_records->setRootIsDecorated(false);
    m_records->setAlternatingRowColors(true);
    m_records->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_records->header()->setStretchLastSection(true);
    m_record->setOpenLinks(false);
    auto *splitter = new QSplitter(Qt::Vertical, m_work);
    splitter->addWidget(m_records);
    splitter->addWidget(m_record);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    auto *workLayout = new QVBoxLayout(m_work);
    workLayout->setContentsMargins(0, 0, 0, 0);
    auto *hint = new QLabel(tr("Every verification is recorded here, newest first. Drop a package file onto "
                               "this pane to verify it."),
                            m_work);
    hint->setWordWrap(true);
    workLayout->addWidget(hint);
    workLayout->addWidget(splitter, 1);
    workLayout->addWidget(m_message);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolBar);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_work, 1);
    connect(m_records, &QTreeWidget::currentItemChanged, this, &IntegrityPane::showRecord);
    setDatabase(nullptr);
}

IntegrityPane::~IntegrityPane() = default;

QString IntegrityPane::title() const
{
    return tr("Package integrity");
}

QIcon IntegrityPane::icon() const
{
    return QIcon(u":/ui/icons/integrity.svg"_s);
}

QAction *IntegrityPane::action(const QString &name) const
{
    return m_actions.value(name);
}

void IntegrityPane::setDatabase(std::shared_ptr<Database> db)
{
    m_db = std::move(db);
    m_actor = {};
    if (m_db) {
        if (auto actor = ChangeService(*m_db, WorkflowDefinition::builtIn(), m_clock).actor(m_actorLogin))
            m_actor = *actor;
        else
            m_actor.login = m_actorLogin.isEmpty() ? m_db->sessionUser() : m_actorLogin;
    }
    m_empty->setVisible(!m_db);
    m_work->setVisible(bool(m_db));
    if (!m_db)
        m_empty->setText(tr("No database open"),
                         tr("Open a database to verify packages and keep the trust store."));
    for (QAction *action : std::as_const(m_actions))
        action->setEnabled(bool(m_db));
    reload();
}

Status IntegrityPane::setActor(const QString &login)
{
    m_actorLogin = login;
    if (!m_db)
        return {};
    auto actor = ChangeService(*m_db, WorkflowDefinition::builtIn(), m_clock).actor(login);
    if (!actor)
        return fail(actor.error());
    m_actor = *actor;
    return {};
}

void IntegrityPane::reload()
{
    m_records->clear();
    m_shown.clear();
    m_record->clear();
    if (!m_db)
        return;
    auto recent = VerificationLog(*m_db).recent(500);
    if (!recent) {
        m_message->setText(recent.error().message);
        m_message->setVisible(true);
        return;
    }
    m_message->setVisible(false);
    m_shown = *recent;
    for (int i = 0; i < m_shown.size(); ++i) {
        const PackageVerification &v = m_shown.at(i);
        const SignatureCheck *s = v.decisive();
        auto *item
            = new QTreeWidgetItem(m_records,
                                  {QLocale().toString(v.verifiedAt.toLocalTime(), QLocale::ShortFormat),
                                   v.fileName, VerificationView::verdictName(v.verdict()),
                                   Reasons::text(v.reason), s ? s->signer : QString(), v.verifiedBy});
        item->setData(0, Qt::UserRole, i);
        item->setForeground(2, verdictColor(v.verdict()));
        QFont bold = item->font(2);
        bold.setBold(true);
        item->setFont(2, bold);
        item->setToolTip(3, v.detail);
    }
    if (m_records->topLevelItemCount() > 0)
        m_records->setCurrentItem(m_records->topLevelItem(0));
}

void IntegrityPane::showRecord()
{
    const QTreeWidgetItem *item = m_records->currentItem();
    if (!item) {
        m_record->clear();
        return;
    }
    const PackageVerification &v = m_shown.at(item->data(0, Qt::UserRole).toInt());
    m_record->setHtml(u"<p><b>%1</b></p>"_s.arg(VerificationView::headline(v).toHtmlEscaped())
                      + VerificationView::html(v));
}

VerifyDialog *IntegrityPane::openVerifyDialog(const QString &file)
{
    if (!m_db)
        return nullptr;
    auto *dialog = new VerifyDialog(m_db, m_actor, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &VerifyDialog::finished, this, &IntegrityPane::reload);
    if (!file.isEmpty()) {
        dialog->setFile(file);
        dialog->start();
    }
    dialog->show();
    return dialog;
}

TrustDialog *IntegrityPane::openTrustDialog()
{
    if (!m_db)
        return nullptr;
    auto *dialog = new TrustDialog(m_db, m_actor, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void IntegrityPane::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (m_db && urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void IntegrityPane::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!m_db || urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    openVerifyDialog(urls.first().toLocalFile());
}

} // namespace ChangeDesk::Ui
