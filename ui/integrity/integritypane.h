#pragma once

#include "change/changeservice.h"
#include "integrity/packagelibrary.h"
#include "integrity/packageverifier.h"
#include "shell/pane.h"

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;

namespace ChangeDesk {
class Clock;
}

namespace ChangeDesk::Ui {

class EmptyState;
class VerifyDialog;
class TrustDialog;

// Integrity and authenticity of packages (M8, M9, M10). The software library: every package with
// its status (unverified, verified, failed, released), its verifications, acceptance and release,
// and the requests it is attached to; adding, verifying in the background with progress and
// cancel, acceptance, release, the release statement as PDF, and the reference checksum register
// (verify, export). Beside it the record of every verification, newest first; "Verify a file…"
// (or a file dropped onto the pane) and the trust store. Every decision is core's
// (PackageLibrary, PackageVerifier, TrustStore); the pane shows it.
class IntegrityPane : public Pane
{
    Q_OBJECT

public:
    explicit IntegrityPane(const Clock &clock, QWidget *parent = nullptr);
    ~IntegrityPane() override;

    QString title() const override;
    QIcon icon() const override;
    void setDatabase(std::shared_ptr<Database> db) override;

    // ---- For tests ----
    Status setActor(const QString &login);
    void reload();
    QTreeWidget *recordList() const { return m_records; }
    QTreeWidget *packageList() const { return m_packages; }
    QTextBrowser *packageView() const { return m_package; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *message() const { return m_message; }
    bool selectPackage(qint64 id);
    // The selected package's verification, in the background; false when none can start.
    bool verifySelected();
    bool isVerifying() const { return m_verifying; }
    class PackageDialog *openPackageDialog(const QString &file = {});
    class AcceptanceDialog *openAcceptanceDialog();
    class ReleaseDialog *openReleaseDialog();
    Status writeStatement(const QString &path);
    Status attachTo(qint64 changeId);
    Result<RegisterReport> verifyRegister();
    Status exportRegister(const QString &path);
    QTextBrowser *recordView() const { return m_record; }
    QAction *action(const QString &name) const;
    // The dialogs the actions open (non-modal), or nullptr.
    VerifyDialog *openVerifyDialog(const QString &file = {});
    TrustDialog *openTrustDialog();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void showRecord();
    void showPackage();
    void reloadPackages();
    void updateActions();
    std::optional<Package> selected() const;
    void showMessage(const QString &text);

    const Clock &m_clock;
    std::shared_ptr<Database> m_db;
    QString m_actorLogin;
    ChangeActor m_actor;
    EmptyState *m_empty;
    QWidget *m_work;
    QTreeWidget *m_records;
    QTextBrowser *m_record;
    QLabel *m_message;
    QTabWidget *m_tabs;
    QTreeWidget *m_packages;
    QTextBrowser *m_package;
    QList<Package> m_library;
    bool m_verifying = false;
    QList<PackageVerification> m_shown;
    QHash<QString, QAction *> m_actions;
};

} // namespace ChangeDesk::Ui
