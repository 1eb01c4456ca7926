#pragma once
// Whether the hub lets this screen in as the device it is meant to be. A wrong, used or expired
// pairing code, a token the hub no longer knows, or a device of another role or table stops the
// screen with a sentence in the screen's own language that says what to do next, instead of a
// screen that waits to connect for ever. A screen on its own device also takes a new pairing
// code right there, so nobody needs a keyboard and a command line to pair it.

#include "screenlanguage.h"
#include "venueclient.h"

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace tableside {

class DeviceGate : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("A screen makes its own DeviceGate for its VenueClient.")
    Q_PROPERTY(QString refusal READ refusal NOTIFY refusalChanged)
    // True when a pairing code can be typed on this screen (offerPairing) and would help.
    Q_PROPERTY(bool canPair READ canPair NOTIFY refusalChanged)
    // The keypad's words, in the screen's language.
    Q_PROPERTY(QString codePrompt READ codePrompt NOTIFY refusalChanged)
    Q_PROPERTY(QString pairLabel READ pairLabel NOTIFY refusalChanged)

public:
    static constexpr int CodeDigits = 6;

    // roles: the device roles this screen works as.
    DeviceGate(VenueClient &client, const ScreenLanguage &language, QStringList roles,
               QObject *parent = nullptr);

    // Empty while the device is welcome; else what the staff should do, in the screen's language.
    QString refusal() const;
    // The hub's error code, "wrong_role", "wrong_table" or "not_paired"; empty while welcome.
    QString refusalCode() const { return m_code; }
    bool canPair() const;
    QString codePrompt() const;
    QString pairLabel() const;

    // A table screen started for one table refuses a device paired with another.
    void expectTable(int table) { m_table = table; }
    // A code typed on this screen pairs it with `hub` as `deviceName`.
    void offerPairing(const QUrl &hub, const QString &deviceName);
    // The device has no token and no code yet: the screen asks for a code at once.
    void askForCode();
    // Sends a code typed on the screen; false (nothing sent) unless it is six digits and pairing
    // is offered.
    Q_INVOKABLE bool pair(const QString &code);
    // The screen's language changed.
    void retranslate() { emit refusalChanged(); }

signals:
    void refusalChanged();

private:
    void checkDevice();
    void stop(const QString &code);
    QString text(const char *source) const;

    VenueClient &m_client;
    const ScreenLanguage &m_language;
    QStringList m_roles;
    int m_table = 0;
    int m_pairedTable = 0;
    QString m_code;
    QUrl m_hub;
    QString m_deviceName;
};

} // namespace tableside
