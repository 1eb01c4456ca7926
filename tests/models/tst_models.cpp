// The list models QML binds to, checked with QAbstractItemModelTester and by what a screen shows.
#include "menufiltermodel.h"
#include "menuitemsmodel.h"
#include "ticketsmodel.h"
#include "wireformat.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace tableside;

namespace {

Menu sampleMenu()
{
    MenuItem hummus;
    hummus.id = 1;
    hummus.categoryId = 10;
    hummus.name = u"Hummus"_s;
    hummus.description = u"Chickpeas and tahini"_s;
    hummus.price = Money(650, u"EUR"_s);
    hummus.photo = u"hummus.svg"_s;
    hummus.dietary = {u"vegan"_s};
    MenuItem steak;
    steak.id = 2;
    steak.categoryId = 20;
    steak.name = u"Ribeye steak"_s;
    steak.description = u"Charcoal grilled"_s;
    steak.price = Money(2950, u"EUR"_s);
    steak.groups.append(MenuModifierGroup{5, u"doneness"_s, u"Doneness"_s, 1, 1, {}});
    return Menu{u"en"_s,
                u"EUR"_s,
                {MenuCategory{10, u"mezze"_s, u"Mezze"_s, {}, {hummus}},
                 MenuCategory{20, u"grill"_s, u"Grill"_s, {}, {steak}}}};
}

QJsonObject placedOrder(qint64 orderId, int number, QList<std::pair<qint64, QString>> lines)
{
    OrderRecord order;
    order.id = orderId;
    order.number = number;
    order.tableNumber = 4;
    order.placedAt = QDateTime(QDate(2026, 11, 23), QTime(19, 4), Qt::UTC);
    order.total = Money(0, u"EUR"_s);
    for (const auto &[lineId, name] : lines) {
        OrderLineRecord line;
        line.id = lineId;
        line.name = name;
        line.quantity = 1;
        line.unitPrice = line.total = Money(0, u"EUR"_s);
        order.lines.append(line);
    }
    return QJsonObject{{u"order"_s, orderToJson(order)}};
}

QJsonObject lineStatus(qint64 orderId, qint64 lineId, const QString &status,
                       const QString &orderStatus)
{
    return {{u"orderId"_s, orderId},
            {u"lineId"_s, lineId},
            {u"table"_s, 4},
            {u"status"_s, status},
            {u"orderStatus"_s, orderStatus}};
}

} // namespace

class TestModels : public QObject {
    Q_OBJECT

private slots:
    void menuItemsShowPricesInTheDinersLocale()
    {
        MenuItemsModel items;
        QAbstractItemModelTester tester(&items);
        items.setPhotoBase(QUrl(u"qrc:/demo/photos/"_s));
        items.setMenu(sampleMenu(), QLocale(QLocale::Greek, QLocale::Greece));
        QCOMPARE(items.rowCount(), 2);
        const QModelIndex hummus = items.index(0);
        QCOMPARE(hummus.data(MenuItemsModel::NameRole).toString(), u"Hummus"_s);
        QCOMPARE(hummus.data(MenuItemsModel::PriceRole).toString(), u"6,50\u00a0€"_s);
        QCOMPARE(hummus.data(MenuItemsModel::PhotoRole).toUrl(),
                 QUrl(u"qrc:/demo/photos/hummus.svg"_s));
        QCOMPARE(hummus.data(MenuItemsModel::CategoryNameRole).toString(), u"Mezze"_s);
        QCOMPARE(items.index(1).data(MenuItemsModel::HasChoicesRole).toBool(), true);
    }

    void soldOutFollowsLive()
    {
        MenuItemsModel items;
        QAbstractItemModelTester tester(&items);
        items.setMenu(sampleMenu(), QLocale::c());
        QSignalSpy changed(&items, &QAbstractItemModel::dataChanged);
        items.setAvailable(2, false);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(items.index(1).data(MenuItemsModel::AvailableRole).toBool(), false);
        QCOMPARE(items.index(0).data(MenuItemsModel::AvailableRole).toBool(), true);
    }

    void filterShowsOneCategoryOrASearch()
    {
        MenuItemsModel items;
        items.setMenu(sampleMenu(), QLocale::c());
        MenuFilterModel dishes;
        QAbstractItemModelTester tester(&dishes);
        dishes.setSourceModel(&items);
        QCOMPARE(dishes.count(), 2);
        dishes.setCategoryId(20);
        QCOMPARE(dishes.count(), 1);
        QCOMPARE(dishes.index(0, 0).data(MenuItemsModel::NameRole).toString(), u"Ribeye steak"_s);
        dishes.setSearchText(u"tahini"_s);
        QCOMPARE(dishes.count(), 1);
        QCOMPARE(dishes.index(0, 0).data(MenuItemsModel::NameRole).toString(), u"Hummus"_s);
        dishes.setSearchText(u"lobster"_s);
        QCOMPARE(dishes.count(), 0);
    }

    void ticketsArriveOnceAndInOrder()
    {
        TicketsModel tickets;
        QAbstractItemModelTester tester(&tickets);
        QSignalSpy arrived(&tickets, &TicketsModel::ticketArrived);
        tickets.applyEvent(u"order.placed"_s, placedOrder(1, 101, {{11, u"Hummus"_s}}));
        tickets.applyEvent(u"order.placed"_s, placedOrder(2, 102, {{21, u"Falafel"_s}}));
        tickets.applyEvent(u"order.placed"_s, placedOrder(1, 101, {{11, u"Hummus"_s}}));
        QCOMPARE(tickets.rowCount(), 2);
        QCOMPARE(arrived.size(), 2);
        QCOMPARE(tickets.index(0).data(TicketsModel::NumberRole).toInt(), 101);
        QCOMPARE(tickets.index(1).data(TicketsModel::NumberRole).toInt(), 102);
        const QVariantList lines = tickets.index(0).data(TicketsModel::LinesRole).toList();
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().toMap().value(u"name"_s).toString(), u"Hummus"_s);
    }

    void ticketLeavesTheKitchenWhenEveryLineIsReady()
    {
        TicketsModel tickets;
        QAbstractItemModelTester tester(&tickets);
        tickets.applyEvent(u"order.placed"_s,
                           placedOrder(1, 101, {{11, u"Hummus"_s}, {12, u"Steak"_s}}));
        tickets.applyEvent(u"order.line.status"_s, lineStatus(1, 11, u"cooking"_s, u"placed"_s));
        QCOMPARE(tickets.ticket(1)->lines.first().status, OrderStatus::Cooking);
        tickets.applyEvent(u"order.line.status"_s, lineStatus(1, 11, u"ready"_s, u"placed"_s));
        QCOMPARE(tickets.rowCount(), 1);
        tickets.applyEvent(u"order.line.status"_s, lineStatus(1, 12, u"ready"_s, u"ready"_s));
        QCOMPARE(tickets.rowCount(), 0);
    }

    void cancelledTicketDisappears()
    {
        TicketsModel tickets;
        QAbstractItemModelTester tester(&tickets);
        tickets.applyEvent(u"order.placed"_s, placedOrder(7, 107, {{71, u"Soup"_s}}));
        tickets.applyEvent(u"chat.message"_s, QJsonObject{{u"body"_s, u"hi"_s}});
        QCOMPARE(tickets.rowCount(), 1);
        tickets.applyEvent(u"order.cancelled"_s, QJsonObject{{u"orderId"_s, 7}});
        QCOMPARE(tickets.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
