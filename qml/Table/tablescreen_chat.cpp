// The party's conversation with the staff: the diner's messages go through the outbox like orders
// (nothing lost offline), staff replies come as chat.message events, and quick replies are sent
// in the venue's language but read in the diner's.
#include "tablescreen.h"

#include "inputlimits.h"
#include "outbox.h"

using namespace Qt::StringLiterals;

namespace tableside {

QString TableScreen::chatText(const QString &body) const
{
    return m_quickReplies.textOf(body);
}

void TableScreen::setChatOpen(bool open)
{
    if (open == m_chatOpen)
        return;
    m_chatOpen = open;
    m_chat.setReading(open);
    emit chatOpenChanged();
}

void TableScreen::setChatDraft(const QString &text)
{
    if (text == m_chatDraft)
        return;
    m_chatDraft = text;
    emit chatDraftChanged();
}

bool TableScreen::canSendChat() const
{
    return InputLimits::isSendableMessage(m_chatDraft);
}

bool TableScreen::sendChat(const QString &body)
{
    const QString text = body.trimmed();
    if (text.isEmpty())
        return false;
    if (!InputLimits::isSendableMessage(text)) {
        setError(tr("That message is too long: at most %Ln character(s).", nullptr,
                    InputLimits::MaxMessageLength));
        return false;
    }
    if (!m_outbox) {
        setError(tr("This screen cannot send messages: it has no outbox."));
        return false;
    }
    auto key = m_outbox->enqueue(u"chat.send"_s, {{u"body"_s, text}});
    if (!key) {
        setError(messageRefused(key.error().message));
        return false;
    }
    m_chat.addSending(*key, text, m_clock.now());
    if (text == m_chatDraft.trimmed())
        setChatDraft({});
    return true;
}

void TableScreen::onChatEvent(const QJsonObject &data, const QDateTime &at)
{
    m_chat.received(data[u"messageId"].toInteger(), data[u"from"].toString(),
                    data[u"body"].toString(), at);
}

} // namespace tableside
