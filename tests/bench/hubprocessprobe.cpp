#include "hubprocessprobe.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tableside::bench {

namespace {

constexpr qsizetype TailChars = 4000;

} // namespace

qint64 processStatusKiB(qint64 pid, const QByteArray &field)
{
    QFile status(pid > 0 ? u"/proc/%1/status"_s.arg(pid) : u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    // Lines such as "VmRSS:     51234 kB".
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field) && line.mid(field.size()).startsWith(':'))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

HubProcessProbe::~HubProcessProbe()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(10000);
}

QString HubProcessProbe::start(const QString &binary, const QString &storePath)
{
    m_storePath = storePath;
    // The hub's output is read all along, so a chatty hub never blocks on a full pipe.
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
                     [this] { readOutput(); });
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    m_process.start(binary, {u"hub"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s, storePath});
    if (!m_process.waitForStarted(10000))
        return u"%1 did not start: %2"_s.arg(binary, m_process.errorString());
    static const QRegularExpression serving(u" on (ws://\\S+)"_s);
    static const QRegularExpression ownerCode(u"pair one with code (\\d+)"_s);
    while (m_process.state() == QProcess::Running) {
        const auto served = serving.match(m_tail);
        if (served.hasMatch()) {
            m_url = QUrl(served.captured(1));
            // The owner's code follows on the next line, when the venue has no owner yet.
            if (!m_tail.contains(u"no owner device yet"_s) && m_process.waitForReadyRead(2000))
                readOutput();
            m_ownerCode = ownerCode.match(m_tail).captured(1);
            return {};
        }
        if (!m_process.waitForReadyRead(10000))
            break;
        readOutput();
    }
    return u"the hub did not start serving: %1"_s.arg(m_tail.trimmed());
}

void HubProcessProbe::readOutput()
{
    const QByteArray bytes = m_process.readAll();
    m_outputBytes += bytes.size();
    m_tail = (m_tail + QString::fromUtf8(bytes)).right(TailChars);
}

HubSample HubProcessProbe::sample() const
{
    HubSample sample;
    sample.atSeconds = double(QDateTime::currentMSecsSinceEpoch() - m_startedMs) / 1000;
    const qint64 pid = m_process.processId();
    if (pid <= 0)
        return sample; // it has stopped
    const QString proc = u"/proc/%1"_s.arg(pid);
    sample.rssKiB = processStatusKiB(pid, "VmRSS");
    sample.peakRssKiB = processStatusKiB(pid, "VmHWM");
    sample.descriptors =
        int(QDir(proc + u"/fd"_s)
                .entryList(QDir::System | QDir::NoDotAndDotDot | QDir::Files | QDir::Dirs)
                .size());
    sample.databaseBytes = QFileInfo(m_storePath).size();
    sample.logBytes = QFileInfo(m_storePath + u"-wal"_s).size();
    sample.outputBytes = m_outputBytes;
    return sample;
}

bool HubProcessProbe::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return false;
    m_process.terminate();
    const bool stopped = m_process.waitForFinished(20000);
    readOutput();
    return stopped && m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
}

} // namespace tableside::bench
