import QtQuick
import QtQuick.Layouts
import Tableside.Table
import Tableside.Ui

// One button per kind of call, off while such a call is out: a button reaches the screen
// through its grid (button.parent as CallButtons).
GridLayout {
    id: grid

    required property TableScreen table

    columns: 2
    columnSpacing: Theme.spacing
    rowSpacing: Theme.spacing
    Repeater {
        model: grid.table.serviceKinds
        delegate: PillButton {
            id: button
            required property string code
            required property bool open
            objectName: "call_" + code
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget * 1.4
            text: Labels.serviceKind(code)
            primary: true
            enabled: !open
            onClicked: (button.parent as CallButtons).table.callStaff(code)
        }
    }
}
