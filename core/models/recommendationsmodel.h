#pragma once
// What the table offers beside a dish, or beside its order before it is placed: the hub's
// recommendations (recommend.get), best first, each a dish of the table's menu with why it is
// offered. Names, prices and photos are read from the table's own menu in the diner's language,
// so a change of language or a dish sold out shows at once (refresh).

#include "menuindex.h"
#include "menuitemsmodel.h"

#include <QAbstractListModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace tableside {

class RecommendationsModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        NameRole,
        PriceRole,  // formatted in the menu's locale
        PhotoRole,  // URL
        ReasonRole, // "often_with", "popular_tonight", "owner_pick"
        ReasonTextRole,
        NeedsChoicesRole, // a choice is required: one tap opens the dish instead of adding it
        CanAddRole,       // available and served now
    };
    Q_ENUM(Role)

    // What the recommendations stand beside: one dish open, or the order being made.
    enum class Beside { Dish, Order };

    // shown: how many rows at most (the hub is asked for as many).
    RecommendationsModel(const MenuIndex &menu, const MenuItemsModel &items, Beside beside,
                         int shown, QObject *parent = nullptr);

    // recommend.get's arguments for these dishes under the diner's filters, asking for enough
    // that `inOrder` dishes can be left out.
    QJsonObject request(const QList<qint64> &itemIds, const QStringList &excludeAllergens,
                        const QStringList &requireDietary, qsizetype inOrder = 0) const;
    // The hub's answer: keeps what the table's menu has and can serve now, but the dishes already
    // in the order, as many as shown.
    void setAnswer(const QJsonObject &result, const QList<qint64> &inOrder = {});
    void clear();
    // These dishes went into the order: they are no longer offered, even before the next answer.
    void drop(const QList<qint64> &itemIds);
    // The menu changed (a language, a dish sold out or back): rows read it again; a dish gone
    // from the menu goes from here too.
    void refresh();

    // The rows not yet counted as shown since forgetShown, as recommend.shown's `shown`; from
    // now on they count as shown.
    QJsonArray takeUnreported();
    void forgetShown() { m_reported.clear(); }

    // Why this row's dish is offered; "" when it is not among the rows.
    QString reasonOf(qint64 itemId) const;
    int count() const { return int(m_rows.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    struct Row {
        qint64 itemId = 0;
        QString reason;
    };
    void setRows(QList<Row> rows);
    QString reasonText(const QString &reason) const;

    const MenuIndex &m_menu;
    const MenuItemsModel &m_items;
    const Beside m_beside;
    const int m_shown;
    QList<Row> m_rows;
    QSet<QString> m_reported; // "itemId:reason" counted as shown
};

} // namespace tableside
