#include "embeddedvenue.h"

#include "devicerepository.h"
#include "exitcodes.h"
#include "storeopening.h"

#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace tableside {

EmbeddedVenue::EmbeddedVenue(QString storePath)
    : m_storePath(std::move(storePath))
{}

EmbeddedVenue::~EmbeddedVenue()
{
    m_hub.reset(); // before the store it writes to
}

Result<void> EmbeddedVenue::start()
{
    auto store = openSeededStore(m_storePath);
    if (!store)
        return store.error();
    m_store = std::move(store.value());
    auto claimed = claimVenue(m_storePath);
    if (!claimed)
        return claimed.error();
    m_claim = std::move(claimed.value());
    m_hub = std::make_unique<HubServer>(*m_store, m_clock);
    // The screens in this process must not show as sent what the disk did not keep.
    QObject::connect(m_hub.get(), &HubServer::durabilityLost, m_hub.get(), &stopForFailedDisk);
    return m_hub->listen(QHostAddress::LocalHost, 0);
}

QUrl EmbeddedVenue::hubUrl() const
{
    return m_hub ? m_hub->url() : QUrl();
}

QString EmbeddedVenue::storeFolder() const
{
    return QFileInfo(m_storePath).absolutePath();
}

namespace {

QString tokenKey(const QString &role, int tableNumber)
{
    return u"%1-%2/token"_s.arg(role).arg(tableNumber);
}

} // namespace

QString EmbeddedVenue::keptTokensFile() const
{
    return QFileInfo(m_storePath).absolutePath() + u"/embedded-devices.ini"_s;
}

KeptToken EmbeddedVenue::keptToken(const QString &role, int tableNumber)
{
    const QString file = keptTokensFile();
    const QString key = tokenKey(role, tableNumber);
    return KeptToken{
        [this, file, key] {
            const QString token = QSettings(file, QSettings::IniFormat).value(key).toString();
            const bool known =
                !token.isEmpty() && DeviceRepository(m_store->connection(), m_clock).byToken(token);
            return known ? token : QString();
        },
        [file, key](const QString &token) {
            QSettings kept(file, QSettings::IniFormat);
            kept.setValue(key, token);
        }};
}

Result<DeviceCredential> EmbeddedVenue::credential(const QString &role, int tableNumber)
{
    const QString name = role == u"table"_s ? u"Table %1 screen"_s.arg(tableNumber)
                                            : u"Embedded %1 screen"_s.arg(role);
    if (const QString token = keptToken(role, tableNumber).load(); !token.isEmpty())
        return DeviceCredential{token, {}, name};
    auto code = m_hub->makePairingCode(role, tableNumber);
    if (!code)
        return code.error();
    return DeviceCredential{{}, *code, name};
}

void EmbeddedVenue::keepToken(VenueClient &client, const QString &role, int tableNumber)
{
    QObject::connect(&client, &VenueClient::paired, &client, keptToken(role, tableNumber).save);
}

Result<void> EmbeddedVenue::join(VenueClient &client, const QString &role, int tableNumber)
{
    auto device = credential(role, tableNumber);
    if (!device)
        return device.error();
    keepToken(client, role, tableNumber);
    joinHub(client, hubUrl(), *device);
    return {};
}

} // namespace tableside
