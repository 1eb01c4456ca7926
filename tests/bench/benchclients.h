#pragma once
// For the benches that drive a hub through real clients: waiting on the event loop, a request
// answered in place, and a device paired as a venue pairs one (a one-time code, the hub's pairing
// limit waited out).

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace tableside {
class VenueClient;
}

namespace tableside::bench {

// Runs the event loop until done() holds (true) or timeoutMs have passed (false).
bool waitUntil(const std::function<bool()> &done, int timeoutMs);

// The result of op, or {"error": code} when the hub refused it or did not answer.
QJsonObject ask(VenueClient &client, const QString &op, const QJsonObject &args);

// Pairs client with the code, as `name`, and waits until it is online by its new token: empty on
// success, else why not. A hello refused by the hub's pairing limit is said again by the client
// itself after its reconnect delay, so client's reconnects should be about a second apart.
QString pairDevice(VenueClient &client, const QUrl &hub, const QString &code, const QString &name);

} // namespace tableside::bench
