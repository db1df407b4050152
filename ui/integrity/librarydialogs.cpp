#include "librarydialogs.h"

#include "common/clock.h"
#include "storage/database.h"
#include "verifydialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Ui {

namespace {

QLabel *messageLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(u"message"_s);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #c62828"_s);
    label->setVisible(false);
    return label;
}

void showMessage(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

// ---- PackageDialog --------------------------------------------------------------------------------

PackageDialog::PackageDialog(std::shared_ptr<Database> db, ChangeActor actor, const Clock &clock,
                             QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_actor(std::move(actor))
    , m_clock(clock)
    , m_kind(new QComboBox(this))
    , m_message(messageLabel(this))
{
    setObjectName(u"packageDialog"_s);
    setWindowTitle(tr("Add a package to the software library"));
    auto *form = new QFormLayout;
    const auto line = [&](const QString &name, const QString &placeholder) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        m_fields.insert(name, edit);
        return edit;
    };
    // A row of a line and its Browse button, the label's mnemonic leading to the line.
    const auto withBrowse = [&](const QString &label, QLineEdit *edit, const QString &title) {
        auto *row = new QHBoxLayout;
        row->addWidget(edit, 1);
        auto *button = new QPushButton(tr("Browse…"), this);
        connect(button, &QPushButton::clicked, this, [this, edit, title] { browse(edit, title); });
        row->addWidget(button);
        auto *buddy = new QLabel(label, this);
        buddy->setBuddy(edit);
        form->addRow(buddy, row);
    };
    QLineEdit *file = line(u"file"_s, tr("The package file as downloaded"));
    connect(file, &QLineEdit::editingFinished, this, [this, file] { setFile(file->text()); });
    withBrowse(tr("&File:"), file, tr("Package file"));
    for (const QString &kind : PackageLibrary::kinds())
        m_kind->addItem(PackageLibrary::kindLabel(kind), kind);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Vendor:"), line(u"vendor"_s, tr("e.g. Microsoft")));
    form->addRow(tr("&Product:"), line(u"product"_s, tr("e.g. Windows 11")));
    form->addRow(tr("V&ersion:"), line(u"version"_s, tr("e.g. KB5070001 or 3.0.15")));
    form->addRow(tr("&Source:"), line(u"source"_s, tr("Where it was obtained: URL, vendor portal, medium")));
    withBrowse(tr("&Checksum file:"), line(u"checksums"_s, tr("SHA256SUMS or FILE.sha256 as published")),
               tr("Checksum file"));
    form->addRow(tr("or SHA-&256:"), line(u"sha256"_s, tr("The published SHA-256, 64 hex digits")));
    withBrowse(tr("Checksum file's signa&ture:"),
               line(u"checksumsSignature"_s, tr("SHA256SUMS.asc, if the vendor signs it")),
               tr("Signature of the checksum file"));
    withBrowse(tr("Si&gnature:"), line(u"signature"_s, tr("OpenPGP (.asc, .sig) or CMS (.p7s)")),
               tr("Signature of the package"));
    form->addRow(tr("&Notes:"), line(u"notes"_s, {}));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PackageDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PackageDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *hint
        = new QLabel(tr("The file is hashed now and verified later; the checksums and signatures are kept "
                        "with the package as the vendor published them."),
                     this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());
}

QLineEdit *PackageDialog::field(const QString &name) const
{
    return m_fields.value(name);
}

void PackageDialog::browse(QLineEdit *edit, const QString &title)
{
    const QString path = QFileDialog::getOpenFileName(this, title, QFileInfo(edit->text()).absolutePath());
    if (path.isEmpty())
        return;
    edit->setText(QDir::toNativeSeparators(path));
    if (edit == field(u"file"_s))
        setFile(path);
}

void PackageDialog::setFile(const QString &path)
{
    const QString file = QDir::fromNativeSeparators(path.trimmed());
    field(u"file"_s)->setText(QDir::toNativeSeparators(file));
    if (file.isEmpty())
        return;
    const VerifyDialog::EvidenceFiles beside = VerifyDialog::findBeside(file);
    const auto fillIfEmpty = [&](const QString &name, const QString &value) {
        if (!value.isEmpty() && field(name)->text().trimmed().isEmpty())
            field(name)->setText(QDir::toNativeSeparators(value));
    };
    fillIfEmpty(u"signature"_s, beside.signature);
    fillIfEmpty(u"checksums"_s, beside.checksums);
    fillIfEmpty(u"checksumsSignature"_s, beside.checksumsSignature);
}

void PackageDialog::accept()
{
    const auto text = [&](const QString &name) {
        return field(name)->text().trimmed();
    };
    const QString file = QDir::fromNativeSeparators(text(u"file"_s));
    if (file.isEmpty()) {
        showMessage(m_message, tr("Choose the package file."));
        return;
    }
    Package p;
    p.kind = m_kind->currentData().toString();
    p.vendor = text(u"vendor"_s);
    p.product = text(u"product"_s);
    p.version = text(u"version"_s);
    p.source = text(u"source"_s);
    p.notes = text(u"notes"_s);
    if (!text(u"sha256"_s).isEmpty() && !text(u"checksums"_s).isEmpty()) {
        showMessage(m_message, tr("Give the checksum file or the SHA-256, not both."));
        return;
    }
    if (!text(u"sha256"_s).isEmpty()) {
        static const QRegularExpression hex(u"^[0-9a-fA-F]{64}$"_s);
        if (!hex.match(text(u"sha256"_s)).hasMatch()) {
            showMessage(m_message, tr("The SHA-256 '%1' is not 64 hex digits.").arg(text(u"sha256"_s)));
            return;
        }
        p.checksums
            = text(u"sha256"_s).toLower().toLatin1() + "  " + QFileInfo(file).fileName().toUtf8() + '\n';
        p.checksumsSource = tr("typed in");
    }
    const QList<std::tuple<QString, QByteArray *, QString *, QString>> files {
        {u"checksums"_s, &p.checksums, &p.checksumsSource, tr("checksum file")},
        {u"checksumsSignature"_s, &p.checksumsSignature, &p.checksumsSignatureSource, tr("signature")},
        {u"signature"_s, &p.signature, &p.signatureSource, tr("signature")},
    };
    for (const auto &[name, bytes, source, what] : files) {
        const QString path = QDir::fromNativeSeparators(text(name));
        if (path.isEmpty())
            continue;
        auto read = ChecksumFile::read(path, what);
        if (!read) {
            showMessage(m_message, read.error().message);
            return;
        }
        *bytes = *read;
        *source = QFileInfo(path).fileName();
    }
    auto added = PackageLibrary(*m_db, m_actor, m_clock).add(p, file);
    if (!added) {
        showMessage(m_message, added.error().message);
        return;
    }
    m_added = added->id;
    QDialog::accept();
}

// ---- AcceptanceDialog -----------------------------------------------------------------------------

AcceptanceDialog::AcceptanceDialog(std::shared_ptr<Database> db, ChangeActor actor, const Clock &clock,
                                   const Package &package, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_actor(std::move(actor))
    , m_clock(clock)
    , m_package(package)
    , m_environment(new QLineEdit(this))
    , m_tests(new QTableWidget(0, 3, this))
    , m_accepted(new QRadioButton(tr("&Accepted: the package passed every test case"), this))
    , m_refused(new QRadioButton(tr("&Refused, because:"), this))
    , m_reasons(new QPlainTextEdit(this))
    , m_message(messageLabel(this))
{
    setObjectName(u"acceptanceDialog"_s);
    setWindowTitle(tr("Acceptance of %1").arg(package.label()));
    m_environment->setPlaceholderText(tr("e.g. test lab, reference client W11-REF-01"));
    m_tests->setHorizontalHeaderLabels({tr("Test case"), tr("Result"), tr("Note")});
    m_tests->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tests->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_tests->verticalHeader()->setVisible(false);
    auto *addRow = new QPushButton(tr("Add a test case"), this);
    auto *removeRow = new QPushButton(tr("Remove"), this);
    connect(addRow, &QPushButton::clicked, this, [this] { addTest({}, u"passed"_s); });
    connect(removeRow, &QPushButton::clicked, this, [this] {
        if (m_tests->currentRow() >= 0)
            m_tests->removeRow(m_tests->currentRow());
    });
    m_accepted->setChecked(true);
    m_reasons->setEnabled(false);
    m_reasons->setMaximumHeight(80);
    connect(m_refused, &QRadioButton::toggled, m_reasons, &QWidget::setEnabled);

    auto *form = new QFormLayout;
    form->addRow(tr("Package:"), new QLabel(u"%1 — %2"_s.arg(package.label(), package.fileName), this));
    form->addRow(tr("Test &environment:"), m_environment);
    auto *testButtons = new QHBoxLayout;
    testButtons->addWidget(addRow);
    testButtons->addWidget(removeRow);
    testButtons->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AcceptanceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AcceptanceDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Test cases and their results:"), this));
    layout->addWidget(m_tests, 1);
    layout->addLayout(testButtons);
    layout->addWidget(m_accepted);
    layout->addWidget(m_refused);
    layout->addWidget(m_reasons);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    addTest({}, u"passed"_s);
    resize(680, 460);
}

void AcceptanceDialog::addTest(const QString &name, const QString &result, const QString &note)
{
    const int row = m_tests->rowCount();
    m_tests->insertRow(row);
    m_tests->setItem(row, 0, new QTableWidgetItem(name));
    auto *box = new QComboBox(m_tests);
    for (const QString &r : {u"passed"_s, u"failed"_s, u"not_run"_s})
        box->addItem(PackageLibrary::testResultLabel(r), r);
    box->setCurrentIndex(std::max(0, box->findData(result)));
    m_tests->setCellWidget(row, 1, box);
    m_tests->setItem(row, 2, new QTableWidgetItem(note));
}

void AcceptanceDialog::accept()
{
    PackageAcceptance a;
    a.testEnvironment = m_environment->text();
    for (int row = 0; row < m_tests->rowCount(); ++row) {
        const QString name = m_tests->item(row, 0) ? m_tests->item(row, 0)->text().trimmed() : QString();
        const QString note = m_tests->item(row, 2) ? m_tests->item(row, 2)->text().trimmed() : QString();
        const auto *box = qobject_cast<QComboBox *>(m_tests->cellWidget(row, 1));
        if (name.isEmpty() && note.isEmpty())
            continue; // an empty row left over
        a.tests << AcceptanceTest {name, box ? box->currentData().toString() : u"passed"_s, note};
    }
    a.accepted = m_accepted->isChecked();
    a.refusalReasons = m_reasons->toPlainText();
    auto recorded = PackageLibrary(*m_db, m_actor, m_clock).accept(m_package.id, a);
    if (!recorded) {
        showMessage(m_message, recorded.error().message);
        return;
    }
    QDialog::accept();
}

// ---- ReleaseDialog --------------------------------------------------------------------------------

ReleaseDialog::ReleaseDialog(std::shared_ptr<Database> db, ChangeActor actor, const Clock &clock,
                             const Package &package, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_actor(std::move(actor))
    , m_clock(clock)
    , m_package(package)
    , m_date(new QDateEdit(clock.now().toLocalTime().date(), this))
    , m_restrictions(new QPlainTextEdit(this))
    , m_message(messageLabel(this))
{
    setObjectName(u"releaseDialog"_s);
    setWindowTitle(tr("Release %1").arg(package.label()));
    m_date->setCalendarPopup(true);
    m_restrictions->setPlaceholderText(
        tr("e.g. not on the measuring PCs of the lab; only after the year-end closing"));
    auto *form = new QFormLayout;
    form->addRow(tr("Package:"), new QLabel(u"%1 — %2"_s.arg(package.label(), package.fileName), this));
    form->addRow(tr("Release &date:"), m_date);
    form->addRow(tr("&Restrictions:"), m_restrictions);
    auto *hint
        = new QLabel(tr("The file is hashed again (SHA-256 and SHA-512); it must be the file that was "
                        "verified and accepted. Its checksums go into the reference checksum register, "
                        "which nobody can change afterwards."),
                     this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Release"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReleaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReleaseDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void ReleaseDialog::accept()
{
    auto released = PackageLibrary(*m_db, m_actor, m_clock)
                        .release(m_package.id, m_date->date(), m_restrictions->toPlainText());
    if (!released) {
        showMessage(m_message, released.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace ChangeDesk::Ui
