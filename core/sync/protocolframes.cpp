#include "protocolframes.h"

#include "jsontext.h"
#include "protocolmessage.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace tableside {

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

// The frames of every order are written as text: the fields in the order QJsonDocument
// writes them (sorted), then the value written before.
QString ProtocolFrames::replyAround(const QString &id, const QByteArray &resultJson)
{
    return QString::fromUtf8(JsonText()
                                 .beginObject()
                                 .key("id"_L1)
                                 .value(id)
                                 .key("ok"_L1)
                                 .value(true)
                                 .key("type"_L1)
                                 .value(u"reply"_s)
                                 .key("result"_L1)
                                 .raw(resultJson)
                                 .endObject()
                                 .take());
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
    return QString::fromUtf8(JsonText()
                                 .beginObject()
                                 .key("at"_L1)
                                 .value(at)
                                 .key("event"_L1)
                                 .value(type)
                                 .key("seq"_L1)
                                 .value(seq)
                                 .key("type"_L1)
                                 .value(u"event"_s)
                                 .key("data"_L1)
                                 .raw(dataJson)
                                 .endObject()
                                 .take());
}

} // namespace tableside
