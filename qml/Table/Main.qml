import QtQuick
import QtQuick.Controls
import Tableside.Ui

// The table's window: the whole screen is the tablecloth and the menu floats on it.
ApplicationWindow {
    id: window

    // The table role's screen object: menu models, venue, connection.
    required property var table

    width: 1280
    height: 800
    visible: true
    title: table.venueName
    color: Theme.background
    font.family: Theme.fontFamily

    LayoutMirroring.enabled: Qt.application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true

    MenuPage {
        anchors.fill: parent
        visible: window.table.menuReady
        categories: window.table.categories
        dishes: window.table.dishes
        venueName: window.table.venueName
    }

    BusyIndicator {
        anchors.centerIn: parent
        running: visible
        visible: !window.table.menuReady
    }
    Text {
        visible: !window.table.menuReady
        anchors.top: parent.verticalCenter
        anchors.topMargin: 60
        anchors.horizontalCenter: parent.horizontalCenter
        text: window.table.online ? qsTr("Loading the menu…") : qsTr("Connecting to the restaurant…")
        color: Theme.muted
        font.pixelSize: Theme.textTitle
    }
}
