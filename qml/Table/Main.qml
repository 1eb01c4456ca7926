import QtQuick
import QtQuick.Controls
import Tableside.Ui

// The table's window: the whole screen is the tablecloth and the menu floats on it.
ApplicationWindow {
    id: window

    required property var categories
    required property var dishes
    required property string venueName

    width: 1280
    height: 800
    visible: true
    title: venueName
    color: Theme.background
    font.family: Theme.fontFamily

    LayoutMirroring.enabled: Qt.application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true

    MenuPage {
        anchors.fill: parent
        categories: window.categories
        dishes: window.dishes
        venueName: window.venueName
    }
}
