import QtQuick
import Tableside.Ui
import Tableside.Owner

// The e-mails guests left with their consent, each erased on the owner's word once confirmed, and
// how long comments and e-mails are kept (the owner's PIN, as every owner's change).
Rectangle {
    id: panel

    required property GuestVoiceView voice

    color: Theme.card
    border.color: Theme.line
    radius: 6

    Text {
        id: heading
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.spacingSmall
        horizontalAlignment: Text.AlignLeft
        text: qsTr("Guests who may be contacted")
        color: Theme.ink
        font.pixelSize: Theme.textBody
        font.weight: Font.DemiBold
        elide: Text.ElideRight
    }
    Text {
        anchors.top: list.top
        anchors.topMargin: Theme.spacing
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.spacing
        visible: list.count === 0
        horizontalAlignment: Text.AlignLeft
        wrapMode: Text.Wrap
        text: qsTr("No guest left an e-mail.")
        color: Theme.muted
        font.pixelSize: Theme.textSmall
    }
    ListView {
        id: list
        objectName: "voiceContacts"
        anchors.top: heading.bottom
        anchors.topMargin: Theme.spacingSmall
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: retention.top
        anchors.margins: 1
        clip: true
        model: panel.voice.contacts
        delegate: Rectangle {
            id: row
            required property int sessionId
            required property string email
            required property string whenText
            required property bool confirming
            readonly property VoiceContacts panel: ListView.view?.parent as VoiceContacts

            objectName: "voiceContact_" + row.sessionId
            width: ListView.view?.width ?? 0
            height: row.confirming ? 112 : 64
            color: Theme.card
            border.color: row.confirming ? Theme.warning : Theme.clear
            border.width: row.confirming ? 2 : 0
            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: 1
                color: Theme.line
            }
            Column {
                anchors.left: parent.left
                anchors.leftMargin: Theme.spacing
                anchors.right: erase.left
                anchors.rightMargin: Theme.spacingSmall
                anchors.top: parent.top
                anchors.topMargin: Theme.spacingSmall
                Text {
                    width: parent.width
                    horizontalAlignment: Text.AlignLeft
                    text: row.email
                    textFormat: Text.PlainText
                    color: Theme.ink
                    font.pixelSize: Theme.textSmall
                    elide: Text.ElideMiddle
                }
                Text {
                    width: parent.width
                    horizontalAlignment: Text.AlignLeft
                    text: row.whenText
                    color: Theme.muted
                    font.pixelSize: 13
                }
            }
            OwnerButton {
                id: erase
                objectName: "voiceForget_" + row.sessionId
                visible: !row.confirming
                anchors.right: parent.right
                anchors.rightMargin: Theme.spacingSmall
                anchors.top: parent.top
                anchors.topMargin: Theme.spacingSmall
                implicitWidth: 88
                text: qsTr("Delete")
                onClicked: row.panel.voice.askForget(row.sessionId)
                Accessible.name: qsTr("Delete the e-mail %1").arg(row.email)
            }
            Row {
                visible: row.confirming
                anchors.right: parent.right
                anchors.rightMargin: Theme.spacingSmall
                anchors.bottom: parent.bottom
                anchors.bottomMargin: Theme.spacingSmall
                spacing: Theme.spacingSmall
                OwnerButton {
                    objectName: "voiceKeep_" + row.sessionId
                    text: qsTr("Keep")
                    onClicked: row.panel.voice.cancelForget()
                }
                OwnerButton {
                    objectName: "voiceConfirmForget_" + row.sessionId
                    danger: true
                    text: qsTr("Delete for good")
                    onClicked: row.panel.voice.confirmForget()
                }
            }
        }
    }
    Column {
        id: retention
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacingSmall
        spacing: Theme.spacingSmall
        Rectangle {
            width: parent.width
            height: 1
            color: Theme.line
        }
        Text {
            objectName: "voiceRetention"
            width: parent.width
            horizontalAlignment: Text.AlignLeft
            wrapMode: Text.Wrap
            text: panel.voice.retentionText
            color: Theme.ink
            font.pixelSize: Theme.textSmall
        }
        VoiceChips {
            width: parent.width
            values: [30, 90, 180, 365, 730]
            chosen: panel.voice.retentionDays
            name: "voiceKeep"
            label: days => qsTr("%n days", "", days)
            spoken: days => qsTr("Keep comments for %n days", "", days)
            onPicked: days => panel.voice.setRetention(days)
        }
    }
}
