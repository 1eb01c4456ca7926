#include "ownerideas.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tableside {

OwnerIdeas::OwnerIdeas(VenueClient &client, std::function<QString()> pin, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_pin(std::move(pin))
{
    connect(&m_client, &VenueClient::replied, this, &OwnerIdeas::onReplied);
    connect(&m_client, &VenueClient::event, this,
            [this](qint64, const QString &type, const QJsonObject &data, const QDateTime &) {
                m_ideas.applyEvent(type, data);
            });
}

void OwnerIdeas::send(const QString &op, QJsonObject args)
{
    if (op != "idea.board"_L1)
        args.insert(u"pin"_s, m_pin ? m_pin() : QString());
    const QString id = m_client.request(op, args);
    if (id.isEmpty())
        return;
    m_pending.insert(id, op);
    emit busyChanged();
}

void OwnerIdeas::refresh()
{
    send(u"idea.board"_s, {});
}

void OwnerIdeas::setStatus(qint64 ideaId, const QString &status)
{
    send(u"idea.status.set"_s, {{u"ideaId"_s, ideaId}, {u"status"_s, status}});
}

void OwnerIdeas::answer(qint64 ideaId, const QString &text)
{
    send(u"idea.answer"_s, {{u"ideaId"_s, ideaId}, {u"answer"_s, text}});
}

void OwnerIdeas::startMerge(qint64 ideaId)
{
    if (m_mergingId == ideaId)
        return;
    m_mergingId = ideaId;
    emit mergingIdChanged();
}

void OwnerIdeas::cancelMerge()
{
    startMerge(0);
}

void OwnerIdeas::keep(qint64 ideaId)
{
    if (m_mergingId == 0 || m_mergingId == ideaId)
        return;
    send(u"idea.merge"_s, {{u"ideaId"_s, ideaId}, {u"mergeIds"_s, QJsonArray{m_mergingId}}});
    cancelMerge();
}

void OwnerIdeas::setError(const QString &text)
{
    if (text == m_error)
        return;
    m_error = text;
    emit errorChanged();
}

void OwnerIdeas::onReplied(const QString &id, bool ok, const QJsonObject &result, const QString &,
                           const QString &message)
{
    const QString op = m_pending.take(id);
    if (op.isEmpty())
        return;
    emit busyChanged();
    if (!ok) {
        setError(message);
        return;
    }
    setError({});
    if (op == "idea.board"_L1)
        m_ideas.setIdeas(result.value("ideas"_L1).toArray());
    else if (op == "idea.merge"_L1)
        m_ideas.applyEvent(u"idea.merged"_s, result);
    else
        m_ideas.applyEvent(u"idea.changed"_s, result);
}

} // namespace tableside
