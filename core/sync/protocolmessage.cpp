#include "protocolmessage.h"

#include "guestfeedback.h"
#include "ideastatus.h"
#include "inputlimits.h"
#include "localtip.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ProtocolMessage)
};

enum class ArgType {
    Integer, // a whole number that fits an int (tables, quantities, ratings)
    Id,      // a whole number 0 .. 2^53 (row ids, sequence numbers)
    String,
    Bool,
    IdList,
    TextList, // a list of strings, each at most MaxListTextLength characters
    Lines,    // order lines: a list of objects of LineSpecs
    Shown,    // recommendations shown: a list of objects of ShownSpecs
    Object,   // read further by the operation (a menu edit)
};

constexpr int MaxListTextLength = 32; // a code: an allergen, a dietary tag

struct ArgSpec {
    QLatin1StringView name;
    ArgType type;
    bool required = false;
    int maxLength = 0; // strings: characters; lists: elements; 0 = no limit
    // Whole numbers: the range a value must lie in (a seat is 1 to 20, never 0 or -0).
    int minimum = std::numeric_limits<int>::min();
    int maximum = std::numeric_limits<int>::max();
};

struct OpSpec {
    QLatin1StringView op;
    QList<ArgSpec> args;
};

constexpr ArgType Int = ArgType::Integer;
constexpr ArgType Id = ArgType::Id;
constexpr ArgType Str = ArgType::String;
constexpr bool Req = true;
constexpr bool Opt = false;

const QList<ArgSpec> LineSpecs = {
    {"itemId"_L1, Id, Req},
    {"optionIds"_L1, ArgType::IdList, Opt, 50},
    {"quantity"_L1, Int, Req},
    {"note"_L1, Str, Opt, InputLimits::MaxNoteLength},
    {"seat"_L1, Int, Opt, 0, 1, InputLimits::MaxSeat},
    {"recommended"_L1, Str, Opt, 32},
};

const QList<ArgSpec> ShownSpecs = {
    {"itemId"_L1, Id, Req},
    {"reason"_L1, Str, Req, 32},
};

