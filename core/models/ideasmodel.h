#pragma once
// The ideas board as a screen shows it, kept live from the hub's idea.* events: the ideas done
// first ("You asked, we did", most recently done first), then the rest by votes, then newest.
// Texts come isolated (displayedGuestText) so no idea reorders the words around it. A second use,
// unsorted, holds the similar ideas the hub found for a draft, in the hub's order.

#include <QAbstractListModel>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace tableside {

class IdeasModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY changed)
    Q_PROPERTY(int doneCount READ doneCount NOTIFY changed)

public:
    enum Role {
        IdeaIdRole = Qt::UserRole + 1,
        BodyRole,   // isolated for display
        StatusRole, // new, under_review, planned, done, declined
        AnswerRole, // isolated for display; "" for none
        VotesRole,
        VotedRole,       // by this table's party (a table's board only)
        SectionRole,     // "done" or "board": the list's sections, in that order
        MergedCountRole, // ideas merged into this one
        AnswerTextRole   // the answer as written, for the owner to edit
    };
    Q_ENUM(Role)

    enum class Order { Board, AsGiven };
    explicit IdeasModel(Order order = Order::Board, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The hub's list (idea.board, idea.similar): replaces what was shown.
    void setIdeas(const QJsonArray &ideas);
    void clear();
    // An idea.* event (submitted, voted, changed, merged); false for any other type.
    bool applyEvent(const QString &type, const QJsonObject &data);
    // This table's party voted (its own reply): the idea says so, with the hub's count.
    void markVoted(qint64 ideaId, int votes);

    int doneCount() const;
    Q_INVOKABLE bool contains(qint64 ideaId) const { return rowOf(ideaId) >= 0; }
    Q_INVOKABLE int votesOf(qint64 ideaId) const;
    Q_INVOKABLE QString statusOf(qint64 ideaId) const;
    qint64 ideaIdAt(int row) const;

signals:
    void changed();

private:
    struct Entry {
        qint64 id = 0;
        QString body;
        QString status;
        QString answer;
        int votes = 0;
        bool voted = false;
        int mergedCount = 0;
        QDateTime createdAt;
        QDateTime changedAt;
    };
    static Entry entryFrom(const QJsonObject &idea, const Entry &earlier);
    int rowOf(qint64 ideaId) const;
    void upsert(const Entry &entry);
    void removeIdea(qint64 ideaId);
    void reorder();
    static bool before(const Entry &a, const Entry &b);

    Order m_order;
    QList<Entry> m_entries;
};

} // namespace tableside
