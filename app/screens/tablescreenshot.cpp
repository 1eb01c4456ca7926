// Screenshots of the table screen: each --screen is put into its state programmatically against
// a fresh demo venue, the way a diner would get there (a dish open, a cart, an order cooking).
#include "embeddedvenue.h"
#include "exitcodes.h"
#include "outbox.h"
#include "roles.h"
#include "screenshot.h"
#include "screenwait.h"
#include "tablescreen.h"
#include "visitcard.h"

#include <QDeadlineTimer>
#include <QQuickWindow>
#include <QTemporaryDir>

#include <tuple>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

// Chooses the options with these keys on the open dish.
void chooseByKey(TableScreen &table, const QStringList &optionKeys)
{
    const MenuItem *item = table.menuIndex().item(table.dishDraft().itemId());
    if (!item)
        return;
    for (const MenuModifierGroup &group : item->groups)
        for (const MenuOption &option : group.options)
            if (optionKeys.contains(option.key))
                table.dishDraft().choose(group.id, option.id);
}

void addToCart(TableScreen &table, const QString &itemKey, const QStringList &optionKeys,
               int quantity, int seat, const QString &note = {})
{
    table.openDish(table.menuIndex().itemIdByKey(itemKey));
    chooseByKey(table, optionKeys);
    table.dishDraft().setQuantity(quantity);
    table.dishDraft().setSeat(seat);
    table.dishDraft().setNote(note);
    table.addDraftToCart();
}

void fillCart(TableScreen &table)
{
    addToCart(table, u"ribeye-steak"_s, {u"medium-rare"_s, u"grilled-vegetables"_s}, 1, 1);
    addToCart(table, u"hummus"_s, {}, 2, 0);
    addToCart(table, u"koobideh"_s, {u"mast-o-musir"_s}, 1, 2, u"No onion, please"_s);
    addToCart(table, u"mint-lemonade"_s, {u"large"_s}, 2, 0);
}

// A kitchen moves the placed lines on, as the hub would report during dinner.
Result<void> cookSome(EmbeddedVenue &venue, TableScreen &table, const Clock &clock)
{
    VenueClient kitchen(clock);
    if (auto joined = venue.join(kitchen, u"kitchen"_s); !joined)
        return joined.error();
    if (!waitUntil([&] { return kitchen.state() == VenueClient::State::Online; }))
        return makeError(u"no_kitchen"_s, u"the kitchen could not reach the hub"_s);
    OrderStatusModel &orders = table.orderModel();
    const QStringList moves{u"ready"_s, u"cooking"_s, u"accepted"_s};
    int answered = 0;
    QObject::connect(&kitchen, &VenueClient::replied, [&] { ++answered; });
    int asked = 0;
    for (int row = 0; row < orders.rowCount() && row < moves.size(); ++row) {
        const qint64 lineId = orders.index(row).data(OrderStatusModel::LineIdRole).toLongLong();
        if (moves[row] == u"ready"_s) {
            kitchen.request(u"order.line.advance"_s,
                            {{u"lineId"_s, lineId}, {u"to"_s, u"cooking"_s}});
            ++asked;
        }
        kitchen.request(u"order.line.advance"_s, {{u"lineId"_s, lineId}, {u"to"_s, moves[row]}});
        ++asked;
    }
    if (!waitUntil([&] { return answered >= asked; }))
        return makeError(u"no_kitchen"_s, u"the kitchen's moves were not answered"_s);
    waitUntil([&] { return orders.index(0).data(OrderStatusModel::StatusRole) == u"ready"_s; });
    return {};
}

// A waiter's device on the floor, online.
Result<std::unique_ptr<VenueClient>> connectHost(EmbeddedVenue &venue, const Clock &clock)
{
    auto host = std::make_unique<VenueClient>(clock);
    if (auto joined = venue.join(*host, u"host"_s); !joined)
        return joined.error();
    if (!waitUntil([&] { return host->state() == VenueClient::State::Online; }))
        return makeError(u"no_host"_s, u"the floor could not reach the hub"_s);
    return host;
}

