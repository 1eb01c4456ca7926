#pragma once
// "Explore the area" on the owner's screen: the places the tables recommend, live from the hub,
// added and edited in a form (TipForm, its photo sent from a file), moved up and down, and removed
// once the owner confirms. Each change is sent with the signed-in owner's PIN; the tables follow
// every change at once (tips.changed).

#include "localtipsmodel.h"
#include "photoupload.h"
#include "tipform.h"
#include "venueclient.h"

#include <QObject>
#include <QtQml/qqml.h>

#include <functional>

namespace tableside {

struct OwnerLocalTipsModelForeign {
    Q_GADGET
    QML_FOREIGN(tableside::LocalTipsModel)
    QML_NAMED_ELEMENT(LocalTipsModel)
    QML_UNCREATABLE("Made by the owner's screen")
};

class OwnerTips : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the owner's screen")
    Q_PROPERTY(tableside::LocalTipsModel *tips READ tips CONSTANT)
    Q_PROPERTY(tableside::TipForm *form READ form CONSTANT)
    Q_PROPERTY(tableside::PhotoUpload *photoUpload READ photoUpload CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // A refusal that is not about one field of the form, in words; "" when none.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    // The place waiting for the owner to confirm its removal (0: none), and its name.
    Q_PROPERTY(int removingId READ removingId NOTIFY removingChanged)
    Q_PROPERTY(QString removingName READ removingName NOTIFY removingChanged)

public:
    static constexpr const char *Context = "tableside::OwnerTips";
    using Say = std::function<QString(const char *source)>;

    OwnerTips(VenueClient &client, std::function<QString()> pin, Say say,
              TipForm::LanguageName languageName, QObject *parent = nullptr);

    LocalTipsModel *tips() { return &m_tips; }
    TipForm *form() { return &m_form; }
    PhotoUpload *photoUpload() { return &m_photoUpload; }
    bool busy() const { return !m_pending.isEmpty(); }
    QString error() const { return m_error; }
    int removingId() const { return int(m_removingId); }
    QString removingName() const;

    // The screen's language (the list's texts) and the venue's (the form's fields).
    void setLanguage(const QString &code);
    void setLanguages(const QString &defaultLanguage, const QStringList &languages);
    void setPhotoTranslate(PhotoUpload::Translate translate);

    Q_INVOKABLE void add();
    Q_INVOKABLE void edit(int tipId);
    // Closes the form; a photo still being sent is let go.
    Q_INVOKABLE void closeForm();
    // Checks the form, then sends it; it closes once the hub has kept the place.
    Q_INVOKABLE void save();
    // One place up or down the list, as the tables list them.
    Q_INVOKABLE void moveUp(int tipId);
    Q_INVOKABLE void moveDown(int tipId);
    Q_INVOKABLE void askRemove(int tipId);
    Q_INVOKABLE void cancelRemove();
    Q_INVOKABLE void confirmRemove();
    // Leaving the page: the form, a removal asked and the last refusal are let go.
    void leave();

signals:
    void busyChanged();
    void errorChanged();
    void removingChanged();

private:
    void move(int tipId, int by);
    void send(const QString &op, QJsonObject args);
    void onReplied(const QString &id, bool ok, const QString &code);
    void setError(const QString &text);
    QString refusal(const QString &code) const;

    VenueClient &m_client;
    std::function<QString()> m_pin;
    Say m_say;
    LocalTipsModel m_tips;
    TipForm m_form;
    PhotoUpload m_photoUpload;
    QHash<QString, QString> m_pending; // request id -> op
    qint64 m_removingId = 0;
    QString m_error;
};

} // namespace tableside
