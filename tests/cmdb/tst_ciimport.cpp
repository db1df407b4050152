// CSV import of configuration items and relations, and the CSV export the import reads back:
// outcomes with line numbers, idempotent re-import, the column mapping (automatic in English,
// German and Dutch, and explicit), encodings and delimiters as Excel writes them, every kind of
// broken file (nothing written, file and line named), dry runs that report exactly what the real
// run does, cancelling, a file of hundreds of megabytes, relation cycles and the export round
// trip; on SQLite and PostgreSQL.

#include "testconfig.h"
#include "testsupport.h"

#include "cmdb/ciexport.h"
#include "cmdb/cifields.h"
#include "cmdb/ciimport.h"
#include "cmdb/cirepository.h"
#include "demo/demodata.h"
#include "people/peoplerepository.h"
#include "storage/database.h"
#include "storage/sqlitedirect.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;
using ChangeDesk::Test::why;

namespace {

const QDateTime kNow(QDate(2025, 6, 2), QTime(9, 30), QTimeZone::UTC);

QString fixture(const QString &name)
{
    return QStringLiteral(CHANGEDESK_SOURCE_DIR) + u"/tests/cmdb/data/import/"_s + name;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray encoded(const QString &text, QStringConverter::Encoding encoding, bool bom)
{
    QStringEncoder encoder(encoding,
                           bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

QByteArray windows1252(const QString &text)
{
    QStringEncoder encoder("windows-1252");
    return encoder.encode(text);
}

// Translations as a catalogue would give them, for the texts listed; nothing else.
class FakeCatalogue : public QTranslator
{
public:
    FakeCatalogue(QString context, QHash<QString, QString> texts)
        : m_context(std::move(context))
        , m_texts(std::move(texts))
    { }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (QString::fromUtf8(context) != m_context)
            return {};
        return m_texts.value(QString::fromUtf8(source));
    }
    bool isEmpty() const override { return false; }

private:
    QString m_context;
    QHash<QString, QString> m_texts;
};

// Installs a catalogue for the current scope.
class Installed
{
public:
    explicit Installed(QTranslator &translator)
        : m_translator(translator)
    {
        QCoreApplication::installTranslator(&m_translator);
    }
    ~Installed() { QCoreApplication::removeTranslator(&m_translator); }

private:
    QTranslator &m_translator;
};

QStringList outcomes(const ImportReport &report)
{
    QStringList list;
    for (const ImportEntry &e : report.entries)
        list << u"%1 %2 %3"_s.arg(e.line).arg(e.key, ImportReport::outcomeKey(e.outcome));
    return list;
}

// A dry run's report with the flags of a real run, to compare the two.
ImportReport asRealRun(ImportReport report, bool committed)
{
    report.dryRun = false;
    report.committed = committed;
    return report;
}

} // namespace

class TestCiImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { Test::failOnSqlWarnings(); }
    void outcomesAndLines_data() { Test::addBackendColumn(); }
    void outcomesAndLines();
    void reimportIsIdempotent_data() { Test::addBackendColumn(); }
    void reimportIsIdempotent();
    void values_data() { Test::addBackendColumn(); }
    void values();
    void rowRejections_data() { Test::addBackendColumn(); }
    void rowRejections();
    void automaticMapping();
    void translatedHeaders_data() { Test::addBackendColumn(); }
    void translatedHeaders();
    void explicitMapping_data() { Test::addBackendColumn(); }
    void explicitMapping();
    void encodingsAndDelimiters_data();
    void encodingsAndDelimiters();
    void brokenFiles_data();
    void brokenFiles();
    void dryRunReportsTheSame_data();
    void dryRunReportsTheSame();
    void cancel_data();
    void cancel();
    void hugeBrokenFile();
    void preview();
    void relations_data() { Test::addBackendColumn(); }
    void relations();
    void relationCycles_data() { Test::addBackendColumn(); }
    void relationCycles();
    void brokenRelationFiles_data() { Test::addBackendColumn(); }
    void brokenRelationFiles();
    void exportRoundTrip_data() { Test::addBackendColumn(); }
    void exportRoundTrip();
    void hundredThousandRows_data() { Test::addBackendColumn(); }
    void hundredThousandRows();
    void sqliteWithoutItsInterface();

private:
    struct Fixture {
        std::shared_ptr<Database> db;
        qint64 unitIt = 0;
        qint64 unitBz = 0;
        qint64 jvries = 0;
        qint64 kbakker = 0;
    };
    Fixture setUp(const QString &backend, const QTemporaryDir &dir);
    ManualClock m_clock {kNow};
};

TestCiImport::Fixture TestCiImport::setUp(const QString &backend, const QTemporaryDir &dir)
{
    Fixture f;
    auto db = Test::openFresh(backend, dir);
    if (!db) {
        QTest::qFail(Test::why(db), __FILE__, __LINE__);
        return f;
    }
    f.db = *db;
    const PeopleRepository people(*f.db);
    auto it = people.addOrgUnit(OrgUnit {0, u"IT"_s, u"Informatievoorziening"_s, {}, 0, {}, {}});
    auto bz = people.addOrgUnit(OrgUnit {0, u"BZ"_s, u"Burgerzaken"_s, {}, 0, {}, {}});
    Person a;
    a.login = u"jvries"_s;
    a.displayName = u"Jan de Vries"_s;
    Person b;
    b.login = u"kbakker"_s;
    b.displayName = u"Karin Bakker"_s;
    auto ja = people.addPerson(a);
    auto kb = people.addPerson(b);
    if (!it || !bz || !ja || !kb) {
        QTest::qFail("could not create the people of the fixture", __FILE__, __LINE__);
        return f;
    }
    f.unitIt = it->id;
    f.unitBz = bz->id;
    f.jvries = ja->id;
    f.kbakker = kb->id;
    return f;
}

void TestCiImport::outcomesAndLines()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    Fixture f = setUp(backend, dir);
    QVERIFY(f.db);
    const CiImporter importer(*f.db, u"importer"_s, m_clock);
    const CiRepository repository(*f.db, u"someone"_s, m_clock);

