#pragma once

#include "integrity/truststore.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace ChangeDesk {
class Clock;
class Database;
} // namespace ChangeDesk

namespace ChangeDesk::Ui {

// Before a key or CA certificate is trusted (M10): its full fingerprint, large and in groups of
// four, beside a field for the fingerprint obtained through a second channel and a field saying
// which channel; "Pin" only when the two agree. When adding, it may also be stored unpinned.
class ConfirmKeyDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Add, Pin };
    ConfirmKeyDialog(const QList<TrustAnchor> &anchors, Mode mode, QWidget *parent = nullptr);

    // Pin (accepted with the fingerprint matching) or store unpinned (accepted without).
    bool pinRequested() const { return m_pin; }
    QString comparedFingerprint() const;
    QString channel() const;

    // ---- For tests ----
    QLineEdit *fingerprintField() const { return m_fingerprint; }
    QLineEdit *channelField() const { return m_channel; }
    QLabel *matchLabel() const { return m_match; }
    QPushButton *pinButton() const { return m_pinButton; }
    QPushButton *unpinnedButton() const { return m_unpinnedButton; }

private:
    void check();

    QList<TrustAnchor> m_anchors;
    QLineEdit *m_fingerprint;
    QLineEdit *m_channel;
    QLabel *m_match;
    QPushButton *m_pinButton;
    QPushButton *m_unpinnedButton = nullptr;
    bool m_pin = false;
};

// The trust store: the OpenPGP keys, CA certificates and CRLs package signatures are checked
// against, who pinned them and through which channel; adding (with ConfirmKeyDialog), pinning,
// removing for those who keep it (TrustStore::mayManage), a read-only list for everybody else.
class TrustDialog : public QDialog
{
    Q_OBJECT

public:
    TrustDialog(std::shared_ptr<Database> db, ChangeActor actor, const Clock &clock,
                QWidget *parent = nullptr);

    void reload();
    // Adds the file at `path` after asking (ConfirmKeyDialog); the message says what happened.
    void addFromFile();
    void pinSelected();
    void removeSelected();
    // What addFromFile() does once the person has answered: the seam for tests.
    Status add(const QString &path, const QString &comparedFingerprint, const QString &channel);

    // ---- For tests ----
    QTreeWidget *list() const { return m_list; }
    QString messageText() const;
    bool isMessageError() const { return m_messageIsError; }
    QPushButton *addButton() const { return m_addButton; }

private:
    void showMessage(const QString &text, bool error);
    void updateButtons();
    const TrustAnchor *selected() const;

    std::shared_ptr<Database> m_db;
    ChangeActor m_actor;
    const Clock &m_clock;
    QList<TrustAnchor> m_anchors;
    QTreeWidget *m_list;
    QLabel *m_message;
    bool m_messageIsError = false;
    QPushButton *m_addButton;
    QPushButton *m_pinButton;
    QPushButton *m_removeButton;
};

} // namespace ChangeDesk::Ui
