#include "cisnapshot.h"

#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace ChangeDesk {

CiSnapshots::CiSnapshots(const Database &db, QString actor, const Clock &clock)
    : m_db(db)
    , m_actor(std::move(actor))
    , m_clock(clock)
{ }

Result<CiSnapshot> CiSnapshots::take(qint64 id) const
{
    const CiRepository cis(m_db, m_actor, m_clock);
    auto stored = cis.byId(id);
    if (!stored)
        return fail(stored.error());
    if (!*stored)
        return fail(ErrorKind::NotFound,
                    tr("Configuration item %1 no longer exists: someone else deleted it.").arg(id));
    CiSnapshot snapshot;
    snapshot.ci = **stored;
    auto relations = cis.relationsOf(id);
    if (!relations)
        return fail(relations.error());
    snapshot.relations = *relations;
    const SoftwareRepository software(m_db, m_clock);
    auto installed = software.installedOn(id);
    if (!installed)
        return fail(installed.error());
    snapshot.software = *installed;
    auto patches = software.patchesOf(id);
    if (!patches)
        return fail(patches.error());
    snapshot.patches = *patches;
    auto rights = RightsProfileRepository(m_db, m_actor, m_clock).ofCi(id);
    if (!rights)
        return fail(rights.error());
    snapshot.rights = *rights;
    return snapshot;
}

Result<ConfigurationItem> CiSnapshots::restore(const CiSnapshot &snapshot) const
{
    const CiRepository cis(m_db, m_actor, m_clock);
    const SoftwareRepository software(m_db, m_clock);
    const RightsProfileRepository rights(m_db, m_actor, m_clock);
    return m_db.write([&]() -> Result<ConfigurationItem> {
        auto ci = cis.restore(snapshot.ci);
        if (!ci)
            return ci;
        QList<qint64> others;
        for (const CiRelation &relation : snapshot.relations)
            others << (relation.sourceId == ci->id ? relation.targetId : relation.sourceId);
        auto existing = cis.names(others);
        if (!existing)
            return fail(existing.error());
        for (const CiRelation &relation : snapshot.relations) {
            const qint64 other = relation.sourceId == ci->id ? relation.targetId : relation.sourceId;
            if (!existing->contains(other))
                continue; // deleted meanwhile; nothing to relate to
            if (auto related = cis.relate(relation.sourceId, relation.type, relation.targetId); !related)
                return fail(related.error());
        }
        for (const InstalledSoftware &item : snapshot.software) {
            if (auto installed = software.install(ci->id, item.vendor, item.productName, item.version,
                                                  item.purl, item.cpe23, item.source);
                !installed)
                return fail(installed.error());
        }
        // patchesOf() is newest first; put them back oldest first.
        for (auto it = snapshot.patches.crbegin(); it != snapshot.patches.crend(); ++it) {
            AppliedPatch patch = *it;
            patch.id = 0;
            if (auto recorded = software.recordPatch(patch); !recorded)
                return fail(recorded.error());
        }
        // Rights of people and units that are still there (deleting a person revokes theirs):
        // granting to a holder that is gone fails with NotFound, without touching the transaction.
        for (RightsProfile grant : snapshot.rights) {
            grant.id = 0;
            grant.rowVersion = 0;
            grant.ciId = ci->id;
            if (auto granted = rights.add(grant); !granted && granted.error().kind != ErrorKind::NotFound)
                return fail(granted.error());
        }
        return ci;
    });
}

} // namespace ChangeDesk
