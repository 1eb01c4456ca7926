import QtQuick
import QtQuick.Layouts
import Tableside.Table
import Tableside.Ui

// One idea on the board: its words (isolated: they never reorder the screen's text), where the
// owner has it, the votes, the owner's public answer, and "Me too" while this party has not voted.
Rectangle {
    id: row

    required property int ideaId
    required property string body
    required property string status
    required property string answer
    required property int votes
    required property bool voted
    required property int mergedCount
    required property TableScreen table
    // Similar ideas under a draft: shorter, without the owner's answer, named apart.
    property bool compact: false
    readonly property string prefix: compact ? "similar_" : ""

    readonly property bool votable: status !== "done" && status !== "declined"

    objectName: prefix + "idea_" + ideaId
    implicitHeight: content.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.background
    border.width: Theme.borderWidth
    border.color: Theme.line

    function statusText(code: string): string {
        switch (code) {
        case "new": return qsTr("New")
        case "under_review": return qsTr("Under review")
        case "planned": return qsTr("Planned")
        case "done": return qsTr("Done")
        case "declined": return qsTr("Not for us")
        }
        return ""
    }

    RowLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall / 2
            Text {
                objectName: row.prefix + "ideaBody_" + row.ideaId
                Layout.fillWidth: true
                text: row.body
                wrapMode: Text.Wrap
                maximumLineCount: row.compact ? 2 : 6
                elide: Text.ElideRight
                color: Theme.ink
                font.pixelSize: Theme.textBody
            }
            Row {
                spacing: Theme.spacingSmall
                Rectangle {
                    objectName: row.prefix + "ideaStatus_" + row.ideaId
                    width: statusLabel.implicitWidth + 2 * Theme.spacingSmall
                    height: statusLabel.implicitHeight + 4
                    radius: height / 2
                    color: row.status === "done" ? Theme.success
                         : row.status === "declined" ? Theme.muted : Theme.accent
                    Text {
                        id: statusLabel
                        anchors.centerIn: parent
                        text: row.statusText(row.status)
                        color: Theme.statusInk
                        font.pixelSize: Theme.textSmall
                        font.weight: Font.DemiBold
                    }
                }
                Text {
                    objectName: row.prefix + "ideaVotes_" + row.ideaId
                    text: qsTr("Votes: %1").arg(row.table.number(row.votes))
                    color: Theme.muted
                    font.pixelSize: Theme.textSmall
                }
            }
            Text {
                objectName: row.prefix + "ideaAnswer_" + row.ideaId
                Layout.fillWidth: true
                visible: !row.compact && row.answer.length > 0
                text: visible ? qsTr("The restaurant: %1").arg(row.answer) : ""
                wrapMode: Text.Wrap
                color: Theme.ink
                font.pixelSize: Theme.textSmall
                font.italic: true
            }
        }
        PillButton {
            objectName: row.prefix + "meToo_" + row.ideaId
            visible: row.votable
            enabled: !row.voted
            primary: !row.voted
            text: row.voted ? qsTr("Voted") : qsTr("Me too")
            Accessible.name: row.voted ? qsTr("You voted for this idea")
                                       : qsTr("Me too: vote for this idea")
            onClicked: row.table.ideaBoard.vote(row.ideaId)
        }
    }
}
