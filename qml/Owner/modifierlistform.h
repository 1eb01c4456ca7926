#pragma once
// The owner's form for one modifier list, the choices a dish can offer ("Sides", "Doneness"):
// its name in each language, and its options, each with a name per language and a price change
// read in the screen's locale; options are added, removed and put in order here. What it holds
// becomes one edit of the draft ({"put": "list", …}); why it cannot be saved is said here.

#include "maprowsmodel.h"
#include "menudocument.h"

#include <QJsonObject>
#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace tableside {

class DishForm;

class ModifierListForm : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the owner's screen")
    Q_PROPERTY(QString key READ key NOTIFY changed)
    Q_PROPERTY(bool isNew READ isNew NOTIFY changed)
    // The list's name: {language, languageName, name, nameMissing, isDefault}.
    Q_PROPERTY(tableside::MapRowsModel *texts READ texts CONSTANT)
    // {index, key, names: [{language, languageName, name, nameMissing, isDefault}], priceText,
    //  priceError, first, last}
    Q_PROPERTY(tableside::MapRowsModel *options READ options CONSTANT)
    // The venue's languages, the default first: the columns of the options' names (each option's
    // `names` in this order). Changes only when a list is opened, so the fields stay as typed.
    Q_PROPERTY(QStringList languages READ languages NOTIFY opened)
    Q_PROPERTY(QString problem READ problem NOTIFY changed)
    Q_PROPERTY(bool modified READ modified NOTIFY changed)
    Q_PROPERTY(bool canSave READ canSave NOTIFY changed)

public:
    using Say = std::function<QString(const char *source, int n)>;
    using LanguageName = std::function<QString(const QString &code)>;

    // Prices are read and written as the dish form reads them, in the screen's locale.
    ModifierListForm(Say say, LanguageName languageName, const DishForm &prices,
                     QObject *parent = nullptr);

    // Opens `key` of `document`, or a new list with one empty option when `key` is empty.
    void open(const MenuDocument &document, const QString &key);
    void retranslate();
    const ModifierList &current() const { return m_list; }
    // {"put": "list", "entry": {…}}
    QJsonObject edit() const;

    QString key() const { return m_list.key; }
    bool isNew() const { return m_isNew; }
    MapRowsModel *texts() { return &m_texts; }
    MapRowsModel *options() { return &m_options; }
    QStringList languages() const { return m_languages; }
    QString problem() const;
    bool modified() const { return m_isNew || m_list != m_original || hasPriceError(); }
    bool canSave() const { return modified() && problem().isEmpty(); }

    Q_INVOKABLE void setName(const QString &language, const QString &text);
    Q_INVOKABLE void setOptionName(int index, const QString &language, const QString &text);
    // A price change as typed ("1.50", "-0,50"): it may lower the price as well as raise it.
    Q_INVOKABLE void setOptionPrice(int index, const QString &text);
    Q_INVOKABLE void addOption();
    Q_INVOKABLE void removeOption(int index);
    Q_INVOKABLE void moveOption(int index, int to);

signals:
    void changed();
    void opened();

private:
    struct OptionState {
        QString priceText;
        QString priceError;
        bool keyFromName = false; // new: its key follows its default name
    };

    void refreshRows();
    bool hasPriceError() const;
    QStringList optionKeys(int except) const;

    Say m_say;
    LanguageName m_languageName;
    const DishForm &m_prices;
    MenuDocument m_document;
    QStringList m_languages;
    ModifierList m_original;
    ModifierList m_list;
    QList<OptionState> m_states;
    bool m_isNew = false;
    MapRowsModel m_texts{{"language", "languageName", "name", "nameMissing", "isDefault"},
                         "language"};
    MapRowsModel m_options{{"index", "key", "names", "priceText", "priceError", "first", "last"},
                           {}};
};

} // namespace tableside
