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
#include "inputlimits.h"
#include "maprowsmodel.h"
#include "result.h"
#include "screenlanguage.h"
#include "venueclient.h"

#include <QObject>
#include <QQmlApplicationEngine>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QQuickWindow;

namespace tableside {

// The view-model of FloorWindow.qml (Tableside.Host). Made from QML (a Quick test's), it is an
// offline screen on the system clock with a client of its own.
class HostScreen : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(tableside::FloorModel *floor READ floor CONSTANT)
    Q_PROPERTY(tableside::AlertsModel *alerts READ alerts CONSTANT)
    // The conversation of the table whose sheet is open (chatTable; 0: none).
    Q_PROPERTY(tableside::ChatModel *chat READ chat CONSTANT)
    Q_PROPERTY(int chatTable READ chatTable NOTIFY chatTableChanged)
    Q_PROPERTY(bool online READ online NOTIFY onlineChanged)
    // Why the hub turned this device away (DeviceGate::refusal); "" while it is let in.
    Q_PROPERTY(tableside::DeviceGate *gate READ gate CONSTANT)
    Q_PROPERTY(bool planKnown READ planKnown NOTIFY planKnownChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY languageChanged)
    // Read beside number() and the like in a binding, so a change of language formats it anew.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    // "Add a device": the PIN, what to pair, and the hub's code (shown as image://qr/<qrText>).
    Q_PROPERTY(tableside::DevicePairing *pairing READ pairing CONSTANT)
    // What a waiter may enter (InputLimits): a party's size, an answer's length.
    Q_PROPERTY(int maxPartySize READ maxPartySize CONSTANT)
    // The header's legend: every status (FloorState::Statuses), its icon and how many tables it
    // is true of, in this screen's digits ({status, icon, countText}).
    Q_PROPERTY(tableside::MapRowsModel *legend READ legend CONSTANT)
    Q_PROPERTY(int maxMessageLength READ maxMessageLength CONSTANT)
    // Whether this device can open the owner's menu editor (its program offers it).
    Q_PROPERTY(bool menuEditorOffered READ menuEditorOffered NOTIFY menuEditorChanged)

public:
    explicit HostScreen(QObject *parent = nullptr);
    HostScreen(VenueClient &client, const Clock &clock, QObject *parent = nullptr);

    // The staff's language (ScreenLanguage::Languages), this screen's alone; English until set.
    void setLanguage(const QString &code);
    bool rightToLeft() const { return m_language.rightToLeft(); }
    QString language() const { return m_language.code(); }
    static int maxPartySize() { return InputLimits::MaxPartySize; }
    static int maxMessageLength() { return InputLimits::MaxMessageLength; }

    Result<void> show();
    QQuickWindow *window() const;

    FloorModel *floor() { return &m_floor; }
    MapRowsModel *legend() { return &m_legend; }
    AlertsModel *alerts() { return &m_alerts; }
    ChatModel *chat() { return &m_chat; }
    DevicePairing *pairing() { return &m_pairing; }
    DevicePairing &devicePairing() { return m_pairing; }
    int chatTable() const { return m_chatTable; }
    ChatModel &chatModel() { return m_chat; }
    FloorModel &floorModel() { return m_floor; }
    AlertsModel &alertsModel() { return m_alerts; }
    const ChatInbox &chatInbox() const { return m_inbox; }
    bool online() const { return m_client.state() == VenueClient::State::Online; }
    DeviceGate *gate() { return &m_gate; }
    bool planKnown() const { return m_planKnown; }
    QString lastError() const { return m_lastError; }
    int chimesPlayed() const { return m_chime.played(); }

    bool menuEditorOffered() const { return m_menuEditorOffered; }
    // The program offers the menu editor on this device; `ownerDeviceKept`: this device already
    // has an owner's screen of its own (it opens and asks the owner's PIN itself), else the floor
    // takes the owner's PIN first to pair one (DevicePairing::startOwnerHere).
    void offerMenuEditor(bool ownerDeviceKept);
    // "Menu editor": true when the editor opens at once (menuEditorWanted), false when the floor
    // must take the owner's PIN first.
    Q_INVOKABLE bool openMenuEditor();

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
    // What the alert's one button does: acknowledge a call, serve what is ready, open a table's
    // messages (its sheet opens with them: chatTable).
    Q_INVOKABLE void resolveAlert(const QString &key);
    // Re-reads the clock: the tables' and alerts' ages, escalation, the pairing code's time left.
    // Runs every second of the screen's clock by itself.
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
    // Whether sendChat(body) would send now: a table is open, the text is not blank, the hub is
    // reachable.
    Q_INVOKABLE bool canSend(const QString &body) const;
    // The icon beside a table status's word (FloorState::Statuses): never the colour alone.
    Q_INVOKABLE static QString statusIcon(const QString &status);
    // Dishes as the alerts list them ("2 × Hummus and 1 × Fattoush"), in this screen's language.
    QString dishesText(const QList<QVariantMap> &lines) const;

signals:
    void onlineChanged();
    void planKnownChanged();
    void lastErrorChanged();
    void chatTableChanged();
    void languageChanged();
    void menuEditorChanged();
    void menuEditorWanted();

private:
    HostScreen(std::unique_ptr<VenueClient> client, const Clock &clock, QObject *parent);
    QQmlEngine &engine();
    void refreshLegend();
    void onReplied(const QString &id, bool ok, const QJsonObject &result, const QString &code,
                   const QString &message);

    std::unique_ptr<VenueClient> m_ownClient; // made from QML: offline until told otherwise
    VenueClient &m_client;
    FloorModel m_floor;
    AlertsModel m_alerts;
    ChatInbox m_inbox;
    ChatModel m_chat{ChatModel::Side::Staff};
    DevicePairing m_pairing;
    int m_chatTable = 0;
    Chime m_chime;
    bool m_planKnown = false;
    bool m_menuEditorOffered = false;
    bool m_ownerDeviceKept = false;
    MapRowsModel m_legend{{"status", "icon", "countText"}, "status"};
    QString m_floorRequest;
    QString m_lastError;
    ClockTimer *m_ticker = nullptr; // tick(), on the screen's clock
    ScreenLanguage m_language{ScreenLanguage::qmlContexts(QStringLiteral("Tableside/Host"))
                              << QStringLiteral("tableside::HostScreen")};
    DeviceGate m_gate{m_client, m_language, {QStringLiteral("host"), QStringLiteral("owner")}};
    std::unique_ptr<QQmlApplicationEngine> m_engine; // made by show(), or by a language before
};

} // namespace tableside
