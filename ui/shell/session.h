#pragma once

#include "common/clock.h"
#include "common/error.h"
#include "storage/databaseurl.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace ChangeDesk {
class CredentialStore;
class Database;
} // namespace ChangeDesk

namespace ChangeDesk::Ui {

// The database the window works on and who works on it. Panes follow databaseChanged().
class Session : public QObject
{
    Q_OBJECT

public:
    Session(const Clock &clock, CredentialStore *credentials, QObject *parent = nullptr);
    ~Session() override;

    // Opens (creating an SQLite file when missing) and migrates; keeps the current database
    // when that fails.
    Status open(const DatabaseUrl &url);
    // A freshly seeded sample municipality in a temporary folder, discarded on exit.
    Status openDemo(quint32 seed = 1);

    std::shared_ptr<Database> database() const { return m_db; }
    bool isOpen() const { return m_db != nullptr; }
    bool isDemo() const { return m_demoDir != nullptr; }
    // "Jan de Vries (jvries)" when the login is a known person, else the login.
    QString userDisplayName() const { return m_user; }
    const Clock &clock() const { return m_clock; }
    CredentialStore *credentials() const { return m_credentials; }

Q_SIGNALS:
    void databaseChanged();

private:
    void adopt(std::shared_ptr<Database> db, std::unique_ptr<QTemporaryDir> demoDir);

    const Clock &m_clock;
    CredentialStore *m_credentials;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<QTemporaryDir> m_demoDir;
    QString m_user;
};

} // namespace ChangeDesk::Ui
