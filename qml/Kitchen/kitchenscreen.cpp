#include "kitchenscreen.h"

#include "clocktimer.h"
#include "stationload.h"
#include "wireformat.h"

#include <QJsonArray>
#include <QQuickWindow>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {
const SystemClock systemClock;
// Replies that mean "not sent": the bump goes again once the hub is back.
bool notDelivered(const QString &code)
{
    return code == u"offline"_s || code == u"timeout"_s || code == u"connection_lost"_s;
}
} // namespace

KitchenScreen::KitchenScreen(QObject *parent)
    : KitchenScreen(std::make_unique<VenueClient>(systemClock), parent)
{}

KitchenScreen::KitchenScreen(VenueClient &client, QObject *parent)
    : KitchenScreen(client, systemClock, {}, parent)
{}

KitchenScreen::KitchenScreen(std::unique_ptr<VenueClient> client, QObject *parent)
    : KitchenScreen(*client, systemClock, {}, parent)
{
    m_ownClient = std::move(client);
}

KitchenScreen::KitchenScreen(VenueClient &client, const Clock &clock, const QString &station,
                             QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
    , m_tickets(clock)
    , m_bumps(clock, BumpDelayMs)
    , m_chime(QUrl(u"qrc:/Tableside/Kitchen/sounds/ticket.wav"_s))
{
    m_tickets.setStation(station);
    refreshLists();
    connect(this, &KitchenScreen::menuChanged, this, &KitchenScreen::refreshLists);
    connect(this, &KitchenScreen::loadsChanged, this, &KitchenScreen::refreshLists);
    // Each (re)connect starts from the open tickets, not from a replay of the whole evening.
    m_client.setCatchUpSnapshot(u"orders.open"_s);
    connect(&m_client, &VenueClient::snapshotReceived, this, [this](const QJsonObject &result) {
        QList<OrderRecord> orders;
        for (const QJsonValue &order : result[u"orders"].toArray())
            orders.append(orderFromJson(order.toObject()));
        m_tickets.resetTo(orders);
    });
    connect(&m_client, &VenueClient::stateChanged, this, [this] {
        emit onlineChanged();
        if (online())
            onOnline();
    });
    connect(&m_client, &VenueClient::event, this,
            [this](qint64, const QString &type, const QJsonObject &data) { onEvent(type, data); });
    connect(&m_client, &VenueClient::replied, this, &KitchenScreen::onReplied);
    connect(&m_tickets, &TicketsModel::ordersChanged, this, &KitchenScreen::recount);
    connect(&m_tickets, &TicketsModel::ticketBumped, &m_recall, &RecallModel::remember);
    connect(&m_tickets, &TicketsModel::ticketArrived, &m_chime, &Chime::play);
    connect(&m_tickets, &TicketsModel::countChanged, this, &KitchenScreen::keepSelectionValid);
    connect(&m_tickets, &TicketsModel::ordersChanged, this, &KitchenScreen::keepSelectionValid);
    connect(&m_chime, &Chime::canSoundChanged, this, &KitchenScreen::soundOnChanged);
    m_chime.checkOutput();
    connect(&m_bumps, &BumpQueue::changed, this, &KitchenScreen::pendingBumpsChanged);
    connect(&m_bumps, &BumpQueue::committed, this,
            [this](qint64, const QList<qint64> &lineIds) { sendBump(lineIds); });
    m_ticker = clock.createTimer(this);
    m_ticker->setInterval(1000);
    connect(m_ticker, &ClockTimer::timeout, this, &KitchenScreen::tick);
    m_ticker->start();
    if (online())
        onOnline();
}

KitchenScreen::~KitchenScreen()
{
    m_bumps.commitAll(); // a cook's bump is not lost because the screen closed
}

QQmlEngine &KitchenScreen::engine()
{
    if (m_engine)
        return *m_engine;
    if (QQmlEngine *made = qmlEngine(this))
        return *made; // a screen made in QML speaks in the engine that made it
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->addImportPath(u"qrc:/"_s);
    return *m_engine;
}

void KitchenScreen::setLanguage(const QString &code)
{
    m_language.apply(code, engine());
    m_gate.retranslate();
    emit languageChanged();
}

QString KitchenScreen::number(int value) const
{
    QLocale locale = m_language.locale();
    locale.setNumberOptions(QLocale::OmitGroupSeparator); // order 1024, not 1,024
    return locale.toString(value);
}

static QString twoDigits(const QLocale &locale, int value)
{
    return (value < 10 ? locale.zeroDigit() : QString()) + locale.toString(value);
}

QString KitchenScreen::minutesSeconds(int seconds) const
{
    seconds = std::max(0, seconds);
    return number(seconds / 60) + u':' + twoDigits(m_language.locale(), seconds % 60);
}

QString KitchenScreen::timeOfDay(const QDateTime &at) const
{
    const QTime time = at.toLocalTime().time();
    return twoDigits(m_language.locale(), time.hour()) + u':' +
           twoDigits(m_language.locale(), time.minute());
}

QString KitchenScreen::listOf(const QStringList &words) const
{
    return m_language.locale().createSeparatedList(words);
}

QString KitchenScreen::allergensText(const QStringList &codes) const
{
    // The EU's fourteen, as a cook calls them; a code not known here is shown as sent.
    static const QHash<QString, const char *> names{
        {u"gluten"_s, QT_TRANSLATE_NOOP("tableside::KitchenScreen", "Gluten")},
        {u"crustaceans"_s, QT_TRANSLATE_NOOP("tableside::KitchenScreen", "Crustaceans")},
        {u"eggs"_s, QT_TRANSLATE_NOOP("tableside::KitchenScreen", "Eggs")},
        {u"fish"_s, QT_TRANSLATE_NOOP("tableside::KitchenScreen", "Fish")},
        {u"peanuts"_s, QT_TRANSLATE_NOOP("tableside::KitchenScreen", "Peanuts")},
        {u"soybeans"_s, QT_TRANSLATE_NOOP("tableside::KitchenScreen", "Soya")},
        {u"milk"_s, QT_TRANSLATE_NOOP("tableside::KitchenScreen", "Milk")},
        {u"nuts"_s, QT_TRANSLATE_NOOP("tableside::KitchenScreen", "Tree nuts")},
        {u"celery"_s, QT_TRANSLATE_NOOP("tableside::KitchenScreen", "Celery")},
        {u"mustard"_s, QT_TRANSLATE_NOOP("tableside::KitchenScreen", "Mustard")},
        {u"sesame"_s, QT_TRANSLATE_NOOP("tableside::KitchenScreen", "Sesame")},
        {u"sulphites"_s, QT_TRANSLATE_NOOP("tableside::KitchenScreen", "Sulphites")},
        {u"lupin"_s, QT_TRANSLATE_NOOP("tableside::KitchenScreen", "Lupin")},
        {u"molluscs"_s, QT_TRANSLATE_NOOP("tableside::KitchenScreen", "Molluscs")},
    };
    QStringList words;
    for (const QString &code : codes) {
        const char *name = names.value(code);
        words.append(name ? m_language.translate("tableside::KitchenScreen", name, nullptr, -1)
                          : code);
    }
    return listOf(words);
}

QString KitchenScreen::quantityText(int quantity) const
{
    return m_language
        .translate("tableside::KitchenScreen", QT_TRANSLATE_NOOP("tableside::KitchenScreen", "%1×"),
                   nullptr, -1)
        .arg(number(quantity));
}

QString KitchenScreen::seatText(int seat) const
{
    return m_language
        .translate("tableside::KitchenScreen",
                   QT_TRANSLATE_NOOP("tableside::KitchenScreen", "Seat %1"), nullptr, -1)
        .arg(number(seat));
}

Result<void> KitchenScreen::show()
{
    if (m_language.code().isEmpty())
        setLanguage(u"en"_s);
    engine();
    if (!m_engine)
        return makeError(u"ui_failed"_s, u"The kitchen screen was made in QML."_s);
    m_engine->setInitialProperties({{u"kitchen"_s, QVariant::fromValue<QObject *>(this)}});
    m_engine->load(QUrl(u"qrc:/Tableside/Kitchen/KitchenWindow.qml"_s));
    if (!window())
        return makeError(u"ui_failed"_s, u"The kitchen screen could not be loaded."_s);
    return {};
}

QQuickWindow *KitchenScreen::window() const
{
    if (!m_engine)
        return nullptr;
    const auto roots = m_engine->rootObjects();
    return roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.constFirst());
}