// Unknown fields are ignored on purpose: "price", "total" and "unitPrice" never reach the hub.
const QList<OpSpec> &opSpecs()
{
    static const QList<OpSpec> specs = {
        {"subscribe"_L1, {{"since"_L1, Id, Opt}}},
        {"menu.get"_L1, {{"language"_L1, Str, Opt, 16}}},
        {"order.place"_L1,
         {{"key"_L1, Str, Req, 64},
          {"table"_L1, Int, Opt},
          {"lines"_L1, ArgType::Lines, Req, InputLimits::MaxOrderLines}}},
        {"order.line.advance"_L1, {{"lineId"_L1, Id, Req}, {"to"_L1, Str, Req, 16}}},
        {"order.cancel"_L1,
         {{"orderId"_L1, Id, Req},
          {"reason"_L1, Str, Opt, InputLimits::MaxNoteLength},
          {"pin"_L1, Str, Opt, 16}}},
        {"menu.setAvailable"_L1, {{"itemId"_L1, Id, Req}, {"available"_L1, ArgType::Bool, Req}}},
        {"session.seat"_L1,
         {{"table"_L1, Int, Req}, {"partySize"_L1, Int, Opt, 0, 1, InputLimits::MaxPartySize}}},
        {"session.close"_L1, {{"sessionId"_L1, Id, Req}}},
        {"service.call"_L1, {{"kind"_L1, Str, Req, 16}, {"table"_L1, Int, Opt}}},
        {"service.acknowledge"_L1, {{"requestId"_L1, Id, Req}}},
        {"chat.send"_L1,
         {{"body"_L1, Str, Req, InputLimits::MaxMessageLength}, {"table"_L1, Int, Opt}}},
        {"feedback.give"_L1,
         {{"itemId"_L1, Id, Req},
          {"rating"_L1, Int, Req, 0, GuestFeedback::MinStars, GuestFeedback::MaxStars},
          {"comment"_L1, Str, Opt, InputLimits::MaxMessageLength},
          {"table"_L1, Int, Opt}}},
        {"visit.rate"_L1,
         {{"food"_L1, Int, Opt, 0, GuestFeedback::MinStars, GuestFeedback::MaxStars},
          {"service"_L1, Int, Opt, 0, GuestFeedback::MinStars, GuestFeedback::MaxStars},
          {"ambience"_L1, Int, Opt, 0, GuestFeedback::MinStars, GuestFeedback::MaxStars},
          {"recommend"_L1, Int, Opt, 0, 0, GuestFeedback::MaxRecommend},
          {"comment"_L1, Str, Opt, InputLimits::MaxMessageLength},
          {"email"_L1, Str, Opt, GuestFeedback::MaxEmailLength},
          {"consent"_L1, ArgType::Bool, Opt},
          {"table"_L1, Int, Opt}}},
        {"visit.forgetContact"_L1, {{"sessionId"_L1, Id, Req}}},
        {"feedback.retention.set"_L1,
         {{"pin"_L1, Str, Opt, 16}, {"days"_L1, Int, Req, 0, 1, GuestFeedback::MaxRetentionDays}}},
        {"guest.voice.get"_L1,
         {{"weeks"_L1, Int, Opt, 0, 1, 104},
          {"itemId"_L1, Id, Opt},
          {"rating"_L1, Int, Opt, 0, GuestFeedback::MinStars, GuestFeedback::MaxStars},
          {"from"_L1, Str, Opt, 10},
          {"to"_L1, Str, Opt, 10},
          {"offset"_L1, Int, Opt, 0, 0},
          {"limit"_L1, Int, Opt, 0, 1, 200}}},
        {"idea.board"_L1, {{"table"_L1, Int, Opt}}},
        {"idea.similar"_L1,
         {{"body"_L1, Str, Req, IdeaRules::MaxBodyLength}, {"table"_L1, Int, Opt}}},
        {"idea.submit"_L1,
         {{"body"_L1, Str, Req, IdeaRules::MaxBodyLength}, {"table"_L1, Int, Opt}}},
        {"idea.vote"_L1, {{"ideaId"_L1, Id, Req}, {"table"_L1, Int, Opt}}},
        {"idea.status.set"_L1,
         {{"pin"_L1, Str, Opt, 16}, {"ideaId"_L1, Id, Req}, {"status"_L1, Str, Req, 32}}},
        {"idea.answer"_L1,
         {{"pin"_L1, Str, Opt, 16},
          {"ideaId"_L1, Id, Req},
          {"answer"_L1, Str, Opt, IdeaRules::MaxAnswerLength}}},
        {"idea.merge"_L1,
         {{"pin"_L1, Str, Opt, 16},
          {"ideaId"_L1, Id, Req},
          {"mergeIds"_L1, ArgType::IdList, Req, IdeaRules::MaxMerged}}},
        {"tips.get"_L1, {}},
        // The texts are checked by LocalTipRules, which names the field refused (an empty or
        // missing name is bad_name); these limits only keep what is read small.
        {"tips.save"_L1,
         {{"pin"_L1, Str, Opt, 16},
          {"tipId"_L1, Id, Opt},
          {"name"_L1, Str, Opt, LocalTipRules::MaxNameLength * 2},
          {"photo"_L1, Str, Opt, 128},
          {"description"_L1, ArgType::Object, Req},
          {"hours"_L1, ArgType::Object, Opt},
          {"minutesOnFoot"_L1, Int, Req},
          {"link"_L1, Str, Opt, LocalTipRules::MaxLinkLength * 2}}},
        {"tips.delete"_L1, {{"pin"_L1, Str, Opt, 16}, {"tipId"_L1, Id, Req}}},
        {"tips.reorder"_L1,
         {{"pin"_L1, Str, Opt, 16}, {"tipIds"_L1, ArgType::IdList, Req, LocalTipRules::MaxTips}}},
        {"pairing.create"_L1,
         {{"role"_L1, Str, Req, 16}, {"table"_L1, Int, Opt}, {"pin"_L1, Str, Opt, 16}}},
        {"floor.get"_L1, {}},
        {"orders.open"_L1, {}},
        {"bill.get"_L1, {{"table"_L1, Int, Opt}, {"language"_L1, Str, Opt, 16}}},
        {"menu.draft.get"_L1, {}},
        {"menu.draft.edit"_L1, {{"pin"_L1, Str, Opt, 16}, {"edit"_L1, ArgType::Object, Req}}},
        {"menu.draft.undo"_L1, {{"pin"_L1, Str, Opt, 16}}},
        {"menu.draft.discard"_L1, {{"pin"_L1, Str, Opt, 16}}},
        {"menu.draft.import"_L1, {{"pin"_L1, Str, Opt, 16}, {"csv"_L1, Str, Req}}},
        {"menu.publish"_L1, {{"pin"_L1, Str, Opt, 16}, {"editId"_L1, Id, Req}}},
        {"menu.versions"_L1, {{"limit"_L1, Int, Opt, 0, 1, 100}}},
        {"menu.rollback"_L1, {{"pin"_L1, Str, Opt, 16}, {"version"_L1, Int, Req, 0, 1}}},
        {"menu.stock.set"_L1, {{"itemId"_L1, Id, Req}, {"count"_L1, Int, Opt, 0, 0, 10000}}},
        {"staff.pin.check"_L1, {{"pin"_L1, Str, Req, 16}}},
        {"venue.timeZone.set"_L1, {{"pin"_L1, Str, Opt, 16}, {"timeZone"_L1, Str, Req, 64}}},
        {"recommend.get"_L1,
         {{"itemIds"_L1, ArgType::IdList, Opt, InputLimits::MaxOrderLines},
          {"excludeAllergens"_L1, ArgType::TextList, Opt, 14},
          {"requireDietary"_L1, ArgType::TextList, Opt, 8},
          {"language"_L1, Str, Opt, 16},
          {"limit"_L1, Int, Opt, 0, 1, 10}}},
        {"recommend.shown"_L1, {{"shown"_L1, ArgType::Shown, Req, 10}}},
        {"recommend.stats"_L1, {}},
    };
    return specs;
}

