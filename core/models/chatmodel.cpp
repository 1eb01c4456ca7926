#include "chatmodel.h"

#include "guesttext.h"

using namespace Qt::StringLiterals;

namespace tableside {

ChatModel::ChatModel(Side side, QObject *parent)
    : QAbstractListModel(parent)
    , m_side(side)
{}

void ChatModel::setTextTranslator(std::function<QString(const QString &)> translate)
{
    m_translate = std::move(translate);
}

void ChatModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {TextRole, TimeRole});
}

void ChatModel::setReading(bool reading)
{
    m_reading = reading;
    if (reading && m_unread > 0) {
        m_unread = 0;
        emit changed();
    }
}

bool ChatModel::isMine(const ChatEntry &entry) const
{
    return (entry.from == u"table"_s) == (m_side == Side::Table);
}

void ChatModel::addSending(const QString &key, const QString &body, const QDateTime &now)
{
    append({0, key, m_side == Side::Table ? u"table"_s : u"host"_s, body, now});
}

void ChatModel::confirmed(const QString &key, qint64 messageId)
{
    const auto sending = std::ranges::find(m_rows, key, &ChatEntry::key);
    if (sending == m_rows.end())
        return;
    // The event may have come first and be in the list already, as another row.
    const auto stored = std::ranges::find(m_rows, messageId, &ChatEntry::messageId);
    if (stored != m_rows.end() && stored != sending) {
        const int row = int(sending - m_rows.begin());
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        emit changed();
        return;
    }
    sending->messageId = messageId;
    sending->key.clear();
    update(sending - m_rows.begin());
}

void ChatModel::dropSending(const QString &key)
{
    const auto sending = std::ranges::find(m_rows, key, &ChatEntry::key);
    if (sending == m_rows.end())
        return;
    const int row = int(sending - m_rows.begin());
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    emit changed();
}

void ChatModel::received(qint64 messageId, const QString &from, const QString &body,
                         const QDateTime &at)
{
    if (messageId <= 0 ||
        std::ranges::find(m_rows, messageId, &ChatEntry::messageId) != m_rows.end())
        return;
    const ChatEntry entry{messageId, {}, from, body, at};
    if (isMine(entry)) {
        // Our own message whose reply is still on its way: it is stored now, at the hub's time.
        for (qsizetype row = 0; row < m_rows.size(); ++row) {
            ChatEntry &sending = m_rows[row];
            if (sending.messageId == 0 && sending.body == body) {
                sending.messageId = messageId;
                sending.key.clear();
                sending.at = at;
                update(row);
                return;
            }
        }
    }
    append(entry);
    if (!isMine(entry) && !m_reading) {
        ++m_unread;
        emit changed();
    }
}

void ChatModel::setEntries(const QList<ChatEntry> &entries)
{
    beginResetModel();
    m_rows = entries;
    endResetModel();
    emit changed();
}

void ChatModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_unread = 0;
    endResetModel();
    emit changed();
}

int ChatModel::sendingCount() const
{
    return int(std::ranges::count(m_rows, 0, &ChatEntry::messageId));
}

void ChatModel::append(const ChatEntry &entry)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(entry);
    endInsertRows();
    emit changed();
}

void ChatModel::update(qsizetype row)
{
    emit dataChanged(index(int(row)), index(int(row)));
    emit changed();
}

int ChatModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ChatModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChatEntry &entry = m_rows.at(index.row());
    switch (role) {
    case MessageIdRole:
        return entry.messageId;
    case FromRole:
        return entry.from;
    case MineRole:
        return isMine(entry);
    case TextRole:
        return displayedGuestText(m_translate ? m_translate(entry.body) : entry.body);
    case TimeRole:
        // The C locale's short format has seconds; a conversation needs hours and minutes.
        return m_locale.language() == QLocale::C
                   ? entry.at.toLocalTime().toString(u"HH:mm"_s)
                   : m_locale.toString(entry.at.toLocalTime().time(), QLocale::ShortFormat);
    case StateRole:
        return entry.messageId ? u"sent"_s : u"sending"_s;
    default:
        return {};
    }
}

QHash<int, QByteArray> ChatModel::roleNames() const
{
    return {{MessageIdRole, "messageId"}, {FromRole, "from"}, {MineRole, "mine"},
            {TextRole, "text"},           {TimeRole, "time"}, {StateRole, "state"}};
}

} // namespace tableside
