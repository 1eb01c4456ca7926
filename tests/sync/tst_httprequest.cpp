// The head of one HTTP request on the hub's port (httprequest.h): what a whole head gives, when
// the hub must wait for more, and every refusal with its status and code.

#include "httprequest.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tableside;

using State = HttpHeadRead::State;
Q_DECLARE_METATYPE(tableside::HttpHeadRead::State)

class TestHttpRequest : public QObject {
    Q_OBJECT

private slots:
    void readsAHead_data();
    void readsAHead();
    void refuses_data();
    void refuses();
    void waitsForTheRest_data();
    void waitsForTheRest();
    void headersAreFoundWhateverTheirCase();
    void tellsAWebSocketUpgrade_data();
    void tellsAWebSocketUpgrade();
};

void TestHttpRequest::readsAHead_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<int>("headers");
    QTest::addColumn<qint64>("contentLength");
    QTest::addColumn<qsizetype>("headBytes");

    const QByteArray get = "GET /photos/ab HTTP/1.1\r\nHost: hub\r\n\r\n";
    QTest::newRow("get") << get << "GET"_ba
                         << "/photos/ab"_ba
                         << ""_ba << 1 << qint64(-1) << get.size();
    QTest::newRow("the body's bytes are not the head's")
        << "POST /photos HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello"_ba
        << "POST"_ba
        << "/photos"_ba
        << ""_ba << 1 << qint64(5) << qsizetype(44);
    QTest::newRow("no headers") << "HEAD / HTTP/1.0\r\n\r\n"_ba
                                << "HEAD"_ba
                                << "/"_ba
                                << ""_ba << 0 << qint64(-1) << qsizetype(19);
    QTest::newRow("a query") << "GET /menu/draft.csv?x=1 HTTP/1.1\r\n\r\n"_ba
                             << "GET"_ba
                             << "/menu/draft.csv"_ba
                             << "x=1"_ba << 0 << qint64(-1) << qsizetype(36);
    QTest::newRow("spaces around a value")
        << "POST /photos HTTP/1.1\r\ncontent-length: \t 0 \r\nX-Empty:\r\n\r\n"_ba
        << "POST"_ba
        << "/photos"_ba
        << ""_ba << 2 << qint64(0) << qsizetype(57);
    QTest::newRow("a large length is read, the route refuses it")
        << "POST /photos HTTP/1.1\r\nContent-Length: 999999999999\r\n\r\n"_ba
        << "POST"_ba
        << "/photos"_ba
        << ""_ba << 1 << qint64(999999999999) << qsizetype(55);
    QTest::newRow("bytes above ASCII in a value")
        << "GET / HTTP/1.1\r\nUser-Agent: caf\xc3\xa9\r\n\r\n"_ba
        << "GET"_ba
        << "/"_ba
        << ""_ba << 1 << qint64(-1) << qsizetype(37);
}

void TestHttpRequest::readsAHead()
{
    QFETCH(QByteArray, bytes);
    const HttpHeadRead read = HttpRequest::readHead(bytes);
    QCOMPARE(read.state, State::Complete);
    QTEST(read.request.method, "method");
    QTEST(read.request.path, "path");
    QTEST(read.request.query, "query");
    QTEST(int(read.request.headers.size()), "headers");
    QTEST(read.request.contentLength, "contentLength");
    QTEST(read.request.headBytes, "headBytes");
}

void TestHttpRequest::refuses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const auto row = [](const char *name, QByteArray bytes, int status, const QString &code) {
        QTest::newRow(name) << bytes << status << code;
    };
    row("garbage", "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n"_ba, 400,
        u"bad_request"_s);
    row("garbage judged at its first line", "hello there\r\n"_ba, 400, u"bad_request"_s);
    row("an empty first line", "\r\nGET / HTTP/1.1\r\n\r\n"_ba, 400, u"bad_request"_s);
    row("no version", "GET /photos\r\n\r\n"_ba, 400, u"bad_request"_s);
    row("two spaces", "GET  /photos HTTP/1.1\r\n\r\n"_ba, 400, u"bad_request"_s);
    row("a target that is not a path", "GET http://hub/x HTTP/1.1\r\n\r\n"_ba, 400,
        u"bad_request"_s);
    row("a method that is not a token", "GE(T / HTTP/1.1\r\n\r\n"_ba, 400, u"bad_request"_s);
    row("a control character in the path", "GET /a\x01 HTTP/1.1\r\n\r\n"_ba, 400, u"bad_request"_s);
    row("not HTTP", "GET / FTP/1.1\r\n\r\n"_ba, 400, u"bad_request"_s);
    row("HTTP/2", "GET / HTTP/2.0\r\n\r\n"_ba, 505, u"bad_request"_s);
    row("a header without a colon", "GET / HTTP/1.1\r\nHost hub\r\n\r\n"_ba, 400, u"bad_request"_s);
    row("a space before the colon", "GET / HTTP/1.1\r\nHost : hub\r\n\r\n"_ba, 400,
        u"bad_request"_s);
    row("a folded line", "GET / HTTP/1.1\r\nX-A: 1\r\n 2\r\n\r\n"_ba, 400, u"bad_request"_s);
    row("a bare CR in a value", "GET / HTTP/1.1\r\nX-A: 1\r2\r\n\r\n"_ba, 400, u"bad_request"_s);
    row("an empty name", "GET / HTTP/1.1\r\n: x\r\n\r\n"_ba, 400, u"bad_request"_s);
    row("a negative length", "POST /photos HTTP/1.1\r\nContent-Length: -1\r\n\r\n"_ba, 400,
        u"bad_request"_s);
    row("a length in words", "POST /photos HTTP/1.1\r\nContent-Length: ten\r\n\r\n"_ba, 400,
        u"bad_request"_s);
    row("an empty length", "POST /photos HTTP/1.1\r\nContent-Length:\r\n\r\n"_ba, 400,
        u"bad_request"_s);
    row("a length with a sign", "POST /photos HTTP/1.1\r\nContent-Length: +5\r\n\r\n"_ba, 400,
        u"bad_request"_s);
    row("a list of lengths", "POST /photos HTTP/1.1\r\nContent-Length: 5, 5\r\n\r\n"_ba, 400,
        u"bad_request"_s);
    row("a length past any file",
        "POST /photos HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n"_ba, 400,
        u"bad_request"_s);
    row("the length twice",
        "POST /photos HTTP/1.1\r\nContent-Length: 5\r\ncontent-length: 5\r\n\r\n"_ba, 400,
        u"bad_request"_s);
    row("two lengths", "POST /photos HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n"_ba,
        400, u"bad_request"_s);
    row("chunked", "POST /photos HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"_ba, 411,
        u"length_required"_s);
    row("chunked beside a length",
        "POST /photos HTTP/1.1\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n"_ba, 411,
        u"length_required"_s);
    QByteArray tooLong = "GET / HTTP/1.1\r\nX-Long: ";
    tooLong.append(HttpRequest::MaxHeadBytes, 'a');
    row("headers too long, unfinished", tooLong, 431, u"header_too_large"_s);
    row("headers too long, finished", tooLong + "\r\n\r\n", 431, u"header_too_large"_s);
}

