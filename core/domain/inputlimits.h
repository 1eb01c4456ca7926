#pragma once
// What a person may enter, written once: the screens show these limits (a field's length, a
// stepper's range) and the hub's validation refuses what passes them, so the two never differ.

#include <QString>

namespace tableside::InputLimits {

inline constexpr int MaxPartySize = 100;      // people seated at one table (session.seat)
inline constexpr int MaxQuantity = 50;        // portions on one order line
inline constexpr int MaxSeat = 20;            // a line's seat is 1 to 20; 0 is the whole table
inline constexpr int MaxNoteLength = 200;     // a note to the kitchen or staff, a cancel reason
inline constexpr int MaxMessageLength = 2000; // a chat message, an idea, a feedback comment
inline constexpr int MaxOrderLines = 100;     // lines in one order

// A chat message is stored trimmed, 1 to MaxMessageLength characters: the hub refuses any other,
// and a screen's Send button is on for exactly these.
inline bool isSendableMessage(const QString &body)
{
    const QString text = body.trimmed();
    return !text.isEmpty() && text.size() <= MaxMessageLength;
}

} // namespace tableside::InputLimits
