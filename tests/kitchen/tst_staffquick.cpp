// Qt Quick tests of the kitchen's and the floor's view-model types, made from QML
// (tests/kitchen/qml/tst_*.qml).
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Tableside_UiPlugin)
Q_IMPORT_QML_PLUGIN(Tableside_KitchenPlugin)
Q_IMPORT_QML_PLUGIN(Tableside_HostPlugin)

class Setup : public QObject {
    Q_OBJECT

public slots:
    // Qt 6.4 keeps the static QML modules at qrc:/<URI path>.
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/")); }
};

QUICK_TEST_MAIN_WITH_SETUP(staffquick, Setup)
#include "tst_staffquick.moc"
