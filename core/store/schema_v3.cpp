// Schema version 3: a chat message carries the sending screen's idempotency key, so a message
// resent after a lost reply is stored once; open order lines are found by status without
// reading the whole history (the hub judges the kitchen stations every second).
#include "migrations.h"

using namespace Qt::StringLiterals;

namespace tableside {

QStringList schemaVersion3()
{
    return {
        uR"(ALTER TABLE chat_messages ADD COLUMN idempotency_key TEXT)"_s,
        // NULLs are distinct: staff replies, which carry no key, never collide.
        uR"(CREATE UNIQUE INDEX chat_messages_by_key ON chat_messages(idempotency_key))"_s,
        uR"(CREATE INDEX order_lines_by_status ON order_lines(status))"_s,
    };
}

} // namespace tableside
