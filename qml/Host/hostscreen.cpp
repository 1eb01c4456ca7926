#include "hostscreen.h"

#include "clocktimer.h"
#include "qrimageprovider.h"

#include <QJsonArray>
#include <QQuickWindow>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {
const SystemClock systemClock;
} // namespace

HostScreen::HostScreen(QObject *parent)
    : HostScreen(std::make_unique<VenueClient>(systemClock), systemClock, parent)
{}

HostScreen::HostScreen(std::unique_ptr<VenueClient> client, const Clock &clock, QObject *parent)
    : HostScreen(*client, clock, parent)
{
    m_ownClient = std::move(client);
}

HostScreen::HostScreen(VenueClient &client, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_floor(clock)
    , m_alerts(m_floor)
    , m_pairing(client, clock, m_floor)
    , m_chime(QUrl(u"qrc:/Tableside/Host/sounds/alert.wav"_s))
{
    auto askFloor = [this] {
        if (online())
            m_floorRequest = m_client.request(u"floor.get"_s, {});
    };
    connect(&m_client, &VenueClient::stateChanged, this, [this, askFloor] {
        emit onlineChanged();
        askFloor();
    });
    // Each (re)connect starts from the open orders (with when their food became ready), then
    // the events after them, each dated by the hub: a replay restarts no alert's clock.
    m_client.setCatchUpSnapshot(u"orders.open"_s);
    connect(&m_client, &VenueClient::snapshotReceived, this, [this](const QJsonObject &result) {
        m_floor.setOpenOrders(result[u"orders"].toArray());
    });
    connect(&m_client, &VenueClient::event, this,
            [this](qint64, const QString &type, const QJsonObject &data, const QDateTime &at) {
                m_floor.applyEvent(type, data, at);
                m_inbox.apply(type, data, at);
            });
    connect(&m_inbox, &ChatInbox::changed, this, [this](int table) {
        if (table != m_chatTable)
            return;
        m_inbox.markRead(table); // the waiter is looking at it
        m_chat.setEntries(m_inbox.conversation(table));
    });
    m_alerts.setInbox(&m_inbox);
    connect(&m_floor, &FloorModel::floorChanged, this, &HostScreen::refreshLegend);
    connect(&m_floor, &QAbstractItemModel::dataChanged, this, &HostScreen::refreshLegend);
    connect(&m_floor, &QAbstractItemModel::modelReset, this, &HostScreen::refreshLegend);
    connect(this, &HostScreen::languageChanged, this, &HostScreen::refreshLegend);
    refreshLegend();
    connect(&m_client, &VenueClient::replied, this, &HostScreen::onReplied);
    connect(&m_alerts, &AlertsModel::escalated, &m_chime, &Chime::play);
    m_ticker = clock.createTimer(this);
    m_ticker->setInterval(1000);
    connect(m_ticker, &ClockTimer::timeout, this, &HostScreen::tick);
    m_ticker->start();
    askFloor();
}

QQmlEngine &HostScreen::engine()
{
    if (m_engine)
        return *m_engine;
    if (QQmlEngine *made = qmlEngine(this))
        return *made; // a screen made in QML speaks in the engine that made it
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->addImportPath(u"qrc:/"_s);
    m_engine->addImageProvider(u"qr"_s, new QrImageProvider); // the engine owns it
    return *m_engine;
}

void HostScreen::setLanguage(const QString &code)
{
    m_language.apply(code, engine());
    m_pairing.setLocale(m_language.locale());
    m_chat.setLocale(m_language.locale());
    m_gate.retranslate();
    emit languageChanged();
}

Result<void> HostScreen::show()
{
    if (m_language.code().isEmpty())
        setLanguage(u"en"_s);
    engine();
    if (!m_engine)
        return makeError(u"ui_failed"_s, u"The floor view was made in QML."_s);
    m_engine->setInitialProperties({{u"host"_s, QVariant::fromValue<QObject *>(this)}});
    m_engine->load(QUrl(u"qrc:/Tableside/Host/FloorWindow.qml"_s));
    if (!window())
        return makeError(u"ui_failed"_s, u"The floor view could not be loaded."_s);
    return {};
}

QQuickWindow *HostScreen::window() const
{
    if (!m_engine)
        return nullptr;
    const auto roots = m_engine->rootObjects();
    return roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.constFirst());
}

void HostScreen::offerMenuEditor(bool ownerDeviceKept)
{
    m_ownerDeviceKept = ownerDeviceKept;
    if (!m_menuEditorOffered) {
        m_menuEditorOffered = true;
        emit menuEditorChanged();
    }
}

bool HostScreen::openMenuEditor()
{
    if (!m_menuEditorOffered || !m_ownerDeviceKept)
        return false;
    emit menuEditorWanted();
    return true;
}

void HostScreen::setFallbackTables(const QJsonArray &tables)
{
    if (!m_planKnown)
        m_floor.setTables(tables);
}

void HostScreen::onReplied(const QString &id, bool ok, const QJsonObject &result,
                           const QString &code, const QString &message)
{
    if (m_pairing.handleReply(id, ok, result, code))
        return; // Add a device says why in its own sheet, in the screen's language
    if (id == m_floorRequest) {
        if (!ok)
            return; // a hub without floor.get: the fallback plan and the defaults hold
        m_floor.setThresholds(VenueThresholds::fromJson(result[u"thresholds"].toObject()));
        m_floor.setTables(result[u"tables"].toArray(), result[u"openRequests"].toArray());
        m_alerts.refresh();
        if (!m_planKnown) {
            m_planKnown = true;
            emit planKnownChanged();
        }
        return;
    }
    if (!ok && message != m_lastError) {
        m_lastError = message;
        emit lastErrorChanged();
    }
}

