#include "kitchentap.h"

namespace tableside {

TapOutcome decideTap(const KitchenSelection &selected, TapTarget target, qint64 orderId,
                     qint64 lineId, LineProgress progress)
{
    const TapOutcome nothing{TapEffect::None, selected};
    if (orderId == 0)
        return nothing;
    const KitchenSelection ticket{orderId, 0};
    const KitchenSelection line{orderId, lineId};
    // The face of the ticket only selects it; the ticket and its selected line, once chosen, stay
    // (a tap on a line reaches the ticket's face too, in either order).
    if (target == TapTarget::Ticket)
        return selected.orderId == orderId ? nothing : TapOutcome{TapEffect::Select, ticket};

    if (lineId == 0) { // the ticket's own Start and Bump, shown once the ticket is selected
        if (selected.orderId != orderId)
            return {TapEffect::Select, ticket};
        if (target == TapTarget::Start)
            return progress == LineProgress::Unstarted ? TapOutcome{TapEffect::Start, selected}
                                                       : nothing;
        return progress == LineProgress::Finished ? nothing : TapOutcome{TapEffect::Bump, ticket};
    }

    if (progress == LineProgress::Finished) // nothing left to do on it: its ticket is chosen
        return selected.orderId == orderId ? nothing : TapOutcome{TapEffect::Select, ticket};
    if (selected != line) // the first tap on a line, whatever part of it, selects it
        return {TapEffect::Select, line};
    switch (target) {
    case TapTarget::Start:
        return progress == LineProgress::Unstarted ? TapOutcome{TapEffect::Start, line} : nothing;
    case TapTarget::Done:
        return {TapEffect::Bump, ticket}; // the line waits out its undo; its ticket stays chosen
    default:
        return nothing;
    }
}

} // namespace tableside
