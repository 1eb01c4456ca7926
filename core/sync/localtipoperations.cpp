#include "localtipoperations.h"

#include "hubargs.h"
#include "photorepository.h"
#include "staffpincheck.h"
#include "venuerepository.h"
#include "wireformat.h"

using namespace Qt::StringLiterals;

namespace tableside {

using namespace hubargs;

namespace {

QJsonObject textsToJson(const LocalizedText &texts)
{
    QJsonObject json;
    for (auto it = texts.begin(); it != texts.end(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

// Texts by language as sent: each value must be text ("bad_request" naming the field).
Result<LocalizedText> textsFrom(const QJsonObject &args, QLatin1StringView field)
{
    LocalizedText texts;
    const QJsonObject object = args.value(field).toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString())
            return makeError(u"bad_request"_s,
                             LocalTipOperations::tr("'%1.%2' must be text.").arg(field, it.key()));
        texts.insert(it.key(), it.value().toString());
    }
    return texts;
}

} // namespace

LocalTipOperations::LocalTipOperations(HubTransactions &work, StaffPinCheck &pins)
    : m_work(work)
    , m_pins(pins)
    , m_tips(work.database(), work.clock())
{}

QJsonObject LocalTipOperations::toJson(const LocalTip &tip)
{
    return {{u"tipId"_s, tip.id},
            {u"position"_s, tip.position},
            {u"name"_s, tip.name},
            {u"photo"_s, tip.photo},
            {u"description"_s, textsToJson(tip.description)},
            {u"hours"_s, textsToJson(tip.hours)},
            {u"minutesOnFoot"_s, tip.minutesOnFoot},
            {u"link"_s, tip.link},
            {u"changedAt"_s, isoTime(tip.changedAt)}};
}

QJsonArray LocalTipOperations::toJson(const QList<LocalTip> &tips)
{
    QJsonArray array;
    for (const LocalTip &tip : tips)
        array.append(toJson(tip));
    return array;
}

Result<void> LocalTipOperations::checkOwner(const QJsonObject &args)
{
    auto staff = m_pins.checkOwner(text(args, "pin"_L1),
                                   tr("Changing Explore the area needs an owner's PIN."),
                                   tr("Only an owner's PIN changes Explore the area."));
    if (!staff)
        return staff.error();
    return {};
}

Result<void> LocalTipOperations::recordChanged(HubOutcome &outcome)
{
    auto tips = m_tips.list();
    if (!tips)
        return tips.error();
    return m_work.record(
        outcome, u"tips.changed"_s,
        {{u"tips"_s, toJson(*tips)}, {u"defaultLanguage"_s, m_work.venueLanguage()}});
}

Result<HubOutcome> LocalTipOperations::get(const Device &, const QJsonObject &)
{
    auto tips = m_tips.list();
    if (!tips)
        return tips.error();
    HubOutcome outcome;
    outcome.result = {{u"tips"_s, toJson(*tips)}, {u"defaultLanguage"_s, m_work.venueLanguage()}};
    return outcome;
}

Result<HubOutcome> LocalTipOperations::save(const Device &, const QJsonObject &args)
{
    // The tip is checked whole before the PIN, so a refused tip never counts a PIN towards the
    // lock; then the PIN, then the store.
    auto venue = VenueRepository(m_work.database()).load();
    if (!venue)
        return venue.error();
    LocalTip tip;
    tip.id = id(args, "tipId"_L1);
    tip.name = text(args, "name"_L1);
    tip.photo = text(args, "photo"_L1);
    tip.minutesOnFoot = number(args, "minutesOnFoot"_L1);
    tip.link = text(args, "link"_L1);
    auto description = textsFrom(args, "description"_L1);
    if (!description)
        return description.error();
    tip.description = *description;
    auto hours = textsFrom(args, "hours"_L1);
    if (!hours)
        return hours.error();
    tip.hours = *hours;
    auto checked = LocalTipRules::check(tip, venue->languages, venue->defaultLanguage);
    if (!checked)
        return checked.error();
    if (!tip.photo.isEmpty() && !PhotoRepository::isPhotoHash(tip.photo))
        return makeError(u"unknown_photo"_s,
                         tr("A place's photo is one uploaded to the hub, named by its hash."));
    if (auto owner = checkOwner(args); !owner)
        return owner.error();
    return m_work.transact([&]() -> Result<HubOutcome> {
        auto saved = m_tips.save(*checked);
        if (!saved)
            return saved.error();
        HubOutcome outcome;
        outcome.result = {{u"tipId"_s, saved->id}, {u"tip"_s, toJson(*saved)}};
        if (auto r = recordChanged(outcome); !r)
            return r.error();
        return outcome;
    });
}

Result<HubOutcome> LocalTipOperations::remove(const Device &, const QJsonObject &args)
{
    if (auto owner = checkOwner(args); !owner)
        return owner.error();
    const qint64 tipId = id(args, "tipId"_L1);
    return m_work.transact([&]() -> Result<HubOutcome> {
        if (auto removed = m_tips.remove(tipId); !removed)
            return removed.error();
        HubOutcome outcome;
        outcome.result = {{u"tipId"_s, tipId}};
        if (auto r = recordChanged(outcome); !r)
            return r.error();
        return outcome;
    });
}

Result<HubOutcome> LocalTipOperations::reorder(const Device &, const QJsonObject &args)
{
    if (auto owner = checkOwner(args); !owner)
        return owner.error();
    QList<qint64> tipIds;
    for (const QJsonValue &value : args.value("tipIds"_L1).toArray())
        tipIds.append(value.toInteger());
    return m_work.transact([&]() -> Result<HubOutcome> {
        auto tips = m_tips.reorder(tipIds);
        if (!tips)
            return tips.error();
        HubOutcome outcome;
        outcome.result = {{u"tips"_s, toJson(*tips)}};
        if (auto r = recordChanged(outcome); !r)
            return r.error();
        return outcome;
    });
}

} // namespace tableside
