#include "editeddishcard.h"

#include "displaylanguage.h"
#include "menutext.h"
#include "money.h"

namespace tableside {

EditedDishCard::EditedDishCard(QObject *parent)
    : QObject(parent)
{}

void EditedDishCard::setOwner(OwnerScreen *owner)
{
    if (owner == m_owner)
        return;
    if (m_owner)
        disconnect(m_owner, nullptr, this, nullptr);
    m_owner = owner;
    if (m_owner) {
        connect(m_owner->form(), &DishForm::changed, this, &EditedDishCard::refresh);
        connect(m_owner->preview(), &MenuPreview::languageChanged, this, &EditedDishCard::refresh);
        connect(m_owner, &OwnerScreen::draftChanged, this, &EditedDishCard::refresh);
    }
    refresh();
    emit ownerChanged();
}

bool EditedDishCard::rightToLeft() const
{
    return displayLanguage(m_language).rightToLeft;
}

void EditedDishCard::refresh()
{
    if (!m_owner)
        return;
    const MenuDocument &document = m_owner->document();
    const DocumentItem dish = m_owner->form()->current();
    // The preview's language once chosen there, else the one a table starts in.
    m_language = m_owner->preview()->language();
    if (m_language.isEmpty())
        m_language = document.defaultLanguage;
    m_name = dinerText(dish.name, m_language, document.defaultLanguage);
    m_description = dinerText(dish.description, m_language, document.defaultLanguage);
    const QString currency = m_owner->preview()->currency();
    m_price = currency.isEmpty()
                  ? QString()
                  : Money(dish.priceMinor, currency).format(displayLanguage(m_language).locale);
    m_photo = m_owner->form()->photoUrl();
    m_dietary = dish.dietary;
    m_spiceLevel = dish.spiceLevel;
    m_hidden = dish.hidden;
    emit changed();
}

} // namespace tableside
