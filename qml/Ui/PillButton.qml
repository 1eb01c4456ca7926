import QtQuick

// The one button of the table: at least a touch target tall, accent or quiet, never hover-only.
// Plain Qt Quick, no Controls: it is on the menu's first frame, and the start pays for imports.
Item {
    id: control

    property string text
    property bool primary: false
    property bool danger: false
    property color tint: danger ? Theme.danger : Theme.accent
    property alias font: label.font
    property alias pressed: area.pressed
    // Room either side of the label; a crowded row gives its buttons less.
    property int sidePadding: Theme.spacingLarge
    signal clicked()

    implicitHeight: Math.max(Theme.touchTarget, label.implicitHeight + 16)
    implicitWidth: Math.max(Theme.touchTarget, label.implicitWidth + 2 * sidePadding)
    activeFocusOnTab: true
    Accessible.name: text
    Accessible.role: Accessible.Button
    Accessible.onPressAction: if (control.enabled) control.clicked()
    Keys.onSpacePressed: control.clicked()
    Keys.onReturnPressed: control.clicked()

    Rectangle {
        anchors.fill: parent
        radius: height / 2
        color: control.primary && control.enabled ? control.tint : Theme.card
        opacity: control.enabled ? 1 : 0.6
        border.width: control.primary ? Theme.borderWidth : Math.max(1, Theme.borderWidth)
        border.color: control.primary ? Theme.ink : control.tint
        scale: area.pressed ? 0.96 : 1
        Behavior on scale { NumberAnimation { duration: Theme.motionFast } }
    }
    Text {
        id: label
        anchors.fill: parent
        anchors.leftMargin: 8
        anchors.rightMargin: 8
        anchors.topMargin: 6
        anchors.bottomMargin: 6
        text: control.text
        font.pixelSize: Theme.textBody
        font.weight: Font.DemiBold
        color: !control.enabled ? Theme.muted
             : control.primary ? Theme.accentInk : control.tint
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    MouseArea {
        id: area
        anchors.fill: parent
        onClicked: control.clicked()
    }
}
