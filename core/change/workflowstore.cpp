#include "change/workflowstore.h"

#include "audit/auditlog.h"
#include "change/changeservice.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QMap>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {

const QString kSelect = u"SELECT w.id, w.name, w.sha256, w.installed_by, p.login, w.installed_at "
                        "FROM workflow_definition w LEFT JOIN person p ON p.id = w.installed_by "_s;

InstalledWorkflow fromRow(const QSqlQuery &row, const Dialect &dialect)
{
    InstalledWorkflow w;
    w.id = row.value(0).toLongLong();
    w.name = row.value(1).toString();
    w.sha256 = row.value(2).toString();
    w.installedBy = row.value(3).toLongLong();
    w.installedByLogin = row.value(4).toString();
    w.installedAt = dialect.dateTimeFromDb(row.value(5));
    return w;
}

InstalledWorkflow shipped()
{
    InstalledWorkflow w;
    w.name = WorkflowDefinition::builtIn().name();
    w.sha256 = QString::fromLatin1(
        QCryptographicHash::hash(WorkflowDefinition::builtInJson(), QCryptographicHash::Sha256).toHex());
    return w;
}

QJsonObject describe(const InstalledWorkflow &w)
{
    return {{u"id"_s, w.id}, {u"name"_s, w.name}, {u"sha256"_s, w.sha256}, {u"shipped"_s, w.shipped()}};
}

} // namespace

WorkflowStore::WorkflowStore(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Result<InstalledWorkflow> WorkflowStore::current() const
{
    auto row
        = m_db.exec(kSelect + u"ORDER BY w.id DESC LIMIT 1"_s, {}, tr("reading the workflow definition"));
    if (!row)
        return fail(row.error());
    if (!row->next())
        return shipped();
    return fromRow(*row, m_db.dialect());
}

Result<QList<InstalledWorkflow>> WorkflowStore::history() const
{
    auto rows = m_db.exec(kSelect + u"ORDER BY w.id"_s, {}, tr("reading the workflow definitions"));
    if (!rows)
        return fail(rows.error());
    QList<InstalledWorkflow> all;
    while (rows->next())
        all << fromRow(*rows, m_db.dialect());
    return all;
}

Result<QByteArray> WorkflowStore::activeJson() const
{
    auto row = m_db.exec(u"SELECT definition FROM workflow_definition ORDER BY id DESC LIMIT 1"_s, {},
                         tr("reading the workflow definition"));
    if (!row)
        return fail(row.error());
    if (!row->next())
        return WorkflowDefinition::builtInJson();
    return row->value(0).toString().toUtf8();
}

Result<WorkflowDefinition> WorkflowStore::active() const
{
    auto row = m_db.exec(
        u"SELECT name, installed_at, definition FROM workflow_definition ORDER BY id DESC LIMIT 1"_s, {},
        tr("reading the workflow definition"));
    if (!row)
        return fail(row.error());
    if (!row->next())
        return WorkflowDefinition::builtIn();
    const QDateTime installedAt = m_db.dialect().dateTimeFromDb(row->value(1));
    return WorkflowDefinition::fromJson(
        row->value(2).toString().toUtf8(),
        tr("The workflow definition '%1' (installed %2)")
            .arg(row->value(0).toString(), installedAt.toString(u"yyyy-MM-dd HH:mm 'UTC'"_s)));
}

Result<InstalledWorkflow> WorkflowStore::install(const QByteArray &json, const QString &source,
                                                 const ChangeActor &actor) const
{
    if (!actor.has(u"administrator"_s))
        return fail(
            ErrorKind::ReadOnly,
            tr("Only an administrator may install a workflow definition; %1 is not one.").arg(actor.login));
    auto definition = WorkflowDefinition::fromJson(json, source);
    if (!definition)
        return fail(definition.error());

    return m_db.write([&]() -> Result<InstalledWorkflow> {
        auto before = current();
        if (!before)
            return fail(before.error());
        // Requests stay where they are: each of their states must exist in the new definition.
        auto states = m_db.exec(u"SELECT state, COUNT(*) FROM change_request GROUP BY state ORDER BY state"_s,
                                {}, tr("reading the states of the requests for change"));
        if (!states)
            return fail(states.error());
        QStringList stranded;
        while (states->next()) {
            const QString state = states->value(0).toString();
            if (!definition->state(state))
                stranded << tr("%n request(s) in '%1'", nullptr, states->value(1).toInt()).arg(state);
        }
        if (!stranded.isEmpty())
            return fail(
                ErrorKind::Conflict,
                tr("%1 does not have every state that requests for change are in: %2. Keep those states "
                   "(they may be left by new transitions) or finish the requests first.")
                    .arg(source, stranded.join(u"; "_s)));

        InstalledWorkflow w;
        w.name = definition->name();
        w.sha256 = QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
        w.installedBy = actor.personId;
        w.installedByLogin = actor.login;
        w.installedAt = m_clock.now();
        auto inserted = m_db.exec(
            u"INSERT INTO workflow_definition (name, definition, sha256, installed_by, "
            "installed_at) VALUES (?, ?, ?, ?, ?) RETURNING id"_s,
            {w.name, QString::fromUtf8(json), w.sha256, actor.personId, m_db.dialect().toDb(w.installedAt)},
            tr("installing the workflow definition '%1'").arg(w.name));
        if (!inserted)
            return fail(inserted.error());
        inserted->next();
        w.id = inserted->value(0).toLongLong();

        AuditEvent event;
        event.action = u"workflow.install"_s;
        event.objectType = u"workflow"_s;
        event.objectId = w.id;
        event.before = describe(*before);
        QJsonObject after = describe(w);
        after.insert(u"states"_s, int(definition->states().size()));
        after.insert(u"transitions"_s, int(definition->transitions().size()));
        event.after = after;
        if (auto logged = AuditLog(m_db, actor.login, m_clock).record(event); !logged)
            return fail(logged.error());
        return w;
    });
}

} // namespace ChangeDesk
