#include "menuhistory.h"

#include "menudocumentjson.h"
#include "sqlstatement.h"
#include "storedtime.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QString documentText(const MenuDocument &document)
{
    return QString::fromUtf8(
        QJsonDocument(menuDocumentToJson(document)).toJson(QJsonDocument::Compact));
}

Result<MenuDocument> documentFromText(const QString &text)
{
    const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8());
    if (!json.isObject())
        return makeError(u"store_error"_s, u"A stored menu is not a menu document."_s);
    return menuDocumentFromJson(json.object());
}

const QString VersionColumns =
    u"v.version, v.changes, v.published_at, v.staff_id, v.device_id, v.restored_from, "
    u"COALESCE(s.name, ''), v.document FROM menu_versions v LEFT JOIN staff s "
    u"ON s.id = v.staff_id"_s;

} // namespace

Result<MenuVersion> MenuHistory::versionFromRow(const SqlStatement &row, bool withDocument) const
{
    MenuVersion version;
    version.version = row.value(0).toInt();
    for (const QJsonValue &line : QJsonDocument::fromJson(row.value(1).toString().toUtf8()).array())
        version.changes.append(line.toString());
    version.publishedAt = timeFromStore(row.value(2));
    version.by = {row.value(3).toLongLong(), row.value(4).toLongLong()};
    version.restoredFrom = row.value(5).toInt();
    version.byName = row.value(6).toString();
    if (withDocument) {
        auto document = documentFromText(row.value(7).toString());
        if (!document)
            return document.error();
        version.document = *document;
    }
    return version;
}

Result<std::optional<MenuVersion>> MenuHistory::latest() const
{
    auto row = runSql(m_db, u"SELECT %1 ORDER BY v.version DESC LIMIT 1"_s.arg(VersionColumns));
    if (!row)
        return row.error();
    if (!row.value().next())
        return std::optional<MenuVersion>();
    auto version = versionFromRow(*row, true);
    if (!version)
        return version.error();
    return std::optional<MenuVersion>(*version);
}

Result<MenuVersion> MenuHistory::version(int number) const
{
    auto row = runSql(m_db, u"SELECT %1 WHERE v.version = ?"_s.arg(VersionColumns), {number});
    if (!row)
        return row.error();
    if (!row.value().next())
        return makeError(u"unknown_version"_s, u"There is no menu version %1."_s.arg(number));
    return versionFromRow(*row, true);
}

Result<QList<MenuVersion>> MenuHistory::versions(int limit) const
{
    auto rows =
        runSql(m_db, u"SELECT %1 ORDER BY v.version DESC LIMIT ?"_s.arg(VersionColumns), {limit});
    if (!rows)
        return rows.error();
    QList<MenuVersion> versions;
    while (rows.value().next()) {
        auto version = versionFromRow(*rows, false);
        if (!version)
            return version.error();
        versions.append(*version);
    }
    return versions;
}

Result<int> MenuHistory::recordVersion(const MenuDocument &document, const QStringList &changes,
                                       const MenuAuthor &by, int restoredFrom)
{
    auto next = scalarSql(m_db, u"SELECT COALESCE(MAX(version), 0) + 1 FROM menu_versions"_s);
    if (!next)
        return next.error();
    const int version = next->toInt();
    const QString changeText = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(changes)).toJson(QJsonDocument::Compact));
    if (auto done = runSql(
            m_db,
            u"INSERT INTO menu_versions (version, document, changes, published_at, "
            u"staff_id, device_id, restored_from) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
            {version, documentText(document), changeText, storedTime(m_clock.now()),
             idOrNull(by.staffId), idOrNull(by.deviceId),
             restoredFrom > 0 ? QVariant(restoredFrom) : QVariant(QMetaType::fromType<int>())});
        !done)
        return done.error();
    if (auto closed = runSql(m_db, u"UPDATE menu_draft_edits SET state = 'published' "
                                   u"WHERE state = 'draft'"_s);
        !closed)
        return closed.error();
    return version;
}

Result<std::optional<MenuDraft>> MenuHistory::draft() const
{
    auto row = runSql(m_db, u"SELECT id, document, summary, edited_at, staff_id, device_id, "
                            u"(SELECT count(*) FROM menu_draft_edits WHERE state = 'draft') "
                            u"FROM menu_draft_edits WHERE state = 'draft' "
                            u"ORDER BY id DESC LIMIT 1"_s);
    if (!row)
        return row.error();
    if (!row.value().next())
        return std::optional<MenuDraft>();
    auto document = documentFromText(row->value(1).toString());
    if (!document)
        return document.error();
    return std::optional<MenuDraft>(
        MenuDraft{row->value(0).toLongLong(),
                  *document,
                  row->value(2).toString(),
                  timeFromStore(row->value(3)),
                  {row->value(4).toLongLong(), row->value(5).toLongLong()},
                  row->value(6).toInt()});
}

Result<qint64> MenuHistory::saveDraft(const MenuDocument &document, const QString &summary,
                                      const MenuAuthor &by)
{
    auto done = runSql(m_db,
                       u"INSERT INTO menu_draft_edits (document, summary, edited_at, staff_id, "
                       u"device_id) VALUES (?, ?, ?, ?, ?)"_s,
                       {documentText(document), summary, storedTime(m_clock.now()),
                        idOrNull(by.staffId), idOrNull(by.deviceId)});
    if (!done)
        return done.error();
    return done->lastInsertId().toLongLong();
}

Result<bool> MenuHistory::undoDraft()
{
    auto done = runSql(m_db, u"UPDATE menu_draft_edits SET state = 'undone' WHERE id = "
                             u"(SELECT MAX(id) FROM menu_draft_edits WHERE state = 'draft')"_s);
    if (!done)
        return done.error();
    return done->numRowsAffected() == 1;
}

Result<void> MenuHistory::discardDraft()
{
    auto done = runSql(m_db, u"UPDATE menu_draft_edits SET state = 'discarded' "
                             u"WHERE state = 'draft'"_s);
    if (!done)
        return done.error();
    return {};
}

} // namespace tableside
