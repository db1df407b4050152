#include "changeagenda.h"

#include "storage/database.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {

double ratio(int part, int whole)
{
    return whole > 0 ? double(part) / whole : -1.0;
}

QDate monthOf(const QDateTime &when)
{
    const QDate day = when.toUTC().date();
    return QDate(day.year(), day.month(), 1);
}

int priorityRank(const QString &priority)
{
    return priority == u"high" ? 0 : priority == u"normal" ? 1 : priority == u"low" ? 2 : 3;
}

double median(QList<double> values)
{
    std::ranges::sort(values);
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

} // namespace

double MonthKpi::successRate() const
{
    return ratio(succeeded, succeeded + failed);
}

double MonthKpi::emergencyShare() const
{
    return ratio(emergency, created);
}

double MonthKpi::rollbackRate() const
{
    return ratio(rolledBack, succeeded + failed);
}

ChangeAgenda::ChangeAgenda(const Database &db, const WorkflowDefinition &definition, const Clock &clock)
    : m_db(db)
    , m_definition(definition)
    , m_clock(clock)
{ }

Result<QList<ChangeToDo>> ChangeAgenda::todos(const ChangeActor &actor) const
{
    QStringList open;
    for (const WorkflowState &s : m_definition.states()) {
        if (!s.final)
            open << s.id;
    }
    const QStringList marks(open.size(), u"?"_s);
    auto rows = m_db.exec(
        u"SELECT r.id, r.title, r.state, r.change_type, r.category, r.priority, r.security_relevant, "
        u"r.applicant_id, "
        "r.planned_start, r.planned_end, r.actual_start, r.evaluation_due, r.evaluated_at, "
        "(SELECT MIN(o.id) FROM change_objection o WHERE o.change_id = r.id AND o.status = 'open'), "
        "(SELECT MIN(o.id) FROM change_objection o WHERE o.change_id = r.id AND o.status = 'escalated') "
        "FROM change_request r WHERE r.state IN (%1)"_s.arg(marks.join(u", "_s)),
        QVariantList(open.cbegin(), open.cend()), tr("reading the to-do list"));
    if (!rows)
        return fail(rows.error());
    const Dialect &d = m_db.dialect();
    const QDateTime now = m_clock.now();
    const WorkflowActor who = actor.workflowActor();
    const QSet<QString> allFields(ChangeFields::keys().cbegin(), ChangeFields::keys().cend());
    QList<ChangeToDo> list;
    while (rows->next()) {
        ChangeToDo base;
        base.changeId = rows->value(0).toLongLong();
        base.title = rows->value(1).toString();
        base.state = rows->value(2).toString();
        base.priority = rows->value(5).toString();
        ChangeFacts facts;
        facts.state = base.state;
        facts.values = {{u"type"_s, rows->value(3).toString()},
                        {u"category"_s, rows->value(4).toString()},
                        {u"priority"_s, base.priority},
                        {u"security_relevant"_s, rows->value(6).toBool() ? u"true"_s : u"false"_s}};
        facts.applicantId = rows->value(7).toLongLong();
        const qint64 openObjection = rows->value(13).isNull() ? 0 : rows->value(13).toLongLong();
        const qint64 escalated = rows->value(14).isNull() ? 0 : rows->value(14).toLongLong();
        facts.objectionOpen = openObjection || escalated;

        const QDateTime plannedStart = d.dateTimeFromDb(rows->value(8));
        const QDateTime plannedEnd = d.dateTimeFromDb(rows->value(9));
        const QDateTime actualStart = d.dateTimeFromDb(rows->value(10));
        const QDateTime evaluationDue = d.dateTimeFromDb(rows->value(11));
        const bool evaluated = !rows->value(12).isNull();
        base.due = evaluationDue.isValid() && !evaluated ? evaluationDue
            : !actualStart.isValid()                     ? plannedStart
                                                         : plannedEnd;
        base.overdue = base.due.isValid() && base.due < now;

        QStringList main;
        QStringList waysOut;
        // A draft is its applicant's work in progress, on nobody else's list. Missing fields are
        // part of the work: the workflow's check is asked as if everything were filled in.
        facts.filled = allFields;
        const bool othersDraft
            = facts.state == m_definition.initialState() && facts.applicantId != actor.personId;
        for (const WorkflowTransition *t :
             othersDraft ? QList<const WorkflowTransition *>() : m_definition.available(facts, who))
            (t->ignoresObjection ? waysOut : main) << t->action;
        if (!main.isEmpty() || !waysOut.isEmpty()) {
            ChangeToDo todo = base;
            todo.actions = main.isEmpty() ? waysOut : main;
            list << todo;
        }
        if (openObjection && actor.has(u"change_manager"_s)) {
            ChangeToDo todo = base;
            todo.kind = ChangeToDo::Kind::Objection;
            todo.objectionId = openObjection;
            todo.actions = {u"accept"_s, u"escalate"_s};
            list << todo;
        }
        if (escalated && actor.has(u"management"_s)) {
            ChangeToDo todo = base;
            todo.kind = ChangeToDo::Kind::Objection;
            todo.objectionId = escalated;
            todo.actions = {u"uphold"_s, u"dismiss"_s};
            list << todo;
        }
    }
    std::ranges::stable_sort(list, [](const ChangeToDo &a, const ChangeToDo &b) {
        if (a.overdue != b.overdue)
            return a.overdue;
        if (a.due.isValid() != b.due.isValid())
            return a.due.isValid();
        if (a.due != b.due)
            return a.due < b.due;
        if (priorityRank(a.priority) != priorityRank(b.priority))
            return priorityRank(a.priority) < priorityRank(b.priority);
        return a.changeId < b.changeId;
    });
    return list;
}

