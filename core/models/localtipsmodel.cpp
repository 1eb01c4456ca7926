#include "localtipsmodel.h"

#include "guesttext.h"
#include "hubphotos.h"
#include "menutext.h"
#include "venueclient.h"

using namespace Qt::StringLiterals;

namespace tableside {

LocalTipsModel::LocalTipsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int LocalTipsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tips.size());
}

QVariant LocalTipsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject tip = m_tips.at(index.row()).toObject();
    auto inLanguage = [&](QLatin1StringView field) {
        const QJsonObject texts = tip.value(field).toObject();
        return displayedGuestText(dinerText(texts.value(m_language).toString(),
                                            texts.value(m_defaultLanguage).toString()));
    };
    switch (role) {
    case TipIdRole:
        return tip.value("tipId"_L1).toInteger();
    case NameRole:
        return displayedGuestText(tip.value("name"_L1).toString());
    case DescriptionRole:
        return inLanguage("description"_L1);
    case HoursRole:
        return inLanguage("hours"_L1);
    case MinutesOnFootRole:
        return tip.value("minutesOnFoot"_L1).toInt();
    case LinkRole:
        return tip.value("link"_L1).toString();
    case PhotoRole:
        return photoImageUrl(tip.value("photo"_L1).toString(), m_photoBase);
    case PhotoHashRole:
        return tip.value("photo"_L1).toString();
    case NameTextRole:
        return tip.value("name"_L1).toString();
    case DescriptionTextsRole:
        return tip.value("description"_L1).toObject().toVariantMap();
    case HoursTextsRole:
        return tip.value("hours"_L1).toObject().toVariantMap();
    default:
        return {};
    }
}

QHash<int, QByteArray> LocalTipsModel::roleNames() const
{
    return {{TipIdRole, "tipId"},
            {NameRole, "name"},
            {DescriptionRole, "description"},
            {HoursRole, "hours"},
            {MinutesOnFootRole, "minutesOnFoot"},
            {LinkRole, "link"},
            {PhotoRole, "photo"},
            {PhotoHashRole, "photoHash"},
            {NameTextRole, "nameText"},
            {DescriptionTextsRole, "descriptionTexts"},
            {HoursTextsRole, "hoursTexts"}};
}

void LocalTipsModel::follow(VenueClient &client)
{
    auto ask = [this, &client] { m_pending = client.request(u"tips.get"_s, {}); };
    connect(&client, &VenueClient::stateChanged, this, [ask](VenueClient::State state) {
        if (state == VenueClient::State::Online)
            ask();
    });
    connect(&client, &VenueClient::replied, this,
            [this](const QString &id, bool ok, const QJsonObject &result) {
                if (id != m_pending)
                    return;
                m_pending.clear();
                if (ok)
                    setTips(result);
            });
    connect(&client, &VenueClient::event, this,
            [this](qint64, const QString &type, const QJsonObject &data) {
                if (type == "tips.changed"_L1)
                    setTips(data);
            });
    if (client.state() == VenueClient::State::Online)
        ask();
}

void LocalTipsModel::setTips(const QJsonObject &list)
{
    beginResetModel();
    m_tips = list.value("tips"_L1).toArray();
    m_defaultLanguage = list.value("defaultLanguage"_L1).toString(m_defaultLanguage);
    m_loaded = true;
    endResetModel();
    emit changed();
}

void LocalTipsModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_tips.isEmpty())
        emit dataChanged(index(0), index(int(m_tips.size()) - 1), {DescriptionRole, HoursRole});
}

QVariantMap LocalTipsModel::tip(int row) const
{
    QVariantMap values;
    if (row < 0 || row >= m_tips.size())
        return values;
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.begin(); it != names.end(); ++it)
        values.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return values;
}

QList<qint64> LocalTipsModel::ids() const
{
    QList<qint64> ids;
    for (const QJsonValue &tip : m_tips)
        ids.append(tip[u"tipId"_s].toInteger());
    return ids;
}

int LocalTipsModel::rowOf(qint64 tipId) const
{
    for (qsizetype row = 0; row < m_tips.size(); ++row)
        if (m_tips.at(row)[u"tipId"_s].toInteger() == tipId)
            return int(row);
    return -1;
}

} // namespace tableside
