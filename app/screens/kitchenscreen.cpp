#include "kitchenscreen.h"

#include <QQuickWindow>

using namespace Qt::StringLiterals;

namespace tableside {

KitchenScreen::KitchenScreen(VenueClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_engine.addImportPath(u"qrc:/"_s);
    connect(&m_client, &VenueClient::stateChanged, this, &KitchenScreen::onlineChanged);
    connect(&m_client, &VenueClient::event, this,
            [this](qint64, const QString &type, const QJsonObject &data) {
                m_tickets.applyEvent(type, data);
            });
    connect(&m_client, &VenueClient::replied, this,
            [this](const QString &, bool ok, const QJsonObject &, const QString &,
                   const QString &message) {
                if (ok || message == m_lastError)
                    return;
                m_lastError = message;
                emit lastErrorChanged();
            });
}

Result<void> KitchenScreen::show()
{
    m_engine.setInitialProperties({{u"kitchen"_s, QVariant::fromValue<QObject *>(this)}});
    m_engine.load(QUrl(u"qrc:/Tableside/Kitchen/Main.qml"_s));
    if (!window())
        return makeError(u"ui_failed"_s, u"The kitchen screen could not be loaded."_s);
    return {};
}

QQuickWindow *KitchenScreen::window() const
{
    const auto roots = m_engine.rootObjects();
    return roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.constFirst());
}

void KitchenScreen::advance(qint64 lineId, const QString &to)
{
    m_client.request(u"order.line.advance"_s, {{u"lineId"_s, lineId}, {u"to"_s, to}});
}

} // namespace tableside
