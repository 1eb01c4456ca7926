import QtQuick
import QtQuick.Controls
import Tableside.Ui
import Tableside.Host

// The floor view for waiters and the host: the room with every table's live status on the
// left, the alerts that cannot be missed on the right (escalated ones on top, flashing).
ApplicationWindow {
    id: window

    // Handed in by the host role: the floor, the alerts and the waiter's actions.
    required property HostScreen host

    width: 1280
    height: 800
    visible: true
    title: qsTr("Floor")
    color: Theme.kdsBackground
    font.family: Theme.fontFamily

    // Arabic and Persian staff read right to left: the alerts move to the left, the map mirrors.
    LayoutMirroring.enabled: window.host.rightToLeft
    LayoutMirroring.childrenInherit: true

    header: Rectangle {
        height: 64
        color: Theme.kdsPanel
        Row {
            id: legend
            anchors.left: parent.left
            anchors.leftMargin: Theme.spacing
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.spacingSmall
            // A longer language shrinks the legend rather than run it under Add a device.
            readonly property real room: parent.width - addDevice.width - connectionState.width
                                         - (menuEditor.visible ? menuEditor.width + Theme.spacing : 0)
                                         - 4 * Theme.spacing
            scale: Math.min(1, room / implicitWidth)
            transformOrigin: LayoutMirroring.enabled ? Item.Right : Item.Left
            Text {
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("Floor")
                color: Theme.kdsInk
                font.pixelSize: Theme.textHeadline
                font.weight: Font.Black
            }
            Repeater {
                // The legend doubles as a count: colour, icon and word for every status.
                model: window.host.legend
                delegate: LegendEntry {}
            }
        }
        FloorButton {
            id: menuEditor
            objectName: "openMenuEditor"
            visible: window.host.menuEditorOffered
            anchors.right: addDevice.left
            anchors.rightMargin: Theme.spacing
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("Menu editor")
            tint: Theme.kdsCard
            onClicked: {
                if (!window.host.openMenuEditor())
                    pairingSheet.openOwnerSheet()
            }
        }
        FloorButton {
            id: addDevice
            objectName: "addDevice"
            anchors.right: connectionState.left
            anchors.rightMargin: Theme.spacing
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("+ Add a device")
            tint: Theme.kdsCard
            Accessible.name: qsTr("Add a device")
            onClicked: pairingSheet.openSheet()
        }
        Text {
            id: connectionState
            objectName: "connectionState"
            anchors.right: parent.right
            anchors.rightMargin: Theme.spacing
            anchors.verticalCenter: parent.verticalCenter
            text: window.host.online ? qsTr("● Live") : qsTr("▲ Offline — reconnecting")
            color: window.host.online ? Theme.kdsOk : Theme.kdsWarn
            font.pixelSize: Theme.textBody
            font.weight: Font.Bold
        }
    }

    FloorMap {
        id: floorMap
        host: window.host
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.right: alertsPane.left
        anchors.margins: Theme.spacing
        onTableTapped: number => sheet.openFor(number)
    }

    Rectangle {
        id: alertsPane
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        width: Math.max(380, parent.width * 0.34)
        color: Theme.kdsPanel

        Text {
            id: alertsTitle
            x: Theme.spacing
            y: Theme.spacing
            width: alertsPane.width - 2 * Theme.spacing
            text: window.host.alerts.escalatedCount > 0
                  ? qsTr("Alerts (%1) · %Ln escalated", "", window.host.alerts.escalatedCount)
                        .arg(window.host.number(window.host.alerts.count))
                  : qsTr("Alerts (%1)").arg(window.host.number(window.host.alerts.count))
            color: window.host.alerts.escalatedCount > 0 ? Theme.kdsAllergen : Theme.kdsInk
            font.pixelSize: Theme.textTitle
            font.weight: Font.Bold
            // A longer language shrinks the title to the pane rather than cutting it off.
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Theme.textBody
            elide: Text.ElideRight
        }
        HostList {
            id: alerts
            objectName: "alerts"
            host: window.host
            anchors.fill: parent
            anchors.topMargin: alertsTitle.y + alertsTitle.height + Theme.spacing
            anchors.margins: Theme.spacingSmall
            spacing: Theme.spacingSmall
            clip: true
            model: window.host.alerts
            delegate: AlertCard {
                id: alertCard
                width: ListView.view.width
                // A message alert opens the table's conversation, and so its sheet (below).
                host: (alertCard.ListView.view as HostList).host
            }
        }
        Text {
            anchors.centerIn: parent
            visible: alerts.count === 0
            text: qsTr("All calm — no alerts")
            color: Theme.kdsMuted
            font.pixelSize: Theme.textTitle
        }
    }

    TableSheet {
        id: sheet
        host: window.host
    }
    PairingSheet {
        id: pairingSheet
        host: window.host
    }
    // A table's conversation opened from elsewhere (a screenshot script) opens its sheet too.
    Connections {
        target: window.host
        function onChatTableChanged() {
            if (window.host.chatTable > 0 && !sheet.visible)
                sheet.openFor(window.host.chatTable)
        }
    }

    footer: Rectangle {
        height: window.host.lastError !== "" ? 36 : 0
        visible: window.host.lastError !== ""
        color: Theme.kdsPanel
        Text {
            anchors.centerIn: parent
            text: "⚠ " + window.host.lastError
            color: Theme.kdsWarn
            font.pixelSize: Theme.textSmall
        }
    }

    RefusalNotice {
        parent: Overlay.overlay
        gate: window.host.gate
    }
}
