#pragma once
// Reads one frame a client sent: the envelope (hello or request) and the JSON type of every
// argument each operation takes. Pure, so each malformed shape is a unit-test row. Whether a
// value makes sense (a known item, a quantity of 1-50) is for the hub's operations to decide.

#include "result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace tableside {

struct ProtocolMessage {
    enum class Kind { Hello, Request };
    static constexpr int Version = 1;
    static constexpr int MaxIdLength = 64;

    Kind kind = Kind::Request;
    // hello
    int protocol = 0;
    QString token;
    QString pairingCode;
    QString deviceName;
    // request
    QString id;
    QString op;
    QJsonObject args; // every field the op knows has the right JSON type; null means absent

    // "bad_request" (not JSON, not an object, unknown type, a field of the wrong type) or
    // "unknown_op". replyId receives the id to echo in the error reply: the request's id when it
    // was readable, else null.
    static Result<ProtocolMessage> parse(const QString &text, QJsonValue *replyId = nullptr);

    // Every op the protocol defines, in PROTOCOL.md order.
    static QStringList operations();
};

} // namespace tableside
