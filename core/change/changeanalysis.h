#pragma once

#include "cmdb/impact.h"
#include "common/error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ChangeDesk {

class Database;

// What a change touches, for the suggestion of its classification: one affected CI with its
// effective protection need (maximum principle, see ImpactAnalysis) and how many CIs depend on it.
struct AffectedCi {
    qint64 id = 0;
    QString name;
    InheritedProtection protection;
    QHash<qint64, QString> sourceNames; // names of the CIs the levels come from
    int dependents = 0;
};

// A category and priority the change manager starts from and may override with a reason (M5),
// with why, in words.
struct ClassificationSuggestion {
    QString category; // minor, serious, far_reaching (ChangeFields::conditionValues())
    QString priority; // high, normal, low
    QStringList reasons;
};

// Rules that look at a change as a whole.
class ChangeAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(ChangeAnalysis)

public:
    // A change that many CIs depend on goes to the CAB even when none of them needs much
    // protection.
    static constexpr int kManyDependents = 100;

    // The category follows the highest effective protection need among the affected CIs (BSI
    // levels): very high -> far-reaching (security management, then the CAB), high -> serious
    // (the CAB), normal -> minor (the change manager); with kManyDependents or more dependents at
    // least serious. The priority is high for an emergency change (type "emergency") and for a
    // security-relevant change of a high or very high need, low for a minor change that is not
    // security-relevant, normal otherwise.
    static ClassificationSuggestion suggest(const QList<AffectedCi> &affected, const QString &type,
                                            bool securityRelevant);
    // The same, reading the CIs, their effective protection and dependents from the database.
    static Result<ClassificationSuggestion> suggest(const Database &db, const QList<qint64> &ciIds,
                                                    const QString &type, bool securityRelevant);

    // What duplicate detection compares: an open request's id, its words and its CIs.
    struct Request {
        qint64 id = 0;
        QString title;
        QString description;
        QList<qint64> ciIds;
    };
    struct Similar {
        qint64 id = 0;
        double score = 0; // 0..1
        QList<qint64> sharedCis;
        QStringList sharedWords;
    };
    // The open requests that look like `candidate`, most similar first: the share of words
    // (title and description, case and accents ignored, words of three letters or more) and the
    // share of affected CIs both count, words 60 %, CIs 40 %; a request with no CI in common
    // needs nearly the same wording. At least `threshold` (0..1).
    static QList<Similar> similarRequests(const Request &candidate, const QList<Request> &open,
                                          double threshold = 0.45);
    // The words duplicate detection compares, in order of first appearance.
    static QStringList words(const QString &text);
};

} // namespace ChangeDesk
