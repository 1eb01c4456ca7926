import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tableside.Ui
import Tableside.Owner

// The diners' ideas, as the tables see them: done first, then by votes. Each is moved to a status
// with one tap, answered in public, or merged into a duplicate: "Merge…" on one, then "Keep this
// one" on the other; each table's vote then counts once.
Item {
    id: page

    required property OwnerScreen owner
    readonly property OwnerIdeas ideas: owner.ideas

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacingSmall

        RowLayout {
            Layout.fillWidth: true
            visible: page.ideas.mergingId > 0 || page.ideas.error.length > 0
            Text {
                objectName: "ideasNotice"
                Layout.fillWidth: true
                text: page.ideas.error.length > 0 ? page.ideas.error
                      : qsTr("Choose the idea to keep: the other is merged into it, and its votes with it.")
                wrapMode: Text.WordWrap
                color: page.ideas.error.length > 0 ? Theme.danger : Theme.ink
                font.pixelSize: Theme.textBody
            }
            OwnerButton {
                objectName: "cancelMerge"
                visible: page.ideas.mergingId > 0
                text: qsTr("Cancel")
                onClicked: page.ideas.cancelMerge()
            }
        }

        ListView {
            id: list
            objectName: "ownerIdeasList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacingSmall
            model: page.ideas.ideas
            delegate: Rectangle {
                id: row
                required property int ideaId
                required property string body
                required property string status
                required property string answerText
                required property int votes
                required property int mergedCount
                readonly property IdeasPage page: ListView.view?.parent?.parent as IdeasPage
                readonly property OwnerIdeas ideas: row.page?.ideas ?? null
                readonly property bool merging: (row.ideas?.mergingId ?? 0) === row.ideaId

                objectName: "ownerIdea_" + row.ideaId
                width: ListView.view?.width ?? 0
                height: column.implicitHeight + 2 * Theme.spacing
                radius: 6
                color: Theme.card
                border.color: row.merging ? Theme.warning : Theme.line
                border.width: row.merging ? 2 : 1

                ColumnLayout {
                    id: column
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    spacing: Theme.spacingSmall
                    RowLayout {
                        Layout.fillWidth: true
                        Text {
                            Layout.fillWidth: true
                            text: row.body
                            wrapMode: Text.Wrap
                            color: Theme.ink
                            font.pixelSize: Theme.textBody
                        }
                        Text {
                            objectName: "ownerIdeaVotes_" + row.ideaId
                            text: row.mergedCount > 0
                                  ? qsTr("Votes: %1 (with %2 merged)").arg(row.page?.owner.number(row.votes) ?? "")
                                        .arg(row.page?.owner.number(row.mergedCount) ?? "")
                                  : qsTr("Votes: %1").arg(row.page?.owner.number(row.votes) ?? "")
                            color: Theme.muted
                            font.pixelSize: Theme.textSmall
                        }
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.spacingSmall
                        OwnerButton {
                            objectName: "ideaStatus_" + row.ideaId + "_under_review"
                            text: qsTr("Under review")
                            primary: row.status === "under_review"
                            onClicked: if (row.status !== "under_review") row.ideas?.setStatus(row.ideaId, "under_review")
                        }
                        OwnerButton {
                            objectName: "ideaStatus_" + row.ideaId + "_planned"
                            text: qsTr("Planned")
                            primary: row.status === "planned"
                            onClicked: if (row.status !== "planned") row.ideas?.setStatus(row.ideaId, "planned")
                        }
                        OwnerButton {
                            objectName: "ideaStatus_" + row.ideaId + "_done"
                            text: qsTr("Done")
                            primary: row.status === "done"
                            onClicked: if (row.status !== "done") row.ideas?.setStatus(row.ideaId, "done")
                        }
                        OwnerButton {
                            objectName: "ideaStatus_" + row.ideaId + "_declined"
                            text: qsTr("Not for us")
                            primary: row.status === "declined"
                            onClicked: if (row.status !== "declined") row.ideas?.setStatus(row.ideaId, "declined")
                        }
                        OwnerButton {
                            objectName: "ideaMerge_" + row.ideaId
                            visible: (row.ideas?.mergingId ?? 0) === 0
                            text: qsTr("Merge…")
                            onClicked: row.ideas?.startMerge(row.ideaId)
                        }
                        OwnerButton {
                            objectName: "ideaKeep_" + row.ideaId
                            visible: (row.ideas?.mergingId ?? 0) > 0 && !row.merging
                            primary: true
                            text: qsTr("Keep this one")
                            onClicked: row.ideas?.keep(row.ideaId)
                        }
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        TextField {
                            id: answerField
                            objectName: "ideaAnswer_" + row.ideaId
                            Layout.fillWidth: true
                            placeholderText: qsTr("Answer in public (the tables show it)")
                            Accessible.name: qsTr("Public answer")
                            maximumLength: 1000
                            font.pixelSize: Theme.textSmall
                            text: row.answerText
                        }
                        OwnerButton {
                            objectName: "ideaAnswerSave_" + row.ideaId
                            text: qsTr("Save answer")
                            enabled: answerField.text !== row.answerText
                            onClicked: row.ideas?.answer(row.ideaId, answerField.text)
                        }
                    }
                }
            }
            Text {
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("No ideas from the tables yet.")
                color: Theme.muted
                font.pixelSize: Theme.textBody
            }
        }
    }
}
