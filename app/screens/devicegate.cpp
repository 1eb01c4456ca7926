#include "devicegate.h"

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

constexpr auto Context = "DeviceGate";

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

QString DeviceGate::refusal() const
{
    const auto text = [this](const char *source) {
        return m_language.translate(Context, source, nullptr, -1);
    };
    if (m_code.isEmpty())
        return {};
    if (m_code == u"pairing_code_invalid"_s)
        return text(QT_TRANSLATE_NOOP("DeviceGate",
                                      "This pairing code is wrong, used or expired. Ask staff for "
                                      "a new code, then start this screen with it."));
    if (m_code == u"unknown_device"_s)
        return text(QT_TRANSLATE_NOOP("DeviceGate",
                                      "The restaurant no longer knows this screen. Ask staff for a "
                                      "new pairing code, then start this screen with it."));
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
            .arg(m_language.locale().toString(m_pairedTable), m_language.locale().toString(m_table));
    return text(QT_TRANSLATE_NOOP("DeviceGate",
                                  "The restaurant turned this screen away. Ask staff for help."));
}

} // namespace tableside
