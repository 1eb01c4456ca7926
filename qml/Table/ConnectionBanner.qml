import QtQuick
import Tableside.Table
import Tableside.Ui

// Says what the screen is waiting for: the hub is unreachable, or an order is on its way.
Rectangle {
    id: banner

    required property TableScreen table
    readonly property bool offline: table.connection !== "online"
    readonly property bool sending: !offline && table.outboxPending > 0

    objectName: "connectionBanner"
    visible: opacity > 0
    opacity: (offline && table.menuReady) || sending ? 1 : 0
    Behavior on opacity { NumberAnimation { duration: Theme.motion } }
    width: label.implicitWidth + 2 * Theme.spacingLarge
    height: Theme.touchTarget - 8
    radius: height / 2
    color: offline ? Theme.danger : Theme.ink
    z: 50

    Text {
        id: label
        objectName: "connectionText"
        anchors.centerIn: parent
        color: banner.offline ? Theme.statusInk : Theme.inkInverse
        font.pixelSize: Theme.textBody
        font.weight: Font.DemiBold
        text: banner.offline
              ? (banner.table.outboxPending > 0 ? qsTr("Offline — will send when connected")
                                                : qsTr("Offline — reconnecting to the restaurant…"))
              : qsTr("Sending…")
    }
}
