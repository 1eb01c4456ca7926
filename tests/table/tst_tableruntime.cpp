// What a real screen needs installed, proved on this machine: the on-screen keyboard shows when a
// diner touches a field, every QML module, plugin and font the screens use loads, and each comes
// from a package that packaging/setup.sh installs, so a fresh machine gets it too.
#include "tablescreentest.h"

#include <QFontDatabase>
#include <QLibraryInfo>
#include <QProcess>
#include <QQmlComponent>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

namespace {

const QString SourceDir = QStringLiteral(TABLESIDE_SOURCE_DIR);

// The packages packaging/setup.sh installs.
QStringList setupPackages()
{
    QFile script(SourceDir + u"/packaging/setup.sh"_s);
    if (!script.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(script.readAll());
    const QRegularExpression list(uR"(packages=\(([^)]*)\))"_s);
    const auto match = list.match(text);
    return match.captured(1).split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
}

// The Debian package that installed `path` ("" when none did, or dpkg is not there).
QString owningPackage(const QString &path)
{
    QProcess dpkg;
    dpkg.start(u"dpkg"_s, {u"-S"_s, path});
    if (!dpkg.waitForFinished(10000) || dpkg.exitCode() != 0)
        return {};
    const QString line = QString::fromUtf8(dpkg.readAllStandardOutput()).section(u'\n', 0, 0);
    return line.section(u':', 0, 0).trimmed(); // "qml6-module-qtquick:amd64: /usr/lib/…"
}

// Every module the screens' QML imports, other than our own.
QStringList importedModules()
{
    QSet<QString> modules;
    QDirIterator files(SourceDir + u"/qml"_s, {u"*.qml"_s}, QDir::Files,
                       QDirIterator::Subdirectories);
    const QRegularExpression import(uR"(^import\s+([A-Za-z][\w.]*)\s*$)"_s,
                                    QRegularExpression::MultilineOption);
    while (files.hasNext()) {
        QFile file(files.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        auto matches = import.globalMatch(QString::fromUtf8(file.readAll()));
        while (matches.hasNext()) {
            const QString module = matches.next().captured(1);
            if (!module.startsWith(u"Tableside"_s))
                modules.insert(module);
        }
    }
    QStringList sorted(modules.begin(), modules.end());
    sorted.sort();
    return sorted;
}

QString pluginPath(const QString &relative)
{
    return QLibraryInfo::path(QLibraryInfo::PluginsPath) + u'/' + relative;
}

} // namespace

class TableRuntimeTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY2(!setupPackages().isEmpty(), "packaging/setup.sh lists no packages");
    }

