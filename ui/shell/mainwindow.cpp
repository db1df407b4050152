#include "mainwindow.h"

#include "cab/cabpane.h"
#include "calendar/calendarpane.h"
#include "changes/changespane.h"
#include "cmdb/cmdbpane.h"
#include "common/messages.h"
#include "integrity/integritypane.h"
#include "shell/aboutdialog.h"
#include "shell/connectiondialog.h"
#include "shell/recentdatabases.h"
#include "shell/session.h"
#include "shell/settingsdialog.h"
#include "storage/credentialstore.h"
#include "storage/database.h"
#include "storage/maintenance.h"
#include "storage/migrator.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Ui {

MainWindow::MainWindow(Session &session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_databaseLabel(new QLabel(this))
    , m_userLabel(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("ChangeDesk"));
    setWindowIcon(QIcon(u":/icons/changedesk.svg"_s));
    m_navigation->setObjectName(u"navigation"_s);
    m_stack->setObjectName(u"panes"_s);
    m_databaseLabel->setObjectName(u"statusDatabase"_s);
    m_userLabel->setObjectName(u"statusUser"_s);

    m_navigation->setIconSize(QSize(32, 32));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setFixedWidth(200);
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_navigation->setFont(navFont);
    QPalette navPalette = m_navigation->palette();
    navPalette.setColor(QPalette::Base, navPalette.color(QPalette::Window).darker(106));
    m_navigation->setPalette(navPalette);

    addPane(new CmdbPane(session.clock(), this));
    addPane(new CalendarPane(session.clock(), this));
    addPane(new ChangesPane(session.clock(), this));
    addPane(new CabPane(session.clock(), this));
    addPane(new IntegrityPane(session.clock(), this));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_userLabel);

    createMenus();
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(&m_session, &Session::databaseChanged, this, &MainWindow::databaseChanged);

    const QSettings settings;
    if (!restoreGeometry(settings.value(u"ui/geometry"_s).toByteArray()))
        resize(1280, 800);
    showPane(std::clamp(settings.value(u"ui/pane"_s, 0).toInt(), 0, int(m_panes.size()) - 1));
    databaseChanged();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPane(Pane *pane)
{
    m_panes << pane;
    m_stack->addWidget(pane);
    auto *item = new QListWidgetItem(pane->icon(), pane->title(), m_navigation);
    item->setSizeHint(QSize(0, 48));
}

Pane *MainWindow::currentPane() const
{
    return m_panes.value(m_stack->currentIndex());
}

void MainWindow::showPane(int index)
{
    m_navigation->setCurrentRow(index);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Database…"), this, &MainWindow::openDatabase);
    open->setShortcut(QKeySequence::Open);
    m_backupAction = file->addAction(tr("&Back Up Database…"), this, &MainWindow::backupDatabase);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_panes.size(); ++i) {
        QAction *show = view->addAction(m_panes.at(i)->icon(), m_panes.at(i)->title(), this,
                                        [this, i] { showPane(i); });
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    QAction *preferences = settingsMenu->addAction(tr("&Configure ChangeDesk…"), this, &MainWindow::showSettings);
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About ChangeDesk"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::databaseChanged()
{
    const auto db = m_session.database();
    for (Pane *pane : std::as_const(m_panes))
        pane->setDatabase(db);
    m_backupAction->setEnabled(db != nullptr);
    if (!db) {
        m_databaseLabel->setText(tr("No database open"));
        m_userLabel->clear();
        setWindowTitle(tr("ChangeDesk"));
        return;
    }
    const DatabaseUrl &url = db->url();
    QString where;
    if (m_session.isDemo())
        where = tr("Demo database (discarded on exit)");
    else if (url.backend() == Backend::SQLite)
        where = tr("SQLite: %1").arg(url.path());
    else
        where = tr("PostgreSQL: %1").arg(url.toDisplayString());
    if (db->isReadOnly())
        where += u"  —  "_s + tr("read-only");
    m_databaseLabel->setText(where);
    m_databaseLabel->setToolTip(url.toDisplayString());
    m_userLabel->setText(tr("Signed in as %1").arg(m_session.userDisplayName()));
    const QString name = url.backend() == Backend::SQLite ? QFileInfo(url.path()).fileName() : url.databaseName();
    setWindowTitle(m_session.isDemo() ? tr("ChangeDesk — demo") : tr("ChangeDesk — %1").arg(name));
}

void MainWindow::openDatabase()
{
    const auto db = m_session.database();
    ConnectionDialog dialog(db ? db->url() : DatabaseUrl::defaultUrl(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const DatabaseUrl url = dialog.url();
    if (auto opened = m_session.open(url); !opened) {
        Messages::error(this, tr("Open Database"), opened.error().message);
        return;
    }
    RecentDatabases::remember(url.toDisplayString());
    if (dialog.rememberPassword() && m_session.credentials()) {
        if (auto stored = m_session.credentials()->writePassword(url.credentialKey(), url.password()); !stored)
            Messages::error(this, tr("Open Database"), stored.error().message);
    }
}

void MainWindow::backupDatabase()
{
    const auto db = m_session.database();
    if (!db)
        return;
    const QString suggestion = db->backend() == Backend::SQLite
                                   ? u"%1/%2-%3.db"_s.arg(QFileInfo(db->url().path()).absolutePath(),
                                                          QFileInfo(db->url().path()).completeBaseName(),
                                                          m_session.clock().now().toLocalTime().date().toString(Qt::ISODate))
                                   : QString();
    if (db->backend() == Backend::PostgreSQL) {
        // The core explains how to back up a server database.
        Messages::information(this, tr("Back Up Database"), Maintenance::backup(*db, {}).error().message);
        return;
    }
    const QString file = Messages::saveFileName(this, tr("Back Up Database"), suggestion,
                                                tr("ChangeDesk databases (*.db)"));
    if (file.isEmpty())
        return;
    if (auto done = Maintenance::backup(*db, file); !done) {
        Messages::error(this, tr("Back Up Database"), done.error().message);
        return;
    }
    Messages::information(this, tr("Back Up Database"), tr("The database was backed up to %1.").arg(file));
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"ui/geometry"_s, saveGeometry());
    settings.setValue(u"ui/pane"_s, m_stack->currentIndex());
    QMainWindow::closeEvent(event);
}

} // namespace ChangeDesk::Ui
