#pragma once
// The owner's menu editor opened from the floor's device: the floor screen is a host device, and
// only an owner's device may change the menu, so the floor's device keeps an owner's screen of
// its own beside it. The first time, the floor takes the owner's PIN and has the hub make an
// owner's code (DevicePairing::startOwnerHere); the door pairs a new owner device with it, keeps
// its token and opens the editor signed in with that PIN. After that the editor opens at once
// and asks the owner's PIN itself.

#include "clock.h"
#include "devicecredential.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace tableside {

class HostScreen;
class OwnerScreen;
class VenueClient;

class OwnerDoor : public QObject {
    Q_OBJECT

public:
    // keeper: where the owner device's token is kept between runs.
    OwnerDoor(const QUrl &hub, const QString &deviceName, const Clock &clock, KeptToken keeper,
              QObject *parent = nullptr);
    ~OwnerDoor() override;

    // The editor's language: the floor's.
    void setLanguage(const QString &code);
    // This device has an owner's screen already (a token is kept).
    bool hasDevice() const;
    // The kept device's editor, asking the owner's PIN.
    void open();
    // Pairs a new owner device with `code`, then opens its editor signed in with `pin`.
    void openWithCode(const QString &code, const QString &pin);

    OwnerScreen *screen() const { return m_screen.get(); }
    VenueClient *client() const { return m_client.get(); }

signals:
    // A new owner device was paired and its token kept.
    void deviceKept();

private:
    void makeScreen();
    void show();
    void signInOnceOnline();

    QUrl m_hub;
    QString m_deviceName;
    const Clock &m_clock;
    KeptToken m_keeper;
    QString m_language;
    QString m_pendingPin; // typed into the editor once its device is online
    std::unique_ptr<VenueClient> m_client;
    std::unique_ptr<OwnerScreen> m_screen;
};

// The floor's "Menu editor" opens `door`: at once when it has a device, else after the owner's
// PIN on the floor's sheet.
void openMenuEditorFrom(HostScreen &floor, OwnerDoor &door);

} // namespace tableside
