#pragma once

#include "cmdb/ci.h"
#include "cmdb/cistore.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace ChangeDesk::Ui {

// Undo commands for the CMDB. Each is pushed after its first application succeeded (the pane
// applies an edit first so that it can handle a conflict while the user's input is at hand), so
// the first redo() does nothing. Undo and redo write through CiStore, each one transaction
// recorded in the CI's history. They refuse when the CI changed since in a way the command did
// not make (someone else saved); the command then reports through CiStore::failed(), the CI is
// read again and the command is dropped from the stack.
class CiCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(CiCommand)

public:
    CiCommand(CiStore *store, const QString &text);
    void undo() final;
    void redo() final;

protected:
    virtual Status apply() = 0;
    virtual Status revert() = 0;
    // The CI as stored, or an error saying that it changed (or went) since `expected`.
    Result<ConfigurationItem> unchangedSince(const ConfigurationItem &expected) const;

    CiStore *m_store;
    qint64 m_ciId = 0; // the CI to read again when an undo or redo fails

private:
    void failed(const Error &error, bool undoing);

    bool m_applied = true;
};

// Field edits of one CI: before and after are whole CIs.
class EditCiCommand : public CiCommand
{
public:
    EditCiCommand(CiStore *store, ConfigurationItem before, ConfigurationItem after);

private:
    Status apply() override;
    Status revert() override;
    Status write(const ConfigurationItem &from, const ConfigurationItem &to);

    ConfigurationItem m_before;
    ConfigurationItem m_after;
};

// Adding (or, reversed, deleting) a CI. Undoing an add deletes the CI with what was attached to
// it meanwhile; undoing a delete restores it with its id, relations, software and patches.
class CiExistenceCommand : public CiCommand
{
public:
    enum class Kind { Added, Deleted };
    // Added: `snapshot.ci` is the CI as added. Deleted: the snapshot taken before deleting.
    CiExistenceCommand(CiStore *store, Kind kind, CiSnapshot snapshot);

private:
    Status apply() override;
    Status revert() override;
    Status create();
    Status destroy();

    Kind m_kind;
    CiSnapshot m_snapshot;
};

// Adding (or, reversed, removing) a relation.
class RelationCommand : public CiCommand
{
public:
    enum class Kind { Related, Unrelated };
    RelationCommand(CiStore *store, Kind kind, qint64 sourceId, RelationType type, qint64 targetId,
                    const QString &text);

private:
    Status apply() override;
    Status revert() override;
    Status relate();
    Status unrelate();

    Kind m_kind;
    qint64 m_source;
    RelationType m_type;
    qint64 m_target;
};

// Granting (or, reversed, revoking) a rights profile on a CI. Undo and redo find the grant by
// CI, holder and profile, since granting again gives it a new id.
class RightsCommand : public CiCommand
{
public:
    enum class Kind { Granted, Revoked, Changed };
    // `rights` as granted, or as it was before it was revoked, or as it is after a change.
    // `before`: a changed grant as it was.
    RightsCommand(CiStore *store, Kind kind, RightsProfile rights, const QString &text,
                  RightsProfile before = {});

private:
    Status apply() override;
    Status revert() override;
    Status grant();
    Status revoke();
    // The grant that is now `from` becomes `to` again; `to` gets the stored result.
    Status change(const RightsProfile &from, RightsProfile &to);

    Kind m_kind;
    RightsProfile m_rights;
    RightsProfile m_before;
};

} // namespace ChangeDesk::Ui
