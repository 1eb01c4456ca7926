#pragma once
// The menu as a spreadsheet from the owner's screen (PROTOCOL.md "HTTP on the hub's port"): the
// working menu saved to a file the owner chooses (GET /menu/draft.csv), and a file made the draft
// (POST /menu/draft.csv with the signed-in owner's PIN). A refused file changes nothing; the
// refusal names every bad row and column.

#include "venueclient.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <functional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace tableside {

class MenuSpreadsheet : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the owner's screen")
    Q_PROPERTY(bool working READ working NOTIFY changed)
    // Why the last export or import did not happen, in words (a refused file: a line per bad
    // row); "" when it did.
    Q_PROPERTY(QString error READ error NOTIFY changed)
    // Where the file dialogs open (documents, else home) and the name a saved file is offered.
    Q_PROPERTY(QUrl startFolder READ startFolder CONSTANT)
    Q_PROPERTY(QUrl suggestedFile READ suggestedFile CONSTANT)

public:
    static constexpr qint64 MaxBytes = 4 * 1024 * 1024; // the hub's limit for a spreadsheet
    static constexpr int TimeoutMs = 60000;

    // pin: the signed-in owner's PIN, asked when a file is sent.
    MenuSpreadsheet(VenueClient &client, std::function<QString()> pin, QObject *parent = nullptr);
    ~MenuSpreadsheet() override;
    // Translates a source text of the context "tableside::MenuSpreadsheet".
    using Translate = std::function<QString(const char *source)>;
    void setTranslate(Translate translate) { m_translate = std::move(translate); }

    bool working() const { return m_reply != nullptr; }
    QString error() const { return m_error; }
    static QUrl startFolder();
    static QUrl suggestedFile();

    // Saves the working menu (the draft, else the published menu) as `file`.
    Q_INVOKABLE void exportTo(const QUrl &file);
    // Makes `file` the draft.
    Q_INVOKABLE void importFrom(const QUrl &file);
    Q_INVOKABLE void clearError();

    QString refusal(int status, const QString &code, const QString &message) const;

signals:
    void changed();
    // Done, said in a sentence; an import's draft is to be read again.
    void exported(const QString &sentence);
    void imported(const QString &sentence);

private:
    QNetworkReply *send(const QString &method, const QByteArray &body);
    void fail(const QString &why);
    QString say(const char *source) const;

    VenueClient &m_client;
    std::function<QString()> m_pin;
    Translate m_translate;
    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QString m_error;
};

} // namespace tableside
