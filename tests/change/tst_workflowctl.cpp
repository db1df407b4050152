// changedeskctl workflow export and check: an administrator's way to start from the shipped
// definition and to check their own before it is used.

#include "testsupport.h"

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
    void usage();
};

void TestWorkflowCtl::exportAndCheck()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"agency-workflow.json"_s);
    const auto exported = Test::runCtl({u"workflow"_s, u"export"_s, path});
    QVERIFY2(exported.exitCode == 0, exported.describe());
    QVERIFY(QFile::exists(path));
    const auto toStdout = Test::runCtl({u"workflow"_s, u"export"_s});
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
    const auto exported = Test::runCtl({u"workflow"_s, u"export"_s, path});
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

void TestWorkflowCtl::usage()
{
    for (const QStringList &args : {QStringList {u"workflow"_s}, QStringList {u"workflow"_s, u"check"_s},
                                    QStringList {u"workflow"_s, u"validate"_s, u"x.json"_s},
                                    QStringList {u"workflow"_s, u"export"_s, u"a"_s, u"b"_s}}) {
        const auto run = Test::runCtl(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"workflow"_s), run.describe());
    }
}

QTEST_GUILESS_MAIN(TestWorkflowCtl)
#include "tst_workflowctl.moc"