    // A quoted field with a line break: the records after it start on later lines.
    const QString first = writeFile(dir, u"first.csv"_s,
                                    "name,class,site,description,owner,attr.rack\r\n"
                                    "srv-01,server,Stadhuis,\"Mail\r\nand calendar\",jvries,B3\r\n"
                                    "srv-02,server,Stadhuis,,kbakker,\r\n"
                                    "pc-01,client,Bibliotheek,Counter,,\r\n");
    auto created = importer.importCis(first);
    QVERIFY2(created, why(created));
    QCOMPARE(outcomes(*created),
             (QStringList {u"2 srv-01 created"_s, u"4 srv-02 created"_s, u"5 pc-01 created"_s}));
    QCOMPARE(created->created, 3);
    QVERIFY(created->committed);
    auto srv01 = repository.byName(u"srv-01"_s);
    QVERIFY2(srv01 && *srv01, why(srv01));
    QCOMPARE((*srv01)->description, u"Mail\r\nand calendar"_s);
    QCOMPARE((*srv01)->ownerId, f.jvries);
    QCOMPARE((*srv01)->attributes.value(u"rack"_s), u"B3"_s);
    QCOMPARE((*srv01)->lifecycle, Lifecycle::InProduction); // not mapped: the default
    auto history = repository.history((*srv01)->id);
    QVERIFY2(history, why(history));
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->constFirst().action, u"created"_s);
    QCOMPARE(history->constFirst().changedBy, u"importer"_s);
    QCOMPARE(history->constFirst().changedAt, kNow);

    // Someone sets a field the next file does not have: it keeps its value.
    ConfigurationItem edited = **srv01;
    edited.platform = u"Windows Server"_s;
    QVERIFY2(repository.update(edited), "update");

    // Fewer columns: only those change. srv-01 gets a new site, srv-02 stays, pc-02 is new,
    // pc-01 has a class that does not exist.
    const QString second = writeFile(dir, u"second.csv"_s,
                                     "name;site;class\r\n"
                                     "srv-01;Stadskantoor;server\r\n"
                                     "srv-02;Stadhuis;server\r\n"
                                     "pc-02;Bibliotheek;laptop\r\n"
                                     "pc-01;Bibliotheek;werkplek\r\n");
    const auto before = Test::dumpTables(*f.db);
    QVERIFY2(before, why(before));
    auto refused = importer.importCis(second);
    QVERIFY2(refused, why(refused));
    QVERIFY(refused->refused());
    QVERIFY(!refused->committed);
    QCOMPARE(outcomes(*refused),
             (QStringList {u"2 srv-01 updated"_s, u"3 srv-02 unchanged"_s, u"4 pc-02 created"_s,
                           u"5 pc-01 rejected"_s}));
    QCOMPARE(
        refused->entries.at(3).message,
        u"column 'class' (class): 'werkplek' is not one of server, client, laptop, smartphone, vm, router, "
        "switch, firewall, printer, application, service, database, other"_s);
    QVERIFY(refused->refusal().message.contains(u"second.csv"_s));
    QCOMPARE(refused->refusal().kind, ErrorKind::InvalidInput);
    QCOMPARE(*Test::dumpTables(*f.db), *before); // nothing written

    // With skip rejected the valid records are written.
    CsvImportOptions skip;
    skip.skipRejected = true;
    auto partial = importer.importCis(second, skip);
    QVERIFY2(partial, why(partial));
    QVERIFY(partial->committed);
    QCOMPARE(outcomes(*partial), outcomes(*refused));
    QCOMPARE(partial->entries.at(0).message, u"site"_s); // the changed field
    QCOMPARE(std::tuple(partial->created, partial->updated, partial->unchanged, partial->rejected),
             (std::tuple<qint64, qint64, qint64, qint64>(1, 1, 1, 1)));
    auto after = repository.byName(u"srv-01"_s);
    QVERIFY2(after && *after, why(after));
    QCOMPARE((*after)->site, u"Stadskantoor"_s);
    QCOMPARE((*after)->platform, u"Windows Server"_s); // unmapped: kept
    QCOMPARE((*after)->description, u"Mail\r\nand calendar"_s); // unmapped: kept
    QCOMPARE((*after)->attributes.value(u"rack"_s), u"B3"_s); // unmapped: kept
    QCOMPARE((*after)->rowVersion, edited.rowVersion + 1);
    auto changes = repository.history((*after)->id);
    QVERIFY2(changes, why(changes));
    const CiHistoryEntry &last = changes->constLast();
    QCOMPARE(last.action, u"updated"_s);
    QCOMPARE(last.field, u"site"_s);
    QCOMPARE(last.oldValue, u"Stadhuis"_s);
    QCOMPARE(last.newValue, u"Stadskantoor"_s);
    QCOMPARE(last.changedBy, u"importer"_s);
    auto pc01 = repository.byName(u"pc-01"_s);
    QVERIFY(pc01 && *pc01);
    QCOMPARE((*pc01)->ciClass, CiClass::Client); // the rejected record changed nothing
    auto pc02 = repository.byName(u"pc-02"_s);
    QVERIFY(pc02 && *pc02);
    QCOMPARE((*pc02)->ciClass, CiClass::Laptop);
}

void TestCiImport::reimportIsIdempotent()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    Fixture f = setUp(backend, dir);
    QVERIFY(f.db);
    const CiImporter importer(*f.db, u"importer"_s, m_clock);
    const QString path
        = writeFile(dir, u"cis.csv"_s,
                    "name,class,owner,org_unit,responsible.os,attr.serial,last_seen,mobile\n"
                    "nb-01,laptop,jvries,IT,\"kbakker, jvries\",SN1,2025-05-30T08:00:00.250Z,ja\n"
                    "nb-02,laptop,kbakker,Burgerzaken,,SN2,,nee\n");
    auto first = importer.importCis(path);
    QVERIFY2(first, why(first));
    QCOMPARE(first->created, 2);
    const auto afterFirst = Test::dumpTables(*f.db);
    QVERIFY2(afterFirst, why(afterFirst));

    m_clock.advanceSeconds(3600);
    auto second = importer.importCis(path);
    QVERIFY2(second, why(second));
    QCOMPARE(outcomes(*second), (QStringList {u"2 nb-01 unchanged"_s, u"3 nb-02 unchanged"_s}));
    QVERIFY(second->committed);
    QCOMPARE(*Test::dumpTables(*f.db), *afterFirst); // not even a history entry
    m_clock.set(kNow);
}

void TestCiImport::values()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    Fixture f = setUp(backend, dir);
    QVERIFY(f.db);
    const CiImporter importer(*f.db, u"importer"_s, m_clock);
    const CiRepository repository(*f.db, {}, m_clock);

    // Keys, English names and other spellings of every kind of value.
    const QString path = writeFile(
        dir, u"values.csv"_s,
        u"name,class,lifecycle,confidentiality,integrity,availability,mobile,last_seen,update_source,update_"
        u"mode,"
        "reboot,owner,org_unit,responsible.os,data_sent_to_vendor,platform\n"
        "a,Virtual machine,In test,very high,2,Normal,YES,30.06.2025 14:05,internal,Install automatically,"
        "Restart in the maintenance window,JVRIES,informatievoorziening,jvries;kbakker, Telemetrie ,  Linux  "
        "\n"
        "b,vm,in_maintenance,3,high,1,0,1-7-2025 09:15:30,From the "
        "vendor,download_only,not_needed,kbakker,bz,,,\n"
        "c,router,Retired,normal,normal,normal,false,2025-07-01,none,download-only,Automatic,,,,,\n"
        "d,firewall,planned,high,high,high,Wahr,2025-07-01T10:00:00+02:00,Parallel,auto_install,scheduled,,,,,\n"_s
            .toUtf8());
    auto report = importer.importCis(path);
    QVERIFY2(report, why(report));
    QCOMPARE(report->created, 4);
    QCOMPARE(report->rejected, 0);

    auto a = repository.byName(u"a"_s);
    QVERIFY(a && *a);
    QCOMPARE((*a)->ciClass, CiClass::VirtualMachine);
    QCOMPARE((*a)->lifecycle, Lifecycle::InTest);
    QCOMPARE((*a)->protection,
             (Protection {ProtectionLevel::VeryHigh, ProtectionLevel::High, ProtectionLevel::Normal}));
    QVERIFY((*a)->mobile);
    QCOMPARE((*a)->lastSeen, QDateTime(QDate(2025, 6, 30), QTime(14, 5)).toUTC()); // local time
    QCOMPARE((*a)->update,
             (UpdateMechanism {UpdateSource::InternalServer, UpdateMode::AutoInstall,
                               RebootHandling::Scheduled, u" Telemetrie "_s}));
    QCOMPARE((*a)->ownerId, f.jvries); // the login in another case
    QCOMPARE((*a)->orgUnitId, f.unitIt); // the unit's name
    QCOMPARE((*a)->responsibilities,
             (QList<Responsibility> {{u"os"_s, std::min(f.jvries, f.kbakker)},
                                     {u"os"_s, std::max(f.jvries, f.kbakker)}}));
    QCOMPARE((*a)->platform, u"Linux"_s); // trimmed

    auto b = repository.byName(u"b"_s);
    QVERIFY(b && *b);
    QCOMPARE((*b)->protection,
             (Protection {ProtectionLevel::VeryHigh, ProtectionLevel::High, ProtectionLevel::Normal}));
    QVERIFY(!(*b)->mobile);
    QCOMPARE((*b)->lastSeen, QDateTime(QDate(2025, 7, 1), QTime(9, 15, 30)).toUTC());
    QCOMPARE((*b)->update.source, UpdateSource::Vendor);
    QCOMPARE((*b)->update.reboot, RebootHandling::NotNeeded);
    QCOMPARE((*b)->orgUnitId, f.unitBz); // the code in another case
    QVERIFY((*b)->responsibilities.isEmpty());

    auto c = repository.byName(u"c"_s);
    QVERIFY(c && *c);
    QCOMPARE((*c)->lifecycle, Lifecycle::Retired);
    QCOMPARE((*c)->lastSeen, QDateTime(QDate(2025, 7, 1), QTime(0, 0)).toUTC());
    QCOMPARE((*c)->update.reboot, RebootHandling::Automatic);
    QVERIFY(!(*c)->ownerId);

    auto d = repository.byName(u"d"_s);
    QVERIFY(d && *d);
    QCOMPARE((*d)->lastSeen, QDateTime(QDate(2025, 7, 1), QTime(8, 0), QTimeZone::UTC));
    QVERIFY((*d)->mobile);
    QCOMPARE((*d)->update.source, UpdateSource::Parallel);

    // Empty cells: texts, owner, unit, last seen and roles are cleared; class, levels, mobile
    // and the update settings keep their values.
    const QString clearing
        = writeFile(dir, u"clearing.csv"_s,
                    "name,class,confidentiality,mobile,owner,org_unit,last_seen,responsible.os,"
                    "data_sent_to_vendor,update_source,platform\n"
                    "a,,,,,,,,,,\n");
    auto cleared = importer.importCis(clearing);
    QVERIFY2(cleared, why(cleared));
    QCOMPARE(outcomes(*cleared), QStringList {u"2 a updated"_s});
    auto a2 = repository.byName(u"a"_s);
    QVERIFY(a2 && *a2);
    QCOMPARE((*a2)->ciClass, CiClass::VirtualMachine);
    QCOMPARE((*a2)->protection.confidentiality, ProtectionLevel::VeryHigh);
    QVERIFY((*a2)->mobile);
    QCOMPARE((*a2)->update.source, UpdateSource::InternalServer);
    QVERIFY(!(*a2)->ownerId);
    QVERIFY(!(*a2)->orgUnitId);
    QVERIFY(!(*a2)->lastSeen.isValid());
    QVERIFY((*a2)->responsibilities.isEmpty());
    QVERIFY((*a2)->update.dataSentToVendor.isEmpty());
    QVERIFY((*a2)->platform.isEmpty());
    QCOMPARE(cleared->entries.constFirst().message,
             u"owner, org_unit, platform, last_seen, data_sent_to_vendor, responsible.os"_s);
}

