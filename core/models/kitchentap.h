#pragma once
// What a cook's tap on the kitchen display does, given what is selected: a tap selects a ticket
// or a line, and only a tap on the selected one's own Start, Done or Bump acts, so a stray touch
// (a sleeve, a wet finger) never finishes a dish.

#include <QtGlobal>

namespace tableside {

struct KitchenSelection {
    qint64 orderId = 0; // 0: nothing selected
    qint64 lineId = 0;  // 0: the whole ticket
    bool operator==(const KitchenSelection &) const = default;
};

enum class TapTarget {
    Ticket, // the ticket's face, outside its lines and buttons
    Line,   // a line's face
    Start,  // the Start control of a line, or of the ticket when lineId is 0
    Done,   // the Done control of a line, or the ticket's Bump when lineId is 0
};

// Where the tapped line is; for a ticket's own controls: whether any line of it is.
enum class LineProgress {
    Unstarted, // placed or accepted
    Cooking,
    Finished, // ready, served, cancelled, or bumped and waiting out its undo
};

enum class TapEffect { None, Select, Start, Bump };

struct TapOutcome {
    TapEffect effect = TapEffect::None;
    KitchenSelection selection; // what is selected afterwards
    bool operator==(const TapOutcome &) const = default;
};

// lineId 0 taps the ticket (its face, its Start, its Bump). A Start or Bump of a ticket means
// every line of it that this display shows; `progress` is then the least advanced of them.
TapOutcome decideTap(const KitchenSelection &selected, TapTarget target, qint64 orderId,
                     qint64 lineId, LineProgress progress);

} // namespace tableside
