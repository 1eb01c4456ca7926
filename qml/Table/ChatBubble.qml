import QtQuick
import Tableside.Table
import Tableside.Ui

// One message: the diner's own on the trailing side in the accent colour, the staff's on the
// leading side; under it who and when, or that it is still being sent.
Item {
    id: bubble

    required property int index
    required property string text
    required property string time
    required property string state
    required property bool mine
    required property TableScreen table

    objectName: "chatMessage_" + index
    implicitHeight: card.height + stamp.implicitHeight + 4

    Rectangle {
        id: card
        anchors.left: bubble.mine ? undefined : parent.left
        anchors.right: bubble.mine ? parent.right : undefined
        width: Math.min(bubble.width * 0.8, body.implicitWidth + 2 * Theme.spacing)
        height: body.implicitHeight + Theme.spacing
        radius: Theme.radius
        color: bubble.mine ? Theme.accent : Theme.background
        border.width: Math.max(1, Theme.borderWidth)
        border.color: bubble.mine ? Theme.accent : Theme.line
        opacity: bubble.state === "sending" ? 0.75 : 1
        Text {
            id: body
            objectName: "chatText_" + bubble.index
            anchors.centerIn: parent
            width: Math.min(implicitWidth, bubble.width * 0.8 - 2 * Theme.spacing)
            text: bubble.text
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            color: bubble.mine ? Theme.accentInk : Theme.ink
            font.pixelSize: Theme.textBody
        }
    }
    Text {
        id: stamp
        objectName: "chatStamp_" + bubble.index
        anchors.top: card.bottom
        anchors.topMargin: 2
        anchors.left: bubble.mine ? undefined : card.left
        anchors.right: bubble.mine ? card.right : undefined
        text: bubble.state === "sending"
              ? (bubble.table.online ? qsTr("Sending…") : qsTr("Offline — will send when connected"))
              : bubble.mine ? qsTr("You · %1").arg(bubble.time) : qsTr("Staff · %1").arg(bubble.time)
        color: bubble.state === "sending" ? Theme.warning : Theme.muted
        font.pixelSize: Theme.textSmall
    }
}