void TestCiImport::rowRejections()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    Fixture f = setUp(backend, dir);
    QVERIFY(f.db);
    const CiImporter importer(*f.db, u"importer"_s, m_clock);
    const auto before = Test::dumpTables(*f.db);
    QVERIFY2(before, why(before));

    const QString path = writeFile(dir, u"rejections.csv"_s,
                                   "name,class,owner,org_unit,mobile,last_seen,confidentiality,attr.serial,"
                                   "responsible.os\n"
                                   "ok-1,server,jvries,IT,no,,normal,,\n"
                                   "bad-class,serveer,,,no,,normal,,\n"
                                   "bad-owner,server,nobody,,no,,normal,,\n"
                                   "bad-unit,server,,XX,no,,normal,,\n"
                                   "bad-bool,server,,,maybe,,normal,,\n"
                                   "bad-date,server,,,no,gestern,normal,,\n"
                                   "bad-level,server,,,no,,extreme,,\n"
                                   "bad-role,server,,,no,,normal,,ghost\n"
                                   ",server,,,no,,normal,,\n"
                                   "ok-1,client,,,no,,normal,,\n"
                                   "\" spaced \",server,,,no,,normal,,\n"
                                   "two-bad,serveer,nobody,,no,,normal,,\n"
                                   "ok-2,server,,,no,,normal,,\n");
    auto report = importer.importCis(path);
    QVERIFY2(report, why(report));
    QVERIFY(report->refused());
    QCOMPARE(report->rejected, 10);
    QCOMPARE(report->created, 3); // ok-1, the trimmed name, ok-2
    const QHash<qint64, QString> expected {
        {3,
         u"column 'class' (class): 'serveer' is not one of server, client, laptop, smartphone, vm, router, "
         "switch, firewall, printer, application, service, database, other"_s},
        {4, u"column 'owner' (owner): no person has the login 'nobody'"_s},
        {5, u"column 'org_unit' (org_unit): no organizational unit has the code or name 'XX'"_s},
        {6, u"column 'mobile' (mobile): 'maybe' is neither yes nor no"_s},
        {7,
         u"column 'last_seen' (last_seen): 'gestern' is not a date and time; write it as "
         u"2025-06-30T14:05:00Z "
         "or 30.06.2025 14:05"_s},
        {8, u"column 'confidentiality' (confidentiality): 'extreme' is not one of normal, high, very_high"_s},
        {9, u"column 'responsible.os' (responsible.os): no person has the login 'ghost'"_s},
        {10, u"column 'name' (name): the name is empty; every configuration item needs one"_s},
        {11, u"'ok-1' is on line 2 already; a configuration item may appear only once in the file"_s},
    };
    for (const ImportEntry &entry : report->entries) {
        if (expected.contains(entry.line)) {
            QCOMPARE(entry.outcome, ImportOutcome::Rejected);
            QCOMPARE(entry.message, expected.value(entry.line));
        }
    }
    // A name with spaces at either end is trimmed; two problems in one record are both named.
    QCOMPARE(report->entries.at(10).key, u"spaced"_s);
    QCOMPARE(report->entries.at(10).outcome, ImportOutcome::Created);
    QCOMPARE(report->entries.at(11).line, 13);
    QVERIFY(report->entries.at(11).message.contains(u"'serveer'"_s));
    QVERIFY(report->entries.at(11).message.contains(u"'nobody'"_s));
    QCOMPARE(*Test::dumpTables(*f.db), *before);

    // What CiRepository::validate refuses is rejected too.
    const QString invalid = writeFile(dir, u"invalid.csv"_s, "name,attr.x\r\n\"tab\there\",1\r\n");
    auto refused = importer.importCis(invalid);
    QVERIFY2(refused, why(refused));
    QCOMPARE(refused->rejected, 1);
    QVERIFY2(refused->entries.constFirst().message.contains(u"not valid"_s),
             qPrintable(refused->entries.constFirst().message));
    QCOMPARE(*Test::dumpTables(*f.db), *before);
}

void TestCiImport::automaticMapping()
{
    // Keys, English labels, synonyms; case, blanks, '_' and '-' do not matter.
    QCOMPARE(CiFields::fieldForHeader(u"name"_s), u"name"_s);
    QCOMPARE(CiFields::fieldForHeader(u" Platform version "_s), u"platform_version"_s);
    QCOMPARE(CiFields::fieldForHeader(u"PLATFORM-VERSION"_s), u"platform_version"_s);
    QCOMPARE(CiFields::fieldForHeader(u"Organizational unit"_s), u"org_unit"_s);
    QCOMPARE(CiFields::fieldForHeader(u"unit"_s), u"org_unit"_s);
    QCOMPARE(CiFields::fieldForHeader(u"firmware"_s), u"firmware_version"_s);
    QCOMPARE(CiFields::fieldForHeader(u"Restart handling"_s), u"reboot"_s);
    QCOMPARE(CiFields::fieldForHeader(u"Data sent to the vendor"_s), u"data_sent_to_vendor"_s);
    QCOMPARE(CiFields::fieldForHeader(u"responsible.OS"_s), u"responsible.OS"_s);
    QCOMPARE(CiFields::fieldForHeader(u"attr.Serial-No"_s), u"attr.Serial-No"_s);
    QCOMPARE(CiFields::fieldForHeader(u"attr.bad name"_s), QString());
    QCOMPARE(CiFields::fieldForHeader(u"Hostname"_s), QString());
    QCOMPARE(CiFields::relationFieldForHeader(u"Relation"_s), u"type"_s);
    QCOMPARE(CiFields::relationFieldForHeader(u"relation_type"_s), u"type"_s);
    for (const QString &key : CiFields::keys()) {
        QCOMPARE(CiFields::fieldForHeader(key), key);
        QCOMPARE(CiFields::fieldForHeader(CiFields::label(key)), key);
        QVERIFY(CiFields::isField(key));
    }
    QVERIFY(!CiFields::isField(u"hostname"_s));
    QVERIFY(!CiFields::isField(u"attr."_s));
}

