#include "photoupload.h"

#include "hubphotos.h"
#include "photocache.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace tableside {

PhotoUpload::PhotoUpload(VenueClient &client, PhotoTarget target, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_target(std::move(target))
{}

PhotoUpload::PhotoUpload(VenueClient &client, DishForm &form, QObject *parent)
    : PhotoUpload(
          client,
          {[&form] { return form.key(); }, [&form](const QString &photo) { form.setPhoto(photo); }},
          parent)
{}

PhotoUpload::~PhotoUpload()
{
    if (m_reply)
        m_reply->abort();
}

QUrl PhotoUpload::startFolder()
{
    for (const auto where : {QStandardPaths::PicturesLocation, QStandardPaths::HomeLocation}) {
        const QString folder = QStandardPaths::writableLocation(where);
        if (!folder.isEmpty() && QFileInfo(folder).isDir())
            return QUrl::fromLocalFile(folder);
    }
    return {};
}

QString PhotoUpload::say(const char *source) const
{
    return m_translate ? m_translate(source) : QString::fromUtf8(source);
}

void PhotoUpload::upload(const QUrl &file)
{
    if (uploading())
        return;
    m_error.clear();
    m_progress = 0;
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    QFile source(path);
    if (!source.open(QIODevice::ReadOnly))
        return fail(say(QT_TRANSLATE_NOOP("tableside::PhotoUpload",
                                          "That file cannot be read. Choose another photo.")));
    if (source.size() > MaxBytes)
        return fail(refusal(413, u"too_large"_s));
    const QByteArray bytes = source.readAll();
    const QUrl url = hubHttpUrl(m_client.hub(), u"/photos"_s);
    if (!url.isValid() || m_client.deviceToken().isEmpty())
        return fail(refusal(0, {}));
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_client.deviceToken().toLatin1());
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/octet-stream");
    request.setTransferTimeout(TimeoutMs);
    m_targetKey = m_target.key();
    m_reply = m_network->post(request, bytes);
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        m_progress = total > 0 ? double(sent) / double(total) : 0;
        emit changed();
    });
    connect(m_reply, &QNetworkReply::finished, this, &PhotoUpload::onFinished);
    emit changed();
}

void PhotoUpload::cancel()
{
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_error.clear();
    m_progress = 0;
    emit changed();
}

void PhotoUpload::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    const QString photo = answer[u"photo"_s].toString();
    if ((status == 200 || status == 201) && PhotoCache::isPhotoHash(photo)) {
        m_progress = 1;
        // The form may have moved on to something else meanwhile: the photo is not that one's.
        if (m_target.key() == m_targetKey)
            m_target.take(photo);
        emit changed();
        emit uploaded(photo);
        return;
    }
    fail(refusal(status, answer[u"error"_s][u"code"_s].toString()));
}

void PhotoUpload::fail(const QString &why)
{
    m_error = why;
    m_progress = 0;
    emit changed();
}

QString PhotoUpload::refusal(int status, const QString &code) const
{
    if (status == 0)
        return say(QT_TRANSLATE_NOOP("tableside::PhotoUpload",
                                     "The hub cannot be reached, so the photo was not sent. "
                                     "Try again when it is back."));
    if (code == u"not_an_image"_s || status == 415)
        return say(QT_TRANSLATE_NOOP("tableside::PhotoUpload",
                                     "That file is not a photo the hub can read: choose a JPEG "
                                     "or PNG image."));
    if (code == u"photo_too_large"_s)
        return say(QT_TRANSLATE_NOOP("tableside::PhotoUpload",
                                     "That photo has too many pixels: at most 50 megapixels."));
    if (status == 413)
        return say(QT_TRANSLATE_NOOP("tableside::PhotoUpload",
                                     "That file is too large: a photo may be at most 16 MB."));
    if (status == 401 || status == 403)
        return say(QT_TRANSLATE_NOOP("tableside::PhotoUpload",
                                     "The hub does not take photos from this device: only an "
                                     "owner's device may add them."));
    return say(QT_TRANSLATE_NOOP("tableside::PhotoUpload",
                                 "The hub could not keep the photo. Try again."));
}

} // namespace tableside
