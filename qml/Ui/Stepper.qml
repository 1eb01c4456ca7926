import QtQuick
import QtQuick.Layouts

// − value +, each a full touch target. Emits; the model decides the limits.
RowLayout {
    id: stepper

    required property string name // objectName prefix: <name>Minus, <name>Plus
    property string valueText
    property bool canDecrease: true
    property bool canIncrease: true
    property int buttonSize: Theme.touchTarget
    signal decreased()
    signal increased()

    spacing: Theme.spacingSmall

    PillButton {
        objectName: stepper.name + "Minus"
        text: "−"
        enabled: stepper.canDecrease
        Accessible.name: qsTr("Fewer")
        Layout.preferredWidth: stepper.buttonSize
        onClicked: stepper.decreased()
    }
    Text {
        text: stepper.valueText
        Layout.minimumWidth: stepper.buttonSize * 0.7
        horizontalAlignment: Text.AlignHCenter
        font.pixelSize: Theme.textTitle
        font.weight: Font.DemiBold
        color: Theme.ink
    }
    PillButton {
        objectName: stepper.name + "Plus"
        text: "+"
        enabled: stepper.canIncrease
        Accessible.name: qsTr("More")
        Layout.preferredWidth: stepper.buttonSize
        onClicked: stepper.increased()
    }
}
