// A failed sync stops the hub: the orders whose commit it covered, and the ones committed while
// it ran, are answered to no one, even though the next sync succeeds (as on Linux, which marks the
// pages it failed to write clean); a device whose pairing was not synced is not welcomed; the hub
// takes no more connections and says once that the disk failed.
#include "hubtestsupport.h"

#include <QSemaphore>
#include <QSignalSpy>

#include <atomic>
#include <cerrno>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

class TestHubFailedSync : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestHub> m_venue;
    // Armed: the next sync waits until released, then fails. Every other sync succeeds.
    std::atomic<bool> m_armed = false;
    QSemaphore m_entered;
    QSemaphore m_release;
    std::atomic<int> m_syncsAfterFailure = 0;
    std::atomic<bool> m_failed = false;

    QUrl url() const { return m_venue->hub->url(); }

    QJsonObject order(const QString &key)
    {
        return {{u"key"_s, key},
                {u"lines"_s, QJsonArray{QJsonObject{{u"itemId"_s, m_venue->itemId(u"hummus"_s)},
                                                    {u"quantity"_s, 1}}}}};
    }

    qint64 orders() { return m_venue->scalar(u"SELECT count(*) FROM orders"_s).toLongLong(); }

    // What the hub sent to any of clients before it closed them: stop() first hands out
    // everything that waited for the disk, then closes every socket.
    void stopAndHearTheLastWord(std::initializer_list<TestClient *> clients)
    {
        m_venue->hub->stop();
        for (TestClient *client : clients)
            QVERIFY(client->waitForClosed());
    }

private slots:
    void init()
    {
        m_entered.tryAcquire(m_entered.available());
        m_release.tryAcquire(m_release.available());
        m_armed = false;
        m_failed = false;
        m_syncsAfterFailure = 0;
        m_venue = std::make_unique<TestHub>();
        m_venue->syncFile = [this](int fd) {
            if (m_failed)
                ++m_syncsAfterFailure;
            if (m_armed.exchange(false)) {
                m_entered.release();
                m_release.acquire();
                m_failed = true;
                errno = EIO;
                return -1;
            }
            return ::fdatasync(fd);
        };
        const QString failure = m_venue->start();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void cleanup()
    {
        m_armed = false;
        m_release.release(); // never leave the syncing thread waiting
        m_venue.reset();
    }

    void nothingIsAnsweredOnceASyncFailed()
    {
        QSignalSpy lost(m_venue->hub.get(), &HubServer::durabilityLost);
        TestClient kitchen;
        TestClient table1;
        TestClient table2;
        QVERIFY(kitchen.connectAs(url(), m_venue->enroll(u"Pass"_s, u"kitchen"_s)));
        QVERIFY(table1.connectAs(url(), m_venue->enroll(u"T1"_s, u"table"_s, 1)));
        QVERIFY(table2.connectAs(url(), m_venue->enroll(u"T2"_s, u"table"_s, 2)));
        QVERIFY(kitchen.request(u"subscribe"_s, {{u"since"_s, 0}})[u"ok"_s].toBool());
        QVERIFY(table1.request(u"order.place"_s, order(u"k-0"_s))[u"ok"_s].toBool());
        QVERIFY(kitchen.waitForEvents(2)); // the session, the order
        const qsizetype eventsBefore = kitchen.events().size();
        const qint64 before = orders();

        // The sync of their round is under way (and fails) while a third order is committed.
        m_armed = true;
        const QString a1 = table1.send(u"order.place"_s, order(u"k-1"_s));
        const QString b1 = table2.send(u"order.place"_s, order(u"k-2"_s));
        QTRY_COMPARE(orders(), before + 2);
        QVERIFY(m_entered.tryAcquire(1, 5000));
        const QString a2 = table1.send(u"order.place"_s, order(u"k-3"_s));
        QTRY_COMPARE(orders(), before + 3); // in the hub's view: written, not yet on disk
        m_release.release();

        QTRY_COMPARE(lost.size(), 1);
        QVERIFY2(lost[0][0].toString().contains(u"venue.sqlite-wal"_s),
                 qPrintable(lost[0][0].toString()));
        QVERIFY(!m_venue->hub->isListening());
        TestClient latecomer;
        QVERIFY(!latecomer.open(url()));
        // A device that sends again is not answered either.
        const QString a3 = table1.send(u"order.place"_s, order(u"k-1"_s));

        stopAndHearTheLastWord({&kitchen, &table1, &table2});
        for (const QString &id : {a1, a2, a3})
            QVERIFY2(!table1.hasReplyTo(id), qPrintable(id));
        QVERIFY(!table2.hasReplyTo(b1));
        QCOMPARE(kitchen.events().size(), eventsBefore);
        QCOMPARE(m_syncsAfterFailure.load(), 0); // a sync after it could only say yes wrongly
        QCOMPARE(lost.size(), 1);
        QCOMPARE(m_venue->hub->makePairingCode(u"table"_s, 3).error().code, u"store_error"_s);
    }

    // Pairing commits alone, and the token goes out once on disk: never when the disk failed.
    void aDeviceWhosePairingWasNotSyncedIsNotWelcomed()
    {
        QSignalSpy lost(m_venue->hub.get(), &HubServer::durabilityLost);
        const auto code = m_venue->hub->makePairingCode(u"table"_s, 5);
        QVERIFY(code.ok());
        m_armed = true;
        m_release.release(); // it fails at once
        TestClient newcomer;
        QVERIFY(newcomer.open(url()));
        newcomer.sendJson({{u"type"_s, u"hello"_s},
                           {u"protocol"_s, 1},
                           {u"pairingCode"_s, *code},
                           {u"deviceName"_s, u"Table 5"_s}});
        QTRY_COMPARE(lost.size(), 1);
        stopAndHearTheLastWord({&newcomer});
        for (const QJsonObject &frame : std::as_const(newcomer.frames))
            QVERIFY2(frame.value(u"type"_s) != u"welcome"_s,
                     QJsonDocument(frame).toJson(QJsonDocument::Compact).constData());
    }
};

QTEST_GUILESS_MAIN(TestHubFailedSync)
#include "tst_hubfailedsync.moc"
