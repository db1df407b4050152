// changedeskctl workflow export, check, install and show: an administrator's way to start from the
// shipped definition, check their own and put it in force.

#include "changetestsupport.h"

#include "storage/database.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ChangeDesk;

class TestWorkflowCtl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportAndCheck();
    void brokenDefinition();
    void installAndShow();
    void usage();
};

void TestWorkflowCtl::exportAndCheck()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"agency-workflow.json"_s);
    const auto exported = Test::runCtl({u"workflow"_s, u"export"_s, u"--shipped"_s, path});
    QVERIFY2(exported.exitCode == 0, exported.describe());
    QVERIFY(QFile::exists(path));
    const auto toStdout = Test::runCtl({u"workflow"_s, u"export"_s, u"--shipped"_s});
    QVERIFY2(toStdout.exitCode == 0, toStdout.describe());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(toStdout.out.toUtf8(), file.readAll());

    const auto checked = Test::runCtl({u"workflow"_s, u"check"_s, path});
    QVERIFY2(checked.exitCode == 0, checked.describe());
    QVERIFY2(checked.out.contains(u"a valid workflow definition, 'BSI OPS.1.1.3'"_s), checked.describe());
    QVERIFY2(checked.out.contains(u"starting at draft, ending at rejected, closed, failed"_s),
             checked.describe());
    QVERIFY2(checked.out.contains(u"expedited: expedite"_s), checked.describe());

    const auto json = Test::runCtl({u"--json"_s, u"workflow"_s, u"check"_s, path});
    QVERIFY2(json.exitCode == 0, json.describe());
    const QJsonObject result = json.json();
    QCOMPARE(result.value(u"ok"_s).toBool(), true);
    QCOMPARE(result.value(u"initial"_s).toString(), u"draft"_s);
    QCOMPARE(result.value(u"states"_s).toArray().size(), 16);
    bool submit = false;
    for (const QJsonValue &t : result.value(u"transitions"_s).toArray()) {
        if (t[u"action"_s].toString() == u"submit")
            submit = t[u"roles"_s].toArray().contains(u"applicant"_s);
    }
    QVERIFY(submit);
}

void TestWorkflowCtl::brokenDefinition()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"broken.json"_s);
    const auto exported = Test::runCtl({u"workflow"_s, u"export"_s, u"--shipped"_s, path});
    QVERIFY2(exported.exitCode == 0, exported.describe());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray json = file.readAll();
    file.close();
    // The administrator misspells a role.
    QVERIFY(json.contains("\"roles\": [\"security_management\"], \"requires\": [\"security_assessment\"]"));
    json.replace("\"roles\": [\"security_management\"], \"requires\": [\"security_assessment\"]",
                 "\"roles\": [\"ciso\"], \"requires\": [\"security_assessment\"]");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(json);
    file.close();
    const auto checked = Test::runCtl({u"--json"_s, u"workflow"_s, u"check"_s, path});
    QCOMPARE(checked.exitCode, 2);
    QVERIFY2(checked.err.contains(u"broken.json: transitions["_s)
                 && checked.err.contains(u"('security_authorize')"_s)
                 && checked.err.contains(u"'roles' names 'ciso', which is not a role"_s),
             checked.describe());
    QCOMPARE(checked.json().value(u"ok"_s).toBool(true), false);

    // Not JSON at all: the line and column.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{\n  \"format\": \"changedesk-workflow\"\n  \"version\": 1\n}\n");
    file.close();
    const auto garbled = Test::runCtl({u"workflow"_s, u"check"_s, path});
    QCOMPARE(garbled.exitCode, 2);
    QVERIFY2(garbled.err.contains(u"broken.json: line 3, column"_s), garbled.describe());

    const auto missing = Test::runCtl({u"workflow"_s, u"check"_s, dir.filePath(u"nothing.json"_s)});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(u"nothing.json does not exist"_s), missing.describe());
}

