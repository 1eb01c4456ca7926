#include "benchclients.h"

#include "venueclient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace tableside::bench {

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || waited.elapsed() >= timeoutMs)
            loop.quit();
    });
    poll.start(5);
    if (!done())
        loop.exec();
    return done();
}

QJsonObject ask(VenueClient &client, const QString &op, const QJsonObject &args)
{
    QJsonObject answer;
    bool answered = false;
    QString expected;
    const auto connection = QObject::connect(
        &client, &VenueClient::replied,
        [&](const QString &id, bool ok, const QJsonObject &result, const QString &code) {
            if (id != expected)
                return;
            answer = ok ? result : QJsonObject{{u"error"_s, code}};
            answered = true;
        });
    expected = client.request(op, args);
    if (!waitUntil([&] { return answered; }, 30000))
        answer = {{u"error"_s, u"no_answer"_s}};
    QObject::disconnect(connection);
    return answer;
}

QString pairDevice(VenueClient &client, const QUrl &hub, const QString &code, const QString &name)
{
    QString token;
    QString refusal;
    const auto paired = QObject::connect(&client, &VenueClient::paired,
                                         [&](const QString &given) { token = given; });
    const auto refused = QObject::connect(
        &client, &VenueClient::refused,
        [&](const QString &why, const QString &message) { refusal = why + u": "_s + message; });
    client.pairWith(hub, code, name);
    // The hub pairs ten devices at once, then one a second.
    const bool online = waitUntil(
        [&] {
            return !refusal.isEmpty() ||
                   (!token.isEmpty() && client.state() == VenueClient::State::Online);
        },
        60000);
    QObject::disconnect(paired);
    QObject::disconnect(refused);
    if (!refusal.isEmpty())
        return u"%1 was refused (%2)"_s.arg(name, refusal);
    return online ? QString() : u"%1 did not come online"_s.arg(name);
}

} // namespace tableside::bench
