#pragma once

// Helpers shared by the audit trail's tests: sample events, and raw SQL that gets past the
// append-only triggers the way someone tampering with the database would.

#include "audit/auditlog.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace ChangeDesk::Test {

// Event `i` of a sample trail: a CI's change with before and after, some text outside ASCII.
inline AuditEvent sampleEvent(int i)
{
    using namespace Qt::StringLiterals;
    AuditEvent event;
    event.action = i % 3 == 0 ? u"ci.create"_s : u"ci.update"_s;
    event.objectType = u"configuration_item"_s;
    event.objectId = 100 + i;
    if (i % 3 != 0)
        event.before
            = QJsonObject {{u"name"_s, u"srv-%1"_s.arg(i)}, {u"site"_s, u"Rathaus Süd"_s}, {u"c"_s, 2}};
    event.after = QJsonObject {{u"name"_s, u"srv-%1"_s.arg(i)},
                               {u"site"_s, u"Stadhuis \"Noord\"\n2e etage"_s},
                               {u"c"_s, 3},
                               {u"tags"_s, QJsonArray {u"web"_s, 1.5, true, QJsonValue()}}};
    return event;
}

// Runs `statements` with the append-only triggers out of the way (SQLite: dropped; PostgreSQL:
// disabled for the statements and enabled again), as a person with the file or the superuser
// could. On PostgreSQL the chaining trigger is disabled too: what is inserted is stored as given.
inline Status tamper(const Database &db, const QStringList &statements,
                     const QList<QVariantList> &params = {})
{
    using namespace Qt::StringLiterals;
    const bool pg = db.backend() == Backend::PostgreSQL;
    const QStringList before = pg ? QStringList {u"ALTER TABLE audit_event DISABLE TRIGGER USER"_s,
                                                 u"ALTER TABLE audit_head DISABLE TRIGGER USER"_s}
                                  : QStringList {u"DROP TRIGGER IF EXISTS audit_event_no_update"_s,
                                                 u"DROP TRIGGER IF EXISTS audit_event_no_delete"_s};
    const QStringList after = pg ? QStringList {u"ALTER TABLE audit_event ENABLE TRIGGER USER"_s,
                                                u"ALTER TABLE audit_head ENABLE TRIGGER USER"_s}
                                 : QStringList {};
    for (const QString &sql : before) {
        if (auto done = db.exec(sql); !done)
            return fail(done.error());
    }
    for (qsizetype i = 0; i < statements.size(); ++i) {
        if (auto done = db.exec(statements.at(i), params.value(i)); !done)
            return fail(done.error());
    }
    for (const QString &sql : after) {
        if (auto done = db.exec(sql); !done)
            return fail(done.error());
    }
    return {};
}

} // namespace ChangeDesk::Test
