#pragma once
// The dietary tags a diner can ask for (core/domain/dietarytag.h) in the order the filter shows
// them, and whether the menu's filter requires each: the filter's "show only" chips. Their words
// are the screen's (Labels.dietary), as on every dish's badges.

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace tableside {

class MenuFilterModel;

class DietaryTagsModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the table screen")
    // Every code, in the order of the rows: what a card measures its tags by.
    Q_PROPERTY(QStringList codes READ codes CONSTANT)

public:
    enum Role {
        CodeRole = Qt::UserRole + 1, // "vegan", … (dietaryTagCode)
        ChosenRole,                  // the filter shows only dishes with this tag
    };
    Q_ENUM(Role)

    // `filter` outlives the model; the rows follow its required tags.
    explicit DietaryTagsModel(const MenuFilterModel &filter, QObject *parent = nullptr);

    static QStringList codes();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    const MenuFilterModel &m_filter;
};

} // namespace tableside
