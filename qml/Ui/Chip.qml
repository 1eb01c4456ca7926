import QtQuick

// A toggle the diner taps on and off (filters, choices): filled when on.
// Plain Qt Quick, no Controls: the filter chips are made with the menu's first frame.
Item {
    id: chip

    property string text
    property string detail
    property bool checkable: true
    property bool checked: false
    property alias pressed: area.pressed
    signal clicked()
    signal toggled()

    implicitHeight: Theme.touchTarget - 8
    // Room for the check mark whether it shows or not: a chip keeps its size and place under
    // the finger when toggled (the row is centred, so an unchecked label sits in the middle).
    implicitWidth: row.implicitWidth + (chip.checked ? 0 : mark.implicitWidth + row.spacing)
                   + 2 * Theme.spacing
    activeFocusOnTab: true
    Accessible.name: detail.length > 0 ? text + ", " + detail : text
    Accessible.role: Accessible.CheckBox
    Accessible.checkable: checkable
    Accessible.checked: checked
    Accessible.onPressAction: if (chip.enabled) chip.activate()
    Keys.onSpacePressed: chip.activate()

    function activate() {
        if (checkable) {
            checked = !checked
            toggled()
        }
        clicked()
    }

    Rectangle {
        anchors.fill: parent
        radius: height / 2
        color: chip.checked ? Theme.accent : Theme.card
        border.width: Math.max(1, Theme.borderWidth)
        border.color: chip.checked ? Theme.accent : Theme.line
        Behavior on color { ColorAnimation { duration: Theme.motionFast } }
    }
    Row {
        id: row
        anchors.centerIn: parent
        spacing: Theme.spacingSmall
        Text {
            id: mark
            anchors.verticalCenter: parent.verticalCenter
            text: "✓"
            visible: chip.checked
            color: Theme.accentInk
            font.pixelSize: Theme.textBody
        }
        Text {
            anchors.verticalCenter: parent.verticalCenter
            text: chip.text
            color: chip.checked ? Theme.accentInk : Theme.ink
            font.pixelSize: Theme.textBody
        }
        Text {
            text: chip.detail
            visible: text.length > 0
            color: chip.checked ? Theme.accentInk : Theme.muted
            font.pixelSize: Theme.textSmall
            anchors.verticalCenter: parent.verticalCenter
        }
    }
    MouseArea {
        id: area
        anchors.fill: parent
        onClicked: chip.activate()
    }
}
