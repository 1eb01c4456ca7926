#pragma once
// A menu document as JSON: how a draft travels between the owner's screen and the hub, and how
// a published version is kept. Reading checks the shape (types, fields a document must have);
// what the owner must fix before publishing is menuProblems()'s to say.

#include "menudocument.h"
#include "result.h"

#include <QJsonObject>

namespace tableside {

QJsonObject menuDocumentToJson(const MenuDocument &document);
// A document from JSON; a field of the wrong type is an error naming it ("items/3/price").
Result<MenuDocument> menuDocumentFromJson(const QJsonObject &json);

// One entry alone, as an edit of the draft carries it.
QJsonObject categoryToJson(const DocumentCategory &category);
QJsonObject modifierListToJson(const ModifierList &list);
QJsonObject documentItemToJson(const DocumentItem &item);
Result<DocumentCategory> categoryFromJson(const QJsonObject &json);
Result<ModifierList> modifierListFromJson(const QJsonObject &json);
Result<DocumentItem> documentItemFromJson(const QJsonObject &json);

} // namespace tableside
