#pragma once
// The kitchen display: a client of the hub holding the open tickets, and the cook's actions.

#include "result.h"
#include "ticketsmodel.h"
#include "venueclient.h"

#include <QObject>
#include <QQmlApplicationEngine>

class QQuickWindow;

namespace tableside {

class KitchenScreen : public QObject {
    Q_OBJECT
    Q_PROPERTY(QObject *tickets READ tickets CONSTANT)
    Q_PROPERTY(bool online READ online NOTIFY onlineChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    explicit KitchenScreen(VenueClient &client, QObject *parent = nullptr);

    Result<void> show();
    QQuickWindow *window() const;

    QObject *tickets() { return &m_tickets; }
    bool online() const { return m_client.state() == VenueClient::State::Online; }
    QString lastError() const { return m_lastError; }

    // Moves one line on: "cooking" (start) or "ready" (bump).
    Q_INVOKABLE void advance(qint64 lineId, const QString &to);

signals:
    void onlineChanged();
    void lastErrorChanged();

private:
    VenueClient &m_client;
    TicketsModel m_tickets;
    QString m_lastError;
    QQmlApplicationEngine m_engine;
};

} // namespace tableside
