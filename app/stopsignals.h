#pragma once
// Turns SIGTERM and SIGINT into a Qt signal, so a headless role can stop between transactions.

#include <QObject>

class QSocketNotifier;

namespace tableside {

class StopSignals : public QObject {
    Q_OBJECT

public:
    explicit StopSignals(QObject *parent = nullptr);
    ~StopSignals() override;

signals:
    void stopRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace tableside
