#pragma once
// Keys a device makes for what it sends (an order's idempotency key): as unique as a random
// UUID, and in the order they were made. The hub's index of them then grows at its end, so a
// commit rewrites one page of it, not one page per order. The layout is that of a version 7
// UUID (RFC 9562): 48 bits of Unix milliseconds, the version, 74 random bits and the variant.

#include <QDateTime>
#include <QRandomGenerator>
#include <QString>

namespace tableside {

QString timeOrderedKey(const QDateTime &at, QRandomGenerator &random);

} // namespace tableside
