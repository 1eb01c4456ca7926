#pragma once
// Whether the hub lets this screen in as the device it is meant to be. A wrong, used or expired
// pairing code, a token the hub no longer knows, or a device of another role or table stops the
// screen with a sentence in the screen's own language that says what to do next, instead of a
// screen that waits to connect for ever.

#include "screenlanguage.h"
#include "venueclient.h"

#include <QObject>

namespace tableside {

class DeviceGate : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString refusal READ refusal NOTIFY refusalChanged)

public:
    // roles: the device roles this screen works as.
    DeviceGate(VenueClient &client, const ScreenLanguage &language, QStringList roles,
               QObject *parent = nullptr);

    // Empty while the device is welcome; else what the staff should do, in the screen's language.
    QString refusal() const;
    // The hub's error code, or "wrong_role" / "wrong_table"; empty while welcome.
    QString refusalCode() const { return m_code; }
    // A table screen started for one table refuses a device paired with another.
    void expectTable(int table) { m_table = table; }
    // The screen's language changed.
    void retranslate() { emit refusalChanged(); }

signals:
    void refusalChanged();

private:
    void checkDevice();
    void stop(const QString &code);

    VenueClient &m_client;
    const ScreenLanguage &m_language;
    QStringList m_roles;
    int m_table = 0;
    int m_pairedTable = 0;
    QString m_code;
};

} // namespace tableside