// A waiter writes to the table; true once the table has it.
bool staffSays(VenueClient &host, TableScreen &table, const QString &body)
{
    const int before = table.chatModel().rowCount();
    host.request(u"chat.send"_s, {{u"table"_s, table.tableNumber()}, {u"body"_s, body}});
    return waitUntil([&] { return table.chatModel().rowCount() > before; });
}

// The party and a waiter exchange a few messages, and the diner is writing another.
Result<void> talk(EmbeddedVenue &venue, TableScreen &table, const Clock &clock)
{
    auto host = connectHost(venue, clock);
    if (!host)
        return host.error();
    const auto write = [&](const QString &body) {
        table.sendChat(body);
        return waitUntil([&] { return table.chatModel().sendingCount() == 0; });
    };
    if (!write(table.quickReplies()->bodyAt(0)) ||
        !staffSays(**host, table, u"Of course, fresh from the oven in a minute."_s) ||
        !write(u"Is the lamb kleftiko very spicy? One of us does not eat chilli."_s) ||
        !staffSays(**host, table, u"Not at all: garlic, lemon and oregano, no chilli."_s))
        return makeError(u"no_chat"_s, u"the messages did not go through"_s);
    table.setChatDraft(u"Thank you"_s);
    table.setChatOpen(true);
    return {};
}

// Another device of the venue asks the hub and waits for its answer.
bool ask(VenueClient &device, const QString &op, const QJsonObject &args, QJsonObject *result)
{
    bool answered = false, accepted = false;
    const QString id = device.request(op, args);
    const auto connection =
        QObject::connect(&device, &VenueClient::replied,
                         [&](const QString &replyId, bool ok, const QJsonObject &reply) {
                             if (replyId != id)
                                 return;
                             answered = true;
                             accepted = ok;
                             if (result)
                                 *result = reply;
                         });
    waitUntil([&] { return answered; });
    QObject::disconnect(connection);
    return accepted;
}

// Other tables have proposed and voted, the owner has done one idea, planned and answered
// others; this table has voted, and its diner is typing an idea like one on the board.
Result<void> ideasOnTheBoard(EmbeddedVenue &venue, TableScreen &table, const Clock &clock)
{
    VenueClient two(clock), three(clock), owner(clock);
    for (auto [device, role, number] :
         {std::tuple{&two, u"table"_s, 2}, std::tuple{&three, u"table"_s, 3},
          std::tuple{&owner, u"owner"_s, 0}})
        if (auto joined = venue.join(*device, role, number); !joined)
            return joined.error();
    if (!waitUntil([&] {
            return two.state() == VenueClient::State::Online &&
                   three.state() == VenueClient::State::Online &&
                   owner.state() == VenueClient::State::Online;
        }))
        return makeError(u"no_tables"_s, u"the other tables could not reach the hub"_s);
    QList<qint64> ids;
    const QList<std::pair<VenueClient *, QString>> proposals{
        {&two, u"Oat milk for the coffee"_s},
        {&three, u"A kids' menu with smaller plates"_s},
        {&two, u"Live music on Friday evenings"_s},
        {&three, u"قائمة نباتية أكبر مع حلويات نباتية"_s},
        {&two, u"Less ‮salt‬ in the fries, please"_s},
    };
    for (const auto &[device, body] : proposals) {
        QJsonObject result;
        if (!ask(*device, u"idea.submit"_s, {{u"body"_s, body}}, &result))
            return makeError(u"no_idea"_s, u"the hub did not take an idea"_s);
        ids.append(result.value(u"ideaId"_s).toInteger());
    }
    const QString pin = u"2580"_s; // the demo venue's owner
    const QList<QJsonObject> owners{
        {{u"ideaId"_s, ids[0]}, {u"status"_s, u"done"_s}},
        {{u"ideaId"_s, ids[0]}, {u"answer"_s, u"Oat and almond milk, from this week."_s}},
        {{u"ideaId"_s, ids[2]}, {u"status"_s, u"planned"_s}},
        {{u"ideaId"_s, ids[2]}, {u"answer"_s, u"A trio on the first Friday of each month."_s}},
        {{u"ideaId"_s, ids[3]}, {u"status"_s, u"under_review"_s}},
    };
    for (QJsonObject args : owners) {
        args.insert(u"pin"_s, pin);
        const QString op = args.contains(u"status"_s) ? u"idea.status.set"_s : u"idea.answer"_s;
        if (!ask(owner, op, args, nullptr))
            return makeError(u"no_owner"_s, u"the hub did not take the owner's change"_s);
    }
    ask(two, u"idea.vote"_s, {{u"ideaId"_s, ids[1]}}, nullptr);
    ask(three, u"idea.vote"_s, {{u"ideaId"_s, ids[2]}}, nullptr);
    IdeaBoard &board = table.ideaBoardModel();
    board.setOpen(true);
    if (!waitUntil([&] { return board.loaded() && board.ideas()->rowCount() == 5; }))
        return makeError(u"no_board"_s, u"the board did not reach the table"_s);
    board.vote(ids[2]);
    board.setDraft(u"A menu for kids"_s);
    waitUntil([&] { return board.similar()->rowCount() > 0; });
    return {};
}

