#pragma once
// The diner's screen: a client of the hub that shows its menu, composes and places the table's
// order through the outbox, follows it live, calls staff, talks with them, and forgets the party
// when staff close the table. Every rule lives here or in the models; the QML only lays it out.
// A QML type of Tableside.Table: the window names it; QML (a Quick test) can make one, which
// runs offline with its own client until a hub is given.

#include "allergensmodel.h"
#include "cartmodel.h"
#include "categoriesmodel.h"
#include "chatmodel.h"
#include "devicegate.h"
#include "dietarytagsmodel.h"
#include "dishdraft.h"
#include "displaylanguage.h"
#include "hubphotos.h"
#include "ideaboard.h"
#include "localtipsmodel.h"
#include "menufiltermodel.h"
#include "menuindex.h"
#include "menuitemsmodel.h"
#include "orderstatusmodel.h"
#include "quickrepliesmodel.h"
#include "recommendationsmodel.h"
#include "result.h"
#include "screenlanguage.h"
#include "servicecallsmodel.h"
#include "servicekindsmodel.h"
#include "servingwatch.h"
#include "tablemodeltypes.h"
#include "venueclient.h"
#include "visitcard.h"

#include <QHash>
#include <QObject>
#include <QQmlApplicationEngine>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QQuickWindow;

namespace tableside {

class Outbox;

class TableScreen : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(tableside::CategoriesModel *categories READ categories CONSTANT)
    Q_PROPERTY(tableside::MenuFilterModel *dishes READ dishes CONSTANT)
    Q_PROPERTY(tableside::DishDraft *draft READ draft CONSTANT)
    Q_PROPERTY(tableside::CartModel *cart READ cart CONSTANT)
    Q_PROPERTY(tableside::OrderStatusModel *orders READ orders CONSTANT)
    Q_PROPERTY(tableside::ServiceCallsModel *calls READ calls CONSTANT)
    // The party's conversation with the staff.
    Q_PROPERTY(tableside::ChatModel *chat READ chat CONSTANT)
    // What the diner reads on a quick reply (text), and what is sent (body).
    Q_PROPERTY(tableside::QuickRepliesModel *quickReplies READ quickReplies CONSTANT)
    // The EU's 14 allergens by code, named in the diner's language: the filter's chips.
    Q_PROPERTY(tableside::AllergensModel *allergens READ allergens CONSTANT)
    // The dietary tags the filter offers, and which it requires: the filter's other chips.
    Q_PROPERTY(tableside::DietaryTagsModel *dietaryTags READ dietaryTags CONSTANT)
    // What a diner can call a waiter for, and which calls are out: the call sheet's buttons.
    Q_PROPERTY(tableside::ServiceKindsModel *serviceKinds READ serviceKinds CONSTANT)
    // Dishes often ordered with the open one (or popular tonight, or the house's picks), and
    // with the order's dishes before it is placed: the hub's recommendations under the diner's
    // filters, never a dish already in the order.
    Q_PROPERTY(tableside::RecommendationsModel *dishPairings READ dishPairings CONSTANT)
    Q_PROPERTY(tableside::RecommendationsModel *orderPairings READ orderPairings CONSTANT)
    // The open dish's allergens as one sentence in the diner's language.
    Q_PROPERTY(QString dishAllergens READ dishAllergens NOTIFY dishAllergensChanged)
    // The conversation is on screen: staff replies arrive read.
    Q_PROPERTY(bool chatOpen READ chatOpen WRITE setChatOpen NOTIFY chatOpenChanged)
    // The visit's card, offered once when the party asks for the bill; closed at will.
    Q_PROPERTY(tableside::VisitCard *visitCard READ visitCard CONSTANT)
    Q_PROPERTY(
        bool visitCardOpen READ visitCardOpen WRITE setVisitCardOpen NOTIFY visitCardOpenChanged)
    // The venue's ideas board: propose, "Me too", and what the owner did with them.
    Q_PROPERTY(tableside::IdeaBoard *ideaBoard READ ideaBoard CONSTANT)
    // Explore the area: the places the owner recommends, in the diner's language, live.
    Q_PROPERTY(tableside::LocalTipsModel *localTips READ localTips CONSTANT)
    Q_PROPERTY(bool tipsOpen READ tipsOpen WRITE setTipsOpen NOTIFY tipsOpenChanged)
    // What the diner is writing; a message the hub refused comes back here.
    Q_PROPERTY(QString chatDraft READ chatDraft WRITE setChatDraft NOTIFY chatDraftChanged)
    // The draft is a message the hub would store (InputLimits::isSendableMessage): Send is on.
    Q_PROPERTY(bool canSendChat READ canSendChat NOTIFY chatDraftChanged)
    // Where the bill request is, in one sentence (billNoticeFor); "" when none was made.
    Q_PROPERTY(QString billNotice READ billNotice NOTIFY billNoticeChanged)
    Q_PROPERTY(QString venueName READ venueName NOTIFY menuLoaded)
    Q_PROPERTY(bool menuReady READ menuReady NOTIFY menuLoaded)
    Q_PROPERTY(bool online READ online NOTIFY onlineChanged)
    // Why the hub turned this device away (DeviceGate::refusal); "" while it is let in.
    Q_PROPERTY(tableside::DeviceGate *gate READ gate CONSTANT)
    // "online", "connecting" or "offline"
    Q_PROPERTY(QString connection READ connection NOTIFY onlineChanged)
    Q_PROPERTY(int outboxPending READ outboxPending NOTIFY onlineChanged)
    Q_PROPERTY(QString page READ page WRITE setPage NOTIFY pageChanged)
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY languageChanged)
    // The on-screen keyboard's layout for the diner's language (Qt Virtual Keyboard's locale).
    Q_PROPERTY(QString keyboardLayout READ keyboardLayout NOTIFY languageChanged)
    Q_PROPERTY(QString tablecloth READ tablecloth WRITE setTablecloth NOTIFY lookChanged)
    Q_PROPERTY(bool largeText READ largeText WRITE setLargeText NOTIFY lookChanged)
    Q_PROPERTY(bool highContrast READ highContrast WRITE setHighContrast NOTIFY lookChanged)
    Q_PROPERTY(int tableNumber READ tableNumber NOTIFY onlineChanged)
    // What went wrong, as the whole sentence the diner reads (the error banner); "" when nothing.
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    // The window has drawn its first frame: caches for later frames may be made now.
    Q_PROPERTY(bool firstFrameDrawn READ firstFrameDrawn NOTIFY firstFrameDrawnChanged)

