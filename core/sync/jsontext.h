#pragma once
// Compact JSON written straight into UTF-8 text, for the messages the hub writes on every order:
// building a QJsonObject and serialising it costs several times more. The caller writes keys in
// the order it wants them; wireformat writes them sorted, as QJsonDocument does, so both forms
// of an order are the same text.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace tableside {

class JsonText {
public:
    JsonText &beginObject();
    JsonText &endObject();
    JsonText &beginArray();
    JsonText &endArray();
    // Inside an object: the next value's key.
    JsonText &key(QLatin1StringView name);

    JsonText &value(const QString &text);
    JsonText &value(qint64 number);
    JsonText &value(int number) { return value(qint64(number)); }
    JsonText &value(bool yes);
    JsonText &null();
    JsonText &strings(const QStringList &texts); // an array of strings

    // Splices in text that is already one JSON value.
    JsonText &raw(const QByteArray &json);

    const QByteArray &text() const { return m_out; }
    QByteArray take() { return std::move(m_out); }

private:
    void separate(); // the comma before a value that is not its container's first
    void quoted(const QString &text);

    QByteArray m_out;
    std::vector<bool> m_empty; // per open container: nothing written in it yet
    bool m_afterKey = false;
};

} // namespace tableside
