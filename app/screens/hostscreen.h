#pragma once
// The waiters' floor view: a client of the hub holding the floor map (tables where the owner
// drew them, each with its live status) and the alerts, and the waiter's actions: seat a party,
// close a table, acknowledge a call, carry out (serve) what the kitchen made ready, read and
// answer a table's messages.

#include "alertsmodel.h"
#include "chatinbox.h"
#include "chatmodel.h"
#include "chime.h"
#include "devicegate.h"
#include "devicepairing.h"
#include "floormodel.h"
#include "result.h"
#include "screenlanguage.h"
#include "venueclient.h"

#include <QObject>
#include <QQmlApplicationEngine>
#include <QTimer>

class QQuickWindow;

namespace tableside {

class HostScreen : public QObject {
    Q_OBJECT
    Q_PROPERTY(QObject *floor READ floor CONSTANT)
    Q_PROPERTY(QObject *alerts READ alerts CONSTANT)
    // The conversation of the table whose sheet is open (chatTable; 0: none).
    Q_PROPERTY(QObject *chat READ chat CONSTANT)
    Q_PROPERTY(int chatTable READ chatTable NOTIFY chatTableChanged)
    Q_PROPERTY(bool online READ online NOTIFY onlineChanged)
    // Why the hub turned this device away (DeviceGate::refusal); "" while it is let in.
    Q_PROPERTY(tableside::DeviceGate *gate READ gate CONSTANT)
    Q_PROPERTY(bool planKnown READ planKnown NOTIFY planKnownChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY languageChanged)
    // "Add a device": the PIN, what to pair, and the hub's code (shown as image://qr/<qrText>).
    Q_PROPERTY(QObject *pairing READ pairing CONSTANT)

public:
    HostScreen(VenueClient &client, const Clock &clock, QObject *parent = nullptr);

    // The staff's language (ScreenLanguage::Languages), this screen's alone; English until set.
    void setLanguage(const QString &code);
    bool rightToLeft() const { return m_language.rightToLeft(); }

    Result<void> show();
    QQuickWindow *window() const;

    QObject *floor() { return &m_floor; }
    QObject *alerts() { return &m_alerts; }
    QObject *chat() { return &m_chat; }
    QObject *pairing() { return &m_pairing; }
    DevicePairing &devicePairing() { return m_pairing; }
    int chatTable() const { return m_chatTable; }
    ChatModel &chatModel() { return m_chat; }
    FloorModel &floorModel() { return m_floor; }
    AlertsModel &alertsModel() { return m_alerts; }
    bool online() const { return m_client.state() == VenueClient::State::Online; }
    DeviceGate *gate() { return &m_gate; }
    bool planKnown() const { return m_planKnown; }
    QString lastError() const { return m_lastError; }
    int chimesPlayed() const { return m_chime.played(); }

    // The plan to draw until the hub answers floor.get (same shape as its `tables`).
    void setFallbackTables(const QJsonArray &tables);

    Q_INVOKABLE void seat(int table, int partySize);
    // Closes the table's open session (after payment): its screen forgets the party.
    Q_INVOKABLE void closeTable(int table);
    Q_INVOKABLE void acknowledge(qint64 requestId);
    // "On my way" from a table's sheet: acknowledges every call of the table still open (a bill
    // request too). Returns how many.
    Q_INVOKABLE int acknowledgeTable(int table);
    // Marks every ready line of the table served.
    Q_INVOKABLE void serveTable(int table);
    Q_INVOKABLE void serveLine(qint64 lineId);
    // What the alert's one button does: acknowledge a call, serve what is ready.
    Q_INVOKABLE void resolveAlert(const QString &key);
    Q_INVOKABLE void tick();
    // A count or time in this screen's digits (Arabic-Indic, Persian, Latin).
    Q_INVOKABLE QString number(int value) const;
    // How long, as minutes:seconds in this screen's digits ("3:07").
    Q_INVOKABLE QString duration(int seconds) const;
    // Items as a list in this screen's language ("a, b and c").
    Q_INVOKABLE QString listOf(const QStringList &items) const;
    // What the seated party ordered, for its sheet and the closing's confirmation:
    // {lines: [{quantity, name, status}], total (money in this screen's locale), preparing
    // (portions still with the kitchen), ready (portions ready, not yet served)}.
    Q_INVOKABLE QVariantMap bill(int table) const;
    // The waiter opened a table: its conversation shows, and its message alert goes.
    Q_INVOKABLE void openChat(int table);
    Q_INVOKABLE void closeChat();
    // Answers the open table; false (and nothing sent) for an empty message or no open table.
    Q_INVOKABLE bool sendChat(const QString &body);

signals:
    void onlineChanged();
    void planKnownChanged();
    void lastErrorChanged();
    void chatTableChanged();
    void languageChanged();

private:
    void onReplied(const QString &id, bool ok, const QJsonObject &result, const QString &code,
                   const QString &message);

    VenueClient &m_client;
    FloorModel m_floor;
    AlertsModel m_alerts;
    ChatInbox m_inbox;
    ChatModel m_chat{ChatModel::Side::Staff};
    DevicePairing m_pairing;
    int m_chatTable = 0;
    Chime m_chime;
    bool m_planKnown = false;
    QString m_floorRequest;
    QString m_lastError;
    QTimer m_ticker;
    ScreenLanguage m_language{ScreenLanguage::qmlContexts(QStringLiteral("Tableside/Host"))
                              << QStringLiteral("tableside::HostScreen")};
    DeviceGate m_gate{m_client, m_language, {QStringLiteral("host"), QStringLiteral("owner")}};
    QQmlApplicationEngine m_engine;
};

} // namespace tableside
