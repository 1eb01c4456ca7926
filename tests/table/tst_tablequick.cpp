// Qt Quick tests of the shared table controls and the table screen made from QML
// (tests/table/qml/tst_*.qml).
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Tableside_UiPlugin)
Q_IMPORT_QML_PLUGIN(Tableside_TablePlugin)

class Setup : public QObject {
    Q_OBJECT

public slots:
    // Qt 6.4 keeps the static QML modules at qrc:/<URI path>.
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/")); }
};

QUICK_TEST_MAIN_WITH_SETUP(tablequick, Setup)
#include "tst_tablequick.moc"