void KitchenScreen::onOnline()
{
    m_menuRequest = m_client.request(u"menu.get"_s, {});
    m_floorRequest = m_client.request(u"floor.get"_s, {});
    if (!m_unsentBumps.isEmpty())
        sendBump(std::exchange(m_unsentBumps, {}));
}

void KitchenScreen::onEvent(const QString &type, const QJsonObject &data)
{
    m_tickets.applyEvent(type, data);
    if (type == u"menu.availability"_s) {
        for (qsizetype i = 0; i < m_menuItems.size(); ++i) {
            QJsonObject item = m_menuItems[i].toObject();
            if (item[u"itemId"].toInteger() != data[u"itemId"].toInteger())
                continue;
            item[u"available"_s] = data[u"available"].toBool();
            m_menuItems[i] = item;
            emit menuChanged();
        }
    }
}

void KitchenScreen::onReplied(const QString &id, bool ok, const QJsonObject &result,
                              const QString &code, const QString &message)
{
    if (id == m_menuRequest && ok) {
        m_menuItems = {};
        m_stations.clear();
        for (const QJsonValue &category : result[u"menu"][u"categories"].toArray()) {
            for (const QJsonValue &value : category[u"items"].toArray()) {
                const QJsonObject item = value.toObject();
                const QString station = item[u"station"].toString();
                if (!station.isEmpty() && !m_stations.contains(station))
                    m_stations.append(station);
                m_menuItems.append(QJsonObject{{u"itemId"_s, item[u"id"]},
                                               {u"name"_s, item[u"name"]},
                                               {u"station"_s, station},
                                               {u"available"_s, item[u"available"]},
                                               {u"category"_s, category[u"name"]}});
            }
        }
        emit menuChanged();
        recount();
        return;
    }
    if (id == m_floorRequest) {
        // Until the hub answers floor.get (or if it does not know it), the defaults hold.
        if (ok)
            m_thresholds = VenueThresholds::fromJson(result[u"thresholds"].toObject());
        m_tickets.setThresholds(m_thresholds);
        emit thresholdsChanged();
        return;
    }
    if (const auto bump = m_bumpRequests.take(id); !bump.isEmpty() && !ok && notDelivered(code)) {
        m_unsentBumps.append(bump);
        return;
    }
    if (!ok && message != m_lastError)
        showError(message);
}

