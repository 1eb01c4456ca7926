#pragma once
// One modifier group's options on the open dish (DishGroupsModel's "options"): name, price
// difference and whether the diner has chosen it.

#include <QAbstractListModel>

namespace tableside {

class DishOptionsModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount CONSTANT)

public:
    enum Role {
        OptionIdRole = Qt::UserRole + 1,
        NameRole,
        DeltaRole, // "+€1.00", or empty when the option costs nothing more
        ChosenRole,
    };
    Q_ENUM(Role)

    struct Option {
        qint64 id = 0;
        QString name;
        QString delta;
        bool operator==(const Option &) const = default;
    };

    explicit DishOptionsModel(QList<Option> options, QObject *parent = nullptr);

    const QList<Option> &options() const { return m_options; }
    // The chosen options of the whole dish; this group's rows follow.
    void setChosen(const QList<qint64> &chosen);
    // How many of this group's options are among the chosen.
    int chosenCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Option> m_options;
    QList<qint64> m_chosen;
};

} // namespace tableside
