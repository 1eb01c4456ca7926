import QtQuick
import QtQuick.Controls
import Tableside.Ui

// One ticket: table and order number large, then every line with its options and note.
Rectangle {
    id: card

    required property var kitchen
    required property var orderId
    required property int number
    required property int table
    required property var placedAt
    required property var lines

    objectName: "ticket_" + number
    radius: 10
    color: "#1f2329"
    border.color: "#3a4049"
    border.width: 2

    Column {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacingSmall

        Row {
            spacing: Theme.spacing
            Text {
                text: qsTr("Table %1").arg(card.table)
                color: "#ffffff"
                font.pixelSize: 40
                font.weight: Font.Bold
            }
            Text {
                anchors.baseline: parent.children[0].baseline
                text: "#" + card.number
                color: "#b0b6bf"
                font.pixelSize: Theme.textTitle
            }
        }

        Repeater {
            model: card.lines
            delegate: Rectangle {
                id: lineRow
                required property var modelData
                objectName: "line_" + modelData.lineId
                width: parent.width
                height: lineText.implicitHeight + 2 * Theme.spacingSmall
                radius: 6
                color: modelData.status === "cooking" ? "#3b3220"
                     : modelData.status === "ready" ? "#1f3b27" : "#262b32"
                Accessible.name: modelData.name

                Text {
                    id: lineText
                    anchors.left: parent.left
                    anchors.right: bump.left
                    anchors.verticalCenter: parent.verticalCenter
                    anchors.margins: Theme.spacingSmall
                    wrapMode: Text.WordWrap
                    textFormat: Text.PlainText
                    color: "#f0f0f0"
                    font.pixelSize: Theme.textTitle
                    text: lineRow.modelData.quantity + " × " + lineRow.modelData.name
                          + (lineRow.modelData.options.length ? "\n   " + lineRow.modelData.options.join(", ") : "")
                          + (lineRow.modelData.note ? "\n   ✎ " + lineRow.modelData.note : "")
                }

                Button {
                    id: bump
                    objectName: "advance_" + lineRow.modelData.lineId
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    anchors.rightMargin: Theme.spacingSmall
                    height: Theme.touchTarget
                    width: 110
                    text: lineRow.modelData.status === "cooking" ? qsTr("Ready") : qsTr("Start")
                    Accessible.name: text + " " + lineRow.modelData.name
                    onClicked: card.kitchen.advance(lineRow.modelData.lineId,
                                                    lineRow.modelData.status === "cooking" ? "ready" : "cooking")
                }
            }
        }
    }
}
