#include "connectiondialog.h"

#include "common/messages.h"
#include "shell/recentdatabases.h"
#include "storage/database.h"
#include "storage/migrator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QUrl>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Ui {

namespace {
// Runs in a worker thread: the Database (and its connection) lives and dies there.
Result<QString> probe(const DatabaseUrl &url)
{
    if (url.backend() == Backend::SQLite && !QFileInfo::exists(url.path()))
        return ConnectionDialog::tr("The file does not exist yet; ChangeDesk will create it.");
    auto db = Database::open(url);
    if (!db)
        return fail(db.error());
    auto version = Migrator(**db).currentVersion();
    if (!version)
        return fail(version.error());
    if (*version > Migrator::latestVersion())
        return fail(ErrorKind::NewerSchema,
                    ConnectionDialog::tr("Connected, but the database was written by a newer "
                                         "ChangeDesk (schema version %1).")
                        .arg(*version));
    if (*version == 0)
        return ConnectionDialog::tr("Connected. The database is empty; ChangeDesk will set it up.");
    if ((*db)->isReadOnly())
        return ConnectionDialog::tr("Connected read-only (schema version %1).").arg(*version);
    return ConnectionDialog::tr("Connected (schema version %1).").arg(*version);
}
} // namespace

ConnectionDialog::ConnectionDialog(const DatabaseUrl &current, QWidget *parent)
    : QDialog(parent)
    , m_sqliteChoice(new QRadioButton(tr("&SQLite file on this computer"), this))
    , m_postgresChoice(new QRadioButton(tr("&PostgreSQL server (shared)"), this))
    , m_pages(new QStackedWidget(this))
    , m_sqlitePath(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember the password in the system &keychain"), this))
    , m_recent(new QListWidget(this))
    , m_testButton(new QPushButton(tr("&Test connection"), this))
    , m_result(new QLabel(this))
{
    setWindowTitle(tr("Open Database"));
    setObjectName(u"connectionDialog"_s);
    m_sqliteChoice->setObjectName(u"sqliteChoice"_s);
    m_postgresChoice->setObjectName(u"postgresChoice"_s);
    m_sqlitePath->setObjectName(u"sqlitePath"_s);
    m_host->setObjectName(u"pgHost"_s);
    m_port->setObjectName(u"pgPort"_s);
    m_database->setObjectName(u"pgDatabase"_s);
    m_user->setObjectName(u"pgUser"_s);
    m_sslMode->setObjectName(u"pgSslMode"_s);
    m_password->setObjectName(u"pgPassword"_s);
    m_remember->setObjectName(u"rememberPassword"_s);
    m_recent->setObjectName(u"recentList"_s);
    m_testButton->setObjectName(u"testConnection"_s);
    m_result->setObjectName(u"testResult"_s);

    // SQLite page
    auto *sqlitePage = new QWidget(m_pages);
    auto *browseButton = new QPushButton(tr("&Browse…"), sqlitePage);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_sqlitePath, 1);
    pathRow->addWidget(browseButton);
    auto *sqliteForm = new QFormLayout(sqlitePage);
    auto *fileLabel = new QLabel(tr("&File:"), sqlitePage);
    fileLabel->setBuddy(m_sqlitePath);
    sqliteForm->addRow(fileLabel, pathRow);
    auto *sqliteHint = new QLabel(tr("A new file is created and set up when it does not exist."), sqlitePage);
    sqliteHint->setWordWrap(true);
    sqliteHint->setForegroundRole(QPalette::PlaceholderText);
    sqliteForm->addRow(sqliteHint);
    m_pages->addWidget(sqlitePage);

    // PostgreSQL page
    auto *pgPage = new QWidget(m_pages);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_sslMode->addItem(tr("require (encrypted)"), u"require"_s);
    m_sslMode->addItem(tr("verify-full (encrypted, server certificate checked)"), u"verify-full"_s);
    m_sslMode->addItem(tr("verify-ca (encrypted, certificate authority checked)"), u"verify-ca"_s);
    m_sslMode->addItem(tr("prefer (encrypted when the server offers it)"), u"prefer"_s);
    m_sslMode->addItem(tr("disable (not encrypted; loopback only)"), u"disable"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: use PGPASSWORD, ~/.pgpass or the keychain"));
    auto *pgForm = new QFormLayout(pgPage);
    pgForm->addRow(tr("Ser&ver:"), m_host);
    pgForm->addRow(tr("Po&rt:"), m_port);
    pgForm->addRow(tr("&Database:"), m_database);
    pgForm->addRow(tr("&User:"), m_user);
    pgForm->addRow(tr("Encr&yption:"), m_sslMode);
    pgForm->addRow(tr("Pass&word:"), m_password);
    pgForm->addRow(QString(), m_remember);
    m_pages->addWidget(pgPage);

    auto *kind = new QGroupBox(tr("Database"), this);
    auto *kindLayout = new QVBoxLayout(kind);
    kindLayout->addWidget(m_sqliteChoice);
    kindLayout->addWidget(m_postgresChoice);
    kindLayout->addWidget(m_pages);

    auto *recentBox = new QGroupBox(tr("Recent databases"), this);
    auto *recentLayout = new QVBoxLayout(recentBox);
    recentLayout->addWidget(m_recent);
    const QStringList recent = RecentDatabases::list();
    m_recent->addItems(recent);
    m_recent->setMaximumHeight(120);
    if (recent.isEmpty())
        recentBox->hide();

    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_result, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(kind);
    layout->addWidget(recentBox);
    layout->addLayout(testRow);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());

    connect(m_sqliteChoice, &QRadioButton::toggled, this, &ConnectionDialog::updateBackend);
    connect(browseButton, &QPushButton::clicked, this, &ConnectionDialog::browse);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    connect(m_recent, &QListWidget::currentTextChanged, this, [this](const QString &text) {
        if (auto url = DatabaseUrl::parse(text))
            fillFrom(*url);
    });
    connect(m_recent, &QListWidget::itemDoubleClicked, this, &ConnectionDialog::accept);
    connect(&m_test, &QFutureWatcher<Result<QString>>::finished, this, [this] {
        m_testButton->setEnabled(true);
        const Result<QString> result = m_test.result();
        showResult(result.has_value(), result ? *result : result.error().message);
    });

    fillFrom(current);
}

