#include "verificationview.h"

#include "integrity/openpgpkeyring.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Ui {

QString VerificationView::verdictName(Reasons::Verdict verdict)
{
    switch (verdict) {
    case Reasons::Verdict::Green:
        return tr("Verified");
    case Reasons::Verdict::Amber:
        return tr("Weak evidence");
    case Reasons::Verdict::Red:
        return tr("Not verified");
    }
    return {};
}

QString VerificationView::headline(const PackageVerification &v)
{
    const QString sign = v.verdict() == Reasons::Verdict::Green ? u"✔"_s
        : v.verdict() == Reasons::Verdict::Amber                ? u"⚠"_s
                                                                : u"✖"_s;
    return tr("%1 %2: %3").arg(sign, verdictName(v.verdict()), Reasons::text(v.reason));
}

QString VerificationView::verdictStyle(Reasons::Verdict verdict)
{
    switch (verdict) {
    case Reasons::Verdict::Green:
        return u"QLabel { background: #2e7d32; color: white; border-radius: 4px; }"_s;
    case Reasons::Verdict::Amber:
        return u"QLabel { background: #f9a825; color: black; border-radius: 4px; }"_s;
    case Reasons::Verdict::Red:
        return u"QLabel { background: #c62828; color: white; border-radius: 4px; }"_s;
    }
    return {};
}

QString VerificationView::html(const PackageVerification &v)
{
    const auto esc = [](const QString &s) {
        return s.toHtmlEscaped();
    };
    const auto when = [](const QDateTime &t) {
        return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
    };
    QString rows;
    const auto row = [&rows](const QString &label, const QString &value) {
        if (!value.isEmpty())
            rows += u"<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>"_s.arg(label, value);
    };
    row(tr("File"), esc(v.fileName));
    row(tr("Size"), esc(QLocale().formattedDataSize(v.fileSize)));
    row(tr("SHA-256"), u"<tt>%1</tt>"_s.arg(QString::fromLatin1(v.sha256.toHex())));
    row(tr("Reason"), u"%1 (<tt>%2</tt>)"_s.arg(esc(Reasons::text(v.reason)), Reasons::key(v.reason)));
    row(tr("Detail"), esc(v.detail));
    if (!v.checksumAlgorithm.isEmpty())
        row(tr("Checksum compared"), esc(v.checksumAlgorithm.toUpper()));
    if (const SignatureCheck *s = v.decisive()) {
        row(tr("Signature"), s->kind == SignatureCheck::Kind::Cms ? tr("CMS (X.509)") : tr("OpenPGP"));
        row(tr("Signer"), esc(s->signer));
        if (!s->signerFingerprint.isEmpty())
            row(tr("Fingerprint"), u"<tt>%1</tt>"_s.arg(OpenPgpKeyring::grouped(s->signerFingerprint)));
        if (!s->signingKeyFingerprint.isEmpty() && s->signingKeyFingerprint != s->signerFingerprint)
            row(tr("Signing subkey"),
                u"<tt>%1</tt>"_s.arg(OpenPgpKeyring::grouped(s->signingKeyFingerprint)));
        row(tr("Signed"), esc(when(s->signedAt)));
        row(tr("Digest of the signature"), esc(s->digestAlgorithm));
        row(tr("Key when signing"), esc(Reasons::validityText(s->keyValidityAtSigning)));
        if (s->keyExpires.isValid())
            row(tr("Key expires"), esc(when(s->keyExpires)));
    }
    if (v.signatures.size() > 1) {
        QStringList others;
        for (const SignatureCheck &s : v.signatures)
            others << u"%1 — %2"_s.arg(esc(Reasons::key(s.reason)), esc(s.detail));
        row(tr("All signatures"), others.join(u"<br>"_s));
    }
    row(tr("Tools"), esc(v.toolVersions));
    if (v.id > 0)
        row(tr("Recorded"),
            esc(tr("verification %1, by %2 on %3").arg(v.id).arg(v.verifiedBy, when(v.verifiedAt))));
    return u"<table>%1</table>"_s.arg(rows);
}

} // namespace ChangeDesk::Ui
