#pragma once

#include "common/error.h"

#include <QString>

#include <optional>

namespace ChangeDesk {

// Where database passwords live: the system keychain, never a settings file.
class CredentialStore
{
public:
    virtual ~CredentialStore() = default;
    virtual std::optional<QString> readPassword(const QString &key) const = 0;
    virtual Status writePassword(const QString &key, const QString &password) = 0;
    virtual Status removePassword(const QString &key) = 0;
};

// The desktop's keychain (Secret Service, KWallet, macOS Keychain, Windows Credential Manager)
// through QtKeychain. Blocks on a local event loop; call from the thread that owns the app.
class KeychainCredentialStore final : public CredentialStore
{
public:
    std::optional<QString> readPassword(const QString &key) const override;
    Status writePassword(const QString &key, const QString &password) override;
    Status removePassword(const QString &key) override;
};

} // namespace ChangeDesk
