#include "cistore.h"

#include "cmdb/citablemodel.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace ChangeDesk::Ui {

CiStore::CiStore(CiTableModel *model, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_clock(clock)
{ }

void CiStore::setDatabase(std::shared_ptr<Database> db)
{
    m_db = std::move(db);
}

QString CiStore::actor() const
{
    return m_db ? m_db->sessionUser() : QString();
}

CiRepository CiStore::repository() const
{
    Q_ASSERT(m_db);
    return CiRepository(*m_db, actor(), m_clock);
}

RightsProfileRepository CiStore::rightsRepository() const
{
    Q_ASSERT(m_db);
    return RightsProfileRepository(*m_db, actor(), m_clock);
}

Result<std::optional<ConfigurationItem>> CiStore::reload(qint64 id)
{
    auto stored = repository().byId(id);
    if (!stored)
        return stored;
    if (*stored)
        m_model->updateItem(CiSummary::of(**stored));
    else
        m_model->removeItem(id);
    Q_EMIT itemChanged(id);
    return stored;
}

Status CiStore::update(ConfigurationItem &ci)
{
    if (auto saved = repository().update(ci); !saved)
        return saved;
    m_model->updateItem(CiSummary::of(ci));
    Q_EMIT itemChanged(ci.id);
    return {};
}

Result<ConfigurationItem> CiStore::add(const ConfigurationItem &ci)
{
    auto added = repository().add(ci);
    if (!added)
        return added;
    m_model->addItem(CiSummary::of(*added));
    Q_EMIT itemChanged(added->id);
    return added;
}

Result<CiSnapshot> CiStore::snapshot(qint64 id) const
{
    return CiSnapshots(*m_db, actor(), m_clock).take(id);
}

Status CiStore::remove(const ConfigurationItem &ci)
{
    if (auto removed = repository().remove(ci); !removed)
        return removed;
    m_model->removeItem(ci.id);
    Q_EMIT itemRemoved(ci.id);
    return {};
}

Result<ConfigurationItem> CiStore::restore(const CiSnapshot &snapshot)
{
    auto restored = CiSnapshots(*m_db, actor(), m_clock).restore(snapshot);
    if (!restored)
        return restored;
    m_model->addItem(CiSummary::of(*restored));
    Q_EMIT itemChanged(restored->id);
    for (const CiRelation &relation : snapshot.relations)
        Q_EMIT relationsChanged(relation.sourceId, relation.targetId);
    if (!snapshot.rights.isEmpty())
        Q_EMIT rightsChanged(restored->id);
    return restored;
}

Result<CiRelation> CiStore::relate(qint64 sourceId, RelationType type, qint64 targetId)
{
    auto related = repository().relate(sourceId, type, targetId);
    if (related)
        Q_EMIT relationsChanged(sourceId, targetId);
    return related;
}

Status CiStore::unrelate(qint64 sourceId, RelationType type, qint64 targetId)
{
    const CiRepository cis = repository();
    auto relations = cis.relationsOf(sourceId);
    if (!relations)
        return fail(relations.error());
    for (const CiRelation &relation : std::as_const(*relations)) {
        if (relation.sourceId == sourceId && relation.targetId == targetId && relation.type == type) {
            if (auto removed = cis.unrelate(relation); !removed)
                return removed;
            Q_EMIT relationsChanged(sourceId, targetId);
            return {};
        }
    }
    const auto names = cis.names({sourceId, targetId});
    const QString source
        = names ? names->value(sourceId, QString::number(sourceId)) : QString::number(sourceId);
    const QString target
        = names ? names->value(targetId, QString::number(targetId)) : QString::number(targetId);
    return fail(ErrorKind::NotFound,
                tr("The relation '%1' %2 '%3' no longer exists: someone else removed it.")
                    .arg(source, CmdbNames::display(type), target));
}

Result<RightsProfile> CiStore::grant(const RightsProfile &rights)
{
    auto granted = rightsRepository().add(rights);
    if (granted)
        Q_EMIT rightsChanged(granted->ciId);
    return granted;
}

Status CiStore::revoke(const RightsProfile &rights)
{
    if (auto removed = rightsRepository().remove(rights); !removed)
        return removed;
    Q_EMIT rightsChanged(rights.ciId);
    return {};
}

Status CiStore::changeGrant(RightsProfile &rights)
{
    if (auto changed = rightsRepository().update(rights); !changed)
        return changed;
    Q_EMIT rightsChanged(rights.ciId);
    return {};
}

Result<std::optional<RightsProfile>> CiStore::findGrant(const RightsProfile &rights) const
{
    auto granted = rightsRepository().ofCi(rights.ciId);
    if (!granted)
        return fail(granted.error());
    const QString profile = RightsProfileRepository::normalizeProfile(rights.profile);
    for (const RightsProfile &existing : std::as_const(*granted)) {
        if (existing.personId == rights.personId && existing.orgUnitId == rights.orgUnitId
            && existing.profile == profile)
            return std::optional(existing);
    }
    return std::optional<RightsProfile>();
}

} // namespace ChangeDesk::Ui
