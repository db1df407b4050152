#pragma once

#include "integrity/packageverifier.h"
#include "integrity/truststore.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;

namespace ChangeDesk {
class Clock;
class Database;
} // namespace ChangeDesk

namespace ChangeDesk::Ui {

// Verifies one package file (M8, M10): the file (chosen or dropped onto the dialog; a signature
// or checksum file lying beside it is picked up), the published checksum (a digest or a checksum
// file) and the detached signature. The check runs in the background with progress and Cancel;
// the verdict is shown green, amber or red with its reason, the signer and the fingerprint, and
// recorded through VerificationLog.
class VerifyDialog : public QDialog
{
    Q_OBJECT

public:
    VerifyDialog(std::shared_ptr<Database> db, ChangeActor actor, const Clock &clock,
                 QWidget *parent = nullptr);
    ~VerifyDialog() override;

    // Fills the fields for `path` as a drop would: the file, and the evidence found beside it.
    void setFile(const QString &path);
    // Starts the check (false with the reason shown when the input is not complete).
    // The evidence files lying beside `file`: FILE.asc/.sig/.gpg/.p7s, FILE.sha256/384/512 or a
    // SHA256SUMS (…) in the same folder, and that one's signature.
    struct EvidenceFiles {
        QString signature;
        QString checksums;
        QString checksumsSignature;
    };
    static EvidenceFiles findBeside(const QString &file);

    bool start();
    void cancel();
    bool isRunning() const;
    // Closing while a check runs cancels it; the dialog goes once the check has stopped.
    void reject() override;

    // ---- For tests ----
    QLineEdit *fileField() const { return m_file; }
    QLineEdit *checksumField() const { return m_checksum; }
    QLineEdit *signatureField() const { return m_signature; }
    QLineEdit *checksumSignatureField() const { return m_checksumSignature; }
    QLabel *verdictLabel() const { return m_verdict; }
    QTextBrowser *detailView() const { return m_detail; }
    QProgressBar *progressBar() const { return m_progress; }
    const std::optional<PackageVerification> &result() const { return m_result; }
    QString errorText() const;

Q_SIGNALS:
    // The check ended: with a verdict (result()) or an error (errorText()), or cancelled.
    void finished();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void browse(QLineEdit *field, const QString &title, const QString &filter);
    void showResult();
    void showError(const QString &text);
    void setRunning(bool running);
    // Reads the evidence the fields name; InvalidInput naming the field otherwise.
    Result<PackageEvidence> evidence() const;

    std::shared_ptr<Database> m_db;
    ChangeActor m_actor;
    const Clock &m_clock;
    QLineEdit *m_file;
    QLineEdit *m_checksum;
    QLineEdit *m_signature;
    QLineEdit *m_checksumSignature;
    QLabel *m_found;
    QLabel *m_verdict;
    QTextBrowser *m_detail;
    QProgressBar *m_progress;
    QPushButton *m_verifyButton;
    QPushButton *m_cancelButton;
    QDialogButtonBox *m_buttons;
    std::optional<PackageVerification> m_result;
    QString m_error;
    std::atomic<bool> m_cancel {false};
    bool m_closeWhenDone = false;
    std::unique_ptr<PackageVerifier> m_verifier;
    QFutureWatcher<Result<PackageVerification>> m_watcher;
};

} // namespace ChangeDesk::Ui
