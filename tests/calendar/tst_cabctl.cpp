// changedeskctl cab: a meeting from its creation to its minutes on a real SQLite file: the agenda
// built and edited, the pre-read package and the minutes as PDF (their text read back with
// pdftotext and checked against what was recorded), attendance, votes, decisions that move the
// requests through the workflow, and the refusals with their exit codes.

#include "../change/changetestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

namespace {

const QDateTime kNight(QDate(2026, 12, 1), QTime(22, 0), QTimeZone::UTC);

QString pdfText(const QString &path)
{
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        return u"(pdftotext, of poppler-utils, is needed to read the PDF back)"_s;
    QProcess extract;
    extract.start(pdftotext, {u"-layout"_s, path, u"-"_s});
    if (!extract.waitForFinished(60000))
        return u"(pdftotext did not finish)"_s;
    return QString::fromUtf8(extract.readAllStandardOutput()).simplified();
}

QJsonObject jsonOf(const Test::ProcessResult &result)
{
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

} // namespace

class TestCabCtl : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void meetingOnTheCommandLine();

private:
    QTemporaryDir m_dir;
    std::optional<Test::Office> m_office;
    QString m_db;
    qint64 m_kernel = 0;
    qint64 m_backup = 0;

    Test::ProcessResult ctl(const QStringList &args) const
    {
        return Test::runCtl(QStringList {u"--db"_s, m_db} + args);
    }
};

void TestCabCtl::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto office = Test::office(u"sqlite"_s, m_dir);
    QVERIFY2(office, Test::why(office));
    m_office = *office;
    m_db = u"sqlite:"_s + m_office->db->url().path();
    const ChangeService changes(*m_office->db);
    // Two requests on srv-01 at overlapping times: each sheet names the other.
    auto kernel = Test::awaitingBoard(changes, *m_office, u"Kernel update srv-01"_s, u"high"_s, kNight,
                                      m_office->server);
    auto backup = Test::awaitingBoard(changes, *m_office, u"Backup agent srv-01"_s, u"normal"_s,
                                      kNight.addSecs(1800), m_office->server);
    QVERIFY2(kernel && backup, "requests for the board");
    m_kernel = *kernel;
    m_backup = *backup;
}

