#pragma once
// What a diner can call a waiter for (help, water, cutlery, something else; the bill has a button
// of its own), and whether a call of each kind is already out: the call sheet's buttons. Their
// words are the screen's (Labels.serviceKind), as in the list of calls.

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace tableside {

class ServiceCallsModel;

class ServiceKindsModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the table screen")

public:
    enum Role {
        CodeRole = Qt::UserRole + 1, // "help", "water", "cutlery", "other"
        OpenRole,                    // a call of this kind is out unanswered: not to be made again
    };
    Q_ENUM(Role)

    // `calls` outlives the model; the rows follow its open calls.
    explicit ServiceKindsModel(const ServiceCallsModel &calls, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    const ServiceCallsModel &m_calls;
};

} // namespace tableside
