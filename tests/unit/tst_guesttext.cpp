// What a guest typed is shown as typed, but cannot reorder or hide the text around it.
#include "guesttext.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tableside;

namespace {

// The isolate the display wraps around every guest text.
QString isolated(const QString &inner)
{
    return QChar(0x2068) + inner + QChar(0x2069);
}

} // namespace

class TestGuestText : public QObject {
    Q_OBJECT

private slots:
    void displayed_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("shown");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("plain") << u"no onion"_s << isolated(u"no onion"_s);
        QTest::newRow("Arabic") << u"بدون بصل"_s << isolated(u"بدون بصل"_s);
        QTest::newRow("Persian keeps its ZWNJ") << u"می\u200Cشود"_s << isolated(u"می\u200Cشود"_s);
        QTest::newRow("an emoji family keeps its ZWJ")
            << u"👨\u200D👩\u200D👧"_s << isolated(u"👨\u200D👩\u200D👧"_s);
        QTest::newRow("right-to-left override") << u"\u202Eno nuts"_s << isolated(u"no nuts"_s);
        QTest::newRow("embedding and pop") << u"a\u202Bb\u202Cc"_s << isolated(u"abc"_s);
        QTest::newRow("an isolate left open") << u"x\u2067y"_s << isolated(u"xy"_s);
        QTest::newRow("zero-width space, word joiner, BOM")
            << u"n\u200Bu\u2060t\uFEFFs"_s << isolated(u"nuts"_s);
        QTest::newRow("a bell and a delete")
            << u"a\u0007b\u007Fc"_s << isolated(u"a\uFFFDb\uFFFDc"_s);
        QTest::newRow("a C1 next-line") << u"a\u0085b"_s << isolated(u"a\uFFFDb"_s);
        QTest::newRow("a tab and a line break")
            << u"one\ttwo\nthree"_s << isolated(u"one two\nthree"_s);
        QTest::newRow("markup stays text") << u"<b>x</b>"_s << isolated(u"<b>x</b>"_s);
    }
    void displayed()
    {
        QFETCH(QString, typed);
        QFETCH(QString, shown);
        QCOMPARE(displayedGuestText(typed), shown);
    }

    // Shown text has exactly one isolate, and it is balanced, whatever was typed.
    void everyDirectionalControlIsBalanced()
    {
        for (char16_t c = 0x2000; c < 0x2070; ++c) {
            const QString shown = displayedGuestText(u"a"_s + QChar(c) + u"b"_s);
            QCOMPARE(shown.count(QChar(0x2068)), 1);
            QCOMPARE(shown.count(QChar(0x2069)), 1);
            for (char16_t override = 0x202A; override <= 0x202E; ++override)
                QVERIFY(!shown.contains(QChar(override)));
        }
    }
};

QTEST_GUILESS_MAIN(TestGuestText)
#include "tst_guesttext.moc"
