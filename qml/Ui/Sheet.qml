import QtQuick

// A card that rises over a dimmed screen; tapping the dim closes it. Content goes in `body`.
Item {
    id: sheet

    property bool open: false
    default property alias body: panel.data
    property real panelWidth: Math.min(width - 2 * Theme.spacingLarge, 760)
    property real panelHeight: Math.min(height - 2 * Theme.spacingLarge, 720)
    signal dismissed()

    visible: opacity > 0
    enabled: open // while it fades out, taps go to what is underneath
    opacity: open ? 1 : 0
    Behavior on opacity { NumberAnimation { duration: Theme.motion } }

    Rectangle {
        anchors.fill: parent
        color: Theme.scrim
        MouseArea {
            anchors.fill: parent
            onClicked: sheet.dismissed()
            // A wheel or touchpad scroll stops at the sheet: the screen behind stays put.
            onWheel: wheel => wheel.accepted = true
        }
    }
    Rectangle {
        id: panel
        width: sheet.panelWidth
        height: sheet.panelHeight
        anchors.centerIn: parent
        anchors.verticalCenterOffset: sheet.open ? 0 : 40
        Behavior on anchors.verticalCenterOffset { NumberAnimation { duration: Theme.motion; easing.type: Easing.OutCubic } }
        radius: Theme.radius * 1.5
        color: Theme.card
        border.width: Theme.borderWidth
        border.color: Theme.ink
        clip: true
        // Taps inside do not close; a scroll its lists do not take ends here, not behind.
        MouseArea {
            anchors.fill: parent
            onWheel: wheel => wheel.accepted = true
        }
    }
}
