// The party's conversation with the staff: the diner's messages go through the outbox like orders
// (nothing lost offline), staff replies come as chat.message events, and quick replies are sent
// in the venue's language but read in the diner's.
#include "tablescreen.h"

#include "chatrepository.h"
#include "displaylanguage.h"
#include "outbox.h"

#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

// What diners most often want from a waiter, one tap each.
constexpr const char *QuickReplies[] = {
    QT_TRANSLATE_NOOP("tableside::TableScreen", "Could we have more bread?"),
    QT_TRANSLATE_NOOP("tableside::TableScreen", "Could we have some more water?"),
    QT_TRANSLATE_NOOP("tableside::TableScreen", "Could we have the dessert menu?"),
    QT_TRANSLATE_NOOP("tableside::TableScreen", "Is our food on its way?"),
    QT_TRANSLATE_NOOP("tableside::TableScreen", "Could we have some napkins?"),
    QT_TRANSLATE_NOOP("tableside::TableScreen", "Thank you!"),
};

} // namespace

QVariantList TableScreen::quickReplies() const
{
    QVariantList replies;
    for (const char *source : QuickReplies)
        replies.append(
            QVariantMap{{u"text"_s, tr(source)}, {u"body"_s, QString::fromUtf8(source)}});
    return replies;
}

QString TableScreen::chatText(const QString &body) const
{
    for (const char *source : QuickReplies)
        if (body == QLatin1StringView(source))
            return tr(source);
    return body;
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

bool TableScreen::sendChat(const QString &body)
{
    const QString text = body.trimmed();
    if (text.isEmpty())
        return false;
    if (text.size() > ChatRepository::MaxBodyLength) {
        setError(tr("That message is too long: at most %1 characters.")
                     .arg(number(ChatRepository::MaxBodyLength)));
        return false;
    }
    if (!m_outbox) {
        setError(tr("This screen cannot send messages: it has no outbox."));
        return false;
    }
    auto key = m_outbox->enqueue(u"chat.send"_s, {{u"body"_s, text}});
    if (!key) {
        setError(key.error().message);
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