void TestCiImport::translatedHeaders()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    Fixture f = setUp(backend, dir);
    QVERIFY(f.db);
    const CiRepository repository(*f.db, {}, m_clock);

    // A German and a Dutch catalogue as the translators would write them: headers and values in
    // the user's language map.
    FakeCatalogue germanFields(u"CiFields"_s,
                               {{u"Name"_s, u"Name"_s},
                                {u"Class"_s, u"Klasse"_s},
                                {u"Site"_s, u"Standort"_s},
                                {u"Owner"_s, u"Eigentümer"_s},
                                {u"Platform version"_s, u"Plattformversion"_s},
                                {u"Mobile"_s, u"Mobil"_s}});
    FakeCatalogue germanNames(u"CmdbNames"_s, {{u"Virtual machine"_s, u"Virtuelle Maschine"_s}});
    {
        Installed fields(germanFields);
        Installed names(germanNames);
        const QString path
            = writeFile(dir, u"de.csv"_s,
                        windows1252(u"Name;Klasse;Standort;Eigentümer;Plattformversion;Mobil;Bemerkung\r\n"
                                    "vm-01;Virtuelle Maschine;Bürgerbüro;jvries;2022;ja;x\r\n"_s));
        auto report = CiImporter(*f.db, u"importer"_s, m_clock).importCis(path);
        QVERIFY2(report, why(report));
        QCOMPARE(report->fields,
                 (QStringList {u"name"_s, u"class"_s, u"site"_s, u"owner"_s, u"platform_version"_s,
                               u"mobile"_s, QString()}));
        QCOMPARE(report->encoding, u"Windows-1252"_s);
        QCOMPARE(report->delimiter, QChar(u';'));
        QCOMPARE(report->warnings.size(), 1); // the column that maps to nothing
        QCOMPARE(report->warnings.constFirst().line, 1);
        QVERIFY(report->warnings.constFirst().message.contains(u"'Bemerkung'"_s));
        QCOMPARE(report->created, 1);
    }
    auto vm = repository.byName(u"vm-01"_s);
    QVERIFY(vm && *vm);
    QCOMPARE((*vm)->ciClass, CiClass::VirtualMachine);
    QCOMPARE((*vm)->site, u"Bürgerbüro"_s);
    QCOMPARE((*vm)->platformVersion, u"2022"_s);
    QCOMPARE((*vm)->ownerId, f.jvries);
    QVERIFY((*vm)->mobile);

    FakeCatalogue dutchFields(u"CiFields"_s,
                              {{u"Name"_s, u"Naam"_s},
                               {u"Class"_s, u"Klasse"_s},
                               {u"Site"_s, u"Locatie"_s},
                               {u"Organizational unit"_s, u"Organisatieonderdeel"_s},
                               {u"Availability"_s, u"Beschikbaarheid"_s}});
    FakeCatalogue dutchNames(u"CmdbNames"_s, {{u"high"_s, u"hoog"_s}, {u"Printer"_s, u"Printer"_s}});
    {
        Installed fields(dutchFields);
        Installed names(dutchNames);
        const QString path
            = writeFile(dir, u"nl.csv"_s,
                        "\xEF\xBB\xBFNaam;Klasse;Locatie;Organisatieonderdeel;Beschikbaarheid\r\n"
                        "prn-01;Printer;Stadhuis;BZ;hoog\r\n"
                        "vm-01;vm;Stadhuis;IT;hoog\r\n");
        auto report = CiImporter(*f.db, u"importer"_s, m_clock).importCis(path);
        QVERIFY2(report, why(report));
        QCOMPARE(outcomes(*report), (QStringList {u"2 prn-01 created"_s, u"3 vm-01 updated"_s}));
    }
    auto prn = repository.byName(u"prn-01"_s);
    QVERIFY(prn && *prn);
    QCOMPARE((*prn)->ciClass, CiClass::Printer);
    QCOMPARE((*prn)->orgUnitId, f.unitBz);
    QCOMPARE((*prn)->protection.availability, ProtectionLevel::High);
    auto vm2 = repository.byName(u"vm-01"_s);
    QCOMPARE((*vm2)->site, u"Stadhuis"_s);
    QCOMPARE((*vm2)->ownerId, f.jvries); // not in the Dutch file: kept

    // Without the catalogue the German header is just an unknown column.
    const QString again = writeFile(dir, u"de-again.csv"_s, "Name;Klasse\r\nvm-01;vm\r\n");
    auto plain = CiImporter(*f.db, u"importer"_s, m_clock).importCis(again);
    QVERIFY2(plain, why(plain));
    QCOMPARE(plain->fields, (QStringList {u"name"_s, QString()}));
}

void TestCiImport::explicitMapping()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    Fixture f = setUp(backend, dir);
    QVERIFY(f.db);
    const CiImporter importer(*f.db, u"importer"_s, m_clock);
    const CiRepository repository(*f.db, {}, m_clock);

    const QString path = writeFile(dir, u"inventory.csv"_s,
                                   "Hostname,Type,Site,Serial,Site\r\n"
                                   "ws-01,client,Stadhuis,SN-1,ignored\r\n");
    CsvImportOptions options;
    options.mapping = {{u"hostname"_s, u"name"_s}, // header compared like the automatic mapping
                       {u"Type"_s, u"Class"_s}, // a field by its label
                       {u"Serial"_s, u"attr.serial"_s},
                       {u"#5"_s, u"-"_s}}; // the second 'Site' column by number: ignored
    auto report = importer.importCis(path, options);
    QVERIFY2(report, why(report));
    QCOMPARE(report->fields, (QStringList {u"name"_s, u"class"_s, u"site"_s, u"attr.serial"_s, QString()}));
    QCOMPARE(report->created, 1);
    auto ws = repository.byName(u"ws-01"_s);
    QVERIFY(ws && *ws);
    QCOMPARE((*ws)->ciClass, CiClass::Client);
    QCOMPARE((*ws)->site, u"Stadhuis"_s);
    QCOMPARE((*ws)->attributes.value(u"serial"_s), u"SN-1"_s);

    // Mappings that cannot work name what is wrong, before anything is read.
    const auto before = Test::dumpTables(*f.db);
    struct Case {
        QList<std::pair<QString, QString>> mapping;
        QString message;
    };
    const QList<Case> cases {
        {{}, u"inventory.csv: line 1: the columns 'Site' and 'Site' both map to the field 'site'"_s},
        {{{u"#5"_s, u"-"_s}}, u"inventory.csv: line 1: no column holds the name of the configuration item"_s},
        {{{u"Hostname"_s, u"hostname"_s}}, u"'hostname' is not a field to map a column to"_s},
        {{{u"Nope"_s, u"name"_s}}, u"the mapping names the column 'Nope', which the file does not have"_s},
        {{{u"#9"_s, u"name"_s}}, u"the mapping names column #9, but the file has 5 column"_s},
        {{{u"Hostname"_s, u"name"_s}, {u"Type"_s, u"name"_s}, {u"#5"_s, u""_s}},
         u"the columns 'Hostname' and 'Type' both map to the field 'name'"_s},
    };
    for (const Case &c : cases) {
        CsvImportOptions bad;
        bad.mapping = c.mapping;
        auto failed = importer.importCis(path, bad);
        QVERIFY(!failed);
        QCOMPARE(failed.error().kind, ErrorKind::InvalidInput);
        QVERIFY2(failed.error().message.contains(c.message), qPrintable(failed.error().message));
    }
    QCOMPARE(*Test::dumpTables(*f.db), *before);
}