void HostScreen::seat(int table, int partySize)
{
    m_client.request(u"session.seat"_s, {{u"table"_s, table}, {u"partySize"_s, partySize}});
}

void HostScreen::closeTable(int table)
{
    if (const FloorTable *found = m_floor.state().table(table); found && found->sessionId)
        m_client.request(u"session.close"_s, {{u"sessionId"_s, found->sessionId}});
}

void HostScreen::acknowledge(qint64 requestId)
{
    m_client.request(u"service.acknowledge"_s, {{u"requestId"_s, requestId}});
}

int HostScreen::acknowledgeTable(int table)
{
    int acknowledged = 0;
    for (const FloorRequest &request : m_floor.state().requests()) {
        if (request.table != table)
            continue;
        acknowledge(request.id);
        ++acknowledged;
    }
    return acknowledged;
}

void HostScreen::serveLine(qint64 lineId)
{
    m_client.request(u"order.line.advance"_s, {{u"lineId"_s, lineId}, {u"to"_s, u"served"_s}});
}

void HostScreen::serveTable(int table)
{
    for (const QVariant &line : m_floor.state().readyLines(table))
        serveLine(line.toMap().value(u"lineId"_s).toLongLong());
}

void HostScreen::resolveAlert(const QString &key)
{
    for (const AlertsModel::Alert &alert : m_alerts.alerts()) {
        if (alert.key != key)
            continue;
        if (alert.kind == u"chat"_s) {
            openChat(alert.table);
            return;
        }
        if (alert.requestId)
            acknowledge(alert.requestId);
        for (const QVariant &line : alert.lines)
            serveLine(line.toMap().value(u"lineId"_s).toLongLong());
        return;
    }
}

void HostScreen::openChat(int table)
{
    if (table != m_chatTable) {
        m_chatTable = table;
        emit chatTableChanged();
    }
    m_chat.setEntries(m_inbox.conversation(table));
    m_inbox.markRead(table);
}

void HostScreen::closeChat()
{
    if (m_chatTable == 0)
        return;
    m_chatTable = 0;
    m_chat.clear();
    emit chatTableChanged();
}

bool HostScreen::sendChat(const QString &body)
{
    const QString text = body.trimmed();
    if (m_chatTable == 0 || text.isEmpty())
        return false;
    m_client.request(u"chat.send"_s, {{u"table"_s, m_chatTable}, {u"body"_s, text}});
    return true;
}

bool HostScreen::canSend(const QString &body) const
{
    return m_chatTable != 0 && online() && !body.trimmed().isEmpty();
}

void HostScreen::refreshLegend()
{
    QList<QVariantMap> rows;
    for (const QString &status : FloorState::Statuses)
        rows.append({{u"status"_s, status},
                     {u"icon"_s, statusIcon(status)},
                     {u"countText"_s, number(m_floor.countWithStatus(status))}});
    m_legend.setRows(rows);
}

QString HostScreen::statusIcon(const QString &status)
{
    static const QHash<QString, QString> icons{
        {u"called"_s, u"✋"_s},  {u"ready"_s, u"🔔"_s},      {u"bill"_s, u"€"_s},
        {u"waiting"_s, u"⏱"_s}, {u"ordered"_s, u"🍽"_s}, {u"seated"_s, u"●"_s},
    };
    return icons.value(status, u"○"_s);
}

QString HostScreen::dishesText(const QList<QVariantMap> &lines) const
{
    QStringList dishes;
    for (const QVariantMap &line : lines)
        dishes.append(m_language
                          .translate("tableside::HostScreen",
                                     QT_TRANSLATE_NOOP("tableside::HostScreen", "%1 × %2"), nullptr,
                                     -1)
                          .arg(number(line[u"quantity"_s].toInt()), line[u"name"_s].toString()));
    return listOf(dishes);
}

void HostScreen::tick()
{
    m_floor.refreshTimes();
    m_alerts.refresh();
    m_pairing.tick();
}

QString HostScreen::number(int value) const
{
    return m_language.locale().toString(value);
}

QString HostScreen::duration(int seconds) const
{
    const QLocale locale = m_language.locale();
    seconds = std::max(0, seconds);
    return locale.toString(seconds / 60) + u':' +
           locale.toString(seconds % 60).rightJustified(2, locale.zeroDigit().front());
}

QString HostScreen::listOf(const QStringList &items) const
{
    return m_language.locale().createSeparatedList(items);
}

QVariantMap HostScreen::bill(int table) const
{
    QVariantList lines;
    int preparing = 0;
    int ready = 0;
    for (const FloorLine &line : m_floor.state().orderedLines(table)) {
        if (line.status == OrderStatus::Cancelled)
            continue;
        lines.append(QVariantMap{{u"quantity"_s, line.quantity},
                                 {u"name"_s, line.name},
                                 {u"status"_s, orderStatusCode(line.status)}});
        if (line.status == OrderStatus::Ready)
            ready += line.quantity;
        else if (line.status != OrderStatus::Served)
            preparing += line.quantity;
    }
    const Money total = m_floor.state().orderedTotal(table);
    return {
        {u"lines"_s, lines},
        {u"total"_s, total.currency().isEmpty() ? QString() : total.format(m_language.locale())},
        {u"preparing"_s, preparing},
        {u"ready"_s, ready}};
}

} // namespace tableside
