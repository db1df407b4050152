#include "integritypane.h"

#include "change/workflow.h"
#include "common/clock.h"
#include "common/emptystate.h"
#include "documents/releasestatement.h"
#include "integrity/truststore.h"
#include "librarydialogs.h"
#include "storage/database.h"
#include "trustdialog.h"
#include "verificationview.h"
#include "verifydialog.h"

#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPointer>
#include <QProgressDialog>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

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
    , m_tabs(new QTabWidget(this))
    , m_packages(new QTreeWidget(this))
    , m_package(new QTextBrowser(this))
{
    setObjectName(u"integrityPane"_s);
    setAcceptDrops(true);
    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(u"integrityToolBar"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // The library's actions sit on a bar of their own above the library; the pane's bar keeps
    // what concerns both tabs.
    auto *libraryBar = new QToolBar(this);
    libraryBar->setObjectName(u"libraryToolBar"_s);
    libraryBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QToolBar *bar = toolBar;
    const auto add = [&](const QString &name, const QString &text, auto slot) {
        QAction *action = bar->addAction(text);
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
    bar = libraryBar;
    add(u"addPackage"_s, tr("Add package…"), [this] { openPackageDialog(); })
        ->setToolTip(
            tr("Takes a package into the software library with the checksums and signature its vendor "
               "published"));
    add(u"verifyPackage"_s, tr("Verify package"), &IntegrityPane::verifySelected)
        ->setToolTip(tr("Checks the selected package's file as it is now"));
    add(u"acceptPackage"_s, tr("Acceptance…"), [this] {
        openAcceptanceDialog();
    })->setToolTip(tr("Records the tests of the selected package and whether it is accepted"));
    add(u"releasePackage"_s, tr("Release…"), [this] {
        openReleaseDialog();
    })->setToolTip(tr("Releases the accepted package into the reference checksum register"));
    add(u"statement"_s, tr("Release statement…"), [this] {
        const auto p = selected();
        if (!p)
            return;
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the release statement"),
                                                          u"release-statement-%1.pdf"_s.arg(p->id),
                                                          tr("PDF documents (*.pdf)"));
        if (!path.isEmpty()) {
            if (auto written = writeStatement(path); !written)
                showMessage(written.error().message);
        }
    })->setToolTip(tr("The acceptance record and release statement as PDF"));
    add(u"attach"_s, tr("Attach to request…"),
        [this] {
            bool ok = false;
            const int id
                = QInputDialog::getInt(this, tr("Attach to a request for change"),
                                       tr("Number of the request for change:"), 1, 1, 2147483647, 1, &ok);
            if (ok) {
                if (auto attached = attachTo(id); !attached)
                    showMessage(attached.error().message);
            }
        })
        ->setToolTip(
            tr("A request cannot start implementation while a package attached to it is unverified or "
               "failed"));
    // The register's two actions behind one button: the toolbar stays within a laptop's width.
    auto *registerMenu = new QMenu(this);
    const auto addToMenu = [&](const QString &name, const QString &text, auto slot) {
        QAction *action = registerMenu->addAction(text);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, slot);
        m_actions.insert(name, action);
        return action;
    };
    addToMenu(u"verifyRegister"_s, tr("Check the register and the released files"), [this] {
        verifyRegister();
    })->setToolTip(tr("Checks the reference checksum register's chain and hashes every released file again"));
    addToMenu(u"exportRegister"_s, tr("Export for write-once media…"), [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the checksum register"), u"checksum-register.json"_s, tr("JSON files (*.json)"));
        if (!path.isEmpty()) {
            if (auto written = exportRegister(path); !written)
                showMessage(written.error().message);
        }
    })->setToolTip(tr("Writes the register for write-once media (a backup of the reference checksums)"));
    auto *registerButton = new QToolButton(libraryBar);
    registerButton->setObjectName(u"registerButton"_s);
    registerButton->setText(tr("Checksum register"));
    registerButton->setMenu(registerMenu);
    registerButton->setPopupMode(QToolButton::InstantPopup);
    libraryBar->addSeparator();
    libraryBar->addWidget(registerButton);

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

    m_packages->setObjectName(u"packages"_s);
    m_packages->setHeaderLabels(
        {tr("Status"), tr("Package"), tr("Kind"), tr("File"), tr("Reason"), tr("Requests")});
    m_packages->setRootIsDecorated(false);
    m_packages->setAlternatingRowColors(true);
    m_packages->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_packages->header()->setStretchLastSection(true);
    m_package->setOpenLinks(false);
    auto *library = new QWidget(this);
    auto *librarySplitter = new QSplitter(Qt::Vertical, library);
    librarySplitter->addWidget(m_packages);
    librarySplitter->addWidget(m_package);
    librarySplitter->setStretchFactor(0, 1);
    librarySplitter->setStretchFactor(1, 1);
    auto *libraryLayout = new QVBoxLayout(library);
    libraryLayout->setContentsMargins(0, 0, 0, 0);
    auto *libraryHint
        = new QLabel(tr("Every package a change installs: verified against its vendor's evidence, "
                        "accepted after its tests, released into the checksum register."),
                     library);
    libraryHint->setWordWrap(true);
    libraryLayout->addWidget(libraryHint);
    libraryLayout->addWidget(libraryBar);
    libraryLayout->addWidget(librarySplitter, 1);
    m_tabs->addTab(library, tr("Software library"));
    m_tabs->addTab(m_work, tr("Verifications"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolBar);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    connect(m_records, &QTreeWidget::currentItemChanged, this, &IntegrityPane::showRecord);
    connect(m_packages, &QTreeWidget::currentItemChanged, this, [this] {
        showPackage();
        updateActions();
    });
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
    m_tabs->setVisible(bool(m_db));
    if (!m_db)
        m_empty->setText(tr("No database open"),
                         tr("Open a database to verify packages and keep the trust store."));
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
    updateActions();
    return {};
}

void IntegrityPane::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void IntegrityPane::updateActions()
{
    const auto p = selected();
    const bool keeps = PackageLibrary::mayKeep(m_actor);
    const bool db = bool(m_db);
    for (const QString &name :
         {u"verify"_s, u"trust"_s, u"refresh"_s, u"verifyRegister"_s, u"exportRegister"_s})
        m_actions.value(name)->setEnabled(db);
    m_actions.value(u"addPackage"_s)->setEnabled(db && keeps);
    m_actions.value(u"verifyPackage"_s)->setEnabled(db && keeps && p && !m_verifying);
    m_actions.value(u"acceptPackage"_s)
        ->setEnabled(db && keeps && p && p->status == Package::Status::Verified);
    m_actions.value(u"releasePackage"_s)
        ->setEnabled(db && PackageLibrary::mayRelease(m_actor) && p
                     && p->status == Package::Status::Verified);
    m_actions.value(u"statement"_s)->setEnabled(db && p && p->status == Package::Status::Released);
    m_actions.value(u"attach"_s)->setEnabled(db && p);
}

std::optional<Package> IntegrityPane::selected() const
{
    const QTreeWidgetItem *item = m_packages->currentItem();
    if (!item)
        return std::nullopt;
    const int index = item->data(0, Qt::UserRole).toInt();
    if (index < 0 || index >= m_library.size())
        return std::nullopt;
    return m_library.at(index);
}

bool IntegrityPane::selectPackage(qint64 id)
{
    for (int i = 0; i < m_packages->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_packages->topLevelItem(i);
        if (m_library.at(item->data(0, Qt::UserRole).toInt()).id == id) {
            m_packages->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void IntegrityPane::reloadPackages()
{
    const qint64 current = selected() ? selected()->id : 0;
    m_packages->clear();
    m_library.clear();
    m_package->clear();
    if (!m_db)
        return;
    const PackageLibrary library(*m_db, m_actor, m_clock);
    auto all = library.list();
    if (!all) {
        showMessage(all.error().message);
        return;
    }
    m_library = *all;
    for (int i = 0; i < m_library.size(); ++i) {
        const Package &p = m_library.at(i);
        QStringList requests;
        if (auto changes = library.changesOf(p.id)) {
            for (qint64 c : std::as_const(*changes))
                requests << u"#%1"_s.arg(c);
        }
        const auto reason = Reasons::fromKey(p.statusReason);
        auto *item = new QTreeWidgetItem(
            m_packages,
            {PackageLibrary::statusLabel(p.status), p.label(), PackageLibrary::kindLabel(p.kind), p.fileName,
             reason ? Reasons::text(*reason) : QString(), requests.join(u", "_s)});
        item->setData(0, Qt::UserRole, i);
        const Reasons::Verdict verdict = p.status == Package::Status::Failed ? Reasons::Verdict::Red
            : p.status == Package::Status::Unverified                        ? Reasons::Verdict::Amber
                                                                             : Reasons::Verdict::Green;
        item->setForeground(0, verdictColor(verdict));
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
    }
    if (!selectPackage(current) && m_packages->topLevelItemCount() > 0)
        m_packages->setCurrentItem(m_packages->topLevelItem(0));
    updateActions();
}

void IntegrityPane::showPackage()
{
    const auto p = selected();
    if (!p || !m_db) {
        m_package->clear();
        return;
    }
    const PackageLibrary library(*m_db, m_actor, m_clock);
    const auto esc = [](const QString &text) {
        return text.toHtmlEscaped();
    };
    const auto row = [&](const QString &label, const QString &value) {
        return u"<tr><th align=\"left\" valign=\"top\">%1</th><td>%2</td></tr>"_s.arg(esc(label), value);
    };
    QString html = u"<h3>%1</h3><table cellspacing=\"0\" cellpadding=\"2\">"_s.arg(esc(p->label()));
    html += row(tr("Status"), u"<b>%1</b>"_s.arg(esc(PackageLibrary::statusLabel(p->status))));
    html += row(tr("Kind"), esc(PackageLibrary::kindLabel(p->kind)));
    html += row(
        tr("File"),
        esc(tr("%1, %2 bytes").arg(QDir::toNativeSeparators(p->filePath), QLocale().toString(p->fileSize))));
    html += row(tr("SHA-256"), u"<tt>%1</tt>"_s.arg(p->sha256));
    if (!p->source.isEmpty())
        html += row(tr("Source"), esc(p->source));
    QStringList evidence;
    if (!p->checksumsSource.isEmpty())
        evidence << tr("checksums from %1").arg(p->checksumsSource);
    if (!p->checksumsSignatureSource.isEmpty())
        evidence << tr("their signature %1").arg(p->checksumsSignatureSource);
    if (!p->signatureSource.isEmpty())
        evidence << tr("signature %1").arg(p->signatureSource);
    html += row(tr("Evidence"), esc(evidence.isEmpty() ? tr("none given") : evidence.join(u"; "_s)));
    html += row(
        tr("Added"),
        esc(tr("%1 by %2")
                .arg(QLocale().toString(p->createdAt.toLocalTime(), QLocale::ShortFormat), p->addedBy)));
    html += u"</table>"_s;
    if (auto verified = library.verifications(p->id); verified && !verified->isEmpty()) {
        html += u"<h4>%1</h4>"_s.arg(esc(tr("Verifications")));
        for (const PackageVerification &v : std::as_const(*verified))
            html += u"<p><span style=\"color:%1\">%2</span> %3 — %4</p>"_s.arg(
                verdictColor(v.verdict()).name(), esc(VerificationView::headline(v)),
                esc(tr("%1 by %2")
                        .arg(QLocale().toString(v.verifiedAt.toLocalTime(), QLocale::ShortFormat),
                             v.verifiedBy)),
                esc(v.detail));
    }
    if (auto accepted = library.acceptances(p->id); accepted && !accepted->isEmpty()) {
        html += u"<h4>%1</h4>"_s.arg(esc(tr("Acceptance")));
        for (const PackageAcceptance &a : std::as_const(*accepted)) {
            QStringList tests;
            for (const AcceptanceTest &t : a.tests)
                tests << tr("%1: %2").arg(t.name, PackageLibrary::testResultLabel(t.result));
            html += u"<p><b>%1</b> %2<br>%3</p>"_s.arg(
                esc(a.accepted ? tr("Accepted") : tr("Refused: %1").arg(a.refusalReasons)),
                esc(tr("in %1, %2 by %3")
                        .arg(a.testEnvironment,
                             QLocale().toString(a.declaredAt.toLocalTime(), QLocale::ShortFormat),
                             a.declaredBy)),
                esc(tests.join(u"; "_s)));
        }
    }
    if (auto entries = ChecksumRegister(*m_db, m_clock).entries(p->id); entries && !entries->isEmpty()) {
        const RegisterEntry &e = entries->last();
        html += u"<h4>%1</h4><p>%2</p>"_s.arg(
            esc(tr("Release")),
            esc(tr("Released for %1 by %2; register entry %3. Restrictions: %4")
                    .arg(QLocale().toString(e.releaseDate, QLocale::ShortFormat), e.releasedBy)
                    .arg(e.seq)
                    .arg(e.restrictions.isEmpty() ? tr("none") : e.restrictions)));
    }
    m_package->setHtml(html);
}

bool IntegrityPane::verifySelected()
{
    const auto p = selected();
    if (!m_db || !p || m_verifying)
        return false;
    auto trust = TrustStore(*m_db).snapshot();
    if (!trust) {
        showMessage(trust.error().message);
        return false;
    }
    m_verifying = true;
    updateActions();
    auto verifier = std::make_shared<PackageVerifier>(*trust);
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    auto *progress = new QProgressDialog(tr("Verifying %1…").arg(p->fileName), tr("Cancel"), 0, 1000, this);
    progress->setObjectName(u"verifyProgress"_s);
    progress->setWindowTitle(tr("Verify package"));
    progress->setMinimumDuration(400);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, this, [cancel] { *cancel = true; });
    auto *watcher = new QFutureWatcher<Result<PackageVerification>>(this);
    const Package package = *p;
    const QDateTime at = m_clock.now();
    QPointer<QProgressDialog> bar = progress;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, progress, package] {
        const Result<PackageVerification> checked = watcher->result();
        watcher->deleteLater();
        progress->deleteLater();
        m_verifying = false;
        if (!checked) {
            showMessage(checked.error().kind == ErrorKind::Cancelled ? tr("The verification was cancelled.")
                                                                     : checked.error().message);
            updateActions();
            return;
        }
        auto recorded = PackageLibrary(*m_db, m_actor, m_clock).record(package.id, *checked);
        showMessage(recorded ? QString() : recorded.error().message);
        reload();
        selectPackage(package.id);
    });
    watcher->setFuture(QtConcurrent::run([verifier, package, at, bar, cancel] {
        return PackageLibrary::check(package, *verifier, at, [bar, cancel](qint64 done, qint64 total) {
            const int permille = total > 0 ? int(done * 1000 / total) : 1000;
            QMetaObject::invokeMethod(
                bar,
                [bar, permille] {
                    if (bar)
                        bar->setValue(permille);
                },
                Qt::QueuedConnection);
            return !cancel->load();
        });
    }));
    return true;
}

PackageDialog *IntegrityPane::openPackageDialog(const QString &file)
{
    if (!m_db)
        return nullptr;
    auto *dialog = new PackageDialog(m_db, m_actor, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!file.isEmpty())
        dialog->setFile(file);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload();
        selectPackage(dialog->addedId());
    });
    dialog->show();
    return dialog;
}

