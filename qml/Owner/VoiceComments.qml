import QtQuick
import QtQuick.Controls
import Tableside.Ui
import Tableside.Owner

// What guests wrote, newest first: filtered by the chosen dish, by rating and by days, a page at a
// time. Their words are shown isolated, so no direction or invisible mark in them reorders the
// rest of the row.
Rectangle {
    id: panel

    required property GuestVoiceView voice

    color: Theme.card
    border.color: Theme.line
    radius: 6

    Column {
        id: filters
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.spacingSmall
        spacing: Theme.spacingSmall
        Row {
            width: parent.width
            spacing: Theme.spacingSmall
            Text {
                width: parent.width - (dishChip.visible ? dishChip.width + Theme.spacingSmall : 0)
                anchors.verticalCenter: parent.verticalCenter
                horizontalAlignment: Text.AlignLeft
                text: qsTr("Comments")
                color: Theme.ink
                font.pixelSize: Theme.textBody
                font.weight: Font.DemiBold
            }
            // The dish chosen in the list: only its comments; the ✕ shows them all again.
            Rectangle {
                id: dishChip
                objectName: "voiceDishFilter"
                visible: panel.voice.dish !== ""
                width: Math.min(dishText.implicitWidth + 2 * Theme.spacing, panel.width / 2)
                height: 48
                radius: 24
                color: Theme.accent
                Text {
                    id: dishText
                    anchors.fill: parent
                    anchors.leftMargin: Theme.spacing
                    anchors.rightMargin: Theme.spacing
                    verticalAlignment: Text.AlignVCenter
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("%1 ✕").arg(panel.voice.dishName)
                    color: Theme.accentInk
                    font.pixelSize: Theme.textSmall
                    elide: Text.ElideRight
                }
                TapHandler {
                    onTapped: panel.voice.chooseDish("")
                }
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Show the comments on every dish")
            }
        }
        VoiceChips {
            width: parent.width
            values: [0, 5, 4, 3, 2, 1]
            chosen: panel.voice.rating
            name: "voiceRating_"
            label: stars => stars === 0 ? qsTr("Any rating") : "★".repeat(stars)
            spoken: stars => stars === 0 ? qsTr("Any rating") : qsTr("%n stars", "", stars)
            onPicked: stars => panel.voice.setRating(stars)
        }
        Row {
            width: parent.width
            spacing: Theme.spacingSmall
            TextField {
                id: fromField
                objectName: "voiceFrom"
                width: (parent.width - showDays.width - 2 * Theme.spacingSmall) / 2
                height: 48
                text: panel.voice.fromText
                placeholderText: qsTr("From (2026-11-23)")
                inputMethodHints: Qt.ImhDate | Qt.ImhNoPredictiveText
                font.pixelSize: Theme.textSmall
                onAccepted: panel.voice.setDays(fromField.text, toField.text)
                Accessible.name: qsTr("First day")
            }
            TextField {
                id: toField
                objectName: "voiceTo"
                width: fromField.width
                height: 48
                text: panel.voice.toText
                placeholderText: qsTr("To (2026-11-30)")
                inputMethodHints: Qt.ImhDate | Qt.ImhNoPredictiveText
                font.pixelSize: Theme.textSmall
                onAccepted: panel.voice.setDays(fromField.text, toField.text)
                Accessible.name: qsTr("Last day")
            }
            OwnerButton {
                id: showDays
                objectName: "voiceShowDays"
                implicitHeight: 48
                text: qsTr("Show")
                onClicked: panel.voice.setDays(fromField.text, toField.text)
            }
        }
    }

    ListView {
        id: list
        objectName: "voiceComments"
        anchors.top: filters.bottom
        anchors.topMargin: Theme.spacingSmall
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: pager.top
        anchors.margins: 1
        clip: true
        model: panel.voice.comments
        delegate: Rectangle {
            id: row
            required property string aboutText
            required property string ratingText
            required property string text
            required property string whenText
            required property string tableText

            width: ListView.view?.width ?? 0
            height: body.implicitHeight + 2 * Theme.spacingSmall
            color: Theme.card
            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: 1
                color: Theme.line
            }
            Column {
                id: body
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.margins: Theme.spacing
                anchors.verticalCenter: parent.verticalCenter
                spacing: 2
                Row {
                    width: parent.width
                    spacing: Theme.spacingSmall
                    Text {
                        text: row.aboutText
                        color: Theme.ink
                        font.pixelSize: Theme.textSmall
                        font.weight: Font.DemiBold
                    }
                    Text {
                        visible: row.ratingText !== ""
                        text: row.ratingText
                        color: Theme.warning
                        font.pixelSize: Theme.textSmall
                        Accessible.ignored: true
                    }
                    Text {
                        text: qsTr("%1, %2").arg(row.tableText).arg(row.whenText)
                        color: Theme.muted
                        font.pixelSize: 13
                    }
                }
                Text {
                    objectName: "voiceComment"
                    width: parent.width
                    horizontalAlignment: Text.AlignLeft
                    text: row.text
                    textFormat: Text.PlainText
                    color: Theme.ink
                    font.pixelSize: Theme.textSmall
                    wrapMode: Text.Wrap
                    maximumLineCount: 4
                    elide: Text.ElideRight
                }
            }
        }
    }
    Item {
        id: pager
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacingSmall
        height: 48
        Text {
            objectName: "voicePageText"
            anchors.left: parent.left
            anchors.right: pageButtons.left
            anchors.verticalCenter: parent.verticalCenter
            horizontalAlignment: Text.AlignLeft
            text: panel.voice.pageText
            color: Theme.muted
            font.pixelSize: Theme.textSmall
            elide: Text.ElideRight
        }
        Row {
            id: pageButtons
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.spacingSmall
            OwnerButton {
                objectName: "voiceNewer"
                implicitHeight: 48
                text: qsTr("Newer")
                enabled: panel.voice.hasNewer
                onClicked: panel.voice.newerComments()
            }
            OwnerButton {
                objectName: "voiceOlder"
                implicitHeight: 48
                text: qsTr("Older")
                enabled: panel.voice.hasOlder
                onClicked: panel.voice.olderComments()
            }
        }
    }
}
