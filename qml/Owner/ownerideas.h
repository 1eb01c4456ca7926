#pragma once
// The ideas board on the owner's screen: every idea live from the hub, moved through its statuses
// (under review, planned, done, declined), answered in public, and merged: the owner picks an idea
// to merge, then the one to keep. Each change is sent with the signed-in owner's PIN.

#include "ideasmodel.h"
#include "venueclient.h"

#include <QObject>
#include <QtQml/qqml.h>

#include <functional>

namespace tableside {

struct OwnerIdeasModelForeign {
    Q_GADGET
    QML_FOREIGN(tableside::IdeasModel)
    QML_NAMED_ELEMENT(IdeasModel)
    QML_UNCREATABLE("Made by the owner's screen")
};

class OwnerIdeas : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the owner's screen")
    Q_PROPERTY(tableside::IdeasModel *ideas READ ideas CONSTANT)
    // The idea waiting to be merged into the one the owner picks next (0: none).
    Q_PROPERTY(int mergingId READ mergingId NOTIFY mergingIdChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // The hub's last refusal in its words; "" when none.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    OwnerIdeas(VenueClient &client, std::function<QString()> pin, QObject *parent = nullptr);

    IdeasModel *ideas() { return &m_ideas; }
    int mergingId() const { return int(m_mergingId); }
    bool busy() const { return !m_pending.isEmpty(); }
    QString error() const { return m_error; }

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void setStatus(qint64 ideaId, const QString &status);
    Q_INVOKABLE void answer(qint64 ideaId, const QString &text);
    Q_INVOKABLE void startMerge(qint64 ideaId);
    Q_INVOKABLE void cancelMerge();
    // Merges the idea waiting (mergingId) into this one.
    Q_INVOKABLE void keep(qint64 ideaId);

signals:
    void mergingIdChanged();
    void busyChanged();
    void errorChanged();

private:
    void send(const QString &op, QJsonObject args);
    void onReplied(const QString &id, bool ok, const QJsonObject &result, const QString &code,
                   const QString &message);
    void setError(const QString &text);

    VenueClient &m_client;
    std::function<QString()> m_pin;
    IdeasModel m_ideas;
    QHash<QString, QString> m_pending; // request id -> op
    qint64 m_mergingId = 0;
    QString m_error;
};

} // namespace tableside
