#pragma once
// The table's order before it is placed: lines with their options, quantity, note and seat, and
// the total the diner sees. Shared by everyone at the table; the hub prices it again.

#include "menuindex.h"

#include <QAbstractListModel>
#include <QJsonArray>

namespace tableside {

class CartModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY changed)
    Q_PROPERTY(int dishCount READ dishCount NOTIFY changed)
    Q_PROPERTY(QString total READ total NOTIFY changed)
    // False while the cart is empty, holds a dish that has sold out since, or a line the menu
    // changed under it that the diner has not confirmed or removed.
    Q_PROPERTY(bool canPlace READ canPlace NOTIFY changed)
    // A published menu changed or took away a dish in the cart: its lines are marked (a dish
    // whose hours ended is marked on its line alone: the menu did not change).
    Q_PROPERTY(bool needsReview READ needsReview NOTIFY changed)

public:
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        NameRole,
        OptionsRole, // chosen option names as one list
        QuantityRole,
        NoteRole,
        SeatRole,
        UnitPriceRole,
        LineTotalRole,
        AvailableRole,
        CanDecreaseRole, // the quantity may go down (not below 1) or up (not past MaxQuantity)
        CanIncreaseRole,
        ChangeRole,          // a Change: what a published menu did to the line
        AgreedUnitPriceRole, // what one cost when the diner chose it, for a changed price
        PriceChangedRole,    // the Change as the line shows it: confirm the new price
        GoneRole,            // or remove the line
        NotServedNowRole,    // the dish left its hours (or its category's): remove the line
        ServingHoursRole,    // those hours in words ("Served from 17:00.")
    };
    Q_ENUM(Role)

    // What a newly published menu did to a line, which the diner must see before placing it:
    // never re-priced or dropped silently.
    enum class Change {
        None,
        PriceChanged, // confirm() takes the new price
        Gone,         // the dish or one of its choices is no longer on the menu: remove it
        NotServedNow, // the dish is outside its hours on the venue's clock: remove it
    };
    Q_ENUM(Change)

    explicit CartModel(const MenuIndex &menu, QObject *parent = nullptr);

    // An identical line (same dish, choices, note and seat) grows instead of repeating.
    void add(const CartLine &line);
    Q_INVOKABLE void setQuantity(int row, int quantity);
    Q_INVOKABLE void increase(int row);
    Q_INVOKABLE void decrease(int row); // never below 1: remove() takes a line away
    Q_INVOKABLE void remove(int row);
    // Seats cycle: none, 1, 2 … MaxSeat, none.
    Q_INVOKABLE void nextSeat(int row);
    // The diner agrees to a changed line's new price.
    Q_INVOKABLE void confirm(int row);
    void clear();
    // Names, prices and availability are read from the menu again (language, sold out).
    void refresh();

    QList<CartLine> lines() const { return m_lines; }
    void setLines(const QList<CartLine> &lines);
    // The "lines" of an order.place request.
    QJsonArray toJson() const;

    int dishCount() const;
    qint64 totalMinor() const;
    QString total() const;
    bool canPlace() const;
    bool needsReview() const;
    qint64 lineTotalMinor(const CartLine &line) const;
    Change changeOf(const CartLine &line) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void changed();

private:
    void changedRow(int row);
    // One of the line's dish with its choices now, or nothing when it cannot be priced.
    std::optional<qint64> unitMinorNow(const CartLine &line) const;

    const MenuIndex &m_menu;
    QList<CartLine> m_lines;
};

} // namespace tableside
