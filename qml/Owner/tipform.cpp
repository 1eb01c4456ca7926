#include "tipform.h"

#include "hubphotos.h"

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

QJsonObject textsJson(const LocalizedText &texts)
{
    QJsonObject json;
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        if (!it.value().trimmed().isEmpty())
            json.insert(it.key(), it.value());
    }
    return json;
}

LocalizedText textsOf(const QVariant &map)
{
    LocalizedText texts;
    const QVariantMap values = map.toMap();
    for (auto it = values.begin(); it != values.end(); ++it)
        texts.insert(it.key(), it.value().toString());
    return texts;
}

} // namespace

TipForm::TipForm(Say say, LanguageName languageName, QObject *parent)
    : QObject(parent)
    , m_say(std::move(say))
    , m_languageName(std::move(languageName))
{}

void TipForm::setLanguages(const QString &defaultLanguage, const QStringList &languages)
{
    if (defaultLanguage.isEmpty())
        return;
    m_defaultLanguage = defaultLanguage;
    m_languages = languages;
    m_languages.removeAll(defaultLanguage);
    m_languages.prepend(defaultLanguage);
    updateTexts();
}

void TipForm::openNew()
{
    openTip({});
}

void TipForm::openTip(const QVariantMap &tip)
{
    m_tip = LocalTip{};
    m_tip.id = tip.value(u"tipId"_s).toLongLong();
    m_tip.name = tip.value(u"nameText"_s).toString();
    m_tip.photo = tip.value(u"photoHash"_s).toString();
    m_tip.description = textsOf(tip.value(u"descriptionTexts"_s));
    m_tip.hours = textsOf(tip.value(u"hoursTexts"_s));
    m_tip.minutesOnFoot = tip.value(u"minutesOnFoot"_s).toInt();
    m_tip.link = tip.value(u"link"_s).toString();
    m_open = true;
    ++m_opened;
    setErrors({});
    updateTexts();
    emit openChanged();
    emit changed();
}

void TipForm::close()
{
    if (!m_open)
        return;
    m_open = false;
    m_tip = LocalTip{};
    setErrors({});
    updateTexts();
    emit openChanged();
    emit changed();
}

QString TipForm::key() const
{
    return m_open ? u"%1:%2"_s.arg(m_opened).arg(m_tip.id) : QString();
}

QUrl TipForm::photoUrl() const
{
    // The demo venue's places name photos the program ships, as the tables read them.
    return photoImageUrl(m_tip.photo, QUrl(u"qrc:/demo/photos/"_s));
}

void TipForm::setName(const QString &name)
{
    if (name == m_tip.name)
        return;
    m_tip.name = name;
    emit changed();
    recheck();
}

void TipForm::setMinutesOnFoot(int minutes)
{
    if (minutes == m_tip.minutesOnFoot)
        return;
    m_tip.minutesOnFoot = minutes;
    emit changed();
    recheck();
}

void TipForm::setLink(const QString &link)
{
    if (link == m_tip.link)
        return;
    m_tip.link = link;
    emit changed();
    recheck();
}

void TipForm::setDescription(const QString &language, const QString &text)
{
    if (!m_languages.contains(language) || m_tip.description.value(language) == text)
        return;
    m_tip.description.insert(language, text);
    updateTexts();
    recheck();
}

void TipForm::setHours(const QString &language, const QString &text)
{
    if (!m_languages.contains(language) || m_tip.hours.value(language) == text)
        return;
    m_tip.hours.insert(language, text);
    updateTexts();
    recheck();
}

void TipForm::setPhoto(const QString &photo)
{
    if (photo == m_tip.photo)
        return;
    m_tip.photo = photo;
    QHash<QString, QString> errors = m_errors;
    errors.remove(u"unknown_photo"_s);
    setErrors(errors);
    emit changed();
}

