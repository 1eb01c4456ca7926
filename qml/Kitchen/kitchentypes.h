#pragma once
// The core's kitchen models as QML sees them: typed, so QML names them and qmllint checks every
// binding to them. Made by the kitchen screen, not in QML.

#include "alldaymodel.h"
#include "recallmodel.h"
#include "ticketsmodel.h"

#include <QtQml/qqmlregistration.h>

namespace tableside {

struct KitchenTicketsModelForeign {
    Q_GADGET
    QML_FOREIGN(tableside::TicketsModel)
    QML_NAMED_ELEMENT(TicketsModel)
    QML_UNCREATABLE("Made by the kitchen screen")
};

struct KitchenAllDayModelForeign {
    Q_GADGET
    QML_FOREIGN(tableside::AllDayModel)
    QML_NAMED_ELEMENT(AllDayModel)
    QML_UNCREATABLE("Made by the kitchen screen")
};

struct KitchenRecallModelForeign {
    Q_GADGET
    QML_FOREIGN(tableside::RecallModel)
    QML_NAMED_ELEMENT(RecallModel)
    QML_UNCREATABLE("Made by the kitchen screen")
};

} // namespace tableside
