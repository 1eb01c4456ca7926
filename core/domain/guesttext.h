#pragma once
// Text a guest or a waiter typed (a note to the kitchen, a message), as a screen lays it out
// beside other text. The store keeps exactly what was sent; only its display is made harmless.

#include <QString>

namespace tableside {

// The text wrapped in a first-strong isolate (U+2068 … U+2069), so its direction never reorders
// the words around it; bidirectional embeddings, overrides and isolates inside it, and invisible
// zero-width marks other than the joiners scripts need (ZWNJ, ZWJ), are left out; any other
// control character shows as U+FFFD, a tab as a space. Line breaks stay. Empty stays empty.
QString displayedGuestText(const QString &text);

} // namespace tableside
