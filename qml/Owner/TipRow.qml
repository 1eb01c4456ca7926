import QtQuick
import QtQuick.Layouts
import Tableside.Ui
import Tableside.Owner

// One place in the owner's list: its photo, name, minutes on foot and description as the tables
// show them, with Up, Down, Edit and Remove; Remove asks first, in the row itself.
Rectangle {
    id: row

    required property int index
    required property int tipId
    required property string name
    required property string description
    required property int minutesOnFoot
    required property url photo
    required property OwnerTips tips
    required property bool last
    readonly property bool removing: row.tips.removingId === row.tipId

    objectName: "ownerTip_" + row.tipId
    implicitHeight: content.implicitHeight + 2 * Theme.spacing
    radius: 6
    color: Theme.card
    border.color: row.removing ? Theme.danger : Theme.line
    border.width: row.removing ? 2 : 1

    RowLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        Rectangle {
            Layout.preferredWidth: 128
            Layout.preferredHeight: 84
            radius: 6
            clip: true
            color: Theme.background
            Image {
                anchors.fill: parent
                source: row.photo
                sourceSize.width: width
                sourceSize.height: height
                fillMode: Image.PreserveAspectCrop
                asynchronous: true
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Text {
                objectName: "ownerTipName_" + row.tipId
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                text: row.name
                color: Theme.ink
                font.pixelSize: Theme.textBody
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Text {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                text: row.minutesOnFoot === 0 ? qsTr("Right here")
                      : qsTr("%n min on foot", "", row.minutesOnFoot)
                color: Theme.muted
                font.pixelSize: Theme.textSmall
            }
            Text {
                Layout.fillWidth: true
                visible: !row.removing
                horizontalAlignment: Text.AlignLeft
                text: row.description
                color: Theme.muted
                font.pixelSize: Theme.textSmall
                elide: Text.ElideRight
                maximumLineCount: 1
            }
            Text {
                objectName: "removeTipQuestion_" + row.tipId
                Layout.fillWidth: true
                visible: row.removing
                horizontalAlignment: Text.AlignLeft
                wrapMode: Text.WordWrap
                text: qsTr("Remove it? The tables stop showing it at once.")
                color: Theme.danger
                font.pixelSize: Theme.textSmall
                font.weight: Font.DemiBold
            }
        }
        Row {
            visible: !row.removing
            spacing: Theme.spacingSmall
            OwnerButton {
                objectName: "tipUp_" + row.tipId
                implicitWidth: 56
                text: "↑"
                enabled: row.index > 0 && !row.tips.busy
                Accessible.name: qsTr("Move up")
                onClicked: row.tips.moveUp(row.tipId)
            }
            OwnerButton {
                objectName: "tipDown_" + row.tipId
                implicitWidth: 56
                text: "↓"
                enabled: !row.last && !row.tips.busy
                Accessible.name: qsTr("Move down")
                onClicked: row.tips.moveDown(row.tipId)
            }
            OwnerButton {
                objectName: "editTip_" + row.tipId
                text: qsTr("Edit")
                onClicked: row.tips.edit(row.tipId)
            }
            OwnerButton {
                objectName: "removeTip_" + row.tipId
                text: qsTr("Remove…")
                onClicked: row.tips.askRemove(row.tipId)
            }
        }
        Row {
            visible: row.removing
            spacing: Theme.spacingSmall
            OwnerButton {
                objectName: "keepTip_" + row.tipId
                text: qsTr("Keep it")
                onClicked: row.tips.cancelRemove()
            }
            OwnerButton {
                objectName: "confirmRemoveTip_" + row.tipId
                danger: true
                text: qsTr("Remove")
                enabled: !row.tips.busy
                onClicked: row.tips.confirmRemove()
            }
        }
    }
}
