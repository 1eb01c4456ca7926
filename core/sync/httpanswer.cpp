#include "httpanswer.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Unknown";
    }
}

} // namespace

HttpAnswer HttpAnswer::json(int status, const QJsonObject &object)
{
    return {status,
            {{"Content-Type", "application/json"}, {"Cache-Control", "no-store"}},
            QJsonDocument(object).toJson(QJsonDocument::Compact)};
}

HttpAnswer HttpAnswer::error(int status, const Error &error)
{
    return json(status, {{u"error"_s,
                          QJsonObject{{u"code"_s, error.code}, {u"message"_s, error.message}}}});
}

int HttpAnswer::statusOf(const QString &code)
{
    if (code == "pin_required"_L1 || code == "token_required"_L1 || code == "unknown_device"_L1)
        return 401;
    if (code == "forbidden"_L1 || code == "pin_wrong"_L1 || code == "pin_locked"_L1)
        return 403;
    if (code == "store_error"_L1)
        return 503;
    return 400;
}

QByteArray HttpAnswer::toBytes(bool headOnly) const
{
    QByteArray bytes =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &[name, value] : headers)
        bytes += name + ": " + value + "\r\n";
    bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
    if (!headOnly)
        bytes += body;
    return bytes;
}

} // namespace tableside
