#pragma once
// The owner's menu over time: every published version kept whole, with who published it, when,
// what it changed and which earlier version it restored; and the draft, which is the last of the
// owner's edits since the last publish, each edit kept with who made it and when (an undone edit
// is kept too, marked undone).

#include "clock.h"
#include "menudocument.h"
#include "result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace tableside {

class SqlStatement;

// Who made a change: a staff member (by PIN) on a device; 0 where there was none, as for the
// venue's own first version.
struct MenuAuthor {
    qint64 staffId = 0;
    qint64 deviceId = 0;

    bool operator==(const MenuAuthor &) const = default;
};

struct MenuVersion {
    int version = 0;
    MenuDocument document; // empty in a versions() list
    QStringList changes;   // describeMenuChange() lines, from the version before
    QDateTime publishedAt;
    MenuAuthor by;
    QString byName; // the staff member's name, or empty
    int restoredFrom = 0;
};

struct MenuDraft {
    qint64 editId = 0;
    MenuDocument document;
    QString summary; // the last edit's
    QDateTime editedAt;
    MenuAuthor by;
    int edits = 0; // how many edits can be undone, this one included
};

class MenuHistory {
public:
    MenuHistory(QSqlDatabase db, const Clock &clock)
        : m_db(std::move(db))
        , m_clock(clock)
    {}

    Result<std::optional<MenuVersion>> latest() const;
    Result<MenuVersion> version(int version) const;
    // Newest first, at most `limit`, without their documents.
    Result<QList<MenuVersion>> versions(int limit) const;
    // Records `document` as the next version and closes the draft; gives the version's number.
    Result<int> recordVersion(const MenuDocument &document, const QStringList &changes,
                              const MenuAuthor &by, int restoredFrom = 0);

    Result<std::optional<MenuDraft>> draft() const;
    Result<qint64> saveDraft(const MenuDocument &document, const QString &summary,
                             const MenuAuthor &by);
    // Takes back the draft's last edit; false when the draft has none.
    Result<bool> undoDraft();
    // Drops the whole draft (its edits stay on record, marked discarded).
    Result<void> discardDraft();

private:
    Result<MenuVersion> versionFromRow(const SqlStatement &row, bool withDocument) const;

    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace tableside
