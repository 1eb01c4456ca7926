#pragma once
// The diner's screen: the menu models and the QML that shows them.

#include "categoriesmodel.h"
#include "menufiltermodel.h"
#include "menuitemsmodel.h"
#include "result.h"
#include "venuedatabase.h"

#include <QQmlApplicationEngine>

class QQuickWindow;

namespace tableside {

class TableScreen {
public:
    explicit TableScreen(VenueDatabase &store);

    // Loads the menu in language (the venue's default where it is not offered) and the window.
    Result<void> show(const QString &language);
    QQuickWindow *window() const;

private:
    VenueDatabase &m_store;
    MenuItemsModel m_items;
    MenuFilterModel m_dishes;
    CategoriesModel m_categories;
    QQmlApplicationEngine m_engine;
};

} // namespace tableside