Error badRequest(const QString &message)
{
    return makeError(u"bad_request"_s, message);
}

bool isWholeNumber(const QJsonValue &value, double min, double max)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return std::isfinite(number) && std::trunc(number) == number && number >= min && number <= max;
}

constexpr double MaxId = 9007199254740992.0; // 2^53: every whole number a double holds exactly

bool hasType(const QJsonValue &value, ArgType type)
{
    switch (type) {
    case ArgType::Integer:
        return isWholeNumber(value, std::numeric_limits<int>::min(),
                             std::numeric_limits<int>::max());
    case ArgType::Id:
        return isWholeNumber(value, 0, MaxId);
    case ArgType::String:
        return value.isString();
    case ArgType::Bool:
        return value.isBool();
    case ArgType::IdList:
    case ArgType::TextList:
    case ArgType::Lines:
    case ArgType::Shown:
        return value.isArray();
    case ArgType::Object:
        return value.isObject();
    }
    return false;
}

QString typeWords(ArgType type)
{
    switch (type) {
    case ArgType::Integer:
    case ArgType::Id:
        return Tr::tr("a whole number");
    case ArgType::String:
        return Tr::tr("text");
    case ArgType::Bool:
        return Tr::tr("true or false");
    case ArgType::IdList:
        return Tr::tr("a list of whole numbers");
    case ArgType::TextList:
        return Tr::tr("a list of texts");
    case ArgType::Lines:
        return Tr::tr("a list of order lines");
    case ArgType::Shown:
        return Tr::tr("a list of recommendations");
    case ArgType::Object:
        return Tr::tr("an object");
    }
    return {};
}

Result<void> checkArgs(const QJsonObject &args, const QList<ArgSpec> &specs, const QString &where);

Result<void> checkArg(const QJsonValue &value, const ArgSpec &spec, const QString &where)
{
    const QString name = where + spec.name;
    if (value.isUndefined() || value.isNull()) {
        if (spec.required)
            return badRequest(Tr::tr("'%1' is missing.").arg(name));
        return {};
    }
    if (!hasType(value, spec.type))
        return badRequest(Tr::tr("'%1' must be %2.").arg(name, typeWords(spec.type)));
    if (spec.type == ArgType::Integer &&
        (value.toDouble() < spec.minimum || value.toDouble() > spec.maximum))
        return badRequest(
            Tr::tr("'%1' is %2 to %3.").arg(name).arg(spec.minimum).arg(spec.maximum));
    if (spec.type == ArgType::String) {
        const QString text = value.toString();
        if (spec.required && text.isEmpty())
            return badRequest(Tr::tr("'%1' is empty.").arg(name));
        if (spec.maxLength > 0 && text.size() > spec.maxLength)
            return badRequest(
                Tr::tr("'%1' is longer than %2 characters.").arg(name).arg(spec.maxLength));
        return {};
    }
    if (spec.type != ArgType::IdList && spec.type != ArgType::TextList &&
        spec.type != ArgType::Lines && spec.type != ArgType::Shown)
        return {};
    const QJsonArray list = value.toArray();
    if (spec.maxLength > 0 && list.size() > spec.maxLength)
        return badRequest(Tr::tr("'%1' has more than %2 entries.").arg(name).arg(spec.maxLength));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString entry = u"%1[%2]"_s.arg(name).arg(i);
        if (spec.type == ArgType::IdList && !hasType(list.at(i), ArgType::Id))
            return badRequest(Tr::tr("'%1' must be a whole number.").arg(entry));
        if (spec.type == ArgType::TextList &&
            (!list.at(i).isString() || list.at(i).toString().size() > MaxListTextLength))
            return badRequest(Tr::tr("'%1' must be text of at most %2 characters.")
                                  .arg(entry)
                                  .arg(MaxListTextLength));
        if (spec.type == ArgType::Lines || spec.type == ArgType::Shown) {
            if (!list.at(i).isObject())
                return badRequest(Tr::tr("'%1' must be an object.").arg(entry));
            const QList<ArgSpec> &entrySpecs = spec.type == ArgType::Lines ? LineSpecs : ShownSpecs;
            if (auto ok = checkArgs(list.at(i).toObject(), entrySpecs, entry + u'.'); !ok)
                return ok;
        }
    }
    return {};
}

