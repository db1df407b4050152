#include "session.h"

#include "demo/demodata.h"
#include "people/peoplerepository.h"
#include "storage/database.h"
#include "storage/migrator.h"

using namespace Qt::StringLiterals;

namespace ChangeDesk::Ui {

Session::Session(const Clock &clock, CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_credentials(credentials)
{
}

Session::~Session()
{
    // The database goes before its demo folder.
    m_db.reset();
}

Status Session::open(const DatabaseUrl &url)
{
    OpenOptions options;
    options.createIfMissing = true;
    options.credentials = m_credentials;
    auto db = openAndMigrate(url, options, m_clock);
    if (!db)
        return fail(db.error());
    adopt(std::move(*db), nullptr);
    return {};
}

Status Session::openDemo(quint32 seed)
{
    auto dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid())
        return fail(ErrorKind::Io, tr("No temporary folder for the demo database: %1").arg(dir->errorString()));
    OpenOptions options;
    options.createIfMissing = true;
    auto db = openAndMigrate(DatabaseUrl::sqlite(dir->filePath(u"demo.db"_s)), options, m_clock);
    if (!db)
        return fail(db.error());
    if (auto seeded = DemoData::generate(**db, seed, DemoScale::Municipality, m_clock); !seeded)
        return fail(seeded.error());
    adopt(std::move(*db), std::move(dir));
    return {};
}

void Session::adopt(std::shared_ptr<Database> db, std::unique_ptr<QTemporaryDir> demoDir)
{
    m_db = std::move(db);
    m_demoDir = std::move(demoDir);
    const QString login = m_db->sessionUser();
    m_user = login;
    if (auto person = PeopleRepository(*m_db, m_clock).personByLogin(login); person && *person)
        m_user = tr("%1 (%2)").arg((*person)->displayName, login);
    Q_EMIT databaseChanged();
}

} // namespace ChangeDesk::Ui
