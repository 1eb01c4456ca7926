#include "huboperations.h"

#include "billoperations.h"
#include "devicerepository.h"
#include "flooroperations.h"
#include "guestoperations.h"
#include "guestvoiceoperations.h"
#include "hublog.h"
#include "hubpermissions.h"
#include "ideaoperations.h"
#include "localtipoperations.h"
#include "menueditoperations.h"
#include "menuoperations.h"
#include "orderoperations.h"
#include "pairingoperations.h"
#include "recommendoperations.h"
#include "sessionoperations.h"
#include "staffpincheck.h"
#include "stationoperations.h"
#include "venueoperations.h"

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

template<typename Operations>
auto handler(Operations *operations,
             Result<HubOutcome> (Operations::*operation)(const Device &, const QJsonObject &))
{
    return [operations, operation](const Device &caller, const QJsonObject &args) {
        return (operations->*operation)(caller, args);
    };
}

} // namespace

HubOperations::HubOperations(QSqlDatabase db, const Clock &clock)
    : m_work(db, clock)
    , m_pins(std::make_unique<StaffPinCheck>(m_work))
    , m_sessions(std::make_unique<SessionOperations>(m_work))
    , m_stations(std::make_unique<StationOperations>(m_work))
    , m_menu(std::make_unique<MenuOperations>(m_work, *m_stations))
    , m_menuEdits(std::make_unique<MenuEditOperations>(m_work, *m_pins))
    , m_recommend(std::make_unique<RecommendOperations>(m_work, *m_stations))
    , m_orders(std::make_unique<OrderOperations>(m_work, *m_sessions, *m_pins, *m_recommend))
    , m_guests(std::make_unique<GuestOperations>(m_work, *m_sessions))
    , m_floor(std::make_unique<FloorOperations>(m_work, *m_sessions))
    , m_pairing(std::make_unique<PairingOperations>(m_work, *m_pins))
    , m_venue(std::make_unique<VenueOperations>(m_work, *m_pins))
    , m_guestVoice(std::make_unique<GuestVoiceOperations>(m_work, *m_pins))
    , m_ideas(std::make_unique<IdeaOperations>(m_work, *m_sessions, *m_pins))
    , m_bills(std::make_unique<BillOperations>(m_work, *m_sessions))
    , m_tips(std::make_unique<LocalTipOperations>(m_work, *m_pins))
{
    m_handlers = {
        {u"menu.get"_s, handler(m_menu.get(), &MenuOperations::get)},
        {u"menu.setAvailable"_s, handler(m_menu.get(), &MenuOperations::setAvailable)},
        {u"menu.stock.set"_s, handler(m_menu.get(), &MenuOperations::setStock)},
        {u"staff.pin.check"_s, handler(m_pins.get(), &StaffPinCheck::ask)},
        {u"menu.draft.get"_s, handler(m_menuEdits.get(), &MenuEditOperations::draftGet)},
        {u"menu.draft.edit"_s, handler(m_menuEdits.get(), &MenuEditOperations::draftEdit)},
        {u"menu.draft.undo"_s, handler(m_menuEdits.get(), &MenuEditOperations::draftUndo)},
        {u"menu.draft.discard"_s, handler(m_menuEdits.get(), &MenuEditOperations::draftDiscard)},
        {u"menu.draft.import"_s, handler(m_menuEdits.get(), &MenuEditOperations::draftImport)},
        {u"menu.publish"_s, handler(m_menuEdits.get(), &MenuEditOperations::publish)},
        {u"menu.versions"_s, handler(m_menuEdits.get(), &MenuEditOperations::versions)},
        {u"menu.rollback"_s, handler(m_menuEdits.get(), &MenuEditOperations::rollback)},
        {u"session.seat"_s, handler(m_sessions.get(), &SessionOperations::seat)},
        {u"session.close"_s, handler(m_sessions.get(), &SessionOperations::close)},
        {u"order.place"_s, handler(m_orders.get(), &OrderOperations::place)},
        {u"order.line.advance"_s, handler(m_orders.get(), &OrderOperations::advanceLine)},
        {u"order.cancel"_s, handler(m_orders.get(), &OrderOperations::cancel)},
        {u"service.call"_s, handler(m_guests.get(), &GuestOperations::serviceCall)},
        {u"service.acknowledge"_s, handler(m_guests.get(), &GuestOperations::serviceAcknowledge)},
        {u"chat.send"_s, handler(m_guests.get(), &GuestOperations::chatSend)},
        {u"feedback.give"_s, handler(m_guests.get(), &GuestOperations::feedbackGive)},
        {u"visit.rate"_s, handler(m_guests.get(), &GuestOperations::visitRate)},
        {u"visit.forgetContact"_s,
         handler(m_guestVoice.get(), &GuestVoiceOperations::forgetContact)},
        {u"feedback.retention.set"_s,
         handler(m_guestVoice.get(), &GuestVoiceOperations::setRetention)},
        {u"guest.voice.get"_s, handler(m_guestVoice.get(), &GuestVoiceOperations::read)},
        {u"idea.board"_s, handler(m_ideas.get(), &IdeaOperations::board)},
        {u"idea.similar"_s, handler(m_ideas.get(), &IdeaOperations::similar)},
        {u"idea.submit"_s, handler(m_ideas.get(), &IdeaOperations::submit)},
        {u"idea.vote"_s, handler(m_ideas.get(), &IdeaOperations::vote)},
        {u"idea.status.set"_s, handler(m_ideas.get(), &IdeaOperations::setStatus)},
        {u"idea.answer"_s, handler(m_ideas.get(), &IdeaOperations::answer)},
        {u"idea.merge"_s, handler(m_ideas.get(), &IdeaOperations::merge)},
        {u"tips.get"_s, handler(m_tips.get(), &LocalTipOperations::get)},
        {u"tips.save"_s, handler(m_tips.get(), &LocalTipOperations::save)},
        {u"tips.delete"_s, handler(m_tips.get(), &LocalTipOperations::remove)},
        {u"tips.reorder"_s, handler(m_tips.get(), &LocalTipOperations::reorder)},
        {u"pairing.create"_s, handler(m_pairing.get(), &PairingOperations::create)},
        {u"floor.get"_s, handler(m_floor.get(), &FloorOperations::floorGet)},
        {u"bill.get"_s, handler(m_bills.get(), &BillOperations::get)},
        {u"orders.open"_s, handler(m_floor.get(), &FloorOperations::ordersOpen)},
        {u"venue.timeZone.set"_s, handler(m_venue.get(), &VenueOperations::setTimeZone)},
        {u"recommend.get"_s, handler(m_recommend.get(), &RecommendOperations::get)},
        {u"recommend.shown"_s, handler(m_recommend.get(), &RecommendOperations::shown)},
        {u"recommend.stats"_s, handler(m_recommend.get(), &RecommendOperations::stats)},
    };
}

HubOperations::~HubOperations() = default;

Result<HubOutcome> HubOperations::run(const Device &caller, const QString &op,
                                      const QJsonObject &args)
{
    if (!HubPermissions::allows(caller.role, op))
        return makeError(u"forbidden"_s, tr("A %1 device may not use %2.").arg(caller.role, op));
    const auto found = m_handlers.constFind(op);
    if (found == m_handlers.cend())
        return makeError(u"unknown_op"_s, tr("The hub does not know the operation '%1'.").arg(op));
    auto outcome = (*found)(caller, args);
    if (!outcome && outcome.error().code == "store_error"_L1) {
        // The detail is for the log; the person at the screen can only try again.
        qCWarning(lcHub) << op << "failed in the store:" << outcome.error().message;
        return makeError(u"store_error"_s, tr("The hub could not save this; please try again."));
    }
    return outcome;
}

} // namespace tableside
