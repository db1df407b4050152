// changedeskctl calendar: windows and freezes, conflicts, the next free slot, the downtime notice
// as text and PDF (its text read back with pdftotext), and iCalendar read back by KF6 CalendarCore
// field by field.

#include "../change/changetestsupport.h"

#include "calendar/calendarrepository.h"

#include <KCalendarCore/Event>
#include <KCalendarCore/ICalFormat>
#include <KCalendarCore/MemoryCalendar>

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

namespace {

// Tuesday 24 November 2026, 22:00 in Berlin.
const QDateTime kTuesday(QDate(2026, 11, 24), QTime(21, 0), QTimeZone::UTC);

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCalendarCtl : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void calendarOnTheCommandLine();

private:
    QTemporaryDir m_dir;
    std::optional<Test::Office> m_office;
    QString m_db;
    qint64 m_first = 0;
    qint64 m_second = 0;

    Test::ProcessResult ctl(const QStringList &args) const
    {
        return Test::runCtl(QStringList {u"--db"_s, m_db} + args);
    }
};

void TestCalendarCtl::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto office = Test::office(u"sqlite"_s, m_dir);
    QVERIFY2(office, Test::why(office));
    m_office = *office;
    const Database &db = *m_office->db;
    m_db = u"sqlite:"_s + m_office->db->url().path();
    // A mail service on srv-01, owned by Olga of the unit "Burgerzaken".
    const PeopleRepository people(db);
    OrgUnit unit;
    unit.code = u"BZ"_s;
    unit.name = u"Burgerzaken"_s;
    auto added = people.addOrgUnit(unit);
    QVERIFY2(added, Test::why(added));
    Person olga;
    olga.login = u"olga"_s;
    olga.displayName = u"Olga Owner"_s;
    olga.email = u"olga@gemeente.example"_s;
    olga.orgUnitId = added->id;
    auto owner = people.addPerson(olga);
    QVERIFY2(owner, Test::why(owner));
    const CiRepository cis(db, u"setup"_s);
    ConfigurationItem mail;
    mail.name = u"mail-service"_s;
    mail.ciClass = CiClass::Service;
    mail.ownerId = owner->id;
    mail.orgUnitId = added->id;
    auto service = cis.add(mail);
    QVERIFY2(service, Test::why(service));
    QVERIFY(cis.relate(service->id, RelationType::RunsOn, m_office->server));

    // Two requests on srv-01 that overlap, the first with downtime, a restart and an implementer.
    const ChangeService changes(db);
    ChangeRequest one = Test::draft(u"Kernel update srv-01"_s, {m_office->server});
    one.plannedStart = kTuesday;
    one.plannedEnd = kTuesday.addSecs(3600);
    one.expectedDowntimeMinutes = 45;
    one.impact = u"Mail is unavailable."_s;
    one.implementerIds = {(*m_office)[u"ian"_s].personId};
    auto first = changes.create(one, (*m_office)[u"ann"_s]);
    QVERIFY2(first, Test::why(first));
    m_first = first->id;
    ChangeRequest two = Test::draft(u"Backup agent srv-01"_s, {m_office->server});
    two.plannedStart = kTuesday.addSecs(1800);
    two.plannedEnd = kTuesday.addSecs(5400);
    auto second = changes.create(two, (*m_office)[u"ann"_s]);
    QVERIFY2(second, Test::why(second));
    m_second = second->id;
}

