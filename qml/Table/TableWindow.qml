import QtQuick
import Tableside.Table
import Tableside.Ui

// The table's window: the whole screen is the tablecloth; pages and sheets float on it.
// The first menu frame needs only plain Qt Quick: everything made later is loaded by URL, so
// neither its types nor its imports (Controls, the virtual keyboard) are resolved at start.
Window {
    id: window

    // The table role's screen object (TableScreen): models, state and the diner's actions.
    required property TableScreen table

    width: 1280
    height: 800
    visible: true
    title: table.tableNumber > 0 ? qsTr("Table %1 — %2").arg(table.number(table.tableNumber)).arg(table.venueName)
                                 : table.venueName
    color: Theme.background

    // The content has the window's size from the start, not only once the window system reports
    // it: otherwise every text is laid out twice (at width 0, then at full width) before the first
    // frame.
    contentItem.width: width
    contentItem.height: height

    LayoutMirroring.enabled: window.table.rightToLeft
    LayoutMirroring.childrenInherit: true

    Binding { target: Theme; property: "tablecloth"; value: window.table.tablecloth }
    Binding { target: Theme; property: "largeText"; value: window.table.largeText }
    Binding { target: Theme; property: "highContrast"; value: window.table.highContrast }

    Tablecloth {
        anchors.fill: parent
        cached: window.table.firstFrameDrawn
    }

    Item {
        id: pages
        // Sized by bindings, not anchors: anchors apply only once an item is complete, and the menu
        // would first be laid out at width 0, then again at every intermediate width.
        width: parent.width
        height: parent.height - (keyboardLoader.shown ? keyboardLoader.panel.height : 0)
        visible: window.table.menuReady

        // Pages and sheets other than the menu are made when first wanted: a faster start.
        Loader {
            anchors.fill: parent
            readonly property bool wanted: window.table.page === "welcome"
            onWantedChanged: load()
            Component.onCompleted: load()
            function load() {
                if (wanted)
                    setSource("WelcomePage.qml", { "table": window.table })
                else
                    source = ""
            }
        }
        MenuPage {
            width: parent.width
            height: parent.height
            table: window.table
            visible: window.table.page === "menu"
            onCallRequested: callSheet.show()
            onChatRequested: chatSheet.show()
            onLookRequested: lookSheet.show()
            onIdeasRequested: window.table.ideaBoard.open = true
            onTipsRequested: window.table.tipsOpen = true
            onPlaceRequested: confirm.show()
        }
        Loader {
            id: statusLoader
            anchors.fill: parent
            visible: window.table.page === "status"
            onVisibleChanged: {
                if (visible && !item)
                    setSource("StatusPage.qml", { "table": window.table })
            }
            Connections {
                target: statusLoader.item
                function onCallRequested() { callSheet.show() }
                function onChatRequested() { chatSheet.show() }
            }
        }
    }

    Loader {
        id: dishLoader
        anchors.fill: pages
        Connections {
            target: window.table.draft
            function onChanged() {
                if (window.table.draft.isOpen && !dishLoader.item)
                    dishLoader.setSource("DishSheet.qml", { "table": window.table })
            }
        }
    }
    LazySheet {
        id: confirm
        anchors.fill: parent
        url: "ConfirmSheet.qml"
        table: window.table
    }
    LazySheet {
        id: callSheet
        anchors.fill: parent
        url: "CallSheet.qml"
        table: window.table
    }
    Connections {
        target: window.table
        function onChatOpenChanged() {
            if (window.table.chatOpen)
                chatSheet.show()
        }
    }
    LazySheet {
        id: chatSheet
        // Above the on-screen keyboard, like the dish sheet: the diner sees what they type.
        anchors.fill: pages
        url: "ChatSheet.qml"
        table: window.table
    }
    Connections {
        target: window.table
        function onVisitCardOpenChanged() {
            if (window.table.visitCardOpen)
                visitCardSheet.show()
        }
    }
    LazySheet {
        id: visitCardSheet
        // Above the on-screen keyboard, like the chat: the diner sees what they type.
        anchors.fill: pages
        url: "VisitCardSheet.qml"
        table: window.table
    }
    Connections {
        target: window.table.ideaBoard
        function onOpenChanged() {
            if (window.table.ideaBoard.open)
                ideasSheet.show()
        }
    }
    LazySheet {
        id: ideasSheet
        // Above the on-screen keyboard, like the chat: the diner sees what they type.
        anchors.fill: pages
        url: "IdeasSheet.qml"
        table: window.table
    }
    Connections {
        target: window.table
        function onTipsOpenChanged() {
            if (window.table.tipsOpen)
                tipsSheet.show()
        }
    }
    LazySheet {
        id: tipsSheet
        objectName: "tipsSheetLoader"
        anchors.fill: parent
        url: "TipsSheet.qml"
        table: window.table
    }
    LazySheet {
        id: lookSheet
        anchors.fill: parent
        url: "LookSheet.qml"
        table: window.table
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

    // Waiting for the menu: a turning ring of dots (plain Qt Quick, like the rest of the start).
    Item {
        id: spinner
        anchors.centerIn: parent
        width: 48
        height: 48
        visible: !window.table.menuReady
        Repeater {
            model: 8
            delegate: Rectangle {
                required property int index
                x: parent.width / 2 - width / 2 + Math.cos(index * Math.PI / 4) * 18
                y: parent.height / 2 - height / 2 + Math.sin(index * Math.PI / 4) * 18
                width: 8
                height: 8
                radius: 4
                color: Theme.accent
                opacity: 0.25 + 0.75 * index / 7
            }
        }
        RotationAnimator on rotation {
            from: 0
            to: 360
            duration: 1000
            loops: Animation.Infinite
            running: spinner.visible
        }
    }
    Text {
        objectName: "loadingText"
        visible: !window.table.menuReady
        anchors.top: parent.verticalCenter
        anchors.topMargin: 60
        anchors.horizontalCenter: parent.horizontalCenter
        // Laid out only when shown: a screen that starts with its menu never shows it.
        text: !visible ? "" : window.table.online ? qsTr("Loading the menu…")
                                                  : qsTr("Connecting to the restaurant…")
        color: Theme.muted
        font.pixelSize: Theme.textTitle
    }

    RefusalNotice {
        gate: window.table.gate
    }

    // A kiosk has no keyboard: the first text field the diner touches brings in the on-screen one.
    property bool keyboardWanted: false
    onActiveFocusItemChanged: {
        if (activeFocusItem as TextInput || activeFocusItem as TextEdit)
            keyboardWanted = true
    }
    Loader {
        id: keyboardLoader
        // The keyboard as an Item (its own type is not even resolved until it is wanted); it is
        // visible while it is active.
        readonly property Item panel: item as Item
        readonly property bool shown: panel !== null && panel.visible
        active: window.keyboardWanted
        z: 100
        width: window.width
        y: shown ? window.height - panel.height : window.height
        Behavior on y { NumberAnimation { duration: Theme.motion } }
        onActiveChanged: {
            if (active)
                setSource("KeyboardPanel.qml", { "table": window.table })
        }
    }
}
