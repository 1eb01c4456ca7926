import QtQuick
import Tableside.Ui

// Covers a screen the hub turned away, with what to do next, and where a new pairing code helps,
// a keypad to enter it right here. The screen's DeviceGate gives every word, already in the
// screen's own language; this file has no text of its own.
Rectangle {
    id: notice

    // The screen's DeviceGate: refusal, canPair, codePrompt, pairLabel, pair(code).
    required property DeviceGate gate
    property string code: ""

    function press(digit) {
        if (notice.code.length < 6)
            notice.code += digit
    }
    function submit() {
        if (notice.gate.pair(notice.code))
            notice.code = ""
    }

    objectName: "refusalNotice"
    visible: gate.refusal !== ""
    anchors.fill: parent
    z: 1000
    color: Theme.kdsBackground
    focus: visible

    // A keyboard or bump bar types the code too.
    Keys.onPressed: event => {
        if (!notice.gate.canPair)
            return
        if (event.text >= "0" && event.text <= "9" && event.text.length === 1)
            notice.press(event.text)
        else if (event.key === Qt.Key_Backspace)
            notice.code = notice.code.slice(0, -1)
        else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
            notice.submit()
        else
            return
        event.accepted = true
    }

    // Takes every touch: nothing behind it can be used.
    MouseArea {
        anchors.fill: parent
    }
    Column {
        anchors.centerIn: parent
        width: Math.min(parent.width - 4 * Theme.spacing, 900)
        spacing: Theme.spacing

        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            width: 72
            height: 72
            radius: 36
            color: "transparent"
            border.color: Theme.kdsWarn
            border.width: 5
            Text {
                anchors.centerIn: parent
                text: "!"
                color: Theme.kdsWarn
                font.pixelSize: Theme.textHeadline
                font.weight: Font.Bold
            }
        }
        Text {
            objectName: "refusalText"
            width: parent.width
            text: notice.gate.refusal
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            color: Theme.kdsInk
            font.pixelSize: Theme.textTitle
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }

        Column {
            visible: notice.gate.canPair
            anchors.horizontalCenter: parent.horizontalCenter
            spacing: Theme.spacingSmall

            Text {
                anchors.horizontalCenter: parent.horizontalCenter
                text: notice.gate.codePrompt
                color: Theme.kdsMuted
                font.pixelSize: Theme.textBody
            }
            // Six boxes, filled as digits are typed; read left to right in every language.
            Row {
                objectName: "pairCode"
                property string code: notice.code
                anchors.horizontalCenter: parent.horizontalCenter
                spacing: Theme.spacingSmall
                LayoutMirroring.enabled: false
                Repeater {
                    model: 6
                    Rectangle {
                        required property int index
                        width: 48
                        height: 60
                        radius: 8
                        color: Theme.kdsCard
                        border.color: index === notice.code.length ? Theme.kdsSelected : Theme.kdsBorder
                        border.width: 2
                        Text {
                            anchors.centerIn: parent
                            text: notice.code.charAt(parent.index)
                            color: Theme.kdsInk
                            font.pixelSize: Theme.textHeadline
                            font.weight: Font.Bold
                        }
                    }
                }
            }
            Grid {
                anchors.horizontalCenter: parent.horizontalCenter
                columns: 3
                spacing: Theme.spacingSmall
                LayoutMirroring.enabled: false
                Repeater {
                    model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "✓"]
                    Rectangle {
                        id: key
                        required property string modelData
                        readonly property bool isDigit: modelData >= "0" && modelData <= "9"
                        readonly property bool isSubmit: modelData === "✓"
                        objectName: isDigit ? "pairDigit_" + modelData
                                            : isSubmit ? "pairSubmit" : "pairBackspace"
                        width: 96
                        height: 60
                        radius: 8
                        color: isSubmit ? (notice.code.length === 6 ? Theme.kdsOk : Theme.kdsCard)
                                        : keyArea.pressed ? Theme.kdsBorder : Theme.kdsLine
                        Text {
                            anchors.centerIn: parent
                            text: key.isSubmit ? notice.gate.pairLabel : key.modelData
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
                                    notice.press(key.modelData)
                                else if (key.isSubmit)
                                    notice.submit()
                                else
                                    notice.code = notice.code.slice(0, -1)
                            }
                        }
                        Accessible.role: Accessible.Button
                        Accessible.name: key.isSubmit ? notice.gate.pairLabel : key.modelData
                    }
                }
            }
        }
    }
}
