#pragma once
// The hub's limits (PROTOCOL.md "Limits" and "hello / welcome"), written once for the parts
// that keep them (HubAdmission, HubConnections, HubEventFeed) and the tests that probe them.

#include <QtGlobal>

namespace tableside::HubLimits {

// A bigger frame or message closes the socket (1009).
inline constexpr qint64 MaxFrameBytes = 64 * 1024;
// One socket's request budget: on average, and in a burst.
inline constexpr double RequestsPerSecond = 50;
inline constexpr double RequestBurst = 100;
// Pairing attempts across the whole hub: a six-digit code must not be guessable.
inline constexpr double PairingAttemptsPerSecond = 1;
inline constexpr double PairingAttemptBurst = 10;
// A socket that has not said hello this long after connecting is closed (1008 hello_timeout).
inline constexpr int HelloTimeoutMs = 10000;
// Bytes that may wait to be written to one socket. Beyond it the device is not reading: its
// socket is closed (1008 slow_reader); it reconnects and resubscribes from its last seq.
inline constexpr qint64 MaxQueuedBytes = 4 * 1024 * 1024;
// A peer that does not answer the hub's close within this is cut off.
inline constexpr int CloseDeadlineMs = 3000;
// Events a catch-up reads from the log at a time; other sockets are served between batches.
inline constexpr int ReplayBatch = 500;
// Connections held at once (ConnectionCaps), from accept until closed: from one peer address,
// and in all. A venue's device holds one and fetches a photo or two beside it; a peer behind
// one address (a NAT, the embedded venue's screens) keeps room for hundreds.
inline constexpr int MaxConnectionsPerPeer = 256;
inline constexpr int MaxConnections = 4096;
// Descriptors the connections leave free under the process's limit (RLIMIT_NOFILE): the store's
// files, the log's own descriptor, the event loop's, a photo being read. The total cap is lowered
// to fit, so a flood of connections meets the cap, not the system's limit.
inline constexpr int DescriptorsKeptFree = 64;
// Out of descriptors all the same, the hub stops accepting for this long, then tries again (no
// spinning).
inline constexpr int AcceptRetryMs = 1000;
// How often the hub judges whether each kitchen station is behind (station.load).
inline constexpr int StationJudgeMs = 1000;

} // namespace tableside::HubLimits
