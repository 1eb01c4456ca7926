#pragma once
// One HTTP/1.1 request's head as the hub's port reads it (PROTOCOL.md "HTTP on the hub's port"):
// the request line, the headers (names compared without case) and the body's Content-Length.
// Pure: the bytes a connection has sent so far in, a request or the answer that refuses it out.
// Chunked bodies are not read (411): every body the hub takes says its length first.

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>

#include <utility>

namespace tableside {

struct HttpHeadRead;

class HttpRequest {
    Q_DECLARE_TR_FUNCTIONS(HttpRequest)

public:
    // The request line, the headers and the empty line after them, at most.
    static constexpr qsizetype MaxHeadBytes = 8 * 1024;

    // What the first bytes of a connection hold: a whole head, not yet one, or a refusal.
    static HttpHeadRead readHead(QByteArrayView bytes);

    QByteArray method;
    QByteArray path;  // the target up to its query
    QByteArray query; // after '?', without it
    QByteArray version;
    QList<std::pair<QByteArray, QByteArray>> headers; // in order; values without outer spaces
    qint64 contentLength = -1;                        // -1: no Content-Length
    qsizetype headBytes = 0;                          // the head with its empty line

    // The first header of that name, whatever its case; empty when there is none.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    // A WebSocket handshake: Upgrade names websocket.
    bool isWebSocketUpgrade() const;
};

struct HttpHeadRead {
    enum class State { Incomplete, Complete, Refused };
    State state = State::Incomplete;
    HttpRequest request; // when Complete
    int status = 0;      // when Refused: 400, 411, 431 or 505
    Error error;         // when Refused
};

} // namespace tableside
