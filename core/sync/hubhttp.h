#pragma once
// The hub's port before the WebSocket (PROTOCOL.md "HTTP on the hub's port"). Every connection the
// hub accepts comes here first: its header block is peeked at, not read, until it is whole; a
// WebSocket handshake is handed on with all its bytes still buffered, anything else is one HTTP
// request that HubHttpRoutes answers, and then the connection is closed. A connection that has
// not sent its whole head within the hello timeout is closed without an answer (so a connection
// that never finishes its upgrade holds nothing for long), and so is one whose body, or whose
// reading of the answer, stops for that long.

#include "clock.h"

#include <QObject>
#include <QSet>

#include <functional>

class QTcpSocket;

namespace tableside {

class HttpExchange;
class HubHttpRoutes;
struct HttpAnswer;

class HubHttp : public QObject {
    Q_OBJECT

public:
    // upgrade: takes a WebSocket handshake, its bytes unread. routes and clock must outlive
    // every connection in hand.
    HubHttp(HubHttpRoutes &routes, const Clock &clock, std::function<void(QTcpSocket *)> upgrade,
            QObject *parent = nullptr);
    ~HubHttp() override;

    // A connection just accepted; it stays the caller's child until it is closed.
    void accept(QTcpSocket *socket);
    // Aborts every connection in hand, whatever it is waiting for (the hub stops).
    void closeAll();
    // Connections not yet handed on or closed (for tests).
    int inHand() const { return int(m_exchanges.size()); }

private:
    friend class HttpExchange;

    void onReadable(HttpExchange *exchange);
    void readHead(HttpExchange *exchange);
    void readBody(HttpExchange *exchange);
    void answer(HttpExchange *exchange, const HttpAnswer &answer);
    void onWritten(HttpExchange *exchange);
    void timedOut(HttpExchange *exchange);
    void drop(HttpExchange *exchange);

    HubHttpRoutes &m_routes;
    const Clock &m_clock;
    std::function<void(QTcpSocket *)> m_upgrade;
    QSet<HttpExchange *> m_exchanges;
};

} // namespace tableside