ConnectionDialog::~ConnectionDialog()
{
    m_test.waitForFinished();
}

bool ConnectionDialog::rememberPassword() const
{
    return m_postgresChoice->isChecked() && m_remember->isChecked() && !m_password->text().isEmpty();
}

void ConnectionDialog::fillFrom(const DatabaseUrl &url)
{
    if (url.backend() == Backend::SQLite) {
        m_sqliteChoice->setChecked(true);
        m_sqlitePath->setText(url.path());
    } else {
        m_postgresChoice->setChecked(true);
        m_host->setText(url.host());
        m_port->setValue(url.port());
        m_database->setText(url.databaseName());
        m_user->setText(url.userName());
        const int ssl = m_sslMode->findData(url.sslMode().isEmpty() ? u"prefer"_s : url.sslMode());
        m_sslMode->setCurrentIndex(ssl < 0 ? 0 : ssl);
    }
    updateBackend();
}

void ConnectionDialog::updateBackend()
{
    m_pages->setCurrentIndex(m_sqliteChoice->isChecked() ? 0 : 1);
    m_result->clear();
}

Result<DatabaseUrl> ConnectionDialog::urlFromFields() const
{
    if (m_sqliteChoice->isChecked()) {
        if (m_sqlitePath->text().trimmed().isEmpty())
            return fail(ErrorKind::InvalidInput, tr("Enter the database file."));
        return DatabaseUrl::sqlite(m_sqlitePath->text().trimmed());
    }
    if (m_host->text().trimmed().isEmpty())
        return fail(ErrorKind::InvalidInput, tr("Enter the PostgreSQL server."));
    if (m_database->text().trimmed().isEmpty())
        return fail(ErrorKind::InvalidInput, tr("Enter the database name."));
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setUserName(m_user->text().trimmed());
    url.setPath(u"/"_s + m_database->text().trimmed());
    url.setQuery(u"sslmode="_s + m_sslMode->currentData().toString());
    auto parsed = DatabaseUrl::parse(url.toString());
    if (!parsed)
        return parsed;
    return parsed->withPassword(m_password->text());
}

void ConnectionDialog::showResult(bool ok, const QString &text)
{
    m_result->setText(text);
    QPalette palette = m_result->palette();
    palette.setColor(QPalette::WindowText, ok ? QColor(0x1b, 0x7f, 0x3b) : QColor(0xb0, 0x1e, 0x1e));
    m_result->setPalette(palette);
}

void ConnectionDialog::testConnection()
{
    auto url = urlFromFields();
    if (!url) {
        showResult(false, url.error().message);
        return;
    }
    m_testButton->setEnabled(false);
    m_result->setText(tr("Connecting…"));
    m_test.setFuture(QtConcurrent::run(probe, *url));
}

void ConnectionDialog::browse()
{
    const QString file = Messages::saveFileName(this, tr("Choose or Create a Database File"),
                                                m_sqlitePath->text(),
                                                tr("ChangeDesk databases (*.db *.sqlite);;All files (*)"));
    if (!file.isEmpty())
        m_sqlitePath->setText(file);
}

void ConnectionDialog::accept()
{
    auto url = urlFromFields();
    if (!url) {
        showResult(false, url.error().message);
        return;
    }
    m_url = *url;
    QDialog::accept();
}

} // namespace ChangeDesk::Ui
