#include "hubhttp.h"

#include "clocktimer.h"
#include "httpanswer.h"
#include "httprequest.h"
#include "hubhttproutes.h"
#include "hublimits.h"
#include "hublog.h"

#include <QPointer>
#include <QTcpSocket>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

// At least a whole head, so that it can be peeked at.
constexpr qint64 ReadBufferBytes = 64 * 1024;

} // namespace

// One connection until it is handed on or closed: a child of its socket, so both go together,
// and the context of every connection made for it.
class HttpExchange : public QObject {
public:
    enum class Phase { Head, Body, Working, Answering, Closing };

    HttpExchange(HubHttp &http, QTcpSocket *socket)
        : QObject(socket)
        , http(http)
        , socket(socket)
    {
        http.m_exchanges.insert(this);
    }
    ~HttpExchange() override { http.m_exchanges.remove(this); }

    HubHttp &http;
    QTcpSocket *socket;
    ClockTimer *deadline = nullptr;
    Phase phase = Phase::Head;
    HttpRequest request;
    QByteArray body;
    HubHttpRoutes::BodyHandler onBody;
};

HubHttp::HubHttp(HubHttpRoutes &routes, const Clock &clock,
                 std::function<void(QTcpSocket *)> upgrade, QObject *parent)
    : QObject(parent)
    , m_routes(routes)
    , m_clock(clock)
    , m_upgrade(std::move(upgrade))
{}

HubHttp::~HubHttp()
{
    // Exchanges still here belong to sockets that outlive us: detach them.
    const auto left = m_exchanges;
    for (HttpExchange *exchange : left) {
        QTcpSocket *socket = exchange->socket;
        delete exchange; // first: aborting says disconnected
        socket->abort();
    }
}

void HubHttp::accept(QTcpSocket *socket)
{
    auto *exchange = new HttpExchange(*this, socket);
    exchange->deadline = m_clock.createTimer(exchange);
    exchange->deadline->setSingleShot(true);
    connect(exchange->deadline, &ClockTimer::timeout, exchange,
            [this, exchange] { timedOut(exchange); });
    connect(socket, &QTcpSocket::readyRead, exchange, [this, exchange] { onReadable(exchange); });
    connect(socket, &QTcpSocket::bytesWritten, exchange, [this, exchange] { onWritten(exchange); });
    connect(socket, &QTcpSocket::disconnected, exchange, [this, exchange] { drop(exchange); });
    // What a device sends while the hub works on its request waits in the system, not here.
    socket->setReadBufferSize(ReadBufferBytes);
    // The whole head within the hello timeout, from connecting, however it trickles in.
    exchange->deadline->start(HubLimits::HelloTimeoutMs);
    onReadable(exchange); // bytes may have come with the connection
}

void HubHttp::closeAll()
{
    const auto left = m_exchanges;
    for (HttpExchange *exchange : left)
        drop(exchange);
}

void HubHttp::onReadable(HttpExchange *exchange)
{
    switch (exchange->phase) {
    case HttpExchange::Phase::Head:
        readHead(exchange);
        break;
    case HttpExchange::Phase::Body:
        readBody(exchange);
        break;
    case HttpExchange::Phase::Working:
        break; // one request per connection: what follows it waits, unread, to be dropped
    case HttpExchange::Phase::Answering:
    case HttpExchange::Phase::Closing:
        exchange->socket->readAll(); // a body the answer did not need
        break;
    }
}

void HubHttp::readHead(HttpExchange *exchange)
{
    QTcpSocket *socket = exchange->socket;
    // Peeked, not read: a WebSocket handshake goes on with every byte of it still there.
    HttpHeadRead head = HttpRequest::readHead(socket->peek(HttpRequest::MaxHeadBytes));
    if (head.state == HttpHeadRead::State::Incomplete)
        return;
    if (head.state == HttpHeadRead::State::Refused) {
        qCInfo(lcHub).noquote() << socket->peerAddress().toString()
                                << "sent a bad request head:" << head.error.code;
        socket->readAll();
        answer(exchange, HttpAnswer::error(head.status, head.error));
        return;
    }
    if (head.request.isWebSocketUpgrade()) {
        delete exchange; // its deadline and connections with it; the hello timeout follows
        socket->setReadBufferSize(0); // as the WebSocket server takes it
        m_upgrade(socket);
        return;
    }
    socket->read(head.request.headBytes);
    exchange->request = std::move(head.request);
    exchange->phase = HttpExchange::Phase::Working;
    exchange->deadline->stop();
    const QPointer<HttpExchange> guard(exchange);
    exchange->onBody = m_routes.route(exchange->request, [this, guard](const HttpAnswer &answered) {
        if (guard)
            answer(guard, answered);
    });
    if (!guard || !exchange->onBody)
        return;
    exchange->phase = HttpExchange::Phase::Body;
    if (exchange->request.header("Expect").compare("100-continue", Qt::CaseInsensitive) == 0)
        socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    exchange->deadline->start(HubLimits::HelloTimeoutMs);
    readBody(exchange);
}

void HubHttp::readBody(HttpExchange *exchange)
{
    const qint64 wanted = exchange->request.contentLength - exchange->body.size();
    if (wanted > 0) {
        const QByteArray bytes = exchange->socket->read(wanted);
        if (bytes.isEmpty())
            return;
        exchange->body += bytes;
        exchange->deadline->start(HubLimits::HelloTimeoutMs); // it is still coming
        if (exchange->body.size() < exchange->request.contentLength)
            return;
    }
    exchange->phase = HttpExchange::Phase::Working;
    exchange->deadline->stop(); // the hub's turn: no deadline for the device
    const auto onBody = std::exchange(exchange->onBody, {});
    onBody(std::exchange(exchange->body, {}));
}

void HubHttp::answer(HttpExchange *exchange, const HttpAnswer &answer)
{
    if (exchange->phase == HttpExchange::Phase::Answering ||
        exchange->phase == HttpExchange::Phase::Closing)
        return;
    exchange->phase = HttpExchange::Phase::Answering;
    exchange->onBody = {};
    exchange->socket->readAll(); // a body not read is not needed any more
    exchange->socket->write(answer.toBytes(exchange->request.method == "HEAD"));
    // The device has the hello timeout to take the answer, from each piece it takes.
    exchange->deadline->start(HubLimits::HelloTimeoutMs);
}

void HubHttp::onWritten(HttpExchange *exchange)
{
    if (exchange->phase != HttpExchange::Phase::Answering)
        return;
    exchange->deadline->start(HubLimits::HelloTimeoutMs);
    QTcpSocket *socket = exchange->socket;
    if (socket->bytesToWrite() > 0)
        return;
    // All of the answer is out: say so with FIN, but go on reading until the device closes. A
    // socket closed with bytes unread resets the connection, and the device could lose the
    // answer (a 413 sent while its body was still on the way).
    exchange->phase = HttpExchange::Phase::Closing;
    ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
    socket->readAll();
    exchange->deadline->start(HubLimits::CloseDeadlineMs);
}

void HubHttp::timedOut(HttpExchange *exchange)
{
    if (exchange->phase == HttpExchange::Phase::Head ||
        exchange->phase == HttpExchange::Phase::Body)
        qCInfo(lcHub).noquote() << exchange->socket->peerAddress().toString()
                                << "sent no whole request within" << HubLimits::HelloTimeoutMs
                                << "ms; closing";
    drop(exchange);
}

void HubHttp::drop(HttpExchange *exchange)
{
    QTcpSocket *socket = exchange->socket;
    delete exchange;
    socket->abort();
    socket->deleteLater();
}

} // namespace tableside
