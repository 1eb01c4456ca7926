#include "modifierlistform.h"

#include "dishform.h"
#include "menudocumentjson.h"
#include "menuentryrules.h"

using namespace Qt::StringLiterals;

namespace tableside {

ModifierListForm::ModifierListForm(Say say, LanguageName languageName, const DishForm &prices,
                                   QObject *parent)
    : QObject(parent)
    , m_say(std::move(say))
    , m_languageName(std::move(languageName))
    , m_prices(prices)
{}

void ModifierListForm::open(const MenuDocument &document, const QString &key)
{
    m_document = document;
    m_languages = languagesDefaultFirst(document);
    const ModifierList *existing = document.modifierList(key);
    m_isNew = !existing;
    m_original = existing ? *existing : ModifierList{};
    m_list = m_original;
    m_states.clear();
    for (const DocumentOption &option : std::as_const(m_list.options))
        m_states.append({m_prices.formatPrice(option.priceDeltaMinor), {}, false});
    if (m_isNew)
        addOption(); // a list holds at least one option: the first is ready to be named
    refreshRows();
    emit opened();
    emit changed();
}

void ModifierListForm::retranslate()
{
    for (qsizetype i = 0; i < m_states.size(); ++i)
        if (m_states.at(i).priceError.isEmpty())
            m_states[i].priceText = m_prices.formatPrice(m_list.options.at(i).priceDeltaMinor);
        else
            setOptionPrice(int(i), m_states.at(i).priceText);
    refreshRows();
    emit changed();
}

QJsonObject ModifierListForm::edit() const
{
    return {{u"put"_s, u"list"_s}, {u"entry"_s, modifierListToJson(m_list)}};
}

bool ModifierListForm::hasPriceError() const
{
    return std::ranges::any_of(m_states,
                               [](const OptionState &s) { return !s.priceError.isEmpty(); });
}

QString ModifierListForm::problem() const
{
    const QString language = m_document.defaultLanguage;
    const QString languageName = m_languageName ? m_languageName(language) : language;
    if (m_list.name.value(language).trimmed().isEmpty())
        return m_say(QT_TRANSLATE_NOOP("tableside::MenuStructure",
                                       "Write the list's name in %1, the menu's default language."),
                     -1)
            .arg(languageName);
    if (m_list.options.isEmpty())
        return m_say(
            QT_TRANSLATE_NOOP("tableside::MenuStructure", "A list needs at least one option."), -1);
    for (qsizetype i = 0; i < m_list.options.size(); ++i) {
        if (m_list.options.at(i).name.value(language).trimmed().isEmpty())
            return m_say(QT_TRANSLATE_NOOP("tableside::MenuStructure",
                                           "Write the name of option %1 in %2, the menu's "
                                           "default language."),
                         -1)
                .arg(QString::number(i + 1), languageName);
        if (!m_states.at(i).priceError.isEmpty())
            return m_states.at(i).priceError;
    }
    if (m_isNew) {
        QStringList taken;
        for (const ModifierList &list : m_document.modifierLists)
            taken.append(list.key);
        if (keyProblem(m_list.key, taken) != KeyProblem::None)
            return m_say(QT_TRANSLATE_NOOP("tableside::MenuStructure",
                                           "The list's name makes no key: write it with some "
                                           "Latin letters or digits."),
                         -1);
    }
    return {};
}

QStringList ModifierListForm::optionKeys(int except) const
{
    QStringList keys;
    for (qsizetype i = 0; i < m_list.options.size(); ++i)
        if (i != except)
            keys.append(m_list.options.at(i).key);
    return keys;
}

void ModifierListForm::setName(const QString &language, const QString &text)
{
    setText(m_list.name, language, text);
    if (m_isNew && language == m_document.defaultLanguage) {
        QStringList taken;
        for (const ModifierList &list : m_document.modifierLists)
            taken.append(list.key);
        m_list.key = keyFromName(text, taken, u"choices"_s);
    }
    refreshRows();
    emit changed();
}

void ModifierListForm::setOptionName(int index, const QString &language, const QString &text)
{
    if (index < 0 || index >= m_list.options.size())
        return;
    DocumentOption &option = m_list.options[index];
    setText(option.name, language, text);
    if (m_states.at(index).keyFromName && language == m_document.defaultLanguage)
        option.key = keyFromName(text, optionKeys(index), u"option"_s);
    refreshRows();
    emit changed();
}

void ModifierListForm::setOptionPrice(int index, const QString &text)
{
    if (index < 0 || index >= m_list.options.size())
        return;
    OptionState &state = m_states[index];
    state.priceText = text;
    const auto minor =
        text.trimmed().isEmpty() ? std::optional<qint64>(0) : m_prices.readPrice(text);
    if (!minor)
        state.priceError = m_say(QT_TRANSLATE_NOOP("tableside::MenuStructure",
                                                   "Write the price change as a number, for "
                                                   "example %1 or %2."),
                                 -1)
                               .arg(m_prices.formatPrice(150), m_prices.formatPrice(-50));
    else if (qAbs(*minor) > MenuLimits::MaxPriceDeltaMinor)
        state.priceError = m_say(QT_TRANSLATE_NOOP("tableside::MenuStructure",
                                                   "A price change cannot be more than %1 up "
                                                   "or down."),
                                 -1)
                               .arg(m_prices.formatPrice(MenuLimits::MaxPriceDeltaMinor));
    else {
        state.priceError.clear();
        m_list.options[index].priceDeltaMinor = *minor;
    }
    refreshRows();
    emit changed();
}

void ModifierListForm::addOption()
{
    DocumentOption option;
    option.key = keyFromName({}, optionKeys(-1), u"option"_s);
    m_list.options.append(option);
    m_states.append({m_prices.formatPrice(0), {}, true});
    refreshRows();
    emit changed();
}

void ModifierListForm::removeOption(int index)
{
    if (index < 0 || index >= m_list.options.size())
        return;
    m_list.options.removeAt(index);
    m_states.removeAt(index);
    refreshRows();
    emit changed();
}

void ModifierListForm::moveOption(int index, int to)
{
    const auto count = int(m_list.options.size());
    if (index < 0 || index >= count || to < 0 || to >= count || index == to)
        return;
    m_list.options.move(index, to);
    m_states.move(index, to);
    refreshRows();
    emit changed();
}

void ModifierListForm::refreshRows()
{
    m_texts.setRows(nameRows(m_document, m_list.name, m_languageName));
    QList<QVariantMap> rows;
    for (qsizetype i = 0; i < m_list.options.size(); ++i) {
        const DocumentOption &option = m_list.options.at(i);
        QVariantList names;
        for (const QVariantMap &row : nameRows(m_document, option.name, m_languageName))
            names.append(row);
        rows.append({{u"index"_s, int(i)},
                     {u"key"_s, option.key},
                     {u"names"_s, names},
                     {u"priceText"_s, m_states.at(i).priceText},
                     {u"priceError"_s, m_states.at(i).priceError},
                     {u"first"_s, i == 0},
                     {u"last"_s, i + 1 == m_list.options.size()}});
    }
    m_options.setRows(rows);
}

} // namespace tableside
