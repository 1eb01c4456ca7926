#pragma once
// One answer on the hub's HTTP port (PROTOCOL.md "HTTP on the hub's port"): a status, headers and
// a body, written as HTTP/1.1 bytes that always close the connection. An error's body is JSON,
// {"error": {"code", "message"}}, as a refused request's error.

#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <utility>

namespace tableside {

struct HttpAnswer {
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers; // besides Content-Length and Connection
    QByteArray body;

    static HttpAnswer json(int status, const QJsonObject &object);
    static HttpAnswer error(int status, const Error &error);
    // The status the hub answers an operation's refusal with (bad_spreadsheet 400, pin_wrong
    // 403, store_error 503, ...).
    static int statusOf(const QString &code);

    // headOnly: HEAD's answer, the same headers without the body.
    QByteArray toBytes(bool headOnly = false) const;
};

} // namespace tableside
