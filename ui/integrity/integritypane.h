#pragma once

#include "change/changeservice.h"
#include "integrity/packageverifier.h"
#include "shell/pane.h"

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QTextBrowser;
class QTreeWidget;

namespace ChangeDesk {
class Clock;
}

namespace ChangeDesk::Ui {

class EmptyState;
class VerifyDialog;
class TrustDialog;

// Integrity and authenticity of packages (M8, M10): the record of every verification, newest
// first, with its verdict and evidence; "Verify a file…" (or a file dropped onto the pane) and
// the trust store. Every decision is core's (PackageVerifier, TrustStore); the pane shows it.
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

    const Clock &m_clock;
    std::shared_ptr<Database> m_db;
    QString m_actorLogin;
    ChangeActor m_actor;
    EmptyState *m_empty;
    QWidget *m_work;
    QTreeWidget *m_records;
    QTextBrowser *m_record;
    QLabel *m_message;
    QList<PackageVerification> m_shown;
    QHash<QString, QAction *> m_actions;
};

} // namespace ChangeDesk::Ui
