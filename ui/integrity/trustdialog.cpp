#include "trustdialog.h"

#include "common/clock.h"
#include "common/messages.h"
#include "integrity/openpgpkeyring.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Ui {

namespace {

QString dateText(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime().date(), QLocale::ShortFormat) : QString();
}

} // namespace

ConfirmKeyDialog::ConfirmKeyDialog(const QList<TrustAnchor> &anchors, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_anchors(anchors)
    , m_fingerprint(new QLineEdit(this))
    , m_channel(new QLineEdit(this))
    , m_match(new QLabel(this))
    , m_pinButton(new QPushButton(tr("&Pin"), this))
{
    setObjectName(u"confirmKeyDialog"_s);
    setWindowTitle(mode == Mode::Add ? tr("Add to the trust store") : tr("Pin a key"));
    auto *layout = new QVBoxLayout(this);
    auto *intro
        = new QLabel(tr("A key file cannot vouch for itself. Compare the fingerprint below with the one "
                        "the publisher gives through another channel — their web page over HTTPS, a "
                        "signed letter, a telephone call — before you pin it."),
                     this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.3);
    mono.setBold(true);
    for (const TrustAnchor &a : anchors) {
        auto *box = new QGroupBox(TrustStore::kindName(a.kind), this);
        auto *form = new QFormLayout(box);
        form->addRow(tr("Name:"), new QLabel(a.label.toHtmlEscaped(), box));
        auto *fingerprint = new QLabel(OpenPgpKeyring::grouped(a.fingerprint), box);
        fingerprint->setFont(mono);
        fingerprint->setWordWrap(true);
        fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(tr("Fingerprint:"), fingerprint);
        const QString validity = a.validUntil.isValid()
            ? tr("%1 to %2").arg(dateText(a.validFrom), dateText(a.validUntil))
            : tr("from %1, does not expire").arg(dateText(a.validFrom));
        form->addRow(tr("Valid:"), new QLabel(validity, box));
        if (a.revoked) {
            auto *revoked = new QLabel(tr("This key has been revoked by its owner."), box);
            revoked->setStyleSheet(u"color: #c62828; font-weight: bold"_s);
            form->addRow(QString(), revoked);
        }
        layout->addWidget(box);
    }
    auto *form = new QFormLayout;
    m_fingerprint->setPlaceholderText(tr("Paste or type the fingerprint from the second channel"));
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_channel->setPlaceholderText(tr("e.g. vendor's web page over HTTPS, telephone call with their PSIRT"));
    form->addRow(tr("&Fingerprint as published:"), m_fingerprint);
    form->addRow(QString(), m_match);
    form->addRow(tr("Compared &through:"), m_channel);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_pinButton, QDialogButtonBox::AcceptRole);
    if (mode == Mode::Add) {
        m_unpinnedButton = new QPushButton(tr("Add &without pinning"), this);
        buttons->addButton(m_unpinnedButton, QDialogButtonBox::ActionRole);
        connect(m_unpinnedButton, &QPushButton::clicked, this, [this] {
            m_pin = false;
            accept();
        });
    }
    connect(m_pinButton, &QPushButton::clicked, this, [this] {
        m_pin = true;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_fingerprint, &QLineEdit::textChanged, this, &ConfirmKeyDialog::check);
    connect(m_channel, &QLineEdit::textChanged, this, &ConfirmKeyDialog::check);
    check();
    resize(640, sizeHint().height());
}

QString ConfirmKeyDialog::comparedFingerprint() const
{
    return m_fingerprint->text().trimmed();
}

QString ConfirmKeyDialog::channel() const
{
    return m_channel->text().trimmed();
}

void ConfirmKeyDialog::check()
{
    const QString typed = TrustStore::normalizeFingerprint(m_fingerprint->text());
    bool matches = false;
    for (const TrustAnchor &a : std::as_const(m_anchors))
        matches = matches || (!typed.isEmpty() && a.fingerprint == typed);
    if (m_fingerprint->text().trimmed().isEmpty()) {
        m_match->setText(tr("Not compared yet."));
        m_match->setStyleSheet({});
    } else if (matches) {
        m_match->setText(tr("✔ The fingerprints are the same."));
        m_match->setStyleSheet(u"color: #2e7d32; font-weight: bold"_s);
    } else {
        m_match->setText(tr("✖ The fingerprints differ: do not trust this file."));
        m_match->setStyleSheet(u"color: #c62828; font-weight: bold"_s);
    }
    m_pinButton->setEnabled(matches && !m_channel->text().trimmed().isEmpty());
    m_pinButton->setToolTip(
        m_pinButton->isEnabled()
            ? QString()
            : tr("Pinning needs the same fingerprint from a second channel, and which channel "
                 "that was."));
}

TrustDialog::TrustDialog(std::shared_ptr<Database> db, ChangeActor actor, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_actor(std::move(actor))
    , m_clock(clock)
    , m_list(new QTreeWidget(this))
    , m_message(new QLabel(this))
    , m_addButton(new QPushButton(tr("&Add…"), this))
    , m_pinButton(new QPushButton(tr("&Pin…"), this))
    , m_removeButton(new QPushButton(tr("&Remove"), this))
{
    setObjectName(u"trustDialog"_s);
    setWindowTitle(tr("Trust store"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Package signatures count only when made by a key or under a CA certificate "
                                "that is pinned here. This store is ChangeDesk's own, never your personal "
                                "keyring."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list->setHeaderLabels({tr("Kind"), tr("Name"), tr("Fingerprint"), tr("Valid until"), tr("Pinned")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list, 1);
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_addButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_pinButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_removeButton, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_addButton, &QPushButton::clicked, this, &TrustDialog::addFromFile);
    connect(m_pinButton, &QPushButton::clicked, this, &TrustDialog::pinSelected);
    connect(m_removeButton, &QPushButton::clicked, this, &TrustDialog::removeSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &TrustDialog::updateButtons);
    if (!TrustStore::mayManage(m_actor)) {
        m_addButton->setToolTip(
            tr("Only change managers, administrators and security management keep the trust "
               "store."));
    }
    resize(1040, 420);
    reload();
}

QString TrustDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void TrustDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #c62828"_s : QString());
    m_message->setVisible(!text.isEmpty());
    m_messageIsError = error;
}

void TrustDialog::reload()
{
    auto anchors = TrustStore(*m_db).anchors();
    m_list->clear();
    if (!anchors) {
        m_anchors.clear();
        showMessage(anchors.error().message, true);
        updateButtons();
        return;
    }
    m_anchors = *anchors;
    for (int i = 0; i < m_anchors.size(); ++i) {
        const TrustAnchor &a = m_anchors.at(i);
        const QString pinned = a.kind == TrustAnchor::Kind::X509Crl
            ? tr("checked against its CA")
            : (a.pinned ? tr("%1, %2 (%3)").arg(a.pinnedBy, dateText(a.pinnedAt), a.confirmedVia)
                        : tr("not pinned"));
        auto *item = new QTreeWidgetItem(
            m_list,
            {TrustStore::kindName(a.kind), a.label, OpenPgpKeyring::grouped(a.fingerprint),
             a.validUntil.isValid() ? dateText(a.validUntil) : tr("never"), pinned});
        item->setData(0, Qt::UserRole, i);
        item->setToolTip(4, pinned);
        item->setToolTip(1, a.source.isEmpty() ? a.label : tr("%1 (from %2)").arg(a.label, a.source));
        item->setFont(2, QFontDatabase::systemFont(QFontDatabase::FixedFont));
        if (!a.pinned || a.revoked) {
            item->setForeground(4, QColor(0xc6, 0x28, 0x28));
            if (a.revoked)
                item->setText(4, tr("revoked"));
        }
    }
    updateButtons();
}

const TrustAnchor *TrustDialog::selected() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return nullptr;
    const int index = item->data(0, Qt::UserRole).toInt();
    return index >= 0 && index < m_anchors.size() ? &m_anchors.at(index) : nullptr;
}

void TrustDialog::updateButtons()
{
    const bool manage = TrustStore::mayManage(m_actor);
    const TrustAnchor *a = selected();
    m_addButton->setEnabled(manage);
    m_pinButton->setEnabled(manage && a && !a->pinned && a->kind != TrustAnchor::Kind::X509Crl);
    m_removeButton->setEnabled(manage && a);
}

Status TrustDialog::add(const QString &path, const QString &comparedFingerprint, const QString &channel)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorKind::InvalidInput,
                    tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    auto added = TrustStore(*m_db, m_actor, m_clock)
                     .add(file.readAll(), QFileInfo(path).fileName(), comparedFingerprint, channel);
    if (!added)
        return fail(added.error());
    reload();
    QStringList names;
    bool pinned = true;
    for (const TrustAnchor &a : std::as_const(*added)) {
        names << a.label;
        pinned = pinned && a.pinned;
    }
    showMessage(pinned ? tr("Added and pinned: %1.").arg(names.join(u", "_s))
                       : tr("Added, not pinned yet: %1. Its signatures do not count until it is pinned.")
                             .arg(names.join(u", "_s)),
                false);
    return {};
}

void TrustDialog::addFromFile()
{
    const QString path = Messages::openFileName(
        this, tr("Add a key, CA certificate or CRL"), {},
        tr("Keys and certificates (*.asc *.gpg *.pgp *.pem *.crt *.cer *.der *.crl);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
                    true);
        return;
    }
    auto inspected = TrustStore::inspect(file.readAll(), QFileInfo(path).fileName());
    if (!inspected) {
        showMessage(inspected.error().message, true);
        return;
    }
    QString compared;
    QString channel;
    const bool crlOnly = std::all_of(inspected->cbegin(), inspected->cend(), [](const TrustAnchor &a) {
        return a.kind == TrustAnchor::Kind::X509Crl;
    });
    if (!crlOnly) {
        ConfirmKeyDialog confirm(*inspected, ConfirmKeyDialog::Mode::Add, this);
        if (confirm.exec() != QDialog::Accepted)
            return;
        if (confirm.pinRequested()) {
            compared = confirm.comparedFingerprint();
            channel = confirm.channel();
        }
    }
    if (Status done = add(path, compared, channel); !done)
        showMessage(done.error().message, true);
}

void TrustDialog::pinSelected()
{
    const TrustAnchor *a = selected();
    if (!a)
        return;
    ConfirmKeyDialog confirm({*a}, ConfirmKeyDialog::Mode::Pin, this);
    if (confirm.exec() != QDialog::Accepted || !confirm.pinRequested())
        return;
    auto pinned = TrustStore(*m_db, m_actor, m_clock).pin(confirm.comparedFingerprint(), confirm.channel());
    if (!pinned) {
        showMessage(pinned.error().message, true);
        return;
    }
    reload();
    showMessage(tr("Pinned: %1.").arg(pinned->label), false);
}

void TrustDialog::removeSelected()
{
    const TrustAnchor *a = selected();
    if (!a)
        return;
    const TrustAnchor anchor = *a;
    if (Messages::question(this, tr("Remove from the trust store"),
                           tr("Remove %1 (%2)? Signatures made with it no longer count.")
                               .arg(anchor.label, OpenPgpKeyring::grouped(anchor.fingerprint)),
                           QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    if (Status removed = TrustStore(*m_db, m_actor, m_clock).remove(anchor.fingerprint); !removed) {
        showMessage(removed.error().message, true);
        return;
    }
    reload();
    showMessage(tr("Removed %1.").arg(anchor.label), false);
}

} // namespace ChangeDesk::Ui
