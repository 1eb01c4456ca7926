import QtQuick
import QtQuick.Layouts
import Tableside.Table
import Tableside.Ui

// One placed line: dish, seat, a four-step track (received, cooking, ready, served) and the
// estimate. The state is written out, not only coloured.
Rectangle {
    id: line

    required property TableScreen table
    required property int index
    required property string name
    required property string options
    required property int quantity
    required property int seat
    required property string status
    required property int step
    required property string lineTotal
    required property int minutesLeft
    required property int itemId
    required property bool rateable
    required property int myRating

    objectName: "statusLine_" + index

    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.background
    border.width: Theme.borderWidth
    border.color: Theme.line

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacingSmall

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            Text {
                text: qsTr("%1 ×").arg(line.table.number(line.quantity))
                color: Theme.muted
                font.pixelSize: Theme.textBody
            }
            Text {
                Layout.fillWidth: true
                text: line.name
                elide: Text.ElideRight
                color: Theme.ink
                font.pixelSize: Theme.textBody
                font.weight: Font.DemiBold
            }
            Badge {
                visible: line.seat > 0
                text: qsTr("Seat %1").arg(line.table.number(line.seat))
                tint: Theme.muted
            }
            Badge {
                objectName: "lineStatus_" + line.index
                text: Labels.status(line.status)
                tint: Theme.statusColor(line.status)
            }
        }
        Text {
            Layout.fillWidth: true
            visible: line.options.length > 0
            text: line.options
            elide: Text.ElideRight
            color: Theme.muted
            font.pixelSize: Theme.textSmall
        }
        StatusTrack {
            Layout.fillWidth: true
            visible: line.status !== "cancelled"
            step: line.step
            status: line.status
            Text {
                Layout.preferredWidth: implicitWidth
                text: line.minutesLeft > 0
                      ? qsTr("about %1 min").arg(line.table.number(line.minutesLeft))
                      : line.status === "ready" ? qsTr("on its way to you") : ""
                color: Theme.muted
                font.pixelSize: Theme.textSmall
            }
        }
        DishRating {
            Layout.fillWidth: true
            table: line.table
            itemId: line.itemId
            dishName: line.name
            rateable: line.rateable
            myRating: line.myRating
            lineIndex: line.index
        }
    }
}
