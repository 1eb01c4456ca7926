// The rules of "Explore the area": what a place's name, descriptions, opening hours, minutes on
// foot and link may be, each refusal named by the field it is about.
#include "localtip.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tableside;

namespace {

const QStringList Languages{u"en"_s, u"el"_s, u"ar"_s, u"fa"_s};

LocalTip museum()
{
    LocalTip tip;
    tip.name = u"  Museum of the Harbour "_s;
    tip.description = {
        {u"en"_s, u"Boats and maps. "_s}, {u"el"_s, u"Βάρκες."_s}, {u"fa"_s, u" "_s}};
    tip.hours = {{u"en"_s, u"10:00–18:00"_s}};
    tip.minutesOnFoot = 12;
    tip.link = u" https://museum.example.org/visit?lang=en "_s;
    return tip;
}

} // namespace

class TestLocalTips : public QObject {
    Q_OBJECT

private slots:
    void aWholeTipIsTrimmedAndKept()
    {
        const auto checked = LocalTipRules::check(museum(), Languages, u"en"_s);
        QVERIFY(checked.ok());
        QCOMPARE(checked->name, u"Museum of the Harbour"_s);
        QCOMPARE(checked->description.value(u"en"_s), u"Boats and maps."_s);
        QVERIFY(!checked->description.contains(u"fa"_s)); // only spaces: not translated
        QCOMPARE(checked->hours.value(u"en"_s), u"10:00–18:00"_s);
        QCOMPARE(checked->link, u"https://museum.example.org/visit?lang=en"_s);
    }

    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("ok");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("blank") << u" \t\n"_s << false;
        QTest::newRow("one") << u"A"_s << true;
        QTest::newRow("80") << QString(80, u'n') << true;
        QTest::newRow("81") << QString(81, u'n') << false;
        QTest::newRow("80 and spaces") << u"  "_s + QString(80, u'n') + u" "_s << true;
        // Kept as sent: the screens isolate it when they show it.
        QTest::newRow("override") << u"\u202Eevil\u202C"_s << true;
    }

    void names()
    {
        QFETCH(QString, name);
        QFETCH(bool, ok);
        const auto checked = LocalTipRules::checkName(name);
        QCOMPARE(checked.ok(), ok);
        if (!ok)
            QCOMPARE(checked.error().code, u"bad_name"_s);
    }

    void descriptions_data()
    {
        QTest::addColumn<LocalizedText>("texts");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("default only") << LocalizedText{{u"en"_s, u"x"_s}} << QString();
        QTest::newRow("no default") << LocalizedText{{u"el"_s, u"x"_s}} << u"bad_description"_s;
        QTest::newRow("blank default")
            << LocalizedText{{u"en"_s, u"  "_s}, {u"el"_s, u"x"_s}} << u"bad_description"_s;
        QTest::newRow("none") << LocalizedText{} << u"bad_description"_s;
        QTest::newRow("600") << LocalizedText{{u"en"_s, QString(600, u'd')}} << QString();
        QTest::newRow("601 in fa")
            << LocalizedText{{u"en"_s, u"x"_s}, {u"fa"_s, QString(601, u'د')}}
            << u"bad_description"_s;
        QTest::newRow("a language not spoken")
            << LocalizedText{{u"en"_s, u"x"_s}, {u"de"_s, u"y"_s}} << u"bad_description"_s;
        QTest::newRow("an empty one not spoken")
            << LocalizedText{{u"en"_s, u"x"_s}, {u"de"_s, u""_s}} << QString();
    }

    void descriptions()
    {
        QFETCH(LocalizedText, texts);
        QFETCH(QString, refusal);
        const auto checked = LocalTipRules::checkDescription(texts, Languages, u"en"_s);
        QCOMPARE(checked.ok() ? QString() : checked.error().code, refusal);
    }

    void hours()
    {
        QVERIFY(LocalTipRules::checkHours({}, Languages).ok()); // optional
        QVERIFY(LocalTipRules::checkHours({{u"ar"_s, QString(120, u'س')}}, Languages).ok());
        QCOMPARE(LocalTipRules::checkHours({{u"ar"_s, QString(121, u'س')}}, Languages).error().code,
                 u"bad_hours"_s);
        QCOMPARE(LocalTipRules::checkHours({{u"it"_s, u"9-5"_s}}, Languages).error().code,
                 u"bad_hours"_s);
    }

    void minutes()
    {
        QVERIFY(LocalTipRules::checkMinutes(0).ok());
        QVERIFY(LocalTipRules::checkMinutes(180).ok());
        QCOMPARE(LocalTipRules::checkMinutes(181).error().code, u"bad_minutes"_s);
        QCOMPARE(LocalTipRules::checkMinutes(-1).error().code, u"bad_minutes"_s);
    }

    void links_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<bool>("ok");
        QTest::newRow("https") << u"https://example.org"_s << true;
        QTest::newRow("http, path, query")
            << u"http://park.example.org/map?from=tableside#north"_s << true;
        QTest::newRow("port") << u"https://example.org:8443/a"_s << true;
        QTest::newRow("upper-case scheme") << u"HTTPS://example.org"_s << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("no scheme") << u"example.org"_s << false;
        QTest::newRow("ftp") << u"ftp://example.org/file"_s << false;
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
        QTest::newRow("data") << u"data:text/html,<b>hi</b>"_s << false;
        QTest::newRow("no host") << u"https://"_s << false;
        QTest::newRow("one slash") << u"https:/example.org"_s << false;
        QTest::newRow("space inside") << u"https://example.org/a b"_s << false;
        QTest::newRow("control") << u"https://example.org/\u0007"_s << false;
        QTest::newRow("override") << u"https://example.org/\u202Egpj.exe"_s << false;
        QTest::newRow("500") << u"https://example.org/"_s + QString(480, u'a') << true;
        QTest::newRow("501") << u"https://example.org/"_s + QString(481, u'a') << false;
    }

    void links()
    {
        QFETCH(QString, link);
        QFETCH(bool, ok);
        const auto checked = LocalTipRules::checkLink(link);
        QCOMPARE(checked.ok(), ok);
        if (ok)
            QCOMPARE(*checked, link); // as given
        else
            QCOMPARE(checked.error().code, u"bad_link"_s);
    }

    void theFirstRefusalInTheFormsOrder()
    {
        LocalTip tip = museum();
        tip.name.clear();
        tip.link = u"nowhere"_s;
        QCOMPARE(LocalTipRules::check(tip, Languages, u"en"_s).error().code, u"bad_name"_s);
        tip = museum();
        tip.minutesOnFoot = 200;
        tip.link = u"nowhere"_s;
        QCOMPARE(LocalTipRules::check(tip, Languages, u"en"_s).error().code, u"bad_minutes"_s);
        tip.minutesOnFoot = 5;
        QCOMPARE(LocalTipRules::check(tip, Languages, u"en"_s).error().code, u"bad_link"_s);
    }
};

QTEST_GUILESS_MAIN(TestLocalTips)
#include "tst_localtips.moc"
