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
            color: Theme.kdsClear
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
            PairCode {
                anchors.horizontalCenter: parent.horizontalCenter
                code: notice.code
            }
            PairKeypad {
                anchors.horizontalCenter: parent.horizontalCenter
                code: notice.code
                submitLabel: notice.gate.pairLabel
                onDigitPressed: digit => notice.press(digit)
                onBackspacePressed: notice.code = notice.code.slice(0, -1)
                onSubmitPressed: notice.submit()
            }
        }
    }
}
