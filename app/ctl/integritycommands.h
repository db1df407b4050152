#pragma once

#include <QString>
#include <QStringList>

namespace ChangeDesk::Ctl {

class CommandContext;

// changedeskctl verify FILE …: checks a package file against its published checksums and its
// signature, records the verification (issue 6).
int verifyCommand(CommandContext &context, const QStringList &args);
// changedeskctl trust …: the trust store of OpenPGP keys, CA certificates and CRLs.
int trustCommand(CommandContext &context, const QStringList &args);
// changedeskctl package …: the software library, acceptance and release.
int packageCommand(CommandContext &context, const QStringList &args);
// changedeskctl register …: the reference checksum register.
int registerCommand(CommandContext &context, const QStringList &args);
QString integrityUsage();

} // namespace ChangeDesk::Ctl
