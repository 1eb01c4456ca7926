#include "hubpermissions.h"

#include "eventlog.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

using Access = HubPermissions::Access;
constexpr Access D = Access::Denied;
constexpr Access A = Access::Allowed;
constexpr Access Own = Access::OwnTable;

struct Row {
    QLatin1StringView op;
    Access table, kitchen, host, owner;
};

// PROTOCOL.md "Roles", row by row.
constexpr Row Rows[] = {
    {"subscribe"_L1, A, A, A, A},
    {"menu.get"_L1, A, A, A, A},
    {"order.place"_L1, Own, D, A, A},
    {"order.line.advance"_L1, D, A, Access::ServedOnly, A},
    {"order.cancel"_L1, D, D, Access::WithPin, Access::WithPin},
    {"menu.setAvailable"_L1, D, A, A, A},
    {"session.seat"_L1, D, D, A, A},
    {"session.close"_L1, D, D, A, A},
    {"service.call"_L1, Own, D, D, D},
    {"service.acknowledge"_L1, D, D, A, A},
    {"chat.send"_L1, Own, D, A, A},
    {"feedback.give"_L1, Own, D, D, D},
    {"visit.rate"_L1, Own, D, D, D},
    {"visit.forgetContact"_L1, D, D, D, A},
    {"feedback.retention.set"_L1, D, D, D, Access::WithPin},
    {"guest.voice.get"_L1, D, D, D, A},
    {"idea.board"_L1, Own, D, D, A},
    {"idea.similar"_L1, Own, D, D, A},
    {"idea.submit"_L1, Own, D, D, D},
    {"idea.vote"_L1, Own, D, D, D},
    {"idea.status.set"_L1, D, D, D, Access::WithPin},
    {"idea.answer"_L1, D, D, D, Access::WithPin},
    {"idea.merge"_L1, D, D, D, Access::WithPin},
    {"tips.get"_L1, A, A, A, A},
    {"tips.save"_L1, D, D, D, Access::WithPin},
    {"tips.delete"_L1, D, D, D, Access::WithPin},
    {"tips.reorder"_L1, D, D, D, Access::WithPin},
    {"pairing.create"_L1, D, D, A, A},
    {"floor.get"_L1, D, A, A, A},
    {"orders.open"_L1, D, A, A, A},
    {"bill.get"_L1, Own, D, A, A},
    {"menu.draft.get"_L1, D, D, D, A},
    {"menu.draft.edit"_L1, D, D, D, Access::WithPin},
    {"menu.draft.undo"_L1, D, D, D, Access::WithPin},
    {"menu.draft.discard"_L1, D, D, D, Access::WithPin},
    {"menu.draft.import"_L1, D, D, D, Access::WithPin},
    {"menu.publish"_L1, D, D, D, Access::WithPin},
    {"menu.versions"_L1, D, D, D, A},
    {"menu.rollback"_L1, D, D, D, Access::WithPin},
    {"menu.stock.set"_L1, D, A, A, A},
    {"staff.pin.check"_L1, D, D, A, A},
    {"venue.timeZone.set"_L1, D, D, D, Access::WithPin},
    {"recommend.get"_L1, A, D, D, D},
    {"recommend.shown"_L1, A, D, D, D},
    {"recommend.stats"_L1, D, D, D, A},
};

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(HubPermissions)
};

} // namespace

HubPermissions::Access HubPermissions::access(const QString &role, const QString &op)
{
    for (const Row &row : Rows) {
        if (row.op != op)
            continue;
        if (role == "table"_L1)
            return row.table;
        if (role == "kitchen"_L1)
            return row.kitchen;
        if (role == "host"_L1)
            return row.host;
        if (role == "owner"_L1)
            return row.owner;
        return D;
    }
    return D;
}

QStringList HubPermissions::roles()
{
    return {u"table"_s, u"kitchen"_s, u"host"_s, u"owner"_s};
}

QStringList HubPermissions::operations()
{
    QStringList ops;
    for (const Row &row : Rows)
        ops.append(row.op);
    return ops;
}

Result<int> HubPermissions::actingTable(const QString &role, int ownTable, std::optional<int> named)
{
    if (role == "table"_L1) {
        if (named && *named != ownTable)
            return makeError(
                u"forbidden"_s,
                Tr::tr("This tablet belongs to table %1 and can only act for it.").arg(ownTable));
        return ownTable;
    }
    if (!named)
        return makeError(u"bad_request"_s, Tr::tr("Say which table this is for."));
    return *named;
}

bool HubPermissions::mayPair(const QString &role, const QString &newRole)
{
    if (role == "owner"_L1)
        return roles().contains(newRole);
    if (role == "host"_L1)
        return newRole == "table"_L1 || newRole == "kitchen"_L1 || newRole == "host"_L1;
    return false;
}

bool HubPermissions::maySee(const QString &role, int ownTable, const QString &eventType,
                            const QJsonObject &data)
{
    return maySee(role, ownTable, audienceOf(StoredEvent{0, eventType, data, {}, {}}));
}

HubPermissions::Audience HubPermissions::audienceOf(const StoredEvent &event)
{
    // The owner's draft is for owner devices alone.
    if (event.type.startsWith("owner."_L1))
        return {false, 0, true};
    // The menu, how long its dishes take and the venue's clock are the same for every table.
    // So are the ideas board, whose events name no table, and the owner's local tips.
    if (event.type.startsWith("menu."_L1) || event.type.startsWith("venue."_L1) ||
        event.type.startsWith("idea."_L1) || event.type.startsWith("tips."_L1) ||
        event.type == "station.load"_L1)
        return {true, 0};
    const QJsonObject &data = event.data;
    const QJsonValue table =
        data.contains("table"_L1) ? data.value("table"_L1) : data["order"_L1]["table"_L1];
    Audience audience{false,
                      event.table ? *event.table : (table.isDouble() ? int(table.toInteger()) : 0)};
    audience.hiddenFromService =
        event.type == "feedback.given"_L1 || event.type == "visit.rated"_L1;
    return audience;
}

bool HubPermissions::maySee(const QString &role, int ownTable, const Audience &audience)
{
    if (audience.ownersOnly)
        return role == "owner"_L1;
    if (role != "table"_L1) // asked for every socket and every event: no list built here
        return role == "owner"_L1 ||
               (!audience.hiddenFromService && (role == "kitchen"_L1 || role == "host"_L1));
    return audience.everyTable || (audience.table != 0 && audience.table == ownTable);
}

} // namespace tableside