AcceptanceDialog *IntegrityPane::openAcceptanceDialog()
{
    const auto p = selected();
    if (!m_db || !p)
        return nullptr;
    auto *dialog = new AcceptanceDialog(m_db, m_actor, m_clock, *p, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &IntegrityPane::reload);
    dialog->show();
    return dialog;
}

ReleaseDialog *IntegrityPane::openReleaseDialog()
{
    const auto p = selected();
    if (!m_db || !p)
        return nullptr;
    auto *dialog = new ReleaseDialog(m_db, m_actor, m_clock, *p, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &IntegrityPane::reload);
    dialog->show();
    return dialog;
}

Status IntegrityPane::writeStatement(const QString &path)
{
    const auto p = selected();
    if (!m_db || !p)
        return fail(ErrorKind::InvalidInput, tr("Select a released package first."));
    auto statement = PackageLibrary(*m_db, m_actor, m_clock).statement(p->id);
    if (!statement)
        return fail(statement.error());
    return Documents::ReleaseStatementDocument::write(*statement, m_clock.now(), path);
}

Status IntegrityPane::attachTo(qint64 changeId)
{
    const auto p = selected();
    if (!m_db || !p)
        return fail(ErrorKind::InvalidInput, tr("Select a package first."));
    const ChangeService changes(*m_db, WorkflowDefinition::builtIn(), m_clock);
    if (auto attached = changes.attachPackage(changeId, p->id, m_actor); !attached)
        return attached;
    reload();
    selectPackage(p->id);
    showMessage(tr("%1 is attached to request #%2.").arg(p->label()).arg(changeId));
    return {};
}

