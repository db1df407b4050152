#include "change/textdiff.h"

#include <vector>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {

QStringList linesOf(const QString &text)
{
    if (text.isEmpty())
        return {};
    QString normalized = text;
    normalized.replace(u"\r\n"_s, u"\n"_s);
    QStringList lines = normalized.split(u'\n');
    if (lines.size() > 1 && lines.last().isEmpty())
        lines.removeLast(); // the newline that ends the last line
    return lines;
}

} // namespace

TextDiff::Result TextDiff::compare(const QString &leftText, const QString &rightText)
{
    const QStringList a = linesOf(leftText);
    const QStringList b = linesOf(rightText);
    Result result;
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;
    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;

    // The edit script of the middles: 'S'ame, 'R'emoved, 'A'dded.
    QList<char> script;
    if (n > kMaxLines || m > kMaxLines) {
        result.tooLarge = true;
        script.fill('R', n);
        script.append(QList<char>(m, 'A'));
    } else {
        // lcs[i][j]: the longest common subsequence of a[i..] and b[j..] (middles only).
        std::vector<quint16> lcs(size_t((n + 1) * (m + 1)), 0);
        const auto at = [&](qsizetype i, qsizetype j) -> quint16 & {
            return lcs[size_t(i * (m + 1) + j)];
        };
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j) {
                at(i, j) = a.at(prefix + i) == b.at(prefix + j) ? quint16(at(i + 1, j + 1) + 1)
                                                                : std::max(at(i + 1, j), at(i, j + 1));
            }
        }
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.at(prefix + i) == b.at(prefix + j)) {
                script << 'S';
                ++i, ++j;
            } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
                script << 'R';
                ++i;
            } else {
                script << 'A';
                ++j;
            }
        }
    }

    int leftLine = 0;
    int rightLine = 0;
    const auto same = [&](qsizetype count) {
        for (qsizetype k = 0; k < count; ++k) {
            ++leftLine, ++rightLine;
            result.rows << DiffRow {DiffRow::Kind::Same, leftLine, rightLine, a.at(leftLine - 1),
                                    b.at(rightLine - 1)};
        }
    };
    same(prefix);
    for (qsizetype k = 0; k < script.size();) {
        if (script.at(k) == 'S') {
            same(1);
            ++k;
            continue;
        }
        // A run of removals and additions: pair them up as changed lines.
        qsizetype removed = 0;
        qsizetype added = 0;
        for (; k < script.size() && script.at(k) != 'S'; ++k)
            ++(script.at(k) == 'R' ? removed : added);
        const qsizetype pairs = std::min(removed, added);
        result.changed += int(pairs);
        result.removed += int(removed - pairs);
        result.added += int(added - pairs);
        for (qsizetype p = 0; p < std::max(removed, added); ++p) {
            DiffRow row;
            if (p < removed) {
                row.leftLine = ++leftLine;
                row.left = a.at(leftLine - 1);
            }
            if (p < added) {
                row.rightLine = ++rightLine;
                row.right = b.at(rightLine - 1);
            }
            row.kind = p < pairs ? DiffRow::Kind::Changed
                : row.leftLine   ? DiffRow::Kind::Removed
                                 : DiffRow::Kind::Added;
            result.rows << row;
        }
    }
    same(suffix);
    return result;
}

QString TextDiff::summary(const Result &result)
{
    if (result.changed == 0 && result.removed == 0 && result.added == 0)
        return tr("The texts are the same.");
    QStringList parts;
    if (result.changed)
        parts << tr("%n line(s) changed", nullptr, result.changed);
    if (result.removed)
        parts << tr("%n line(s) removed", nullptr, result.removed);
    if (result.added)
        parts << tr("%n line(s) added", nullptr, result.added);
    QString text = parts.join(u", "_s);
    if (result.tooLarge)
        text += u' ' + tr("(too many differing lines to pair them up)");
    return text;
}

} // namespace ChangeDesk
