#pragma once
// The core's models the table screen hands to QML, as QML types of Tableside.Table: QML names
// them and qmllint checks every binding to them. Made by the table screen, not in QML.

#include "cartmodel.h"
#include "categoriesmodel.h"
#include "chatmodel.h"
#include "dishdraft.h"
#include "dishgroupsmodel.h"
#include "dishoptionsmodel.h"
#include "ideasmodel.h"
#include "localtipsmodel.h"
#include "menufiltermodel.h"
#include "orderstatusmodel.h"
#include "recommendationsmodel.h"
#include "servicecallsmodel.h"

#include <QtQml/qqml.h>

namespace tableside {

struct IdeasModelForeign {
    Q_GADGET
    QML_FOREIGN(tableside::IdeasModel)
    QML_NAMED_ELEMENT(IdeasModel)
    QML_UNCREATABLE("Made by the table screen")
};

struct LocalTipsModelForeign {
    Q_GADGET
    QML_FOREIGN(tableside::LocalTipsModel)
    QML_NAMED_ELEMENT(LocalTipsModel)
    QML_UNCREATABLE("Made by the table screen")
};

struct CategoriesModelForeign {
    Q_GADGET
    QML_FOREIGN(tableside::CategoriesModel)
    QML_NAMED_ELEMENT(CategoriesModel)
    QML_UNCREATABLE("Made by the table screen")
};

struct MenuFilterModelForeign {
    Q_GADGET
    QML_FOREIGN(tableside::MenuFilterModel)
    QML_NAMED_ELEMENT(MenuFilterModel)
    QML_UNCREATABLE("Made by the table screen")
};

struct DishDraftForeign {
    Q_GADGET
    QML_FOREIGN(tableside::DishDraft)
    QML_NAMED_ELEMENT(DishDraft)
    QML_UNCREATABLE("Made by the table screen")
};

struct CartModelForeign {
    Q_GADGET
    QML_FOREIGN(tableside::CartModel)
    QML_NAMED_ELEMENT(CartModel)
    QML_UNCREATABLE("Made by the table screen")
};

struct OrderStatusModelForeign {
    Q_GADGET
    QML_FOREIGN(tableside::OrderStatusModel)
    QML_NAMED_ELEMENT(OrderStatusModel)
    QML_UNCREATABLE("Made by the table screen")
};

struct RecommendationsModelForeign {
    Q_GADGET
    QML_FOREIGN(tableside::RecommendationsModel)
    QML_NAMED_ELEMENT(RecommendationsModel)
    QML_UNCREATABLE("Made by the table screen")
};

struct ServiceCallsModelForeign {
    Q_GADGET
    QML_FOREIGN(tableside::ServiceCallsModel)
    QML_NAMED_ELEMENT(ServiceCallsModel)
    QML_UNCREATABLE("Made by the table screen")
};

struct ChatModelForeign {
    Q_GADGET
    QML_FOREIGN(tableside::ChatModel)
    QML_NAMED_ELEMENT(ChatModel)
    QML_UNCREATABLE("Made by the table screen")
};

struct DishGroupsModelForeign {
    Q_GADGET
    QML_FOREIGN(tableside::DishGroupsModel)
    QML_NAMED_ELEMENT(DishGroupsModel)
    QML_UNCREATABLE("Made by the table screen")
};

struct DishOptionsModelForeign {
    Q_GADGET
    QML_FOREIGN(tableside::DishOptionsModel)
    QML_NAMED_ELEMENT(DishOptionsModel)
    QML_UNCREATABLE("Made by the table screen")
};

} // namespace tableside
