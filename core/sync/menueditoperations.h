#pragma once
// The owner's menu (PROTOCOL.md "The owner's menu"): the draft that only owner devices see, its
// edits one at a time with undo, a spreadsheet made a draft, publishing it to every table as a
// new version, the versions' history and a rollback to any of them. Every change names the owner
// whose PIN made it.

#include "hubtransactions.h"
#include "menucsv.h"
#include "menudocumentstore.h"
#include "menuhistory.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace tableside {

class StaffPinCheck;
struct Device;

// The owner who signs a change: by their PIN, on their device.
struct MenuSigner {
    MenuAuthor by;
    QString name;
};

class MenuEditOperations {
    Q_DECLARE_TR_FUNCTIONS(MenuEditOperations)

public:
    MenuEditOperations(HubTransactions &work, StaffPinCheck &pins);

    Result<HubOutcome> draftGet(const Device &caller, const QJsonObject &args);  // menu.draft.get
    Result<HubOutcome> draftEdit(const Device &caller, const QJsonObject &args); // menu.draft.edit
    Result<HubOutcome> draftUndo(const Device &caller, const QJsonObject &args); // menu.draft.undo
    Result<HubOutcome> draftDiscard(const Device &caller,
                                    const QJsonObject &args); // menu.draft.discard
    Result<HubOutcome> draftImport(const Device &caller, const QJsonObject &args); // .import
    Result<HubOutcome> publish(const Device &caller, const QJsonObject &args);     // menu.publish
    Result<HubOutcome> versions(const Device &caller, const QJsonObject &args);    // menu.versions
    Result<HubOutcome> rollback(const Device &caller, const QJsonObject &args);    // menu.rollback

    // menu.draft.import of a file's bytes as they came (POST /menu/draft.csv): a file that is not
    // UTF-8 is refused as such, not mended. args: the owner's `pin`.
    Result<HubOutcome> draftImportFile(const Device &caller, const QJsonObject &args,
                                       const QByteArray &csv);
    // The working document as `tableside menu export` writes it (GET /menu/draft.csv).
    Result<QByteArray> draftSpreadsheet() const;

    // Publishes `document` as the venue itself (no staff, no device): `tableside menu import
    // --db`, which goes through the hub like every write.
    Result<HubOutcome> publishAsVenue(const MenuDocument &document);

private:
    Result<MenuSigner> owner(const Device &caller, const QJsonObject &args);
    // The draft's document, else the published one, else the live tables'.
    Result<MenuDocument> workingDocument() const;
    Result<MenuDocument> publishedDocument() const;
    Result<MenuCsvFormat> spreadsheetFormat() const;
    Result<HubOutcome> saveDraft(const MenuDocument &document, const QString &summary,
                                 const MenuSigner &signer, bool withDocument);
    Result<QJsonObject> draftState(bool withDocument);
    Result<void> recordDraftEvent(HubOutcome &outcome, const MenuSigner &signer,
                                  const QString &summary);
    Result<HubOutcome> makeLive(const MenuDocument &document, const MenuSigner &signer,
                                int restoredFrom);

    HubTransactions &m_work;
    StaffPinCheck &m_pins;
    MenuDocumentStore m_live;
    MenuHistory m_history;
};

} // namespace tableside
