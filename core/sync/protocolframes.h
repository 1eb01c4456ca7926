#pragma once
// Writes the frames the hub sends (PROTOCOL.md): welcome, reply, error reply, event.

#include "result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace tableside {

class ProtocolFrames {
public:
    static QString welcome(qint64 latestSeq, const QJsonObject &device, const QString &newToken);
    static QString reply(const QString &id, const QJsonObject &result);
    // The same reply around a result already written as compact JSON.
    static QString replyAround(const QString &id, const QByteArray &resultJson);
    // id: the request's id, or null when it could not be read.
    static QString errorReply(const QJsonValue &id, const Error &error);
    static QString event(qint64 seq, const QString &type, const QString &at,
                         const QJsonObject &data);
    // The same frame around data already written as compact JSON (an event's stored payload).
    static QString eventAround(qint64 seq, const QString &type, const QString &at,
                               const QByteArray &dataJson);

    static QString toText(const QJsonObject &frame);
};

} // namespace tableside
