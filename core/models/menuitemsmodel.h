#pragma once
// Every dish of the menu in one language, as rows QML binds to.

#include "menu.h"
#include "servinghours.h"

#include <QAbstractListModel>
#include <QLocale>
#include <QUrl>

namespace tableside {

class MenuItemsModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        CategoryIdRole,
        CategoryNameRole,
        NameRole,
        DescriptionRole,
        PriceRole,      // formatted in the model's locale
        PriceMinorRole, // integer minor units
        PhotoRole,      // URL
        AvailableRole,
        AllergensRole, // EU-14 codes
        DietaryRole,   // dietary tag codes
        SpiceLevelRole,
        HasChoicesRole,
        LongerWaitRole,   // its kitchen station is behind
        ServedNowRole,    // within its windows and its category's now: it can be added
        ServingHoursRole, // its hours in words ("Served from 17:00."); "" when always served
    };
    Q_ENUM(Role)

    explicit MenuItemsModel(QObject *parent = nullptr);

    void setMenu(const Menu &menu, const QLocale &locale);
    void setPhotoBase(const QUrl &base) { m_photoBase = base; }
    // A dish's photo as an Image's source: one of the venue's library (its SHA-256) through
    // image://photo, a file the program ships under the photo base.
    QUrl photoUrl(const QString &photo) const;
    // Follows a live change of one dish's availability.
    void setAvailable(qint64 itemId, bool available);
    // Follows a kitchen station falling behind or catching up: all its dishes at once.
    void setStationBehind(const QString &station, bool behind);
    // Follows the venue's clock across a window's edge (ServingWatch).
    void judgeServing(const QDateTime &now, const QTimeZone &zone, const ServingHours &words);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    const MenuItem *itemById(qint64 itemId) const;

signals:
    void countChanged();

private:
    struct Row {
        MenuItem item;
        QString categoryName;
        QString servingHours{};
    };
    QList<Row> m_rows;
    QLocale m_locale;
    QUrl m_photoBase;
};

} // namespace tableside