Result<RegisterReport> IntegrityPane::verifyRegister()
{
    if (!m_db)
        return fail(ErrorKind::InvalidInput, tr("No database open."));
    auto report = PackageLibrary(*m_db, m_actor, m_clock).verifyRegister();
    if (!report) {
        showMessage(report.error().message);
        return report;
    }
    QStringList problems;
    for (const RegisterFileCheck &f : std::as_const(report->files)) {
        if (f.state != RegisterFileCheck::State::Intact)
            problems << f.detail;
    }
    if (!report->chain.intact())
        problems.prepend(report->chain.problem);
    showMessage(problems.isEmpty()
                    ? tr("The checksum register is intact: %n entries, every released file unchanged.",
                         nullptr, int(report->chain.checked))
                    : problems.join(u'\n'));
    reload();
    return report;
}

Status IntegrityPane::exportRegister(const QString &path)
{
    if (!m_db)
        return fail(ErrorKind::InvalidInput, tr("No database open."));
    auto written = ChecksumRegister(*m_db, m_clock).exportTo(path);
    if (!written)
        return fail(written.error());
    showMessage(tr("Wrote %n register entries to %1.", nullptr, int(written->checked))
                    .arg(QDir::toNativeSeparators(path)));
    return {};
}

void IntegrityPane::reload()
{
    reloadPackages();
    m_records->clear();
    m_shown.clear();
    m_record->clear();
    if (!m_db)
        return;
    auto recent = VerificationLog(*m_db).recent(500);
    if (!recent) {
        showMessage(recent.error().message);
        return;
    }
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
