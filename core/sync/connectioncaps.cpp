#include "connectioncaps.h"

#include <QTcpSocket>

namespace tableside {

ConnectionCaps::ConnectionCaps(int perPeer, int total)
    : m_perPeer(perPeer)
    , m_total(total)
{}

void ConnectionCaps::setLimits(int perPeer, int total)
{
    m_perPeer = perPeer;
    m_total = total;
}

QString ConnectionCaps::key(const QHostAddress &peer)
{
    // An IPv4 peer arriving on an IPv6 socket is the same peer as on an IPv4 one.
    bool isV4 = false;
    const quint32 v4 = peer.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : peer.toString();
}

bool ConnectionCaps::admit(QTcpSocket *socket)
{
    const QString peer = key(socket->peerAddress());
    int &fromPeer = m_byPeer[peer];
    if (m_open >= m_total || fromPeer >= m_perPeer) {
        if (fromPeer == 0)
            m_byPeer.remove(peer);
        return false;
    }
    ++fromPeer;
    ++m_open;
    QObject::connect(socket, &QObject::destroyed, &m_context, [this, peer] {
        --m_open;
        if (--m_byPeer[peer] <= 0)
            m_byPeer.remove(peer);
    });
    return true;
}

} // namespace tableside
