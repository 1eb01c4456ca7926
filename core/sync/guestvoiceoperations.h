#pragma once
// The owner hearing the guests: the guest voice read for the owner's page (guest.voice.get), a
// visit's contact e-mail erased on the owner's word (visit.forgetContact), and how long comments
// and e-mails are kept (feedback.retention.set, with an owner's PIN).

#include "feedbackrepository.h"
#include "hubtransactions.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace tableside {

class StaffPinCheck;
struct Device;

class GuestVoiceOperations {
    Q_DECLARE_TR_FUNCTIONS(GuestVoiceOperations)

public:
    static constexpr int DefaultWeeks = 12;
    static constexpr int DefaultComments = 50;

    GuestVoiceOperations(HubTransactions &work, StaffPinCheck &pins);

    Result<HubOutcome> read(const Device &caller, const QJsonObject &args);
    Result<HubOutcome> forgetContact(const Device &caller, const QJsonObject &args);
    Result<HubOutcome> setRetention(const Device &caller, const QJsonObject &args);

private:
    HubTransactions &m_work;
    StaffPinCheck &m_pins;
    FeedbackRepository m_feedback;
};

} // namespace tableside
