#pragma once
// Reading request arguments that ProtocolMessage::parse has already type-checked: absent or
// null fields read as the default.

#include <QJsonObject>
#include <QString>

#include <optional>

namespace tableside::hubargs {

inline bool has(const QJsonObject &args, QLatin1StringView name)
{
    const QJsonValue value = args.value(name);
    return !value.isUndefined() && !value.isNull();
}

inline qint64 id(const QJsonObject &args, QLatin1StringView name)
{
    return args.value(name).toInteger();
}

inline int number(const QJsonObject &args, QLatin1StringView name, int fallback = 0)
{
    return has(args, name) ? int(args.value(name).toInteger()) : fallback;
}

inline std::optional<int> optionalNumber(const QJsonObject &args, QLatin1StringView name)
{
    if (!has(args, name))
        return std::nullopt;
    return int(args.value(name).toInteger());
}

inline QString text(const QJsonObject &args, QLatin1StringView name)
{
    return args.value(name).toString();
}

} // namespace tableside::hubargs
