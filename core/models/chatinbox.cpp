#include "chatinbox.h"

using namespace Qt::StringLiterals;

namespace tableside {

bool ChatInbox::apply(const QString &type, const QJsonObject &data, const QDateTime &at)
{
    const int table = data[u"table"].toInt();
    if (type == u"session.closed"_s) {
        const bool had = m_conversations.remove(table) + m_unread.remove(table) > 0;
        if (had)
            emit changed(table);
        return had;
    }
    if (type != u"chat.message"_s)
        return false;
    QList<ChatEntry> &conversation = m_conversations[table];
    const qint64 id = data[u"messageId"].toInteger();
    if (std::ranges::find(conversation, id, &ChatEntry::messageId) != conversation.end())
        return false;
    const ChatEntry entry{id, {}, data[u"from"].toString(), data[u"body"].toString(), at};
    conversation.append(entry);
    if (entry.from == u"table"_s) {
        Unread &unread = m_unread[table];
        unread.table = table;
        unread.count += 1;
        unread.lastBody = entry.body;
        if (!unread.since.isValid())
            unread.since = at;
    }
    emit changed(table);
    return true;
}

QList<ChatInbox::Unread> ChatInbox::unread() const
{
    return m_unread.values();
}

void ChatInbox::markRead(int table)
{
    if (m_unread.remove(table) > 0)
        emit changed(table);
}

} // namespace tableside
