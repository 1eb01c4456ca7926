#pragma once
// The menu's categories in one language, for the category rail.

#include "menu.h"
#include "servinghours.h"

#include <QAbstractListModel>

namespace tableside {

class CategoriesModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        CategoryIdRole = Qt::UserRole + 1,
        NameRole,
        DescriptionRole,
        ItemCountRole,
        ServedNowRole, // within its windows now: its dishes can be added
        HoursRole,     // its hours in words ("Served 12:00–15:00 on weekdays."); "" for always
    };
    Q_ENUM(Role)

    explicit CategoriesModel(QObject *parent = nullptr)
        : QAbstractListModel(parent)
    {}

    void setMenu(const Menu &menu);
    // Follows the venue's clock across a window's edge (ServingWatch).
    void judgeServing(const QDateTime &now, const QTimeZone &zone, const ServingHours &words);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE qint64 categoryIdAt(int row) const;

signals:
    void countChanged();

private:
    struct Row {
        qint64 id;
        QString name;
        QString description;
        int itemCount;
        QList<AvailabilityWindow> windows;
        bool servedNow = true;
        QString hours{};
    };
    QList<Row> m_rows;
};

} // namespace tableside
