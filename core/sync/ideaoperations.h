#pragma once
// The ideas board: a table proposes ideas (similar ones offered first) and votes for them, one
// vote per idea per table session; the owner moves them through their statuses, answers them in
// public and merges duplicates. Every change is an event for every table and the owner's screens,
// carrying no table number.

#include "hubtransactions.h"
#include "idearepository.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace tableside {

class SessionOperations;
class StaffPinCheck;
struct Device;

class IdeaOperations {
    Q_DECLARE_TR_FUNCTIONS(IdeaOperations)

public:
    IdeaOperations(HubTransactions &work, SessionOperations &sessions, StaffPinCheck &pins);

    Result<HubOutcome> board(const Device &caller, const QJsonObject &args);
    Result<HubOutcome> similar(const Device &caller, const QJsonObject &args);
    Result<HubOutcome> submit(const Device &caller, const QJsonObject &args);
    Result<HubOutcome> vote(const Device &caller, const QJsonObject &args);
    Result<HubOutcome> setStatus(const Device &caller, const QJsonObject &args);
    Result<HubOutcome> answer(const Device &caller, const QJsonObject &args);
    Result<HubOutcome> merge(const Device &caller, const QJsonObject &args);

    // An idea as replies and events carry it; `voted` only for a table's own replies.
    static QJsonObject toJson(const Idea &idea, bool withVoted);

private:
    // The table session a table device's reading is for (0 when none is open).
    Result<qint64> readingSession(const Device &caller, const QJsonObject &args) const;
    Result<void> checkOwner(const QJsonObject &args);

    HubTransactions &m_work;
    SessionOperations &m_sessions;
    StaffPinCheck &m_pins;
    IdeaRepository m_ideas;
};

} // namespace tableside
