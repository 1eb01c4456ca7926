#include "dishform.h"

#include "allergen.h"
#include "dietarytag.h"
#include "hubphotos.h"
#include "menudocumentjson.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace tableside {

DishForm::DishForm(QObject *parent)
    : QObject(parent)
{
    connect(&m_windows, &WindowsForm::edited, this, [this] {
        m_item.windows = m_windows.windowList();
        emit changed();
    });
}

void DishForm::setLocale(const QLocale &locale)
{
    m_locale = locale;
    m_windows.setLocale(locale);
    if (m_priceError.isEmpty())
        m_priceText = formatPrice(m_item.priceMinor);
    refreshRows();
    emit changed();
}

void DishForm::open(const MenuDocument &document, const DocumentItem &item)
{
    m_defaultLanguage = document.defaultLanguage;
    m_languages = document.languages;
    // The default language first: it is the one the tables fall back to.
    m_languages.removeAll(m_defaultLanguage);
    m_languages.prepend(m_defaultLanguage);
    m_stations.clear();
    for (const DocumentItem &each : document.items)
        if (!each.station.isEmpty() && !m_stations.contains(each.station))
            m_stations.append(each.station);
    std::ranges::sort(m_stations);
    m_original = item;
    m_item = item;
    m_priceText = formatPrice(item.priceMinor);
    m_priceError.clear();
    m_windows.open(u"dish"_s, item.key, item.windows);
    refreshRows();
    emit changed();
}

QJsonObject DishForm::edit() const
{
    return {{u"put"_s, u"dish"_s}, {u"entry"_s, documentItemToJson(m_item)}};
}

QUrl DishForm::photoUrl() const
{
    // The demo venue's dishes name photos the program ships, as the tables read them.
    return photoImageUrl(m_item.photo, QUrl(u"qrc:/demo/photos/"_s));
}

void DishForm::setPhoto(const QString &photo)
{
    if (photo == m_item.photo || (!photo.isEmpty() && !PhotoCache::isPhotoHash(photo)))
        return;
    m_item.photo = photo;
    emit changed();
}

QString DishForm::formatPrice(qint64 minor) const
{
    return m_locale.toString(double(minor) / 100.0, 'f', 2);
}

