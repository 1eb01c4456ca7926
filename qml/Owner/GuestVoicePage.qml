import QtQuick
import Tableside.Ui
import Tableside.Owner

// What guests said, for the owner: the span of weeks, the chosen dish's weeks and the net
// promoter score's weeks as charts, then the dishes best rated first, the comments with their
// filters, and the contacts with how long they are kept. Nothing names a waiter: service is the
// venue's as a whole.
Item {
    id: page

    required property OwnerScreen owner
    readonly property GuestVoiceView voice: page.owner.voice

    Row {
        id: spans
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.margins: Theme.spacing
        spacing: 6
        Text {
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("Weeks shown:")
            color: Theme.muted
            font.pixelSize: Theme.textSmall
        }
        VoiceChips {
            anchors.verticalCenter: parent.verticalCenter
            values: page.voice.spans
            chosen: page.voice.weeks
            name: "voiceWeeks_"
            label: weeks => qsTr("%n weeks", "", weeks)
            spoken: weeks => qsTr("Show %n weeks", "", weeks)
            onPicked: weeks => page.voice.setWeeks(weeks)
        }
    }
    Text {
        objectName: "voiceError"
        anchors.left: spans.right
        anchors.leftMargin: Theme.spacing
        anchors.right: parent.right
        anchors.rightMargin: Theme.spacing
        anchors.verticalCenter: spans.verticalCenter
        horizontalAlignment: Text.AlignRight
        text: page.voice.error
        color: Theme.danger
        font.pixelSize: Theme.textSmall
        elide: Text.ElideRight
    }

    // The charts: the chosen dish's average stars, and the net promoter score.
    Row {
        id: charts
        anchors.top: spans.bottom
        anchors.topMargin: Theme.spacingSmall
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        height: Math.round(page.height * 0.34)
        spacing: Theme.spacing
        Rectangle {
            width: (parent.width - parent.spacing) / 2
            height: parent.height
            color: Theme.card
            border.color: Theme.line
            radius: 6
            Text {
                id: dishTitle
                objectName: "voiceDishTitle"
                anchors.top: parent.top
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.margins: Theme.spacingSmall
                horizontalAlignment: Text.AlignLeft
                text: page.voice.dish === "" ? qsTr("Choose a dish to see its weeks")
                                             : qsTr("%1: average stars by week").arg(page.voice.dishName)
                color: page.voice.dish === "" ? Theme.muted : Theme.ink
                font.pixelSize: Theme.textBody
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            VoiceChart {
                objectName: "voiceDishChart"
                anchors.top: dishTitle.bottom
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                anchors.margins: 2
                visible: page.voice.dish !== ""
                points: page.voice.dishWeeks
                firstWeek: page.voice.firstWeek
                lastWeek: page.voice.lastWeek
                lowest: 1
                highest: 5
                labelFormat: "%.0f"
                language: page.owner.language
            }
        }
        Rectangle {
            width: (parent.width - parent.spacing) / 2
            height: parent.height
            color: Theme.card
            border.color: Theme.line
            radius: 6
            Column {
                id: npsHead
                anchors.top: parent.top
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.margins: Theme.spacingSmall
                Row {
                    width: parent.width
                    spacing: Theme.spacingSmall
                    Text {
                        id: npsLabel
                        anchors.baseline: npsValue.baseline
                        text: qsTr("Net promoter score")
                        color: Theme.ink
                        font.pixelSize: Theme.textBody
                        font.weight: Font.DemiBold
                    }
                    Text {
                        id: npsValue
                        objectName: "voiceNps"
                        text: page.voice.npsText
                        color: page.voice.hasNps ? Theme.accent : Theme.muted
                        font.pixelSize: page.voice.hasNps ? Theme.textHeadline : Theme.textBody
                        font.weight: Font.Bold
                    }
                }
                Text {
                    objectName: "voiceVisits"
                    width: parent.width
                    horizontalAlignment: Text.AlignLeft
                    text: page.voice.visitsText
                    color: Theme.muted
                    font.pixelSize: 13
                    elide: Text.ElideRight
                }
                Text {
                    width: parent.width
                    horizontalAlignment: Text.AlignLeft
                    text: page.voice.npsSplitText
                    color: Theme.muted
                    font.pixelSize: 13
                    elide: Text.ElideRight
                }
            }
            VoiceChart {
                objectName: "voiceNpsChart"
                anchors.top: npsHead.bottom
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                anchors.margins: 2
                points: page.voice.npsWeeks
                firstWeek: page.voice.firstWeek
                lastWeek: page.voice.lastWeek
                lowest: -100
                highest: 100
                language: page.owner.language
            }
        }
    }

    Row {
        anchors.top: charts.bottom
        anchors.topMargin: Theme.spacing
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        anchors.bottomMargin: Theme.spacing
        spacing: Theme.spacing
        VoiceDishes {
            width: Math.round((parent.width - 2 * parent.spacing) * 0.34)
            height: parent.height
            voice: page.voice
        }
        VoiceComments {
            width: Math.round((parent.width - 2 * parent.spacing) * 0.41)
            height: parent.height
            voice: page.voice
        }
        VoiceContacts {
            width: (parent.width - 2 * parent.spacing) - Math.round((parent.width - 2 * parent.spacing) * 0.34)
                   - Math.round((parent.width - 2 * parent.spacing) * 0.41)
            height: parent.height
            voice: page.voice
        }
    }
}