bool TipForm::check()
{
    QHash<QString, QString> errors;
    const auto refuse = [&](const Error &error) {
        errors.insert(error.code, sentence(error.code));
    };
    if (auto name = LocalTipRules::checkName(m_tip.name); !name)
        refuse(name.error());
    if (auto texts =
            LocalTipRules::checkDescription(m_tip.description, m_languages, m_defaultLanguage);
        !texts)
        refuse(texts.error());
    if (auto hours = LocalTipRules::checkHours(m_tip.hours, m_languages); !hours)
        refuse(hours.error());
    if (auto minutes = LocalTipRules::checkMinutes(m_tip.minutesOnFoot); !minutes)
        refuse(minutes.error());
    if (auto link = LocalTipRules::checkLink(m_tip.link); !link)
        refuse(link.error());
    if (m_errors.contains(u"unknown_photo"_s))
        errors.insert(u"unknown_photo"_s, m_errors.value(u"unknown_photo"_s));
    setErrors(errors);
    return errors.isEmpty();
}

void TipForm::recheck()
{
    if (!m_errors.isEmpty())
        check();
}

QJsonObject TipForm::saveArgs() const
{
    QJsonObject args{
        {u"name"_s, m_tip.name.trimmed()},         {u"photo"_s, m_tip.photo},
        {u"minutesOnFoot"_s, m_tip.minutesOnFoot}, {u"description"_s, textsJson(m_tip.description)},
        {u"hours"_s, textsJson(m_tip.hours)},      {u"link"_s, m_tip.link.trimmed()}};
    if (m_tip.id > 0)
        args.insert(u"tipId"_s, m_tip.id);
    return args;
}

bool TipForm::showRefusal(const QString &code)
{
    const QString said = sentence(code);
    if (said.isEmpty())
        return false;
    QHash<QString, QString> errors = m_errors;
    errors.insert(code, said);
    setErrors(errors);
    return true;
}

QString TipForm::sentence(const QString &code) const
{
    const auto say = [this](const char *source) {
        return m_say ? m_say(source) : QString::fromUtf8(source);
    };
    if (code == "bad_name"_L1)
        return say(QT_TRANSLATE_NOOP("tableside::TipForm",
                                     "Give the place a name of at most %1 characters."))
            .arg(LocalTipRules::MaxNameLength);
    if (code == "bad_description"_L1)
        return say(QT_TRANSLATE_NOOP("tableside::TipForm",
                                     "Describe the place in %1, the venue's default language, in "
                                     "at most %2 characters for each language."))
            .arg(m_languageName ? m_languageName(m_defaultLanguage) : m_defaultLanguage)
            .arg(LocalTipRules::MaxDescriptionLength);
    if (code == "bad_hours"_L1)
        return say(QT_TRANSLATE_NOOP("tableside::TipForm",
                                     "Opening hours take at most %1 characters in each language."))
            .arg(LocalTipRules::MaxHoursLength);
    if (code == "bad_minutes"_L1)
        return say(QT_TRANSLATE_NOOP("tableside::TipForm", "Minutes on foot: from 0 to %1."))
            .arg(LocalTipRules::MaxMinutesOnFoot);
    if (code == "bad_link"_L1)
        return say(QT_TRANSLATE_NOOP("tableside::TipForm",
                                     "The link is a whole web address that begins with https:// "
                                     "or http://, without spaces, at most %1 characters."))
            .arg(LocalTipRules::MaxLinkLength);
    if (code == "unknown_photo"_L1)
        return say(QT_TRANSLATE_NOOP("tableside::TipForm",
                                     "The hub no longer has this photo: choose it again."));
    return {};
}

void TipForm::setErrors(const QHash<QString, QString> &errors)
{
    if (errors == m_errors)
        return;
    m_errors = errors;
    emit errorsChanged();
}

void TipForm::updateTexts()
{
    QList<QVariantMap> rows;
    for (const QString &language : std::as_const(m_languages)) {
        const QString description = m_tip.description.value(language);
        rows.append({{u"language"_s, language},
                     {u"languageName"_s, m_languageName ? m_languageName(language) : language},
                     {u"isDefault"_s, language == m_defaultLanguage},
                     {u"description"_s, description},
                     {u"hours"_s, m_tip.hours.value(language)},
                     {u"descriptionMissing"_s, m_open && description.trimmed().isEmpty()}});
    }
    m_texts.setRows(rows);
}

} // namespace tableside
