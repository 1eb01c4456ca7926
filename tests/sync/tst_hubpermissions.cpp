// The role table of PROTOCOL.md, checked for every role x op, plus who may act for which table,
// who may pair whom, and which events each device is shown.

#include "hubpermissions.h"
#include "protocolmessage.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tableside;

using Access = HubPermissions::Access;
Q_DECLARE_METATYPE(tableside::HubPermissions::Access)

namespace {

// Written out from PROTOCOL.md by hand: columns table, kitchen, host, owner.
// '-' denied, 'y' allowed, 'o' own table, 's' served only, 'p' with PIN.
const struct {
    const char *op;
    const char *verdicts;
} Expected[] = {
    {"subscribe", "yyyy"},
    {"menu.get", "yyyy"},
    {"order.place", "o-yy"},
    {"order.line.advance", "-ysy"},
    {"order.cancel", "--pp"},
    {"menu.setAvailable", "-yyy"},
    {"session.seat", "--yy"},
    {"session.close", "--yy"},
    {"service.call", "o---"},
    {"service.acknowledge", "--yy"},
    {"chat.send", "o-yy"},
    {"feedback.give", "o---"},
    {"visit.rate", "o---"},
    {"visit.forgetContact", "---y"},
    {"feedback.retention.set", "---p"},
    {"guest.voice.get", "---y"},
    {"idea.board", "o--y"},
    {"idea.similar", "o--y"},
    {"idea.submit", "o---"},
    {"idea.vote", "o---"},
    {"idea.status.set", "---p"},
    {"idea.answer", "---p"},
    {"idea.merge", "---p"},
    {"tips.get", "yyyy"},
    {"tips.save", "---p"},
    {"tips.delete", "---p"},
    {"tips.reorder", "---p"},
    {"pairing.create", "--yy"},
    {"floor.get", "-yyy"},
    {"orders.open", "-yyy"},
    {"bill.get", "o-yy"},
    {"menu.draft.get", "---y"},
    {"menu.draft.edit", "---p"},
    {"menu.draft.undo", "---p"},
    {"menu.draft.discard", "---p"},
    {"menu.draft.import", "---p"},
    {"menu.publish", "---p"},
    {"menu.versions", "---y"},
    {"menu.rollback", "---p"},
    {"menu.stock.set", "-yyy"},
    {"staff.pin.check", "--yy"},
    {"venue.timeZone.set", "---p"},
    {"recommend.get", "y---"},
    {"recommend.shown", "y---"},
    {"recommend.stats", "---y"},
};

Access fromLetter(char letter)
{
    switch (letter) {
    case 'y':
        return Access::Allowed;
    case 'o':
        return Access::OwnTable;
    case 's':
        return Access::ServedOnly;
    case 'p':
        return Access::WithPin;
    default:
        return Access::Denied;
    }
}

} // namespace

