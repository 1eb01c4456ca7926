#pragma once
// How every role of the program ends when it refuses to start.

#include <QString>
#include <QTextStream>

namespace tableside {

constexpr int ExitRefused = 2;

// One clear line on stderr and exit code 2: bad arguments, a store that is not ours, a busy port.
inline int refuse(const QString &message)
{
    QTextStream(stderr) << "tableside: " << message << '\n';
    return ExitRefused;
}

} // namespace tableside
