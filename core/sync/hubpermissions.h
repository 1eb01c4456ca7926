#pragma once
// Who may do what, and see what: the role table of PROTOCOL.md in one place. The hub asks here
// before every operation and before every event push.

#include "result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace tableside {

struct StoredEvent;

class HubPermissions {
public:
    enum class Access {
        Denied,
        Allowed,
        OwnTable,   // only for the table the device was paired to
        ServedOnly, // order.line.advance by a host: only to "served"
        WithPin,    // allowed with a host or owner staff PIN
    };

    static Access access(const QString &role, const QString &op);
    static bool allows(const QString &role, const QString &op)
    {
        return access(role, op) != Access::Denied;
    }

    static QStringList roles();      // table, kitchen, host, owner
    static QStringList operations(); // every op of the table, in PROTOCOL.md order

    // The table a request acts for: a table device's own (naming another is "forbidden"), or
    // the one a staff device names ("bad_request" when it names none).
    static Result<int> actingTable(const QString &role, int ownTable, std::optional<int> named);

    // Which roles a device of `role` may create pairing codes for: a host may not mint owners.
    static bool mayPair(const QString &role, const QString &newRole);

    // Table devices see their own table's events, menu.* and station.load; every other role
    // sees all.
    static bool maySee(const QString &role, int ownTable, const QString &eventType,
                       const QJsonObject &data);

    // The same rule in two steps, for pushing one event to many sockets: which tables an
    // event is for is worked out once, then asked per socket.
    struct Audience {
        bool everyTable = false; // the menu and the stations concern every table
        int table = 0;           // else the one table it concerns; 0 for none
        bool ownersOnly = false; // the owner's draft: owner devices alone
        // Guests' ratings: their own table and the owner, never the kitchen or the floor, so
        // that nobody is scored during service.
        bool hiddenFromService = false;
    };
    static Audience audienceOf(const StoredEvent &event);
    static bool maySee(const QString &role, int ownTable, const Audience &audience);
};

} // namespace tableside
