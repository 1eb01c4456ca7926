#pragma once
// What diners most often want from a waiter, one tap each: what the diner reads (text, in the
// diner's language) and what is sent (body, the venue's English, read by staff in theirs).

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace tableside {

class QuickRepliesModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the table screen")

public:
    enum Role {
        TextRole = Qt::UserRole + 1,
        BodyRole,
    };
    Q_ENUM(Role)

    // Translates a source text of the context "tableside::TableScreen".
    using Translate = std::function<QString(const char *source)>;

    explicit QuickRepliesModel(QObject *parent = nullptr);
    void setTranslate(Translate translate);
    void retranslate();

    // The diner's words for a body sent as a quick reply; any other body as it is.
    QString textOf(const QString &body) const;
    QString bodyAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString text(const char *source) const;

    Translate m_translate;
};

} // namespace tableside
