#pragma once
// The floor's "Add a device": a staff PIN first, then what to pair (a table of the venue, a
// kitchen station or the expo, a floor or an owner's screen), then the hub's one-time code with
// its expiry and a countdown. The hub checks the PIN and who may pair what (pairing.create with
// its pin); this keeps the sheet's steps and says which refusal to show.

#include "clock.h"
#include "floormodel.h"
#include "venueclient.h"

#include <QLocale>
#include <QObject>

namespace tableside {

class DevicePairing : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString step READ step NOTIFY changed) // pin, choose, code
    Q_PROPERTY(int pinLength READ pinLength NOTIFY changed)
    Q_PROPERTY(bool pinComplete READ pinComplete NOTIFY changed)
    Q_PROPERTY(QString role READ role WRITE setRole NOTIFY changed) // table, kitchen, host, owner
    Q_PROPERTY(int table READ table NOTIFY changed)
    Q_PROPERTY(bool hasTables READ hasTables NOTIFY changed)
    Q_PROPERTY(QString station READ station WRITE setStation NOTIFY changed) // "": expo
    Q_PROPERTY(QStringList stations READ stations NOTIFY changed)
    // What a kitchen display may be for: the expo ("") first, then every station.
    Q_PROPERTY(QStringList stationChoices READ stationChoices NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    // make() would ask the hub now: not busy, the PIN typed, a table chosen for a table's screen.
    Q_PROPERTY(bool canMake READ canMake NOTIFY changed)
    // Why the last try made no code: "", pin_wrong, pin_locked, forbidden, offline, failed.
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(QString code READ code NOTIFY changed)
    // What the QR code holds: the code with a prefix a phone or a device's camera recognises.
    Q_PROPERTY(QString qrText READ qrText NOTIFY changed)
    // In the screen's locale: when the code runs out ("21:14"), and the time left ("9:41").
    Q_PROPERTY(QString expiresText READ expiresText NOTIFY changed)
    Q_PROPERTY(QString remainingText READ remainingText NOTIFY ticked)
    Q_PROPERTY(bool expired READ expired NOTIFY ticked)
    // How long the PIN stays locked, as this screen knows it ("4:59"), while it is.
    Q_PROPERTY(QString lockText READ lockText NOTIFY ticked)
    // True when the code is for this very screen: the owner opens the menu editor on the floor's
    // device, which pairs an owner's screen of its own with the code (no code is shown).
    Q_PROPERTY(bool forThisScreen READ forThisScreen NOTIFY changed)

public:
    static constexpr int MinPin = 4;
    static constexpr int MaxPin = 8;

    DevicePairing(VenueClient &client, const Clock &clock, const FloorModel &floor,
                  QObject *parent = nullptr);

    void setLocale(const QLocale &locale);

    QString step() const { return m_step; }
    int pinLength() const { return int(m_pin.size()); }
    bool pinComplete() const { return m_pin.size() >= MinPin; }
    QString role() const { return m_role; }
    void setRole(const QString &role);
    int table() const { return m_table; }
    bool hasTables() const { return !tables().isEmpty(); }
    QString station() const { return m_station; }
    void setStation(const QString &station);
    QStringList stations() const { return m_stations; }
    bool busy() const { return !m_request.isEmpty(); }
    bool canMake() const;
    QStringList stationChoices() const { return QStringList{QString()} + stations(); }
    QString error() const { return m_error; }
    QString code() const { return m_code; }
    QString qrText() const;
    QString expiresText() const;
    QString remainingText() const;
    bool expired() const;
    QString lockText() const;
    bool forThisScreen() const { return m_forThisScreen; }

    // Opens the sheet at its first step, with nothing of an earlier one kept.
    Q_INVOKABLE void start();
    // Opens the sheet for an owner's screen on this device: the owner's PIN makes the code at
    // once, handed to ownerCodeForThisScreen with the PIN, and the sheet is done.
    Q_INVOKABLE void startOwnerHere();
    Q_INVOKABLE void addDigit(int digit);
    Q_INVOKABLE void removeDigit();
    // On to choosing what to pair, once the PIN has 4 to 8 digits.
    Q_INVOKABLE void acceptPin();
    // Steps through the venue's tables (-1 or +1), staying within them.
    Q_INVOKABLE void stepTable(int delta);
    Q_INVOKABLE bool canStepTable(int delta) const;
    // Back to the PIN, emptied, what was chosen kept: for an owner's PIN after a host's.
    Q_INVOKABLE void changePin();
    // Asks the hub for a code for what is chosen, with the PIN.
    Q_INVOKABLE void make();
    // Back to choosing, the PIN kept: one more device of the same evening.
    Q_INVOKABLE void makeAnother();
    // Done: the PIN and the code are forgotten.
    Q_INVOKABLE void finish();
    // Re-reads the clock for the countdowns.
    void tick();
    // The client's replies, handed on by the screen: true when it was to one of this sheet's
    // requests (the sheet shows its refusals itself, in the screen's language).
    bool handleReply(const QString &id, bool ok, const QJsonObject &result, const QString &code);

signals:
    void changed();
    void ticked();
    void ownerCodeForThisScreen(const QString &code, const QString &pin);

private:
    QList<int> tables() const;
    QString minutesAndSeconds(qint64 seconds) const;

    VenueClient &m_client;
    const Clock &m_clock;
    const FloorModel &m_floor;
    QLocale m_locale = QLocale::c();
    QString m_step = QStringLiteral("pin");
    QString m_pin;
    QString m_role = QStringLiteral("table");
    int m_table = 0;
    QString m_station;
    QStringList m_stations;
    QString m_menuRequest;
    QString m_request;
    QString m_error;
    QString m_code;
    QDateTime m_expiresAt;
    QDateTime m_lockedUntil;
    bool m_forThisScreen = false;
};

} // namespace tableside
