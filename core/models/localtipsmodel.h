#pragma once
// "Explore the area" as a screen shows it: the owner's local tips in their order, kept live from
// the hub (tips.get whenever the client is online, then every tips.changed event). Each tip's
// description and hours are in the screen's language, or the venue's default language's where
// that one has none; the texts come isolated (displayedGuestText), and as written for the owner's
// form. The table's sheet and the owner's list both read it.

#include <QAbstractListModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace tableside {

class VenueClient;

class LocalTipsModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY changed)
    // The hub's list has been read since the client came online.
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)

public:
    enum Role {
        TipIdRole = Qt::UserRole + 1,
        NameRole,             // isolated for display
        DescriptionRole,      // in the screen's language (or the default's), isolated
        HoursRole,            // likewise; "" when the owner wrote none
        MinutesOnFootRole,    // 0..180
        LinkRole,             // as stored: what the QR code holds
        PhotoRole,            // a URL an Image reads; empty for none
        PhotoHashRole,        // as stored
        NameTextRole,         // the name as written, for the owner's form
        DescriptionTextsRole, // language -> text as written (QVariantMap)
        HoursTextsRole        // language -> text as written (QVariantMap)
    };
    Q_ENUM(Role)

    explicit LocalTipsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Reads the tips whenever `client` comes online and follows its tips.changed events.
    void follow(VenueClient &client);
    // The hub's list (tips.get's reply, a tips.changed event's data): replaces all; its
    // defaultLanguage is what a text falls back to.
    void setTips(const QJsonObject &list);
    // The language the texts are shown in.
    void setLanguage(const QString &language);
    // Where shipped photos (the demo's) are read from; a hash is read from the hub.
    void setPhotoBase(const QUrl &base) { m_photoBase = base; }

    bool loaded() const { return m_loaded; }
    Q_INVOKABLE QVariantMap tip(int row) const; // every role by name; empty past the end
    QList<qint64> ids() const;
    int rowOf(qint64 tipId) const;

signals:
    void changed();

private:
    QJsonArray m_tips;
    QString m_language = QStringLiteral("en");
    QString m_defaultLanguage = QStringLiteral("en");
    QUrl m_photoBase;
    QString m_pending; // the tips.get asked
    bool m_loaded = false;
};

} // namespace tableside
