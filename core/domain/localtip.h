#pragma once
// "Explore the area": the places the owner recommends to visitors, as a waiter would (a museum,
// a park, a market), each with a description per language, its opening hours, how far it is on
// foot and a link the diner opens on their phone through a QR code. What a tip may be is checked
// here, once: the hub asks before it stores anything and the owner's form shows the same limits.

#include "menu.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace tableside {

struct LocalTip {
    qint64 id = 0;    // 0: not stored yet
    int position = 0; // the owner's order, from 0
    QString name;     // a place's name, the same in every language
    QString photo;    // a photo of the venue's library (its hash), or a shipped file; "" for none
    LocalizedText description; // language -> text
    LocalizedText hours;       // language -> opening hours as the owner writes them; optional
    int minutesOnFoot = 0;
    QString link; // http or https, stored as given
    QDateTime changedAt;
};

class LocalTipRules {
    Q_DECLARE_TR_FUNCTIONS(LocalTipRules)

public:
    static constexpr int MaxNameLength = 80;
    static constexpr int MaxDescriptionLength = 600;
    static constexpr int MaxHoursLength = 120;
    static constexpr int MaxLinkLength = 500;
    static constexpr int MaxMinutesOnFoot = 180;
    static constexpr int MaxTips = 40;

    // Trimmed, 1 to MaxNameLength characters: "bad_name".
    static Result<QString> checkName(const QString &name);
    // Each text trimmed; an empty one is left out. Only the venue's `languages`, each at most
    // MaxDescriptionLength, and the default language's text is there: "bad_description".
    static Result<LocalizedText> checkDescription(const LocalizedText &texts,
                                                  const QStringList &languages,
                                                  const QString &defaultLanguage);
    // As descriptions, at most MaxHoursLength, none required: "bad_hours".
    static Result<LocalizedText> checkHours(const LocalizedText &texts,
                                            const QStringList &languages);
    // 0 to MaxMinutesOnFoot: "bad_minutes".
    static Result<int> checkMinutes(int minutes);
    // An absolute http or https address with a host, no spaces, at most MaxLinkLength
    // characters: "bad_link". Stored exactly as given (trimmed), never rewritten.
    static Result<QString> checkLink(const QString &link);
    static bool isLink(const QString &link) { return checkLink(link).ok(); }

    // Every field of `tip` by the rules above; the first refusal, in the form's order.
    static Result<LocalTip> check(const LocalTip &tip, const QStringList &languages,
                                  const QString &defaultLanguage);
};

} // namespace tableside