// The kitchen cooks every placed line and the floor serves it, as at the end of a course: the
// order screen then asks for a rating of each served dish.
Result<void> serveAll(EmbeddedVenue &venue, TableScreen &table, const Clock &clock)
{
    VenueClient kitchen(clock), floor(clock);
    for (auto [device, role] : {std::pair{&kitchen, u"kitchen"_s}, {&floor, u"host"_s}})
        if (auto joined = venue.join(*device, role); !joined)
            return joined.error();
    if (!waitUntil([&] {
            return kitchen.state() == VenueClient::State::Online &&
                   floor.state() == VenueClient::State::Online;
        }))
        return makeError(u"no_staff"_s, u"the kitchen and floor could not reach the hub"_s);
    OrderStatusModel &orders = table.orderModel();
    for (int row = 0; row < orders.rowCount(); ++row) {
        const qint64 lineId = orders.index(row).data(OrderStatusModel::LineIdRole).toLongLong();
        for (auto [device, to] :
             {std::pair{&kitchen, u"cooking"_s}, {&kitchen, u"ready"_s}, {&floor, u"served"_s}}) {
            QJsonObject result;
            if (!ask(*device, u"order.line.advance"_s, {{u"lineId"_s, lineId}, {u"to"_s, to}},
                     &result))
                return makeError(u"not_served"_s, u"the hub did not take a line's move"_s);
        }
    }
    if (!waitUntil([&] {
            for (int row = 0; row < orders.rowCount(); ++row)
                if (orders.index(row).data(OrderStatusModel::StatusRole) != u"served"_s)
                    return false;
            return true;
        }))
        return makeError(u"not_served"_s, u"the table did not hear its dishes served"_s);
    return {};
}

