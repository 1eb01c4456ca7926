#include "hubeventfeed.h"

#include "hubconnections.h"
#include "hublimits.h"
#include "hublog.h"
#include "protocolframes.h"
#include "wireformat.h"

#include <QPointer>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

QString eventFrame(const StoredEvent &event)
{
    if (event.payload.isEmpty())
        return ProtocolFrames::event(event.seq, event.type, isoTime(event.at), event.data);
    return ProtocolFrames::eventAround(event.seq, event.type, isoTime(event.at), event.payload);
}

} // namespace

HubEventFeed::HubEventFeed(EventLog &log, HubConnections &connections, QObject *context)
    : m_log(log)
    , m_connections(connections)
    , m_context(context)
{}

Result<void> HubEventFeed::start()
{
    const auto latest = m_log.latestSeq();
    if (!latest)
        return latest.error();
    m_toldSeq = std::max(m_toldSeq, *latest);
    return {};
}

void HubEventFeed::subscribe(HubConnection &connection, const QString &requestId, qint64 since)
{
    connection.subscribed = true;
    connection.replaying = true;
    connection.replayWaiting = false;
    connection.replayRest.clear();
    // A device that saw more than the log holds (a restored backup) starts again from the top.
    connection.cursor = std::min(since, m_toldSeq);
    ++connection.replayGeneration;
    m_connections.send(connection, ProtocolFrames::reply(requestId, {{u"latestSeq"_s, m_toldSeq}}));
    continueReplay(connection);
}

void HubEventFeed::continueReplay(HubConnection &connection)
{
    // A batch read now and sent whole in this call ends the catch-up when it is short; one
    // finished after a pause is read past again, as events may have been stored meanwhile.
    bool readNow = false;
    if (connection.replayRest.isEmpty()) {
        // Up to what was published: a later event is pushed live once it is on disk.
        auto batch = m_log.between(connection.cursor, m_toldSeq, HubLimits::ReplayBatch);
        if (!batch) {
            qCWarning(lcHub).noquote()
                << "replay to" << connection.who() << "failed:" << batch.error().message;
            connection.socket->close(QWebSocketProtocol::CloseCodeAbnormalDisconnection,
                                     u"event log unreadable"_s);
            return;
        }
        connection.replayRest = std::move(*batch);
        readNow = true;
    }
    const bool shortBatch = connection.replayRest.size() < HubLimits::ReplayBatch;
    while (!connection.replayRest.isEmpty()) {
        if (connection.closing)
            return;
        if (!m_connections.hasRoomForReplay(connection)) {
            // Paced: the rest follows as the device reads (HubConnections::setOnRoomForReplay).
            connection.replayWaiting = true;
            return;
        }
        const StoredEvent event = connection.replayRest.takeFirst();
        QString frame;
        sendEvent(connection, event, HubPermissions::audienceOf(event), frame);
    }
    if (readNow && shortBatch) {
        // Single-threaded: nothing was appended since the read, so from here on pushes are live.
        connection.replaying = false;
        return;
    }
    // Let other sockets be served between batches of a long catch-up: a turn of the event loop
    // (0 ms), not a wait on the clock, so it stays a QTimer.
    QPointer<QWebSocket> socket = connection.socket;
    const int generation = connection.replayGeneration;
    QTimer::singleShot(0, m_context, [this, socket, generation] {
        HubConnection *again = socket ? m_connections.find(socket) : nullptr;
        if (again && again->replayGeneration == generation && !m_stopping)
            continueReplay(*again);
    });
}

void HubEventFeed::publish(const StoredEvent &event)
{
    m_toldSeq = std::max(m_toldSeq, event.seq);
    const auto audience = HubPermissions::audienceOf(event);
    QString frame; // written once, on the first device that may see it
    m_connections.forEach([&](HubConnection &connection) {
        if (connection.subscribed && !connection.replaying && !connection.closing)
            sendEvent(connection, event, audience, frame);
    });
}

void HubEventFeed::sendEvent(HubConnection &connection, const StoredEvent &event,
                             const HubPermissions::Audience &audience, QString &frame)
{
    if (event.seq <= connection.cursor)
        return; // exactly once: the replay already covered it
    connection.cursor = event.seq;
    const Device &device = *connection.device;
    if (!HubPermissions::maySee(device.role, device.tableNumber, audience))
        return;
    if (frame.isEmpty())
        frame = eventFrame(event);
    m_connections.send(connection, frame);
}

} // namespace tableside
