#include "ideaboard.h"

#include "ideastatus.h"

using namespace Qt::StringLiterals;

namespace tableside {

IdeaBoard::IdeaBoard(VenueClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_similarTimer.setSingleShot(true);
    m_similarTimer.setInterval(SimilarDelayMs);
    connect(&m_similarTimer, &QTimer::timeout, this, &IdeaBoard::askSimilar);
    connect(&m_client, &VenueClient::replied, this, &IdeaBoard::onReplied);
    connect(&m_client, &VenueClient::event, this,
            [this](qint64, const QString &type, const QJsonObject &data, const QDateTime &) {
                onEvent(type, data);
            });
}

int IdeaBoard::maxLength() const
{
    return IdeaRules::MaxBodyLength;
}

void IdeaBoard::setDraft(const QString &text)
{
    if (text == m_draft)
        return;
    m_draft = text;
    emit draftChanged();
    if (m_draft.trimmed().isEmpty()) {
        m_similarTimer.stop();
        m_similar.clear();
    } else {
        m_similarTimer.start();
    }
}

bool IdeaBoard::canPropose() const
{
    return !sending() && IdeaRules::checkBody(m_draft).ok();
}

void IdeaBoard::setOpen(bool open)
{
    if (open == m_open)
        return;
    m_open = open;
    emit openChanged();
    if (m_open)
        refresh();
}

void IdeaBoard::refresh()
{
    const QString id = m_client.request(u"idea.board"_s, {});
    if (!id.isEmpty())
        m_requests.insert(id, u"board"_s);
}

void IdeaBoard::askSimilar()
{
    const QString text = m_draft.trimmed();
    if (text.isEmpty() || text.size() > IdeaRules::MaxBodyLength)
        return;
    const QString id = m_client.request(u"idea.similar"_s, {{u"body"_s, text}});
    if (!id.isEmpty())
        m_requests.insert(id, u"similar"_s);
}

bool IdeaBoard::propose()
{
    const auto body = IdeaRules::checkBody(m_draft);
    if (!body) {
        setError(refusal(body.error().code, body.error().message));
        return false;
    }
    if (sending())
        return false;
    m_proposing = m_client.request(u"idea.submit"_s, {{u"body"_s, *body}});
    if (m_proposing.isEmpty()) {
        setError(tr("The restaurant cannot be reached; your idea is still here to send."));
        return false;
    }
    dismissError();
    emit draftChanged();
    return true;
}

bool IdeaBoard::vote(qint64 ideaId)
{
    const QString id = m_client.request(u"idea.vote"_s, {{u"ideaId"_s, ideaId}});
    if (id.isEmpty()) {
        setError(tr("The restaurant cannot be reached; try again in a moment."));
        return false;
    }
    m_votes.insert(id, ideaId);
    return true;
}

void IdeaBoard::reset()
{
    setOpen(false);
    setDraft({});
    m_similar.clear();
    m_ideas.clear();
    m_loaded = false;
    emit loadedChanged();
    m_proposedId = 0;
    emit proposedIdChanged();
    dismissError();
    refresh();
}

void IdeaBoard::dismissError()
{
    setError({});
}

void IdeaBoard::setError(const QString &text)
{
    if (text == m_error)
        return;
    m_error = text;
    emit errorChanged();
}

QString IdeaBoard::refusal(const QString &code, const QString &message) const
{
    if (code == "already_voted"_L1)
        return tr("Your table has already voted for this idea.");
    if (code == "bad_request"_L1 && m_draft.trimmed().isEmpty())
        return tr("Write your idea first.");
    if (code == "bad_request"_L1)
        return tr("An idea is at most %1 characters.").arg(IdeaRules::MaxBodyLength);
    if (code == "unknown_idea"_L1)
        return tr("That idea is no longer on the board.");
    return message;
}

void IdeaBoard::onReplied(const QString &id, bool ok, const QJsonObject &result,
                          const QString &code, const QString &message)
{
    if (id == m_proposing) {
        m_proposing.clear();
        if (ok) {
            const QJsonObject idea = result.value("idea"_L1).toObject();
            m_ideas.applyEvent(u"idea.submitted"_s, idea);
            m_proposedId = result.value("ideaId"_L1).toInteger();
            emit proposedIdChanged();
            setDraft({});
        } else {
            setError(refusal(code, message)); // the draft stays to be changed and sent again
        }
        emit draftChanged();
        return;
    }
    if (const auto vote = m_votes.constFind(id); vote != m_votes.cend()) {
        const qint64 asked = *vote;
        m_votes.erase(vote);
        if (!ok) {
            setError(refusal(code, message));
            return;
        }
        // A merged idea's vote is the kept one's: the reply names it.
        const qint64 votedFor = result.value("ideaId"_L1).toInteger(asked);
        const int votes = result.value("votes"_L1).toInt();
        m_ideas.markVoted(votedFor, votes);
        m_similar.markVoted(votedFor, votes);
        m_similar.markVoted(asked, votes);
        return;
    }
    const QString kind = m_requests.take(id);
    if (kind.isEmpty())
        return;
    if (!ok) {
        setError(refusal(code, message));
        return;
    }
    const QJsonArray ideas = result.value("ideas"_L1).toArray();
    if (kind == "board"_L1) {
        m_ideas.setIdeas(ideas);
        if (!m_loaded) {
            m_loaded = true;
            emit loadedChanged();
        }
    } else if (!m_draft.trimmed().isEmpty()) {
        m_similar.setIdeas(ideas);
    }
}

void IdeaBoard::onEvent(const QString &type, const QJsonObject &data)
{
    if (!type.startsWith("idea."_L1))
        return;
    m_ideas.applyEvent(type, data);
    // The similar ideas shown keep their counts and statuses, but gain no new rows.
    if (m_similar.contains(data.value("ideaId"_L1).toInteger()) || type == "idea.merged"_L1)
        m_similar.applyEvent(type == "idea.submitted"_L1 ? u"idea.changed"_s : type, data);
}

} // namespace tableside