class TestHubPermissions : public QObject {
    Q_OBJECT

private slots:
    void everyRoleTimesEveryOp_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("op");
        QTest::addColumn<Access>("expected");
        const char *roles[] = {"table", "kitchen", "host", "owner"};
        for (const auto &row : Expected) {
            for (int r = 0; r < 4; ++r)
                QTest::addRow("%s %s", roles[r], row.op)
                    << QString::fromLatin1(roles[r]) << QString::fromLatin1(row.op)
                    << fromLetter(row.verdicts[r]);
        }
        for (const char *op : {"subscribe", "order.place", "pairing.create"}) {
            QTest::addRow("unknown role %s", op)
                << u"waiter"_s << QString::fromLatin1(op) << Access::Denied;
            QTest::addRow("empty role %s", op)
                << QString() << QString::fromLatin1(op) << Access::Denied;
        }
        for (const char *role : roles)
            QTest::addRow("%s unknown op", role)
                << QString::fromLatin1(role) << u"menu.delete"_s << Access::Denied;
    }
    void everyRoleTimesEveryOp()
    {
        QFETCH(QString, role);
        QFETCH(QString, op);
        QFETCH(Access, expected);
        QCOMPARE(HubPermissions::access(role, op), expected);
        QCOMPARE(HubPermissions::allows(role, op), expected != Access::Denied);
    }

    void theTableCoversExactlyTheProtocolsOps()
    {
        QStringList written;
        for (const auto &row : Expected)
            written.append(QString::fromLatin1(row.op));
        QCOMPARE(HubPermissions::operations(), written);
        QCOMPARE(ProtocolMessage::operations(), written);
    }

    void actingTable_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("ownTable");
        QTest::addColumn<int>("named"); // 0: not named
        QTest::addColumn<int>("table");
        QTest::addColumn<QString>("error");
        QTest::newRow("table, none named") << u"table"_s << 4 << 0 << 4 << QString();
        QTest::newRow("table, own named") << u"table"_s << 4 << 4 << 4 << QString();
        QTest::newRow("table, another") << u"table"_s << 4 << 5 << 0 << u"forbidden"_s;
        QTest::newRow("host names one") << u"host"_s << 0 << 7 << 7 << QString();
        QTest::newRow("host names none") << u"host"_s << 0 << 0 << 0 << u"bad_request"_s;
        QTest::newRow("owner names one") << u"owner"_s << 0 << 2 << 2 << QString();
    }
    void actingTable()
    {
        QFETCH(QString, role);
        QFETCH(int, ownTable);
        QFETCH(int, named);
        QFETCH(int, table);
        QFETCH(QString, error);
        const auto acting = HubPermissions::actingTable(
            role, ownTable, named > 0 ? std::optional<int>(named) : std::nullopt);
        if (error.isEmpty()) {
            QVERIFY(acting.ok());
            QCOMPARE(*acting, table);
        } else {
            QVERIFY(!acting.ok());
            QCOMPARE(acting.error().code, error);
        }
    }

    void mayPair_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("newRole");
        QTest::addColumn<bool>("allowed");
        for (const char *newRole : {"table", "kitchen", "host", "owner"})
            QTest::addRow("owner pairs %s", newRole)
                << u"owner"_s << QString::fromLatin1(newRole) << true;
        for (const char *newRole : {"table", "kitchen", "host"})
            QTest::addRow("host pairs %s", newRole)
                << u"host"_s << QString::fromLatin1(newRole) << true;
        QTest::newRow("host may not mint an owner") << u"host"_s << u"owner"_s << false;
        QTest::newRow("kitchen pairs nobody") << u"kitchen"_s << u"table"_s << false;
        QTest::newRow("table pairs nobody") << u"table"_s << u"table"_s << false;
        QTest::newRow("owner, unknown role") << u"owner"_s << u"admin"_s << false;
    }
    void mayPair()
    {
        QFETCH(QString, role);
        QFETCH(QString, newRole);
        QFETCH(bool, allowed);
        QCOMPARE(HubPermissions::mayPair(role, newRole), allowed);
    }

    void maySee_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("event");
        QTest::addColumn<QJsonObject>("data");
        QTest::addColumn<bool>("visible");
        const QJsonObject atFour{{u"table"_s, 4}};
        const QJsonObject atFive{{u"table"_s, 5}};
        const QJsonObject orderAtFour{{u"order"_s, QJsonObject{{u"table"_s, 4}}}};
        const QJsonObject orderAtFive{{u"order"_s, QJsonObject{{u"table"_s, 5}}}};
        const QJsonObject menu{{u"itemId"_s, 3}, {u"available"_s, false}};
        const QJsonObject idea{{u"ideaId"_s, 1}, {u"votes"_s, 2}};
        QTest::newRow("table 4, its order")
            << u"table"_s << u"order.placed"_s << orderAtFour << true;
        QTest::newRow("table 4, table 5's order")
            << u"table"_s << u"order.placed"_s << orderAtFive << false;
        QTest::newRow("table 4, its line")
            << u"table"_s << u"order.line.status"_s << atFour << true;
        QTest::newRow("table 4, table 5's chat")
            << u"table"_s << u"chat.message"_s << atFive << false;
        QTest::newRow("table 4, menu") << u"table"_s << u"menu.availability"_s << menu << true;
        QTest::newRow("table 4, the ideas board") << u"table"_s << u"idea.voted"_s << idea << true;
        QTest::newRow("table 4, an idea merged") << u"table"_s << u"idea.merged"_s << idea << true;
        QTest::newRow("table 4, no table named")
            << u"table"_s << u"service.requested"_s << QJsonObject{} << false;
        QTest::newRow("table 4, table as text")
            << u"table"_s << u"chat.message"_s << QJsonObject{{u"table"_s, u"4"_s}} << false;
        for (const char *role : {"kitchen", "host", "owner"}) {
            QTest::addRow("%s, table 5's order", role)
                << QString::fromLatin1(role) << u"order.placed"_s << orderAtFive << true;
            QTest::addRow("%s, ideas", role)
                << QString::fromLatin1(role) << u"idea.voted"_s << idea << true;
        }
        QTest::newRow("unknown role sees nothing")
            << u"waiter"_s << u"menu.availability"_s << menu << false;
    }
    void maySee()
    {
        QFETCH(QString, role);
        QFETCH(QString, event);
        QFETCH(QJsonObject, data);
        QFETCH(bool, visible);
        QCOMPARE(HubPermissions::maySee(role, 4, event, data), visible);
    }
};

QTEST_GUILESS_MAIN(TestHubPermissions)
#include "tst_hubpermissions.moc"
