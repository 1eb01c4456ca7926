#pragma once
// The floor map: one row per table, with its place on the owner's plan and its live status
// (FloorState::status). Fed by the hub's events; floor.get's tables place it on the plan.

#include "clock.h"
#include "floorstate.h"

#include <QAbstractListModel>

#include <optional>

namespace tableside {

class FloorModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        NumberRole = Qt::UserRole + 1,
        SeatsRole,
        XRole, // 0..1, negative when the plan does not place the table
        YRole,
        ShapeRole,
        StatusRole, // FloorState::Statuses
        SessionIdRole,
        PartySizeRole,
        ReadyCountRole,
        OpenCountRole,
        CallKindRole,
        BillRole,
        ReadyLinesRole,
    };
    Q_ENUM(Role)

    explicit FloorModel(const Clock &clock, QObject *parent = nullptr);

    // floor.get's answer: the plan, the parties and, when given, every request still open.
    void setTables(const QJsonArray &tables,
                   const std::optional<QJsonArray> &openRequests = std::nullopt);
    void setThresholds(const VenueThresholds &thresholds);
    // orders.open's orders: what is still to cook or carry out, replacing what was known.
    void setOpenOrders(const QJsonArray &orders);
    // `at`: when the hub stored the event; a null time reads as now.
    void applyEvent(const QString &type, const QJsonObject &data, const QDateTime &at = {});
    // Re-reads the clock: a table can start "waiting too long" without an event.
    void refreshTimes();

    const FloorState &state() const { return m_state; }
    const VenueThresholds &thresholds() const { return m_thresholds; }
    const Clock &clock() const { return m_clock; }
    int rowOf(int tableNumber) const;
    // How many tables each status is true of (FloorState::holds), for the header's summary: a
    // table called while its food cooks counts as called and as ordered.
    Q_INVOKABLE int countWithStatus(const QString &status) const;
    // Every role of one table by its number, keyed by role name (empty for an unknown table).
    Q_INVOKABLE QVariantMap tableInfo(int number) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();
    void floorChanged();

private:
    void refreshAll();

    const Clock &m_clock;
    VenueThresholds m_thresholds;
    FloorState m_state;
};

} // namespace tableside
