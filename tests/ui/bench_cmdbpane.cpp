// Times the CMDB pane on a large database: opening it until the table is filled and painted, and
// filter keystrokes (typing words character by character, with corrections). Prints the figures
// as JSON. Usage: bench_cmdbpane DATABASE-URL [--check]
//   --check  exits 1 when a budget is missed (opening <= 1000 ms, keystroke median <= 16 ms).
// Build in release (build-release) for figures worth quoting.

#include "cmdb/cidetailview.h"
#include "cmdb/cifiltermodel.h"
#include "cmdb/cisummary.h"
#include "cmdb/citablemodel.h"
#include "cmdb/civiewsettings.h"
#include "cmdb/cmdbpane.h"
#include "cmdb/impactmodel.h"
#include "common/messages.h"
#include "storage/database.h"
#include "storage/databaseurl.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;
using namespace ChangeDesk::Ui;

namespace {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::ranges::sort(values);
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() < 2) {
        err << "usage: bench_cmdbpane DATABASE-URL [--check]\n";
        return 2;
    }
    const bool check = args.contains(u"--check"_s);
    Messages::setTestMode(true);
    auto url = DatabaseUrl::parse(args.at(1));
    if (!url) {
        err << url.error().message << '\n';
        return 2;
    }
    auto db = Database::open(*url);
    if (!db) {
        err << db.error().message << '\n';
        return 1;
    }
    // The core query alone, for comparison (the second run, with the file in the page cache).
    double queryMs = 0;
    for (int run = 0; run < 2; ++run) {
        QElapsedTimer query;
        query.start();
        if (auto all = CiSummaries::all(**db); !all) {
            err << all.error().message << '\n';
            return 1;
        }
        queryMs = query.nsecsElapsed() / 1e6;
    }
    QTemporaryDir settingsDir;
    CmdbPane pane(Clock::system(), std::make_unique<CiViewSettings>(settingsDir.filePath(u"view.ini"_s)));
    pane.resize(1280, 800);
    pane.show();
    QApplication::processEvents();

    // Opening: load and fill the table, then the first paint.
    QElapsedTimer timer;
    timer.start();
    pane.setDatabase(*db);
    const double loadMs = timer.nsecsElapsed() / 1e6;
    pane.ciView()->viewport()->repaint();
    const double openMs = timer.nsecsElapsed() / 1e6;
    // What the filter prepares in idle time (in chunks between events) before the first keystroke
    // finds it ready; the longest chunk is how long the window may not react meanwhile.
    QElapsedTimer idle;
    idle.start();
    double longestChunkMs = 0;
    while (!pane.ciFilter()->isPrepared()) {
        QElapsedTimer chunk;
        chunk.start();
        QApplication::processEvents();
        longestChunkMs = std::max(longestChunkMs, chunk.nsecsElapsed() / 1e6);
    }
    const double prepareMs = idle.nsecsElapsed() / 1e6;
    const QStringList shown = Messages::takeShownMessages();
    if (!shown.isEmpty()) {
        err << shown.join(u'\n') << '\n';
        return 1;
    }

    // Typing: each keystroke applies synchronously; the repaint is part of it.
    const QStringList words {u"stadhuis"_s,    u"srv-"_s,    u"client windows"_s,
                             u"laptop hoog"_s, u"pc-0123"_s, u"datacenter noord vm"_s};
    QList<double> keystrokes;
    QList<double> firstKeystrokes;
    QJsonArray perWord;
    for (const QString &word : words) {
        QList<double> times;
        auto type = [&](const QString &text) {
            QElapsedTimer key;
            key.start();
            pane.setFilterText(text);
            pane.ciView()->viewport()->repaint();
            const double ms = key.nsecsElapsed() / 1e6;
            times << ms;
            keystrokes << ms;
        };
        for (qsizetype n = 1; n <= word.size(); ++n)
            type(word.left(n));
        firstKeystrokes << times.constFirst();
        // Two corrections and the word again, then clear.
        type(word.left(word.size() - 1));
        type(word.left(word.size() - 2));
        type(word);
        const int matches = pane.shownCount();
        type(QString());
        perWord.append(QJsonObject {{u"text"_s, word},
                                    {u"matches"_s, matches},
                                    {u"median_ms"_s, median(times)},
                                    {u"max_ms"_s, *std::ranges::max_element(times)}});
    }
    const double keyMedian = median(keystrokes);

    // Selecting a CI, and its impact tab for the CI most depend on (a core switch).
    QJsonObject detail;
    const qint64 core = pane.ciModel()->idOf(u"sw-core-01"_s);
    if (core != 0) {
        QElapsedTimer select;
        select.start();
        pane.selectItem(core);
        detail.insert(u"select_ms"_s, select.nsecsElapsed() / 1e6);
        QElapsedTimer impact;
        impact.start();
        pane.detailView()->tabs()->setCurrentIndex(CiDetailView::ImpactTab);
        detail.insert(u"impact_tab_ms"_s, impact.nsecsElapsed() / 1e6);
        detail.insert(u"dependents"_s, pane.detailView()->impactModel()->dependentCount());
    }
    const QJsonObject report {
        {u"cis"_s, pane.totalCount()},
        {u"summary_query_ms"_s, queryMs},
        {u"load_ms"_s, loadMs},
        {u"open_ms"_s, openMs},
        {u"idle_prepare_ms"_s, prepareMs},
        {u"idle_longest_step_ms"_s, longestChunkMs},
        {u"keystrokes"_s, int(keystrokes.size())},
        {u"keystroke_median_ms"_s, keyMedian},
        {u"keystroke_max_ms"_s, *std::ranges::max_element(keystrokes)},
        {u"first_keystroke_median_ms"_s, median(firstKeystrokes)},
        {u"words"_s, perWord},
        {u"sw-core-01"_s, detail},
    };
    QTextStream(stdout) << QJsonDocument(report).toJson(QJsonDocument::Indented);
    if (check && (openMs > 1000 || keyMedian > 16)) {
        err << "budget missed: opening " << openMs << " ms (<= 1000), keystroke median " << keyMedian
            << " ms (<= 16)\n";
        return 1;
    }
    return 0;
}