void TestCiImport::encodingsAndDelimiters_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QChar>("delimiter");
    for (const QString &backend : Test::backends()) {
        for (const QChar delimiter : {QChar(u','), QChar(u';')}) {
            const QString text
                = u"name%1site%1description\r\nbb-01%1Bürgerbüro%1\"Kämmerei, 2. OG – Raum 3\"\r\n"_s.arg(
                    delimiter);
            const QString tag = backend + (delimiter == u',' ? u" comma"_s : u" semicolon"_s);
            QTest::newRow(qPrintable(tag + u" UTF-8"_s))
                << backend << text.toUtf8() << u"UTF-8"_s << delimiter;
            QTest::newRow(qPrintable(tag + u" UTF-8 BOM"_s))
                << backend << encoded(text, QStringConverter::Utf8, true) << u"UTF-8"_s << delimiter;
            QTest::newRow(qPrintable(tag + u" UTF-16LE"_s))
                << backend << encoded(text, QStringConverter::Utf16LE, true) << u"UTF-16LE"_s << delimiter;
            QTest::newRow(qPrintable(tag + u" UTF-16BE"_s))
                << backend << encoded(text, QStringConverter::Utf16BE, true) << u"UTF-16BE"_s << delimiter;
            QTest::newRow(qPrintable(tag + u" Windows-1252"_s))
                << backend << windows1252(text) << u"Windows-1252"_s << delimiter;
        }
    }
}

void TestCiImport::encodingsAndDelimiters()
{
    QFETCH(QString, backend);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QChar, delimiter);
    QTemporaryDir dir;
    Fixture f = setUp(backend, dir);
    QVERIFY(f.db);
    const QString path = writeFile(dir, u"file.csv"_s, bytes);
    auto report = CiImporter(*f.db, u"importer"_s, m_clock).importCis(path);
    QVERIFY2(report, why(report));
    QCOMPARE(report->encoding, encoding);
    QCOMPARE(report->delimiter, delimiter);
    QCOMPARE(report->created, 1);
    auto ci = CiRepository(*f.db, {}).byName(u"bb-01"_s);
    QVERIFY(ci && *ci);
    QCOMPARE((*ci)->site, u"Bürgerbüro"_s);
    QCOMPARE((*ci)->description, u"Kämmerei, 2. OG – Raum 3"_s);
}

void TestCiImport::brokenFiles_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("file"); // in data/import, or generated when it starts with '!'
    QTest::addColumn<QString>("encoding"); // forced, or empty
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    for (const QString &backend : Test::backends()) {
        auto row = [&](const char *tag) {
            return &QTest::newRow(qPrintable(backend + u' ' + QLatin1StringView(tag)));
        };
        *row("unbalanced quote")
            << backend << u"unbalanced-quote.csv"_s << QString() << int(ErrorKind::InvalidInput)
            << u"unbalanced-quote.csv: line 3: a quoted field opened here is never closed"_s;
        *row("text after quote") << backend << u"text-after-quote.csv"_s << QString()
                                 << int(ErrorKind::InvalidInput)
                                 << u"text-after-quote.csv: line 2: text after the closing quote"_s;
        *row("field count") << backend << u"field-count.csv"_s << QString() << int(ErrorKind::InvalidInput)
                            << u"field-count.csv: line 3: 2 field"_s;
        *row("missing name column") << backend << u"missing-name.csv"_s << QString()
                                    << int(ErrorKind::InvalidInput)
                                    << u"missing-name.csv: line 1: no column holds the name"_s;
        *row("not CSV but JSON") << backend << u"not-csv.json"_s << QString() << int(ErrorKind::InvalidInput)
                                 << u"not-csv.json: line 1: no column holds the name"_s;
        *row("empty") << backend << u"!empty.csv"_s << QString() << int(ErrorKind::InvalidInput)
                      << u"empty.csv: the file is empty"_s;
        *row("binary") << backend << u"!binary.csv"_s << QString() << int(ErrorKind::InvalidInput)
                       << u"binary.csv: line 3: the file contains NUL characters"_s;
        *row("wrong encoding") << backend << u"!latin.csv"_s << u"utf-8"_s << int(ErrorKind::InvalidInput)
                               << u"latin.csv: line 3: the text is not valid UTF-8"_s;
        *row("missing file") << backend << u"!missing.csv"_s << QString() << int(ErrorKind::NotFound)
                             << u"missing.csv does not exist"_s;
    }
}

void TestCiImport::brokenFiles()
{
    QFETCH(QString, backend);
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(int, kind);
    QFETCH(QString, message);
    QTemporaryDir dir;
    Fixture f = setUp(backend, dir);
    QVERIFY(f.db);
    QString path;
    if (file == u"!empty.csv")
        path = writeFile(dir, u"empty.csv"_s, {});
    else if (file == u"!binary.csv")
        path = writeFile(dir, u"binary.csv"_s, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01", 21));
    else if (file == u"!latin.csv")
        path = writeFile(dir, u"latin.csv"_s,
                         "name,site\r\nws-01,Stadhuis\r\n" + windows1252(u"ws-02,Bürgerbüro\r\n"_s));
    else if (file == u"!missing.csv")
        path = dir.filePath(u"missing.csv"_s);
    else
        path = fixture(file);
    CsvImportOptions options;
    if (encoding == u"utf-8")
        options.encoding = CsvEncoding::Utf8;
    const auto before = Test::dumpTables(*f.db);
    QVERIFY2(before, why(before));
    for (bool dryRun : {true, false}) {
        options.dryRun = dryRun;
        auto report = CiImporter(*f.db, u"importer"_s, m_clock).importCis(path, options);
        QVERIFY2(!report, "the import succeeded");
        QCOMPARE(int(report.error().kind), kind);
        QVERIFY2(report.error().message.contains(message), qPrintable(report.error().message));
        QCOMPARE(*Test::dumpTables(*f.db), *before);
    }
}

void TestCiImport::dryRunReportsTheSame_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<bool>("skipRejected");
    for (const QString &backend : Test::backends()) {
        const QByteArray mixed = "name,class,site,owner,attr.os\n"
                                 "srv-01,server,Stadskantoor,jvries,Linux\n" // updated
                                 "srv-02,server,Stadhuis,,\n" // unchanged
                                 "srv-03,database,Stadhuis,kbakker,\n" // created
                                 "srv-04,serveer,Stadhuis,,\n" // rejected
                                 "srv-03,server,Stadhuis,,\n"; // duplicate
        QTest::newRow(qPrintable(backend + u" valid"_s))
            << backend << QByteArray("name,class\nsrv-01,server\nsrv-05,vm\n") << false;
        QTest::newRow(qPrintable(backend + u" rejections"_s)) << backend << mixed << false;
        QTest::newRow(qPrintable(backend + u" rejections skipped"_s)) << backend << mixed << true;
    }
}

void TestCiImport::dryRunReportsTheSame()
{
    QFETCH(QString, backend);
    QFETCH(QByteArray, csv);
    QFETCH(bool, skipRejected);
    QTemporaryDir dir;
    Fixture f = setUp(backend, dir);
    QVERIFY(f.db);
    const CiImporter importer(*f.db, u"importer"_s, m_clock);
    auto seeded = importer.importCis(
        writeFile(dir, u"seed.csv"_s, "name,class,site\nsrv-01,server,Stadhuis\nsrv-02,server,Stadhuis\n"));
    QVERIFY2(seeded, why(seeded));

    const QString path = writeFile(dir, u"file.csv"_s, csv);
    const auto before = Test::dumpTables(*f.db);
    QVERIFY2(before, why(before));
    CsvImportOptions options;
    options.skipRejected = skipRejected;
    options.dryRun = true;
    auto dry = importer.importCis(path, options);
    QVERIFY2(dry, why(dry));
    QVERIFY(dry->dryRun);
    QVERIFY(!dry->committed);
    QCOMPARE(*Test::dumpTables(*f.db), *before); // wrote nothing

    options.dryRun = false;
    auto real = importer.importCis(path, options);
    QVERIFY2(real, why(real));
    QCOMPARE(asRealRun(*dry, real->committed), *real);
    QVERIFY(!real->entries.isEmpty());
    QCOMPARE(real->committed, !real->refused());
    QCOMPARE(*Test::dumpTables(*f.db) == *before, !real->committed);
}