void KitchenScreen::showError(const QString &message)
{
    m_lastError = message;
    emit lastErrorChanged();
}

void KitchenScreen::setStation(const QString &station)
{
    if (station == m_tickets.station())
        return;
    m_tickets.setStation(station);
    emit stationChanged();
    emit menuChanged(); // the sold-out list follows the station
    recount();
}

QVariantList KitchenScreen::menuItems() const
{
    QVariantList items;
    for (const QJsonValue &item : m_menuItems)
        if (station().isEmpty() || item[u"station"].toString() == station())
            items.append(item.toObject().toVariantMap());
    return items;
}

QList<QVariantMap> KitchenScreen::stationChoiceRows() const
{
    QList<QVariantMap> rows;
    for (const QString &station : QStringList{QString()} + m_stations) {
        QVariantMap row{{u"station"_s, station},
                        {u"loaded"_s, false},
                        {u"openTickets"_s, 0},
                        {u"behind"_s, false}};
        for (const QVariant &value : m_loads) {
            const QVariantMap load = value.toMap();
            if (load[u"station"_s].toString() != station)
                continue;
            row[u"loaded"_s] = true;
            row[u"openTickets"_s] = load[u"openTickets"_s];
            row[u"behind"_s] = load[u"behind"_s];
        }
        rows.append(row);
    }
    return rows;
}