Result<QList<qint64>> ChangeAgenda::overdueEvaluations() const
{
    auto rows
        = m_db.exec(u"SELECT id FROM change_request WHERE evaluation_due IS NOT NULL AND evaluation_due < ? "
                    "AND evaluated_at IS NULL AND ended_at IS NULL ORDER BY evaluation_due, id"_s,
                    {m_db.dialect().toDb(m_clock.now())}, tr("looking for overdue evaluations"));
    if (!rows)
        return fail(rows.error());
    QList<qint64> ids;
    while (rows->next())
        ids << rows->value(0).toLongLong();
    return ids;
}

Result<QList<MonthKpi>> ChangeAgenda::kpis(const QDate &from, const QDate &to) const
{
    if (!from.isValid() || !to.isValid() || to < from)
        return fail(ErrorKind::InvalidInput,
                    tr("The key figures need a period whose end (%1) is not before its start (%2).")
                        .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)));
    QList<MonthKpi> months;
    QHash<QDate, qsizetype> index;
    for (QDate m(from.year(), from.month(), 1); m <= to; m = m.addMonths(1)) {
        index.insert(m, months.size());
        MonthKpi kpi;
        kpi.month = m;
        months << kpi;
    }
    if (months.size() > 1200)
        return fail(ErrorKind::InvalidInput, tr("The key figures cover at most 100 years at a time."));
    auto rows = m_db.exec(
        u"SELECT change_type, category, state, created_at, ended_at, actual_start, rolled_back_at, "
        "evaluation_due, evaluated_at FROM change_request"_s,
        {}, tr("computing the key figures"));
    if (!rows)
        return fail(rows.error());
    const Dialect &d = m_db.dialect();
    const QDateTime now = m_clock.now();
    QHash<QDate, QHash<QString, QList<double>>> leadDays;
    while (rows->next()) {
        const QString type = rows->value(0).toString();
        const QString category = rows->value(1).toString();
        const QString state = rows->value(2).toString();
        const QDateTime created = d.dateTimeFromDb(rows->value(3));
        const QDateTime ended = d.dateTimeFromDb(rows->value(4));
        const bool started = !rows->value(5).isNull();
        const bool rolledBack = !rows->value(6).isNull();
        const QDateTime due = d.dateTimeFromDb(rows->value(7));
        const QDateTime evaluated = d.dateTimeFromDb(rows->value(8));

        if (const auto at = index.constFind(monthOf(created)); at != index.cend()) {
            MonthKpi &kpi = months[*at];
            ++kpi.created;
            if (type == u"emergency")
                ++kpi.emergency;
        }
        if (ended.isValid()) {
            if (const auto at = index.constFind(monthOf(ended)); at != index.cend()) {
                MonthKpi &kpi = months[*at];
                ++kpi.ended;
                if (!started) {
                    ++kpi.rejected;
                } else if (state == u"closed" && !rolledBack) {
                    ++kpi.succeeded;
                    leadDays[kpi.month][category].append(created.secsTo(ended) / 86400.0);
                } else {
                    ++kpi.failed;
                }
                if (rolledBack)
                    ++kpi.rolledBack;
            }
        }
        if (due.isValid()) {
            if (const auto at = index.constFind(monthOf(due)); at != index.cend()) {
                MonthKpi &kpi = months[*at];
                ++kpi.evaluationsDue;
                if ((evaluated.isValid() && evaluated > due) || (!evaluated.isValid() && due < now))
                    ++kpi.evaluationsOverdue;
            }
        }
    }
    for (MonthKpi &kpi : months) {
        const auto perCategory = leadDays.value(kpi.month);
        for (auto it = perCategory.cbegin(); it != perCategory.cend(); ++it)
            kpi.medianLeadDays.insert(it.key(), median(it.value()));
    }
    return months;
}

} // namespace ChangeDesk
