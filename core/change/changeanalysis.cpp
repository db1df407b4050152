#include "changeanalysis.h"

#include "cmdb/cirepository.h"
#include "storage/database.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {

// The highest of the three dimensions, and which one it is (the first of equals).
std::pair<const InheritedLevel *, QString> highest(const InheritedProtection &p)
{
    const InheritedLevel *level = &p.confidentiality;
    QString dimension = ChangeAnalysis::tr("confidentiality");
    if (p.integrity.level > level->level) {
        level = &p.integrity;
        dimension = ChangeAnalysis::tr("integrity");
    }
    if (p.availability.level > level->level) {
        level = &p.availability;
        dimension = ChangeAnalysis::tr("availability");
    }
    return {level, dimension};
}

int rank(const QString &category)
{
    return category == u"far_reaching" ? 2 : category == u"serious" ? 1 : 0;
}

} // namespace

ClassificationSuggestion ChangeAnalysis::suggest(const QList<AffectedCi> &affected, const QString &type,
                                                 bool securityRelevant)
{
    ClassificationSuggestion suggestion;
    suggestion.category = u"minor"_s;
    ProtectionLevel top = ProtectionLevel::Normal;
    for (const AffectedCi &ci : affected) {
        const auto [level, dimension] = highest(ci.protection);
        QString category = level->level == ProtectionLevel::VeryHigh ? u"far_reaching"_s
            : level->level == ProtectionLevel::High                  ? u"serious"_s
                                                                     : u"minor"_s;
        if (level->level != ProtectionLevel::Normal) {
            const QString source = ci.sourceNames.value(level->sourceId, ci.name);
            suggestion.reasons << (level->sourceId == ci.id || source == ci.name
                                       ? tr("'%1' has a %2 need for %3.")
                                             .arg(ci.name, CmdbNames::display(level->level).toLower(),
                                                  dimension)
                                       : tr("'%1' has a %2 need for %3, from '%4' that depends on it.")
                                             .arg(ci.name, CmdbNames::display(level->level).toLower(),
                                                  dimension, source));
        }
        if (ci.dependents >= kManyDependents && rank(category) < 1) {
            category = u"serious"_s;
            suggestion.reasons
                << tr("%n configuration item(s) depend on '%1'.", nullptr, ci.dependents).arg(ci.name);
        }
        if (rank(category) > rank(suggestion.category))
            suggestion.category = category;
        top = std::max(top, level->level);
    }
    if (suggestion.reasons.isEmpty())
        suggestion.reasons << tr("No affected configuration item needs more than normal protection.");

    if (type == u"emergency") {
        suggestion.priority = u"high"_s;
        suggestion.reasons << tr("An emergency change has high priority.");
    } else if (securityRelevant && top != ProtectionLevel::Normal) {
        suggestion.priority = u"high"_s;
        suggestion.reasons << tr("It is security-relevant and touches a high protection need.");
    } else if (suggestion.category == u"minor" && !securityRelevant) {
        suggestion.priority = u"low"_s;
    } else {
        suggestion.priority = u"normal"_s;
    }
    return suggestion;
}

Result<ClassificationSuggestion> ChangeAnalysis::suggest(const Database &db, const QList<qint64> &ciIds,
                                                         const QString &type, bool securityRelevant)
{
    const CiRepository cis(db, {});
    QList<AffectedCi> affected;
    for (const qint64 id : ciIds) {
        auto graph = ImpactAnalysis::loadDependentsOf(db, id);
        if (!graph)
            return fail(graph.error());
        const QList<qint64> dependents = graph->dependentIds(id);
        auto own = ImpactAnalysis::loadProtection(db, QList<qint64> {id} + dependents);
        if (!own)
            return fail(own.error());
        if (!own->contains(id))
            return fail(ErrorKind::NotFound, tr("There is no configuration item with id %1.").arg(id));
        AffectedCi ci;
        ci.id = id;
        ci.protection = graph->inheritedProtection(id, *own);
        ci.dependents = int(dependents.size());
        auto names = cis.names({id, ci.protection.confidentiality.sourceId, ci.protection.integrity.sourceId,
                                ci.protection.availability.sourceId});
        if (!names)
            return fail(names.error());
        ci.name = names->value(id);
        ci.sourceNames = *names;
        affected << ci;
    }
    return suggest(affected, type, securityRelevant);
}

QStringList ChangeAnalysis::words(const QString &text)
{
    // Accents go (ä -> a, é -> e), so "Aktualisierung" and "aktualisierung" and "Sicherheits-Update"
    // compare word by word.
    const QString folded = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QStringList result;
    QSet<QString> seen;
    QString word;
    auto flush = [&] {
        if (word.size() >= 3 && !seen.contains(word)) {
            seen.insert(word);
            result << word;
        }
        word.clear();
    };
    for (const QChar c : folded) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber())
            word += c;
        else
            flush();
    }
    flush();
    return result;
}

QList<ChangeAnalysis::Similar> ChangeAnalysis::similarRequests(const Request &candidate,
                                                               const QList<Request> &open, double threshold)
{
    const QStringList mine = words(candidate.title + u' ' + candidate.description);
    const QSet<QString> myWords(mine.cbegin(), mine.cend());
    const QSet<qint64> myCis(candidate.ciIds.cbegin(), candidate.ciIds.cend());
    QList<Similar> result;
    for (const Request &other : open) {
        if (other.id == candidate.id && candidate.id != 0)
            continue;
        Similar similar;
        similar.id = other.id;
        const QStringList theirs = words(other.title + u' ' + other.description);
        QSet<QString> union_ = myWords;
        for (const QString &w : theirs) {
            if (myWords.contains(w))
                similar.sharedWords << w;
            union_.insert(w);
        }
        QSet<qint64> cis = myCis;
        for (const qint64 id : other.ciIds) {
            if (myCis.contains(id) && !similar.sharedCis.contains(id))
                similar.sharedCis << id;
            cis.insert(id);
        }
        std::sort(similar.sharedCis.begin(), similar.sharedCis.end());
        const double wordShare
            = union_.isEmpty() ? 0 : double(similar.sharedWords.size()) / double(union_.size());
        const double ciShare = cis.isEmpty() ? 0 : double(similar.sharedCis.size()) / double(cis.size());
        similar.score = 0.6 * wordShare + 0.4 * ciShare;
        if (similar.score >= threshold)
            result << similar;
    }
    std::stable_sort(result.begin(), result.end(), [](const Similar &a, const Similar &b) {
        return a.score != b.score ? a.score > b.score : a.id < b.id;
    });
    return result;
}

} // namespace ChangeDesk
