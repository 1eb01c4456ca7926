#pragma once
// How alike two ideas' texts are, in any of the venue's languages: the texts' words, normalised
// (case, accents and Arabic letter forms folded; short and common words left out), compared as
// sets whose words match when equal or when they share a long enough start ("menu"/"menus",
// "παιδικό"/"παιδιά"), scored as Dice's coefficient, 0 (nothing shared) to 1.

#include <QList>
#include <QString>
#include <QStringList>

namespace tableside {

class IdeaSimilarity {
public:
    static constexpr double Threshold = 0.4; // from here an idea is offered as "similar"

    static QStringList words(const QString &text);
    static bool wordsMatch(const QString &a, const QString &b);
    static double score(const QStringList &a, const QStringList &b);
    static double score(const QString &a, const QString &b) { return score(words(a), words(b)); }
};

} // namespace tableside
