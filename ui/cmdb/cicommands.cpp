#include "cicommands.h"

#include "cmdb/cirepository.h"

using namespace Qt::StringLiterals;

namespace ChangeDesk::Ui {

CiCommand::CiCommand(CiStore *store, const QString &text)
    : QUndoCommand(text)
    , m_store(store)
{ }

void CiCommand::redo()
{
    if (std::exchange(m_applied, false))
        return; // applied before it was pushed
    if (auto done = apply(); !done)
        failed(done.error(), false);
}

void CiCommand::undo()
{
    if (auto done = revert(); !done)
        failed(done.error(), true);
}

void CiCommand::failed(const Error &error, bool undoing)
{
    setObsolete(true);
    if (m_ciId > 0)
        (void)m_store->reload(m_ciId); // show what is stored now; a failed read leaves the row as it was
    m_store->reportFailure(undoing ? tr("Undo “%1” failed: %2").arg(text(), error.message)
                                   : tr("Redo “%1” failed: %2").arg(text(), error.message));
}

Result<ConfigurationItem> CiCommand::unchangedSince(const ConfigurationItem &expected) const
{
    auto stored = m_store->repository().byId(expected.id);
    if (!stored)
        return fail(stored.error());
    if (!*stored)
        return fail(ErrorKind::NotFound,
                    tr("'%1' cannot be changed back: it no longer exists.").arg(expected.name));
    if (!CiRepository::differences(**stored, expected).isEmpty())
        return fail(ErrorKind::Conflict,
                    tr("'%1' cannot be changed back: it was changed since (by someone else or in another "
                       "window). Nothing was written.")
                        .arg(expected.name));
    return **stored;
}

// ---- EditCiCommand ----------------------------------------------------------------------------------

EditCiCommand::EditCiCommand(CiStore *store, ConfigurationItem before, ConfigurationItem after)
    : CiCommand(store, CiCommand::tr("Edit '%1'").arg(after.name))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    m_ciId = m_after.id;
}

Status EditCiCommand::write(const ConfigurationItem &from, const ConfigurationItem &to)
{
    auto current = unchangedSince(from);
    if (!current)
        return fail(current.error());
    ConfigurationItem target = to;
    target.rowVersion = current->rowVersion;
    return m_store->update(target);
}

Status EditCiCommand::apply()
{
    return write(m_before, m_after);
}

Status EditCiCommand::revert()
{
    return write(m_after, m_before);
}

// ---- CiExistenceCommand -----------------------------------------------------------------------------

CiExistenceCommand::CiExistenceCommand(CiStore *store, Kind kind, CiSnapshot snapshot)
    : CiCommand(store,
                kind == Kind::Added ? CiCommand::tr("Add '%1'").arg(snapshot.ci.name)
                                    : CiCommand::tr("Delete '%1'").arg(snapshot.ci.name))
    , m_kind(kind)
    , m_snapshot(std::move(snapshot))
{
    m_ciId = m_snapshot.ci.id;
}

Status CiExistenceCommand::create()
{
    auto restored = m_store->restore(m_snapshot);
    if (!restored)
        return fail(restored.error());
    return {};
}

Status CiExistenceCommand::destroy()
{
    // Whatever was attached meanwhile goes with it, and comes back with an undo.
    auto current = unchangedSince(m_snapshot.ci);
    if (!current)
        return fail(current.error());
    auto snapshot = m_store->snapshot(m_snapshot.ci.id);
    if (!snapshot)
        return fail(snapshot.error());
    if (auto removed = m_store->remove(snapshot->ci); !removed)
        return removed;
    m_snapshot = std::move(*snapshot);
    return {};
}

Status CiExistenceCommand::apply()
{
    return m_kind == Kind::Added ? create() : destroy();
}

Status CiExistenceCommand::revert()
{
    return m_kind == Kind::Added ? destroy() : create();
}

// ---- RelationCommand --------------------------------------------------------------------------------

RelationCommand::RelationCommand(CiStore *store, Kind kind, qint64 sourceId, RelationType type,
                                 qint64 targetId, const QString &text)
    : CiCommand(store, text)
    , m_kind(kind)
    , m_source(sourceId)
    , m_type(type)
    , m_target(targetId)
{ }

Status RelationCommand::relate()
{
    auto related = m_store->relate(m_source, m_type, m_target);
    if (!related)
        return fail(related.error());
    return {};
}

Status RelationCommand::unrelate()
{
    return m_store->unrelate(m_source, m_type, m_target);
}

Status RelationCommand::apply()
{
    return m_kind == Kind::Related ? relate() : unrelate();
}

Status RelationCommand::revert()
{
    return m_kind == Kind::Related ? unrelate() : relate();
}

// ---- RightsCommand ----------------------------------------------------------------------------------

RightsCommand::RightsCommand(CiStore *store, Kind kind, RightsProfile rights, const QString &text,
                             RightsProfile before)
    : CiCommand(store, text)
    , m_kind(kind)
    , m_rights(std::move(rights))
    , m_before(std::move(before))
{
    m_ciId = m_rights.ciId;
}

Status RightsCommand::grant()
{
    auto granted = m_store->grant(m_rights);
    if (!granted)
        return fail(granted.error());
    m_rights = *granted;
    return {};
}

Status RightsCommand::revoke()
{
    auto current = m_store->findGrant(m_rights);
    if (!current)
        return fail(current.error());
    if (!*current)
        return fail(ErrorKind::NotFound,
                    tr("The rights profile '%1' on '%2' no longer exists: someone else revoked it.")
                        .arg(RightsProfileRepository::displayName(m_rights.profile), m_rights.ciName));
    if (auto revoked = m_store->revoke(**current); !revoked)
        return revoked;
    m_rights = **current;
    return {};
}

Status RightsCommand::change(const RightsProfile &from, RightsProfile &to)
{
    auto current = m_store->findGrant(from);
    if (!current)
        return fail(current.error());
    if (!*current)
        return fail(ErrorKind::NotFound,
                    tr("The rights profile '%1' on '%2' no longer exists: someone else revoked or changed it.")
                        .arg(RightsProfileRepository::displayName(from.profile), from.ciName));
    if ((*current)->description != from.description)
        return fail(ErrorKind::Conflict,
                    tr("The rights profile '%1' on '%2' was changed by someone else in the meantime; "
                       "nothing was saved.")
                        .arg(RightsProfileRepository::displayName(from.profile), from.ciName));
    RightsProfile changed = to;
    changed.id = (*current)->id;
    changed.rowVersion = (*current)->rowVersion;
    if (auto saved = m_store->changeGrant(changed); !saved)
        return saved;
    to = changed;
    return {};
}

Status RightsCommand::apply()
{
    switch (m_kind) {
    case Kind::Granted:
        return grant();
    case Kind::Revoked:
        return revoke();
    case Kind::Changed:
        return change(m_before, m_rights);
    }
    return {};
}

Status RightsCommand::revert()
{
    switch (m_kind) {
    case Kind::Granted:
        return revoke();
    case Kind::Revoked:
        return grant();
    case Kind::Changed:
        return change(m_rights, m_before);
    }
    return {};
}

} // namespace ChangeDesk::Ui
