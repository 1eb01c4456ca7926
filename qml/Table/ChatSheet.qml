import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tableside.Table
import Tableside.Ui

// The party's conversation with the staff: their replies and the diner's messages with times,
// quick replies for what diners most often want, and a field that brings up the keyboard.
// Opening it reads the staff's replies; a new party finds it closed and empty.
Sheet {
    id: sheet

    required property TableScreen table

    objectName: "chatSheet"
    panelWidth: Math.min(width - 2 * Theme.spacingLarge, 720)
    panelHeight: height - 2 * Theme.spacingLarge
    onDismissed: open = false
    onOpenChanged: table.chatOpen = open

    Connections {
        target: sheet.table
        function onPageChanged() {
            if (sheet.table.page === "welcome")
                sheet.open = false
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            Text {
                Layout.fillWidth: true
                text: qsTr("Message staff")
                color: Theme.ink
                font.pixelSize: Theme.textHeadline
                font.weight: Font.Bold
            }
            PillButton {
                objectName: "chatClose"
                text: "✕"
                Accessible.name: qsTr("Close")
                onClicked: sheet.open = false
            }
        }
        Text {
            objectName: "chatOffline"
            Layout.fillWidth: true
            visible: !sheet.table.online
            text: qsTr("Offline — your messages will be sent when the connection is back.")
            wrapMode: Text.WordWrap
            color: Theme.warning
            font.pixelSize: Theme.textBody
            font.weight: Font.DemiBold
        }
        TableList {
            id: messages
            objectName: "chatList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacingSmall
            table: sheet.table
            model: sheet.table.chat
            // Once the new rows or the new height are laid out, the newest message is in sight.
            onCountChanged: toEnd.restart()
            // The keyboard or a larger text takes room: the newest message stays in sight.
            onHeightChanged: toEnd.restart()
            Timer {
                id: toEnd
                interval: 0
                onTriggered: messages.positionViewAtEnd()
            }
            delegate: ChatBubble {
                id: bubble
                width: ListView.view.width
                table: (bubble.ListView.view as TableList).table
            }
            Text {
                anchors.centerIn: parent
                width: parent.width
                visible: messages.count === 0
                text: qsTr("Write to the staff, or tap a quick message below. A waiter will answer here.")
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
                color: Theme.muted
                font.pixelSize: Theme.textBody
            }
        }
        // One row the diner slides sideways: however long the replies (large text, Arabic), the
        // conversation keeps its room above them.
        TableList {
            id: quickReplies
            objectName: "quickReplies"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(Theme.touchTarget, contentItem.childrenRect.height)
            orientation: ListView.Horizontal
            spacing: Theme.spacingSmall
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            table: sheet.table
            model: sheet.table.quickReplies
            delegate: PillButton {
                id: reply
                required property int index
                required property string body
                required text
                objectName: "quickReply_" + index
                onClicked: (reply.ListView.view as TableList).table.sendChat(body)
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            TextField {
                id: field
                objectName: "chatField"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                placeholderText: qsTr("Write a message")
                Accessible.name: qsTr("Write a message to the staff")
                maximumLength: ScreenLimits.messageLength
                leftPadding: Theme.spacing
                rightPadding: Theme.spacing
                font.pixelSize: Theme.textBody
                color: Theme.ink
                placeholderTextColor: Theme.muted
                text: sheet.table.chatDraft
                onTextEdited: sheet.table.chatDraft = text
                onAccepted: send.clicked()
                background: Rectangle {
                    radius: Theme.radius
                    color: Theme.background
                    border.width: field.activeFocus ? 2 : 1
                    border.color: field.activeFocus ? Theme.accent : Theme.line
                }
            }
            PillButton {
                id: send
                objectName: "chatSend"
                primary: true
                text: qsTr("Send")
                enabled: sheet.table.canSendChat
                onClicked: sheet.table.sendChat(sheet.table.chatDraft)
            }
        }
    }
}
