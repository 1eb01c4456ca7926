#include "ideasmodel.h"

#include "guesttext.h"
#include "wireformat.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tableside {

IdeasModel::IdeasModel(Order order, QObject *parent)
    : QAbstractListModel(parent)
    , m_order(order)
{}

int IdeasModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant IdeasModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case IdeaIdRole:
        return entry.id;
    case Qt::DisplayRole:
    case BodyRole:
        return displayedGuestText(entry.body);
    case StatusRole:
        return entry.status;
    case AnswerRole:
        return displayedGuestText(entry.answer);
    case VotesRole:
        return entry.votes;
    case VotedRole:
        return entry.voted;
    case SectionRole:
        return entry.status == "done"_L1 ? u"done"_s : u"board"_s;
    case MergedCountRole:
        return entry.mergedCount;
    case AnswerTextRole:
        return entry.answer;
    default:
        return {};
    }
}

QHash<int, QByteArray> IdeasModel::roleNames() const
{
    return {{IdeaIdRole, "ideaId"},        {BodyRole, "body"},
            {StatusRole, "status"},        {AnswerRole, "answer"},
            {VotesRole, "votes"},          {VotedRole, "voted"},
            {SectionRole, "section"},      {MergedCountRole, "mergedCount"},
            {AnswerTextRole, "answerText"}};
}

IdeasModel::Entry IdeasModel::entryFrom(const QJsonObject &idea, const Entry &earlier)
{
    Entry entry = earlier;
    entry.id = idea.value("ideaId"_L1).toInteger();
    entry.body = idea.value("body"_L1).toString(entry.body);
    entry.status = idea.value("status"_L1).toString(entry.status);
    entry.answer = idea.value("answer"_L1).toString(entry.answer);
    entry.votes = idea.value("votes"_L1).toInt(entry.votes);
    // Events carry no vote of this table's; what it knew stays.
    if (idea.contains("voted"_L1))
        entry.voted = idea.value("voted"_L1).toBool();
    if (idea.contains("mergedIds"_L1))
        entry.mergedCount = int(idea.value("mergedIds"_L1).toArray().size());
    if (idea.contains("createdAt"_L1))
        entry.createdAt = fromIsoTime(idea.value("createdAt"_L1).toString());
    if (idea.contains("changedAt"_L1))
        entry.changedAt = fromIsoTime(idea.value("changedAt"_L1).toString());
    return entry;
}

bool IdeasModel::before(const Entry &a, const Entry &b)
{
    const bool aDone = a.status == "done"_L1, bDone = b.status == "done"_L1;
    if (aDone != bDone)
        return aDone;
    if (aDone && a.changedAt != b.changedAt)
        return a.changedAt > b.changedAt;
    if (a.votes != b.votes)
        return a.votes > b.votes;
    if (a.createdAt != b.createdAt)
        return a.createdAt > b.createdAt;
    return a.id > b.id;
}

void IdeasModel::setIdeas(const QJsonArray &ideas)
{
    beginResetModel();
    m_entries.clear();
    for (const QJsonValue &idea : ideas)
        m_entries.append(entryFrom(idea.toObject(), Entry{}));
    if (m_order == Order::Board)
        std::stable_sort(m_entries.begin(), m_entries.end(), before);
    endResetModel();
    emit changed();
}

void IdeasModel::clear()
{
    setIdeas({});
}

int IdeasModel::rowOf(qint64 ideaId) const
{
    for (qsizetype row = 0; row < m_entries.size(); ++row)
        if (m_entries.at(row).id == ideaId)
            return int(row);
    return -1;
}

void IdeasModel::reorder()
{
    if (m_order != Order::Board || std::is_sorted(m_entries.cbegin(), m_entries.cend(), before))
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList old = persistentIndexList();
    QList<qint64> oldIds;
    for (const QModelIndex &index : old)
        oldIds.append(m_entries.at(index.row()).id);
    std::stable_sort(m_entries.begin(), m_entries.end(), before);
    QModelIndexList moved;
    for (qint64 id : oldIds)
        moved.append(index(rowOf(id)));
    changePersistentIndexList(old, moved);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void IdeasModel::upsert(const Entry &entry)
{
    const int row = rowOf(entry.id);
    if (row < 0) {
        const int at = int(m_entries.size());
        beginInsertRows({}, at, at);
        m_entries.append(entry);
        endInsertRows();
    } else {
        m_entries[row] = entry;
        emit dataChanged(index(row), index(row));
    }
    reorder();
    emit changed();
}

void IdeasModel::removeIdea(qint64 ideaId)
{
    const int row = rowOf(ideaId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
}

bool IdeasModel::applyEvent(const QString &type, const QJsonObject &data)
{
    if (!type.startsWith("idea."_L1))
        return false;
    const qint64 ideaId = data.value("ideaId"_L1).toInteger();
    const int row = rowOf(ideaId);
    const Entry known = row >= 0 ? m_entries.at(row) : Entry{};
    if (type == "idea.voted"_L1) {
        if (row < 0) // an idea this board has not read yet: it comes with the next board
            return true;
        upsert(entryFrom({{u"ideaId"_s, ideaId}, {u"votes"_s, data.value("votes"_L1)}}, known));
        return true;
    }
    if (type == "idea.merged"_L1) {
        // The table's party voted for the idea kept if it voted for any merged into it.
        Entry kept = entryFrom(data, known);
        for (const QJsonValue &merged : data.value("merged"_L1).toArray()) {
            const int mergedRow = rowOf(merged.toInteger());
            if (mergedRow >= 0 && m_entries.at(mergedRow).voted)
                kept.voted = true;
            removeIdea(merged.toInteger());
        }
        upsert(kept);
        return true;
    }
    if (type == "idea.submitted"_L1 || type == "idea.changed"_L1) {
        upsert(entryFrom(data, known));
        return true;
    }
    return false;
}

void IdeasModel::markVoted(qint64 ideaId, int votes)
{
    const int row = rowOf(ideaId);
    if (row < 0)
        return;
    Entry entry = m_entries.at(row);
    entry.voted = true;
    entry.votes = std::max(entry.votes, votes);
    upsert(entry);
}

int IdeasModel::doneCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [](const Entry &e) { return e.status == "done"_L1; }));
}

int IdeasModel::votesOf(qint64 ideaId) const
{
    const int row = rowOf(ideaId);
    return row < 0 ? 0 : m_entries.at(row).votes;
}

QString IdeasModel::statusOf(qint64 ideaId) const
{
    const int row = rowOf(ideaId);
    return row < 0 ? QString() : m_entries.at(row).status;
}

qint64 IdeasModel::ideaIdAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).id : 0;
}

} // namespace tableside