void TestCiImport::cancel_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("phase");
    for (const QString &backend : Test::backends()) {
        QTest::newRow(qPrintable(backend + u" checking"_s))
            << backend << int(ImportProgress::Phase::Checking);
        QTest::newRow(qPrintable(backend + u" importing"_s))
            << backend << int(ImportProgress::Phase::Importing);
    }
}

void TestCiImport::cancel()
{
    QFETCH(QString, backend);
    QFETCH(int, phase);
    QTemporaryDir dir;
    Fixture f = setUp(backend, dir);
    QVERIFY(f.db);
    const CiImporter importer(*f.db, u"importer"_s, m_clock);
    QByteArray csv = "name,class,site,attr.n\n";
    for (int i = 0; i < 20000; ++i)
        csv += "ws-" + QByteArray::number(i) + ",client,Stadhuis," + QByteArray::number(i) + "\n";
    const QString path = writeFile(dir, u"big.csv"_s, csv);
    auto seeded = importer.importCis(writeFile(dir, u"seed.csv"_s, "name\nws-5\n"));
    QVERIFY2(seeded, why(seeded));
    const auto before = Test::dumpTables(*f.db);
    QVERIFY2(before, why(before));

    qint64 cancelledAt = -1;
    QHash<int, qint64> lastDone; // per phase: the progress only grows
    int calls = 0;
    bool sane = true;
    CsvImportOptions options;
    options.progress = [&](const ImportProgress &progress) {
        ++calls;
        sane = sane && progress.total == csv.size() && progress.done <= progress.total
            && progress.done >= lastDone.value(int(progress.phase), 0);
        lastDone.insert(int(progress.phase), progress.done);
        if (int(progress.phase) == phase && progress.done * 2 >= progress.total) {
            cancelledAt = progress.done;
            return false;
        }
        return true;
    };
    auto report = importer.importCis(path, options);
    QVERIFY2(!report, "the import was not cancelled");
    QCOMPARE(report.error().kind, ErrorKind::Cancelled);
    QVERIFY2(report.error().message.contains(u"big.csv"_s), qPrintable(report.error().message));
    QVERIFY(cancelledAt > 0 && cancelledAt < csv.size()); // in the middle, not at the end
    QVERIFY(calls > 10);
    QVERIFY(sane);
    QCOMPARE(*Test::dumpTables(*f.db), *before);
}

void TestCiImport::hugeBrokenFile()
{
    // 200 MB of valid records and a quote that is never closed near the end: the check reads it
    // all with bounded memory and stops before anything is written, naming the line.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"huge.csv"_s);
    qint64 brokenLine = 0;
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write("name,class,description\n") > 0);
        QByteArray block;
        qint64 line = 1;
        const QByteArray filler(80, 'x');
        for (int i = 0; i < 10000; ++i)
            block += "host-" + QByteArray::number(i) + ",client,\"" + filler + "\"\n";
        qint64 written = 0;
        for (int round = 0; written < 200LL * 1024 * 1024; ++round) {
            QByteArray chunk = block;
            chunk.replace("host-", "h" + QByteArray::number(round) + "-");
            QVERIFY(file.write(chunk) == chunk.size());
            written += chunk.size();
            line += 10000;
        }
        brokenLine = line + 1;
        QVERIFY(file.write("broken,client,\"this quote is never closed\nmore,client,text\n") > 0);
    }
    QVERIFY(QFileInfo(path).size() > 200LL * 1024 * 1024);

    for (const QString &backend : Test::backends()) {
        QTemporaryDir dbDir;
        Fixture f = setUp(backend, dbDir);
        QVERIFY(f.db);
        const auto before = Test::dumpTables(*f.db);
        QVERIFY2(before, why(before));
        auto report = CiImporter(*f.db, u"importer"_s, m_clock).importCis(path);
        QVERIFY2(!report, "the import succeeded");
        QCOMPARE(report.error().kind, ErrorKind::InvalidInput);
        const QString expected
            = u"huge.csv: line %1: a quoted field opened here is never closed"_s.arg(brokenLine);
        QVERIFY2(report.error().message.contains(expected), qPrintable(report.error().message));
        QCOMPARE(*Test::dumpTables(*f.db), *before);
    }
}

void TestCiImport::preview()
{
    QTemporaryDir dir;
    const QString path = writeFile(
        dir, u"preview.csv"_s,
        "sep=;\r\nName;Class;Comment\r\nws-01;client;\"a\r\nb\"\r\nws-02;laptop;\r\nws-03;vm;\r\n");
    auto preview = CiImporter::preview(path, {}, 2);
    QVERIFY2(preview, why(preview));
    QCOMPARE(preview->format, ImportFormat::Csv);
    QCOMPARE(preview->delimiter, QChar(u';'));
    QCOMPARE(preview->columns, (QStringList {u"Name"_s, u"Class"_s, u"Comment"_s}));
    QCOMPARE(preview->fields, (QStringList {u"name"_s, u"class"_s, QString()}));
    QCOMPARE(preview->records.size(), 2);
    QCOMPARE(preview->records.at(0).line, 3);
    QCOMPARE(preview->records.at(1).line, 5);
    QCOMPARE(preview->records.at(1).fields.constFirst(), u"ws-02"_s);

    CsvImportOptions mapped;
    mapped.mapping = {{u"Comment"_s, u"description"_s}};
    auto withMapping = CiImporter::preview(path, mapped, 1);
    QVERIFY2(withMapping, why(withMapping));
    QCOMPARE(withMapping->fields, (QStringList {u"name"_s, u"class"_s, u"description"_s}));

    const QString relations = writeFile(dir, u"relations.csv"_s, "source,type,target\r\na,runs_on,b\r\n");
    auto relationPreview = CiImporter::preview(relations);
    QVERIFY2(relationPreview, why(relationPreview));
    QCOMPARE(relationPreview->format, ImportFormat::CsvRelations);
    QCOMPARE(CiImporter::detectFormat(relations).value_or(ImportFormat::Auto), ImportFormat::CsvRelations);
    QCOMPARE(CiImporter::detectFormat(path).value_or(ImportFormat::Auto), ImportFormat::Csv);
    const auto neither = CiImporter::detectFormat(fixture(u"not-csv.json"_s));
    QVERIFY(!neither);
    QCOMPARE(neither.error().kind, ErrorKind::InvalidInput);
}

