#pragma once
// The EU's 14 allergens (core/domain/allergen.h) in Annex II order, each named in the diner's
// language and whether the menu's filter leaves out the dishes containing it: the filter's chips,
// and the open dish's allergens as one sentence.

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace tableside {

class MenuFilterModel;

class AllergensModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the table screen")

public:
    enum Role {
        CodeRole = Qt::UserRole + 1, // "gluten", … (allergenCode)
        NameRole,                    // in the diner's language
        ChosenRole,                  // the filter leaves out the dishes that contain it
    };
    Q_ENUM(Role)

    // Translates a source text of the context "tableside::AllergensModel".
    using Translate = std::function<QString(const char *source)>;

    explicit AllergensModel(QObject *parent = nullptr);
    void setTranslate(Translate translate);
    // The diner's language changed: every name is read again.
    void retranslate();
    // The filter whose left-out allergens the rows follow (it outlives the model); none: none is.
    void setFilter(const MenuFilterModel *filter);

    QString name(const QString &code) const;
    // "Contains: Gluten, Milk and Eggs." joined by `listOf`, or that it contains none of the 14.
    QString sentence(const QStringList &codes,
                     const std::function<QString(const QStringList &)> &listOf) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString text(const char *source) const;

    Translate m_translate;
    const MenuFilterModel *m_filter = nullptr;
};

} // namespace tableside
