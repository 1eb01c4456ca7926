#include "guesttext.h"

namespace tableside {

namespace {

constexpr char16_t FirstStrongIsolate = 0x2068;
constexpr char16_t PopDirectionalIsolate = 0x2069;
constexpr char16_t Replacement = 0xFFFD;

// Characters that change how the text around them is ordered or hide something between letters.
bool leftOut(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E)    // embeddings and overrides
           || (c >= 0x2066 && c <= 0x2069) // isolates
           || c == 0x200B                  // zero-width space
           || c == 0x2060                  // word joiner
           || c == 0xFEFF;                 // zero-width no-break space (a stray BOM)
}

bool control(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

} // namespace

QString displayedGuestText(const QString &text)
{
    if (text.isEmpty())
        return text;
    QString shown;
    shown.reserve(text.size() + 2);
    shown.append(QChar(FirstStrongIsolate));
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (leftOut(c))
            continue;
        if (c == u'\n')
            shown.append(ch);
        else if (c == u'\t')
            shown.append(u' ');
        else if (control(c))
            shown.append(QChar(Replacement));
        else
            shown.append(ch);
    }
    shown.append(QChar(PopDirectionalIsolate));
    return shown;
}

} // namespace tableside
