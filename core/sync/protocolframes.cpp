#include "protocolframes.h"

#include "protocolmessage.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

// frame's fields, then one more whose value is JSON written before.
QString around(const QJsonObject &frame, const char *name, const QByteArray &valueJson)
{
    QByteArray text = QJsonDocument(frame).toJson(QJsonDocument::Compact);
    text.chop(1); // the closing brace: the written value goes in last
    text += ",\"";
    text += name;
    text += "\":";
    text += valueJson;
    text += '}';
    return QString::fromUtf8(text);
}

} // namespace

QString ProtocolFrames::toText(const QJsonObject &frame)
{
    return QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact));
}

QString ProtocolFrames::welcome(qint64 latestSeq, const QJsonObject &device,
                                const QString &newToken)
{
    QJsonObject frame{{u"type"_s, u"welcome"_s},
                      {u"protocol"_s, ProtocolMessage::Version},
                      {u"latestSeq"_s, latestSeq},
                      {u"device"_s, device}};
    if (!newToken.isEmpty())
        frame.insert(u"token"_s, newToken);
    return toText(frame);
}

QString ProtocolFrames::reply(const QString &id, const QJsonObject &result)
{
    return toText(QJsonObject{
        {u"type"_s, u"reply"_s}, {u"id"_s, id}, {u"ok"_s, true}, {u"result"_s, result}});
}

QString ProtocolFrames::replyAround(const QString &id, const QByteArray &resultJson)
{
    return around(QJsonObject{{u"type"_s, u"reply"_s}, {u"id"_s, id}, {u"ok"_s, true}}, "result",
                  resultJson);
}

QString ProtocolFrames::errorReply(const QJsonValue &id, const Error &error)
{
    return toText(QJsonObject{
        {u"type"_s, u"reply"_s},
        {u"id"_s, id},
        {u"ok"_s, false},
        {u"error"_s, QJsonObject{{u"code"_s, error.code}, {u"message"_s, error.message}}}});
}

QString ProtocolFrames::event(qint64 seq, const QString &type, const QString &at,
                              const QJsonObject &data)
{
    return toText(QJsonObject{{u"type"_s, u"event"_s},
                              {u"seq"_s, seq},
                              {u"event"_s, type},
                              {u"at"_s, at},
                              {u"data"_s, data}});
}

QString ProtocolFrames::eventAround(qint64 seq, const QString &type, const QString &at,
                                    const QByteArray &dataJson)
{
    return around(
        QJsonObject{{u"type"_s, u"event"_s}, {u"seq"_s, seq}, {u"event"_s, type}, {u"at"_s, at}},
        "data", dataJson);
}

} // namespace tableside
