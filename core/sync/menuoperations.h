#pragma once
// The menu as the screens read it (menu.get: in the asked language, with the venue's name,
// languages and alert time, and each dish's "longerWait") and a dish sold out or back
// (menu.setAvailable).

#include "hubtransactions.h"
#include "menurepository.h"

#include <QHash>
#include <QJsonObject>

namespace tableside {

class StationOperations;
struct Device;

class MenuOperations {
public:
    MenuOperations(HubTransactions &work, const StationOperations &stations);

    Result<HubOutcome> get(const Device &caller, const QJsonObject &args); // menu.get
    Result<HubOutcome> setAvailable(const Device &caller,
                                    const QJsonObject &args);                   // menu.setAvailable
    Result<HubOutcome> setStock(const Device &caller, const QJsonObject &args); // menu.stock.set
    // Reads the menu that orders are priced from now, so the first order does not wait for it.
    Result<void> load() { return m_work.catalog().load(); }

private:
    // menu.get's answer in one language, written once and sent to every table that asks until
    // the menu changes (the catalog's generation) or a station falls behind or catches up.
    struct CachedMenu {
        quint64 generation = 0;
        QHash<QString, bool> behind; // station -> behind, as the answer marks its dishes
        QByteArray json;
    };

    HubTransactions &m_work;
    const StationOperations &m_stations;
    MenuRepository m_menu;
    QHash<QString, CachedMenu> m_answers; // by language
};

} // namespace tableside
