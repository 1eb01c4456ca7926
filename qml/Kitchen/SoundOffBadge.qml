import QtQuick
import Tableside.Ui

// "Sound off": a new ticket will not chime on this machine (no sound server or device). A crossed
// speaker and the words, on the warning colour: never the colour alone.
Rectangle {
    id: badge

    objectName: "soundOff"
    implicitWidth: row.implicitWidth + 2 * Theme.spacingSmall
    implicitHeight: Theme.touchTarget - 8
    radius: 8
    color: Theme.kdsWarn
    Accessible.role: Accessible.StaticText
    Accessible.name: label.text

    Row {
        id: row
        anchors.centerIn: parent
        spacing: 6

        Canvas {
            id: speaker
            width: 26
            height: 26
            anchors.verticalCenter: parent.verticalCenter
            onPaint: {
                const ctx = getContext("2d")
                ctx.reset()
                ctx.fillStyle = Theme.kdsWarnInk
                ctx.strokeStyle = Theme.kdsWarnInk
                // The speaker: a box and its cone.
                ctx.beginPath()
                ctx.moveTo(2, 9); ctx.lineTo(7, 9); ctx.lineTo(13, 3); ctx.lineTo(13, 23)
                ctx.lineTo(7, 17); ctx.lineTo(2, 17); ctx.closePath()
                ctx.fill()
                // The cross where its sound would be.
                ctx.lineWidth = 3
                ctx.beginPath()
                ctx.moveTo(16, 8); ctx.lineTo(24, 18)
                ctx.moveTo(24, 8); ctx.lineTo(16, 18)
                ctx.stroke()
            }
        }
        Text {
            id: label
            objectName: "soundOffText"
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("Sound off")
            color: Theme.kdsWarnInk
            font.pixelSize: Theme.textBody
            font.weight: Font.Bold
        }
    }
}
