#include "menuspreadsheet.h"

#include "hubphotos.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

QString localPath(const QUrl &file)
{
    return file.isLocalFile() ? file.toLocalFile() : file.toString();
}

} // namespace

MenuSpreadsheet::MenuSpreadsheet(VenueClient &client, std::function<QString()> pin, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_pin(std::move(pin))
{}

MenuSpreadsheet::~MenuSpreadsheet()
{
    if (m_reply)
        m_reply->abort();
}

QUrl MenuSpreadsheet::startFolder()
{
    for (const auto where : {QStandardPaths::DocumentsLocation, QStandardPaths::HomeLocation}) {
        const QString folder = QStandardPaths::writableLocation(where);
        if (!folder.isEmpty() && QFileInfo(folder).isDir())
            return QUrl::fromLocalFile(folder);
    }
    return {};
}

QUrl MenuSpreadsheet::suggestedFile()
{
    const QUrl folder = startFolder();
    return folder.isEmpty() ? QUrl() : QUrl::fromLocalFile(folder.toLocalFile() + u"/menu.csv"_s);
}

QString MenuSpreadsheet::say(const char *source) const
{
    return m_translate ? m_translate(source) : QString::fromUtf8(source);
}

QNetworkReply *MenuSpreadsheet::send(const QString &method, const QByteArray &body)
{
    const QUrl url = hubHttpUrl(m_client.hub(), u"/menu/draft.csv"_s);
    if (!url.isValid() || m_client.deviceToken().isEmpty())
        return nullptr;
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_client.deviceToken().toLatin1());
    request.setTransferTimeout(TimeoutMs);
    if (method == u"GET"_s)
        return m_network->get(request);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "text/csv; charset=utf-8");
    request.setRawHeader("X-Tableside-Pin", m_pin ? m_pin().toLatin1() : QByteArray());
    return m_network->post(request, body);
}

void MenuSpreadsheet::exportTo(const QUrl &file)
{
    if (working())
        return;
    clearError();
    const QString path = localPath(file);
    m_reply = send(u"GET"_s, {});
    if (!m_reply)
        return fail(refusal(0, {}, {}));
    connect(m_reply, &QNetworkReply::finished, this, [this, reply = m_reply.data(), path] {
        m_reply = nullptr;
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (status != 200) {
            const QJsonObject error = QJsonDocument::fromJson(body).object()[u"error"_s].toObject();
            return fail(
                refusal(status, error[u"code"_s].toString(), error[u"message"_s].toString()));
        }
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(body) != body.size() || !out.commit())
            return fail(say(QT_TRANSLATE_NOOP("tableside::MenuSpreadsheet",
                                              "The spreadsheet could not be saved there: "
                                              "choose another folder or name.")) +
                        u' ' + out.errorString());
        emit changed();
        emit exported(say(QT_TRANSLATE_NOOP("tableside::MenuSpreadsheet",
                                            "The menu is saved as the spreadsheet %1."))
                          .arg(QFileInfo(path).fileName()));
    });
    emit changed();
}

void MenuSpreadsheet::importFrom(const QUrl &file)
{
    if (working())
        return;
    clearError();
    QFile in(localPath(file));
    if (!in.open(QIODevice::ReadOnly))
        return fail(say(QT_TRANSLATE_NOOP("tableside::MenuSpreadsheet",
                                          "That file cannot be read. Choose another.")));
    if (in.size() > MaxBytes)
        return fail(refusal(413, u"too_large"_s, {}));
    m_reply = send(u"POST"_s, in.readAll());
    if (!m_reply)
        return fail(refusal(0, {}, {}));
    connect(m_reply, &QNetworkReply::finished, this, [this, reply = m_reply.data()] {
        m_reply = nullptr;
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        if (status != 200) {
            const QJsonObject error = answer[u"error"_s].toObject();
            return fail(
                refusal(status, error[u"code"_s].toString(), error[u"message"_s].toString()));
        }
        emit changed();
        emit imported(say(QT_TRANSLATE_NOOP(
            "tableside::MenuSpreadsheet",
            "The spreadsheet is the draft now. Publish to show it on the tables.")));
    });
    emit changed();
}

void MenuSpreadsheet::clearError()
{
    if (m_error.isEmpty())
        return;
    m_error.clear();
    emit changed();
}

void MenuSpreadsheet::fail(const QString &why)
{
    m_error = why;
    emit changed();
}

QString MenuSpreadsheet::refusal(int status, const QString &code, const QString &message) const
{
    if (status == 0)
        return say(QT_TRANSLATE_NOOP("tableside::MenuSpreadsheet",
                                     "The hub cannot be reached. Nothing was changed; try again "
                                     "when it is back."));
    // The hub names every bad row and column in its own words.
    if (code == u"bad_spreadsheet"_s && !message.isEmpty())
        return message;
    if (code == u"pin_wrong"_s)
        return say(QT_TRANSLATE_NOOP("tableside::MenuSpreadsheet",
                                     "That PIN is not right. Nothing was imported."));
    if (code == u"pin_locked"_s)
        return say(QT_TRANSLATE_NOOP("tableside::MenuSpreadsheet",
                                     "Too many wrong PINs: the PIN is locked for a while. "
                                     "Nothing was imported."));
    if (status == 401 || status == 403)
        return say(QT_TRANSLATE_NOOP("tableside::MenuSpreadsheet",
                                     "Only an owner's device and PIN can change the menu."));
    if (status == 413)
        return say(QT_TRANSLATE_NOOP("tableside::MenuSpreadsheet",
                                     "That file is too large: a spreadsheet may be at most 4 MB."));
    if (!message.isEmpty())
        return message;
    return say(QT_TRANSLATE_NOOP("tableside::MenuSpreadsheet",
                                 "The hub could not do it. Nothing was changed; try again."));
}

} // namespace tableside
