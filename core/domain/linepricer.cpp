#include "linepricer.h"

#include <QSet>
#include <QtNumeric>

namespace tableside {

namespace {

// "Doneness" reads as "doneness" mid-sentence; "BBQ sauce" keeps its capitals.
QString inSentence(const QString &groupName)
{
    if (groupName.size() >= 2 && groupName.at(0).isUpper() && groupName.at(1).isLower())
        return groupName.at(0).toLower() + groupName.mid(1);
    return groupName;
}

const ModifierOptionSpec *findOption(const MenuItemSpec &item, qint64 optionId)
{
    for (const ModifierGroupSpec &group : item.groups) {
        for (const ModifierOptionSpec &option : group.options) {
            if (option.id == optionId)
                return &option;
        }
    }
    return nullptr;
}

// Messages avoid articles and plurals of the group name, which depend on the word:
// "your" fits "doneness" and "sides"; counts appear only with multi-choice (plural-named) groups.
Error choiceRequired(const MenuItemSpec &item, const ModifierGroupSpec &group)
{
    const QString text = group.minChoices == 1 ? LinePricer::tr("Choose your %1 for %2.")
                                               : LinePricer::tr("Choose at least %n %1 for %2.",
                                                                nullptr, group.minChoices);
    return makeError(QStringLiteral("choice_required"),
                     text.arg(inSentence(group.name), item.name));
}

Error tooManyChoices(const MenuItemSpec &item, const ModifierGroupSpec &group)
{
    QString text;
    if (group.maxChoices <= 0)
        text = LinePricer::tr("No %1 can be chosen for %2.");
    else if (group.maxChoices == 1)
        text = LinePricer::tr("Choose only one %1 for %2.");
    else
        text = LinePricer::tr("Choose at most %n %1 for %2.", nullptr, group.maxChoices);
    return makeError(QStringLiteral("too_many_choices"),
                     text.arg(inSentence(group.name), item.name));
}

Error priceInvalid(const MenuItemSpec &item)
{
    return makeError(
        QStringLiteral("price_invalid"),
        LinePricer::tr("%1 cannot be priced with these choices; ask a waiter.").arg(item.name));
}

} // namespace

Result<PricedLine> LinePricer::price(const MenuItemSpec &item, const LineRequest &request)
{
    if (request.itemId != item.id) {
        return makeError(QStringLiteral("unknown_item"),
                         tr("This dish (number %1) is no longer on the menu; refresh the menu "
                            "and order again.")
                             .arg(request.itemId));
    }
    if (!item.available)
        return makeError(QStringLiteral("item_unavailable"), tr("%1 is sold out.").arg(item.name));
    if (request.quantity < 1) {
        return makeError(QStringLiteral("quantity_too_small"),
                         tr("Order at least one %1.").arg(item.name));
    }
    if (request.quantity > MaxQuantity) {
        return makeError(QStringLiteral("quantity_too_large"),
                         tr("Order at most %n of %1 on one line; ask a waiter for a larger order.",
                            nullptr, MaxQuantity)
                             .arg(item.name));
    }

    QSet<qint64> chosen;
    for (qint64 optionId : request.optionIds) {
        const ModifierOptionSpec *option = findOption(item, optionId);
        if (!option) {
            return makeError(QStringLiteral("option_not_on_item"),
                             tr("One of the choices is not offered with %1; refresh the menu and "
                                "choose again.")
                                 .arg(item.name));
        }
        if (chosen.contains(optionId)) {
            return makeError(QStringLiteral("duplicate_option"),
                             tr("%1 was chosen twice for %2.").arg(option->name, item.name));
        }
        chosen.insert(optionId);
    }

    PricedLine line;
    line.itemId = item.id;
    line.quantity = request.quantity;
    qint64 unitMinor = item.basePrice.minorUnits();
    for (const ModifierGroupSpec &group : item.groups) {
        int count = 0;
        for (const ModifierOptionSpec &option : group.options) {
            // remove(): an option listed in two groups (bad menu data) still counts once.
            if (!chosen.remove(option.id))
                continue;
            ++count;
            line.optionIds.append(option.id);
            line.optionPriceDeltas.append(option.priceDeltaMinor);
            if (qAddOverflow(unitMinor, option.priceDeltaMinor, &unitMinor))
                return priceInvalid(item);
        }
        if (count < group.minChoices)
            return choiceRequired(item, group);
        if (count > group.maxChoices)
            return tooManyChoices(item, group);
    }

    // A negative unit price is menu data gone wrong (deltas larger than the dish), never a sale.
    qint64 totalMinor = 0;
    if (unitMinor < 0 || qMulOverflow(unitMinor, qint64(request.quantity), &totalMinor))
        return priceInvalid(item);
    line.unitPrice = Money(unitMinor, item.basePrice.currency());
    line.total = Money(totalMinor, item.basePrice.currency());
    return line;
}

} // namespace tableside
