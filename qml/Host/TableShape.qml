import QtQuick
import Tableside.Ui
import "Status.js" as Status

// One table on the plan: its shape as the owner drew it, its status as colour, icon and word,
// the party size, and what is waiting (ready portions, a call).
Rectangle {
    id: tableShape

    required property var host
    required property int number
    required property int seats
    required property string shape
    required property string status
    required property int partySize
    required property int readyCount
    required property string callKind
    required property string statusText
    signal tapped

    readonly property color statusColor: status === "called" ? Theme.floorCalled
                                       : status === "ready" ? Theme.floorReady
                                       : status === "bill" ? Theme.floorBill
                                       : status === "waiting" ? Theme.floorWaiting
                                       : status === "ordered" ? Theme.floorOrdered
                                       : status === "seated" ? Theme.floorSeated : Theme.floorFree
    readonly property bool darkInk: status === "called" || status === "bill"

    objectName: "table_" + number
    radius: tableShape.shape === "round" ? width / 2 : 10
    color: statusColor
    border.color: "#ffffff"
    border.width: status === "free" ? 0 : 2
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Table %1, %2").arg(host.number(number)).arg(statusText)

    // The words shrink to stay inside the table, round ones too, in the longest language.
    readonly property real textWidth: width * (shape === "round" ? 0.8 : 1) - 2 * Theme.spacingSmall

    Column {
        anchors.centerIn: parent
        spacing: 0
        Text {
            anchors.horizontalCenter: parent.horizontalCenter
            text: tableShape.host.number(tableShape.number)
            color: tableShape.darkInk ? "#101214" : "#ffffff"
            font.pixelSize: Theme.textHeadline
            font.weight: Font.Black
        }
        Text {
            objectName: "tableStatus_" + tableShape.number
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(implicitWidth, tableShape.textWidth)
            horizontalAlignment: Text.AlignHCenter
            text: Status.icon(tableShape.status) + " " + tableShape.statusText
            color: tableShape.darkInk ? "#101214" : "#ffffff"
            font.pixelSize: Theme.textSmall
            font.weight: Font.Bold
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: 10
            elide: Text.ElideRight
        }
        Text {
            objectName: "tableParty_" + tableShape.number
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(implicitWidth, tableShape.textWidth)
            horizontalAlignment: Text.AlignHCenter
            visible: tableShape.partySize > 0
            text: qsTr("%1/%2 seated").arg(tableShape.host.number(tableShape.partySize))
                                        .arg(tableShape.host.number(tableShape.seats))
            color: tableShape.darkInk ? "#101214" : "#e8e8e8"
            font.pixelSize: 13
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: 9
            elide: Text.ElideRight
        }
    }

    SequentialAnimation on opacity {
        running: tableShape.status === "called" || tableShape.status === "ready"
        loops: Animation.Infinite
        alwaysRunToEnd: true
        NumberAnimation { to: 0.7; duration: 600 }
        NumberAnimation { to: 1.0; duration: 600 }
    }

    TapHandler { onTapped: tableShape.tapped() }
}
