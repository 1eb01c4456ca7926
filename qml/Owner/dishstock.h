#pragma once
// Sold out, or how many are left, of the dishes on the tables tonight. Unlike the rest of the
// editor this acts at once on the live menu, not on the draft: menu.stock.set and
// menu.setAvailable, which every device sees; the counts follow the hub's menu.stock events as
// orders count them down.

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace tableside {

class VenueClient;

class DishStock : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the owner's screen")
    // The dish the form shows (its key), and what the tables know of it.
    Q_PROPERTY(QString dish READ dish NOTIFY changed)
    // On the tables now: only such a dish can be sold out or counted.
    Q_PROPERTY(bool live READ live NOTIFY changed)
    Q_PROPERTY(bool soldOut READ soldOut NOTIFY changed)
    Q_PROPERTY(bool counted READ counted NOTIFY changed)
    Q_PROPERTY(int left READ left NOTIFY changed)
    // "Sold out", "Only 3 left", "On sale, not counted", or why it cannot be set.
    Q_PROPERTY(QString stateText READ stateText NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)

public:
    using Say = std::function<QString(const char *source, int n)>;
    static constexpr int MaxCount = 10000; // menu.stock.set's limit

    DishStock(VenueClient &client, Say say, QObject *parent = nullptr);

    void setDish(const QString &key);
    QString dish() const { return m_dish; }
    bool live() const { return m_live.contains(m_dish); }
    bool soldOut() const;
    bool counted() const { return left() >= 0; }
    int left() const;
    QString stateText() const;
    QString error() const { return m_error; }
    bool busy() const { return !m_pending.isEmpty(); }
    void retranslate() { emit changed(); }

    // A dish's mark on the dish list: "Sold out", "Only 3 left", or "" when neither.
    QString markOf(const QString &key) const;

    // The form's dish: sold out now (a count of 0), `count` left, or back on sale uncounted.
    Q_INVOKABLE void sellOut();
    Q_INVOKABLE void setLeft(int count);
    Q_INVOKABLE void putBack();

signals:
    void changed();

private:
    struct Live {
        qint64 id = 0;
        int left = -1; // not counted
        bool available = true;
    };

    void readMenu();
    void send(const QString &op, const QJsonObject &args);
    void onReplied(const QString &id, bool ok, const QJsonObject &result, const QString &code,
                   const QString &message);
    void onEvent(const QString &type, const QJsonObject &data);
    Live *byId(qint64 id);

    VenueClient &m_client;
    Say m_say;
    QString m_dish;
    QHash<QString, Live> m_live;       // by dish key
    QHash<QString, QString> m_pending; // request id -> op
    QString m_error;
};

} // namespace tableside
