#pragma once
// "Explore the area" on the hub: every device that sees the menu reads the owner's local tips;
// the owner adds, edits, deletes and reorders them with an owner's PIN. Every change is one
// tips.changed event carrying the whole list, so each table's and owner's screen shows it live.

#include "hubtransactions.h"
#include "localtiprepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace tableside {

class StaffPinCheck;
struct Device;

class LocalTipOperations {
    Q_DECLARE_TR_FUNCTIONS(LocalTipOperations)

public:
    LocalTipOperations(HubTransactions &work, StaffPinCheck &pins);

    Result<HubOutcome> get(const Device &caller, const QJsonObject &args);
    Result<HubOutcome> save(const Device &caller, const QJsonObject &args);
    Result<HubOutcome> remove(const Device &caller, const QJsonObject &args);
    Result<HubOutcome> reorder(const Device &caller, const QJsonObject &args);

    // A tip as replies and events carry it.
    static QJsonObject toJson(const LocalTip &tip);
    static QJsonArray toJson(const QList<LocalTip> &tips);

private:
    Result<void> checkOwner(const QJsonObject &args);
    // Records tips.changed with every tip, in the owner's order, and the venue's default
    // language (what a screen shows where its language has no text) into `outcome`.
    Result<void> recordChanged(HubOutcome &outcome);

    HubTransactions &m_work;
    StaffPinCheck &m_pins;
    LocalTipRepository m_tips;
};

} // namespace tableside
