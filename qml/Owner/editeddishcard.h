#pragma once
// The dish being edited as the table's card shows it, at each change of the form: its texts in
// the preview's language through the tables' rule (dinerText), its price written as a table in
// that language writes it, its photo, tags and spice. LiveDishCard.qml lays it on the table's
// own DishCard beside the dish's form.

#include "ownerscreen.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace tableside {

class EditedDishCard : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(tableside::OwnerScreen *owner READ owner WRITE setOwner NOTIFY ownerChanged)
    Q_PROPERTY(QString language READ language NOTIFY changed)
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString description READ description NOTIFY changed)
    Q_PROPERTY(QString price READ price NOTIFY changed)
    Q_PROPERTY(QUrl photo READ photo NOTIFY changed)
    Q_PROPERTY(QStringList dietary READ dietary NOTIFY changed)
    Q_PROPERTY(int spiceLevel READ spiceLevel NOTIFY changed)
    // Hidden dishes are on no table: the card says so instead of pretending.
    Q_PROPERTY(bool hidden READ hidden NOTIFY changed)

public:
    explicit EditedDishCard(QObject *parent = nullptr);

    OwnerScreen *owner() const { return m_owner; }
    void setOwner(OwnerScreen *owner);
    QString language() const { return m_language; }
    bool rightToLeft() const;
    QString name() const { return m_name; }
    QString description() const { return m_description; }
    QString price() const { return m_price; }
    QUrl photo() const { return m_photo; }
    QStringList dietary() const { return m_dietary; }
    int spiceLevel() const { return m_spiceLevel; }
    bool hidden() const { return m_hidden; }

signals:
    void ownerChanged();
    void changed();

private:
    void refresh();

    QPointer<OwnerScreen> m_owner;
    QString m_language;
    QString m_name;
    QString m_description;
    QString m_price;
    QUrl m_photo;
    QStringList m_dietary;
    int m_spiceLevel = 0;
    bool m_hidden = false;
};

} // namespace tableside