public:
    static const QStringList &Languages;  // en, el, ar, fa (ScreenLanguage::Languages)
    static const QStringList Tablecloths; // linen, slate, terrazzo, night, olive

    // Offline, with a client of its own and the system clock, in English: what QML makes.
    explicit TableScreen(QObject *parent = nullptr);
    TableScreen(VenueClient &client, QString language, QObject *parent = nullptr);
    // `clock` tells the hub's time (a test hands in the hub's own ManualClock); it outlives this.
    TableScreen(VenueClient &client, QString language, const Clock &clock,
                QObject *parent = nullptr);
    ~TableScreen() override;

    // Orders go through the outbox (written before sending, kept until acknowledged).
    void setOutbox(Outbox *outbox) { m_outbox = outbox; }

    // Shown inside another screen's window (the owner's preview of a draft), whose `engine` holds
    // this screen's QML: the screen's language retranslates that engine, and the window has long
    // drawn its first frame. Speaks its language there from now on.
    void showIn(QQmlEngine &engine);
    // Menus given whole (language -> the menu in it) instead of asked of the hub, shown as the
    // hub's would be: the owner's preview. A chosen category no longer on them gives way to the
    // first, as it would on a fresh screen.
    void showMenus(const QHash<QString, Menu> &menus, const QString &venueName);

    // Makes the window; when the hub sends the menu within half a second, the window's first
    // frame shows it, else a spinner says what the screen waits for.
    Result<void> show();
    QQuickWindow *window() const;
    QQmlApplicationEngine &engine() { return m_engine; }

    CategoriesModel *categories() { return &m_categories; }
    MenuFilterModel *dishes() { return &m_dishes; }
    DishDraft *draft() { return &m_draft; }
    CartModel *cart() { return &m_cart; }
    OrderStatusModel *orders() { return &m_orders; }
    ServiceCallsModel *calls() { return &m_calls; }
    ChatModel *chat() { return &m_chat; }
    QuickRepliesModel *quickReplies() { return &m_quickReplies; }
    AllergensModel *allergens() { return &m_allergens; }
    DietaryTagsModel *dietaryTags() { return &m_dietaryTags; }
    ServiceKindsModel *serviceKinds() { return &m_serviceKinds; }
    RecommendationsModel *dishPairings() { return &m_dishPairings; }
    RecommendationsModel *orderPairings() { return &m_orderPairings; }
    QString dishAllergens() const;
    ChatModel &chatModel() { return m_chat; }
    CartModel &cartModel() { return m_cart; }
    DishDraft &dishDraft() { return m_draft; }
    OrderStatusModel &orderModel() { return m_orders; }
    MenuFilterModel &filterModel() { return m_dishes; }
    ServiceCallsModel &callsModel() { return m_calls; }
    const MenuIndex &menuIndex() const { return m_index; }

    QString venueName() const { return m_venueName; }
    bool menuReady() const { return m_menuReady; }
    bool online() const { return m_client.state() == VenueClient::State::Online; }
    DeviceGate *gate() { return &m_gate; }
    QString connection() const;
    int outboxPending() const { return m_client.outboxPending(); }
    QString page() const { return m_page; }
    void setPage(const QString &page);
    QString language() const { return m_language; }
    bool rightToLeft() const;
    QString keyboardLayout() const;
    QString tablecloth() const { return m_tablecloth; }
    void setTablecloth(const QString &cloth);
    bool largeText() const { return m_largeText; }
    void setLargeText(bool on);
    bool highContrast() const { return m_highContrast; }
    void setHighContrast(bool on);
    int tableNumber() const;
    bool chatOpen() const { return m_chatOpen; }
    VisitCard *visitCard() { return &m_visitCard; }
    IdeaBoard *ideaBoard() { return &m_ideaBoard; }
    LocalTipsModel *localTips() { return &m_localTips; }
    bool tipsOpen() const { return m_tipsOpen; }
    void setTipsOpen(bool open)
    {
        if (open != m_tipsOpen) {
            m_tipsOpen = open;
            emit tipsOpenChanged();
        }
    }
    IdeaBoard &ideaBoardModel() { return m_ideaBoard; }
    bool visitCardOpen() const { return m_visitCardOpen; }
    void setVisitCardOpen(bool open);
    void setChatOpen(bool open);
    QString chatDraft() const { return m_chatDraft; }
    void setChatDraft(const QString &text);
    bool canSendChat() const;
    QString billNotice() const { return billNoticeFor(m_calls.billState()); }
    // The sentence for a bill request's state (ServiceCallsModel::billState).
    static QString billNoticeFor(const QString &billState);
    QString lastError() const { return m_lastError; }
    bool firstFrameDrawn() const { return m_firstFrameDrawn; }

    // The diner touched the welcome screen.
    Q_INVOKABLE void start() { setPage(QStringLiteral("menu")); }
    // Instant: texts retranslate, the menu comes from the cache, the cart stays.
    Q_INVOKABLE void setLanguage(const QString &code);
    Q_INVOKABLE bool openDish(qint64 itemId);
    Q_INVOKABLE bool addDraftToCart();
    // One tap on a recommendation: the dish goes into the order (one, for the table), or opens
    // when it needs a choice first; either way its line says why it was offered.
    Q_INVOKABLE bool addRecommended(qint64 itemId, const QString &reason);
    // Writes the cart to the outbox as one order.place and empties the cart.
    Q_INVOKABLE bool placeOrder();
    Q_INVOKABLE bool callStaff(const QString &kind);
    // Writes the message to the outbox (sent now, or when the hub is back); false and an error
    // for an empty or overlong one.
    Q_INVOKABLE bool sendChat(const QString &body);
    // A served dish's stars, 1 to 5, and an optional comment, through the outbox; rating it
    // again replaces the rating. False and an error when refused here.
    Q_INVOKABLE bool rateDish(qint64 itemId, int stars, const QString &comment = {});
    // "Not now": the dish stops inviting a rating.
    Q_INVOKABLE void putRatingOff(qint64 itemId);
    // The visit's card through the outbox, once it may be sent.
    Q_INVOKABLE bool sendVisitCard();
    // Staff closed the table: forget the order, calls, filters, language and look.
    Q_INVOKABLE void resetParty();
    Q_INVOKABLE void dismissError();
    // A number in the diner's digits (Arabic-Indic, Persian, Latin).
    Q_INVOKABLE QString number(int value) const;
    // Words joined the way the diner's language lists them ("a, b and c").
    Q_INVOKABLE QString listOf(const QStringList &words) const;

