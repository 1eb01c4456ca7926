#pragma once
// The owner's form for one dish: its texts in each of the venue's languages (the missing ones
// marked), price, course, station, spice, allergens, dietary tags, hidden and the house's pick.
// What it holds becomes one edit of the draft ({"put": "dish", …}); the rules of what is valid are
// here, not in QML.

#include "maprowsmodel.h"
#include "menudocument.h"
#include "windowsform.h"

#include <QJsonObject>
#include <QLocale>
#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace tableside {

class DishForm : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the owner's screen")
    Q_PROPERTY(QString key READ key NOTIFY changed)
    // One row per language of the venue, the default first: {language, languageName, name,
    // description, nameMissing, descriptionMissing, isDefault}.
    Q_PROPERTY(tableside::MapRowsModel *texts READ texts CONSTANT)
    Q_PROPERTY(QString priceText READ priceText NOTIFY changed)
    // Why the price cannot be saved, in words; "" when it can.
    Q_PROPERTY(QString priceError READ priceError NOTIFY changed)
    Q_PROPERTY(QString course READ course NOTIFY changed)
    Q_PROPERTY(QStringList courses READ courses CONSTANT)
    Q_PROPERTY(QString station READ station NOTIFY changed)
    Q_PROPERTY(QStringList stations READ stations NOTIFY changed)
    Q_PROPERTY(int spiceLevel READ spiceLevel NOTIFY changed)
    Q_PROPERTY(int maxSpiceLevel READ maxSpiceLevel CONSTANT)
    // The EU's 14 and the dietary tags: {code, name, chosen}.
    Q_PROPERTY(tableside::MapRowsModel *allergens READ allergens CONSTANT)
    Q_PROPERTY(tableside::MapRowsModel *dietary READ dietary CONSTANT)
    Q_PROPERTY(bool hidden READ hidden NOTIFY changed)
    // The owner's pick: recommended to diners beside other dishes while the venue's own orders
    // are too few to tell what goes together.
    Q_PROPERTY(bool pick READ pick NOTIFY changed)
    // Its photo's hash in the venue's library ("" for none) and that photo as the tables show it.
    Q_PROPERTY(QString photo READ photo NOTIFY changed)
    Q_PROPERTY(QUrl photoUrl READ photoUrl NOTIFY changed)
    // When it is served (its availability windows).
    Q_PROPERTY(tableside::WindowsForm *windows READ windows CONSTANT)
    // Something differs from the dish as the draft holds it.
    Q_PROPERTY(bool modified READ modified NOTIFY changed)
    Q_PROPERTY(bool canSave READ canSave NOTIFY changed)

public:
    // Names a code in the screen's language ("gluten" -> "Gluten"); the language's own name.
    using Namer = std::function<QString(const QString &kind, const QString &code)>;

    explicit DishForm(QObject *parent = nullptr);
    void setNamer(Namer namer) { m_namer = std::move(namer); }
    // Translates a source text of the context "tableside::DishForm" in the screen's language.
    using Translate = std::function<QString(const char *source)>;
    void setTranslate(Translate translate) { m_translate = std::move(translate); }
    void setLocale(const QLocale &locale);

    // Opens `item` of `document` (its languages and the stations its dishes use).
    void open(const MenuDocument &document, const DocumentItem &item);
    const DocumentItem &original() const { return m_original; }
    // The dish as the form holds it now (the price as last typed, when it reads).
    DocumentItem current() const { return m_item; }
    // The draft's edit that saves the form: {"put": "dish", "entry": {…}}.
    QJsonObject edit() const;

    QString key() const { return m_item.key; }
    MapRowsModel *texts() { return &m_texts; }
    MapRowsModel *allergens() { return &m_allergens; }
    MapRowsModel *dietary() { return &m_dietary; }
    WindowsForm *windows() { return &m_windows; }
    QString priceText() const { return m_priceText; }
    QString priceError() const { return m_priceError; }
    QString course() const { return m_item.course; }
    static QStringList courses() { return courseCodes(); }
    QString station() const { return m_item.station; }
    QStringList stations() const { return m_stations; }
    int spiceLevel() const { return m_item.spiceLevel; }
    static int maxSpiceLevel() { return MenuLimits::MaxSpiceLevel; }
    bool hidden() const { return m_item.hidden; }
    bool pick() const { return m_item.pick; }
    QString photo() const { return m_item.photo; }
    QUrl photoUrl() const;
    bool modified() const { return m_item != m_original || !m_priceError.isEmpty(); }
    bool canSave() const { return modified() && m_priceError.isEmpty(); }

    Q_INVOKABLE void setName(const QString &language, const QString &text);
    Q_INVOKABLE void setDescription(const QString &language, const QString &text);
    // The price as the owner types it, in major units ("7.25", "7,25" or "٧٫٢٥").
    Q_INVOKABLE void setPriceText(const QString &text);
    Q_INVOKABLE void setCourse(const QString &code);
    Q_INVOKABLE void setStation(const QString &code);
    Q_INVOKABLE void setSpiceLevel(int level);
    Q_INVOKABLE void toggleAllergen(const QString &code);
    Q_INVOKABLE void toggleDietary(const QString &code);
    Q_INVOKABLE void setHidden(bool hidden);
    Q_INVOKABLE void setPick(bool pick);
    // A photo of the venue's library by its hash (PhotoUpload gives it); "" removes the photo.
    Q_INVOKABLE void setPhoto(const QString &photo);
    // Set by the form's own sections: a new dish's key, its category, the lists it offers.
    void setKey(const QString &key);
    void setCategory(const QString &category);
    void setModifiers(const QList<ModifierUse> &modifiers);
    // A course, station or spice level in the screen's language.
    Q_INVOKABLE QString label(const QString &kind, const QString &code) const;
    // The price in major units as the screen's locale writes it ("7.25").
    QString formatPrice(qint64 minor) const;
    // Major units read in the screen's locale or as digits with a point; nullopt when unreadable.
    std::optional<qint64> readPrice(const QString &text) const;

signals:
    void changed();

private:
    void refreshRows();
    QString say(const char *source) const;

    Namer m_namer;
    Translate m_translate;
    QLocale m_locale = QLocale::c();
    QStringList m_languages;
    QString m_defaultLanguage;
    QStringList m_stations;
    DocumentItem m_original;
    DocumentItem m_item;
    QString m_priceText;
    QString m_priceError;
    MapRowsModel m_texts{{"language", "languageName", "name", "description", "nameMissing",
                          "descriptionMissing", "isDefault"},
                         "language"};
    MapRowsModel m_allergens{{"code", "name", "chosen"}, "code"};
    MapRowsModel m_dietary{{"code", "name", "chosen"}, "code"};
    WindowsForm m_windows;
};

} // namespace tableside
