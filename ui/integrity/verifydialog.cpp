#include "verifydialog.h"

#include "common/clock.h"
#include "common/messages.h"
#include "integrity/openpgpkeyring.h"
#include "integrity/verificationview.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Ui {

namespace {

const QStringList kSignatureSuffixes {u".asc"_s, u".sig"_s, u".gpg"_s, u".p7s"_s};
const QStringList kChecksumSuffixes {u".sha512"_s, u".sha384"_s, u".sha256"_s};
const QStringList kChecksumFiles {u"SHA512SUMS"_s, u"SHA384SUMS"_s, u"SHA256SUMS"_s, u"CHECKSUMS"_s};

QString firstExisting(const QString &base, const QStringList &suffixes)
{
    for (const QString &suffix : suffixes) {
        if (QFileInfo::exists(base + suffix))
            return base + suffix;
    }
    return {};
}

// A published digest typed or pasted: hex of the length of one of the algorithms.
std::optional<DigestAlgorithm> digestIn(const QString &text)
{
    static const QRegularExpression hex(u"^[0-9A-Fa-f]+$"_s);
    const QString t = text.trimmed();
    if (!hex.match(t).hasMatch())
        return std::nullopt;
    return Digests::fromHexLength(t.size());
}

} // namespace

VerifyDialog::VerifyDialog(std::shared_ptr<Database> db, ChangeActor actor, const Clock &clock,
                           QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_actor(std::move(actor))
    , m_clock(clock)
    , m_file(new QLineEdit(this))
    , m_checksum(new QLineEdit(this))
    , m_signature(new QLineEdit(this))
    , m_checksumSignature(new QLineEdit(this))
    , m_found(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_detail(new QTextBrowser(this))
    , m_progress(new QProgressBar(this))
    , m_verifyButton(new QPushButton(tr("&Verify"), this))
    , m_cancelButton(new QPushButton(tr("Cancel check"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(u"verifyDialog"_s);
    setWindowTitle(tr("Verify a package"));
    setAcceptDrops(true);
    m_file->setPlaceholderText(tr("Drop the package file here, or choose it"));
    m_checksum->setPlaceholderText(tr("The published SHA-256 (or SHA-512), or a checksum file"));
    m_signature->setPlaceholderText(tr("OpenPGP (.asc, .sig) or CMS (.p7s) signature of the package"));
    m_checksumSignature->setPlaceholderText(tr("Signature of the checksum file, if it is signed"));
    for (QLineEdit *field : {m_file, m_checksum, m_signature, m_checksumSignature})
        field->setClearButtonEnabled(true);

    const auto row = [this](QLineEdit *field, const QString &title, const QString &filter) {
        auto *box = new QWidget(this);
        auto *layout = new QHBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(field, 1);
        auto *browseButton = new QToolButton(box);
        browseButton->setText(tr("Choose…"));
        connect(browseButton, &QToolButton::clicked, this, [=, this] { browse(field, title, filter); });
        layout->addWidget(browseButton);
        return box;
    };
    auto *form = new QFormLayout;
    form->addRow(tr("&Package file:"), row(m_file, tr("Choose the package file"), tr("All files (*)")));
    form->addRow(tr("Published &checksum:"),
                 row(m_checksum, tr("Choose the checksum file"),
                     tr("Checksum files (*SUMS *.sha256 *.sha512 *.sha384 *.txt);;All files (*)")));
    form->addRow(tr("&Signature:"),
                 row(m_signature, tr("Choose the signature"),
                     tr("Signatures (*.asc *.sig *.gpg *.p7s *.p7b *.pem *.der);;All files (*)")));
    form->addRow(tr("Checksum file's si&gnature:"),
                 row(m_checksumSignature, tr("Choose the signature of the checksum file"),
                     tr("Signatures (*.asc *.sig *.gpg *.p7s);;All files (*)")));
    m_found->setWordWrap(true);
    m_found->setVisible(false);

    m_verdict->setObjectName(u"verdict"_s);
    m_verdict->setWordWrap(true);
    m_verdict->setMargin(10);
    m_verdict->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_verdict->setFont(big);
    // Room for two lines: a word-wrapped label does not always get its height from the layout.
    m_verdict->setMinimumHeight(2 * QFontMetrics(big).lineSpacing() + 2 * m_verdict->margin() + 4);
    m_verdict->setText(tr("Choose a package file and what its publisher gives to check it with."));
    m_detail->setOpenLinks(false);
    m_detail->setMinimumHeight(180);
    m_progress->setRange(0, 1000);
    m_progress->setVisible(false);
    m_cancelButton->setVisible(false);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_progress, 1);
    actions->addWidget(m_cancelButton);
    actions->addStretch();
    actions->addWidget(m_verifyButton);
    m_verifyButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_found);
    layout->addLayout(actions);
    layout->addWidget(m_verdict);
    layout->addWidget(m_detail, 1);
    layout->addWidget(m_buttons);
    resize(760, 560);

    connect(m_verifyButton, &QPushButton::clicked, this, &VerifyDialog::start);
    connect(m_cancelButton, &QPushButton::clicked, this, &VerifyDialog::cancel);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &VerifyDialog::reject);
    connect(m_file, &QLineEdit::editingFinished, this, [this] {
        if (m_signature->text().isEmpty() && m_checksum->text().isEmpty())
            setFile(m_file->text());
    });
    connect(&m_watcher, &QFutureWatcher<Result<PackageVerification>>::finished, this, [this] {
        const Result<PackageVerification> outcome = m_watcher.result();
        setRunning(false);
        m_verifier.reset();
        if (!outcome) {
            showError(outcome.error().kind == ErrorKind::Cancelled
                          ? tr("The check was cancelled; nothing was recorded.")
                          : outcome.error().message);
        } else {
            auto recorded = VerificationLog(*m_db, m_actor, m_clock).record(*outcome);
            if (!recorded) {
                showError(recorded.error().message);
            } else {
                m_result = *recorded;
                showResult();
            }
        }
        Q_EMIT finished();
        if (m_closeWhenDone) {
            m_closeWhenDone = false;
            QDialog::reject();
        }
    });
}

VerifyDialog::~VerifyDialog()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

QString VerifyDialog::errorText() const
{
    return m_error;
}

bool VerifyDialog::isRunning() const
{
    return m_watcher.isRunning();
}

void VerifyDialog::browse(QLineEdit *field, const QString &title, const QString &filter)
{
    const QString start = QFileInfo(m_file->text()).absolutePath();
    const QString path = Messages::openFileName(this, title, start, filter);
    if (path.isEmpty())
        return;
    if (field == m_file)
        setFile(path);
    else
        field->setText(QDir::toNativeSeparators(path));
}

VerifyDialog::EvidenceFiles VerifyDialog::findBeside(const QString &file)
{
    EvidenceFiles e;
    e.signature = firstExisting(file, kSignatureSuffixes);
    e.checksums = firstExisting(file, kChecksumSuffixes);
    if (e.checksums.isEmpty()) {
        const QDir dir = QFileInfo(file).dir();
        for (const QString &name : kChecksumFiles) {
            if (dir.exists(name)) {
                e.checksums = dir.filePath(name);
                break;
            }
        }
    }
    if (!e.checksums.isEmpty())
        e.checksumsSignature = firstExisting(e.checksums, kSignatureSuffixes);
    return e;
}

void VerifyDialog::setFile(const QString &path)
{
    const QString file = QDir::fromNativeSeparators(path.trimmed());
    m_file->setText(QDir::toNativeSeparators(file));
    if (file.isEmpty())
        return;
    QStringList found;
    const EvidenceFiles beside = findBeside(file);
    if (!beside.signature.isEmpty()) {
        m_signature->setText(QDir::toNativeSeparators(beside.signature));
        found << QFileInfo(beside.signature).fileName();
    }
    if (!beside.checksums.isEmpty()) {
        m_checksum->setText(QDir::toNativeSeparators(beside.checksums));
        found << QFileInfo(beside.checksums).fileName();
    }
    if (!beside.checksumsSignature.isEmpty()) {
        m_checksumSignature->setText(QDir::toNativeSeparators(beside.checksumsSignature));
        found << QFileInfo(beside.checksumsSignature).fileName();
    }
    m_found->setText(found.isEmpty() ? tr("Nothing lies beside the file to check it with: give the published "
                                          "checksum or the signature.")
                                     : tr("Found beside the file: %1.").arg(found.join(u", "_s)));
    m_found->setVisible(true);
}

Result<PackageEvidence> VerifyDialog::evidence() const
{
    PackageEvidence e;
    const QString file = QDir::fromNativeSeparators(m_file->text().trimmed());
    const QString name = QFileInfo(file).fileName();
    const QString checksum = m_checksum->text().trimmed();
    if (!checksum.isEmpty()) {
        if (const auto algorithm = digestIn(checksum)) {
            e.checksums << ChecksumEntry {*algorithm, QByteArray::fromHex(checksum.toLatin1()), name, 0};
            e.checksumSource = tr("the published checksum");
        } else {
            auto text = ChecksumFile::read(QDir::fromNativeSeparators(checksum), tr("checksum file"));
            if (!text)
                return fail(text.error());
            if (auto added = PackageVerifier::addChecksumFile(e, *text, QFileInfo(checksum).fileName(), name);
                !added)
                return fail(added.error());
        }
    }
    const QString sumsSignature = m_checksumSignature->text().trimmed();
    if (!sumsSignature.isEmpty()) {
        if (e.checksumFile.isEmpty())
            return fail(ErrorKind::InvalidInput,
                        tr("A signature of the checksum file needs the checksum file itself under "
                           "\"Published checksum\"."));
        auto bytes = ChecksumFile::read(QDir::fromNativeSeparators(sumsSignature), tr("signature"));
        if (!bytes)
            return fail(bytes.error());
        e.checksumFileSignature = *bytes;
        e.checksumFileSignatureSource = QFileInfo(sumsSignature).fileName();
    }
    const QString signature = m_signature->text().trimmed();
    if (!signature.isEmpty()) {
        auto bytes = ChecksumFile::read(QDir::fromNativeSeparators(signature), tr("signature"));
        if (!bytes)
            return fail(bytes.error());
        e.signature = *bytes;
        e.signatureSource = QFileInfo(signature).fileName();
    }
    return e;
}

bool VerifyDialog::start()
{
    if (isRunning())
        return false;
    m_result.reset();
    m_error.clear();
    const QString file = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (file.isEmpty() || !QFileInfo(file).isFile()) {
        showError(file.isEmpty() ? tr("Choose the package file first.")
                                 : tr("There is no file %1.").arg(QDir::toNativeSeparators(file)));
        return false;
    }
    auto given = evidence();
    if (!given) {
        showError(given.error().message);
        return false;
    }
    auto trust = TrustStore(*m_db).snapshot();
    if (!trust) {
        showError(trust.error().message);
        return false;
    }
    m_verifier = std::make_unique<PackageVerifier>(*trust);
    m_cancel = false;
    setRunning(true);
    m_verdict->setStyleSheet({});
    m_verdict->setText(tr("Checking %1…").arg(QFileInfo(file).fileName()));
    m_detail->clear();
    PackageVerifier *verifier = m_verifier.get();
    const QDateTime at = m_clock.now();
    QPointer<QProgressBar> bar = m_progress;
    std::atomic<bool> *cancel = &m_cancel;
    m_watcher.setFuture(QtConcurrent::run([verifier, file, evidence = *given, at, bar, cancel] {
        return verifier->verify(file, evidence, at, [bar, cancel](qint64 done, qint64 total) {
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

void VerifyDialog::cancel()
{
    m_cancel = true;
}

void VerifyDialog::reject()
{
    if (isRunning()) {
        m_closeWhenDone = true;
        cancel();
        return; // closes once the check has stopped
    }
    QDialog::reject();
}

void VerifyDialog::setRunning(bool running)
{
    m_progress->setValue(0);
    m_progress->setVisible(running);
    m_cancelButton->setVisible(running);
    m_verifyButton->setEnabled(!running);
    for (QLineEdit *field : {m_file, m_checksum, m_signature, m_checksumSignature})
        field->setReadOnly(running);
}

void VerifyDialog::showError(const QString &text)
{
    m_error = text;
    m_verdict->setStyleSheet({});
    m_verdict->setText(text);
    m_detail->clear();
}

void VerifyDialog::showResult()
{
    const PackageVerification &v = *m_result;
    m_verdict->setText(VerificationView::headline(v));
    m_verdict->setStyleSheet(VerificationView::verdictStyle(v.verdict()));
    m_detail->setHtml(VerificationView::html(v));
}

void VerifyDialog::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!isRunning() && urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void VerifyDialog::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (isRunning() || urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    m_checksum->clear();
    m_signature->clear();
    m_checksumSignature->clear();
    setFile(urls.first().toLocalFile());
    start();
}

} // namespace ChangeDesk::Ui
