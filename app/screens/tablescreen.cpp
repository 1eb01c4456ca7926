#include "tablescreen.h"

#include "displaylanguage.h"
#include "menurepository.h"
#include "venuerepository.h"

#include <QGuiApplication>
#include <QQuickWindow>

using namespace Qt::StringLiterals;

namespace tableside {

TableScreen::TableScreen(VenueDatabase &store) : m_store(store)
{
    // Qt 6.4 puts the QML modules at qrc:/<URI path>; the engine does not look there by itself.
    m_engine.addImportPath(u"qrc:/"_s);
    m_dishes.setSourceModel(&m_items);
    m_items.setPhotoBase(QUrl(u"qrc:/demo/photos/"_s));
}

Result<void> TableScreen::show(const QString &language)
{
    const QSqlDatabase db = m_store.connection();
    auto venue = VenueRepository(db).load();
    if (!venue)
        return venue.error();
    const QString code = venue->languages.contains(language) ? language : venue->defaultLanguage;
    auto menu = MenuRepository(db).load(code, venue->defaultLanguage);
    if (!menu)
        return menu.error();

    const DisplayLanguage display = displayLanguage(code);
    QGuiApplication::setLayoutDirection(display.rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    m_items.setMenu(*menu, display.locale);
    m_categories.setMenu(*menu);

    m_engine.setInitialProperties({
        {u"categories"_s, QVariant::fromValue<QObject *>(&m_categories)},
        {u"dishes"_s, QVariant::fromValue<QObject *>(&m_dishes)},
        {u"venueName"_s, venue->name},
    });
    m_engine.load(QUrl(u"qrc:/Tableside/Table/Main.qml"_s));
    if (!window())
        return makeError(u"ui_failed"_s, u"The table screen could not be loaded."_s);
    return {};
}

QQuickWindow *TableScreen::window() const
{
    const auto roots = m_engine.rootObjects();
    return roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.constFirst());
}

} // namespace tableside
