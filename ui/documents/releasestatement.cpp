#include "releasestatement.h"

#include "calendar/downtimenotice.h"
#include "documents/pdfdocument.h"
#include "integrity/openpgpkeyring.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Documents {

namespace {

QString esc(const QString &text)
{
    return PdfDocument::escape(text);
}

QString prose(const QString &text)
{
    return text.trimmed().isEmpty() ? u"—"_s : esc(text.trimmed());
}

QString row(const QString &label, const QString &html)
{
    return u"<tr><th align=\"left\" valign=\"top\" width=\"32%\">%1</th><td>%2</td></tr>"_s.arg(esc(label),
                                                                                                html);
}

// A long hex digest in groups of eight, so that it wraps and can be read aloud.
QString digest(const QString &hex)
{
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 8)
        groups << hex.mid(i, 8);
    return u"<tt>%1</tt>"_s.arg(groups.join(u' '));
}

QString verificationText(const PackageVerification &v)
{
    if (v.id == 0)
        return ReleaseStatementDocument::tr("no green verification of this file is on record");
    QString text = ReleaseStatementDocument::tr("verification %1 on %2 by %3: %4")
                       .arg(v.id)
                       .arg(DowntimeNotices::timeText(v.verifiedAt), v.verifiedBy, v.detail);
    if (const SignatureCheck *s = v.decisive(); s && !s->signerFingerprint.isEmpty())
        text += u' '
            + ReleaseStatementDocument::tr("Signer: %1, fingerprint %2.")
                  .arg(s->signer, OpenPgpKeyring::grouped(s->signerFingerprint));
    return text;
}

} // namespace

QString ReleaseStatementDocument::html(const ReleaseStatement &s, const QDateTime &printedAt)
{
    const Package &p = s.package;
    const PackageAcceptance &a = s.acceptance;
    const RegisterEntry &e = s.entry;
    QString html = u"<html><body style=\"font-family: sans-serif; font-size: 10.5pt\">"_s;
    html += u"<h1>%1</h1>"_s.arg(esc(tr("Release statement: %1").arg(p.label())));

    html += u"<h2>%1</h2>"_s.arg(esc(tr("Package")));
    html += u"<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" width=\"100%\">"_s;
    html += row(tr("Name and version"), esc(p.label()));
    html += row(tr("Kind"), esc(PackageLibrary::kindLabel(p.kind)));
    html += row(tr("Source"), prose(p.source));
    html += row(tr("File"), esc(tr("%1, %2 bytes").arg(e.fileName, QLocale().toString(e.fileSize))));
    html += row(tr("SHA-256"), digest(e.sha256));
    html += row(tr("SHA-512"), digest(e.sha512));
    html += row(tr("Verification"), esc(verificationText(s.verification)));
    html += u"</table>"_s;

    html += u"<h2>%1</h2>"_s.arg(esc(tr("Acceptance")));
    html += u"<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" width=\"100%\">"_s;
    html += row(tr("Test environment"), prose(a.testEnvironment));
    html += row(tr("Declaration"),
                u"<b>%1</b>"_s.arg(esc(a.accepted ? tr("Accepted: the package passed the tests below.")
                                                  : tr("Refused: %1").arg(a.refusalReasons))));
    html += row(tr("Declared"),
                esc(tr("%1 by %2").arg(DowntimeNotices::timeText(a.declaredAt), a.declaredBy)));
    html += u"</table>"_s;
    html += u"<h3>%1</h3>"_s.arg(esc(tr("Test cases")));
    html += u"<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" width=\"100%\"><tr><th "
            u"align=\"left\">%1</th>"
            "<th align=\"left\">%2</th><th align=\"left\">%3</th></tr>"_s.arg(
                esc(tr("Test case")), esc(tr("Result")), esc(tr("Note")));
    for (const AcceptanceTest &t : a.tests)
        html += u"<tr><td>%1</td><td>%2</td><td>%3</td></tr>"_s.arg(
            esc(t.name), esc(PackageLibrary::testResultLabel(t.result)), prose(t.note));
    html += u"</table>"_s;

    html += u"<h2>%1</h2>"_s.arg(esc(tr("Release")));
    html += u"<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" width=\"100%\">"_s;
    html += row(tr("Release date"), esc(QLocale().toString(e.releaseDate, QLocale::LongFormat)));
    html += row(tr("Restrictions"), e.restrictions.isEmpty() ? esc(tr("none")) : prose(e.restrictions));
    html += row(tr("Released by"),
                esc(tr("%1 on %2").arg(e.releasedBy, DowntimeNotices::timeText(e.releasedAt))));
    html += row(tr("Checksum register"), esc(tr("entry %1, chain hash %2").arg(e.seq).arg(e.hash)));
    html += u"</table>"_s;
    html += u"<p><small>%1</small></p>"_s.arg(
        esc(tr("Generated on %1 by ChangeDesk from the package's record. Compare the file with the SHA-256 "
               "above, or with the register's export, before installing it.")
                .arg(DowntimeNotices::timeText(printedAt))));
    return html + u"</body></html>"_s;
}

QString ReleaseStatementDocument::text(const ReleaseStatement &s)
{
    QStringList lines;
    lines
        << tr("Release statement: %1 (%2)").arg(s.package.label(), PackageLibrary::kindLabel(s.package.kind));
    lines << tr("  file          %1, %2 bytes").arg(s.entry.fileName).arg(s.entry.fileSize);
    lines << tr("  SHA-256       %1").arg(s.entry.sha256);
    lines << tr("  verification  %1").arg(verificationText(s.verification));
    lines << tr("  tested in     %1").arg(s.acceptance.testEnvironment);
    for (const AcceptanceTest &t : s.acceptance.tests)
        lines << tr("    %1: %2").arg(t.name, PackageLibrary::testResultLabel(t.result));
    lines << tr("  accepted by   %1 on %2")
                 .arg(s.acceptance.declaredBy, DowntimeNotices::timeText(s.acceptance.declaredAt));
    lines
        << tr("  released by   %1 for %2").arg(s.entry.releasedBy, s.entry.releaseDate.toString(Qt::ISODate));
    lines << tr("  restrictions  %1").arg(s.entry.restrictions.isEmpty() ? tr("none") : s.entry.restrictions);
    lines << tr("  register      entry %1").arg(s.entry.seq);
    return lines.join(u'\n');
}

Status ReleaseStatementDocument::write(const ReleaseStatement &s, const QDateTime &printedAt,
                                       const QString &path)
{
    return PdfDocument::write(html(s, printedAt), tr("Release statement: %1").arg(s.package.label()), path);
}

} // namespace ChangeDesk::Documents
