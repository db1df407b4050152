// The CMDB pane at the agency scale: opening it until the table is filled and painted (goal:
// ≤ 1.0 s) and filter keystrokes over every CI (goal: median ≤ 16 ms), beside sqlite3 reading
// the same table and searching the same text with LIKE.

#include "benchmarks.h"

#include "changes/changespane.h"
#include "cmdb/cifiltermodel.h"
#include "cmdb/civiewsettings.h"
#include "cmdb/cmdbpane.h"
#include "common/messages.h"
#include "storage/database.h"

#include <QApplication>
#include <QDir>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace ChangeDesk::Bench {

QString benchPane(Context &context, Report &report)
{
    Ui::Messages::setTestMode(true);
    const int runs = std::min(context.runs, 5);
    QList<double> openTimes;
    std::unique_ptr<Ui::CmdbPane> pane;
    for (int run = 0; run < runs; ++run) {
        pane = std::make_unique<Ui::CmdbPane>(
            Clock::system(),
            std::make_unique<Ui::CiViewSettings>(QDir(context.work).filePath(u"view.ini"_s)));
        pane->resize(1280, 800);
        pane->show();
        QApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        pane->setDatabase(context.db);
        pane->ciView()->viewport()->repaint();
        openTimes.append(double(timer.nsecsElapsed()) / 1e6);
        if (const QStringList shown = Ui::Messages::takeShownMessages(); !shown.isEmpty())
            return shown.join(u'\n');
    }
    const int total = pane->totalCount();
    // What the filter prepares in idle time before the first keystroke finds it ready.
    while (!pane->ciFilter()->isPrepared())
        QApplication::processEvents();

    // Typing words character by character, with two corrections each; every keystroke applies
    // at once and the repaint is part of it.
    const QStringList words {u"stadhuis"_s,    u"srv-"_s,   u"client windows"_s,
                             u"laptop hoog"_s, u"ws-012"_s, u"datacenter noord vm"_s};
    QList<double> keystrokes;
    QStringList typed;
    for (const QString &word : words) {
        const auto type = [&](const QString &text) {
            QElapsedTimer key;
            key.start();
            pane->setFilterText(text);
            pane->ciView()->viewport()->repaint();
            keystrokes.append(double(key.nsecsElapsed()) / 1e6);
            typed.append(text);
        };
        for (qsizetype n = 1; n <= word.size(); ++n)
            type(word.left(n));
        type(word.left(word.size() - 1));
        type(word.left(word.size() - 2));
        type(word);
        type(QString());
    }

    // sqlite3: the table read in full, and each typed text searched with LIKE in the columns the
    // pane shows by default.
    QString script = u".output /dev/null\n"_s;
    for (int run = 0; run < runs; ++run)
        script += u"SELECT * FROM configuration_item;\n"_s;
    ToolRun read = sqliteTimed(context.databaseFile, script);
    if (!read.error.isEmpty())
        return read.error;
    const double readMs = median(sqliteStatementTimes(read.output));
    QString searches = u".output /dev/null\n"_s;
    for (QString text : std::as_const(typed)) {
        text.replace(u'\'', u"''"_s);
        searches += u"SELECT count(*) FROM configuration_item WHERE name LIKE '%%1%' OR ci_class LIKE '%%1%' "
                    "OR site LIKE '%%1%' OR lifecycle LIKE '%%1%' OR platform LIKE '%%1%' "
                    "OR platform_version LIKE '%%1%';\n"_s.arg(text);
    }
    ToolRun search = sqliteTimed(context.databaseFile, searches);
    if (!search.error.isEmpty())
        return search.error;

    report.add({.name = u"CMDB pane opens, %1 CIs"_s.arg(formatCount(total)),
                .measuredMs = median(openTimes),
                .runs = runs,
                .goalMs = 1000,
                .goalText = u"≤ 1.0 s"_s,
                .referenceMs = readMs,
                .referenceText = u"sqlite3: SELECT * FROM configuration_item"_s,
                .note = u"CmdbPane::setDatabase until the table is filled, plus the first paint"_s});
    report.add({.name = u"filter keystroke over %1 CIs"_s.arg(formatCount(total)),
                .measuredMs = median(keystrokes),
                .runs = int(keystrokes.size()),
                .goalMs = 16,
                .goalText = u"median ≤ 16 ms"_s,
                .referenceMs = median(sqliteStatementTimes(search.output)),
                .referenceText = u"sqlite3: the same text with LIKE"_s,
                .note = u"%1 keystrokes typing %2 words with corrections; the slowest took %3"_s.arg(
                    QString::number(keystrokes.size()), QString::number(words.size()),
                    formatMs(*std::max_element(keystrokes.cbegin(), keystrokes.cend())))});
    pane.reset();
    return benchChangesPane(context, report);
}

// The RfC pane with every request of the agency (20,000 at that scale): opening it as a change
// manager until the list, the to-dos and the first request's form are filled and painted (goal:
// ≤ 1.0 s), beside sqlite3 reading the same table.
QString benchChangesPane(Context &context, Report &report)
{
    auto login = context.db->scalar(u"SELECT p.login FROM person p JOIN person_role r ON r.person_id = p.id "
                                    "WHERE r.role = 'change_manager' ORDER BY p.id LIMIT 1"_s);
    if (!login || login->isNull())
        return u"the demo data has no change manager: %1"_s.arg(login ? u"no such row"_s
                                                                      : login.error().message);
    auto count = context.db->scalar(u"SELECT count(*) FROM change_request"_s);
    if (!count)
        return count.error().message;
    const int runs = std::min(context.runs, 5);
    QList<double> openTimes;
    int shown = 0;
    for (int run = 0; run < runs; ++run) {
        auto pane = std::make_unique<Ui::ChangesPane>(Clock::system());
        pane->resize(1280, 800);
        (void)pane->setActor(login->toString()); // no database yet: only remembers the login
        pane->show();
        QApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        pane->setDatabase(context.db);
        pane->changeView()->viewport()->repaint();
        openTimes.append(double(timer.nsecsElapsed()) / 1e6);
        shown = pane->shownCount();
        if (!pane->actor())
            return u"the RfC pane did not accept the change manager '%1'"_s.arg(login->toString());
        if (const QStringList messages = Ui::Messages::takeShownMessages(); !messages.isEmpty())
            return messages.join(u'\n');
    }
    QString script = u".output /dev/null\n"_s;
    for (int run = 0; run < runs; ++run)
        script += u"SELECT * FROM change_request;\n"_s;
    ToolRun read = sqliteTimed(context.databaseFile, script);
    if (!read.error.isEmpty())
        return read.error;
    report.add(
        {.name = u"RfC pane opens, %1 requests"_s.arg(formatCount(count->toLongLong())),
         .measuredMs = median(openTimes),
         .runs = runs,
         .goalMs = 1000,
         .goalText = u"≤ 1.0 s"_s,
         .referenceMs = median(sqliteStatementTimes(read.output)),
         .referenceText = u"sqlite3: SELECT * FROM change_request"_s,
         .note = u"ChangesPane::setDatabase as a change manager: list, to-dos and the first form; %1 rows "
                 "shown"_s.arg(shown)});
    return {};
}

} // namespace ChangeDesk::Bench
