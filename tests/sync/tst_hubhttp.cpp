// HTTP on the hub's port (PROTOCOL.md "HTTP on the hub's port"), over real sockets against a real
// hub on the demo venue: photos uploaded by an owner's device and read back by anyone, every
// refusal with its status and code, a stalled connection closed on the hub's clock, the menu's
// spreadsheet both ways, and WebSocket devices served beside it all on the same port.

#include "hubtestsupport.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTcpSocket>

#include <atomic>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

namespace {

struct HttpReply {
    int status = 0;                        // 0: no answer at all
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString errorCode() const
    {
        return json().value(u"error"_s).toObject().value(u"code"_s).toString();
    }
    QString errorMessage() const
    {
        return json().value(u"error"_s).toObject().value(u"message"_s).toString();
    }
};

HttpReply parseReply(const QByteArray &bytes)
{
    HttpReply reply;
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    if (end < 0)
        return reply;
    const QList<QByteArray> lines = bytes.first(end).split('\n');
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    if (statusLine.size() < 2 || statusLine.first() != "HTTP/1.1")
        return reply;
    reply.status = statusLine.at(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        reply.headers.insert(lines.at(i).first(colon).trimmed().toLower(),
                             lines.at(i).sliced(colon + 1).trimmed());
    }
    reply.body = bytes.sliced(end + 4);
    return reply;
}

QByteArray requestBytes(const QByteArray &method, const QByteArray &path,
                        const QList<std::pair<QByteArray, QByteArray>> &headers,
                        const QByteArray &body = {}, bool withLength = true)
{
    QByteArray bytes = method + ' ' + path + " HTTP/1.1\r\nHost: hub\r\n";
    for (const auto &[name, value] : headers)
        bytes += name + ": " + value + "\r\n";
    if (withLength && (method == "POST" || !body.isEmpty()))
        bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return bytes + "\r\n" + body;
}

QByteArray bearer(const QString &token)
{
    return "Bearer " + token.toLatin1();
}

// A photo with detail in it (a plain colour would compress to nothing).
QImage testPicture(int width, int height, bool transparentHalf = false)
{
    QImage image(width, height,
                 transparentHalf ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, width, height);
    gradient.setColorAt(0, QColor(200, 40, 30));
    gradient.setColorAt(1, QColor(30, 90, 200));
    painter.fillRect(transparentHalf ? QRect(0, 0, width / 2, height) : image.rect(), gradient);
    painter.setPen(QPen(Qt::darkGreen, 3));
    for (int x = 0; x < width / 2; x += 17)
        painter.drawLine(x, 0, width / 2 - x, height);
    return image;
}

QByteArray encoded(const QImage &image, const char *format)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (!writer.write(image))
        qWarning() << "cannot write the test's picture:" << writer.errorString();
    return buffer.data();
}

// A JPEG as a camera held on its side writes it: the pixels as the sensor saw them, and an EXIF
// orientation (6: turn a quarter clockwise to view) in an APP1 segment after the start marker.
QByteArray withExifOrientation(const QByteArray &jpeg, quint16 orientation)
{
    QByteArray tiff = "MM\x00\x2a\x00\x00\x00\x08"_ba; // big-endian, first IFD at 8
    tiff += "\x00\x01"_ba;                             // one entry:
    tiff += "\x01\x12\x00\x03\x00\x00\x00\x01"_ba;     // Orientation, SHORT, 1 value
    tiff += char(orientation >> 8);
    tiff += char(orientation & 0xff);
    tiff += "\x00\x00\x00\x00\x00\x00"_ba; // value padding, no next IFD
    const QByteArray payload = "Exif\x00\x00"_ba + tiff;
    const int length = int(payload.size()) + 2;
    QByteArray segment = "\xff\xe1"_ba;
    segment += char(length >> 8);
    segment += char(length & 0xff);
    return jpeg.first(2) + segment + payload + jpeg.sliced(2);
}

} // namespace

class TestHubHttp : public QObject {
    Q_OBJECT

private:
    TestHub m_venue;
    QString m_ownerToken;
    QString m_hostToken;

    quint16 port() const { return m_venue.hub->serverPort(); }

