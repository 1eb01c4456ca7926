// What a seated table says besides ordering: chat, feedback and ideas with their votes; and the
// owner's local tips it reads (Explore the area).
#include "chatrepository.h"
#include "feedbackrepository.h"
#include "guestvoicerepository.h"
#include "idearepository.h"
#include "localtiprepository.h"
#include "photorepository.h"
#include "servicerequestrepository.h"
#include "sessionrepository.h"
#include "sqlstatement.h"
#include "storedtime.h"
#include "storefixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

Q_DECLARE_METATYPE(tableside::VisitScores)

class TestTableActivity : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_store;
    qint64 m_session = 0;

    ChatRepository chat() { return ChatRepository(m_store->connection(), m_store->clock); }
    FeedbackRepository feedback()
    {
        return FeedbackRepository(m_store->connection(), m_store->clock);
    }
    IdeaRepository ideas() { return IdeaRepository(m_store->connection(), m_store->clock); }
    LocalTipRepository tips() { return LocalTipRepository(m_store->connection(), m_store->clock); }
    QStringList tipNames()
    {
        QStringList names;
        const QList<LocalTip> stored = tips().list().value();
        for (const LocalTip &tip : stored)
            names.append(tip.name);
        return names;
    }
    qint64 storedTipRows()
    {
        return scalarSql(m_store->connection(),
                         u"SELECT (SELECT count(*) FROM local_tips) * 1000 + "
                         u"(SELECT count(*) FROM local_tip_texts)"_s)
            ->toLongLong();
    }
    qint64 seat(int table)
    {
        auto s = SessionRepository(m_store->connection(), m_store->clock).seat(table, 2);
        return s ? s->id : 0;
    }

