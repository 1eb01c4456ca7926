import QtQuick
import Tableside.Ui

// The pairing code's keypad: ten digits, a backspace and the submit key, which is green once all
// six digits are in. Laid out like a phone's in every language.
Grid {
    id: keypad

    required property string code
    // The submit key's words, in the screen's language (DeviceGate::pairLabel).
    required property string submitLabel
    signal digitPressed(string digit)
    signal backspacePressed()
    signal submitPressed()

    columns: 3
    spacing: Theme.spacingSmall
    LayoutMirroring.enabled: false

    Repeater {
        model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "✓"]
        Rectangle {
            id: key
            required property string modelData
            // A key reaches the keypad through the grid it is in.
            readonly property PairKeypad keypad: key.parent as PairKeypad
            readonly property bool isDigit: modelData >= "0" && modelData <= "9"
            readonly property bool isSubmit: modelData === "✓"
            readonly property string label: key.isSubmit ? (key.keypad?.submitLabel ?? "") : key.modelData
            objectName: isDigit ? "pairDigit_" + modelData
                                : isSubmit ? "pairSubmit" : "pairBackspace"
            width: 96
            height: 60
            radius: 8
            color: isSubmit ? (key.keypad?.code.length === 6 ? Theme.kdsOk : Theme.kdsCard)
                            : keyArea.pressed ? Theme.kdsBorder : Theme.kdsLine
            Text {
                anchors.centerIn: parent
                text: key.label
                color: Theme.kdsInk
                font.pixelSize: key.isSubmit ? Theme.textSmall : Theme.textTitle
                font.weight: Font.Bold
                width: parent.width - 8
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
            }
            MouseArea {
                id: keyArea
                anchors.fill: parent
                onClicked: {
                    if (key.isDigit)
                        key.keypad.digitPressed(key.modelData)
                    else if (key.isSubmit)
                        key.keypad.submitPressed()
                    else
                        key.keypad.backspacePressed()
                }
            }
            Accessible.role: Accessible.Button
            Accessible.name: key.label
        }
    }
}
