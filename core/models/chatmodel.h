#pragma once
// One party's conversation with the staff, oldest first, as either side sees it: the diner's
// own messages while they are being sent (kept in the outbox) and once the hub has stored them,
// the staff's replies with the hub's time, and how many replies the diner has not seen yet.

#include <QAbstractListModel>
#include <QDateTime>
#include <QLocale>

#include <functional>

namespace tableside {

struct ChatEntry {
    qint64 messageId = 0; // 0 while it is being sent
    QString key;          // the outbox key while it is being sent
    QString from;         // table, host, owner
    QString body;
    QDateTime at; // the hub's time once stored; when it was written until then
};

class ChatModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY changed)
    Q_PROPERTY(int unreadCount READ unreadCount NOTIFY changed)
    Q_PROPERTY(int sendingCount READ sendingCount NOTIFY changed)

public:
    // Whose screen it is: "mine" is the table's messages on a table, the staff's on the floor.
    enum class Side { Table, Staff };

    enum Role {
        MessageIdRole = Qt::UserRole + 1,
        FromRole,
        MineRole,
        TextRole,  // the body; a quick reply in the reader's language
        TimeRole,  // hours and minutes in the reader's language
        StateRole, // "sending" or "sent"
    };
    Q_ENUM(Role)

    explicit ChatModel(Side side, QObject *parent = nullptr);

    // How a stored body reads in the reader's language (quick replies are stored in the venue's).
    void setTextTranslator(std::function<QString(const QString &)> translate);
    void setLocale(const QLocale &locale); // also re-reads every text
    // While the reader has the conversation open, replies arrive read.
    void setReading(bool reading);
    bool reading() const { return m_reading; }

    // This side wrote `body`; the outbox keeps it as `key` until the hub stores it.
    void addSending(const QString &key, const QString &body, const QDateTime &now);
    void confirmed(const QString &key, qint64 messageId);
    // The hub refused it for good; the row goes (the caller gives the text back to the writer).
    void dropSending(const QString &key);
    // A chat.message event, from this device or another; a repeat is ignored.
    void received(qint64 messageId, const QString &from, const QString &body, const QDateTime &at);
    // The whole conversation at once (the floor's, for one table).
    void setEntries(const QList<ChatEntry> &entries);
    void clear();

    int unreadCount() const { return m_unread; }
    int sendingCount() const;
    const QList<ChatEntry> &entries() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void changed();

private:
    bool isMine(const ChatEntry &entry) const;
    void append(const ChatEntry &entry);
    void update(qsizetype row);

    Side m_side;
    std::function<QString(const QString &)> m_translate;
    QLocale m_locale;
    bool m_reading = false;
    int m_unread = 0;
    QList<ChatEntry> m_rows;
};

} // namespace tableside
