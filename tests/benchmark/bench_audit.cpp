// The audit trail: 400,000 events (agency scale) appended in one transaction, then the whole chain
// verified (goal: ≥ 200,000 events/s), beside python3 recomputing the same chain from the same
// rows with hashlib: an independent implementation of the encoding, whose head must be the same.

#include "benchmarks.h"

#include "audit/auditlog.h"
#include "storage/database.h"
#include "storage/migrator.h"

#include <QDir>
#include <QFile>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Bench {

namespace {

// Recomputes the chain as auditlog.h describes it; prints the count and the head hash.
const QString kPythonChain = uR"(import hashlib, sqlite3, struct, sys
con = sqlite3.connect(sys.argv[1])
prev = bytes(32)
count = 0
def field(text):
    data = b'' if text is None else str(text).encode('utf-8')
    return struct.pack('>I', len(data)) + data
for row in con.execute('SELECT seq, occurred_at, actor, action, object_type, object_id, before_json, after_json, hash FROM audit_event ORDER BY seq'):
    prev = hashlib.sha256(prev + struct.pack('>q', row[0]) + b''.join(field(v) for v in row[1:8])).digest()
    if prev.hex() != row[8]:
        sys.exit('event %d does not match its hash' % row[0])
    count += 1
print(count, prev.hex())
)"_s;

int eventsFor(DemoScale scale)
{
    switch (scale) {
    case DemoScale::Small:
        return 20000;
    case DemoScale::Municipality:
        return 100000;
    case DemoScale::Agency:
        break;
    }
    return 400000;
}

// What a CI edit records: who changed which fields from what to what.
AuditEvent sampleEvent(int i)
{
    AuditEvent event;
    event.action = i % 10 == 0 ? u"ci.create"_s : u"ci.update"_s;
    event.objectType = u"configuration_item"_s;
    event.objectId = 1 + i % 100000;
    const QString name = u"srv-%1"_s.arg(i % 100000, 6, 10, QLatin1Char('0'));
    if (i % 10 != 0)
        event.before = QJsonObject {{u"name"_s, name},
                                    {u"site"_s, u"Rathaus"_s},
                                    {u"lifecycle"_s, u"in_production"_s},
                                    {u"availability"_s, 2}};
    event.after = QJsonObject {{u"name"_s, name},
                               {u"site"_s, u"Rechenzentrum Süd"_s},
                               {u"lifecycle"_s, u"in_production"_s},
                               {u"availability"_s, 3}};
    return event;
}

} // namespace

QString benchAuditVerify(Context &context, Report &report)
{
    const int count = eventsFor(context.scale);
    const QString file = QDir(context.work).filePath(u"audit-bench.db"_s);
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(file + suffix);
    auto db = openAndMigrate(DatabaseUrl::sqlite(file), {.createIfMissing = true});
    if (!db)
        return db.error().message;
    ManualClock clock(QDateTime(QDate(2026, 1, 5), QTime(7, 30), QTimeZone::UTC));
    const AuditLog log(**db, u"changedesk-bench"_s, clock);

    // Appended in one transaction, a batch at a time (each joins it).
    QElapsedTimer timer;
    timer.start();
    auto appended = (*db)->write([&]() -> Result<AuditHead> {
        AuditHead head;
        constexpr int kChunk = 10000;
        for (int from = 0; from < count; from += kChunk) {
            QList<AuditEvent> chunk;
            chunk.reserve(kChunk);
            for (int i = from; i < std::min(count, from + kChunk); ++i)
                chunk.append(sampleEvent(i));
            auto done = log.append(chunk);
            if (!done)
                return done;
            head = *done;
            clock.advanceSeconds(1);
        }
        return head;
    });
    const double appendMs = double(timer.nsecsElapsed()) / 1e6;
    if (!appended)
        return appended.error().message;
    if (appended->seq != count)
        return u"appended %1 events but the head is at %2"_s.arg(count).arg(appended->seq);
    report.add({.name = u"audit trail: append %1 events"_s.arg(formatCount(count)),
                .measuredMs = appendMs,
                .note = u"AuditLog::append in batches of 10,000 inside one transaction (SQLite)"_s});

    const int runs = std::min(context.runs, 5);
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        timer.restart();
        auto verified = log.verify();
        times.append(double(timer.nsecsElapsed()) / 1e6);
        if (!verified)
            return verified.error().message;
        if (!verified->intact() || verified->checked != count)
            return u"the audit trail did not verify: %1"_s.arg(
                verified->problem ? verified->problem->message
                                  : u"%1 events checked"_s.arg(verified->checked));
        if (verified->head.hash != appended->hash)
            return u"verify computed another head than append"_s;
    }

    QList<double> referenceTimes;
    for (int run = 0; run < runs; ++run) {
        const ToolRun python = runTool(u"python3"_s, {u"-c"_s, kPythonChain, file});
        if (!python.error.isEmpty())
            return python.error;
        const QString expected = u"%1 %2"_s.arg(count).arg(appended->hash);
        if (QString::fromUtf8(python.output).trimmed() != expected)
            return u"python3 computed another chain: '%1' instead of '%2'"_s.arg(
                QString::fromUtf8(python.output).trimmed(), expected);
        referenceTimes.append(python.ms);
    }

    const double goalMs = count / 200.0; // 200,000 events per second
    const double measured = median(times);
    report.add({.name = u"audit verify, %1 events"_s.arg(formatCount(count)),
                .measuredMs = measured,
                .runs = runs,
                .goalMs = goalMs,
                .goalText = u"≥ 200,000 events/s (≤ %1)"_s.arg(formatMs(goalMs)),
                .referenceMs = median(referenceTimes),
                .referenceText = u"python3 hashlib recomputing the same chain from the same rows"_s,
                .note = u"AuditLog::verify: every row read and rehashed (SQLite, through its own interface "
                        u"where it can be had); %1 events/s; "
                        "python3 found the same head"_s.arg(formatCount(qint64(count / (measured / 1000))))});
    return {};
}

} // namespace ChangeDesk::Bench
