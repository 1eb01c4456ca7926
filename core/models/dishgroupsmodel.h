#pragma once
// The open dish's modifier groups (DishDraft's "groups"), each with its rule, whether the diner
// has chosen enough, whether the sheet marks it as missing, and its options as a model. The rows
// stay while only choices change, so a choice does not make the sheet's groups again.

#include "dishoptionsmodel.h"

#include <QAbstractListModel>

#include <memory>
#include <vector>

namespace tableside {

class DishGroupsModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        GroupIdRole = Qt::UserRole + 1,
        NameRole,
        MinRole,
        MaxRole,
        SatisfiedRole, // at least its minimum is chosen
        MissingRole,   // not satisfied, and the diner asked to add the dish (the sheet marks it)
        OptionsRole,   // DishOptionsModel
    };
    Q_ENUM(Role)

    struct Group {
        qint64 id = 0;
        QString name;
        int min = 0;
        int max = 1;
        QList<DishOptionsModel::Option> options;
        bool operator==(const Group &) const = default;
    };

    explicit DishGroupsModel(QObject *parent = nullptr);
    ~DishGroupsModel() override;

    // The dish's groups; the same groups (names, prices) keep their rows.
    void setGroups(const QList<Group> &groups);
    void setChoices(const QList<qint64> &chosen, bool missingShown);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    QList<Group> m_groups;
    std::vector<std::unique_ptr<DishOptionsModel>> m_options;
    bool m_missingShown = false;
};

} // namespace tableside
