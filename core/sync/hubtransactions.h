#pragma once
// The unit of work every hub operation runs in: one transaction, or a savepoint of the round's
// batch, in which its state change and the events that report it are stored together. The
// caller replies and pushes the events only after the commit.

#include "clock.h"
#include "eventlog.h"
#include "menucatalog.h"
#include "result.h"
#include "sqlstatement.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace tableside {

struct HubOutcome {
    QJsonObject result;
    QList<StoredEvent> events;  // committed, in seq order
    bool keep = true;           // false: roll back (an idempotent replay changes nothing)
    QByteArray resultJson = {}; // when not empty: result already written as compact JSON
    // Run once what the operation wrote is on disk, never when it was not stored (the hub's
    // memory of what the store holds follows the store, not an attempt).
    std::function<void()> onStored = {};
};

class HubTransactions {
    Q_DECLARE_TR_FUNCTIONS(HubTransactions)

public:
    HubTransactions(QSqlDatabase db, const Clock &clock);
    ~HubTransactions(); // a batch still open rolls back

    // Group commit: from beginBatch() to endBatch() every operation runs in a savepoint of one
    // transaction (a refused one rolls back alone) and endBatch() commits them all with one
    // fsync. Nothing the batch did may be told to anyone before endBatch() succeeds; when it
    // fails (saying why, for the log) nothing of the batch was stored. Without a batch each
    // operation commits alone.
    //
    // order.place, the one op a busy evening is made of, runs without a savepoint
    // (SpoilsOnFailure): a savepoint copies every page the order touches. Nearly every refusal
    // of an order comes before its first write; when one fails after writing, the batch is
    // spoiled: it must be abandoned, and its requests handled again in a careful batch, where
    // every operation has its savepoint.
    Result<void> beginBatch();
    Result<void> endBatch();
    bool inBatch() const { return m_batch != nullptr; }
    bool batchSpoiled() const { return m_batchSpoiled; }
    void abandonBatch(); // rolls the batch back
    void setCarefulBatch(bool careful) { m_carefulBatch = careful; }

    // How an operation in a batch is kept from the others when it fails (see beginBatch).
    enum class InBatch { Savepoint, SpoilsOnFailure };
    // Runs `change` as one unit: stored when it succeeds and wants to keep its work, else
    // undone (and a menu change it made dropped from the catalog).
    Result<HubOutcome> transact(const std::function<Result<HubOutcome>()> &change,
                                InBatch guard = InBatch::Savepoint);
    // Runs `step` as one unit that is kept even when it fails (a wrong PIN still counts).
    Result<void> commitAlone(const std::function<Result<void>()> &step);
    // Appends one event inside the running unit and remembers it for the push.
    Result<void> record(HubOutcome &outcome, const QString &type, const QJsonObject &data);

    QSqlDatabase database() const { return m_db; }
    const Clock &clock() const { return m_clock; }
    EventLog &eventLog() { return m_events; }
    // What order.place prices from; every menu write invalidates it.
    MenuCatalog &catalog() { return m_catalog; }
    // The venue's default language, which the kitchen reads ("en" when it cannot be read).
    QString venueLanguage();

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
    std::unique_ptr<Transaction> m_batch;
    bool m_batchSpoiled = false;
    bool m_carefulBatch = false;
    MenuCatalog m_catalog;
    EventLog m_events;
};

} // namespace tableside
