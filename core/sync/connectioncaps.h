#pragma once
// How many connections the hub holds at once, from one peer address and in all, counted from
// accept until the socket is gone (whatever it became: an HTTP exchange, a WebSocket device, or
// nothing yet). A peer over its share, or a hub at its total, has its new connection closed at
// once, so a few thousand idle connections cannot take every descriptor and lock the venue's
// devices out.

#include <QHash>
#include <QHostAddress>
#include <QObject>

class QTcpSocket;

namespace tableside {

class ConnectionCaps {
public:
    ConnectionCaps(int perPeer, int total);

    void setLimits(int perPeer, int total);
    // Counts `socket` until it is destroyed; false (and not counted) when it would exceed a cap.
    bool admit(QTcpSocket *socket);
    int open() const { return m_open; }
    int openFrom(const QHostAddress &peer) const { return m_byPeer.value(key(peer)); }

private:
    static QString key(const QHostAddress &peer);

    int m_perPeer;
    int m_total;
    int m_open = 0;
    QHash<QString, int> m_byPeer;
    QObject m_context; // the sockets' counting ends with this, whichever goes first
};

} // namespace tableside
