#include "tablescreen.h"

#include "displaylanguage.h"
#include "wireformat.h"

#include <QGuiApplication>
#include <QQuickWindow>

using namespace Qt::StringLiterals;

namespace tableside {

TableScreen::TableScreen(VenueClient &client, QString language, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_language(std::move(language))
{
    // Qt 6.4 puts the QML modules at qrc:/<URI path>; the engine does not look there by itself.
    m_engine.addImportPath(u"qrc:/"_s);
    m_dishes.setSourceModel(&m_items);
    m_items.setPhotoBase(QUrl(u"qrc:/demo/photos/"_s));
    connect(&m_client, &VenueClient::stateChanged, this, [this] {
        emit onlineChanged();
        if (online() && !m_menuReady)
            requestMenu();
    });
    connect(&m_client, &VenueClient::replied, this, &TableScreen::onReply);
    connect(&m_client, &VenueClient::event, this, &TableScreen::onEvent);
}

Result<void> TableScreen::show()
{
    const DisplayLanguage display = displayLanguage(m_language);
    QGuiApplication::setLayoutDirection(display.rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    m_engine.setInitialProperties({{u"table"_s, QVariant::fromValue<QObject *>(this)}});
    m_engine.load(QUrl(u"qrc:/Tableside/Table/Main.qml"_s));
    if (!window())
        return makeError(u"ui_failed"_s, u"The table screen could not be loaded."_s);
    if (online())
        requestMenu();
    return {};
}

QQuickWindow *TableScreen::window() const
{
    const auto roots = m_engine.rootObjects();
    return roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.constFirst());
}

void TableScreen::requestMenu()
{
    m_menuRequest = m_client.request(u"menu.get"_s, {{u"language"_s, m_language}});
}

void TableScreen::onReply(const QString &id, bool ok, const QJsonObject &result,
                          const QString &errorCode, const QString &errorMessage)
{
    if (id != m_menuRequest)
        return;
    m_menuRequest.clear();
    if (!ok) {
        // Offline or timed out: the next Online state asks again.
        if (errorCode != u"offline"_s && errorCode != u"timeout"_s &&
            errorCode != u"connection_lost"_s)
            emit menuFailed(errorMessage);
        return;
    }
    const Menu menu = menuFromJson(result[u"menu"].toObject());
    m_items.setMenu(menu, displayLanguage(menu.language).locale);
    m_categories.setMenu(menu);
    m_venueName = result[u"venue"][u"name"].toString();
    m_menuReady = true;
    emit menuLoaded();
}

void TableScreen::onEvent(qint64, const QString &type, const QJsonObject &data)
{
    if (type == u"menu.availability"_s)
        m_items.setAvailable(data[u"itemId"].toInteger(), data[u"available"].toBool());
}

} // namespace tableside
