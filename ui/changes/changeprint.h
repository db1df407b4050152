#pragma once

#include "change/changerecord.h"
#include "common/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

class QTextDocument;

namespace ChangeDesk::Ui {

// What a printed request for change shows besides the record: names for ids, and its history.
struct ChangePrintContext {
    QHash<qint64, QString> people; // person id -> name
    QHash<qint64, QString> cis; // CI id -> name
    QHash<qint64, QString> units; // org unit id -> name
    QList<QList<QString>> history; // time, who, what, reason
    QString printedBy;
    QDateTime printedAt;
};

// A request for change on paper or as PDF (for the file, the CAB's folder, an auditor): every
// field in the form's order, the rollout waves, test cases, attachments with their SHA-256 and
// the history; empty fields are left out.
class ChangePrint
{
    Q_DECLARE_TR_FUNCTIONS(ChangePrint)

public:
    static QString html(const ChangeRequest &request, const ChangePrintContext &context);
    // The document laid out for A4 (also what a printer gets).
    static std::unique_ptr<QTextDocument> document(const ChangeRequest &request,
                                                   const ChangePrintContext &context);
    // Writes the PDF to `path` (written to a temporary file and renamed: never half a file).
    static Status writePdf(const ChangeRequest &request, const ChangePrintContext &context,
                           const QString &path);
};

} // namespace ChangeDesk::Ui
