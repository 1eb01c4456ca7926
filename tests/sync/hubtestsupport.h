#pragma once
// For hub tests: a venue on disk seeded with the demo restaurant, a real HubServer on a free
// loopback port, and a raw WebSocket client that speaks the protocol frame by frame.

#include "demovenue.h"
#include "devicerepository.h"
#include "hubserver.h"
#include "sqlstatement.h"
#include "venuedatabase.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <functional>
#include <memory>

namespace tableside::testing {

using namespace Qt::StringLiterals;

class TestHub {
public:
    TestHub()
        : clock(QDateTime::fromString(u"2026-11-23T19:00:00.000Z"_s, Qt::ISODateWithMs))
        , database(dir.filePath(u"venue.sqlite"_s))
    {}

    // Empty on success, else what went wrong. settingSql, when given, changes the demo venue
    // before the hub opens it, as its owner would have left it.
    QString start(const QString &settingSql = {})
    {
        if (auto opened = database.open(); !opened)
            return opened.error().message;
        QFile demo(u":/demo/venue.json"_s);
        if (!demo.open(QIODevice::ReadOnly))
            return u"the demo venue is not in the resources"_s;
        if (auto seeded = DemoVenue::seedIfEmpty(database.connection(), demo.readAll()); !seeded)
            return seeded.error().message;
        if (!settingSql.isEmpty())
            if (auto set = runSql(database.connection(), settingSql); !set)
                return set.error().message;
        hub = std::make_unique<HubServer>(database, clock, syncFile);
        if (auto listening = hub->listen(QHostAddress::LocalHost, 0); !listening)
            return listening.error().message;
        return {};
    }

    QString enroll(const QString &name, const QString &role, int table = 0)
    {
        auto enrolled = DeviceRepository(database.connection(), clock).enroll(name, role, table);
        return enrolled ? enrolled->second : QString();
    }

    qint64 itemId(const QString &key)
    {
        auto id =
            scalarSql(database.connection(), u"SELECT id FROM menu_items WHERE key = ?"_s, {key});
        return id ? id->toLongLong() : 0;
    }

    QVariant scalar(const QString &sql, const QVariantList &bindings = {})
    {
        auto value = scalarSql(database.connection(), sql, bindings);
        return value ? *value : QVariant();
    }

    // Everything a request could write, so a refused one can be shown to have written nothing.
    QMap<QString, qint64> counts()
    {
        QMap<QString, qint64> counts;
        for (const char *table :
             {"orders", "order_lines", "order_line_options", "order_status_history",
              "table_sessions", "service_requests", "chat_messages", "feedback", "ideas",
              "idea_votes", "events", "devices", "pairing_codes"})
            counts.insert(
                QString::fromLatin1(table),
                scalar(u"SELECT count(*) FROM %1"_s.arg(QLatin1StringView(table))).toLongLong());
        counts.insert(u"available dishes"_s,
                      scalar(u"SELECT sum(available) FROM menu_items"_s).toLongLong());
        return counts;
    }

    QTemporaryDir dir;
    ManualClock clock;
    VenueDatabase database;
    std::function<int(int fd)> syncFile; // how the hub syncs its files; fdatasync when empty
    std::unique_ptr<HubServer> hub;
};

class TestClient {
public:
    TestClient()
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, [this](const QString &text) {
            const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
            frames.append(frame);
            if (frame.value(u"type"_s) == u"reply"_s && frame.value(u"id"_s).isString())
                m_replies.insert(frame.value(u"id"_s).toString(), frame);
        });
        QObject::connect(&socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error),
                         [this] { m_failed = true; });
    }

    bool open(const QUrl &url)
    {
        m_failed = false;
        socket.open(url);
        (void)QTest::qWaitFor(
            [this] { return m_failed || socket.state() == QAbstractSocket::ConnectedState; }, 5000);
        return socket.state() == QAbstractSocket::ConnectedState;
    }

    // The welcome, or the error reply that refused the hello.
    QJsonObject hello(const QJsonObject &fields)
    {
        QJsonObject frame = fields;
        frame.insert(u"type"_s, u"hello"_s);
        if (!frame.contains(u"protocol"_s))
            frame.insert(u"protocol"_s, 1);
        const qsizetype seen = frames.size();
        sendJson(frame);
        QJsonObject answer;
        (void)QTest::qWaitFor(
            [&] {
                for (qsizetype i = seen; i < frames.size(); ++i) {
                    const QString type = frames.at(i).value(u"type"_s).toString();
                    if (type == u"welcome"_s || type == u"reply"_s) {
                        answer = frames.at(i);
                        return true;
                    }
                }
                return false;
            },
            5000);
        return answer;
    }

    bool connectAs(const QUrl &url, const QString &token)
    {
        return open(url) &&
               hello({{u"token"_s, token}}).value(u"type"_s).toString() == u"welcome"_s;
    }

    void sendJson(const QJsonObject &frame)
    {
        socket.sendTextMessage(
            QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
    }

    QString send(const QString &op, const QJsonObject &args)
    {
        const QString id = u"r-%1"_s.arg(++m_nextId);
        sendJson({{u"type"_s, u"request"_s}, {u"id"_s, id}, {u"op"_s, op}, {u"args"_s, args}});
        return id;
    }

    QJsonObject replyTo(const QString &id, int timeoutMs = 5000)
    {
        (void)QTest::qWaitFor([&] { return m_replies.contains(id); }, timeoutMs);
        return m_replies.value(id);
    }

    bool hasReplyTo(const QString &id) const { return m_replies.contains(id); }

    // The next reply that arrives after `seen` frames (for replies whose id the hub could not
    // read).
    QJsonObject nextReply(qsizetype seen, int timeoutMs = 5000)
    {
        QJsonObject reply;
        (void)QTest::qWaitFor(
            [&] {
                for (qsizetype i = seen; i < frames.size(); ++i) {
                    if (frames.at(i).value(u"type"_s) == u"reply"_s) {
                        reply = frames.at(i);
                        return true;
                    }
                }
                return false;
            },
            timeoutMs);
        return reply;
    }

    QJsonObject request(const QString &op, const QJsonObject &args)
    {
        return replyTo(send(op, args));
    }

    static QString errorCode(const QJsonObject &reply)
    {
        return reply.value(u"error"_s).toObject().value(u"code"_s).toString();
    }

    QList<QJsonObject> events() const
    {
        QList<QJsonObject> events;
        for (const QJsonObject &frame : frames) {
            if (frame.value(u"type"_s) == u"event"_s)
                events.append(frame);
        }
        return events;
    }

    QStringList eventTypes() const
    {
        QStringList types;
        for (const QJsonObject &event : events())
            types.append(event.value(u"event"_s).toString());
        return types;
    }

    bool waitForEvents(qsizetype count, int timeoutMs = 5000)
    {
        return QTest::qWaitFor([&] { return events().size() >= count; }, timeoutMs);
    }

    bool waitForClosed(int timeoutMs = 5000)
    {
        return QTest::qWaitFor(
            [this] { return socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMs);
    }

    QWebSocket socket;
    QList<QJsonObject> frames;

private:
    int m_nextId = 0;
    bool m_failed = false;
    QHash<QString, QJsonObject> m_replies; // by request id
};

} // namespace tableside::testing