void TestCalendarCtl::calendarOnTheCommandLine()
{
    // Windows: the change manager adds one for srv-01; an applicant may not; bad input says what.
    const auto added = ctl({u"calendar"_s, u"window"_s, u"add"_s, u"Tuesday night"_s, u"--ci"_s, u"srv-01"_s,
                            u"--days"_s, u"tu"_s, u"--start"_s, u"22:00"_s, u"--end"_s, u"02:00"_s,
                            u"--from"_s, u"2026-11-01"_s, u"--as"_s, u"carl"_s, u"--json"_s});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QCOMPARE(added.json().value(u"weekdays"_s).toString(), u"tu"_s);
    const auto byApplicant = ctl({u"calendar"_s, u"window"_s, u"add"_s, u"Mine"_s, u"--start"_s, u"20:00"_s,
                                  u"--end"_s, u"21:00"_s, u"--as"_s, u"ann"_s});
    QCOMPARE(byApplicant.exitCode, 1);
    QVERIFY2(byApplicant.err.contains(u"change manager"_s), qPrintable(byApplicant.err));
    const auto badZone = ctl({u"calendar"_s, u"window"_s, u"add"_s, u"X"_s, u"--zone"_s, u"Mars/Base"_s,
                              u"--start"_s, u"20:00"_s, u"--end"_s, u"21:00"_s, u"--as"_s, u"carl"_s});
    QCOMPARE(badZone.exitCode, 2);
    QVERIFY2(badZone.err.contains(u"Mars/Base"_s), qPrintable(badZone.err));
    const auto badDay = ctl({u"calendar"_s, u"window"_s, u"add"_s, u"X"_s, u"--days"_s, u"tu,xx"_s,
                             u"--start"_s, u"20:00"_s, u"--end"_s, u"21:00"_s, u"--as"_s, u"carl"_s});
    QCOMPARE(badDay.exitCode, 2);
    QVERIFY2(badDay.err.contains(u"xx"_s), qPrintable(badDay.err));
    const auto windows = ctl({u"calendar"_s, u"window"_s, u"list"_s, u"--json"_s});
    QCOMPARE(windows.json().value(u"windows"_s).toArray().size(), 1);

    // Conflicts: the two requests share srv-01.
    const auto conflicts = ctl({u"calendar"_s, u"conflicts"_s, u"--json"_s});
    QVERIFY2(conflicts.exitCode == 0, qPrintable(conflicts.err));
    const QJsonArray list = conflicts.json().value(u"conflicts"_s).toArray();
    QCOMPARE(list.size(), 1);
    const QJsonObject conflict = list.first().toObject();
    QCOMPARE(conflict.value(u"kind"_s).toString(), u"same_ci"_s);
    QCOMPARE(conflict.value(u"severity"_s).toString(), u"blocking"_s);
    QCOMPARE(conflict.value(u"change"_s).toInteger(), m_first);
    QCOMPARE(conflict.value(u"other_change"_s).toInteger(), m_second);
    QCOMPARE(conflict.value(u"cis"_s).toArray().first().toString(), u"srv-01"_s);
    QVERIFY(conflict.value(u"reason"_s).toString().contains(u"Backup agent srv-01"_s));
    // A range after both: nothing.
    const auto later = ctl({u"calendar"_s, u"conflicts"_s, u"--from"_s, u"2026-12-01"_s, u"--json"_s});
    QCOMPARE(later.json().value(u"conflicts"_s).toArray().size(), 0);
    const auto badRange = ctl({u"calendar"_s, u"conflicts"_s, u"--from"_s, u"soon"_s});
    QCOMPARE(badRange.exitCode, 2);
    QVERIFY2(badRange.err.contains(u"soon"_s), qPrintable(badRange.err));

    // A freeze over the first request: a second, blocking conflict of it.
    const auto frozen
        = ctl({u"calendar"_s, u"freeze"_s, u"add"_s, u"Election night"_s, u"--from"_s, u"2026-11-24T20:00Z"_s,
               u"--to"_s, u"2026-11-24T21:30Z"_s, u"--as"_s, u"carl"_s, u"--json"_s});
    QVERIFY2(frozen.exitCode == 0, qPrintable(frozen.err));
    const auto withFreeze
        = ctl({u"calendar"_s, u"conflicts"_s, u"--rfc"_s, QString::number(m_first), u"--json"_s});
    QCOMPARE(withFreeze.json().value(u"blocking"_s).toInt(),
             2); // the same CI, and the first request in the freeze
    QVERIFY2(ctl({u"calendar"_s, u"freeze"_s, u"remove"_s,
                  QString::number(frozen.json().value(u"id"_s).toInteger()), u"--as"_s, u"carl"_s})
                     .exitCode
                 == 0,
             "remove freeze");

    // The next free slot of the second request: after the first, inside the window.
    const auto slot = ctl({u"calendar"_s, u"next-slot"_s, QString::number(m_second), u"--after"_s,
                           u"2026-11-23"_s, u"--json"_s});
    QVERIFY2(slot.exitCode == 0, qPrintable(slot.err));
    QCOMPARE(slot.json().value(u"start"_s).toString(), u"2026-11-24T22:00:00.000Z"_s);
    QCOMPARE(slot.json().value(u"end"_s).toString(), u"2026-11-24T23:00:00.000Z"_s);
    const auto tooLong = ctl({u"calendar"_s, u"next-slot"_s, QString::number(m_second), u"--duration"_s,
                              u"300"_s, u"--after"_s, u"2026-11-23"_s});
    QCOMPARE(tooLong.exitCode, 1);
    QVERIFY2(tooLong.err.contains(u"no free slot"_s), qPrintable(tooLong.err));

    // The downtime notice: services and departments from the CMDB, contacts with their roles.
    const auto notice = ctl({u"calendar"_s, u"notice"_s, QString::number(m_first), u"--json"_s});
    QVERIFY2(notice.exitCode == 0, qPrintable(notice.err));
    const QJsonObject n = notice.json().value(u"notices"_s).toArray().first().toObject();
    QCOMPARE(n.value(u"downtime_minutes"_s).toInt(), 45);
    QCOMPARE(n.value(u"services"_s).toArray().first().toString(), u"mail-service"_s);
    QCOMPARE(n.value(u"departments"_s).toArray().first().toString(), u"Burgerzaken"_s);
    QStringList contacts;
    for (const QJsonValue &c : n.value(u"contacts"_s).toArray())
        contacts << c.toObject().value(u"name"_s).toString() + u'/'
                + c.toObject().value(u"roles"_s).toArray().first().toString();
    QCOMPARE(contacts,
             (QStringList {u"ANN/applicant"_s, u"IAN/implementer"_s, u"Olga Owner/owner of mail-service"_s}));

    const QString pdf = m_dir.filePath(u"notice.pdf"_s);
    const auto printed = ctl({u"calendar"_s, u"notice"_s, QString::number(m_first), u"--pdf"_s, pdf});
    QVERIFY2(printed.exitCode == 0, qPrintable(printed.err));
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils) is needed to read the PDF back");
    QProcess extract;
    extract.start(pdftotext, {u"-layout"_s, pdf, u"-"_s});
    QVERIFY(extract.waitForFinished(60000));
    const QString text = QString::fromUtf8(extract.readAllStandardOutput()).simplified();
    for (const QString &expected :
         {u"Announcement of a change"_s, u"Kernel update srv-01"_s, u"45 minutes"_s, u"mail-service"_s,
          u"Burgerzaken"_s, u"Olga Owner"_s, u"olga@gemeente.example"_s, u"Mail is unavailable."_s})
        QVERIFY2(text.contains(expected), qPrintable(u"'%1' not in: %2"_s.arg(expected, text)));

    // iCalendar: one request, then the forward schedule; read back by KF6 CalendarCore.
    const QString one = m_dir.filePath(u"one.ics"_s);
    QCOMPARE(ctl({u"calendar"_s, u"ics"_s, one, u"--rfc"_s, QString::number(m_first)}).exitCode, 0);
    const QByteArray bytes = readFile(one);
    QVERIFY(bytes.contains("METHOD:PUBLISH"));
    QVERIFY(bytes.contains("PRODID:-//ChangeDesk//Change calendar//EN"));
    const KCalendarCore::MemoryCalendar::Ptr calendar(new KCalendarCore::MemoryCalendar(QTimeZone::UTC));
    KCalendarCore::ICalFormat format;
    QVERIFY(format.fromRawString(calendar, bytes));
    const KCalendarCore::Event::List events = calendar->rawEvents();
    QCOMPARE(events.size(), 1);
    const KCalendarCore::Event::Ptr event = events.first();
    QVERIFY2(event->uid().startsWith(u"rfc-%1@changedesk-"_s.arg(m_first)), qPrintable(event->uid()));
    QCOMPARE(event->summary(), u"Change #%1: Kernel update srv-01"_s.arg(m_first));
    QCOMPARE(event->dtStart().toUTC(), kTuesday);
    QCOMPARE(event->dtEnd().toUTC(), kTuesday.addSecs(3600));
    QCOMPARE(event->location(), u"mail-service"_s);
    QVERIFY(event->categories().contains(u"Downtime"_s));
    QCOMPARE(event->status(), KCalendarCore::Incidence::StatusTentative); // a draft
    QCOMPARE(event->transparency(), KCalendarCore::Event::Opaque);
    QVERIFY2(event->description().contains(u"45 minutes"_s) && event->description().contains(u"Olga Owner"_s),
             qPrintable(event->description()));

    const QString forward = m_dir.filePath(u"forward.ics"_s);
    const auto all = ctl({u"calendar"_s, u"ics"_s, forward, u"--from"_s, u"2026-11-01"_s, u"--to"_s,
                          u"2027-01-01"_s, u"--json"_s});
    QVERIFY2(all.exitCode == 0, qPrintable(all.err));
    const KCalendarCore::MemoryCalendar::Ptr both(new KCalendarCore::MemoryCalendar(QTimeZone::UTC));
    QVERIFY(format.fromRawString(both, readFile(forward)));
    QCOMPARE(both->rawEvents().size(), 2);
    // The same request gets the same UID in both files: importing again updates it.
    QVERIFY(both->event(event->uid()));
    const auto wrong
        = ctl({u"calendar"_s, u"ics"_s, forward, u"--rfc"_s, u"1"_s, u"--from"_s, u"2026-11-01"_s});
    QCOMPARE(wrong.exitCode, 2);

    // A request's schedule fields through rfc create and show.
    const QString file = m_dir.filePath(u"rfc.json"_s);
    QFile json(file);
    QVERIFY(json.open(QIODevice::WriteOnly));
    json.write(R"({"title": "Reboot db-01", "description": "Firmware", "reason": "Advisory",
                  "affected": ["db-01"], "planned_start": "2026-11-26T21:00", "planned_end": "2026-11-26T22:00",
                  "expected_downtime": 20, "needs_restart": true, "implementers": ["ian", "dual"]})");
    json.close();
    const auto created = ctl({u"rfc"_s, u"create"_s, file, u"--as"_s, u"ann"_s, u"--json"_s});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    const qint64 id = created.json().value(u"id"_s).toInteger();
    QVERIFY2(id > 0, qPrintable(created.out));
    const auto shownJson = ctl({u"rfc"_s, u"show"_s, QString::number(id), u"--json"_s});
    const QJsonObject record = shownJson.json();
    QVERIFY2(record.value(u"expected_downtime"_s).toInt() == 20, qPrintable(shownJson.out));
    QCOMPARE(record.value(u"needs_restart"_s).toBool(), true);
    QCOMPARE(record.value(u"implementers"_s).toArray().size(), 2);
    const auto shown = ctl({u"rfc"_s, u"show"_s, QString::number(id)});
    QVERIFY2(shown.out.contains(u"IAN"_s) && shown.out.contains(u"Needs a restart"_s), qPrintable(shown.out));
    QFile bad(file);
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"title": "X", "implementers": ["nobody"]})");
    bad.close();
    const auto refused = ctl({u"rfc"_s, u"create"_s, file, u"--as"_s, u"ann"_s});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(u"nobody"_s), qPrintable(refused.err));
}

QTEST_GUILESS_MAIN(TestCalendarCtl)
#include "tst_calendarctl.moc"
