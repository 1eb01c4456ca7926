#pragma once
// "Explore the area" in the store: the owner's local tips in their order, each with its texts per
// language. A tip is saved whole (already checked by LocalTipRules), a deleted one closes the gap
// in the order, and a reorder names every tip once. Callers hold the transaction.

#include "clock.h"
#include "localtip.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>

namespace tableside {

class LocalTipRepository {
public:
    LocalTipRepository(QSqlDatabase db, const Clock &clock);

    // Every tip in the owner's order.
    Result<QList<LocalTip>> list() const;
    // "unknown_tip".
    Result<LocalTip> byId(qint64 tipId) const;
    // A new tip (id 0) goes last ("too_many_tips" past LocalTipRules::MaxTips); an existing one
    // keeps its place ("unknown_tip"). A photo's hash must name a photo of the library
    // ("unknown_photo"); any other name is a file the program ships (the demo's).
    Result<LocalTip> save(const LocalTip &tip);
    // "unknown_tip". The tips after it move up one.
    Result<void> remove(qint64 tipId);
    // `tipIds` is every tip, each once, in the new order: "unknown_tip" for one that is not,
    // "bad_request" when one is missing or named twice.
    Result<QList<LocalTip>> reorder(const QList<qint64> &tipIds);

private:
    Result<void> writeTexts(qint64 tipId, const LocalTip &tip);
    Result<QList<LocalTip>> read(const QString &where, const QVariantList &bindings) const;

    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace tableside
