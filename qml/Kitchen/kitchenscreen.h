#pragma once
// The kitchen display: a client of the hub holding the open tickets (one station's, or every
// station's on the expo), the all-day counts, recall, sold-out switches and the cook's actions
// from touch or a bump bar. Bumps wait BumpDelayMs on this screen so they can be undone.

#include "alldaymodel.h"
#include "bumpqueue.h"
#include "chime.h"
#include "devicegate.h"
#include "kitchentap.h"
#include "maprowsmodel.h"
#include "recallmodel.h"
#include "result.h"
#include "screenlanguage.h"
#include "ticketsmodel.h"
#include "venueclient.h"

#include <QJsonArray>
#include <QObject>
#include <QQmlApplicationEngine>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QQuickWindow;

namespace tableside {

// The view-model of KitchenWindow.qml (Tableside.Kitchen). Made from QML (a Quick test's), it is
// an offline screen on the system clock with a client of its own.
class KitchenScreen : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(tableside::TicketsModel *tickets READ tickets CONSTANT)
    Q_PROPERTY(tableside::AllDayModel *allDay READ allDay CONSTANT)
    Q_PROPERTY(tableside::RecallModel *recall READ recall CONSTANT)
    Q_PROPERTY(bool online READ online NOTIFY onlineChanged)
    // Why the hub turned this device away (DeviceGate::refusal); "" while it is let in.
    Q_PROPERTY(tableside::DeviceGate *gate READ gate CONSTANT)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY languageChanged)
    // Read beside number() and the like in a binding, so a change of language formats it anew.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    // False when the chime cannot be heard (no sound server or device): the header says so.
    Q_PROPERTY(bool soundOn READ soundOn NOTIFY soundOnChanged)
    Q_PROPERTY(QString station READ station WRITE setStation NOTIFY stationChanged)
    Q_PROPERTY(QStringList stations READ stations NOTIFY menuChanged)
    // The station bar: the expo ("") and every station, with its open tickets and whether it is
    // behind ({station, loaded, openTickets, behind}).
    Q_PROPERTY(tableside::MapRowsModel *stationChoices READ stationChoices CONSTANT)
    // The sold-out drawer: this station's dishes ({itemId, name, available}).
    Q_PROPERTY(tableside::MapRowsModel *soldOut READ soldOut CONSTANT)
    // Ids reach QML as numbers (Qt 6.4's QML has no 64-bit integer type; ids stay below 2^53).
    Q_PROPERTY(double selectedOrderId READ selectedOrderNumber NOTIFY selectedChanged)
    Q_PROPERTY(double selectedLineId READ selectedLineNumber NOTIFY selectedChanged)
    Q_PROPERTY(int warnMinutes READ warnMinutes NOTIFY thresholdsChanged)
    Q_PROPERTY(int lateMinutes READ lateMinutes NOTIFY thresholdsChanged)
    Q_PROPERTY(bool recallShown READ recallShown WRITE setRecallShown NOTIFY recallShownChanged)
    Q_PROPERTY(int pendingBumps READ pendingBumps NOTIFY pendingBumpsChanged)
    // How long a bump waits for Undo before it reaches the hub (the Undo button's bar runs out).
    Q_PROPERTY(int bumpDelayMs READ bumpDelayMs CONSTANT)

