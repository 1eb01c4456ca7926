#pragma once
// What diners and staff say to each other: a call for a waiter and its answer, chat and feedback
// (the ideas board is IdeaOperations'). A diner's first act seats the table
// (SessionOperations::sessionFor).

#include "chatrepository.h"
#include "feedbackrepository.h"
#include "hubtransactions.h"
#include "servicerequestrepository.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace tableside {

class SessionOperations;
struct Device;

class GuestOperations {
    Q_DECLARE_TR_FUNCTIONS(GuestOperations)

public:
    GuestOperations(HubTransactions &work, SessionOperations &sessions);

    Result<HubOutcome> serviceCall(const Device &caller, const QJsonObject &args);
    Result<HubOutcome> serviceAcknowledge(const Device &caller, const QJsonObject &args);
    Result<HubOutcome> chatSend(const Device &caller, const QJsonObject &args);
    Result<HubOutcome> feedbackGive(const Device &caller, const QJsonObject &args);
    Result<HubOutcome> visitRate(const Device &caller, const QJsonObject &args);

private:
    HubTransactions &m_work;
    SessionOperations &m_sessions;
    ServiceRequestRepository m_service;
    ChatRepository m_chat;
    FeedbackRepository m_feedback;
};

} // namespace tableside