    // Sends bytes on a connection of its own and reads until the hub closes it.
    HttpReply exchange(const QByteArray &bytes)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port());
        socket.write(bytes);
        QByteArray received;
        QObject::connect(&socket, &QTcpSocket::readyRead, [&] { received += socket.readAll(); });
        const bool closed = QTest::qWaitFor(
            [&] { return socket.state() == QAbstractSocket::UnconnectedState; }, 10000);
        received += socket.readAll();
        if (!closed)
            qWarning() << "the hub did not close the connection";
        return parseReply(received);
    }

    HttpReply post(const QByteArray &path, const QByteArray &body, const QString &token,
                   const QList<std::pair<QByteArray, QByteArray>> &more = {})
    {
        QList<std::pair<QByteArray, QByteArray>> headers = more;
        if (!token.isEmpty())
            headers.append({"Authorization", bearer(token)});
        return exchange(requestBytes("POST", path, headers, body));
    }

    HttpReply get(const QByteArray &path, const QString &token = {},
                  const QByteArray &method = "GET")
    {
        QList<std::pair<QByteArray, QByteArray>> headers;
        if (!token.isEmpty())
            headers.append({"Authorization", bearer(token)});
        return exchange(requestBytes(method, path, headers));
    }

    qint64 photoRows() { return m_venue.scalar(u"SELECT count(*) FROM photos"_s).toLongLong(); }

