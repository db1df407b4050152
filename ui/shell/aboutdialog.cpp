#include "aboutdialog.h"

#include "common/versioninfo.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Ui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About ChangeDesk"));
    setObjectName(u"aboutDialog"_s);
    const VersionInfo info = VersionInfo::collect();

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(u":/icons/changedesk.svg"_s).pixmap(64, 64));
    auto *title = new QLabel(u"<h2>ChangeDesk %1</h2>"_s.arg(info.changeDesk.toHtmlEscaped()), this);
    auto *purpose = new QLabel(tr("Patch and change management for public-sector IT: configuration "
                                  "items, requests for change, the change calendar and the Change "
                                  "Advisory Board, following BSI OPS.1.1.3 and the IBD patch "
                                  "management factsheet."),
                               this);
    purpose->setWordWrap(true);
    auto *licence = new QLabel(tr("Licensed under the GNU General Public License, version 3 or later."), this);

    const KSyntaxHighlighting::Repository repository;
    auto *versions = new QPlainTextEdit(this);
    versions->setObjectName(u"versions"_s);
    versions->setReadOnly(true);
    versions->setPlainText(info.toText() + u'\n'
                           + tr("%n syntax definitions available", nullptr,
                                int(repository.definitions().size())));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    auto *headerText = new QVBoxLayout;
    headerText->addWidget(title);
    headerText->addWidget(purpose);
    headerText->addWidget(licence);
    header->addLayout(headerText, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(new QLabel(tr("Components:"), this));
    layout->addWidget(versions);
    layout->addWidget(buttons);
    resize(560, 420);
}

} // namespace ChangeDesk::Ui
