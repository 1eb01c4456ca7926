// A text frame from a device, read as HubServer::handleFrame reads it: the envelope and the JSON
// type of each argument (ProtocolMessage), the permission of each role for the op, an order's
// lines, and the frame the hub answers with.

#include "hubpermissions.h"
#include "orderoperations.h"
#include "protocolframes.h"
#include "protocolmessage.h"

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;
using namespace tableside;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // QWebSocket hands a text frame over as a QString decoded from UTF-8.
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QJsonValue replyId;
    const auto message = ProtocolMessage::parse(text, &replyId);
    if (!message) {
        (void)ProtocolFrames::errorReply(replyId, message.error());
        return 0;
    }
    if (message->kind == ProtocolMessage::Kind::Hello)
        return 0;
    for (const QString &role : {u"table"_s, u"kitchen"_s, u"host"_s, u"owner"_s})
        (void)HubPermissions::allows(role, message->op);
    if (message->op == "order.place"_L1)
        (void)OrderOperations::linesOf(message->args);
    (void)ProtocolFrames::reply(message->id, message->args);
    return 0;
}
