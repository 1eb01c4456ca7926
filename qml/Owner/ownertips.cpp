#include "ownertips.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tableside {

OwnerTips::OwnerTips(VenueClient &client, std::function<QString()> pin, Say say,
                     TipForm::LanguageName languageName, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_pin(std::move(pin))
    , m_say(std::move(say))
    , m_form(m_say, std::move(languageName))
    , m_photoUpload(client, {[this] { return m_form.key(); },
                             [this](const QString &photo) { m_form.setPhoto(photo); }})
{
    // The demo venue's places name photos the program ships, as the tables read them.
    m_tips.setPhotoBase(QUrl(u"qrc:/demo/photos/"_s));
    m_tips.follow(m_client);
    connect(&m_client, &VenueClient::replied, this,
            [this](const QString &id, bool ok, const QJsonObject &, const QString &code) {
                onReplied(id, ok, code);
            });
    // A place removed on another screen takes its confirmation with it.
    connect(&m_tips, &LocalTipsModel::changed, this, [this] {
        if (m_removingId != 0 && m_tips.rowOf(m_removingId) < 0)
            cancelRemove();
    });
}

QString OwnerTips::removingName() const
{
    return m_tips.tip(m_tips.rowOf(m_removingId)).value(u"nameText"_s).toString();
}

void OwnerTips::setLanguage(const QString &code)
{
    m_tips.setLanguage(code);
}

void OwnerTips::setLanguages(const QString &defaultLanguage, const QStringList &languages)
{
    m_form.setLanguages(defaultLanguage, languages);
}

void OwnerTips::setPhotoTranslate(PhotoUpload::Translate translate)
{
    m_photoUpload.setTranslate(std::move(translate));
}

void OwnerTips::add()
{
    setError({});
    m_photoUpload.cancel();
    m_form.openNew();
}

void OwnerTips::edit(int tipId)
{
    const int row = m_tips.rowOf(tipId);
    if (row < 0)
        return;
    setError({});
    m_photoUpload.cancel();
    m_form.openTip(m_tips.tip(row));
}

void OwnerTips::closeForm()
{
    m_photoUpload.cancel();
    m_form.close();
    setError({});
}

void OwnerTips::save()
{
    if (!m_form.isOpen() || busy() || m_photoUpload.uploading() || !m_form.check())
        return;
    send(u"tips.save"_s, m_form.saveArgs());
}

void OwnerTips::moveUp(int tipId)
{
    move(tipId, -1);
}

void OwnerTips::moveDown(int tipId)
{
    move(tipId, +1);
}

void OwnerTips::move(int tipId, int by)
{
    QList<qint64> ids = m_tips.ids();
    const qsizetype from = ids.indexOf(tipId);
    const qsizetype to = from + by;
    if (from < 0 || to < 0 || to >= ids.size() || busy())
        return;
    ids.move(from, to);
    QJsonArray order;
    for (const qint64 id : std::as_const(ids))
        order.append(id);
    send(u"tips.reorder"_s, {{u"tipIds"_s, order}});
}

void OwnerTips::askRemove(int tipId)
{
    if (m_tips.rowOf(tipId) < 0 || m_removingId == tipId)
        return;
    m_removingId = tipId;
    emit removingChanged();
}

void OwnerTips::cancelRemove()
{
    if (m_removingId == 0)
        return;
    m_removingId = 0;
    emit removingChanged();
}

void OwnerTips::confirmRemove()
{
    if (m_removingId == 0 || busy())
        return;
    send(u"tips.delete"_s, {{u"tipId"_s, m_removingId}});
}

void OwnerTips::leave()
{
    closeForm();
    cancelRemove();
}

void OwnerTips::send(const QString &op, QJsonObject args)
{
    args.insert(u"pin"_s, m_pin ? m_pin() : QString());
    const QString id = m_client.request(op, args);
    if (id.isEmpty())
        return setError(refusal({}));
    setError({});
    m_pending.insert(id, op);
    emit busyChanged();
}

void OwnerTips::onReplied(const QString &id, bool ok, const QString &code)
{
    const QString op = m_pending.take(id);
    if (op.isEmpty())
        return;
    emit busyChanged();
    if (op == "tips.delete"_L1)
        cancelRemove();
    if (ok) {
        // The list itself follows the hub's tips.changed event, as every screen's does.
        if (op == "tips.save"_L1)
            closeForm();
        return;
    }
    if (op == "tips.save"_L1 && m_form.showRefusal(code))
        return;
    setError(refusal(code));
}

void OwnerTips::setError(const QString &text)
{
    if (text == m_error)
        return;
    m_error = text;
    emit errorChanged();
}

QString OwnerTips::refusal(const QString &code) const
{
    const auto say = [this](const char *source) {
        return m_say ? m_say(source) : QString::fromUtf8(source);
    };
    if (code == "too_many_tips"_L1)
        return say(QT_TRANSLATE_NOOP("tableside::OwnerTips",
                                     "The list is full: remove a place to add another."));
    if (code == "unknown_tip"_L1)
        return say(
            QT_TRANSLATE_NOOP("tableside::OwnerTips", "That place was removed on another screen."));
    if (code == "pin_wrong"_L1 || code == "pin_locked"_L1 || code == "pin_required"_L1)
        return say(QT_TRANSLATE_NOOP("tableside::OwnerTips",
                                     "The hub no longer takes this PIN: lock the screen and sign "
                                     "in again."));
    if (code == "forbidden"_L1)
        return say(QT_TRANSLATE_NOOP("tableside::OwnerTips",
                                     "Only an owner's PIN can change Explore the area."));
    if (code.isEmpty())
        return say(QT_TRANSLATE_NOOP("tableside::OwnerTips",
                                     "The hub cannot be reached, so nothing was changed. Try again "
                                     "when it is back."));
    return say(
        QT_TRANSLATE_NOOP("tableside::OwnerTips", "The hub could not keep the change. Try again."));
}

} // namespace tableside
