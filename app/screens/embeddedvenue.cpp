#include "embeddedvenue.h"

#include "devicerepository.h"
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
    m_hub = std::make_unique<HubServer>(*m_store, m_clock);
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

Result<QString> EmbeddedVenue::deviceToken(const QString &role, int tableNumber)
{
    DeviceRepository devices(m_store->connection(), m_clock);
    QSettings kept(QFileInfo(m_storePath).absolutePath() + u"/embedded-devices.ini"_s,
                   QSettings::IniFormat);
    const QString key = u"%1-%2/token"_s.arg(role).arg(tableNumber);
    const QString token = kept.value(key).toString();
    if (!token.isEmpty() && devices.byToken(token))
        return token;
    const QString name = role == u"table"_s ? u"Table %1 screen"_s.arg(tableNumber)
                                            : u"Embedded %1 screen"_s.arg(role);
    auto enrolled = devices.enroll(name, role, tableNumber);
    if (!enrolled)
        return enrolled.error();
    kept.setValue(key, enrolled->second);
    return enrolled->second;
}

} // namespace tableside
