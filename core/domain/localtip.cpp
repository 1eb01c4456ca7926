#include "localtip.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

// Texts trimmed, empty ones left out; a language the venue does not speak or a text past `max`
// is named in the refusal.
Result<LocalizedText> checkTexts(const LocalizedText &texts, const QStringList &languages, int max,
                                 const QString &code, const QString &tooLong,
                                 const QString &unknownLanguage)
{
    LocalizedText kept;
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        const QString text = it.value().trimmed();
        if (text.isEmpty())
            continue;
        if (!languages.contains(it.key()))
            return makeError(code, unknownLanguage.arg(it.key()));
        if (text.size() > max)
            return makeError(code, tooLong.arg(it.key()).arg(max));
        kept.insert(it.key(), text);
    }
    return kept;
}

} // namespace

Result<QString> LocalTipRules::checkName(const QString &name)
{
    const QString text = name.trimmed();
    if (text.isEmpty())
        return makeError(u"bad_name"_s, tr("Give the place a name."));
    if (text.size() > MaxNameLength)
        return makeError(u"bad_name"_s,
                         tr("A place's name is at most %1 characters.").arg(MaxNameLength));
    return text;
}

Result<LocalizedText> LocalTipRules::checkDescription(const LocalizedText &texts,
                                                      const QStringList &languages,
                                                      const QString &defaultLanguage)
{
    auto kept = checkTexts(texts, languages, MaxDescriptionLength, u"bad_description"_s,
                           tr("The description in %1 is longer than %2 characters."),
                           tr("The venue has no language '%1' for a description."));
    if (!kept)
        return kept;
    if (!kept->contains(defaultLanguage))
        return makeError(
            u"bad_description"_s,
            tr("Describe the place in the venue's default language (%1).").arg(defaultLanguage));
    return kept;
}

Result<LocalizedText> LocalTipRules::checkHours(const LocalizedText &texts,
                                                const QStringList &languages)
{
    return checkTexts(texts, languages, MaxHoursLength, u"bad_hours"_s,
                      tr("The opening hours in %1 are longer than %2 characters."),
                      tr("The venue has no language '%1' for opening hours."));
}

Result<int> LocalTipRules::checkMinutes(int minutes)
{
    if (minutes < 0 || minutes > MaxMinutesOnFoot)
        return makeError(u"bad_minutes"_s,
                         tr("Minutes on foot are 0 to %1.").arg(MaxMinutesOnFoot));
    return minutes;
}

Result<QString> LocalTipRules::checkLink(const QString &link)
{
    const QString text = link.trimmed();
    const Error bad =
        makeError(u"bad_link"_s, tr("Give the place's web address, starting with https:// or "
                                    "http://."));
    if (text.isEmpty() || text.size() > MaxLinkLength)
        return text.size() > MaxLinkLength
                   ? makeError(u"bad_link"_s,
                               tr("A web address is at most %1 characters.").arg(MaxLinkLength))
                   : bad;
    for (const QChar c : text)
        if (c.isSpace() || c.category() == QChar::Other_Control ||
            c.category() == QChar::Other_Format)
            return bad;
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != "https"_L1 && scheme != "http"_L1) || url.host().isEmpty() ||
        !text.startsWith(scheme + "://"_L1))
        return bad;
    return text;
}

Result<LocalTip> LocalTipRules::check(const LocalTip &tip, const QStringList &languages,
                                      const QString &defaultLanguage)
{
    LocalTip checked = tip;
    auto name = checkName(tip.name);
    if (!name)
        return name.error();
    checked.name = *name;
    auto description = checkDescription(tip.description, languages, defaultLanguage);
    if (!description)
        return description.error();
    checked.description = *description;
    auto hours = checkHours(tip.hours, languages);
    if (!hours)
        return hours.error();
    checked.hours = *hours;
    if (auto minutes = checkMinutes(tip.minutesOnFoot); !minutes)
        return minutes.error();
    auto link = checkLink(tip.link);
    if (!link)
        return link.error();
    checked.link = *link;
    return checked;
}

} // namespace tableside
