// The rules of the diners' ideas: the owner's status moves as a whole 6x6 table, what a proposal
// and an answer may be, and how alike two ideas are in each shipped language.
#include "ideasimilarity.h"
#include "ideastatus.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tableside;

Q_DECLARE_METATYPE(tableside::IdeaStatus)

class TestIdeas : public QObject {
    Q_OBJECT

private slots:
    void codesRoundTrip()
    {
        for (const QString &code :
             {u"new"_s, u"under_review"_s, u"planned"_s, u"done"_s, u"declined"_s, u"merged"_s})
            QCOMPARE(ideaStatusCode(ideaStatusFromCode(code).value()), code);
        QVERIFY(!ideaStatusFromCode(u"Done"_s));
        QVERIFY(!ideaStatusFromCode(u"open"_s)); // the name before schema 11
        QVERIFY(!ideaStatusFromCode(u""_s));
    }

    void moves_data()
    {
        QTest::addColumn<IdeaStatus>("from");
        QTest::addColumn<IdeaStatus>("to");
        QTest::addColumn<QString>("refusal");
        // Rows: from; columns: to, in the enum's order (N U P D X M). "" is allowed.
        const IdeaStatus all[] = {IdeaStatus::New,  IdeaStatus::UnderReview, IdeaStatus::Planned,
                                  IdeaStatus::Done, IdeaStatus::Declined,    IdeaStatus::Merged};
        const char *table[6][6] = {
            {"no_change", "", "", "", "", "illegal"},                      // new
            {"illegal", "no_change", "", "", "", "illegal"},               // under review
            {"illegal", "", "no_change", "", "", "illegal"},               // planned
            {"illegal", "", "", "no_change", "", "illegal"},               // done
            {"illegal", "", "", "", "no_change", "illegal"},               // declined
            {"merged", "merged", "merged", "merged", "merged", "merged"}}; // merged
        for (int f = 0; f < 6; ++f)
            for (int t = 0; t < 6; ++t) {
                QString refusal = QString::fromLatin1(table[f][t]);
                if (refusal == u"illegal"_s)
                    refusal = u"illegal_transition"_s;
                if (refusal == u"merged"_s)
                    refusal = u"already_merged"_s;
                QTest::addRow("%s -> %s", qPrintable(ideaStatusCode(all[f])),
                              qPrintable(ideaStatusCode(all[t])))
                    << all[f] << all[t] << refusal;
            }
    }

    void moves()
    {
        QFETCH(IdeaStatus, from);
        QFETCH(IdeaStatus, to);
        QFETCH(QString, refusal);
        const auto checked = IdeaRules::checkMove(from, to);
        QCOMPARE(checked.ok(), refusal.isEmpty());
        if (!checked) {
            QCOMPARE(checked.error().code, refusal);
            QVERIFY(!checked.error().message.isEmpty());
        }
    }

    void proposals()
    {
        QCOMPARE(IdeaRules::checkBody(u"  Live music  "_s).value(), u"Live music"_s);
        QCOMPARE(IdeaRules::checkBody(u" \n\t "_s).error().code, u"bad_request"_s);
        QCOMPARE(IdeaRules::checkBody(QString(280, u'a')).value().size(), 280);
        QCOMPARE(IdeaRules::checkBody(QString(281, u'a')).error().code, u"bad_request"_s);
        // Kept as sent: the screens make it harmless, the store keeps the diner's words.
        const QString marked = u"a\u202Eb\u0007c"_s;
        QCOMPARE(IdeaRules::checkBody(marked).value(), marked);
        QCOMPARE(IdeaRules::checkAnswer(u"  "_s).value(), QString());
        QCOMPARE(IdeaRules::checkAnswer(QString(1001, u'x')).error().code, u"bad_request"_s);
    }

    void words_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("English") << u"A kids' MENU, with smaller plates!"_s
                                 << QStringList{u"kids"_s, u"menu"_s, u"smaller"_s, u"plates"_s};
        QTest::newRow("Greek accents and final sigma")
            << u"Παιδικό ΜΕΝΟΎ για τους μικρούς"_s
            << QStringList{u"παιδικο"_s, u"μενου"_s, u"τουσ"_s, u"μικρουσ"_s};
        QTest::newRow("Arabic article, hamza and ta marbuta")
            << u"قائمة للأطفال، من فضلك"_s
            << QStringList{u"قايمه"_s, u"للاطفال"_s, u"فضلك"_s}; // hamza on its seat folded too
        QTest::newRow("Persian yeh, kaf and joiner")
            << u"منوی کودک می‌خواهیم"_s
            << QStringList{u"منوي"_s, u"كودك"_s, u"ميخواهيم"_s};
        QTest::newRow("only short and common words") << u"and the of a"_s << QStringList{};
    }

    void words()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, words);
        QCOMPARE(IdeaSimilarity::words(text), words);
    }

    void similar_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("similar");
        QTest::newRow("same words, other order")
            << u"Live music on Fridays"_s << u"Fridays: live music!"_s << true;
        QTest::newRow("a draft's first words")
            << u"kids menu"_s << u"A kids' menu with smaller plates"_s << true;
        QTest::newRow("plural") << u"more vegan dishes"_s << u"a vegan dish"_s << true;
        QTest::newRow("unrelated") << u"Live music on Fridays"_s << u"A kids' menu"_s << false;
        QTest::newRow("one shared word of many") << u"Cheaper wine by the glass at lunch"_s
                                                 << u"Sparkling water by the glass"_s << false;
        QTest::newRow("Greek inflections") << u"Παιδικό μενού"_s << u"Μενού για παιδιά"_s << true;
        QTest::newRow("Arabic with and without the article")
            << u"قائمة الأطفال"_s << u"قائمة للأطفال من فضلك"_s << true;
        QTest::newRow("Persian forms of yeh and kaf") << u"منوی کودک"_s << u"منوي كودك"_s << true;
        QTest::newRow("nothing to compare") << u"!!!"_s << u"!!!"_s << false;
    }

    void similar()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, similar);
        const double score = IdeaSimilarity::score(a, b);
        QCOMPARE(score >= IdeaSimilarity::Threshold, similar);
        QCOMPARE(IdeaSimilarity::score(b, a), score); // either way round
    }

    void wordsMatchByTheirStart()
    {
        QVERIFY(IdeaSimilarity::wordsMatch(u"menu"_s, u"menus"_s));
        QVERIFY(IdeaSimilarity::wordsMatch(u"χορτοφαγικα"_s, u"χορτοφαγικο"_s));
        QVERIFY(!IdeaSimilarity::wordsMatch(u"kids"_s, u"kind"_s));
        QVERIFY(!IdeaSimilarity::wordsMatch(u"fries"_s, u"friday"_s));
        QVERIFY(!IdeaSimilarity::wordsMatch(u"music"_s, u"museum"_s));
    }
};

QTEST_GUILESS_MAIN(TestIdeas)
#include "tst_ideas.moc"
