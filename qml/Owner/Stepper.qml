import QtQuick
import Tableside.Ui

// A whole number stepped with a finger: − and + each a full-size target, the number between.
Row {
    id: stepper

    required property int value
    property int from: 0
    property int to: 99
    // The number as the screen writes it (its own digits).
    property string valueText: String(stepper.value)
    // The steppers' objectName is prefix + "Down" / "Up" / "Value".
    property string prefix: "stepper"
    property string label: ""
    signal stepped(int value)

    spacing: 4
    OwnerButton {
        objectName: stepper.prefix + "Down"
        implicitWidth: 48
        text: "−"
        enabled: stepper.value > stepper.from
        Accessible.name: qsTr("Fewer: %1").arg(stepper.label)
        onClicked: stepper.stepped(stepper.value - 1)
    }
    Text {
        objectName: stepper.prefix + "Value"
        width: 48
        height: 48
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        text: stepper.valueText
        color: Theme.ink
        font.pixelSize: Theme.textBody
        font.weight: Font.DemiBold
        Accessible.role: Accessible.StaticText
        Accessible.name: stepper.label + " " + stepper.valueText
    }
    OwnerButton {
        objectName: stepper.prefix + "Up"
        implicitWidth: 48
        text: "+"
        enabled: stepper.value < stepper.to
        Accessible.name: qsTr("More: %1").arg(stepper.label)
        onClicked: stepper.stepped(stepper.value + 1)
    }
}
