#pragma once
// A `tableside hub` in its own process, as a venue runs it: started, read, killed, restarted.

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QUrl>

namespace tableside::testing {

class HubProcess {
public:
    explicit HubProcess(QString database)
        : m_database(std::move(database))
    {}
    ~HubProcess() { kill(); }

    // Starts the hub on listen ("127.0.0.1:0" lets the OS pick) and waits for its address.
    bool start(const QString &listen = QStringLiteral("127.0.0.1:0"))
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.setReadChannel(QProcess::StandardError);
        m_process.start(QStringLiteral(TABLESIDE_BINARY),
                        {QStringLiteral("hub"), QStringLiteral("--listen"), listen,
                         QStringLiteral("--db"), m_database, QStringLiteral("--demo")});
        if (!m_process.waitForStarted(10000))
            return false;
        static const QRegularExpression serving(QStringLiteral(" on (ws://\\S+)"));
        QString &seen = m_startupText;
        seen.clear();
        while (m_process.state() == QProcess::Running && m_process.waitForReadyRead(10000)) {
            seen += QString::fromUtf8(m_process.readAllStandardError());
            const auto match = serving.match(seen);
            if (match.hasMatch()) {
                m_url = QUrl(match.captured(1));
                return true;
            }
        }
        return false;
    }

    void kill()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill(); // SIGKILL: no chance to finish anything
        m_process.waitForFinished(10000);
    }

    QUrl url() const { return m_url; }
    // What the hub said on stderr until it was serving (e.g. the first owner's pairing code).
    QString startupText() const { return m_startupText; }
    QString listenAddress() const
    {
        return QStringLiteral("%1:%2").arg(m_url.host()).arg(m_url.port());
    }
    qint64 pid() const { return m_process.processId(); }
    QProcess &process() { return m_process; }

private:
    QString m_database;
    QProcess m_process;
    QUrl m_url;
    QString m_startupText;
};

} // namespace tableside::testing
