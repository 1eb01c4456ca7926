#pragma once
// A `tableside hub` in a process of its own on a venue's store, watched from outside as an
// operator would: its resident memory, open descriptors, database file, write-ahead log and
// output, read from /proc and the file system while it serves.

#include <QProcess>
#include <QString>
#include <QUrl>

namespace tableside::bench {

struct HubSample {
    double atSeconds = 0;  // since the probe started the hub
    qint64 rssKiB = 0;     // VmRSS
    qint64 peakRssKiB = 0; // VmHWM
    int descriptors = 0;   // entries of /proc/PID/fd
    qint64 databaseBytes = 0;
    qint64 logBytes = 0;    // the database's write-ahead log (-wal)
    qint64 outputBytes = 0; // what the hub wrote to stderr so far
};

// A figure of /proc/PID/status in KiB ("VmRSS", "VmHWM"); pid 0 is this process. 0 if unknown.
qint64 processStatusKiB(qint64 pid, const QByteArray &field);

class HubProcessProbe {
public:
    HubProcessProbe() = default;
    ~HubProcessProbe();
    HubProcessProbe(const HubProcessProbe &) = delete;
    HubProcessProbe &operator=(const HubProcessProbe &) = delete;

    // Starts `binary hub --listen 127.0.0.1:0 --db storePath` and waits until it serves. Empty on
    // success, else what went wrong (with what the hub said).
    QString start(const QString &binary, const QString &storePath);
    QUrl url() const { return m_url; }
    // The code the hub offers to pair the venue's first owner device ("" when it has one).
    QString ownerPairingCode() const { return m_ownerCode; }
    qint64 pid() const { return m_process.processId(); }
    bool running() const { return m_process.state() == QProcess::Running; }

    HubSample sample() const;

    // SIGTERM, as a service manager stops it; true if it stopped by itself with exit code 0.
    bool stop();
    // What the hub wrote to stderr, its last lines (for a failure's report).
    QString lastOutput() const { return m_tail; }

private:
    void readOutput();

    QProcess m_process;
    QString m_storePath;
    QUrl m_url;
    QString m_ownerCode;
    qint64 m_startedMs = 0; // QDateTime::currentMSecsSinceEpoch() at start
    qint64 m_outputBytes = 0;
    QString m_tail;
};

} // namespace tableside::bench
