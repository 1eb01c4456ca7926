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
    // False while the cart is empty or holds a dish that has sold out since.
    Q_PROPERTY(bool canPlace READ canPlace NOTIFY changed)

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
    };
    Q_ENUM(Role)

    explicit CartModel(const MenuIndex &menu, QObject *parent = nullptr);

    // An identical line (same dish, choices, note and seat) grows instead of repeating.
    void add(const CartLine &line);
    Q_INVOKABLE void setQuantity(int row, int quantity);
    Q_INVOKABLE void increase(int row);
    Q_INVOKABLE void decrease(int row); // never below 1: remove() takes a line away
    Q_INVOKABLE void remove(int row);
    // Seats cycle: none, 1, 2 … MaxSeat, none.
    Q_INVOKABLE void nextSeat(int row);
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
    qint64 lineTotalMinor(const CartLine &line) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void changed();

private:
    void changedRow(int row);

    const MenuIndex &m_menu;
    QList<CartLine> m_lines;
};

} // namespace tableside
