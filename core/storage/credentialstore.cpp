#include "credentialstore.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {
const QString kService = u"ChangeDesk"_s;

template<typename Job>
void runJob(Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}
} // namespace

std::optional<QString> KeychainCredentialStore::readPassword(const QString &key) const
{
    QKeychain::ReadPasswordJob job(kService);
    job.setAutoDelete(false);
    job.setKey(key);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return std::nullopt;
    return job.textData();
}

Status KeychainCredentialStore::writePassword(const QString &key, const QString &password)
{
    QKeychain::WritePasswordJob job(kService);
    job.setAutoDelete(false);
    job.setKey(key);
    job.setTextData(password);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return fail(ErrorKind::Unavailable,
                    QCoreApplication::translate("CredentialStore",
                                                "The password could not be stored in the "
                                                "system keychain: %1")
                        .arg(job.errorString()));
    return {};
}

Status KeychainCredentialStore::removePassword(const QString &key)
{
    QKeychain::DeletePasswordJob job(kService);
    job.setAutoDelete(false);
    job.setKey(key);
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return fail(ErrorKind::Unavailable,
                    QCoreApplication::translate("CredentialStore",
                                                "The password could not be removed from the "
                                                "system keychain: %1")
                        .arg(job.errorString()));
    return {};
}

} // namespace ChangeDesk