void TestCabCtl::meetingOnTheCommandLine()
{
    // An applicant does not convene the board; a bad time names the option.
    const QStringList create {
        u"cab"_s,   u"create"_s,           u"Weekly CAB"_s, u"--at"_s,      u"2026-11-26T10:00"_s,
        u"--end"_s, u"2026-11-26T11:00"_s, u"--location"_s, u"Room 2.14"_s, u"--chair"_s,
        u"bea"_s,   u"--members"_s,        u"carl,dual"_s,  u"--guests"_s,  u"sam"_s};
    const auto byAnn = ctl(create + QStringList {u"--as"_s, u"ann"_s});
    QCOMPARE(byAnn.exitCode, 1);
    QVERIFY2(byAnn.err.contains(u"convenes"_s), qPrintable(byAnn.err));
    const auto badTime
        = ctl({u"cab"_s, u"create"_s, u"X"_s, u"--at"_s, u"next week"_s, u"--as"_s, u"carl"_s});
    QCOMPARE(badTime.exitCode, 2);
    QVERIFY2(badTime.err.contains(u"next week"_s), qPrintable(badTime.err));
    QCOMPARE(ctl({u"cab"_s, u"frobnicate"_s}).exitCode, 2);

    const auto created = ctl(QStringList {u"--json"_s} + create + QStringList {u"--as"_s, u"carl"_s});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    const QJsonObject meeting = jsonOf(created);
    const QString id = QString::number(meeting.value(u"id"_s).toInteger());
    QCOMPARE(meeting.value(u"quorum"_s).toInt(), 2); // three voting members: half and one
    QCOMPARE(meeting.value(u"members"_s).toArray().size(), 4);

    // The agenda: built from the requests awaiting the board, high priority first.
    const auto built = ctl({u"--json"_s, u"cab"_s, u"agenda"_s, id, u"--build"_s, u"--as"_s, u"carl"_s});
    QVERIFY2(built.exitCode == 0, qPrintable(built.err));
    const QJsonArray items = jsonOf(built).value(u"items"_s).toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).toObject().value(u"rfc"_s).toInteger(), m_kernel);
    const QJsonArray sheets = jsonOf(built).value(u"sheets"_s).toArray();
    QCOMPARE(sheets.at(0).toObject().value(u"conflicts"_s).toArray().size(), 1);
    // Moved by hand: the backup first.
    const auto moved
        = ctl({u"cab"_s, u"agenda"_s, id, u"--move"_s, u"%1:1"_s.arg(m_backup), u"--as"_s, u"carl"_s});
    QVERIFY2(moved.exitCode == 0, qPrintable(moved.err));
    QVERIFY2(moved.out.indexOf(u"Backup agent"_s) < moved.out.indexOf(u"Kernel update"_s),
             qPrintable(moved.out));
    QCOMPARE(ctl({u"cab"_s, u"agenda"_s, id, u"--move"_s, u"9999:1"_s, u"--as"_s, u"carl"_s}).exitCode, 2);

    // The pre-read package: the agenda, then one sheet per request with what the board needs.
    const QString preRead = m_dir.filePath(u"pre-read.pdf"_s);
    const auto printed = ctl({u"cab"_s, u"agenda"_s, id, u"--pdf"_s, preRead});
    QVERIFY2(printed.exitCode == 0, qPrintable(printed.err));
    const QString sheetText = pdfText(preRead);
    for (const QString &expected :
         {u"Pre-read: Weekly CAB"_s, u"Room 2.14"_s, u"Item 1: RfC #%1 Backup agent srv-01"_s.arg(m_backup),
          u"Item 2: RfC #%1 Kernel update srv-01"_s.arg(m_kernel), u"srv-01 (Server, protection need high)"_s,
          u"Restore the snapshot"_s, u"No answer after 15 minutes"_s, u"Web shop down for 30 minutes"_s,
          u"Blocking"_s, u"Smoke test of the web shop"_s})
        QVERIFY2(sheetText.contains(expected), qPrintable(u"'%1' not in: %2"_s.arg(expected, sheetText)));

    // Attendance and votes.
    const auto present = ctl({u"cab"_s, u"present"_s, id, u"bea"_s, u"carl"_s, u"--as"_s, u"carl"_s});
    QVERIFY2(present.exitCode == 0, qPrintable(present.err));
    QVERIFY2(present.out.contains(u"2 of 3 voting members present (quorum 2)"_s), qPrintable(present.out));
    QCOMPARE(ctl({u"cab"_s, u"present"_s, id, u"nobody"_s, u"--as"_s, u"carl"_s}).exitCode, 2);
    const auto beaVotes = ctl({u"cab"_s, u"vote"_s, id, QString::number(m_kernel), u"approve"_s,
                               u"--comment"_s, u"Tested on the pilot"_s, u"--as"_s, u"bea"_s});
    QVERIFY2(beaVotes.exitCode == 0, qPrintable(beaVotes.err));
    const auto forCarl = ctl({u"cab"_s, u"vote"_s, id, QString::number(m_kernel), u"approve"_s, u"--for"_s,
                              u"carl"_s, u"--as"_s, u"bea"_s});
    QVERIFY2(forCarl.out.contains(u"2 for approval"_s), qPrintable(forCarl.out + forCarl.err));
    const auto absentVoter
        = ctl({u"cab"_s, u"vote"_s, id, QString::number(m_kernel), u"reject"_s, u"--as"_s, u"dual"_s});
    QCOMPARE(absentVoter.exitCode, 1);
    QCOMPARE(
        ctl({u"cab"_s, u"vote"_s, id, QString::number(m_kernel), u"maybe"_s, u"--as"_s, u"bea"_s}).exitCode,
        2);

    // Decisions drive the workflow.
    const auto approved = ctl({u"cab"_s, u"decide"_s, id, QString::number(m_kernel), u"approve"_s,
                               u"--recommendation"_s, u"Approve for Tuesday night"_s, u"--as"_s, u"bea"_s});
    QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));
    QVERIFY2(approved.out.contains(u"'authorized'"_s), qPrintable(approved.out));
    const auto noReason
        = ctl({u"cab"_s, u"decide"_s, id, QString::number(m_backup), u"reject"_s, u"--as"_s, u"carl"_s});
    QCOMPARE(noReason.exitCode, 2);
    QVERIFY2(noReason.err.contains(u"needs a note"_s), qPrintable(noReason.err));
    const auto rejected = ctl({u"cab"_s, u"decide"_s, id, QString::number(m_backup), u"reject"_s, u"--note"_s,
                               u"Clashes with the kernel update"_s, u"--as"_s, u"carl"_s});
    QVERIFY2(rejected.exitCode == 0, qPrintable(rejected.err));
    const ChangeService changes(*m_office->db);
    QCOMPARE(changes.get(m_kernel)->state, u"authorized"_s);
    QCOMPARE(changes.get(m_backup)->state, u"rejected"_s);
    QCOMPARE(changes.get(m_backup)->rejectionReason, u"Clashes with the kernel update"_s);

    const auto closed = ctl({u"cab"_s, u"close"_s, id, u"--as"_s, u"carl"_s});
    QVERIFY2(closed.exitCode == 0, qPrintable(closed.err));
    QCOMPARE(ctl({u"cab"_s, u"present"_s, id, u"dual"_s, u"--as"_s, u"carl"_s}).exitCode, 1);

    // The minutes, from what was recorded.
    const QString minutes = m_dir.filePath(u"minutes.pdf"_s);
    const auto written = ctl({u"cab"_s, u"minutes"_s, id, u"--pdf"_s, minutes});
    QVERIFY2(written.exitCode == 0, qPrintable(written.err));
    const QString minutesText = pdfText(minutes);
    for (const QString &expected :
         {u"Minutes: Weekly CAB"_s, u"BEA (chair)"_s, u"CARL (member)"_s, u"DUAL (member)"_s,
          u"reached: 2 of 2 voting members needed"_s, u"approved"_s, u"Approve for Tuesday night"_s,
          u"2 for approval, 0 for rejection, 0 abstaining"_s, u"BEA: for approval (Tested on the pilot)"_s,
          u"by BEA"_s, u"rejected"_s, u"Clashes with the kernel update"_s})
        QVERIFY2(minutesText.contains(expected), qPrintable(u"'%1' not in: %2"_s.arg(expected, minutesText)));
    QVERIFY2(!minutesText.contains(u"Draft"_s), qPrintable(minutesText));
    const auto json = ctl({u"--json"_s, u"cab"_s, u"minutes"_s, id});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray recorded = jsonOf(json).value(u"items"_s).toArray();
    QCOMPARE(recorded.at(1).toObject().value(u"decision"_s).toString(), u"approve"_s);
    QCOMPARE(recorded.at(0).toObject().value(u"decision"_s).toString(), u"reject"_s);
    const auto listed = ctl({u"cab"_s, u"list"_s});
    QVERIFY2(listed.out.contains(u"Weekly CAB"_s) && listed.out.contains(u"closed"_s),
             qPrintable(listed.out));
}

QTEST_GUILESS_MAIN(TestCabCtl)
#include "tst_cabctl.moc"