private slots:
    void init()
    {
        m_store = std::make_unique<TestStore>();
        QVERIFY(m_store->open());
        m_session = seat(4);
        QVERIFY(m_session > 0);
    }

    void chatKeepsTheConversationInOrder()
    {
        auto asked = chat().send(m_session, u"table"_s, 0, u"  Could we have the dessert menu? "_s);
        QVERIFY(asked.ok());
        QCOMPARE(asked->body, u"Could we have the dessert menu?"_s);
        QCOMPARE(asked->tableNumber, 4);
        QCOMPARE(asked->fromRole, u"table"_s);
        QCOMPARE(asked->sentAt, m_store->clock.now());
        m_store->clock.advance(5000);
        QVERIFY(chat().send(m_session, u"host"_s, 0, u"Coming right up!"_s).ok());
        QVERIFY(chat().send(seat(5), u"table"_s, 0, u"Another table"_s).ok());

        auto thread = chat().ofSession(m_session);
        QVERIFY(thread.ok());
        QCOMPARE(thread->size(), 2);
        QCOMPARE(thread->at(0).body, u"Could we have the dessert menu?"_s);
        QCOMPARE(thread->at(1).fromRole, u"host"_s);
    }

    void chatRefusals_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("code");
        QTest::newRow("blank") << u"table"_s << u"   "_s << u"bad_request"_s;
        QTest::newRow("2001 characters") << u"table"_s << QString(2001, u'a') << u"bad_request"_s;
        QTest::newRow("unknown sender") << u"waiter"_s << u"Hello"_s << u"bad_request"_s;
    }
    void chatRefusals()
    {
        QFETCH(QString, role);
        QFETCH(QString, body);
        QFETCH(QString, code);
        auto sent = chat().send(m_session, role, 0, body);
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().code, code);
        QCOMPARE(m_store->count(u"chat_messages"_s), 0);
    }

    void chatAcceptsTheLongestMessage()
    {
        QVERIFY(chat().send(m_session, u"table"_s, 0, QString(2000, u'a')).ok());
        QCOMPARE(m_store->count(u"chat_messages"_s), 1);
    }

    // An order of one dish at the session, its line at `status`.
    void orderDish(qint64 session, const QString &key, const QString &status)
    {
        static int number = 0;
        ++number;
        QVERIFY(runSql(m_store->connection(),
                       u"INSERT INTO orders (order_number, session_id, idempotency_key, status, "
                       u"total_minor, currency, placed_at) VALUES (?, ?, ?, ?, 650, 'EUR', ?)"_s,
                       {number, session, u"key-%1"_s.arg(number), status,
                        storedTime(m_store->clock.now())})
                    .ok());
        QVERIFY(runSql(m_store->connection(),
                       u"INSERT INTO order_lines (order_id, item_id, quantity, unit_price_minor, "
                       u"line_total_minor, station, status) VALUES (last_insert_rowid(), ?, 1, "
                       u"650, 650, 'grill', ?)"_s,
                       {m_store->item(key).id, status})
                    .ok());
    }

    void aServedDishIsRatedOnceAndRatedAgainReplaces()
    {
        orderDish(m_session, u"ribeye-steak"_s, u"served"_s);
        const qint64 dish = m_store->item(u"ribeye-steak"_s).id;
        auto rated = feedback().rateDish(m_session, dish, 5, u" Perfectly cooked "_s);
        QVERIFY2(rated.ok(), qPrintable(rated.ok() ? QString() : rated.error().message));
        QCOMPARE(rated->itemId, dish);
        QCOMPARE(rated->rating, 5);
        QCOMPARE(rated->comment, u"Perfectly cooked"_s);
        QCOMPARE(rated->createdAt, m_store->clock.now());
        m_store->clock.advance(60'000);
        auto again = feedback().rateDish(m_session, dish, 3, {});
        QVERIFY(again.ok());
        QCOMPARE(again->id, rated->id);
        QCOMPARE(m_store->count(u"feedback"_s), 1);
        QCOMPARE(m_store->scalar(u"SELECT rating FROM feedback"_s).toInt(), 3);
        QCOMPARE(m_store->scalar(u"SELECT quote(comment) FROM feedback"_s).toString(), u"''"_s);
    }

    void dishRatingRefusals_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("status"); // of the table's line; empty: never ordered
        QTest::addColumn<int>("rating");
        QTest::addColumn<QString>("code");
        QTest::newRow("no stars") << u"hummus"_s << u"served"_s << 0 << u"bad_request"_s;
        QTest::newRow("six stars") << u"hummus"_s << u"served"_s << 6 << u"bad_request"_s;
        QTest::newRow("never ordered") << u"hummus"_s << QString() << 4 << u"not_ordered"_s;
        QTest::newRow("still cooking") << u"hummus"_s << u"cooking"_s << 4 << u"not_served"_s;
        QTest::newRow("ready, not served") << u"hummus"_s << u"ready"_s << 4 << u"not_served"_s;
        QTest::newRow("cancelled") << u"hummus"_s << u"cancelled"_s << 4 << u"not_served"_s;
    }
    void dishRatingRefusals()
    {
        QFETCH(QString, key);
        QFETCH(QString, status);
        QFETCH(int, rating);
        QFETCH(QString, code);
        if (!status.isEmpty())
            orderDish(m_session, key, status);
        orderDish(seat(9), key, u"served"_s); // another table's served dish is not this one's
        auto given = feedback().rateDish(m_session, m_store->item(key).id, rating, {});
        QVERIFY(!given.ok());
        QCOMPARE(given.error().code, code);
        QCOMPARE(m_store->count(u"feedback"_s), 0);
        auto unknown = feedback().rateDish(m_session, 99999, 4, {});
        QCOMPARE(unknown.error().code, u"unknown_item"_s);
    }

    void aVisitCardKeepsAnEmailOnlyWithConsent()
    {
        VisitScores scores;
        scores.food = 5;
        scores.recommend = 9;
        scores.comment = u"Lovely evening"_s;
        scores.contactEmail = u"guest@example.org"_s;
        auto refused = feedback().rateVisit(m_session, scores);
        QCOMPARE(refused.error().code, u"consent_required"_s);
        QCOMPARE(m_store->count(u"visit_feedback"_s), 0);

        scores.consent = true;
        auto given = feedback().rateVisit(m_session, scores);
        QVERIFY(given.ok());
        QCOMPARE(m_store->scalar(u"SELECT contact_email FROM visit_feedback"_s).toString(),
                 u"guest@example.org"_s);
        QVERIFY(m_store->scalar(u"SELECT service FROM visit_feedback"_s).isNull()); // skipped
        QCOMPARE(*feedback().forgetContact(m_session), true);
        QVERIFY(m_store->scalar(u"SELECT contact_email FROM visit_feedback"_s).isNull());
        QCOMPARE(*feedback().forgetContact(m_session), false);
        QCOMPARE(feedback().forgetContact(4242).error().code, u"unknown_visit"_s);
    }

    void visitCardRefusals_data()
    {
        QTest::addColumn<VisitScores>("scores");
        VisitScores none;
        QTest::newRow("nothing rated") << none;
        VisitScores sixStars;
        sixStars.food = 6;
        QTest::newRow("six stars for the food") << sixStars;
        VisitScores eleven;
        eleven.recommend = 11;
        QTest::newRow("recommend 11") << eleven;
        VisitScores minus;
        minus.recommend = -1;
        QTest::newRow("recommend -1") << minus;
        VisitScores badEmail;
        badEmail.food = 4;
        badEmail.contactEmail = u"guest at example"_s;
        badEmail.consent = true;
        QTest::newRow("mistyped e-mail") << badEmail;
        VisitScores longComment;
        longComment.food = 4;
        longComment.comment = QString(InputLimits::MaxMessageLength + 1, u'a');
        QTest::newRow("comment too long") << longComment;
    }
    void visitCardRefusals()
    {
        QFETCH(VisitScores, scores);
        auto given = feedback().rateVisit(m_session, scores);
        QVERIFY(!given.ok());
        QCOMPARE(given.error().code, u"bad_request"_s);
        QCOMPARE(m_store->count(u"visit_feedback"_s), 0);
    }

    // After the retention period the comments and e-mails go; the scores stay for the trends.
    void commentsAndEmailsAreErasedAfterTheRetentionPeriod()
    {
        orderDish(m_session, u"hummus"_s, u"served"_s);
        QVERIFY(feedback().rateDish(m_session, m_store->item(u"hummus"_s).id, 4, u"Silky"_s).ok());
        VisitScores scores;
        scores.food = 4;
        scores.comment = u"Come back soon"_s;
        scores.contactEmail = u"guest@example.org"_s;
        scores.consent = true;
        QVERIFY(feedback().rateVisit(m_session, scores).ok());
        QCOMPARE(*feedback().retentionDays(), GuestFeedback::DefaultRetentionDays);
        QCOMPARE(feedback().setRetentionDays(0).error().code, u"bad_request"_s);
        QVERIFY(feedback().setRetentionDays(30).ok());

        m_store->clock.advance(29LL * 24 * 3600 * 1000);
        QCOMPARE(*feedback().eraseExpired(), 0);
        m_store->clock.advance(2LL * 24 * 3600 * 1000);
        QCOMPARE(*feedback().eraseExpired(), 2);
        QCOMPARE(m_store->scalar(u"SELECT comment FROM feedback"_s).toString(), QString());
        QCOMPARE(m_store->scalar(u"SELECT rating FROM feedback"_s).toInt(), 4);
        QCOMPARE(m_store->scalar(u"SELECT comment FROM visit_feedback"_s).toString(), QString());
        QVERIFY(m_store->scalar(u"SELECT contact_email FROM visit_feedback"_s).isNull());
        QCOMPARE(m_store->scalar(u"SELECT food FROM visit_feedback"_s).toInt(), 4);
    }

    void guestVoiceAveragesWeeksAndPromoters()
    {
        const qint64 hummus = m_store->item(u"hummus"_s).id;
        const QList<int> recommends{10, 9, 8, 3};
        for (int visit = 0; visit < recommends.size(); ++visit) {
            const qint64 session = visit == 0 ? m_session : seat(4 + visit);
            orderDish(session, u"hummus"_s, u"served"_s);
            QVERIFY(feedback().rateDish(session, hummus, 2 + visit, u"note %1"_s.arg(visit)).ok());
            VisitScores scores;
            scores.recommend = recommends[visit];
            auto rated = feedback().rateVisit(session, scores);
            QVERIFY2(rated.ok(), qPrintable(rated.ok() ? QString() : rated.error().message));
            m_store->clock.advance(7LL * 24 * 3600 * 1000); // a week apart
        }
        auto voice =
            GuestVoiceRepository(m_store->connection()).read(m_store->clock.now().addDays(-365));
        QVERIFY(voice.ok());
        QCOMPARE(voice->dishes.size(), 1);
        QCOMPARE(voice->dishes[0].key, u"hummus"_s);
        QCOMPARE(voice->dishes[0].count, 4);
        QCOMPARE(voice->dishes[0].average, 3.5); // 2, 3, 4, 5
        QCOMPARE(voice->dishes[0].weeks.size(), 4);
        QCOMPARE(voice->dishes[0].weeks.first().average, 2.0);
        QCOMPARE(voice->dishes[0].weeks.first().weekStart.dayOfWeek(), 1); // a Monday
        QCOMPARE(voice->visits.recommend.promoters, 2);
        QCOMPARE(voice->visits.recommend.passives, 1);
        QCOMPARE(voice->visits.recommend.detractors, 1);
        QCOMPARE(voice->visits.recommend.netPromoterScore(), 25);
        QCOMPARE(voice->visits.weeks.size(), 4);
        QCOMPARE(voice->visits.weeks.last().average, -100.0); // the week of the 3
        QCOMPARE(voice->comments.size(), 4);
        QCOMPARE(voice->comments.first().comment, u"note 3"_s); // newest first
        QCOMPARE(voice->comments.first().table, 7);
        QCOMPARE(voice->commentCount, 4);

        // The comments filtered by stars, by dish, by days and a page at a time.
        const QDateTime year = m_store->clock.now().addDays(-365);
        const auto comments = [&](const CommentFilter &filter) {
            QStringList texts;
            auto read = GuestVoiceRepository(m_store->connection()).read(year, filter);
            for (const GuestComment &comment : read->comments)
                texts.append(comment.comment);
            return texts;
        };
        QCOMPARE(comments({.rating = 4}), QStringList{u"note 2"_s});
        QCOMPARE(comments({.itemId = hummus, .rating = 2}), QStringList{u"note 0"_s});
        QCOMPARE(comments({.itemId = m_store->item(u"baklava"_s).id}), QStringList());
        const QDate first = voice->comments.last().at.date();
        QCOMPARE(comments({.from = first, .to = first}), QStringList{u"note 0"_s});
        QCOMPARE(comments({.from = first.addDays(7)}),
                 (QStringList{u"note 3"_s, u"note 2"_s, u"note 1"_s}));
        QCOMPARE(comments({.offset = 1, .limit = 2}), (QStringList{u"note 2"_s, u"note 1"_s}));
        auto paged = GuestVoiceRepository(m_store->connection()).read(year, {.limit = 1});
        QCOMPARE(paged->comments.size(), 1);
        QCOMPARE(paged->commentCount, 4);
    }

    // A null QString binds as SQL NULL; the NOT NULL columns must get '' from the repositories.
    void noNoteIsStoredAsEmptyText()
    {
        auto call = ServiceRequestRepository(m_store->connection(), m_store->clock)
                        .request(m_session, u"water"_s, QString());
        QVERIFY2(call.ok(), qPrintable(call.ok() ? QString() : call.error().message));
        QCOMPARE(
            m_store->scalar(u"SELECT quote(note) FROM service_requests WHERE id = ?"_s, {call->id})
                .toString(),
            u"''"_s);
    }

    void theDemoVenueRecommendsFourPlaces()
    {
        const auto list = tips().list();
        QVERIFY(list.ok());
        QCOMPARE(tipNames(), (QStringList{u"Museum of the Old Harbour"_s, u"Lemon Grove Gardens"_s,
                                          u"Agora Street Market"_s, u"Lighthouse Point"_s}));
        for (qsizetype i = 0; i < list->size(); ++i) {
            const LocalTip &tip = list->at(i);
            QCOMPARE(tip.position, int(i));
            for (const QString &language : {u"en"_s, u"el"_s, u"ar"_s, u"fa"_s})
                QVERIFY2(!tip.description.value(language).isEmpty(), qPrintable(tip.name));
            QVERIFY(LocalTipRules::isLink(tip.link));
            QVERIFY(tip.link.contains(u".example.org"_s));
        }
        QCOMPARE(list->at(0).hours.value(u"el"_s), u"Τρί–Κυρ 10:00–18:00"_s);
        QCOMPARE(list->at(1).minutesOnFoot, 5);
        QVERIFY(list->at(3).hours.isEmpty()); // a path along the cliffs is never closed
    }

    void tipsAreAddedEditedMovedAndDeleted()
    {
        const QByteArray jpeg("\xFF\xD8 a view of the bay");
        QVERIFY(PhotoRepository(m_store->connection(), m_store->clock)
                    .add(jpeg, u"image/jpeg"_s, 4, 3, 0)
                    .ok());
        LocalTip tip;
        tip.name = u"Old Town Walls \u202Eevil\u202C"_s; // kept as sent
        tip.photo = PhotoRepository::hashOf(jpeg);
        tip.description = {{u"en"_s, u"Walk the walls.\u0007"_s},
                           {u"fa"_s, u"روی دیوارها قدم بزنید."_s}};
        tip.hours = {{u"en"_s, u"Always open"_s}};
        tip.minutesOnFoot = 15;
        tip.link = u"http://walls.example.org/?a=1&b=2"_s;
        m_store->clock.advance(60000);
        auto added = tips().save(tip);
        QVERIFY(added.ok());
        QCOMPARE(added->position, 4); // last
        QCOMPARE(added->name, tip.name);
        QCOMPARE(added->description, tip.description);
        QCOMPARE(added->photo, tip.photo);
        QCOMPARE(added->link, tip.link);
        QCOMPARE(added->changedAt, m_store->clock.now());

        LocalTip edited = *added;
        edited.description = {{u"en"_s, u"Walk the walls at dusk."_s}};
        edited.hours = {};
        edited.photo.clear();
        edited.minutesOnFoot = 0;
        auto saved = tips().save(edited);
        QVERIFY(saved.ok());
        QCOMPARE(saved->description, edited.description); // the Persian text is gone
        QVERIFY(saved->hours.isEmpty());
        QVERIFY(saved->photo.isEmpty());
        QCOMPARE(saved->position, 4);

        const QList<LocalTip> before = tips().list().value();
        QList<qint64> order;
        for (const LocalTip &t : before)
            order.prepend(t.id);
        QVERIFY(tips().reorder(order).ok());
        QCOMPARE(tipNames().constFirst(), tip.name);
        QCOMPARE(tipNames().constLast(), u"Museum of the Old Harbour"_s);

        QVERIFY(tips().remove(order.at(1)).ok()); // Lighthouse Point
        QCOMPARE(tipNames(),
                 (QStringList{tip.name, u"Agora Street Market"_s, u"Lemon Grove Gardens"_s,
                              u"Museum of the Old Harbour"_s}));
        const QList<LocalTip> after = tips().list().value();
        for (qsizetype i = 0; i < after.size(); ++i)
            QCOMPARE(after.at(i).position, int(i)); // no gap
    }

    void refusedTipsStoreNothing()
    {
        const qint64 rows = storedTipRows();
        const QList<LocalTip> before = tips().list().value();
        LocalTip tip = before.constFirst();
        tip.id = 0;
        tip.photo = QString(64, u'a'); // a hash the library does not have
        QCOMPARE(tips().save(tip).error().code, u"unknown_photo"_s);
        tip.photo.clear();
        tip.id = 999;
        QCOMPARE(tips().save(tip).error().code, u"unknown_tip"_s);
        QCOMPARE(tips().remove(999).error().code, u"unknown_tip"_s);
        QList<qint64> order;
        for (const LocalTip &t : before)
            order.append(t.id);
        QCOMPARE(tips().reorder(order.mid(1)).error().code, u"bad_request"_s);
        QCOMPARE(tips().reorder(order + QList<qint64>{order.constFirst()}).error().code,
                 u"bad_request"_s);
        QCOMPARE(tips().reorder(order.mid(1) + QList<qint64>{999}).error().code, u"unknown_tip"_s);
        tip.id = 0;
        for (int i = int(before.size()); i < LocalTipRules::MaxTips; ++i)
            QVERIFY(tips().save(tip).ok());
        const qint64 full = storedTipRows();
        QCOMPARE(tips().save(tip).error().code, u"too_many_tips"_s);
        QCOMPARE(storedTipRows(), full);
        QVERIFY(full > rows);
        // The store's own checks stand behind the rules: no link but http(s).
        QVERIFY(
            !runSql(m_store->connection(), u"UPDATE local_tips SET link = 'javascript:alert(1)'"_s)
                 .ok());
    }

    void ideasAreVotedOncePerSession()
    {
        auto kids = ideas().submit(m_session, u" A kids' menu with smaller plates "_s);
        QVERIFY(kids.ok());
        QCOMPARE(kids->body, u"A kids' menu with smaller plates"_s);
        QCOMPARE(kids->status, u"new"_s);
        QCOMPARE(kids->votes, 1); // the proposer's
        QVERIFY(kids->voted);
        auto music = ideas().submit(m_session, u"Live music on Fridays"_s);
        QVERIFY(music.ok());

        auto twice = ideas().vote(music->id, m_session);
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().code, u"already_voted"_s);
        QCOMPARE(m_store->count(u"idea_votes"_s), 2);

        const qint64 otherTable = seat(8);
        QCOMPARE(ideas().vote(music->id, otherTable)->votes, 2);
        m_store->clock.advance(60 * 1000);
        auto wine = ideas().submit(otherTable, u"Wine by the glass"_s);
        QVERIFY(wine.ok());

        auto board = ideas().board(otherTable);
        QVERIFY(board.ok());
        QCOMPARE(board->size(), 3);
        QCOMPARE(board->at(0).id, music->id); // most votes first
        QCOMPARE(board->at(0).votes, 2);
        QVERIFY(board->at(0).voted);
        QCOMPARE(board->at(1).id, wine->id); // then the newest
        QCOMPARE(board->at(2).id, kids->id);
        QVERIFY(!board->at(2).voted); // table 8 did not vote for it
    }

    // Table A voted for both duplicates, table B for one: merged, the idea kept has two voters.
    void aMergeCountsEachVoterOnce()
    {
        const qint64 a = seat(5), b = seat(6), c = seat(7);
        QVERIFY(a > 0 && b > 0 && c > 0);
        auto kept = ideas().submit(a, u"Kids' menu"_s);
        auto copy = ideas().submit(b, u"A menu for children"_s);
        auto third = ideas().submit(c, u"Smaller plates for kids"_s);
        QVERIFY(kept.ok() && copy.ok() && third.ok());
        QVERIFY(ideas().vote(copy->id, a).ok());
        QVERIFY(ideas().merge(third->id, {copy->id}).ok()); // a chain: copy behind third
        auto merged = ideas().merge(kept->id, {third->id});
        QVERIFY2(merged.ok(), qPrintable(merged.ok() ? QString() : merged.error().message));
        QCOMPARE(merged->votes, 3); // a, b and c, a once
        QCOMPARE(merged->mergedIds, (QList<qint64>{copy->id, third->id}));
        auto behind = ideas().byId(copy->id);
        QCOMPARE(behind->status, u"merged"_s);
        QCOMPARE(behind->mergedInto, kept->id);
        QCOMPARE(behind->votes, 0);
        // A vote for a merged idea is the kept one's; the table's earlier vote still counts.
        QCOMPARE(ideas().vote(copy->id, b).error().code, u"already_voted"_s);
        auto late = ideas().vote(copy->id, seat(8));
        QCOMPARE(late->id, kept->id);
        QCOMPARE(late->votes, 4);
        // The board shows the idea kept alone.
        for (const Idea &idea : ideas().board().value())
            QVERIFY(idea.id != copy->id && idea.id != third->id);
        // Refused, nothing written: merged on either side, into itself, nothing to merge.
        const qint64 votesBefore = m_store->count(u"idea_votes"_s);
        QCOMPARE(ideas().merge(copy->id, {kept->id}).error().code, u"already_merged"_s);
        QCOMPARE(ideas().merge(kept->id, {copy->id}).error().code, u"already_merged"_s);
        QCOMPARE(ideas().merge(kept->id, {kept->id}).error().code, u"bad_request"_s);
        QCOMPARE(ideas().merge(kept->id, {}).error().code, u"bad_request"_s);
        QCOMPARE(ideas().merge(kept->id, {4242}).error().code, u"unknown_idea"_s);
        QCOMPARE(ideas().setStatus(copy->id, IdeaStatus::Done).error().code, u"already_merged"_s);
        QCOMPARE(ideas().answer(copy->id, u"Yes"_s).error().code, u"already_merged"_s);
        QCOMPARE(m_store->count(u"idea_votes"_s), votesBefore);
    }

    void theOwnerMovesAndAnswersAnIdea()
    {
        auto idea = ideas().submit(m_session, u"Oat milk for coffee"_s);
        QVERIFY(idea.ok());
        m_store->clock.advance(5 * 60 * 1000);
        auto planned = ideas().setStatus(idea->id, IdeaStatus::Planned);
        QVERIFY2(planned.ok(), qPrintable(planned.ok() ? QString() : planned.error().message));
        QCOMPARE(planned->status, u"planned"_s);
        QCOMPARE(planned->changedAt, m_store->clock.now());
        QCOMPARE(ideas().setStatus(idea->id, IdeaStatus::Planned).error().code, u"no_change"_s);
        QCOMPARE(ideas().setStatus(idea->id, IdeaStatus::New).error().code,
                 u"illegal_transition"_s);
        auto answered = ideas().answer(idea->id, u" From Monday! "_s);
        QVERIFY2(answered.ok(), qPrintable(answered.ok() ? QString() : answered.error().message));
        QCOMPARE(answered->answer, u"From Monday!"_s);
        QCOMPARE(ideas().answer(idea->id, QString(1001, u'x')).error().code, u"bad_request"_s);
        QCOMPARE(ideas().byId(idea->id)->answer, u"From Monday!"_s);
        QCOMPARE(ideas().answer(idea->id, QString())->answer, QString());
    }

    void similarIdeasComeMostAlikeFirst()
    {
        const qint64 table = seat(9);
        QVERIFY(table > 0);
        auto music = ideas().submit(table, u"Live music on Fridays"_s);
        auto jazz = ideas().submit(table, u"Live jazz music at the weekend"_s);
        QVERIFY(music.ok() && jazz.ok());
        QVERIFY(ideas().submit(table, u"Vegan desserts"_s).ok());
        auto found = ideas().similar(u"live music"_s, table);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 2);
        QCOMPARE(found->at(0).id, music->id);
        QVERIFY(found->at(0).similarity > found->at(1).similarity);
        QVERIFY(found->at(0).voted);
        QCOMPARE(ideas().similar(u"a"_s)->size(), 0);
    }

    void ideaRefusals()
    {
        const qint64 before = m_store->count(u"ideas"_s);
        auto blank = ideas().submit(m_session, u"  "_s);
        QVERIFY(!blank.ok());
        QCOMPARE(blank.error().code, u"bad_request"_s);
        QCOMPARE(ideas().submit(m_session, QString(281, u'x')).error().code, u"bad_request"_s);
        auto unknown = ideas().vote(4242, m_session);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, u"unknown_idea"_s);
        QCOMPARE(m_store->count(u"ideas"_s), before);
    }
};

QTEST_GUILESS_MAIN(TestTableActivity)
#include "tst_tableactivity.moc"
