#pragma once
// The floor's chat inbox, kept from the hub's events: every seated table's conversation with
// the staff, and which tables wrote something no waiter has opened yet (an alert until then).
// A closed table's conversation goes with its party.

#include "chatmodel.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>

namespace tableside {

class ChatInbox : public QObject {
    Q_OBJECT

public:
    struct Unread {
        int table = 0;
        int count = 0;
        QString lastBody;
        QDateTime since; // the oldest message not opened yet
    };

    using QObject::QObject;

    // chat.message and session.closed; true if it changed anything.
    bool apply(const QString &type, const QJsonObject &data, const QDateTime &at);
    QList<ChatEntry> conversation(int table) const { return m_conversations.value(table); }
    // Tables with a conversation kept (seated ones: a closed table's goes with its party).
    int conversationCount() const { return int(m_conversations.size()); }
    // Tables with messages from diners that no waiter has opened, by table number.
    QList<Unread> unread() const;
    // A waiter opened the table's conversation.
    void markRead(int table);

signals:
    void changed(int table);

private:
    QMap<int, QList<ChatEntry>> m_conversations;
    QMap<int, Unread> m_unread;
};

} // namespace tableside
