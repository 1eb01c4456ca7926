#pragma once
// The owner's rules for a menu's structure that the hub does not hold: how a new entry's key is
// made from its name, whether a typed key will do, which "before" a drag's drop means, and the
// texts of an entry in each of the venue's languages as the forms list them.

#include "menudocument.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace tableside {

// A key made from `name`: its Latin letters (accents dropped) and digits in lower case, joined by
// single hyphens, at most MenuLimits::MaxKeyLength; `fallback` when the name has none (a Greek or
// Arabic default name). Made unique among `taken` by "-2", "-3", ...
QString keyFromName(const QString &name, const QStringList &taken, const QString &fallback);

// Why `key` cannot name a new entry ("" when it can): the problem codes menuProblems() uses.
enum class KeyProblem { None, Empty, Malformed, Taken };
KeyProblem keyProblem(const QString &key, const QStringList &taken);

// The "before" of the move edit that takes the entry at `from` in `keys` to stand at `to` (as a
// drag drops it): the key it then stands before, "" for the end; nullopt when it does not move.
std::optional<QString> moveBefore(const QStringList &keys, int from, int to);

// The venue's languages with the default first (the one the tables fall back to).
QStringList languagesDefaultFirst(const MenuDocument &document);

// One row per language for a name: {language, languageName, name, nameMissing, isDefault}.
QList<QVariantMap> nameRows(const MenuDocument &document, const LocalizedText &name,
                            const std::function<QString(const QString &)> &languageName);

// `text` with `language`'s name set; a blank one is left out rather than kept blank.
void setText(LocalizedText &text, const QString &language, const QString &value);

} // namespace tableside
