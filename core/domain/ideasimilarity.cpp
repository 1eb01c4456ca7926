#include "ideasimilarity.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

constexpr int MinWordLength = 3;
constexpr int MinSharedStart = 4;
constexpr int AllowedEndingDifference = 2; // "plate"/"plates", "χορτοφαγικά"/"χορτοφαγικό"

// The commonest words of three letters or more in the shipped languages, after normalising,
// which say nothing about what an idea is for.
const QSet<QString> &commonWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const QString &word :
             {u"the"_s, u"and"_s, u"for"_s, u"with"_s, u"you"_s, u"your"_s, u"please"_s, u"more"_s,
              u"some"_s, u"could"_s, u"would"_s, u"should"_s, u"have"_s, u"that"_s, u"this"_s,
              u"are"_s, u"was"_s, u"can"_s, u"like"_s, u"about"_s, u"from"_s,
              // Greek, accents folded
              u"και"_s, u"για"_s, u"στο"_s, u"στη"_s, u"στην"_s, u"στα"_s, u"του"_s, u"της"_s,
              u"των"_s, u"τον"_s, u"την"_s, u"ενα"_s, u"μια"_s, u"πιο"_s, u"παρακαλω"_s,
              // Arabic, letter forms folded
              u"على"_s, u"الى"_s, u"من"_s, u"في"_s, u"عن"_s, u"مع"_s, u"هذا"_s, u"هذه"_s, u"التي"_s,
              u"الذي"_s, u"اكثر"_s, u"يمكن"_s, u"لو"_s,
              // Persian, letter forms folded to the Arabic ones
              u"براي"_s, u"اين"_s, u"كه"_s, u"را"_s, u"با"_s, u"از"_s, u"هم"_s, u"بيشتر"_s,
              u"لطفا"_s, u"يك"_s})
            set.insert(word);
        return set;
    }();
    return words;
}

// One letter as the comparison sees it: Arabic and Persian forms of one letter made one.
QChar folded(QChar c)
{
    switch (c.unicode()) {
    case 0x0623:              // أ
    case 0x0625:              // إ
    case 0x0622:              // آ
    case 0x0671:              // ٱ
        return QChar(0x0627); // ا
    case 0x0649:              // ى
    case 0x06CC:              // ی Persian yeh
        return QChar(0x064A); // ي
    case 0x06A9:              // ک Persian kaf
        return QChar(0x0643); // ك
    case 0x0629:              // ة
        return QChar(0x0647); // ه
    default:
        return c;
    }
}

QString normalisedWord(const QString &word)
{
    QString out;
    out.reserve(word.size());
    for (QChar c : word) {
        const auto category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
            category == QChar::Mark_Enclosing || c.unicode() == 0x0640) // tatweel
            continue;
        out.append(folded(c));
    }
    // The Arabic article is part of the word; "القائمة" is "قائمة" with "the".
    if (out.startsWith(u"ال"_s) && out.size() - 2 >= MinWordLength)
        out.remove(0, 2);
    return out;
}

} // namespace

QStringList IdeaSimilarity::words(const QString &text)
{
    const QString plain = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QStringList found;
    QString current;
    const auto flush = [&] {
        const QString word = normalisedWord(current);
        current.clear();
        if (word.size() >= MinWordLength && !commonWords().contains(word) && !found.contains(word))
            found.append(word);
    };
    for (QChar c : plain) {
        if (c.unicode() == 0x200C || c.unicode() == 0x200D) // Persian's joiners: the same word
            continue;
        if (c.isLetterOrNumber() || c.isMark())
            current.append(c);
        else
            flush();
    }
    flush();
    return found;
}

bool IdeaSimilarity::wordsMatch(const QString &a, const QString &b)
{
    if (a == b)
        return true;
    const qsizetype shorter = std::min(a.size(), b.size());
    qsizetype shared = 0;
    while (shared < shorter && a.at(shared) == b.at(shared))
        ++shared;
    return shared >= MinSharedStart && shared >= shorter - AllowedEndingDifference;
}

double IdeaSimilarity::score(const QStringList &a, const QStringList &b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0.0;
    QList<bool> taken(b.size(), false);
    int matched = 0;
    for (const QString &word : a) {
        for (qsizetype i = 0; i < b.size(); ++i) {
            if (!taken[i] && wordsMatch(word, b[i])) {
                taken[i] = true;
                ++matched;
                break;
            }
        }
    }
    return 2.0 * matched / double(a.size() + b.size());
}

} // namespace tableside
