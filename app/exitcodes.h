#pragma once
// How every role of the program ends when it refuses to start, or when the venue's disk fails.

#include <QString>
#include <QTextStream>

#include <cstdlib>

namespace tableside {

constexpr int ExitRefused = 2;
constexpr int ExitDiskFailed = 3;

// One clear line on stderr and exit code 2: bad arguments, a store that is not ours, a busy port.
inline int refuse(const QString &message)
{
    QTextStream(stderr) << "tableside: " << message << '\n';
    return ExitRefused;
}

// One clear line on stderr and exit code 3, at once: the disk failed to keep what the venue's hub
// wrote (HubServer::durabilityLost). Nothing is closed: closing the store would copy its log into
// the database through pages the disk let down; the next start recovers what the disk holds.
[[noreturn]] inline void stopForFailedDisk(const QString &reason)
{
    QTextStream(stderr) << "tableside: the venue's disk failed (" << reason
                        << "); the hub stopped without confirming what it could not save\n";
    std::_Exit(ExitDiskFailed);
}

} // namespace tableside
