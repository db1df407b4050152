// The shipped catalogues load and translate the glossary terms as DOMAIN.md says.

#include "common/translations.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogueLoads_data();
    void catalogueLoads();
    void glossary_data();
    void glossary();
    void chooseLanguage();
};

void TestTranslations::catalogueLoads_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("de") << u"de"_s;
    QTest::newRow("nl") << u"nl"_s;
}

void TestTranslations::catalogueLoads()
{
    QFETCH(QString, lang);
    QTranslator translator;
    QVERIFY(translator.load(u":/i18n/changedesk_%1.qm"_s.arg(lang)));
    QVERIFY(!translator.isEmpty());
    QCOMPARE(translator.language().left(2), lang);
}

void TestTranslations::glossary_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("de rfc") << u"de"_s << u"ChangeDesk::Ui::ChangesPane"_s << u"Requests for change"_s << u"Änderungsanträge"_s;
    QTest::newRow("nl rfc") << u"nl"_s << u"ChangeDesk::Ui::ChangesPane"_s << u"Requests for change"_s << u"Wijzigingsverzoeken"_s;
    QTest::newRow("de calendar") << u"de"_s << u"ChangeDesk::Ui::CalendarPane"_s << u"Change calendar"_s << u"Änderungskalender"_s;
    QTest::newRow("nl calendar") << u"nl"_s << u"ChangeDesk::Ui::CalendarPane"_s << u"Change calendar"_s << u"Wijzigingskalender"_s;
    QTest::newRow("de unit") << u"de"_s << u"ChangeDesk::Ui::PeopleModel"_s << u"Organizational unit"_s << u"Organisationseinheit"_s;
    QTest::newRow("nl unit") << u"nl"_s << u"ChangeDesk::Ui::PeopleModel"_s << u"Organizational unit"_s << u"Organisatieonderdeel"_s;
}

void TestTranslations::glossary()
{
    QFETCH(QString, lang);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QTranslator translator;
    QVERIFY(translator.load(u":/i18n/changedesk_%1.qm"_s.arg(lang)));
    QCOMPARE(translator.translate(context.toUtf8().constData(), source.toUtf8().constData()), expected);
}

void TestTranslations::chooseLanguage()
{
    QCOMPARE(ChangeDesk::chooseLanguage(u"de"_s), u"de"_s);
    QCOMPARE(ChangeDesk::chooseLanguage(u"NL"_s), u"nl"_s);
    QVERIFY(ChangeDesk::availableLanguages().contains(ChangeDesk::chooseLanguage(u"fr"_s)));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
