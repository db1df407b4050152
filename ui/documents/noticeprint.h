#pragma once

#include "calendar/downtimenotice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ChangeDesk::Documents {

// Downtime notices on paper or as PDF (M7): one section per change, to post or to mail to the
// departments affected.
class NoticePrint
{
    Q_DECLARE_TR_FUNCTIONS(NoticePrint)

public:
    static QString html(const QList<DowntimeNotice> &notices, const QDateTime &printedAt);
    static Status writePdf(const QList<DowntimeNotice> &notices, const QDateTime &printedAt,
                           const QString &path);
};

} // namespace ChangeDesk::Documents
