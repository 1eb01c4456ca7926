#include "menuentryrules.h"

using namespace Qt::StringLiterals;

namespace tableside {

QString keyFromName(const QString &name, const QStringList &taken, const QString &fallback)
{
    QString key;
    bool hyphen = false;
    for (QChar c : name.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            if (hyphen && !key.isEmpty())
                key.append(u'-');
            key.append(c);
            hyphen = false;
        } else if (c.category() != QChar::Mark_NonSpacing) {
            hyphen = true; // a space, a dash, an apostrophe or a letter a key cannot hold
        }
    }
    // Room for "-99" at the end, and no hyphen left dangling where the cut falls.
    key.truncate(MenuLimits::MaxKeyLength - 3);
    while (key.endsWith(u'-'))
        key.chop(1);
    if (key.isEmpty())
        key = fallback;
    QString unique = key;
    for (int n = 2; taken.contains(unique); ++n)
        unique = u"%1-%2"_s.arg(key).arg(n);
    return unique;
}

KeyProblem keyProblem(const QString &key, const QStringList &taken)
{
    if (key.isEmpty())
        return KeyProblem::Empty;
    if (key.size() > MenuLimits::MaxKeyLength || key.front() == u'-' || key.back() == u'-' ||
        key.contains(u"--"_s))
        return KeyProblem::Malformed;
    for (QChar c : key)
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'))
            return KeyProblem::Malformed;
    return taken.contains(key) ? KeyProblem::Taken : KeyProblem::None;
}

std::optional<QString> moveBefore(const QStringList &keys, int from, int to)
{
    const int count = int(keys.size());
    if (from < 0 || from >= count || to < 0 || to >= count || from == to)
        return std::nullopt;
    // Moving down, it goes after the entry now at `to`; moving up, before it.
    if (to > from)
        return to + 1 < count ? keys.at(to + 1) : QString();
    return keys.at(to);
}

QStringList languagesDefaultFirst(const MenuDocument &document)
{
    QStringList languages = document.languages;
    languages.removeAll(document.defaultLanguage);
    languages.prepend(document.defaultLanguage);
    return languages;
}

QList<QVariantMap> nameRows(const MenuDocument &document, const LocalizedText &name,
                            const std::function<QString(const QString &)> &languageName)
{
    QList<QVariantMap> rows;
    for (const QString &language : languagesDefaultFirst(document))
        rows.append({{u"language"_s, language},
                     {u"languageName"_s, languageName ? languageName(language) : language},
                     {u"name"_s, name.value(language)},
                     {u"nameMissing"_s, name.value(language).trimmed().isEmpty()},
                     {u"isDefault"_s, language == document.defaultLanguage}});
    return rows;
}

void setText(LocalizedText &text, const QString &language, const QString &value)
{
    if (value.trimmed().isEmpty())
        text.remove(language);
    else
        text.insert(language, value);
}

} // namespace tableside