signals:
    void menuLoaded();
    void onlineChanged();
    void menuFailed(const QString &message);
    void pageChanged();
    void languageChanged();
    void lookChanged();
    void lastErrorChanged();
    void orderPlaced(const QString &key);
    void chatOpenChanged();
    void tipsOpenChanged();
    void visitCardOpenChanged();
    void chatDraftChanged();
    void firstFrameDrawnChanged();
    void dishAllergensChanged();
    void billNoticeChanged();

private:
    void requestMenus();
    void applyMenu(const Menu &menu);
    void setAvailable(qint64 itemId, bool available);
    void setStationBehind(const QString &station, bool behind);
    void onReply(const QString &id, bool ok, const QJsonObject &result, const QString &errorCode,
                 const QString &errorMessage);
    void onEvent(qint64 seq, const QString &type, const QJsonObject &data, const QDateTime &at);
    void onOutboxSent(const QString &key, const QString &op, const QJsonObject &result);
    void onOutboxRejected(const QString &key, const QString &op, const QString &errorCode,
                          const QString &errorMessage);
    void setError(const QString &message);
    // The sentence for an order or a message the hub (or the outbox) turned down, and why.
    QString orderRefused(const QString &why) const;
    QString messageRefused(const QString &why) const;
    void onChatEvent(const QJsonObject &data, const QDateTime &at);
    // A rating or card the hub turned down: true when it was one.
    bool onFeedbackRejected(const QString &key, const QString &op, const QString &errorMessage);
    QString chatText(const QString &body) const;
    // Recommendations (tablescreen_recommend.cpp): asked again when the open dish, the order's
    // dishes or the filters change; counted as shown once each while on screen.
    void followRecommendations();
    void askDishPairings();
    void askOrderPairings();
    bool onRecommendReply(const QString &id, bool ok, const QJsonObject &result);
    void reportShown(RecommendationsModel &pairings);
    void applyLanguage();
    void setUp();

    SystemClock m_systemClock;
    std::unique_ptr<VenueClient> m_ownClient; // made when QML makes the screen
    VenueClient &m_client;
    Outbox *m_outbox = nullptr;
    const Clock &m_clock;
    QString m_startLanguage;
    QString m_language;
    QHash<QString, QString> m_menuRequests;      // request id -> language
    QHash<QString, QString> m_callRequests;      // request id -> kind
    QHash<QString, Menu> m_menus;                // language -> menu, for instant switching
    QHash<QString, QList<CartLine>> m_sentCarts; // outbox key -> lines, back to the cart if refused
    QString m_venueName;
    bool m_menuReady = false;
    QString m_page = QStringLiteral("welcome");
    QString m_tablecloth = QStringLiteral("linen");
    bool m_largeText = false;
    bool m_highContrast = false;
    QString m_lastError;
    bool m_firstFrameDrawn = false;
    MenuIndex m_index;
    MenuItemsModel m_items;
    // The dishes' photos of the venue's library (image://photo), cached on this device.
    std::shared_ptr<HubPhotos> m_photos = std::make_shared<HubPhotos>();
    MenuFilterModel m_dishes;
    DietaryTagsModel m_dietaryTags{m_dishes};
    CategoriesModel m_categories;
    DishDraft m_draft{m_index};
    CartModel m_cart{m_index};
    OrderStatusModel m_orders{m_index, m_clock};
    ServiceCallsModel m_calls{m_clock};
    ServiceKindsModel m_serviceKinds{m_calls};
    ChatModel m_chat{ChatModel::Side::Table};
    QuickRepliesModel m_quickReplies;
    AllergensModel m_allergens;
    bool m_chatOpen = false;
    VisitCard m_visitCard;
    bool m_visitCardOpen = false;
    IdeaBoard m_ideaBoard{m_client};
    LocalTipsModel m_localTips;
    bool m_tipsOpen = false;
    QHash<QString, qint64> m_ratingsSent; // outbox key -> dish, back to inviting if refused
    RecommendationsModel m_dishPairings{m_index, m_items, RecommendationsModel::Beside::Dish, 4};
    RecommendationsModel m_orderPairings{m_index, m_items, RecommendationsModel::Beside::Order, 3};
    qint64 m_dishPairingsOf = 0;     // the dish they were asked for; 0: none open
    QList<qint64> m_orderPairingsOf; // the order's dishes they were asked for
    QString m_dishPairingsAsked;     // the newest request of each; older answers are dropped
    QString m_orderPairingsAsked;
    QString m_chatDraft;
    ClockTimer *m_tick = nullptr; // estimates and "still waiting", on the screen's clock
    // Which dishes can be added now, judged again at each window's edge on the screen's clock.
    ServingWatch m_serving{m_clock, {m_index, m_items, m_categories, m_cart, m_draft}, [this] {
                               return ServingHours(
                                   [this](const char *source, const char *comment) {
                                       return m_screenLanguage.translate("tableside::ServingHours",
                                                                         source, comment, -1);
                                   },
                                   displayLanguage(m_language).locale);
                           }};
    // The Ui module's few texts (allergen names, spice) are the diners'.
    ScreenLanguage m_screenLanguage{ScreenLanguage::qmlContexts(QStringLiteral("Tableside/Table")) +
                                        ScreenLanguage::qmlContexts(QStringLiteral("Tableside/Ui"))
                                    << QStringLiteral("tableside::TableScreen")
                                    << QStringLiteral("tableside::RecommendationsModel")
                                    << QStringLiteral("tableside::IdeaBoard")
                                    << QStringLiteral("GuestFeedback")};
    DeviceGate m_gate{m_client, m_screenLanguage, {QStringLiteral("table")}};
    QQmlApplicationEngine m_engine;
    QQmlEngine *m_shownIn = nullptr; // another screen's engine holding this one's QML (showIn)
};

} // namespace tableside
