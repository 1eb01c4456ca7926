import QtQuick
import Tableside.Ui
import Tableside.Owner

// What stops the draft from being published, as the hub says it, each naming its field; a tap
// opens the dish it names.
Rectangle {
    id: panel

    required property OwnerScreen owner

    color: Theme.card
    Rectangle {
        anchors.left: parent.left
        width: 1
        height: parent.height
        color: Theme.line
    }

    Text {
        id: heading
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.spacing
        y: Theme.spacing
        horizontalAlignment: Text.AlignLeft
        wrapMode: Text.WordWrap
        text: panel.owner.problems.count > 0
              ? qsTr("%n problem(s) to fix before publishing", "", panel.owner.problems.count)
              : qsTr("Nothing stops publishing.")
        color: panel.owner.problems.count > 0 ? Theme.danger : Theme.muted
        font.pixelSize: Theme.textSmall
        font.weight: Font.DemiBold
    }

    ListView {
        objectName: "problemList"
        anchors.top: heading.bottom
        anchors.topMargin: Theme.spacingSmall
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.spacingSmall
        clip: true
        spacing: Theme.spacingSmall
        model: panel.owner.problems
        delegate: Rectangle {
            id: row
            required property int index
            required property string field
            required property string message
            required property string dishKey
            readonly property ProblemList panel: ListView.view?.parent as ProblemList

            objectName: "problem_" + row.index
            width: ListView.view?.width ?? 0
            height: Math.max(48, body.implicitHeight + Theme.spacingSmall * 2)
            radius: 4
            color: Theme.background
            border.color: Theme.danger
            border.width: 1
            Column {
                id: body
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.margins: Theme.spacingSmall
                anchors.verticalCenter: parent.verticalCenter
                Text {
                    width: parent.width
                    horizontalAlignment: Text.AlignLeft
                    wrapMode: Text.WordWrap
                    text: row.message
                    color: Theme.ink
                    font.pixelSize: Theme.textSmall
                }
                Text {
                    width: parent.width
                    horizontalAlignment: Text.AlignLeft
                    text: row.field
                    color: Theme.muted
                    font.pixelSize: 13
                    elide: Text.ElideMiddle
                }
            }
            TapHandler {
                enabled: row.dishKey !== ""
                onTapped: row.panel.owner.openProblem(row.index)
            }
            Accessible.role: Accessible.Button
            Accessible.name: row.message
        }
    }
}
