// The line-by-line comparison behind the side-by-side view of configuration attachments.

#include "change/textdiff.h"
#include "common/translations.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

namespace {

// The rows as "kind leftLine:rightLine left|right", for readable comparisons.
QStringList render(const TextDiff::Result &result)
{
    QStringList lines;
    for (const DiffRow &row : result.rows) {
        const char *kind = row.kind == DiffRow::Kind::Same ? "="
            : row.kind == DiffRow::Kind::Removed           ? "-"
            : row.kind == DiffRow::Kind::Added             ? "+"
                                                           : "~";
        lines << u"%1 %2:%3 %4|%5"_s.arg(QLatin1StringView(kind))
                     .arg(row.leftLine)
                     .arg(row.rightLine)
                     .arg(row.left, row.right);
    }
    return lines;
}

} // namespace

class TestTextDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The English catalogue holds the plural forms ("1 line", "2 lines").
    void initTestCase() { installTranslations(*QCoreApplication::instance(), u"en"_s); }
    void sameTexts()
    {
        const auto result = TextDiff::compare(u"a\nb\n"_s, u"a\r\nb"_s);
        QCOMPARE(render(result), (QStringList {u"= 1:1 a|a"_s, u"= 2:2 b|b"_s}));
        QCOMPARE(TextDiff::summary(result), u"The texts are the same."_s);
    }
    void changedLineInTheMiddle()
    {
        const auto result = TextDiff::compare(u"[ssl]\nprotocols = TLSv1 TLSv1.2\nport = 443\n"_s,
                                              u"[ssl]\nprotocols = TLSv1.2 TLSv1.3\nport = 443\n"_s);
        QCOMPARE(render(result),
                 (QStringList {u"= 1:1 [ssl]|[ssl]"_s,
                               u"~ 2:2 protocols = TLSv1 TLSv1.2|protocols = TLSv1.2 TLSv1.3"_s,
                               u"= 3:3 port = 443|port = 443"_s}));
        QCOMPARE(result.changed, 1);
        QCOMPARE(TextDiff::summary(result), u"1 line changed"_s);
    }
    void removedAndAdded()
    {
        const auto result = TextDiff::compare(u"a\nold\nb\nc\n"_s, u"a\nb\nc\nnew 1\nnew 2\n"_s);
        QCOMPARE(render(result),
                 (QStringList {u"= 1:1 a|a"_s, u"- 2:0 old|"_s, u"= 3:2 b|b"_s, u"= 4:3 c|c"_s,
                               u"+ 0:4 |new 1"_s, u"+ 0:5 |new 2"_s}));
        QCOMPARE(result.removed, 1);
        QCOMPARE(result.added, 2);
        QCOMPARE(TextDiff::summary(result), u"1 line removed, 2 lines added"_s);
    }
    void moreAddedThanRemovedPairsUp()
    {
        const auto result = TextDiff::compare(u"x\n1\ny\n"_s, u"x\n2\n3\ny\n"_s);
        QCOMPARE(render(result),
                 (QStringList {u"= 1:1 x|x"_s, u"~ 2:2 1|2"_s, u"+ 0:3 |3"_s, u"= 3:4 y|y"_s}));
    }
    void emptySides()
    {
        QCOMPARE(render(TextDiff::compare(QString(), u"one\n"_s)), QStringList {u"+ 0:1 |one"_s});
        QCOMPARE(render(TextDiff::compare(u"one"_s, QString())), QStringList {u"- 1:0 one|"_s});
        QVERIFY(TextDiff::compare(QString(), QString()).rows.isEmpty());
    }
    void tooLargeIsSaidSo()
    {
        QStringList left;
        QStringList right;
        for (int i = 0; i < TextDiff::kMaxLines + 1; ++i) {
            left << u"l%1"_s.arg(i);
            right << u"r%1"_s.arg(i);
        }
        const auto result
            = TextDiff::compare(u"head\n"_s + left.join(u'\n'), u"head\n"_s + right.join(u'\n'));
        QVERIFY(result.tooLarge);
        QCOMPARE(result.changed, TextDiff::kMaxLines + 1);
        QCOMPARE(result.rows.first().kind, DiffRow::Kind::Same);
        QVERIFY(TextDiff::summary(result).contains(u"too many"_s));
    }
};

QTEST_GUILESS_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
