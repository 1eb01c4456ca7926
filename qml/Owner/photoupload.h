#pragma once
// A photo from a file, for a dish's form or a place of "Explore the area": sent to the hub (POST
// /photos, PROTOCOL.md "HTTP on the hub's port") with the owner device's token; the hub scales it
// and names it by its hash, which the open form then holds. A refusal (not an image, too large,
// no hub) is one sentence and changes nothing.

#include "dishform.h"
#include "venueclient.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <functional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace tableside {

// What a photo is sent for: the open form's key when the file goes (read again when the hub
// answers: a form that has moved on to something else does not take the photo) and how the form
// takes the hub's name for it.
struct PhotoTarget {
    std::function<QString()> key;
    std::function<void(const QString &photo)> take;
};

class PhotoUpload : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the owner's screen")
    Q_PROPERTY(bool uploading READ uploading NOTIFY changed)
    // How much of the file has gone, 0 to 1.
    Q_PROPERTY(double progress READ progress NOTIFY changed)
    // Why the last file was not taken, in words; "" when it was.
    Q_PROPERTY(QString error READ error NOTIFY changed)
    // Where the file dialog opens: the pictures folder, else home.
    Q_PROPERTY(QUrl startFolder READ startFolder CONSTANT)

public:
    static constexpr qint64 MaxBytes = 16 * 1024 * 1024; // the hub's limit for a photo's body
    static constexpr int TimeoutMs = 60000;

    PhotoUpload(VenueClient &client, PhotoTarget target, QObject *parent = nullptr);
    // The dish the form has open.
    PhotoUpload(VenueClient &client, DishForm &form, QObject *parent = nullptr);
    ~PhotoUpload() override;
    // Translates a source text of the context "tableside::PhotoUpload" in the screen's language.
    using Translate = std::function<QString(const char *source)>;
    void setTranslate(Translate translate) { m_translate = std::move(translate); }

    bool uploading() const { return m_reply != nullptr; }
    double progress() const { return m_progress; }
    QString error() const { return m_error; }
    static QUrl startFolder();

    // Sends the file for what the form has open; the form's photo is the hub's name for it once
    // the hub has kept it.
    Q_INVOKABLE void upload(const QUrl &file);
    // Stops a sending photo (the form is left as it was) and forgets the last refusal.
    Q_INVOKABLE void cancel();

    // A refusal in words from the hub's HTTP status and error code ("" for a network error:
    // the hub was not reached).
    QString refusal(int status, const QString &code) const;

signals:
    void changed();
    void uploaded(const QString &photo);

private:
    void onFinished();
    void fail(const QString &why);
    QString say(const char *source) const;

    VenueClient &m_client;
    PhotoTarget m_target;
    Translate m_translate;
    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QString m_targetKey;
    double m_progress = 0;
    QString m_error;
};

} // namespace tableside
