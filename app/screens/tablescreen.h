#pragma once
// The diner's screen: a client of the hub that shows its menu and follows it live.

#include "categoriesmodel.h"
#include "menufiltermodel.h"
#include "menuitemsmodel.h"
#include "result.h"
#include "venueclient.h"

#include <QObject>
#include <QQmlApplicationEngine>

class QQuickWindow;

namespace tableside {

class TableScreen : public QObject {
    Q_OBJECT
    Q_PROPERTY(QObject *categories READ categories CONSTANT)
    Q_PROPERTY(QObject *dishes READ dishes CONSTANT)
    Q_PROPERTY(QString venueName READ venueName NOTIFY menuLoaded)
    Q_PROPERTY(bool menuReady READ menuReady NOTIFY menuLoaded)
    Q_PROPERTY(bool online READ online NOTIFY onlineChanged)

public:
    TableScreen(VenueClient &client, QString language, QObject *parent = nullptr);

    Result<void> show();
    QQuickWindow *window() const;

    QObject *categories() { return &m_categories; }
    QObject *dishes() { return &m_dishes; }
    QString venueName() const { return m_venueName; }
    bool menuReady() const { return m_menuReady; }
    bool online() const { return m_client.state() == VenueClient::State::Online; }

signals:
    void menuLoaded();
    void onlineChanged();
    void menuFailed(const QString &message);

private:
    void requestMenu();
    void onReply(const QString &id, bool ok, const QJsonObject &result, const QString &errorCode,
                 const QString &errorMessage);
    void onEvent(qint64 seq, const QString &type, const QJsonObject &data);

    VenueClient &m_client;
    QString m_language;
    QString m_menuRequest;
    QString m_venueName;
    bool m_menuReady = false;
    MenuItemsModel m_items;
    MenuFilterModel m_dishes;
    CategoriesModel m_categories;
    QQmlApplicationEngine m_engine;
};

} // namespace tableside
