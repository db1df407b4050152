#include "changes/attachmentviewer.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QStringDecoder>
#include <QTextBlock>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Ui {

namespace {

KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository repo;
    return repo;
}

QPlainTextEdit *makeView(QWidget *parent, const QString &name)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(name);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}

} // namespace

AttachmentViewer::AttachmentViewer(QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_left(makeView(m_splitter, u"leftView"_s))
    , m_gutter(makeView(m_splitter, u"gutterView"_s))
    , m_right(makeView(m_splitter, u"rightView"_s))
{
    setObjectName(u"attachmentViewer"_s);
    m_summary->setObjectName(u"attachmentSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_splitter, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_gutter->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_gutter->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_gutter->setFixedWidth(m_gutter->fontMetrics().horizontalAdvance(u"00000 ~ 00000"_s) + 16);
    m_gutter->setFocusPolicy(Qt::NoFocus);
    m_gutter->hide();
    m_splitter->setCollapsible(1, false);
    // The sides and the gutter scroll together.
    for (QPlainTextEdit *from : {m_left, m_gutter, m_right}) {
        for (QPlainTextEdit *to : {m_left, m_gutter, m_right}) {
            if (from != to)
                connect(from->verticalScrollBar(), &QScrollBar::valueChanged, to->verticalScrollBar(),
                        &QScrollBar::setValue);
        }
    }
    resize(900, 560);
}

std::optional<QString> AttachmentViewer::textOf(const QByteArray &content)
{
    if (content.contains('\0'))
        return std::nullopt;
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString decoded = utf8(content);
    if (utf8.hasError())
        return std::nullopt;
    return decoded;
}

QString AttachmentViewer::summaryText() const
{
    return m_summary->text();
}

void AttachmentViewer::highlight(QPlainTextEdit *view, const QString &fileName)
{
    const KSyntaxHighlighting::Definition definition = repository().definitionForFileName(fileName);
    if (!definition.isValid())
        return;
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(view->document());
    highlighter->setTheme(repository().themeForPalette(view->palette()));
    highlighter->setDefinition(definition);
    m_definition = definition.name();
}

void AttachmentViewer::showAttachment(const QString &name, const QByteArray &content, const QString &sha256)
{
    setWindowTitle(tr("Attachment %1").arg(name));
    m_right->hide();
    m_gutter->hide();
    const QString size = QLocale().formattedDataSize(content.size());
    const std::optional<QString> text = textOf(content);
    if (!text) {
        m_left->setPlainText(tr("This file is not text; it is not shown here."));
        m_summary->setText(tr("%1 — %2, binary, SHA-256 %3").arg(name, size, sha256));
        return;
    }
    m_left->setPlainText(*text);
    highlight(m_left, name);
    const int lines = int(content.count('\n')) + (content.isEmpty() || content.endsWith('\n') ? 0 : 1);
    m_summary->setText(tr("%1 — %2, %n line(s), SHA-256 %3", nullptr, lines).arg(name, size, sha256));
}

void AttachmentViewer::showComparison(const QString &leftName, const QByteArray &left,
                                      const QString &rightName, const QByteArray &right)
{
    setWindowTitle(tr("%1 compared with %2").arg(leftName, rightName));
    m_right->show();
    m_gutter->show();
    const std::optional<QString> leftText = textOf(left);
    const std::optional<QString> rightText = textOf(right);
    if (!leftText || !rightText) {
        m_left->setPlainText(QString());
        m_right->setPlainText(QString());
        m_summary->setText(tr("Only text files are compared line by line; %1 is not text.")
                               .arg(leftText ? rightName : leftName));
        return;
    }
    m_diff = TextDiff::compare(*leftText, *rightText);
    QStringList leftLines;
    QStringList rightLines;
    QStringList gutter;
    const auto number = [](int line) {
        return line ? QString::number(line).rightJustified(5) : QString(5, u' ');
    };
    for (const DiffRow &row : std::as_const(m_diff.rows)) {
        leftLines << row.left;
        rightLines << row.right;
        const QChar marker = row.kind == DiffRow::Kind::Same ? u'='
            : row.kind == DiffRow::Kind::Changed             ? u'~'
            : row.kind == DiffRow::Kind::Removed             ? u'-'
                                                             : u'+';
        gutter << number(row.leftLine) + u' ' + marker + u' ' + number(row.rightLine);
    }
    m_gutter->setPlainText(gutter.join(u'\n'));
    m_left->setPlainText(leftLines.join(u'\n'));
    m_right->setPlainText(rightLines.join(u'\n'));
    highlight(m_left, leftName);
    highlight(m_right, rightName);
    m_summary->setText(tr("Left: %1 · right: %2 — %3. In the middle: the line numbers and ~ changed, "
                          "- removed, + added.")
                           .arg(leftName, rightName, TextDiff::summary(m_diff)));
    markRows();
}

void AttachmentViewer::markRows()
{
    // Colours that read on light and dark palettes, and a marker besides the colour: the empty
    // side of an added or removed line stays blank.
    const QColor removed(220, 60, 60, 70);
    const QColor added(60, 170, 80, 70);
    const QColor changed(230, 180, 40, 70);
    QList<QTextEdit::ExtraSelection> leftMarks;
    QList<QTextEdit::ExtraSelection> rightMarks;
    for (int i = 0; i < m_diff.rows.size(); ++i) {
        const DiffRow &row = m_diff.rows.at(i);
        if (row.kind == DiffRow::Kind::Same)
            continue;
        const QColor colour = row.kind == DiffRow::Kind::Removed ? removed
            : row.kind == DiffRow::Kind::Added                   ? added
                                                                 : changed;
        for (auto [view, marks] : {std::pair {m_left, &leftMarks}, std::pair {m_right, &rightMarks}}) {
            QTextEdit::ExtraSelection mark;
            mark.cursor = QTextCursor(view->document()->findBlockByNumber(i));
            mark.format.setBackground(colour);
            mark.format.setProperty(QTextFormat::FullWidthSelection, true);
            *marks << mark;
        }
    }
    m_left->setExtraSelections(leftMarks);
    m_right->setExtraSelections(rightMarks);
}

} // namespace ChangeDesk::Ui
