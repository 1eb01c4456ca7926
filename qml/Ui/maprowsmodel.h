#pragma once
// A list the screens hand to QML as a model, not as a list of maps: each row a map whose keys are
// the roles. Rows that keep their key (a line's id) are updated in place, so a view keeps its
// place and its delegates when a status changes; anything else resets the list.

#include <QAbstractListModel>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace tableside {

class MapRowsModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the screens")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    // roles: the keys of each row, in order; key: the role that names a row (empty: its place).
    MapRowsModel(QList<QByteArray> roles, QByteArray key, QObject *parent = nullptr);

    void setRows(const QList<QVariantMap> &rows);
    const QList<QVariantMap> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    QList<QByteArray> m_roles;
    QString m_key;
    QList<QVariantMap> m_rows;
};

} // namespace tableside
