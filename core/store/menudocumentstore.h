#pragma once
// The live menu's tables as one menu document: read whole, and written whole when a version is
// published. Writing keeps every row's id for a key that stays (past orders point at them),
// retires what the document leaves out instead of deleting it, and leaves live state alone
// (a dish sold out in the kitchen, its count left).

#include "menudocument.h"
#include "result.h"

#include <QSqlDatabase>

namespace tableside {

class MenuCatalog;

class MenuDocumentStore {
public:
    // `catalog`, when given, is invalidated by apply().
    explicit MenuDocumentStore(QSqlDatabase db, MenuCatalog *catalog = nullptr)
        : m_db(std::move(db))
        , m_catalog(catalog)
    {}

    // The menu the tables show now (retired entries left out), with the venue's languages. Modifier
    // groups become lists: one per list they came from, else per key where every dish's group
    // of that key offers the same options, else one per dish ("<dish>-<group>").
    Result<MenuDocument> live() const;

    // Makes `document` the live menu. Call inside a transaction; the document must be free of
    // menuProblems().
    Result<void> apply(const MenuDocument &document);

private:
    QSqlDatabase m_db;
    MenuCatalog *m_catalog = nullptr;
};

} // namespace tableside
