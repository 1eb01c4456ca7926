#include "ownerdoor.h"

#include "hostscreen.h"
#include "ownerscreen.h"
#include "venueclient.h"

#include <QQuickWindow>

using namespace Qt::StringLiterals;

namespace tableside {

OwnerDoor::OwnerDoor(const QUrl &hub, const QString &deviceName, const Clock &clock,
                     KeptToken keeper, QObject *parent)
    : QObject(parent)
    , m_hub(hub)
    , m_deviceName(deviceName)
    , m_clock(clock)
    , m_keeper(std::move(keeper))
{}

OwnerDoor::~OwnerDoor()
{
    if (m_screen && m_screen->window()) // its window closes as the screen goes: no lock then
        QObject::disconnect(m_screen->window(), nullptr, this, nullptr);
    m_screen.reset(); // before the client it talks through
}

void OwnerDoor::setLanguage(const QString &code)
{
    m_language = code;
    if (m_screen)
        m_screen->setLanguage(code);
}

bool OwnerDoor::hasDevice() const
{
    return !m_keeper.load().isEmpty();
}

void OwnerDoor::makeScreen()
{
    if (m_screen)
        return;
    m_client = std::make_unique<VenueClient>(m_clock);
    m_screen = std::make_unique<OwnerScreen>(*m_client, m_clock);
    if (!m_language.isEmpty())
        m_screen->setLanguage(m_language);
    connect(m_client.get(), &VenueClient::paired, this, [this](const QString &token) {
        m_keeper.save(token);
        emit deviceKept();
    });
    connect(m_screen.get(), &OwnerScreen::onlineChanged, this, &OwnerDoor::signInOnceOnline);
}

void OwnerDoor::open()
{
    if (!m_screen) {
        makeScreen();
        m_client->connectTo(m_hub, m_keeper.load());
    }
    show();
}

void OwnerDoor::openWithCode(const QString &code, const QString &pin)
{
    if (m_screen) { // paired already this evening: its own sign-in takes the PIN
        m_pendingPin = pin;
        signInOnceOnline();
        show();
        return;
    }
    makeScreen();
    m_pendingPin = pin;
    m_client->pairWith(m_hub, code, m_deviceName);
    show();
}

void OwnerDoor::signInOnceOnline()
{
    if (m_pendingPin.isEmpty() || !m_screen->online() || m_screen->signedIn())
        return;
    while (m_screen->pinLength() > 0)
        m_screen->removeDigit();
    for (QChar digit : std::as_const(m_pendingPin))
        m_screen->addDigit(digit.digitValue());
    m_pendingPin.clear();
    m_screen->signIn();
}

void OwnerDoor::show()
{
    if (!m_screen->window()) {
        if (auto shown = m_screen->show(); !shown)
            return;
        // Closed, it locks at once: the next person at the floor needs the owner's PIN.
        connect(m_screen->window(), &QWindow::visibleChanged, this, [this](bool shown) {
            if (!shown)
                m_screen->lock();
        });
    }
    QQuickWindow *window = m_screen->window();
    window->show();
    window->raise();
    window->requestActivate();
}

void openMenuEditorFrom(HostScreen &floor, OwnerDoor &door)
{
    floor.offerMenuEditor(door.hasDevice());
    QObject::connect(&floor, &HostScreen::menuEditorWanted, &door, &OwnerDoor::open);
    QObject::connect(&floor.devicePairing(), &DevicePairing::ownerCodeForThisScreen, &door,
                     &OwnerDoor::openWithCode);
    QObject::connect(&door, &OwnerDoor::deviceKept, &floor,
                     [&floor] { floor.offerMenuEditor(true); });
}

} // namespace tableside
