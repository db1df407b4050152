#pragma once

#include "integrity/packagelibrary.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace ChangeDesk::Documents {

// The acceptance record and release statement of a package (M9): what was released (name,
// version, file, SHA-256 and SHA-512 as entered into the reference checksum register), how it was
// verified, the test environment, the test cases and their results, the declaration, the
// restrictions, the release date and who released it.
class ReleaseStatementDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseStatementDocument)

public:
    static QString html(const ReleaseStatement &statement, const QDateTime &printedAt);
    static QString text(const ReleaseStatement &statement);
    static Status write(const ReleaseStatement &statement, const QDateTime &printedAt, const QString &path);
};

} // namespace ChangeDesk::Documents
