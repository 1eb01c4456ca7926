#pragma once
// A menu text as a diner reads it: the text in the diner's language, or, where it is not
// translated (empty or only spaces), the venue's default language's. The one rule for it: the
// tables' menu (MenuRepository) and the owner's preview of a draft both read texts through here,
// and the editor marks as missing exactly what falls back.

#include "menu.h"

#include <QString>

namespace tableside {

// A text counts as translated once it has more than spaces.
inline bool isTranslated(const QString &text)
{
    return !text.trimmed().isEmpty();
}

// What a diner reads: `translated` (the text in their language) when it is translated, else the
// default language's text.
inline QString dinerText(const QString &translated, const QString &defaultText)
{
    return isTranslated(translated) ? translated : defaultText;
}

inline QString dinerText(const LocalizedText &text, const QString &language,
                         const QString &defaultLanguage)
{
    return dinerText(text.value(language), text.value(defaultLanguage));
}

} // namespace tableside