    void theKeyboardShowsWhenADinerTouchesAField_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QLocale::Language>("keys");
        QTest::newRow("en") << u"en"_s << QLocale::English;
        QTest::newRow("el") << u"el"_s << QLocale::Greek;
        QTest::newRow("ar") << u"ar"_s << QLocale::Arabic;
        QTest::newRow("fa") << u"fa"_s << QLocale::Persian;
    }

    // A diner on a touch-only table types a note, a message or a search on the screen's own
    // keyboard, in the diner's language: it must really come up, not only be asked for.
    void theKeyboardShowsWhenADinerTouchesAField()
    {
        QFETCH(QString, language);
        QFETCH(QLocale::Language, keys);
        QCOMPARE(qgetenv("QT_IM_MODULE"), "qtvirtualkeyboard");
        TestHub hub;
        QCOMPARE(hub.start(), QString());
        Diner diner(hub, language, 4);
        Fingers table;
        QVERIFY(showScreen(diner, table));
        table.window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(table.window));
        QVERIFY(table.tap(u"welcomeStart"_s));
        QVERIFY(table.tap(u"searchField"_s));
        QQuickItem *keyboard = nullptr;
        QTRY_VERIFY((keyboard = table.find(u"keyboard"_s)) != nullptr);
        QTRY_VERIFY2(keyboard->property("active").toBool(),
                     "the keyboard did not come up: is qt6-virtualkeyboard-plugin installed?");
        QVERIFY(keyboard->isVisible());
        QVERIFY(keyboard->height() > 100);
        // Its keys are on the screen, not below it.
        QTRY_COMPARE(keyboard->mapToScene({0, keyboard->height()}).y(),
                     qreal(table.window->height()));
        QTRY_COMPARE(QGuiApplication::inputMethod()->locale().language(), keys);
    }

    // A diner writing a note to the kitchen sees what they type: the keyboard does not cover it.
    void theNoteBeingTypedStaysAboveTheKeyboard()
    {
        TestHub hub;
        QCOMPARE(hub.start(), QString());
        Diner diner(hub, u"en"_s, 4);
        Fingers table;
        QVERIFY(showScreen(diner, table));
        table.window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(table.window));
        QVERIFY(table.tap(u"welcomeStart"_s));
        QVERIFY(table.tap(u"dish_%1"_s.arg(hub.itemId(u"hummus"_s))));
        // The diner scrolls down to the note at the end of the sheet and touches it.
        QQuickItem *details = table.item(u"dishDetails"_s);
        QVERIFY(details);
        details->setProperty("contentY",
                             details->property("contentHeight").toReal() - details->height());
        QVERIFY(table.tap(u"dishNote"_s));
        QQuickItem *keyboard = nullptr;
        QTRY_VERIFY((keyboard = table.find(u"keyboard"_s)) &&
                    keyboard->property("active").toBool());
        QQuickItem *note = table.find(u"dishNote"_s);
        QVERIFY(note);
        const auto bottomOf = [](QQuickItem *item) {
            return item->mapToScene({0, item->height()}).y();
        };
        QTRY_VERIFY(bottomOf(note) <= keyboard->mapToScene({0, 0}).y());
        QTRY_VERIFY(bottomOf(note) <= bottomOf(details) + 0.5); // inside the sheet, not clipped
        QVERIFY(note->hasActiveFocus());
    }

    void everyModuleTheScreensImportLoads_data()
    {
        QTest::addColumn<QString>("module");
        const QStringList modules = importedModules();
        QVERIFY(modules.contains(u"QtQuick.VirtualKeyboard"_s));
        for (const QString &module : modules)
            QTest::newRow(qPrintable(module)) << module;
    }

    void everyModuleTheScreensImportLoads()
    {
        QFETCH(QString, module);
        QQmlEngine engine;
        QQmlComponent component(&engine);
        // The Controls' style is a plugin of its own: make a control, not only the import.
        const QString item = module == u"QtQuick.Controls"_s ? u"Button {}"_s : u"Item {}"_s;
        component.setData(u"import QtQuick\nimport %1\n%2\n"_s.arg(module, item).toUtf8(), QUrl());
        std::unique_ptr<QObject> made(component.create());
        QVERIFY2(made, qPrintable(component.errorString()));

        const QString qmldir = QLibraryInfo::path(QLibraryInfo::QmlImportsPath) + u'/' +
                               QString(module).replace(u'.', u'/') + u"/qmldir"_s;
        const QString package = owningPackage(qmldir);
        QVERIFY2(!package.isEmpty(), qPrintable(u"no package installed "_s + qmldir));
        QVERIFY2(setupPackages().contains(package),
                 qPrintable(u"packaging/setup.sh does not install %1 (%2)"_s.arg(package, module)));
    }

    // Plugins and fonts Qt loads by name at run time: nothing at build time asks for them.
    void everyRuntimeFileComesFromSetup_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("window on a real display") << pluginPath(u"platforms/libqxcb.so"_s);
        QTest::newRow("screenshots, tests") << pluginPath(u"platforms/libqoffscreen.so"_s);
        QTest::newRow("on-screen keyboard")
            << pluginPath(u"platforminputcontexts/libqtvirtualkeyboardplugin.so"_s);
        QTest::newRow("the venue's store") << pluginPath(u"sqldrivers/libqsqlite.so"_s);
        QTest::newRow("icons") << pluginPath(u"imageformats/libqsvg.so"_s);
        QTest::newRow("dish photos") << pluginPath(u"imageformats/libqjpeg.so"_s);
        QTest::newRow("Latin, Greek text")
            << u"/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"_s;
        QTest::newRow("Arabic, Persian text")
            << u"/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf"_s;
        QTest::newRow("emoji") << u"/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf"_s;
    }

    void everyRuntimeFileComesFromSetup()
    {
        QFETCH(QString, path);
        QVERIFY2(QFileInfo::exists(path), qPrintable(path + u" is missing"_s));
        const QString package = owningPackage(path);
        QVERIFY2(!package.isEmpty(), qPrintable(u"no package installed "_s + path));
        QVERIFY2(setupPackages().contains(package),
                 qPrintable(u"packaging/setup.sh does not install %1 (%2)"_s.arg(package, path)));
    }

    void theStoreDriverAndFontsLoad()
    {
        QVERIFY(QSqlDatabase::isDriverAvailable(u"QSQLITE"_s));
        const QStringList families = QFontDatabase::families();
        for (const QString &family :
             {u"Noto Sans"_s, u"Noto Naskh Arabic"_s, u"Noto Color Emoji"_s})
            QVERIFY2(families.contains(family), qPrintable(family));
    }
};

int main(int argc, char **argv)
{
    // As the table role sets it: a kiosk table has no keyboard of its own.
    qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    QGuiApplication app(argc, argv);
    TableRuntimeTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_tableruntime.moc"