void KitchenScreen::refreshLists()
{
    m_stationChoices.setRows(stationChoiceRows());
    QList<QVariantMap> items;
    for (const QVariant &item : menuItems()) {
        const QVariantMap map = item.toMap();
        items.append({{u"itemId"_s, map[u"itemId"_s]},
                      {u"name"_s, map[u"name"_s]},
                      {u"available"_s, map[u"available"_s]}});
    }
    m_soldOut.setRows(items);
}

void KitchenScreen::setRecallShown(bool shown)
{
    if (shown == m_recallShown)
        return;
    m_recallShown = shown;
    emit recallShownChanged();
}

void KitchenScreen::advance(qint64 lineId, const QString &to)
{
    m_client.request(u"order.line.advance"_s, {{u"lineId"_s, lineId}, {u"to"_s, to}});
}

void KitchenScreen::startLine(qint64 lineId)
{
    advance(lineId, u"cooking"_s);
}

void KitchenScreen::startTicket(qint64 orderId)
{
    for (qint64 lineId : m_tickets.unstartedLines(orderId))
        startLine(lineId);
}

void KitchenScreen::bumpLine(qint64 orderId, qint64 lineId)
{
    if (!m_tickets.openLines(orderId).contains(lineId))
        return;
    m_tickets.setPending({lineId}, true);
    m_bumps.bump(orderId, {lineId});
}

void KitchenScreen::bumpTicket(qint64 orderId)
{
    const QList<qint64> lines = m_tickets.openLines(orderId);
    if (lines.isEmpty())
        return;
    m_tickets.setPending(lines, true);
    m_bumps.bump(orderId, lines);
    if (orderId == m_selected.orderId) { // the bump bar moves on to the next ticket
        int row = 0;
        while (m_tickets.orderIdAt(row) && m_tickets.orderIdAt(row) != orderId)
            ++row;
        select(m_tickets.orderIdAt(row + 1));
    }
}

void KitchenScreen::undoBump(qint64 orderId)
{
    const QList<qint64> released = m_bumps.undo(orderId ? orderId : m_bumps.lastOrderId());
    m_tickets.setPending(released, false);
}

OrderStatus KitchenScreen::lineStatus(qint64 lineId) const
{
    for (const OrderRecord &order : m_tickets.orders())
        for (const OrderLineRecord &line : order.lines)
            if (line.id == lineId)
                return line.status;
    return OrderStatus::Cancelled;
}

void KitchenScreen::sendBump(const QList<qint64> &lineIds)
{
    for (qint64 lineId : lineIds) {
        // The hub moves one step at a time; a line never started is started on the way.
        if (lineStatus(lineId) != OrderStatus::Cooking)
            m_client.request(u"order.line.advance"_s,
                             {{u"lineId"_s, lineId}, {u"to"_s, u"cooking"_s}});
        const QString id = m_client.request(u"order.line.advance"_s,
                                            {{u"lineId"_s, lineId}, {u"to"_s, u"ready"_s}});
        m_bumpRequests.insert(id, {lineId});
    }
}

void KitchenScreen::setAvailable(qint64 itemId, bool available)
{
    m_client.request(u"menu.setAvailable"_s, {{u"itemId"_s, itemId}, {u"available"_s, available}});
}

void KitchenScreen::select(qint64 orderId)
{
    setSelection({orderId, 0});
}

void KitchenScreen::setSelection(const KitchenSelection &selection)
{
    if (selection == m_selected)
        return;
    m_selected = selection;
    emit selectedChanged();
}

void KitchenScreen::keepSelectionValid()
{
    if (m_selected.orderId && !m_tickets.ticket(m_selected.orderId))
        select(0);
    else if (m_selected.lineId &&
             progressOf(m_selected.orderId, m_selected.lineId) == LineProgress::Finished)
        select(m_selected.orderId); // done elsewhere: its ticket stays chosen
}