void TestCiImport::relations()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    Fixture f = setUp(backend, dir);
    QVERIFY(f.db);
    const CiImporter importer(*f.db, u"importer"_s, m_clock);
    auto cis = importer.importCis(writeFile(
        dir, u"cis.csv"_s, "name,class\nesx-01,server\nvm-01,vm\nvm-02,vm\napp,application\ndb,database\n"));
    QVERIFY2(cis, why(cis));
    const CiRepository repository(*f.db, u"someone"_s, m_clock);
    auto esx = repository.byName(u"esx-01"_s);
    auto vm1 = repository.byName(u"vm-01"_s);
    QVERIFY(esx && *esx && vm1 && *vm1);
    QVERIFY(repository.relate((*vm1)->id, RelationType::RunsOn, (*esx)->id));

    const QString path = writeFile(dir, u"relations.csv"_s,
                                   "source,type,target\n"
                                   "vm-01,runs_on,esx-01\n" // already there
                                   "vm-02,runs on,esx-01\n" // the English name
                                   "app,depends_on,db\n"
                                   "app,depends_on,ghost\n" // unknown CI
                                   "nobody,uses,db\n" // unknown CI and type
                                   "db,runs_on,db\n" // itself
                                   "app,depends_on,db\n"); // the same again
    auto report = importer.importRelations(path);
    QVERIFY2(report, why(report));
    QVERIFY(report->refused());
    QCOMPARE(outcomes(*report),
             (QStringList {u"2 vm-01 runs_on esx-01 unchanged"_s, u"3 vm-02 runs_on esx-01 created"_s,
                           u"4 app depends_on db created"_s, u"5 app depends_on ghost rejected"_s,
                           u"6 nobody uses db rejected"_s, u"7 db runs_on db rejected"_s,
                           u"8 app depends_on db rejected"_s}));
    QCOMPARE(report->entries.at(3).message,
             u"column 'target' (target): there is no configuration item named 'ghost'"_s);
    QCOMPARE(report->entries.at(4).message,
             u"column 'source' (source): there is no configuration item named 'nobody'; column 'type' "
             u"(type): 'uses' "
             "is not one of runs_on, depends_on, connected_to, part_of, located_at"_s);
    QCOMPARE(report->entries.at(5).message, u"'db' cannot be related to itself"_s);
    QCOMPARE(report->entries.at(6).message, u"the same relation is on line 4 already"_s);

    CsvImportOptions skip;
    skip.skipRejected = true;
    auto written = importer.importRelations(path, skip);
    QVERIFY2(written, why(written));
    QCOMPARE(written->created, 2);
    auto vm2 = repository.byName(u"vm-02"_s);
    auto relations = repository.relationsOf((*vm2)->id);
    QVERIFY2(relations, why(relations));
    QCOMPARE(relations->size(), 1);
    QCOMPARE(relations->constFirst().targetId, (*esx)->id);
    QCOMPARE(relations->constFirst().type, RelationType::RunsOn);
    auto history = repository.history((*esx)->id);
    QVERIFY2(history, why(history));
    QCOMPARE(history->constLast().action, u"related"_s);
    QCOMPARE(history->constLast().field, u"runs_on (from)"_s);
    QCOMPARE(history->constLast().newValue, u"vm-02"_s);
    QCOMPARE(history->constLast().changedBy, u"importer"_s);

    // Again: all unchanged (the rejected ones stay rejected).
    auto again = importer.importRelations(path, skip);
    QVERIFY2(again, why(again));
    QCOMPARE(std::tuple(again->created, again->unchanged, again->rejected),
             (std::tuple<qint64, qint64, qint64>(0, 3, 4)));
}

void TestCiImport::relationCycles()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    Fixture f = setUp(backend, dir);
    QVERIFY(f.db);
    const CiImporter importer(*f.db, u"importer"_s, m_clock);
    auto cis = importer.importCis(writeFile(dir, u"cis.csv"_s, "name\na\nb\nc\nd\ne\nsvc-1\nsvc-2\nsvc-3\n"));
    QVERIFY2(cis, why(cis));
    // In the database already: c located_at d.
    auto existing
        = importer.importRelations(writeFile(dir, u"existing.csv"_s, "source,type,target\nc,located_at,d\n"));
    QVERIFY2(existing, why(existing));
    QCOMPARE(existing->created, 1);

    const QString path = fixture(u"relation-cycles.csv"_s);
    const auto before = Test::dumpTables(*f.db);
    auto report = importer.importRelations(path);
    QVERIFY2(report, why(report));
    QVERIFY(report->refused());
    QCOMPARE(outcomes(*report),
             (QStringList {u"2 a runs_on b created"_s, u"3 b part_of a rejected"_s,
                           u"4 b runs_on c created"_s, u"5 d part_of a rejected"_s,
                           u"6 e located_at e rejected"_s, u"7 svc-1 depends_on svc-2 created"_s,
                           u"8 svc-2 depends_on svc-3 created"_s, u"9 svc-3 depends_on svc-1 created"_s,
                           u"10 a connected_to b created"_s, u"11 b connected_to a created"_s}));
    QCOMPARE(report->entries.at(1).message,
             u"this relation would close a cycle of runs_on, part_of and located_at: b part_of a (line 3), a "
             u"runs_on b "
             "(line 2); a configuration item cannot be inside itself"_s);
    QCOMPARE(report->entries.at(3).message,
             u"this relation would close a cycle of runs_on, part_of and located_at: d part_of a (line 5), a "
             u"runs_on b "
             "(line 2), b runs_on c (line 4), c located_at d (already in the database); a configuration item "
             "cannot "
             "be inside itself"_s);
    QCOMPARE(report->entries.at(4).message, u"'e' cannot be related to itself"_s);
    // A dependency cycle is allowed, with a warning naming its lines.
    QCOMPARE(report->warnings.size(), 1);
    QCOMPARE(report->warnings.constFirst().line, 9);
    QCOMPARE(report->warnings.constFirst().message,
             u"this relation closes a cycle of depends_on: svc-3 depends_on svc-1 (line 9), svc-1 depends_on "
             u"svc-2 "
             "(line 7), svc-2 depends_on svc-3 (line 8); impact analysis will report it"_s);
    QCOMPARE(*Test::dumpTables(*f.db), *before);

    CsvImportOptions skip;
    skip.skipRejected = true;
    auto written = importer.importRelations(path, skip);
    QVERIFY2(written, why(written));
    QCOMPARE(written->created, 7);
    QCOMPARE(written->warnings, report->warnings);
    auto count = f.db->scalar(u"SELECT count(*) FROM ci_relation"_s);
    QVERIFY2(count, why(count));
    QCOMPARE(count->toInt(), 8);
}

void TestCiImport::brokenRelationFiles()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    Fixture f = setUp(backend, dir);
    QVERIFY(f.db);
    const CiImporter importer(*f.db, u"importer"_s, m_clock);
    const auto before = Test::dumpTables(*f.db);
    auto missing = importer.importRelations(writeFile(dir, u"two-columns.csv"_s, "source,target\na,b\n"));
    QVERIFY(!missing);
    QVERIFY2(
        missing.error().message.contains(
            u"two-columns.csv: line 1: a relation file needs the columns source, type and target; missing: type"_s),
        qPrintable(missing.error().message));
    auto quote
        = importer.importRelations(writeFile(dir, u"quote.csv"_s, "source,type,target\na,\"runs_on,b\n"));
    QVERIFY(!quote);
    QVERIFY2(quote.error().message.contains(u"quote.csv: line 2:"_s), qPrintable(quote.error().message));
    QCOMPARE(*Test::dumpTables(*f.db), *before);
}