Result<void> stage(const QString &screen, EmbeddedVenue &venue, TableScreen &table,
                   const Clock &clock)
{
    if (screen == u"welcome"_s)
        return {};
    table.start();
    if (screen == u"item"_s) {
        table.openDish(table.menuIndex().itemIdByKey(u"ribeye-steak"_s));
        chooseByKey(table, {u"medium-rare"_s, u"grilled-vegetables"_s, u"peppercorn-sauce"_s});
        table.dishDraft().setQuantity(2);
        table.dishDraft().setSeat(1);
    } else if (screen == u"order"_s) {
        fillCart(table);
        // "Before you order": what goes with the order, once the hub has answered.
        if (!waitUntil([&] { return table.orderPairings()->rowCount() > 0; }))
            return makeError(u"no_pairings"_s, u"the hub recommended nothing"_s);
    } else if (screen == u"rating"_s || screen == u"visit"_s) {
        fillCart(table);
        table.placeOrder();
        if (!waitUntil([&] {
                return table.orderModel().rowCount() > 0 && table.orderModel().sendingCount() == 0;
            }))
            return makeError(u"not_placed"_s, u"the hub did not accept the order"_s);
        if (auto served = serveAll(venue, table, clock); !served)
            return served;
        // One dish already rated; the others still ask.
        table.rateDish(table.menuIndex().itemIdByKey(u"hummus"_s), 5);
        if (screen == u"visit"_s) {
            VisitCard &card = *table.visitCard();
            card.setFood(5);
            card.setService(4);
            card.setRecommend(9);
            card.setComment(u"Lovely evening, the koobideh was perfect."_s);
            table.setVisitCardOpen(true);
        }
    } else if (screen == u"status"_s) {
        fillCart(table);
        table.placeOrder();
        if (!waitUntil([&] {
                return table.orderModel().rowCount() > 0 && table.orderModel().sendingCount() == 0;
            }))
            return makeError(u"not_placed"_s, u"the hub did not accept the order"_s);
        if (auto cooked = cookSome(venue, table, clock); !cooked)
            return cooked;
        table.callStaff(u"water"_s);
        waitUntil([&] {
            return table.callsModel().waitingCount() == 0 ||
                   table.callsModel().stateOf(u"water"_s) == u"waiting"_s;
        });
        // A reply from the staff the diner has not read yet: the badge on Message staff.
        auto host = connectHost(venue, clock);
        if (!host)
            return host.error();
        if (!staffSays(**host, table, u"Your drinks are on their way."_s))
            return makeError(u"no_chat"_s, u"the staff's message did not arrive"_s);
    } else if (screen == u"chat"_s) {
        return talk(venue, table, clock);
    } else if (screen == u"ideas"_s) {
        return ideasOnTheBoard(venue, table, clock);
    } else if (screen == u"tips"_s) {
        // The demo venue's four places, read when the table came online.
        if (!waitUntil([&] { return table.localTips()->rowCount() == 4; }))
            return makeError(u"no_tips"_s, u"the owner's tips did not reach the table"_s);
        table.setTipsOpen(true);
    }
    return {};
}

} // namespace

int screenshotTable(const ScreenshotRequest &request)
{
    QTemporaryDir scratch;
    EmbeddedVenue venue(request.db.isEmpty() ? scratch.filePath(u"venue.sqlite"_s) : request.db);
    if (auto started = venue.start(); !started)
        return refuse(started.error().message);
    SystemClock clock;
    Outbox outbox(scratch.filePath(u"outbox.sqlite"_s), clock);
    if (auto opened = outbox.open(); !opened)
        return refuse(opened.error().message);
    VenueClient client(clock);
    client.setOutbox(&outbox);
    if (auto joined = venue.join(client, u"table"_s, 1); !joined)
        return refuse(joined.error().message);
    TableScreen table(client, request.language);
    table.setOutbox(&outbox);
    // For checking a layout by eye: the diner's large text, and the menu on another category
    // (its index on the rail), without more command-line options.
    table.setLargeText(qEnvironmentVariableIntValue("TABLESIDE_SCREENSHOT_LARGE_TEXT") == 1);
    const int category = qEnvironmentVariableIntValue("TABLESIDE_SCREENSHOT_CATEGORY");
    if (auto shown = table.show(); !shown)
        return refuse(shown.error().message);
    table.window()->resize(request.size);
    if (!waitUntil([&] { return table.menuReady(); }))
        return refuse(u"the hub did not send the menu"_s);
    if (auto staged = stage(request.screen, venue, table, clock); !staged)
        return refuse(staged.error().message);
    if (category > 0)
        table.filterModel().setCategoryId(
            static_cast<CategoriesModel *>(table.categories())->categoryIdAt(category));
    // Let the page and sheet transitions (at most 250 ms) finish before the grab.
    QDeadlineTimer settle(400);
    waitUntil([&] { return settle.hasExpired(); }, 1000);
    if (auto saved = saveScreenshot(table.window(), request.out); !saved)
        return refuse(saved.error().message);
    return 0;
}

} // namespace tableside