void TestHttpRequest::refuses()
{
    QFETCH(QByteArray, bytes);
    const HttpHeadRead read = HttpRequest::readHead(bytes);
    QCOMPARE(read.state, State::Refused);
    QTEST(read.status, "status");
    QTEST(read.error.code, "code");
    QVERIFY(!read.error.message.isEmpty());
    QVERIFY(read.error.message.endsWith(u'.'));
}

void TestHttpRequest::waitsForTheRest_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("nothing") << QByteArray();
    QTest::newRow("half a line") << "GET /pho"_ba;
    QTest::newRow("a line") << "GET /photos HTTP/1.1\r\n"_ba;
    QTest::newRow("half the headers") << "GET /photos HTTP/1.1\r\nHost: hub\r\nUpgr"_ba;
    QTest::newRow("one CRLF short") << "GET /photos HTTP/1.1\r\nHost: hub\r\n"_ba;
    QByteArray justUnder = "GET / HTTP/1.1\r\nX-Long: ";
    justUnder.append(HttpRequest::MaxHeadBytes - justUnder.size() - 1, 'a');
    QTest::newRow("a byte under the limit") << justUnder;
}

void TestHttpRequest::waitsForTheRest()
{
    QFETCH(QByteArray, bytes);
    QCOMPARE(HttpRequest::readHead(bytes).state, State::Incomplete);
}

void TestHttpRequest::headersAreFoundWhateverTheirCase()
{
    QByteArray exactlyAtTheLimit = "GET / HTTP/1.1\r\nAuthorization: Bearer abc\r\nX-Pad: ";
    exactlyAtTheLimit.append(HttpRequest::MaxHeadBytes - exactlyAtTheLimit.size() - 4, 'a');
    exactlyAtTheLimit.append("\r\n\r\n");
    QCOMPARE(exactlyAtTheLimit.size(), HttpRequest::MaxHeadBytes);
    const HttpHeadRead read = HttpRequest::readHead(exactlyAtTheLimit);
    QCOMPARE(read.state, State::Complete);
    QCOMPARE(read.request.header("authorization"), "Bearer abc"_ba);
    QCOMPARE(read.request.header("AUTHORIZATION"), "Bearer abc"_ba);
    QVERIFY(read.request.hasHeader("x-pad"));
    QVERIFY(!read.request.hasHeader("X-Tableside-Pin"));
    QCOMPARE(read.request.header("X-Tableside-Pin"), QByteArray());
}

void TestHttpRequest::tellsAWebSocketUpgrade_data()
{
    QTest::addColumn<QByteArray>("upgrade");
    QTest::addColumn<bool>("webSocket");
    QTest::newRow("websocket") << "websocket"_ba << true;
    QTest::newRow("WebSocket") << "WebSocket"_ba << true;
    QTest::newRow("in a list") << "h2c, websocket"_ba << true;
    QTest::newRow("another protocol") << "h2c"_ba << false;
    QTest::newRow("none") << QByteArray() << false;
}

void TestHttpRequest::tellsAWebSocketUpgrade()
{
    QFETCH(QByteArray, upgrade);
    QByteArray bytes = "GET / HTTP/1.1\r\nHost: hub\r\n";
    if (!upgrade.isEmpty())
        bytes += "Upgrade: " + upgrade + "\r\nConnection: Upgrade\r\n";
    bytes += "\r\n";
    const HttpHeadRead read = HttpRequest::readHead(bytes);
    QCOMPARE(read.state, State::Complete);
    QTEST(read.request.isWebSocketUpgrade(), "webSocket");
}

QTEST_GUILESS_MAIN(TestHttpRequest)
#include "tst_httprequest.moc"
