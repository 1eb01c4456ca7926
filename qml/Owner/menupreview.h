#pragma once
// The owner's preview of the draft: the table's own screen (TableScreen, its QML in the owner's
// window) fed the draft document instead of the hub's menu, in one of the venue's languages, in a
// table's portrait or landscape frame. What a diner would see once the draft is published: hidden
// dishes and categories left out, an untranslated text in the default language's words
// (dinerText, the tables' own rule).

#include "maprowsmodel.h"
#include "menu.h"
#include "menudocument.h"
#include "tablescreen.h"

#include <QHash>
#include <QObject>
#include <QQmlEngine>
#include <QSize>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>

namespace tableside {

class MenuPreview : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The owner's screen makes its preview.")
    // The table's screen showing the draft; null until the preview is first opened.
    Q_PROPERTY(tableside::TableScreen *table READ table NOTIFY tableChanged)
    // The venue's languages a table speaks, each in its own name: {code, name, selected}
    Q_PROPERTY(tableside::MapRowsModel *languages READ languages CONSTANT)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    // A table's screen on its side (1280x800) or upright (800x1280).
    Q_PROPERTY(bool landscape READ landscape WRITE setLandscape NOTIFY orientationChanged)
    Q_PROPERTY(int frameWidth READ frameWidth NOTIFY orientationChanged)
    Q_PROPERTY(int frameHeight READ frameHeight NOTIFY orientationChanged)

public:
    static constexpr QSize Landscape{1280, 800};
    static constexpr QSize Portrait{800, 1280};

    // What the preview reads of the owner's screen, each when it needs it: the engine of its
    // window, the draft, the venue's currency and name, and a language's own name.
    struct Sources {
        std::function<QQmlEngine &()> engine;
        std::function<const MenuDocument &()> document;
        std::function<QString()> currency;
        std::function<QString()> venueName;
        std::function<QString(const QString &)> languageName;
    };

    explicit MenuPreview(Sources sources, QObject *parent = nullptr);
    ~MenuPreview() override;

    TableScreen *table() const { return m_table.get(); }
    MapRowsModel *languages() { return &m_languages; }
    QString language() const { return m_language; }
    void setLanguage(const QString &code);
    bool landscape() const { return m_landscape; }
    void setLandscape(bool landscape);
    int frameWidth() const { return (m_landscape ? Landscape : Portrait).width(); }
    int frameHeight() const { return (m_landscape ? Landscape : Portrait).height(); }
    // The venue's currency, as the owner's screen read it from the hub.
    QString currency() const { return m_sources.currency(); }

    // Makes the table's screen the first time, and shows it the draft as it is now.
    void open();
    // The draft changed (or the venue's languages): shown at once if the preview is made.
    void refresh();
    // The id the preview gives a dish's key (its card is "dish_<id>"); 0 when it has none.
    Q_INVOKABLE double itemId(const QString &key) const;

    // The menu a diner would read in `language` were `document` published: what a table shows
    // (no hidden dish, none in a hidden category), every text through dinerText, in menu order.
    // `idOf` gives each entry's id from its path ("item/hummus"), the same one every time.
    static Menu dinerMenu(const MenuDocument &document, const QString &language,
                          const QString &currency,
                          const std::function<qint64(const QString &path)> &idOf);

signals:
    void tableChanged();
    void languageChanged();
    void orientationChanged();

private:
    qint64 idOf(const QString &path);
    QStringList spoken() const;
    void refreshLanguages();

    Sources m_sources;
    std::unique_ptr<TableScreen> m_table;
    QString m_language;
    bool m_landscape = true;
    QHash<QString, qint64> m_ids; // an entry's path -> its id in the preview, kept across edits
    MapRowsModel m_languages{{"code", "name", "selected"}, "code"};
};

} // namespace tableside
