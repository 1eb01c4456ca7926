#pragma once
// What the hub does beyond SQLite's own way of keeping a commit (WalSyncer). The hub
// runs with all of it; the bench turns each part off to weigh what it is worth. Every commit the
// hub acknowledges is on disk either way, and a failed sync stops it either way.

namespace tableside {

struct WalMechanisms {
    // The hub's connection commits with synchronous=NORMAL and the log is synced on a thread of
    // its own after each round. Off: synchronous=FULL, each COMMIT syncs the log on the hub's
    // thread before it returns.
    bool syncOffThread = true;
    // Checkpoints taken on a thread of their own. Off: the writer copies the log back itself once
    // it is 1000 pages long, inside the commit that passes them, as SQLite does by default.
    bool checkpointThread = true;
};

} // namespace tableside
