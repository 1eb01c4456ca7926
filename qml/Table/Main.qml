import QtQuick
import QtQuick.Controls
import Tableside.Ui

// The table's window: the whole screen is the tablecloth; pages and sheets float on it.
ApplicationWindow {
    id: window

    // The table role's screen object (TableScreen): models, state and the diner's actions.
    required property var table

    width: 1280
    height: 800
    visible: true
    title: table.venueName
    color: Theme.background
    font.family: Theme.fontFamily

    LayoutMirroring.enabled: window.table.rightToLeft
    LayoutMirroring.childrenInherit: true

    Binding { target: Theme; property: "tablecloth"; value: window.table.tablecloth }
    Binding { target: Theme; property: "largeText"; value: window.table.largeText }
    Binding { target: Theme; property: "highContrast"; value: window.table.highContrast }

    Tablecloth { anchors.fill: parent }

    Item {
        id: pages
        anchors.fill: parent
        anchors.bottomMargin: keyboardLoader.item && keyboardLoader.item.active ? keyboardLoader.item.height : 0
        visible: window.table.menuReady

        // Pages and sheets other than the menu are made when first wanted: a faster start.
        Loader {
            anchors.fill: parent
            active: window.table.page === "welcome"
            sourceComponent: WelcomePage { table: window.table }
        }
        MenuPage {
            anchors.fill: parent
            table: window.table
            visible: window.table.page === "menu"
            onCallRequested: callSheet.show()
            onLookRequested: lookSheet.show()
            onPlaceRequested: confirm.show()
        }
        Loader {
            id: statusLoader
            anchors.fill: parent
            active: false
            visible: window.table.page === "status"
            onVisibleChanged: if (visible) active = true
            sourceComponent: StatusPage {
                table: window.table
                onCallRequested: callSheet.show()
            }
        }
    }

    Loader {
        id: dishLoader
        anchors.fill: pages
        active: false
        sourceComponent: DishSheet { table: window.table }
        Connections {
            target: window.table.draft
            function onChanged() {
                if (window.table.draft.isOpen)
                    dishLoader.active = true
            }
        }
    }
    LazySheet {
        id: confirm
        anchors.fill: parent
        sourceComponent: ConfirmSheet { table: window.table }
    }
    LazySheet {
        id: callSheet
        anchors.fill: parent
        sourceComponent: CallSheet { table: window.table }
    }
    LazySheet {
        id: lookSheet
        anchors.fill: parent
        sourceComponent: LookSheet { table: window.table }
    }
    ConnectionBanner {
        anchors.top: parent.top
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.topMargin: Theme.spacingSmall
        table: window.table
    }
    ErrorBanner {
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottomMargin: Theme.spacingLarge
        table: window.table
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

    // A kiosk has no keyboard: the first text field the diner touches brings in the on-screen one.
    property bool keyboardWanted: false
    onActiveFocusItemChanged: {
        if (activeFocusItem && activeFocusItem.inputMethodHints !== undefined)
            keyboardWanted = true
    }
    Loader {
        id: keyboardLoader
        active: window.keyboardWanted
        z: 100
        width: window.width
        y: item && item.active ? window.height - item.height : window.height
        Behavior on y { NumberAnimation { duration: Theme.motion } }
        sourceComponent: KeyboardPanel { width: keyboardLoader.width }
    }
}
