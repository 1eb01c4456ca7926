#include "sessionoperations.h"

#include "devicerepository.h"
#include "hubargs.h"

using namespace Qt::StringLiterals;

namespace tableside {

using namespace hubargs;

SessionOperations::SessionOperations(HubTransactions &work)
    : m_work(work)
    , m_sessions(work.database(), work.clock())
{}

Result<void> SessionOperations::recordOpened(HubOutcome &outcome, const TableSession &session)
{
    return m_work.record(outcome, u"session.opened"_s,
                         {{u"sessionId"_s, session.id},
                          {u"table"_s, session.tableNumber},
                          {u"partySize"_s, session.partySize}});
}

Result<HubOutcome> SessionOperations::seat(const Device &, const QJsonObject &args)
{
    const int table = number(args, "table"_L1);
    const int partySize = number(args, "partySize"_L1, 1);
    return m_work.transact([&]() -> Result<HubOutcome> {
        auto seated = m_sessions.seat(table, partySize);
        if (!seated)
            return seated.error();
        HubOutcome outcome{{{u"sessionId"_s, seated->id}}, {}};
        if (auto r = recordOpened(outcome, *seated); !r)
            return r.error();
        return outcome;
    });
}

Result<HubOutcome> SessionOperations::close(const Device &, const QJsonObject &args)
{
    const qint64 sessionId = id(args, "sessionId"_L1);
    return m_work.transact([&]() -> Result<HubOutcome> {
        auto closed = m_sessions.close(sessionId);
        if (!closed)
            return closed.error();
        HubOutcome outcome{{{u"sessionId"_s, closed->id}}, {}};
        if (auto r =
                m_work.record(outcome, u"session.closed"_s,
                              {{u"sessionId"_s, closed->id}, {u"table"_s, closed->tableNumber}});
            !r)
            return r.error();
        return outcome;
    });
}

Result<TableSession> SessionOperations::sessionFor(int table, HubOutcome &outcome)
{
    auto opened = m_sessions.openOrSeat(table);
    if (!opened)
        return opened.error();
    if (opened->seated) {
        if (auto r = recordOpened(outcome, opened->session); !r)
            return r.error();
    }
    return opened->session;
}

} // namespace tableside