Result<void> checkArgs(const QJsonObject &args, const QList<ArgSpec> &specs, const QString &where)
{
    for (const ArgSpec &spec : specs) {
        if (auto ok = checkArg(args.value(spec.name), spec, where); !ok)
            return ok;
    }
    return {};
}

Result<ProtocolMessage> parseHello(const QJsonObject &object)
{
    ProtocolMessage message;
    message.kind = ProtocolMessage::Kind::Hello;
    static const QList<ArgSpec> specs = {{"protocol"_L1, Int, Req},
                                         {"token"_L1, Str, Opt, 128},
                                         {"pairingCode"_L1, Str, Opt, 16},
                                         {"deviceName"_L1, Str, Opt, 100}};
    if (auto ok = checkArgs(object, specs, {}); !ok)
        return ok.error();
    message.protocol = object.value("protocol"_L1).toInt();
    message.token = object.value("token"_L1).toString();
    message.pairingCode = object.value("pairingCode"_L1).toString();
    message.deviceName = object.value("deviceName"_L1).toString().trimmed();
    if (message.token.isEmpty() == message.pairingCode.isEmpty())
        return badRequest(Tr::tr("A hello carries either a device token or a pairing code."));
    return message;
}

Result<ProtocolMessage> parseRequest(const QJsonObject &object)
{
    ProtocolMessage message;
    const QJsonValue id = object.value("id"_L1);
    if (!id.isString() || id.toString().isEmpty() ||
        id.toString().size() > ProtocolMessage::MaxIdLength)
        return badRequest(Tr::tr("A request needs an 'id' of 1 to 64 characters."));
    message.id = id.toString();
    const QJsonValue op = object.value("op"_L1);
    if (!op.isString())
        return badRequest(Tr::tr("A request needs an 'op'."));
    message.op = op.toString();
    const QJsonValue args = object.value("args"_L1);
    if (!args.isUndefined() && !args.isNull() && !args.isObject())
        return badRequest(Tr::tr("'args' must be an object."));
    message.args = args.toObject();
    for (const OpSpec &spec : opSpecs()) {
        if (spec.op != message.op)
            continue;
        if (auto ok = checkArgs(message.args, spec.args, {}); !ok)
            return ok.error();
        return message;
    }
    return makeError(u"unknown_op"_s, Tr::tr("The hub does not know the operation '%1'.")
                                          .arg(message.op.left(ProtocolMessage::MaxIdLength)));
}

} // namespace

Result<ProtocolMessage> ProtocolMessage::parse(const QString &text, QJsonValue *replyId)
{
    if (replyId)
        *replyId = QJsonValue::Null;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return badRequest(Tr::tr("The message is not JSON."));
    if (!document.isObject())
        return badRequest(Tr::tr("The message is not a JSON object."));
    const QJsonObject object = document.object();
    // Read first, so even a frame of no known type is answered under its own id.
    const QJsonValue id = object.value("id"_L1);
    if (replyId && id.isString() && !id.toString().isEmpty() && id.toString().size() <= MaxIdLength)
        *replyId = id;
    const QString type = object.value("type"_L1).toString();
    if (type == "hello"_L1)
        return parseHello(object);
    if (type != "request"_L1)
        return badRequest(Tr::tr("The message has no known 'type'."));
    return parseRequest(object);
}

QStringList ProtocolMessage::operations()
{
    QStringList ops;
    for (const OpSpec &spec : opSpecs())
        ops.append(spec.op);
    return ops;
}

} // namespace tableside
