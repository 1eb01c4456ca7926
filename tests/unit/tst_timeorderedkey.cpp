// Keys that devices give what they send: unique, shaped as a UUID of version 7, and in the order
// they were made.
#include "timeorderedkey.h"

#include <QSet>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace tableside;

class TstTimeOrderedKey : public QObject {
    Q_OBJECT

private slots:
    void isAVersion7Uuid()
    {
        QRandomGenerator random(7);
        const QDateTime at =
            QDateTime::fromString(u"2026-11-24T19:30:00.123Z"_s, Qt::ISODateWithMs);
        const QString key = timeOrderedKey(at, random);
        QCOMPARE(key.size(), 36);
        const QUuid uuid(key);
        QVERIFY(!uuid.isNull());
        QCOMPARE(uuid.toString(QUuid::WithoutBraces), key);
        QCOMPARE(uuid.variant(), QUuid::DCE);
        QCOMPARE(key.at(14), u'7'); // the version: Qt 6.4's QUuid knows only 1 to 5
        // The first 12 hex digits are the Unix time in milliseconds.
        const QString digits = key.left(8) + key.mid(9, 4);
        QCOMPARE(digits.toLongLong(nullptr, 16), at.toMSecsSinceEpoch());
    }

    void laterKeysSortAfterEarlierOnes()
    {
        QRandomGenerator random(11);
        QDateTime at = QDateTime::fromString(u"2026-11-24T19:30:00Z"_s, Qt::ISODate);
        QString previous = timeOrderedKey(at, random);
        for (int i = 0; i < 1000; ++i) {
            at = at.addMSecs(1 + i % 3);
            const QString next = timeOrderedKey(at, random);
            QVERIFY2(previous < next, qPrintable(previous + u" before "_s + next));
            previous = next;
        }
    }

    void keysMadeInTheSameMillisecondDiffer()
    {
        QRandomGenerator random(13);
        const QDateTime at = QDateTime::currentDateTimeUtc();
        QSet<QString> keys;
        for (int i = 0; i < 10000; ++i)
            keys.insert(timeOrderedKey(at, random));
        QCOMPARE(keys.size(), 10000);
    }

    void aTimeBeforeTheEpochCountsAsTheEpoch()
    {
        QRandomGenerator random(17);
        const QString key =
            timeOrderedKey(QDateTime::fromString(u"1969-07-20T20:17:00Z"_s, Qt::ISODate), random);
        QVERIFY(key.startsWith(u"00000000-0000-7"_s));
    }
};

QTEST_APPLESS_MAIN(TstTimeOrderedKey)
#include "tst_timeorderedkey.moc"
