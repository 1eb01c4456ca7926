#pragma once
// The dishes of one "food ready" alert (lines: {lineId, quantity, name}), and the same as one
// line of text in the screen's language (text).

#include "maprowsmodel.h"

#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace tableside {

class HostScreen;

class AlertLines : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("hostscreen.h")
    Q_PROPERTY(tableside::HostScreen *host READ host WRITE setHost NOTIFY hostChanged)
    Q_PROPERTY(QString key READ key WRITE setKey NOTIFY keyChanged)
    Q_PROPERTY(tableside::MapRowsModel *lines READ lines CONSTANT)
    Q_PROPERTY(QString text READ text NOTIFY textChanged)

public:
    explicit AlertLines(QObject *parent = nullptr);
    HostScreen *host() const { return m_host; }
    void setHost(HostScreen *host);
    QString key() const { return m_key; }
    void setKey(const QString &key);
    MapRowsModel *lines() { return &m_lines; }
    QString text() const { return m_text; }

signals:
    void hostChanged();
    void keyChanged();
    void textChanged();

private:
    void refresh();

    QPointer<HostScreen> m_host;
    QList<QMetaObject::Connection> m_connections;
    QString m_key;
    MapRowsModel m_lines{{"lineId", "quantity", "name"}, {}};
    QString m_text;
};

} // namespace tableside