private slots:
    void initTestCase()
    {
        const QString failure = m_venue.start();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        m_ownerToken = m_venue.enroll(u"Office tablet"_s, u"owner"_s);
        m_hostToken = m_venue.enroll(u"Host stand"_s, u"host"_s);
        QVERIFY(!m_ownerToken.isEmpty() && !m_hostToken.isEmpty());
    }

    void aJpegIsScaledStoredAndServed()
    {
        const QByteArray jpeg = encoded(testPicture(2400, 1200), "jpeg");
        const HttpReply stored = post("/photos", jpeg, m_ownerToken);
        QCOMPARE(stored.status, 201);
        const QString hash = stored.json().value(u"photo"_s).toString();
        QVERIFY2(QRegularExpression(u"^[0-9a-f]{64}$"_s).match(hash).hasMatch(), qPrintable(hash));
        QCOMPARE(stored.json().value(u"width"_s).toInt(), 1600); // fit to 1600 wide, same shape
        QCOMPARE(stored.json().value(u"height"_s).toInt(), 800);
        QCOMPARE(stored.headers.value("location"), "/photos/" + hash.toLatin1());
        QCOMPARE(m_venue.scalar(u"SELECT media_type FROM photos WHERE hash = ?"_s, {hash}),
                 QVariant(u"image/jpeg"_s));

        const HttpReply served = get("/photos/" + hash.toLatin1());
        QCOMPARE(served.status, 200);
        QCOMPARE(served.headers.value("content-type"), "image/jpeg"_ba);
        QCOMPARE(served.headers.value("etag"), '"' + hash.toLatin1() + '"');
        QCOMPARE(served.headers.value("cache-control"), "public, max-age=31536000, immutable"_ba);
        QCOMPARE(QString::fromLatin1(
                     QCryptographicHash::hash(served.body, QCryptographicHash::Sha256).toHex()),
                 hash);
        const QImage image = QImage::fromData(served.body, "JPEG");
        QCOMPARE(image.size(), QSize(1600, 800));
        QVERIFY(served.body.size() < jpeg.size()); // scaled, not kept as sent

        const HttpReply head = get("/photos/" + hash.toLatin1(), {}, "HEAD");
        QCOMPARE(head.status, 200);
        QCOMPARE(head.headers.value("content-length"), QByteArray::number(served.body.size()));
        QCOMPARE(head.headers.value("etag"), served.headers.value("etag"));
        QVERIFY(head.body.isEmpty());
    }

    void aSmallPngIsNotEnlargedAndTransparencyTurnsWhite()
    {
        const HttpReply stored =
            post("/photos", encoded(testPicture(300, 200, true), "png"), m_ownerToken);
        QCOMPARE(stored.status, 201);
        QCOMPARE(stored.json().value(u"width"_s).toInt(), 300);
        QCOMPARE(stored.json().value(u"height"_s).toInt(), 200);
        const HttpReply served =
            get("/photos/" + stored.json().value(u"photo"_s).toString().toLatin1());
        const QImage image = QImage::fromData(served.body, "JPEG");
        QCOMPARE(image.size(), QSize(300, 200));
        const QColor transparentBefore = image.pixelColor(280, 100);
        QVERIFY2(transparentBefore.red() > 245 && transparentBefore.green() > 245 &&
                     transparentBefore.blue() > 245,
                 qPrintable(transparentBefore.name()));
    }

    void aPhotoIsTurnedUprightByItsOrientation()
    {
        // A camera held upright writes a landscape picture and "turn it a quarter" beside it.
        const QByteArray sideways = withExifOrientation(encoded(testPicture(400, 200), "jpeg"), 6);
        QBuffer check;
        check.setData(sideways);
        QImageReader reader(&check);
        QCOMPARE(reader.transformation(), QImageIOHandler::TransformationRotate90);

        const HttpReply stored = post("/photos", sideways, m_ownerToken);
        QCOMPARE(stored.status, 201);
        QCOMPARE(stored.json().value(u"width"_s).toInt(), 200);
        QCOMPARE(stored.json().value(u"height"_s).toInt(), 400);
        const HttpReply served =
            get("/photos/" + stored.json().value(u"photo"_s).toString().toLatin1());
        QBuffer servedBytes;
        servedBytes.setData(served.body);
        QImageReader servedReader(&servedBytes);
        // Upright in its pixels: nothing left for a reader to turn.
        QCOMPARE(servedReader.transformation(), QImageIOHandler::TransformationNone);
        QCOMPARE(servedReader.size(), QSize(200, 400));
    }

    void theSamePhotoTwiceIsOneRow()
    {
        const QByteArray jpeg = encoded(testPicture(900, 700), "jpeg");
        const qint64 before = photoRows();
        const HttpReply first = post("/photos", jpeg, m_ownerToken);
        QCOMPARE(first.status, 201);
        const HttpReply second = post("/photos", jpeg, m_ownerToken);
        QCOMPARE(second.status, 200);
        QCOMPARE(second.json(), first.json());
        QCOMPARE(photoRows(), before + 1);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");

        const QByteArray jpeg = encoded(testPicture(64, 64), "jpeg");
        const QByteArray owner = bearer(m_ownerToken);
        const QByteArray host = bearer(m_hostToken);
        QTest::newRow("no token") << requestBytes("POST", "/photos", {}, jpeg) << 401
                                  << u"token_required"_s;
        QTest::newRow("an unknown token")
            << requestBytes("POST", "/photos", {{"Authorization", "Bearer 0123"}}, jpeg) << 401
            << u"unknown_device"_s;
        QTest::newRow("not a bearer token")
            << requestBytes("POST", "/photos", {{"Authorization", "Basic " + owner}}, jpeg) << 401
            << u"token_required"_s;
        QTest::newRow("a host's device")
            << requestBytes("POST", "/photos", {{"Authorization", host}}, jpeg) << 403
            << u"forbidden"_s;
        QTest::newRow("a text file") << requestBytes("POST", "/photos", {{"Authorization", owner}},
                                                     "Hummus, 6.50\nTahini, 2.00\n")
                                     << 415 << u"not_an_image"_s;
        QTest::newRow("half a jpeg")
            << requestBytes("POST", "/photos", {{"Authorization", owner}}, jpeg.first(40)) << 415
            << u"not_an_image"_s;
        QTest::newRow("no length")
            << requestBytes("POST", "/photos", {{"Authorization", owner}}, {}, false) << 411
            << u"length_required"_s;
        QTest::newRow("chunked") << requestBytes("POST", "/photos",
                                                 {{"Authorization", owner},
                                                  {"Transfer-Encoding", "chunked"}},
                                                 {}, false)
                                 << 411 << u"length_required"_s;
        QTest::newRow("a length twice")
            << requestBytes("POST", "/photos", {{"Authorization", owner}, {"Content-Length", "3"}},
                            "abc")
            << 400 << u"bad_request"_s;
        QTest::newRow("a bad photo name")
            << requestBytes("GET", "/photos/hummus.jpg", {}) << 400 << u"bad_request"_s;
        QTest::newRow("a photo name in capitals")
            << requestBytes("GET", "/photos/" + QByteArray(64, 'A'), {}) << 400 << u"bad_request"_s;
        QTest::newRow("an unknown photo")
            << requestBytes("GET", "/photos/" + QByteArray(64, 'a'), {}) << 404 << u"not_found"_s;
        QTest::newRow("an unknown path")
            << requestBytes("GET", "/admin", {}) << 404 << u"not_found"_s;
        QTest::newRow("a photo deleted")
            << requestBytes("DELETE", "/photos/" + QByteArray(64, 'a'), {}) << 405
            << u"method_not_allowed"_s;
        QTest::newRow("photos listed")
            << requestBytes("GET", "/photos", {}) << 405 << u"method_not_allowed"_s;
        QTest::newRow("garbage") << "\x16\x03\x01\x02\x00\x01\r\n\r\n"_ba << 400
                                 << u"bad_request"_s;
        QTest::newRow("headers too long")
            << requestBytes("GET", "/photos", {{"X-Long", QByteArray(9000, 'x')}}) << 431
            << u"header_too_large"_s;
        QTest::newRow("the spreadsheet without a token")
            << requestBytes("GET", "/menu/draft.csv", {}) << 401 << u"token_required"_s;
        QTest::newRow("the spreadsheet to a host")
            << requestBytes("GET", "/menu/draft.csv", {{"Authorization", host}}) << 403
            << u"forbidden"_s;
        QTest::newRow("the spreadsheet deleted")
            << requestBytes("DELETE", "/menu/draft.csv", {{"Authorization", owner}}) << 405
            << u"method_not_allowed"_s;
        QTest::newRow("a spreadsheet too large")
            << requestBytes("POST", "/menu/draft.csv",
                            {{"Authorization", owner}, {"Content-Length", "4194305"}}, {}, false)
            << 413 << u"too_large"_s;
    }

    void refusals()
    {
        QFETCH(QByteArray, request);
        const qint64 before = photoRows();
        const HttpReply reply = exchange(request);
        QTEST(reply.status, "status");
        QTEST(reply.errorCode(), "code");
        QCOMPARE(reply.headers.value("content-type"), "application/json"_ba);
        QVERIFY2(reply.errorMessage().endsWith(u'.'), qPrintable(reply.errorMessage()));
        QCOMPARE(photoRows(), before);
    }

    void wrongMethodSaysWhichAreAllowed()
    {
        const HttpReply reply = exchange(requestBytes("PUT", "/photos/" + QByteArray(64, 'a'), {}));
        QCOMPARE(reply.status, 405);
        QCOMPARE(reply.headers.value("allow"), "GET, HEAD"_ba);
    }

    void anOversizePhotoIsRefusedBeforeItsBody()
    {
        // The head alone, promising 17 MiB that never come: refused from the head, at once.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port());
        socket.write(requestBytes("POST", "/photos",
                                  {{"Authorization", bearer(m_ownerToken)},
                                   {"Content-Length", QByteArray::number(17 * 1024 * 1024)}},
                                  {}, false));
        QByteArray received;
        QObject::connect(&socket, &QTcpSocket::readyRead, [&] { received += socket.readAll(); });
        QVERIFY(QTest::qWaitFor([&] { return received.contains("\r\n\r\n{"); }, 5000));
        const HttpReply reply = parseReply(received);
        QCOMPARE(reply.status, 413);
        QCOMPARE(reply.errorCode(), u"too_large"_s);
        // And the hub is done with it: its side is closed.
        QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    }

    void aPhotoTooLargeToDecodeIsRefused()
    {
        // A few KiB of PNG that claim 10000 x 10000 pixels: refused from its header.
        const QByteArray bomb = encoded(QImage(10000, 10000, QImage::Format_Mono), "png");
        QVERIFY(bomb.size() < 64 * 1024);
        const HttpReply reply = post("/photos", bomb, m_ownerToken);
        QCOMPARE(reply.status, 413);
        QCOMPARE(reply.errorCode(), u"photo_too_large"_s);
    }

    void aStalledConnectionIsClosedAfterTheHelloTimeout_data()
    {
        QTest::addColumn<QByteArray>("sent");
        QTest::newRow("nothing") << QByteArray();
        QTest::newRow("half a head") << "GET /photos/ab"_ba;
        QTest::newRow("half an upgrade") << "GET / HTTP/1.1\r\nUpgrade: websocket\r\n"_ba;
        QTest::newRow("half a body")
            << requestBytes("POST", "/photos",
                            {{"Authorization", bearer(m_ownerToken)}, {"Content-Length", "1000"}},
                            {}, false) +
                   "abc";
    }

    void aStalledConnectionIsClosedAfterTheHelloTimeout()
    {
        QFETCH(QByteArray, sent);
        // No connection in hand: the station judge's timer alone runs.
        QTRY_COMPARE(m_venue.clock.activeTimerCount(), 1);
        const int timersBefore = m_venue.clock.activeTimerCount();
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port());
        QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
        socket.write(sent);
        QTRY_COMPARE(m_venue.clock.activeTimerCount(), timersBefore + 1); // its deadline runs
        // Whatever it sent has been read by the hub (a body's bytes restart its deadline).
        QTest::qWait(50);

        m_venue.clock.advance(HubServer::HelloTimeoutMs - 1);
        QTest::qWait(50);
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
        m_venue.clock.advance(1);
        QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(socket.readAll(), QByteArray()); // closed without an answer
        QTRY_COMPARE(m_venue.clock.activeTimerCount(), timersBefore);
    }

    void webSocketDevicesAreServedBesideHttp()
    {
        TestClient owner;
        QVERIFY(owner.connectAs(m_venue.hub->url(), m_ownerToken));
        QVERIFY(owner.request(u"menu.get"_s, {})[u"ok"_s].toBool());
        const HttpReply photo = post("/photos", encoded(testPicture(120, 80), "png"), m_ownerToken);
        QCOMPARE(photo.status, 201);
        QVERIFY(owner.request(u"menu.draft.get"_s, {})[u"ok"_s].toBool());
        QCOMPARE(m_venue.hub->connectionCount(), 1);
    }

    void theSpreadsheetGoesBothWays()
    {
        TestClient owner;
        QVERIFY(owner.connectAs(m_venue.hub->url(), m_ownerToken));
        QVERIFY(owner.request(u"subscribe"_s, {{u"since"_s, 0}})[u"ok"_s].toBool());

        const HttpReply exported = get("/menu/draft.csv", m_ownerToken);
        QCOMPARE(exported.status, 200);
        QCOMPARE(exported.headers.value("content-type"), "text/csv; charset=utf-8"_ba);
        QCOMPARE(exported.headers.value("content-disposition"),
                 "attachment; filename=\"menu.csv\""_ba);
        QVERIFY2(exported.body.startsWith("\xEF\xBB\xBF"
                                          "kind,key,parent,price,"),
                 exported.body.left(120).toPercentEncoding().constData());
        QVERIFY(exported.body.contains("Χούμους")); // Greek survives as UTF-8

        // Hummus at 7.25, with the owner's PIN: the draft, as menu.draft.import makes it.
        QList<QByteArray> lines = exported.body.split('\n');
        qsizetype hummus = -1;
        for (qsizetype i = 0; i < lines.size(); ++i)
            if (lines.at(i).startsWith("dish,hummus,"))
                hummus = i;
        QVERIFY(hummus > 0);
        QList<QByteArray> fields = lines.at(hummus).split(',');
        QCOMPARE(fields.at(3), "6.50"_ba);
        fields[3] = "7.25";
        lines[hummus] = fields.join(',');
        const QByteArray changed = lines.join('\n');

        const qsizetype eventsBefore = owner.events().size();
        const HttpReply imported =
            post("/menu/draft.csv", changed, m_ownerToken,
                 {{"X-Tableside-Pin", "2580"}, {"Content-Type", "text/csv"}});
        QCOMPARE(imported.status, 200);
        const QJsonObject state = imported.json();
        QVERIFY(state.value(u"draft"_s).isObject());
        QCOMPARE(state.value(u"draft"_s)[u"summary"_s].toString(), u"Imported a spreadsheet"_s);
        bool found = false;
        for (const QJsonValue item : state.value(u"document"_s)[u"items"_s].toArray())
            if (item[u"key"_s] == u"hummus"_s) {
                QCOMPARE(item[u"price"_s].toInt(), 725);
                found = true;
            }
        QVERIFY(found);
        QVERIFY(owner.waitForEvents(eventsBefore + 1));
        QCOMPARE(owner.events().constLast().value(u"event"_s).toString(), u"owner.menu.draft"_s);

        // The working document is the draft now: exported with the new price.
        const HttpReply again = get("/menu/draft.csv", m_ownerToken);
        QCOMPARE(again.body, changed);

        // A bad file changes nothing, and names every bad row and column.
        QList<QByteArray> bad = changed.split('\n');
        QList<QByteArray> badFields = bad.at(hummus).split(',');
        badFields[3] = "seven";
        bad[hummus] = badFields.join(',');
        bad[1] = "shelf" + bad.at(1).sliced(bad.at(1).indexOf(','));
        const HttpReply refused =
            post("/menu/draft.csv", bad.join('\n'), m_ownerToken, {{"X-Tableside-Pin", "2580"}});
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.errorCode(), u"bad_spreadsheet"_s);
        QVERIFY2(refused.errorMessage().contains(u"Row %1, column price"_s.arg(hummus + 1)),
                 qPrintable(refused.errorMessage()));
        QVERIFY2(refused.errorMessage().contains(u"Row 2, column kind"_s),
                 qPrintable(refused.errorMessage()));
        QCOMPARE(get("/menu/draft.csv", m_ownerToken).body, changed);

        // Not UTF-8: refused as such, not mended.
        const HttpReply latin1 = post("/menu/draft.csv", "kind,key\ndish,caf\xe9\n"_ba,
                                      m_ownerToken, {{"X-Tableside-Pin", "2580"}});
        QCOMPARE(latin1.status, 400);
        QCOMPARE(latin1.errorCode(), u"bad_spreadsheet"_s);
        QVERIFY2(latin1.errorMessage().contains(u"UTF-8"_s), qPrintable(latin1.errorMessage()));

        // A wrong PIN, no PIN, a host's PIN: refused, nothing changed.
        const HttpReply wrongPin =
            post("/menu/draft.csv", exported.body, m_ownerToken, {{"X-Tableside-Pin", "0000"}});
        QCOMPARE(wrongPin.status, 403);
        QCOMPARE(wrongPin.errorCode(), u"pin_wrong"_s);
        const HttpReply noPin = post("/menu/draft.csv", exported.body, m_ownerToken);
        QCOMPARE(noPin.status, 401);
        QCOMPARE(noPin.errorCode(), u"pin_required"_s);
        const HttpReply hostPin =
            post("/menu/draft.csv", exported.body, m_ownerToken, {{"X-Tableside-Pin", "1379"}});
        QCOMPARE(hostPin.status, 403);
        QCOMPARE(hostPin.errorCode(), u"forbidden"_s);
        QCOMPARE(get("/menu/draft.csv", m_ownerToken).body, changed);
    }

    void aPhotoIsAnsweredOnlyOnceOnDisk()
    {
        // A venue of its own whose disk holds the photo's sync, then fails it.
        QSemaphore entered;
        QSemaphore release;
        std::atomic_bool armed = false;
        TestHub venue;
        // Never leave the syncing thread waiting, whatever fails: the hub waits for it as it goes.
        const auto unblock = qScopeGuard([&] { release.release(); });
        venue.syncFile = [&](int fd) {
            if (armed.exchange(false)) {
                entered.release();
                release.acquire();
                errno = EIO;
                return -1;
            }
            return ::fdatasync(fd);
        };
        const QString failure = venue.start();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QSignalSpy lost(venue.hub.get(), &HubServer::durabilityLost);
        const QString owner = venue.enroll(u"Office tablet"_s, u"owner"_s);

        armed = true;
        QTcpSocket socket;
        QByteArray received;
        QObject::connect(&socket, &QTcpSocket::readyRead, [&] { received += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, venue.hub->serverPort());
        socket.write(requestBytes("POST", "/photos", {{"Authorization", bearer(owner)}},
                                  encoded(testPicture(640, 480), "jpeg")));
        QTRY_VERIFY(entered.available() > 0); // the photo is written and its sync under way
        entered.acquire();
        QCOMPARE(venue.scalar(u"SELECT count(*) FROM photos"_s).toInt(), 1);
        QTest::qWait(100);
        QCOMPARE(received, QByteArray()); // not told before it is on disk
        release.release();

        QTRY_COMPARE(lost.size(), 1);
        QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(received, QByteArray()); // and never, since the disk did not keep it
    }

    void repeatedWrongPinsLockOut()
    {
        const QByteArray csv = get("/menu/draft.csv", m_ownerToken).body;
        HttpReply reply;
        for (int i = 0; i < 6; ++i)
            reply = post("/menu/draft.csv", csv, m_ownerToken, {{"X-Tableside-Pin", "0000"}});
        QCOMPARE(reply.errorCode(), u"pin_locked"_s);
        QCOMPARE(reply.status, 403);
        // Counted with every PIN: the owner's own PIN is locked now too, over the WebSocket.
        TestClient owner;
        QVERIFY(owner.connectAs(m_venue.hub->url(), m_ownerToken));
        const QJsonObject check = owner.request(u"staff.pin.check"_s, {{u"pin"_s, u"2580"_s}});
        QCOMPARE(TestClient::errorCode(check), u"pin_locked"_s);
    }
};

QTEST_GUILESS_MAIN(TestHubHttp)
#include "tst_hubhttp.moc"
