// An order.place request's arguments, checked as OrderOperations::place checks them before it
// writes anything: the frame's types (ProtocolMessage), the table a device may order for, the
// lines as read, then the key, the lines' shape and their prices against the demo venue.

#include "clock.h"
#include "demovenue.h"
#include "hubargs.h"
#include "hubpermissions.h"
#include "menucatalog.h"
#include "orderoperations.h"
#include "orderrepository.h"
#include "protocolmessage.h"
#include "venuedatabase.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

using namespace Qt::StringLiterals;
using namespace tableside;

namespace {

// One demo venue for the whole run: checking reads it and never writes.
struct Venue {
    QTemporaryDir dir;
    ManualClock clock{QDateTime::fromString(u"2026-11-23T19:00:00.000Z"_s, Qt::ISODateWithMs)};
    VenueDatabase database{dir.filePath(u"venue.sqlite"_s)};
    std::unique_ptr<MenuCatalog> catalog;
    std::unique_ptr<OrderRepository> orders;
};

Venue *venue = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv); // the SQL driver is a plugin
    venue = new Venue;
    QFile demo(u":/demo/venue.json"_s);
    if (!venue->database.open() || !demo.open(QIODevice::ReadOnly) ||
        !DemoVenue::seedIfEmpty(venue->database.connection(), demo.readAll())) {
        qCritical("fuzz_order: the demo venue could not be opened");
        std::abort();
    }
    venue->catalog = std::make_unique<MenuCatalog>(venue->database.connection());
    venue->orders = std::make_unique<OrderRepository>(venue->database.connection(), venue->clock,
                                                      venue->catalog.get());
    // Closed at exit before QtSql's own statics go, which were made after this venue.
    std::atexit([] { delete venue; });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // The input is the request's args; the envelope around it is the hub's own.
    const QString args =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto message = ProtocolMessage::parse(
        uR"({"type":"request","id":"fuzz","op":"order.place","args":)"_s + args + u'}');
    if (!message)
        return 0;
    const std::optional<int> named = hubargs::optionalNumber(message->args, "table"_L1);
    for (const QString &role : {u"table"_s, u"host"_s, u"owner"_s})
        (void)HubPermissions::actingTable(role, 7, named);
    (void)venue->orders->checkNewOrder(hubargs::text(message->args, "key"_L1),
                                       OrderOperations::linesOf(message->args), u"en"_s);
    return 0;
}
