import QtQuick
import Tableside.Ui
import Tableside.Owner

// Every published version, newest first: who, when, what changed; Roll back publishes an earlier
// one again, once confirmed.
Item {
    id: page

    required property OwnerScreen owner

    ListView {
        id: list
        objectName: "versionList"
        anchors.fill: parent
        anchors.margins: Theme.spacing
        clip: true
        spacing: Theme.spacingSmall
        model: page.owner.versions
        delegate: Rectangle {
            id: row
            required property int version
            required property string byText
            required property string whenText
            required property string changesText
            required property bool current
            readonly property HistoryPage page: ListView.view?.parent as HistoryPage
            readonly property bool confirming: row.page?.owner.rollbackVersion === row.version

            objectName: "version_" + row.version
            width: ListView.view?.width ?? 0
            height: Math.max(72, body.implicitHeight + 2 * Theme.spacingSmall)
            radius: 6
            color: Theme.card
            border.color: row.confirming ? Theme.warning : Theme.line
            border.width: row.confirming ? 2 : 1
            Column {
                id: body
                anchors.left: parent.left
                anchors.leftMargin: Theme.spacing
                anchors.right: actions.left
                anchors.rightMargin: Theme.spacing
                anchors.verticalCenter: parent.verticalCenter
                spacing: 2
                Row {
                    spacing: Theme.spacingSmall
                    Text {
                        text: row.byText
                        color: Theme.ink
                        font.pixelSize: Theme.textBody
                        font.weight: Font.DemiBold
                    }
                    Text {
                        text: row.whenText
                        color: Theme.muted
                        font.pixelSize: Theme.textSmall
                    }
                    Mark {
                        visible: row.current
                        text: qsTr("On the tables now")
                        tint: Theme.success
                    }
                }
                Text {
                    width: parent.width
                    horizontalAlignment: Text.AlignLeft
                    wrapMode: Text.WordWrap
                    maximumLineCount: 4
                    elide: Text.ElideRight
                    text: row.changesText
                    color: Theme.ink
                    font.pixelSize: Theme.textSmall
                }
                Text {
                    width: parent.width
                    visible: row.confirming
                    horizontalAlignment: Text.AlignLeft
                    wrapMode: Text.WordWrap
                    text: qsTr("Every table will show version %1 again. Roll back?")
                          .arg(row.page?.owner.number(row.version) ?? "")
                    color: Theme.warning
                    font.pixelSize: Theme.textSmall
                    font.weight: Font.DemiBold
                }
            }
            Row {
                id: actions
                anchors.right: parent.right
                anchors.rightMargin: Theme.spacing
                anchors.verticalCenter: parent.verticalCenter
                spacing: Theme.spacingSmall
                OwnerButton {
                    objectName: "rollback_" + row.version
                    visible: !row.current && !row.confirming
                    text: qsTr("Roll back")
                    onClicked: row.page.owner.askRollback(row.version)
                }
                OwnerButton {
                    objectName: "cancelRollback"
                    visible: row.confirming
                    text: qsTr("Cancel")
                    onClicked: row.page.owner.cancelRollback()
                }
                OwnerButton {
                    objectName: "confirmRollback"
                    visible: row.confirming
                    danger: true
                    text: qsTr("Roll back to version %1").arg(row.page?.owner.number(row.version) ?? "")
                    onClicked: row.page.owner.confirmRollback()
                }
            }
        }
    }
}
