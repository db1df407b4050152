// Takes workflow transitions on requests for change until it is killed, and acknowledges each
// one on standard output once its transaction has committed:
//     ack ID ACTION ROW_VERSION STATE
// tst_changecrash kills it at seeded points and checks what survived.
// Usage: tst_changecrash_worker DATABASE_URL

#include "change/changeservice.h"
#include "people/peoplerepository.h"
#include "people/personroles.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

namespace {

Result<ChangeActor> person(const Database &db, const QString &login)
{
    auto p = PeopleRepository(db).personByLogin(login);
    if (!p)
        return fail(p.error());
    if (!*p)
        return fail(ErrorKind::NotFound, u"no person '%1'"_s.arg(login));
    auto roles = PersonRoles(db).rolesOf((*p)->id);
    if (!roles)
        return fail(roles.error());
    // Built directly: on PostgreSQL ChangeService::actor() is the login, and this test acts as
    // several people through one login.
    return ChangeActor {(*p)->id, login, (*p)->displayName, *roles};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    if (app.arguments().size() != 3) {
        err << "usage: tst_changecrash_worker DATABASE_URL CI_ID\n";
        return 2;
    }
    auto url = DatabaseUrl::parse(app.arguments().at(1));
    if (!url) {
        err << url.error().message << '\n';
        return 2;
    }
    auto db = Database::open(*url);
    if (!db) {
        err << db.error().message << '\n';
        return 1;
    }
    const qint64 ci = app.arguments().at(2).toLongLong();
    auto ann = person(**db, u"ann"_s);
    auto carl = person(**db, u"carl"_s);
    if (!ann || !carl) {
        err << "the office is missing\n";
        return 1;
    }
    const ChangeService service(**db);
    for (int round = 1;; ++round) {
        ChangeRequest draft;
        draft.title = u"Printer firmware, round %1"_s.arg(round);
        draft.description = u"Vendor firmware 4.2"_s;
        draft.reason = u"Security fix"_s;
        draft.ciIds = {ci};
        draft.fallbackPlan = u"Flash the old firmware"_s;
        draft.fallbackCriteria = u"Printer does not come back"_s;
        draft.testPlan = u"Print a test page"_s;
        auto created = service.create(draft, *ann);
        if (!created) {
            err << created.error().message << '\n';
            return 1;
        }
        std::printf("ack %lld create %d %s\n", created->id, created->rowVersion, qPrintable(created->state));
        std::fflush(stdout);
        const QList<std::tuple<QString, const ChangeActor *, QHash<QString, QString>>> steps {
            {u"submit"_s, &*ann, {}},
            {u"accept"_s, &*carl, {}},
            {u"classify"_s,
             &*carl,
             {{u"priority"_s, u"low"_s},
              {u"category"_s, u"minor"_s},
              {u"impact"_s, u"none"_s},
              {u"resources"_s, u"1 h"_s}}},
            {u"authorize"_s, &*carl, {{u"change_manager_recommendation"_s, u"Approve"_s}}},
        };
        for (const auto &[action, actor, sets] : steps) {
            auto taken = service.act(created->id, action, *actor, sets, {});
            if (!taken) {
                err << action << ": " << taken.error().message << '\n';
                return 1;
            }
            std::printf("ack %lld %s %d %s\n", taken->id, qPrintable(action), taken->rowVersion,
                        qPrintable(taken->state));
            std::fflush(stdout);
        }
    }
}