public:
    static constexpr int BumpDelayMs = 5000;

    explicit KitchenScreen(QObject *parent = nullptr);
    explicit KitchenScreen(VenueClient &client, QObject *parent = nullptr); // the system clock
    KitchenScreen(VenueClient &client, const Clock &clock, const QString &station,
                  QObject *parent = nullptr);
    ~KitchenScreen() override;

    // The staff's language (ScreenLanguage::Languages), this screen's alone; English until set.
    void setLanguage(const QString &code);
    bool rightToLeft() const { return m_language.rightToLeft(); }
    QString language() const { return m_language.code(); }
    // In this screen's digits (Arabic-Indic, Persian, Latin), never the process's locale.
    Q_INVOKABLE QString number(int value) const;
    // A ticket's age as m:ss, and a time of day as hh:mm, in this screen's digits.
    Q_INVOKABLE QString minutesSeconds(int seconds) const;
    Q_INVOKABLE QString timeOfDay(const QDateTime &at) const;
    // Words joined the way this screen's language lists them ("a, b and c").
    Q_INVOKABLE QString listOf(const QStringList &words) const;
    // The allergens' names (their codes, allergen.h) listed in this screen's language.
    QString allergensText(const QStringList &codes) const;
    // "3×" and "Seat 2" in this screen's language and digits.
    QString quantityText(int quantity) const;
    QString seatText(int seat) const;

    bool soundOn() const { return m_chime.canSound(); }
    Chime &chime() { return m_chime; }

    Result<void> show();
    QQuickWindow *window() const;

    TicketsModel *tickets() { return &m_tickets; }
    AllDayModel *allDay() { return &m_allDay; }
    RecallModel *recall() { return &m_recall; }
    MapRowsModel *stationChoices() { return &m_stationChoices; }
    MapRowsModel *soldOut() { return &m_soldOut; }
    TicketsModel &ticketsModel() { return m_tickets; }
    AllDayModel &allDayModel() { return m_allDay; }
    RecallModel &recallModel() { return m_recall; }
    BumpQueue &bumps() { return m_bumps; }
    bool online() const { return m_client.state() == VenueClient::State::Online; }
    DeviceGate *gate() { return &m_gate; }
    QString lastError() const { return m_lastError; }
    QString station() const { return m_tickets.station(); }
    void setStation(const QString &station);
    QStringList stations() const { return m_stations; }
    QVariantList menuItems() const;
    QVariantList stationLoads() const { return m_loads; }
    // The expo's and each station's place on the station bar (stationChoices).
    QList<QVariantMap> stationChoiceRows() const;
    qint64 selectedOrderId() const { return m_selected.orderId; }
    qint64 selectedLineId() const { return m_selected.lineId; }
    double selectedOrderNumber() const { return double(m_selected.orderId); }
    double selectedLineNumber() const { return double(m_selected.lineId); }
    int warnMinutes() const { return m_thresholds.ticketWarnMinutes; }
    int lateMinutes() const { return m_thresholds.ticketLateMinutes; }
    bool recallShown() const { return m_recallShown; }
    void setRecallShown(bool shown);
    int pendingBumps() const { return m_bumps.count(); }
    static int bumpDelayMs() { return BumpDelayMs; }
    int chimesPlayed() const { return m_chime.played(); }

    // Moves one line on at once: "cooking" (start) or "ready" (bump without undo).
    Q_INVOKABLE void advance(qint64 lineId, const QString &to);
    Q_INVOKABLE void startLine(qint64 lineId);
    Q_INVOKABLE void startTicket(qint64 orderId);
    // Bumps wait BumpDelayMs before they are sent; undoBump(0) takes back the latest.
    Q_INVOKABLE void bumpLine(qint64 orderId, qint64 lineId);
    Q_INVOKABLE void bumpTicket(qint64 orderId);
    Q_INVOKABLE void undoBump(qint64 orderId = 0);
    Q_INVOKABLE void setAvailable(qint64 itemId, bool available);
    // Selects a ticket as a whole (0: none), as a bump bar's digit does.
    Q_INVOKABLE void select(qint64 orderId);
    // Touch: a tap selects a ticket or a line; only the selected one's Start and Done (Bump on
    // a ticket, lineId 0) act. See decideTap.
    Q_INVOKABLE void tapTicket(qint64 orderId);
    Q_INVOKABLE void tapLine(qint64 orderId, qint64 lineId);
    Q_INVOKABLE void tapStart(qint64 orderId, qint64 lineId = 0);
    Q_INVOKABLE void tapDone(qint64 orderId, qint64 lineId = 0);
    // A bump bar or keyboard: digits select the ticket at that place, Enter bumps it, S starts
    // it, R shows or hides recall, U or Backspace undoes the latest bump, arrows move. True
    // when the key meant something here.
    Q_INVOKABLE bool handleKey(int key, const QString &text);
    // Re-reads the clock: the tickets' timers and the stations' load. Runs every second of the
    // screen's clock by itself (bumps fall due on the BumpQueue's own timer).
    Q_INVOKABLE void tick();

signals:
    void onlineChanged();
    void lastErrorChanged();
    void languageChanged();
    void stationChanged();
    void menuChanged();
    void loadsChanged();
    void selectedChanged();
    void thresholdsChanged();
    void recallShownChanged();
    void pendingBumpsChanged();
    void soundOnChanged();

private:
    KitchenScreen(std::unique_ptr<VenueClient> client, QObject *parent);
    QQmlEngine &engine();
    void refreshLists();
    void onOnline();
    void onEvent(const QString &type, const QJsonObject &data);
    void onReplied(const QString &id, bool ok, const QJsonObject &result, const QString &code,
                   const QString &message);
    void sendBump(const QList<qint64> &lineIds);
    OrderStatus lineStatus(qint64 lineId) const;
    void recount();
    void keepSelectionValid();
    void setSelection(const KitchenSelection &selection);
    void onTap(TapTarget target, qint64 orderId, qint64 lineId);
    LineProgress progressOf(qint64 orderId, qint64 lineId) const;
    void showError(const QString &message);

    std::unique_ptr<VenueClient> m_ownClient; // made from QML: offline until told otherwise
    VenueClient &m_client;
    const Clock &m_clock;
    TicketsModel m_tickets;
    AllDayModel m_allDay;
    RecallModel m_recall;
    BumpQueue m_bumps;
    Chime m_chime;
    VenueThresholds m_thresholds;
    QStringList m_stations;
    QJsonArray m_menuItems; // [{itemId, name, station, available, category}]
    QVariantList m_loads;
    MapRowsModel m_stationChoices{{"station", "loaded", "openTickets", "behind"}, "station"};
    MapRowsModel m_soldOut{{"itemId", "name", "available"}, "itemId"};
    KitchenSelection m_selected;
    bool m_recallShown = false;
    QString m_menuRequest;
    QString m_floorRequest;
    QHash<QString, QList<qint64>> m_bumpRequests; // request id -> lines, resent if it fails
    QList<qint64> m_unsentBumps;
    QString m_lastError;
    ClockTimer *m_ticker = nullptr; // tick(), on the screen's clock
    ScreenLanguage m_language{ScreenLanguage::qmlContexts(QStringLiteral("Tableside/Kitchen"))
                              << QStringLiteral("tableside::KitchenScreen")};
    // An owner's device may work the pass too.
    DeviceGate m_gate{m_client, m_language, {QStringLiteral("kitchen"), QStringLiteral("owner")}};
    std::unique_ptr<QQmlApplicationEngine> m_engine; // made by show(), or by a language before
};

} // namespace tableside
