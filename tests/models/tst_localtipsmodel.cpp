// Explore the area as a screen shows it: the hub's list in the owner's order, each text in the
// screen's language or the venue's default language's, isolated for display, and as written for
// the owner's form; replaced whole by each tips.changed.
#include "guesttext.h"
#include "localtipsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tableside;

namespace {

QJsonObject list(const QJsonArray &tips, const QString &defaultLanguage = u"en"_s)
{
    return {{u"tips"_s, tips}, {u"defaultLanguage"_s, defaultLanguage}};
}

const QJsonObject Museum{
    {u"tipId"_s, 3},
    {u"name"_s, u"Museum \u202Eevil"_s},
    {u"photo"_s, u"tip-museum.jpg"_s},
    {u"description"_s, QJsonObject{{u"en"_s, u"Ship models."_s}, {u"ar"_s, u"نماذج سفن."_s}}},
    {u"hours"_s, QJsonObject{{u"en"_s, u"10-18"_s}}},
    {u"minutesOnFoot"_s, 8},
    {u"link"_s, u"https://museum.example.org/?a=1&b=2"_s}};
const QJsonObject Park{{u"tipId"_s, 4},
                       {u"name"_s, u"Park"_s},
                       {u"photo"_s, QString(64, u'a')},
                       {u"description"_s, QJsonObject{{u"en"_s, u"Trees."_s}}},
                       {u"hours"_s, QJsonObject{}},
                       {u"minutesOnFoot"_s, 5},
                       {u"link"_s, u"http://park.example.org"_s}};

} // namespace

class TestLocalTipsModel : public QObject {
    Q_OBJECT

private slots:
    void textsInTheScreensLanguageOrTheDefault()
    {
        LocalTipsModel model;
        QAbstractItemModelTester tester(&model);
        model.setPhotoBase(QUrl(u"qrc:/demo/photos/"_s));
        QSignalSpy changed(&model, &LocalTipsModel::changed);
        model.setTips(list({Museum, Park}));
        QCOMPARE(changed.count(), 1);
        QVERIFY(model.loaded());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.ids(), (QList<qint64>{3, 4}));

        model.setLanguage(u"ar"_s);
        QCOMPARE(model.tip(0)[u"description"_s].toString(), displayedGuestText(u"نماذج سفن."_s));
        // No Arabic hours: the default language's.
        QCOMPARE(model.tip(0)[u"hours"_s].toString(), displayedGuestText(u"10-18"_s));
        QCOMPARE(model.tip(1)[u"description"_s].toString(), displayedGuestText(u"Trees."_s));
        QCOMPARE(model.tip(1)[u"hours"_s].toString(), QString()); // none written
        model.setLanguage(u"el"_s);
        QCOMPARE(model.tip(0)[u"description"_s].toString(), displayedGuestText(u"Ship models."_s));

        // The name isolated, without its override; as written for the owner.
        QCOMPARE(model.tip(0)[u"name"_s].toString(), u"\u2068Museum evil\u2069"_s);
        QCOMPARE(model.tip(0)[u"nameText"_s].toString(), u"Museum \u202Eevil"_s);
        QCOMPARE(model.tip(0)[u"descriptionTexts"_s].toMap().value(u"ar"_s).toString(),
                 u"نماذج سفن."_s);
        // The link as stored, for the QR code; photos from the shipped files or the hub.
        QCOMPARE(model.tip(0)[u"link"_s].toString(), u"https://museum.example.org/?a=1&b=2"_s);
        QCOMPARE(model.tip(0)[u"photo"_s].toUrl(), QUrl(u"qrc:/demo/photos/tip-museum.jpg"_s));
        QCOMPARE(model.tip(1)[u"photo"_s].toUrl(), QUrl(u"image://photo/"_s + QString(64, u'a')));
        QCOMPARE(model.tip(1)[u"minutesOnFoot"_s].toInt(), 5);
        QVERIFY(model.tip(2).isEmpty());
    }

    void aVenueWhoseDefaultIsGreek()
    {
        LocalTipsModel model;
        QJsonObject tip = Museum;
        tip.insert(u"description"_s, QJsonObject{{u"el"_s, u"Πλοία."_s}});
        model.setLanguage(u"fa"_s);
        model.setTips(list({tip}, u"el"_s));
        QCOMPARE(model.tip(0)[u"description"_s].toString(), displayedGuestText(u"Πλοία."_s));
    }

    void eachChangeReplacesTheList()
    {
        LocalTipsModel model;
        QAbstractItemModelTester tester(&model);
        model.setTips(list({Museum, Park}));
        model.setTips(list({Park}));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(4), 0);
        QCOMPARE(model.rowOf(3), -1);
        model.setTips(list({}));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLocalTipsModel)
#include "tst_localtipsmodel.moc"
