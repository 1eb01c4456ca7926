#pragma once
// What the hub does beyond SQLite's own way of keeping a commit (WalSyncer). The hub
// runs with it; the bench turns it off to weigh what it is worth. Every commit the
// hub acknowledges is on disk either way, and a failed sync stops it either way.

namespace tableside {

struct WalMechanisms {
    // The hub's connection commits with synchronous=NORMAL and the log is synced on a thread of
    // its own after each round. Off: synchronous=FULL, each COMMIT syncs the log on the hub's
    // thread before it returns.
    bool syncOffThread = true;
};

} // namespace tableside
