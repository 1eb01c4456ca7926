import QtQuick
import QtQuick.Layouts
import Tableside.Table
import Tableside.Ui

// The table's calls for staff and whether someone has seen them; an unanswered call says so.
ListView {
    id: list

    required property TableScreen table

    objectName: "callList"
    clip: true
    spacing: Theme.spacingSmall
    model: table.calls
    interactive: contentHeight > height
    delegate: Rectangle {
        id: call
        required property int index
        required property string kind
        required property string state
        required property bool stillWaiting
        objectName: "call_" + index
        width: ListView.view.width
        implicitHeight: callColumn.implicitHeight + Theme.spacing
        radius: Theme.radius
        color: Theme.card
        border.width: Math.max(1, Theme.borderWidth)
        border.color: call.state === "acknowledged" ? Theme.success
                    : call.stillWaiting ? Theme.warning : Theme.line
        ColumnLayout {
            id: callColumn
            anchors.fill: parent
            anchors.margins: Theme.spacingSmall
            spacing: 0
            Text {
                text: Labels.serviceKind(call.kind)
                color: Theme.ink
                font.pixelSize: Theme.textBody
                font.weight: Font.DemiBold
            }
            Text {
                objectName: "callState_" + call.index
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: call.stillWaiting ? qsTr("Still waiting — we have reminded the staff.")
                                        : Labels.serviceState(call.state)
                color: call.state === "acknowledged" ? Theme.success
                     : call.state === "failed" ? Theme.danger : Theme.muted
                font.pixelSize: Theme.textSmall
            }
        }
    }
}
