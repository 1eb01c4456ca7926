#include "tablescreen.h"

#include "clocktimer.h"
#include "displaylanguage.h"
#include "photoimageprovider.h"
#include "qrimageprovider.h"
#include "wireformat.h"

#include <QEventLoop>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QQmlComponent>
#include <QQuickWindow>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

// How long a starting screen waits for its menu before it shows its spinner.
constexpr int MenuWaitMs = 500;

} // namespace

const QStringList &TableScreen::Languages = ScreenLanguage::Languages;
const QStringList TableScreen::Tablecloths{u"linen"_s, u"slate"_s, u"terrazzo"_s, u"night"_s,
                                           u"olive"_s};

TableScreen::TableScreen(QObject *parent)
    : QObject(parent)
    , m_ownClient(std::make_unique<VenueClient>(m_systemClock))
    , m_client(*m_ownClient)
    , m_clock(m_systemClock)
    , m_startLanguage(u"en"_s)
    , m_language(m_startLanguage)
{
    setUp();
}

TableScreen::TableScreen(VenueClient &client, QString language, QObject *parent)
    : TableScreen(client, std::move(language), m_systemClock, parent)
{}

TableScreen::TableScreen(VenueClient &client, QString language, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
    , m_startLanguage(Languages.contains(language) ? language : u"en"_s)
    , m_language(m_startLanguage)
{
    setUp();
}

void TableScreen::setUp()
{
    // Qt 6.4 puts the QML modules at qrc:/<URI path>; the engine does not look there by itself.
    m_engine.addImportPath(u"qrc:/"_s);
    m_dishes.setSourceModel(&m_items);
    m_items.setPhotoBase(QUrl(u"qrc:/demo/photos/"_s));
    m_engine.addImageProvider(QString::fromLatin1(PhotoImageProvider::Id),
                              new PhotoImageProvider(m_photos));
    m_engine.addImageProvider(u"qr"_s, new QrImageProvider); // the tips' links; the engine owns it
    m_localTips.setPhotoBase(QUrl(u"qrc:/demo/photos/"_s));
    m_localTips.setLanguage(m_language);
    m_localTips.follow(m_client);
    m_photos->setHub(m_client.hub());
    connect(&m_client, &VenueClient::stateChanged, this, [this] {
        m_photos->setHub(m_client.hub());
        emit onlineChanged();
        if (online() && m_menus.size() < Languages.size())
            requestMenus();
    });
    connect(&m_client, &VenueClient::outboxPendingChanged, this, &TableScreen::onlineChanged);
    connect(&m_client, &VenueClient::deviceChanged, this, &TableScreen::onlineChanged);
    connect(&m_client, &VenueClient::replied, this, &TableScreen::onReply);
    connect(&m_client, &VenueClient::event, this, &TableScreen::onEvent);
    connect(&m_client, &VenueClient::outboxSent, this, &TableScreen::onOutboxSent);
    connect(&m_client, &VenueClient::outboxRejected, this, &TableScreen::onOutboxRejected);
    followRecommendations();
    m_chat.setTextTranslator([this](const QString &body) { return chatText(body); });
    m_quickReplies.setTranslate([this](const char *source) {
        return m_screenLanguage.translate("tableside::TableScreen", source, nullptr, -1);
    });
    m_allergens.setTranslate([this](const char *source) {
        return m_screenLanguage.translate("tableside::AllergensModel", source, nullptr, -1);
    });
    m_allergens.setFilter(&m_dishes);
    m_chat.setLocale(displayLanguage(m_language).locale);
    // Estimates and "still waiting" move on with the clock.
    m_tick = m_clock.createTimer(this);
    m_tick->setInterval(15000);
    connect(m_tick, &ClockTimer::timeout, this, [this] {
        m_orders.tick();
        m_calls.tick();
    });
    m_tick->start();
    // The open dish's allergens are read again when it or the language changes.
    connect(&m_draft, &DishDraft::changed, this, &TableScreen::dishAllergensChanged);
    connect(&m_calls, &ServiceCallsModel::changed, this, &TableScreen::billNoticeChanged);
}

TableScreen::~TableScreen() = default;

Result<void> TableScreen::show()
{
    applyLanguage();
    m_engine.setInitialProperties({{u"table"_s, QVariant::fromValue<QObject *>(this)}});
    const QUrl main(u"qrc:/Tableside/Table/TableWindow.qml"_s);
    // Resolve the screen's types and imports asynchronously while the event loop runs the hub
    // handshake and the menu request; make the window once both are there, so that its first
    // frame already shows the menu (not a spinner, then the menu) and the grid's cards are made
    // with the rest. A hub slow to answer, or none, gets the spinner after MenuWaitMs.
    {
        // Meanwhile a worker reads the font database (fontconfig's list of every installed font,
        // a third of the window's making otherwise); the window's text finds it ready.
        QThreadPool::globalInstance()->start([] { QFontDatabase::families(); });
        QQmlComponent types(&m_engine, main, QQmlComponent::Asynchronous);
        QEventLoop loop;
        QTimer limit;
        limit.setSingleShot(true);
        const auto ready = [&] {
            const bool menuSettled =
                m_menuReady || !limit.isActive() || m_client.state() == VenueClient::State::Offline;
            return !types.isLoading() && menuSettled;
        };
        const auto check = [&] {
            if (ready())
                loop.quit();
        };
        connect(&types, &QQmlComponent::statusChanged, &loop, check);
        connect(this, &TableScreen::menuLoaded, &loop, check);
        connect(&m_client, &VenueClient::stateChanged, &loop, check);
        connect(&limit, &QTimer::timeout, &loop, check);
        limit.start(MenuWaitMs);
        if (!ready())
            loop.exec();
    }
    m_engine.load(main);
    if (!window())
        return makeError(u"ui_failed"_s, u"The table screen could not be loaded."_s);
    // Queued: the render loop may swap on its own thread.
    connect(
        window(), &QQuickWindow::frameSwapped, this,
        [this] {
            m_firstFrameDrawn = true;
            emit firstFrameDrawnChanged();
        },
        Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
    if (online())
        requestMenus();
    return {};
}

QQuickWindow *TableScreen::window() const
{
    const auto roots = m_engine.rootObjects();
    return roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.constFirst());
}

QString TableScreen::connection() const
{
    switch (m_client.state()) {
    case VenueClient::State::Online:
        return u"online"_s;
    case VenueClient::State::Connecting:
        return u"connecting"_s;
    default:
        return u"offline"_s;
    }
}

void TableScreen::setPage(const QString &page)
{
    static const QStringList pages{u"welcome"_s, u"menu"_s, u"status"_s};
    if (page == m_page || !pages.contains(page))
        return;
    m_page = page;
    if (page != u"menu"_s)
        m_draft.close();
    emit pageChanged();
}

bool TableScreen::rightToLeft() const
{
    return displayLanguage(m_language).rightToLeft;
}

QString TableScreen::keyboardLayout() const
{
    return displayLanguage(m_language).keyboardLayout;
}

void TableScreen::setTablecloth(const QString &cloth)
{
    if (cloth == m_tablecloth || !Tablecloths.contains(cloth))
        return;
    m_tablecloth = cloth;
    emit lookChanged();
}

void TableScreen::setLargeText(bool on)
{
    if (on == m_largeText)
        return;
    m_largeText = on;
    emit lookChanged();
}

void TableScreen::setHighContrast(bool on)
{
    if (on == m_highContrast)
        return;
    m_highContrast = on;
    emit lookChanged();
}

int TableScreen::tableNumber() const
{
    return m_client.device()[u"table"].toInt();
}

void TableScreen::setLanguage(const QString &code)
{
    if (code == m_language || !Languages.contains(code))
        return;
    m_language = code;
    applyLanguage();
    if (m_menus.contains(code))
        applyMenu(m_menus.value(code));
    else if (online())
        requestMenus();
    emit languageChanged();
}

void TableScreen::showIn(QQmlEngine &engine)
{
    m_shownIn = &engine;
    if (!m_firstFrameDrawn) {
        m_firstFrameDrawn = true;
        emit firstFrameDrawnChanged();
    }
    applyLanguage();
    emit languageChanged();
}

void TableScreen::showMenus(const QHash<QString, Menu> &menus, const QString &venueName)
{
    m_menus = menus;
    m_venueName = venueName;
    const Menu menu = m_menus.value(m_language);
    const qint64 chosen = m_dishes.categoryId();
    if (chosen != 0 && std::ranges::none_of(menu.categories, [chosen](const MenuCategory &shown) {
            return shown.id == chosen;
        }))
        m_dishes.setCategoryId(menu.categories.isEmpty() ? 0 : menu.categories.constFirst().id);
    applyMenu(menu);
}

void TableScreen::applyLanguage()
{
    m_screenLanguage.apply(m_language, m_shownIn ? *m_shownIn : m_engine);
    m_gate.retranslate();
    m_chat.setLocale(displayLanguage(m_language).locale);
    m_localTips.setLanguage(m_language);
    m_dishPairings.refresh();
    m_orderPairings.refresh();
    m_quickReplies.retranslate();
    m_allergens.retranslate();
    emit dishAllergensChanged();
    emit billNoticeChanged();
}

QString TableScreen::dishAllergens() const
{
    if (!m_draft.isOpen())
        return {};
    return m_allergens.sentence(m_draft.allergens(),
                                [this](const QStringList &names) { return listOf(names); });
}

QString TableScreen::number(int value) const
{
    return displayLanguage(m_language).locale.toString(value);
}

QString TableScreen::listOf(const QStringList &words) const
{
    return displayLanguage(m_language).locale.createSeparatedList(words);
}

void TableScreen::requestMenus()
{
    // The diner's language first, alone, so the first menu frame does not wait for the others;
    // the other languages follow once it is shown, for instant switching.
    QStringList wanted{m_language};
    if (m_menuReady)
        for (const QString &code : Languages)
            if (!wanted.contains(code))
                wanted.append(code);
    for (const QString &code : std::as_const(wanted)) {
        if (m_menus.contains(code) || m_menuRequests.values().contains(code))
            continue;
        m_menuRequests.insert(m_client.request(u"menu.get"_s, {{u"language"_s, code}}), code);
    }
}

void TableScreen::applyMenu(const Menu &menu)
{
    const QLocale locale = displayLanguage(m_language).locale;
    // The first category is chosen before the dishes arrive, so the grid makes only its cards.
    if (m_dishes.categoryId() == 0 && !menu.categories.isEmpty())
        m_dishes.setCategoryId(menu.categories.constFirst().id);
    m_index.setMenu(menu, locale);
    m_items.setMenu(menu, locale);
    m_categories.setMenu(menu);
    m_serving.judge(); // which dishes are served now, on the venue's clock
    m_cart.refresh();
    m_orders.refresh();
    m_draft.refresh();
    m_dishPairings.refresh();
    m_orderPairings.refresh();
    m_menuReady = true;
    emit menuLoaded();
}

void TableScreen::setAvailable(qint64 itemId, bool available)
{
    for (Menu &menu : m_menus)
        forEachMenuItem(menu, [&](MenuItem &item) {
            if (item.id == itemId)
                item.available = available;
        });
    m_index.setAvailable(itemId, available);
    m_items.setAvailable(itemId, available);
    m_cart.refresh();
    m_draft.refresh();
    m_dishPairings.refresh();
    m_orderPairings.refresh();
}

void TableScreen::setStationBehind(const QString &station, bool behind)
{
    for (Menu &menu : m_menus)
        forEachMenuItem(menu, [&](MenuItem &item) {
            if (item.station == station)
                item.longerWait = behind;
        });
    m_index.setStationBehind(station, behind);
    m_items.setStationBehind(station, behind);
    m_draft.refresh();
}

void TableScreen::resetParty()
{
    m_cart.clear();
    m_orders.clear();
    m_calls.clear();
    m_chat.clear();
    setChatOpen(false);
    setChatDraft({});
    m_visitCard.clear();
    setVisitCardOpen(false);
    m_ideaBoard.reset();
    m_ratingsSent.clear();
    m_dishes.clearFilters();
    m_draft.close();
    m_sentCarts.clear();
    m_orderPairings.clear();
    m_orderPairings.forgetShown();
    setTablecloth(u"linen"_s);
    setLargeText(false);
    setHighContrast(false);
    dismissError();
    if (m_categories.rowCount() > 0)
        m_dishes.setCategoryId(m_categories.categoryIdAt(0));
    setLanguage(m_startLanguage);
    setPage(u"welcome"_s);
}

void TableScreen::dismissError()
{
    setError({});
}

QString TableScreen::billNoticeFor(const QString &billState)
{
    if (billState == u"acknowledged"_s)
        return tr("Your bill is on its way.");
    if (billState == u"failed"_s)
        return tr("The bill request was not sent. Please try again.");
    if (billState == u"sending"_s || billState == u"waiting"_s)
        return tr("Bill requested — waiting for staff.");
    return {};
}

QString TableScreen::orderRefused(const QString &why) const
{
    return tr("Your order was not accepted: %1").arg(why);
}

QString TableScreen::messageRefused(const QString &why) const
{
    return tr("Your message was not sent: %1").arg(why);
}

void TableScreen::setError(const QString &message)
{
    if (message == m_lastError)
        return;
    m_lastError = message;
    emit lastErrorChanged();
}

void TableScreen::onReply(const QString &id, bool ok, const QJsonObject &result,
                          const QString &errorCode, const QString &errorMessage)
{
    if (onRecommendReply(id, ok, result))
        return;
    if (m_callRequests.contains(id)) {
        m_callRequests.remove(id);
        if (ok)
            m_calls.confirmed(id, result[u"requestId"].toInteger());
        else
            m_calls.failed(id);
        return;
    }
    if (!m_menuRequests.contains(id))
        return;
    const QString code = m_menuRequests.take(id);
    if (!ok) {
        // Offline or timed out: the next Online state asks again.
        if (errorCode != u"offline"_s && errorCode != u"timeout"_s &&
            errorCode != u"connection_lost"_s)
            emit menuFailed(errorMessage);
        return;
    }
    const Menu menu = menuFromJson(result[u"menu"].toObject());
    m_menus.insert(code, menu);
    m_venueName = result[u"venue"][u"name"].toString();
    m_calls.setEscalateAfterSeconds(result[u"venue"][u"alertEscalateSeconds"].toInt());
    m_serving.setTimeZone(result[u"venue"][u"timeZone"].toString());
    if (code == m_language) {
        const bool first = !m_menuReady;
        applyMenu(menu);
        if (first)
            QTimer::singleShot(500, this, [this] {
                if (online())
                    requestMenus();
            });
    }
}

} // namespace tableside