void TestWorkflowCtl::installAndShow()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto o = Test::office(u"sqlite"_s, dir);
    QVERIFY2(o, Test::why(o));
    const QString db = o->db->url().toDisplayString();
    const auto ctl = [&](const QStringList &args) { return Test::runCtl(QStringList {u"--db"_s, db} + args); };

    // Before: the shipped definition is in force, and export writes it.
    const auto before = ctl({u"--json"_s, u"workflow"_s, u"show"_s});
    QVERIFY2(before.exitCode == 0, before.describe());
    QCOMPARE(before.json()[u"in_force"_s][u"shipped"_s].toBool(), true);
    QCOMPARE(before.json()[u"in_force"_s][u"name"_s].toString(), u"BSI OPS.1.1.3"_s);
    const auto shipped = ctl({u"workflow"_s, u"export"_s});
    QVERIFY2(shipped.exitCode == 0, shipped.describe());
    QCOMPARE(shipped.out.toUtf8(), WorkflowDefinition::builtInJson());

    // The agency's own: the shipped one with another name and the cost required to submit.
    QByteArray json = WorkflowDefinition::builtInJson();
    json.replace("\"name\": \"BSI OPS.1.1.3\"", "\"name\": \"Agency 2027\"");
    json.replace("\"affected\", \"type\"]}", "\"affected\", \"type\", \"cost\"]}");
    const QString path = dir.filePath(u"agency.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();

    // Not by the change manager; by the administrator.
    const auto refused = ctl({u"workflow"_s, u"install"_s, path, u"--as"_s, u"carl"_s});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"Only an administrator may install a workflow definition; carl is not one."_s),
             refused.describe());
    const auto installed = ctl({u"workflow"_s, u"install"_s, path, u"--as"_s, u"adm"_s});
    QVERIFY2(installed.exitCode == 0, installed.describe());
    QVERIFY2(installed.out.contains(u"In force now: 'Agency 2027', installed by adm on"_s), installed.describe());

    const auto shown = ctl({u"workflow"_s, u"show"_s});
    QVERIFY2(shown.exitCode == 0, shown.describe());
    QVERIFY2(shown.out.contains(u"In force: 'Agency 2027', installed by adm"_s), shown.describe());
    const auto exported = ctl({u"workflow"_s, u"export"_s});
    QCOMPARE(exported.out.toUtf8(), json);

    // rfc follows it: submitting without the cost is refused with the field's name.
    const QString rfc = dir.filePath(u"rfc.json"_s);
    QFile request(rfc);
    QVERIFY(request.open(QIODevice::WriteOnly));
    request.write(R"({"title": "Patch the printer", "description": "Vendor update", "reason": "Advisory",
                     "affected": {"cis": ["printer-2"]}})");
    request.close();
    const auto created = ctl({u"--json"_s, u"rfc"_s, u"create"_s, rfc, u"--as"_s, u"ann"_s});
    QVERIFY2(created.exitCode == 0, created.describe());
    const QString id = QString::number(created.json()[u"id"_s].toInteger());
    const auto submit = ctl({u"rfc"_s, u"act"_s, id, u"submit"_s, u"--as"_s, u"ann"_s});
    QCOMPARE(submit.exitCode, 1);
    QVERIFY2(submit.err.contains(ChangeFields::label(u"cost"_s)), submit.describe());
    const auto withCost
        = ctl({u"rfc"_s, u"act"_s, id, u"submit"_s, u"--set"_s, u"cost=2 hours"_s, u"--as"_s, u"ann"_s});
    QVERIFY2(withCost.exitCode == 0, withCost.describe());

    // A definition that strands the submitted request is refused, naming the state.
    QFile tiny(dir.filePath(u"tiny.json"_s));
    QVERIFY(tiny.open(QIODevice::WriteOnly));
    tiny.write(R"({"format": "changedesk-workflow", "version": 1, "name": "Tiny",
  "states": [{"id": "draft", "initial": true}, {"id": "done", "final": true}],
  "transitions": [{"action": "finish", "from": ["draft"], "to": "done", "roles": ["change_manager"]}]})");
    tiny.close();
    const auto stranding = ctl({u"workflow"_s, u"install"_s, tiny.fileName(), u"--as"_s, u"adm"_s});
    QCOMPARE(stranding.exitCode, 1);
    QVERIFY2(stranding.err.contains(u"'submitted'"_s), stranding.describe());
    QCOMPARE(ctl({u"--json"_s, u"workflow"_s, u"show"_s}).json()[u"history"_s].toArray().size(), 1);
}

void TestWorkflowCtl::usage()
{
    for (const QStringList &args : {QStringList {u"workflow"_s}, QStringList {u"workflow"_s, u"check"_s},
                                    QStringList {u"workflow"_s, u"validate"_s, u"x.json"_s},
                                    QStringList {u"workflow"_s, u"export"_s, u"a"_s, u"b"_s},
                                    QStringList {u"workflow"_s, u"install"_s},
                                    QStringList {u"workflow"_s, u"show"_s, u"x"_s}}) {
        const auto run = Test::runCtl(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"workflow"_s), run.describe());
    }
}

QTEST_GUILESS_MAIN(TestWorkflowCtl)
#include "tst_workflowctl.moc"
