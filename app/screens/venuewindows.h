#pragma once
// Where the embedded venue puts its three windows: the table, the kitchen and the floor side by
// side on one screen, none behind another, so one person can play diner, cook and waiter.

#include <QRect>

class QWindow;

namespace tableside {

struct VenueWindowPlaces {
    QRect table;   // the left half, full height: a tablet stood on its side
    QRect kitchen; // the right half's top
    QRect floor;   // the right half's bottom
};

// The three frames (window and title bar together) that tile `available`.
VenueWindowPlaces venueWindowPlaces(const QRect &available);

// Moves and sizes `window` so its frame fills `frame`, now and again once a window manager has
// framed it (its title bar is known only then).
void placeWindow(QWindow *window, const QRect &frame);

} // namespace tableside
