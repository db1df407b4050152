#pragma once

#include "integrity/packageverifier.h"

#include <QCoreApplication>
#include <QString>

namespace ChangeDesk::Ui {

// How a verification looks to people, the same in the dialog and in the pane: a headline with a
// sign that does not rely on colour alone, the colours of the verdict, and the record as HTML.
class VerificationView
{
    Q_DECLARE_TR_FUNCTIONS(VerificationView)

public:
    // "✔ Verified: …", "⚠ Weak evidence: …", "✖ Not verified: …".
    static QString headline(const PackageVerification &v);
    static QString verdictName(Reasons::Verdict verdict);
    // A style sheet for a QLabel: green, amber or red with a readable text colour.
    static QString verdictStyle(Reasons::Verdict verdict);
    static QString html(const PackageVerification &v);
};

} // namespace ChangeDesk::Ui
