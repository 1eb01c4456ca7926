#pragma once
// The "Choices" section of a dish's form: which of the venue's modifier lists the dish offers,
// and for each how many options a diner picks there (the dish's own min and max). A min above the
// max or above the list's options is shown as the problem the hub would name (menuProblems()),
// on the row it concerns, before the dish is saved.

#include "maprowsmodel.h"
#include "menudocument.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace tableside {

class DishForm;

class DishChoices : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the owner's screen")
    // One row per list of the venue, the ones the dish offers first in its order:
    // {key, name, optionCount, offered, min, max, problem}.
    Q_PROPERTY(tableside::MapRowsModel *lists READ lists CONSTANT)
    Q_PROPERTY(int problemCount READ problemCount NOTIFY changed)

public:
    using LocalizedName = std::function<QString(const LocalizedText &text)>;

    DishChoices(DishForm &form, LocalizedName localized, QObject *parent = nullptr);

    // The draft the form's dish belongs to (its lists, and the rest of the menu the checks read).
    void setDocument(const MenuDocument &document);
    MapRowsModel *lists() { return &m_lists; }
    int problemCount() const { return m_problemCount; }

    Q_INVOKABLE void setOffered(const QString &list, bool offered);
    Q_INVOKABLE void setMin(const QString &list, int min);
    Q_INVOKABLE void setMax(const QString &list, int max);

    // The problems menuProblems() finds in `list` as `item` offers it, were `item` in `document`.
    static QList<MenuProblem> problemsOfUse(const MenuDocument &document, const DocumentItem &item,
                                            const QString &list);

signals:
    void changed();

private:
    void refresh();

    DishForm &m_form;
    LocalizedName m_localized;
    MenuDocument m_document;
    int m_problemCount = 0;
    MapRowsModel m_lists{{"key", "name", "optionCount", "offered", "min", "max", "problem"}, "key"};
};

} // namespace tableside
