#include "pdfdocument.h"

#include <QDir>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Documents {

Status PdfDocument::write(const QString &html, const QString &title, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorKind::Io,
                    tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(title);
        pdf.setCreator(u"ChangeDesk"_s);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter));
        QTextDocument document;
        document.setHtml(html);
        document.print(&pdf);
    }
    if (!file.commit())
        return fail(ErrorKind::Io,
                    tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

QString PdfDocument::escape(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

} // namespace ChangeDesk::Documents
