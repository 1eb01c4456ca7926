#include "recommendationsmodel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

QJsonArray idsOf(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}

} // namespace

RecommendationsModel::RecommendationsModel(const MenuIndex &menu, const MenuItemsModel &items,
                                           Beside beside, int shown, QObject *parent)
    : QAbstractListModel(parent)
    , m_menu(menu)
    , m_items(items)
    , m_beside(beside)
    , m_shown(shown)
{}

QJsonObject RecommendationsModel::request(const QList<qint64> &itemIds,
                                          const QStringList &excludeAllergens,
                                          const QStringList &requireDietary,
                                          qsizetype inOrder) const
{
    constexpr qsizetype mostAsked = 10; // recommend.get's limit
    return {{u"itemIds"_s, idsOf(itemIds)},
            {u"excludeAllergens"_s, QJsonArray::fromStringList(excludeAllergens)},
            {u"requireDietary"_s, QJsonArray::fromStringList(requireDietary)},
            {u"limit"_s, int(std::min(mostAsked, m_shown + inOrder))}};
}

void RecommendationsModel::setAnswer(const QJsonObject &result, const QList<qint64> &inOrder)
{
    QList<Row> rows;
    for (const QJsonValue &value : result[u"recommendations"].toArray()) {
        const qint64 itemId = value[u"itemId"].toInteger();
        const MenuItem *item = m_menu.item(itemId);
        if (!item || !item->available || !item->servedNow || inOrder.contains(itemId) ||
            rows.size() == m_shown)
            continue;
        rows.append({itemId, value[u"reason"].toString()});
    }
    setRows(std::move(rows));
}

void RecommendationsModel::clear()
{
    setRows({});
}

void RecommendationsModel::drop(const QList<qint64> &itemIds)
{
    QList<Row> rows = m_rows;
    if (rows.removeIf([&](const Row &row) { return itemIds.contains(row.itemId); }) > 0)
        setRows(std::move(rows));
}

void RecommendationsModel::refresh()
{
    QList<Row> rows = m_rows;
    rows.removeIf([this](const Row &row) { return !m_menu.item(row.itemId); });
    if (rows.size() != m_rows.size()) {
        setRows(std::move(rows));
        return;
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(count() - 1));
}

void RecommendationsModel::setRows(QList<Row> rows)
{
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (countChanges)
        emit countChanged();
}

QJsonArray RecommendationsModel::takeUnreported()
{
    QJsonArray shown;
    for (const Row &row : std::as_const(m_rows)) {
        const QString key = u"%1:%2"_s.arg(row.itemId).arg(row.reason);
        if (m_reported.contains(key))
            continue;
        m_reported.insert(key);
        shown.append(QJsonObject{{u"itemId"_s, row.itemId}, {u"reason"_s, row.reason}});
    }
    return shown;
}

QString RecommendationsModel::reasonOf(qint64 itemId) const
{
    const auto row = std::ranges::find(m_rows, itemId, &Row::itemId);
    return row == m_rows.end() ? QString() : row->reason;
}

QString RecommendationsModel::reasonText(const QString &reason) const
{
    if (reason == u"often_with"_s)
        return m_beside == Beside::Dish ? tr("Often ordered with this")
                                        : tr("Often ordered with your choices");
    if (reason == u"popular_tonight"_s)
        return tr("Popular tonight");
    if (reason == u"owner_pick"_s)
        return tr("The house recommends");
    return {};
}

int RecommendationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant RecommendationsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= count())
        return {};
    const Row &row = m_rows.at(index.row());
    const MenuItem *item = m_menu.item(row.itemId);
    if (!item)
        return {};
    switch (role) {
    case ItemIdRole:
        return row.itemId;
    case NameRole:
        return item->name;
    case PriceRole:
        return m_menu.format(item->price.minorUnits());
    case PhotoRole:
        return m_items.photoUrl(item->photo);
    case ReasonRole:
        return row.reason;
    case ReasonTextRole:
        return reasonText(row.reason);
    case NeedsChoicesRole:
        return requiresChoice(*item);
    case CanAddRole:
        return item->available && item->servedNow;
    default:
        return {};
    }
}

QHash<int, QByteArray> RecommendationsModel::roleNames() const
{
    return {{ItemIdRole, "itemId"},
            {NameRole, "name"},
            {PriceRole, "price"},
            {PhotoRole, "photo"},
            {ReasonRole, "reason"},
            {ReasonTextRole, "reasonText"},
            {NeedsChoicesRole, "needsChoices"},
            {CanAddRole, "canAdd"}};
}

} // namespace tableside
