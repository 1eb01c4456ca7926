#pragma once
// The venue's dining tables and where they stand on the floor.

#include "result.h"

#include <QList>
#include <QSqlDatabase>

namespace tableside {

struct DiningTable {
    qint64 id = 0;
    int number = 0;
    int seats = 2;
    double x = 0; // 0..1 across the floor plan
    double y = 0;
    QString shape = QStringLiteral("square");
};

class TableRepository {
public:
    explicit TableRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    Result<qint64> add(const DiningTable &table);
    Result<QList<DiningTable>> list() const;
    Result<DiningTable> byNumber(int number) const;

private:
    QSqlDatabase m_db;
};

} // namespace tableside
