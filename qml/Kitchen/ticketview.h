#pragma once
// One ticket as its card shows it: its lines and its stations as models, and what the card
// offers: Start while a line is still to start, Bump while a line is open, Undo while a bump
// waits out its delay. The rules are here, not in TicketCard.qml; see actionsFor.

#include "maprowsmodel.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace tableside {

class KitchenScreen;

class TicketView : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("kitchenscreen.h")
    Q_PROPERTY(
        tableside::KitchenScreen *kitchen READ kitchen WRITE setKitchen NOTIFY kitchenChanged)
    // A number in QML (no 64-bit integers there); ids stay below 2^53.
    Q_PROPERTY(double orderId READ orderNumber WRITE setOrderNumber NOTIFY orderIdChanged)
    // {lineId, name, quantity, optionsText, note, seat, station, status, allergensText, open,
    //  pending, cooking, done, unstarted, stage ("bumped", "ready", "cooking" or "")}
    Q_PROPERTY(tableside::MapRowsModel *lines READ lines CONSTANT)
    // {station, open, openText (in the screen's digits), done}: every station the ticket involves.
    Q_PROPERTY(tableside::MapRowsModel *stations READ stations CONSTANT)
    Q_PROPERTY(bool selected READ selected NOTIFY changed)
    Q_PROPERTY(int unstartedCount READ unstartedCount NOTIFY changed)
    Q_PROPERTY(bool canStart READ canStart NOTIFY changed)
    Q_PROPERTY(bool canBump READ canBump NOTIFY changed)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY changed)

public:
    struct Actions {
        int unstarted = 0; // open lines, not bumped, still placed or accepted
        bool start = false;
        bool bump = false;
        bool undo = false;
        bool operator==(const Actions &) const = default;
    };
    // lines: TicketsModel::linesOf's rows ({open, pending, status}); selected: the cook chose
    // this ticket. Start and Bump only on the selected ticket, and not once all of it is bumped.
    static Actions actionsFor(const QList<QVariantMap> &lines, bool selected);
    // A line's row for QML: linesOf's keys and what they mean on the card.
    static QVariantMap lineRow(const QVariantMap &line, const QString &allergensText);

    explicit TicketView(QObject *parent = nullptr);

    KitchenScreen *kitchen() const { return m_kitchen; }
    void setKitchen(KitchenScreen *kitchen);
    qint64 orderId() const { return m_orderId; }
    void setOrderId(qint64 orderId);
    double orderNumber() const { return double(m_orderId); }
    void setOrderNumber(double orderId) { setOrderId(qint64(orderId)); }
    MapRowsModel *lines() { return &m_lines; }
    MapRowsModel *stations() { return &m_stations; }
    bool selected() const { return m_selected; }
    int unstartedCount() const { return m_actions.unstarted; }
    bool canStart() const { return m_actions.start; }
    bool canBump() const { return m_actions.bump; }
    bool canUndo() const { return m_actions.undo; }

signals:
    void kitchenChanged();
    void orderIdChanged();
    void changed();

private:
    void refresh();

    QPointer<KitchenScreen> m_kitchen;
    QList<QMetaObject::Connection> m_connections;
    qint64 m_orderId = 0;
    MapRowsModel m_lines{{"lineId", "name", "quantity", "optionsText", "note", "seat", "station",
                          "status", "allergensText", "open", "pending", "cooking", "done",
                          "unstarted", "stage"},
                         "lineId"};
    MapRowsModel m_stations{{"station", "open", "openText", "done"}, "station"};
    bool m_selected = false;
    Actions m_actions;
};

// The lines of one ticket (the row of the kitchen's recall model) on the recall panel:
// {quantityText, name, seatText ("" without a seat), optionsText, note}, in the screen's language.
class RecallLines : public MapRowsModel {
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("kitchenscreen.h")
    Q_PROPERTY(
        tableside::KitchenScreen *kitchen READ kitchen WRITE setKitchen NOTIFY kitchenChanged)
    Q_PROPERTY(int row READ row WRITE setRow NOTIFY rowChanged)

public:
    explicit RecallLines(QObject *parent = nullptr);
    KitchenScreen *kitchen() const { return m_kitchen; }
    void setKitchen(KitchenScreen *kitchen);
    int row() const { return m_row; }
    void setRow(int row);

signals:
    void kitchenChanged();
    void rowChanged();

private:
    void refresh();

    QPointer<KitchenScreen> m_kitchen;
    QList<QMetaObject::Connection> m_connections;
    int m_row = -1;
};

} // namespace tableside
