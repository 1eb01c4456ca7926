import QtQuick
import QtQuick.Controls
import Tableside.Ui
import Tableside.Host

// One table's conversation on the floor: what the diners wrote and what staff answered, with
// the hub's times, and a line to answer them.
Column {
    id: panel

    required property HostScreen host

    spacing: Theme.spacingSmall

    Text {
        anchors.left: parent.left // mirrored: the right in Arabic and Persian
        text: qsTr("💬 Messages")
        color: Theme.kdsSelected
        font.pixelSize: Theme.textBody
        font.weight: Font.Bold
    }
    ListView {
        id: messages
        objectName: "hostChatList"
        width: parent.width
        height: Math.min(contentHeight, 220)
        visible: count > 0
        clip: true
        spacing: 4
        model: panel.host.chat
        onCountChanged: positionViewAtEnd()
        delegate: Rectangle {
            id: bubble
            required property int index
            required property string text
            required property string time
            required property bool mine
            objectName: "hostChat_" + index
            readonly property real listWidth: bubble.ListView.view.width
            width: Math.min(bubble.listWidth * 0.85, body.implicitWidth + 2 * Theme.spacingSmall)
            height: body.implicitHeight + stamp.implicitHeight + Theme.spacingSmall
            x: bubble.mine ? bubble.listWidth - width : 0
            radius: 8
            color: bubble.mine ? Theme.kdsAction : Theme.kdsCard
            border.color: bubble.mine ? Theme.kdsAction : Theme.kdsBorder
            Text {
                id: body
                x: Theme.spacingSmall / 2
                y: Theme.spacingSmall / 2
                width: Math.min(implicitWidth, bubble.listWidth * 0.85 - Theme.spacingSmall)
                text: bubble.text
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.kdsInk
                font.pixelSize: Theme.textBody
            }
            Text {
                id: stamp
                anchors.top: body.bottom
                anchors.right: parent.right
                anchors.rightMargin: Theme.spacingSmall / 2
                text: (bubble.mine ? qsTr("Staff · %1") : qsTr("Table · %1")).arg(bubble.time)
                color: bubble.mine ? Theme.kdsInk : Theme.kdsMuted
                font.pixelSize: Theme.textSmall
            }
        }
    }
    Text {
        anchors.left: parent.left
        visible: messages.count === 0
        text: qsTr("No messages from this table.")
        color: Theme.kdsMuted
        font.pixelSize: Theme.textSmall
    }
    Row {
        spacing: Theme.spacingSmall
        TextField {
            id: reply
            objectName: "hostChatField"
            width: panel.width - send.width - Theme.spacingSmall
            height: Theme.touchTarget
            placeholderText: qsTr("Answer table %1").arg(panel.host.number(panel.host.chatTable))
            Accessible.name: qsTr("Answer table %1").arg(panel.host.number(panel.host.chatTable))
            color: Theme.kdsInk
            placeholderTextColor: Theme.kdsMuted
            font.pixelSize: Theme.textBody
            maximumLength: panel.host.maxMessageLength
            background: Rectangle {
                radius: 8
                color: Theme.kdsCard
                border.color: reply.activeFocus ? Theme.kdsSelected : Theme.kdsBorder
            }
            onAccepted: send.clicked()
        }
        FloorButton {
            id: send
            objectName: "hostChatSend"
            text: qsTr("Send")
            enabled: panel.host.online && panel.host.chatTable > 0 && panel.host.canSend(reply.text)
            onClicked: {
                if (panel.host.sendChat(reply.text))
                    reply.clear()
            }
        }
    }
}
