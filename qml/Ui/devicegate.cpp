#include "devicegate.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

constexpr auto Context = "DeviceGate";

// Codes a new pairing code would put right.
bool pairingHelps(const QString &code)
{
    return code == u"not_paired"_s || code == u"pairing_code_invalid"_s ||
           code == u"unknown_device"_s || code == u"wrong_role"_s || code == u"wrong_table"_s;
}

} // namespace

DeviceGate::DeviceGate(VenueClient &client, const ScreenLanguage &language, QStringList roles,
                       QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_language(language)
    , m_roles(std::move(roles))
{
    connect(&m_client, &VenueClient::refused, this,
            [this](const QString &code, const QString &) { stop(code); });
    connect(&m_client, &VenueClient::deviceChanged, this, &DeviceGate::checkDevice);
}

void DeviceGate::offerPairing(const QUrl &hub, const QString &deviceName)
{
    m_hub = hub;
    m_deviceName = deviceName;
    emit refusalChanged();
}

void DeviceGate::askForCode()
{
    stop(u"not_paired"_s);
}

bool DeviceGate::pair(const QString &code)
{
    static const QRegularExpression sixDigits(u"^\\d{6}$"_s);
    if (!m_hub.isValid() || !sixDigits.match(code).hasMatch())
        return false;
    m_code.clear();
    emit refusalChanged();
    m_client.pairWith(m_hub, code, m_deviceName);
    return true;
}

void DeviceGate::checkDevice()
{
    const QJsonObject device = m_client.device();
    if (device.isEmpty())
        return;
    m_pairedTable = device.value("table"_L1).toInt();
    if (!m_roles.contains(device.value("role"_L1).toString()))
        stop(u"wrong_role"_s);
    else if (m_table > 0 && m_pairedTable != m_table)
        stop(u"wrong_table"_s);
}

void DeviceGate::stop(const QString &code)
{
    // Not from inside the client's welcome, which goes on to subscribe once this returns.
    if (code == u"wrong_role"_s || code == u"wrong_table"_s)
        QMetaObject::invokeMethod(&m_client, &VenueClient::disconnectFromHub, Qt::QueuedConnection);
    if (code == m_code)
        return;
    m_code = code;
    emit refusalChanged();
}

bool DeviceGate::canPair() const
{
    return m_hub.isValid() && pairingHelps(m_code);
}

QString DeviceGate::text(const char *source) const
{
    return m_language.translate(Context, source, nullptr, -1);
}

QString DeviceGate::codePrompt() const
{
    return text(QT_TRANSLATE_NOOP("DeviceGate", "Pairing code from staff"));
}

QString DeviceGate::pairLabel() const
{
    return text(QT_TRANSLATE_NOOP("DeviceGate", "Pair this screen"));
}

QString DeviceGate::refusal() const
{
    if (m_code.isEmpty())
        return {};
    // With a keypad on the screen, the code is entered here; else the screen starts with it.
    const bool here = canPair();
    if (m_code == u"not_paired"_s)
        return text(QT_TRANSLATE_NOOP("DeviceGate",
                                      "This screen is not paired with the restaurant yet. Ask "
                                      "staff for a pairing code and enter it here."));
    if (m_code == u"pairing_code_invalid"_s)
        return here ? text(QT_TRANSLATE_NOOP("DeviceGate",
                                             "This pairing code is wrong, used or expired. Ask "
                                             "staff for a new code and enter it here."))
                    : text(QT_TRANSLATE_NOOP("DeviceGate",
                                             "This pairing code is wrong, used or expired. Ask "
                                             "staff for a new code, then start this screen with "
                                             "it."));
    if (m_code == u"unknown_device"_s)
        return here ? text(QT_TRANSLATE_NOOP("DeviceGate",
                                             "The restaurant no longer knows this screen. Ask "
                                             "staff for a new pairing code and enter it here."))
                    : text(QT_TRANSLATE_NOOP("DeviceGate",
                                             "The restaurant no longer knows this screen. Ask "
                                             "staff for a new pairing code, then start this "
                                             "screen with it."));
    if (m_code == u"protocol_mismatch"_s)
        return text(QT_TRANSLATE_NOOP("DeviceGate",
                                      "This screen runs another version of Tableside than the "
                                      "restaurant. Ask staff to update it."));
    if (m_code == u"wrong_role"_s)
        return text(QT_TRANSLATE_NOOP("DeviceGate",
                                      "This screen was paired as another kind of device. Ask staff "
                                      "for a pairing code made for this screen."));
    if (m_code == u"wrong_table"_s)
        return text(QT_TRANSLATE_NOOP("DeviceGate",
                                      "This screen was paired with table %1, not table %2. Ask "
                                      "staff for a pairing code for this table."))
            .arg(m_language.locale().toString(m_pairedTable),
                 m_language.locale().toString(m_table));
    return text(QT_TRANSLATE_NOOP("DeviceGate",
                                  "The restaurant turned this screen away. Ask staff for help."));
}

} // namespace tableside
