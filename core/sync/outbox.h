#pragma once
// A table device's own small SQLite file of commands that must not be lost: each is written here,
// durably, before it is sent, and stays until the hub has answered it.

#include "clock.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

namespace tableside {

struct OutboxEntry {
    QString key; // the idempotency key; also in args as "key"
    QString op;
    QJsonObject args;
    QDateTime createdAt; // UTC
};

class Outbox : public QObject {
    Q_OBJECT
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingCountChanged)

public:
    static constexpr qint32 ApplicationId = 0x54424F58; // "TBOX": refuse other files

    Outbox(QString path, const Clock &clock, QObject *parent = nullptr);
    ~Outbox() override;

    // Creates the file if needed; refuses a file that belongs to something else.
    Result<void> open();
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }

    // Stores the command (fsynced) and returns its key: args["key"] when the caller made one,
    // else a new UUID, written into args so every resend carries the same key. Enqueueing a
    // key that is already waiting changes nothing.
    Result<QString> enqueue(const QString &op, QJsonObject args);
    // Oldest first.
    Result<QList<OutboxEntry>> pending() const;
    // On the hub's verdict; removing a key that is not there is not an error.
    Result<void> remove(const QString &key);

    int pendingCount() const { return m_pendingCount; }

signals:
    void enqueued(const QString &key);
    void pendingCountChanged();

private:
    Result<void> createSchema(const QSqlDatabase &db);
    void refreshCount();

    QString m_path;
    const Clock &m_clock;
    QString m_connectionName;
    bool m_open = false;
    int m_pendingCount = 0;
};

} // namespace tableside
