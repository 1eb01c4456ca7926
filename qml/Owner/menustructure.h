#pragma once
// The owner's changes to the menu's structure, each one edit of the draft sent through the
// owner's screen: categories added, renamed, hidden, removed and reordered (CategoryForm); dishes
// added to a category, moved to another, removed behind a confirmation and reordered; the
// venue's modifier lists listed with the dishes that offer them, edited (ModifierListForm) and
// removed; a dish's choices (DishChoices) and tonight's stock (DishStock, live, not the draft).

#include "categoryform.h"
#include "dishchoices.h"
#include "dishstock.h"
#include "maprowsmodel.h"
#include "modifierlistform.h"

#include <QLocale>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace tableside {

class DishForm;
class OwnerScreen;
class VenueClient;

class MenuStructure : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the owner's screen")
    Q_PROPERTY(tableside::CategoryForm *categoryForm READ categoryForm CONSTANT)
    Q_PROPERTY(tableside::ModifierListForm *listForm READ listForm CONSTANT)
    Q_PROPERTY(tableside::DishChoices *choices READ choices CONSTANT)
    Q_PROPERTY(tableside::DishStock *stock READ stock CONSTANT)
    // The venue's modifier lists: {key, name, optionsText, offeredText, canRemove, removeProblem}.
    Q_PROPERTY(tableside::MapRowsModel *lists READ lists CONSTANT)
    // The dish form's category, one of the menu's: {code, name, chosen} (ToggleChips' rows).
    Q_PROPERTY(tableside::MapRowsModel *dishCategories READ dishCategories CONSTANT)
    // The dish in the form is not in the draft yet: its key follows its default name.
    Q_PROPERTY(bool newDish READ newDish NOTIFY dishChanged)
    Q_PROPERTY(QString dishKeyProblem READ dishKeyProblem NOTIFY dishChanged)
    // Waiting for the owner to confirm removing the form's dish; its name, for the question.
    Q_PROPERTY(bool confirmingDishRemoval READ confirmingDishRemoval NOTIFY dishChanged)
    Q_PROPERTY(QString dishName READ dishName NOTIFY dishChanged)

public:
    static constexpr const char *Context = "tableside::MenuStructure";
    using Say = std::function<QString(const char *source, int n)>;
    using LanguageName = std::function<QString(const QString &code)>;
    using LocalizedName = std::function<QString(const LocalizedText &text)>;

    MenuStructure(OwnerScreen &owner, VenueClient &client, DishForm &form, Say say,
                  LanguageName languageName, LocalizedName localized, QObject *parent = nullptr);

    CategoryForm *categoryForm() { return &m_categoryForm; }
    ModifierListForm *listForm() { return &m_listForm; }
    DishChoices *choices() { return &m_choices; }
    DishStock *stock() { return &m_stock; }
    MapRowsModel *lists() { return &m_lists; }
    MapRowsModel *dishCategories() { return &m_dishCategories; }
    bool newDish() const;
    QString dishKeyProblem() const;
    bool confirmingDishRemoval() const { return m_confirmingDishRemoval; }
    QString dishName() const;

    // The draft changed: the lists and forms read it again.
    void refresh();
    // The screen's language changed.
    void setLocale(const QLocale &locale);

    // Categories: a new one's form, an existing one's, saved or removed as one edit each.
    Q_INVOKABLE void addCategory();
    Q_INVOKABLE void openCategory(const QString &key);
    Q_INVOKABLE void saveCategory();
    Q_INVOKABLE void removeCategory();
    Q_INVOKABLE void closeCategory();
    // A drag's drop: the category at row `from` now stands at row `to` (one move edit).
    Q_INVOKABLE void moveCategory(int from, int to);

    // Dishes: a new one in the chosen category, in the same form as an existing one.
    Q_INVOKABLE void addDish();
    Q_INVOKABLE void setDishKey(const QString &key);
    Q_INVOKABLE void setDishCategory(const QString &key);
    Q_INVOKABLE void askRemoveDish();
    Q_INVOKABLE void cancelRemoveDish();
    Q_INVOKABLE void confirmRemoveDish();
    // A drag's drop within the chosen category's dishes.
    Q_INVOKABLE void moveDish(int from, int to);

    // Modifier lists.
    Q_INVOKABLE void openLists();
    Q_INVOKABLE void closeLists();
    Q_INVOKABLE void addList();
    Q_INVOKABLE void openList(const QString &key);
    Q_INVOKABLE void saveList();
    Q_INVOKABLE void closeList();
    Q_INVOKABLE void removeList(const QString &key);

signals:
    void dishChanged();

private:
    void refreshDish();
    QStringList dishesOffering(const QString &list) const;
    QStringList chosenCategoryDishes() const;

    OwnerScreen &m_owner;
    DishForm &m_form;
    Say m_say;
    LanguageName m_languageName;
    LocalizedName m_localized;
    CategoryForm m_categoryForm;
    ModifierListForm m_listForm;
    DishChoices m_choices;
    DishStock m_stock;
    bool m_confirmingDishRemoval = false;
    bool m_dishKeyTyped = false;
    QString m_categoryToSelect; // a new category, chosen once the draft holds it
    QLocale m_locale = QLocale::c();
    MapRowsModel m_lists{
        {"key", "name", "optionsText", "offeredText", "canRemove", "removeProblem"}, "key"};
    MapRowsModel m_dishCategories{{"code", "name", "chosen"}, "code"};
};

} // namespace tableside
