#pragma once
// One table as its sheet shows it: whether it is seated and has called, the party, what it
// ordered and what is ready to carry out (as models), the total, and what the sheet offers.
// The rules are here, not in TableSheet.qml.

#include "maprowsmodel.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace tableside {

class HostScreen;

class TableView : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("hostscreen.h")
    Q_PROPERTY(tableside::HostScreen *host READ host WRITE setHost NOTIFY hostChanged)
    Q_PROPERTY(int number READ number WRITE setNumber NOTIFY numberChanged)
    Q_PROPERTY(bool seated READ seated NOTIFY changed)
    // A call or a bill request is open: the sheet offers "On my way".
    Q_PROPERTY(bool called READ called NOTIFY changed)
    Q_PROPERTY(int seats READ seats NOTIFY changed)
    Q_PROPERTY(int partySize READ partySize NOTIFY changed)
    // The party size the seating stepper starts at: two, or one at a table for one.
    Q_PROPERTY(int suggestedPartySize READ suggestedPartySize NOTIFY changed)
    // {quantity, name, status}: what the party ordered, cancelled lines left out.
    Q_PROPERTY(tableside::MapRowsModel *ordered READ ordered CONSTANT)
    // {lineId, quantity, name}: ready, not yet served.
    Q_PROPERTY(tableside::MapRowsModel *readyLines READ readyLines CONSTANT)
    // "All served" when more than one line is ready (one has its own Served).
    Q_PROPERTY(bool canServeAll READ canServeAll NOTIFY changed)
    // The hub's orders' total in the screen's money format; "" before any order.
    Q_PROPERTY(QString total READ total NOTIFY changed)
    // Portions still with the kitchen, and ready but not served: what closing warns of.
    Q_PROPERTY(int preparing READ preparing NOTIFY changed)
    Q_PROPERTY(int ready READ ready NOTIFY changed)

public:
    explicit TableView(QObject *parent = nullptr);

    HostScreen *host() const { return m_host; }
    void setHost(HostScreen *host);
    int number() const { return m_number; }
    void setNumber(int number);
    bool seated() const { return m_seated; }
    bool called() const { return m_called; }
    int seats() const { return m_seats; }
    int partySize() const { return m_partySize; }
    int suggestedPartySize() const { return std::max(1, std::min(m_seats ? m_seats : 2, 2)); }
    MapRowsModel *ordered() { return &m_ordered; }
    MapRowsModel *readyLines() { return &m_readyLines; }
    bool canServeAll() const { return m_readyLines.rowCount() > 1; }
    QString total() const { return m_total; }
    int preparing() const { return m_preparing; }
    int ready() const { return m_ready; }

signals:
    void hostChanged();
    void numberChanged();
    void changed();

private:
    void refresh();

    QPointer<HostScreen> m_host;
    QList<QMetaObject::Connection> m_connections;
    int m_number = 0;
    bool m_seated = false;
    bool m_called = false;
    int m_seats = 0;
    int m_partySize = 0;
    MapRowsModel m_ordered{{"quantity", "name", "status"}, {}};
    MapRowsModel m_readyLines{{"lineId", "quantity", "name"}, "lineId"};
    QString m_total;
    int m_preparing = 0;
    int m_ready = 0;
};

} // namespace tableside