LineProgress KitchenScreen::progressOf(qint64 orderId, qint64 lineId) const
{
    if (lineId == 0) {
        if (!m_tickets.unstartedLines(orderId).isEmpty())
            return LineProgress::Unstarted;
        return m_tickets.openLines(orderId).isEmpty() ? LineProgress::Finished
                                                      : LineProgress::Cooking;
    }
    if (m_tickets.isPending(lineId))
        return LineProgress::Finished;
    switch (lineStatus(lineId)) {
    case OrderStatus::Placed:
    case OrderStatus::Accepted:
        return LineProgress::Unstarted;
    case OrderStatus::Cooking:
        return LineProgress::Cooking;
    default:
        return LineProgress::Finished;
    }
}

void KitchenScreen::onTap(TapTarget target, qint64 orderId, qint64 lineId)
{
    if (!m_tickets.ticket(orderId))
        return;
    const TapOutcome outcome =
        decideTap(m_selected, target, orderId, lineId, progressOf(orderId, lineId));
    setSelection(outcome.selection);
    switch (outcome.effect) {
    case TapEffect::Start:
        if (lineId)
            startLine(lineId);
        else
            startTicket(orderId);
        break;
    case TapEffect::Bump:
        if (lineId)
            bumpLine(orderId, lineId);
        else
            bumpTicket(orderId);
        break;
    case TapEffect::Select:
    case TapEffect::None:
        break;
    }
}

void KitchenScreen::tapTicket(qint64 orderId)
{
    onTap(TapTarget::Ticket, orderId, 0);
}

void KitchenScreen::tapLine(qint64 orderId, qint64 lineId)
{
    onTap(TapTarget::Line, orderId, lineId);
}

void KitchenScreen::tapStart(qint64 orderId, qint64 lineId)
{
    onTap(TapTarget::Start, orderId, lineId);
}

void KitchenScreen::tapDone(qint64 orderId, qint64 lineId)
{
    onTap(TapTarget::Done, orderId, lineId);
}

bool KitchenScreen::handleKey(int key, const QString &text)
{
    if (key >= Qt::Key_1 && key <= Qt::Key_9) {
        const qint64 orderId = m_tickets.orderIdAt(key - Qt::Key_1);
        if (orderId)
            select(orderId);
        return orderId != 0;
    }
    const qint64 current = m_selected.orderId ? m_selected.orderId : m_tickets.orderIdAt(0);
    switch (key) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (current)
            bumpTicket(current);
        return current != 0;
    case Qt::Key_S:
        if (current)
            startTicket(current);
        return current != 0;
    case Qt::Key_R:
        setRecallShown(!m_recallShown);
        return true;
    case Qt::Key_U:
    case Qt::Key_Backspace:
        undoBump();
        return true;
    case Qt::Key_Right:
    case Qt::Key_Left: {
        int row = 0;
        while (row < m_tickets.rowCount() && m_tickets.orderIdAt(row) != current)
            ++row;
        row += key == Qt::Key_Right ? 1 : -1;
        if (m_tickets.orderIdAt(row))
            select(m_tickets.orderIdAt(row));
        return true;
    }
    case Qt::Key_Escape:
        select(0);
        setRecallShown(false);
        return true;
    default:
        Q_UNUSED(text)
        return false;
    }
}

void KitchenScreen::tick()
{
    m_tickets.refreshTimes();
    recount();
}

void KitchenScreen::recount()
{
    m_allDay.recompute(m_tickets.orders(), station());
    QVariantList loads;
    for (const StationLoad &load :
         tableside::stationLoads(m_tickets.orders(), m_stations, m_clock.now(), m_thresholds))
        loads.append(QVariantMap{{u"station"_s, load.station},
                                 {u"openTickets"_s, load.openTickets},
                                 {u"averageMinutes"_s, load.averageWaitSeconds / 60},
                                 {u"behind"_s, load.behind}});
    if (loads != m_loads) {
        m_loads = loads;
        emit loadsChanged();
    }
}

} // namespace tableside
