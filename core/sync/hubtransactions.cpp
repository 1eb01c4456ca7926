#include "hubtransactions.h"

#include "venuerepository.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

// One operation's unit of work: a transaction of its own, a savepoint inside the batch, or
// (unguarded) the batch itself, whose changes it can tell apart from the batch's earlier ones.
class WorkUnit {
public:
    WorkUnit(const QSqlDatabase &db, bool batched, bool guarded = true)
        : m_db(db)
        , m_changesBefore(totalChanges(db))
    {
        if (!batched)
            m_transaction.emplace(db);
        else if (guarded)
            m_savepoint.emplace(db);
    }
    bool started() const
    {
        return m_savepoint ? m_savepoint->started() : !m_transaction || m_transaction->started();
    }
    Result<void> commit()
    {
        if (m_savepoint)
            return m_savepoint->release();
        return m_transaction ? m_transaction->commit() : Result<void>{};
    }
    bool unguarded() const { return !m_savepoint && !m_transaction; }
    bool wrote() const { return totalChanges(m_db) != m_changesBefore; }

private:
    QSqlDatabase m_db;
    qint64 m_changesBefore;
    std::optional<Transaction> m_transaction;
    std::optional<Savepoint> m_savepoint;
};

} // namespace

HubTransactions::HubTransactions(QSqlDatabase db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
    , m_catalog(db)
    , m_events(db, clock)
{}

HubTransactions::~HubTransactions() = default;

Result<void> HubTransactions::beginBatch()
{
    if (m_batch)
        return {};
    auto batch = std::make_unique<Transaction>(m_db);
    if (!batch->started())
        return batch->commit().error(); // says why it could not start
    m_batch = std::move(batch);
    return {};
}

void HubTransactions::abandonBatch()
{
    m_batch.reset(); // rolls back
    m_batchSpoiled = false;
    m_catalog.invalidate(); // it may hold a menu change that was just rolled back
}

Result<void> HubTransactions::endBatch()
{
    if (!m_batch)
        return {};
    if (m_batchSpoiled) {
        abandonBatch();
        return makeError(u"store_error"_s,
                         u"a request that failed after writing spoiled the batch"_s);
    }
    auto committed = m_batch->commit();
    m_batch.reset();
    if (!committed) {
        m_catalog.invalidate(); // it may hold a menu change that was just rolled back
        return makeError(u"store_error"_s, committed.error().message);
    }
    return {};
}

Result<HubOutcome> HubTransactions::transact(const std::function<Result<HubOutcome>()> &change,
                                             InBatch guard)
{
    const quint64 menuBefore = m_catalog.generation();
    Result<HubOutcome> outcome = [&]() -> Result<HubOutcome> {
        WorkUnit unit(m_db, inBatch(), guard == InBatch::Savepoint || m_carefulBatch);
        if (!unit.started())
            return makeError(u"store_error"_s, tr("The store could not start a transaction."));
        auto done = change();
        // Nothing to roll back to: what it wrote can only go with the whole batch.
        if ((!done || !done->keep) && unit.unguarded() && unit.wrote())
            m_batchSpoiled = true;
        if (!done)
            return done; // rolled back by ~WorkUnit
        if (!done->keep) {
            done.value().events.clear();
            return done;
        }
        if (auto committed = unit.commit(); !committed)
            return committed.error();
        return done;
    }();
    // A menu change that was rolled back must not survive in the catalog.
    if ((!outcome || !outcome->keep) && m_catalog.generation() != menuBefore)
        m_catalog.invalidate();
    return outcome;
}

Result<void> HubTransactions::commitAlone(const std::function<Result<void>()> &step)
{
    WorkUnit unit(m_db, inBatch());
    auto done = step();
    auto committed = unit.commit();
    if (!done)
        return done;
    return committed;
}

Result<void> HubTransactions::record(HubOutcome &outcome, const QString &type,
                                     const QJsonObject &data)
{
    auto event = m_events.append(type, data);
    if (!event)
        return event.error();
    outcome.events.append(*event);
    return {};
}

QString HubTransactions::venueLanguage()
{
    auto venue = m_catalog.venue();
    return venue ? venue->defaultLanguage : u"en"_s;
}

} // namespace tableside
