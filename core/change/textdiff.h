#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ChangeDesk {

// One row of a side-by-side comparison of two texts, line by line.
struct DiffRow {
    enum class Kind { Same, Removed, Added, Changed };
    Kind kind = Kind::Same;
    int leftLine = 0; // 1-based line in the left text; 0 where the row has no left line
    int rightLine = 0; // likewise in the right text
    QString left;
    QString right;

    friend bool operator==(const DiffRow &, const DiffRow &) = default;
};

// Compares configuration files and scripts line by line (a configuration change's before and
// after, M1): the longest common subsequence of lines after the common beginning and end; a
// run of removed lines next to a run of added ones pairs up as changed lines.
class TextDiff
{
    Q_DECLARE_TR_FUNCTIONS(TextDiff)

public:
    // Differing middles larger than this many lines on either side are not compared line by line.
    static constexpr int kMaxLines = 4000;

    struct Result {
        QList<DiffRow> rows;
        int removed = 0;
        int added = 0;
        int changed = 0;
        bool tooLarge = false; // the middles were too long: shown as removed, then added
    };

    static Result compare(const QString &left, const QString &right);
    // "3 lines changed, 1 removed, 2 added" or "The texts are the same."
    static QString summary(const Result &result);
};

} // namespace ChangeDesk
