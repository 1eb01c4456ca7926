#pragma once
// The ideas board at a table: the venue's ideas live from the hub, a proposal of up to 280
// characters that shows the similar ideas already there while it is typed (to vote "Me too"
// instead of repeating one), and the table's votes, one per idea per party. What may be proposed
// is the hub's own rule (IdeaRules::checkBody).

#include "ideasmodel.h"
#include "venueclient.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <QtQml/qqml.h>

namespace tableside {

class IdeaBoard : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the table screen")
    Q_PROPERTY(tableside::IdeasModel *ideas READ ideas CONSTANT)
    // The ideas like the draft, most alike first, while the diner types.
    Q_PROPERTY(tableside::IdeasModel *similar READ similar CONSTANT)
    Q_PROPERTY(QString draft READ draft WRITE setDraft NOTIFY draftChanged)
    Q_PROPERTY(int maxLength READ maxLength CONSTANT)
    Q_PROPERTY(int draftLength READ draftLength NOTIFY draftChanged)
    Q_PROPERTY(bool canPropose READ canPropose NOTIFY draftChanged)
    Q_PROPERTY(bool sending READ sending NOTIFY draftChanged)
    // The hub's board has been read since the screen started (or the party changed).
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)
    // The last refusal, in one sentence; "" when none.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    // The board's sheet is on screen; opening it reads the board again.
    Q_PROPERTY(bool open READ isOpen WRITE setOpen NOTIFY openChanged)
    // The idea this party just proposed (0: none): the board thanks them for it.
    Q_PROPERTY(int proposedId READ proposedId NOTIFY proposedIdChanged)

public:
    static constexpr int SimilarDelayMs = 150; // after the last key before asking the hub

    explicit IdeaBoard(VenueClient &client, QObject *parent = nullptr);

    IdeasModel *ideas() { return &m_ideas; }
    IdeasModel *similar() { return &m_similar; }
    QString draft() const { return m_draft; }
    void setDraft(const QString &text);
    int maxLength() const;
    int draftLength() const { return int(m_draft.size()); }
    bool canPropose() const;
    bool sending() const { return !m_proposing.isEmpty(); }
    bool loaded() const { return m_loaded; }
    QString error() const { return m_error; }
    int proposedId() const { return int(m_proposedId); }
    bool isOpen() const { return m_open; }
    void setOpen(bool open);

    // Reads the board from the hub again (the sheet opens, the party changes, the hub is back).
    Q_INVOKABLE void refresh();
    Q_INVOKABLE bool propose();
    // "Me too": one vote for the idea by this party.
    Q_INVOKABLE bool vote(qint64 ideaId);
    Q_INVOKABLE void dismissError();
    // A new party: no draft, no votes of the last one's.
    void reset();

signals:
    void draftChanged();
    void loadedChanged();
    void errorChanged();
    void proposedIdChanged();
    void openChanged();

private:
    void askSimilar();
    void onReplied(const QString &id, bool ok, const QJsonObject &result, const QString &code,
                   const QString &message);
    void onEvent(const QString &type, const QJsonObject &data);
    void setError(const QString &text);
    QString refusal(const QString &code, const QString &message) const;

    VenueClient &m_client;
    IdeasModel m_ideas;
    IdeasModel m_similar{IdeasModel::Order::AsGiven};
    QString m_draft;
    QTimer m_similarTimer;
    QString m_proposing;                // the request id of the proposal on its way
    QHash<QString, QString> m_requests; // request id -> "board", "similar"
    QHash<QString, qint64> m_votes;     // request id -> the idea voted for
    bool m_loaded = false;
    bool m_open = false;
    QString m_error;
    qint64 m_proposedId = 0;
};

} // namespace tableside
