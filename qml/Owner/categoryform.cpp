#include "categoryform.h"

#include "menudocumentjson.h"
#include "menuentryrules.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tableside {

CategoryForm::CategoryForm(Say say, LanguageName languageName, QObject *parent)
    : QObject(parent)
    , m_say(std::move(say))
    , m_languageName(std::move(languageName))
{
    connect(&m_windows, &WindowsForm::edited, this, [this] {
        m_category.windows = m_windows.windowList();
        emit changed();
    });
}

void CategoryForm::open(const MenuDocument &document, const QString &key)
{
    m_document = document;
    const DocumentCategory *existing = document.category(key);
    m_isNew = !existing;
    m_keyTyped = false;
    m_original = existing ? *existing : DocumentCategory{};
    m_category = m_original;
    m_windows.open(u"category"_s, key, m_category.windows);
    refreshRows();
    emit changed();
}

void CategoryForm::setDocument(const MenuDocument &document)
{
    m_document = document;
    emit changed();
}

void CategoryForm::retranslate()
{
    refreshRows();
    emit changed();
}

QJsonObject CategoryForm::edit() const
{
    return {{u"put"_s, u"category"_s}, {u"entry"_s, categoryToJson(m_category)}};
}

QStringList CategoryForm::takenKeys() const
{
    QStringList keys;
    for (const DocumentCategory &category : m_document.categories)
        if (!(!m_isNew && category.key == m_original.key))
            keys.append(category.key);
    return keys;
}

QString CategoryForm::problem() const
{
    if (m_category.name.value(m_document.defaultLanguage).trimmed().isEmpty())
        return m_say(QT_TRANSLATE_NOOP("tableside::MenuStructure",
                                       "Write the category's name in %1, the menu's default "
                                       "language."),
                     -1)
            .arg(m_languageName ? m_languageName(m_document.defaultLanguage)
                                : m_document.defaultLanguage);
    if (!m_isNew)
        return {};
    switch (keyProblem(m_category.key, takenKeys())) {
    case KeyProblem::None:
        return {};
    case KeyProblem::Empty:
        return m_say(QT_TRANSLATE_NOOP("tableside::MenuStructure", "The category needs a key."),
                     -1);
    case KeyProblem::Malformed:
        return m_say(QT_TRANSLATE_N_NOOP("tableside::MenuStructure",
                                         "A key is lowercase letters, digits and single hyphens, "
                                         "at most %Ln characters."),
                     MenuLimits::MaxKeyLength);
    case KeyProblem::Taken:
        return m_say(QT_TRANSLATE_NOOP("tableside::MenuStructure",
                                       "Another category has the key “%1”."),
                     -1)
            .arg(m_category.key);
    }
    return {};
}

QString CategoryForm::removeProblem() const
{
    if (m_isNew)
        return {};
    const auto dishes =
        int(std::ranges::count(m_document.items, m_original.key, &DocumentItem::category));
    if (dishes == 0)
        return {};
    return m_say(QT_TRANSLATE_N_NOOP("tableside::MenuStructure",
                                     "This category holds %Ln dish(es): move them to another "
                                     "category or remove them before removing it."),
                 dishes);
}

void CategoryForm::setName(const QString &language, const QString &text)
{
    setText(m_category.name, language, text);
    if (m_isNew && !m_keyTyped && language == m_document.defaultLanguage)
        m_category.key = keyFromName(text, takenKeys(), u"category"_s);
    refreshRows();
    emit changed();
}

void CategoryForm::setKey(const QString &key)
{
    if (!m_isNew)
        return;
    m_category.key = key.trimmed();
    m_keyTyped = true;
    emit changed();
}

void CategoryForm::setHidden(bool hidden)
{
    m_category.hidden = hidden;
    emit changed();
}

void CategoryForm::refreshRows()
{
    m_texts.setRows(nameRows(m_document, m_category.name, m_languageName));
}

} // namespace tableside