void TestCiImport::exportRoundTrip()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    auto db = Test::openFresh(backend, dir);
    QVERIFY2(db, why(db));
    auto demo = DemoData::generate(**db, 7, DemoScale::Municipality);
    QVERIFY2(demo, why(demo));
    // Everything the export writes, at least once: attributes, several people per role, texts
    // that need quoting, milliseconds.
    const CiRepository repository(**db, u"someone"_s, m_clock);
    auto all = repository.list();
    QVERIFY2(all, why(all));
    QVERIFY(all->size() > 800);
    auto persons = PeopleRepository(**db).persons();
    QVERIFY2(persons && persons->size() > 2, why(persons));
    for (int i = 0; i < 20; ++i) {
        ConfigurationItem ci = all->at(i * 7);
        ci.attributes.insert(u"serial"_s, u"SN-%1"_s.arg(i));
        ci.attributes.insert(u"rack.position"_s, u"  U%1 ; \"top\"\n second line "_s.arg(i));
        ci.responsibilities = {
            {u"os"_s, persons->at(0).id}, {u"os"_s, persons->at(1).id}, {u"hardware"_s, persons->at(2).id}};
        std::sort(ci.responsibilities.begin(), ci.responsibilities.end(),
                  [](const Responsibility &a, const Responsibility &b) {
                      return std::tie(a.role, a.personId) < std::tie(b.role, b.personId);
                  });
        ci.description = u"Eigentümer: \"Bürgerservice\", Raum 3; Tel. 123"_s;
        ci.update.dataSentToVendor = u" leading and trailing "_s;
        ci.lastSeen = QDateTime(QDate(2025, 5, 1), QTime(7, 8, 9, 123), QTimeZone::UTC);
        QVERIFY2(repository.update(ci), "update");
    }

    const CiExporter exporter(**db);
    const CiImporter importer(**db, u"importer"_s, m_clock);
    struct Variant {
        QChar delimiter;
        bool bom;
    };
    for (const Variant v : {Variant {u',', false}, Variant {u';', true}, Variant {u'\t', false}}) {
        const QString path = dir.filePath(u"export.csv"_s);
        CiExportOptions options;
        options.delimiter = v.delimiter;
        options.byteOrderMark = v.bom;
        auto exported = exporter.exportToFile(path, options);
        QVERIFY2(exported, why(exported));
        QCOMPARE(*exported, all->size());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.peek(3) == "\xEF\xBB\xBF", v.bom);
        const QByteArray header = file.readLine();
        QVERIFY2(header.contains(QByteArray("name") + char(v.delimiter.unicode()) + "class"),
                 header.constData());
        QVERIFY(header.contains("responsible.hardware"));
        QVERIFY(header.contains("attr.rack.position"));

        const auto before = Test::dumpTables(**db);
        auto report = importer.importCis(path);
        QVERIFY2(report, why(report));
        QCOMPARE(report->delimiter, v.delimiter);
        QCOMPARE(report->unchanged, all->size());
        QCOMPARE(report->created + report->updated + report->rejected, 0);
        QVERIFY2(report->warnings.isEmpty(), qPrintable(report->warnings.value(0).message));
        QCOMPARE(*Test::dumpTables(**db), *before);
    }

    // A filter exports what it matches, and nothing else.
    auto servers = repository.list(u"ci.ci_class = ?"_s, {u"server"_s});
    QVERIFY2(servers, why(servers));
    CiExportOptions filtered;
    filtered.filter = u"class = server"_s;
    auto count = exporter.exportToFile(dir.filePath(u"servers.csv"_s), filtered);
    QVERIFY2(count, why(count));
    QCOMPARE(*count, servers->size());
    filtered.filter = u"class = serveer"_s;
    auto bad = exporter.exportToFile(dir.filePath(u"bad.csv"_s), filtered);
    QVERIFY(!bad);
    QCOMPARE(bad.error().kind, ErrorKind::InvalidInput);
    QVERIFY(!QFileInfo::exists(dir.filePath(u"bad.csv"_s)));
}

void TestCiImport::hundredThousandRows()
{
    QFETCH(QString, backend);
    QTemporaryDir dir;
    Fixture f = setUp(backend, dir);
    QVERIFY(f.db);
    // 15 columns, as an inventory tool exports them. The measured size on SQLite; a fifth of it
    // on PostgreSQL, which takes the same way with another row source.
    const int rows = backend == u"sqlite" ? 100000 : 20000;
    QByteArray csv = "name,class,description,owner,org_unit,site,lifecycle,platform,platform_version,"
                     "firmware_version,confidentiality,integrity,availability,mobile,last_seen\r\n";
    const char *classes[] = {"server", "client", "laptop", "vm", "printer"};
    for (int i = 0; i < rows; ++i) {
        csv += "host-" + QByteArray::number(i) + ',' + classes[i % 5] + ",\"Workstation "
            + QByteArray::number(i) + ", floor " + QByteArray::number(i % 7) + "\","
            + (i % 2 ? "jvries" : "kbakker") + ',' + (i % 3 ? "IT" : "BZ")
            + ",Stadhuis,in_production,Windows 11,23H2,1." + QByteArray::number(i % 20) + ".0,"
            + (i % 4 ? "normal" : "high") + ",high,normal," + (i % 5 ? "no" : "yes") + ",2025-06-"
            + QByteArray::number(10 + i % 18) + "T10:00:00Z\r\n";
    }
    const QString path = writeFile(dir, u"100k.csv"_s, csv);
    const CiImporter importer(*f.db, u"importer"_s, m_clock);
    QElapsedTimer timer;
    timer.start();
    auto report = importer.importCis(path);
    const qint64 created = timer.elapsed();
    QVERIFY2(report, why(report));
    QCOMPARE(report->created, rows);
    QCOMPARE(report->entries.size(), rows);
    timer.restart();
    auto again = importer.importCis(path);
    const qint64 unchanged = timer.elapsed();
    QVERIFY2(again, why(again));
    QCOMPARE(again->unchanged, rows);
    qInfo("%s: %d CIs created in %lld ms, re-imported unchanged in %lld ms", qPrintable(backend), rows,
          created, unchanged);
    auto history = f.db->scalar(u"SELECT count(*) FROM ci_history WHERE action = 'created'"_s);
    QVERIFY2(history, why(history));
    QCOMPARE(history->toInt(), rows);
    const int last = rows - 1;
    auto sample = CiRepository(*f.db, {}).byName(u"host-%1"_s.arg(last));
    QVERIFY(sample && *sample);
    QCOMPARE((*sample)->description, u"Workstation %1, floor %2"_s.arg(last).arg(last % 7));
    QCOMPARE((*sample)->ownerId, last % 2 ? f.jvries : f.kbakker);
    QCOMPARE((*sample)->ciClass,
             (QList<CiClass> {CiClass::Server, CiClass::Client, CiClass::Laptop, CiClass::VirtualMachine,
                              CiClass::Printer}
                  .at(last % 5)));
    QCOMPARE((*sample)->lastSeen, QDateTime(QDate(2025, 6, 10 + last % 18), QTime(10, 0), QTimeZone::UTC));
}

void TestCiImport::sqliteWithoutItsInterface()
{
    // Where Qt carries its own SQLite, imports send their rows as JSON instead: the same data
    // must arrive. One database each way, compared table by table.
    const QByteArray cis
        = "name,class,owner,org_unit,responsible.os,attr.serial,attr.rack,last_seen,mobile,description\n"
          "srv-01,server,jvries,IT,\"jvries, kbakker\",SN-1,A1,2025-05-30T08:00:00.250Z,no,\"a "
          "\"\"quoted\"\" text\"\n"
          "srv-02,server,,BZ,,SN-2,,,yes,Zeile\n"
          "vm-01,vm,kbakker,,kbakker,,B2,,no,\n";
    const QByteArray relations = "source,type,target\nvm-01,runs_on,srv-01\nsrv-02,depends_on,srv-01\n";
    const QByteArray changes = "name,site,attr.serial,responsible.os\nsrv-01,Stadskantoor,SN-9,kbakker\n";
    QTemporaryDir dir;
    const QString cisPath = writeFile(dir, u"cis.csv"_s, cis);
    const QString relationsPath = writeFile(dir, u"relations.csv"_s, relations);
    const QString changesPath = writeFile(dir, u"changes.csv"_s, changes);
    QList<QStringList> dumps;
    for (bool direct : {true, false}) {
        SqliteStatement::setEnabled(direct);
        QTemporaryDir dbDir;
        Fixture f = setUp(u"sqlite"_s, dbDir);
        QVERIFY(f.db);
        QCOMPARE(SqliteStatement::available(*f.db), direct);
        const CiImporter importer(*f.db, u"importer"_s, m_clock);
        for (const QString &path : {cisPath, relationsPath, changesPath}) {
            auto report = path == relationsPath ? importer.importRelations(path) : importer.importCis(path);
            QVERIFY2(report && report->committed, why(report));
        }
        auto all = Test::dumpTables(*f.db);
        QVERIFY2(all, why(all));
        // The CMDB's tables (schema_version holds when the database was made).
        QStringList cmdb;
        bool keep = false;
        for (const QString &line : std::as_const(*all)) {
            if (line.startsWith(u"table "_s))
                keep = line.startsWith(u"table ci_"_s) || line == u"table configuration_item"_s;
            if (keep)
                cmdb << line;
        }
        dumps << cmdb;
    }
    SqliteStatement::setEnabled(true);
    QVERIFY(dumps.at(0).size() > 20);
    QCOMPARE(dumps.at(1), dumps.at(0));
}

QTEST_GUILESS_MAIN(TestCiImport)
#include "tst_ciimport.moc"
