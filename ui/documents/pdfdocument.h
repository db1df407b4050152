#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QString>

namespace ChangeDesk::Documents {

// HTML laid out on A4 and written as PDF (needs a QGuiApplication: changedeskctl starts one
// on the offscreen platform for the commands that write PDF).
class PdfDocument
{
    Q_DECLARE_TR_FUNCTIONS(PdfDocument)

public:
    // Written to a temporary file and renamed: never half a file.
    static Status write(const QString &html, const QString &title, const QString &path);
    // Escapes text for HTML.
    static QString escape(const QString &text);
};

} // namespace ChangeDesk::Documents