std::optional<qint64> DishForm::readPrice(const QString &text) const
{
    const QString trimmed = text.trimmed();
    bool ok = false;
    double value = m_locale.toDouble(trimmed, &ok);
    if (!ok)
        value = QLocale::c().toDouble(QString(trimmed).replace(u',', u'.'), &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    const double minor = value * 100.0;
    if (std::abs(minor - std::round(minor)) > 1e-6)
        return std::nullopt; // a third decimal is a typing slip, not a price
    return qint64(std::llround(minor));
}

void DishForm::setName(const QString &language, const QString &text)
{
    if (text.trimmed().isEmpty())
        m_item.name.remove(language);
    else
        m_item.name.insert(language, text);
    refreshRows();
    emit changed();
}

void DishForm::setDescription(const QString &language, const QString &text)
{
    if (text.trimmed().isEmpty())
        m_item.description.remove(language);
    else
        m_item.description.insert(language, text);
    refreshRows();
    emit changed();
}

void DishForm::setPriceText(const QString &text)
{
    m_priceText = text;
    const auto minor = readPrice(text);
    if (!minor)
        m_priceError = say(QT_TRANSLATE_NOOP("tableside::DishForm",
                                             "Write the price as a number, for example %1."))
                           .arg(formatPrice(725));
    else if (*minor < 0)
        m_priceError =
            say(QT_TRANSLATE_NOOP("tableside::DishForm", "A price cannot be below zero."));
    else if (*minor > MenuLimits::MaxPriceMinor)
        m_priceError = say(QT_TRANSLATE_NOOP("tableside::DishForm", "A price cannot be above %1."))
                           .arg(formatPrice(MenuLimits::MaxPriceMinor));
    else {
        m_priceError.clear();
        m_item.priceMinor = *minor;
    }
    emit changed();
}

void DishForm::setCourse(const QString &code)
{
    m_item.course = code;
    emit changed();
}

void DishForm::setStation(const QString &code)
{
    m_item.station = code;
    emit changed();
}

void DishForm::setSpiceLevel(int level)
{
    m_item.spiceLevel = std::clamp(level, 0, MenuLimits::MaxSpiceLevel);
    emit changed();
}

namespace {

void toggle(QStringList &codes, const QString &code)
{
    if (!codes.removeAll(code))
        codes.append(code);
}

} // namespace

void DishForm::toggleAllergen(const QString &code)
{
    if (!allergenFromCode(code))
        return;
    toggle(m_item.allergens, code);
    // Annex II order, as the tables list them.
    QStringList ordered;
    for (Allergen allergen : allAllergens())
        if (m_item.allergens.contains(allergenCode(allergen)))
            ordered.append(allergenCode(allergen));
    m_item.allergens = ordered;
    refreshRows();
    emit changed();
}

void DishForm::toggleDietary(const QString &code)
{
    if (!dietaryTagFromCode(code))
        return;
    toggle(m_item.dietary, code);
    QStringList ordered;
    for (DietaryTag tag : allDietaryTags())
        if (m_item.dietary.contains(dietaryTagCode(tag)))
            ordered.append(dietaryTagCode(tag));
    m_item.dietary = ordered;
    refreshRows();
    emit changed();
}

void DishForm::setHidden(bool hidden)
{
    m_item.hidden = hidden;
    emit changed();
}

void DishForm::setPick(bool pick)
{
    m_item.pick = pick;
    emit changed();
}

void DishForm::setKey(const QString &key)
{
    m_item.key = key;
    emit changed();
}

void DishForm::setCategory(const QString &category)
{
    m_item.category = category;
    emit changed();
}

void DishForm::setModifiers(const QList<ModifierUse> &modifiers)
{
    m_item.modifiers = modifiers;
    emit changed();
}

QString DishForm::say(const char *source) const
{
    return m_translate ? m_translate(source) : QString::fromUtf8(source);
}

QString DishForm::label(const QString &kind, const QString &code) const
{
    return m_namer ? m_namer(kind, code) : code;
}

void DishForm::refreshRows()
{
    // A description is missing only where the dish has one in another language.
    const bool described = std::ranges::any_of(
        m_item.description, [](const QString &text) { return !text.trimmed().isEmpty(); });
    QList<QVariantMap> texts;
    for (const QString &language : m_languages)
        texts.append({{u"language"_s, language},
                      {u"languageName"_s, label(u"language"_s, language)},
                      {u"name"_s, m_item.name.value(language)},
                      {u"description"_s, m_item.description.value(language)},
                      {u"nameMissing"_s, m_item.name.value(language).trimmed().isEmpty()},
                      {u"descriptionMissing"_s,
                       described && m_item.description.value(language).trimmed().isEmpty()},
                      {u"isDefault"_s, language == m_defaultLanguage}});
    m_texts.setRows(texts);
    QList<QVariantMap> allergens;
    for (Allergen allergen : allAllergens()) {
        const QString code = allergenCode(allergen);
        allergens.append({{u"code"_s, code},
                          {u"name"_s, label(u"allergen"_s, code)},
                          {u"chosen"_s, m_item.allergens.contains(code)}});
    }
    m_allergens.setRows(allergens);
    QList<QVariantMap> dietary;
    for (DietaryTag tag : allDietaryTags()) {
        const QString code = dietaryTagCode(tag);
        dietary.append({{u"code"_s, code},
                        {u"name"_s, label(u"dietary"_s, code)},
                        {u"chosen"_s, m_item.dietary.contains(code)}});
    }
    m_dietary.setRows(dietary);
}

} // namespace tableside
