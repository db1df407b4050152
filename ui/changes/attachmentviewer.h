#pragma once

#include "change/textdiff.h"

#include <QByteArray>
#include <QDialog>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QSplitter;

namespace ChangeDesk::Ui {

// Shows an attachment of a request for change: scripts and configuration with KDE Syntax
// Highlighting, chosen by the file name; or two of them side by side, line by line, with
// removed, added and changed lines marked (the before and after of a configuration change).
// Binary content is described, not shown. Read-only; it opens beside the pane.
class AttachmentViewer : public QDialog
{
    Q_OBJECT

public:
    explicit AttachmentViewer(QWidget *parent = nullptr);

    void showAttachment(const QString &name, const QByteArray &content, const QString &sha256);
    void showComparison(const QString &leftName, const QByteArray &left, const QString &rightName,
                        const QByteArray &right);

    // For tests: what is shown.
    QPlainTextEdit *leftView() const { return m_left; }
    QPlainTextEdit *rightView() const { return m_right; }
    // Line numbers and a marker per row (= same, ~ changed, - removed, + added): the marking
    // does not rest on colour alone.
    QPlainTextEdit *gutterView() const { return m_gutter; }
    QString summaryText() const;
    QString highlightingName() const { return m_definition; }
    const TextDiff::Result &comparison() const { return m_diff; }

private:
    void highlight(QPlainTextEdit *view, const QString &fileName);
    void markRows();
    // The content as text (UTF-8 without NUL bytes), or nullopt for binary content.
    static std::optional<QString> textOf(const QByteArray &content);

    QLabel *m_summary;
    QSplitter *m_splitter;
    QPlainTextEdit *m_left;
    QPlainTextEdit *m_gutter;
    QPlainTextEdit *m_right;
    QString m_definition;
    TextDiff::Result m_diff;
};

} // namespace ChangeDesk::Ui
